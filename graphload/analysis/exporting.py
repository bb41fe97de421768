"""GEXF / GraphML export of the source graph with centrality metrics as node attributes."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from ..errors import ConfigError
from ..graph import flat_value
from .metrics import METRICS, MetricSettings, compute_all
from .views import ViewOptions, build_view

FORMATS = ("gexf", "graphml")


def graph_with_metrics(
    g: nx.MultiDiGraph, options: ViewOptions | None = None, settings: MetricSettings | None = None
) -> tuple[nx.MultiDiGraph, list[str]]:
    """A copy of ``g`` whose entity nodes carry every metric of the view (0 when absent)."""
    view = build_view(g, options or ViewOptions())
    results = compute_all(view, METRICS, settings)
    h = nx.MultiDiGraph()
    for n, a in g.nodes(data=True):
        attrs = {k: flat_value(v) for k, v in a.items() if v is not None}
        if a.get("label") != "Document":
            for name, res in results.items():
                attrs[name] = float(res.values.get(n, 0.0))
        h.add_node(n, **attrs)
    for u, v, k, a in g.edges(keys=True, data=True):
        h.add_edge(u, v, key=k, **{x: flat_value(y) for x, y in a.items() if y is not None})
    return h, [r.note for r in results.values() if r.note]


def _for_gexf(h: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """GEXF reserves node ``label`` (display text) and edge ``type`` (directedness)."""
    out = nx.MultiDiGraph()
    for n, a in h.nodes(data=True):
        attrs = dict(a)
        attrs["kind"] = attrs.pop("label", "")
        attrs.pop("id", None)
        attrs["label"] = a.get("name", n)
        out.add_node(n, **attrs)
    for u, v, k, a in h.edges(keys=True, data=True):
        attrs = dict(a)
        attrs["relation"] = attrs.pop("type", "")
        attrs["label"] = attrs["relation"]
        out.add_edge(u, v, key=k, **attrs)
    return out


def write_with_metrics(
    g: nx.MultiDiGraph, path: str | Path, fmt: str | None = None,
    options: ViewOptions | None = None, settings: MetricSettings | None = None,
) -> list[str]:
    """Write ``g`` as GEXF or GraphML with metrics as node attributes; returns the metric notes."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ConfigError(f"{path}: export format {fmt!r} unknown; use gexf or graphml (or a .gexf/.graphml name)")
    h, notes = graph_with_metrics(g, options, settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "gexf":
        nx.write_gexf(_for_gexf(h), path)
    else:
        nx.write_graphml(h, path)
    return notes
