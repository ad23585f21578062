// What the quote stage asks of a word, answered once per distinct token key
// of a document instead of once per question, from a table by word id.
//
// The sieves ask the same few questions of the same words many times (is
// this word an adverb or auxiliary, a participle, a plural, a preposition?),
// each question a filter and often a hashed lookup with a string compare or
// a scan of the word endings. Two tables answer them:
//
// - WordFacts, built once with the stage: what cue_phrases.tsv and
//   function_words.tsv say of each word they name, filed by the word's id
//   in the vocabulary (the gazetteers' trie keys, lexicon/token_keys.hpp),
//   or by its text for a word the vocabulary lacks.
// - KeyFacts, built per document: one record per distinct token key
//   (core::TokenKeys keeps each once), read from WordFacts by the key's word
//   id (no string hashed or compared) plus the roles of its endings.
//
// A question comes either with a token (function_class_of(t)) or with the
// key's view (`keys[t]`, a std::string_view into the TokenKeys' store: the
// sieves pass words around as such views). of_view() recognises a view that
// points at the start of one of the document's keys, with its size, and
// returns that key's record; any other string (a copy, a part of a key, a
// word from elsewhere) gets null, and the caller asks the rules as before.
// Either way the answer is the same: the records hold exactly what
// CuePhrases::roles_of, CuePhrases::phrase_roles_starting_with and the
// function words table say.
//
// WordFacts is immutable and safe to share across threads. KeyFacts is
// built once per document by the quote view, then read only; it reads the
// TokenKeys' store, which must outlive it and not change.
#ifndef SAYSO_QUOTES_KEY_FACTS_HPP
#define SAYSO_QUOTES_KEY_FACTS_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/token_keys.hpp"
#include "lexicon/cue_phrases.hpp"
#include "lexicon/gazetteers.hpp"
#include "lexicon/phrase_trie.hpp"
#include "lexicon/pronouns.hpp"
#include "quotes/cue_lexicon.hpp"

namespace sayso::quotes {

// Where a word stands in the speech verb trie (CueLexicon::verbs): its key
// id there (PhraseTrie::kNoKey: no form uses it) and, as the first key of a
// form, the node it leads to from the root (0: it starts no form), the verb
// of the form that is the word alone (one_word - 1; 0: none) and whether
// longer forms start with it. What PhraseTrie::match_all reads at its first
// step, and the ids it looks up by text at the later ones, kept with the
// word's other facts: the quote view asks the trie (hashed lookups whose
// nodes miss the cache) only for the edges after a first key that longer
// forms go on from.
//
// And, for the first step of a longer form, a filter on the edge the next
// word would take: `later_bit` (1 + a bit index below 64; 0: the word comes
// second or later in no form) names the word among the forms' later words,
// and WordFacts::later_edges(node) has that bit set for every later word
// with an edge from a first key's node (a bit may stand for several words:
// the filter lets through every edge the trie has, and some it has not).
struct VerbStart {
  std::uint32_t key = lexicon::PhraseTrie::kNoKey;
  std::uint32_t node = 0;
  std::uint32_t one_word = 0;
  bool longer = false;
  std::uint8_t later_bit = 0;
};
static_assert(sizeof(VerbStart) == 16, "VerbStart: 16 bytes");

// What most questions ask of one word: 32 bytes. A WordFacts record opens
// with these answers for its word, endings aside (size 0); a document's key
// (KeyFacts::Facts) is them copied, with the key's size and the roles of
// its endings added, so that the copy is one load and one store.
struct KeyRecord {
  lexicon::CueRoleMask roles;  // CuePhrases::roles_of(word): the one-word phrase's roles, and (a key's) its endings'
  std::uint32_t record = 0;    // the word's WordFacts record (WordFacts::record; 0: the empty one)
  std::uint32_t size = 0;      // a key's bytes (0 in a WordFacts record)
  static constexpr std::uint8_t kNoClass = 0xFF;
  std::uint8_t function_class = kNoClass;  // a FunctionClass of function_words.tsv, or kNoClass
  bool role_word = false;                  // alone, a gazetteer title that is no honorific ("minister", not "mr")
  bool described = false;                  // a speaker noun or described noun (SpeakerLexicon::nouns, described)
  bool opens_phrases = false;              // the record's phrase_starts is not empty
  bool ends_phrases = false;               // the record's phrase_ends is not empty
  bool pronoun = false;                    // the record's pronoun is not 0
  // What the quote view's scans over every token ask (KeyFacts::scan), as
  // bits: the word starts a speech verb form (its VerbStart's node is not
  // 0), is a complementizer, is "according to" or starts its phrase, is an
  // `acquaintance` phrase ("close to") or starts one.
  static constexpr std::uint8_t kScanVerbStart = 1;
  static constexpr std::uint8_t kScanComplementizer = 2;
  static constexpr std::uint8_t kScanAccordingTo = 4;
  static constexpr std::uint8_t kScanAcquaintance = 8;
  std::uint8_t scan = 0;
  // The kScan* bits that `roles` alone gives (a complementizer, "according
  // to", an acquaintance phrase).
  static std::uint8_t scan_of_roles(const lexicon::CueRoleMask& roles) noexcept {
    return static_cast<std::uint8_t>((roles.has(lexicon::CueRole::complementizer) ? kScanComplementizer : 0) |
                                     (roles.has(lexicon::CueRole::according_to) ? kScanAccordingTo : 0) |
                                     (roles.has(lexicon::CueRole::acquaintance) ? kScanAcquaintance : 0));
  }

