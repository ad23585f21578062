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
#include "entities/token_pattern.hpp"
#include "core/document_builder.hpp"
#include "rules/hashed_strings.hpp"
#include "rules/rule_set.hpp"
#include "sayso/status.hpp"
#include "text/tokenizer.hpp"

namespace sayso::entities {

// A phrase of the gazetteers starting at a token: its entry, its length in
// tokens, and (bit PhraseTest) the phrase tests it passes there. 8 bytes
// (the fields in this order pack): a document holds about one per token.
struct PhraseHit {
  lexicon::GazetteerKind kind;
  std::uint8_t length;
  std::uint16_t passes;
  std::uint32_t index;
};
static_assert(sizeof(PhraseHit) == 8);

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
  // The function words around names (name_context.tsv).
  NameContextWords context_;
  // The minor words of Title Case (title_case_minor.tsv): headlines.
  lexicon::TitleCase title_case_;
  // Every form of the verbs of class "speech" in speech_verbs.tsv (said, told).
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

  // Which patterns can start at a token, indexed by what the token must
  // offer: the leading optional elements of a pattern and its first required
  // one, each filed under its literals, its phrase test or (for neither) its
  // token tests alone. A token passes one of them or the pattern cannot
  // start there, so matching tries only the patterns these lists name.
  struct StartTest {
    std::uint32_t required = 0;   // TokenTest flags
    std::uint32_t forbidden = 0;
    std::uint32_t pattern = 0;    // index in patterns_
  };
  // Tests of token flags alone, one per distinct (required, forbidden) pair,
  // each with the patterns it lets start: a bitset of patterns_.size() bits.
  struct StartFlags {
    std::uint32_t required = 0;
    std::uint32_t forbidden = 0;
    std::vector<std::uint64_t> patterns;
  };
  std::vector<StartFlags> start_by_flags_;
  std::array<std::vector<StartTest>, static_cast<std::size_t>(PhraseTest::orgsuffix) + 1> start_by_phrase_;
  // Indexed by literal id: the tests with token flags to pass, and (a
  // bitset of patterns_.size() bits per id, id 0 none) the patterns a
  // literal starts whatever the token's flags, ORed in without a test.
  std::vector<std::vector<StartTest>> start_by_literal_;
  std::vector<std::uint64_t> start_free_by_literal_;

  // What a match needs beyond its start: every element that is not optional
  // passes its token tests at some token of a window fixed by the lengths of
  // the elements before it. Checking that spares the matcher most starts of
  // the patterns that look for a word after a run of names.
  struct Anchor {
    std::size_t element = 0;    // index in the pattern's elements
    std::size_t min_offset = 0;  // from the start, in tokens
    std::size_t max_offset = 0;  // ditto, at most kMaxPatternTokens - 1
    int bit = kNoAnchorBit;      // the bit of its test in a token's anchor mask (below)
    // A whole window (one the sentence does not cut short) of a test with a
    // bit is the OR of two blocks of 2^level tokens, one at min_offset and
    // one at second_block from the start: fixed by the offsets, so set once.
    // whole_from_end is max_offset for such an anchor and kNoWholeWindow
    // for the others (no bit, or an empty window), so that one comparison,
    // start + whole_from_end < the sentence's tokens, picks the quick test.
    static constexpr std::size_t kNoWholeWindow = SIZE_MAX / 2;
    std::size_t whole_from_end = kNoWholeWindow;
    std::size_t level = 0;
    std::size_t second_block = 0;
  };
  std::vector<std::vector<Anchor>> anchors_;  // per pattern
  // Per pattern, the bits of its anchors' tests (below): a start whose first
  // kMaxPatternTokens tokens lack one of them cannot match, which one AND
  // tells before the anchors' windows are looked at one by one.
  std::vector<std::uint64_t> anchor_bits_needed_;

