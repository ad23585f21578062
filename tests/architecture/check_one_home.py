#!/usr/bin/python3
"""Fails when a question of docs/architecture.md ("Where each question is
answered") is answered outside its one home in lib/:

  - a rule file is read by one loader: one file of lib/ only reads a rule
    file named in its code (RuleSet::files_for("x.tsv")), and the files of HOMES
    below only in their home (Title Case minor words in lexicon/title_case,
    pronouns in lexicon/pronouns, person nouns in lexicon/person_nouns,
    quotation-mark pairs in rules/quote_marks,
    ...);
  - a person's gender is decided in lib/link/gender.cpp: no other file
    writes an entity's gender_evidence, except to copy one already decided
    (the C ABI's record: `x.gender_evidence = e->gender_evidence...`).

Comments are not code and are skipped.

usage: check_one_home.py LIB_DIR
"""
import re
import sys

from lib_sources import lib_sources

from check_no_word_lists import strip_comments

# Rule files with a declared home (relative to lib/).
HOMES = {
    "title_case_minor.tsv": "lexicon/title_case.cpp",
    "pronouns.tsv": "lexicon/pronouns.cpp",
    "person_nouns.tsv": "lexicon/person_nouns.cpp",
    "cue_phrases.tsv": "lexicon/cue_phrases.cpp",
    "function_words.tsv": "quotes/cue_lexicon.cpp",
    "quote_marks.tsv": "rules/quote_marks.cpp",
}
GENDER_HOME = "link/gender.cpp"

RULE_FILE = re.compile(r'files_for\([^;]*?"[^"\n]*?([a-z_]+)\.tsv"')
WRITES_EVIDENCE = re.compile(r"\bgender_evidence\s*=(?!=)(.*)")


def main(argv):
    sources = lib_sources(argv, __doc__)
    if sources is None:
        return 2
    lib, files = sources
    problems = []
    readers = {}  # rule file -> [(path, line)]
    for path in files:
        relative = path.relative_to(lib).as_posix()
        code = strip_comments(path.read_text(encoding="utf-8"))
        for number, line in enumerate(code.splitlines(), 1):
            for match in RULE_FILE.finditer(line):
                readers.setdefault(match.group(1) + ".tsv", []).append((relative, number))
            written = WRITES_EVIDENCE.search(line)
            if written and relative != GENDER_HOME and "gender_evidence" not in written.group(1):
                problems.append(f"{relative}:{number}: decides a gender (writes gender_evidence); "
                                f"its home is lib/{GENDER_HOME}")
    for name, places in sorted(readers.items()):
        home = HOMES.get(name)
        owners = sorted({path for path, _ in places})
        for path, number in places:
            if home is not None and path != home:
                problems.append(f"{path}:{number}: reads {name}, whose home is lib/{home}")
            elif home is None and len(owners) > 1 and path != owners[0]:
                problems.append(f"{path}:{number}: reads {name}, which {owners[0]} reads too")
    for problem in sorted(problems, key=lambda p: (p.split(':')[0], int(p.split(':')[1]))):
        print(problem)
    if problems:
        print(f"{len(problems)} answer(s) outside their home", file=sys.stderr)
        return 1
    print(f"{len(files)} files: {len(readers)} rule files with one reader each; gender decided in lib/{GENDER_HOME}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
