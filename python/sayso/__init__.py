"""sayso: who said what, in news text — Python binding over the C ABI.

    import sayso
    pipeline = sayso.Pipeline()
    record = pipeline.extract('"We will rebuild," Mayor Anna Lindqvist said.', id="doc-1")
    for q in record["quotes"]:
        print(q["kind"], q["speaker"], q["text"])
    for e in record["entities"]:
        print(e["id"], e["type"], e["name"])

The binding uses ctypes over libsayso_c (no compiler needed). It finds the
library through the SAYSO_LIBRARY environment variable (a path), else an
installed copy on the system's library search path.
"""

from ._binding import (
    LINE_BREAKS,
    Pipeline,
    SaysoError,
    library_path,
    version,
)

__all__ = ["Pipeline", "SaysoError", "LINE_BREAKS", "library_path", "version"]
