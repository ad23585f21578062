#!/usr/bin/python3
"""How often each attribution sieve is right, against a gold quote file, and
whether that agrees with the confidence the sieve claims.

usage: tools/sieve_precision.py GOLD.jsonl SYSTEM.jsonl [--auto-aliases]
                                [--check] [--min-quotes 20] [--tolerance 0.08]

A sieve's precision is the share of the quotes it attributed that match a
gold quote (overlap matching, one to one, as the corpus scorer matches) and
carry a right speaker by that scorer's rule. A quote the gold does not have
counts against its sieve: a user filtering on `confidence` keeps it too.
Quotes without a speaker belong to no sieve and are not counted.

--check compares every sieve with at least --min-quotes quotes with the
confidence in lib/quotes/sieve_table.hpp and exits 1 when one is further
than --tolerance from it (issue 12: "confidence means something").

The scorer is ../shared/eval/tools/score_quotes.py, imported from --shared
(default: ../shared beside the repository).
"""
import argparse
import collections
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SIEVE_TABLE = os.path.join(ROOT, "lib", "quotes", "sieve_table.hpp")


def claimed_confidences(path=SIEVE_TABLE):
    """{sieve name: confidence} from the C++ table."""
    with open(path, encoding="utf-8") as f:
        table = dict((name, float(value)) for name, value in
                     re.findall(r'SieveInfo\s+k\w+\{"([a-z-]+)",\s*([0-9.]+)\}', f.read()))
    if not table:
        raise SystemExit("%s: no SieveInfo constants found" % path)
    return table


def load_scorer(shared):
    tools = os.path.join(shared, "eval", "tools")
    if tools not in sys.path:
        sys.path.insert(0, tools)
    import score_quotes  # noqa: E402  (the corpus's own scorer)
    return score_quotes


def per_sieve(scorer, gold_docs, system_docs, auto_aliases, threshold=0.5):
    """{sieve: [quotes, right]} over every system quote that has a sieve."""
    system_by_id = collections.defaultdict(list)
    for record in system_docs:
        system_by_id[record.get("id")].extend(record.get("quotes") or [])
    counts = collections.defaultdict(lambda: [0, 0])
    for doc in gold_docs:
        text = doc["text"]
        system = [q for q in system_by_id.get(doc["id"], [])
                  if isinstance(q.get("start"), int) and isinstance(q.get("end"), int)
                  and 0 <= q["start"] < q["end"] <= len(text)]
        _, overlap = scorer.match_doc(text, doc["quotes"], system, threshold, False)
        right = {si for gi, si, _ in overlap if scorer.speaker_ok(text, doc["quotes"][gi], system[si], auto_aliases)}
        for si, q in enumerate(system):
            if not q.get("sieve") or not q.get("speaker"):
                continue
            counts[q["sieve"]][0] += 1
            counts[q["sieve"]][1] += si in right
    return counts


def confidence_problems(counts, claimed, min_quotes, tolerance):
    """Lines naming each sieve whose measured precision is off its claim."""
    problems = []
    for sieve, (n, right) in sorted(counts.items()):
        if n < min_quotes:
            continue
        if sieve not in claimed:
            problems.append("%s: %d quotes, but no confidence in %s" % (sieve, n, SIEVE_TABLE))
            continue
        measured = right / n
        if abs(measured - claimed[sieve]) > tolerance + 1e-9:
            problems.append("%s: right %.2f of %d quotes, claims %.2f (more than %.2f apart)"
                            % (sieve, measured, n, claimed[sieve], tolerance))
    return problems


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("system")
    ap.add_argument("--auto-aliases", action="store_true")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--min-quotes", type=int, default=20)
    ap.add_argument("--tolerance", type=float, default=0.08)
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    a = ap.parse_args()
    scorer = load_scorer(a.shared)
    counts = per_sieve(scorer, read_jsonl(a.gold), read_jsonl(a.system), a.auto_aliases)
    claimed = claimed_confidences()
    for sieve, (n, right) in sorted(counts.items(), key=lambda item: -item[1][0]):
        print("%-30s n=%5d  right=%.2f  claims %s" % (sieve, n, right / n,
                                                      "%.2f" % claimed[sieve] if sieve in claimed else "-"))
    if a.check:
        problems = confidence_problems(counts, claimed, a.min_quotes, a.tolerance)
        for line in problems:
            print("OFF: " + line, file=sys.stderr)
        sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
