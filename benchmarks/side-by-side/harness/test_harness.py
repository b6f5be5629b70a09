"""Checks of the parsing and reporting the driver relies on, without servers or a database:
python3 -m unittest harness.test_harness (from side-by-side/; pytest runs them too)."""
import datetime
import json
import os
import tempfile
import unittest

from . import db, jmh, report, wrk

WRK_OUTPUT = """Running 8s test @ http://127.0.0.1:8181/slow/
  2 threads and 200 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     3.90s   812.31ms   5.40s    70.00%
    Req/Sec    25.10     18.22    90.00     71.43%
  Latency Distribution
     50%    3.96s 
     75%    4.50s 
     90%    4.97s 
     99%    5.39s 
  294 requests in 8.01s, 51.97KB read
  Socket errors: connect 0, read 3, write 0, timeout 2
  Non-2xx or 3xx responses: 1
Requests/sec:     36.70
Transfer/sec:      6.49KB
"""


class WarmTest(unittest.TestCase):
    def warm_with(self, rates, max_rounds=10):
        """warm() against a fake wrk that answers `rates` in turn (10 ms median latency)."""
        answers = iter(rates)
        real = wrk.run
        wrk.run = lambda *a, **k: wrk.WrkResult(next(answers), 10.0, 20.0, 1000, 0)
        try:
            return [rps for _, rps in wrk.warm("http://127.0.0.1:1/", 32, 5, max_rounds, log=lambda _: None)]
        finally:
            wrk.run = real

    def test_one_slower_round_does_not_end_the_warm_up(self):
        self.assertEqual(self.warm_with([1046, 1334, 2201, 1806, 2600, 2650, 2640, 9999]),
                         [1046, 1334, 2201, 1806, 2600, 2650, 2640])

    def test_stops_after_two_rounds_without_a_new_best(self):
        self.assertEqual(self.warm_with([5000, 5050, 4900, 9999]), [5000, 5050, 4900])

    def test_stops_at_the_cap_while_still_rising(self):
        self.assertEqual(self.warm_with([100, 200, 300, 400], max_rounds=3), [100, 200, 300])


class WrkParseTest(unittest.TestCase):
    def test_reads_rate_percentiles_and_errors(self):
        r = wrk.parse(WRK_OUTPUT)
        self.assertEqual((r.rps, r.p50_ms, r.p99_ms, r.requests, r.errors), (36.70, 3960.0, 5390.0, 294, 6))

    def test_converts_every_unit_to_milliseconds(self):
        self.assertEqual([wrk._millis(t) for t in ["250.00us", "1.50ms", "2.00s", "1.00m"]],
                         [0.25, 1.5, 2000.0, 60000.0])

    def test_incomplete_report_is_an_error(self):
        with self.assertRaisesRegex(ValueError, "no complete report"):
            wrk.parse("unable to connect to 127.0.0.1:8181 Connection refused")

    def test_refuses_non_loopback_targets(self):
        with self.assertRaisesRegex(ValueError, "loopback"):
            wrk.run("http://10.0.0.1:80/", 1, 1)


class StatementPatternTest(unittest.TestCase):
    def kind(self, line):
        m = db._STATEMENT.search(line)
        return m.group(1).lower() if m else None

    def test_recognises_simple_and_extended_protocol(self):
        prefix = "2026-11-22 02:30:00.123 UTC [123] postgres@bookstore_bench LOG:  "
        self.assertEqual(self.kind(prefix + 'statement: SELECT "book"."id" FROM "book"'), "select")
        self.assertEqual(self.kind(prefix + "execute S_1: select b1_0.id from book b1_0"), "select")
        self.assertEqual(self.kind(prefix + "execute fetch from S_2/C_3: select b1_0.id from book"), "select")
        self.assertEqual(self.kind(prefix + 'statement: FETCH FORWARD 2000 FROM "_django_curs_1"'), "fetch")
        self.assertEqual(self.kind(prefix + "execute <unnamed>: BEGIN"), "begin")
        self.assertNotIn("begin", db._DATA)


BULK_OUTPUT = """warm-up 1  bulkCreate    90,000 rows/s (1,111 ms, 3.0× server floor 370 ms; arrays 900 ms, 2.4×)   bulkUpdate    50,000 rows/s (2,000 ms, 4.0× server floor 500 ms)
round 1    bulkCreate   215,710 rows/s (463 ms, 1.8× server floor 263 ms; arrays 501 ms, 1.9×)   bulkUpdate    73,452 rows/s (1,361 ms, 4.2× server floor 321 ms)
round 2    bulkCreate   197,391 rows/s (506 ms, 1.6× server floor 310 ms; arrays 829 ms, 2.7×)   bulkUpdate   109,438 rows/s (913 ms, 2.4× server floor 385 ms)
round 3    bulkCreate   241,307 rows/s (414 ms, 1.4× server floor 297 ms; arrays 510 ms, 1.7×)   bulkUpdate   144,138 rows/s (693 ms, 1.6× server floor 430 ms)
"""


