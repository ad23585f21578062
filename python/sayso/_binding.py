"""ctypes declarations of include/sayso/sayso.h and the Pythonic layer on top."""

import concurrent.futures
import ctypes
import ctypes.util
import itertools
import json
import os
from typing import (Any, Iterable, Iterator, List, Mapping, NamedTuple, Optional, Tuple,
                    Union)

from ._version import __version__
from .records import ErrorRecord, Record

# --- Finding and declaring the C library -----------------------------------------

_MAJOR = 0  # the C ABI major version this binding was written for

# The copy of libsayso_c that the wheel carries (build_backend/sayso_build.py
# puts it here); absent when the package is used from the source tree.
_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))
BUNDLED_LIBRARY = os.path.join(_PACKAGE_DIR, "_lib", "libsayso_c.so.%d" % _MAJOR)
# Used from a source checkout (PYTHONPATH=python, or pip install -e): the
# tree's own build, as tools/setup.sh makes it.
_SOURCE_TREE_LIBRARY = os.path.join(os.path.dirname(os.path.dirname(_PACKAGE_DIR)), "build", "lib",
                                    "libsayso_c.so.%d" % _MAJOR)


def _library_candidates() -> List[str]:
    """Where to look, in order: SAYSO_LIBRARY (an override: nothing else is
    tried), the package's own copy, the source tree's build/ (when the
    package is used from a checkout), then the system's library search path."""
    env = os.environ.get("SAYSO_LIBRARY")
    if env:
        return [env]
    candidates = []
    for path in (BUNDLED_LIBRARY, _SOURCE_TREE_LIBRARY):
        if os.path.exists(path):
            candidates.append(path)
    found = ctypes.util.find_library("sayso_c")
    if found:
        candidates.append(found)
    candidates.append("libsayso_c.so.%d" % _MAJOR)
    candidates.append("libsayso_c.dylib")
    return candidates


def _load_library() -> Tuple[ctypes.CDLL, str]:
    errors = []
    for name in _library_candidates():
        try:
            return ctypes.CDLL(name), name
        except OSError as e:
            errors.append("%s: %s" % (name, e))
    raise ImportError(
        "sayso: cannot load the C library libsayso_c (set SAYSO_LIBRARY to its path, "
        "or install the package with pip, which bundles it; it needs the system's ICU "
        "and RE2 libraries): " + "; ".join(errors))


_lib, _lib_path = _load_library()

_size_t = ctypes.c_size_t
_char_p = ctypes.c_char_p
_void_p = ctypes.c_void_p


class _Options(ctypes.Structure):
    _fields_ = [
        ("size", _size_t),
        ("rules_directory", _char_p),
        ("replace_embedded_rules", ctypes.c_int),
        ("repair_invalid_utf8", ctypes.c_int),
        ("line_breaks", ctypes.c_int),
        ("keep_unattributed_quotes", ctypes.c_int),
        ("knowledge_base", ctypes.c_char_p),
    ]


def _declare(name, restype, *argtypes):
    function = getattr(_lib, name)
    function.restype = restype
    function.argtypes = list(argtypes)
    return function


_version_number = _declare("sayso_version_number", ctypes.c_int)
_version_string = _declare("sayso_version_string", _char_p)
_error_code = _declare("sayso_error_code", ctypes.c_int, _void_p)
_error_message = _declare("sayso_error_message", _char_p, _void_p)
_error_file = _declare("sayso_error_file", _char_p, _void_p)
_error_line = _declare("sayso_error_line", _size_t, _void_p)
_error_column = _declare("sayso_error_column", _size_t, _void_p)
_error_byte_offset = _declare("sayso_error_byte_offset", _size_t, _void_p)
_error_free = _declare("sayso_error_free", None, _void_p)
_options_init_size = _declare("sayso_options_init_size", None, ctypes.POINTER(_Options), _size_t)
_pipeline_open = _declare("sayso_pipeline_open", ctypes.c_int,
                          ctypes.POINTER(_void_p), ctypes.POINTER(_Options), ctypes.POINTER(_void_p))
