"""Neo4j: connect, create the schema, load a graph in batches, read it back, delete.

Every statement comes from :mod:`graphload.neo4j_queries`; data travels only as
parameters. Loading is one ``execute_write`` transaction per batch of
``UNWIND $rows ... MERGE``, retried with exponential backoff on transient
errors, so a failed load leaves whole batches only and re-running it is safe.
Statements that batch themselves (``CALL {...} IN TRANSACTIONS``: wipe,
sync-delete) run in auto-commit sessions (``session.run``).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field

import networkx as nx
from neo4j import GraphDatabase
from neo4j import exceptions as nx4j

from . import neo4j_queries as q
from .errors import ConfigError, DatabaseError, GraphFormatError, GraphloadError
from .models import Relation

DEFAULT_URI = "bolt://localhost:7687"
RETRYABLE = (nx4j.TransientError, nx4j.ServiceUnavailable, nx4j.SessionExpired)
DB_NOT_FOUND = "Neo.ClientError.Database.DatabaseNotFound"
Progress = Callable[[str, int], None]


@dataclass
class Neo4jSettings:
    """Where and as whom to connect; ``database=None`` is the server's default database."""

    uri: str = DEFAULT_URI
    user: str = "neo4j"
    password: str | None = None
    database: str | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides) -> Neo4jSettings:
        """Settings from NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE, then non-None overrides.

        >>> Neo4jSettings.from_env({"NEO4J_PASSWORD": "pw"}, database="neo4j").database
        'neo4j'
        """
        env = os.environ if env is None else env
        values = {
            "uri": env.get("NEO4J_URI") or DEFAULT_URI,
            "user": env.get("NEO4J_USER") or "neo4j",
            "password": env.get("NEO4J_PASSWORD") or None,
            "database": env.get("NEO4J_DATABASE") or None,
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)


@dataclass
class LoadStats:
    """What one load did: rows sent, entities created vs matched, transactions."""

    node_rows: int = 0
    nodes_created: int = 0
    rel_rows: int = 0
    relationships_created: int = 0
    properties_set: int = 0
    transactions: int = 0
    retries: int = 0
    seconds: float = 0.0

    @property
    def nodes_matched(self) -> int:
        """Node rows that found an existing node."""
        return self.node_rows - self.nodes_created

    @property
    def relationships_matched(self) -> int:
        """Relationship rows that found an existing relationship."""
        return self.rel_rows - self.relationships_created

    def __str__(self) -> str:
        """One line: created vs matched, properties, transactions, retries, time."""
        return (f"nodes: {self.nodes_created} created, {self.nodes_matched} matched; "
                f"relationships: {self.relationships_created} created, {self.relationships_matched} matched; "
                f"{self.properties_set} properties set in {self.transactions} transactions "
                f"({self.retries} retries, {self.seconds:.1f} s)")


@dataclass
class LoadRows:
    """A graph as parameter rows: ``{label: [{id, props}]}`` and ``{type: [{from, to, key, props}]}``."""

    nodes: dict[str, list[dict]] = field(default_factory=dict)
    rels: dict[str, list[dict]] = field(default_factory=dict)

    @property
    def total(self) -> int:
        """Number of rows of every kind."""
        return sum(map(len, self.nodes.values())) + sum(map(len, self.rels.values()))


# ---------------------------------------------------------------- errors

def _first_line(text: str) -> str:
    return (str(text).strip().splitlines() or [""])[0]


def translate(exc: Exception, settings: Neo4jSettings | None) -> GraphloadError:
    """One-line DatabaseError / ConfigError for a driver exception, saying what to check."""
    s = settings or Neo4jSettings()
    if isinstance(exc, nx4j.AuthError):
        return DatabaseError(f"Neo4j at {s.uri} refused user {s.user!r}: check NEO4J_USER / NEO4J_PASSWORD "
                             "(or --user/--password); with docker compose the password is NEO4J_PASSWORD in .env")
    if isinstance(exc, nx4j.Neo4jError) and exc.code == DB_NOT_FOUND:
        return DatabaseError(f"database {s.database!r} does not exist on {s.uri}: set NEO4J_DATABASE or --database "
                             "to an existing one (Community edition has only 'neo4j')")
    if isinstance(exc, (nx4j.ServiceUnavailable, nx4j.SessionExpired)):
        return DatabaseError(f"cannot reach Neo4j at {s.uri}: is it running? `docker compose up -d`, "
                             "or set NEO4J_URI / --uri")
    if isinstance(exc, nx4j.ConfigurationError):
        return ConfigError(f"NEO4J_URI {s.uri!r} is not usable ({_first_line(exc)}); "
                           "use e.g. bolt://localhost:7687 or neo4j://host:7687")
    if isinstance(exc, nx4j.Neo4jError):
        return DatabaseError(f"Neo4j at {s.uri} failed a statement ({exc.code}: {_first_line(exc.message)}); "
                             "committed batches are kept, fix the cause and re-run (loading is idempotent)")
    return DatabaseError(f"Neo4j driver error talking to {s.uri}: {_first_line(exc)}")


