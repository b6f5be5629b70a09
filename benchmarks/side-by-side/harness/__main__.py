"""Orchestrates one run: data set, each framework in turn, then the JMH suites; two Markdown tables at the end."""
import argparse
import datetime
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request

from . import db, jango, jmh, peers, procs, report, wrk

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPO = os.path.dirname(os.path.dirname(HERE))

# (key, path, wrk connections): the endpoints timed with wrk, in this order.
ENDPOINTS = [
    ("plain", "/plain/", 32),
    ("page", "/books/", 32),
    ("json", "/api/books/", 32),
    ("slow", "/slow/", 200),
]
# Query counts also cover the detail page, which wrk does not time.
COUNTED = [("plain", "/plain/"), ("page", "/books/"), ("json", "/api/books/"), ("detail", "/books/1/"),
           ("slow", "/slow/"), ("csv", "/export/books.csv")]

SETTLE_S = 5  # idle seconds between the last request and the "RSS after the runs" reading

MODES = {
    # books, warm-up round seconds, max warm-up rounds, timed seconds, timed CSV exports, deadline minutes
    # (the deadline covers the side-by-side part; every JMH suite has its own time limit)
    "quick": dict(books=10_000, warm_s=3, warm_rounds=3, run_s=8, csv_runs=2, minutes=15),
    "full": dict(books=1_000_000, warm_s=5, warm_rounds=10, run_s=20, csv_runs=3, minutes=60),
}


def log(msg):
    print(msg, flush=True)


def port_free(port):
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) != 0


def fetch_check(url, needle):
    with urllib.request.urlopen(url, timeout=120) as r:
        body = r.read().decode("utf-8", "replace")
    if needle not in body:
        raise AssertionError(f"{url} does not show the newest book {needle!r}")


def csv_export(url, runs):
    """Times full CSV downloads with curl; returns (median seconds, bytes, all times)."""
    times, size = [], 0
    for _ in range(runs):
        out = subprocess.run(["curl", "-s", "-o", "/dev/null", "--max-time", "900", "-w",
                              "%{http_code} %{size_download} %{time_total}", url],
                             capture_output=True, text=True, timeout=960)
        code, size, seconds = out.stdout.split()
        if code != "200":
            raise RuntimeError(f"{url} answered {code}")
        times.append(float(seconds))
        size = int(size)
    return statistics.median(times), size, times


def measure(name, launch, database, cfg, deadline, newest_title, log_dir):
    """Start-up, warm-up, timed wrk runs, CSV export and memory for one framework; then the query counts."""
    res = {"notes": [], "warm": {}}
    base = f"http://127.0.0.1:{launch.port}"
    if not port_free(launch.port):
        raise RuntimeError(f"port {launch.port} is already in use; stop whatever listens there")
    server = procs.Server(name, launch.cmd, launch.env, launch.cwd, os.path.join(log_dir, f"{name}.log"))
    try:
        res["startup_s"] = server.start(base + "/plain/", timeout_s=300)
        log(f"  {name}: first response after {res['startup_s']:.2f} s")
        fetch_check(base + "/books/", newest_title)
        fetch_check(base + "/api/books/", newest_title)
        for key, path, conns in ENDPOINTS:
            if time.monotonic() > deadline:
                res["notes"].append(f"{name}: deadline reached before {path}")
                break
            plain = base + "/plain/"
            res["warm"][key] = wrk.warm(base + path, conns, cfg["warm_s"], cfg["warm_rounds"], log=log,
                                        drain_url=plain, max_seconds=cfg["run_s"])
            res[key] = wrk.run(base + path, cfg["run_s"], conns, drain_url=plain)
            log(f"  {name} {path} ({conns} connections, {cfg['run_s']} s): {res[key].describe()}")
        if time.monotonic() < deadline:
            csv_export(base + "/export/books.csv", 1)  # warm-up export, not timed
            res["csv_s"], res["csv_bytes"], times = csv_export(base + "/export/books.csv", cfg["csv_runs"])
            log(f"  {name} CSV export: median {res['csv_s']:.2f} s of {times}, {res['csv_bytes']:,} bytes")
        # "After the runs" is the resident set once the server is idle again, the same 5 s for every framework
        # (long enough for a periodic heap trim to run once); the peak covers the runs themselves.
        time.sleep(SETTLE_S)
        res["rss_end_mb"] = server.rss_kb() / 1024
        res["rss_peak_mb"] = server.peak_rss_kb / 1024
        log(f"  {name} RSS: {res['rss_end_mb']:.1f} MB after the runs, peak {res['rss_peak_mb']:.1f} MB")
    finally:
        server.stop()
    res["queries"] = count_queries(name, launch, database, log_dir)
    return res


def count_queries(name, launch, database, log_dir):
    """A second, untimed start with statement logging on for the bench database only."""
    counts = {}
    try:
        with db.StatementCounter(database) as counter:
            server = procs.Server(name, launch.cmd, launch.env, launch.cwd, os.path.join(log_dir, f"{name}.log"))
            try:
                server.start(f"http://127.0.0.1:{launch.port}/plain/", timeout_s=300)
                for key, path in COUNTED:
                    url = f"http://127.0.0.1:{launch.port}{path}"
                    counter.per_request(url, 1)  # first call may set up the connection / caches
                    counts[key] = counter.per_request(url, 1 if key == "csv" else 3)
            finally:
                server.stop()
        log(f"  {name} statements per request: {counts}")
    except (RuntimeError, OSError) as e:
        log(f"  {name}: statement counting unavailable: {e}")
    return counts


def machine():
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    mem_kb = next(int(l.split()[1]) for l in open("/proc/meminfo") if l.startswith("MemTotal"))
    return {"nproc": os.cpu_count(), "mem_gib": mem_kb / 1024 / 1024, "cpu": cpu,
            "load": " ".join(open("/proc/loadavg").read().split()[:3])}


