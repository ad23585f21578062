"""sayso on Dask: one stream of documents over many processes and machines.

    import sayso.dask
    bag = sayso.dask.read(["archive/*.jsonl"], blocksize=64 << 20)
    records = sayso.dask.extract(bag, keep_unattributed=False)
    quotes = sayso.dask.quotes_frame(records)
    quotes.groupby("speaker").size().compute()

Each worker process builds a pipeline once per set of options and keeps it
(pipeline()), so the rules are compiled once per process, never once per
document or partition. A document that fails gives its error record; a
worker that dies has its tasks re-run by Dask's scheduler elsewhere.

The command `python3 -m sayso.dask INPUT... --output DIR` (see __main__.py)
writes part files whose concatenation is what `sayso extract` writes.

Needs dask and distributed (Debian: python3-dask, python3-distributed) and,
for the DataFrames, pandas (python3-pandas).
"""

import threading
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple, Union

import dask
import dask.bag

from .._binding import (Pipeline, SaysoError, csv_error_row, csv_header, document_pair,
                        error_record_json)
from .. import frames as _frames
from . import _inputs
from ._inputs import DEFAULT_BLOCKSIZE, ReadOptions

__all__ = ["read", "extract", "quotes_frame", "entities_frame", "frame", "pipeline", "PIPELINE_OPTIONS",
           "DEFAULT_BLOCKSIZE"]

# The keyword arguments of sayso.Pipeline, which extract() passes on.
PIPELINE_OPTIONS = ("rules", "repair_utf8", "replace_rules", "line_breaks", "keep_unattributed",
                    "knowledge_base")

# --- One pipeline per process and options -----------------------------------------

_pipelines: Dict[Tuple[Tuple[str, Any], ...], Pipeline] = {}
_pipelines_lock = threading.Lock()
_pipelines_built = 0  # how many this process has built (for tests and diagnostics)


# sayso.Pipeline's defaults, so that options given and options left out
# find the same pipeline.
_DEFAULTS = {"rules": None, "repair_utf8": False, "replace_rules": False, "line_breaks": "auto",
             "keep_unattributed": False, "knowledge_base": None}


def _options_key(options: Dict[str, Any]) -> Tuple[Tuple[str, Any], ...]:
    unknown = set(options) - set(PIPELINE_OPTIONS)
    if unknown:
        raise TypeError("unknown pipeline option(s): %s (known: %s)"
                        % (", ".join(sorted(unknown)), ", ".join(PIPELINE_OPTIONS)))
    full = dict(_DEFAULTS, **options)
    return tuple(sorted((k, str(v) if k in ("rules", "knowledge_base") and v is not None else v)
                        for k, v in full.items()))


def pipeline(**options: Any) -> Pipeline:
    """This process's Pipeline for `options` (sayso.Pipeline's keywords),
    built on first use and kept: a Pipeline is immutable and thread-safe,
    so every task of the process shares it."""
    global _pipelines_built
    key = _options_key(options)
    with _pipelines_lock:
        found = _pipelines.get(key)
        if found is None:
            found = Pipeline(**dict(key))
            _pipelines[key] = found
            _pipelines_built += 1
        return found


def pipelines_built() -> int:
    """How many pipelines this process has built (one per set of options)."""
    return _pipelines_built


# --- Documents in, records out --------------------------------------------------------


def _item_pair(item: Any, partition: int, index: int) -> Tuple[Optional[Dict[str, Any]], str, Any]:
    """(error record or None, id, text) of a bag item: an error record
    passes through; a plain text's id is "PARTITION-INDEX"."""
    if isinstance(item, dict) and "error" in item and "text" not in item:
        return item, item.get("id", ""), None
    if isinstance(item, (str, bytes, bytearray, memoryview)):
        return None, "%d-%d" % (partition, index), item
    doc_id, text = document_pair(item, index)
    if isinstance(item, dict) and item.get("id") is None or isinstance(item, tuple) and item[0] is None:
        doc_id = "%d-%d" % (partition, index)
    return None, doc_id, text


