// No embedded gazetteer image: linked into the tool that compiles it
// (tools/compile_gazetteers.cpp) and into builds that cannot run that tool
// (cross-compiling). Gazetteers::load() then compiles the rule files.
#include <cstddef>

namespace sayso::lexicon {

extern const char* const kEmbeddedGazetteerImage = "";
extern const std::size_t kEmbeddedGazetteerImageSize = 0;

}  // namespace sayso::lexicon
