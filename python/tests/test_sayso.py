"""Tests of the Python binding (unittest; run with the system python3).

    SAYSO_LIBRARY=build/lib/libsayso_c.so python3 python/tests/test_sayso.py
"""

import os
import re
import sys
import tempfile
import threading
import time
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

import sayso  # noqa: E402


class PipelineTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.pipeline = sayso.Pipeline()

    def test_version(self):
        self.assertRegex(sayso.library_version(), r"^\d+\.\d+\.\d+$")
        info = sayso.version()
        self.assertEqual((info.package, info.library), (sayso.__version__, sayso.library_version()))
        self.assertEqual(info.library_path, sayso.library_path())
        self.assertIn(sayso.__version__, str(info))

    def test_extract_gives_the_cli_record(self):
        text = "The caf\u00e9 opened. It closed."
        record = self.pipeline.extract(text, id="doc-1")
        self.assertEqual(record["id"], "doc-1")
        self.assertEqual(record["sentences"], [
            {"start": 0, "end": 16, "byte_start": 0, "byte_end": 17},
            {"start": 17, "end": 27, "byte_start": 18, "byte_end": 28},
        ])
        # Code point offsets index the Python string directly.
        s = record["sentences"][1]
        self.assertEqual(text[s["start"]:s["end"]], "It closed.")
        b = text.encode("utf-8")
        self.assertEqual(b[s["byte_start"]:s["byte_end"]], b"It closed.")

    def test_id_is_optional_and_bytes_work(self):
        self.assertEqual(self.pipeline.extract("One. Two.")["id"], "")
        record = self.pipeline.extract(b"One. Two.", id=b"raw")
        self.assertEqual(record["id"], "raw")
        self.assertEqual(len(record["sentences"]), 2)
        self.assertEqual(self.pipeline.extract("")["sentences"], [])

    def test_nul_bytes_and_non_bmp_text(self):
        record = self.pipeline.extract("A\x00b. \U0001F600 Next one.")
        self.assertGreaterEqual(len(record["sentences"]), 1)
        last = record["sentences"][-1]
        self.assertEqual(last["end"], len("A\x00b. \U0001F600 Next one."))

    def test_invalid_utf8_raises(self):
        with self.assertRaises(sayso.SaysoError) as caught:
            self.pipeline.extract(b"Bad \xff byte.")
        e = caught.exception
        self.assertEqual(e.code, -2)
        self.assertEqual(e.code_name, "invalid_utf8")
        self.assertIn("byte 4", e.message)
        self.assertEqual(e.byte_offset, 4)
        self.assertEqual(e.file, "")
        self.assertEqual(e.line, 0)

    def test_repair_utf8(self):
        pipeline = sayso.Pipeline(repair_utf8=True)
        record = pipeline.extract(b"Bad \xff byte. Next one.")
        self.assertEqual(record["sentences"][0], {"start": 0, "end": 11, "byte_start": 0, "byte_end": 11})
        # A str with lone surrogates (from surrogateescape) is the same bytes.
        text = b"Bad \xff byte. Next one.".decode("utf-8", "surrogateescape")
        self.assertEqual(pipeline.extract(text)["sentences"], record["sentences"])

    def test_line_breaks(self):
        text = "First line here\nsecond line here"
        joined = sayso.Pipeline(line_breaks="join").extract(text)
        apart = sayso.Pipeline(line_breaks="paragraph").extract(text)
        # "join": the line break is a space inside one sentence; "paragraph":
        # each line is a paragraph, so a sentence of its own.
        self.assertEqual([(s["start"], s["end"]) for s in joined["sentences"]], [(0, 32)])
        self.assertEqual([(s["start"], s["end"]) for s in apart["sentences"]], [(0, 15), (16, 32)])
        with self.assertRaises(ValueError):
            sayso.Pipeline(line_breaks="sometimes")

    def test_quotes_and_entities(self):
        text = '"We will rebuild," Mayor Anna Lindqvist said on Monday.'
        record = self.pipeline.extract(text, id="q")
        self.assertEqual(list(record), ["id", "sentences", "entities", "quotes"])
        direct = [q for q in record["quotes"] if q["kind"] == "direct"]
        self.assertEqual(len(direct), 1, record["quotes"])
        quote = direct[0]
        self.assertEqual(quote["id"], "Q1")
        self.assertEqual(text[quote["start"]:quote["end"]], '"We will rebuild,"')
        self.assertEqual(quote["text"], '"We will rebuild,"')
        self.assertEqual(quote["speaker"], "Anna Lindqvist")
        self.assertEqual(quote["cue"]["text"], "said")
        self.assertEqual(text[quote["cue"]["start"]:quote["cue"]["end"]], "said")
        self.assertIsNone(quote["nested_in"])
        self.assertGreater(quote["confidence"], 0)
        self.assertTrue(quote["sieve"])
        # The speaker is an entity of the same record, with its mentions.
        entities = {e["id"]: e for e in record["entities"]}
        speaker = entities[quote["speaker_entity"]]
        self.assertEqual((speaker["type"], speaker["name"]), ("PERSON", "Anna Lindqvist"))
        self.assertEqual(speaker["gender"], "female")
        for mention in speaker["mentions"]:
            self.assertEqual(text[mention["start"]:mention["end"]], mention["text"])
        self.assertIn("DATE", [e["type"] for e in record["entities"]])

    def test_knowledge_base(self):
        kb = os.path.join(os.path.dirname(__file__), "..", "..", "examples", "kb-example.tsv")
        record = sayso.Pipeline(knowledge_base=kb).extract(
            '"We will not back down," said Marta Quinlan of the union.')
        linked = [e for e in record["entities"] if e["name"] == "Marta Quinlan"]
        self.assertEqual(len(linked), 1, record["entities"])
        self.assertIsNotNone(linked[0]["kb"])
        self.assertEqual(linked[0]["kb"], {"source": "user", "id": "hs-p1"})
        self.assertEqual(linked[0]["gender_evidence"], "kb:hs-p1")
        with self.assertRaises(sayso.SaysoError):
            sayso.Pipeline(knowledge_base="/nonexistent/kb.tsv")

    def test_kb_links_and_affiliation(self):
        text = ('U.S. Secretary of State John Kerry said in Geneva on Monday that talks would '
                'resume. "We will talk," Kerry said.')
        entities = self.pipeline.extract(text)["entities"]
        by_name = {e["name"]: e for e in entities}
        self.assertTrue({"United States", "John Kerry", "Geneva", "Monday"} <= set(by_name), entities)
        united_states, kerry = by_name["United States"], by_name["John Kerry"]
        geneva, monday = by_name["Geneva"], by_name["Monday"]
        # A country links to ISO 3166; a city to GeoNames, with coordinates.
        self.assertEqual(united_states["kb"], {"source": "iso3166", "id": "US", "country": "US"})
        kb = geneva["kb"]
        self.assertEqual((kb["source"], kb["id"], kb["country"]), ("geonames", "2660646", "CH"))
        self.assertGreater(kb["population"], 100000)
        self.assertAlmostEqual(kb["lat"], 46.2, delta=0.1)
        self.assertAlmostEqual(kb["lon"], 6.15, delta=0.1)
        # Affiliation: the id of the entity his role names; None elsewhere.
        self.assertEqual(kerry["affiliation"], united_states["id"])
        self.assertIsNone(kerry["kb"])  # no knowledge base of people given
        for entity in (united_states, geneva, monday):
            self.assertIsNone(entity["affiliation"])
        self.assertIsNone(monday["kb"])

    def test_quote_with_an_appositive_speaker(self):
        text = '"We will rebuild," the mayor, Anna Lindqvist, said on Monday.'
        # Kept even when unattributed, so that the quote itself is checked.
        record = sayso.Pipeline(keep_unattributed=True).extract(text)
        direct = [q for q in record["quotes"] if q["kind"] == "direct"]
        self.assertEqual(len(direct), 1, record["quotes"])
        self.assertEqual(direct[0]["text"], '"We will rebuild,"')
        self.assertIn(("PERSON", "Anna Lindqvist"), [(e["type"], e["name"]) for e in record["entities"]])
        self.assertEqual(direct[0]["speaker"], "Anna Lindqvist")

    def test_keep_unattributed(self):
        text = '"Nobody expected this."'
        self.assertEqual(self.pipeline.extract(text)["quotes"], [])
        quotes = sayso.Pipeline(keep_unattributed=True).extract(text)["quotes"]
        self.assertEqual(len(quotes), 1)
        self.assertEqual(quotes[0]["kind"], "direct")
        self.assertIsNone(quotes[0]["speaker"])
        self.assertIsNone(quotes[0]["speaker_entity"])
        self.assertEqual(text[quotes[0]["start"]:quotes[0]["end"]], text)

    def test_package_version_is_the_library_version(self):
        here = os.path.dirname(os.path.abspath(__file__))
        with open(os.path.join(here, "..", "pyproject.toml"), encoding="utf-8") as f:
            declared = re.search(r'^version = "([^"]+)"', f.read(), re.M).group(1)
        with open(os.path.join(here, "..", "..", "CMakeLists.txt"), encoding="utf-8") as f:
            cmake = re.search(r"project\(sayso\s+VERSION\s+([0-9.]+)", f.read()).group(1)
        self.assertEqual(declared, sayso.__version__)
        self.assertEqual(cmake, sayso.__version__)
        self.assertEqual(sayso.library_version(), sayso.__version__)

    def test_broken_rules_directory(self):
        with tempfile.TemporaryDirectory(dir=_tmp()) as rules:
            os.makedirs(os.path.join(rules, "en"))
            with open(os.path.join(rules, "en", "abbreviations.tsv"), "w") as f:
                f.write("abbreviation\tkind\nMr.\ttitle\nDr.\tdoctor\n")
            with self.assertRaises(sayso.SaysoError) as caught:
                sayso.Pipeline(rules=rules)
            e = caught.exception
            self.assertEqual(e.code_name, "rule_syntax")
            self.assertTrue(e.file.endswith("abbreviations.tsv"), e.file)
            self.assertEqual((e.line, e.column), (3, 5))
            self.assertIn("abbreviations.tsv:3:5:", e.message)
            self.assertIsNone(e.byte_offset)

            with open(os.path.join(rules, "en", "abbreviations.tsv"), "w") as f:
                f.write("abbreviation\tkind\nMr.\ttitle\n")
            with sayso.Pipeline(rules=rules) as pipeline:
                self.assertEqual(len(pipeline.extract("Mr. Smith left. He came back.")["sentences"]), 2)

    def test_missing_rules_directory(self):
        with self.assertRaises(sayso.SaysoError) as caught:
            sayso.Pipeline(rules="/nonexistent/sayso-rules")
        self.assertEqual(caught.exception.code_name, "io")

    def test_closed_pipeline(self):
        pipeline = sayso.Pipeline()
        pipeline.close()
        pipeline.close()
        with self.assertRaises(ValueError):
            pipeline.extract("x")

    def test_type_errors(self):
        with self.assertRaises(TypeError):
            self.pipeline.extract(42)


