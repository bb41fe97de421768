"""Centrality metrics of an analysis view, with sampling on large graphs.

Every function returns a :class:`MetricValues` (node id -> value, plus a note
saying what was approximated or what failed). Degree counts distinct
neighbours; weighted degree sums edge ``weight``; PageRank and eigenvector use
``weight``; betweenness and closeness count hops (weights ignored).

Above ``MetricSettings.large`` nodes (default 5,000):
betweenness uses ``k`` sampled sources (``random.Random(seed).sample``, the same
draw as ``nx.betweenness_centrality(G, k=k, seed=seed)``) and closeness is
computed exactly but only for the ``closeness_candidates`` nodes of highest
degree; the other nodes get no closeness value and are not ranked.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import networkx as nx

from ..errors import ConfigError

METRICS = ("degree", "weighted_degree", "pagerank", "betweenness", "closeness", "eigenvector")
BACKENDS = ("networkx", "igraph")


@dataclass(frozen=True)
class MetricSettings:
    """Knobs of the metric computations (thresholds, samples, seed, backend)."""

    large: int = 5000
    betweenness_k: int = 500
    closeness_candidates: int = 200
    seed: int = 42
    backend: str = "networkx"
    eigen_max_iter: int = 1000

    def __post_init__(self) -> None:
        if self.backend not in BACKENDS:
            raise ConfigError(f"backend {self.backend!r} unknown; use one of {', '.join(BACKENDS)}")


@dataclass
class MetricValues:
    """Values of one metric by node id; ``note`` explains sampling or failure."""

    metric: str
    values: dict = field(default_factory=dict)
    note: str | None = None


def compute(g: nx.Graph, metric: str, settings: MetricSettings | None = None) -> MetricValues:
    """Compute one metric by name on an undirected weighted view.

    >>> compute(nx.path_graph(3), "degree").values
    {0: 1, 1: 2, 2: 1}
    """
    settings = settings or MetricSettings()
    if metric not in METRICS:
        raise ConfigError(f"metric {metric!r} unknown; use any of {', '.join(METRICS)} or 'all'")
    if settings.backend == "igraph" and metric not in ("degree", "weighted_degree"):
        from .igraph_backend import compute_igraph

        return compute_igraph(g, metric, settings)
    return _FUNCS[metric](g, settings)


def degree(g: nx.Graph, settings: MetricSettings) -> MetricValues:
    """Number of distinct neighbours."""
    return MetricValues("degree", dict(g.degree()))


def weighted_degree(g: nx.Graph, settings: MetricSettings) -> MetricValues:
    """Sum of edge weights (documents or shared hubs, by view)."""
    return MetricValues("weighted_degree", dict(g.degree(weight="weight")))


def pagerank(g: nx.Graph, settings: MetricSettings) -> MetricValues:
    """Weighted PageRank (alpha 0.85, networkx's scipy implementation)."""
    if g.number_of_nodes() == 0:
        return MetricValues("pagerank", {})
    if g.number_of_nodes() > settings.large:
        from .fastpaths import pagerank as sparse_pagerank
        from .fastpaths import weighted_csr

        nodes, a = weighted_csr(g)
        x = sparse_pagerank(a)
        if x is None:
            return MetricValues("pagerank", {}, "pagerank did not converge in 100 iterations; no values")
        return MetricValues("pagerank", dict(zip(nodes, x.tolist())))
    try:
        return MetricValues("pagerank", nx.pagerank(g, weight="weight"))
    except nx.PowerIterationFailedConvergence as exc:
        return MetricValues("pagerank", {}, f"pagerank did not converge ({exc}); no values")


def eigenvector(g: nx.Graph, settings: MetricSettings) -> MetricValues:
    """Weighted eigenvector centrality; a note instead of values when it does not converge."""
    if g.number_of_nodes() == 0:
        return MetricValues("eigenvector", {})
    if g.number_of_nodes() > settings.large:
        return _eigenvector_sparse(g, settings)
    try:
        values = nx.eigenvector_centrality(g, weight="weight", max_iter=settings.eigen_max_iter)
    except nx.PowerIterationFailedConvergence:
        return MetricValues(
            "eigenvector", {},
            f"eigenvector centrality did not converge in {settings.eigen_max_iter} power iterations; "
            "no values (try --view meetings or a smaller date window)",
        )
    return MetricValues("eigenvector", values)


def _eigenvector_sparse(g: nx.Graph, settings: MetricSettings) -> MetricValues:
    """networkx's (A+I) power iteration and stopping rule, on a scipy sparse matrix."""
    import numpy as np

    from .fastpaths import weighted_csr

    nodes, a = weighted_csr(g)
    x = np.full(len(nodes), 1.0 / len(nodes))
    for i in range(settings.eigen_max_iter):
        last = x
        x = last + a @ last
        norm = float(np.linalg.norm(x)) or 1.0
        x = x / norm
        if float(np.abs(x - last).sum()) < len(nodes) * 1e-6:
            note = f"eigenvector: sparse power iteration on {len(nodes):,} nodes, converged in {i + 1} steps"
            return MetricValues("eigenvector", dict(zip(nodes, x.tolist())), note)
    return MetricValues(
        "eigenvector", {},
        f"eigenvector centrality did not converge in {settings.eigen_max_iter} power iterations; no values",
    )


def sample_sources(g: nx.Graph, k: int, seed: int) -> list:
    """The k nodes ``nx.betweenness_centrality(G, k=k, seed=seed)`` would sample."""
    return random.Random(seed).sample(list(g), k)


def betweenness(g: nx.Graph, settings: MetricSettings) -> MetricValues:
    """Normalized hop-count betweenness: every source up to the size threshold, k sampled above."""
    from .fastpaths import adjacency, betweenness_sums

    n = g.number_of_nodes()
    if n < 3:
        return MetricValues("betweenness", dict.fromkeys(g, 0.0))
    nodes, a = adjacency(g)
    index = {x: i for i, x in enumerate(nodes)}
    k = min(settings.betweenness_k, n)
    if n <= settings.large or k == n:
        sums = betweenness_sums(a, range(n))
        return MetricValues("betweenness", {x: float(sums[i]) / ((n - 1) * (n - 2)) for i, x in enumerate(nodes)})
    sampled = sample_sources(g, k, settings.seed)
    sums = betweenness_sums(a, [index[s] for s in sampled])
    scale_other = 1 / (k * (n - 2))  # networkx's scaling: endpoints excluded
    scale_source = 1 / ((k - 1) * (n - 2)) if k > 1 else 0.0
    chosen = set(sampled)
    values = {x: float(sums[i]) * (scale_source if x in chosen else scale_other) for i, x in enumerate(nodes)}
    note = (
        f"betweenness sampled: {k} of {n:,} source nodes (seed {settings.seed}), "
        f"graph above {settings.large:,} nodes; values are estimates"
    )
    return MetricValues("betweenness", values, note)


def closeness(g: nx.Graph, settings: MetricSettings) -> MetricValues:
    """Hop-count closeness (Wasserman-Faust); only high-degree candidates on large graphs."""
    from .fastpaths import adjacency, closeness_from

    n = g.number_of_nodes()
    if n == 0:
        return MetricValues("closeness", {})
    nodes, a = adjacency(g)
    if n <= settings.large:
        return MetricValues("closeness", dict(zip(nodes, closeness_from(a, range(n)).tolist())))
    index = {x: i for i, x in enumerate(nodes)}
    m = min(settings.closeness_candidates, n)
    candidates = sorted(nodes, key=lambda x: (-g.degree(x), str(x)))[:m]
    scores = closeness_from(a, [index[c] for c in candidates])
    note = (
        f"closeness computed exactly (one full search each) for the {m} highest-degree of {n:,} nodes only, "
        f"graph above {settings.large:,} nodes; other nodes are not ranked"
    )
    return MetricValues("closeness", {c: float(s) for c, s in zip(candidates, scores)}, note)


_FUNCS = {
    "degree": degree,
    "weighted_degree": weighted_degree,
    "pagerank": pagerank,
    "betweenness": betweenness,
    "closeness": closeness,
    "eigenvector": eigenvector,
}


def compute_all(g: nx.Graph, metrics=METRICS, settings: MetricSettings | None = None) -> dict[str, MetricValues]:
    """Every requested metric by name."""
    return {m: compute(g, m, settings) for m in metrics}