_pipeline_free = _declare("sayso_pipeline_free", None, _void_p)
_extract_with_id = _declare("sayso_extract_with_id", ctypes.c_int,
                            ctypes.POINTER(_void_p), _void_p, _char_p, _size_t, _char_p, _size_t,
                            ctypes.POINTER(_void_p))
_document_free = _declare("sayso_document_free", None, _void_p)
_document_to_json = _declare("sayso_document_to_json", ctypes.c_int,
                             _void_p, _void_p, _size_t, ctypes.POINTER(_size_t))
_csv_header = _declare("sayso_csv_header", ctypes.c_int, ctypes.c_int, _void_p, _size_t, ctypes.POINTER(_size_t))
_document_to_csv = _declare("sayso_document_to_csv", ctypes.c_int, _void_p, ctypes.c_int, ctypes.c_uint,
                            _void_p, _size_t, ctypes.POINTER(_size_t))
_csv_error_row = _declare("sayso_csv_error_row", ctypes.c_int, _char_p, _size_t, _char_p, _size_t,
                          ctypes.c_int, ctypes.c_uint, _void_p, _size_t, ctypes.POINTER(_size_t))

if _version_number() // 10000 != _MAJOR:
    raise ImportError("sayso: %s is version %s; this binding needs major version %d"
                      % (_lib_path, _version_string().decode(), _MAJOR))

_NO_OFFSET = ctypes.c_size_t(-1).value
_CODE_NAMES = {
    -1: "invalid_argument", -2: "invalid_utf8", -3: "io", -4: "rule_syntax",
    -5: "internal", -6: "out_of_memory", -7: "range", -8: "buffer_too_small",
    -9: "too_large", -10: "timeout",
}

LINE_BREAKS = {"auto": 0, "paragraph": 1, "join": 2}
# The CSV tables of `sayso extract --format csv --what TABLE`.
CSV_TABLES = {"quotes": 0, "entities": 1, "sentences": 2}
_CSV_SPREADSHEET_SAFE = 1


def _buffer_call(what, call):
    """Runs a preflight/fill C call (`call(buf, cap, needed)`); the text it gives."""
    needed = _size_t(0)
    status = call(None, 0, ctypes.byref(needed))
    if status == 0:
        buffer = ctypes.create_string_buffer(needed.value)
        status = call(buffer, needed.value, None)
    if status != 0:
        raise SaysoError(status, "%s failed: %s" % (what, _CODE_NAMES.get(status, str(status))))
    return ctypes.string_at(buffer, needed.value - 1).decode("utf-8", "surrogateescape")


def _csv_table(table):
    if table not in CSV_TABLES:
        raise ValueError("table must be one of %s, not %r" % (", ".join(CSV_TABLES), table))
    return CSV_TABLES[table]


def csv_header(table: str) -> str:
    """The header line (with its newline) of `sayso extract --format csv --what TABLE`."""
    number = _csv_table(table)
    return _buffer_call("sayso_csv_header", lambda buf, cap, needed: _csv_header(number, buf, cap, needed))


def csv_error_row(id: str, message: str, table: str, spreadsheet_safe: bool = False) -> str:
    """The CSV row (with its newline) that `sayso extract` writes for a
    document that failed with `message`."""
    number = _csv_table(table)
    id_bytes = _utf8(id, "id")
    message_bytes = _utf8(message, "message")
    flags = _CSV_SPREADSHEET_SAFE if spreadsheet_safe else 0
    return _buffer_call("sayso_csv_error_row", lambda buf, cap, needed: _csv_error_row(
        id_bytes, len(id_bytes), message_bytes, len(message_bytes), number, flags, buf, cap, needed))