def _extract_partition(items: Iterable[Any], partition: int, options: Dict[str, Any]) -> List[Dict[str, Any]]:
    engine = pipeline(**options)
    out = []
    for index, item in enumerate(items):
        error, doc_id, text = _item_pair(item, partition, index)
        out.append(error if error is not None else engine.extract_or_error(text, doc_id))
    return out


def extract(bag: dask.bag.Bag, **pipeline_options: Any) -> dask.bag.Bag:
    """A bag of sayso records (dicts, sayso.Record or sayso.ErrorRecord) for
    a bag of documents: plain texts (str or UTF-8 bytes; id
    "PARTITION-INDEX"), (id, text) pairs, or dicts with "text" and "id"
    (what read() gives; its error records pass through). pipeline_options
    are sayso.Pipeline's (rules, repair_utf8, line_breaks,
    keep_unattributed, knowledge_base, ...); paths in them must exist on
    every worker. Records keep the bag's order and partitions."""
    _options_key(pipeline_options)  # unknown options fail here, not on a worker
    parts = bag.to_delayed()
    extract_part = dask.delayed(_extract_partition, pure=True)
    return dask.bag.from_delayed([extract_part(part, k, pipeline_options) for k, part in enumerate(parts)])


# --- Reading inputs ---------------------------------------------------------------------


def _read_partition(pieces: List[Tuple[Any, ...]], options: ReadOptions,
                    line_counts: Dict[str, List[int]]) -> List[Dict[str, Any]]:
    out = []
    for piece in pieces:
        counts = line_counts.get(piece[1]) if piece[0] == "jsonl" else None
        out.extend(item for item, _ in _inputs.read_piece(piece, options, counts))
    return out


def line_counts(layout: "_inputs.Plan") -> Dict[str, List[int]]:
    """The line breaks before each range of every JSONL file cut into
    several, counted here and now (one sequential read of those files, far
    cheaper than extracting them), so that no task depends on another's
    result: a task whose worker dies is re-run alone."""
    return {path: _inputs.count_line_breaks(path, starts) for path, starts in layout.jsonl_blocks.items()}


def read(paths: Union[str, Sequence[str]], blocksize: Optional[int] = None, input_format: str = "auto",
         id_field: str = "id", text_field: str = "text", repair_utf8: bool = False) -> dask.bag.Bag:
    """A bag of the documents in `paths` (files, directories, globs, or URLs
    that fsspec opens), read as `sayso extract` reads them: items are
    {"id", "text"} dicts, or error records for what cannot be read, in the
    CLI's order. Partitions hold about `blocksize` bytes (default 32 MiB):
    consecutive text files share one, a JSONL file is cut into ranges of
    whole lines. The inputs are listed now, and a JSONL file larger than
    blocksize is scanned for line breaks now (line numbers make the ids of
    lines without one); the documents are read when computed."""
    if isinstance(paths, (str, bytes)) or not isinstance(paths, Sequence):
        paths = [paths]
    options = ReadOptions(input_format, id_field, text_field, repair_utf8)
    layout = _inputs.plan(list(paths), options, blocksize)
    return _bag_of_plan(layout, options)


def _bag_of_plan(layout: "_inputs.Plan", options: ReadOptions) -> dask.bag.Bag:
    counts = line_counts(layout)
    read_part = dask.delayed(_read_partition, pure=True)
    parts = []
    for pieces in layout.partitions:
        needed = {p[1]: counts[p[1]] for p in pieces if p[0] == "jsonl" and p[1] in counts}
        parts.append(read_part(pieces, options, needed))
    if not parts:
        return dask.bag.from_sequence([], npartitions=1)
    return dask.bag.from_delayed(parts)


# --- Tables -------------------------------------------------------------------------------


def _frame_partition(records: List[Dict[str, Any]], table: str):
    import pandas
    rows = [row for record in records for row in _frames.rows(table, record)]
    return pandas.DataFrame.from_records(rows, columns=_frames.COLUMNS[table]).astype(_frames.dtypes(table))


