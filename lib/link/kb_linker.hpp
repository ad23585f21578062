// The knowledge-base stage: runs after in-document linking and adds to each
// entity what a reader aggregating across documents needs.
//
//   - kb: countries and nationalities -> ISO 3166-1 ("RU"); states and
//     provinces -> ISO 3166-2 ("US-TX"); cities -> GeoNames, choosing among
//     places of the same name by context (below); PERSON and ORG -> the user
//     knowledge base (user_kb.hpp), if one is given.
//   - gender: every PERSON's, decided by the gender judge (gender.hpp) from
//     all the evidence, the user KB's gender included.
//   - affiliation: the country or organisation named in a role tied to the
//     person ("U.S. Secretary of State", "Russia's U.N. Ambassador", "State
//     Department spokesman"), also in appositions ("John Kirby, the State
//     Department spokesman,") and "spokesperson for X".
//
// Cities of the same name, in this order of evidence:
//   1. the place is qualified right after its name ("Paris, Texas",
//      "Tbilisi, Georgia");
//   2. its state or province is named in the document (Paris, Texas only
//      when Texas is there);
//   3. its country is named in the document (a GPE country or a
//      nationality), unless it is a small place (fewer than 100,000 people)
//      and a large namesake lies in a country the document does not name:
//      news names the United States often, and that alone does not make
//      "Geneva" the one in Illinois;
//   4. the largest population.
// A name that is both a country and a state (Georgia) is the state when it
// qualifies a city of that state ("Atlanta, Georgia"), else the country. A
// name that is both a state and a city of 100,000 people or more (New York)
// is the city unless it qualifies another city.
//
// Immutable after create(); link() may run on many threads at once.
#ifndef SAYSO_LINK_KB_LINKER_HPP
#define SAYSO_LINK_KB_LINKER_HPP

#include <memory>
#include <string>

#include "lexicon/gazetteers.hpp"
#include "lexicon/cue_phrases.hpp"
#include "lexicon/pronouns.hpp"
#include "link/user_kb.hpp"
#include "core/document_builder.hpp"
#include "rules/rule_set.hpp"
#include "sayso/status.hpp"
#include "text/tokenizer.hpp"

namespace sayso::link {

// The words the linker reads (rules/<language>/pronouns.tsv for the gender
// judge, cue_phrases.tsv for articles, prepositions and the words
// that end a role's bridge to a name).
struct LinkLexicon {
  lexicon::Pronouns pronouns;
  lexicon::CuePhrases phrases;
};

class KbLinker {
 public:
  // `gazetteers` and `tokenizer` must outlive the linker (the pipeline owns them).
  // `knowledge_base_path` may be empty (no user KB); else see
  // UserKnowledgeBase::load() for the errors.
  static Result<std::shared_ptr<const KbLinker>> create(const lexicon::Gazetteers& gazetteers,
                                                        const text::Tokenizer& tokenizer,
                                                        const std::string& knowledge_base_path,
                                                        const rules::RuleSet& rules, const std::string& language);
  // The same with a knowledge base already loaded.
  static std::shared_ptr<const KbLinker> create(const lexicon::Gazetteers& gazetteers,
                                                const text::Tokenizer& tokenizer, UserKnowledgeBase user_kb,
                                                LinkLexicon words);

  // Requires a document whose entities are linked (entities::link_entities,
  // which also leaves the builder's mention_of_token() filled; it is filled
  // here when it is not).
  // Sets Entity::kb, affiliation, and gender where evidence allows; may add
  // apposition roles to Entity::roles.
  void link(DocumentBuilder& builder) const;

  const UserKnowledgeBase& user_knowledge_base() const noexcept { return user_kb_; }

 private:
  KbLinker(const lexicon::Gazetteers& gazetteers, const text::Tokenizer& tokenizer, UserKnowledgeBase user_kb,
           LinkLexicon words)
      : gazetteers_(&gazetteers), tokenizer_(&tokenizer), user_kb_(std::move(user_kb)), words_(std::move(words)) {}

  const lexicon::Gazetteers* gazetteers_;
  const text::Tokenizer* tokenizer_;
  UserKnowledgeBase user_kb_;
  LinkLexicon words_;
};

}  // namespace sayso::link

#endif  // SAYSO_LINK_KB_LINKER_HPP
