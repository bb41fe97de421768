"""Node-link JSON in and out: ``graph.json``, the file every other command reads.

:func:`write_json` streams a :class:`~graphload.graph.Graph` (or a networkx
graph) in chunks: the nodes, then the edges grouped by document, one line per
document. Given a ``reuse_key`` (the extractor version of a build), lines of unchanged
documents are copied from the previous file (:mod:`graphload.doclines`), which
keeps an incremental build over 100,000 documents from encoding a gigabyte of
JSON again.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import networkx as nx

try:
    import orjson
except ImportError:  # pragma: no cover - a dependency; json is the fallback
    orjson = None

from .doclines import (
    layout_path,
    load_layout,
    node_dicts,
    plan_edges,
    save_layout,
    write_doc_lines,
)
from .errors import GraphFormatError
from .graph import Graph
from .models import ALL_LABELS, REL_TYPES, Relation


def write_json(g: nx.MultiDiGraph | Graph, path: str | Path, reuse_key: str | None = None) -> Path:
    """Write the graph as networkx node-link JSON (``nodes`` and ``edges``), streamed in chunks.

    A :class:`Graph` is written straight from its dicts, the same nodes and
    edges as its networkx mirror (:meth:`Graph.to_networkx`) but without
    building it: edges come grouped by document, one line per document. With
    ``reuse_key``, lines of documents unchanged since the last write with the
    same key are copied from the old file (the output is the same bytes).

    >>> import tempfile, networkx as nx
    >>> g = nx.MultiDiGraph(); g.add_node("country:kz", label="Country", name="Kazakhstan")
    >>> p = write_json(g, Path(tempfile.mkdtemp()) / "g.json")
    >>> read_json(p).nodes["country:kz"]["name"]
    'Kazakhstan'
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    if not isinstance(g, Graph):
        with open(tmp, "wb") as fh:
            _write_head(fh, g.graph, g.is_directed(), g.is_multigraph(), _nx_nodes(g))
            _write_parts(fh, (p.encode("utf-8") for p in _chunks(_nx_edges(g))))
            fh.write(b"]}\n")
        tmp.replace(path)
        layout_path(path).unlink(missing_ok=True)
        return path
    old = load_layout(path, reuse_key) if reuse_key else None
    plan = plan_edges(g, old)
    render = _json_line if _template_fits() else _json_line_slow
    with open(tmp, "wb") as fh:
        _write_head(fh, {}, True, True, node_dicts(g, plan.extra))
        lines = write_doc_lines(fh, g, plan, render, path if old is not None else None, b"\n", b",\n")
        fh.write(b"]}\n")
    tmp.replace(path)
    save_layout(path, reuse_key, g, plan, lines)
    return path


# ------------------------------------------------------------------ encoding


def _dumps(value) -> str:
    """Compact JSON text; orjson (C) when installed, ten times faster on big graphs than json."""
    if orjson is not None:
        return orjson.dumps(value).decode("utf-8")
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _chunks(items: Iterator[dict], size: int = 2000) -> Iterator[str]:
    """JSON text of ``size`` array items at a time, without the brackets (one encoder call each)."""
    chunk: list[dict] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield _dumps(chunk)[1:-1]
            chunk.clear()
    if chunk:
        yield _dumps(chunk)[1:-1]


def _write_head(fh, head: dict, directed: bool, multigraph: bool, nodes: Iterator[dict]) -> None:
    """Everything up to the first edge: the graph flags, its attributes and the nodes."""
    fh.write(f'{{"directed":{_dumps(directed)},"multigraph":{_dumps(multigraph)},"graph":{_dumps(head)},'
             .encode())
    fh.write(b'\n"nodes":[')
    _write_parts(fh, (p.encode("utf-8") for p in _chunks(nodes)))
    fh.write(b'],\n"edges":[')


def _write_parts(fh, parts: Iterator[bytes]) -> None:
    """Write non-empty JSON fragments separated by commas, one per line."""
    sep = b"\n"
    for part in parts:
        if part:
            fh.write(sep)
            fh.write(part)
            sep = b",\n"


def _nx_nodes(g: nx.MultiDiGraph) -> Iterator[dict]:
    for n, a in g.nodes(data=True):
        yield {**a, "id": n}


