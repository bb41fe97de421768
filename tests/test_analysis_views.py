"""Tests of graphload.analysis.views and dates: the three views and their filters."""

from __future__ import annotations

import networkx as nx
import pytest

from graphload.analysis.dates import DateWindow, period, sort_key
from graphload.analysis.views import ViewOptions, build_view, coparticipation_view, full_view, meeting_view
from graphload.errors import ConfigError


def person(g, pid):
    g.add_node(pid, id=pid, label="Person", name=pid.split(":")[1].title(), aliases=[], doc_count=1)


def hand_graph() -> nx.MultiDiGraph:
    """Persons a, b, c; a-b met in two documents (one reported twice), b-c once; a shared event and country."""
    g = nx.MultiDiGraph()
    for p in ("person:a", "person:b", "person:c", "person:d"):
        person(g, p)
    g.add_node("event:e", label="Event", name="Summit", aliases=[], doc_count=1)
    g.add_node("event:f", label="Event", name="Forum", aliases=[], doc_count=1)
    g.add_node("country:kz", label="Country", name="Kazakhstan", aliases=[], doc_count=2)
    g.add_node("org:un", label="Organization", name="UN", aliases=[], doc_count=2)
    g.add_node("doc:1", label="Document", name="d1")
    met = [("person:a", "person:b", "doc:1", "2010-11-30"), ("person:b", "person:a", "doc:1", "2010-11-30"),
           ("person:a", "person:b", "doc:2", "2017"), ("person:b", "person:c", "doc:3", "2017-05"),
           ("person:c", "person:d", "doc:4", None)]
    for u, v, doc, date in met:
        g.add_edge(u, v, type="MET_WITH", doc=doc, evidence=f"{u} met {v}", date=date)
    for who in ("person:a", "person:b", "country:kz"):
        g.add_edge(who, "event:e", type="ATTENDED", doc="doc:5", evidence="attended", date="2017-06-01")
    g.add_edge("person:a", "event:f", type="ADDRESSED", doc="doc:6", evidence="spoke", date="2018")
    g.add_edge("org:un", "event:f", type="HOSTED", doc="doc:6", evidence="hosted", date="2018")
    g.add_edge("person:a", "country:kz", type="HOLDS_OFFICE", doc="doc:7", evidence="office", date=None, title="Minister")
    g.add_edge("person:b", "country:kz", type="HOLDS_OFFICE", doc="doc:7", evidence="office", date=None, title="President")
    g.add_edge("doc:1", "person:a", type="MENTIONS", doc="doc:1", count=2)
    return g


def weights(view: nx.Graph) -> dict:
    return {tuple(sorted((u, v))): a["weight"] for u, v, a in view.edges(data=True)}


def test_views_meetings_weight_counts_distinct_documents():
    view = meeting_view(hand_graph())
    assert weights(view) == {("person:a", "person:b"): 2, ("person:b", "person:c"): 1, ("person:c", "person:d"): 1}
    assert dict(view.degree(weight="weight")) == {"person:a": 2, "person:b": 3, "person:c": 2, "person:d": 1}
    assert view.nodes["person:a"]["label"] == "Person"


def test_views_full_excludes_documents_and_mentions(sample_nx):
    view = full_view(sample_nx)
    assert not [n for n, a in view.nodes(data=True) if a["label"] == "Document"]
    assert view.number_of_nodes() == 9
    assert view.number_of_edges() == 10
    assert set(view["country:kz"]) == {"person:nursultan-nazarbayev", "person:kassym-jomart-tokayev", "place:astana", "org:osce"}
    with_docs = full_view(sample_nx, ViewOptions(include_documents=True))
    assert with_docs.has_edge("doc:aaaaaaaaaaaa", "person:ban-ki-moon")


def test_views_coparticipation_links_shared_events_and_offices():
    view = coparticipation_view(hand_graph())
    assert weights(view) == {
        ("person:a", "person:b"): 2,  # event:e and office in country:kz
        ("country:kz", "person:a"): 1,
        ("country:kz", "person:b"): 1,
        ("org:un", "person:a"): 1,  # both at event:f (addressed / hosted)
    }
    assert view["person:a"]["person:b"]["via"] == ["country:kz", "event:e"]


@pytest.mark.parametrize(
    "since, until, expected",
    [
        (None, None, {("person:a", "person:b"): 2, ("person:b", "person:c"): 1, ("person:c", "person:d"): 1}),
        ("2017", None, {("person:a", "person:b"): 1, ("person:b", "person:c"): 1}),
        ("2017-05-31", "2017-05-31", {("person:a", "person:b"): 1, ("person:b", "person:c"): 1}),
        ("2017-06", None, {("person:a", "person:b"): 1}),
        (None, "2010-11-30", {("person:a", "person:b"): 1}),
        (None, "2010-11-29", {}),
        ("2010-11-30", "2010-11-30", {("person:a", "person:b"): 1}),
        ("2018", "2024-12-31", {}),
    ],
)
def test_views_date_window_inclusive_and_partial(since, until, expected):
    view = meeting_view(hand_graph(), ViewOptions("meetings", since=since, until=until))
    assert weights(view) == expected


def test_views_min_weight_and_type_filter():
    g = hand_graph()
    assert weights(build_view(g, ViewOptions("meetings", min_weight=2))) == {("person:a", "person:b"): 2}
    view = build_view(g, ViewOptions("full", types=("HOLDS_OFFICE",)))
    assert sorted(view.nodes) == ["country:kz", "person:a", "person:b"]
    view = build_view(g, ViewOptions("full", labels=("Person",)))
    assert all(a["label"] == "Person" for _n, a in view.nodes(data=True))
    assert view["person:a"]["person:b"]["types"] == ["MET_WITH"]


@pytest.mark.parametrize(
    "text, expected",
    [("2010", ("2010-01-01", "2010-12-31")), ("2024-02", ("2024-02-01", "2024-02-29")),
     ("2010-11-30", ("2010-11-30", "2010-11-30")), (None, None), ("", None), ("next year", None), ("2010-13", None)],
)
def test_views_period_of_partial_dates(text, expected):
    p = period(text)
    assert (None if p is None else (p[0].isoformat(), p[1].isoformat())) == expected


@pytest.mark.parametrize("since, until", [("2017/05", None), (None, "May 2017"), ("2018", "2017")])
def test_views_bad_window_raises_config_error(since, until):
    with pytest.raises(ConfigError):
        DateWindow(since, until)


def test_views_unknown_view_or_type_raises():
    with pytest.raises(ConfigError, match="view"):
        ViewOptions("social")
    with pytest.raises(ConfigError, match="FRIEND_OF"):
        ViewOptions(types=("FRIEND_OF",))


def test_views_sort_key_orders_partial_then_undated():
    dates = [None, "2010-11-30", "2010", "2009-12", "2010-11"]
    assert sorted(dates, key=sort_key) == ["2009-12", "2010", "2010-11", "2010-11-30", None]
