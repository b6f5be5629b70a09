"""Renders one run as the Markdown written to docs/benchmarks.md."""
import os
import re
import subprocess

from . import db

NAMES = [("jango", "Jango"), ("django", "Django 3.2 + gunicorn"), ("spring", "Spring Boot + JPA + Thymeleaf")]
# Hand-written notes below this line in docs/benchmarks.md survive the next run (which rewrites what is above).
KEEP_MARK = "<!-- run.sh rewrites everything above this line and keeps everything below it -->"
LABELS = {"plain": "plain text", "page": "50-book HTML page", "json": "same page as JSON", "slow": "100 ms I/O view"}


def _first_line(cmd):
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
        text = (out.stdout or out.stderr).strip()
        return text.splitlines()[0] if text else "?"
    except OSError:
        return "not installed"


def versions():
    pom = open(os.path.join(os.path.dirname(os.path.dirname(__file__)), "spring/pom.xml")).read()
    boot = re.search(r"spring-boot-starter-parent</artifactId>\s*(?:<!--.*?-->\s*)?<version>([^<]+)", pom, re.S)
    return {
        "Django": _first_line(["/usr/bin/python3", "-c", "import django; print(django.get_version())"]),
        "gunicorn": _first_line(["gunicorn", "--version"]).replace("gunicorn (version ", "").rstrip(")"),
        "Spring Boot": boot.group(1) if boot else "?",
        "Java": _first_line(["/usr/lib/jvm/temurin-25-jdk-amd64/bin/java", "-version"]).replace("openjdk version ", ""),
        "PostgreSQL": db.psql("postgres", "-c", "SHOW server_version"),
        "wrk": _first_line(["wrk", "-v"]).split(" [")[0].replace("wrk ", ""),
    }


def _fmt(value, unit):
    if value is None:
        return "—"
    if unit == "req/s":
        return f"{value:,.0f}" if value >= 100 else f"{value:,.1f}"
    if unit == "ms":
        return f"{value:,.1f}" if value >= 10 else f"{value:.2f}"
    if unit in ("s",):
        return f"{value:.2f}"
    if unit == "MB":
        # One decimal: the goal is a line (150 MB), and 150.3 must not print as a "150" that fails it.
        return f"{value:,.1f}"
    if unit == "q":
        return f"{value:g}"
    return str(value)


def _ratio(jango, peer):
    if jango is None or peer is None or peer == 0:
        return "—"
    return f"{jango / peer:.2f}"


# Issue 6's goals for Jango, per row label: (text, test over {framework: value}); a missing value is no verdict.
GOALS = {
    "start-up to first response": ("≤ 1 s", lambda v: v["jango"] <= 1.0),
    "plain text: throughput": ("≥ Spring", lambda v: v["jango"] >= v["spring"]),
    "50-book HTML page: throughput": ("≥ 20× Django and ≥ 2× Spring",
                                      lambda v: v["jango"] >= 20 * v["django"] and v["jango"] >= 2 * v["spring"]),
    "same page as JSON: throughput": ("≥ 2× Spring", lambda v: v["jango"] >= 2 * v["spring"]),
    "100 ms I/O view: throughput": ("≥ 1,950 req/s", lambda v: v["jango"] >= 1950),
    "100 ms I/O view: p50 latency": ("≤ 105 ms", lambda v: v["jango"] <= 105),
    "CSV export": ("≤ 1.5 s (1M rows), heap ≤ 64 MB", lambda v: v["jango"] <= 1.5),
    "RSS after the runs": ("≤ 150 MB", lambda v: v["jango"] <= 150),
}


def _goal(label, vals, full):
    for prefix, (text, test) in GOALS.items():
        if label.startswith(prefix):
            try:
                ok = test(vals)
            except TypeError:  # a value is missing
                return text
            # The CSV goal is about a million rows: a smaller data set gives no verdict.
            if prefix == "CSV export" and not full:
                return text + " (not this data size)"
            return f"{text}: **{'met' if ok else 'NOT met'}**"
    return ""


