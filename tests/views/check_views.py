#!/usr/bin/python3
"""Checks of sayso's views, driven from the outside as a user would run them.

  check_views.py SAYSO DATA WORK show      show: golden output with NO_COLOR, colours
  check_views.py SAYSO DATA WORK html      --format html: exact marks, hostile text inert
  check_views.py SAYSO DATA WORK tables    --output-dir: csv module and pandas, row counts
  check_views.py SAYSO DATA WORK stats     stats: figures agree with the JSONL
  check_views.py SAYSO DATA WORK browser [SEED_TEXT [SCREENSHOT_OUT]]
                                           headless Chromium: DOM and screenshot

SAYSO is the built binary, DATA this folder's data/ (invented articles), WORK
a scratch folder. Exit 0 when every check passes, 1 on a failure, 77 when
the browser check cannot run because chromium is not installed.
"""
import csv
import html.parser
import io
import json
import os
import shutil
import struct
import subprocess
import sys
import zlib

SKIPPED = 77
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)
    return condition


def run(args, env=None, expect=(0,), cwd=None):
    full_env = dict(os.environ)
    full_env.pop("NO_COLOR", None)
    full_env.update(env or {})
    proc = subprocess.run(args, capture_output=True, env=full_env, cwd=cwd)
    if proc.returncode not in expect:
        print("command:", " ".join(args))
        print(proc.stderr.decode("utf-8", "replace"))
        raise SystemExit("unexpected exit code %d" % proc.returncode)
    return proc.stdout


def examples_dir(data):
    return os.path.normpath(os.path.join(data, "..", "..", "..", "examples"))


def example_texts(data):
    folder = examples_dir(data)
    return [os.path.join(folder, name) for name in sorted(os.listdir(folder)) if name.endswith(".txt")]


FIRST_NAMES = ["Aino", "Bram", "Chiara", "Dov", "Esme", "Farid", "Greta", "Hugo", "Ines", "Jonas"]
LAST_NAMES = ["Ketola", "Lindqvist", "Moreau", "Nakamura", "Oyelaran", "Pires", "Quist", "Rahman"]


def many_articles(work, count=150):
    """A directory of `count` small invented articles (some without quotes)."""
    folder = os.path.join(work, "many")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    for i in range(count):
        first, last = FIRST_NAMES[i % len(FIRST_NAMES)], LAST_NAMES[i % len(LAST_NAMES)]
        body = "Harbour Notes %d\n\nThe ferry timetable changed again on Monday.\n\n" % i
        if i % 5 != 0:
            body += "\"We will publish the new times by Friday,\" said %s %s, the port's planner.\n\n" % (first, last)
            body += "%s said the changes would last until the summer.\n" % last
        with open(os.path.join(folder, "article-%03d.txt" % i), "w", encoding="utf-8") as f:
            f.write(body)
    return folder


def records_of(jsonl_bytes):
    return [json.loads(line) for line in jsonl_bytes.decode("utf-8").splitlines() if line.strip()]


# --- show ------------------------------------------------------------------------

