"""The merged graph, its networkx mirror, GraphML out, and snapshots of its state.

Node-link JSON (``graph.json``) is read and written by :mod:`graphload.nodelink`;
:func:`write_json` and :func:`read_json` are importable from here too.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field, fields
from operator import attrgetter
from pathlib import Path

import networkx as nx

from .graph_index import _Index, _Tally
from .models import (
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
    merged: dict[str, str] = field(default_factory=dict)  # entity id -> id it was merged into (linking)
    _index: _Index | None = field(default=None, init=False, repr=False, compare=False)

    def add(self, result: DocResult) -> None:
        """Merge one document's extraction; a document id already present is replaced.

        An entity's ``name`` is the name most documents give it (ties: the
        smallest string), its ``aliases`` the sorted forms of every document, so
        the graph does not depend on the order documents are merged in.
        """
        doc = result.document
        if doc.id in self.documents:
            self.remove_document(doc.id)
        index = self._live_index(create=True)
        self.documents[doc.id] = doc
        variants = []
        for ent in result.entities.values():
            mine = self.entities.get(ent.id)
            if mine is None:
                mine = Entity(ent.id, ent.label, ent.name, [], 0, ent.qid, dict(ent.props))
                self.entities[ent.id] = mine
            if index is None:
                mine.add_aliases(ent.aliases)
                if ent.name not in mine.aliases:
                    mine.add_aliases([ent.name])
                mine.qid = mine.qid or ent.qid
            else:
                variants.append(index.count_in(mine, ent))
        seen = []
        for ent_id, count in result.mentions.items():
            mine = self.entities.get(ent_id)
            if mine is not None:
                self.mentions[(doc.id, mine.id)] = count  # the graph's own id string: one copy per entity
                mine.doc_count += 1
                seen.append(mine.id)
        keys = []
        for rel in self._shared_strings(doc.id, result.relations):
            key = rel.key
            self.relations[key] = rel
            keys.append(key)
        if index is not None:
            index.docs[doc.id] = (tuple(keys), tuple(seen), tuple(variants))

    def _shared_strings(self, doc_id: str, relations: list[Relation]) -> list[Relation]:
        """The relations with ids, types and dates pointing at one string object each, and one evidence
        string per sentence: a graph of a million facts then holds (and snapshots) each string once."""
        ents, texts = self.entities, {}
        for rel in relations:
            rel.type = sys.intern(rel.type)
            if rel.doc == doc_id:
                rel.doc = doc_id
            src, dst = ents.get(rel.source), ents.get(rel.target)
            rel.source = rel.source if src is None else src.id
            rel.target = rel.target if dst is None else dst.id
            rel.evidence = texts.setdefault(rel.evidence, rel.evidence)
            if rel.date is not None:
                rel.date = sys.intern(rel.date)
        return relations

    def remove_document(self, doc_id: str) -> None:
        """Drop a document, its relations and mentions, and entities left with no source."""
        index = self._live_index(create=False)
        if index is None:
            self._remove_by_scan(doc_id)
            return
        if doc_id not in index.docs:
            return
        keys, seen, variants = index.docs.pop(doc_id)
        self.documents.pop(doc_id, None)
        for key in keys:
            rel = self.relations.get(key)
            if rel is not None and rel.doc == doc_id:
                del self.relations[key]
        for ent_id in seen:
            if self.mentions.pop((doc_id, ent_id), None) is not None:
                self.entities[ent_id].doc_count -= 1
        for variant in variants:
            index.count_out(self.entities, variant)

    def _remove_by_scan(self, doc_id: str) -> None:
        """:meth:`remove_document` for a graph not built by :meth:`add` alone (a scan of everything)."""
        self._index = None
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

    def _live_index(self, create: bool) -> _Index | None:
        """The by-document index, if it still describes these dicts; a new one for an empty graph."""
        index = self._index
        if index is not None and index.owns(self):
            return index
        self._index = None
        if create and not (self.documents or self.entities or self.relations or self.mentions):
            self._index = _Index(self)
        return self._index

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

    def to_networkx(self, mentions: bool = True) -> nx.MultiDiGraph:
        """The networkx mirror: one node per entity and document, one edge per relation.

        ``mentions=False`` leaves out the MENTIONS edges (most of a big graph's
        edges), which the report and the HTML page do not draw.
        """
        g = nx.MultiDiGraph()
        for doc in sorted(self.documents.values(), key=lambda d: d.id):
            g.add_node(doc.id, **doc.node_attrs())
        for ent in sorted(self.entities.values(), key=lambda e: e.id):
            g.add_node(ent.id, **ent.node_attrs())
        for (doc_id, ent_id), count in sorted(self.mentions.items()) if mentions else ():
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


def flat_value(value):
    """A list as "a|b", a dict as JSON text, anything else as it is (for GraphML and GEXF)."""
    if isinstance(value, (list, tuple, set)):
        return "|".join(str(x) for x in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def relation_types() -> list[str]:
    """Relationship types other than MENTIONS, in model order."""
    return [t.value for t in RelType if t is not RelType.MENTIONS]


def graph_state(graph: Graph) -> dict:
    """The graph (with its by-document index) as plain tuples, for :mod:`marshal` snapshots.

    Much faster to write and read than pickling millions of dataclass objects;
    :func:`graph_from_state` is the inverse. Entity ``props`` must hold plain values.
    """
    names = {cls.__name__: tuple(f.name for f in fields(cls)) for cls in (Document, Entity, Relation)}
    row = {name: attrgetter(*fs) for name, fs in names.items()}
    index = graph._live_index(create=False)
    state = {
        "fields": names,
        "documents": list(map(row["Document"], graph.documents.values())),
        "entities": list(map(row["Entity"], graph.entities.values())),
        "relation_keys": list(graph.relations),
        "relations": list(map(row["Relation"], graph.relations.values())),
        "mention_keys": list(graph.mentions),
        "mention_counts": list(graph.mentions.values()),
        "index": None,
    }
    if index is not None:
        state["index"] = (
            list(index.docs.items()),
            [(k, t.docs, t.names, t.forms, t.qids) for k, t in index.tally.items()],
            [tuple(slot) for slot in index.variants.values()],
        )
    return state


def graph_from_state(state: dict) -> Graph:
    """Inverse of :func:`graph_state`; raises ValueError when the model's fields changed since."""
    names = {cls.__name__: tuple(f.name for f in fields(cls)) for cls in (Document, Entity, Relation)}
    if state["fields"] != names:
        raise ValueError("the graph model changed since the snapshot was written")
    g = Graph()
    g.documents = {row[0]: Document(*row) for row in state["documents"]}
    g.entities = {row[0]: Entity(*row) for row in state["entities"]}
    g.relations = dict(zip(state["relation_keys"], (Relation(*row) for row in state["relations"])))
    g.mentions = dict(zip(state["mention_keys"], state["mention_counts"]))
    if state["index"] is not None:
        docs, tallies, variants = state["index"]
        index = g._index = _Index(g)
        index.docs = dict(docs)
        for ent_id, n, names_, forms, qids in tallies:
            tally = index.tally[ent_id] = _Tally()
            tally.docs, tally.names, tally.forms, tally.qids = n, names_, forms, qids
        index.variants = {v[0]: list(v) for v in variants}
    return g


def write_json(g, path: str | Path, reuse_key: str | None = None) -> Path:
    """Write node-link JSON: see :func:`graphload.nodelink.write_json`."""
    from .nodelink import write_json as write

    return write(g, path, reuse_key)


def write_graphml(g, path: str | Path, reuse_key: str | None = None) -> Path:
    """Write GraphML: see :func:`graphload.graphml.write_graphml`."""
    from .graphml import write_graphml as write

    return write(g, path, reuse_key)


def read_json(path: str | Path) -> nx.MultiDiGraph:
    """Read node-link JSON: see :func:`graphload.nodelink.read_json`."""
    from .nodelink import read_json as read

    return read(path)


def validate(g: nx.MultiDiGraph, where: str = "graph") -> None:
    """Check labels and relationship types: see :func:`graphload.nodelink.validate`."""
    from .nodelink import validate as check

    check(g, where)


__all__ = [
    "Graph",
    "flat_value",
    "graph_from_networkx",
    "graph_from_state",
    "graph_state",
    "read_json",
    "relation_types",
    "validate",
    "write_graphml",
    "write_json",
]
