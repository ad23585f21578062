#!/usr/bin/env python3
"""Measure how often each attribution sieve is right, to set the confidence
constants in lib/quotes/sieve_table.hpp (and the table of docs/attribution.md).

usage: tools/calibrate_sieves.py [GOLD.jsonl] [--all-documents]
       (default: the PolNeAR training split)

By default the documents whose quotations are written with typewriter
doubles (''...'') are left out: the corpus's conversion labels those
quotations indirect, so every one sayso reports as direct counts as wrong
whoever its speaker is. --all-documents keeps them.

Runs build/bin/sayso over GOLD, scores it with the corpus scorer (end-to-end,
overlap matching, --auto-aliases) and prints, per sieve, the share of the
system's quotes that are matched with the right speaker. Calibrate on the
training split and keep the development split for testing.
"""
import collections
import json
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
shared = os.path.join(root, '..', 'shared', 'eval')
args = [a for a in sys.argv[1:] if not a.startswith('--')]
all_documents = '--all-documents' in sys.argv[1:]
gold = args[0] if args else os.path.join(shared, 'quotes', 'polnear_train.jsonl')

with tempfile.TemporaryDirectory() as tmp:
    if not all_documents:
        kept = os.path.join(tmp, 'gold.jsonl')
        with open(gold, encoding='utf-8') as src, open(kept, 'w', encoding='utf-8') as dst:
            for line in src:
                if "''" not in json.loads(line)['text']:
                    dst.write(line)
        gold = kept
    out = os.path.join(tmp, 'system.jsonl')
    errors = os.path.join(tmp, 'errors.jsonl')
    with open(out, 'w') as f:
        subprocess.run([os.path.join(root, 'build', 'bin', 'sayso'), 'extract', '--quiet', gold], stdout=f, check=False)
    subprocess.run([sys.executable, os.path.join(shared, 'tools', 'score_quotes.py'), gold, out,
                    '--auto-aliases', '--errors', errors], stdout=subprocess.DEVNULL, check=True)
    total = collections.Counter()
    quotes = {}
    for line in open(out, encoding='utf-8'):
        record = json.loads(line)
        for q in record.get('quotes', []):
            total[q['sieve']] += 1
            quotes[(record['id'], q['text'])] = q
    wrong = collections.Counter()
    for line in open(errors, encoding='utf-8'):
        e = json.loads(line)
        if e['type'] in ('FP', 'WRONG_SPEAKER'):
            q = quotes.get((e['id'], e.get('system', e.get('gold'))))
            if q is not None:
                wrong[q['sieve']] += 1
    for sieve, n in total.most_common():
        print('%-32s n=%6d  right=%.2f' % (sieve, n, 1 - wrong[sieve] / n))
