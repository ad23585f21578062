#!/usr/bin/python3
"""Fails on any #include in lib/ that points from a lower layer up to a
higher one, or sideways between two stages.

The layers, lowest first (docs/architecture.md says what each holds):

  core      document model, status, deadline, UTF-8, character classes
  rules     the TSV reader, typed rule tables, the rule set, rule checking
  text      paragraphs, quotation-mark pairing, sentences, tokens
  lexicon   token normalisation, phrase trie, gazetteers, typed views of rules
  stages    entities, link, quotes, output: each on the layers below, never
            on one another
  pipeline  the orchestrator, which calls the stages in order
  capi      the C ABI over the public C++ API

A file may include its own folder, any folder of a lower layer and the
public headers (sayso/...). A folder of lib/ that this list does not name is
an error, so that a new folder gets its place in the order.

usage: check_include_layers.py LIB_DIR
"""
import re
import sys

from lib_sources import lib_sources

LAYERS = [
    ["core"],
    ["rules"],
    ["text"],
    ["lexicon"],
    ["entities", "link", "quotes", "output"],
    ["pipeline"],
    ["capi"],
]
RANK = {folder: rank for rank, folders in enumerate(LAYERS) for folder in folders}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def main(argv):
    sources = lib_sources(argv, __doc__)
    if sources is None:
        return 2
    lib, files = sources
    problems = []
    for path in files:
        folder = path.relative_to(lib).parts[0]
        if folder not in RANK:
            problems.append(f"{path}: folder lib/{folder}/ has no layer in check_include_layers.py")
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            match = INCLUDE.match(line)
            if not match:
                continue
            target = match.group(1)
            if "/" not in target or target.startswith("sayso/"):
                continue  # generated files, the public API
            target_folder = target.split("/")[0]
            if target_folder == folder:
                continue
            if target_folder not in RANK:
                problems.append(f"{path}:{number}: includes {target}, whose folder has no layer")
            elif RANK[target_folder] > RANK[folder]:
                problems.append(f"{path}:{number}: {folder}/ includes {target}, from a higher layer")
            elif RANK[target_folder] == RANK[folder]:
                problems.append(f"{path}:{number}: {folder}/ includes {target}, from another stage")
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} include(s) against the layer order", file=sys.stderr)
        return 1
    print(f"{len(files)} files: every include points down")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
