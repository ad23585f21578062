// A lexicon file that opens the namespace of another folder: the check must reject it.
#pragma once

namespace sayso::entities {

int borrowed_name();

}  // namespace sayso::entities
