"""Neo4j, the reading side: pull graphload's graph back into networkx, count it, run one query.

Every statement of graphload's own comes from :mod:`graphload.neo4j_queries`; data travels only as
parameters. Reads page with keyset cursors, so a large graph never sits in one result.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import networkx as nx

from . import neo4j_queries as q
from .models import ENTITY_LABELS
from .neo4j_load import Neo4jSettings, _db, neo4j_errors


def _read_tx(tx, statement: str, params: dict) -> list[dict]:
    return [record.data() for record in tx.run(statement, params)]


def _pages(session, statement: str, cursor: Callable[[dict | None], dict], page_size: int) -> Iterator[dict]:
    """Keyset paging: ``cursor(None)`` gives the first page's parameters, ``cursor(last)`` the next."""
    params = cursor(None)
    while True:
        page = session.execute_read(_read_tx, statement, {**params, "limit": page_size})
        yield from page
        if len(page) < page_size:
            return
        params = cursor(page[-1])


def _node_cursor(rec: dict | None) -> dict:
    return {"after": rec["id"] if rec else ""}


def _rel_cursor(rec: dict | None) -> dict:
    rec = rec or {"key": "", "source": "", "target": ""}
    return {"after": rec["key"], "after_from": rec["source"], "after_to": rec["target"]}


_NODE_ORDER = ("name", "source", "title", "aliases", "language", "doc_count", "date", "chars", "qid")
_EDGE_ORDER = ("doc", "evidence", "date", "confidence", "title", "count")


def _ordered(props: dict, order: tuple[str, ...]) -> dict:
    first = {k: props[k] for k in order if k in props}
    return first | {k: props[k] for k in sorted(props) if k not in first}


def pull(driver, *, settings: Neo4jSettings | None = None, page_size: int = 10000) -> nx.MultiDiGraph:
    """Read graphload's nodes and relationships back into the networkx mirror, page by page."""
    g = nx.MultiDiGraph()
    with neo4j_errors(settings), driver.session(database=_db(settings)) as session:
        for kind in ("Document", "Entity"):
            for rec in _pages(session, q.PULL_NODES[kind], _node_cursor, page_size):
                label = "Document" if kind == "Document" else next(
                    (x for x in rec["labels"] if x in ENTITY_LABELS), "")
                props = {k: v for k, v in rec["props"].items() if k != "id"}
                if label == "Document":
                    props.setdefault("date", None)
                g.add_node(rec["id"], id=rec["id"], label=label, **_ordered(props, _NODE_ORDER))
        for rel_type, statement in q.PULL_RELS.items():
            for rec in _pages(session, statement, _rel_cursor, page_size):
                props = {k: v for k, v in rec["props"].items() if k != "key"}
                if rel_type != "MENTIONS":
                    props.setdefault("date", None)
                g.add_edge(rec["source"], rec["target"], key=rec["key"], type=rel_type,
                           **_ordered(props, _EDGE_ORDER))
    return g


def count_graph(driver, *, settings: Neo4jSettings | None = None) -> dict:
    """Numbers of graphload nodes and relationships in the database."""
    with neo4j_errors(settings), driver.session(database=_db(settings)) as session:
        nodes = session.execute_read(_read_tx, q.COUNT_NODES, {})[0]["nodes"]
        rels = session.execute_read(_read_tx, q.COUNT_RELS, {})[0]["relationships"]
    return {"nodes": nodes, "relationships": rels}


@dataclass
class QueryResult:
    """Column names and rows (plain Python values) of one query."""

    keys: list[str]
    rows: list[list]


def plain(value):
    """A driver value as plain data: nodes and relationships become dicts, paths lists."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return {"labels": sorted(value.labels), **dict(value)}
    if isinstance(value, Relationship):
        return {"type": value.type, **dict(value)}
    if isinstance(value, Path):
        return [plain(n) for n in value.nodes]
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def run_query(driver, statement: str, params: dict | None = None, *,
              settings: Neo4jSettings | None = None, limit: int | None = None) -> QueryResult:
    """Run one user or curated statement (auto-commit) and return its columns and rows."""
    with neo4j_errors(settings), driver.session(database=_db(settings)) as session:
        result = session.run(statement, params or {})
        keys = list(result.keys())
        rows = []
        for record in result:
            if limit is not None and len(rows) >= limit:
                break
            rows.append([plain(v) for v in record.values()])
        result.consume()
    return QueryResult(keys, rows)
