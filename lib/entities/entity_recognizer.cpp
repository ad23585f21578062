#include "entities/entity_recognizer.hpp"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>

#include "entities/entity_linker.hpp"
#include "lexicon/token_keys.hpp"
#include "rules/rule_table.hpp"
#include "rules/speech_verbs.hpp"
#include "core/char_class.hpp"
#include "core/uninit_vector.hpp"
#include "core/utf8.hpp"

namespace sayso::entities {
namespace {

// 8 bytes (the fields in this order pack): a document holds about one per token.
struct PhraseHit {
  lexicon::GazetteerKind kind;
  std::uint8_t length;
  std::uint16_t passes;  // bit PhraseTest: the hit passes that test where it starts
  std::uint32_t index;
};
static_assert(sizeof(PhraseHit) == 8);

// The room an array that a pass over the document's tokens fills should
// grow to once a sixteenth of the document is walked: what the pass's rate
// so far (`added` items for `tokens_done` of `tokens_total` tokens)
// foretells for the whole document, an eighth more, and at least half again
// of what it added (make_room_foretold, TokenFeatures::make_room).
std::size_t foretold_room(std::size_t added, std::size_t tokens_done, std::size_t tokens_total) {
  const std::size_t foretold = added * tokens_total / std::max<std::size_t>(tokens_done, 1);
  return std::max(foretold + foretold / 8, added + added / 2) + 16;
}

// What the patterns and the passes after them see of the tokens of a
// document, one entry per token, in arrays sized once per document. The
// description of each sentence writes its tokens' entries before anything
// reads them (everything reads them through a sentence), so the arrays start
// uninitialised.
struct TokenFeatures {
  core::UninitVector<std::uint32_t> words;  // flags, then hit_begin: one block
  std::uint32_t* flags;                    // TokenTest
  // The phrases starting at each token, token after token: the first
  // `hit_count` items of `hits`; the rest is room, uninitialised, with
  // always kHitBlock items or more at its end (see make_room), so that a
  // key's one-word hits are copied as one block of that size, whatever their
  // number (most keys have none or one: a loop or a test of the count would
  // mispredict).
  core::UninitVector<PhraseHit> hits;
  std::size_t hit_count = 0;
  // Token t's hits are [hit_begin[t], hit_begin[t + 1]) of `hits`: tokens
  // are visited in order, so where one token's hits end the next one's begin.
  std::uint32_t* hit_begin;
  core::UninitVector<std::uint8_t> sports;  // Gazetteers::sports_word of the key

  static constexpr std::size_t kHitBlock = 4;

  explicit TokenFeatures(std::size_t tokens)
      : words(2 * tokens + 1),
        flags(words.data()),
        // News has some 0.8 hits per token: room for one each, so that the
        // array seldom grows (make_room, when it does).
        hits(tokens + kHitBlock),
        hit_begin(words.data() + tokens),
        sports(tokens) {}