def frame(records: dask.bag.Bag, table: str):
    """A Dask DataFrame of one table of records ("quotes", "entities",
    "mentions", "sentences" or "documents"; see sayso.frames), one
    partition per partition of the bag. Needs pandas."""
    import dask.dataframe
    if table not in _frames.COLUMNS:
        raise ValueError("table must be one of %s, not %r" % (", ".join(_frames.TABLES), table))
    meta = _frame_partition([], table)
    to_frame = dask.delayed(_frame_partition, pure=True)
    return dask.dataframe.from_delayed([to_frame(part, table) for part in records.to_delayed()], meta=meta,
                                       verify_meta=False)


def quotes_frame(records: dask.bag.Bag):
    """A Dask DataFrame of quotes with the CSV's columns (doc_id, id, kind,
    ..., speaker, ..., error): ready for .to_csv() or .groupby("speaker")."""
    return frame(records, "quotes")


def entities_frame(records: dask.bag.Bag):
    """A Dask DataFrame of entities with the CSV's columns."""
    return frame(records, "entities")


# --- Part files (the command) --------------------------------------------------------------


def _render(engine: Pipeline, item: Dict[str, Any], output_format: str, table: str,
            spreadsheet_safe: bool) -> Tuple[str, bool]:
    """What `sayso extract` writes for one input item, and whether it is an error."""
    error = item if "error" in item else None
    if error is None:
        try:
            if output_format == "csv":
                return engine.extract_csv(item["text"], item["id"], table, spreadsheet_safe), False
            return engine.extract_json(item["text"], item["id"]) + "\n", False
        except SaysoError as e:
            error = e.record(item["id"])
    return render_error(error, output_format, table, spreadsheet_safe), True


def render_error(error: Dict[str, Any], output_format: str, table: str, spreadsheet_safe: bool) -> str:
    """An error record as `sayso extract` writes it (JSONL line or CSV row)."""
    if output_format == "csv":
        return csv_error_row(error["id"], error["error"], table, spreadsheet_safe)
    return error_record_json(error) + "\n"


def write_part(pieces: List[Tuple[Any, ...]], read_options: ReadOptions, line_counts: Dict[str, List[int]],
               pipeline_options: Dict[str, Any], path: str, output_format: str, table: str,
               spreadsheet_safe: bool, header: bool) -> Dict[str, int]:
    """Reads, extracts and writes one partition to `path`; its counts:
    documents, errors, bytes (input)."""
    engine = pipeline(**pipeline_options)
    stats = {"documents": 0, "errors": 0, "bytes": 0}
    chunks: List[str] = []
    for piece in pieces:
        counts = line_counts.get(piece[1]) if piece[0] == "jsonl" else None
        for item, consumed in _inputs.read_piece(piece, read_options, counts):
            text, failed = _render(engine, item, output_format, table, spreadsheet_safe)
            chunks.append(text)
            stats["documents"] += 1
            stats["errors"] += failed
            stats["bytes"] += consumed
    write_file(path, chunks, csv_header(table) if header else "")
    return stats


def write_file(path: str, chunks: List[str], header: str = "") -> None:
    """Writes a part file atomically: beside it, then renamed, so that a
    re-run task (or a reader) never sees half of one."""
    import os
    temporary = "%s.tmp-%d" % (path, os.getpid())
    with open(temporary, "w", encoding="utf-8", errors="surrogateescape", newline="") as f:
        f.write(header)
        f.writelines(chunks)
    os.replace(temporary, path)


def read_items(pieces: List[Tuple[Any, ...]], read_options: ReadOptions) -> List[Tuple[Dict[str, Any], int]]:
    """The items of a partition with the input bytes of each (line numbers
    of JSONL ranges counted here): for re-doing a partition document by
    document."""
    out = []
    for piece in pieces:
        counts = None
        if piece[0] == "jsonl" and piece[2] > 0:
            counts = [0] * piece[4] + _inputs.count_line_breaks(piece[1], [piece[2]])
        out.extend(_inputs.read_piece(piece, read_options, counts))
    return out


def render_one(item: Dict[str, Any], pipeline_options: Dict[str, Any], output_format: str, table: str,
               spreadsheet_safe: bool) -> Tuple[str, bool]:
    """One document's output (a task of its own when a partition is re-done)."""
    return _render(pipeline(**pipeline_options), item, output_format, table, spreadsheet_safe)
