"""Tests of graphload.analysis.paths and communities: paths with evidence, ego, timeline, Louvain."""

from __future__ import annotations

import networkx as nx
import pytest

from graphload.analysis.communities import detect_communities
from graphload.analysis.paths import NoPathError, ego_network, shortest_paths, timeline
from graphload.analysis.synthetic import random_graph
from graphload.analysis.views import ViewOptions, build_view
from graphload.errors import ConfigError


def test_paths_shortest_path_has_types_dates_and_evidence(sample_nx):
    res = shortest_paths(sample_nx, "ban ki-moon", "Tokajew")
    assert res.length == 3
    assert len(res.paths) == 1
    hops = res.paths[0]
    assert [(h.left, h.right) for h in hops] == [
        ("person:ban-ki-moon", "person:nursultan-nazarbayev"),
        ("person:nursultan-nazarbayev", "country:kz"),
        ("country:kz", "person:kassym-jomart-tokayev"),
    ]
    first = hops[0].relationships[0]
    assert (first.type, first.date, first.evidence) == (
        "MET_WITH", "2010-11-30", "The Secretary-General met with Nursultan Nazarbayev.")
    assert hops[2].relationships[0].type == "HOLDS_OFFICE"
    assert hops[2].relationships[0].evidence == "Guterres traf Tokajew."


def test_paths_lists_every_shortest_path():
    g = nx.MultiDiGraph()
    for n in "abcd":
        g.add_node(f"person:{n}", label="Person", name=n.upper(), aliases=[], doc_count=1)
    for u, v in [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d")]:
        g.add_edge(f"person:{u}", f"person:{v}", type="MET_WITH", doc="doc:1", evidence=f"{u} met {v}", date="2020")
    res = shortest_paths(g, "A", "D")
    assert sorted([h.right for h in p][0] for p in res.paths) == ["person:b", "person:c"]
    assert all(h.relationships[0].evidence for p in res.paths for h in p)


def test_paths_no_path_and_bad_view(sample_nx):
    with pytest.raises(NoPathError, match="no path"):
        shortest_paths(sample_nx, "Ban Ki-moon", "Guterres", ViewOptions("meetings"))
    with pytest.raises(ConfigError):
        shortest_paths(sample_nx, "Ban Ki-moon", "Guterres", ViewOptions("coparticipation"))


def test_paths_ego_by_depth(sample_nx):
    one = ego_network(sample_nx, "Tokayev", depth=1)
    assert {(n.id, n.distance) for n in one.nodes} == {
        ("person:kassym-jomart-tokayev", 0), ("person:antonio-guterres", 1), ("country:kz", 1)}
    two = ego_network(sample_nx, "Tokayev", depth=2)
    assert {n.id for n in two.nodes if n.distance == 2} == {
        "person:nursultan-nazarbayev", "place:astana", "org:osce"}


def test_paths_timeline_in_date_order_undated_last(sample_nx):
    entries = timeline(sample_nx, "Kazakhstan")
    assert [(e.date, e.type, e.other) for e in entries] == [
        ("2010", "CHAIRED", "org:osce"),
        (None, "HOLDS_OFFICE", "person:kassym-jomart-tokayev"),
        (None, "HOLDS_OFFICE", "person:nursultan-nazarbayev"),
        (None, "LOCATED_IN", "place:astana"),
    ]
    assert entries[1].direction == "in" and entries[0].direction == "out"
    ban = timeline(sample_nx, "Ban Ki-moon", ViewOptions(since="2010-12"))
    assert [(e.date, e.type) for e in ban] == [("2010-12-01", "ATTENDED")]


def test_paths_communities_deterministic_with_seed():
    view = build_view(random_graph(300, 900, seed=9), ViewOptions())
    first = detect_communities(view, seed=5)
    again = detect_communities(view, seed=5)
    assert [[m.id for m in c.members] for c in first.communities] == [[m.id for m in c.members] for c in again.communities]
    ref = nx.community.louvain_communities(view, weight="weight", seed=5)
    assert first.modularity == pytest.approx(nx.community.modularity(view, ref, weight="weight"))
    assert sorted(len(c) for c in ref) == sorted(c.size for c in first.communities)
    sizes = [c.size for c in first.communities]
    assert sizes == sorted(sizes, reverse=True)


def test_paths_communities_of_two_cliques():
    res = detect_communities(nx.barbell_graph(5, 0), seed=1)
    assert [sorted(m.id for m in c.members) for c in res.communities] == [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]
    assert res.modularity > 0.4
