#include "lexicon/cue_phrases.hpp"

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "core/ends_with.hpp"
#include "lexicon/phrase_trie.hpp"
#include "rules/rule_table.hpp"

namespace sayso::lexicon {
namespace {

struct NamedRole {
  std::string_view name;  // a view: a name of another length costs no byte compare
  CueRole role;
};
constexpr NamedRole kRoles[] = {
    {"absolute_opener", CueRole::absolute_opener},
    {"according_to", CueRole::according_to},
    {"acquaintance", CueRole::acquaintance},
    {"adjunct_opener", CueRole::adjunct_opener},
    {"adverb_or_auxiliary", CueRole::adverb_or_auxiliary},
    {"affiliation_preposition", CueRole::affiliation_preposition},
    {"agent_preposition", CueRole::agent_preposition},
    {"approximator", CueRole::approximator},
    {"clause_conjunction", CueRole::clause_conjunction},
    {"clause_continuation", CueRole::clause_continuation},
    {"comment_opener", CueRole::comment_opener},
    {"comparison_opener", CueRole::comparison_opener},
    {"complementizer", CueRole::complementizer},
    {"contrast_conjunction", CueRole::contrast_conjunction},
    {"coordinator", CueRole::coordinator},
    {"copula", CueRole::copula},
    {"dash_concession", CueRole::dash_concession},
    {"date_preposition", CueRole::date_preposition},
    {"day_preposition", CueRole::day_preposition},
    {"definite_article", CueRole::definite_article},
    {"distance", CueRole::distance},
    {"distance_prefix", CueRole::distance_prefix},
    {"document_preposition", CueRole::document_preposition},
    {"finite_form", CueRole::finite_form},
    {"fragment_coordinator", CueRole::fragment_coordinator},
    {"free_relative", CueRole::free_relative},
    {"group_preposition", CueRole::group_preposition},
    {"headline_label_preposition", CueRole::headline_label_preposition},
    {"indefinite_article", CueRole::indefinite_article},
    {"infinitive_marker", CueRole::infinitive_marker},
    {"issuer_preposition", CueRole::issuer_preposition},
    {"lead_in", CueRole::lead_in},
    {"copular_lead_in", CueRole::copular_lead_in},
    {"ordinal_lead_in", CueRole::ordinal_lead_in},
    {"purpose_lead_in", CueRole::purpose_lead_in},
    {"lone_speaker", CueRole::lone_speaker},
    {"standalone_speaker", CueRole::standalone_speaker},
    {"floating_quantifier", CueRole::floating_quantifier},
    {"listener_article", CueRole::listener_article},
    {"light_verb", CueRole::light_verb},
    {"medium", CueRole::medium},
    {"member_opener", CueRole::member_opener},
    {"named_as", CueRole::named_as},
    {"named_thing_determiner", CueRole::named_thing_determiner},
    {"naming_verb", CueRole::naming_verb},
    {"negation", CueRole::negation},
    {"number_qualifier", CueRole::number_qualifier},
    {"number_word", CueRole::number_word},
    {"no_clause_opener", CueRole::no_clause_opener},
    {"noun_determiner", CueRole::noun_determiner},
    {"noun_first_form", CueRole::noun_first_form},
    {"object_circumstance", CueRole::object_circumstance},
    {"object_relative", CueRole::object_relative},
    {"object_control", CueRole::object_control},
    {"participle_ending", CueRole::participle_ending},
    {"participle_keeps_verb", CueRole::participle_keeps_verb},
    {"partitive_preposition", CueRole::partitive_preposition},
    {"passive_auxiliary", CueRole::passive_auxiliary},
    {"past_ending", CueRole::past_ending},
    {"phrase_breaker", CueRole::phrase_breaker},
    {"plural_ending", CueRole::plural_ending},
    {"plural_quantifier", CueRole::plural_quantifier},
    {"question_verb", CueRole::question_verb},
    {"question_word", CueRole::question_word},
    {"reason_frame", CueRole::reason_frame},
    {"relative_opener", CueRole::relative_opener},
    {"relative_time", CueRole::relative_time},
    {"relative_subject", CueRole::relative_subject},
    {"role_bridge_breaker", CueRole::role_bridge_breaker},
    {"role_affiliation_preposition", CueRole::role_affiliation_preposition},
    {"share_unit", CueRole::share_unit},
    {"share_fraction", CueRole::share_fraction},
    {"short_adjunct_opener", CueRole::short_adjunct_opener},
    {"singular_ending", CueRole::singular_ending},
    {"source_frame", CueRole::source_frame},
    {"source_frame_noun", CueRole::source_frame_noun},
    {"time_adjunct", CueRole::time_adjunct},
    {"time_subordinator", CueRole::time_subordinator},
    {"trailing_belief_form", CueRole::trailing_belief_form},
    {"viewpoint_noun", CueRole::viewpoint_noun},
    {"warning_preposition", CueRole::warning_preposition},
    {"warning_verb", CueRole::warning_verb},
};
static_assert(sizeof(kRoles) / sizeof(kRoles[0]) == kCueRoleCount, "every role has its name");

// The bytes `std::istream >>` takes for white space in the C locale.
bool is_word_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }

}  // namespace

