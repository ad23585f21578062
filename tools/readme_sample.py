#!/usr/bin/python3
"""The README's sample record, generated from the binary's own output.

tests/golden/harbour-strike.jsonl is what `sayso extract examples/harbour-strike.txt`
prints, run from the repository root; a ctest ("e2e: the example article gives
its golden record") fails when the binary's output differs from it. This
script renders a few items of that record into the README between the lines
`<!-- sample: tools/readme_sample.py -->` and `<!-- end of sample -->`, so the
sample can never show what the binary does not produce.

usage:
  tools/readme_sample.py --cli build/bin/sayso   run the binary, rewrite the golden file and the README
  tools/readme_sample.py                          rewrite the README from the golden file
  tools/readme_sample.py --check                  exit 1 when the README differs from what the golden file gives
"""
import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLE = "examples/harbour-strike.txt"
GOLDEN = os.path.join(ROOT, "tests", "golden", "harbour-strike.jsonl")
README = os.path.join(ROOT, "README.md")
BEGIN = "<!-- sample: tools/readme_sample.py -->"
END = "<!-- end of sample -->"
WIDTH = 100


def compact(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def pack(items, indent, first_prefix, last_suffix):
    """Lays out `"key":value` items on lines of at most WIDTH characters."""
    lines = []
    line = first_prefix
    for i, item in enumerate(items):
        piece = item + ("," if i + 1 < len(items) else last_suffix)
        if line.strip() and len(line) + len(piece) > WIDTH and line != first_prefix:
            lines.append(line.rstrip())
            line = " " * indent
        line += piece
    lines.append(line)
    return lines


def items_of(obj, skip=()):
    return ['"%s":%s' % (k, compact(v)) for k, v in obj.items() if k not in skip]


def render(record):
    quote = record["quotes"][0]
    speaker = next(e for e in record["entities"] if e["id"] == quote["speaker_entity"])
    lines = ['{"id": %s,' % compact(record["id"]),
             ' "sentences": [%s, ...],' % compact(record["sentences"][0])]
    entity_items = items_of(speaker, skip=("mentions",))
    entity_items.append('"mentions":[%s, ...]}' % compact(speaker["mentions"][0]))
    lines += pack(entity_items, 15, ' "entities": [{', ", ...],")
    lines += pack(items_of(quote), 13, ' "quotes": [{', "}, ...]}")
    return "\n".join(lines)


def readme_with_sample(readme, record):
    begin = readme.find(BEGIN)
    end = readme.find(END)
    if begin < 0 or end < begin:
        sys.exit("%s: the lines '%s' and '%s' must frame the sample" % (README, BEGIN, END))
    block = BEGIN + "\n```json\n" + render(record) + "\n```\n"
    return readme[:begin] + block + readme[end:]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", help="run this sayso binary on the example and rewrite the golden file first")
    ap.add_argument("--check", action="store_true", help="only check that the README shows the golden record")
    a = ap.parse_args()
    if a.cli:
        done = subprocess.run([os.path.abspath(a.cli), "extract", EXAMPLE], cwd=ROOT, stdout=subprocess.PIPE)
        if done.returncode != 0:
            sys.exit("%s extract %s exited %d" % (a.cli, EXAMPLE, done.returncode))
        os.makedirs(os.path.dirname(GOLDEN), exist_ok=True)
        with open(GOLDEN, "wb") as f:
            f.write(done.stdout)
    with open(GOLDEN, encoding="utf-8") as f:
        record = json.loads(f.readline())
    with open(README, encoding="utf-8") as f:
        readme = f.read()
    wanted = readme_with_sample(readme, record)
    if a.check:
        if wanted != readme:
            sys.exit("README.md's sample differs from %s: run tools/readme_sample.py" % os.path.relpath(GOLDEN, ROOT))
        print("README.md's sample matches %s" % os.path.relpath(GOLDEN, ROOT))
        return
    if wanted != readme:
        with open(README, "w", encoding="utf-8") as f:
            f.write(wanted)


if __name__ == "__main__":
    main()
