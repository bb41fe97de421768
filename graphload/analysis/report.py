"""The centrality report: headline facts and ranked tables per metric, with renderers.

>>> from graphload.graph import Graph
>>> build_report(Graph().to_networkx()).headline.nodes
0
"""

from __future__ import annotations

import csv
import io
import json
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import networkx as nx

from ..errors import ConfigError
from .metrics import METRICS, MetricSettings, compute
from .views import ViewOptions, build_view, paused_gc

TITLES = {
    "degree": "Degree (distinct neighbours)",
    "weighted_degree": "Weighted degree (sum of weights)",
    "pagerank": "PageRank",
    "betweenness": "Betweenness",
    "closeness": "Closeness",
    "eigenvector": "Eigenvector",
}


@dataclass(frozen=True)
class ReportOptions:
    """What to compute: the view, metrics, rows shown and how metrics are approximated."""

    view: ViewOptions = field(default_factory=ViewOptions)
    metrics: tuple[str, ...] = METRICS
    top: int = 10
    labels: tuple[str, ...] = ()  # rank only these labels; metrics still use the whole view
    settings: MetricSettings = field(default_factory=MetricSettings)

    def __post_init__(self) -> None:
        bad = [m for m in self.metrics if m not in METRICS]
        if bad:
            raise ConfigError(f"--metric {bad[0]!r} unknown; use any of {', '.join(METRICS)} or all")
        if self.top < 1:
            raise ConfigError(f"--top {self.top} must be at least 1")


@dataclass
class Headline:
    """Size and shape of the analysed view."""

    view: str
    nodes: int
    edges: int
    components: int
    density: float
    largest_component: int
    largest_share: float
    labels: dict[str, int]


@dataclass
class Row:
    """One ranked entity of one metric."""

    rank: int
    id: str
    name: str
    label: str
    doc_count: int
    value: float


@dataclass
class MetricTable:
    """Top rows of one metric, with a note on sampling or failure."""

    metric: str
    title: str
    rows: list[Row]
    note: str | None = None
    seconds: float = 0.0


@dataclass
class Report:
    """Everything the renderers need."""

    headline: Headline
    tables: list[MetricTable]
    notes: list[str]
    top: int
    filters: dict

    def to_dict(self) -> dict:
        """Plain JSON-safe dict."""
        return asdict(self)


def headline(view: nx.Graph, name: str) -> Headline:
    """Nodes, edges, components, density and the largest component's share of a view."""
    n = view.number_of_nodes()
    comps = [len(c) for c in nx.connected_components(view)] if n else []
    largest = max(comps, default=0)
    labels: dict[str, int] = {}
    for _n, a in view.nodes(data=True):
        labels[a.get("label", "?")] = labels.get(a.get("label", "?"), 0) + 1
    return Headline(
        name, n, view.number_of_edges(), len(comps), nx.density(view) if n > 1 else 0.0,
        largest, largest / n if n else 0.0, dict(sorted(labels.items())),
    )


def rank(view: nx.Graph, values: dict, top: int, labels: tuple[str, ...] = ()) -> list[Row]:
    """The ``top`` nodes by value (ties by name), optionally only some labels."""
    nodes = view.nodes
    items = [(n, v) for n, v in values.items() if not labels or nodes[n].get("label") in labels]
    items.sort(key=lambda nv: (-nv[1], str(nodes[nv[0]].get("name", nv[0])), str(nv[0])))
    return [
        Row(i + 1, str(n), str(nodes[n].get("name", n)), str(nodes[n].get("label", "")),
            int(nodes[n].get("doc_count", 0) or 0), float(v))
        for i, (n, v) in enumerate(items[:top])
    ]


