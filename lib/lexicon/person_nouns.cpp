#include "lexicon/person_nouns.hpp"

#include <algorithm>

#include "lexicon/phrase_trie.hpp"
#include "rules/rule_table.hpp"

namespace sayso::lexicon {

Result<PersonNouns> PersonNouns::load(const rules::RuleSet& rules, const std::string& language) {
  PersonNouns nouns;
  for (const rules::RuleFile* file : rules.files_for(language + "/person_nouns.tsv")) {
    auto table = rules::RuleTable::parse_declared(file->content, file->display_name);
    if (!table) return table.error();
    const rules::RuleTable& t = table.value();
    const std::size_t noun_column = t.column_index("noun"), gender_column = t.column_index("gender"),
                      kind_column = t.column_index("kind");
    for (const rules::RuleRow& row : t.rows()) {
      std::string noun = normalize_token(rules::RuleTable::cell(row, noun_column));
      // The columns' values are checked against columns.tsv: female or
      // male, plain or role.
      Noun entry;
      entry.gender = rules::RuleTable::cell(row, gender_column) == "female" ? Gender::female : Gender::male;
      entry.plain = rules::RuleTable::cell(row, kind_column) == "plain";
      nouns.longest_ = std::max(nouns.longest_, noun.size());
      nouns.nouns_[std::move(noun)] = entry;
    }
  }
  return nouns;
}

const PersonNouns::Noun* PersonNouns::find(std::string_view key, std::uint64_t hash) const {
  if (key.size() > longest_) return nullptr;
  const auto it = nouns_.find(key, hash);
  return it == nouns_.end() ? nullptr : &it->second;
}

Gender PersonNouns::gender_of(std::string_view key, std::uint64_t hash) const {
  const Noun* noun = find(key, hash);
  return noun == nullptr ? Gender::unknown : noun->gender;
}

bool PersonNouns::is_plain(std::string_view key) const {
  const Noun* noun = find(key, rules::image_hash(key));
  return noun != nullptr && noun->plain;
}

Gender person_noun_gender(const PersonNouns& nouns, const Gazetteers& gazetteers, std::string_view key) {
  return person_noun_gender(nouns, gazetteers, key, rules::image_hash(key), gazetteers.trie().find_key(key));
}

Gender person_noun_gender(const PersonNouns& nouns, const Gazetteers& gazetteers, std::string_view key,
                          std::uint64_t hash, std::uint32_t id) {
  if (const Gender g = nouns.gender_of(key, hash); g != Gender::unknown) return g;
  // A word alone that is a title (word_facts: one read), then its entries.
  if ((gazetteers.word_facts(id) & Gazetteers::WordFacts::title) == 0) return Gender::unknown;
  for (const PhraseValue v : gazetteers.trie().one_key_values(id)) {
    if (kind_of(v) != GazetteerKind::title) continue;
    const Title title = gazetteers.title(index_of(v));
    if (!title.honorific && title.gender != Gender::unknown) return title.gender;
  }
  return Gender::unknown;
}

}  // namespace sayso::lexicon