@contextmanager
def neo4j_errors(settings: Neo4jSettings | None = None) -> Iterator[None]:
    """Context manager turning driver exceptions into GraphloadError children."""
    try:
        yield
    except GraphloadError:
        raise
    except (nx4j.Neo4jError, nx4j.DriverError) as exc:
        raise translate(exc, settings) from None


def connect(settings: Neo4jSettings):
    """Open a driver and check that the server, the credentials and the database all work."""
    if not settings.password:
        raise ConfigError("no Neo4j password: set NEO4J_PASSWORD (see .env.example) or pass --password")
    driver = None
    with neo4j_errors(settings):
        try:
            driver = GraphDatabase.driver(settings.uri, auth=(settings.user, settings.password),
                                          max_transaction_retry_time=0)
            with driver.session(database=settings.database) as session:
                session.run(q.PING).consume()
        except BaseException:
            if driver is not None:
                driver.close()
            raise
    return driver


# ---------------------------------------------------------------- rows

def _prop(value):
    """A value Neo4j can store as a property: primitives, lists of them; maps become JSON text."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, (list, tuple, set)):
        return [v if isinstance(v, (str, bool, int, float)) else str(v) for v in value]
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def edge_key(u: str, v: str, key, attrs: dict) -> str:
    """The relationship's identity: the graph's string edge key, else recomputed as the model does."""
    if isinstance(key, str) and key:
        return key
    if attrs.get("type") == "MENTIONS":
        return f"MENTIONS|{attrs.get('doc') or u}"
    rel = Relation(attrs["type"], u, v, attrs.get("doc", ""), attrs.get("evidence", ""))
    return rel.key


def graph_rows(g: nx.MultiDiGraph) -> LoadRows:
    """Parameter rows of every node and edge; refuses labels and types outside the model."""
    out = LoadRows()
    for node_id, a in g.nodes(data=True):
        label = q.check_label(a.get("label"))
        q.node_pattern(label)  # refuses the bare Entity label
        props = {k: _prop(v) for k, v in a.items() if k not in ("id", "label") and v is not None}
        out.nodes.setdefault(label, []).append({"id": str(node_id), "props": props})
    for u, v, k, a in g.edges(keys=True, data=True):
        rel_type = q.check_type(a.get("type"))
        is_doc = g.nodes[u].get("label") == "Document"
        if is_doc != (rel_type == "MENTIONS") or g.nodes[v].get("label") == "Document":
            raise GraphFormatError(f"edge {u!r}-[{rel_type}]->{v!r}: only MENTIONS may start at a Document "
                                   "and it must; no edge may end at one. Regenerate the graph with graphload")
        props = {x: _prop(y) for x, y in a.items() if x not in ("type", "key") and y is not None}
        row = {"from": str(u), "to": str(v), "key": edge_key(u, v, k, a), "props": props}
        out.rels.setdefault(rel_type, []).append(row)
    return out


def batches(rows: list, size: int) -> Iterator[list]:
    """Consecutive slices of ``rows`` of at most ``size`` items.

    >>> [len(b) for b in batches(list(range(12)), 5)]
    [5, 5, 2]
    """
    if size < 1:
        raise ConfigError(f"batch size {size} must be at least 1; pass e.g. --batch-size 5000")
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


# ---------------------------------------------------------------- writing

def _write_tx(tx, statement: str, rows: list) -> dict:
    counters = tx.run(statement, rows=rows).consume().counters
    return {"nodes_created": counters.nodes_created, "relationships_created": counters.relationships_created,
            "properties_set": counters.properties_set}


def write_batch(session, statement: str, rows: list, retries: int = 3,
                sleep: Callable[[float], None] = time.sleep, backoff: float = 0.5) -> tuple[dict, int]:
    """Run one batch in one write transaction, retrying transient failures; returns (counters, retries used)."""
    for attempt in range(retries + 1):
        try:
            return session.execute_write(_write_tx, statement, rows), attempt
        except RETRYABLE:
            if attempt >= retries:
                raise
            sleep(backoff * 2 ** attempt)
    raise AssertionError("unreachable")


def ensure_schema(driver, settings: Neo4jSettings | None = None) -> int:
    """Create graphload's constraints and indexes (IF NOT EXISTS); returns the number of statements."""
    statements = q.schema_statements()
    with neo4j_errors(settings), driver.session(database=_db(settings)) as session:
        for statement in statements:
            session.run(statement).consume()
    return len(statements)


