"""python3 -m sayso.dask INPUT... --output DIR [--scheduler ADDRESS | --workers N] [options]

`sayso extract` over a Dask cluster. The inputs (files, directories, globs,
URLs; see sayso.dask.read) are cut into partitions of about --blocksize
bytes; each partition is read, extracted and written by one task, as
DIR/part-NNNNNN.jsonl (or .csv). Concatenated in name order, the part files
are exactly what `sayso extract` writes for the same inputs and options (a
CSV header only in the first). DIR must be on storage every worker writes
to (a shared file system) when the cluster spans machines.

Without --scheduler, a LocalCluster of --workers processes (one thread
each) is started on 127.0.0.1 and stopped at the end. Progress goes to
standard error when it is a terminal; a summary (documents, errors, MB/s) to standard output.
Exit code: 0 every document processed, 1 some gave error records (or a
partition could not be done), 2 bad usage or rules.

A worker that dies has its task re-run by Dask on another worker. When a
partition's task fails for good (Dask gives up after
distributed.scheduler.allowed-failures deaths: a document that kills every
worker it meets), the partition is done again one document per task, and
a document whose task fails too gets an error record (error_code
"internal"): the run still ends with every document accounted for.
"""

import argparse
import os
import sys
import time

EXIT_OK, EXIT_DOCUMENT_FAILED, EXIT_USAGE = 0, 1, 2
# Seconds to wait for one task of a partition done again document by
# document; past it the partition is reported as not done.
REDO_TIMEOUT = 600


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python3 -m sayso.dask",
        description="sayso extract on a Dask cluster: one part file per partition, whose concatenation in "
                    "name order is what `sayso extract` writes for the same inputs.")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files, directories, globs or URLs")
    p.add_argument("--output", "-o", required=True, metavar="DIR", help="directory for the part files")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="ADDRESS", help="a running Dask scheduler (tcp://host:8786)")
    where.add_argument("--workers", type=int, default=os.cpu_count() or 1, metavar="N",
                       help="worker processes of the LocalCluster started on 127.0.0.1 (default: cores)")
    p.add_argument("--blocksize", type=int, default=None, metavar="BYTES",
                   help="input bytes per partition (default 32 MiB)")
    p.add_argument("--format", "-f", choices=("jsonl", "csv"), default="jsonl", help="output format")
    p.add_argument("--what", choices=("quotes", "entities", "sentences"), default=None,
                   help="the CSV table (with --format csv)")
    p.add_argument("--csv-safe", action="store_true", help="protect CSV cells a spreadsheet would run")
    p.add_argument("--input-format", choices=("auto", "text", "jsonl"), default="auto")
    p.add_argument("--id-field", default="id")
    p.add_argument("--text-field", default="text")
    p.add_argument("--rules", metavar="DIR", help="a rules directory (on every worker)")
    p.add_argument("--rules-replace", action="store_true")
    p.add_argument("--kb", metavar="FILE", help="a knowledge base TSV (on every worker)")
    p.add_argument("--repair-utf8", action="store_true")
    p.add_argument("--keep-unattributed", action="store_true")
    p.add_argument("--line-breaks", choices=("auto", "paragraph", "join"), default="auto")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress on standard error")
    return p


def _part_name(index: int, count: int, extension: str) -> str:
    return "part-%0*d.%s" % (max(6, len(str(count - 1))), index, extension)


