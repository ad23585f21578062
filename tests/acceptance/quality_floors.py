#!/usr/bin/python3
"""Quality floors: runs the sayso CLI over one evaluation set of ../shared,
scores the output with the set's own scorer (../shared/eval/tools), and fails
when any measure falls below its floor in quality_floors.tsv.

usage: quality_floors.py --cli BUILD/bin/sayso --shared DIR --floors FILE --set NAME [--out DIR]

On the development quote sets it also checks that each sieve's confidence
means something: every sieve with 20 or more attributed quotes on the set has
a measured precision within 0.08 of the confidence it claims
(tools/sieve_precision.py, lib/quotes/sieve_table.hpp).

One process per set: the CLI runs once, the quote scorer is imported and asked
once per kind, so a set costs about as much as reading it.

Exit codes: 0 every floor holds; 1 a floor is broken or a step failed;
77 (ctest's SKIP_RETURN_CODE) the data is absent and the environment variable
CI is not set. With CI set, absent data is a failure: CI must measure.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

SKIP = 77
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CONFIDENCE_MIN_QUOTES = 20
CONFIDENCE_TOLERANCE = 0.08

# What each set reads and how it is scored. Quote sets: the gold file is also
# the input (it carries id and text). "auto_aliases" follows eval/README.md.
SETS = {
    "polnear_dev": {"kind": "quotes", "input": "eval/quotes/polnear_dev.jsonl",
                    "gold": "eval/quotes/polnear_dev.jsonl", "auto_aliases": True, "confidence": True},
    "voa_dev": {"kind": "quotes", "input": "eval/quotes/voa_dev.jsonl",
                "gold": "eval/quotes/voa_dev.jsonl", "auto_aliases": False, "confidence": True},
    "wikinews_dev": {"kind": "quotes", "input": "eval/quotes/wikinews_dev.jsonl",
                     "gold": "eval/quotes/wikinews_dev.jsonl", "auto_aliases": False, "confidence": True},
    "seed": {"kind": "quotes", "input": "seed/voa-kerry-war-crimes-2016.input.jsonl",
             "gold": "seed/voa-kerry-war-crimes-2016.gold.jsonl", "auto_aliases": False},
    "gum_ner": {"kind": "ner", "input": "eval/ner/gum_news_ner.jsonl",
                "gold": "eval/ner/gum_news_ner.jsonl"},
    "sbd_dev": {"kind": "sbd", "input": "eval/sbd/sbd_dev_en.jsonl",
                "gold": "eval/sbd/sbd_dev_en.jsonl", "cli_args": ["--text-field", "input"]},
}


def fail(message):
    print("FAILED: " + message, file=sys.stderr)
    sys.exit(1)


def read_floors(path, set_name):
    """Rows of the floors file for one set: [(measure, floor, measured)]."""
    rows = []
    with open(path, encoding="utf-8") as f:
        header = None
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                if header != ["set", "measure", "floor", "measured"]:
                    fail("%s:%d: the header must be set, measure, floor, measured" % (path, number))
                continue
            if len(cells) != 4:
                fail("%s:%d: 4 tab-separated columns expected, found %d" % (path, number, len(cells)))
            if cells[0] not in SETS:
                fail("%s:%d: unknown set '%s'" % (path, number, cells[0]))
            if cells[0] == set_name:
                try:
                    rows.append((cells[1], float(cells[2]), float(cells[3])))
                except ValueError:
                    fail("%s:%d: floor and measured must be numbers" % (path, number))
    if not rows:
        fail("%s: no floor for set '%s'" % (path, set_name))
    return rows


def run_cli(cli, input_path, out_path, extra):
    with open(out_path, "wb") as out:
        done = subprocess.run([cli, "extract", "--quiet", "--input-format", "jsonl"] + extra + [input_path],
                              stdout=out, stderr=subprocess.PIPE)
    if done.returncode != 0:
        fail("sayso extract %s exited %d: %s" % (input_path, done.returncode,
                                                  done.stderr.decode("utf-8", "replace")[-2000:]))


def quote_measures(shared, spec, system_path, measures):
    sys.path.insert(0, os.path.join(shared, "eval", "tools"))
    import score_quotes  # the scorer of ../shared/eval/tools, as eval/README.md runs it
    gold = score_quotes.load_jsonl(os.path.join(shared, spec["gold"]))
    system = score_quotes.load_jsonl(system_path)
    values = {}
    for measure in measures:
        # measure = KINDS:METRIC, KINDS "all" or a comma list, METRIC e2e_f1 / e2e_p / e2e_r
        kinds_text, metric = measure.split(":")
        kinds = None if kinds_text == "all" else set(kinds_text.split(","))
        res = score_quotes.score(gold, system, 0.5, kinds, spec["auto_aliases"], False, None)
        key = {"e2e_f1": "f1", "e2e_p": "p", "e2e_r": "r"}.get(metric)
        if key is None:
            fail("unknown quote measure '%s'" % measure)
        values[measure] = 100.0 * res["e2e"][key]
    return values


def check_confidences(shared, spec, system_path):
    """Problems (one line each) where a sieve's precision on this set is off its confidence."""
    sys.path.insert(0, os.path.join(REPO, "tools"))
    import sieve_precision
    scorer = sieve_precision.load_scorer(shared)
    counts = sieve_precision.per_sieve(scorer, sieve_precision.read_jsonl(os.path.join(shared, spec["gold"])),
                                       sieve_precision.read_jsonl(system_path), spec["auto_aliases"])
    for sieve, (n, right) in sorted(counts.items(), key=lambda item: -item[1][0]):
        if n >= CONFIDENCE_MIN_QUOTES:
            print("sieve %-28s n=%5d  right %.2f" % (sieve, n, right / n))
    return sieve_precision.confidence_problems(counts, sieve_precision.claimed_confidences(),
                                               CONFIDENCE_MIN_QUOTES, CONFIDENCE_TOLERANCE)


