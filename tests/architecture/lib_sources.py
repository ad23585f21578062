"""What the architecture checks share: the C++ sources under one lib/ folder.

lib_sources(argv, usage) reads the one argument LIB_DIR of a check's command
line and returns (lib, files): the folder and its .hpp/.cpp/.h files,
sorted. On a wrong command line it prints why (the check's usage, or that
the path is no directory) and returns None; the check then exits 2.
"""

import pathlib
import sys

SOURCE_SUFFIXES = (".hpp", ".cpp", ".h")


def lib_sources(argv, usage):
    if len(argv) != 2:
        print(usage, file=sys.stderr)
        return None
    lib = pathlib.Path(argv[1])
    if not lib.is_dir():
        print(f"{lib}: not a directory", file=sys.stderr)
        return None
    return lib, sorted(p for p in lib.rglob("*") if p.suffix in SOURCE_SUFFIXES)
