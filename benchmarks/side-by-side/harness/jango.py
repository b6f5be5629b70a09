"""Jango under the benchmark: built once (untimed), checked against the shared schema, then started with plain
`java` from its jars, as Spring is started from its jar.

Not through `examples/bookstore/manage`: its build-if-stale check runs Maven before the JVM starts, and in the
dev profile `runserver` keeps a watching parent JVM beside the server; both would be billed to Jango's start-up
and resident memory. The JVM options are ADR 0071's."""
import os
import shlex
import subprocess
import urllib.request

from . import db, procs

JAVA = "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java"
BOOKSTORE = "examples/bookstore"
MAIN = "dev.jango.cli.Manage"

# ADR 0071: a 44 MB serial heap with a larger old generation, compact headers, native heap trimmed every second,
# small thread stacks and capped code cache / metaspace; C2 stays (tiered compilation as shipped).
# JANGO_BENCH_JVM_OPTS replaces them (to measure an alternative, e.g. -Xmx48m) without editing this file.
JVM_OPTIONS = ["-Xmx44m", "-XX:NewRatio=3", "-XX:+UseSerialGC", "-XX:+UseCompactObjectHeaders",
               "-XX:TrimNativeHeapInterval=1000", "-Xss512k", "-XX:ReservedCodeCacheSize=64m",
               "-XX:MaxMetaspaceSize=96m"]

# Requests the untimed training start sends, so the AppCDS archive holds the classes every endpoint loads.
TRAINING_PATHS = ["/plain/", "/books/", "/api/books/", "/books/1/", "/slow/", "/export/books.csv"]


def jvm_options():
    custom = os.environ.get("JANGO_BENCH_JVM_OPTS")
    return shlex.split(custom) if custom else list(JVM_OPTIONS)


def build(repo, log=print):
    """Packages the bookstore and the Jango modules it uses (tests skipped; not timed) and returns the class
    path: the bookstore jar, then the runtime class path Maven wrote while packaging (module jars, no
    target/classes directories, which AppCDS cannot archive)."""
    log("  building Jango's bookstore (untimed): ./mvnw -q -B -DskipTests -pl examples/bookstore -am package")
    env = dict(os.environ, JAVA_HOME=os.path.dirname(os.path.dirname(JAVA)))
    subprocess.run(["./mvnw", "-q", "-B", "-DskipTests", "-pl", BOOKSTORE, "-am", "package"], cwd=repo, env=env,
                   check=True, timeout=1800, stdout=subprocess.DEVNULL)
    target = os.path.join(repo, BOOKSTORE, "target")
    # target/bookstore.jar where the pom names it so (what manage runs), else Maven's default name.
    jars = ["bookstore.jar"] if os.path.exists(os.path.join(target, "bookstore.jar")) else [
        f for f in os.listdir(target) if f.startswith("jango-bookstore-") and f.endswith(".jar")
        and not f.endswith(("-sources.jar", "-tests.jar"))]
    if len(jars) != 1:
        raise RuntimeError(f"expected one bookstore jar in {target}, found {jars}")
    deps = open(os.path.join(target, "classpath.txt")).read().strip()
    if any(os.path.isdir(p) for p in deps.split(":")):
        raise RuntimeError("the bookstore's class path holds directories; AppCDS needs jars (rebuild with package)")
    return os.path.join(target, jars[0]) + ":" + deps


def database_url(database):
    return f"postgresql://postgres@127.0.0.1:5432/{database}"


def environment(database, port):
    # Debug off, as the peers run (Django DEBUG=False, Spring's defaults); no request log line per request
    # (JANGO_LOG_REQUESTS=0; neither peer logs requests by default).
    # MALLOC_ARENA_MAX=2: glibc gives each thread that mallocs its own arena (up to 8 per core); the JVM's
    # compiler and GC threads then hold freed native memory in arenas that trimming cannot return (ADR 0071).
    return dict(os.environ, PORT=str(port), JANGO_DATABASE_URL=database_url(database), JANGO_DEBUG="false",
                JANGO_LOG_REQUESTS="0", MALLOC_ARENA_MAX="2", JAVA_HOME=os.path.dirname(os.path.dirname(JAVA)))


