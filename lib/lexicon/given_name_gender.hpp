#pragma once

// The gender a given name says (rules/en/given_names.tsv through the
// gazetteers), asked in this one place by every stage that needs it: the
// gender judge (link/gender.hpp) and the in-document linker, which prefers a
// person of a title's gender (entities/entity_linker.hpp).

#include <string>
#include <string_view>
#include <vector>

#include "lexicon/gazetteers.hpp"
#include "lexicon/phrase_trie.hpp"
#include "sayso/document.hpp"

namespace sayso::lexicon {

// The gender of the given names among the phrases that start with a word
// (`matches`, from the gazetteers' trie), when at least nine in ten of the
// name's bearers have it; unknown otherwise.
Gender given_name_gender(const Gazetteers& gazetteers, const std::vector<PhraseTrie::Match>& matches);

// The same for one normalised key (normalize_token) that is no token of a document.
Gender given_name_gender(const Gazetteers& gazetteers, std::string key);

// The gender of a first word as written ("Maria", "François"): `as_keyed`
// (its key's, from the matches above) when that decides, else the word's
// without its diacritics ("Francois").
Gender given_name_gender_as_written(const Gazetteers& gazetteers, std::string_view first_word, Gender as_keyed);

// The same, looking up the word's key itself.
Gender given_name_gender_as_written(const Gazetteers& gazetteers, std::string_view first_word);

}  // namespace sayso::lexicon
