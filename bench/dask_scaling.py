"""Throughput of `python3 -m sayso.dask` against `sayso extract` on one corpus.

    /usr/bin/python3 bench/dask_scaling.py --cli build/bin/sayso CORPUS... [--repeat 2] [--blocksize BYTES]

Runs, in turn and `--repeat` times, `sayso extract --threads 1` and
`--threads 2`, then `python3 -m sayso.dask --workers 1` and `--workers 2`
(a LocalCluster on 127.0.0.1 each time), checks that every run's output is
the same bytes, and prints documents/s for each (the best of the repeats)
and the overhead per document of the Dask path against the CLI with the
same parallelism. For the Dask runs two times are given: the whole command
(interpreter, cluster start and stop included) and the processing time
its summary reports (from the cluster being up to the last part written).
The sayso library comes from SAYSO_LIBRARY or, from a checkout, build/lib.
Interleaving the runs keeps ratios fair on a machine that other work shares.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def run_cli(cli, inputs, threads, out_path):
    start = time.perf_counter()
    with open(out_path, "wb") as out:
        code = subprocess.run([cli, "extract", "-q", "--threads", str(threads)] + inputs, stdout=out).returncode
    if code not in (0, 1):
        sys.exit("sayso extract failed (%d)" % code)
    return time.perf_counter() - start


def run_dask(inputs, workers, out_dir, blocksize):
    env = dict(os.environ)
    env["PYTHONPATH"] = os.path.join(HERE, "..", "python") + os.pathsep + env.get("PYTHONPATH", "")
    command = [sys.executable, "-m", "sayso.dask"] + inputs + ["--output", out_dir, "--workers", str(workers), "-q"]
    if blocksize:
        command += ["--blocksize", str(blocksize)]
    start = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.PIPE, env=env)
    total = time.perf_counter() - start
    if result.returncode not in (0, 1):
        sys.exit("python3 -m sayso.dask failed (%d)" % result.returncode)
    summary = result.stdout.decode()
    processing = float(re.search(r"in ([0-9.]+) s", summary).group(1))
    documents = int(re.search(r"^(\d+) documents", summary).group(1))
    data = b"".join(open(os.path.join(out_dir, p), "rb").read() for p in sorted(os.listdir(out_dir)))
    return total, processing, documents, data


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--cli", required=True, help="the sayso binary")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--blocksize", type=int, default=None, help="bytes per partition (default: the command's)")
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="sayso-dask-bench-")
    best = {}
    reference = None
    documents = 0
    try:
        for _ in range(args.repeat):
            for threads in (1, 2):
                path = os.path.join(work, "cli-%d.jsonl" % threads)
                seconds = run_cli(args.cli, args.inputs, threads, path)
                with open(path, "rb") as f:
                    data = f.read()
                if reference is None:
                    reference = data
                    documents = data.count(b"\n")
                assert data == reference, "sayso extract --threads %d differs" % threads
                key = "sayso extract --threads %d" % threads
                best[key] = min(best.get(key, (1e9,)), (seconds,))
            for workers in (1, 2):
                out_dir = os.path.join(work, "dask-%d" % workers)
                total, processing, n, data = run_dask(args.inputs, workers, out_dir, args.blocksize)
                assert data == reference, "python3 -m sayso.dask --workers %d differs from sayso extract" % workers
                assert n == documents
                key = "python3 -m sayso.dask --workers %d" % workers
                best[key] = min(best.get(key, (1e9, 1e9)), (total, processing), key=lambda t: t[1])
    finally:
        shutil.rmtree(work, ignore_errors=True)

    size = sum(os.path.getsize(p) for p in args.inputs if os.path.isfile(p))
    print("corpus: %s (%d documents, %.1f MB); best of %d; outputs identical"
          % (" ".join(args.inputs), documents, size / 1e6, args.repeat))
    for key, times in best.items():
        if len(times) == 1:
            print("%-36s %7.2f s  %7.1f documents/s" % (key, times[0], documents / times[0]))
        else:
            print("%-36s %7.2f s  %7.1f documents/s  (whole command %.2f s, %.1f documents/s)"
                  % (key, times[1], documents / times[1], times[0], documents / times[0]))
    for n in (1, 2):
        cli = best["sayso extract --threads %d" % n][0]
        total, processing = best["python3 -m sayso.dask --workers %d" % n]
        print("overhead per document, %d worker(s) vs %d thread(s): %.2f ms processing, %.2f ms whole command "
              "(%.2fx and %.2fx the CLI's time)" % (n, n, (processing - cli) / documents * 1e3,
                                                    (total - cli) / documents * 1e3, processing / cli, total / cli))


if __name__ == "__main__":
    main()
