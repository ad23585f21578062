"""Records as tables: the rows and columns of `sayso extract --format csv`.

rows(table, record) gives one table's rows for one record as dicts, with the
columns of COLUMNS[table]; to_frames() makes pandas DataFrames of them, and
sayso.dask builds its Dask DataFrames from the same rows. pandas is needed
only by to_frames().

Tables: "quotes", "entities" and "sentences" have the CSV's columns (doc_id
first, error last). Two more have no CSV of their own: "mentions" (one row
per entity mention) and "documents" (one row per record, with counts).
Where a table differs from the CSV, it is because a record holds less than
the document: a sentence's "text" and "paragraph" are not in the record, so
they are None. Numbers stay numbers (confidence is a float, None when there
is no speaker); lists are joined as in the CSV ("; " for roles, " | " for
mention texts). An error record gives one row with doc_id and error set,
like the CSV's error row.
"""

import bisect
from typing import Any, Dict, Iterable, List, Mapping

__all__ = ["COLUMNS", "TABLES", "rows", "to_frames"]

COLUMNS: Dict[str, List[str]] = {
    "quotes": ["doc_id", "id", "kind", "start", "end", "byte_start", "byte_end", "text", "speaker",
               "speaker_entity", "speaker_type", "speaker_mention", "cue", "sieve", "confidence",
               "speaker_start", "speaker_end", "cue_start", "cue_end", "sentence", "paragraph",
               "nested_in", "speaker_gender", "speaker_kb_id", "cue_type", "error"],
    "entities": ["doc_id", "id", "type", "name", "roles", "mention_count", "start", "end", "byte_start",
                 "byte_end", "mentions", "affiliation", "gender", "gender_evidence", "kb_source", "kb_id",
                 "kb_country", "kb_population", "kb_lat", "kb_lon", "error"],
    "sentences": ["doc_id", "index", "paragraph", "start", "end", "byte_start", "byte_end", "text", "error"],
    "mentions": ["doc_id", "entity", "type", "start", "end", "byte_start", "byte_end", "text", "rule", "error"],
    "documents": ["doc_id", "sentences", "entities", "quotes", "error", "error_code"],
}
TABLES = list(COLUMNS)

# The pandas dtype of each column that is not text ("object").
_INTEGER_COLUMNS = {"start", "end", "byte_start", "byte_end", "mention_count", "index", "paragraph",
                    "kb_population", "sentences", "entities", "quotes", "speaker_start", "speaker_end",
                    "cue_start", "cue_end", "sentence"}
_FLOAT_COLUMNS = {"confidence", "kb_lat", "kb_lon"}


def dtypes(table: str) -> Dict[str, str]:
    """pandas dtypes of a table's columns (nullable integers: error rows have none)."""
    return {c: "Int64" if c in _INTEGER_COLUMNS else "float64" if c in _FLOAT_COLUMNS else "object"
            for c in COLUMNS[table]}


def _span_text(span) -> Any:
    return None if span is None else span["text"]


def _error_row(table: str, record: Mapping[str, Any]) -> Dict[str, Any]:
    row = dict.fromkeys(COLUMNS[table])
    row["doc_id"] = record.get("id")
    row["error"] = record["error"]
    if table == "documents":
        row["error_code"] = record.get("error_code")
    return row