  // Makes room for `needed` more hits and a block after them, with the
  // growth of make_room_foretold (`tokens_done` of `tokens_total` walked).
  void make_room(std::size_t needed, std::size_t tokens_done, std::size_t tokens_total) {
    if (hit_count + needed + kHitBlock <= hits.size()) return;
    const std::size_t room =
        tokens_done >= tokens_total / 16 ? foretold_room(hit_count, tokens_done, tokens_total) : 2 * hits.size();
    hits.resize(std::max(room, hit_count + needed) + kHitBlock);
  }
};

// The phrases starting at one token, shortest first.
struct HitList {
  const PhraseHit* first;
  const PhraseHit* last;
  const PhraseHit* begin() const { return first; }
  const PhraseHit* end() const { return last; }
};

// What the patterns see of one sentence: its slices of TokenFeatures (and of
// the document's token keys), indexed by the token's place in the sentence.
// `literal` and `phrase_mask` are read by the patterns only, and point into
// buffers of the sentence being matched (null once the patterns are done).
struct SentenceView {
  std::size_t first = 0;  // index of the sentence's first token in the document
  std::size_t count = 0;
  core::TokenKeys::const_iterator keys;
  const std::uint32_t* literal = nullptr;  // the key's id among the patterns' literals, 0 for none
  const std::uint32_t* flags = nullptr;
  const std::uint16_t* phrase_mask = nullptr;  // bit PhraseTest: some phrase starting here passes that test
  const std::uint8_t* sports = nullptr;  // Gazetteers::sports_word of each key
  struct Hits {
    const PhraseHit* all = nullptr;
    const std::uint32_t* begin = nullptr;
    const std::uint32_t* end = nullptr;
    HitList operator[](std::size_t i) const { return {all + begin[i], all + end[i]}; }
  } hits;
};

struct Candidate {
  std::size_t pattern = 0;
  std::size_t begin = 0;  // captured tokens [begin, end), sentence-local
  std::size_t end = 0;
  PhraseHit hit{lexicon::GazetteerKind::non_name, 0, 0, 0};  // the gazetteer entry when the capture is exactly one
  bool has_hit = false;
  // Its pattern's priority plus ten per captured token (resolve() in recognize).
  int score = 0;
};

bool is_word(const Token& t) { return t.kind == TokenKind::word; }

const char* const kLabels[] = {"PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "ROLE"};

std::optional<EntityType> entity_type_of(const std::string& label) {
  if (label == "PERSON") return EntityType::person;
  if (label == "ORG") return EntityType::org;
  if (label == "GPE") return EntityType::gpe;
  if (label == "LOC") return EntityType::loc;
  if (label == "NORP") return EntityType::norp;
  if (label == "DATE") return EntityType::date;
  return std::nullopt;
}

// Whether a hit of `kind` can pass some phrase test: given names and
// non-names pass none (they count as flags, kGiven and kNonName), and are
// most of the hits.
inline bool may_pass_phrase_test(lexicon::GazetteerKind kind) {
  return kind != lexicon::GazetteerKind::given_name && kind != lexicon::GazetteerKind::non_name;
}

// Whether a hit of `kind` lets a capitalised common word stay a name
// ("Turkey", "American", "Apple") at a sentence's start or in a headline.
inline bool is_place_like(lexicon::GazetteerKind kind) {
  return kind == lexicon::GazetteerKind::country || kind == lexicon::GazetteerKind::demonym ||
         kind == lexicon::GazetteerKind::organization;
}

// The phrase tests (bit PhraseTest) that hit `h`, starting at `pos`, passes.
std::uint16_t phrase_tests_passed(const lexicon::Gazetteers& g, const SentenceView& v, const PhraseHit& h, std::size_t pos) {
  if (!may_pass_phrase_test(h.kind)) return 0;
  const std::uint32_t f = v.flags[pos];
  if (!(f & kUpper)) {
    // Every test but a title's and a legal form's asks for a capital: a hit
    // on a word in lowercase (most hits) reads no record of the image.
    std::uint16_t passed = 0;
    if (h.kind == lexicon::GazetteerKind::title) {
      const bool honorific = g.title(h.index).honorific;
      passed = static_cast<std::uint16_t>(1u << static_cast<int>(PhraseTest::title) |
                                          1u << static_cast<int>(honorific ? PhraseTest::honorific : PhraseTest::role));
    }
    // "the Harbour group": as below.
    const bool described = h.length == 1 && (f & kLower) && (f & kCommon);
    if (h.kind == lexicon::GazetteerKind::org_suffix && !described) {
      passed = static_cast<std::uint16_t>(passed | 1u << static_cast<int>(PhraseTest::orgsuffix));
    }
    return passed;
  }
  const std::uint64_t population = h.kind == lexicon::GazetteerKind::city ? g.city_population(h.index) : 0;
  bool upper = true;
  // A one-word place that is also a common word ("Southern", "Centre", "Man")
  // or a given name before a capitalised word ("Marta Quill") is not a place.
  // A nation inside a state (Wales) is named like a country, whatever word it
  // also spells (its record read only for a one-word subdivision).
  if (h.length == 1 && (h.kind == lexicon::GazetteerKind::city ||
                        (h.kind == lexicon::GazetteerKind::subdivision && g.subdivision(h.index).type != "Country"))) {
    // A large city keeps its name mid-sentence even when it is a word too ("Nice", "Reading").
    const bool large_city = h.kind == lexicon::GazetteerKind::city && population >= 200000;
    if ((f & kCommon) && (!large_city || (f & kInitial))) upper = false;
    if (f & kNonName) upper = false;
    if ((f & kGiven) && pos + 1 < v.count && (v.flags[pos + 1] & kCap) && !(v.flags[pos + 1] & kCaps)) {
      upper = false;
    }
  }
  std::uint16_t passed = 0;
  auto pass = [&](PhraseTest test, bool passes) {
    if (passes) passed = static_cast<std::uint16_t>(passed | 1u << static_cast<int>(test));
  };
  if (h.kind == lexicon::GazetteerKind::title) {
    const bool honorific = g.title(h.index).honorific;
    pass(PhraseTest::title, true);
    pass(PhraseTest::honorific, honorific);
    pass(PhraseTest::role, !honorific);
  }
  pass(PhraseTest::country, upper && h.kind == lexicon::GazetteerKind::country);
  pass(PhraseTest::demonym, upper && h.kind == lexicon::GazetteerKind::demonym);
  pass(PhraseTest::subdivision, upper && h.kind == lexicon::GazetteerKind::subdivision);
  pass(PhraseTest::city, upper && h.kind == lexicon::GazetteerKind::city);
  pass(PhraseTest::bigcity, upper && h.kind == lexicon::GazetteerKind::city && population >= 100000);
  pass(PhraseTest::place, upper && (h.kind == lexicon::GazetteerKind::country || h.kind == lexicon::GazetteerKind::subdivision ||
                                    (h.kind == lexicon::GazetteerKind::city && population >= 100000)));
  // "WHO" is an organisation, "Who" at the start of a sentence a word.
  bool word_not_org = h.length == 1 && (f & kCommon) && (f & kInitial) && !(f & kCaps);
  // "Doctor Who" is no WHO: a common word not in capitals stands for a
  // listed organisation only where its name holds that word ("Amnesty",
  // "Apple", "the Fed"), not as its acronym.
  if (!word_not_org && h.length == 1 && h.kind == lexicon::GazetteerKind::organization && (f & kCommon) && !(f & kCaps)) {
    std::string name(g.organization(h.index).name);
    for (char& c : name) c = core::to_lower_ascii(c);
    const std::string_view key = v.keys[pos];
    bool found = false;
    for (std::size_t at = name.find(key); at != std::string::npos && !found; at = name.find(key, at + 1)) {
      found = at == 0 || name[at - 1] == ' ';
    }
    word_not_org = !found;
  }
  pass(PhraseTest::org, !word_not_org && upper && h.kind == lexicon::GazetteerKind::organization);
  // In a Title Case headline every word is capitalised: "Attack on Syrian Hospital".
  const bool headline_word = (f & kHeadline) && (f & kCommon);
  pass(PhraseTest::orghead, !headline_word && upper && h.kind == lexicon::GazetteerKind::org_head);
  // "the Harbour group": a legal form written in lowercase that is also a
  // word describes, it names nothing ("plc" is no word and stays).
  const bool described = h.length == 1 && (f & kLower) && (f & kCommon);
  pass(PhraseTest::orgsuffix, h.kind == lexicon::GazetteerKind::org_suffix && !described);
  return passed;
}


// The ways one pattern element can match at a position (one per length).
// Left uninitialised but for `size`: the matcher builds one at every step.
struct Steps {
  static constexpr std::size_t kCapacity = kMaxPatternTokens;
  struct Step {
    std::size_t length;
    PhraseHit hit;
  };
  Step items[kCapacity];
  std::size_t size = 0;
  void push_back(const Step& item) {
    if (size < kCapacity) items[size++] = item;
  }
  bool empty() const { return size == 0; }
};

class Matcher {
 public:
  Matcher(const SentenceView& s, const TokenPattern& p, std::size_t start) : s_(s), p_(p), start_(start) {}

  bool run(Candidate& out) {
    // Cheap rejection: the first element that must match cannot match here.
    for (const PatternElement& e : p_.elements) {
      if (e.kind != PatternElement::Kind::test) continue;
      if (e.quantifier == '?' || e.quantifier == '*') break;
      Steps options;
      steps(e, start_, options);
      if (options.empty()) return false;
      break;
    }
    walk(0, start_, start_, kNone, false);
    if (best_end_ == kNone) return false;
    out.begin = best_cap_begin_;
    out.end = best_cap_end_ == kNone ? best_end_ : best_cap_end_;
    out.has_hit = best_hit_.length > 0 && best_hit_.length == out.end - out.begin && best_hit_start_ == out.begin;
    out.hit = best_hit_;
    return out.end > out.begin;
  }

 private:
  bool passes_tokens(const PatternElement& e, std::size_t pos) const {
    const std::uint32_t f = s_.flags[pos];
    if ((f & e.required) != e.required) return false;
    if (f & e.forbidden) return false;
    return true;
  }

  // The lengths one occurrence of element `e` can take at `pos`, with the hit.
  void steps(const PatternElement& e, std::size_t pos, Steps& out) const {
    if (pos >= s_.count) return;
    if (!e.literal_ids.empty()) {
      const std::uint32_t id = s_.literal[pos];
      if (id != 0 && std::binary_search(e.literal_ids.begin(), e.literal_ids.end(), id) && passes_tokens(e, pos)) {
        out.push_back({1, {}});
      }
      return;
    }
    if (!passes_tokens(e, pos)) return;
    if (e.phrase == PhraseTest::none) {
      out.push_back({1, {}});
      return;
    }
    std::size_t last_length = 0;
    for (const PhraseHit& h : s_.hits[pos]) {
      if (h.length == last_length) continue;  // one step per length
      if ((h.passes >> static_cast<int>(e.phrase)) & 1u) {
        out.push_back({h.length, h});
        last_length = h.length;
      }
    }
  }

  void walk(std::size_t ei, std::size_t pos, std::size_t cap_begin, std::size_t cap_end, bool repeating,
            PhraseHit hit = {}, std::size_t hit_start = kNone) {
    if (++budget_ > 4096) return;  // a hard bound on pathological patterns
    const auto& elements = p_.elements;
    if (ei == elements.size()) {
      if (best_end_ == kNone || pos > best_end_) {
        best_end_ = pos;
        best_cap_begin_ = cap_begin;
        best_cap_end_ = cap_end;
        best_hit_ = hit;
        best_hit_start_ = hit_start;
      }
      return;
    }
    const PatternElement& e = elements[ei];
    if (e.kind == PatternElement::Kind::capture_open) {
      walk(ei + 1, pos, pos, cap_end, false, hit, hit_start);
      return;
    }
    if (e.kind == PatternElement::Kind::capture_close) {
      walk(ei + 1, pos, cap_begin, pos, false, hit, hit_start);
      return;
    }
    Steps options;
    steps(e, pos, options);
    const bool may_repeat = e.quantifier == '*' || e.quantifier == '+';
    // Longest first, so that the first complete match found tends to be the longest.
    for (std::size_t oi = options.size; oi-- > 0;) {
      const auto* it = &options.items[oi];
      const std::size_t next = pos + it->length;
      if (next - start_ > kMaxPatternTokens) continue;
      const bool is_phrase = e.phrase != PhraseTest::none;
      const PhraseHit h = is_phrase ? it->hit : hit;
      const std::size_t hs = is_phrase ? pos : hit_start;
      // A repeat ends, after its longer runs, with this same walk on (the
      // quantifier's own `walk(ei + 1, pos, ...)` below): not walked twice.
      if (may_repeat) walk(ei, next, cap_begin, cap_end, true, h, hs);
      else walk(ei + 1, next, cap_begin, cap_end, false, h, hs);
    }
    if (e.quantifier == '?' || e.quantifier == '*' || (e.quantifier == '+' && repeating)) {
      walk(ei + 1, pos, cap_begin, cap_end, false, hit, hit_start);
    }
  }

  const SentenceView& s_;
  const TokenPattern& p_;
  std::size_t start_;
  std::size_t budget_ = 0;
  std::size_t best_end_ = kNone;
  std::size_t best_cap_begin_ = 0;
  std::size_t best_cap_end_ = kNone;
  PhraseHit best_hit_{lexicon::GazetteerKind::non_name, 0, 0, 0};
  std::size_t best_hit_start_ = kNone;
};

// Merges mentions [sorted, end) of `mentions` (and their `infos`), in text
// order themselves, into the ones before them, in text order too, as a
// stable sort of the whole would order them (by start, then by place in the
// list): from the back, with the later run held aside, so that each
// mention moves once. The passes that walk the document in order append
// such a run.
void merge_sorted_rest(std::vector<Mention>& mentions, std::vector<MentionInfo>& infos, std::size_t sorted) {
  const auto split = static_cast<std::ptrdiff_t>(sorted);
  std::vector<Mention> rest(std::make_move_iterator(mentions.begin() + split), std::make_move_iterator(mentions.end()));
  const std::vector<MentionInfo> rest_infos(infos.begin() + split, infos.end());
  std::size_t to = mentions.size();
  std::size_t from = sorted;  // the earlier run's mentions not yet placed: [0, from)
  std::size_t left = rest.size();
  while (left > 0) {
    --to;
    if (from > 0 && rest[left - 1].span.begin < mentions[from - 1].span.begin) {
      --from;
      mentions[to] = std::move(mentions[from]);
      infos[to] = infos[from];
    } else {
      --left;
      mentions[to] = std::move(rest[left]);
      infos[to] = rest_infos[left];
    }
  }
}

// Puts `mentions` (and `infos`, parallel to them) back into text order.
// The passes that call it append a few mentions to a list in text order:
// the longest sorted prefix is kept as it is, only the rest is sorted and
// merged into it (the same order a stable sort of the whole gives: by
// start, then by place in the list); a rest in text order itself, the
// usual case, is merged by merge_sorted_rest() without an order array.
void sort_mentions(DocumentBuilder& builder, std::vector<MentionInfo>& infos) {
  const std::vector<Mention>& listed = builder.mentions();
  std::size_t sorted = 1;
  while (sorted < listed.size() && !(listed[sorted].span.begin < listed[sorted - 1].span.begin)) ++sorted;
  if (sorted >= listed.size()) return;  // in text order already
  std::size_t rest_sorted = sorted + 1;
  while (rest_sorted < listed.size() && !(listed[rest_sorted].span.begin < listed[rest_sorted - 1].span.begin)) {
    ++rest_sorted;
  }
  if (rest_sorted >= listed.size()) {
    merge_sorted_rest(builder.mentions(), infos, sorted);
    return;
  }
  std::vector<std::size_t> order(listed.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  auto earlier = [&](std::size_t a, std::size_t b) { return listed[a].span.begin < listed[b].span.begin; };
  const auto middle = order.begin() + static_cast<std::ptrdiff_t>(sorted);
  std::stable_sort(middle, order.end(), earlier);
  std::inplace_merge(order.begin(), middle, order.end(), earlier);
  // Moved in place, one cycle of the permutation after another (position k
  // takes the mention at order[k]), so no second copy of the mentions exists.
  std::vector<Mention>& mentions = builder.mentions();
  for (std::size_t start = 0; start < order.size(); ++start) {
    if (order[start] == start) continue;
    Mention held = std::move(mentions[start]);
    const MentionInfo held_info = infos[start];
    std::size_t to = start;
    for (;;) {
      const std::size_t from = order[to];
      order[to] = to;  // filled
      if (from == start) {
        mentions[to] = std::move(held);
        infos[to] = held_info;
        break;
      }
      mentions[to] = std::move(mentions[from]);
      infos[to] = infos[from];
      to = from;
    }
  }
}

// Makes room for one more item in `items`, a per-document array that a pass
// walking the document's tokens in order fills (after the `existing` items
// it found). Such arrays grow while the stage's per-token arrays are alive,
// where it peaks: doubling a buffer would hold the old one and one twice its
// size at once, and leave up to half of it unused. Once a sixteenth of the
// document is walked (before, the buffer is small and doubles as usual),
// a full buffer is grown to what the rate of the pass so far foretells for
// the whole document (`tokens_done` of its `tokens_total` walked), an eighth
// more, and at least half again of what the pass added.
template <typename T>
void make_room_foretold(std::vector<T>& items, std::size_t existing, std::size_t tokens_done,
                        std::size_t tokens_total) {
  const std::size_t count = items.size();
  if (count < items.capacity() || tokens_done < tokens_total / 16) return;
  const std::size_t added = count - std::min(existing, count);
  items.reserve(count - added + foretold_room(added, tokens_done, tokens_total));
}

// Makes room for one more mention and its info (make_room_foretold).
void make_room_for_mention(DocumentBuilder& builder, std::vector<MentionInfo>& infos, std::size_t existing,
                           std::size_t tokens_done) {
  const std::size_t tokens_total = builder.document().tokens().size();
  make_room_foretold(builder.mentions(), existing, tokens_done, tokens_total);
  if (infos.capacity() < builder.mentions().capacity()) infos.reserve(builder.mentions().capacity());
}

// The mentions a pass over the whole document adds, collected apart while
// the pass runs and appended once it is done (`append_to`), so that the
// document's mentions grow to their exact new size once, after the pass's
// own per-token arrays are freed, instead of doubling their buffer (the old
// one and one twice its size alive together) while the pass runs.
struct AddedMentions {
  std::vector<Mention> mentions;
  std::vector<MentionInfo> infos;

  void add(Mention m, const MentionInfo& info) {
    mentions.push_back(std::move(m));
    infos.push_back(info);
  }
  bool empty() const { return mentions.empty(); }
  void append_to(DocumentBuilder& builder, std::vector<MentionInfo>& all_infos) {
    std::vector<Mention>& all = builder.mentions();
    all.reserve(all.size() + mentions.size());
    all_infos.reserve(all_infos.size() + infos.size());
    std::move(mentions.begin(), mentions.end(), std::back_inserter(all));
    all_infos.insert(all_infos.end(), infos.begin(), infos.end());
    mentions = std::vector<Mention>();
    infos = std::vector<MentionInfo>();
  }
};

// Removes the mentions `dropped` marks (and their infos), keeping the order
// of the rest. In place: no second copy of the mentions at any time.
void remove_mentions(std::vector<Mention>& mentions, std::vector<MentionInfo>& infos, const std::vector<bool>& dropped) {
  std::size_t kept = 0;
  for (std::size_t mi = 0; mi < mentions.size(); ++mi) {
    if (dropped[mi]) continue;
    if (kept != mi) {
      mentions[kept] = std::move(mentions[mi]);
      infos[kept] = infos[mi];
    }
    ++kept;
  }
  mentions.erase(mentions.begin() + static_cast<std::ptrdiff_t>(kept), mentions.end());
  infos.erase(infos.begin() + static_cast<std::ptrdiff_t>(kept), infos.end());
}

// "Acme Science Fair", "FIFA World Cup": a one-word organisation followed by
// capitalised words of no other name opens a longer name (an event, a
// product, a prize), which names no organisation. Not when those words hold
// an organisation keyword ("BBC World Service"), or open with a title, a
// given name or an acronym ("Acme CEO Jane Roe").
void drop_organisations_inside_longer_names(DocumentBuilder& builder, const std::vector<SentenceView>& views,
                                            std::vector<MentionInfo>& infos) {
  auto& mentions = builder.mentions();
  std::vector<bool> covered(builder.document().tokens().size(), false);
  for (const Mention& m : mentions) {
    for (std::size_t k = 0; k < m.token_count; ++k) covered[m.first_token + k] = true;
  }
  std::vector<bool> dropped(mentions.size(), false);
  bool any = false;
  for (std::size_t mi = 0; mi < mentions.size(); ++mi) {
    const Mention& m = mentions[mi];
    if (m.type != EntityType::org || m.token_count != 1) continue;
    const SentenceView& v = views[m.sentence];
    const std::size_t next = m.first_token - v.first + 1;
    constexpr std::uint32_t kNoContinuation = kTitleWord | kGiven | kCaps | kHeadline | kNonName | kHyphenated;
    if (next >= v.count || !(v.flags[next] & kCap) || (v.flags[next] & kNoContinuation) ||
        covered[v.first + next]) {
      continue;
    }
    // "Acme Chief Executive Jane Roe": a title of several words.
    const auto title_hits = v.hits[next];
    if (std::any_of(title_hits.begin(), title_hits.end(),
                    [](const PhraseHit& h) { return h.kind == lexicon::GazetteerKind::title; })) {
      continue;
    }
    bool keyword = false;
    for (std::size_t j = next; j < v.count && (v.flags[j] & kCap) && !covered[v.first + j]; ++j) {
      keyword = keyword || (v.flags[j] & kOrgWord) != 0;
    }
    if (keyword) continue;
    dropped[mi] = true;
    any = true;
  }
  if (any) remove_mentions(mentions, infos, dropped);
}

// "the ferry Aurora", "Space Shuttle Orion": a one-word name right after a
// word for a vessel (name_context.tsv) names the vessel, and so does the same
// word alone elsewhere in the document ("Aurora docked"). A vessel is no
// person, organisation or place.
void drop_vessel_names(DocumentBuilder& builder, const std::vector<SentenceView>& views,
                       std::vector<MentionInfo>& infos, const NameContextWords& context) {
  auto& mentions = builder.mentions();
  std::set<std::string_view> vessels;
  for (const Mention& m : mentions) {
    if (m.token_count != 1 || m.type == EntityType::date) continue;
    const SentenceView& v = views[m.sentence];
    const std::size_t i = m.first_token - v.first;
    if (i > 0 && context.is(v.keys[i - 1], v.keys.hash(i - 1), NameContext::vessel_noun)) vessels.insert(v.keys[i]);
  }
  if (vessels.empty()) return;
  std::vector<bool> dropped(mentions.size(), false);
  for (std::size_t mi = 0; mi < mentions.size(); ++mi) {
    const Mention& m = mentions[mi];
    const SentenceView& v = views[m.sentence];
    dropped[mi] = m.token_count == 1 && m.type != EntityType::date && vessels.count(v.keys[m.first_token - v.first]);
  }
  remove_mentions(mentions, infos, dropped);
}

// Runs of a document's tokens, told apart by their keys: a run is filed
// under the hash of its keys' hashes (extend() from kEmptyRunHash, one key
// after another), and two runs are the same when their keys are, wherever
// they stand. Open addressing over a power-of-two table at most half full.
class KeyRuns {
 public:
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
  static constexpr std::uint64_t kEmptyRunHash = 0x9E3779B97F4A7C15ull;
  static std::uint64_t extend(std::uint64_t run_hash, std::uint64_t key_hash) noexcept {
    const std::uint64_t h = (run_hash ^ key_hash) * 0xFF51AFD7ED558CCDull;
    return h ^ (h >> 32);
  }

  explicit KeyRuns(const core::TokenKeys& keys) : keys_(keys) {}

  bool empty() const noexcept { return runs_.empty(); }
  // Room for `runs` runs without growing the table (more may still be filed).
  void reserve(std::size_t runs) {
    runs_.reserve(runs);
    std::size_t size = 16;
    while (size < 2 * runs) size *= 2;
    if (size > slots_.size() && runs_.empty()) slots_.assign(size, 0);
  }
  // The index of the run filed with the keys of tokens [first, first + count)
  // (whose hash is `hash`), or npos.
  std::size_t find(std::uint64_t hash, std::size_t first, std::size_t count) const noexcept {
    if (slots_.empty()) return npos;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t slot = static_cast<std::size_t>(hash) & mask;; slot = (slot + 1) & mask) {
      const std::uint32_t entry = slots_[slot];
      if (entry == 0) return npos;
      const Run& r = runs_[entry - 1];
      if (r.hash == hash && r.count == count && same_keys(r.first, first, count)) return entry - 1;
    }
  }
  bool contains(std::uint64_t hash, std::size_t first, std::size_t count) const noexcept {
    return find(hash, first, count) != npos;
  }
  // Files the run of tokens [first, first + count) unless a run of the same
  // keys is filed; whether it was added (as index size() - 1).
  bool insert(std::uint64_t hash, std::size_t first, std::size_t count) {
    if (find(hash, first, count) != npos) return false;
    insert_new(hash, first, count);
    return true;
  }
  // Files the run of tokens [first, first + count), which no filed run's keys
  // are the same as (find() said npos).
  void insert_new(std::uint64_t hash, std::size_t first, std::size_t count) {
    runs_.push_back({hash, first, count});
    if (runs_.size() * 2 > slots_.size()) {
      slots_.assign(std::max<std::size_t>(16, slots_.size() * 2), 0);
      for (std::size_t i = 0; i < runs_.size(); ++i) place(i);
    } else {
      place(runs_.size() - 1);
    }
  }

 private:
  struct Run {
    std::uint64_t hash;
    std::size_t first;
    std::size_t count;
  };
  bool same_keys(std::size_t a, std::size_t b, std::size_t count) const noexcept {
    for (std::size_t k = 0; k < count; ++k) {
      if (keys_.key_index(a + k) != keys_.key_index(b + k)) return false;  // equal keys share their index
    }
    return true;
  }
  void place(std::size_t index) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t slot = static_cast<std::size_t>(runs_[index].hash) & mask;
    while (slots_[slot] != 0) slot = (slot + 1) & mask;
    slots_[slot] = static_cast<std::uint32_t>(index + 1);
  }

  const core::TokenKeys& keys_;
  std::vector<Run> runs_;
  std::vector<std::uint32_t> slots_;  // index + 1 of a run, 0 for none
};

// Sets of a document's token keys, as bits by key index
// (core::TokenKeys::key_index): a token is asked about with one array read,
// where a hashed set of its key's text costs a probe and a compare.
class KeyBits {
 public:
  explicit KeyBits(const core::TokenKeys& keys) : keys_(keys), bits_(keys.distinct_count(), 0) {}
  // Puts the key of document token t in the set(s) of `bits`.
  void insert(std::size_t t, std::uint8_t bits) noexcept { bits_[keys_.key_index(t)] |= bits; }
  // Whether the key of document token t is in a set of `bits`.
  bool has(std::size_t t, std::uint8_t bits) const noexcept { return (bits_[keys_.key_index(t)] & bits) != 0; }

