"""A fake neo4j driver that records every (how, statement, parameters) and imitates MERGE and paging."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace

from graphload import neo4j_queries as q


class FakeRecord(dict):
    """A record: a dict with the driver's ``data()``, ``values()`` and ``keys()``."""

    def data(self) -> dict:
        return dict(self)


@dataclass
class FakeStore:
    """What a database would hold after the statements: nodes by id, relationships by (from, to, key)."""

    nodes: dict = field(default_factory=dict)  # id -> (labels, props)
    rels: dict = field(default_factory=dict)  # (type, from, to, key) -> props


def _counters(**kw):
    base = dict(nodes_created=0, relationships_created=0, properties_set=0, nodes_deleted=0,
                relationships_deleted=0)
    base.update(kw)
    return SimpleNamespace(**base)


class FakeResult:
    def __init__(self, records=(), counters=None):
        self.records = [FakeRecord(r) for r in records]
        self.counters = counters or _counters()

    def consume(self):
        return SimpleNamespace(counters=self.counters)

    def keys(self):
        return list(self.records[0]) if self.records else []

    def __iter__(self):
        return iter(self.records)


class FakeDriver:
    """Records calls in ``self.calls`` as (how, statement, params); ``failures`` are raised in order."""

    def __init__(self, failures=(), store: FakeStore | None = None, fail_on: str = "write"):
        self.calls: list[tuple[str, str, dict]] = []
        self.failures = list(failures)
        self.fail_on = fail_on
        self.store = store or FakeStore()
        self.closed = False
        self.databases = []

    def session(self, database=None):
        self.databases.append(database)
        return FakeSession(self)

    def close(self):
        self.closed = True

    def _maybe_fail(self, how):
        if self.failures and how == self.fail_on:
            exc = self.failures.pop(0)
            if exc is not None:
                raise exc

    # ---- imitation of the statements graphload sends
    def execute(self, how: str, statement: str, params: dict) -> FakeResult:
        self.calls.append((how, statement, params))
        templates = {v: k for k, v in q.load_templates().items()}
        if statement in templates:
            return self._merge(templates[statement], params["rows"])
        for kind, text in q.PULL_NODES.items():
            if statement == text:
                return self._page_nodes(kind, params)
        for rel_type, text in q.PULL_RELS.items():
            if statement == text:
                return self._page_rels(rel_type, params)
        return FakeResult([{"ok": 1}])

    def _merge(self, which, rows) -> FakeResult:
        kind, name = which
        created = props = 0
        for row in rows:
            props += len(row["props"])
            if kind == "node":
                labels = ["Document"] if name == "Document" else ["Entity", name]
                created += row["id"] not in self.store.nodes
                self.store.nodes[row["id"]] = (labels, {"id": row["id"], **row["props"]})
            else:
                key = (name, row["from"], row["to"], row["key"])
                created += key not in self.store.rels
                self.store.rels[key] = {"key": row["key"], **row["props"]}
        c = _counters(nodes_created=created if kind == "node" else 0,
                      relationships_created=created if kind == "rel" else 0, properties_set=props)
        return FakeResult(counters=c)

    def _page_nodes(self, kind, params) -> FakeResult:
        ids = sorted(i for i, (labels, _) in self.store.nodes.items() if kind in labels and i > params["after"])
        return FakeResult([{"id": i, "labels": self.store.nodes[i][0], "props": self.store.nodes[i][1]}
                           for i in ids[: params["limit"]]])

    def _page_rels(self, rel_type, params) -> FakeResult:
        cursor = (params["after"], params["after_from"], params["after_to"])
        found = sorted((k[3], k[1], k[2]) for k in self.store.rels if k[0] == rel_type)
        found = [f for f in found if f > cursor][: params["limit"]]
        return FakeResult([{"source": s, "target": t, "key": key, "props": self.store.rels[(rel_type, s, t, key)]}
                           for key, s, t in found])


class FakeTx:
    def __init__(self, driver, how):
        self.driver, self.how = driver, how

    def run(self, statement, parameters=None, **kw):
        return self.driver.execute(self.how, statement, {**(parameters or {}), **kw})


class FakeSession:
    def __init__(self, driver):
        self.driver = driver

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def run(self, statement, parameters=None, **kw):
        self.driver._maybe_fail("run")
        return self.driver.execute("run", statement, {**(parameters or {}), **kw})

    def execute_write(self, fn, *args, **kwargs):
        self.driver._maybe_fail("write")
        return fn(FakeTx(self.driver, "write"), *args, **kwargs)

    def execute_read(self, fn, *args, **kwargs):
        self.driver._maybe_fail("read")
        return fn(FakeTx(self.driver, "read"), *args, **kwargs)
