#!/usr/bin/python3
"""Fails on a file in lib/ that opens a namespace named after another folder.

A file in lib/<folder>/ opens only the namespace sayso::<folder> (and its
own nested or anonymous namespaces) or sayso itself, where the public API
(include/sayso/) is defined. So a name says where it lives:
core::decode_at is in lib/core, lexicon::normalize_token in lib/lexicon.

usage: check_namespaces.py LIB_DIR
"""
import pathlib
import re
import sys

OPENS = re.compile(r'^\s*namespace\s+(sayso(?:::[A-Za-z_]\w*)*)\s*\{')


def main(argv):
    if len(argv) != 2:
        print("usage: check_namespaces.py LIB_DIR", file=sys.stderr)
        return 2
    lib = pathlib.Path(argv[1])
    if not lib.is_dir():
        print(f"check_namespaces.py: {lib} is no directory", file=sys.stderr)
        return 2
    wrong = []
    for path in sorted(lib.rglob("*")):
        if path.suffix not in (".hpp", ".cpp", ".h"):
            continue
        folder = path.relative_to(lib).parts[0]
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            m = OPENS.match(line)
            if not m:
                continue
            parts = m.group(1).split("::")
            if len(parts) >= 2 and parts[1] != folder:
                wrong.append(f"{path.relative_to(lib)}:{number}: opens namespace {m.group(1)}, "
                             f"expected sayso::{folder} (or sayso for the public API)")
    for w in wrong:
        print(w)
    if wrong:
        return 1
    print(f"every file of {lib} opens the namespace of its folder")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