class SuiteOutputTest(unittest.TestCase):
    def test_bulk_medians_skip_warm_up_rounds(self):
        b = jmh.parse_bulk(BULK_OUTPUT)
        self.assertEqual((b["rounds"], b["create_rps"], b["create_floor"], b["update_rps"], b["update_floor"]),
                         (3, 215_710, 1.6, 109_438, 2.4))

    def test_bulk_without_measured_rounds_is_an_error(self):
        with self.assertRaisesRegex(ValueError, "no measured round"):
            jmh.parse_bulk(BULK_OUTPUT.splitlines()[0])

    def test_fetch_ratio_summary(self):
        text = ("rows=100000 rounds=20\nmedian ms: rawJdbc 756.0, mapRow 727.5, querySet 677.1\n"
                "median per-round ratio to raw JDBC: mapRow 0.850, querySet 0.890\n")
        self.assertEqual(jmh.parse_fetch_ratio(text), ([756.0, 727.5, 677.1], [0.85, 0.89]))

    def test_jmh_json_scores_by_short_name(self):
        entries = [{"benchmark": "dev.jango.web.bench.RouterBenchmark.lastOf5000",
                    "primaryMetric": {"score": 569.2, "scoreError": 163.0, "scoreUnit": "ns/op"}},
                   {"benchmark": "dev.jango.bench.OrmFetchBenchmark.querySet",
                    "primaryMetric": {"score": 275.0, "scoreError": "NaN", "scoreUnit": "ms/op"}}]
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            json.dump(entries, f)
        try:
            self.assertEqual(jmh.jmh_scores(f.name), {"lastOf5000": (569.2, 163.0, "ns/op"),
                                                      "querySet": (275.0, None, "ms/op")})
        finally:
            os.unlink(f.name)


class SchemaDiffTest(unittest.TestCase):
    def test_reports_lines_on_either_side_only(self):
        loaded = ["column book.id bigint", "index book.book_tag_x CREATE INDEX ..."]
        migrated = ["column book.id bigint", "index book.book_tag_book_id_idx CREATE INDEX ..."]
        self.assertEqual(db.schema_differences(loaded, migrated),
                         ["- index book.book_tag_x CREATE INDEX ...", "+ index book.book_tag_book_id_idx CREATE INDEX ..."])
        self.assertEqual(db.schema_differences(migrated, list(reversed(migrated))), [])


class ReportTest(unittest.TestCase):
    def run_info(self, quick=True):
        host = {"nproc": 2, "cpu": "test", "mem_gib": 1.0, "load": "1 1 1", "load_end": "2 2 2"}
        return dict(quick=quick, cfg=dict(books=1_000_000, warm_s=5, warm_rounds=6, run_s=20, csv_runs=3),
                    database="db", started=datetime.datetime(2026, 1, 2, 3, 4), host=host, notes=[],
                    command="run.sh", versions={}, endpoints=[], jango_jvm=["-Xmx44m"])

    def test_goal_verdicts_and_missing_values(self):
        full = {"jango": 0.9, "django": None, "spring": 9.0}
        self.assertEqual(report._goal("start-up to first response", full, True), "≤ 1 s: **met**")
        self.assertEqual(report._goal("RSS after the runs", {"jango": 153, "django": 1, "spring": 1}, True),
                         "≤ 150 MB: **NOT met**")
        self.assertEqual(report._goal("RSS after the runs", {"jango": 150.3, "django": 1, "spring": 1}, True),
                         "≤ 150 MB: **NOT met**")
        self.assertEqual(report._fmt(150.3, "MB"), "150.3")
        self.assertEqual(report._goal("50-book HTML page: throughput", full, True), "≥ 20× Django and ≥ 2× Spring")
        self.assertIn("not this data size", report._goal("CSV export of 10,000 rows", full, False))

    def test_every_row_has_a_value_when_all_results_are_there(self):
        r = wrk.WrkResult(100.0, 1.0, 2.0, 1000, 0)
        one = {"startup_s": 1.0, "plain": r, "page": r, "json": r, "slow": r, "csv_s": 1.0, "rss_peak_mb": 10,
               "rss_end_mb": 9, "queries": {"page": 2, "json": 2, "detail": 2, "plain": 0, "csv": 7}}
        text = report.render(self.run_info(), {"jango": one, "django": one, "spring": one})
        rows = [line for line in text.splitlines() if line.startswith("| ") and "metric" not in line]
        self.assertEqual(len(rows), 21)
        for row in rows:
            self.assertNotIn("| — | — | — |", row)

    def test_merge_keeps_the_section_not_measured_and_the_notes(self):
        first = report.merge("", {"side-by-side": "## Side\nA\n", "jmh": "## JMH\nB\n"})
        with_notes = first.replace(report.KEEP_MARK + "\n", report.KEEP_MARK + "\nhand-written\n")
        second = report.merge(with_notes, {"jmh": "## JMH\nC\n"})
        self.assertIn("## Side\nA", second)
        self.assertIn("## JMH\nC", second)
        self.assertNotIn("## JMH\nB", second)
        self.assertTrue(second.endswith(report.KEEP_MARK + "\nhand-written\n"))
        self.assertIn("Not measured yet", report.merge("", {"jmh": "x"}))


if __name__ == "__main__":
    unittest.main()
