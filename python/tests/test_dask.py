"""Tests of sayso.dask on a LocalCluster of 2 worker processes on 127.0.0.1
(one cluster for the module: starting one costs seconds).

    SAYSO_LIBRARY=build/lib/libsayso_c.so SAYSO_CLI=build/bin/sayso /usr/bin/python3 python/tests/test_dask.py

The reference is the CLI: what `sayso extract` writes for the same inputs.
Exits 77 (ctest: skipped) when dask or distributed is not installed.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))

try:
    import dask.bag
    import distributed
except ImportError as e:  # pragma: no cover
    print("skipped: %s (Debian: python3-dask python3-distributed)" % e)
    sys.exit(77)

import sayso  # noqa: E402
import sayso.dask  # noqa: E402

CLI = os.environ.get("SAYSO_CLI")

# Invented news sentences; no two documents alike.
_SPEAKERS = ["Mara Ellison", "Joren Vask", "Tilde Okafor", "Ravi Dunmore", "Ines Halvorsen"]
_PLACES = ["Norfield", "Castor Bay", "Lindmere", "Ashgrove"]


def _story(i):
    who, where = _SPEAKERS[i % len(_SPEAKERS)], _PLACES[i % len(_PLACES)]
    return ('"The river has risen %d centimetres since dawn," %s said in %s on Tuesday.\n\n'
            'Officials of the %s council said the old bridge would stay closed. '
            '%s added that the pumps were working.' % (i + 3, who, where, where, who.split()[-1]))


def _write_corpus(directory):
    """Text files, a JSONL file with every kind of bad line, a file that is
    not UTF-8, and the inputs list (with one that does not exist)."""
    os.makedirs(os.path.join(directory, "texts"))
    for i in range(6):
        with open(os.path.join(directory, "texts", "story-%02d.txt" % i), "w", encoding="utf-8") as f:
            f.write(_story(i))
    with open(os.path.join(directory, "broken.txt"), "wb") as f:
        f.write(b"The harbour \xff master said nothing.")
    with open(os.path.join(directory, "feed.jsonl"), "w", encoding="utf-8", newline="") as f:
        for i in range(60):
            if i == 5:
                f.write("this line is not JSON\n")
            elif i == 9:
                f.write("   \n")
            elif i == 12:
                f.write(json.dumps({"id": i, "body": "no text field"}) + "\n")
            elif i == 17:
                f.write(json.dumps({"text": "A story without an id, Tilde Okafor said."}) + "\r\n")
            elif i == 23:
                f.write("[1, 2]\n")
            else:
                f.write(json.dumps({"id": "feed-%d" % i, "text": _story(100 + i)}, ensure_ascii=i % 2 == 0) + "\n")
    return [os.path.join(directory, "texts"), os.path.join(directory, "broken.txt"),
            os.path.join(directory, "feed.jsonl"), os.path.join(directory, "absent.txt")]


def _cli(inputs, *options):
    result = subprocess.run([CLI, "extract", "-q"] + list(options) + inputs, stdout=subprocess.PIPE)
    assert result.returncode in (0, 1), result.returncode
    return result.stdout


def _read(path):
    with open(path, "rb") as f:
        return f.read()


def _tmp():
    path = os.environ.get("SAYSO_TEST_TMP") or tempfile.gettempdir()
    os.makedirs(path, exist_ok=True)
    return path


_killed_once = None  # the marker file of _die_once (set before the bag is built)


def _die_once(item):
    """Kills the worker process the first time it sees feed-30 (a marker
    file says it happened), as a crash in the middle of a partition would."""
    if isinstance(item, dict) and item.get("id") == "feed-30" and not os.path.exists(_killed_once):
        with open(_killed_once, "w") as f:
            f.write(str(os.getpid()))
        os._exit(3)
    return item


class _Crash(distributed.WorkerPlugin):
    """Makes a worker process die once when it extracts document `doc_id`:
    the first worker to meet it removes the file `armed` and exits.
    Registered on the cluster, so that restarted workers get it too."""

    def __init__(self, doc_id, armed):
        self.doc_id, self.armed = doc_id, armed

    def setup(self, worker):
        import sayso._binding
        original = sayso._binding.Pipeline.extract_json
        plugin = self

        def extract_json(pipeline, text, id=None):
            if id == plugin.doc_id and os.path.exists(plugin.armed):
                os.remove(plugin.armed)
                os._exit(5)
            return original(pipeline, text, id)
        sayso._binding.Pipeline.extract_json = extract_json



@unittest.skipUnless(CLI, "SAYSO_CLI (the sayso binary) is not set")
class DaskTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.work = tempfile.mkdtemp(dir=_tmp())
        cls.inputs = _write_corpus(os.path.join(cls.work, "corpus"))
        # Dask gives a task up after 1 re-run on a dying worker (default 3): quicker tests.
        dask.config.set({"distributed.scheduler.allowed-failures": 1})
        cls.cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                               host="127.0.0.1", dashboard_address=None)
        cls.client = distributed.Client(cls.cluster)
        cls.expected = _cli(cls.inputs)

    def setUp(self):
        # A worker killed by an earlier test is restarted by its nanny: wait for it.
        self.client.wait_for_workers(2, timeout=120)

    @classmethod
    def tearDownClass(cls):
        cls.client.close()
        cls.cluster.close()
        shutil.rmtree(cls.work, ignore_errors=True)

    def _command(self, output, *options):
        result = subprocess.run(
            [sys.executable, "-m", "sayso.dask"] + self.inputs + ["--output", output] + list(options),
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=dict(os.environ, PYTHONPATH=os.path.join(HERE, "..")),
            timeout=240)  # a hang fails here rather than at ctest's timeout
        parts = sorted(os.listdir(output))
        return result, parts, b"".join(_read(os.path.join(output, p)) for p in parts)

    def test_the_cluster_listens_on_localhost(self):
        self.assertTrue(self.cluster.scheduler_address.startswith("tcp://127.0.0.1:"), self.cluster.scheduler_address)
        workers = self.client.scheduler_info()["workers"]
        self.assertEqual(len(workers), 2)
        self.assertTrue(all(address.startswith("tcp://127.0.0.1:") for address in workers), workers)

    def test_command_parts_concatenate_to_the_cli_output(self):
        output = os.path.join(self.work, "jsonl-parts")
        result, parts, data = self._command(output, "--scheduler", self.cluster.scheduler_address,
                                            "--blocksize", "2000")
        self.assertEqual(result.returncode, 1, result.stderr)  # some documents are error records
        self.assertGreater(len(parts), 3, parts)
        self.assertTrue(all(p.startswith("part-") and p.endswith(".jsonl") for p in parts), parts)
        self.assertEqual(data, self.expected)
        lines = self.expected.decode("utf-8").splitlines()
        errors = [json.loads(line) for line in lines if '"error"' in line]
        summary = result.stdout.decode()
        self.assertIn("%d documents, %d errors" % (len(lines), len(errors)), summary)
        self.assertIn("MB/s", summary)

    def test_command_csv_tables(self):
        for table in ("quotes", "entities"):
            output = os.path.join(self.work, "csv-" + table)
            result, parts, data = self._command(output, "--scheduler", self.cluster.scheduler_address,
                                                "--blocksize", "3000", "--format", "csv", "--what", table)
            self.assertEqual(result.returncode, 1, result.stderr)
            self.assertEqual(data, _cli(self.inputs, "--format", "csv", "--what", table), table)
            self.assertEqual(sum(1 for p in parts if _read(os.path.join(output, p)).startswith(b"doc_id,")), 1)

    def test_command_starts_its_own_local_cluster(self):
        output = os.path.join(self.work, "own-cluster")
        result, parts, data = self._command(output, "--workers", "2", "--keep-unattributed")
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertEqual(data, _cli(self.inputs, "--keep-unattributed"))

    def _with_crash(self, doc_id, run):
        armed = os.path.join(self.work, "armed-" + doc_id)
        with open(armed, "w"):
            pass
        name = "crash-" + doc_id
        self.client.register_worker_plugin(_Crash(doc_id, armed), name=name)
        try:
            return run(), os.path.exists(armed)
        finally:
            # Disarmed, not unregistered: unregistering can wait for ever on a
            # worker that is restarting.
            if os.path.exists(armed):
                os.remove(armed)

    def test_command_survives_a_worker_that_dies(self):
        output = os.path.join(self.work, "worker-dies")
        (result, parts, data), still_armed = self._with_crash("feed-30", lambda: self._command(
            output, "--scheduler", self.cluster.scheduler_address, "--blocksize", "2000"))
        self.assertFalse(still_armed, "the worker did not die")
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertEqual(data, self.expected)

    def test_extract_gives_the_cli_records_with_one_pipeline_per_process(self):
        bag = sayso.dask.read(self.inputs, blocksize=1500)
        self.assertGreater(bag.npartitions, 6)
        before = self.client.run(sayso.dask.pipelines_built)
        # Options no other test uses: each process builds one pipeline for them.
        records = sayso.dask.extract(bag, line_breaks="paragraph", repair_utf8=False).compute()
        self.assertEqual(records, [json.loads(line) for line in _cli(self.inputs, "--line-breaks", "paragraph")
                                   .decode("utf-8").splitlines()])
        after = self.client.run(sayso.dask.pipelines_built)
        self.assertEqual(set(after), set(before))  # no worker was replaced meanwhile
        # One new pipeline in each process that ran tasks, not one per partition.
        new = [after[w] - before[w] for w in after]
        self.assertTrue(all(n <= 1 for n in new) and sum(new) >= 1, (before, after))

    def test_a_worker_that_dies_is_retried_and_every_record_comes(self):
        global _killed_once
        _killed_once = os.path.join(self.work, "killed-once")
        bag = sayso.dask.read(self.inputs, blocksize=1500).map(_die_once)
        # A hang fails here, not at ctest's timeout.
        records = self.client.compute(sayso.dask.extract(bag)).result(timeout=240)
        self.assertTrue(os.path.exists(_killed_once), "the failure was not injected")
        self.assertEqual(records, [json.loads(line) for line in self.expected.decode("utf-8").splitlines()])
        ids = [r["id"] for r in records]
        self.assertEqual(len(ids), len(set(ids)))

    def test_plain_texts_pairs_and_frames(self):
        texts = [_story(i) for i in range(7)]
        bag = dask.bag.from_sequence(texts + [("pair-1", _story(50)), {"id": "dict-1", "text": _story(51)}],
                                     npartitions=3)
        records = sayso.dask.extract(bag, keep_unattributed=True).compute()
        pipeline = sayso.Pipeline(keep_unattributed=True)
        local = [pipeline.extract(t) for t in texts + [_story(50), _story(51)]]
        self.assertEqual([r["quotes"] for r in records], [r["quotes"] for r in local])
        ids = [r["id"] for r in records]
        self.assertEqual(ids[-2:], ["pair-1", "dict-1"])
        self.assertEqual(len(set(ids)), len(ids))
        self.assertTrue(all(i.count("-") == 1 for i in ids[:7]), ids)  # PARTITION-INDEX

        quotes = sayso.dask.quotes_frame(sayso.dask.extract(bag))
        by_speaker = quotes.groupby("speaker").size().compute().to_dict()
        want = {}
        for record in local:
            for q in record["quotes"]:
                if q["speaker"]:
                    want[q["speaker"]] = want.get(q["speaker"], 0) + 1
        self.assertEqual(by_speaker, want)
        self.assertEqual(list(quotes.columns), sayso.frames.COLUMNS["quotes"])
        entities = sayso.dask.entities_frame(sayso.dask.extract(bag)).compute()
        self.assertEqual(len(entities), sum(len(r["entities"]) for r in local))

    def test_read_takes_urls_and_globs(self):
        texts = os.path.join(self.inputs[0], "story-0*.txt")
        by_url = sayso.dask.extract(sayso.dask.read("file://" + texts)).compute()
        by_path = sayso.dask.extract(sayso.dask.read(texts)).compute()
        self.assertEqual(len(by_url), 6)
        self.assertEqual([r["id"] for r in by_url], ["file://" + r["id"] for r in by_path])
        self.assertEqual([r["quotes"] for r in by_url], [r["quotes"] for r in by_path])
        self.assertEqual([r["id"] for r in by_path], sorted(r["id"] for r in by_path))

    def test_unknown_options_fail_at_once(self):
        with self.assertRaises(TypeError):
            sayso.dask.extract(dask.bag.from_sequence(["x"]), colour="red")


if __name__ == "__main__":
    unittest.main()