def _db(settings: Neo4jSettings | None) -> str | None:
    return settings.database if settings else None


def load_rows(driver, rows: LoadRows, *, settings: Neo4jSettings | None = None, batch_size: int = 5000,
              retries: int = 3, progress: Progress | None = None,
              sleep: Callable[[float], None] = time.sleep) -> LoadStats:
    """Load prepared rows: every node label first, then every relationship type, batch by batch."""
    stats, start = LoadStats(), time.perf_counter()
    templates = q.load_templates()
    work = [("node", k, v) for k, v in rows.nodes.items()] + [("rel", k, v) for k, v in rows.rels.items()]
    with neo4j_errors(settings), driver.session(database=_db(settings)) as session:
        for kind, name, kind_rows in work:
            statement = templates[(kind, name)]
            for batch in batches(kind_rows, batch_size):
                counters, used = write_batch(session, statement, batch, retries, sleep)
                stats.transactions += 1
                stats.retries += used
                stats.properties_set += counters["properties_set"]
                if kind == "node":
                    stats.node_rows += len(batch)
                    stats.nodes_created += counters["nodes_created"]
                else:
                    stats.rel_rows += len(batch)
                    stats.relationships_created += counters["relationships_created"]
                if progress:
                    progress(name, len(batch))
    stats.seconds = time.perf_counter() - start
    return stats


def load_graph(driver, g: nx.MultiDiGraph, *, settings: Neo4jSettings | None = None, batch_size: int = 5000,
               retries: int = 3, progress: Progress | None = None) -> LoadStats:
    """Create the schema, then MERGE every node and relationship of ``g`` (idempotent)."""
    rows = graph_rows(g)
    ensure_schema(driver, settings)
    return load_rows(driver, rows, settings=settings, batch_size=batch_size, retries=retries, progress=progress)


def load_to_neo4j(g, settings: Neo4jSettings | None = None, **options) -> LoadStats:
    """Connect (settings from the environment by default), load ``g`` (a Graph or its mirror), close."""
    if hasattr(g, "to_networkx"):
        g = g.to_networkx()
    settings = settings or Neo4jSettings.from_env()
    driver = connect(settings)
    try:
        return load_graph(driver, g, settings=settings, **options)
    finally:
        driver.close()


# ---------------------------------------------------------------- deleting (auto-commit)

def run_auto_commit(driver, statement: str, params: dict, settings: Neo4jSettings | None = None):
    """Run one self-batching statement with ``session.run`` and return its counters."""
    with neo4j_errors(settings), driver.session(database=_db(settings)) as session:
        return session.run(statement, params).consume().counters


def wipe(driver, *, settings: Neo4jSettings | None = None, batch_size: int = 10000) -> int:
    """Delete every node with a graphload label (and its relationships); returns nodes deleted."""
    return run_auto_commit(driver, q.WIPE, {"batch": batch_size}, settings).nodes_deleted


def sync_delete(driver, keep_doc_ids: Iterable[str], *, settings: Neo4jSettings | None = None,
                batch_size: int = 10000) -> dict:
    """Delete documents not in ``keep_doc_ids``, relationships read from them, then orphaned entities."""
    params = {"keep": sorted(set(keep_doc_ids)), "batch": batch_size}
    out = {"relationships_deleted": 0, "nodes_deleted": 0}
    for statement in q.SYNC_DELETE:
        counters = run_auto_commit(driver, statement, params, settings)
        out["relationships_deleted"] += counters.relationships_deleted
        out["nodes_deleted"] += counters.nodes_deleted
    return out
