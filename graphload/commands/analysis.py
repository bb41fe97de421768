"""Offline analysis commands: report, ego, path, communities, timeline, export gexf/graphml, bench report."""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from ..analysis.communities import detect_communities
from ..analysis.exporting import write_with_metrics
from ..analysis.metrics import BACKENDS, METRICS, MetricSettings
from ..analysis.names import resolve_name
from ..analysis.paths import ego_network, shortest_paths, timeline
from ..analysis.report import (
    Report,
    ReportOptions,
    build_report,
    format_value,
    headline_lines,
    render_csv,
    render_json,
    render_markdown,
)
from ..analysis.views import VIEWS, ViewOptions, build_view
from ..graph import read_json
from ..models import ENTITY_LABELS, REL_TYPES
from ._common import err_console, handle_errors, out_console

DEFAULT_GRAPH = "out/graph.json"


def view_options(func):
    """Shared view/filter options of every analysis command."""
    opts = [
        click.option("--view", type=click.Choice(VIEWS), default="full", show_default=True,
                     help="full: all entities; meetings: MET_WITH between persons; coparticipation: shared events/offices."),
        click.option("--node-label", "node_labels", multiple=True, type=click.Choice(ENTITY_LABELS),
                     help="Keep only nodes with this label in the view (repeatable)."),
        click.option("--type", "types", multiple=True, type=click.Choice(REL_TYPES),
                     help="Keep only these relationship types (repeatable)."),
        click.option("--since", help="Keep edges dated on/after this (YYYY, YYYY-MM, YYYY-MM-DD); drops undated edges."),
        click.option("--until", help="Keep edges whose date overlaps this or earlier (inclusive); drops undated edges."),
        click.option("--min-weight", type=float, default=0, show_default=True, help="Drop view edges lighter than this."),
    ]
    for opt in reversed(opts):
        func = opt(func)
    return func


def make_view_options(view, node_labels, types, since, until, min_weight) -> ViewOptions:
    """ViewOptions from the shared click options."""
    return ViewOptions(view, tuple(node_labels), tuple(types), since, until, min_weight)


def graph_option(func):
    """``--graph/-g PATH`` (default out/graph.json)."""
    return click.option("--graph", "-g", "graph_path", type=click.Path(dir_okay=False), default=DEFAULT_GRAPH,
                        show_default=True, help="node-link JSON written by graphload.")(func)


def _emit(text: str, output: str | None) -> None:
    if output:
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        Path(output).write_text(text, encoding="utf-8")
        err_console.print(f"wrote {output}")
    else:
        click.echo(text, nl=False)


def report_tables(report: Report, console: Console) -> None:
    """Print the headline and one rich table per metric (note rows for failures)."""
    for line in headline_lines(report):
        console.print(line)
    for note in report.notes:
        console.print(f"[yellow]note:[/] {note}")
    for t in report.tables:
        table = Table(title=t.title, title_justify="left")
        for col, just in (("#", "right"), ("entity", "left"), ("label", "left"), ("docs", "right"), ("value", "right")):
            table.add_column(col, justify=just)
        for r in t.rows:
            table.add_row(str(r.rank), r.name, r.label, str(r.doc_count), format_value(r.value, t.metric))
        if t.note and not t.rows:
            table.add_row("", f"[yellow]note: {t.note}[/]", "", "", "")
        console.print(table)


@click.command("report")
@click.argument("graph", type=click.Path(dir_okay=False))
@click.option("--metric", "metrics", multiple=True, type=click.Choice(METRICS + ("all",)), default=("all",),
              show_default=True, help="Metric to rank by (repeatable).")
@click.option("--top", type=int, default=10, show_default=True, help="Rows per metric.")
@click.option("--label", "labels", multiple=True, type=click.Choice(ENTITY_LABELS),
              help="Rank only entities with this label (metrics still use the whole view; repeatable).")
@view_options
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json", "markdown"]), default="table", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file instead of stdout.")
@click.option("--backend", type=click.Choice(BACKENDS), default="networkx", show_default=True)
@click.option("--seed", type=int, default=42, show_default=True, help="Seed of sampled betweenness.")
@click.option("--large", type=int, default=5000, show_default=True, help="Node count above which betweenness/closeness sample.")
@click.option("--k", "sample_k", type=int, default=500, show_default=True, help="Sampled betweenness sources on large views.")
@handle_errors
def report_cmd(graph, metrics, top, labels, view, node_labels, types, since, until, min_weight, fmt, output,
               backend, seed, large, sample_k):
    """Ranked centrality tables (degree, PageRank, betweenness...) of a graph view.

    \b
    Example:
        graphload report out/graph.json --view meetings --metric pagerank --top 5
        graphload report out/graph.json --since 2017 --format csv -o out/report.csv
    """
    g = read_json(graph)
    chosen = METRICS if "all" in metrics else tuple(dict.fromkeys(metrics))
    options = ReportOptions(make_view_options(view, node_labels, types, since, until, min_weight), chosen, top,
                            tuple(labels), MetricSettings(large=large, betweenness_k=sample_k, seed=seed, backend=backend))
    report = build_report(g, options)
    if fmt == "table":
        if output:
            with open(output, "w", encoding="utf-8") as fh:
                report_tables(report, Console(file=fh, width=120, no_color=True))
            err_console.print(f"wrote {output}")
        else:
            report_tables(report, out_console)
        return
    render = {"csv": render_csv, "json": render_json, "markdown": render_markdown}[fmt]
    _emit(render(report), output)