  // The distinct tests of the anchor elements, the first 64 of them with a
  // bit each: recognize() sets a token's bit when the token passes the test,
  // and checks an anchor's window with two loads of ORed masks instead of a
  // test per token of the window. An anchor whose test has no bit (past
  // 64) tests its window token by token.
  static constexpr int kNoAnchorBit = -1;
  struct AnchorTest {
    std::uint32_t required = 0;
    std::uint32_t forbidden = 0;
  };
  std::vector<AnchorTest> anchor_tests_;  // by bit
  // The tests a token may pass, by what it offers; it passes those of them
  // whose flags it has.
  std::vector<std::uint64_t> anchor_bits_by_literal_;  // indexed by literal id: tests with that literal
  std::uint64_t anchor_bits_of_flags_ = 0;  // tests of token flags alone
  // Tests with a phrase, by the low and by the high kPhraseLowBits bits of a
  // token's phrase mask (below): the tests of every phrase whose bit is set.
  static constexpr std::uint32_t kPhraseLowBits = 7;
  static constexpr std::uint32_t kPhraseLowMask = (1u << kPhraseLowBits) - 1;
  static_assert(static_cast<std::uint32_t>(PhraseTest::orgsuffix) < 2 * kPhraseLowBits,
                "a phrase mask fits in two halves of kPhraseLowBits");
  std::array<std::uint64_t, std::size_t{1} << kPhraseLowBits> anchor_bits_by_low_phrases_{};
  std::array<std::uint64_t, std::size_t{1} << kPhraseLowBits> anchor_bits_by_high_phrases_{};
  // The tests whose flags a token's flags pass: those that its low ten bits
  // pass and its high ten bits pass, by those bits.
  static constexpr std::uint32_t kLowFlagBits = 10;
  static constexpr std::uint32_t kLowFlagMask = (1u << kLowFlagBits) - 1;
  static constexpr std::uint32_t kFlagHalves = 1u << kLowFlagBits;
  static_assert(kLastTokenTest < (1u << (2 * kLowFlagBits)), "token flags fit in two halves of ten bits");
  std::array<std::uint64_t, kFlagHalves> anchor_bits_by_low_flags_{};
  std::array<std::uint64_t, kFlagHalves> anchor_bits_by_high_flags_{};
  // The same for the groups of start_by_flags_, the first kStartGroupBits of
  // them as bits, and per group the anchor bits every one of its patterns
  // needs: recognize() fills a slot of its flag cache (the union of the
  // groups a token's flags pass, and the bits all of its patterns need) with
  // two loads and an OR per group passed, not a test of every group.
  static constexpr std::size_t kStartGroupBits = 32;
  std::array<std::uint32_t, kFlagHalves> start_groups_by_low_flags_{};
  std::array<std::uint32_t, kFlagHalves> start_groups_by_high_flags_{};
  std::vector<std::uint64_t> start_group_needed_;  // by index in start_by_flags_
  // The same AND for what a token's literal and phrases add to its start
  // lists, over every pattern they name whatever the token's flags (all
  // bits for none): by literal id, and by the low and high bits of a
  // token's phrase mask. With the flag cache's bits they make the start
  // loop's one test of whether anything may start at a token, so that a
  // token whose literal or phrase starts nothing it can reach costs no more
  // than one without.
  std::vector<std::uint64_t> start_needed_by_literal_;  // indexed by literal id
  std::array<std::uint64_t, std::size_t{1} << kPhraseLowBits> start_needed_by_low_phrases_{};
  std::array<std::uint64_t, std::size_t{1} << kPhraseLowBits> start_needed_by_high_phrases_{};
  // By the low and high kPhraseLowBits bits of a token's phrase mask, the
  // patterns its phrases start whatever the token's flags (a bitset of
  // patterns_.size() bits per entry); start_by_phrase_ keeps only the tests
  // with flags, and phrases_with_flag_tests_ has the bit of each phrase test
  // that has one.
  std::vector<std::uint64_t> start_free_by_low_phrases_;
  std::vector<std::uint64_t> start_free_by_high_phrases_;
  std::uint32_t phrases_with_flag_tests_ = 0;

