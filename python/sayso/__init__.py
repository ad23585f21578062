"""sayso: who said what, in news text — Python binding over the C ABI.

    import sayso
    pipeline = sayso.Pipeline()
    record = pipeline.extract('"We will rebuild," Mayor Anna Lindqvist said.', id="doc-1")
    for q in record["quotes"]:
        print(q["kind"], q["speaker"], q["text"])
    for e in record["entities"]:
        print(e["id"], e["type"], e["name"])

The binding uses ctypes over libsayso_c (no compiler needed). It loads the
library from the SAYSO_LIBRARY environment variable (a path) when set, else
the copy the package carries (pip install ./python bundles it), else an
installed copy on the system's library search path. sayso.dask runs it on a
Dask cluster (import it explicitly: it needs python3-dask).
"""

from ._binding import (
    BUNDLED_LIBRARY,
    LINE_BREAKS,
    Pipeline,
    SaysoError,
    VersionInfo,
    library_path,
    library_version,
    version,
)
from ._version import __version__
from .frames import to_frames
from .records import Entity, ErrorRecord, KbLink, Mention, Quote, Record, Sentence, Span

__all__ = ["Pipeline", "SaysoError", "LINE_BREAKS", "BUNDLED_LIBRARY", "VersionInfo", "library_path",
           "library_version", "version", "to_frames", "__version__", "Record", "ErrorRecord", "Sentence",
           "Entity", "Mention", "Quote", "Span", "KbLink"]