def main(argv=None) -> int:
    args = _parser().parse_args(argv)
    if args.what and args.format != "csv":
        print("python3 -m sayso.dask: --what chooses a CSV table: add --format csv", file=sys.stderr)
        return EXIT_USAGE
    if args.rules_replace and not args.rules:
        print("python3 -m sayso.dask: --rules-replace needs --rules DIR", file=sys.stderr)
        return EXIT_USAGE
    if args.scheduler is None and args.workers < 1:
        print("python3 -m sayso.dask: --workers must be 1 or more", file=sys.stderr)
        return EXIT_USAGE

    from distributed import Client, LocalCluster, as_completed

    from .. import Pipeline, SaysoError
    from .._binding import csv_header
    from . import _inputs, line_counts, read_items, render_error, render_one, write_file, write_part

    pipeline_options = {"repair_utf8": args.repair_utf8, "line_breaks": args.line_breaks,
                        "keep_unattributed": args.keep_unattributed}
    if args.rules:
        pipeline_options.update(rules=os.path.abspath(args.rules), replace_rules=args.rules_replace)
    if args.kb:
        pipeline_options["knowledge_base"] = os.path.abspath(args.kb)
    try:
        Pipeline(**pipeline_options).close()  # bad rules fail here, once, not on every worker
    except SaysoError as e:
        print("python3 -m sayso.dask: %s" % e.message, file=sys.stderr)
        return EXIT_USAGE

    read_options = _inputs.ReadOptions(args.input_format, args.id_field, args.text_field, args.repair_utf8)
    layout = _inputs.plan(args.inputs, read_options, args.blocksize)
    table = args.what or "quotes"
    extension = "csv" if args.format == "csv" else "jsonl"
    output = os.path.abspath(args.output)
    os.makedirs(output, exist_ok=True)
    count = max(len(layout.partitions), 1)
    partitions = layout.partitions or [[]]
    for name in os.listdir(output):  # part files of an earlier run would mix in
        if name.startswith("part-") and (name.endswith(".jsonl") or name.endswith(".csv")):
            os.remove(os.path.join(output, name))

    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    started = time.time()
    try:
        # Line numbers of JSONL ranges first, here: the partitions' tasks
        # then depend on nothing a dying worker could take with it.
        counts = line_counts(layout)
        futures = []
        for index, pieces in enumerate(partitions):
            needed = {p[1]: counts[p[1]] for p in pieces if p[0] == "jsonl" and p[1] in counts}
            futures.append(client.submit(
                write_part, pieces, read_options, needed, pipeline_options,
                os.path.join(output, _part_name(index, count, extension)), args.format, table, args.csv_safe,
                args.format == "csv" and index == 0, pure=False))
        index_of = {future.key: index for index, future in enumerate(futures)}
        totals = {"documents": 0, "errors": 0, "bytes": 0}
        done = failed_parts = 0
        progress = not args.quiet and sys.stderr.isatty()

        def redo(index):
            """The partition again, one task per document (see the module's comment)."""
            items = client.submit(read_items, partitions[index], read_options, pure=False).result(
                timeout=REDO_TIMEOUT)
            chunks, stats = [], {"documents": len(items), "errors": 0, "bytes": sum(n for _, n in items)}
            # One document at a time: a worker that dies then takes only the
            # document that killed it with it.
            for item, _ in items:
                if "error" in item:
                    text, failed = render_error(item, args.format, table, args.csv_safe), True
                else:
                    try:
                        text, failed = client.submit(render_one, item, pipeline_options, args.format, table,
                                                     args.csv_safe, pure=False).result(timeout=REDO_TIMEOUT)
                    except TimeoutError:
                        raise  # no worker came back: the partition cannot be done
                    except Exception as e:
                        print("python3 -m sayso.dask: %s: %s: %s" % (item["id"], type(e).__name__, e),
                              file=sys.stderr)
                        error = {"id": item["id"], "error": "a worker died processing this document (%s)"
                                 % type(e).__name__, "error_code": "internal"}
                        text, failed = render_error(error, args.format, table, args.csv_safe), True
                chunks.append(text)
                stats["errors"] += failed
            header = csv_header(table) if args.format == "csv" and index == 0 else ""
            write_file(os.path.join(output, _part_name(index, count, extension)), chunks, header)
            return stats

        for future in as_completed(futures):
            try:
                stats = future.result()
            except Exception as e:  # e.g. KilledWorker: every attempt killed its worker
                index = index_of[future.key]
                print("python3 -m sayso.dask: partition %d failed (%s: %s); doing it again one document at a "
                      "time" % (index, type(e).__name__, e), file=sys.stderr)
                try:
                    stats = redo(index)
                except Exception as e2:
                    failed_parts += 1
                    print("python3 -m sayso.dask: partition %d could not be done: %s: %s"
                          % (index, type(e2).__name__, e2), file=sys.stderr)
                    continue
            done += 1
            for key in totals:
                totals[key] += stats[key]
            if progress:
                elapsed = max(time.time() - started, 1e-9)
                print("\r%d/%d parts, %d documents, %d errors, %.1f MB/s" % (
                    done, len(futures), totals["documents"], totals["errors"], totals["bytes"] / 1e6 / elapsed),
                    end="", file=sys.stderr, flush=True)
        if progress:
            print(file=sys.stderr)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    elapsed = max(time.time() - started, 1e-9)
    print("%d documents, %d errors, %.1f MB in %.1f s (%.2f MB/s, %.1f documents/s)%s" % (
        totals["documents"], totals["errors"], totals["bytes"] / 1e6, elapsed, totals["bytes"] / 1e6 / elapsed,
        totals["documents"] / elapsed,
        "; %d of %d partitions FAILED" % (failed_parts, len(futures)) if failed_parts else ""))
    return EXIT_DOCUMENT_FAILED if totals["errors"] or failed_parts else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
