#!/usr/bin/env python3
"""Measure how often each attribution sieve is right, to set the confidence
constants in lib/quotes/sieve_table.hpp (and the table of docs/attribution.md).

usage: tools/calibrate_sieves.py [GOLD.jsonl] [--auto-aliases | --no-auto-aliases]
       (default: the PolNeAR training split, with the corpus's automatic aliases)

Runs build/bin/sayso over GOLD and prints, per sieve, the share of the quotes
it attributed that match a gold quote with the right speaker (end to end,
overlap matching: tools/sieve_precision.py, the same measure the quality
floors check on every development set). Calibrate on the training split and
keep the development sets for testing. The PolNeAR files count typewriter
doubles (''...'') as quotation marks, so every document is kept.
"""
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
sys.path.insert(0, here)
import sieve_precision  # noqa: E402  (one definition of a sieve's precision)

args = [a for a in sys.argv[1:] if not a.startswith('--')]
gold = args[0] if args else os.path.join(root, '..', 'shared', 'eval', 'quotes', 'polnear_train.jsonl')
auto_aliases = '--no-auto-aliases' not in sys.argv[1:] and ('polnear' in os.path.basename(gold)
                                                           or '--auto-aliases' in sys.argv[1:])

with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, 'system.jsonl')
    with open(out, 'w') as f:
        subprocess.run([os.path.join(root, 'build', 'bin', 'sayso'), 'extract', '--quiet', gold], stdout=f, check=True)
    scorer = sieve_precision.load_scorer(os.path.join(root, '..', 'shared'))
    counts = sieve_precision.per_sieve(scorer, sieve_precision.read_jsonl(gold), sieve_precision.read_jsonl(out),
                                       auto_aliases)
    claimed = sieve_precision.claimed_confidences()
    for sieve, (n, right) in sorted(counts.items(), key=lambda item: -item[1][0]):
        print('%-32s n=%6d  right=%.2f  table %s' % (sieve, n, right / n,
                                                     '%.2f' % claimed[sieve] if sieve in claimed else '-'))
