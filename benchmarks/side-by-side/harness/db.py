"""The reference data set on the local PostgreSQL, and counting the statements each request sends."""
import glob
import hashlib
import os
import re
import subprocess
import time
import urllib.request

PG = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", "5432", "-U", "postgres"]


def psql(database, *args, timeout=3600):
    out = subprocess.run(PG + ["-d", database, "-At", *args], capture_output=True, text=True, timeout=timeout)
    if out.returncode != 0:
        raise RuntimeError(f"psql on {database} failed: {out.stderr.strip()}")
    return out.stdout.strip()


def ensure_dataset(data_dir, database, books, reload, log=print):
    """Creates and loads `database` unless its comment says it already holds this schema with `books` books.
    The comment is the marker, so an interrupted load (no comment yet) is redone."""
    schema = os.path.join(data_dir, "schema.sql")
    loader = os.path.join(data_dir, "load.sql")
    digest = hashlib.md5(open(schema, "rb").read() + open(loader, "rb").read()).hexdigest()[:12]
    marker = f"jango bench dataset books={books} sql={digest}"
    exists = psql("postgres", "-c", f"SELECT 1 FROM pg_database WHERE datname = '{database}'") == "1"
    if exists and not reload:
        current = psql("postgres", "-c", f"SELECT shobj_description(oid, 'pg_database') FROM pg_database "
                                         f"WHERE datname = '{database}'")
        if current == marker:
            log(f"  reusing database {database} ({books:,} books)")
            return
    log(f"  loading {books:,} books into {database} (generate_series; about 1-3 min per million books)")
    t0 = time.monotonic()
    if exists:
        psql("postgres", "-c", f'DROP DATABASE "{database}" WITH (FORCE)')
    psql("postgres", "-c", f'CREATE DATABASE "{database}"')
    psql(database, "-f", schema)
    psql(database, "-v", f"books={books}", "-f", loader, "-o", "/dev/null")
    psql("postgres", "-c", f"COMMENT ON DATABASE \"{database}\" IS '{marker}'")
    log(f"  loaded in {time.monotonic() - t0:.1f} s")


# The schema as PostgreSQL's catalog holds it, one sorted line per column, constraint and index of the public
# tables (Jango's own bookkeeping table aside): comparable between a loaded and a migrated database.
_SCHEMA_QUERY = """
SELECT 'column ' || c.table_name || '.' || c.column_name || ' ' || c.data_type
       || coalesce('(' || c.character_maximum_length || ')', '')
       || coalesce(' (' || c.numeric_precision || ',' || c.numeric_scale || ')', '')
       || ' nullable=' || c.is_nullable || ' identity=' || c.is_identity || coalesce(' ' || c.identity_generation, '')
       || coalesce(' default=' || c.column_default, '')
  FROM information_schema.columns c
 WHERE c.table_schema = 'public' AND c.table_name <> 'jango_migrations'
UNION ALL
SELECT 'constraint ' || t.relname || '.' || k.conname || ' ' || pg_get_constraintdef(k.oid)
  FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
 WHERE n.nspname = 'public' AND t.relname <> 'jango_migrations'
UNION ALL
SELECT 'index ' || i.tablename || '.' || i.indexname || ' ' || i.indexdef
  FROM pg_indexes i
 WHERE i.schemaname = 'public' AND i.tablename <> 'jango_migrations'
ORDER BY 1
"""


def schema_lines(database):
    """The public tables' columns, constraints and indexes of `database`, one sorted line each."""
    return psql(database, "-c", _SCHEMA_QUERY).splitlines()


def schema_differences(loaded, migrated):
    """Lines only in the loaded schema ('-') or only in the migrated one ('+'); empty when they match."""
    a, b = set(loaded), set(migrated)
    return [f"- {line}" for line in sorted(a - b)] + [f"+ {line}" for line in sorted(b - a)]


def create_empty(database):
    """(Re)creates an empty scratch database."""
    psql("postgres", "-c", f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    psql("postgres", "-c", f'CREATE DATABASE "{database}"')


def drop(database):
    psql("postgres", "-c", f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


def server_log_path():
    """The cluster's stderr log (Debian: /var/log/postgresql/postgresql-<ver>-main.log); env PG_LOG overrides."""
    if os.environ.get("PG_LOG"):
        return os.environ["PG_LOG"]
    candidates = sorted(glob.glob("/var/log/postgresql/postgresql-*-main.log"))
    return candidates[-1] if candidates else None


# A data statement as log_statement=all records it: simple protocol ("statement: SELECT ...") or extended
# ("execute S_1: SELECT ...", "execute fetch from S_2/C_3: ..." for each further cursor batch).
_STATEMENT = re.compile(r"LOG:\s+(?:statement|execute [^:]*):\s*(\w+)", re.I)
_DATA = {"select", "insert", "update", "delete", "with", "declare", "fetch"}


class StatementCounter:
    """Counts the data statements reaching `database`, by reading PostgreSQL's log while
    `log_statement = 'all'` is set for that database only (ALTER DATABASE ... SET; new sessions see it).

    pg_stat_statements is not loaded on this server (it needs shared_preload_libraries and a restart), and
    pg_stat_database only counts transactions, which differ from statements between autocommit (Django) and
    transactional (Spring) code. Transaction control (BEGIN/COMMIT/SET) is not counted; cursor batch
    fetches are, since each is a round trip."""

    def __init__(self, database):
        self.database = database
        self.path = server_log_path()
        if not self.path or not os.access(self.path, os.R_OK):
            raise RuntimeError("PostgreSQL server log not readable; set PG_LOG to its path")

    def __enter__(self):
        psql("postgres", "-c", f'ALTER DATABASE "{self.database}" SET log_statement = \'all\'')
        return self

    def __exit__(self, *exc):
        psql("postgres", "-c", f'ALTER DATABASE "{self.database}" RESET log_statement')

    def per_request(self, url, repeat):
        """Average data statements per GET of `url` over `repeat` sequential requests."""
        start = os.path.getsize(self.path)
        for _ in range(repeat):
            with urllib.request.urlopen(url, timeout=600) as r:
                while r.read(1 << 16):
                    pass
        time.sleep(0.5)  # the server writes its log asynchronously to our reads
        with open(self.path, "rb") as f:
            f.seek(start)
            chunk = f.read().decode("utf-8", "replace")
        tag = f"@{self.database} "
        count = 0
        for line in chunk.splitlines():
            if tag in line:
                m = _STATEMENT.search(line)
                if m and m.group(1).lower() in _DATA:
                    count += 1
        return count / repeat
