"""Tests of the HTML export without a browser: views, filters, escaping, the page file."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from graphload.cli import cli
from graphload.errors import GraphloadError
from graphload.graph import write_json
from graphload.html import (
    HtmlOptions,
    collapse_edges,
    document_titles,
    script_json,
    write_html,
)
from graphload.html_select import filter_graph

EVIL = '<script>alert(1)</script><img src=x onerror="alert(2)"> javascript:alert(3) \u2028'


def _page_data(path) -> dict:
    text = path.read_text(encoding="utf-8")
    m = re.search(r'<script type="application/json" id="graphload-data">(.*?)</script>', text, re.S)
    assert m, "data block missing"
    return json.loads(m.group(1))


def test_html_default_view_excludes_documents_and_mentions(sample_nx, tmp_path):
    stats = write_html(sample_nx, tmp_path / "n.html")
    data = _page_data(tmp_path / "n.html")
    assert stats.nodes == 9 and len(data["nodes"]) == 9
    assert {n["kind"] for n in data["nodes"]} == {"Person", "Country", "Organization", "Event", "Place"}
    assert "MENTIONS" not in {e["type"] for e in data["edges"]}
    assert stats.edges == len(data["edges"]) == 10


def test_html_page_is_self_contained(sample_nx, tmp_path):
    write_html(sample_nx, tmp_path / "n.html")
    text = (tmp_path / "n.html").read_text(encoding="utf-8")
    assert "vis.Network" in text and "vis-network" in text
    assert not re.search(r'<(script|link|img)[^>]+(src|href)=["\']?https?:', text, re.I)
    assert "cdn" not in text.lower().split("graphload-data")[0][:2000]


@pytest.mark.parametrize("opts, persons, types", [
    (HtmlOptions(view="meetings"), 5, {"MET_WITH"}),
    (HtmlOptions(types=("VISITED",)), 1, {"VISITED"}),
    (HtmlOptions(since="2024"), 2, {"MET_WITH", "VISITED"}),
    (HtmlOptions(until="2010-11"), 3, {"MET_WITH", "CHAIRED"}),  # HELD_IN is 2010-12
    (HtmlOptions(labels=("Person",)), 5, {"MET_WITH"}),
])
def test_html_filter_graph(sample_nx, opts, persons, types):
    h, _ = filter_graph(sample_nx, opts)
    assert sum(1 for _, a in h.nodes(data=True) if a["label"] == "Person") == persons
    assert {a["type"] for _, _, a in h.edges(data=True)} == types


def test_html_focus_depth_gives_ego_network(sample_nx, tmp_path):
    stats = write_html(sample_nx, tmp_path / "n.html", HtmlOptions(focus="Guterres", depth=1))
    ids = {n["id"] for n in _page_data(tmp_path / "n.html")["nodes"]}
    assert ids == {"person:antonio-guterres", "person:kassym-jomart-tokayev", "place:astana"}
    assert stats.focus == "person:antonio-guterres"


def test_html_max_nodes_keeps_top_and_counts_dropped(sample_nx, tmp_path):
    stats = write_html(sample_nx, tmp_path / "n.html", HtmlOptions(max_nodes=3, size_by="degree"))
    assert (stats.nodes, stats.dropped_nodes) == (3, 6)
    ids = {n["id"] for n in _page_data(tmp_path / "n.html")["nodes"]}
    assert "person:ban-ki-moon" in ids and "country:kz" in ids


def test_html_collapse_parallel_facts(sample_nx):
    g = sample_nx.copy()
    g.add_edge("person:nursultan-nazarbayev", "person:ban-ki-moon", key="x", type="MET_WITH",
               doc="doc:bbbbbbbbbbbb", evidence="They met again.", date="2024-01-01", confidence=0.9)
    h, _ = filter_graph(g, HtmlOptions(view="meetings"))
    met = [e for e in collapse_edges(h, document_titles(g)) if "person:nursultan-nazarbayev" in (e.source, e.target)]
    assert len(met) == 1 and met[0].weight == 2
    assert [f["doc"] for f in met[0].facts] == ["Visit to Astana", "Besuch in Almaty"]


def test_html_untrusted_text_is_escaped_in_page(sample_nx, tmp_path):
    g = sample_nx.copy()
    g.nodes["person:ban-ki-moon"]["name"] = EVIL
    for _, _, a in g.edges(data=True):
        a["evidence"] = EVIL
    write_html(g, tmp_path / "n.html", HtmlOptions(title=EVIL))
    text = (tmp_path / "n.html").read_text(encoding="utf-8")
    assert "<script>alert" not in text and "<img src=x" not in text
    assert "&lt;script&gt;alert(1)" in text.split("<style>")[0]  # the page title, HTML-escaped
    data_block = text.split('id="graphload-data">')[1].split("</script>")[0]
    assert "\u2028" not in data_block and "<" not in data_block
    assert text.count("</script>") == 3  # data block, vis-network, page script
    names = {n["name"] for n in _page_data(tmp_path / "n.html")["nodes"]}
    assert EVIL in names  # round-trips unchanged through the escaped JSON


def test_html_script_json_escapes_closing_tags():
    assert "</" not in script_json({"a": "</script><!--"})
    assert json.loads(script_json({"a": "</script>\u2028"})) == {"a": "</script>\u2028"}


@pytest.mark.parametrize("opts, message", [
    (HtmlOptions(view="meetings", labels=("Person",)), "meetings"),
    (HtmlOptions(since="30.11.2010"), "--since"),
    (HtmlOptions(labels=("Persons",)), "unknown label"),
    (HtmlOptions(types=("MET",)), "unknown type"),
    (HtmlOptions(size_by="eigen"), "--size-by"),
    (HtmlOptions(focus="Nobody At All"), "no entity named"),
])
def test_html_bad_options_raise_config_error(sample_nx, tmp_path, opts, message):
    with pytest.raises(GraphloadError, match=message):
        write_html(sample_nx, tmp_path / "n.html", opts)


def test_html_large_graph_turns_physics_off(sample_nx, tmp_path):
    stats = write_html(sample_nx, tmp_path / "n.html", HtmlOptions(layout_threshold=5))
    options = _page_data(tmp_path / "n.html")["options"]
    assert stats.physics is False and options["physics"]["enabled"] is False
    assert all("x" in n and "y" in n for n in _page_data(tmp_path / "n.html")["nodes"])


def test_html_command_writes_page_and_reports(sample_nx, tmp_path):
    write_json(sample_nx, tmp_path / "graph.json")
    out = tmp_path / "net.html"
    result = CliRunner().invoke(cli, ["html", str(tmp_path / "graph.json"), "-o", str(out), "--view", "meetings"])
    assert result.exit_code == 0, result.output
    assert "5 nodes, 3 edges" in result.output and out.exists()


def test_html_command_unknown_focus_is_clean_error(sample_nx, tmp_path):
    write_json(sample_nx, tmp_path / "graph.json")
    result = CliRunner().invoke(cli, ["html", str(tmp_path / "graph.json"), "-o", str(tmp_path / "n.html"),
                                      "--focus", "Gutteres"])
    assert result.exit_code == 1
    assert "closest" in result.output and "Guterres" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("opts", [
    HtmlOptions(), HtmlOptions(max_nodes=3), HtmlOptions(view="meetings", max_nodes=2),
    HtmlOptions(size_by="degree", max_nodes=4), HtmlOptions(size_by="doc_count", max_nodes=4),
    HtmlOptions(since="2015", max_nodes=5), HtmlOptions(types=("HOLDS_OFFICE",)),
])
def test_html_select_nodes_equals_filter_rank_and_cut(sample_nx, opts):
    from graphload.html_select import keep_top, node_metric, select_nodes

    want, _ = filter_graph(sample_nx, opts)
    want_metric = node_metric(want, opts.size_by)
    want, want_dropped = keep_top(want, want_metric, opts.max_nodes)
    got, metric, dropped, _ = select_nodes(sample_nx, opts)
    def content(g):  # keep_top's subgraph lists nodes in set order; select_nodes in graph order
        return sorted(g.nodes(data=True)), sorted((u, v, k, sorted(a.items())) for u, v, k, a in g.edges(keys=True, data=True))

    assert content(got) == content(want)
    assert (metric, dropped) == (want_metric, want_dropped)


@pytest.mark.parametrize("limit, kept", [(None, 5), (10, 5), (3, 3), (1, 1)])
def test_html_strongest_edges_kept_in_order(limit, kept):
    from graphload.html import CollapsedEdge, strongest

    edges = [CollapsedEdge(f"a{i}", f"b{i}", "MET_WITH", [{}] * w, []) for i, w in enumerate([1, 4, 2, 4, 3])]
    got, cut = strongest(edges, limit)
    assert (len(got), cut) == (kept, 5 - kept)
    assert got == [e for e in edges if e in got]  # original order
    assert sorted((e.weight for e in got), reverse=True) == sorted((e.weight for e in edges), reverse=True)[:kept]