def check_show(sayso, data, work):
    records = os.path.join(data, "records.jsonl")
    golden_path = os.path.join(data, "show_records.golden.txt")
    # (The last record is an error record: exit code 1, shown as an error.)
    out = run([sayso, "show", "--from-records", "--width", "72", records], env={"NO_COLOR": "1"}, expect=(1,))
    if os.environ.get("SAYSO_UPDATE_GOLDEN") == "1":
        with open(golden_path, "wb") as f:
            f.write(out)
    with open(golden_path, "rb") as f:
        golden = f.read()
    if not check(out == golden, "show --from-records differs from %s (SAYSO_UPDATE_GOLDEN=1 rewrites it)" % golden_path):
        print(out.decode("utf-8"))
    text = out.decode("utf-8")
    check("\x1b" not in text, "NO_COLOR output has escape codes")
    check("\n? \u25b8 " in text, "an unattributed quote shows '?' as its speaker")
    for line in text.splitlines():
        check(len(line) <= 72 or " " not in line.strip(), "line wider than --width 72: %r" % line)

    # The view of a document is the view of its record: show on documents and
    # show --from-records on extract's JSONL give the same bytes.
    docs = [os.path.join(data, "island-ferry.txt"), os.path.join(data, "notice-board.txt")]
    live = run([sayso, "show", "--keep-unattributed", "--width", "60"] + docs, env={"NO_COLOR": "1"})
    jsonl = run([sayso, "extract", "--keep-unattributed"] + docs)
    path = os.path.join(work, "show_records.jsonl")
    with open(path, "wb") as f:
        f.write(jsonl)
    check(live == run([sayso, "show", "--from-records", "--width", "60", path]),
          "show on documents differs from show --from-records on their records")

    # Colours: never when NO_COLOR is set or with --color never; with --color
    # always, one colour per speaker, the same for each of its quotes.
    check("\n== broken <b>.txt ==\nerror (invalid_utf8): invalid UTF-8 at byte 3\n" in text, "an error record's view")
    check(b"\x1b" not in run([sayso, "show", "--from-records", "--color", "never", records], expect=(1,)),
          "--color never has escapes")
    coloured = run([sayso, "show", "--from-records", "--color", "always", records], expect=(1,)).decode("utf-8")
    check("\x1b[" in coloured, "--color always has no escape codes")
    colour_of = {}
    for line in coloured.splitlines():
        if "\u25b8" not in line or not line.lstrip(" \u21b3").startswith("\x1b["):
            continue
        start = line.index("\x1b[")
        code = line[start:line.index("m", start) + 1]
        name = line[line.index("m", start) + 1:line.index("\x1b[0m", start)]
        if name in colour_of:
            check(colour_of[name] == code, "speaker %s changes colour" % name)
        colour_of[name] = code
    named = {n: c for n, c in colour_of.items() if n != "?"}
    check(len(named) >= 3, "expected several coloured speakers, got %r" % named)
    check(len(set(named.values())) == len(named), "two speakers share a colour: %r" % named)

    # On a terminal: colour unless NO_COLOR is set (a pseudo-terminal stands in).
    import pty
    for env, want_colour in (({}, True), ({"NO_COLOR": "1"}, False)):
        leader, follower = pty.openpty()
        full_env = dict(os.environ)
        full_env.pop("NO_COLOR", None)
        full_env.update(env)
        proc = subprocess.run([sayso, "show", "--from-records", records], stdout=follower,
                              stderr=subprocess.PIPE, env=full_env)
        os.close(follower)
        seen = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
        os.close(leader)
        check(proc.returncode == 1, "show on a terminal: exit code %d, not 1 (an error record)" % proc.returncode)
        check((b"\x1b[" in seen) == want_colour,
              "on a terminal with %r: colour %s expected" % (env, "is" if want_colour else "is not"))

    many = run([sayso, "show", many_articles(work)]).decode("utf-8")
    check(many.count("\n== ") == 149 and many.count("\u25b8") >= 240, "show on 150 articles lacks some")
    # The example article, as a directory input.
    example = run([sayso, "show", examples_dir(data)], env={"NO_COLOR": "1"}).decode("utf-8")
    check(example.count("== ") == len(example_texts(data)) and "\nEntities\n" in example,
          "show on examples/ lacks a document or its entities")


# --- html ------------------------------------------------------------------------

ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "div", "main", "header", "h1", "h2", "p",
                "ul", "ol", "li", "span", "section", "mark", "u", "nav", "input", "a", "script"}


