"""Ego networks, every shortest path between two entities, and an entity's timeline."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice

import networkx as nx

from ..errors import ConfigError, GraphloadError
from .dates import sort_key
from .names import resolve_name
from .views import ViewOptions, build_view, kept_edges


class NoPathError(GraphloadError):
    """The two entities are not connected in the chosen view."""


@dataclass
class Relationship:
    """One relationship of the source graph, as read from a document."""

    source: str
    source_name: str
    target: str
    target_name: str
    type: str
    date: str | None
    doc: str | None
    evidence: str
    title: str | None = None


@dataclass
class PathHop:
    """One step of a path: two neighbouring entities and every relationship joining them."""

    left: str
    right: str
    relationships: list[Relationship] = field(default_factory=list)


@dataclass
class PathResult:
    """Every shortest path (up to a limit) between two entities."""

    source: str
    target: str
    length: int
    paths: list[list[PathHop]]
    truncated: bool = False


def _relationship(g: nx.MultiDiGraph, u: str, v: str, a: dict) -> Relationship:
    return Relationship(
        u, g.nodes[u].get("name", u), v, g.nodes[v].get("name", v), a.get("type", ""), a.get("date"),
        a.get("doc"), a.get("evidence", ""), a.get("title"),
    )


def relationships_between(g: nx.MultiDiGraph, a: str, b: str, options: ViewOptions) -> list[Relationship]:
    """Relationships joining ``a`` and ``b`` in either direction that pass the view's filters."""
    if options.view == "meetings":
        options = ViewOptions("meetings", options.labels, ("MET_WITH",), options.since, options.until)
    sub = g.subgraph([a, b])
    rels = [_relationship(g, u, v, d) for u, v, _k, d in kept_edges(sub, options) if {u, v} == {a, b}]
    return sorted(rels, key=lambda r: (sort_key(r.date), r.type, r.doc or ""))


def shortest_paths(
    g: nx.MultiDiGraph, name_a: str, name_b: str, options: ViewOptions | None = None, limit: int = 20
) -> PathResult:
    """Every shortest path (undirected, hop count) between two named entities, with evidence."""
    options = options or ViewOptions()
    if options.view == "coparticipation":
        raise ConfigError("paths need direct relationships: use --view full or --view meetings, not coparticipation")
    a, b = resolve_name(g, name_a), resolve_name(g, name_b)
    view = build_view(g, options)
    if a not in view or b not in view or not nx.has_path(view, a, b):
        raise NoPathError(
            f"no path between {g.nodes[a].get('name', a)} and {g.nodes[b].get('name', b)} in the {options.view} view; "
            "try --view full, fewer filters or a wider date window"
        )
    found = list(islice(nx.all_shortest_paths(view, a, b), limit + 1))
    paths = [
        [PathHop(x, y, relationships_between(g, x, y, options)) for x, y in zip(p, p[1:])] for p in found[:limit]
    ]
    return PathResult(a, b, len(found[0]) - 1, paths, truncated=len(found) > limit)


@dataclass
class EgoNode:
    """A node of an ego network and its hop distance from the centre."""

    id: str
    name: str
    label: str
    distance: int
    doc_count: int


@dataclass
class EgoResult:
    """The neighbourhood of one entity up to ``depth`` hops."""

    center: str
    depth: int
    nodes: list[EgoNode]
    edges: list[tuple[str, str, float, list[str]]]
    graph: nx.Graph = field(repr=False, default=None)


def ego_network(g: nx.MultiDiGraph, name: str, depth: int = 2, options: ViewOptions | None = None) -> EgoResult:
    """Entities within ``depth`` hops of ``name`` in a view, nearest first."""
    options = options or ViewOptions()
    center = resolve_name(g, name)
    view = build_view(g, options)
    if center not in view:
        view.add_node(center, **g.nodes[center])
    ego = nx.ego_graph(view, center, radius=depth)
    dist = nx.single_source_shortest_path_length(ego, center)
    nodes = [
        EgoNode(n, a.get("name", n), a.get("label", ""), dist[n], int(a.get("doc_count", 0)))
        for n, a in ego.nodes(data=True)
    ]
    nodes.sort(key=lambda e: (e.distance, -ego.degree(e.id, weight="weight"), e.name))
    edges = sorted(
        (u, v, a.get("weight", 1), list(a.get("types") or a.get("via") or [])) for u, v, a in ego.edges(data=True)
    )
    return EgoResult(center, depth, nodes, edges, ego)


@dataclass
class TimelineEntry:
    """One relationship of an entity, seen from that entity."""

    date: str | None
    type: str
    direction: str  # "out" (entity is the source) or "in"
    other: str
    other_name: str
    doc: str | None
    evidence: str
    title: str | None = None


def timeline(g: nx.MultiDiGraph, name: str, options: ViewOptions | None = None) -> list[TimelineEntry]:
    """An entity's relationships in date order (partial dates by first day, undated last)."""
    options = options or ViewOptions()
    node = resolve_name(g, name)
    nbrs = set(g.successors(node)) | set(g.predecessors(node)) | {node}
    entries = []
    for u, v, _k, a in kept_edges(g.subgraph(nbrs), options):
        if node not in (u, v):
            continue
        other, direction = (v, "out") if u == node else (u, "in")
        entries.append(TimelineEntry(
            a.get("date"), a.get("type", ""), direction, other, g.nodes[other].get("name", other),
            a.get("doc"), a.get("evidence", ""), a.get("title"),
        ))
    entries.sort(key=lambda e: (sort_key(e.date), e.type, e.other_name, e.doc or ""))
    return entries