def _rows(results, cfg):
    def get(name, fn):
        r = results.get(name)
        try:
            return fn(r) if r is not None else None
        except (KeyError, AttributeError, TypeError):
            return None

    rows = [("start-up to first response", "s", lambda r: r["startup_s"])]
    for key, label in LABELS.items():
        rows.append((f"{label}: throughput", "req/s", lambda r, k=key: r[k].rps))
        rows.append((f"{label}: p50 latency", "ms", lambda r, k=key: r[k].p50_ms))
        rows.append((f"{label}: p99 latency", "ms", lambda r, k=key: r[k].p99_ms))
    rows.append((f"CSV export of {cfg['books']:,} rows (median of {cfg['csv_runs']})", "s", lambda r: r["csv_s"]))
    for key, label in [("page", "HTML page"), ("json", "JSON page"), ("detail", "detail page"),
                       ("plain", "plain text"), ("csv", "CSV export")]:
        rows.append((f"statements per request: {label}", "q", lambda r, k=key: r["queries"][k]))
    rows.append(("peak RSS (all processes)", "MB", lambda r: r["rss_peak_mb"]))
    rows.append(("RSS after the runs", "MB", lambda r: r["rss_end_mb"]))
    out = []
    for label, unit, fn in rows:
        vals = {n: get(n, fn) for n, _ in NAMES}
        out.append([f"{label} ({unit if unit != 'q' else 'count'})"] + [_fmt(vals[n], unit) for n, _ in NAMES]
                   + [_ratio(vals["jango"], vals["django"]), _ratio(vals["jango"], vals["spring"]),
                      _goal(label, vals, cfg["books"] >= 1_000_000)])
    return out


def _errors(results):
    lines = []
    for name, _ in NAMES:
        for key in LABELS:
            r = results.get(name, {}).get(key)
            if r is not None and r.errors:
                lines.append(f"- {name} {LABELS[key]}: {r.errors} of {r.requests} requests failed "
                             "(socket errors or non-2xx).")
    return lines


def render(run, results):
    cfg, host = run["cfg"], run["host"]
    if run["quick"]:
        title = "Quick harness check — NOT the reference run (small data, short durations)"
    elif cfg["books"] < 1_000_000:
        title = "Small data set (--small) — NOT the reference run"
    elif "jango" not in results:
        title = "Full data set, peers only — Jango not measured in this run, so no ratios yet"
    else:
        title = "Reference run"
    conns = ", ".join(f"`{p}` {c}" for _, p, c in run["endpoints"])
    out = [
        "## Side by side: Jango, Django, Spring Boot", "",
        f"**{title}.** Produced by `{run['command'].strip()}` on {run['started']:%Y-%m-%d %H:%M} UTC.", "",
        f"- Machine: {host['nproc']} cores ({host['cpu']}), {host['mem_gib']:.1f} GiB memory; load average "
        f"{host['load']} at the start and {host['load_end']} at the end (the machine is shared with builds, "
        "so absolute figures are noisy; compare ratios within one run).",
        f"- Jango: started with plain `java` from its jars (not `manage`), `runserver --noreload`, after "
        "`migrate --fake-initial` on the loaded tables; JVM options (ADR 0071): "
        f"`{' '.join(run['jango_jvm'])}`"
        + (" plus an AppCDS archive written by an untimed training start" if run.get("appcds", True)
           else "; no AppCDS archive (`--no-appcds`)")
        + "; environment `MALLOC_ARENA_MAX=2`, `JANGO_LOG_REQUESTS=0`, `JANGO_DEBUG=false`.",
        "- Spring: `java -jar` with the JVM's defaults; Django: gunicorn, 2 × cores sync workers, `DEBUG = False`.",
        f"- Data: PostgreSQL database `{run['database']}`, {cfg['books']:,} books, {3 * cfg['books']:,} book_tag "
        "rows (`data/schema.sql`, `data/load.sql`).",
        "- Software: " + "; ".join(f"{k} {v}" for k, v in run["versions"].items()) + ".",
        f"- Method: wrk, 2 threads, connections per endpoint: {conns}. Before each timed run the endpoint is "
        f"warmed with repeated {cfg['warm_s']} s wrk runs until the rate has stopped rising: two rounds in a row "
        f"without a new best by 3 % (at most {cfg['warm_rounds']} rounds; a round whose median latency exceeds a quarter of "
        f"its length is doubled, up to {cfg['run_s']} s, and the comparison restarts); then one {cfg['run_s']} s "
        "run is timed. After every wrk run the driver waits until `/plain/` answers again (drains the backlog). The CSV "
        f"export is downloaded once untimed, then {cfg['csv_runs']} times with curl (median shown).",
        "- Statements per request: counted in a second, untimed start with `log_statement = 'all'` set for the "
        "bench database only and PostgreSQL's log read back (pg_stat_statements is not loaded on this "
        "server); BEGIN/COMMIT/SET are not counted, cursor batch fetches are.",
        "- Memory: resident set summed over the server's process tree (gunicorn master + workers), sampled "
        "every 250 ms from /proc while the server ran; \"after the runs\" is read once the server has been idle for 5 s "
        "after its last request.",
        "- Ratios are Jango's value divided by the peer's: above 1 is better for throughput, below 1 is better "
        "for latency, time, statements and memory.", "",
        "| metric | " + " | ".join(label for _, label in NAMES) + " | Jango/Django | Jango/Spring | Jango goal |",
        "|---|" + "---:|" * (len(NAMES) + 2) + "---|",
    ]
    out += ["| " + " | ".join(row) + " |" for row in _rows(results, cfg)]
    warm = [f"- {name} {LABELS[k]}: " + " → ".join(f"{rps:,.0f} ({s} s)" for s, rps in rounds)
            for name, r in results.items() for k, rounds in r.get("warm", {}).items()]
    if warm:
        out += ["", "Warm-up rounds (req/s, round length):", ""] + warm
    notes = run["notes"] + _errors(results)
    if notes:
        out += ["", "Notes:", ""] + [n if n.startswith("- ") else f"- {n}" for n in notes]
    return "\n".join(out) + "\n"


