#include "link/user_kb.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <unordered_set>

#include "lexicon/phrase_trie.hpp"
#include "rules/rule_table.hpp"

namespace sayso::link {

std::string UserKnowledgeBase::phrase_key(const text::Tokenizer& tokenizer, std::string_view name) {
  std::vector<Token> tokens;
  const std::string s(name);
  tokenizer.tokenize(s, {0, s.size()}, tokens);
  std::string key;
  for (const Token& t : tokens) {
    if (!key.empty()) key += ' ';
    key += lexicon::normalize_token(std::string_view(s).substr(t.span.begin, t.span.size()));
  }
  return key;
}

Result<UserKnowledgeBase> UserKnowledgeBase::load(const std::string& path, const text::Tokenizer& tokenizer) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error(ErrorCode::io, "cannot read the knowledge base '" + path + "'");
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) return Error(ErrorCode::io, "cannot read the knowledge base '" + path + "'");
  return parse(content.str(), path, tokenizer);
}

Result<UserKnowledgeBase> UserKnowledgeBase::parse(std::string_view content, const std::string& file_name,
                                                   const text::Tokenizer& tokenizer) {
  using rules::RuleTable;
  auto table = RuleTable::parse(content, file_name, {"id", "type", "name"});
  if (!table) return table.error();
  const RuleTable& t = table.value();
  const std::size_t id_col = t.column_index("id");
  const std::size_t type_col = t.column_index("type");
  const std::size_t name_col = t.column_index("name");
  const std::size_t aliases_col = t.column_index("aliases");
  const std::size_t gender_col = t.column_index("gender");
  const std::size_t description_col = t.column_index("description");

  UserKnowledgeBase kb;
  std::unordered_set<std::string> ids;
  for (const rules::RuleRow& row : t.rows()) {
    UserKbEntry e;
    e.id = RuleTable::cell(row, id_col);
    if (!ids.insert(e.id).second) return t.error_at(row, id_col, "id '" + e.id + "' is listed twice");
    const std::string& type = RuleTable::cell(row, type_col);
    if (type == "PERSON") e.type = EntityType::person;
    else if (type == "ORG") e.type = EntityType::org;
    else return t.error_at(row, type_col, "type must be PERSON or ORG, not '" + type + "'");
    e.name = RuleTable::cell(row, name_col);
    const std::string& g = RuleTable::cell(row, gender_col);
    if (g.empty() || g == "unknown") e.gender = Gender::unknown;
    else if (g == "female" || g == "F" || g == "f") e.gender = Gender::female;
    else if (g == "male" || g == "M" || g == "m") e.gender = Gender::male;
    else return t.error_at(row, gender_col, "gender must be female, male or empty, not '" + g + "'");
    if (e.gender != Gender::unknown && e.type != EntityType::person) {
      return t.error_at(row, gender_col, "only a PERSON has a gender");
    }
    e.description = RuleTable::cell(row, description_col);

    const std::size_t index = kb.entries_.size();
    std::vector<std::string> names{e.name};
    for (auto& alias : rules::split_alternatives(RuleTable::cell(row, aliases_col))) names.push_back(std::move(alias));
    for (const std::string& n : names) {
      const std::string key = phrase_key(tokenizer, n);
      if (key.empty()) continue;
      auto& list = kb.by_name_[key];
      if (std::find(list.begin(), list.end(), index) == list.end()) list.push_back(index);
    }
    kb.entries_.push_back(std::move(e));
  }
  return kb;
}

const std::vector<std::size_t>& UserKnowledgeBase::find(const std::string& key) const {
  static const std::vector<std::size_t> kEmpty;
  const auto it = by_name_.find(key);
  return it == by_name_.end() ? kEmpty : it->second;
}

}  // namespace sayso::link
