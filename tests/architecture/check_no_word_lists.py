#!/usr/bin/python3
"""Fails when lib/ quotes lowercase English words: language knowledge lives
in rules/, not in C++ (docs/architecture.md).

A string literal whose text is one to three lowercase words ("said",
"according to") is reported unless it is a word of a format sayso reads or
writes, where the format declares it:
  - the rule files: rules/common/columns.tsv (file stems, column names,
    values of typed columns) and the token tests of the pattern language
    (the `words` of rules/README.md's entity_patterns.tsv section);
  - the output records: the keys, and the values of kind, type and gender,
    of the golden record tests/golden/*.jsonl, the sieve names of the
    tables of docs/attribution.md, and the error codes listed in
    include/sayso/sayso.h (SAYSO_OK, SAYSO_E_...), and the keys of an error record;
  - the user knowledge base: the `words` of docs/knowledge-base.md;
or one of the structural words of ALLOWED below (at most 20).
Comments are not code and are skipped.

usage: check_no_word_lists.py SOURCE_DIR
"""
import pathlib
import re
import sys

# Structural words that are no knowledge of a language, with why.
ALLOWED = {
    "en",                      # the default language's folder name, in the public options
    "common",                  # the folder of language-independent rules
    "null", "true", "false",   # JSON literals
    "out of memory",           # std::bad_alloc's message in an error record
    "internal error",          # the message of an exception nothing else names
}
assert len(ALLOWED) <= 20


LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
WORDS = re.compile(r"^[a-z][a-z'\-]*(?: [a-z][a-z'\-]*){0,2}$")
BACKQUOTED = re.compile(r"`([A-Za-z_]+)`")


def strip_comments(source):
    # Removes // and /* */ comments, keeping string literals and line numbers.
    out, i, n = [], 0, len(source)
    while i < n:
        c = source[i]
        if c == '"' or c == "'":
            j = i + 1
            while j < n and source[j] != c and source[j] != "\n":
                j += 2 if source[j] == "\\" else 1
            out.append(source[i:j + 1])
            i = j + 1
        elif source.startswith("//", i):
            j = source.find("\n", i)
            i = n if j < 0 else j
        elif source.startswith("/*", i):
            j = source.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append("\n" * source.count("\n", i, j))
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def format_words(root):
    words = set()
    path = root / "rules" / "common" / "columns.tsv"
    header = None
    if not path.is_file():
        return words
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            continue
        row = dict(zip(header, cells))
        words.update([row.get("file", ""), row.get("column", ""), row.get("type", "")])
        words.update(v.strip() for v in row.get("values", "").split("|") if v.strip())
    return words


def section_words(path, heading_start):
    # The `backquoted` lowercase words of the Markdown section whose heading starts so.
    words, inside = set(), False
    if not path.is_file():
        return words
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            inside = line.lstrip("# ").startswith(heading_start)
        elif inside:
            words.update(word.lower() for word in BACKQUOTED.findall(line))
    return words


def output_words(root):
    import json
    words = set()
    for path in (root / "tests" / "golden").glob("*.jsonl"):
        def walk(value):
            if isinstance(value, dict):
                for key, inner in value.items():
                    words.add(key)
                    if key in ("kind", "type", "gender", "error_code", "source") and isinstance(inner, str):
                        words.add(inner)
                    walk(inner)
            elif isinstance(value, list):
                for inner in value:
                    walk(inner)
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                walk(json.loads(line))
    c_header = root / "include" / "sayso" / "sayso.h"
    header = c_header.read_text(encoding="utf-8") if c_header.is_file() else ""
    words.update(code.lower() for code in re.findall(r"SAYSO_E_([A-Z_0-9]+)", header))
    words.update(code.lower() for code in re.findall(r"SAYSO_(OK)\b", header))
    words.update(["error", "error_code"])  # the keys of an error record (DESIGN.md)
    # The `sieve` values of a quote: the names in the tables of docs/attribution.md.
    attribution = root / "docs" / "attribution.md"
    if attribution.is_file():
        words.update(re.findall(r"^\| `([a-z][a-z-]*)` \|", attribution.read_text(encoding="utf-8"), re.M))
    return words


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    root = pathlib.Path(argv[1])
    allowed = (ALLOWED | format_words(root) | output_words(root)
               | section_words(root / "rules" / "README.md", "`<lang>/entity_patterns.tsv`")
               | section_words(root / "docs" / "knowledge-base.md", ""))
    problems = []
    for path in sorted((root / "lib").rglob("*")):
        if path.suffix not in (".cpp", ".hpp", ".h"):
            continue
        relative = path.relative_to(root).as_posix()
        source = strip_comments(path.read_text(encoding="utf-8"))
        for number, line in enumerate(source.splitlines(), 1):
            for match in LITERAL.finditer(line):
                text = match.group(1)
                if WORDS.match(text) and text not in allowed:
                    problems.append(f'{relative}:{number}: "{text}"')
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} quoted lowercase word(s) in lib/: move them to rules/ "
              "(or, for a word of the rule format, declare it in rules/common/columns.tsv)", file=sys.stderr)
        return 1
    print("no quoted lowercase words in lib/ beyond the rule format's and the allowed structural ones")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