  // What a token key answers whatever token carries it, asked once per
  // distinct key of a document (core::TokenKeys::key_index) so that a
  // token's answers are one read of 16 bytes.
  struct KeyFacts {
    std::uint32_t trie_id = 0;  // the key's id in the phrase trie, PhraseTrieView::kNoKey for none
    std::uint32_t literal = 0;  // the key's id among the patterns' literals, 0 for none
    std::uint32_t flags = 0;    // TokenTest flags of the key's one-word entries: kGiven, kNonName, kTitleWord, kOrgWord
    std::uint8_t sports = 0;    // Gazetteers::sports_word of the key
    bool common = false;        // a common word (common_words.tsv)
    std::uint32_t trie_node = 0;  // the trie's node under the key (PhraseTrieView::root_child), 0 for none
    // What the key's bytes say of the token's text, to skip the text's own
    // scans: kKeyHyphen, the key holds a '-' (as does the text exactly
    // then: case folding neither makes nor drops one); kKeyInitials, the key
    // is one to three letters each followed by '.' (as is the text of every
    // run of initials, J. or K.C.: ASCII, lowered into its key).
    std::uint8_t text_bits = 0;
    // Under trie_node: its values (the key's one-word phrases) as hits of
    // length 1, [hits_begin, hits_begin + hits_count) of one_word_hits_
    // (below), made at create(); and whether a longer
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
    // (the text's own tests decide).
    std::uint32_t lower_word_flags = 0;
  };
  static constexpr std::uint8_t kKeyHyphen = 1;
  static constexpr std::uint8_t kKeyInitials = 2;
  // KeyFacts::text_bits of a key's bytes.
  static std::uint8_t text_bits_of(std::string_view key);
  // `trie_id`: the key's word id (lexicon::token_keys with the trie as
  // vocabulary). A key of the trie copies its VocabularyFacts (below);
  // only a key outside it is looked at here.
  KeyFacts facts_of_key(std::string_view key, std::uint64_t hash, std::uint32_t trie_id) const;

  // What KeyFacts says of a key of the phrase trie, made at create() for
  // every key id, so that a document's distinct keys read one record of 16
  // bytes each instead of asking the gazetteers' word facts, the trie's
  // root child, its node's values and edges, and the literals one by one.
  struct VocabularyFacts {
    std::uint32_t trie_node = 0;   // KeyFacts::trie_node
    std::uint32_t hits_begin = 0;  // KeyFacts::hits_begin, in one_word_hits_
    std::uint16_t flags = 0;       // KeyFacts::flags
    std::uint16_t hits_count = 0;  // KeyFacts::hits_count
    std::uint8_t sports = 0;       // KeyFacts::sports
    std::uint8_t text_bits = 0;    // KeyFacts::text_bits
    std::uint8_t bits = 0;         // kVocabulary... below
  };
  static_assert(sizeof(VocabularyFacts) == 16);
  static constexpr std::uint8_t kVocabularyCommon = 1;      // KeyFacts::common
  static constexpr std::uint8_t kVocabularyWalkOn = 2;      // KeyFacts::walk_on
  static constexpr std::uint8_t kVocabularyTestable = 4;    // KeyFacts::testable
  static constexpr std::uint8_t kVocabularyPlaceLike = 8;   // KeyFacts::place_like
  static constexpr std::uint8_t kVocabularyLiteral = 16;    // the key is a literal (literal_id_of_trie_key_)
  std::vector<VocabularyFacts> vocabulary_facts_;  // by trie key id, then one of no facts
  // The one-word phrases of every key of the trie as hits of length 1, key
  // after key (VocabularyFacts::hits_begin), then kHitBlock more items, so
  // that a block of that size may be copied from any key's first hit.
  std::vector<PhraseHit> one_word_hits_;
  void make_vocabulary_facts();
};

}  // namespace sayso::entities

#endif  // SAYSO_ENTITIES_ENTITY_RECOGNIZER_HPP
