#!/usr/bin/python3
"""Lists added lines that echo the development sets: lines added since BASE
(in tests/, rules/, lib/ and docs/) that share a run of five words with a
text of ../shared/eval or ../shared/seed. The dev sets are for measuring
only: a test, rule or comment written from their sentences makes the scores
lie. Some hits are plain English ("at the end of the"); judge each, and
rewrite a sentence frame or a name on invented text.

usage: tools/check_dev_echoes.py BASE [HEAD]   (git revisions; HEAD by default)
"""
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
SETS = ["eval/quotes/polnear_dev.jsonl", "eval/quotes/voa_dev.jsonl", "eval/quotes/wikinews_dev.jsonl",
        "eval/ner/gum_news_ner.jsonl", "seed/voa-kerry-war-crimes-2016.input.jsonl"]
RUN = 5


def words(text):
    return re.findall(r"[a-z']+", text.lower())


def main():
    if len(sys.argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    base, head = sys.argv[1], sys.argv[2] if len(sys.argv) == 3 else "HEAD"
    runs = set()
    for name in SETS:
        path = os.path.join(SHARED, name)
        if not os.path.exists(path):
            print("no %s: nothing to compare with" % path, file=sys.stderr)
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                w = words(json.loads(line)["text"])
                runs.update(" ".join(w[i:i + RUN]) for i in range(len(w) - RUN + 1))
    diff = subprocess.run(["git", "-C", ROOT, "diff", base + "..." + head, "--", "tests", "rules", "lib", "docs"],
                          capture_output=True, text=True, check=True).stdout
    current, hits = None, 0
    for line in diff.splitlines():
        if line.startswith("+++ "):
            current = line[6:]
        elif line.startswith("+"):
            w = words(line)
            shared = [" ".join(w[i:i + RUN]) for i in range(len(w) - RUN + 1) if " ".join(w[i:i + RUN]) in runs]
            if shared:
                hits += 1
                print("%s: '%s': %s" % (current, shared[0], line[1:].strip()[:160]))
    print("%d added line(s) share a run of %d words with the dev texts" % (hits, RUN), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
