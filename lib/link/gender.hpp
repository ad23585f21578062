// A person's gender, decided in one place from all the evidence: the one
// component that writes Entity::gender and Entity::gender_evidence. A given
// name's gender is the lexicon's (lexicon/given_name_gender.hpp), which the
// in-document linker also asks while it links a surname after "Mr."/"Mrs."
// (entity_linker.hpp); the knowledge-base stage
// (kb_linker.hpp) gathers what the user knowledge base says and asks this
// component for every PERSON entity.
//
// The kinds of evidence, strongest first. The strongest kind with a clue
// that says male or female decides; within a kind, the first clue found:
//
//   1. knowledge_base    the user knowledge base entry the person is linked
//                        to, when it gives a gender: "kb:Q123"
//   2. title             the gender of a title or role right before one of
//                        the person's mentions (titles.tsv), the first such
//                        role of the document: "title:spokeswoman", "title:Mrs."
//   3. given_name        the first word of the person's fullest name (the
//                        first mention of most words, two or more) when
//                        given_names.tsv says that at least 90% of its bearers
//                        have one gender; looked up as written, then without
//                        diacritics ("François" is listed as "Francois"):
//                        "given-name:François"
//   4. pronouns          for each sentence that mentions exactly one PERSON
//                        entity, the male and female pronouns (pronouns.tsv)
//                        after that mention in the same sentence and in the
//                        two sentences after it (up to the first mention of
//                        another person) count for it, each pronoun once. At
//                        least two on one side and none on the other decide:
//                        "pronouns:he=3,she=0"
//   5. surname_ending    the last word of a name of two words or more ends as
//                        surnames of one gender do (surname_endings.tsv):
//                        "surname-ending:zakharova"
//   6. apposition_title  the gender of a role right after a mention and a
//                        comma ("Ilse Varga, the spokeswoman,"):
//                        "title:spokeswoman"
//
// Immutable after construction; decide() may run on many threads at once.
#ifndef SAYSO_LINK_GENDER_HPP
#define SAYSO_LINK_GENDER_HPP

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/document_builder.hpp"
#include "core/token_keys.hpp"
#include "lexicon/gazetteers.hpp"
#include "lexicon/pronouns.hpp"

namespace sayso::link {

// Strongest first: the order is the weighing (see above).
enum class GenderClueKind : std::uint8_t { knowledge_base, title, given_name, pronouns, surname_ending, apposition_title };

// One piece of evidence for one person. A clue whose gender is unknown (the
// pronouns disagree) is kept for what it says and decides nothing.
struct GenderClue {
  GenderClueKind kind = GenderClueKind::knowledge_base;
  Gender gender = Gender::unknown;
  std::string evidence;  // what Entity::gender_evidence says when this clue decides
};

struct GenderDecision {
  Gender gender = Gender::unknown;
  std::string evidence;  // empty when the gender is unknown
};

// The weighing: the clue of the strongest kind that says male or female, the
// first of its kind; nullptr when none does.
const GenderClue* strongest_clue(const std::vector<GenderClue>& clues);
// Its decision: that clue's gender and evidence; unknown with no evidence
// when no clue says male or female.
GenderDecision decide_gender(const std::vector<GenderClue>& clues);

// The clue of pronoun counts: male or female when one side has two or more
// and the other none, else unknown.
GenderClue pronoun_clue(int male, int female);

class GenderJudge {
 public:
  // `gazetteers` (titles, given names, surname endings) and `pronouns` must
  // outlive the judge.
  GenderJudge(const lexicon::Gazetteers& gazetteers, const lexicon::Pronouns& pronouns)
      : gazetteers_(&gazetteers), pronouns_(&pronouns) {}

  // The given-name clue of a first word as written ("Maria", "François"), if
  // one decides (gender unknown otherwise).
  GenderClue given_name_clue(std::string_view first_word) const;
  // The surname-ending clue of a whole name ("Anna Petrova"); unknown for a
  // name of one word, which may not be a surname.
  GenderClue surname_clue(std::string_view name) const;

  // Requires a document whose entities are linked, whose roles are tied to
  // the people they name before them (RoleMention::person_mention), with
  // `mention_of_token` (per token: its mention, else kNoMention) and
  // `apposition_role` (per mention: the role of an apposition after it, else
  // kNone). `known` holds, per entity, the clues the caller has (the user
  // knowledge base); empty or shorter: none. Writes gender and
  // gender_evidence of every PERSON entity.
  void decide(DocumentBuilder& builder, const std::vector<std::uint32_t>& mention_of_token,
              const std::vector<std::size_t>& apposition_role, std::vector<std::vector<GenderClue>> known) const;

 private:
  // The pronoun clue of each PERSON entity whose decision so far is of a
  // kind weaker than the pronouns (`strongest`: its GenderClueKind, else
  // UINT8_MAX), when the clue says male or female: it replaces the decision
  // and its kind.
  void add_pronoun_clues(const Document& doc, const core::TokenKeys& keys,
                         const std::vector<std::uint32_t>& mention_of_token, std::vector<std::uint8_t>& strongest,
                         std::vector<GenderDecision>& decisions) const;

  const lexicon::Gazetteers* gazetteers_;
  const lexicon::Pronouns* pronouns_;
};

}  // namespace sayso::link

#endif  // SAYSO_LINK_GENDER_HPP