def _documents(n):
    parts = ["Mr. Smith said the U.S. economy grew 3.5 percent.",
             "\u201cWe will not stop,\u201d the caf\u00e9 owner told reporters.",
             "Prices rose in S\u00e3o Paulo.\n\nA new paragraph.",
             "The talks ended early! Why? Nobody knows."]
    docs = []
    for i in range(n):
        if i % 37 == 5:
            docs.append(("bad-%d" % i, b"broken \xff utf-8"))
        else:
            docs.append(("doc-%d" % i, " ".join(parts[(i + k) % len(parts)] for k in range(1 + i % 23))))
    return docs


class ExtractManyTest(unittest.TestCase):
    def test_threads_give_the_same_records_in_order(self):
        pipeline = sayso.Pipeline()
        docs = _documents(300)
        single = list(pipeline.extract_many(docs, threads=1))
        multi = list(pipeline.extract_many(iter(docs), threads=4))
        self.assertEqual(len(single), 300)
        self.assertEqual(multi, single)
        self.assertEqual([r["id"] for r in multi], [d[0] for d in docs])
        bad = [r for r in multi if "error" in r]
        self.assertEqual(len(bad), len([d for d in docs if d[0].startswith("bad")]))
        self.assertEqual(bad[0]["error_code"], "invalid_utf8")
        self.assertEqual(bad[0]["error_byte"], 7)

    def test_plain_texts_and_an_endless_stream(self):
        pipeline = sayso.Pipeline()
        records = list(pipeline.extract_many(["One. Two.", "Three."], threads=2))
        self.assertEqual([len(r["sentences"]) for r in records], [2, 1])
        # A plain text's id is its index in the input, not "".
        self.assertEqual([r["id"] for r in records], ["0", "1"])

        def endless():
            i = 0
            while True:
                yield "Document %d. It streams." % i
                i += 1
        stream = pipeline.extract_many(endless(), threads=3)
        first = [next(stream) for _ in range(50)]
        self.assertTrue(all(len(r["sentences"]) == 2 for r in first))
        stream.close()

    def test_pairs_dicts_and_plain_texts_mix(self):
        pipeline = sayso.Pipeline()
        inputs = ["Alpha one.", ("pair-id", "Beta two. Beta three."), {"id": "dict-id", "text": b"Gamma."},
                  {"text": "Delta four."}, (None, "Epsilon.")]
        records = list(pipeline.extract_many(inputs, threads=2))
        self.assertEqual([r["id"] for r in records], ["0", "pair-id", "dict-id", "3", "4"])
        self.assertEqual([len(r["sentences"]) for r in records], [1, 2, 1, 1, 1])
        with self.assertRaises(ValueError):
            list(pipeline.extract_many([{"id": "no-text"}], threads=1))
        with self.assertRaises(TypeError):
            list(pipeline.extract_many([42], threads=1))

    def test_parallel_threads_share_one_pipeline(self):
        pipeline = sayso.Pipeline()
        docs = _documents(80)
        expected = [pipeline.extract_json(text, doc_id) if not doc_id.startswith("bad") else None
                    for doc_id, text in docs]
        failures = []

        def work():
            for (doc_id, text), want in zip(docs, expected):
                if want is None:
                    continue
                if pipeline.extract_json(text, doc_id) != want:
                    failures.append(doc_id)

        threads = [threading.Thread(target=work) for _ in range(4)]
        start = time.time()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(failures, [])
        self.assertLess(time.time() - start, 120)