class PageReader(html.parser.HTMLParser):
    """Collects the page's tags, and per section its text and what each mark holds."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []
        self.attributes = []
        self.sections = []  # {"id", "text", "quotes": {id: text}, "legend": n, "mentions": [(type, text)]}
        self.stack = []     # open elements: (tag, role)
        self.open_marks = []  # [quote id, text] of marks open now
        self.open_mentions = []
        self.in_text = 0
        self.in_legend = False
        self.script = ""
        self.in_script = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        self.attributes.extend((tag, k, v) for k, v in attrs)
        role = None
        classes = (a.get("class") or "").split()
        if tag == "section":
            self.sections.append({"id": a.get("id"), "text": "", "quotes": {}, "legend": 0, "mentions": [],
                                  "failed": "failed" in classes})
        elif tag == "div" and "text" in classes:
            role = "text"
            self.in_text += 1
        elif tag == "ul" and "legend" in classes:
            role = "legend"
            self.in_legend = True
        elif tag == "li" and self.in_legend:
            self.sections[-1]["legend"] += 1
        elif tag == "mark" and "data-quote" in a:
            role = "quote"
            self.open_marks.append([a["data-quote"], ""])
        elif tag == "mark":
            role = "fragment"
        elif tag == "span" and "ent" in classes and self.in_text:
            role = "mention"
            self.open_mentions.append([a.get("data-type"), ""])
        elif tag == "script":
            self.in_script = True
        if tag not in ("meta", "input"):
            self.stack.append((tag, role))

    def handle_endtag(self, tag):
        while self.stack:
            open_tag, role = self.stack.pop()
            if role == "text":
                self.in_text -= 1
            elif role == "legend":
                self.in_legend = False
            elif role == "quote":
                quote_id, text = self.open_marks.pop()
                self.sections[-1]["quotes"][quote_id] = text
            elif role == "mention":
                self.sections[-1]["mentions"].append(tuple(self.open_mentions.pop()))
            if open_tag == tag:
                break
        if tag == "script":
            self.in_script = False

    def handle_data(self, data):
        if self.in_script:
            self.script += data
        if self.in_text:
            self.sections[-1]["text"] += data
            for mark in self.open_marks:
                mark[1] += data
            for mention in self.open_mentions:
                mention[1] += data


def texts_of(paths):
    """The documents' texts, as sayso reads them (a .jsonl file: one per line)."""
    texts = []
    for path in paths:
        if path.endswith(".jsonl"):
            with open(path, encoding="utf-8") as f:
                texts.extend(json.loads(line)["text"] for line in f if line.strip())
        else:
            with open(path, "rb") as f:
                texts.append(f.read().decode("utf-8", "replace"))
    return texts


def check_page(page_bytes, records, texts):
    reader = PageReader()
    reader.feed(page_bytes.decode("utf-8"))
    reader.close()
    unexpected = sorted(set(reader.tags) - ALLOWED_TAGS)
    check(not unexpected, "unexpected elements in the page: %r" % unexpected)
    check(reader.tags.count("script") == 1, "the page has %d script elements, not 1" % reader.tags.count("script"))
    check(reader.tags.count("style") == 1, "the page has %d style elements, not 1" % reader.tags.count("style"))
    for tag, name, value in reader.attributes:
        check(not name.lower().startswith("on"), "event handler attribute %s on <%s>" % (name, tag))
        if name in ("href", "src"):
            check(value.startswith("#"), "a link that leaves the page: %s=%r" % (name, value))
    check("alert" not in reader.script, "article text reached the script")
    check(len(reader.sections) == len(records), "%d sections for %d records" % (len(reader.sections), len(records)))
    for n, (section, record, text) in enumerate(zip(reader.sections, records, texts), start=1):
        check(section["id"] == "doc-%d" % n, "section %d has id %r" % (n, section["id"]))
        if "error" in record:
            check(section["failed"], "record %d failed but its section does not say so" % n)
            continue
        check(section["text"] == text, "document %d: the page's text is not the document's text" % n)
        quotes = {q["id"]: q for q in record["quotes"]}
        check(set(section["quotes"]) == set(quotes),
              "document %d: marked quotes %r, record quotes %r" % (n, sorted(section["quotes"]), sorted(quotes)))
        for quote_id, marked in section["quotes"].items():
            if quote_id in quotes:
                check(marked == quotes[quote_id]["text"],
                      "document %d %s: marked %r, record %r" % (n, quote_id, marked, quotes[quote_id]["text"]))
        speakers = {q["speaker_entity"] or q["speaker"] for q in record["quotes"] if q["speaker"]}
        unattributed = any(q["speaker"] is None for q in record["quotes"])
        check(section["legend"] == len(speakers) + (1 if unattributed else 0),
              "document %d: legend has %d entries for %d speakers" % (n, section["legend"], len(speakers)))
        mentions = sorted((e["type"], m["text"]) for e in record["entities"] for m in e["mentions"])
        check(sorted(section["mentions"]) == mentions,
              "document %d: marked mentions differ from the record's" % n)
    return reader