Result<CuePhrases> CuePhrases::load(const rules::RuleSet& rules, const std::string& language) {
  CuePhrases phrases;
  for (const rules::RuleFile* file : rules.files_for(language + "/cue_phrases.tsv")) {
    auto table = rules::RuleTable::parse(file->content, file->display_name, {"phrase", "role"});
    if (!table) return table.error();
    const auto& t = table.value();
    const std::size_t phrase_column = t.column_index("phrase"), role_column = t.column_index("role");
    for (const auto& row : t.rows()) {
      const std::string& role_name = rules::RuleTable::cell(row, role_column);
      const NamedRole* named = nullptr;
      for (const NamedRole& r : kRoles) {
        if (r.name == role_name) {
          named = &r;
          break;
        }
      }
      if (named == nullptr) {
        return t.error_at(row, role_column, "unknown role '" + role_name + "' (rules/README.md lists the roles)");
      }
      // The phrase's words, split at white space as `std::istream >>` splits
      // them (no string stream built per row: loading is part of start-up).
      std::vector<std::string> keys;
      const std::string_view phrase = rules::RuleTable::cell(row, phrase_column);
      for (std::size_t at = 0; at < phrase.size();) {
        if (is_word_space(phrase[at])) {
          ++at;
          continue;
        }
        std::size_t end = at;
        while (end < phrase.size() && !is_word_space(phrase[end])) ++end;
        keys.push_back(lexicon::normalize_token(phrase.substr(at, end - at)));
        at = end;
      }
      if (keys.empty()) return t.error_at(row, phrase_column, "the phrase is empty");
      if (keys.size() == 1 && keys[0].size() > 1 && keys[0].front() == '-') {
        phrases.endings_.push_back({named->role, keys[0].substr(1)});
      } else if (keys.size() == 1) {
        phrases.words_[keys[0]] |= CueRoleMask::of(named->role);
      } else {
        phrases.phrases_.push_back({named->role, std::move(keys)});
      }
    }
  }
  phrases.index();
  return phrases;
}

