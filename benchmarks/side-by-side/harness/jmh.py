"""The in-process suites: ORM vs raw JDBC (JMH + the interleaved FetchRatio), the router (JMH), bulk writes
(BulkBench) and, where the jar has it, the request path (JMH). Built untimed, run one after another, summed up as rows of the report's second table."""
import json
import math
import os
import re
import statistics
import subprocess
import zipfile
from dataclasses import dataclass

from .jango import JAVA

BENCH_JAR = "benchmarks/target/benchmarks.jar"
# Short JMH settings for --quick: one 1 s warm-up and two 1 s measurements per benchmark.
QUICK_JMH = ["-wi", "1", "-w", "1", "-i", "2", "-r", "1"]
SETTINGS = {
    # FetchRatio rounds, BulkBench rows/batch/rounds
    "quick": dict(ratio_rounds=3, bulk=["20000", "10000", "1"]),
    "full": dict(ratio_rounds=20, bulk=["100000", "10000", "5"]),
}


@dataclass(frozen=True)
class Row:
    suite: str
    measure: str
    result: str
    goal: str
    verdict: str  # "met", "NOT met" or "" (no goal)


def _verdict(ok):
    return "met" if ok else "NOT met"


def build(repo, target, log=print):
    """The benchmarks jar and the router benchmark's test class path (jango-web's test classes; untimed)."""
    env = dict(os.environ, JAVA_HOME=os.path.dirname(os.path.dirname(JAVA)))
    log("  building the JMH suites (untimed): benchmarks.jar and jango-web's test classes")
    subprocess.run(["./mvnw", "-q", "-B", "-DskipTests", "-pl", "benchmarks", "-am", "package"], cwd=repo, env=env,
                   check=True, timeout=1800, stdout=subprocess.DEVNULL)
    cp_file = os.path.join(target, "router-test-cp.txt")
    # jango-web is the last module of this reactor slice, so its class path is the one left in the file.
    subprocess.run(["./mvnw", "-q", "-B", "-pl", "jango-web", "-am", "test-compile", "dependency:build-classpath",
                    f"-Dmdep.outputFile={cp_file}", "-Dmdep.includeScope=test"], cwd=repo, env=env, check=True,
                   timeout=1800, stdout=subprocess.DEVNULL)
    web = os.path.join(repo, "jango-web/target")
    return f"{web}/test-classes:{web}/classes:" + open(cp_file).read().strip()


def _run(cmd, env, cwd, timeout, log_path):
    out = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    with open(log_path, "a") as f:
        f.write("$ " + " ".join(cmd) + "\n" + out.stdout + out.stderr + "\n")
    if out.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:6])}… exited with {out.returncode}; see {log_path}")
    return out.stdout


def jmh_scores(path):
    """{short benchmark name: (score, error, unit)} from JMH's JSON result file."""
    scores = {}
    for entry in json.load(open(path)):
        m = entry["primaryMetric"]
        # JMH writes "NaN" (a string) as the error of fewer than two measurements.
        error = float(m.get("scoreError", "NaN"))
        scores[entry["benchmark"].rsplit(".", 1)[1]] = (float(m["score"]), None if math.isnan(error) else error,
                                                         m["scoreUnit"])
    return scores


def parse_fetch_ratio(text):
    """(median ms per path, median per-round ratios) from FetchRatio's three summary lines."""
    ms = re.search(r"median ms: rawJdbc ([\d.]+), mapRow ([\d.]+), querySet ([\d.]+)", text)
    ratio = re.search(r"median per-round ratio to raw JDBC: mapRow ([\d.]+), querySet ([\d.]+)", text)
    if not (ms and ratio):
        raise ValueError("FetchRatio printed no summary:\n" + text)
    return ([float(g) for g in ms.groups()], [float(g) for g in ratio.groups()])


_BULK = re.compile(r"^round \d+\s+bulkCreate\s+([\d,]+) rows/s \(([\d,]+) ms, ([\d.]+)× server floor.*?"
                   r"bulkUpdate\s+([\d,]+) rows/s \(([\d,]+) ms, ([\d.]+)× server floor", re.M)


def parse_bulk(text):
    """Medians over BulkBench's measured rounds (warm-up rounds skipped): create and update rows/s and their
    ratio to the server's own floor in the same round."""
    rounds = [[float(g.replace(",", "")) for g in m.groups()] for m in _BULK.finditer(text)]
    if not rounds:
        raise ValueError("BulkBench printed no measured round:\n" + text)
    med = [statistics.median(r[i] for r in rounds) for i in range(6)]
    return dict(create_rps=med[0], create_floor=med[2], update_rps=med[3], update_floor=med[5], rounds=len(rounds))


def _fmt_score(score, error, unit):
    err = f" ± {error:,.1f}" if error is not None else ""
    return f"{score:,.1f}{err} {unit}"