def check_html(sayso, data, work):
    bad = os.path.join(work, "not-utf8 <i>.txt")
    with open(bad, "wb") as f:
        f.write(b"\"Broken \xff bytes,\" said Ana Lind.\n")
    inputs = [os.path.join(data, "hostile.jsonl"), os.path.join(data, "island-ferry.txt"), bad,
              os.path.join(data, "notice-board.txt")]
    records = records_of(run([sayso, "extract", "--keep-unattributed"] + inputs, expect=(1,)))
    check(sum("error" in r for r in records) == 1, "the broken file did not fail")
    page_path = os.path.join(work, "page.html")
    # --format html inferred from the extension.
    run([sayso, "extract", "--keep-unattributed", "-o", page_path] + inputs, expect=(1,))
    with open(page_path, "rb") as f:
        page = f.read()
    check(page.startswith(b"<!DOCTYPE html>"), "-o page.html did not write HTML")
    check(b"http://" not in page and b"https://" not in page, "the page refers to the network")
    check(sum(len(r.get("quotes", [])) for r in records) >= 8, "the hostile articles lost their quotes")
    check_page(page, records, texts_of(inputs))
    # The example article, as a directory input.
    example_page = os.path.join(work, "examples.html")
    run([sayso, "extract", "--format", "html", "-o", example_page, examples_dir(data)])
    with open(example_page, "rb") as f:
        check_page(f.read(), records_of(run([sayso, "extract", examples_dir(data)])), texts_of(example_texts(data)))
    # Hostile ids stay text in headings and the index.
    check(b"hostile-&lt;b&gt;1&lt;/b&gt;&quot;&amp;&#39;" in page, "the hostile id is not escaped")
    check(b"&quot; onmouseover=&quot;alert(4)" in page, "an id with quotes is not escaped")
    # A directory of many articles: one section and one index entry each.
    folder = many_articles(work)
    many_records = records_of(run([sayso, "extract", folder]))
    many_page = os.path.join(work, "many.html")
    run([sayso, "extract", "-o", many_page, folder])
    with open(many_page, "rb") as f:
        many = f.read()
    reader = check_page(many, many_records, texts_of(sorted(os.path.join(folder, n) for n in os.listdir(folder))))
    check(len(reader.sections) == 150 and many.count(b'<li><span class="n">') == 150,
          "the page of 150 articles lacks sections or index entries")


# --- tables ----------------------------------------------------------------------

TABLES = ["documents", "quotes", "entities", "mentions", "sentences"]


