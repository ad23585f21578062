"""The documents of `sayso extract`'s inputs, read as the CLI reads them,
in pieces that Dask can spread over workers.

This mirrors apps/sayso/input_reader.cpp: a .jsonl/.ndjson file holds one
document per line (blank lines skipped; id from the id field, else
"FILE:LINE"; a bad line gives an error record), a directory is every *.txt
below it in path order, any other file is one document whose id is the
path as given. Beyond the CLI, an input may be a glob ("news/*.jsonl") or
a URL that fsspec opens ("s3://bucket/part-*.jsonl"); its documents' ids
are the expanded paths or URLs.

The inputs become partitions of about `blocksize` bytes each, in input
order: consecutive text files share a partition; a JSONL file is cut into
byte ranges, each holding the lines that start inside it (line numbers
come from one pass that counts the line breaks before each range).
"""

import glob
import json
import os
from typing import Any, Dict, Iterator, List, Optional, Tuple

JSONL_EXTENSIONS = (".jsonl", ".ndjson")
DEFAULT_BLOCKSIZE = 32 * 1024 * 1024


def _is_url(path: str) -> bool:
    return "://" in path


def _open(path: str):
    if _is_url(path):
        import fsspec
        return fsspec.open(path, "rb").open()
    return open(path, "rb")


class ReadOptions:
    """How inputs are read: the CLI's --input-format, --id-field,
    --text-field and --repair-utf8."""

    def __init__(self, input_format: str = "auto", id_field: str = "id", text_field: str = "text",
                 repair_utf8: bool = False) -> None:
        if input_format not in ("auto", "text", "jsonl"):
            raise ValueError("input_format must be text, jsonl or auto, not %r" % input_format)
        self.input_format = input_format
        self.id_field = id_field
        self.text_field = text_field
        self.repair_utf8 = repair_utf8

    def is_jsonl(self, path: str) -> bool:
        if self.input_format != "auto":
            return self.input_format == "jsonl"
        return os.path.splitext(path)[1] in JSONL_EXTENSIONS


# --- From inputs to sources --------------------------------------------------------

# A source: ("file", path, size) or ("error", id, message).
Source = Tuple[str, str, Any]


def _local_sources(path: str) -> List[Source]:
    if path == "-":
        return [("error", "-", "standard input cannot be spread over workers: give files")]
    if os.path.isdir(path):
        files = []
        try:
            for directory, dirs, names in os.walk(path, onerror=_raise):
                for name in names:
                    full = os.path.join(directory, name)
                    if name.endswith(".txt") and os.path.isfile(full):
                        files.append(full)
        except OSError as e:
            return [("error", path, "cannot list directory: " + (e.strerror or str(e)))]
        return [("file", f, os.path.getsize(f)) for f in sorted(files)]
    if os.path.exists(path):
        if not os.access(path, os.R_OK):
            return [("error", path, "cannot open file")]
        return [("file", path, os.path.getsize(path))]
    if any(c in path for c in "*?["):
        matches = sorted(glob.glob(path, recursive=True))
        if matches:
            return [s for match in matches for s in _local_sources(match)]
    return [("error", path, "no such file or directory")]


def _raise(error):
    raise error


def _url_sources(url: str) -> List[Source]:
    import fsspec
    files = fsspec.open_files(url, "rb")
    if not files:
        return [("error", url, "no such file or directory")]
    out = []
    for f in files:
        full = f.fs.unstrip_protocol(f.path) if hasattr(f.fs, "unstrip_protocol") else f.path
        out.append(("file", full, f.fs.size(f.path) or 0))
    return out


def sources(inputs: List[str]) -> List[Source]:
    """Every input expanded to files (and error sources), in the CLI's order."""
    out: List[Source] = []
    for path in inputs:
        path = os.fspath(path)
        out.extend(_url_sources(path) if _is_url(path) else _local_sources(path))
    return out


# --- From sources to pieces -------------------------------------------------------

# A piece of a partition: ("text", path), ("error", id, message), or
# ("jsonl", path, start, end, block) where block indexes the file's line counts.
Piece = Tuple[Any, ...]


class Plan:
    """The partitions of some inputs: partitions[k] is a list of pieces;
    jsonl_blocks[path] the start offsets of a JSONL file's byte ranges (when
    there are several); total_bytes the inputs' size."""

    def __init__(self) -> None:
        self.partitions: List[List[Piece]] = []
        self.jsonl_blocks: Dict[str, List[int]] = {}
        self.total_bytes = 0


def plan(inputs: List[str], options: ReadOptions, blocksize: Optional[int] = None) -> Plan:
    blocksize = blocksize or DEFAULT_BLOCKSIZE
    if blocksize < 1:
        raise ValueError("blocksize must be positive")
    result = Plan()
    current: List[Piece] = []
    current_bytes = 0

    def close_current():
        nonlocal current, current_bytes
        if current:
            result.partitions.append(current)
        current, current_bytes = [], 0

    for source in sources(inputs):
        if source[0] == "error":
            current.append(source)
            continue
        _, path, size = source
        result.total_bytes += size
        if options.is_jsonl(path):
            close_current()
            starts = list(range(0, max(size, 1), blocksize))
            if len(starts) > 1:
                result.jsonl_blocks[path] = starts
            for block, start in enumerate(starts):
                end = start + blocksize if block + 1 < len(starts) else None
                result.partitions.append([("jsonl", path, start, end, block)])
            continue
        if current and current_bytes + size > blocksize:
            close_current()
        current.append(("text", path))
        current_bytes += size
    close_current()
    return result