def _nx_edges(g: nx.MultiDiGraph) -> Iterator[dict]:
    if g.is_multigraph():
        for u, v, k, a in g.edges(keys=True, data=True):
            yield {**a, "source": u, "target": v, "key": k}
    else:
        for u, v, a in g.edges(data=True):
            yield {**a, "source": u, "target": v}


_enc = json.encoder.encode_basestring  # the C string encoder when available (non-ASCII kept)
_MENTION = '{{"type":"MENTIONS","doc":{0},"count":{1},"source":{0},"target":{2},"key":{3}}}'


def _relation_json(rel: Relation, key: str) -> str:
    """What ``json.dumps`` gives for a relation's edge dict, by string formatting (several times faster)."""
    date = "null" if rel.date is None else _enc(rel.date)
    title = f',"title":{_enc(rel.title)}' if rel.title else ""
    return (f'{{"type":{_enc(rel.type)},"doc":{_enc(rel.doc)},"evidence":{_enc(rel.evidence)},"date":{date},'
            f'"confidence":{round(float(rel.confidence), 3)!r}{title},"source":{_enc(rel.source)},'
            f'"target":{_enc(rel.target)},"key":{_enc(key)}}}')


def _template_fits() -> bool:
    """Whether :func:`_relation_json` still writes what ``Relation.edge_attrs`` holds."""
    for probe in (Relation("T", "a", "b", "d", 'say "ä"', "2010", 0.12345, "t"), Relation("T", "a", "b", "d", "e")):
        want = _dumps({**probe.edge_attrs(), "source": "a", "target": "b", "key": "k"})
        if _relation_json(probe, "k") != want:
            return False
    return True


def _json_line(graph: Graph, doc: str, mentions: list, keys: list) -> bytes:
    """One document's edges (its mentions by entity id, then its relations by key) by string formatting."""
    rels = graph.relations
    d, m = _enc(doc), _enc(f"MENTIONS|{doc}")
    parts = [_MENTION.format(d, c, _enc(e), m) for e, c in mentions]
    parts += [_relation_json(rels[k], k) for k in keys]
    return ",".join(parts).encode("utf-8")


def _json_line_slow(graph: Graph, doc: str, mentions: list, keys: list) -> bytes:
    """:func:`_json_line` through the JSON encoder, for when the template no longer fits the model."""
    rels = graph.relations
    items = [{"type": "MENTIONS", "doc": doc, "count": c, "source": doc, "target": e, "key": f"MENTIONS|{doc}"}
             for e, c in mentions]
    items += [{**rels[k].edge_attrs(), "source": rels[k].source, "target": rels[k].target, "key": k} for k in keys]
    return _dumps(items)[1:-1].encode("utf-8")


# ------------------------------------------------------------------ reading


def read_json(path: str | Path) -> nx.MultiDiGraph:
    """Read node-link JSON written by :func:`write_json` back into a MultiDiGraph."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GraphFormatError(f"{path}: no such graph file; run `graphload extract` or `graphload build` first") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GraphFormatError(f"{path}: not valid JSON ({exc}); pass a graph.json written by graphload") from None
    if not isinstance(data, dict) or "nodes" not in data:
        raise GraphFormatError(f"{path}: not node-link JSON (no 'nodes'); pass a graph.json written by graphload")
    edges_key = "edges" if "edges" in data else "links"
    try:
        g = nx.node_link_graph(data, directed=True, multigraph=True, edges=edges_key)
    except (KeyError, TypeError, nx.NetworkXError) as exc:
        raise GraphFormatError(f"{path}: malformed node-link JSON ({exc})") from None
    for node_id, attrs in g.nodes(data=True):
        attrs.setdefault("id", node_id)  # node_link_graph turns the id into the key; keep it as an attribute too
    validate(g, str(path))
    return g


def validate(g: nx.MultiDiGraph, where: str = "graph") -> None:
    """Check that labels and relationship types come from the model's closed lists."""
    for node_id, a in g.nodes(data=True):
        if a.get("label") not in ALL_LABELS:
            raise GraphFormatError(f"{where}: node {node_id!r} has label {a.get('label')!r}, not one of {ALL_LABELS}")
    for u, v, a in g.edges(data=True):
        if a.get("type") not in REL_TYPES:
            raise GraphFormatError(f"{where}: edge {u!r}->{v!r} has type {a.get('type')!r}, not one of {REL_TYPES}")
