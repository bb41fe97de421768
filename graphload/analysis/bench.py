"""The ``bench report`` measurement: random typed graph -> full report, timed per metric."""

from __future__ import annotations

import os
import resource
import sys
import time
from typing import Callable

from .metrics import MetricSettings
from .report import ReportOptions, build_report
from .synthetic import random_graph
from .views import ViewOptions, build_view


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MB (ru_maxrss; kB on Linux, bytes on macOS)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def run_report_bench(
    nodes: int, edges: int, seed: int = 7, backend: str = "networkx", view: str = "full", k: int = 500,
    progress: Callable[[str], None] | None = None,
) -> dict:
    """Generate the graph, build the view, run every metric; wall seconds per step and peak RSS."""
    say = progress or (lambda _msg: None)
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    say(f"generating {nodes:,} nodes / {edges:,} edges (seed {seed}) ...")
    g = random_graph(nodes, edges, seed)
    timings["generate graph (not in total)"] = time.perf_counter() - t0
    start = time.perf_counter()
    say(f"building the {view} view ...")
    v = build_view(g, ViewOptions(view=view))
    timings["build view"] = time.perf_counter() - start
    say(f"view: {v.number_of_nodes():,} nodes, {v.number_of_edges():,} edges; computing metrics ...")
    options = ReportOptions(ViewOptions(view=view), settings=MetricSettings(backend=backend, betweenness_k=k))
    report = build_report(g, options, view=v)
    for table in report.tables:
        timings[table.metric] = table.seconds
    total = time.perf_counter() - start
    return {
        "timings": timings,
        "report_seconds": total,
        "peak_rss_mb": peak_rss_mb(),
        "notes": report.notes,
        "view_nodes": v.number_of_nodes(),
        "view_edges": v.number_of_edges(),
        "load_average": os.getloadavg()[0],
    }
