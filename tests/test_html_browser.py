"""The exported page in real headless Chromium with the network cut off (marker ``browser``).

Skipped locally when playwright or Chromium is missing; fails instead when ``CI`` is set.
"""

from __future__ import annotations

import importlib.util
import os

import pytest

from graphload.commands.html import synthetic_graph
from graphload.html import HtmlOptions, write_html
from graphload.html_assets.browser import find_chromium, load, open_page, png_stats, screenshot

pytestmark = pytest.mark.browser

EVIL = ('<script>window.__pwned=1;alert(1)</script><img src=x onerror="window.__pwned=2;alert(2)">'
        '<a href="javascript:alert(3)">x</a> \u2028</script><!--')


@pytest.fixture(scope="module", autouse=True)
def _need_browser():
    """Skip (or fail under CI) when the browser stack is missing."""
    missing = []
    if importlib.util.find_spec("playwright") is None:
        missing.append("playwright (pip install playwright)")
    if find_chromium() is None:
        missing.append("Chromium (apt-get install chromium, or set GRAPHLOAD_CHROMIUM)")
    if missing:
        reason = "browser tests need " + " and ".join(missing)
        if os.environ.get("CI"):
            pytest.fail(reason + " -- required when CI is set")
        pytest.skip(reason)


def _assert_clean(report):
    assert report.console_errors == []
    assert report.page_errors == []
    assert report.dialogs == []
    assert report.blocked_requests == []


def test_html_browser_sample_draws_all_nodes_offline(sample_nx, tmp_path):
    html, png = tmp_path / "n.html", tmp_path / "n.png"
    write_html(sample_nx, html)
    with open_page(html) as (page, report):
        page.wait_for_timeout(500)
        page.screenshot(path=str(png))
        stats = png_stats(page, png)
    _assert_clean(report)
    assert (report.nodes, report.edges) == (9, 10)
    assert stats["width"] == 1280 and stats["colours"] > 50 and stats["nonWhite"] > 0.01


def test_html_browser_markup_in_data_runs_nothing(sample_nx, tmp_path):
    g = sample_nx.copy()
    g.nodes["person:ban-ki-moon"]["name"] = EVIL
    g.nodes["person:ban-ki-moon"]["aliases"] = [EVIL, "Mr. Ban"]
    g.nodes["doc:aaaaaaaaaaaa"]["title"] = EVIL
    for _, _, a in g.edges(data=True):
        a["evidence"] = EVIL
    html = tmp_path / "evil.html"
    write_html(g, html, HtmlOptions(title=EVIL))
    with open_page(html) as (page, report):
        page.evaluate("""() => {
            const n = graphloadNetwork, pos = n.getPosition('person:ban-ki-moon');
            const dom = n.canvasToDOM(pos);
            n.emit('hoverNode', {node: 'person:ban-ki-moon', pointer: {DOM: dom}});
        }""")
        node_tip = page.inner_text("#graphload-tip")
        page.evaluate("() => graphloadShowTip('edge', graphloadData.edges.getIds()[0], 50, 50)")
        edge_tip = page.inner_text("#graphload-tip")
        page.mouse.move(640, 400)
        page.evaluate("() => graphloadFocus('Mr. Ban')")
        page.wait_for_timeout(300)
        found = page.evaluate("""() => ({
            pwned: window.__pwned || 0,
            elements: document.querySelectorAll('body img, body a, #graphload-tip script').length,
            scripts: document.scripts.length})""")
    _assert_clean(report)
    assert [m for m in report.console_messages if "alert" in m or "pwned" in m] == []
    assert found == {"pwned": 0, "elements": 0, "scripts": 3}
    assert "<script>window.__pwned=1;alert(1)</script>" in node_tip
    assert "<img src=x" in edge_tip


def test_html_browser_meetings_of_ban_and_guterres(sample_nx, tmp_path):
    html = tmp_path / "meet.html"
    write_html(sample_nx, html, HtmlOptions(view="meetings"))
    with open_page(html) as (page, report):
        met = page.evaluate("""() => Object.fromEntries(['Ban Ki-moon', 'antonio guterres'].map(q => {
            const id = graphloadFocus(q);
            return [q, graphloadNetwork.getConnectedNodes(id).sort()];
        }))""")
        page.evaluate("() => graphloadShowTip('edge', graphloadNetwork.getConnectedEdges('person:antonio-guterres')[0], 9, 9)")
        tip = page.inner_text("#graphload-tip")
    _assert_clean(report)
    assert met == {"Ban Ki-moon": ["person:kanat-saudabayev", "person:nursultan-nazarbayev"],
                   "antonio guterres": ["person:kassym-jomart-tokayev"]}
    assert "MET_WITH" in tip and "Guterres traf Tokajew." in tip and "Besuch in Almaty" in tip


def test_html_browser_legend_checkbox_hides_label(sample_nx, tmp_path):
    html = tmp_path / "n.html"
    write_html(sample_nx, html)
    with open_page(html) as (page, report):
        page.click('#graphload-legend input[data-key="Person"]')
        hidden = page.evaluate("() => graphloadData.nodes.get({filter: n => n.hidden}).map(n => n.kind)")
        page.click('#graphload-legend input[data-key="Person"]')
        shown = page.evaluate("() => graphloadData.nodes.get({filter: n => n.hidden}).length")
    _assert_clean(report)
    assert hidden == ["Person"] * 5 and shown == 0


def test_html_browser_large_graph_static_layout(tmp_path):
    html = tmp_path / "big.html"
    stats = write_html(synthetic_graph(800, 2000), html)
    report = load(html, settle_ms=0, timeout_s=60)
    _assert_clean(report)
    assert stats.physics is False
    assert (report.nodes, report.edges) == (stats.nodes, stats.edges) == (800, stats.edges)


def test_html_browser_screenshot_helper_writes_png(sample_nx, tmp_path):
    html = tmp_path / "n.html"
    write_html(sample_nx, html)
    png = screenshot(html, tmp_path / "docs" / "network.png", settle_ms=200)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000


def test_html_browser_seed_graph_shows_ban_and_guterres_meetings(tmp_path):
    """The seed corpus drawn in Chromium: both Secretaries-General with their meetings."""
    from pathlib import Path

    from graphload.extract import ExtractSettings
    from graphload.pipeline import RunSettings, run

    seeds = Path(__file__).resolve().parents[1] / "data" / "seeds"
    graph, _ = run([seeds], RunSettings(extract=ExtractSettings()))
    html = tmp_path / "seed.html"
    write_html(graph.to_networkx(), html, HtmlOptions(view="meetings"))
    with open_page(html) as (page, report):
        page.wait_for_timeout(300)
        drawn = page.evaluate("""() => {
            const net = window.graphloadNetwork, data = net.body.data;
            const name = id => data.nodes.get(id).label;
            const degree = id => data.edges.get().filter(e => e.from === id || e.to === id).length;
            return {ban: [name('person:ban-ki-moon'), degree('person:ban-ki-moon')],
                    guterres: [name('person:antonio-guterres'), degree('person:antonio-guterres')]};
        }""")
    _assert_clean(report)
    assert drawn["ban"][0] == "Ban Ki-moon" and drawn["ban"][1] >= 10
    assert drawn["guterres"][0] == "António Guterres" and drawn["guterres"][1] >= 4
