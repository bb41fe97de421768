"""Neo4j commands: load, pull, query, export cypher/csv, bench neo4j."""

from __future__ import annotations

import functools
import json
import os
import random

import click
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from .. import neo4j_load as nl
from .. import neo4j_queries as nq
from .. import neo4j_read as nr
from ..errors import ConfigError
from ._common import err_console, handle_errors, out_console


def conn_options(func):
    """Add --uri/--user/--password/--database (defaults from the NEO4J_* environment)."""
    options = [
        click.option("--uri", default=None, help="Bolt URI [env NEO4J_URI, default bolt://localhost:7687]."),
        click.option("--user", default=None, help="User name [env NEO4J_USER, default neo4j]."),
        click.option("--password", default=None, help="Password [env NEO4J_PASSWORD]."),
        click.option("--database", default=None, help="Database name [env NEO4J_DATABASE, default: server's]."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _settings(uri, user, password, database) -> nl.Neo4jSettings:
    return nl.Neo4jSettings.from_env(uri=uri, user=user, password=password, database=database)


def _close_after(func):
    """Run ``func(driver, settings, ...)`` with a connected driver, closed afterwards."""

    @functools.wraps(func)
    def wrapper(uri, user, password, database, **kwargs):
        settings = _settings(uri, user, password, database)
        driver = nl.connect(settings)
        try:
            return func(driver, settings, **kwargs)
        finally:
            driver.close()

    return wrapper


def _progress(total: int) -> tuple[Progress, callable]:
    bar = Progress(TextColumn("{task.description:<14}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                   console=err_console, transient=True)
    task = bar.add_task("loading", total=total)

    def advance(name: str, n: int) -> None:
        bar.update(task, advance=n, description=name)

    return bar, advance


@click.command("load")
@click.argument("graph_file", type=click.Path(dir_okay=False))
@conn_options
@click.option("--batch-size", default=5000, show_default=True, type=click.IntRange(1), help="Rows per transaction.")
@click.option("--retries", default=3, show_default=True, type=click.IntRange(0), help="Retries of a failed batch.")
@click.option("--wipe", is_flag=True, help="First delete every node with a graphload label (asks first).")
@click.option("--yes", is_flag=True, help="Do not ask before --wipe.")
@click.option("--sync", is_flag=True, help="After loading, delete documents (and what they alone support) not in the file.")
@handle_errors
@_close_after
def load_cmd(driver, settings, graph_file, batch_size, retries, wipe, yes, sync):
    """Load a graph.json into Neo4j (constraints first, then batched MERGE; re-runs change nothing).

    \b
    Example:
        NEO4J_PASSWORD=secret graphload load out/graph.json --batch-size 5000
    """
    from ..graph import read_json

    g = read_json(graph_file)
    if wipe:
        if not yes:
            click.confirm(f"Delete every graphload node in {settings.uri} ({settings.database or 'default db'})?",
                          abort=True, err=True)
        err_console.print(f"wiped {nl.wipe(driver, settings=settings)} nodes")
    rows = nl.graph_rows(g)
    nl.ensure_schema(driver, settings)
    bar, advance = _progress(rows.total)
    with bar:
        stats = nl.load_rows(driver, rows, settings=settings, batch_size=batch_size, retries=retries,
                             progress=advance)
    out_console.print(str(stats), highlight=False)
    if sync:
        keep = [n for n, a in g.nodes(data=True) if a.get("label") == "Document"]
        done = nl.sync_delete(driver, keep, settings=settings)
        out_console.print(f"sync: {done['nodes_deleted']} nodes and {done['relationships_deleted']} "
                          "relationships deleted")


@click.command("pull")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="graph.json to write.")
@conn_options
@click.option("--page-size", default=10000, show_default=True, type=click.IntRange(1), help="Records per read.")
@handle_errors
@_close_after
def pull_cmd(driver, settings, output, page_size):
    """Read graphload's nodes and relationships from Neo4j into node-link JSON.

    \b
    Example:
        graphload pull -o out/from-neo4j.json
    """
    from ..graph import write_json

    g = nr.pull(driver, settings=settings, page_size=page_size)
    path = write_json(g, output)
    out_console.print(f"{path}: {g.number_of_nodes()} nodes, {g.number_of_edges()} relationships")


def _cell(value) -> str:
    if isinstance(value, dict):
        if "labels" in value or "type" in value:
            kind = ":".join(value.get("labels", [])) or value.get("type")
            return f"({kind} {value.get('name') or value.get('id') or ''})".replace(" )", ")")
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return ", ".join(_cell(v) for v in value)
    return "" if value is None else str(value)


def _parse_params(pairs: tuple[str, ...], qf: nq.QueryFile) -> dict:
    params = dict(qf.params)
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise ConfigError(f"--param {pair!r}: write it as name=value, e.g. --param name='Ban Ki-moon'")
        params[key.lstrip("$")] = nq.coerce_param(value, qf.params.get(key.lstrip("$"), ""))
    return params


def _list_queries(queries_dir) -> None:
    table = Table("name", "title", "parameters (examples)", "description", title="cypher/queries")
    for qf in nq.list_query_files(queries_dir):
        params = ", ".join(f"${k}={v!r}" for k, v in qf.params.items())
        table.add_row(qf.name, qf.title, params, qf.description)
    out_console.print(table)


@click.command("query")
@click.argument("name", required=False)
@click.option("--param", "-p", "params", multiple=True, help="Parameter as name=value (repeatable); "
              "parameters not given take the example value of the file's header.")
@click.option("--list", "list_only", is_flag=True, help="List the curated queries and their headers.")
@click.option("--queries-dir", type=click.Path(file_okay=False), default=None, help="Folder of .cypher queries.")
@click.option("--limit", default=200, show_default=True, type=click.IntRange(1), help="Rows to show at most.")
@conn_options
@handle_errors
def query_cmd(name, params, list_only, queries_dir, limit, uri, user, password, database):
    """Run a curated query (by short name or path) against Neo4j and print a table.

    \b
    Example:
        graphload query --list
        graphload query who_met_whom --param name='Ban Ki-moon' --param from=2010
    """
    if list_only or not name:
        _list_queries(queries_dir)
        return
    qf = nq.find_query_file(name, queries_dir)
    values = _parse_params(params, qf)
    run = _close_after(lambda driver, settings: nr.run_query(driver, qf.text, values, settings=settings,
                                                              limit=limit))
    result = run(uri, user, password, database)
    table = Table(*result.keys, title=f"{qf.title} ({len(result.rows)} rows)")
    for row in result.rows:
        table.add_row(*[_cell(v) for v in row])
    out_console.print(table)


def _export_group(group: click.Group) -> click.Group:
    existing = group.commands.get("export")
    if isinstance(existing, click.Group):
        return existing

    @click.group("export")
    def export() -> None:
        """Write a graph in other formats.

        \b
        Example:
            graphload export cypher out/graph.json -o load.cypher
        """

    group.add_command(export)
    return export


@click.command("cypher")
@click.argument("graph_file", type=click.Path(dir_okay=False))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="Cypher script to write.")
@click.option("--batch-size", default=500, show_default=True, type=click.IntRange(1), help="Rows per UNWIND.")
@click.option("--ascii", "ascii_only", is_flag=True, help="Escape every non-ASCII character as \\uXXXX.")
@handle_errors
def export_cypher_cmd(graph_file, output, batch_size, ascii_only):
    """Write the load as a Cypher script for cypher-shell or Neo4j Browser.

    \b
    Example:
        graphload export cypher out/graph.json -o load.cypher
        cypher-shell -u neo4j -p "$NEO4J_PASSWORD" -f load.cypher
    """
    from ..export_cypher import write_cypher
    from ..graph import read_json

    path = write_cypher(read_json(graph_file), output, batch_size, ascii_only)
    out_console.print(f"{path}: run it with cypher-shell -f {path}")


@click.command("csv")
@click.argument("graph_file", type=click.Path(dir_okay=False))
@click.option("-o", "--output", required=True, type=click.Path(file_okay=False), help="Folder for the CSV files.")
@click.option("--database", default="neo4j", show_default=True, help="Database named in the printed command.")
@handle_errors
def export_csv_cmd(graph_file, output, database):
    """Write node and relationship CSV files for neo4j-admin database import full.

    \b
    Example:
        graphload export csv out/graph.json -o import/
    """
    from ..export_cypher import write_csv
    from ..graph import read_json

    done = write_csv(read_json(graph_file), output, database)
    err_console.print(f"{len(done.nodes)} node files and {len(done.relationships)} relationship files in {output}; "
                      "stop the database, then run (and afterwards cypher/schema.cypher):")
    click.echo(done.command())


def bench_rows(n_nodes: int, n_rels: int, seed: int = 0) -> nl.LoadRows:
    """A synthetic graph: 1% documents, the rest people; MENTIONS and MET_WITH, marked ``bench: true``."""
    rng = random.Random(seed)
    n_docs = max(1, n_nodes // 100)
    docs = [f"doc:bench-{i:08d}" for i in range(n_docs)]
    people = [f"person:bench-{i:08d}" for i in range(max(2, n_nodes - n_docs))]
    rows = nl.LoadRows()
    rows.nodes["Document"] = [{"id": d, "props": {"name": d, "bench": True}} for d in docs]
    rows.nodes["Person"] = [{"id": p, "props": {"name": p, "aliases": [p], "doc_count": 1, "bench": True}}
                            for p in people]
    n_mentions = n_rels // 5
    rows.rels["MENTIONS"] = [{"from": docs[i % n_docs], "to": people[i % len(people)], "key": f"MENTIONS|b{i}",
                              "props": {"doc": docs[i % n_docs], "count": 1}} for i in range(n_mentions)]
    rows.rels["MET_WITH"] = [{"from": rng.choice(people), "to": rng.choice(people), "key": f"MET_WITH|b{i}",
                              "props": {"doc": rng.choice(docs), "evidence": f"sentence {i}", "confidence": 0.8}}
                             for i in range(n_rels - n_mentions)]
    return rows


@click.command("neo4j")
@click.option("--nodes", default=100000, show_default=True, type=click.IntRange(2), help="Synthetic nodes.")
@click.option("--rels", default=500000, show_default=True, type=click.IntRange(0), help="Synthetic relationships.")
@click.option("--batch-size", default=5000, show_default=True, type=click.IntRange(1), help="Rows per transaction.")
@click.option("--keep", is_flag=True, help="Keep the synthetic nodes (marked bench: true) afterwards.")
@conn_options
@handle_errors
def bench_neo4j_cmd(nodes, rels, batch_size, keep, uri, user, password, database):
    """Load a synthetic graph into a live Neo4j and report nodes/s, relationships/s, transactions.

    \b
    Example:
        NEO4J_URI=bolt://localhost:7687 graphload bench neo4j --nodes 100000 --rels 500000
    """
    if not (uri or os.environ.get("NEO4J_URI")):
        err_console.print("skipped: NEO4J_URI is not set (start Neo4j with `docker compose up -d` and export it)")
        return
    rows = bench_rows(nodes, rels)

    def run(driver, settings):
        nl.ensure_schema(driver, settings)
        node_part = nl.LoadRows(nodes=rows.nodes)
        rel_part = nl.LoadRows(rels=rows.rels)
        a = nl.load_rows(driver, node_part, settings=settings, batch_size=batch_size)
        b = nl.load_rows(driver, rel_part, settings=settings, batch_size=batch_size)
        if not keep:
            nl.run_auto_commit(driver, nq.BENCH_CLEANUP, {"batch": 10000}, settings)
        return a, b

    a, b = _close_after(run)(uri, user, password, database)
    out_console.print(f"nodes: {a.node_rows} in {a.seconds:.2f} s = {a.node_rows / max(a.seconds, 1e-9):,.0f}/s "
                      f"({a.transactions} transactions)")
    out_console.print(f"relationships: {b.rel_rows} in {b.seconds:.2f} s = "
                      f"{b.rel_rows / max(b.seconds, 1e-9):,.0f}/s ({b.transactions} transactions)")


def register(group: click.Group) -> None:
    """Add load, pull, query, export cypher/csv and bench neo4j."""
    from .bench import bench

    for cmd in (load_cmd, pull_cmd, query_cmd):
        group.add_command(cmd)
    export = _export_group(group)
    export.add_command(export_cypher_cmd)
    export.add_command(export_csv_cmd)
    bench.add_command(bench_neo4j_cmd)