def read_table(path):
    with open(path, "rb") as f:
        raw = f.read()
    return raw, list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def check_tables(sayso, data, work):
    import pandas

    bad = os.path.join(work, "not-utf8.txt")
    with open(bad, "wb") as f:
        f.write(b"\"Broken \xff bytes,\" said Ana Lind.\n")
    formula = os.path.join(work, "formula.txt")
    with open(formula, "w", encoding="utf-8") as f:
        f.write("=SUM(1,2) was written on the wall.\n\n\"Nobody owns the wall,\" said Ines Carvalho.\n")
    empty = os.path.join(work, "no-quotes.txt")
    with open(empty, "w", encoding="utf-8") as f:
        f.write("The tide came in at six and went out again.\n")
    inputs = [examples_dir(data), os.path.join(data, "island-ferry.txt"), os.path.join(data, "hostile.jsonl"),
              bad, formula, empty, many_articles(work)]
    records = records_of(run([sayso, "extract"] + inputs, expect=(1,)))
    out_dir = os.path.join(work, "tables")
    shutil.rmtree(out_dir, ignore_errors=True)
    run([sayso, "extract", "--quiet", "--output-dir", out_dir, "--bom", "--csv-safe"] + inputs, expect=(1,))
    ok = [r for r in records if "error" not in r]
    expected = {
        "documents": len(records),
        "quotes": sum(len(r["quotes"]) for r in ok),
        "entities": sum(len(r["entities"]) for r in ok),
        "mentions": sum(len(e["mentions"]) for r in ok for e in r["entities"]),
        "sentences": sum(len(r["sentences"]) for r in ok),
    }
    rows = {}
    for table in TABLES:
        path = os.path.join(out_dir, table + ".csv")
        raw, rows[table] = read_table(path)
        check(raw.startswith(b"\xef\xbb\xbfdoc_id,"), "%s.csv does not start with the BOM and doc_id" % table)
        check(len(rows[table]) == expected[table],
              "%s.csv has %d rows, the JSONL %d" % (table, len(rows[table]), expected[table]))
        frame = pandas.read_csv(path, encoding="utf-8-sig", keep_default_na=False, dtype=str)
        check(len(frame) == expected[table], "pandas reads %d rows from %s.csv, not %d" % (len(frame), table, expected[table]))
        check(list(frame.columns) == list(rows[table][0].keys()), "pandas and csv disagree on %s.csv's columns" % table)
        check(set(frame["doc_id"]) <= {r["id"] for r in records}, "%s.csv has a doc_id that is no record's" % table)

    documents = rows["documents"]
    check([d["doc_id"] for d in documents] == [r["id"] for r in records], "documents.csv is not in input order")
    for d, r in zip(documents, records):
        if "error" in r:
            check(d["error_code"] == r["error_code"] and d["error"] != "", "the failed document's row lacks its error")
        else:
            check(int(d["quotes"]) == len(r["quotes"]), "documents.csv quote count differs for %s" % r["id"])
            check(int(d["sentences"]) == len(r["sentences"]), "documents.csv sentence count differs for %s" % r["id"])
            check(int(d["direct"]) + int(d["mixed"]) + int(d["indirect"]) == len(r["quotes"]), "kinds do not add up")
    check(any(d["doc_id"].endswith("no-quotes.txt") and d["quotes"] == "0" for d in documents),
          "a document without quotes has no row with quotes 0")

    by_quote = {(r["id"], q["id"]): q for r in ok for q in r["quotes"]}
    sentence_rows = {(s["doc_id"], s["index"]): s for s in rows["sentences"]}
    for row in rows["quotes"]:
        q = by_quote[(row["doc_id"], row["id"])]
        mention, cue = q["speaker_mention"], q["cue"]
        check(row["speaker_start"] == (str(mention["start"]) if mention else ""), "speaker_start of %s" % row["id"])
        check(row["speaker_end"] == (str(mention["end"]) if mention else ""), "speaker_end of %s" % row["id"])
        check(row["cue_start"] == (str(cue["start"]) if cue else ""), "cue_start of %s" % row["id"])
        check(row["cue_end"] == (str(cue["end"]) if cue else ""), "cue_end of %s" % row["id"])
        sentence = sentence_rows.get((row["doc_id"], row["sentence"]))
        if check(sentence is not None, "quote %s points at no sentence" % row["id"]):
            check(int(sentence["start"]) <= q["start"], "quote %s starts before its sentence" % row["id"])
            check(sentence["paragraph"] == row["paragraph"], "quote %s paragraph differs from its sentence's" % row["id"])
    check(any(s["text"].startswith("'=SUM") for s in rows["sentences"]), "--csv-safe did not protect a formula cell")

    # --format from the -o extension; no BOM unless asked.
    one = os.path.join(work, "quotes-only.csv")
    run([sayso, "extract", "-o", one, os.path.join(data, "island-ferry.txt")])
    with open(one, "rb") as f:
        check(f.read().startswith(b"doc_id,id,kind,"), "-o quotes-only.csv did not write CSV without a BOM")
    # The same tables one at a time (--what), with the BOM.
    for table in TABLES:
        single = run([sayso, "extract", "--quiet", "--format", "csv", "--bom", "--what", table] + inputs, expect=(1,))
        check(single.startswith(b"\xef\xbb\xbfdoc_id,"), "--bom --what %s does not start with the BOM" % table)
        reader = list(csv.DictReader(io.StringIO(single.decode("utf-8-sig"), newline="")))
        # --what writes an error row per failed document in every table.
        failed = sum("error" in r for r in records) if table != "documents" else 0
        check(len(reader) == expected[table] + failed, "--what %s has %d rows, not %d" % (table, len(reader), expected[table] + failed))