def render_jmh(run, rows, notes):
    """The second table: the in-process suites of the benchmarks module, one row per measure."""
    host = run["host"]
    title = "Quick harness check — NOT the reference run (short JMH settings)" if run["quick"] else "Reference run"
    out = [
        "## In-process suites: ORM vs raw JDBC, router, bulk writes", "",
        f"**{title}.** Produced by `{run['command'].strip()}` on {run['started']:%Y-%m-%d %H:%M} UTC, same "
        f"machine (load average {host['load']} at the start of the run).", "",
        "- JMH scores are the mean with the 99.9 % error JMH prints; `FetchRatio` times the three fetch paths back "
        "to back in every round and reports the median per-round ratio, the figure that survives a shared machine; "
        "`BulkBench` gives the median over its measured rounds, next to the server's own floor for the same rows in "
        "the same round. Commands: see `benchmarks/README.md`.", "",
        "| suite | measure | result | goal | met? |",
        "|---|---|---:|---|---|",
    ]
    out += [f"| {r.suite} | {r.measure} | {r.result} | {r.goal} | {r.verdict and '**' + r.verdict + '**'} |"
            for r in rows]
    if notes:
        out += ["", "Notes:", ""] + [f"- {n}" for n in notes]
    return "\n".join(out) + "\n"


SECTIONS = ("side-by-side", "jmh")
_PLACEHOLDER = {"side-by-side": "## Side by side: Jango, Django, Spring Boot\n\nNot measured yet.\n",
                "jmh": "## In-process suites: ORM vs raw JDBC, router, bulk writes\n\nNot measured yet.\n"}


def _section(text, name):
    start, end = f"<!-- {name}: start -->", f"<!-- {name}: end -->"
    if start in text and end in text:
        return text[text.index(start) + len(start):text.index(end)].strip("\n") + "\n"
    return None


def merge(old, fresh):
    """docs/benchmarks.md after a run: the sections measured now (`fresh`: name → Markdown), the other section
    as the previous run left it, and the hand-written part below KEEP_MARK unchanged."""
    old = old or ""
    kept = old[old.index(KEEP_MARK):] if KEEP_MARK in old else KEEP_MARK + "\n"
    out = ["# Benchmarks", ""]
    for name in SECTIONS:
        body = fresh.get(name) or _section(old, name) or _PLACEHOLDER[name]
        out += [f"<!-- {name}: start -->", body.rstrip("\n"), f"<!-- {name}: end -->", ""]
    return "\n".join(out) + "\n" + kept