  bool has_role(lexicon::CueRole role) const noexcept { return roles.has(role); }
};
static_assert(sizeof(KeyRecord) == 32, "KeyRecord: 32 bytes");

class WordFacts {
 public:
  // What the rules say of one word, endings aside: the answers most
  // questions read first (`head`, in the record's first 32 bytes, a line
  // of its own), then what few keys are asked.
  struct alignas(32) Record {
    KeyRecord head;
    lexicon::CueRoleMask phrase_starts;  // CuePhrases::phrase_roles_starting_with(word)
    lexicon::CueRoleMask phrase_ends;    // the roles of the phrases of several words it ends (phrase_end_roles)
    static constexpr std::uint8_t kNoClass = KeyRecord::kNoClass;
    std::uint32_t pronoun = 0;  // its forms in pronouns.tsv: pronoun_forms(pronoun)
    VerbStart verb;             // the speech verb forms it starts
  };

  // Files every word of `phrases`, `function_words` and `pronouns`, every
  // first key of a form of `verbs` (none when null), by its id in
  // `vocabulary` (which must outlive this table), or by its text when the
  // vocabulary lacks it; and, when `gazetteers` is given (its trie must be
  // `vocabulary`), every word that alone is one of its titles that is no
  // honorific (KeyRecord::role_word), by id; and, when `speakers` is given,
  // its speaker nouns and described nouns (KeyRecord::described). With
  // `verb_later_keys` (the ids in `verbs` of every key that comes second or
  // later in one of its forms, CueLexicon::verb_later_keys), the first-step
  // filter of VerbStart::later_bit and later_edges(); without it the filter
  // lets every edge through.
  WordFacts(const lexicon::CuePhrases& phrases, const rules::HashedStringMap<FunctionClass>& function_words,
            const lexicon::Pronouns& pronouns, const lexicon::PhraseTrieView& vocabulary,
            const lexicon::PhraseTrie* verbs = nullptr, const lexicon::Gazetteers* gazetteers = nullptr,
            const SpeakerLexicon* speakers = nullptr, const std::vector<std::uint32_t>* verb_later_keys = nullptr);

  // For a node a form's first key leads to (VerbStart::node), bit b - 1 set
  // when a word of later_bit b may have an edge from it; all bits set for
  // any other node. A word of later_bit 0 has no edge from it.
  std::uint64_t later_edges(std::uint32_t node) const noexcept {
    return node < later_edges_.size() ? later_edges_[node] : ~std::uint64_t{0};
  }

  // The forms of a record's pronoun (Pronouns::forms of its word); null
  // when the word is no pronoun (pronoun 0).
  const std::vector<lexicon::PronounForm>* pronoun_forms(std::uint32_t pronoun) const noexcept {
    return pronoun == 0 ? nullptr : &pronoun_forms_[pronoun];
  }

