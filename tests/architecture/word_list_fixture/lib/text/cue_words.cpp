// A stage that keeps an English word list in C++: check_no_word_lists.py
// must reject it (tests/CMakeLists.txt, architecture:no_word_lists_reject_fixture).
static const char* const kCueWords[] = {"according to", "said", "kind"};
