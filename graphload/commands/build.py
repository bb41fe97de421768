"""``graphload build``: the main job, from a folder of texts to every output."""

from __future__ import annotations

from pathlib import Path

import click

from ..graph import write_graphml, write_json
from ..pipeline import run
from ._common import err_console, handle_errors, out_console, progress_bar
from .core import DEFAULT_SEEDS, _settings, print_summary, report_run, run_options


@click.command()
@click.argument("paths", nargs=-1)
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("out"),
              show_default=True, help="Output folder.")
@click.option("--no-cache", is_flag=True, help="Extract everything again (ignore out/cache.sqlite).")
@click.option("--html/--no-html", default=True, show_default=True, help="Write network.html.")
@click.option("--report/--no-report", default=True, show_default=True, help="Write report.md and print the top 10.")
@click.option("--neo4j", "to_neo4j", is_flag=True, help="Also load into Neo4j (settings from NEO4J_* env).")
@click.option("--html-max-nodes", type=click.IntRange(min=10), default=1500, show_default=True,
              help="Largest number of nodes drawn in network.html (the most central are kept).")
@run_options
@handle_errors
def build(paths, out_dir, no_cache, html, report, to_neo4j, html_max_nodes, jobs, max_bytes, kb_paths, no_relations, engine, scheduler):
    """Build the graph from texts and write every output to OUTDIR.

    PATHS default to the seed corpus in data/seeds. Writes graph.json,
    graph.graphml, report.md and network.html; re-runs only extract new or
    changed files (the cache is OUTDIR/cache.sqlite).

    \b
    Example:
        graphload build data/seeds -o out --jobs 2
    """
    paths = paths or (str(DEFAULT_SEEDS),)
    cache = None if no_cache else out_dir / "cache.sqlite"
    out_dir.mkdir(parents=True, exist_ok=True)
    settings = _settings(jobs, max_bytes, kb_paths, no_relations, engine, scheduler, cache_path=cache)
    with progress_bar() as progress:
        graph, stats = run(paths, settings, progress)
    report_run(stats)
    reuse = stats.extractor_version if cache is not None else None  # copy unchanged documents' edge lines
    written = [write_json(graph, out_dir / "graph.json", reuse_key=reuse),
               write_graphml(graph, out_dir / "graph.graphml", reuse_key=reuse)]
    print_summary(graph.summary())
    g = graph.to_networkx(mentions=False) if report or html else None  # what the report and the page draw
    if report:
        written.append(_report(g, out_dir / "report.md"))
    if html:
        written.append(_html(g, out_dir / "network.html", html_max_nodes))
    if to_neo4j:
        from ..neo4j_load import load_to_neo4j

        loaded = load_to_neo4j(graph.to_networkx())
        out_console.print(f"neo4j: {loaded}", highlight=False)
    for path in written:
        err_console.print(f"wrote {path}", highlight=False)


def _html(g, path: Path, max_nodes: int) -> Path:
    from ..html import HtmlOptions, write_html

    stats = write_html(g, path, HtmlOptions(max_nodes=max_nodes))
    if stats.dropped_nodes:
        err_console.print(f"network.html shows the {stats.nodes} most central nodes, {stats.dropped_nodes} smaller "
                          "ones left out (use `graphload html --max-nodes` for more)", highlight=False)
    if stats.dropped_edges:
        err_console.print(f"network.html draws the {stats.edges} strongest edges, {stats.dropped_edges} weaker ones "
                          "left out (use `graphload html --max-edges` for more)", highlight=False)
    return stats.path


def _report(g, path: Path) -> Path:
    from ..analysis.report import report_summary, write_report

    summary = report_summary(write_report(g, path, top=10))
    if summary["top"]:
        out_console.print(f"top 10 by {summary['metric']}:", highlight=False)
        for rank, (name, label, value) in enumerate(summary["top"], 1):
            out_console.print(f"  {rank:2}. {name} ({label}) {value:.4f}", highlight=False)
    return path
