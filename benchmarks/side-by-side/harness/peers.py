"""How each framework under test is started: command, environment, port. One function per peer."""
import os
import shlex
from dataclasses import dataclass

JAVA = "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java"


@dataclass(frozen=True)
class Launch:
    name: str
    port: int
    cmd: list
    env: dict
    cwd: str


def django(repo, database, port):
    workers = 2 * (os.cpu_count() or 1)
    env = dict(os.environ, BENCH_DB_NAME=database, PYTHONDONTWRITEBYTECODE="1")
    cmd = ["gunicorn", "--workers", str(workers), "--worker-class", "sync", "--bind", f"127.0.0.1:{port}",
           "--timeout", "900", "--chdir", os.path.join(repo, "benchmarks/side-by-side/django"), "bookstore.wsgi"]
    return Launch("django", port, cmd, env, repo)


def spring(repo, database, port):
    jar = os.path.join(repo, "benchmarks/side-by-side/spring/target/bookstore-spring.jar")
    if not os.path.exists(jar):
        raise FileNotFoundError(f"{jar} is missing: run.sh builds it with ./mvnw -f .../spring/pom.xml package")
    env = dict(os.environ, SERVER_PORT=str(port), SERVER_ADDRESS="127.0.0.1",
               SPRING_DATASOURCE_URL=f"jdbc:postgresql://127.0.0.1:5432/{database}",
               SPRING_DATASOURCE_USERNAME="postgres")
    # JVM defaults on purpose (heap up to 1/4 of RAM): the peer runs as its guides ship it.
    return Launch("spring", port, [JAVA, "-jar", jar], env, repo)


# ---------------------------------------------------------------------------------------------------------------
# PLACEHOLDER — the Jango bookstore (examples/bookstore) does not exist yet when this harness was written.
# Until it does, Jango is skipped with a visible note. When it lands, either set JANGO_BENCH_CMD, e.g.
#   JANGO_BENCH_CMD='examples/bookstore/manage runserver 127.0.0.1:{port}'
# ({port} and {database_url} are substituted; run from the repository root), or adjust the default below.
# The server must listen on 127.0.0.1:{port}, use the existing tables of {database_url} as they are (the
# schema comes from data/schema.sql; do not migrate or seed it), and serve the endpoints of issue 6.
# ---------------------------------------------------------------------------------------------------------------
def jango_available(repo):
    return bool(os.environ.get("JANGO_BENCH_CMD")) or os.path.isdir(os.path.join(repo, "examples/bookstore"))


def jango(repo, database, port):
    url = f"postgresql://postgres@127.0.0.1:5432/{database}"
    template = os.environ.get("JANGO_BENCH_CMD", "examples/bookstore/manage runserver 127.0.0.1:{port}")
    cmd = shlex.split(template.format(port=port, database_url=url))
    # Debug off, as the peers run (Django DEBUG=False, Spring's defaults): no debug pages, no SQL kept per request.
    env = dict(os.environ, PORT=str(port), JANGO_DATABASE_URL=url, JANGO_DEBUG="false",
               JAVA_HOME=os.path.dirname(os.path.dirname(JAVA)))
    return Launch("jango", port, cmd, env, repo)


PEERS = {"jango": jango, "django": django, "spring": spring}
PORTS = {"jango": 8180, "django": 8181, "spring": 8182}