def _json_string(value: str) -> str:
    """A JSON string as the C library writes it (lib/output/json_writer.cpp):
    UTF-8 as is; quote, backslash, control characters, DEL and U+2028/9 escaped."""
    out = ['"']
    for c in value:
        o = ord(c)
        if c == '"':
            out.append('\\"')
        elif c == "\\":
            out.append("\\\\")
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif c == "\t":
            out.append("\\t")
        elif o < 0x20 or o == 0x7F or o in (0x2028, 0x2029):
            out.append("\\u%04x" % o)
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


def error_record_json(record: Mapping[str, Any]) -> str:
    """An error record ({"id", "error", "error_code"[, "error_byte"]}) as the
    JSON line `sayso extract` writes for it, without the newline."""
    text = '{"id":%s,"error":%s,"error_code":%s' % (
        _json_string(record["id"]), _json_string(record["error"]), _json_string(record["error_code"]))
    if record.get("error_byte") is not None:
        text += ',"error_byte":%d' % record["error_byte"]
    return text + "}"


class VersionInfo(NamedTuple):
    """What sayso.version() reports: the package's and the loaded library's
    versions ("MAJOR.MINOR.PATCH") and where that library came from."""

    package: str
    library: str
    library_path: str

    def __str__(self) -> str:
        return "sayso %s (libsayso_c %s, %s)" % (self.package, self.library, self.library_path)


def library_version() -> str:
    """The loaded C library's version, "MAJOR.MINOR.PATCH"."""
    return _version_string().decode("ascii")


def version() -> VersionInfo:
    """Both versions: the Python package's (sayso.__version__) and the loaded
    C library's, with the library's path. They are equal for the package as
    installed by pip; SAYSO_LIBRARY may point at another build."""
    return VersionInfo(__version__, library_version(), _lib_path)


def library_path() -> str:
    """The name or path the C library was loaded from."""
    return _lib_path


# --- Errors --------------------------------------------------------------------


class SaysoError(Exception):
    """A failed sayso call.

    code: the C status (negative int); code_name: "invalid_utf8", "rule_syntax",
    ...; message: the full "file:line:column: message" text; file, line,
    column: where in a rule file ("" and 0 when not applicable); byte_offset:
    the first invalid byte for invalid UTF-8, else None.
    """

    def __init__(self, code: int, message: str, file: str = "", line: int = 0, column: int = 0,
                 byte_offset: Optional[int] = None) -> None:
        super().__init__(message)
        self.code = code
        self.code_name = _CODE_NAMES.get(code, "unknown")
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.byte_offset = byte_offset

    def __repr__(self) -> str:
        return "SaysoError(%s, %r)" % (self.code_name, self.message)

    def record(self, id: str) -> ErrorRecord:
        """The error record `sayso extract` writes for a document that failed
        with this error: {"id", "error", "error_code"[, "error_byte"]}."""
        record: ErrorRecord = {"id": id, "error": self.message, "error_code": self.code_name}
        if self.byte_offset is not None:
            record["error_byte"] = self.byte_offset
        return record


def _raise(status, err):
    """Turns a failed status (and its sayso_error*, which is freed) into an exception."""
    if err.value:
        try:
            offset = _error_byte_offset(err)
            error = SaysoError(
                _error_code(err),
                _error_message(err).decode("utf-8", "replace"),
                _error_file(err).decode("utf-8", "replace"),
                _error_line(err),
                _error_column(err),
                None if offset == _NO_OFFSET else offset)
        finally:
            _error_free(err)
        raise error
    raise SaysoError(status, "sayso: " + _CODE_NAMES.get(status, "error %d" % status))


Text = Union[str, bytes, bytearray, memoryview]
PathLike = Union[str, "os.PathLike[str]"]
# What extract_many() takes: a text, an (id, text) pair, or a mapping with
# "text" (and optionally "id").
DocumentInput = Union[Text, Tuple[Optional[Union[str, bytes]], Text], Mapping[str, Any]]


def _utf8(value, what):
    if isinstance(value, str):
        return value.encode("utf-8", "surrogateescape")
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    raise TypeError("%s must be str or bytes, not %s" % (what, type(value).__name__))


