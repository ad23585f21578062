#include "quotes/quote_stage.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "quotes/sieves.hpp"

namespace sayso::quotes {

Result<std::shared_ptr<const QuoteStage>> QuoteStage::create(const rules::RuleSet& rules, const std::string& language,
                                                             const text::Tokenizer& tokenizer,
                                                             const lexicon::Gazetteers& gazetteers) {
  auto finder = QuoteFinder::load(rules);
  if (!finder) return finder.error();
  auto cues = CueLexicon::load(rules, language, tokenizer);
  if (!cues) return cues.error();
  return std::shared_ptr<const QuoteStage>(
      new QuoteStage(std::move(finder).value(), std::move(cues).value(), gazetteers));
}

void QuoteStage::run(DocumentBuilder& builder, bool keep_unattributed) const {
  // The view's arrays per token are freed before the quotes kept are made
  // beside the quotes in flight (the stage's last peak): `view` is not read
  // after view_holder.reset().
  std::optional<const Attributor> view_holder;
  view_holder.emplace(builder, finder_, cues_, gazetteers_, word_facts_);
  const Attributor& view = *view_holder;
  const std::vector<RawQuote>& raw = view.raw_quotes();
  const std::vector<QuoteTokens>& qtokens = view.quote_tokens();

  // Quotations in marks: the sieves of sieves.cpp in their order, outer
  // quotations first; then nested ones.
  std::vector<Attribution> done(raw.size());
  std::vector<QuoteKind> kinds(raw.size(), QuoteKind::mixed);
  for (std::size_t qi = 0; qi < raw.size(); ++qi) {
    builder.deadline().check();
    const QuoteTokens& qt = qtokens[qi];
    if (qt.open == kNone) continue;
    kinds[qi] = view.kind_of(qt);
    if (raw[qi].parent != kNone) continue;  // nested quotes below
    done[qi] = view.attribute_marked(MarkedQuote{qi, qt, kinds[qi], done});
  }
  view.nested_possessive(done);

  std::vector<CuePlace> places;  // beside `quotes`, until the discourse sieves have read them
  places.reserve(raw.size());    // (marked_quotes adds one per quotation with tokens)
  std::vector<QuoteInFlight> quotes = view.marked_quotes(done, kinds, places);
  // Read by nothing after this: freed before the indirect quotes join (a
  // page of quotation marks makes hundreds of thousands of each).
  done = std::vector<Attribution>();
  kinds = std::vector<QuoteKind>();
  // Titles are removed first, so that no reporter's speaker reaches them later.
  view.drop_titles(quotes, places);

  // Indirect quotes join the marked ones; nesting by containment.
  std::vector<QuoteInFlight> indirect;
  // Room for a clause every other sentence (news has one in three or four),
  // so that the list rarely grows by reallocation.
  indirect.reserve(builder.document().sentences().size() / 2 + 4);
  view.find_indirect(indirect, keep_unattributed);
  view.relative_naming_object(quotes, indirect);
  std::vector<QuoteInFlight> all = std::move(quotes);
  all.reserve(all.size() + indirect.size());
  places.resize(all.size() + indirect.size(), CuePlace::none);
  for (auto& q : indirect) all.push_back(std::move(q));
  indirect = std::vector<QuoteInFlight>();
  nest_quotes(all, &places);
  view.reported_clause(all, places);
  view.headline_echo(all);
  places = std::vector<CuePlace>();

  Attributor::drop_nested_reports(all);
  Attributor::drop_unattributed(all, keep_unattributed);
  nest_quotes(all, nullptr);
  for (QuoteInFlight& q : all) q.cue_type = view.cue_type_of(q.cue);
  view_holder.reset();
  builder.token_keys() = core::TokenKeys();  // read by nothing after this stage
  std::vector<Quote>& kept = builder.quotes();
  kept.reserve(all.size());
  for (std::size_t i = 0; i < all.size(); ++i) kept.push_back(std::move(all[i]).finish("Q" + std::to_string(i + 1)));
}

}  // namespace sayso::quotes