# --- stats -----------------------------------------------------------------------

def check_stats(sayso, data, work):
    inputs = [os.path.join(data, "island-ferry.txt"), os.path.join(data, "hostile.jsonl"),
              os.path.join(data, "notice-board.txt")]
    jsonl = run([sayso, "extract", "--keep-unattributed"] + inputs)
    records = records_of(jsonl)
    path = os.path.join(work, "stats_records.jsonl")
    with open(path, "wb") as f:
        f.write(jsonl)
    live = json.loads(run([sayso, "stats", "--keep-unattributed", "--format", "json"] + inputs))
    from_records = json.loads(run([sayso, "stats", "--from-records", "--format", "json", path]))
    check(live == from_records, "stats on documents and on their records differ")
    quotes = [q for r in records for q in r.get("quotes", [])]
    check(live["documents"] == len(records), "stats counts %d documents, not %d" % (live["documents"], len(records)))
    check(live["quotes"]["total"] == len(quotes), "stats counts %d quotes, not %d" % (live["quotes"]["total"], len(quotes)))
    for kind in ("direct", "mixed", "indirect"):
        check(live["quotes"][kind] == sum(q["kind"] == kind for q in quotes), "stats miscounts %s quotes" % kind)
    check(live["quotes"]["attributed"] == sum(q["speaker"] is not None for q in quotes), "attributed miscounted")
    check(sum(v for k, v in live["quotes_by_gender"].items() if not k.startswith("known")) == len(quotes),
          "quotes by gender do not add up to all quotes")
    check(sum(live["sieves"].values()) == live["quotes"]["attributed"], "sieve counts do not add up")
    names = {}
    for q in quotes:
        if q["speaker"]:
            names[q["speaker"]] = names.get(q["speaker"], 0) + 1
    top = live["top_speakers"][0]
    check(top["quotes"] == max(names.values()), "the top speaker is not the most quoted")
    table = run([sayso, "stats", "--from-records", path]).decode("utf-8")
    check("Top speakers" in table and top["name"] in table, "the table lacks the top speakers")
    rows = list(csv.DictReader(io.StringIO(run([sayso, "stats", "--from-records", "--format", "csv", path]).decode())))
    check(any(r["section"] == "speaker" and r["name"] == top["name"] for r in rows), "stats csv lacks the speakers")
    page_path = os.path.join(work, "stats.html")
    run([sayso, "stats", "--from-records", "-o", page_path, path])
    with open(page_path, encoding="utf-8") as f:
        page = f.read()
    check(page.count("<svg") == 2, "the stats page should have two bar charts")
    check("<script" not in page and "<img" not in page, "the stats page lets article text through")
    many = json.loads(run([sayso, "stats", "--format", "json", many_articles(work)]))
    check(many["documents"] == 150 and many["quotes"]["total"] >= 120 * 2, "stats on 150 articles: %r" % many["quotes"])
    example = json.loads(run([sayso, "stats", "--format", "json", examples_dir(data)]))
    check(example["documents"] == len(example_texts(data)) and example["quotes"]["total"] > 0,
          "stats on examples/ counts no quotes")
    bad = os.path.join(work, "not-a-record.jsonl")
    with open(bad, "w") as f:
        f.write('{"id": "d1", "text": "a document, not a record"}\n')
    run([sayso, "stats", "--from-records", bad], expect=(1,))


