"""Node-link JSON in and out: ``graph.json``, the file every other command reads.

:func:`write_json` streams a :class:`~graphload.graph.Graph` (or a networkx
graph) in chunks: the nodes, then the edges grouped by document, one line per
document. Given a ``reuse_key`` (the extractor version of a build), it also
keeps ``graph.json.layout`` next to the file, where each document's line is;
the next write with the same key copies the lines of unchanged documents from
the previous file instead of encoding them again, which keeps an incremental
build over 100,000 documents from rewriting a gigabyte of JSON from scratch.
"""

from __future__ import annotations

import json
import marshal
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

try:
    import orjson
except ImportError:  # pragma: no cover - a dependency; json is the fallback
    orjson = None

from .errors import GraphFormatError
from .graph import Graph
from .models import ALL_LABELS, REL_TYPES, Relation

LAYOUT_SUFFIX = ".layout"
_LAYOUT_FORMAT = 1
_COPY_CHUNK = 1 << 22


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
    layout_path = path.with_name(path.name + LAYOUT_SUFFIX)
    if not isinstance(g, Graph):
        with open(tmp, "wb") as fh:
            _write_head(fh, g.graph, g.is_directed(), g.is_multigraph(), _nx_nodes(g))
            _write_parts(fh, (p.encode("utf-8") for p in _chunks(_nx_edges(g))))
            fh.write(b"]}\n")
        tmp.replace(path)
        layout_path.unlink(missing_ok=True)
        return path
    old = _load_layout(layout_path, path, reuse_key) if reuse_key else None
    plan = _plan_edges(g, old)
    with open(tmp, "wb") as fh:
        _write_head(fh, {}, True, True, _graph_nodes(g, plan.extra))
        lines = _write_doc_lines(fh, g, plan, path if old is not None else None)
        fh.write(b"]}\n")
    tmp.replace(path)
    if reuse_key:
        _save_layout(layout_path, path, reuse_key, g.merged, bool(plan.extra), lines)
    else:
        layout_path.unlink(missing_ok=True)
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


def _graph_nodes(graph: Graph, extra: dict[str, None]) -> Iterator[dict]:
    """Node dicts: documents, then entities, each by id, then edge ends that are not nodes."""
    for doc in sorted(graph.documents.values(), key=lambda d: d.id):
        yield doc.node_attrs()
    for ent in sorted(graph.entities.values(), key=lambda e: e.id):
        yield ent.node_attrs()
    for n in extra:
        yield {"id": n}


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


def _doc_line(graph: Graph, doc: str, mentions: list, keys: list, fast: bool) -> bytes:
    """One document's edges: its mentions by entity id, then its relations by key."""
    rels = graph.relations
    mentions.sort()
    keys.sort()
    if fast:
        d, m = _enc(doc), _enc(f"MENTIONS|{doc}")
        parts = [_MENTION.format(d, c, _enc(e), m) for e, c in mentions]
        parts += [_relation_json(rels[k], k) for k in keys]
        return ",".join(parts).encode("utf-8")
    items = [{"type": "MENTIONS", "doc": doc, "count": c, "source": doc, "target": e, "key": f"MENTIONS|{doc}"}
             for e, c in mentions]
    items += [{**rels[k].edge_attrs(), "source": rels[k].source, "target": rels[k].target, "key": k} for k in keys]
    return _dumps(items)[1:-1].encode("utf-8")


# ------------------------------------------------------------------ which lines to write, which to copy


@dataclass
class _Layout:
    """Where the last write put each document's edge line, and what it was written under."""

    merged: dict[str, str]
    extra: bool
    lines: dict[str, tuple[int, int]]  # doc id -> (offset, length) in the old file


@dataclass
class _EdgePlan:
    """Documents whose lines are copied, documents whose lines are encoded, and ends that are not nodes."""

    copy: dict[str, tuple[int, int]] = field(default_factory=dict)
    render: dict[str, tuple[list, list]] = field(default_factory=dict)  # doc -> (mentions, relation keys)
    extra: dict[str, None] = field(default_factory=dict)