class FramesTest(unittest.TestCase):
    def test_tables_have_the_csv_columns(self):
        try:
            import pandas  # noqa: F401
        except ImportError:
            self.skipTest("pandas is not installed (python3-pandas)")
        pipeline = sayso.Pipeline()
        text = '"The dam will hold," Engineer Tomas Varga said in Oslo. "It was built well," he added.'
        records = [pipeline.extract(text, "d1"), pipeline.extract_or_error(b"broken \xff", "d2")]
        frames = sayso.to_frames(records)
        self.assertEqual(sorted(frames), ["documents", "entities", "mentions", "quotes", "sentences"])
        # The CSV's columns, in the CSV's order, for the tables the CLI writes.
        cli = os.environ.get("SAYSO_CLI")
        if cli:
            import subprocess
            for table in ("quotes", "entities", "sentences"):
                header = subprocess.run([cli, "extract", "--format", "csv", "--what", table, "-q", "-"],
                                        input=b"", stdout=subprocess.PIPE, check=True).stdout.decode()
                self.assertEqual(list(frames[table].columns), header.strip().split(","), table)
        quotes = frames["quotes"]
        good = quotes[quotes["doc_id"] == "d1"]
        self.assertEqual(list(good["speaker"]), [q["speaker"] for q in records[0]["quotes"]])
        self.assertTrue((good["speaker"] == "Tomas Varga").all(), good)
        self.assertEqual(list(good["speaker_type"]), ["PERSON"] * len(good))
        bad = quotes[quotes["doc_id"] == "d2"]
        self.assertEqual(len(bad), 1)
        self.assertIn("invalid UTF-8", bad["error"].iloc[0])
        documents = frames["documents"].set_index("doc_id")
        self.assertEqual(documents.loc["d1", "quotes"], len(records[0]["quotes"]))
        self.assertEqual(documents.loc["d2", "error_code"], "invalid_utf8")
        entities = frames["entities"]
        varga = entities[entities["name"] == "Tomas Varga"].iloc[0]
        entity = [e for e in records[0]["entities"] if e["name"] == "Tomas Varga"][0]
        self.assertEqual(varga["mention_count"], len(entity["mentions"]))
        self.assertEqual(varga["mentions"], " | ".join(m["text"] for m in entity["mentions"]))
        self.assertEqual(varga["roles"], "; ".join(entity["roles"]))
        mentions = frames["mentions"]
        self.assertEqual(len(mentions[mentions["doc_id"] == "d1"]),
                         sum(len(e["mentions"]) for e in records[0]["entities"]))


def _tmp():
    path = os.environ.get("SAYSO_TEST_TMP") or tempfile.gettempdir()
    os.makedirs(path, exist_ok=True)
    return path


if __name__ == "__main__":
    unittest.main()
