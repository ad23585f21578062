"""The records sayso gives, as TypedDicts: one JSONL line of `sayso extract`.

These describe the dicts that Pipeline.extract() returns (json.loads of the
record); nothing checks them at run time. start/end count code points (index
the document's str), byte_start/byte_end count UTF-8 bytes; ends are
exclusive. The top-level README describes every key.
"""

import sys
from typing import List, Optional

if sys.version_info >= (3, 8):
    from typing import TypedDict
else:  # pragma: no cover - requires-python is >= 3.8
    TypedDict = dict

__all__ = ["Sentence", "Span", "Mention", "KbLink", "Entity", "Quote", "Record", "ErrorRecord"]


class Sentence(TypedDict):
    start: int
    end: int
    byte_start: int
    byte_end: int


class Span(TypedDict):
    """A stretch of the text: a quote's cue or speaker mention."""

    start: int
    end: int
    byte_start: int
    byte_end: int
    text: str


class Mention(TypedDict):
    start: int
    end: int
    byte_start: int
    byte_end: int
    text: str
    rule: str  # the rule that found it, "file:line"


class _KbLinkRequired(TypedDict):
    source: str  # "geonames", "iso3166", "user" (a --kb file), ...
    id: str


class KbLink(_KbLinkRequired, total=False):
    """A knowledge-base link; the keys after id appear when the source gives them."""

    country: str
    admin: str
    population: int
    lat: float
    lon: float


class Entity(TypedDict):
    id: str  # "E1", "E2", ...
    type: str  # PERSON, ORG, GPE, LOC, NORP or DATE
    name: str  # the fullest form
    roles: List[str]  # titles tied to a person
    affiliation: Optional[str]  # the id of the entity a role names
    gender: Optional[str]  # female, male or unknown for PERSON; None otherwise
    gender_evidence: Optional[str]
    kb: Optional[KbLink]
    mentions: List[Mention]


class Quote(TypedDict):
    id: str  # "Q1", "Q2", ...
    kind: str  # direct, mixed or indirect
    start: int
    end: int
    byte_start: int
    byte_end: int
    text: str
    speaker: Optional[str]  # None when it cannot be found with confidence
    speaker_entity: Optional[str]  # an Entity id
    speaker_mention: Optional[Span]
    speaker_span: Optional[List[int]]  # [start, end] of speaker_mention
    cue: Optional[Span]
    cue_type: Optional[str]  # what the cue reports: speech, belief or evidence; None without a cue
    sieve: Optional[str]  # the attribution rule
    confidence: float  # how often that rule is right
    nested_in: Optional[str]  # the id of the quote this one sits in


class Record(TypedDict):
    """One document's record."""

    id: str
    sentences: List[Sentence]
    entities: List[Entity]
    quotes: List[Quote]


class _ErrorRecordRequired(TypedDict):
    id: str
    error: str  # the message
    error_code: str  # invalid_utf8, io, ...


class ErrorRecord(_ErrorRecordRequired, total=False):
    """The record of a document that could not be processed."""

    error_byte: int  # for invalid_utf8: the first invalid byte