  const lexicon::PhraseTrieView& vocabulary() const noexcept { return vocabulary_; }
  // The record of a word given with its hash and its id in the vocabulary
  // (PhraseTrieView::kNoKey: none); the empty record when no rule names it.
  // By id without a branch on the answer: the id's block of 64 ids holds a
  // bit per id that has a record and the count of such ids before the
  // block; the records of ids come in id order (record 1 + that rank), so
  // a document's keys are looked up one after the other without waiting on
  // a mispredicted probe of a cold table.
  const Record& of(std::string_view word, std::uint64_t hash, std::uint32_t word_id) const noexcept {
    return records_[index_of(word, hash, word_id)];
  }
  // The same as an index for record() (0: the empty record); prefetch()
  // asks the cache for the record of an index, to be read a little later.
  std::uint32_t index_of(std::string_view word, std::uint64_t hash, std::uint32_t word_id) const noexcept {
    if (word_id == lexicon::PhraseTrieView::kNoKey) {
      if (outside_.empty()) return 0;
      const auto it = outside_.find(word, hash);
      return it == outside_.end() ? 0 : it->second;
    }
    return record_of_id(word_id);
  }
  const Record& record(std::uint32_t index) const noexcept { return records_[index]; }
  // (its head: what KeyFacts::fill reads)
  void prefetch(std::uint32_t index) const noexcept { __builtin_prefetch(&records_[index].head); }
  // Asks the cache for what record_of_id(word_id) reads (its id block).
  void prefetch_id(std::uint32_t word_id) const noexcept {
    __builtin_prefetch(id_blocks_.data() + std::min<std::size_t>(word_id / 64, id_blocks_.size() - 1));
  }
  // The index in records_ of the record of word id `word_id` (0: none).
  std::uint32_t record_of_id(std::uint32_t word_id) const noexcept {
    const IdBlock& block = id_blocks_[std::min<std::size_t>(word_id / 64, id_blocks_.size() - 1)];
    const unsigned bit = word_id % 64;
    const std::uint64_t below = block.bits & ((std::uint64_t{1} << bit) - 1);
    const std::uint32_t has = static_cast<std::uint32_t>(block.bits >> bit & 1);
    return has * (block.rank + 1 + popcount(below));
  }

 private:
  // 64 word ids: a bit for each that has a record, and how many ids before
  // these have one. The last block has no bits: ids past the last one filed
  // (and kNoKey) read it.
  struct IdBlock {
    std::uint64_t bits = 0;
    std::uint32_t rank = 0;
  };
  static std::uint32_t popcount(std::uint64_t x) noexcept {
    x = x - ((x >> 1) & 0x5555555555555555ULL);
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
    return static_cast<std::uint32_t>((x * 0x0101010101010101ULL) >> 56);
  }
  const lexicon::PhraseTrieView& vocabulary_;
  // [0]: the empty record; then those of the words the vocabulary knows,
  // in id order; then those of the words it lacks.
  std::vector<Record> records_ = std::vector<Record>(1);
  // By word id (a bit each, 64 to a block): which ids have records...
  std::vector<IdBlock> id_blocks_ = std::vector<IdBlock>(1);
  // ... and by text, those of the words it lacks.
  rules::HashedStringMap<std::uint32_t> outside_;
  // By verb trie node: later_edges() of the first keys' nodes.
  std::vector<std::uint64_t> later_edges_;
  // The pronouns' forms, by Record::pronoun ([0]: none).
  std::vector<std::vector<lexicon::PronounForm>> pronoun_forms_ = std::vector<std::vector<lexicon::PronounForm>>(1);
};

class KeyFacts {
 public:
  // The answers about one distinct key: 32 bytes, written once per key per
  // document. What most questions read is here; the roles of the phrases
  // of several words the key opens or ends, and its pronoun forms, stay in
  // its WordFacts record (`record`), read (phrase_starts(), phrase_ends(),
  // pronoun_forms()) only for a key that has some (the flags say).
  // (KeyRecord: its head in the key's WordFacts record, with the key's
  // size and the roles of its endings.)
  using Facts = KeyRecord;

