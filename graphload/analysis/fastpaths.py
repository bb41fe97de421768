"""Batched breadth-first search on a scipy sparse adjacency matrix.

Used for sampled betweenness and candidate closeness on large views, where a
pure-Python search from hundreds of sources over a million edges is too slow.
Paths are counted in hops (edge weights are ignored), as in
``nx.betweenness_centrality(G)`` and ``nx.closeness_centrality(G)`` without
``weight``. Sources are processed in batches: every search step is one sparse
matrix product with an ``n x batch`` dense block.
"""

from __future__ import annotations

from typing import Sequence

import networkx as nx
import numpy as np
import scipy.sparse as sp


def weighted_csr(g: nx.Graph) -> tuple[list, sp.csr_array]:
    """Node list and symmetric CSR of ``weight`` (default 1), cached on ``g.graph``.

    The cache is keyed by the graph's size; views are built once and not edited.
    """
    key = (g.number_of_nodes(), g.number_of_edges())
    cached = g.graph.get("_csr_cache")
    if cached is not None and cached[0] == key:
        return cached[1], cached[2]
    nodelist = list(g)
    index = {n: i for i, n in enumerate(nodelist)}
    m = g.number_of_edges()
    rows = np.empty(m, dtype=np.int64)
    cols = np.empty(m, dtype=np.int64)
    vals = np.empty(m, dtype=np.float64)
    i = 0
    for u, v, w in g.edges(data="weight", default=1):
        if u != v:
            rows[i], cols[i], vals[i] = index[u], index[v], w
            i += 1
    rows, cols, vals = rows[:i], cols[:i], vals[:i]
    n = len(nodelist)
    a = sp.csr_array((np.concatenate([vals, vals]), (np.concatenate([rows, cols]), np.concatenate([cols, rows]))),
                     shape=(n, n))
    g.graph["_csr_cache"] = (key, nodelist, a)
    return nodelist, a


def adjacency(g: nx.Graph) -> tuple[list, sp.csr_array]:
    """Node list and symmetric 0/1 CSR adjacency (self-loops dropped)."""
    nodelist, w = weighted_csr(g)
    a = w.copy()
    a.data[:] = 1.0
    return nodelist, a


def _spmm(a: sp.csr_array, x: np.ndarray) -> np.ndarray:
    """``a @ x``, through a sparse product when ``x`` is mostly zeros."""
    if np.count_nonzero(x) < 0.05 * x.size:
        return (a @ sp.csr_array(x)).toarray()
    return a @ x


def _forward(a: sp.csr_array, sources: np.ndarray) -> tuple[np.ndarray, np.ndarray, int]:
    """Hop distances (-1 unreached) and shortest-path counts from each source (columns)."""
    n, b = a.shape[0], len(sources)
    cols = np.arange(b)
    sigma = np.zeros((n, b))
    sigma[sources, cols] = 1.0
    dist = np.full((n, b), -1, dtype=np.int32)
    dist[sources, cols] = 0
    frontier, depth = sigma.copy(), 0
    while True:
        nxt = _spmm(a, frontier)
        nxt[dist >= 0] = 0.0
        reached = nxt > 0
        if not reached.any():
            return dist, sigma, depth
        depth += 1
        dist[reached] = depth
        sigma += nxt
        frontier = nxt


def distances(a: sp.csr_array, sources: Sequence[int], batch: int = 64) -> np.ndarray:
    """Hop distance matrix ``len(sources) x n`` (-1 where unreachable)."""
    sources = np.asarray(sources, dtype=np.int64)
    out = np.empty((len(sources), a.shape[0]), dtype=np.int32)
    for start in range(0, len(sources), batch):
        chunk = sources[start:start + batch]
        dist, _sigma, _depth = _forward(a, chunk)
        out[start:start + len(chunk)] = dist.T
    return out


def betweenness_sums(a: sp.csr_array, sources: Sequence[int], batch: int = 48) -> np.ndarray:
    """Brandes dependency sums over the given sources (unscaled, ordered pairs)."""
    sources = np.asarray(sources, dtype=np.int64)
    total = np.zeros(a.shape[0])
    for start in range(0, len(sources), batch):
        chunk = sources[start:start + batch]
        dist, sigma, depth = _forward(a, chunk)
        delta = np.zeros_like(sigma)
        safe = np.where(sigma > 0, sigma, 1.0)
        for d in range(depth, 0, -1):
            t = np.where(dist == d, (1.0 + delta) / safe, 0.0)
            contrib = _spmm(a, t)
            delta += np.where(dist == d - 1, sigma * contrib, 0.0)
        delta[chunk, np.arange(len(chunk))] = 0.0
        total += delta.sum(axis=1)
    return total


def pagerank(a: sp.csr_array, alpha: float = 0.85, max_iter: int = 100, tol: float = 1e-6) -> np.ndarray | None:
    """networkx's scipy PageRank (uniform teleport and dangling) on a weighted CSR; None if not converged."""
    n = a.shape[0]
    out_w = np.asarray(a.sum(axis=1)).ravel()
    inv = np.divide(1.0, out_w, out=np.zeros(n), where=out_w != 0)
    m = sp.diags_array(inv) @ a
    x = np.full(n, 1.0 / n)
    p = np.full(n, 1.0 / n)
    dangling = out_w == 0
    for _ in range(max_iter):
        last = x
        x = alpha * (x @ m + last[dangling].sum() * p) + (1 - alpha) * p
        if np.abs(x - last).sum() < n * tol:
            return x
    return None


def closeness_from(a: sp.csr_array, sources: Sequence[int], batch: int = 64) -> np.ndarray:
    """Closeness (networkx ``wf_improved`` formula) of each source node."""
    n = a.shape[0]
    sources = np.asarray(sources, dtype=np.int64)
    out = np.zeros(len(sources))
    for start in range(0, len(sources), batch):
        dist, _sigma, _depth = _forward(a, sources[start:start + batch])
        reached = (dist > 0).sum(axis=0)
        total = np.where(dist > 0, dist, 0).sum(axis=0).astype(np.float64)
        with np.errstate(divide="ignore", invalid="ignore"):
            score = np.where(total > 0, (reached / total) * (reached / max(n - 1, 1)), 0.0)
        out[start:start + len(score)] = score
    return out
