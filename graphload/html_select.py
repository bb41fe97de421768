"""Which nodes and edges the network page draws: filters, the node metric, the most central nodes."""

from __future__ import annotations

from typing import TYPE_CHECKING

import networkx as nx

from .analysis.names import resolve_name
from .errors import ConfigError
from .graph import relation_types
from .models import ENTITY_LABELS

if TYPE_CHECKING:
    from .html import HtmlOptions

__all__ = ["filter_graph", "keep_top", "node_metric", "select_nodes"]


def select_nodes(g: nx.MultiDiGraph, opts: HtmlOptions) -> tuple[nx.MultiDiGraph, dict[str, float], int, str | None]:
    """The graph to draw, its node metric, how many nodes were left out, and the focus node id.

    Without ``--focus`` the filtered edges are kept as a list and only the
    edges among the nodes drawn are copied into a graph: on a corpus with a
    million facts that is most of the page's cost. The result is the same as
    :func:`filter_graph`, :func:`node_metric` and :func:`keep_top` in a row.
    """
    if opts.focus:
        view, focus_id = filter_graph(g, opts)
        metric = node_metric(view, opts.size_by)
        view, dropped = keep_top(view, metric, opts.max_nodes, focus_id)
        return view, metric, dropped, focus_id
    nodes, edges = _filtered(g, opts)
    metric = _metric(g, nodes, edges, opts.size_by)
    keep = set(nodes)
    if opts.max_nodes and len(nodes) > opts.max_nodes:
        keep = set(sorted(nodes, key=lambda n: (-metric.get(n, 0.0), n))[: opts.max_nodes])
    return _graph_of(g, nodes, edges, keep), metric, len(nodes) - len(keep), None


def _graph_of(g: nx.MultiDiGraph, nodes: list[str], edges: list[tuple], keep: set[str] | None = None) -> nx.MultiDiGraph:
    """The graph of ``nodes`` (those in ``keep``, if given) with their attributes and the edges among them."""
    h = nx.MultiDiGraph()
    h.add_nodes_from((n, g.nodes[n]) for n in nodes if keep is None or n in keep)
    for u, v, k, a in edges:
        if u in h and v in h:
            h.add_edge(u, v, key=k, **a)
    return h


def _filtered(g: nx.MultiDiGraph, opts: HtmlOptions) -> tuple[list[str], list[tuple]]:
    """Nodes and ``(u, v, key, attrs)`` edges that pass the label, type and date filters, in graph order."""
    labels, types = _wanted(opts)
    nodes = [n for n, a in g.nodes(data=True) if a.get("label") in labels]
    ok = set(nodes)
    edges = [(u, v, k, a) for u, v, k, a in g.edges(keys=True, data=True)
             if u in ok and v in ok and a.get("type") in types and _in_period(a.get("date"), opts.since, opts.until)]
    if opts.view == "meetings" or opts.types or opts.since or opts.until:
        linked = {e[0] for e in edges} | {e[1] for e in edges}
        nodes = [n for n in nodes if n in linked]
    return nodes, edges


def _metric(g: nx.MultiDiGraph, nodes: list[str], edges: list[tuple], size_by: str) -> dict[str, float]:
    """:func:`node_metric` of the graph the nodes and edges make, without building it."""
    if size_by == "doc_count":
        return {n: float(g.nodes[n].get("doc_count") or 0) for n in nodes}
    if size_by == "degree":
        degree = dict.fromkeys(nodes, 0)
        for u, v, _, _ in edges:
            degree[u] += 1
            degree[v] += 1
        return {n: float(d) for n, d in degree.items()}
    return _pagerank(nodes, ((u, v) for u, v, _, _ in edges))


def filter_graph(g: nx.MultiDiGraph, opts: HtmlOptions) -> tuple[nx.MultiDiGraph, str | None]:
    """The subgraph to draw (labels, types, dates, view, ego network) and the focus node id."""
    h = _graph_of(g, *_filtered(g, opts))
    focus_id = None
    if opts.focus:
        focus_id = resolve_name(g, opts.focus)  # alias-, case- and accent-insensitive, with suggestions
        if focus_id not in h:
            raise ConfigError(f"--focus {opts.focus!r} ({focus_id}) is not in the drawn view; "
                              "widen --labels/--types/--since/--until or pick another name")
        h = nx.ego_graph(h, focus_id, radius=opts.depth, undirected=True).copy()
    return h, focus_id


def _wanted(opts: HtmlOptions) -> tuple[set[str], set[str]]:
    """Labels and relationship types to keep (Document/MENTIONS only when asked for)."""
    if opts.view == "meetings":
        return {"Person"}, {"MET_WITH"}
    labels = set(opts.labels or ENTITY_LABELS)
    if opts.types:
        types = set(opts.types)
    else:
        types = set(relation_types()) | ({"MENTIONS"} if "Document" in labels else set())
    return labels, types


def _in_period(date: str | None, since: str | None, until: str | None) -> bool:
    """True when an edge's (partial) ISO date overlaps [since, until]; undated edges only without bounds."""
    if not since and not until:
        return True
    if not date:
        return False
    for bound, ok in ((since, lambda a, b: a >= b), (until, lambda a, b: a <= b)):
        if bound:
            n = min(len(date), len(bound))
            if not ok(date[:n], bound[:n]):
                return False
    return True


def node_metric(h: nx.MultiDiGraph, size_by: str) -> dict[str, float]:
    """Centrality per node: PageRank (undirected, weighted by facts), degree (facts) or doc_count."""
    return _metric(h, list(h), list(h.edges(keys=True, data=True)), size_by)


def _pagerank(nodes, pairs) -> dict[str, float]:
    """PageRank of the undirected graph of ``pairs``, each pair adding 1 to its edge's weight."""
    weights: dict[tuple[str, str], int] = {}  # by unordered pair, in order of first appearance
    for u, v in pairs:
        if u != v:
            key = (u, v) if u < v else (v, u)
            weights[key] = weights.get(key, 0) + 1
    ug = nx.Graph()
    ug.add_nodes_from(nodes)
    ug.add_weighted_edges_from((u, v, w) for (u, v), w in weights.items())
    if not len(ug):
        return {}
    try:
        return nx.pagerank(ug, weight="weight")
    except ImportError:  # networkx's default PageRank needs scipy
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

        return _pagerank_python(ug, weight="weight")


def keep_top(h: nx.MultiDiGraph, metric: dict[str, float], max_nodes: int | None,
             focus_id: str | None = None) -> tuple[nx.MultiDiGraph, int]:
    """Keep the ``max_nodes`` nodes ranked highest by ``metric`` (the focus always stays)."""
    if not max_nodes or len(h) <= max_nodes:
        return h, 0
    ranked = sorted(h, key=lambda n: (n != focus_id, -metric.get(n, 0.0), n))
    keep = ranked[:max_nodes]
    return h.subgraph(keep).copy(), len(h) - len(keep)