# --- browser ---------------------------------------------------------------------

def png_colours(path):
    """The number of distinct colours in an 8-bit RGB(A) PNG (sampled rows)."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return 0
    pos, idat, width, height, channels = 8, b"", 0, 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour_type = struct.unpack(">IIBB", body[:10])
            channels = {2: 3, 6: 4}.get(colour_type, 0) if depth == 8 else 0
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    if not channels:
        return 0
    raw = zlib.decompress(idat)
    stride = width * channels
    previous = bytearray(stride)
    colours = set()
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            upper_left = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - upper_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - upper_left)
                predictor = left if pa <= pb and pa <= pc else up if pb <= pc else upper_left
                line[i] = (line[i] + predictor) & 255
        if y % 7 == 0:
            for x in range(0, stride, channels):
                colours.add(bytes(line[x:x + 3]))
        previous = line
    return len(colours)


def chromium():
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return None


def check_browser(sayso, data, work, seed=None, screenshot_out=None):
    browser = chromium()
    if browser is None:
        print("SKIPPED: chromium is not installed (Debian package 'chromium'; tools/setup.sh installs it)")
        return SKIPPED
    inputs = [os.path.join(data, "island-ferry.txt"), os.path.join(data, "hostile.jsonl"),
              os.path.join(data, "notice-board.txt")]
    names = inputs
    cwd = None
    if seed:
        # The article's id is its file name, not where it sits on this machine.
        inputs, names, cwd = [seed], [os.path.basename(seed)], os.path.dirname(os.path.abspath(seed))
    records = records_of(run([sayso, "extract", "--keep-unattributed"] + names, cwd=cwd))
    page = os.path.abspath(os.path.join(work, "browser.html"))
    run([sayso, "extract", "--keep-unattributed", "--format", "html", "-o", page] + names, cwd=cwd)
    profile = os.path.join(work, "chromium-profile")
    flags = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
             "--user-data-dir=" + profile, "--window-size=1280,1500"]
    url = "file://" + os.path.abspath(page)
    dom = subprocess.run(flags + ["--dump-dom", url], capture_output=True, timeout=180).stdout.decode("utf-8")
    reader = check_page(dom.encode("utf-8"), records, texts_of(inputs))
    quotes = sum(len(r.get("quotes", [])) for r in records)
    marked = sum(len(s["quotes"]) for s in reader.sections)
    check(quotes > 0 and marked == quotes, "the browser's DOM has %d highlighted quotes for %d quotes" % (marked, quotes))
    check(dom.count('class="legend"') == sum("error" not in r for r in records), "a section lacks its speaker legend")
    shot = os.path.join(work, "browser.png")
    if os.path.exists(shot):
        os.remove(shot)
    subprocess.run(flags + ["--screenshot=" + shot, url], capture_output=True, timeout=180)
    check(os.path.exists(shot), "chromium wrote no screenshot")
    if os.path.exists(shot):
        colours = png_colours(shot)
        check(colours > 12, "the screenshot looks blank (%d colours)" % colours)
        if screenshot_out:
            shutil.copyfile(shot, screenshot_out)
            print("screenshot:", screenshot_out)
    return 0


def main():
    if len(sys.argv) < 5:
        print(__doc__)
        return 2
    sayso, data, work, what = sys.argv[1:5]
    sayso, data, work = os.path.abspath(sayso), os.path.abspath(data), os.path.abspath(work)
    work = os.path.join(work, what)
    os.makedirs(work, exist_ok=True)
    if what == "show":
        check_show(sayso, data, work)
    elif what == "html":
        check_html(sayso, data, work)
    elif what == "tables":
        check_tables(sayso, data, work)
    elif what == "stats":
        check_stats(sayso, data, work)
    elif what == "browser":
        if check_browser(sayso, data, work, *sys.argv[5:7]) == SKIPPED:
            return SKIPPED
    else:
        print(__doc__)
        return 2
    if failures:
        print("%d checks failed" % len(failures))
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