def document_pair(document: DocumentInput, index: int,
                  id_field: str = "id", text_field: str = "text") -> Tuple[str, Text]:
    """(id, text) of one input of extract_many(): a pair, a mapping with
    `text_field` (and `id_field`), or a plain text, whose id is then its
    index (as a string). A pair or mapping without an id gets the index too."""
    if isinstance(document, (str, bytes, bytearray, memoryview)):
        return str(index), document
    if isinstance(document, tuple):
        if len(document) != 2:
            raise ValueError("document %d: a tuple must be (id, text), not %d items" % (index, len(document)))
        doc_id, text = document
    elif isinstance(document, Mapping):
        if text_field not in document:
            raise ValueError("document %d: no %r key" % (index, text_field))
        doc_id, text = document.get(id_field), document[text_field]
    else:
        raise TypeError("document %d must be a text, an (id, text) pair or a dict with %r, not %s"
                        % (index, text_field, type(document).__name__))
    if doc_id is None:
        doc_id = str(index)
    elif isinstance(doc_id, (bytes, bytearray)):
        doc_id = bytes(doc_id).decode("utf-8", "surrogateescape")
    elif not isinstance(doc_id, str):
        doc_id = str(doc_id)
    return doc_id, text


# --- Pipelines -------------------------------------------------------------------


