"""Tests of graphload.analysis.metrics: every metric against networkx computed directly."""

from __future__ import annotations

import networkx as nx
import pytest

from graphload.analysis.metrics import METRICS, MetricSettings, compute, compute_all
from graphload.analysis.synthetic import random_graph
from graphload.analysis.views import ViewOptions, build_view, full_view, meeting_view
from graphload.errors import ConfigError


def reference_full(sample_nx) -> nx.Graph:
    """The full view rebuilt by hand: undirected, weight = distinct docs per pair."""
    ref = nx.Graph()
    for u, v, a in sample_nx.edges(data=True):
        if a["type"] == "MENTIONS":
            continue
        docs = ref.edges[u, v]["docs"] if ref.has_edge(u, v) else set()
        ref.add_edge(u, v, docs=docs | {a["doc"]})
    for u, v, a in ref.edges(data=True):
        a["weight"] = len(a.pop("docs"))
    return ref


REFERENCE = {
    "degree": lambda g: dict(g.degree()),
    "weighted_degree": lambda g: dict(g.degree(weight="weight")),
    "pagerank": lambda g: nx.pagerank(g, weight="weight"),
    "betweenness": lambda g: nx.betweenness_centrality(g),
    "closeness": lambda g: nx.closeness_centrality(g),
    "eigenvector": lambda g: nx.eigenvector_centrality(g, weight="weight", max_iter=1000),
}


@pytest.mark.parametrize("metric", METRICS)
def test_metrics_full_view_match_networkx(sample_nx, metric):
    ref = REFERENCE[metric](reference_full(sample_nx))
    got = compute(full_view(sample_nx), metric).values
    assert set(got) == set(ref)
    for n in ref:
        assert got[n] == pytest.approx(ref[n], abs=1e-9)


def test_metrics_meeting_view_hand_computed(sample_nx):
    view = meeting_view(sample_nx)
    deg = compute(view, "degree").values
    assert deg == {"person:ban-ki-moon": 2, "person:nursultan-nazarbayev": 1, "person:kanat-saudabayev": 1,
                   "person:antonio-guterres": 1, "person:kassym-jomart-tokayev": 1}
    assert compute(view, "weighted_degree").values == deg
    btw = compute(view, "betweenness").values
    # Ban lies on the one Nazarbayev-Saudabayev path: 1 pair of (5-1)(5-2)/2 = 6.
    assert btw["person:ban-ki-moon"] == pytest.approx(1 / 6)
    assert btw["person:antonio-guterres"] == 0


def test_metrics_sampled_betweenness_equals_networkx_sampling():
    g = nx.gnm_random_graph(400, 1500, seed=3)
    settings = MetricSettings(large=100, betweenness_k=60, seed=11)
    res = compute(g, "betweenness", settings)
    ref = nx.betweenness_centrality(g, k=60, seed=11)
    assert "sampled: 60 of 400" in res.note
    assert max(abs(res.values[n] - ref[n]) for n in g) < 1e-12


def test_metrics_closeness_large_graph_uses_top_degree_candidates():
    g = nx.gnm_random_graph(400, 1200, seed=5)
    g.add_edge(1000, 1001)
    res = compute(g, "closeness", MetricSettings(large=100, closeness_candidates=25))
    ref = nx.closeness_centrality(g)
    top = sorted(g, key=lambda n: (-g.degree(n), str(n)))[:25]
    assert set(res.values) == set(top)
    assert all(res.values[n] == pytest.approx(ref[n], abs=1e-12) for n in top)
    assert "25 highest-degree of 402 nodes" in res.note


def test_metrics_sparse_eigenvector_matches_networkx():
    g = random_graph(600, 3000, seed=2)
    view = build_view(g, ViewOptions())
    res = compute(view, "eigenvector", MetricSettings(large=100))
    ref = nx.eigenvector_centrality(view, weight="weight", max_iter=1000)
    assert "sparse power iteration" in res.note
    assert max(abs(res.values[n] - ref[n]) for n in view) < 1e-4


def test_metrics_eigenvector_non_convergence_is_a_note():
    g = nx.complete_bipartite_graph(1, 3)  # one power iteration cannot converge from the uniform start
    res = compute(g, "eigenvector", MetricSettings(eigen_max_iter=1))
    assert res.values == {}
    assert "did not converge" in res.note


def test_metrics_unknown_metric_and_backend():
    with pytest.raises(ConfigError, match="closeness"):
        compute(nx.path_graph(3), "influence")
    with pytest.raises(ConfigError, match="igraph"):
        MetricSettings(backend="graph-tool")


@pytest.mark.parametrize("large", [10_000, 50])
def test_metrics_igraph_backend_agrees_with_networkx(large):
    pytest.importorskip("igraph")
    g = build_view(random_graph(300, 1500, seed=4), ViewOptions())
    nxs = compute_all(g, METRICS, MetricSettings(large=large, betweenness_k=40, closeness_candidates=30))
    igs = compute_all(g, METRICS, MetricSettings(large=large, betweenness_k=40, closeness_candidates=30, backend="igraph"))
    for metric in METRICS:
        a, b = nxs[metric].values, igs[metric].values
        assert set(a) == set(b), metric
        assert max(abs(a[n] - b[n]) for n in a) < 1e-4, metric


@pytest.mark.parametrize("metric, reference", [
    ("betweenness", nx.betweenness_centrality), ("closeness", nx.closeness_centrality)])
def test_metrics_exact_batched_search_matches_networkx_on_disconnected_graph(metric, reference):
    g = nx.gnm_random_graph(250, 400, seed=8)  # several components and isolated nodes
    got = compute(g, metric).values
    ref = reference(g)
    assert max(abs(got[n] - ref[n]) for n in g) < 1e-12