def count_line_breaks(path: str, starts: List[int]) -> List[int]:
    """The number of line breaks before each offset of `starts` (ascending)."""
    counts = []
    seen = 0
    position = 0
    chunk_size = 1 << 20
    with _open(path) as f:
        for start in starts:
            while position < start:
                chunk = f.read(min(chunk_size, start - position))
                if not chunk:
                    break
                seen += chunk.count(b"\n")
                position += len(chunk)
            counts.append(seen)
    return counts


# --- Reading pieces -----------------------------------------------------------------


def error_item(doc_id: str, message: str, code: str = "io") -> Dict[str, Any]:
    """The error record of an input that could not be read, with the CLI's
    error_code: "io" (a file or directory), "invalid_utf8", "bad_json"
    (a line that is not a JSON object) or "missing_field" (no text)."""
    return {"id": doc_id, "error": message, "error_code": code}


def _replace_invalid_utf8(line: bytes) -> str:
    """Each invalid byte becomes U+FFFD, as the CLI's --repair-utf8 does."""
    text = line.decode("utf-8", "surrogateescape")
    return "".join("\ufffd" if "\udc80" <= c <= "\udcff" else c for c in text)


def _reject_constant(name: str) -> Any:
    raise ValueError("not JSON: " + name)


class _RawNumber(str):
    """A JSON number that is not an integer, as written (the CLI keeps an
    id's digits as they are)."""


def _loads(text: str) -> Any:
    """json.loads as strict as the CLI's parser: no NaN/Infinity, no lone
    surrogate escapes. Raises ValueError."""
    value = json.loads(text, parse_constant=_reject_constant, parse_float=_RawNumber)
    if "\\u" in text or "\\U" in text:
        json.dumps(value, ensure_ascii=False).encode("utf-8")  # UnicodeEncodeError (a ValueError)
    return value


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _id_of(value: Any) -> str:
    if isinstance(value, _RawNumber):
        return str.__str__(value)
    return value if isinstance(value, str) else _dump(value)


def parse_jsonl_line(line: bytes, name: str, number: int, options: ReadOptions) -> Dict[str, Any]:
    """One JSONL line (without its line break) as an input item
    {"id", "text"} or an error item, as the CLI parses it."""
    location = "%s:%d" % (name, number)
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as e:
        if not options.repair_utf8:
            item = error_item(location, "invalid UTF-8 at byte %d of line %d (use --repair-utf8 to replace "
                                        "invalid bytes)" % (e.start, number), "invalid_utf8")
            try:
                value = _loads(_replace_invalid_utf8(line))
                if isinstance(value, dict) and value.get(options.id_field) is not None:
                    item["id"] = _id_of(value[options.id_field])
            except ValueError:
                pass
            return item
        text = _replace_invalid_utf8(line)
    try:
        value = _loads(text)
    except ValueError:
        return error_item(location, "line is not valid JSON", "bad_json")
    if not isinstance(value, dict):
        return error_item(location, "line is not a JSON object", "bad_json")
    doc_id = value.get(options.id_field)
    doc_id = location if doc_id is None else _id_of(doc_id)
    if options.text_field not in value:
        return error_item(doc_id, "no field '%s' (see --text-field)" % options.text_field, "missing_field")
    document = value[options.text_field]
    if not isinstance(document, str):
        return error_item(doc_id, "field '%s' is not a string" % options.text_field, "missing_field")
    return {"id": doc_id, "text": document}


def read_jsonl_range(path: str, start: int, end: Optional[int], line_breaks_before: int,
                     options: ReadOptions) -> Iterator[Tuple[Dict[str, Any], int]]:
    """The items of the lines that start in [start, end) (end None: to the
    end of the file), with the bytes each consumed."""
    with _open(path) as f:
        number = line_breaks_before
        position = start
        if start > 0:
            f.seek(start - 1)
            if f.read(1) != b"\n":
                rest = f.readline()  # the end of a line that starts in the previous range
                position += len(rest)
                number += 1
        while end is None or position < end:
            line = f.readline()
            if not line:
                break
            position += len(line)
            number += 1
            consumed = len(line)
            if line.endswith(b"\n"):
                line = line[:-1]
            if line.endswith(b"\r"):
                line = line[:-1]
            if not line.strip(b" \t"):
                continue  # blank lines are not documents
            yield parse_jsonl_line(line, path, number, options), consumed


def read_piece(piece: Piece, options: ReadOptions, line_counts: Optional[List[int]] = None
               ) -> Iterator[Tuple[Dict[str, Any], int]]:
    """The items of one piece, each with the input bytes it stands for."""
    kind = piece[0]
    if kind == "error":
        yield error_item(piece[1], piece[2]), 0
    elif kind == "text":
        path = piece[1]
        try:
            with _open(path) as f:
                data = f.read()
        except FileNotFoundError:
            yield error_item(path, "no such file or directory"), 0
            return
        except OSError:
            yield error_item(path, "cannot read file"), 0
            return
        yield {"id": path, "text": data}, len(data)
    else:
        _, path, start, end, block = piece
        before = line_counts[block] if line_counts else 0
        try:
            yield from read_jsonl_range(path, start, end, before, options)
        except FileNotFoundError:
            yield error_item(path, "no such file or directory"), 0
        except OSError:
            yield error_item(path, "cannot open file"), 0