  // The keys' word ids are those of words.vocabulary() (lexicon::token_keys
  // with it); keys without ids are looked up in it here. `words` must
  // outlive this table (the records point at its pronoun forms).
  KeyFacts(const core::TokenKeys& keys, const lexicon::CuePhrases& phrases, const WordFacts& words)
      : KeyFacts(keys, phrases, words, Deferred{}) {
    fill();
  }
  // The same in two steps, for a caller with other work to do between: the
  // constructor finds each key's record in `words` and asks the cache for
  // it; fill() (before any question) makes the key records from them; a
  // second call does nothing. `keys`, `phrases` and `words` must outlive
  // this table in both forms (fill() reads all three). The records are
  // lines the stages before have pushed out of the cache: asked for early,
  // they arrive while the caller works.
  struct Deferred {};
  KeyFacts(const core::TokenKeys& keys, const lexicon::CuePhrases& phrases, const WordFacts& words, Deferred);
  void fill();

  // The keys the records are of.
  const core::TokenKeys& keys() const noexcept { return keys_; }
  // The record of token t's key.
  const Facts& of_token(std::size_t t) const noexcept { return facts_[keys_.key_index(t)]; }
  // CuePhrases::phrase_roles_starting_with(key) for a key's record.
  const lexicon::CueRoleMask& phrase_starts(const Facts& f) const noexcept { return words_.record(f.record).phrase_starts; }
  // The roles of the phrases of several words that end with the key.
  const lexicon::CueRoleMask& phrase_ends(const Facts& f) const noexcept { return words_.record(f.record).phrase_ends; }
  // Pronouns::forms(key) when it is a pronoun, else null.
  const std::vector<lexicon::PronounForm>* pronoun_forms(const Facts& f) const noexcept {
    return f.pronoun ? words_.pronoun_forms(words_.record(f.record).pronoun) : nullptr;
  }
  // Where the key of distinct index k (core::TokenKeys::key_index) stands
  // in the speech verb trie WordFacts was given (VerbStart).
  // (Read from the record: only the scans ask it, of a key that starts a
  // form and of the words after it.)
  const VerbStart& verb_start(std::uint32_t k) const noexcept { return words_.record(facts_[k].record).verb; }
  // WordFacts::later_edges of the words' table.
  std::uint64_t later_edges(std::uint32_t node) const noexcept { return words_.later_edges(node); }
  // What the quote view's scans over every token ask of a key, a byte in
  // its record (KeyRecord::scan, kScan*): whether the key starts a speech
  // verb form (verb_start(k).node != 0), is a complementizer, or is
  // "according to" or an acquaintance phrase or starts one (roles or
  // phrase_starts).
  static constexpr std::uint8_t kScanVerbStart = KeyRecord::kScanVerbStart;
  static constexpr std::uint8_t kScanComplementizer = KeyRecord::kScanComplementizer;
  static constexpr std::uint8_t kScanAccordingTo = KeyRecord::kScanAccordingTo;
  static constexpr std::uint8_t kScanAcquaintance = KeyRecord::kScanAcquaintance;
  std::uint8_t scan(std::uint32_t k) const noexcept { return facts_[k].scan; }
  // The record of the key `view` is, when it is a key view of the document
  // (keys[t] for some token t: the same bytes of the store and the same
  // size); null for any other string.
  const Facts* of_view(std::string_view view) const noexcept {
    const std::uintptr_t offset = reinterpret_cast<std::uintptr_t>(view.data()) - store_begin_;
    if (offset >= store_size_ || offset % core::TokenKeys::kPad != 0) return nullptr;
    const std::uint32_t key = key_at_word_[offset / core::TokenKeys::kPad];
    if (key == kNoKey || facts_[key].size != view.size()) return nullptr;
    return &facts_[key];
  }

 private:
  static constexpr std::uint32_t kNoKey = UINT32_MAX;

  const core::TokenKeys& keys_;
  const lexicon::CuePhrases& phrases_;
  const WordFacts& words_;
  std::vector<std::uint32_t> record_;  // by distinct key index: WordFacts::index_of, until fill() (which lists in it the keys whose endings it asks)
  std::vector<Facts> facts_;  // by distinct key index
  bool filled_ = false;       // fill() has run
  // Where the keys' bytes lie (TokenKeys::store_data, store_size), and for
  // each padded word of them the key that starts there (kNoKey: none).
  std::uintptr_t store_begin_ = 0;
  std::uintptr_t store_size_ = 0;
  std::vector<std::uint32_t> key_at_word_;
};

}  // namespace sayso::quotes

#endif  // SAYSO_QUOTES_KEY_FACTS_HPP
