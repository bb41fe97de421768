"""The merged graph, its networkx mirror, GraphML out, and snapshots of its state.

Node-link JSON (``graph.json``) is read and written by :mod:`graphload.nodelink`;
:func:`write_json` and :func:`read_json` are importable from here too.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field, fields
from operator import attrgetter
from pathlib import Path

import networkx as nx

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
            if ent_id in self.entities:
                self.mentions[(doc.id, ent_id)] = count
                self.entities[ent_id].doc_count += 1
                seen.append(ent_id)
        keys = []
        for rel in result.relations:
            key = rel.key
            self.relations[key] = rel
            keys.append(key)
        if index is not None:
            index.docs[doc.id] = (tuple(keys), tuple(seen), tuple(variants))

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


class _Index:
    """What each document brought to a :class:`Graph`, so removing one touches only its own parts.

    ``docs`` maps a document id to its relation keys, mentioned entity ids and
    entity variants; ``tally`` counts per entity how many documents give each
    name, form and QID. Valid while the graph's dicts are the ones it was built
    with (:meth:`owns`); code that swaps them (the cross-document linking) ends it.
    """

    __slots__ = ("dicts", "docs", "tally", "variants")

    def __init__(self, graph: Graph):
        self.dicts = (graph.documents, graph.entities, graph.relations, graph.mentions)
        self.docs: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple]] = {}
        self.tally: dict[str, _Tally] = {}
        self.variants: dict[tuple, list] = {}  # interned (id, name, forms, qid) -> [itself, documents]

    def owns(self, graph: Graph) -> bool:
        """Whether the graph still holds the dicts this index describes."""
        d = self.dicts
        return (d[0] is graph.documents and d[1] is graph.entities
                and d[2] is graph.relations and d[3] is graph.mentions)

    def count_in(self, mine: Entity, ent: Entity) -> tuple:
        """Count one document's view of an entity into ``mine``; returns the interned variant."""
        forms = tuple(dict.fromkeys(f for f in (*ent.aliases, ent.name) if f))
        key = (ent.id, ent.name, forms, ent.qid)
        slot = self.variants.get(key)
        if slot is None:
            slot = self.variants[key] = [key, 0]
        slot[1] += 1
        tally = self.tally.get(ent.id)
        if tally is None:
            tally = self.tally[ent.id] = _Tally()
        tally.add(mine, slot[0])
        return slot[0]

    def count_out(self, entities: dict[str, Entity], variant: tuple) -> None:
        """Undo :meth:`count_in`; an entity no document gives any more leaves the graph."""
        slot = self.variants[variant]
        slot[1] -= 1
        if not slot[1]:
            del self.variants[variant]
        ent_id = variant[0]
        tally = self.tally[ent_id]
        if tally.remove(entities[ent_id], variant):
            del self.tally[ent_id]
            del entities[ent_id]


class _Tally:
    """Per entity: documents giving it, and how many give each name, form and QID."""

    __slots__ = ("docs", "forms", "names", "qids")

    def __init__(self):
        self.docs = 0
        self.names: dict[str, int] = {}
        self.forms: dict[str, int] = {}
        self.qids: dict[str, int] = {}

    def add(self, mine: Entity, variant: tuple) -> None:
        """Count a variant in and update the entity's name, aliases and QID."""
        _, name, forms, qid = variant
        self.docs += 1
        fresh = False
        for form in forms:
            n = self.forms.get(form, 0)
            self.forms[form] = n + 1
            fresh = fresh or not n
        if fresh:
            mine.aliases = sorted(self.forms)
        mine.name = _bump(self.names, name, mine.name if self.docs > 1 else None)
        if qid:
            mine.qid = _bump(self.qids, qid, mine.qid)

    def remove(self, mine: Entity, variant: tuple) -> bool:
        """Count a variant out; True when no document gives the entity any more."""
        _, name, forms, qid = variant
        self.docs -= 1
        if not self.docs:
            return True
        gone = False
        for form in forms:
            gone = _drop(self.forms, form) or gone
        if gone:
            mine.aliases = sorted(self.forms)
        if _drop(self.names, name) or name == mine.name:
            mine.name = _best(self.names)
        if qid and (_drop(self.qids, qid) or qid == mine.qid):
            mine.qid = _best(self.qids) if self.qids else None
        return False


def _bump(counts: dict[str, int], value: str, current: str | None) -> str:
    """Count ``value`` once more; the most counted value wins (ties: the smallest)."""
    n = counts[value] = counts.get(value, 0) + 1
    if current is None or current not in counts or current == value:
        return value if current is None or current not in counts else current
    m = counts[current]
    return value if n > m or (n == m and value < current) else current


def _drop(counts: dict[str, int], value: str) -> bool:
    """Count ``value`` once less; True when it is no longer counted at all."""
    n = counts[value] - 1
    if n:
        counts[value] = n
        return False
    del counts[value]
    return True


def _best(counts: dict[str, int]) -> str:
    """The most counted value, the smallest among ties."""
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]


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
