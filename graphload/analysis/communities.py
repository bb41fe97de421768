"""Louvain communities of an analysis view (networkx, seeded, weighted)."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx


@dataclass
class Member:
    """One entity of a community."""

    id: str
    name: str
    label: str
    weighted_degree: float


@dataclass
class Community:
    """A community, members by weighted degree (then name)."""

    index: int
    members: list[Member]

    @property
    def size(self) -> int:
        """Number of members."""
        return len(self.members)


@dataclass
class CommunityResult:
    """Communities (largest first) and the partition's modularity."""

    modularity: float
    communities: list[Community]
    seed: int
    resolution: float


def detect_communities(
    view: nx.Graph, seed: int = 42, resolution: float = 1.0, min_size: int = 1
) -> CommunityResult:
    """Louvain partition of a view with ``weight``; deterministic for a given seed.

    >>> r = detect_communities(nx.barbell_graph(4, 0))
    >>> [c.size for c in r.communities]
    [4, 4]
    """
    if view.number_of_edges() == 0:
        singles = [Community(i + 1, [_member(view, n)]) for i, n in enumerate(sorted(view))]
        return CommunityResult(0.0, singles if min_size <= 1 else [], seed, resolution)
    parts = nx.community.louvain_communities(view, weight="weight", resolution=resolution, seed=seed)
    modularity = nx.community.modularity(view, parts, weight="weight", resolution=resolution)
    ordered = sorted(parts, key=lambda c: (-len(c), min(str(x) for x in c)))
    communities = []
    for part in ordered:
        if len(part) < min_size:
            continue
        members = sorted((_member(view, n) for n in part), key=lambda m: (-m.weighted_degree, m.name))
        communities.append(Community(len(communities) + 1, members))
    return CommunityResult(float(modularity), communities, seed, resolution)


def _member(view: nx.Graph, n) -> Member:
    a = view.nodes[n]
    return Member(n, a.get("name", str(n)), a.get("label", ""), view.degree(n, weight="weight"))