class Pipeline:
    """Compiled rules, shareable between threads.

    rules: a rules directory (str or os.PathLike) that adds to the embedded
    rules, or replaces them with replace_rules=True. repair_utf8: repair
    invalid UTF-8 instead of raising SaysoError (code_name "invalid_utf8").
    line_breaks: "auto", "paragraph" or "join" (see the README).
    keep_unattributed: keep whole quotations whose speaker cannot be found
    (with "speaker": None); by default they are left out, so that every
    quote says who said it. knowledge_base: a TSV of people and organisations
    that entities link to (see docs/knowledge-base.md).

    A Pipeline is immutable; extract() may be called from many threads at
    once, and the C library runs without the GIL.
    """

    def __init__(self, rules: Optional[PathLike] = None, repair_utf8: bool = False,
                 replace_rules: bool = False, line_breaks: str = "auto",
                 keep_unattributed: bool = False, knowledge_base: Optional[PathLike] = None) -> None:
        if line_breaks not in LINE_BREAKS:
            raise ValueError("line_breaks must be one of %s" % ", ".join(LINE_BREAKS))
        options = _Options()
        _options_init_size(ctypes.byref(options), ctypes.sizeof(options))
        rules_bytes = None
        if rules is not None:
            rules_bytes = os.fsencode(os.fspath(rules))
        options.rules_directory = rules_bytes
        options.replace_embedded_rules = 1 if replace_rules else 0
        options.repair_invalid_utf8 = 1 if repair_utf8 else 0
        options.line_breaks = LINE_BREAKS[line_breaks]
        options.keep_unattributed_quotes = 1 if keep_unattributed else 0
        kb_bytes = None
        if knowledge_base is not None:
            kb_bytes = os.fsencode(os.fspath(knowledge_base))
        options.knowledge_base = kb_bytes
        handle = _void_p()
        err = _void_p()
        status = _pipeline_open(ctypes.byref(handle), ctypes.byref(options), ctypes.byref(err))
        if status != 0:
            _raise(status, err)
        self._handle = handle
        self._free = _pipeline_free  # kept for __del__ at interpreter exit

    def close(self) -> None:
        """Releases the pipeline now (it is also released when collected)."""
        handle, self._handle = getattr(self, "_handle", None), None
        if handle:
            self._free(handle)

    def __del__(self) -> None:
        self.close()

    def __enter__(self) -> "Pipeline":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def extract(self, text: Text, id: Optional[Union[str, bytes]] = None) -> Record:
        """The JSONL record of one document, as a dict (see sayso.records.Record).

        Keys: "id", "sentences", "entities" (people, organisations, places
        ... with their "mentions"), "quotes" (each with "kind", "text",
        "speaker", "speaker_entity", "cue", "cue_type", "sieve", "confidence", ...):
        the line `sayso extract` writes (see the README).

        text: str (encoded as UTF-8) or bytes (UTF-8, possibly invalid: see
        repair_utf8). Offsets: "start"/"end" count code points (index a str
        with them), "byte_start"/"byte_end" count UTF-8 bytes. id: str, put
        in the record's "id" ("" when None). Raises SaysoError.
        """
        return json.loads(self.extract_json(text, id))

    def extract_json(self, text: Text, id: Optional[Union[str, bytes]] = None) -> str:
        """As extract(), but the record as a JSON string (no parsing): the
        very bytes of the line `sayso extract` writes, without its newline."""
        document = self._extract_document(text, id)
        try:
            # The record is built once, by the preflight; the second call copies it.
            return _buffer_call("sayso_document_to_json", lambda buf, cap, needed: _document_to_json(
                document, buf, cap, needed))
        finally:
            _document_free(document)

    def extract_csv(self, text: Text, id: Optional[Union[str, bytes]] = None, table: str = "quotes",
                    spreadsheet_safe: bool = False) -> str:
        """The rows (each with its newline) that `sayso extract --format csv
        --what TABLE [--csv-safe]` writes for one document; csv_header(table)
        gives the header. Raises SaysoError as extract() does."""
        number = _csv_table(table)
        flags = _CSV_SPREADSHEET_SAFE if spreadsheet_safe else 0
        document = self._extract_document(text, id)
        try:
            return _buffer_call("sayso_document_to_csv", lambda buf, cap, needed: _document_to_csv(
                document, number, flags, buf, cap, needed))
        finally:
            _document_free(document)

    def _extract_document(self, text, id):
        """A sayso_document* for the caller to free; raises SaysoError."""
        if not self._handle:
            raise ValueError("the pipeline is closed")
        data = _utf8(text, "text")
        id_bytes = b"" if id is None else _utf8(id, "id")
        document = _void_p()
        err = _void_p()
        status = _extract_with_id(ctypes.byref(document), self._handle, data, len(data),
                                  id_bytes, len(id_bytes), ctypes.byref(err))
        if status != 0:
            _raise(status, err)
        return document

    def extract_or_error(self, text: Text, id: str) -> Union[Record, ErrorRecord]:
        """extract(), except that a document that fails gives its error record
        (the one `sayso extract` writes) instead of raising."""
        try:
            return self.extract(text, id)
        except SaysoError as e:
            return e.record(id)

    def extract_many(self, documents: Iterable[DocumentInput],
                     threads: Optional[int] = None) -> Iterator[Union[Record, ErrorRecord]]:
        """Extracts many documents on `threads` threads; yields their records.

        documents: an iterable of plain texts (str or bytes; each gets its
        index in the iterable, "0", "1", ..., as its id), (id, text) pairs,
        or dicts with "text" and "id" (a pair or dict whose id is None gets
        its index too). Records come in input order. At most a few documents
        per thread are in flight, so a long (or endless) iterable streams.
        threads: default os.cpu_count(). A document that fails yields
        {"id": ..., "error": ..., "error_code": ...} (the CLI's error record)
        rather than stopping the batch.
        """
        threads = threads or os.cpu_count() or 1
        if threads < 1:
            raise ValueError("threads must be at least 1")

        def one(item):
            doc_id, text = item
            return self.extract_or_error(text, doc_id)

        items = (document_pair(document, index) for index, document in enumerate(documents))
        if threads == 1:
            for item in items:
                yield one(item)
            return
        window = 2 * threads + 2
        with concurrent.futures.ThreadPoolExecutor(max_workers=threads) as pool:
            pending = [pool.submit(one, item) for item in itertools.islice(items, window)]
            head = 0
            while head < len(pending):
                result = pending[head].result()
                pending[head] = None
                head += 1
                for item in itertools.islice(items, 1):
                    pending.append(pool.submit(one, item))
                if head > 1024:  # drop the consumed prefix now and then
                    pending = pending[head:]
                    head = 0
                yield result
