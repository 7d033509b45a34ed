#!/usr/bin/python3
"""Extraction on a Dask LocalCluster, then `import extracted`, against `import articles`.

Generates a feed (bench_generate), adds the awkward lines a real feed has (an
article repeated under another source, broken JSON, an impossible date, a
blank line), and checks that scripts/distributed_extract.py on 2 workers,
then `stancekb import extracted` of its part files, gives a database whose
stats, said output, shown assertions and check report equal those of
`stancekb import articles` on the same feed; that the part files hold
exactly what one `stancekb extract --documents` of the feed prints; and that
importing them again adds nothing.

    distributed_extract_test.py --binary STANCEKB --generator BENCH_GENERATE --work-dir DIR
"""

import argparse
import json
import os
import re
import select
import shutil
import subprocess
import sys
import unittest

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts", "distributed_extract.py")
ARTICLES = 2000


def stancekb(*args, db=None, ok=(0,)):
    command = [ARGS.binary] + (["--db", db] if db else []) + list(args)
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode not in ok:
        raise AssertionError(f"{' '.join(command)} exited {result.returncode}: {result.stderr}")
    return result


def write_feed(path):
    subprocess.run([ARGS.generator, "articles", "--count", str(ARTICLES), "--feed", path], check=True,
                   capture_output=True)
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    repeated = json.loads(lines[10])
    repeated["source"] = "Another Wire"  # Same text: import articles skips it, statements and all.
    lines[500:500] = [json.dumps(repeated), "{not json", "",
                      json.dumps({"title": "x", "date": "2025-02-30", "text": "Putin said no."})]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return [502, 504]  # The broken JSON and the impossible date, numbered from 1.


class DistributedExtractTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        shutil.rmtree(ARGS.work_dir, ignore_errors=True)
        os.makedirs(ARGS.work_dir)
        cls.dir = ARGS.work_dir
        cls.feed = os.path.join(cls.dir, "feed.jsonl")
        cls.bad_lines = write_feed(cls.feed)
        cls.direct_db = os.path.join(cls.dir, "direct.db")
        cls.cluster_db = os.path.join(cls.dir, "cluster.db")
        cls.parts = os.path.join(cls.dir, "parts")
        cls.direct = stancekb("import", "articles", cls.feed, db=cls.direct_db, ok=(1,))
        cls.cluster_run = subprocess.run(["/usr/bin/python3", SCRIPT, "--binary", ARGS.binary, "--workers", "2", cls.feed,
                                  cls.parts], capture_output=True, text=True)
        if cls.cluster_run.returncode == 1:
            cls.imported = stancekb("import", "extracted", cls.parts, db=cls.cluster_db)

    def setUp(self):
        self.assertEqual(self.cluster_run.returncode, 1, self.cluster_run.stderr)  # 1: some articles were bad.

    def both(self, *args):
        """The command's stdout on both databases, with the database's name taken out."""
        return [stancekb(*args, db=db).stdout.replace(db, "DB") for db in (self.direct_db, self.cluster_db)]

    def test_the_feed_was_cut_into_several_parts(self):
        parts = sorted(os.listdir(self.parts))
        self.assertGreater(len(parts), 2)
        self.assertEqual(parts[0], "part-00000.jsonl")

    def test_bad_articles_are_named_by_feed_and_line(self):
        for line in self.bad_lines:
            self.assertRegex(self.cluster_run.stderr, f"skipped {re.escape(self.feed)}:{line}\\D")
            self.assertRegex(self.direct.stderr, f"stancekb: {re.escape(self.feed)}:{line}\\D")

    def test_parts_hold_what_one_extract_prints(self):
        whole = stancekb("extract", "--documents", self.feed, ok=(1,)).stdout
        parts = ""
        for name in sorted(os.listdir(self.parts)):
            with open(os.path.join(self.parts, name), encoding="utf-8") as f:
                parts += f.read()
        self.assertEqual(parts, whole)

    def test_the_import_reports_what_import_articles_reports(self):
        direct = self.direct.stdout.split("\n")[1].split()
        cluster = self.imported.stdout.split("\n")[1].split()
        # documents added already_stored failed statements_added unresolved
        # [other_extractor]: the bad lines never reach the parts, so they are
        # read and failed only directly.
        self.assertEqual(int(direct[0]) - int(direct[3]), int(cluster[0]))
        self.assertEqual(direct[1:3] + direct[4:6], cluster[1:3] + cluster[4:6])
        self.assertEqual(cluster[6], "0")  # Same version, same lexicon.

    def test_stats_and_check_are_equal(self):
        stats, _ = self.both("stats")
        self.assertEqual(*self.both("stats"))
        self.assertIn(str(ARTICLES), stats)
        self.assertEqual(*self.both("check"))

    def test_said_is_equal_on_every_topic_and_actor(self):
        topics = stancekb("topics", "--format", "jsonl", db=self.direct_db).stdout.splitlines()
        self.assertGreater(len(topics), 3)
        for topic in topics:
            direct, cluster = self.both("said", "--topic", json.loads(topic)["id"], "--format", "csv")
            self.assertEqual(direct, cluster)
        for actor in ("Vladimir Putin", "Volodymyr Zelenskyy", "Donald Trump"):
            self.assertEqual(*self.both("said", "--actor", actor, "--format", "csv"))

    def test_shown_assertions_are_equal(self):
        said = stancekb("said", "--topic", "ceasefire", "--format", "jsonl", db=self.direct_db).stdout.splitlines()
        ids = [json.loads(line)["id"] for line in said]
        self.assertGreater(len(ids), 100)
        for assertion in ids[:: len(ids) // 20]:
            self.assertEqual(*self.both("show", str(assertion)))

    def test_extract_answers_each_article_before_the_next_arrives(self):
        with open(self.feed, encoding="utf-8") as f:
            first, second = f.readline(), f.readline()
        process = subprocess.Popen([ARGS.binary, "extract", "--documents", "-"], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, text=True)
        try:
            for line in (first, second):
                process.stdin.write(line)
                process.stdin.flush()
                ready, _, _ = select.select([process.stdout], [], [], 60)
                self.assertTrue(ready, "no output for an article while the input stays open")
                self.assertEqual(json.loads(process.stdout.readline())["text"], json.loads(line)["text"])
        finally:
            process.stdin.close()
            process.wait()
        self.assertEqual(process.returncode, 0)

    def test_importing_again_adds_nothing(self):
        before = self.both("stats")[1]
        again = stancekb("import", "extracted", self.parts, db=self.cluster_db).stdout.split("\n")[1].split()
        self.assertEqual(again[1], "0")
        self.assertEqual(again[4], "0")
        self.assertEqual(self.both("stats")[1], before)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--generator", required=True)
    parser.add_argument("--work-dir", required=True)
    ARGS, rest = parser.parse_known_args()
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)
