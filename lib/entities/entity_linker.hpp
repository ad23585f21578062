// In-document linking: groups the mentions of a document into entities with
// one canonical name, and ties role phrases to the people they describe.
//
//   - PERSON: a mention whose words end another person's name links to the
//     most recently mentioned such person ("Kerry", "de Mistura"); a fuller
//     name absorbs an earlier short one. A surname never merges two people
//     with different full names: "Clinton" goes to the latest Clinton named.
//     After a gendered title ("Mr.", "Mrs.", titles.tsv) it prefers a person
//     of that gender (a title before an earlier mention, else the given
//     name: lexicon::given_name_gender_as_written), then one of unknown gender, then one
//     whose given name alone disagrees; a person whose title disagrees
//     ("Mrs. Ortiz" after only "Mr. Ortiz") is never taken: a new person.
//   - Countries and demonyms link by ISO code ("U.S." = "United States");
//     listed organisations by their entry ("U.N." = "United Nations").
//   - ORG: a name that ends a longer one ("Security Council" in "U.N.
//     Security Council"), acronyms of a name ("WHO", "World Health
//     Organization") and short forms the recogniser marks ("Bre-X" for
//     "Bre-X Minerals Ltd", "Church" for "Lumenist Church") link.
//   - An acronym in capitals that no list or organisation explains and
//     that spells a named place's initials ("VSC" after "Vardo Space
//     Center") joins that place and takes its type.
//   - The canonical name is the gazetteer's for countries and listed
//     organisations, else the fullest form seen.
#ifndef SAYSO_ENTITIES_ENTITY_LINKER_HPP
#define SAYSO_ENTITIES_ENTITY_LINKER_HPP

#include <vector>

#include "lexicon/gazetteers.hpp"
#include "entities/name_context.hpp"
#include "core/document_builder.hpp"

namespace sayso::entities {

// What the recogniser knows of a mention beyond its span: the gazetteer
// entry it matched exactly, if any.
struct MentionInfo {
  bool strong = true;  // found by a pattern of priority 30 or more, or from a gazetteer entry
  bool has_entry = false;
  lexicon::GazetteerKind kind = lexicon::GazetteerKind::non_name;
  std::size_t index = 0;
  // The first words of a longer organisation name of the document, standing
  // for it ("Bre-X" after "Bre-X Minerals Ltd"): links to that organisation.
  bool short_form = false;
};

// Requires the document's mentions in text order, with `infos` parallel to
// them. Fills Document::entities() and Mention::entity, ties roles, and
// fills the builder's index of mentions by token
// (DocumentBuilder::mention_of_token) for the linkers after it.
// `context` gives the words acronyms skip and the "of" of "Church of X".
void link_entities(DocumentBuilder& builder, const std::vector<MentionInfo>& infos, const lexicon::Gazetteers& gazetteers,
                   const NameContextWords& context);

}  // namespace sayso::entities

#endif  // SAYSO_ENTITIES_ENTITY_LINKER_HPP
