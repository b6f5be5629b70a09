"""Checks of the parsing the driver relies on: python3 -m unittest harness.test_harness (from side-by-side/)."""
import unittest

from . import db, wrk

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


if __name__ == "__main__":
    unittest.main()