def _plan_edges(graph: Graph, old: _Layout | None) -> _EdgePlan:
    """Group the edges to encode by document; with an old layout, only documents it cannot supply."""
    plan = _EdgePlan()
    if old is not None and not old.extra:
        dirty = _dirty_documents(graph, old.merged)
        plan.copy = {d: span for d, span in old.lines.items() if d in graph.documents and d not in dirty}
    copy, render = plan.copy, plan.render
    for (doc, ent), count in graph.mentions.items():
        if doc not in copy:
            render.setdefault(doc, ([], []))[0].append((ent, count))
    for key, rel in graph.relations.items():
        if rel.doc not in copy:
            render.setdefault(rel.doc, ([], []))[1].append(key)
    known = graph.documents.keys() | graph.entities.keys()
    for doc in sorted(render):
        mentions, keys = render[doc]
        ends = [doc, *(e for e, _ in sorted(mentions))] if mentions else []
        for key in sorted(keys):
            rel = graph.relations[key]
            ends += (rel.source, rel.target)
        plan.extra.update((n, None) for n in ends if n not in known)
    if plan.extra:
        plan.copy = {}
        return _plan_edges(graph, None) if old is not None else plan
    return plan


def _dirty_documents(graph: Graph, old_merged: dict[str, str]) -> set[str]:
    """Documents whose edges a change of the cross-document merges since the old write may have changed."""
    now = graph.merged
    changed = {x for x in old_merged.keys() | now.keys() if old_merged.get(x) != now.get(x)}
    if not changed:
        return set()
    touched = changed | {now[x] for x in changed if x in now}
    dirty = {doc for doc, ent in graph.mentions if ent in touched}
    dirty.update(r.doc for r in graph.relations.values() if r.source in touched or r.target in touched)
    return dirty


def _write_doc_lines(fh, graph: Graph, plan: _EdgePlan, old_path: Path | None) -> dict[str, tuple[int, int]]:
    """Write every document's edge line in document order; returns where each went."""
    fast = _template_fits()
    where: dict[str, tuple[int, int]] = {}
    pos = fh.tell()
    sep = b"\n"
    with open(old_path, "rb") if old_path is not None and plan.copy else _NoFile() as src:
        for doc in sorted(plan.copy.keys() | plan.render.keys()):
            span = plan.copy.get(doc)
            if span is not None:
                line = _read_span(src, span)
            else:
                line = _doc_line(graph, doc, *plan.render[doc], fast)
            if not line:
                continue
            fh.write(sep)
            pos += len(sep)
            fh.write(line)
            where[doc] = (pos, len(line))
            pos += len(line)
            sep = b",\n"
    return where


def _read_span(src, span: tuple[int, int]) -> bytes:
    """The bytes of one old line."""
    src.seek(span[0])
    data = src.read(span[1])
    if len(data) != span[1]:
        raise GraphFormatError(f"{src.name}: changed while being rewritten; run the build again")
    return data


class _NoFile:
    """Stands in for the old file when nothing is copied from it."""

    def __enter__(self):
        return None

    def __exit__(self, *exc) -> None:
        return None


def _load_layout(layout_path: Path, path: Path, key: str) -> _Layout | None:
    """The layout of the last write, if it describes the file at ``path`` as it is and was made under ``key``."""
    try:
        data = marshal.loads(layout_path.read_bytes())
        st = os.stat(path)
        if not isinstance(data, dict) or data.get("format") != _LAYOUT_FORMAT or data.get("key") != key:
            return None
        if (data["size"], data["mtime_ns"]) != (st.st_size, st.st_mtime_ns):
            return None
        return _Layout(data["merged"], data["extra"], dict(zip(data["docs"], data["spans"])))
    except (OSError, EOFError, ValueError, TypeError, KeyError):
        return None


def _save_layout(layout_path: Path, path: Path, key: str, merged: dict[str, str], extra: bool,
                 lines: dict[str, tuple[int, int]]) -> None:
    """Record where each document's line is in the file just written (atomically)."""
    st = os.stat(path)
    data = {"format": _LAYOUT_FORMAT, "key": key, "size": st.st_size, "mtime_ns": st.st_mtime_ns,
            "merged": dict(merged), "extra": extra, "docs": list(lines), "spans": list(lines.values())}
    tmp = layout_path.with_name(layout_path.name + ".tmp")
    tmp.write_bytes(marshal.dumps(data))
    tmp.replace(layout_path)


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
