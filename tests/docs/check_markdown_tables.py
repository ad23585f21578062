#!/usr/bin/python3
"""Checks the Markdown tables of the project's docs: every row has as many
cells as its header (a `|` inside a cell, even in `code`, must be written
`\\|`), and no table is cut in two by a blank line (rows after a blank line
with no header of their own).

usage: check_markdown_tables.py FILE.md ...     exit 1 and file:line for each fault
"""
import re
import sys

SEPARATOR = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def cells(line):
    inner = line.strip()
    if inner.startswith("|"):
        inner = inner[1:]
    if inner.endswith("|") and not inner.endswith("\\|"):
        inner = inner[:-1]
    return len(re.split(r"(?<!\\)\|", inner))


def check(path):
    faults = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    in_code = False
    table_cells = None          # the header's cell count while inside a table
    blank_after_table = False   # a blank line has just ended a table
    for number, line in enumerate(lines, 1):
        if line.lstrip().startswith("```"):
            in_code = not in_code
            table_cells, blank_after_table = None, False
            continue
        if in_code:
            continue
        if line.lstrip().startswith("|"):
            if table_cells is None:
                next_line = lines[number] if number < len(lines) else ""
                if blank_after_table and not SEPARATOR.match(next_line):
                    faults.append("%s:%d: a table row after a blank line: the blank line cuts the table in two"
                                  % (path, number))
                table_cells, blank_after_table = cells(line), False
            elif not SEPARATOR.match(line) and cells(line) != table_cells:
                faults.append("%s:%d: %d cells where the header has %d (write a | inside a cell as \\|)"
                              % (path, number, cells(line), table_cells))
        elif not line.strip():
            if table_cells is not None:
                blank_after_table = True
            table_cells = None
        else:
            table_cells, blank_after_table = None, False
    return faults


def main():
    faults = []
    for path in sys.argv[1:]:
        faults += check(path)
    for fault in faults:
        print(fault)
    if faults:
        sys.exit(1)
    print("%d files, their tables are whole" % len(sys.argv[1:]))


if __name__ == "__main__":
    main()