def scorer_json(shared, script, args):
    done = subprocess.run([sys.executable, os.path.join(shared, "eval", "tools", script)] + args + ["--json"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if done.returncode != 0:
        fail("%s failed: %s" % (script, done.stderr.decode("utf-8", "replace")[-2000:]))
    return json.loads(done.stdout)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--floors", required=True)
    ap.add_argument("--set", required=True, choices=sorted(SETS))
    ap.add_argument("--out", default=None, help="keep the CLI output here (default: a temporary folder)")
    a = ap.parse_args()

    spec = SETS[a.set]
    floors = read_floors(a.floors, a.set)
    needed = [os.path.join(a.shared, spec["input"]), os.path.join(a.shared, spec["gold"]),
              os.path.join(a.shared, "eval", "tools")]
    missing = [p for p in needed if not os.path.exists(p)]
    if missing:
        message = "the evaluation data is absent: %s" % ", ".join(missing)
        if os.environ.get("CI"):
            fail(message + " (CI is set: the quality floors must run)")
        print("SKIPPED: " + message)
        sys.exit(SKIP)

    with tempfile.TemporaryDirectory() as tmp:
        out_dir = a.out or tmp
        os.makedirs(out_dir, exist_ok=True)
        system_path = os.path.join(out_dir, a.set + ".out.jsonl")
        run_cli(a.cli, os.path.join(a.shared, spec["input"]), system_path, spec.get("cli_args", []))
        measures = [m for m, _, _ in floors]
        confidence_problems = []
        if spec["kind"] == "quotes":
            values = quote_measures(a.shared, spec, system_path, measures)
            if spec.get("confidence"):
                confidence_problems = check_confidences(a.shared, spec, system_path)
        elif spec["kind"] == "ner":
            res = scorer_json(a.shared, "score_ner.py",
                              [os.path.join(a.shared, spec["gold"]), system_path, "--types", "PER,LOC,ORG"])
            values = {}
            for m in measures:
                if m == "typed_f1":
                    values[m] = 100.0 * res["typed"]["f1"]
                elif m.endswith("_f1") and m[:-3] in res["per_type"]:
                    values[m] = 100.0 * res["per_type"][m[:-3]]["f1"]
                else:
                    fail("unknown NER measure '%s'" % m)
        else:
            res = scorer_json(a.shared, "score_sbd.py", [os.path.join(a.shared, spec["gold"]), system_path])
            values = {}
            for m in measures:
                if m != "passed":
                    fail("unknown SBD measure '%s'" % m)
                values[m] = float(res["passed"])

    for line in confidence_problems:
        print("%s sieve confidence OFF: %s" % (a.set, line))
    broken = []
    for measure, floor, measured in floors:
        value = values[measure]
        verdict = "ok" if value >= floor else "BELOW FLOOR"
        print("%s %-22s %7.2f  floor %6.2f  (recorded %6.2f)  %s" % (a.set, measure, value, floor, measured, verdict))
        if value < floor:
            broken.append(measure)
    if confidence_problems:
        fail("%s: %d sieve(s) claim a confidence more than %.2f from their precision here: measure them again "
             "(tools/calibrate_sieves.py) or fix them" % (a.set, len(confidence_problems), CONFIDENCE_TOLERANCE))
    if broken:
        fail("%s fell below its floor on %s. If the drop is meant, lower the floor in %s in the same commit and "
             "say why." % (a.set, ", ".join(broken), a.floors))


if __name__ == "__main__":
    main()
