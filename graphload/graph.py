"""The merged graph, its networkx mirror, and node-link JSON / GraphML in and out."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from .errors import GraphFormatError
from .models import (
    ALL_LABELS,
    REL_TYPES,
    DocResult,
    Document,
    Entity,
    Relation,
    RelType,
)


@dataclass
class Graph:
    """All documents, entities, relations and mention counts of one build."""

    documents: dict[str, Document] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    relations: dict[str, Relation] = field(default_factory=dict)  # keyed by Relation.key
    mentions: dict[tuple[str, str], int] = field(default_factory=dict)  # (doc, entity) -> count

    def add(self, result: DocResult) -> None:
        """Merge one document's extraction; a document id already present is replaced."""
        doc = result.document
        if doc.id in self.documents:
            self.remove_document(doc.id)
        self.documents[doc.id] = doc
        for ent in result.entities.values():
            mine = self.entities.get(ent.id)
            if mine is None:
                mine = Entity(ent.id, ent.label, ent.name, [], 0, ent.qid, dict(ent.props))
                self.entities[ent.id] = mine
            mine.add_aliases(ent.aliases)
            if ent.name not in mine.aliases:
                mine.add_aliases([ent.name])
            mine.qid = mine.qid or ent.qid
        for ent_id, count in result.mentions.items():
            if ent_id in self.entities:
                self.mentions[(doc.id, ent_id)] = count
                self.entities[ent_id].doc_count += 1
        for rel in result.relations:
            self.relations[rel.key] = rel

    def remove_document(self, doc_id: str) -> None:
        """Drop a document, its relations and mentions, and entities left with no source."""
        self.documents.pop(doc_id, None)
        for key in [k for k, r in self.relations.items() if r.doc == doc_id]:
            del self.relations[key]
        for doc, ent_id in [k for k in self.mentions if k[0] == doc_id]:
            del self.mentions[(doc, ent_id)]
            ent = self.entities.get(ent_id)
            if ent is not None:
                ent.doc_count -= 1
        used = {e for _, e in self.mentions}
        used |= {r.source for r in self.relations.values()} | {r.target for r in self.relations.values()}
        for ent_id in [e for e in self.entities if e not in used]:
            del self.entities[ent_id]

    def summary(self) -> dict:
        """Counts: documents, nodes per label, edges per type."""
        labels = Counter(e.label for e in self.entities.values())
        types = Counter(r.type for r in self.relations.values())
        types["MENTIONS"] = len(self.mentions)
        return {
            "documents": len(self.documents),
            "nodes": dict(sorted(labels.items())),
            "edges": dict(sorted((k, v) for k, v in types.items() if v)),
        }

    def to_networkx(self) -> nx.MultiDiGraph:
        """The networkx mirror: one node per entity and document, one edge per relation."""
        g = nx.MultiDiGraph()
        for doc in sorted(self.documents.values(), key=lambda d: d.id):
            g.add_node(doc.id, **doc.node_attrs())
        for ent in sorted(self.entities.values(), key=lambda e: e.id):
            g.add_node(ent.id, **ent.node_attrs())
        for (doc_id, ent_id), count in sorted(self.mentions.items()):
            g.add_edge(doc_id, ent_id, key=f"MENTIONS|{doc_id}", type="MENTIONS", doc=doc_id, count=count)
        for key, rel in sorted(self.relations.items()):
            g.add_edge(rel.source, rel.target, key=key, **rel.edge_attrs())
        return g


def graph_from_networkx(g: nx.MultiDiGraph) -> Graph:
    """Rebuild a :class:`Graph` from its networkx mirror (documents lose their text)."""
    out = Graph()
    for node_id, a in g.nodes(data=True):
        if a.get("label") == "Document":
            out.documents[node_id] = Document(
                id=node_id, source=a.get("source", ""), text="", title=a.get("title", ""),
                language=a.get("language", "und"), date=a.get("date"), chars=a.get("chars", 0),
            )
        else:
            known = {"id", "label", "name", "aliases", "doc_count", "qid"}
            out.entities[node_id] = Entity(
                id=node_id, label=a.get("label", ""), name=a.get("name", node_id),
                aliases=list(a.get("aliases") or []), doc_count=int(a.get("doc_count", 0)),
                qid=a.get("qid"), props={k: v for k, v in a.items() if k not in known},
            )
    for u, v, a in g.edges(data=True):
        if a.get("type") == "MENTIONS":
            out.mentions[(u, v)] = int(a.get("count", 1))
            continue
        rel = Relation(
            type=a["type"], source=u, target=v, doc=a.get("doc", ""), evidence=a.get("evidence", ""),
            date=a.get("date"), confidence=float(a.get("confidence", 0.0)), title=a.get("title"),
        )
        out.relations[rel.key] = rel
    return out


def write_json(g: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write the graph as networkx node-link JSON (``nodes`` and ``edges``)."""
    data = nx.node_link_data(g, edges="edges")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(path)
    return path


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


def write_graphml(g: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write GraphML for Gephi / yEd; list attributes become ``|``-joined strings."""
    h = nx.MultiDiGraph()
    for n, a in g.nodes(data=True):
        h.add_node(n, **{k: _graphml_value(v) for k, v in a.items() if v is not None})
    for u, v, k, a in g.edges(keys=True, data=True):
        h.add_edge(u, v, key=k, **{x: _graphml_value(y) for x, y in a.items() if y is not None})
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    nx.write_graphml(h, path)
    return path


def _graphml_value(value):
    if isinstance(value, (list, tuple, set)):
        return "|".join(str(x) for x in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def relation_types() -> list[str]:
    """Relationship types other than MENTIONS, in model order."""
    return [t.value for t in RelType if t is not RelType.MENTIONS]
