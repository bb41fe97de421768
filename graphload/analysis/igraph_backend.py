"""Optional igraph backend for PageRank, betweenness, closeness and eigenvector.

Values are put on networkx's scale (normalisation, sampled-source scaling,
Wasserman-Faust closeness, L2-normed eigenvector) so both backends agree
within floating-point tolerance. Needs ``pip install python-igraph``.
"""

from __future__ import annotations

import math
import warnings

import networkx as nx

from ..errors import ConfigError
from .metrics import MetricSettings, MetricValues, sample_sources


def _to_igraph(g: nx.Graph):
    try:
        import igraph as ig
    except ImportError:
        raise ConfigError(
            "--backend igraph needs python-igraph; run `pip install python-igraph` or use --backend networkx"
        ) from None
    nodes = list(g)
    index = {n: i for i, n in enumerate(nodes)}
    edges = [(index[u], index[v]) for u, v in g.edges()]
    h = ig.Graph(n=len(nodes), edges=edges, directed=False)
    h.es["weight"] = [float(a.get("weight", 1)) for _u, _v, a in g.edges(data=True)]
    return h, nodes, index


def compute_igraph(g: nx.Graph, metric: str, settings: MetricSettings) -> MetricValues:
    """One metric computed with igraph, on networkx's scale."""
    if g.number_of_nodes() == 0:
        return MetricValues(metric, {})
    h, nodes, index = _to_igraph(g)
    func = {"pagerank": _pagerank, "betweenness": _betweenness, "closeness": _closeness, "eigenvector": _eigen}[metric]
    return func(g, h, nodes, index, settings)


def _pagerank(g, h, nodes, index, settings) -> MetricValues:
    values = h.pagerank(weights="weight", damping=0.85, directed=False)
    return MetricValues("pagerank", dict(zip(nodes, values)), "pagerank computed with igraph")


def _betweenness(g, h, nodes, index, settings) -> MetricValues:
    n = len(nodes)
    k = min(settings.betweenness_k, n)
    if n <= settings.large or k == n:
        raw = h.betweenness(directed=False)
        scale = 2 / ((n - 1) * (n - 2)) if n > 2 else 1.0
        return MetricValues("betweenness", {x: r * scale for x, r in zip(nodes, raw)}, "betweenness computed with igraph")
    sampled = sample_sources(g, k, settings.seed)
    raw = h.betweenness(directed=False, sources=[index[s] for s in sampled], targets=None)
    chosen = set(sampled)
    # igraph halves undirected subset counts; networkx sums ordered (source, target) pairs.
    values = {
        x: 2 * r / ((k - 1 if x in chosen else k) * (n - 2)) if k > 1 else 0.0 for x, r in zip(nodes, raw)
    }
    note = f"betweenness sampled with igraph: {k} of {n:,} source nodes (seed {settings.seed}); values are estimates"
    return MetricValues("betweenness", values, note)


def _closeness(g, h, nodes, index, settings) -> MetricValues:
    n = len(nodes)
    if n <= settings.large:
        chosen = nodes
        note = "closeness computed with igraph"
    else:
        m = min(settings.closeness_candidates, n)
        chosen = sorted(nodes, key=lambda x: (-g.degree(x), str(x)))[:m]
        note = f"closeness with igraph for the {m} highest-degree of {n:,} nodes only; other nodes are not ranked"
    sizes = {x: len(c) for c in nx.connected_components(g) for x in c} if n <= settings.large else None
    raw = h.closeness(vertices=[index[x] for x in chosen], normalized=True)
    values = {}
    for x, c in zip(chosen, raw):
        r = sizes[x] if sizes else len(h.subcomponent(index[x]))
        values[x] = 0.0 if (c is None or math.isnan(c) or n < 2) else c * (r - 1) / (n - 1)
    return MetricValues("closeness", values, note)


def _eigen(g, h, nodes, index, settings) -> MetricValues:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # igraph warns on disconnected graphs
        values = h.eigenvector_centrality(weights="weight")
    norm = math.sqrt(sum(v * v for v in values)) or 1.0
    return MetricValues("eigenvector", {x: v / norm for x, v in zip(nodes, values)}, "eigenvector computed with igraph")
