"""How Django and Spring are started: command, environment, port (Jango: harness/jango.py)."""
import os
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


def ports(base):
    """Jango on `base`, Django on `base + 1`, Spring on `base + 2`."""
    return {"jango": base, "django": base + 1, "spring": base + 2}


# Jango needs an untimed preparation first (build, schema check, migrate --fake-initial, AppCDS training start):
# harness/jango.py's prepare() returns its Launch. Django and Spring start as the functions above say.
PEERS = {"django": django, "spring": spring}
