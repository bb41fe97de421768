"""The main jobs: ``graphload extract``, ``graphload build`` and ``graphload evaluate``."""

from __future__ import annotations

from pathlib import Path

import click

from ..extract import ExtractSettings
from ..graph import read_json, write_graphml, write_json
from ..ingest import DEFAULT_MAX_BYTES
from ..pipeline import RunSettings, RunStats, run
from ._common import err_console, handle_errors, out_console, progress_bar

DEFAULT_SEEDS = Path(__file__).resolve().parents[2] / "data" / "seeds"


def run_options(func):
    """Options shared by extract and build."""
    opts = [
        click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
                     help="Extraction processes."),
        click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
                     help="Skip files larger than this."),
        click.option("--kb", "kb_paths", multiple=True, type=click.Path(exists=True, dir_okay=False),
                     help="Extra knowledge-base YAML file (repeatable; also env GRAPHLOAD_KB)."),
        click.option("--no-relations", is_flag=True, help="Extract entities only."),
        click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
                     help="Run extraction in local processes or on a Dask cluster."),
        click.option("--scheduler", default=None, help="Dask scheduler address (default: a local cluster)."),
    ]
    for opt in reversed(opts):
        func = opt(func)
    return func


def _settings(jobs, max_bytes, kb_paths, no_relations, engine, scheduler, cache_path=None) -> RunSettings:
    extra = tuple(str(Path(p).resolve()) for p in kb_paths)
    return RunSettings(jobs=jobs, max_bytes=max_bytes, cache_path=cache_path, engine=engine, scheduler=scheduler,
                       extract=ExtractSettings(relations=not no_relations, kb_paths=extra))


def report_run(stats: RunStats) -> None:
    """Log skipped files, duplicates and a one-line summary on stderr."""
    for item in stats.skipped:
        err_console.print(f"[yellow]skipped[/] {item.source}: {item.reason}", highlight=False)
    for source, first in stats.duplicates:
        err_console.print(f"[yellow]duplicate[/] {source}: same text as {first}, read once", highlight=False)
    for note in stats.notes:
        err_console.print(note, highlight=False)
    err_console.print(
        f"read {stats.read}, skipped {len(stats.skipped)}, duplicates {len(stats.duplicates)}, "
        f"extracted {stats.extracted}, from cache {stats.cached}, removed {stats.removed} "
        f"in {stats.seconds:.1f}s", highlight=False)
    if stats.read == 0:
        raise click.ClickException("no document could be read: check the paths and the messages above")


def print_summary(summary: dict) -> None:
    """Documents, nodes per label and edges per type on stdout."""
    out_console.print(f"documents: {summary['documents']}", highlight=False)
    out_console.print("nodes: " + ", ".join(f"{k} {v}" for k, v in summary["nodes"].items()), highlight=False)
    out_console.print("edges: " + ", ".join(f"{k} {v}" for k, v in summary["edges"].items()), highlight=False)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="Node-link JSON file to write.")
@click.option("--graphml", type=click.Path(dir_okay=False, path_type=Path), help="Also write GraphML here.")
@run_options
@handle_errors
def extract(paths, output, graphml, jobs, max_bytes, kb_paths, no_relations, engine, scheduler):
    """Extract entities and relations from files, folders or globs into graph JSON.

    \b
    Example:
        graphload extract data/seeds "news/**/*.html" -o graph.json
    """
    settings = _settings(jobs, max_bytes, kb_paths, no_relations, engine, scheduler)
    with progress_bar() as progress:
        graph, stats = run(paths, settings, progress)
    report_run(stats)
    write_json(graph, output)  # streamed from the Graph: no networkx mirror of a big corpus
    if graphml:
        write_graphml(graph, graphml)
    print_summary(graph.summary())


@click.command()
@click.argument("graph_file", type=click.Path(exists=True, dir_okay=False))
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--docs", "show_docs", is_flag=True, help="Show per-document counts and misses.")
@handle_errors
def evaluate(graph_file, gold_dir, show_docs):
    """Precision, recall and F1 of a graph against gold annotations.

    \b
    Example:
        graphload extract data/seeds -o g.json && graphload evaluate g.json data/eval/gold
    """
    from ..evaluate import evaluate as run_eval

    scores = run_eval(read_json(graph_file), gold_dir)
    if show_docs:
        for d in scores.docs:
            out_console.print(f"{d.doc:28} found={d.found!s:5} entities tp/fp/fn={d.entities.tp}/{d.entities.fp}/"
                              f"{d.entities.fn} relations tp/fp/fn={d.relations.tp}/{d.relations.fp}/{d.relations.fn}",
                              highlight=False)
            for m in d.missed:
                out_console.print(f"   missed   {list(m)}", highlight=False)
            for m in d.spurious:
                out_console.print(f"   spurious {list(m)}", highlight=False)
    for title, table in (("entity", scores.entity_types), ("relation", scores.relation_types)):
        for t, c in sorted(table.items()):
            out_console.print(f"  {title:8} {t:14} P={c.precision:.2f} R={c.recall:.2f} F1={c.f1:.2f} "
                              f"tp/fp/fn={c.tp}/{c.fp}/{c.fn}", highlight=False)
    e, r = scores.entities, scores.relations
    out_console.print(f"entities  P={e.precision:.3f} R={e.recall:.3f} F1={e.f1:.3f}", highlight=False)
    out_console.print(f"relations P={r.precision:.3f} R={r.recall:.3f} F1={r.f1:.3f}", highlight=False)


def register(group: click.Group) -> None:
    """Add extract, build and evaluate."""
    from .build import build

    group.add_command(extract)
    group.add_command(build)
    group.add_command(evaluate)
