"""``graphload html``: the interactive network page; ``graphload bench html``: its speed."""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

import click
import networkx as nx

from ..errors import ConfigError
from ..graph import read_json, relation_types
from ..html import SIZE_METRICS, HtmlOptions, HtmlStats, write_html
from ..models import ENTITY_LABELS
from ._common import err_console, handle_errors, out_console


def _csv(ctx, param, value):
    """Split a comma-separated option into a tuple (None when not given)."""
    if not value:
        return None
    return tuple(x.strip() for x in value.split(",") if x.strip())


@click.command("html")
@click.argument("graph", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=Path("network.html"),
              show_default=True, help="HTML file to write.")
@click.option("--view", type=click.Choice(["full", "meetings"]), default="full", show_default=True,
              help="meetings: Person nodes and MET_WITH edges only.")
@click.option("--focus", metavar="NAME", help="Draw only the network around this name or alias.")
@click.option("--depth", type=int, default=1, show_default=True, help="Hops around --focus.")
@click.option("--since", metavar="DATE", help="Keep edges dated on or after (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Keep edges dated on or before.")
@click.option("--labels", callback=_csv, metavar="L1,L2", help="Node labels to keep (default: all but Document).")
@click.option("--types", callback=_csv, metavar="T1,T2", help="Relationship types to keep (default: all but MENTIONS).")
@click.option("--size-by", type=click.Choice(SIZE_METRICS), default="pagerank", show_default=True,
              help="Node size metric.")
@click.option("--max-nodes", type=int, help="Keep the N nodes ranked highest by --size-by.")
@click.option("--max-edges", type=int, default=5000, show_default=True,
              help="Draw the N edges with the most facts (a bigger page is slow in a browser).")
@click.option("--physics/--no-physics", default=None,
              help="Live physics in the browser (default: on up to 500 nodes).")
@click.option("--evidence", type=int, default=3, show_default=True, help="Evidence sentences per edge tooltip.")
@click.option("--title", default="graphload network", show_default=True, help="Page title.")
@handle_errors
def html_cmd(graph, output, view, focus, depth, since, until, labels, types, size_by, max_nodes, max_edges,
             physics, evidence, title):
    """Write a self-contained interactive network page (opens offline).

    Nodes are coloured and shaped by label and sized by centrality; edges are
    coloured by type, parallel facts are merged with their evidence in the
    tooltip. Hover for details, search by name, toggle labels in the legend.

    \b
    Example:
        graphload html out/graph.json -o out/network.html --focus "Ban Ki-moon" --depth 2
    """
    g = read_json(graph)
    opts = HtmlOptions(view=view, focus=focus, depth=depth, since=since, until=until, labels=labels,
                       types=types, size_by=size_by, max_nodes=max_nodes, max_edges=max_edges, physics=physics,
                       evidence_per_edge=evidence, title=title)
    stats = write_html(g, output, opts)
    _report(stats)


def _report(stats: HtmlStats) -> None:
    """One result line on stdout, details on stderr."""
    dropped = f", {stats.dropped_nodes} nodes dropped by --max-nodes" if stats.dropped_nodes else ""
    dropped += f", {stats.dropped_edges} weaker edges dropped by --max-edges" if stats.dropped_edges else ""
    out_console.print(f"{stats.path}: {stats.nodes} nodes, {stats.edges} edges ({stats.facts} facts){dropped}",
                      highlight=False, soft_wrap=True)
    err_console.print(f"physics {'on' if stats.physics else 'off (positions computed in Python)'}, "
                      f"{stats.bytes / 1e6:.1f} MB, {stats.seconds:.2f} s", highlight=False)


def synthetic_graph(nodes: int, edges: int, seed: int = 1) -> nx.MultiDiGraph:
    """A random graph shaped like graphload's output (labels, types, evidence, dates)."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    g.add_node("doc:000000000000", id="doc:000000000000", label="Document", name="Synthetic", title="Synthetic",
               source="synthetic.txt")
    weights = {"Person": 5, "Organization": 2, "Country": 1, "Place": 1, "Event": 1}
    labels = rng.choices(list(ENTITY_LABELS), [weights[x] for x in ENTITY_LABELS], k=nodes)
    ids = [f"{lab.lower()}:n{i}" for i, lab in enumerate(labels)]
    for node_id, lab in zip(ids, labels):
        g.add_node(node_id, id=node_id, label=lab, name=f"{lab} {node_id.split(':')[1]}", aliases=[],
                   doc_count=rng.randint(1, 20))
    types = relation_types()
    for i in range(edges):
        u, v = rng.sample(ids, 2)
        g.add_edge(u, v, key=f"k{i}", type=rng.choice(types), doc="doc:000000000000",
                   evidence=f"Sentence {i} about {u} and {v}.", date=f"20{rng.randint(10, 24)}-0{rng.randint(1, 9)}",
                   confidence=0.8)
    return g


@click.command("html")
@click.option("--nodes", type=int, default=5000, show_default=True, help="Nodes in the generated graph.")
@click.option("--edges", type=int, default=20000, show_default=True, help="Edges in the generated graph.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Keep the page here.")
@click.option("--browser/--no-browser", default=True, show_default=True,
              help="Also time the page in headless Chromium (needs playwright and chromium).")
@handle_errors
def bench_html(nodes, edges, output, browser):
    """Time writing the network page for a generated graph, then its load in Chromium.

    Targets: written in under 10 s, interactive (first drawing) in under 5 s.

    \b
    Example:
        graphload bench html --nodes 5000 --edges 20000
    """
    if nodes < 2 or edges < 0:
        raise ConfigError("--nodes must be >= 2 and --edges >= 0")
    g = synthetic_graph(nodes, edges)
    path = output or Path(tempfile.mkdtemp(prefix="graphload-bench-")) / "network.html"
    started = time.perf_counter()
    stats = write_html(g, path)
    write_s = time.perf_counter() - started
    out_console.print(f"write_html: {write_s:.2f} s for {stats.nodes} nodes / {stats.edges} edges "
                      f"(layout {stats.layout_seconds:.2f} s, {stats.bytes / 1e6:.1f} MB) -> {path}", highlight=False)
    if not browser:
        return
    from ..html_assets.browser import load

    report = load(path, settle_ms=0, timeout_s=120)
    out_console.print(f"chromium: interactive after {report.ready_seconds:.2f} s "
                      f"(in-page {report.ready_ms_in_page / 1000:.2f} s from navigation), "
                      f"{report.nodes} nodes / {report.edges} edges drawn, "
                      f"{len(report.console_errors)} console errors, {len(report.blocked_requests)} blocked requests",
                      highlight=False)


def register(group: click.Group) -> None:
    """Add ``html`` to the CLI and ``html`` to the bench group."""
    from .bench import bench

    group.add_command(html_cmd)
    bench.add_command(bench_html)