 private:
  const core::TokenKeys& keys_;
  std::vector<std::uint8_t> bits_;
};

// A rule's index in the document's table (DocumentBuilder::rule_index),
// asked of the builder when a pass first uses it (so the table's order is as
// if asked at each use) and kept for the mentions the pass adds after.
class LazyRule {
 public:
  explicit LazyRule(std::string_view name) : name_(name) {}
  std::uint32_t operator()(DocumentBuilder& builder) {
    if (index_ == kUnasked) index_ = builder.rule_index(name_);
    return index_;
  }

 private:
  static constexpr std::uint32_t kUnasked = static_cast<std::uint32_t>(-1);
  std::string_view name_;
  std::uint32_t index_ = kUnasked;
};

// Name-shaped words that repeat a name found elsewhere in the document
// ("Kerry" after "John Kerry", "Security Council" at the start of a
// sentence) become mentions too.
void propagate_names(DocumentBuilder& builder, const std::vector<SentenceView>& views,
                     std::vector<MentionInfo>& infos, const NameContextWords& context,
                     const rules::HashedStringSet& speech_verbs) {
  const Document& doc = builder.document();
  struct Known {
    EntityType type;
    MentionInfo info;
    bool acronym = false;  // one word written in capitals ("WHO")
  };
  // Whole names, each a run of the document's tokens that wrote it, looked
  // up by the keys of another run; and every start of a name (its first
  // word, its first two words ...), so that a run no name starts with ends
  // the search.
  const core::TokenKeys& doc_keys = lexicon::token_keys(builder);
  KeyRuns names(doc_keys);
  KeyRuns name_starts(doc_keys);
  std::vector<Known> known_names;  // by index in `names`
  {
    // Each mention files about one name and a start per word: room for them
    // at once, not by doubling and filing again.
    std::size_t words_named = 0;
    for (const Mention& m : doc.mentions()) words_named += m.token_count;
    names.reserve(doc.mentions().size());
    name_starts.reserve(words_named);
    known_names.reserve(doc.mentions().size());
  }
  // Sets of words, by the document's key index.
  enum : std::uint8_t {
    kSurname = 1,          // last word of multi-word person names
    kLoneGivenName = 2,    // people named by a given name alone ("their child, Gloria")
    kOrgShortForm = 4,     // first words that stand for an organisation
    kOrgHead = 8,          // keywords that open or close an organisation's name
    kParticleName = 16,    // lowercase particles inside person names (de, van)
    kNameFirstWord = 32,   // the first word of a name filed in `names`
    kGivenFirstWord = 64,  // the first word of a person's full name (counted in first_names)
  };
  // What a word of the scan for repeated names must be to start a mention
  // there: the first word of a filed name, or a word standing for a person
  // by itself (see the scan).
  constexpr std::uint8_t kMayStartName = kNameFirstWord | kSurname | kLoneGivenName | kGivenFirstWord | kParticleName;
  KeyBits words(doc_keys);
  auto add_name = [&](std::size_t first_token, std::size_t count, const Known& known) {
    std::uint64_t hash = KeyRuns::kEmptyRunHash;
    for (std::size_t k = 0; k < count; ++k) hash = KeyRuns::extend(hash, doc_keys.hash(first_token + k));
    // News repeats its names: a name filed already has its starts filed, and
    // the first filing wins.
    if (names.contains(hash, first_token, count)) return;
    words.insert(first_token, kNameFirstWord);
    std::uint64_t start = KeyRuns::kEmptyRunHash;
    for (std::size_t k = 0; k < count; ++k) {
      start = KeyRuns::extend(start, doc_keys.hash(first_token + k));
      name_starts.insert(start, first_token, k + 1);
    }
    names.insert_new(hash, first_token, count);
    known_names.push_back(known);
  };
  bool any_particle = false;  // some word is filed as kParticleName
  // How many person names open with each word (a given name), by key index.
  std::vector<int> first_names(doc_keys.distinct_count(), 0);
  std::vector<std::pair<std::size_t, std::size_t>> weak_names;  // two-word names of weak patterns: their tokens
  // By document token; a byte each, not a bit: read at every capitalised
  // word of the scan below, and written per word of every mention.
  std::vector<std::uint8_t> covered(doc.tokens().size(), 0);
  for (std::size_t mi = 0; mi < doc.mentions().size(); ++mi) {
    const Mention& m = doc.mentions()[mi];
    const SentenceView& v = views[m.sentence];
    const std::size_t b = m.first_token - v.first;
    const std::size_t e = b + m.token_count - 1;  // the last word
    auto key = [&](std::size_t i) { return v.keys[i]; };
    auto hash = [&](std::size_t i) { return v.keys.hash(i); };
    auto file = [&](std::size_t i, std::uint8_t set) { words.insert(v.first + i, set); };
    for (std::size_t i = b; i < b + m.token_count; ++i) covered[v.first + i] = true;
    if (m.type == EntityType::date) continue;
    add_name(m.first_token, m.token_count, Known{m.type, infos[mi], m.token_count == 1 && (v.flags[b] & kCaps) != 0});
    // "Bre-X Minerals Ltd" ... "Bre-X": the words before an organisation's
    // keyword or legal form stand for it, and so does its first word, when
    // it is no word, given name or place by itself.
    // "Church of Lumenism" or "Lumenist Church" ... "the Church".
    if (m.type == EntityType::org && m.token_count >= 2) {
      if (v.flags[b] & kOrgWord) file(b, kOrgHead);
      if (v.flags[e] & kOrgWord) file(e, kOrgHead);
    }
    if (m.type == EntityType::org && m.token_count >= 2) {
      auto names_itself = [&](std::size_t i) {
        return (v.flags[i] & kCap) && !(v.flags[i] & (kCommon | kGiven | kOrgWord | kTitleWord | kNonName)) &&
               std::none_of(v.hits[i].begin(), v.hits[i].end(), [](const PhraseHit& h) {
                 return h.kind == lexicon::GazetteerKind::country || h.kind == lexicon::GazetteerKind::city ||
                        h.kind == lexicon::GazetteerKind::subdivision || h.kind == lexicon::GazetteerKind::demonym ||
                        h.kind == lexicon::GazetteerKind::org_head || h.kind == lexicon::GazetteerKind::org_suffix;
               });
      };
      if (names_itself(b)) {
        std::size_t head = b + 1;
        while (head < b + m.token_count && (v.flags[head] & kCap) &&
               std::none_of(v.hits[head].begin(), v.hits[head].end(), [](const PhraseHit& h) {
                 return h.kind == lexicon::GazetteerKind::org_head || h.kind == lexicon::GazetteerKind::org_suffix;
               })) {
          ++head;
        }
        MentionInfo short_form;
        short_form.strong = false;
        short_form.short_form = true;
        add_name(m.first_token, 1, Known{EntityType::org, short_form});
        if (head - b >= 2 && head < b + m.token_count) add_name(m.first_token, head - b, Known{EntityType::org, short_form});
        file(b, kOrgShortForm);
      }
    }
    // "Church of Lumenism" ... "Lumenism": the name after "of" stands for
    // the organisation when it is not a word or a place by itself.
    if (m.type == EntityType::org && m.token_count >= 3 && context.is(key(e - 1), hash(e - 1), NameContext::name_of)) {
      const bool place = std::any_of(v.hits[e].begin(), v.hits[e].end(), [](const PhraseHit& h) {
        return h.kind == lexicon::GazetteerKind::country || h.kind == lexicon::GazetteerKind::city ||
               h.kind == lexicon::GazetteerKind::subdivision || h.kind == lexicon::GazetteerKind::demonym;
      });
      if ((v.flags[e] & kCap) && !(v.flags[e] & kCommon) && !place) {
        add_name(v.first + e, 1, Known{EntityType::org, MentionInfo{}});
      }
    }
    if (m.type == EntityType::person && m.token_count == 1 && (v.flags[b] & kGiven) && !(v.flags[b] & kCommon)) {
      file(b, kLoneGivenName);
    }
    if (m.type == EntityType::person && m.token_count == 2 && !infos[mi].strong &&
        !(v.flags[b] & kCommon) && !(v.flags[b + 1] & (kCommon | kOrgWord)) && (v.flags[b + 1] & kUpper)) {
      weak_names.emplace_back(v.first + b, v.first + e);
    }
    if (m.type == EntityType::person && m.token_count >= 2 && infos[mi].strong && (v.flags[e] & kUpper) &&
        !(v.flags[e] & kOrgWord)) {
      file(e, kSurname);
      if (v.flags[b] & kGiven) {
        ++first_names[doc_keys.key_index(v.first + b)];
        file(b, kGivenFirstWord);
      }
      // "Staffan de Mistura" ... "de Mistura": the particle and the surname.
      for (std::size_t k = 1; k + 1 < m.token_count; ++k) {
        if (!(v.flags[b + k] & kUpper) && (v.flags[b + k] & kWord)) {
          add_name(m.first_token + k, m.token_count - k, Known{EntityType::person, infos[mi]});
          file(b + k, kParticleName);
          any_particle = true;
        }
      }
    }
  }
  // "Brannock Prints" after "Ada Brannock": a two-word name the weaker
  // patterns found whose first word is the surname of a person named in
  // full, and whose second is none, is that person before a thing of theirs.
  for (std::size_t mi = 0; mi < doc.mentions().size(); ++mi) {
    Mention& m = builder.mentions()[mi];
    if (m.type != EntityType::person || m.token_count != 2 || infos[mi].strong) continue;
    const SentenceView& v = views[m.sentence];
    const std::size_t b = m.first_token - v.first;
    if (!words.has(m.first_token, kSurname) || words.has(m.first_token + 1, kSurname)) continue;
    // A given name after it is another person named family name first ("Lau Wai-ming").
    if (v.flags[b + 1] & (kGiven | kHyphenated | kSyllableName)) continue;
    m.token_count = 1;
    m.span.end = doc.tokens()[m.first_token].span.end;
    m.rule_index = builder.rule_index("propagate:surname-before-word");
  }
  // A two-word name the weaker patterns found ("Tavi Orrenko") lends its
  // surname too when neither word is a common word and the first is no
  // other person's surname ("Brannock Prints" is no Mr. Prints).
  for (const auto& [first, last] : weak_names) {
    if (!words.has(first, kSurname)) words.insert(last, kSurname);
  }
  // A one-word place that is the surname of a person of the document is that
  // person ("Ines Dover" ... "Dover said"), unless a preposition makes it a place.
  for (std::size_t mi = 0; mi < doc.mentions().size(); ++mi) {
    Mention& m = builder.mentions()[mi];
    if (m.token_count != 1 || (m.type != EntityType::gpe && m.type != EntityType::loc)) continue;
    if (infos[mi].has_entry && infos[mi].kind == lexicon::GazetteerKind::country) continue;
    const SentenceView& v = views[m.sentence];
    const std::size_t i = m.first_token - v.first;
    if (!words.has(m.first_token, kSurname)) continue;
    if (i > 0 && context.is(v.keys[i - 1], v.keys.hash(i - 1), NameContext::place_preposition)) continue;
    m.type = EntityType::person;
    m.rule_index = builder.rule_index("propagate:surname-over-place");
    infos[mi] = MentionInfo{};
  }
  // "Bre-X said": a lone name a weak pattern took for a person is the organisation.
  for (std::size_t mi = 0; mi < doc.mentions().size(); ++mi) {
    Mention& m = builder.mentions()[mi];
    if (m.type != EntityType::person || m.token_count != 1 || infos[mi].strong) continue;
    if (!words.has(m.first_token, kOrgShortForm)) continue;
    m.type = EntityType::org;
    m.rule_index = builder.rule_index("propagate:org-short-form");
    infos[mi].short_form = true;
  }
  if (names.empty()) return;
  const std::size_t existing = doc.mentions().size();
  LazyRule org_keyword_rule("propagate:org-keyword");
  LazyRule repeated_name_rule("propagate:repeated-name");
  for (std::size_t si = 0; si < views.size(); ++si) {
    const SentenceView& v = views[si];
    const std::uint32_t* const flags = v.flags;
    const std::size_t count = v.count;
    for (std::size_t i = 0; i < count; ++i) {
      // Only a capitalised word (or a particle of a name) can start a name
      // or stand for an organisation: most tokens end here on their flags,
      // passed over in a tight loop.
      if (!any_particle) {
        while (i < count && !(flags[i] & kUpper)) ++i;
        if (i == count) break;
      }
      if (covered[v.first + i] || !(v.flags[i] & kWord)) continue;
      // "the Church", capitalised in running text after the document named
      // an organisation by that keyword, stands for it.
      if ((v.flags[i] & kUpper) && !(v.flags[i] & (kInitial | kHeadline | kCaps)) && words.has(v.first + i, kOrgHead) &&
          i > 0 && context.is(v.keys[i - 1], v.keys.hash(i - 1), NameContext::definite_article) &&
          (i + 1 == v.count || !(v.flags[i + 1] & kUpper))) {
        Mention m;
        m.type = EntityType::org;
        m.sentence = si;
        m.first_token = v.first + i;
        m.token_count = 1;
        m.span = doc.tokens()[m.first_token].span;
        m.rule_index = org_keyword_rule(builder);
        make_room_for_mention(builder, infos, existing, v.first + i + 1);
        builder.mentions().push_back(std::move(m));
        MentionInfo info;
        info.strong = false;
        info.short_form = true;
        infos.push_back(info);
        covered[v.first + i] = true;
        continue;
      }
      // Every mention below starts at a word of kMayStartName (a filed
      // name's first word, a surname, a given name): most capitalised words
      // end here on one table read, without a probe of the name tables.
      if (!words.has(v.first + i, kMayStartName)) continue;
      const bool particle_start = !(v.flags[i] & kUpper) && words.has(v.first + i, kParticleName);
      if (!(v.flags[i] & kUpper) && !particle_start) continue;
      std::size_t best = 0;
      const Known* known = nullptr;
      // The run from i grows while some name starts with it.
      std::uint64_t run_hash = KeyRuns::kEmptyRunHash;
      for (std::size_t j = i; j < v.count && j < i + 6 && !covered[v.first + j]; ++j) {
        run_hash = KeyRuns::extend(run_hash, v.keys.hash(j));
        if (!name_starts.contains(run_hash, v.first + i, j - i + 1)) break;
        const std::size_t name = names.find(run_hash, v.first + i, j - i + 1);
        if (name != KeyRuns::npos) {
          best = j - i + 1;
          known = &known_names[name];
        }
      }
      if (particle_start && best < 2) continue;  // "de" alone is no name
      // "Doctor Who" after "WHO": a common word not in capitals is no acronym.
      if (known && known->acronym && best == 1 && (v.flags[i] & kCommon) && !(v.flags[i] & kCaps)) {
        continue;
      }
      // A longer capitalised run is a different name ("Kerry Washington").
      if (known && i + best < v.count && (v.flags[i + best] & kCap) && !covered[v.first + i + best]) continue;
      const bool surname = words.has(v.first + i, kSurname);
      if (!known || (known->type == EntityType::person && best == 1 && !surname)) {
        const int first = first_names[doc_keys.key_index(v.first + i)];  // 0: no person name opens with it
        const bool unique_first_name = first == 1 && !(v.flags[i] & kCommon);
        // A person the document names by a given name alone, and nobody else by it.
        const bool lone_given_name = words.has(v.first + i, kLoneGivenName) && first == 0 && !(v.flags[i] & kCommon);
        if (!surname && !unique_first_name && !lone_given_name) continue;
        // "Young people voted": a common word opening a sentence is that word,
        // unless what follows marks a name ("Hale's", "Hale said", "Hale warned",
        // "Hale has", "Hale took").
        if ((v.flags[i] & kInitial) && (v.flags[i] & kCommon)) {
          const std::string_view next = i + 1 < v.count ? v.keys[i + 1] : std::string_view();
          const bool speech_follows = i + 1 < v.count && speech_verbs.count(next, v.keys.hash(i + 1));
          const bool name_follows = context.is(next, NameContext::possessive) || speech_follows ||
                                    context.has_verb_ending(next) || context.is(next, NameContext::name_verb);
          if (!name_follows) continue;
        }
        if (i + 1 < v.count && (v.flags[i + 1] & kCap) && !covered[v.first + i + 1]) continue;
        best = 1;
        static const Known person{EntityType::person, MentionInfo{}};
        known = &person;
      }
      Mention m;
      m.type = known->type;
      m.sentence = si;
      m.first_token = v.first + i;
      m.token_count = best;
      m.span = {doc.tokens()[m.first_token].span.begin, doc.tokens()[m.first_token + best - 1].span.end};
      m.rule_index = repeated_name_rule(builder);
      make_room_for_mention(builder, infos, existing, v.first + i + 1);
      builder.mentions().push_back(std::move(m));
      infos.push_back(known->info);
      for (std::size_t k = i; k < i + best; ++k) covered[v.first + k] = true;
      i += best - 1;
    }
  }
  if (builder.mentions().size() == existing) return;
  sort_mentions(builder, infos);
}

bool is_dash(std::string_view key) {
  return key == "-" || key == "--" || key == "\xE2\x80\x93" || key == "\xE2\x80\x94";
}

// Whether a sentence tells of play: a word of sports reporting (sports_words.tsv) or a score ("2-1").
bool tells_of_play(const SentenceView& v) {
  for (std::size_t i = 0; i < v.count; ++i) {
    if (v.sports[i] != 0) return true;
    if (i + 2 < v.count && (v.flags[i] & kNumber) && (v.flags[i + 2] & kNumber) && is_dash(v.keys[i + 1])) return true;
  }
  return false;
}

// A name that stands alone everywhere in the document, is no word, no given
// name and no place, and never ends a person's full name there, names an
// organisation: companies, outlets and movements are named that way
// ("Newmont said ... Newmont shares"), people by their full name first.
// It takes two such mentions; one alone keeps what the patterns said.
// Sports reporting names its players by their surname alone: there such a
// name is a player (a person) from its first mention in a sentence that
// tells of play, unless it is a word of sports (sports_words.tsv);
// mark_sports_teams() then makes the teams of results lines organisations
// wherever they stand.
void mark_lone_names(DocumentBuilder& builder, const std::vector<SentenceView>& views,
                     std::vector<MentionInfo>& infos, const lexicon::Gazetteers& g, bool sports) {
  const EntityType type = sports ? EntityType::person : EntityType::org;
  const char* const rule = sports ? "lone-name:player" : "lone-name:org";
  const Document& doc = builder.document();
  // Sets of words, by the document's key index.
  enum : std::uint8_t { kInLongerName = 1, kRefused = 2 };
  const core::TokenKeys& doc_keys = lexicon::token_keys(builder);
  KeyBits words(doc_keys);
  for (const Mention& m : builder.mentions()) {
    if (m.token_count < 2) continue;
    for (std::size_t t = m.first_token; t < m.first_token + m.token_count; ++t) words.insert(t, kInLongerName);
  }
  // The mention over a token (of those over it, the last), found by walking
  // the mentions, in text order, beside the tokens asked about, in text
  // order too: no array per token at the stage's peak.
  std::size_t next_mention = 0;
  std::vector<std::size_t> over;  // the mentions begun at or before the token asked about last, not ended before it
  over.reserve(8);  // a few at most: no growth one by one
  auto mention_over = [&](std::size_t t) {
    const std::vector<Mention>& mentions = builder.mentions();
    for (; next_mention < mentions.size() && mentions[next_mention].first_token <= t; ++next_mention) {
      over.push_back(next_mention);
    }
    over.erase(std::remove_if(over.begin(), over.end(),
                              [&](std::size_t mi) { return mentions[mi].first_token + mentions[mi].token_count <= t; }),
               over.end());
    return over.empty() ? kNone : *std::max_element(over.begin(), over.end());
  };
  struct Place {
    std::uint32_t key;  // the word's key index (core::TokenKeys::key_index: equal keys share it)
    std::uint32_t index;
    std::size_t sentence;
    std::size_t mention;  // the mention over the token, kNone for none
  };
  // Every place where a word stands alone, in one list for the document,
  // then sorted by word (in key index order: the order the words are visited
  // in below does not matter, each changes or adds mentions at its own
  // tokens only), each word's places in text order.
  std::vector<Place> lone;
  struct PlaceSpan {  // one word's places
    const Place* first;
    const Place* last;
    const Place* begin() const { return first; }
    const Place* end() const { return last; }
    const Place& front() const { return *first; }
    std::size_t size() const { return static_cast<std::size_t>(last - first); }
  };
  for (std::size_t si = 0; si < views.size(); ++si) {
    const SentenceView& v = views[si];
    // Capitalised and none of the others: most tokens end here on their
    // flags, passed over in a tight loop.
    constexpr std::uint32_t kLoneTest = kCap | kCommon | kGiven | kCaps | kTitleWord | kOrgWord | kHeadline | kHyphenated;
    const std::uint32_t* const flags = v.flags;
    const std::size_t count = v.count;
    for (std::size_t i = 0; i < count; ++i) {
      while (i < count && (flags[i] & kLoneTest) != kCap) ++i;
      if (i == count) break;
      // A word refused already, or inside a longer name, names nothing
      // alone whatever its other places are (see below): no more to ask.
      if (words.has(v.first + i, kRefused | kInLongerName)) continue;
      // Capitalised, not in capitals nor an abbreviation ("Va.").
      const Token& token = doc.tokens()[v.first + i];
      if (token.shape != TokenShape::capitalized || v.keys[i].back() == '.') continue;
      // "#StandWithAda", "@Acme": a hashtag or a handle, not a name in the text.
      if (v.first + i > 0) {
        const Token& before = doc.tokens()[v.first + i - 1];
        const std::string_view mark = doc.slice(before.span);
        if (before.span.end == token.span.begin && (mark == "#" || mark == "@")) {
          words.insert(v.first + i, kRefused);
          continue;
        }
      }
      const std::size_t mi = mention_over(v.first + i);
      // Found alone by a weak pattern ("Newmont said") or not at all.
      const bool weak_alone = mi != kNone && builder.mentions()[mi].token_count == 1 &&
                              builder.mentions()[mi].type == EntityType::person && !infos[mi].strong;
      const bool alone = (i == 0 || !(v.flags[i - 1] & kUpper)) && (i + 1 >= v.count || !(v.flags[i + 1] & kUpper));
      if ((mi != kNone && !weak_alone) || !alone || v.hits[i].begin() != v.hits[i].end()) {
        words.insert(v.first + i, kRefused);
        continue;
      }
      lone.push_back({doc_keys.key_index(v.first + i), static_cast<std::uint32_t>(i), si, mi});
    }
  }
  std::sort(lone.begin(), lone.end(), [](const Place& a, const Place& b) {
    if (a.key != b.key) return a.key < b.key;
    return a.sentence != b.sentence ? a.sentence < b.sentence : a.index < b.index;
  });
  AddedMentions added;
  LazyRule lone_rule(rule);
  for (auto word_end = lone.begin(); word_end != lone.end();) {
    const auto word_begin = word_end;
    while (word_end != lone.end() && word_end->key == word_begin->key) ++word_end;
    const PlaceSpan places{&*word_begin, &*word_begin + (word_end - word_begin)};
    // Every place of a word has its key: the first one's tells.
    const std::size_t some_token = views[places.front().sentence].first + places.front().index;
    if (places.size() < (sports ? 1u : 2u) || words.has(some_token, kRefused | kInLongerName)) continue;
    if (sports && (g.sports_word(doc_keys[some_token]) != 0 ||
                   std::none_of(places.begin(), places.end(), [&](const Place& p) {
                     return tells_of_play(views[p.sentence]);
                   }))) {
      continue;
    }
    for (const Place& p : places) {
      const SentenceView& v = views[p.sentence];
      const std::size_t t = v.first + p.index;
      if (p.mention != kNone) {
        Mention& m = builder.mentions()[p.mention];
        m.type = type;
        m.rule_index = lone_rule(builder);
        continue;
      }
      Mention m;
      m.type = type;
      m.sentence = p.sentence;
      m.first_token = t;
      m.token_count = 1;
      m.span = doc.tokens()[t].span;
      m.rule_index = lone_rule(builder);
      MentionInfo info;
      info.strong = false;
      added.add(std::move(m), info);
    }
  }
  if (added.empty()) return;
  added.append_to(builder, infos);
  sort_mentions(builder, infos);
}

// The mentions of sentence `si` among the first `count` of `mentions`,
// which are in text order: [first, second).
std::pair<std::size_t, std::size_t> mentions_of_sentence(const std::vector<Mention>& mentions, std::size_t count,
                                                         std::size_t si) {
  const auto begin = mentions.begin(), end = mentions.begin() + static_cast<std::ptrdiff_t>(count);
  const auto first = std::lower_bound(begin, end, si, [](const Mention& m, std::size_t s) { return m.sentence < s; });
  const auto last = std::upper_bound(first, end, si, [](std::size_t s, const Mention& m) { return s < m.sentence; });
  return {static_cast<std::size_t>(first - begin), static_cast<std::size_t>(last - begin)};
}

// Transcript labels: a line that opens with a name in capitals and a colon
// ("AMINA OSEI: We will ...") names who speaks. The label is a person when
// the document names that person ("Amina Osei", or "OSEI:" after her full
// name), or when it is two to four words that are no common words, titles
// or countries and speech follows the colon. Other labels are left to the
// patterns ("REPORTER:" is none).
void mark_transcript_labels(DocumentBuilder& builder, const std::vector<SentenceView>& views,
                            std::vector<MentionInfo>& infos) {
  const Document& doc = builder.document();
  auto& mentions = builder.mentions();
  // Every ending of a person's name, by keys: a label names a person when it
  // is one. Looked up once per label, not against every name (which made a
  // long document with many labels and people quadratic).
  // Built when the first label is found: most documents have none.
  std::set<std::vector<std::string_view>> name_endings;
  bool endings_built = false;
  auto build_name_endings = [&] {
    for (const Mention& m : mentions) {
      if (m.type != EntityType::person) continue;
      const SentenceView& v = views[m.sentence];
      const std::size_t b = m.first_token - v.first;
      for (std::size_t k = b; k < b + m.token_count; ++k) name_endings.emplace(v.keys + k, v.keys + b + m.token_count);
    }
    endings_built = true;
  };
  std::vector<bool> dropped(mentions.size(), false);
  const std::size_t sorted_count = mentions.size();  // labels found are added after them
  bool changed = false;
  for (std::size_t si = 0; si < views.size(); ++si) {
    const SentenceView& v = views[si];
    std::size_t end = 0;
    while (end < v.count && end < 4 && doc.tokens()[v.first + end].kind == TokenKind::word &&
           doc.tokens()[v.first + end].shape == TokenShape::all_caps && doc.tokens()[v.first + end].span.size() >= 2) {
      ++end;
    }
    if (end == 0 || end >= v.count || v.keys[end] != ":") continue;
    const std::vector<std::string_view> label(v.keys, v.keys + end);
    if (!endings_built) build_name_endings();  // before this function adds a label to the mentions
    const bool named = name_endings.count(label) != 0;
    bool name_shaped = end >= 2;
    for (std::size_t i = 0; i < end && name_shaped; ++i) {
      name_shaped = !(v.flags[i] & (kCommon | kTitleWord | kOrgWord | kNonName)) &&
                    std::none_of(v.hits[i].begin(), v.hits[i].end(), [](const PhraseHit& h) {
                      return h.kind == lexicon::GazetteerKind::country || h.kind == lexicon::GazetteerKind::demonym ||
                             h.kind == lexicon::GazetteerKind::organization;
                    });
    }
    const bool speech_follows = end + 1 < v.count;
    if (!named && !(name_shaped && speech_follows)) continue;
    const auto [first, last] = mentions_of_sentence(mentions, sorted_count, si);
    for (std::size_t mi = first; mi < last; ++mi) {
      if (mentions[mi].first_token < v.first + end) dropped[mi] = true;
    }
    changed = true;
    Mention m;
    m.type = EntityType::person;
    m.sentence = si;
    m.first_token = v.first;
    m.token_count = end;
    m.span = {doc.tokens()[v.first].span.begin, doc.tokens()[v.first + end - 1].span.end};
    m.rule_index = builder.rule_index("transcript-label");
    mentions.push_back(std::move(m));
    infos.push_back(MentionInfo{});
    dropped.push_back(false);
  }
  if (!changed) return;
  remove_mentions(mentions, infos, dropped);
  sort_mentions(builder, infos);
}

// The country of the place a gazetteer entry names, if any.
std::string_view country_of(const lexicon::Gazetteers& g, lexicon::GazetteerKind kind, std::size_t index) {
  switch (kind) {
    case lexicon::GazetteerKind::country: return g.country(index).code;
    case lexicon::GazetteerKind::demonym: return g.demonym(index).code;
    case lexicon::GazetteerKind::subdivision: return g.subdivision(index).country;
    case lexicon::GazetteerKind::city: return g.city(index).country;
    default: return {};
  }
}

// Places that are people. A one-word town or region (not a country, a
// nation inside one, or a city of a million people, which may stand for its
// government: "Moscow warned") is a person when it speaks ("Kamara said",
// "said Kamara."), or, when it is also a given name, when nothing else in the
// document lies in its country ("Kerry" with no Ireland). A preposition of
// place before it, or another place it is listed with, keeps it a place
// ("in Kerry", "in Tralee and Kerry"). In sports reporting a place
// that speaks is its club. Every other mention of the same word that no
// preposition makes a place follows.
void retype_places_that_are_people(DocumentBuilder& builder, const std::vector<SentenceView>& views,
                                   std::vector<MentionInfo>& infos, const lexicon::Gazetteers& g,
                                   const NameContextWords& context,
                                   const rules::HashedStringSet& speech_verbs, bool sports) {
  const Document& doc = builder.document();
  auto& mentions = builder.mentions();
  // The countries of the places and nationalities named, sorted: one array
  // of the exact size, not a node per country.
  auto names_country = [&](std::size_t mi) {
    return infos[mi].has_entry && (mentions[mi].type == EntityType::gpe || mentions[mi].type == EntityType::norp);
  };
  std::vector<std::string_view> countries;
  std::size_t country_mentions = 0;
  for (std::size_t mi = 0; mi < mentions.size(); ++mi) country_mentions += names_country(mi);
  countries.reserve(country_mentions);
  for (std::size_t mi = 0; mi < mentions.size(); ++mi) {
    if (names_country(mi)) countries.push_back(country_of(g, infos[mi].kind, infos[mi].index));
  }
  std::sort(countries.begin(), countries.end());
  std::vector<bool> in_place(doc.tokens().size(), false);
  for (const Mention& m : mentions) {
    if (m.type != EntityType::gpe && m.type != EntityType::loc) continue;
    for (std::size_t k = 0; k < m.token_count; ++k) in_place[m.first_token + k] = true;
  }
  // A preposition of place before it, or another place it is listed with
  // ("in Northmarch and Geneva").
  auto place_word_before = [&](const SentenceView& v, std::size_t i) {
    if (i == 0) return false;
    const std::string_view before = v.keys[i - 1];
    const std::uint64_t hash = v.keys.hash(i - 1);
    if ((context.is(before, hash, NameContext::list_joiner) || before == ",") && i >= 2 && in_place[v.first + i - 2]) {
      return true;
    }
    return context.is(before, hash, NameContext::place_preposition) || context.is(before, hash, NameContext::name_of);
  };
  std::vector<bool> in_mention(doc.tokens().size(), false);
  for (const Mention& m : mentions) {
    for (std::size_t k = 0; k < m.token_count; ++k) in_mention[m.first_token + k] = true;
  }
  std::set<std::string_view> people;
  for (std::size_t mi = 0; mi < mentions.size(); ++mi) {
    Mention& m = mentions[mi];
    if (m.type != EntityType::gpe || m.token_count != 1 || !infos[mi].has_entry) continue;
    const lexicon::GazetteerKind kind = infos[mi].kind;
    {
      // "Ngozi Benin told ...": a name no list knows before a place that
      // speaks is a person's given name, whatever the place.
      const SentenceView& v = views[m.sentence];
      const std::size_t i = m.first_token - v.first;
      const bool speaks_next = i + 1 < v.count && speech_verbs.count(v.keys[i + 1], v.keys.hash(i + 1));
      if (speaks_next && i > 0 && (v.flags[i - 1] & kCap) && (v.flags[i - 1] & kWord) &&
          !(v.flags[i - 1] & (kCommon | kCaps | kTitleWord | kOrgWord | kNonName)) && !in_mention[v.first + i - 1] &&
          v.hits[i - 1].begin() == v.hits[i - 1].end()) {
        m.type = EntityType::person;
        m.rule_index = builder.rule_index("speaks:person-not-place");
        m.first_token -= 1;
        m.token_count = 2;
        m.span.begin = doc.tokens()[m.first_token].span.begin;
        infos[mi] = MentionInfo{};
        continue;
      }
    }
    if (kind == lexicon::GazetteerKind::subdivision && g.subdivision(infos[mi].index).type == "Country") continue;
    if (kind == lexicon::GazetteerKind::city && g.city(infos[mi].index).population >= 1000000) continue;
    if (kind != lexicon::GazetteerKind::subdivision && kind != lexicon::GazetteerKind::city) continue;
    const SentenceView& v = views[m.sentence];
    const std::size_t i = m.first_token - v.first;
    if (place_word_before(v, i)) continue;
    const bool speaks = (i + 1 < v.count && speech_verbs.count(v.keys[i + 1], v.keys.hash(i + 1))) ||
                        (i > 0 && speech_verbs.count(v.keys[i - 1], v.keys.hash(i - 1)) &&
                         (i + 1 == v.count || !(v.flags[i + 1] & kWord)));
    const bool unsupported = (v.flags[i] & kGiven) &&
                             !std::binary_search(countries.begin(), countries.end(), country_of(g, kind, infos[mi].index)) &&
                             (kind == lexicon::GazetteerKind::subdivision || g.city(infos[mi].index).population < 100000);
    if (speaks || unsupported) people.insert(v.keys[i]);
  }
  if (people.empty()) return;
  for (std::size_t mi = 0; mi < mentions.size(); ++mi) {
    Mention& m = mentions[mi];
    if (m.type != EntityType::gpe || m.token_count != 1) continue;
    if (infos[mi].has_entry && infos[mi].kind == lexicon::GazetteerKind::country) continue;
    const SentenceView& v = views[m.sentence];
    const std::size_t i = m.first_token - v.first;
    if (!people.count(v.keys[i]) || place_word_before(v, i)) continue;
    m.type = sports ? EntityType::org : EntityType::person;
    m.rule_index = builder.rule_index(sports ? "speaks:club" : "speaks:person-not-place");
    infos[mi] = MentionInfo{};
  }
}

// Sports reporting. A document is sports reporting when it uses topic
// words of sports_words.tsv six times, three different ones at least, or heads a line with a sport in capitals
// ("SOCCER -"). There a city or region that plays (in a sentence with a
// word of playing or a score, or in a results or standings line) is its
// club: an organisation, over the capitalised words that continue its name
// ("Leeds United"). A country, or a nation inside one (England), that plays
// stays a place, as OntoNotes and CoNLL type national teams. Results and
// standings lines ("Arsenal 2 Chelsea 1", "1. Leeds 12 8 3 1 25 10 27")
// hold a team or a player before their figures: each run of capitalised
// words there is a name, a team unless it is a country or a person's full
// name.
// Whether the document is sports reporting (see mark_sports_teams).
bool is_sports_document(const std::vector<SentenceView>& views) {
  std::size_t topic = 0;
  std::set<std::string_view> distinct;
  for (const SentenceView& v : views) {
    for (std::size_t i = 0; i < v.count; ++i) {
      // Most tokens are no word of sports: eight kinds at a time are passed
      // over while all are 0.
      while (i + 8 <= v.count) {
        std::uint64_t eight;
        std::memcpy(&eight, v.sports + i, sizeof eight);
        if (eight != 0) break;
        i += 8;
      }
      if (i == v.count) break;
      const int kind = v.sports[i];
      if (kind == 1 || kind == 3) {
        ++topic;
        distinct.insert(v.keys[i]);
      }
      if (kind == 3 && (v.flags[i] & kInitial) && (v.flags[i] & kCaps) && i + 1 < v.count && is_dash(v.keys[i + 1])) {
        return true;
      }
    }
  }
  return topic >= 6 && distinct.size() >= 3;
}

void mark_sports_teams(DocumentBuilder& builder, const std::vector<SentenceView>& views,
                       std::vector<MentionInfo>& infos, const lexicon::Gazetteers& g, const NameContextWords& context) {
  const Document& doc = builder.document();
  std::vector<bool> playing(views.size(), false), results_line(views.size(), false);
  for (std::size_t si = 0; si < views.size(); ++si) {
    const SentenceView& v = views[si];
    std::size_t numbers = 0, lowercase = 0, names = 0;
    for (std::size_t i = 0; i < v.count; ++i) {
      if (v.sports[i] != 0) playing[si] = true;
      // A score: 2 - 1, 1–0
      if (i + 2 < v.count && (v.flags[i] & kNumber) && (v.flags[i + 2] & kNumber) && is_dash(v.keys[i + 1])) {
        playing[si] = true;
      }
      numbers += (v.flags[i] & kNumber) != 0;
      lowercase += (v.flags[i] & kLower) && v.keys[i].size() > 2;
      names += (v.flags[i] & kUpper) && !(v.flags[i] & kCaps) && (i == 0 || !(v.flags[i - 1] & kUpper));
    }
    // Figures and names only: a results or standings line.
    results_line[si] = numbers >= 2 && lowercase == 0 && names >= 1;
    playing[si] = playing[si] || results_line[si];
  }
  auto is_place_hit = [&](const SentenceView& v, std::size_t i, bool big_only) {
    for (const PhraseHit& h : v.hits[i]) {
      if (h.length != 1) continue;
      if (h.kind == lexicon::GazetteerKind::city && (!big_only || g.city(h.index).population >= 100000)) return true;
      if (h.kind == lexicon::GazetteerKind::subdivision && g.subdivision(h.index).type != "Country") return true;
    }
    return false;
  };
  std::vector<bool> covered(doc.tokens().size(), false);
  for (const Mention& m : builder.mentions()) {
    for (std::size_t k = 0; k < m.token_count; ++k) covered[m.first_token + k] = true;
  }
  std::vector<bool> dropped(builder.mentions().size(), false);
  for (std::size_t mi = 0; mi < builder.mentions().size(); ++mi) {
    Mention& m = builder.mentions()[mi];
    if (!playing[m.sentence]) continue;
    const SentenceView& v = views[m.sentence];
    const std::size_t b = m.first_token - v.first, e = b + m.token_count;
    // A dateline ("LEEDS -", "LONDON 1996-08-24") is where the story was filed.
    if ((v.flags[b] & kInitial) && (v.flags[b] & kCaps) && e < v.count &&
        (is_dash(v.keys[e]) || (v.flags[e] & kNumber))) {
      continue;
    }
    // "at Old Trafford": a longer name (a ground) that a town ends.
    if (b > 0 && (v.flags[b - 1] & kCap) && !(v.flags[b - 1] & kCaps)) continue;
    // "in Northmarch": where the match was played.
    if (b > 0 && context.is(v.keys[b - 1], v.keys.hash(b - 1), NameContext::venue_preposition)) continue;
    bool club = false;
    if (m.type == EntityType::gpe && infos[mi].has_entry &&
        (infos[mi].kind == lexicon::GazetteerKind::city || infos[mi].kind == lexicon::GazetteerKind::subdivision)) {
      club = infos[mi].kind == lexicon::GazetteerKind::city || g.subdivision(infos[mi].index).type != "Country";
    } else if (m.type == EntityType::person && m.token_count >= 2) {
      // "Real Madrid", "Bayern Munich": a two-word name around a large city is its club.
      for (std::size_t i = b; i < e && !club; ++i) club = is_place_hit(v, i, true);
    }
    if (!club) continue;
    // The rest of the club's name: "Leeds United", "Sheffield Wednesday".
    std::size_t end = e;
    // Not in a headline, where every word is capitalised ("LEEDS BEAT CHELSEA").
    while (end < v.count && end < e + 2 && (v.flags[end] & kCap) && !(v.flags[end] & (kCaps | kHeadline)) &&
           !covered[v.first + end]) {
      ++end;
    }
    m.type = EntityType::org;
    m.rule_index = builder.rule_index("sports:club");
    m.token_count = end - b;
    m.span.end = doc.tokens()[v.first + end - 1].span.end;
    infos[mi] = MentionInfo{};
  }
  // Each run of capitalised words of a results line.
  bool added = false;
  const std::size_t sorted_count = builder.mentions().size();  // teams found are added after them
  for (std::size_t si = 0; si < views.size(); ++si) {
    if (!results_line[si]) continue;
    const SentenceView& v = views[si];
    for (std::size_t i = 0; i < v.count;) {
      if (!(v.flags[i] & kUpper) || !(v.flags[i] & kWord) || (v.flags[i] & kCaps)) {
        ++i;
        continue;
      }
      std::size_t end = i;
      bool nonname = false;
      while (end < v.count && (v.flags[end] & kUpper) && (v.flags[end] & kWord) && !(v.flags[end] & kCaps)) {
        nonname = nonname || (v.flags[end] & kNonName);
        ++end;
      }
      if (nonname) {  // "Tuesday, June 19": a date, not a team
        i = end;
        continue;
      }
      // What the patterns found there: keep a country, or a person's full name.
      bool keep = false;
      const auto [first, last] = mentions_of_sentence(builder.mentions(), sorted_count, si);
      for (std::size_t mi = first; mi < last; ++mi) {
        const Mention& m = builder.mentions()[mi];
        if (dropped[mi]) continue;
        const std::size_t mb = m.first_token - v.first, me = mb + m.token_count;
        if (me <= i || mb >= end) continue;
        if (mb == i && me == end &&
            ((m.type == EntityType::gpe && infos[mi].has_entry &&
              (infos[mi].kind == lexicon::GazetteerKind::country ||
               (infos[mi].kind == lexicon::GazetteerKind::subdivision && g.subdivision(infos[mi].index).type == "Country"))) ||
             (m.type == EntityType::person && m.token_count >= 2 && (v.flags[i] & kGiven)) ||
             m.type == EntityType::org)) {
          keep = true;
        } else {
          dropped[mi] = true;
        }
      }
      if (!keep) {
        Mention m;
        m.type = EntityType::org;
        m.sentence = si;
        m.first_token = v.first + i;
        m.token_count = end - i;
        m.span = {doc.tokens()[m.first_token].span.begin, doc.tokens()[m.first_token + m.token_count - 1].span.end};
        m.rule_index = builder.rule_index("sports:results-line");
        builder.mentions().push_back(std::move(m));
        infos.push_back(MentionInfo{});
        dropped.push_back(false);
        added = true;
      }
      i = end;
    }
  }
  if (added || std::find(dropped.begin(), dropped.end(), true) != dropped.end()) {
    remove_mentions(builder.mentions(), infos, dropped);
    sort_mentions(builder, infos);
  }
  // A team of a results or standings line is that team wherever the
  // document names it alone: "Chelsea" in "held Chelsea to a draw" after
  // "Leeds 1 Chelsea 1", "Leeds" in "Leeds manager Ann Roe said". Not where
  // a preposition makes it the venue.
  std::set<std::string_view> teams;
  for (const Mention& m : builder.mentions()) {
    if (m.type != EntityType::org || !results_line[m.sentence]) continue;
    if (builder.document().rule_name(m).rfind("sports:", 0) != 0) continue;
    const SentenceView& v = views[m.sentence];
    teams.insert(v.keys[m.first_token - v.first]);
  }
  for (std::size_t mi = 0; mi < builder.mentions().size(); ++mi) {
    Mention& m = builder.mentions()[mi];
    if (m.token_count != 1 || (m.type != EntityType::person && m.type != EntityType::gpe)) continue;
    if (infos[mi].has_entry && infos[mi].kind == lexicon::GazetteerKind::country) continue;
    const SentenceView& v = views[m.sentence];
    const std::size_t i = m.first_token - v.first;
    if (!teams.count(v.keys[i])) continue;
    if (i > 0 && (context.is(v.keys[i - 1], v.keys.hash(i - 1), NameContext::venue_preposition) ||
                  context.is(v.keys[i - 1], v.keys.hash(i - 1), NameContext::place_preposition))) {
      continue;
    }
    m.type = EntityType::org;
    m.rule_index = builder.rule_index("sports:club");
    infos[mi] = MentionInfo{};
  }
}

bool has_upper_after_prefix(std::string_view word) {
  // al-Nusra, d'Alembert, McCain: an uppercase letter after a lowercase particle.
  std::size_t pos = 0;
  bool after_joiner = false;
  while (pos < word.size()) {
    const core::Decoded d = core::decode_at(word, pos);
    if (d.code_point == '-' || d.code_point == '\'' || d.code_point == 0x2019) after_joiner = true;
    else if (after_joiner && core::is_upper(d.code_point)) return true;
    pos += d.length;
  }
  return false;
}

}  // namespace

Result<std::shared_ptr<const EntityRecognizer>> EntityRecognizer::create(const rules::RuleSet& rules,
                                                                          const std::string& language,
                                                                          const text::Tokenizer& tokenizer) {
  std::shared_ptr<EntityRecognizer> r(new EntityRecognizer());
  auto g = lexicon::Gazetteers::load(rules, language, tokenizer);
  if (!g) return g.error();
  r->gazetteers_ = std::move(g).value();

  for (const rules::RuleFile* file : rules.files_for(language + "/entity_patterns.tsv")) {
    auto table = rules::RuleTable::parse_declared(file->content, file->display_name);
    if (!table) return table.error();
    const auto& t = table.value();
    const std::size_t label_col = t.column_index("label");
    const std::size_t priority_col = t.column_index("priority");
    const std::size_t pattern_col = t.column_index("pattern");
    for (const auto& row : t.rows()) {
      TokenPattern p;
      p.label = rules::RuleTable::cell(row, label_col);
      if (std::find(std::begin(kLabels), std::end(kLabels), p.label) == std::end(kLabels)) {
        return t.error_at(row, label_col,
                          "unknown label '" + p.label + "' (expected PERSON, ORG, GPE, LOC, NORP, DATE or ROLE)");
      }
      const std::string& priority = rules::RuleTable::cell(row, priority_col);
      if (!priority.empty()) {
        try {
          std::size_t used = 0;
          p.priority = std::stoi(priority, &used);
          if (used != priority.size()) throw std::invalid_argument(priority);
        } catch (const std::exception&) {
          return t.error_at(row, priority_col, "priority must be an integer, not '" + priority + "'");
        }
      }
      auto elements = parse_pattern(rules::RuleTable::cell(row, pattern_col));
      if (!elements) return t.error_at(row, pattern_col, elements.error().message());
      p.elements = std::move(elements).value();
      for (PatternElement& e : p.elements) {
        for (const std::string& lit : e.literals) {
          const auto id = static_cast<std::uint32_t>(r->literal_ids_.size() + 1);
          e.literal_ids.push_back(r->literal_ids_.emplace(lit, id).first->second);
        }
        std::sort(e.literal_ids.begin(), e.literal_ids.end());
      }
      p.source = file->relative_path + ":" + std::to_string(row.line);
      r->pattern_types_.push_back(entity_type_of(p.label));
      r->patterns_.push_back(std::move(p));
    }
  }
  auto context = NameContextWords::read(rules, language);
  if (!context) return context.error();
  r->context_ = std::move(context).value();
  auto title_case = lexicon::TitleCase::load(rules, language);
  if (!title_case) return title_case.error();
  r->title_case_ = std::move(title_case).value();
  // The forms of the verbs of speech: a place that speaks is no place. Only
  // the forms a single name can be the subject of (said, says): a base form
  // after one is part of a name or a compound ("a California state
  // senator"), so the lemma counts only when it is also a listed form.
  auto verbs = rules::read_speech_verbs(rules, language);
  if (!verbs) return verbs.error();
  for (const rules::SpeechVerbEntry& verb : verbs.value()) {
    if (verb.verb_class != rules::VerbClass::speech) continue;
    for (const std::string& form : verb.forms) r->speech_verbs_.insert(lexicon::normalize_token(form));
  }
  auto automaton = PatternAutomaton::build(r->patterns_, r->literal_ids_.size());
  if (!automaton) return automaton.error();
  r->automaton_ = std::move(automaton).value();
  for (const auto& [literal, id] : r->literal_ids_) {
    const std::uint32_t key = r->gazetteers_.trie().find_key(literal);
    if (key == lexicon::PhraseTrieView::kNoKey) r->literal_ids_outside_trie_.emplace(literal, id);
    else r->literal_id_of_trie_key_.emplace(key, id);
  }
  r->literal_trie_keys_.assign((r->gazetteers_.trie().key_count() + 63) / 64, 0);
  for (const auto& [key, id] : r->literal_id_of_trie_key_) r->literal_trie_keys_[key / 64] |= std::uint64_t{1} << (key % 64);
  return std::shared_ptr<const EntityRecognizer>(std::move(r));
}

EntityRecognizer::KeyFacts EntityRecognizer::facts_of_key(std::string_view key, std::uint64_t hash,
                                                           std::uint32_t trie_id) const {
  KeyFacts facts;
  facts.trie_id = trie_id;
  if (facts.trie_id != lexicon::PhraseTrieView::kNoKey) {
    if ((literal_trie_keys_[facts.trie_id / 64] >> (facts.trie_id % 64)) & 1u) {
      const auto lit = literal_id_of_trie_key_.find(facts.trie_id);
      if (lit != literal_id_of_trie_key_.end()) facts.literal = lit->second;
    }
  } else if (!literal_ids_outside_trie_.empty()) {
    const auto lit = literal_ids_outside_trie_.find(key, hash);
    if (lit != literal_ids_outside_trie_.end()) facts.literal = lit->second;
  }
  using WordFacts = lexicon::Gazetteers::WordFacts;
  const std::uint16_t word = gazetteers_.word_facts(facts.trie_id);
  std::uint32_t f = 0;
  if (word & WordFacts::given_name) f |= kGiven;
  if (word & WordFacts::non_name) f |= kNonName;
  if (word & WordFacts::title) f |= kTitleWord;
  if (word & WordFacts::org_head) f |= kOrgWord;
  // "General Antonio Guterres": a title is not a given name, and says nothing of gender.
  if (f & kTitleWord) f &= ~kGiven;
  // "CRICKET - ...": the name of a sport heads a section; it names nothing.
  facts.sports = static_cast<std::uint8_t>((word & WordFacts::sports_kind) >> WordFacts::sports_kind_shift);
  if (facts.sports == 3) f |= kNonName;
  // A nationality or a country is not a given name ("French Ambassador ...").
  if (word & (WordFacts::demonym | WordFacts::country)) f &= ~kGiven;
  facts.flags = f;
  facts.starts_phrase = (word & WordFacts::starts_phrase) != 0;
  if (facts.starts_phrase) facts.trie_node = gazetteers_.trie().root_child(facts.trie_id);
  facts.common = (word & WordFacts::common_word) != 0;
  if (key.find('-') != std::string_view::npos) facts.text_bits |= kKeyHyphen;
  if (key.size() >= 2 && key.size() <= 6 && key.size() % 2 == 0) {
    bool initials = true;
    for (std::size_t k = 0; k < key.size() && initials; k += 2) {
      initials = key[k] >= 'a' && key[k] <= 'z' && key[k + 1] == '.';
    }
    if (initials) facts.text_bits |= kKeyInitials;
  }
  return facts;
}

std::vector<MentionInfo> EntityRecognizer::recognize(DocumentBuilder& builder) const {
  const Document& doc = builder.document();
  const auto& tokens = doc.tokens();
  const lexicon::PhraseTrieView& trie = gazetteers_.trie();
  std::vector<MentionInfo> infos;
  // Each filled in full by describe_sentence below: made in place, one by one.
  std::vector<SentenceView> views;
  views.reserve(doc.sentences().size());
  // Every token's key, once for this stage and the stages after it.
  const core::TokenKeys& keys = lexicon::token_keys(builder, trie);
  TokenFeatures features(tokens.size());

  // What each distinct key of the document answers, asked once per key:
  // news repeats its words, so a token's answers are then an array read,
  // not a hashed lookup. Appended as asked (not made zero first).
  const std::size_t distinct_keys = keys.distinct_count();
  std::vector<KeyFacts> key_facts;
  key_facts.reserve(distinct_keys);
  // KeyFacts::hits_begin. Room for a hit per key: most keys have none, a few
  // several (some 0.6 per key in news), so it seldom grows.
  std::vector<PhraseHit> key_hits;
  key_hits.reserve(distinct_keys + TokenFeatures::kHitBlock);
  for (std::size_t k = 0; k < distinct_keys; ++k) {
    if (k + 12 < distinct_keys) {
      trie.prefetch_walk(0, keys.distinct_word_id(k + 12));
      gazetteers_.prefetch_word_facts(keys.distinct_word_id(k + 12));
    }
    if (k + 8 < distinct_keys) trie.prefetch_walk(1, keys.distinct_word_id(k + 8));
    if (k + 4 < distinct_keys) trie.prefetch_walk(2, keys.distinct_word_id(k + 4));
    KeyFacts& facts =
        key_facts.emplace_back(facts_of_key(keys.distinct_key(k), keys.distinct_hash(k), keys.distinct_word_id(k)));
    // What a word in lowercase adds to the key's flags (see the flags pass):
    // nothing of its text, unless the key holds a hyphen.
    if (!(facts.text_bits & kKeyHyphen)) {
      facts.lower_word_flags = kWord | kLower | (facts.common ? static_cast<std::uint32_t>(kCommon) : 0u);
    }
    // The key's one-word phrases, here where the prefetches above brought
    // its node in, not at each of its tokens.
    if (facts.trie_node != 0) {
      facts.walk_on = trie.has_children(facts.trie_node);
      const lexicon::PhraseValues values = trie.node_values(facts.trie_node);
      facts.hits_begin = static_cast<std::uint32_t>(key_hits.size());
      facts.hits_count = static_cast<std::uint32_t>(values.size());
      for (const auto value : values) {
        facts.testable = facts.testable || may_pass_phrase_test(lexicon::kind_of(value));
        facts.place_like = facts.place_like || is_place_like(lexicon::kind_of(value));
        key_hits.push_back({lexicon::kind_of(value), 1, 0, static_cast<std::uint32_t>(lexicon::index_of(value))});
      }
    }
  }
  // A key's hits are copied a block of kHitBlock at a time (TokenFeatures):
  // the last key's block ends inside the array too.
  key_hits.resize(key_hits.size() + TokenFeatures::kHitBlock);

  // Sentence by sentence, what the patterns see of it, then the patterns.
  // The per-sentence buffers below are made once, for the document's
  // longest sentence, and left uninitialised: each sentence writes the
  // items it reads first.
  std::size_t longest = 0;
  for (const Sentence& sentence : doc.sentences()) longest = std::max(longest, sentence.token_count);
  // The buffers of 32-bit items, six of `longest` each, in one block.
  core::UninitVector<std::uint32_t> sentence_words(6 * longest);
  // The literal ids and phrase masks, read by the patterns only, are kept
  // for one sentence at a time, in buffers reused from one to the next.
  std::uint32_t* const sentence_literal = sentence_words.data();
  core::UninitVector<std::uint16_t> sentence_phrase_mask(longest);
  // The sentence's keys' ids in the phrase trie (phrases stay in a sentence).
  std::uint32_t* const trie_ids = sentence_literal + longest;
  // The sentence's starts where some pattern may start.
  std::uint32_t* const live_starts = trie_ids + longest;
  constexpr std::uint32_t kNoRule = UINT32_MAX;
  std::vector<std::uint32_t> rule_of_pattern(patterns_.size(), kNoRule);
  // Room for a candidate per token of the longest sentence (more is rare),
  // and for as many accepted ones (they do not overlap).
  std::vector<Candidate> entity_candidates, role_candidates, accepted;
  entity_candidates.reserve(longest);
  role_candidates.reserve(longest);
  accepted.reserve(longest);
  // Per token of a sentence, the number of the last resolve() that took it:
  // a new number frees every token, with no clearing.
  std::uint32_t* const taken_by = live_starts + longest;
  std::fill(taken_by, taken_by + longest, 0);
  // The description's lists of a sentence's tokens, filed without a branch
  // (whether a token is on one goes either way at random): those whose key
  // walks on in the trie (its longer phrases are looked for first), and
  // those whose hits may pass a phrase test (asked once the sentence's flags
  // are all set).
  std::uint32_t* const walking_tokens = taken_by + longest;
  std::uint32_t* const tested_tokens = walking_tokens + longest;
  // The longer phrases of a sentence, by token in order, then an item whose
  // token is kNoToken: few tokens have one.
  struct LongerHit {
    std::uint32_t token;
    PhraseHit hit;
  };
  constexpr std::uint32_t kNoToken = UINT32_MAX;
  std::vector<LongerHit> longer_hits;
  longer_hits.reserve(64);
  std::uint32_t resolved = 0;
  PatternAutomaton::Scanner scanner(automaton_);
  std::vector<PatternAutomaton::Lanes> pattern_states((longest + 1) * automaton_.lanes());
  std::vector<PatternAutomaton::LongPhrase> long_phrases;
  // What the patterns see of one sentence: its literal ids and phrase masks
  // in the reused buffers, its flags and phrase hits in the document's.
  auto describe_sentence = [&](const Sentence& sentence, SentenceView& v) {
    v.first = sentence.first_token;
    v.count = sentence.token_count;
    v.keys = keys.begin() + static_cast<std::ptrdiff_t>(v.first);
    // sentence_phrase_mask is set by pass_phrase_tests, token after token.
    v.literal = sentence_literal;
    v.flags = features.flags + v.first;
    v.phrase_mask = sentence_phrase_mask.data();
    v.sports = features.sports.data() + v.first;
    std::size_t walking = 0;
    for (std::size_t i = 0; i < v.count; ++i) {
      const KeyFacts& facts = key_facts[keys.key_index(v.first + i)];
      trie_ids[i] = facts.trie_id;
      sentence_literal[i] = facts.literal;
      walking_tokens[walking] = static_cast<std::uint32_t>(i);
      walking += facts.walk_on;
    }
    // Shortest first, in the order found among equals: the order the trie
    // yields them (each token's one-word phrases go before these).
    longer_hits.clear();
    for (std::size_t k = 0; k < walking; ++k) {
      const std::size_t i = walking_tokens[k];
      trie.for_each_longer_match_from(key_facts[keys.key_index(v.first + i)].trie_node, trie_ids, i,
                                      std::min(v.count, i + kMaxPatternTokens),
                                      [&](std::size_t length, lexicon::PhraseValues values) {
                                        for (const auto value : values) {
                                          longer_hits.push_back({static_cast<std::uint32_t>(i),
                                                                 {lexicon::kind_of(value), static_cast<std::uint8_t>(length), 0,
                                                                  static_cast<std::uint32_t>(lexicon::index_of(value))}});
                                        }
                                      });
    }
    longer_hits.push_back({kNoToken, {}});

    // Headlines in Title Case or ALL CAPS: capitals there are no evidence of
    // a name. A sentence that names four people and places still has a
    // lowercase word of its own ("Hillary Clinton met Bernie Sanders",
    // "… John Kerry met officials in Geneva on Monday"); Title Case leaves
    // only its minor words in lowercase (lexicon/title_case.hpp).
    std::size_t capitalised = 0;
    lexicon::TitleCaseRun run(title_case_);
    for (std::size_t i = 0; i < v.count && run.title_case(); ++i) {
      const Token& t = tokens[v.first + i];
      if (!is_word(t)) continue;
      run.add(t, v.keys[i]);
      if (t.shape == TokenShape::capitalized || t.shape == TokenShape::all_caps) capitalised += t.span.size() >= 3;
    }
    const bool headline = capitalised >= 4 && run.title_case();

    // One pass: a token's flags and its phrase hits; the phrase tests of the
    // tokens filed in tested_tokens (they read the next token's flags) after it.
    bool seen_word = false;
    std::size_t tested = 0;
    const LongerHit* longer = longer_hits.data();
    // The hits' count and array in locals, and the sentence's slices of the
    // per-token arrays: a byte store (sports) may alias any member of
    // `features`, which the loop would then read again after each one.
    std::size_t hit_count = features.hit_count;
    PhraseHit* hits = features.hits.data();
    std::size_t hit_room = features.hits.size();  // hit_count + what a token adds + kHitBlock fit
    std::uint32_t* const flags_out = features.flags + v.first;
    std::uint32_t* const hit_begin_out = features.hit_begin + v.first;
    std::uint8_t* const sports_out = features.sports.data() + v.first;
    auto make_room = [&](std::size_t needed, std::size_t i) {
      if (hit_count + needed + TokenFeatures::kHitBlock <= hit_room) return;
      features.hit_count = hit_count;
      features.make_room(needed, v.first + i + 1, tokens.size());
      hits = features.hits.data();
      hit_room = features.hits.size();
    };
    for (std::size_t i = 0; i < v.count; ++i) {
      const Token& t = tokens[v.first + i];
      const KeyFacts& facts = key_facts[keys.key_index(v.first + i)];
      const std::size_t hits_begin = hit_count;
      // The flags of the key alone (a given name, a title ...), then those of the token.
      std::uint32_t f = facts.flags | (headline ? static_cast<std::uint32_t>(kHeadline) : 0u);
      // The key's one-word phrases (a block of kHitBlock copied whatever
      // their number, the rest past it if any), then the longer ones found above.
      make_room(facts.hits_count, i);
      {
        PhraseHit* const out = hits + hits_begin;
        const PhraseHit* const in = key_hits.data() + facts.hits_begin;
        std::memcpy(out, in, TokenFeatures::kHitBlock * sizeof(PhraseHit));
        if (facts.hits_count > TokenFeatures::kHitBlock) {
          std::memcpy(out + TokenFeatures::kHitBlock, in + TokenFeatures::kHitBlock,
                      (facts.hits_count - TokenFeatures::kHitBlock) * sizeof(PhraseHit));
        }
        hit_count += facts.hits_count;
      }
      for (; longer->token == i; ++longer) {
        make_room(1, i);
        hits[hit_count++] = longer->hit;
      }
      // A longer hit may pass a test whatever its kind (they are few).
      const bool testable = facts.testable | (hit_count != hits_begin + facts.hits_count);
      sports_out[i] = facts.sports;
      const PhraseHit* const token_hits_begin = hits + hits_begin;
      const PhraseHit* const token_hits_end = hits + hit_count;
      hit_begin_out[i] = static_cast<std::uint32_t>(hits_begin);
      hit_begin_out[i + 1] = static_cast<std::uint32_t>(hit_count);
      if (is_word(t) && t.shape == TokenShape::lower && facts.lower_word_flags != 0 &&
          static_cast<unsigned char>(doc.text()[t.span.begin]) < 0x80) {
        // Most words: what the branch below makes of them is the key's.
        f |= facts.lower_word_flags;
        if (!seen_word) f |= kInitial;
        seen_word = true;
      } else if (is_word(t)) {
        f |= kWord;
        if (!seen_word) f |= kInitial;
        seen_word = true;
        const std::string_view text = doc.slice(t.span);
        const char32_t first = core::decode_at(text, 0).code_point;
        const bool upper = core::is_upper(first);
        const bool common = facts.common;
        if (upper) f |= kUpper;
        if (t.shape == TokenShape::lower) f |= kLower;
        if (t.shape == TokenShape::all_caps && t.span.size() <= 8) f |= kCaps;
        // An initial, or two or three run together: J., K.C., J.R.R.
        if ((facts.text_bits & kKeyInitials) && t.span.size() <= 6 && t.span.size() % 2 == 0 && upper) {
          bool initials = true;
          for (std::size_t k = 0; k < text.size() && initials; k += 2) {
            initials = text[k] >= 'A' && text[k] <= 'Z' && text[k + 1] == '.';
          }
          if (initials) f |= kLetter;
        }
        // Capitals in running text are an acronym even when they spell a word (NASA, HOPE);
        // in a headline set in capitals they are not.
        // ... but not a word in capitals that opens a line ("WATCH:", "UPDATE:").
        if (t.shape == TokenShape::all_caps && text.size() >= 3 && text.size() <= 6 && !headline &&
            std::all_of(text.begin(), text.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }) &&
            !((f & kInitial) && common) &&
            // ... nor a Roman numeral of I, V and X ("Louis XIV", "Part XVII").
            !std::all_of(text.begin(), text.end(), [](char ch) { return ch == 'I' || ch == 'V' || ch == 'X'; })) {
          f |= kAcronym;
        }
        if (t.shape == TokenShape::all_caps && text.size() >= 2) f &= ~kGiven;  // "NY Courier" is no Mr. Ny
        // "pro-Beijing", "anti-American", "non-EU": a word before a name makes an adjective, not a name.
        bool word_prefix = false;
        // Only a word whose key holds a hyphen is searched for it (a word is
        // short: a loop inline costs less than memchr's call).
        if (const std::size_t hyphen = (facts.text_bits & kKeyHyphen)
                                           ? static_cast<std::size_t>(std::find(text.begin(), text.end(), '-') - text.begin())
                                           : text.size();
            hyphen != text.size()) {
          f |= kHyphenated;
          // al-Nusra, el-Sisi: a short lowercase particle joined to a name.
          const std::string prefix = lexicon::normalize_token(text.substr(0, hyphen));
          if (hyphen <= 3 && core::is_lower(core::decode_at(text, 0).code_point) && hyphen + 1 < text.size() &&
              core::is_upper(core::decode_at(text, hyphen + 1).code_point) && !gazetteers_.is_common_word(prefix)) {
            f |= kParticleName;
          }
          word_prefix = core::is_lower(core::decode_at(text, 0).code_point) && gazetteers_.is_common_word(prefix);
          // Siu-lai, Jong-un: a capitalised syllable and a lowercase one that is no word ("Kong-based").
          const std::string suffix = lexicon::normalize_token(text.substr(hyphen + 1));
          if (upper && hyphen >= 2 && hyphen <= 5 && hyphen + 1 < text.size() && suffix.size() <= 5 &&
              text.find('-', hyphen + 1) == std::string_view::npos &&
              core::is_lower(core::decode_at(text, hyphen + 1).code_point) && !gazetteers_.is_common_word(suffix) &&
              !gazetteers_.is_common_word(prefix)) {
            f |= kSyllableName;
          }
        }
        if (common) f |= kCommon;
        // The key's one-word hits answered once per key; a longer hit (few
        // tokens have one) is asked here.
        bool place_like = facts.place_like;
        if (token_hits_begin + facts.hits_count != token_hits_end) {
          place_like = place_like || std::any_of(token_hits_begin + facts.hits_count, token_hits_end,
                                                 [](const PhraseHit& h) { return is_place_like(h.kind); });
        }
        const bool name_shaped = upper || (t.shape == TokenShape::mixed && has_upper_after_prefix(text) && !word_prefix);
        bool cap = name_shaped && !(f & kNonName);
        if (cap && (f & kCommon) && !(f & kGiven) && !place_like) {
          if ((f & kInitial) || headline) cap = false;
        }
        if (cap && headline && (f & kCommon)) cap = false;
        if (cap) f |= kCap;
      } else if (t.kind == TokenKind::number) {
        f |= kNumber;
        seen_word = true;
      } else if (t.kind == TokenKind::clitic && context_.is(v.keys[i], v.keys.hash(i), NameContext::possessive)) {
        f |= kPossessive;
      }
      flags_out[i] = f;
      sentence_phrase_mask[i] = 0;
      tested_tokens[tested] = static_cast<std::uint32_t>(i);
      tested += testable;
    }
    features.hit_count = hit_count;
    for (std::size_t k = 0; k < tested; ++k) {
      const std::size_t i = tested_tokens[k];
      const std::size_t t = v.first + i;
      std::uint16_t mask = 0;
      for (std::size_t hi = features.hit_begin[t]; hi < features.hit_begin[t + 1]; ++hi) {
        PhraseHit& h = features.hits[hi];
        if (!may_pass_phrase_test(h.kind)) continue;  // passes stays 0, without a call
        h.passes = phrase_tests_passed(gazetteers_, v, h, i);
        mask = static_cast<std::uint16_t>(mask | h.passes);
      }
      sentence_phrase_mask[i] = mask;
    }
  };
  for (std::size_t si = 0; si < doc.sentences().size(); ++si) {
    const Sentence& sentence = doc.sentences()[si];
    SentenceView& v = views.emplace_back();
    describe_sentence(sentence, v);
    // The hits of this sentence are all found: no push_back moves them
    // while its patterns run.
    v.hits = {features.hits.data(), features.hit_begin + v.first, features.hit_begin + v.first + 1};

    // Every pattern that can start at every start, in pattern order; the
    // best candidates win per layer.
    entity_candidates.clear();
    role_candidates.clear();
    // The sentence's phrases of more than one token, with the tests they
    // passed (few tokens have one), for the automaton.
    long_phrases.clear();
    for (const LongerHit* longer = longer_hits.data(); longer->token != kNoToken;) {
      const std::size_t i = longer->token;
      for (std::size_t hi = features.hit_begin[v.first + i]; hi < features.hit_begin[v.first + i + 1]; ++hi) {
        const PhraseHit& h = features.hits[hi];
        if (h.length > 1 && h.passes != 0) long_phrases.push_back({static_cast<std::uint32_t>(i), h.length, h.passes});
      }
      while (longer->token == i) ++longer;
    }
    // Where each pattern may start, from the sentence's end back; the
    // matcher runs at those starts only.
    const std::size_t live_begin = scanner.scan(v.count, v.flags, v.literal, v.phrase_mask, long_phrases,
                                                pattern_states.data(), live_starts);
    for (std::size_t li = live_begin; li < v.count; ++li) {
      const std::size_t start = live_starts[li];
      automaton_.for_each_start(pattern_states.data() + start * automaton_.lanes(), [&](std::size_t pi) {
        Candidate c;
        c.pattern = pi;
        if (Matcher(v, patterns_[pi], start).run(c)) {
          c.score = patterns_[pi].priority + 10 * static_cast<int>(c.end - c.begin);
          (!pattern_types_[pi] ? role_candidates : entity_candidates).push_back(c);
        }
      });
    }
    auto resolve = [&](std::vector<Candidate>& cands) -> const std::vector<Candidate>& {
      // Priority plus ten per captured token: a longer name beats a shorter
      // one inside it ("University of Northern Vermont" over "Vermont"), a
      // gazetteer entry beats a guess of the same length.
      // (Candidate::score, set where the candidate is made.)
      std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) {
        if (a.score != b.score) return a.score > b.score;
        if (a.end - a.begin != b.end - b.begin) return a.end - a.begin > b.end - b.begin;
        if (a.begin != b.begin) return a.begin < b.begin;
        return a.pattern < b.pattern;
      });
      ++resolved;
      accepted.clear();
      for (const Candidate& c : cands) {
        bool free = true;
        for (std::size_t i = c.begin; i < c.end && free; ++i) free = taken_by[i] != resolved;
        if (!free) continue;
        for (std::size_t i = c.begin; i < c.end; ++i) taken_by[i] = resolved;
        accepted.push_back(c);
      }
      std::sort(accepted.begin(), accepted.end(),
                [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
      return accepted;
    };
    for (const Candidate& c : resolve(entity_candidates)) {
      const TokenPattern& p = patterns_[c.pattern];
      Mention m;
      m.type = *pattern_types_[c.pattern];
      m.sentence = si;
      m.first_token = v.first + c.begin;
      m.token_count = c.end - c.begin;
      m.span = {tokens[m.first_token].span.begin, tokens[m.first_token + m.token_count - 1].span.end};
      // Each pattern's rule index asked once, when it first finds a mention,
      // so that the document numbers its rules as before.
      std::uint32_t& rule = rule_of_pattern[c.pattern];
      if (rule == kNoRule) rule = builder.rule_index(p.source);
      m.rule_index = rule;
      make_room_for_mention(builder, infos, 0, v.first + v.count);
      builder.mentions().push_back(std::move(m));
      MentionInfo info;
      info.strong = p.priority >= 30;
      if (c.has_hit) {
        info.has_entry = true;
        info.kind = c.hit.kind;
        info.index = c.hit.index;
      }
      infos.push_back(info);
    }
    for (const Candidate& c : resolve(role_candidates)) {
      RoleMention r;
      r.sentence = si;
      if (c.has_hit && c.hit.kind == lexicon::GazetteerKind::title) r.gender = gazetteers_.title(c.hit.index).gender;
      r.first_token = v.first + c.begin;
      r.token_count = c.end - c.begin;
      r.span = {tokens[r.first_token].span.begin, tokens[r.first_token + r.token_count - 1].span.end};
      make_room_foretold(builder.roles(), 0, v.first + v.count, tokens.size());
      builder.roles().push_back(r);
    }
  }

  // The passes over the whole document see every sentence's hits (where
  // they are now that all are found), and no literals or phrase masks.
  for (SentenceView& v : views) {
    v.literal = nullptr;
    v.phrase_mask = nullptr;
    v.hits = {features.hits.data(), features.hit_begin + v.first, features.hit_begin + v.first + 1};
  }

  drop_organisations_inside_longer_names(builder, views, infos);
  propagate_names(builder, views, infos, context_, speech_verbs_);
  mark_transcript_labels(builder, views, infos);
  const bool sports = is_sports_document(views);
  mark_lone_names(builder, views, infos, gazetteers_, sports);
  if (sports) mark_sports_teams(builder, views, infos, gazetteers_, context_);
  retype_places_that_are_people(builder, views, infos, gazetteers_, context_, speech_verbs_, sports);
  drop_vessel_names(builder, views, infos, context_);
  return infos;
}

}  // namespace sayso::entities