@click.command("ego")
@click.argument("name")
@graph_option
@click.option("--depth", type=int, default=2, show_default=True, help="Hops from the centre.")
@view_options
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@handle_errors
def ego_cmd(name, graph_path, depth, view, node_labels, types, since, until, min_weight, fmt):
    """The neighbourhood of one entity, nearest first.

    \b
    Example:
        graphload ego tokayev --depth 1 --view meetings
    """
    g = read_json(graph_path)
    res = ego_network(g, name, depth, make_view_options(view, node_labels, types, since, until, min_weight))
    if fmt == "json":
        click.echo(json.dumps({"center": res.center, "depth": res.depth, "nodes": [asdict(n) for n in res.nodes],
                               "edges": [list(e) for e in res.edges]}, ensure_ascii=False, indent=2))
        return
    table = Table(title=f"{len(res.nodes) - 1} entities within {depth} hop(s) of {g.nodes[res.center]['name']}")
    for col in ("hops", "entity", "label", "docs", "id"):
        table.add_column(col)
    for n in res.nodes:
        table.add_row(str(n.distance), n.name, n.label, str(n.doc_count), n.id)
    out_console.print(table)


@click.command("path")
@click.argument("name_a")
@click.argument("name_b")
@graph_option
@view_options
@click.option("--limit", type=int, default=20, show_default=True, help="Most shortest paths to list.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@handle_errors
def path_cmd(name_a, name_b, graph_path, view, node_labels, types, since, until, min_weight, limit, fmt):
    """Every shortest path between two entities, each hop with type, date and evidence.

    \b
    Example:
        graphload path "Ban Ki-moon" tokayev -g out/graph.json
    """
    g = read_json(graph_path)
    res = shortest_paths(g, name_a, name_b, make_view_options(view, node_labels, types, since, until, min_weight), limit)
    if fmt == "json":
        click.echo(json.dumps({"source": res.source, "target": res.target, "length": res.length,
                               "truncated": res.truncated, "paths": [[asdict(h) for h in p] for p in res.paths]},
                              ensure_ascii=False, indent=2))
        return
    name = lambda n: g.nodes[n].get("name", n)  # noqa: E731
    out_console.print(f"{len(res.paths)} shortest path(s) of {res.length} hop(s) from {name(res.source)} to {name(res.target)}"
                      + (" (more not shown)" if res.truncated else ""))
    for i, p in enumerate(res.paths, 1):
        out_console.print(f"\n[bold]Path {i}:[/] " + " — ".join([name(p[0].left)] + [name(h.right) for h in p]))
        for h in p:
            for r in h.relationships:
                out_console.print(f"  {r.source_name} -[{r.type}]-> {r.target_name}  {r.date or 'undated'}  "
                                  f"doc {r.doc}\n    “{r.evidence}”", highlight=False)


@click.command("communities")
@graph_option
@view_options
@click.option("--seed", type=int, default=42, show_default=True)
@click.option("--resolution", type=float, default=1.0, show_default=True, help="Louvain resolution (>1: smaller communities).")
@click.option("--min-size", type=int, default=2, show_default=True, help="Hide communities smaller than this.")
@click.option("--members", type=int, default=10, show_default=True, help="Members listed per community.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@handle_errors
def communities_cmd(graph_path, view, node_labels, types, since, until, min_weight, seed, resolution, min_size,
                    members, fmt):
    """Louvain communities of a view (seeded), largest first, with modularity.

    \b
    Example:
        graphload communities --view meetings --seed 1
    """
    g = read_json(graph_path)
    res = detect_communities(build_view(g, make_view_options(view, node_labels, types, since, until, min_weight)),
                             seed, resolution, min_size)
    if fmt == "json":
        click.echo(json.dumps(asdict(res), ensure_ascii=False, indent=2))
        return
    out_console.print(f"{len(res.communities)} communities (size >= {min_size}), modularity {res.modularity:.4f}, seed {seed}")
    for c in res.communities:
        shown = ", ".join(f"{m.name} ({m.label})" for m in c.members[:members])
        more = f", … {c.size - members} more" if c.size > members else ""
        out_console.print(f"[bold]#{c.index}[/] {c.size} members: {shown}{more}", highlight=False)


@click.command("timeline")
@click.argument("name")
@graph_option
@click.option("--since", help="Only relationships overlapping this date or later (drops undated).")
@click.option("--until", help="Only relationships overlapping this date or earlier (drops undated).")
@click.option("--type", "types", multiple=True, type=click.Choice(REL_TYPES), help="Only these types (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@handle_errors
def timeline_cmd(name, graph_path, since, until, types, fmt):
    """An entity's relationships in date order (undated last).

    \b
    Example:
        graphload timeline "antonio guterres" --since 2020
    """
    g = read_json(graph_path)
    entries = timeline(g, name, ViewOptions(types=tuple(types), since=since, until=until))
    if fmt == "json":
        click.echo(json.dumps([asdict(e) for e in entries], ensure_ascii=False, indent=2))
        return
    who = g.nodes[resolve_name(g, name)].get("name", name)
    table = Table(title=f"Timeline of {who}: {len(entries)} relationship(s)")
    for col in ("date", "relation", "other", "doc", "evidence"):
        table.add_column(col, overflow="fold")
    for e in entries:
        rel = f"-[{e.type}]->" if e.direction == "out" else f"<-[{e.type}]-"
        table.add_row(e.date or "undated", rel, e.other_name, e.doc or "", e.evidence)
    out_console.print(table)


def _export_command(fmt: str) -> click.Command:
    @click.command(fmt)
    @click.argument("graph_path", metavar="[GRAPH]", required=False, default=DEFAULT_GRAPH, type=click.Path(dir_okay=False))
    @click.option("-o", "--output", type=click.Path(dir_okay=False), default=f"out/graph.{fmt}", show_default=True)
    @view_options
    @handle_errors
    def cmd(graph_path, output, view, node_labels, types, since, until, min_weight):
        g = read_json(graph_path)
        notes = write_with_metrics(g, output, fmt, make_view_options(view, node_labels, types, since, until, min_weight))
        for note in notes:
            err_console.print(f"[yellow]note:[/] {note}")
        err_console.print(f"wrote {output}")

    cmd.help = (f"Write the graph as {dict(gexf='GEXF', graphml='GraphML')[fmt]} with centrality metrics as node attributes.\n\n"
                f"\b\nExample:\n    graphload export {fmt} out/graph.json -o out/graph.{fmt}")
    return cmd


export_gexf = _export_command("gexf")
export_graphml = _export_command("graphml")


@click.command("report")
@click.option("--nodes", type=int, default=100_000, show_default=True)
@click.option("--edges", type=int, default=1_000_000, show_default=True)
@click.option("--seed", type=int, default=7, show_default=True)
@click.option("--backend", type=click.Choice(BACKENDS), default="networkx", show_default=True)
@click.option("--view", type=click.Choice(VIEWS), default="full", show_default=True)
@click.option("--k", "sample_k", type=int, default=500, show_default=True, help="Sampled betweenness sources.")
@handle_errors
def bench_report(nodes, edges, seed, backend, view, sample_k):
    """Time the full report (all metrics, sampled betweenness) on a random typed graph.

    \b
    Example:
        graphload bench report --nodes 100000 --edges 1000000
    """
    from ..analysis.bench import run_report_bench

    result = run_report_bench(nodes, edges, seed, backend, view, sample_k, progress=err_console.print)
    table = Table(title=f"report on {nodes:,} nodes / {edges:,} edges ({view} view, {backend})")
    table.add_column("step")
    table.add_column("seconds", justify="right")
    for step, secs in result["timings"].items():
        table.add_row(step, f"{secs:.2f}")
    out_console.print(table)
    out_console.print(f"report total: {result['report_seconds']:.2f} s; peak RSS: {result['peak_rss_mb']:.0f} MB; "
                      f"1-min load average at the end: {result['load_average']:.1f} on {os.cpu_count()} CPUs")
    for note in result["notes"]:
        out_console.print(f"note: {note}")


def register(group: click.Group) -> None:
    """Add report, ego, path, communities, timeline, export gexf/graphml and bench report."""
    for cmd in (report_cmd, ego_cmd, path_cmd, communities_cmd, timeline_cmd):
        group.add_command(cmd)
    export = group.commands.get("export")
    if not isinstance(export, click.Group):
        try:
            from .neo4j import export  # type: ignore[attr-defined]  # noqa: F811
        except ImportError:
            export = _own_export_group()
        group.add_command(export)
    export.add_command(export_gexf)
    export.add_command(export_graphml)
    from .bench import bench

    bench.add_command(bench_report)


def _own_export_group() -> click.Group:
    @click.group("export")
    def export() -> None:
        """Write the graph in other formats.

        \b
        Example:
            graphload export gexf out/graph.json -o out/graph.gexf
        """

    return export
