"""Runs wrk against one URL and turns its --latency report into numbers."""
import re
import subprocess
import urllib.request
from dataclasses import dataclass

_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3, "h": 3600e3}


@dataclass(frozen=True)
class WrkResult:
    rps: float
    p50_ms: float
    p99_ms: float
    requests: int
    errors: int  # socket errors + non-2xx/3xx responses

    def describe(self):
        err = f", {self.errors} errors" if self.errors else ""
        return f"{self.rps:,.1f} req/s, p50 {self.p50_ms:.2f} ms, p99 {self.p99_ms:.2f} ms{err}"


def _millis(text):
    m = re.fullmatch(r"([\d.]+)(us|ms|s|m|h)", text.strip())
    if not m:
        raise ValueError(f"unrecognised wrk duration {text!r}")
    return float(m.group(1)) * _UNITS[m.group(2)]


def parse(output):
    """Parses wrk's text report (wrk 4, run with --latency)."""
    rps = re.search(r"Requests/sec:\s+([\d.]+)", output)
    p50 = re.search(r"^\s+50%\s+(\S+)", output, re.M)
    p99 = re.search(r"^\s+99%\s+(\S+)", output, re.M)
    total = re.search(r"(\d+) requests in", output)
    if not (rps and p50 and p99 and total):
        raise ValueError("wrk printed no complete report:\n" + output)
    errors = 0
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    if sock:
        errors += sum(int(g) for g in sock.groups())
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if non2xx:
        errors += int(non2xx.group(1))
    return WrkResult(float(rps.group(1)), _millis(p50.group(1)), _millis(p99.group(1)), int(total.group(1)), errors)


def drain(url):
    """Waits until the server answers `url` again. When wrk stops, connections it abandoned may still sit in
    the server's accept queue (gunicorn's sync workers serve them all before anything new); starting the next
    run before they are gone would time the backlog of the previous one."""
    with urllib.request.urlopen(url, timeout=600) as r:
        r.read()


def run(url, seconds, connections, threads=2, timeout_s=30, drain_url=None):
    """One bounded wrk run, followed by a drain. The long --timeout keeps slow responses in the latency
    figures instead of dropping them as timeouts (Django's /slow/ queue reaches seconds)."""
    if not url.startswith("http://127.0.0.1:"):
        raise ValueError(f"benchmark traffic stays on loopback, refusing {url}")
    cmd = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", f"--timeout={timeout_s}s", "--latency", url]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + timeout_s + 30, check=True)
    drain(drain_url or url)
    result = parse(out.stdout)
    if result.requests == 0:
        raise RuntimeError(f"no request to {url} completed in {seconds} s with {connections} connections")
    return result


def warm(url, connections, seconds, max_rounds, gain=0.03, log=print, drain_url=None, max_seconds=20, patience=2):
    """Repeats wrk runs until the rate has stopped rising: `patience` rounds in a row without a new best by at
    least `gain` (or the cap). One slower round is not the end of a JIT's warm-up on a shared machine; two in a
    row are taken to be.

    A round lasting only a few response times mostly measures its first wave of requests, so when the median
    latency exceeds a quarter of the round, the next rounds are twice as long (up to `max_seconds`) and the
    comparison starts afresh. Returns [(seconds, req/s), ...] for the report."""
    rounds, best, stale = [], None, 0
    for _ in range(max_rounds):
        r = run(url, seconds, connections, drain_url=drain_url)
        rounds.append((seconds, r.rps))
        stale = stale + 1 if best is not None and r.rps < best * (1 + gain) else 0
        if stale >= patience:
            break
        best = r.rps if best is None else max(best, r.rps)
        if r.p50_ms * 4 > seconds * 1000 and seconds < max_seconds:
            seconds, best, stale = min(max_seconds, seconds * 2), None, 0
    log(f"    warm-up {url}: " + " -> ".join(f"{r:,.0f} ({s} s)" for s, r in rounds) + " req/s")
    return rounds
