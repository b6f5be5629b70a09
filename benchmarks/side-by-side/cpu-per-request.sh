#!/usr/bin/env bash
# Where a request's CPU goes: the server process against PostgreSQL, per request, while wrk loads one endpoint.
#   benchmarks/side-by-side/cpu-per-request.sh PID URL [SECONDS] [CONNECTIONS]
#   benchmarks/side-by-side/cpu-per-request.sh 4711 http://127.0.0.1:8180/books/ 15 32
# PID is the server's process: the JVM for Jango or Spring (for gunicorn, one worker's, so the figure covers one
# worker). Reads /proc before and after one wrk run: CPU milliseconds per request for that process and for all
# PostgreSQL processes together, and context switches per request for both (summed over their threads).
# Only loopback URLs are accepted; wrk stops after SECONDS by itself.
set -euo pipefail
pid=${1:?server PID}; url=${2:?URL}; secs=${3:-15}; conns=${4:-32}
case "$url" in http://127.0.0.1:*|http://localhost:*) ;; *) echo "only loopback URLs: $url" >&2; exit 2 ;; esac
[[ -d /proc/$pid ]] || { echo "no process $pid" >&2; exit 2; }
tick=$(getconf CLK_TCK)

cpu_of() { local s=0 v; for p in "$@"; do v=$(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0); s=$((s + v)); done; echo "$s"; }
switches_of() { local s=0 v; for p in "$@"; do v=$(cat /proc/"$p"/task/*/status 2>/dev/null | awk '/ctxt_switches/ {n += $2} END {print n + 0}'); s=$((s + v)); done; echo "$s"; }
postgres_pids() { pgrep -x postgres || true; }

j0=$(cpu_of "$pid"); js0=$(switches_of "$pid"); pg=$(postgres_pids); p0=$(cpu_of $pg); ps0=$(switches_of $pg)
out=$(wrk -t2 -c"$conns" -d"${secs}s" "$url")
pg=$(postgres_pids); j1=$(cpu_of "$pid"); js1=$(switches_of "$pid"); p1=$(cpu_of $pg); ps1=$(switches_of $pg)
requests=$(awk '/requests in/ {print $1}' <<<"$out")
rate=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
per() { awk -v a="$1" -v b="$2" -v n="$requests" 'BEGIN {printf "%.3f", (b - a) / n}'; }
per_ms() { awk -v a="$1" -v b="$2" -v n="$requests" -v t="$tick" 'BEGIN {printf "%.3f", (b - a) * 1000 / t / n}'; }
echo "$url: $rate req/s ($requests requests, $conns connections, ${secs} s)"
echo "  server:     $(per_ms "$j0" "$j1") ms CPU/request, $(per "$js0" "$js1") context switches/request"
echo "  PostgreSQL: $(per_ms "$p0" "$p1") ms CPU/request, $(per "$ps0" "$ps1") context switches/request"
echo "  (PostgreSQL processes that started or ended during the run are counted only in part)"