def build_report(g: nx.MultiDiGraph, options: ReportOptions | None = None, view: nx.Graph | None = None) -> Report:
    """Build the view, compute each metric and keep the top rows; never prints."""
    options = options or ReportOptions()
    view = build_view(g, options.view) if view is None else view
    tables, notes = [], []
    for metric in options.metrics:
        start = time.perf_counter()
        with paused_gc():
            result = compute(view, metric, options.settings)
        rows = rank(view, result.values, options.top, options.labels)
        tables.append(MetricTable(metric, TITLES[metric], rows, result.note, time.perf_counter() - start))
        if result.note:
            notes.append(result.note)
    if view.number_of_nodes() == 0:
        notes.append("the view is empty: no entity passes the filters")
    v = options.view
    filters = {"view": v.view, "labels": list(options.labels), "node_labels": list(v.labels), "types": list(v.types),
               "since": v.since, "until": v.until, "min_weight": v.min_weight, "backend": options.settings.backend}
    return Report(headline(view, v.view), tables, notes, options.top, filters)


def format_value(value: float, metric: str) -> str:
    """Integers for degree counts, six decimals otherwise."""
    if metric in ("degree", "weighted_degree") and float(value).is_integer():
        return str(int(value))
    return f"{value:.6f}"


def headline_lines(report: Report) -> list[str]:
    """Human sentences for the headline facts."""
    h = report.headline
    kinds = ", ".join(f"{k} {v}" for k, v in h.labels.items()) or "none"
    return [
        f"View: {h.view}; nodes: {h.nodes:,} ({kinds}); edges: {h.edges:,}",
        f"Components: {h.components:,}; density: {h.density:.6f}; "
        f"largest component: {h.largest_component:,} nodes ({h.largest_share:.1%})",
    ]


def _md_cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def render_markdown(report: Report) -> str:
    """The report as Markdown: headline, notes, one table per metric."""
    out = ["# graphload centrality report", ""]
    out += [f"- {line}" for line in headline_lines(report)]
    out += [f"- Note: {n}" for n in report.notes]
    for t in report.tables:
        out += ["", f"## {t.title}", ""]
        if not t.rows:
            out.append(f"_{t.note or 'no values'}_")
            continue
        out += ["| rank | entity | label | docs | value |", "|---:|---|---|---:|---:|"]
        for r in t.rows:
            out.append(f"| {r.rank} | {_md_cell(r.name)} | {r.label} | {r.doc_count} | {format_value(r.value, t.metric)} |")
    return "\n".join(out) + "\n"


CSV_FIELDS = ["metric", "rank", "id", "name", "label", "doc_count", "value", "note"]


def render_csv(report: Report) -> str:
    """The ranked rows as CSV (one row per metric and rank; a metric without values gets a note row)."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_FIELDS, lineterminator="\n")
    w.writeheader()
    for t in report.tables:
        if not t.rows:
            w.writerow({"metric": t.metric, "note": t.note or "no values"})
        for r in t.rows:
            w.writerow({"metric": t.metric, "rank": r.rank, "id": r.id, "name": r.name, "label": r.label,
                        "doc_count": r.doc_count, "value": r.value, "note": t.note or ""})
    return buf.getvalue()


def render_json(report: Report) -> str:
    """The whole report as indented JSON."""
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"


def report_markdown_for_build(g: nx.MultiDiGraph, top: int = 10) -> str:
    """Markdown report with every metric on the full view (what ``graphload build`` writes)."""
    return render_markdown(build_report(g, ReportOptions(top=top)))


def write_report(g: nx.MultiDiGraph, path: str | Path, top: int = 10) -> Report:
    """Write the Markdown report of the full view to ``path`` and return the report."""
    report = build_report(g, ReportOptions(top=top))
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_markdown(report), encoding="utf-8")
    return report


def report_summary(report: Report, metric: str = "pagerank", top: int = 10) -> dict:
    """Small dict for a build summary: headline counts and the top names of one metric."""
    table = next((t for t in report.tables if t.metric == metric), report.tables[0] if report.tables else None)
    h = report.headline
    return {
        "nodes": h.nodes, "edges": h.edges, "components": h.components, "largest_share": round(h.largest_share, 4),
        "metric": table.metric if table else None,
        "top": [(r.name, r.label, round(r.value, 6)) for r in (table.rows[:top] if table else [])],
    }