void CuePhrases::index() {
  for (const auto& [word, roles] : words_) {
    if (word.empty()) continue;
    for (std::size_t r = 0; r < kCueRoleCount; ++r) {
      const auto role = static_cast<CueRole>(r);
      if (roles.has(role)) word_filter_[filter_slot(word)] |= filter_bit(role);
    }
  }
  // (never empty: load() takes "-x" or longer)
  const auto last_byte = [](const Ending& e) { return static_cast<unsigned char>(e.ending.back()); };
  std::stable_sort(endings_.begin(), endings_.end(),
                   [&](const Ending& a, const Ending& b) { return last_byte(a) < last_byte(b); });
  for (Ending& e : endings_) {
    const std::size_t packed = std::min<std::size_t>(e.ending.size(), kTailBytes);
    unsigned char tail[kTailBytes] = {};
    unsigned char mask[kTailBytes] = {};
    std::memcpy(tail + kTailBytes - packed, e.ending.data() + e.ending.size() - packed, packed);
    std::memset(mask + kTailBytes - packed, 0xFF, packed);
    std::memcpy(&e.tail, tail, kTailBytes);
    std::memcpy(&e.tail_mask, mask, kTailBytes);
    ending_roles_ |= CueRoleMask::of(e.role);
    const auto last = last_byte(e);
    ending_last_bytes_[last / 64] |= std::uint64_t{1} << (last % 64);
    ++ending_begin_[last + 1];
  }
  for (std::size_t b = 1; b < ending_begin_.size(); ++b) ending_begin_[b] += ending_begin_[b - 1];
  for (std::size_t i = 0; i < phrases_.size(); ++i) {
    phrases_by_role_[static_cast<std::size_t>(phrases_[i].role)].push_back(i);
    const std::string& first = phrases_[i].keys.front();
    phrase_starts_[first] |= CueRoleMask::of(phrases_[i].role);
    if (!first.empty()) phrase_first_filter_[filter_slot(first)] |= filter_bit(phrases_[i].role);
    const std::string& last = phrases_[i].keys.back();
    phrase_ends_[last] |= CueRoleMask::of(phrases_[i].role);
    if (!last.empty()) phrase_last_filter_[filter_slot(last)] |= filter_bit(phrases_[i].role);
  }
}

bool CuePhrases::is_after_filters(std::string_view word, CueRole role, bool may_be_word) const {
  if (may_be_word) {
    const auto it = words_.find(word);
    if (it != words_.end() && it->second.has(role)) return true;
  }
  if (word.size() <= kShortestStemBeforeEnding || !ending_roles_.has(role)) return false;
  for (const Ending& e : endings_) {
    if (e.role == role && word.size() >= e.ending.size() + kShortestStemBeforeEnding &&
        core::ends_with_bytes(word, e.ending)) {
      return true;
    }
  }
  return false;
}

CueRoleMask CuePhrases::roles_of(std::string_view word, std::uint64_t hash) const {
  CueRoleMask roles;
  if (word.empty() || word_filter_[filter_slot(word)] != 0) {
    const auto it = words_.find(word, hash);
    if (it != words_.end()) roles = it->second;
  }
  return roles | ending_roles_of(word);
}

CueRoleMask CuePhrases::ending_roles_of_filtered(std::string_view word) const {
  // Only the endings with the word's last byte (one or two): a loop over
  // all of them mispredicted its test of the last byte at every ending.
  // The word's last four bytes, read once and compared with each ending's
  // tail (ending_roles_of() asks only of a word longer than
  // kShortestStemBeforeEnding, so it has four); only a longer ending is
  // compared further, byte by byte.
  static_assert(kShortestStemBeforeEnding + 1 >= kTailBytes, "a word asked has a tail's bytes");
  std::uint32_t tail = 0;
  std::memcpy(&tail, word.data() + word.size() - kTailBytes, kTailBytes);
  CueRoleMask roles;
  const auto last = static_cast<unsigned char>(word.back());
  for (std::uint32_t i = ending_begin_[last]; i < ending_begin_[last + 1u]; ++i) {
    const Ending& e = endings_[i];
    if (word.size() >= e.ending.size() + kShortestStemBeforeEnding && (tail & e.tail_mask) == e.tail &&
        (e.ending.size() <= kTailBytes || core::ends_with_bytes(word, e.ending))) {
      roles |= CueRoleMask::of(e.role);
    }
  }
  return roles;
}

CueRoleMask CuePhrases::phrase_roles_starting_with(std::string_view word, std::uint64_t hash) const {
  if (!word.empty() && phrase_first_filter_[filter_slot(word)] == 0) return {};
  const auto it = phrase_starts_.find(word, hash);
  return it == phrase_starts_.end() ? CueRoleMask{} : it->second;
}

}  // namespace sayso::lexicon
