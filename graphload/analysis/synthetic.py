"""Seeded random graphs of the graph model's shape, for benchmarks."""

from __future__ import annotations

import networkx as nx
import numpy as np

from ..models import SIGNATURES
from .views import paused_gc

LABEL_SHARE = {"Person": 0.55, "Organization": 0.12, "Country": 0.01, "Place": 0.12, "Event": 0.20}
TYPE_SHARE = {
    "MET_WITH": 0.40, "ATTENDED": 0.15, "HOLDS_OFFICE": 0.08, "ADDRESSED": 0.07, "HOSTED": 0.05,
    "VISITED": 0.08, "MEMBER_OF": 0.05, "HELD_IN": 0.05, "LOCATED_IN": 0.04, "CHAIRED": 0.03,
}
PREFIX = {"Person": "person", "Organization": "org", "Country": "country", "Place": "place", "Event": "event"}


def random_graph(nodes: int, edges: int, seed: int = 7) -> nx.MultiDiGraph:
    """A MultiDiGraph with typed nodes and typed, dated edges obeying the model's signatures.

    End points are drawn with a skew (index = size * u**2) so a few hubs emerge.

    >>> g = random_graph(200, 1000, seed=1)
    >>> (g.number_of_nodes(), g.number_of_edges())
    (200, 1000)
    """
    with paused_gc():
        return _random_graph(nodes, edges, seed)


def _random_graph(nodes: int, edges: int, seed: int) -> nx.MultiDiGraph:
    rng = np.random.default_rng(seed)
    pools: dict[str, list[str]] = {}
    g = nx.MultiDiGraph()
    for label, count in _label_counts(nodes).items():
        ids = [f"{PREFIX[label]}:{label.lower()}-{i}" for i in range(count)]
        pools[label] = ids
        docs = rng.integers(1, 40, size=count)
        g.add_nodes_from(
            (n, {"id": n, "label": label, "name": f"{label} {i}", "aliases": [f"{label} {i}"], "doc_count": int(d)})
            for i, (n, d) in enumerate(zip(ids, docs))
        )
    types = list(TYPE_SHARE)
    chosen = rng.choice(len(types), size=edges, p=np.array(list(TYPE_SHARE.values())))
    years = rng.integers(2000, 2025, size=edges)
    months = rng.integers(1, 13, size=edges)
    days = rng.integers(1, 29, size=edges)
    precision = rng.integers(0, 4, size=edges)
    docs = rng.integers(0, max(1, edges // 8), size=edges)
    for ti, t in enumerate(types):
        idx = np.nonzero(chosen == ti)[0]
        src = _draw(rng, pools, SIGNATURES[t][0], len(idx))
        dst = _draw(rng, pools, SIGNATURES[t][1], len(idx))
        g.add_edges_from(
            (s, d, {"type": t, "doc": f"doc:{docs[i]:012x}", "evidence": "", "confidence": 0.8,
                    "date": _date(years[i], months[i], days[i], precision[i])})
            for s, d, i in zip(src, dst, idx)
        )
    return g


def _label_counts(nodes: int) -> dict[str, int]:
    """Nodes per label: each share rounded (at least 1), persons take the remainder."""
    counts = {lab: max(1, int(round(nodes * share))) for lab, share in LABEL_SHARE.items() if lab != "Person"}
    return {"Person": max(1, nodes - sum(counts.values())), **counts}


def _draw(rng: np.random.Generator, pools: dict[str, list[str]], labels, size: int) -> list[str]:
    candidates = [n for lab in sorted(labels) for n in pools.get(lab, [])] or pools["Person"]
    idx = (len(candidates) * rng.random(size) ** 2).astype(np.int64)
    return [candidates[i] for i in idx]


def _date(y: int, m: int, d: int, precision: int) -> str | None:
    if precision == 0:
        return None
    if precision == 1:
        return str(y)
    if precision == 2:
        return f"{y}-{m:02d}"
    return f"{y}-{m:02d}-{d:02d}"
