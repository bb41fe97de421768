"""The merged graph, its networkx mirror, and node-link JSON / GraphML in and out."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from operator import attrgetter
from pathlib import Path

import networkx as nx

try:
    import orjson
except ImportError:  # pragma: no cover - a dependency; json is the fallback
    orjson = None

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


def write_json(g: nx.MultiDiGraph | Graph, path: str | Path) -> Path:
    """Write the graph as networkx node-link JSON (``nodes`` and ``edges``), streamed in chunks.

    A :class:`Graph` is written straight from its dicts, the same nodes and
    edges as its networkx mirror (:meth:`Graph.to_networkx`) but without
    building it: edges come grouped by document, one line per document.
    """
    if isinstance(g, Graph):
        groups, extra = _edges_by_doc(g)
        head, nodes, edges = {}, _graph_nodes(g, extra), _graph_edges(g, groups)
        directed = multigraph = True
    else:
        head, nodes, edges = g.graph, _nx_nodes(g), _chunks(_nx_edges(g))
        directed, multigraph = g.is_directed(), g.is_multigraph()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(f'{{"directed":{_dumps(directed)},"multigraph":{_dumps(multigraph)},"graph":{_dumps(head)},')
        fh.write('\n"nodes":[')
        _write_lines(fh, _chunks(nodes))
        fh.write('],\n"edges":[')
        _write_lines(fh, edges)
        fh.write("]}\n")
    tmp.replace(path)
    return path


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


def _write_lines(fh, parts: Iterator[str]) -> None:
    """Write non-empty JSON fragments separated by commas, one per line."""
    sep = "\n"
    for part in parts:
        if part:
            fh.write(sep)
            fh.write(part)
            sep = ",\n"


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


def _edges_by_doc(graph: Graph) -> tuple[dict[str, tuple[list, list]], dict[str, None]]:
    """Mentions ``(entity, count)`` and relation keys per document; ends that are not nodes."""
    groups: dict[str, tuple[list, list]] = {}
    known, extra = graph.documents.keys() | graph.entities.keys(), {}
    for (doc, ent), count in graph.mentions.items():
        groups.setdefault(doc, ([], []))[0].append((ent, count))
    for key, rel in graph.relations.items():
        groups.setdefault(rel.doc, ([], []))[1].append(key)
    for doc, (mentions, keys) in sorted(groups.items()):
        mentions.sort()
        keys.sort()
        for n in (doc, *(e for e, _ in mentions)) if mentions else ():
            if n not in known:
                extra[n] = None
        for key in keys:
            rel = graph.relations[key]
            for n in (rel.source, rel.target):
                if n not in known:
                    extra[n] = None
    return groups, extra


def _graph_nodes(graph: Graph, extra: dict[str, None]) -> Iterator[dict]:
    """Node dicts: documents, then entities, each by id, then edge ends that are not nodes."""
    for doc in sorted(graph.documents.values(), key=lambda d: d.id):
        yield doc.node_attrs()
    for ent in sorted(graph.entities.values(), key=lambda e: e.id):
        yield ent.node_attrs()
    for n in extra:
        yield {"id": n}


def _graph_edges(graph: Graph, groups: dict[str, tuple[list, list]]) -> Iterator[str]:
    """Edge JSON per document: its mentions by entity id, then its relations by key."""
    rels = graph.relations
    fast = _template_fits()
    for doc in sorted(groups):
        mentions, keys = groups[doc]
        if fast:
            d = _enc(doc)
            m = _enc(f"MENTIONS|{doc}")
            parts = [_MENTION.format(d, c, _enc(e), m) for e, c in mentions]
            parts += [_relation_json(rels[k], k) for k in keys]
            yield ",".join(parts)
        else:
            items = [{"type": "MENTIONS", "doc": doc, "count": c, "source": doc, "target": e,
                      "key": f"MENTIONS|{doc}"} for e, c in mentions]
            items += [{**rels[k].edge_attrs(), "source": rels[k].source, "target": rels[k].target, "key": k}
                      for k in keys]
            yield _dumps(items)[1:-1]


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
        h.add_node(n, **{k: flat_value(v) for k, v in a.items() if v is not None})
    for u, v, k, a in g.edges(keys=True, data=True):
        h.add_edge(u, v, key=k, **{x: flat_value(y) for x, y in a.items() if y is not None})
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    nx.write_graphml(h, path)
    return path


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