def shown(cmd):
    """The command as logged: a class path of twenty jars says nothing, its place is kept."""
    return " ".join("<class path>" if i and cmd[i - 1] == "-cp" else a for i, a in enumerate(cmd))


def side_by_side(args, cfg, database, host, log_dir):
    """Data set, then each framework in turn; returns (results, notes)."""
    deadline = time.monotonic() + cfg["minutes"] * 60
    db.ensure_dataset(os.path.join(HERE, "data"), database, cfg["books"], args.reload, log=log)
    newest_title = db.psql(database, "-c", "SELECT title FROM book ORDER BY published DESC, id DESC LIMIT 1")
    ports = peers.ports(args.port_base)
    results, notes = {}, []
    for name in [f.strip() for f in args.frameworks.split(",") if f.strip()]:
        try:
            if name == "jango":
                log("== jango: untimed preparation")
                launch = jango.prepare(REPO, database, ports[name], log_dir, appcds=not args.no_appcds, log=log)
            else:
                launch = peers.PEERS[name](REPO, database, ports[name])
            log(f"== {name}: {shown(launch.cmd)}")
            server_log = os.path.join(log_dir, f"{name}.log")
            offset = os.path.getsize(server_log) if os.path.exists(server_log) else 0
            results[name] = measure(name, launch, database, cfg, deadline, newest_title, log_dir)
            notes.extend(results[name].pop("notes"))
            unused = name == "jango" and not args.no_appcds and jango.archive_unused(server_log, offset)
            if unused:
                notes.append(f"Jango ran without its AppCDS archive: {unused}")
                log("  NOTE: " + notes[-1])
        except (RuntimeError, OSError, AssertionError, ValueError, subprocess.SubprocessError) as e:
            notes.append(f"{name} failed: {e}")
            log("  FAILED: " + notes[-1])
    return results, notes


def in_process(args, database, log_dir):
    """The JMH suites and runners on a scratch database of their own (dropped afterwards)."""
    scratch = f"{database}_jmh"
    db.create_empty(scratch)
    try:
        return jmh.run_all(REPO, log_dir, f"postgresql://postgres@127.0.0.1:5432/{scratch}", args.quick, log=log)
    finally:
        db.drop(scratch)


def main(argv):
    ap = argparse.ArgumentParser(prog="run.sh", description=__doc__)
    ap.add_argument("--quick", action="store_true", help="small data set and short runs: a harness check")
    ap.add_argument("--books", type=int, help="books in the data set (default 1,000,000; 10,000 with --quick)")
    ap.add_argument("--database", help="PostgreSQL database for the data set (default bookstore_bench, or "
                                       "bookstore_bench_<books> for another size); reused while it matches")
    ap.add_argument("--port-base", type=int, default=8180, help="Jango listens here, Django +1, Spring +2")
    ap.add_argument("--no-appcds", action="store_true", help="start Jango without its AppCDS archive (ADR 0071: "
                                                              "about 0.3 s slower start-up, same RSS)")
    ap.add_argument("--frameworks", default="jango,django,spring", help="comma-separated subset")
    ap.add_argument("--reload", action="store_true", help="drop and reload the data set")
    ap.add_argument("--no-jmh", action="store_true", help="skip the JMH suites (side-by-side table only)")
    ap.add_argument("--jmh-only", action="store_true", help="only the JMH suites (second table only)")
    ap.add_argument("--output", default=os.path.join(REPO, "docs/benchmarks.md"), help="Markdown report path")
    ap.add_argument("--no-write", action="store_true", help="print the tables only")
    args = ap.parse_args(argv)
    if args.no_jmh and args.jmh_only:
        ap.error("--no-jmh and --jmh-only exclude each other")

    cfg = dict(MODES["quick" if args.quick else "full"])
    if args.books:
        cfg["books"] = args.books
    database = args.database or ("bookstore_bench" if cfg["books"] == 1_000_000 else f"bookstore_bench_{cfg['books']}")
    started = datetime.datetime.now(datetime.timezone.utc)
    host = machine()
    log_dir = os.path.join(HERE, "target")
    os.makedirs(log_dir, exist_ok=True)
    log(f"side-by-side ({'quick' if args.quick else 'full'}): {cfg['books']:,} books in {database}; load average "
        f"at start {host['load']} on {host['nproc']} cores")

    sections, ok = {}, True
    run = dict(quick=args.quick, cfg=cfg, database=database, started=started, host=host,
               command="benchmarks/side-by-side/run.sh " + " ".join(argv), endpoints=ENDPOINTS,
               jango_jvm=jango.jvm_options(), appcds=not args.no_appcds)
    if not args.jmh_only:
        results, notes = side_by_side(args, cfg, database, host, log_dir)
        host["load_end"] = " ".join(open("/proc/loadavg").read().split()[:3])
        sections["side-by-side"] = report.render(dict(run, notes=notes, versions=report.versions()), results)
        ok = bool(results)
    if not args.no_jmh:
        rows, notes = in_process(args, database, log_dir)
        sections["jmh"] = report.render_jmh(run, rows, notes)
        ok = ok and bool(rows)
    text = "\n".join(sections.values())
    print(text)
    if not args.no_write:
        old = open(args.output).read() if os.path.exists(args.output) else ""
        with open(args.output, "w") as f:
            f.write(report.merge(old, sections))
        log(f"written to {os.path.relpath(args.output, REPO)}")
    return 0 if ok else 1


def _terminate(signum, _frame):
    raise SystemExit(128 + signum)  # unwinds through the finally blocks that stop the servers


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, _terminate)
    signal.signal(signal.SIGHUP, _terminate)
    sys.exit(main(sys.argv[1:]))