def rows(table: str, record: Mapping[str, Any]) -> List[Dict[str, Any]]:
    """The rows of `table` for one record (or error record)."""
    if table not in COLUMNS:
        raise ValueError("table must be one of %s, not %r" % (", ".join(TABLES), table))
    if "error" in record:
        return [_error_row(table, record)]
    doc_id = record["id"]
    if table == "documents":
        return [{"doc_id": doc_id, "sentences": len(record["sentences"]), "entities": len(record["entities"]),
                 "quotes": len(record["quotes"]), "error": None, "error_code": None}]
    if table == "sentences":
        return [{"doc_id": doc_id, "index": i, "paragraph": None, "start": s["start"], "end": s["end"],
                 "byte_start": s["byte_start"], "byte_end": s["byte_end"], "text": None, "error": None}
                for i, s in enumerate(record["sentences"])]
    if table == "mentions":
        return [{"doc_id": doc_id, "entity": e["id"], "type": e["type"], "start": m["start"], "end": m["end"],
                 "byte_start": m["byte_start"], "byte_end": m["byte_end"], "text": m["text"], "rule": m["rule"],
                 "error": None}
                for e in record["entities"] for m in e["mentions"]]
    if table == "entities":
        out = []
        for e in record["entities"]:
            first = e["mentions"][0]
            kb = e["kb"] or {}
            out.append({
                "doc_id": doc_id, "id": e["id"], "type": e["type"], "name": e["name"],
                "roles": "; ".join(e["roles"]), "mention_count": len(e["mentions"]),
                "start": first["start"], "end": first["end"], "byte_start": first["byte_start"],
                "byte_end": first["byte_end"], "mentions": " | ".join(m["text"] for m in e["mentions"]),
                "affiliation": e["affiliation"], "gender": e["gender"], "gender_evidence": e["gender_evidence"],
                "kb_source": kb.get("source"), "kb_id": kb.get("id"), "kb_country": kb.get("country"),
                "kb_population": kb.get("population"), "kb_lat": kb.get("lat"), "kb_lon": kb.get("lon"),
                "error": None})
        return out
    entities = {e["id"]: e for e in record["entities"]}
    sentence_starts = [sentence["start"] for sentence in record.get("sentences", [])]
    out = []
    for q in record["quotes"]:
        # The sentence the quote starts in (the CSV's `sentence`); the record
        # does not carry paragraphs, so `paragraph` stays empty here.
        sentence = bisect.bisect_right(sentence_starts, q["start"]) - 1 if sentence_starts else -1
        speaker = entities.get(q["speaker_entity"]) if q["speaker_entity"] else None
        out.append({
            "doc_id": doc_id, "id": q["id"], "kind": q["kind"], "start": q["start"], "end": q["end"],
            "byte_start": q["byte_start"], "byte_end": q["byte_end"], "text": q["text"],
            "speaker": q["speaker"], "speaker_entity": q["speaker_entity"],
            "speaker_type": speaker["type"] if speaker else None,
            "speaker_mention": _span_text(q["speaker_mention"]), "cue": _span_text(q["cue"]),
            "sieve": q["sieve"], "confidence": q["confidence"] if q["speaker"] else None,
            "speaker_start": q["speaker_mention"]["start"] if q["speaker_mention"] else None,
            "speaker_end": q["speaker_mention"]["end"] if q["speaker_mention"] else None,
            "cue_start": q["cue"]["start"] if q["cue"] else None,
            "cue_end": q["cue"]["end"] if q["cue"] else None,
            "sentence": sentence if sentence >= 0 else None, "paragraph": None,
            "nested_in": q["nested_in"], "speaker_gender": speaker["gender"] if speaker else None,
            "speaker_kb_id": (speaker["kb"] or {}).get("id") if speaker else None,
            "cue_type": q.get("cue_type"), "error": None})
    return out


def to_frames(records: Iterable[Mapping[str, Any]]) -> Dict[str, Any]:
    """pandas DataFrames of records: {"quotes", "entities", "mentions",
    "sentences", "documents"}, each with COLUMNS[table] (see the module's
    comment). Needs pandas (Debian: python3-pandas); raises ImportError
    saying so when it is missing."""
    try:
        import pandas
    except ImportError as e:
        raise ImportError("sayso.to_frames needs pandas (Debian: apt-get install python3-pandas)") from e
    collected: Dict[str, List[Dict[str, Any]]] = {table: [] for table in TABLES}
    for record in records:
        for table in TABLES:
            collected[table].extend(rows(table, record))
    return {table: pandas.DataFrame.from_records(collected[table], columns=COLUMNS[table]).astype(dtypes(table))
            for table in TABLES}
