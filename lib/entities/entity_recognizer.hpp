// The entity stage: finds mentions of people, organisations, places,
// nationalities and dates with the gazetteers and the token patterns of
// rules/<lang>/entity_patterns.tsv. Linking the mentions of each entity
// (entity_linker.hpp) is the orchestrator's next call, with what recognize()
// returns.
//
// Immutable after create(); recognize() may run on many threads at once.
#ifndef SAYSO_ENTITIES_ENTITY_RECOGNIZER_HPP
#define SAYSO_ENTITIES_ENTITY_RECOGNIZER_HPP

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "lexicon/gazetteers.hpp"
#include "lexicon/title_case.hpp"
#include "entities/entity_linker.hpp"
#include "entities/name_context.hpp"
#include "entities/pattern_automaton.hpp"
#include "entities/token_pattern.hpp"
#include "core/document_builder.hpp"
#include "rules/hashed_strings.hpp"
#include "rules/rule_set.hpp"
#include "sayso/status.hpp"
#include "text/tokenizer.hpp"

namespace sayso::entities {

class EntityRecognizer {
 public:
  static Result<std::shared_ptr<const EntityRecognizer>> create(const rules::RuleSet& rules,
                                                                const std::string& language,
                                                                const text::Tokenizer& tokenizer);

  // Adds mentions and roles to a document whose sentences and tokens are
  // set, and returns what it knows of each mention beyond its span (parallel
  // to the document's mentions), for link_entities().
  std::vector<MentionInfo> recognize(DocumentBuilder& document) const;

  const lexicon::Gazetteers& gazetteers() const noexcept { return gazetteers_; }
  // The function words around names (name_context.tsv), which linking reads too.
  const NameContextWords& name_context() const noexcept { return context_; }

 private:
  EntityRecognizer() = default;
  lexicon::Gazetteers gazetteers_;
  std::vector<TokenPattern> patterns_;
  // The entity type of each pattern's label, by index in patterns_ (none:
  // a ROLE pattern), so that recognize() compares no label strings.
  std::vector<std::optional<EntityType>> pattern_types_;
  // The patterns as one automaton: where each may start in a sentence.
  PatternAutomaton automaton_;
  // The function words around names (name_context.tsv).
  NameContextWords context_;
  // The minor words of Title Case (title_case_minor.tsv): headlines.
  lexicon::TitleCase title_case_;
  // The listed forms of the verbs of class "speech" in speech_verbs.tsv
  // (said, told, says), not the base form alone ("state").
  rules::HashedStringSet speech_verbs_;
  // Every literal of every pattern, as a small integer, so that matching a
  // literal compares numbers, not strings.
  std::unordered_map<std::string, std::uint32_t> literal_ids_;
  // The same ids by the literal's key id in the phrase trie, which
  // recognize() looks up for every token anyway, and by text for the few
  // literals that are no key of the trie.
  std::unordered_map<std::uint32_t, std::uint32_t> literal_id_of_trie_key_;
  // The keys of literal_id_of_trie_key_ as bits by trie key id, so that a
  // token whose key is no literal (nearly every one) costs one bit test.
  std::vector<std::uint64_t> literal_trie_keys_;
  rules::HashedStringMap<std::uint32_t> literal_ids_outside_trie_;

  // What a token key answers whatever token carries it, asked once per
  // distinct key of a document (core::TokenKeys::key_index) so that a
  // token's answers are one read of 16 bytes.
  struct KeyFacts {
    std::uint32_t trie_id = 0;  // the key's id in the phrase trie, PhraseTrieView::kNoKey for none
    std::uint32_t literal = 0;  // the key's id among the patterns' literals, 0 for none
    std::uint32_t flags = 0;    // TokenTest flags of the key's one-word entries: kGiven, kNonName, kTitleWord, kOrgWord
    std::uint8_t sports = 0;    // Gazetteers::sports_word of the key
    bool common = false;        // a common word (common_words.tsv)
    bool starts_phrase = false; // some phrase of the trie begins with the key
    std::uint32_t trie_node = 0;  // the trie's node under the key (PhraseTrieView::root_child), 0 for none
    // What the key's bytes say of the token's text, to skip the text's own
    // scans: kKeyHyphen, the key holds a '-' (as does the text exactly
    // then: case folding neither makes nor drops one); kKeyInitials, the key
    // is one to three letters each followed by '.' (as is the text of every
    // run of initials, J. or K.C.: ASCII, lowered into its key).
    std::uint8_t text_bits = 0;
    // Under trie_node: its values (the key's one-word phrases) as hits of
    // length 1, [hits_begin, hits_begin + hits_count) of the document's
    // per-key hits, read from the image once per key; and whether a longer
    // phrase goes on from it (else the walk stops at the key).
    bool walk_on = false;
    // Some one-word hit of the key may pass a phrase test (may_pass_phrase_test):
    // else, at a token with no longer hit, the phrase tests ask nothing.
    bool testable = false;
    // Some one-word hit of the key is a country, a demonym or an
    // organisation: its capitalised common word may still be a name.
    bool place_like = false;
    std::uint32_t hits_begin = 0;
    std::uint32_t hits_count = 0;
    // The flags a word token of the key adds when its shape is
    // TokenShape::lower and its first byte ASCII (kWord, kLower, kCommon):
    // no test of its text can add more then. 0 when the key holds a hyphen
    // (the text's own tests decide); set in recognize(), not facts_of_key.
    std::uint32_t lower_word_flags = 0;
  };
  static constexpr std::uint8_t kKeyHyphen = 1;
  static constexpr std::uint8_t kKeyInitials = 2;
  // `trie_id`: the key's word id (lexicon::token_keys with the trie as vocabulary).
  KeyFacts facts_of_key(std::string_view key, std::uint64_t hash, std::uint32_t trie_id) const;
};

}  // namespace sayso::entities

#endif  // SAYSO_ENTITIES_ENTITY_RECOGNIZER_HPP