def run_all(repo, target, pg_url, quick, log=print):
    """Runs the four suites; returns (rows, notes). A suite that fails becomes a note, the others still run."""
    cfg = SETTINGS["quick" if quick else "full"]
    env = dict(os.environ, JANGO_BENCH_POSTGRES_URL=pg_url)
    log_path = os.path.join(target, "jmh.log")
    jar = os.path.join(repo, BENCH_JAR)
    rows, notes = [], []
    router_cp = None
    short = QUICK_JMH if quick else []

    def suite(name, fn):
        try:
            fn()
        except (RuntimeError, ValueError, OSError, KeyError, subprocess.SubprocessError) as e:
            notes.append(f"{name} failed: {e}")
            log("  FAILED: " + notes[-1])

    def orm():
        out = os.path.join(target, "jmh-orm.json")
        _run([JAVA, "-jar", jar, "OrmFetchBenchmark", *short, "-rf", "json", "-rff", out], env, repo, 1800,
             log_path)
        s = jmh_scores(out)
        for name in ("rawJdbc", "mapRow", "querySet"):
            rows.append(Row("ORM vs raw JDBC (JMH, 100,000 rows)", name, _fmt_score(*s[name]), "", ""))
        log(f"  OrmFetchBenchmark: " + ", ".join(f"{k} {_fmt_score(*v)}" for k, v in s.items()))

    def ratio():
        text = _run([JAVA, "--enable-native-access=ALL-UNNAMED", "-cp", jar, "dev.jango.bench.FetchRatio",
                     str(cfg["ratio_rounds"])], env, repo, 1800, log_path)
        ms, (map_ratio, qs_ratio) = parse_fetch_ratio(text)
        label = f"ORM vs raw JDBC (FetchRatio, median of {cfg['ratio_rounds']} interleaved rounds)"
        rows.append(Row(label, "QuerySet / raw JDBC", f"{qs_ratio:.2f}× ({ms[2]:,.0f} vs {ms[0]:,.0f} ms)",
                        "≤ 1.2×", _verdict(qs_ratio <= 1.2)))
        rows.append(Row(label, "generated mapRow / raw JDBC", f"{map_ratio:.2f}× ({ms[1]:,.0f} ms)", "≤ 1.2×",
                        _verdict(map_ratio <= 1.2)))
        log(f"  FetchRatio: querySet {qs_ratio:.2f}×, mapRow {map_ratio:.2f}× raw JDBC")

    def router():
        out = os.path.join(target, "jmh-router.json")
        _run([JAVA, "-cp", router_cp, "org.openjdk.jmh.Main", "RouterBenchmark", *short, "-rf", "json", "-rff", out],
             env, os.path.join(repo, "jango-web"), 1800, log_path)
        s = jmh_scores(out)
        for name, goal in (("lastOf5000", 1000.0), ("firstOf5000", None), ("missOf5000", None),
                           ("reverseLastOf5000", None)):
            score, error, unit = s[name]
            ok = "" if goal is None or unit != "ns/op" else _verdict(score <= goal)
            rows.append(Row("router (JMH, 5,000 routes)", name, _fmt_score(score, error, unit),
                            "≤ 1 µs" if goal else "", ok))
        log(f"  RouterBenchmark: " + ", ".join(f"{k} {_fmt_score(*v)}" for k, v in s.items()))

    def bulk():
        text = _run([JAVA, "--enable-native-access=ALL-UNNAMED", "-cp", jar, "dev.jango.bench.bulk.BulkBench",
                     *cfg["bulk"]], env, repo, 1800, log_path)
        b = parse_bulk(text)
        label = f"bulk writes (BulkBench {' '.join(cfg['bulk'])}, median of {b['rounds']} rounds)"
        rows.append(Row(label, "bulkCreate", f"{b['create_rps']:,.0f} rows/s ({b['create_floor']:.1f}× the "
                        "server's INSERT … SELECT)", "≥ 250,000 rows/s", _verdict(b["create_rps"] >= 250_000)))
        rows.append(Row(label, "bulkUpdate", f"{b['update_rps']:,.0f} rows/s ({b['update_floor']:.1f}× the "
                        "server's one-statement UPDATE)", "≥ 100,000 rows/s", _verdict(b["update_rps"] >= 100_000)))
        log(f"  BulkBench: create {b['create_rps']:,.0f} rows/s, update {b['update_rps']:,.0f} rows/s")

    try:
        router_cp = build(repo, target, log)
    except (RuntimeError, OSError, subprocess.SubprocessError) as e:
        notes.append(f"building the suites failed: {e}")
        log("  FAILED: " + notes[-1])
        return rows, notes
    def request_path():
        out = os.path.join(target, "jmh-request.json")
        _run([JAVA, "-jar", jar, "RequestPathBenchmark", *short, "-rf", "json", "-rff", out], env, repo, 1800,
             log_path)
        s = jmh_scores(out)
        for name, score in sorted(s.items()):
            rows.append(Row("request path, no socket (JMH)", name, _fmt_score(*score), "", ""))
        log(f"  RequestPathBenchmark: " + ", ".join(f"{k} {_fmt_score(*v)}" for k, v in s.items()))

    suites = [("OrmFetchBenchmark", orm), ("FetchRatio", ratio), ("RouterBenchmark", router), ("BulkBench", bulk)]
    # The in-process request path (ADR 0054) where the benchmarks jar has it.
    with zipfile.ZipFile(jar) as z:
        if "dev/jango/bench/web/RequestPathBenchmark.class" in z.namelist():
            suites.insert(3, ("RequestPathBenchmark", request_path))
    for name, fn in suites:
        log(f"== {name}")
        suite(name, fn)
    return rows, notes