def command(classpath, archive, *args):
    """`java <ADR 0071 options> <AppCDS> -cp <jars> dev.jango.cli.Manage <args>`."""
    cds = [f"-XX:SharedArchiveFile={archive}", "-XX:+AutoCreateSharedArchive"] if archive else []
    # No --enable-native-access (manage passes it for SQLite's native library): PostgreSQL needs none, and the
    # flag makes the JVM drop the JDK archive's module graph ("Disabling optimized module handling").
    return [JAVA, *jvm_options(), *cds, "-cp", classpath, MAIN, *args]


def manage(repo, classpath, database, *args, log=print):
    """Runs one management command to completion (untimed set-up)."""
    out = subprocess.run(command(classpath, None, *args), cwd=os.path.join(repo, BOOKSTORE),
                         env=environment(database, 0), capture_output=True, text=True, timeout=600)
    if out.returncode != 0:
        raise RuntimeError(f"manage {' '.join(args)} failed ({out.returncode}): {(out.stderr or out.stdout)[-2000:]}")
    return out.stdout


def check_schema(repo, classpath, database, log=print):
    """Migrates an empty scratch database with Jango and compares its catalog with the loaded one."""
    scratch = f"{database}_migrated"
    db.create_empty(scratch)
    try:
        manage(repo, classpath, scratch, "migrate")
        diff = db.schema_differences(db.schema_lines(database), db.schema_lines(scratch))
    finally:
        db.drop(scratch)
    if diff:
        raise RuntimeError("data/schema.sql + load.sql differ from the bookstore's migration "
                           "(- loaded only, + migrated only):\n" + "\n".join(diff))
    log(f"  schema of {database} matches the bookstore's migration")


def prepare(repo, database, port, log_dir, appcds=True, log=print):
    """Build, schema check, `migrate --fake-initial`, then (with `appcds`) one untimed training start that writes
    the AppCDS archive on exit. Returns the Launch of the measured start. Without `appcds` the JVM still maps the
    JDK's own CDS archive, as every `java` does."""
    from .peers import Launch  # peers imports this module

    classpath = build(repo, log)
    check_schema(repo, classpath, database, log)
    out = manage(repo, classpath, database, "migrate", "--fake-initial")
    log("  migrate --fake-initial: " + (out.strip().splitlines() or ["(nothing to do)"])[-1])
    archive = os.path.abspath(os.path.join(log_dir, "jango-bookstore.jsa")) if appcds else None
    launch = Launch("jango", port, command(classpath, archive, "runserver", f"127.0.0.1:{port}", "--noreload"),
                    environment(database, port), os.path.join(repo, BOOKSTORE))
    if appcds:
        train(launch, archive, log_dir, log)
    return launch


def train(launch, archive, log_dir, log=print):
    """Starts Jango once, requests every endpoint, stops it: the JVM dumps the classes it loaded into
    `archive` as it exits (-XX:+AutoCreateSharedArchive)."""
    # A fresh archive every time: the build rewrites the jars, and a JVM that finds the archive stale runs
    # without it but (measured on JDK 25.0.3) does not write a new one at exit, whatever AutoCreateSharedArchive says.
    if os.path.exists(archive):
        os.remove(archive)
    server = procs.Server("jango-training", launch.cmd, launch.env, launch.cwd, os.path.join(log_dir, "jango.log"))
    try:
        seconds = server.start(f"http://127.0.0.1:{launch.port}/plain/", timeout_s=300)
        for path in TRAINING_PATHS:
            with urllib.request.urlopen(f"http://127.0.0.1:{launch.port}{path}", timeout=600) as r:
                while r.read(1 << 16):
                    pass
    finally:
        server.stop()
    state = f"{os.path.getsize(archive) / 1e6:.0f} MB" if os.path.exists(archive) else "NOT written"
    log(f"  training start (untimed): first response after {seconds:.2f} s; AppCDS archive {state}")


def archive_unused(log_path, offset):
    """The JVM's complaint when it could not map the AppCDS archive, from the server log after `offset`."""
    with open(log_path, "rb") as f:
        f.seek(offset)
        text = f.read().decode("utf-8", "replace")
    return next((line.strip() for line in text.splitlines() if "Unable to use shared archive" in line), None)
