#include "quotes/sieves.hpp"

#include <algorithm>

namespace sayso::quotes {

void Attributor::drop_titles(std::vector<QuoteInFlight>& quotes, std::vector<CuePlace>& places) const {
  // Titles of works and names in quotation marks ("Charter for the Coast",
  // 'No Boats Today') are nobody's words, unless a cue right beside them says so.
  // The object of a preposition is a title even beside a cue: "on this
  // weekend's broadcast of “Morning Report,” Ruiz said"; so is a name
  // given to a thing: "a news site called “The Harbour Post”".
  // Titles are removed, so that no reporter's speaker reaches them later.
  std::vector<bool> is_title(quotes.size(), false);
  for (std::size_t i = 0, qi = 0; qi < raw_.size(); ++qi) {
    if (qtokens_[qi].open == kNone) continue;
    const std::size_t index = i++;
    const QuoteInFlight& q = quotes[index];
    const std::size_t open = qtokens_[qi].open;
    const bool after_preposition = open > 0 && !in_quote_[open - 1] &&
                                   (keys_[open - 1] == "'s" || is_class(open - 1, FunctionClass::preposition));
    const bool naming = open > 1 && !in_quote_[open - 1] && token_has_role(open - 1, lexicon::CueRole::naming_verb) &&
                        tokens_[open - 2].kind == TokenKind::word && tokens_[open - 2].shape == TokenShape::lower &&
                        token_mention_[open - 2] == kNone && !function_class(open - 2);
    // Who was told, in quotation marks: 'Ruiz told “Morning Radio” on Thursday'.
    std::size_t told = 0;
    const bool listener = open > 0 && !in_quote_[open - 1] && cue_ending_at(open - 1, open - 1) == open - 1 &&
                          cue_at(open - 1, open, &told) != 0 && verb_list_[told].object_is_listener;
    const bool name_context = after_preposition || naming || listener;
    // A "so-called" phrase is the writer's distance from the words, nobody's quotation.
    const bool so_called = open > 0 && !in_quote_[open - 1] &&
                           phrases_.ending_before(keys_, open, lexicon::CueRole::distance) != 0;
    if (so_called) {
      is_title[index] = true;
      continue;
    }
    const bool cue_beside = places[index] == CuePlace::after_quote || places[index] == CuePlace::before_quote;
    if (!name_context && (q.speaker.empty() || cue_beside)) {
      continue;
    }
    // Title Case (lexicon/title_case.hpp); a number is a word of a name ("Route 66").
    // At most eight words: the run stops at the ninth or at a lowercase
    // word, either of which no later word can undo.
    constexpr std::size_t kMostTitleWords = 8;
    lexicon::TitleCaseRun run(title_case_);
    std::size_t numbers = 0;
    for (std::size_t t = qtokens_[qi].open + 1;
         t < qtokens_[qi].close && run.words() + numbers <= kMostTitleWords && run.title_case(); ++t) {
      if (name_context && tokens_[t].kind == TokenKind::number) ++numbers;
      else run.add(tokens_[t], keys_[t]);
    }
    const std::size_t words = run.words() + numbers;
    if (words < (name_context ? 1u : 2u) || words > kMostTitleWords || !run.title_case()) continue;
    // An exclamation or a question is said, not a name: chants of "Bobby!".
    const std::string_view last_inside = keys_[qtokens_[qi].close - 1];
    if (is_question_or_exclamation(last_inside)) continue;
    // A whole sentence in marks that goes on a speaker's turn is said, not a
    // title: "“…,” Ruiz said. “That's Bob Hale.”"
    if (!name_context && std::string_view(q.sieve) == kContinuation.name && is_sentence_punct(last_inside) &&
        qtokens_[qi].open == sentence_begin(qtokens_[qi].open)) {
      continue;
    }
    if (name_context) {
      is_title[index] = true;  // a name: nobody's words, even inside reported speech
    } else {
      // Title Case words nobody was found for; inside reported speech they
      // are the reporter's ("vowed to “Keep The Harbour Open”").
      quotes[index].clear_attribution();
      places[index] = CuePlace::none;
    }
  }
  {
    std::size_t kept = 0;
    for (std::size_t i = 0; i < quotes.size(); ++i) {
      if (is_title[i]) continue;
      if (kept != i) quotes[kept] = std::move(quotes[i]);
      places[kept] = places[i];
      ++kept;
    }
    quotes.resize(kept);
    places.resize(kept);
  }
}

void Attributor::drop_nested_reports(std::vector<QuoteInFlight>& all) {
  std::vector<bool> inner(all.size(), false);
  for (std::size_t i = 0; i < all.size(); ++i) {
    const QuoteInFlight& q = all[i];
    if (q.kind != QuoteKind::indirect || q.nested_in == kNone) continue;
    // (a noun's or a relative clause's report is read on: "his claim that …", "which she called …")
    const std::string_view sieve(q.sieve);
    if (sieve != kIndirect.name && sieve != kIndirectAfter.name) continue;
    const QuoteInFlight& outer = all[q.nested_in];
    inner[i] = outer.kind == QuoteKind::indirect && !outer.speaker.empty();
  }
  std::size_t kept = 0;
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (inner[i]) continue;
    if (kept != i) all[kept] = std::move(all[i]);
    ++kept;
  }
  all.resize(kept);
}

void Attributor::drop_unattributed(std::vector<QuoteInFlight>& all, bool keep_unattributed) {
  all.erase(std::remove_if(all.begin(), all.end(),
                           [&](const QuoteInFlight& q) {
                             return q.speaker.empty() && (q.kind == QuoteKind::mixed || !keep_unattributed);
                           }),
            all.end());
  all.shrink_to_fit();
}

}  // namespace sayso::quotes
