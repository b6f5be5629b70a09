#!/usr/bin/env bash
# Side-by-side benchmark: Jango vs Django 3.2 vs Spring Boot on one PostgreSQL data set, then the JMH suites
# (ORM vs raw JDBC, router, bulk writes); both tables go to docs/benchmarks.md.
#   benchmarks/side-by-side/run.sh                 # reference run: 1M books, full durations (about 30 minutes)
#   benchmarks/side-by-side/run.sh --quick         # harness check: 10k books, short everything (about 6 minutes)
#   benchmarks/side-by-side/run.sh --no-jmh        # side-by-side table only;  --jmh-only: JMH table only
#   benchmarks/side-by-side/run.sh --books 100000 --database my_bench --port-base 9180 --frameworks jango,spring
# Jango is built (untimed) and started with plain `java` from its jars; see harness/jango.py and ADR 0071.
# All traffic goes to 127.0.0.1; every server it starts is stopped by PID when it ends or is interrupted.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64

need_apt=()
command -v wrk >/dev/null || need_apt+=(wrk)
command -v gunicorn >/dev/null || need_apt+=(gunicorn)
/usr/bin/python3 -c 'import django' 2>/dev/null || need_apt+=(python3-django)
/usr/bin/python3 -c 'import psycopg2' 2>/dev/null || need_apt+=(python3-psycopg2)
command -v psql >/dev/null || need_apt+=(postgresql-client)
if ((${#need_apt[@]})); then
  echo "installing ${need_apt[*]} (Debian packages)"
  # Another apt run (a second helper, unattended upgrades) holds the lock: wait up to 10 minutes for it.
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${need_apt[@]}" >/dev/null
fi

# The Spring peer is built here (skipped with --jmh-only), outside the root reactor, and only when its sources changed.
jar="$HERE/spring/target/bookstore-spring.jar"
if [[ " $* " != *" --jmh-only "* ]] && [[ ! -f "$jar" || -n "$(find "$HERE/spring/pom.xml" "$HERE/spring/src" -newer "$jar" -print -quit)" ]]; then
  echo "building the Spring Boot peer"
  (cd "$REPO" && ./mvnw -B -q -f benchmarks/side-by-side/spring/pom.xml package -DskipTests)
fi

cd "$HERE"
exec /usr/bin/python3 -m harness "$@"
