"""Interactive network HTML: pyvis's node/edge model in a self-contained, offline page.

The page inlines vis-network (the copy shipped inside the pyvis package), so the
file opens with no network and can be emailed. Tooltips are built in the
browser with ``textContent``, so names and evidence from documents are shown
as text and never parsed as HTML.
"""

from __future__ import annotations

import json
import math
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
from pyvis.network import Network

from . import __version__
from .errors import ConfigError, GraphloadError
from .html_assets import asset, vis_asset
from .html_assets.layout import force_layout
from .html_select import select_nodes
from .models import REL_TYPES

LABEL_STYLE: dict[str, tuple[str, str]] = {  # label -> (colour, vis shape)
    "Person": ("#4e79a7", "dot"),
    "Organization": ("#f28e2b", "square"),
    "Country": ("#59a14f", "diamond"),
    "Place": ("#b07aa1", "triangle"),
    "Event": ("#e15759", "star"),
    "Document": ("#8c8c8c", "triangleDown"),
}
TYPE_COLOUR: dict[str, str] = {
    "MET_WITH": "#1f77b4", "HOLDS_OFFICE": "#2ca02c", "CHAIRED": "#8c564b", "HOSTED": "#d62728",
    "ATTENDED": "#ff7f0e", "ADDRESSED": "#9467bd", "VISITED": "#17becf", "HELD_IN": "#bcbd22",
    "LOCATED_IN": "#7f7f7f", "MEMBER_OF": "#e377c2", "MENTIONS": "#c7c7c7",
}
SIZE_METRICS = ("pagerank", "degree", "doc_count")
SYMMETRIC_TYPES = frozenset({"MET_WITH"})
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass
class HtmlOptions:
    """What to draw and how; the defaults give the full entity network."""

    view: str = "full"  # full | meetings
    focus: str | None = None
    depth: int = 1
    since: str | None = None
    until: str | None = None
    labels: tuple[str, ...] | None = None  # None: every label but Document
    types: tuple[str, ...] | None = None  # None: every type but MENTIONS
    size_by: str = "pagerank"
    max_nodes: int | None = None
    max_edges: int | None = 5000  # the strongest edges (most facts); a page with more is a hairball in a browser
    physics: bool | None = None  # None: on up to layout_threshold nodes
    evidence_per_edge: int = 3
    layout_threshold: int = 500
    title: str = "graphload network"


@dataclass
class HtmlStats:
    """What :func:`write_html` wrote and how long it took."""

    path: Path
    nodes: int
    edges: int
    facts: int
    dropped_nodes: int = 0
    physics: bool = True
    focus: str | None = None
    layout_seconds: float = 0.0
    seconds: float = 0.0
    bytes: int = 0
    labels: dict[str, int] = field(default_factory=dict)
    dropped_edges: int = 0


@dataclass
class CollapsedEdge:
    """Parallel facts of one type between one pair of nodes, drawn as one edge."""

    source: str
    target: str
    type: str
    facts: list[dict]
    offices: list[str]

    @property
    def weight(self) -> int:
        """Number of facts collapsed into this edge."""
        return len(self.facts)


def write_html(g: nx.MultiDiGraph, path: str | Path, options: HtmlOptions | None = None) -> HtmlStats:
    """Write the interactive network page for ``g`` to ``path``.

    >>> import tempfile, networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("person:a", label="Person", name="A", aliases=[], doc_count=1)
    >>> write_html(g, tempfile.mkdtemp() + "/n.html").nodes
    1
    """
    started = time.perf_counter()
    opts = options or HtmlOptions()
    check_options(opts)
    view, metric, dropped, focus_id = select_nodes(g, opts)
    edges, cut = strongest(collapse_edges(view, document_titles(g), opts.evidence_per_edge), opts.max_edges)
    physics = opts.physics if opts.physics is not None else view.number_of_nodes() <= opts.layout_threshold
    t_layout = time.perf_counter()
    positions = layout_positions(view, edges)
    layout_seconds = time.perf_counter() - t_layout
    net = build_network(view, metric, edges, positions, physics, len(view) > opts.layout_threshold,
                        opts.evidence_per_edge)
    info = (f"{len(view)} nodes, {len(edges)} edges" + (f", {dropped} smaller nodes not shown" if dropped else "")
            + (f", {cut} weaker edges not shown" if cut else ""))
    page = render_page(net, opts.title, info, {"focus": focus_id, "sizeBy": opts.size_by})
    path = Path(path)
    _write_text(path, page)
    labels: dict[str, int] = {}
    for _, a in view.nodes(data=True):
        labels[a.get("label", "")] = labels.get(a.get("label", ""), 0) + 1
    return HtmlStats(path, len(view), len(edges), sum(e.weight for e in edges), dropped, physics, focus_id,
                     layout_seconds, time.perf_counter() - started, len(page.encode("utf-8")), labels, cut)


def strongest(edges: list[CollapsedEdge], limit: int | None) -> tuple[list[CollapsedEdge], int]:
    """The ``limit`` edges with the most facts (ties: the earlier), in their order; and how many were cut."""
    if not limit or len(edges) <= limit:
        return edges, 0
    keep = sorted(sorted(range(len(edges)), key=lambda i: (-edges[i].weight, i))[:limit])
    return [edges[i] for i in keep], len(edges) - limit


def check_options(opts: HtmlOptions) -> None:
    """Raise :class:`ConfigError` for option values the export cannot use."""
    if opts.max_edges is not None and opts.max_edges < 1:
        raise ConfigError(f"--max-edges {opts.max_edges}: draw at least one edge (or leave the default)")
    if opts.view not in ("full", "meetings"):
        raise ConfigError(f"--view {opts.view!r}: use 'full' or 'meetings'")
    if opts.view == "meetings" and (opts.labels or opts.types):
        raise ConfigError("--view meetings shows Person nodes and MET_WITH edges only; drop --labels/--types or use --view full")
    if opts.size_by not in SIZE_METRICS:
        raise ConfigError(f"--size-by {opts.size_by!r}: use one of {', '.join(SIZE_METRICS)}")
    for name, value in (("--since", opts.since), ("--until", opts.until)):
        if value is not None and not _DATE_RE.match(value):
            raise ConfigError(f"{name} {value!r}: use an ISO date, YYYY, YYYY-MM or YYYY-MM-DD")
    bad = [x for x in opts.labels or () if x not in LABEL_STYLE]
    if bad:
        raise ConfigError(f"--labels: unknown label(s) {', '.join(bad)}; use {', '.join(LABEL_STYLE)}")
    bad = [x for x in opts.types or () if x not in REL_TYPES]
    if bad:
        raise ConfigError(f"--types: unknown type(s) {', '.join(bad)}; use {', '.join(REL_TYPES)}")
    if opts.depth < 0 or (opts.max_nodes is not None and opts.max_nodes < 1):
        raise ConfigError("--depth must be >= 0 and --max-nodes >= 1")


def document_titles(g: nx.MultiDiGraph) -> dict[str, str]:
    """Display title per Document node id (title, else name, else source)."""
    return {n: str(a.get("title") or a.get("name") or a.get("source") or n)
            for n, a in g.nodes(data=True) if a.get("label") == "Document"}


def collapse_edges(h: nx.MultiDiGraph, titles: dict[str, str], limit: int = 3) -> list[CollapsedEdge]:
    """One edge per (type, pair): MET_WITH pairs are unordered, other types keep direction."""
    groups: dict[tuple[str, str, str], CollapsedEdge] = {}
    for u, v, a in h.edges(data=True):
        kind = a.get("type", "")
        if kind in SYMMETRIC_TYPES and v < u:
            u, v = v, u
        edge = groups.setdefault((kind, u, v), CollapsedEdge(u, v, kind, [], []))
        doc = a.get("doc") or ""
        edge.facts.append({"date": a.get("date") or "", "evidence": a.get("evidence") or "",
                           "doc": titles.get(doc, doc), "count": a.get("count")})
        if a.get("title") and a["title"] not in edge.offices:
            edge.offices.append(str(a["title"]))
    for edge in groups.values():
        edge.facts.sort(key=lambda f: (f["date"] == "", f["date"], f["evidence"]))
    return sorted(groups.values(), key=lambda e: (e.type, e.source, e.target))


def layout_positions(h: nx.MultiDiGraph, edges: list[CollapsedEdge]) -> dict[str, tuple[float, float]]:
    """Pixel positions from the numpy force layout (seed for physics, final without it)."""
    order = sorted(h)
    index = {n: i for i, n in enumerate(order)}
    pairs = [(index[e.source], index[e.target]) for e in edges]
    spacing = 140.0 if len(order) <= 200 else 90.0
    pos = force_layout(len(order), pairs, iterations=60 if len(order) <= 2000 else 35, spacing=spacing)
    return {n: (round(float(pos[i, 0]), 1), round(float(pos[i, 1]), 1)) for n, i in index.items()}


class _IdList(list):
    """pyvis keeps node ids in a list and scans it per edge; this keeps ``in`` O(1)."""

    def __init__(self):
        super().__init__()
        self._set: set = set()

    def append(self, item) -> None:
        self._set.add(item)
        super().append(item)

    def __contains__(self, item) -> bool:
        return item in self._set


def build_network(h: nx.MultiDiGraph, metric: dict[str, float], edges: list[CollapsedEdge],
                  positions: dict[str, tuple[float, float]], physics: bool, large: bool = False,
                  evidence_limit: int = 3) -> Network:
    """The pyvis Network: one styled node per entity, one edge per collapsed fact group."""
    net = Network(directed=True)
    net.node_ids = _IdList()
    values = [metric.get(n, 0.0) for n in h]
    low, high = (min(values), max(values)) if values else (0.0, 0.0)
    for n in sorted(h):
        a = h.nodes[n]
        colour, shape = LABEL_STYLE.get(a.get("label"), ("#999999", "dot"))
        share = (metric.get(n, 0.0) - low) / (high - low) if high > low else 0.5
        x, y = positions[n]
        net.add_node(n, label=str(a.get("name") or n), shape=shape, color=colour,
                     size=round(12 + 26 * math.sqrt(share), 1), x=x, y=y, kind=a.get("label"),
                     name=str(a.get("name") or n), aliases=[str(s) for s in a.get("aliases") or []],
                     docs=int(a.get("doc_count") or 0), metric=round(metric.get(n, 0.0), 6))
    for i, e in enumerate(edges):
        arrows = {"to": {"enabled": e.type not in SYMMETRIC_TYPES, "scaleFactor": 0.6}}
        dates = [f["date"] for f in e.facts if f["date"]]
        net.add_edge(e.source, e.target, id=f"e{i}", color=TYPE_COLOUR.get(e.type, "#999999"),
                     width=round(min(1 + 2 * math.log2(e.weight), 12), 2), arrows=arrows, type=e.type,
                     weight=e.weight, offices=e.offices, facts=e.facts[:evidence_limit],
                     more=max(0, e.weight - evidence_limit), dates=[min(dates), max(dates)] if dates else [])
    net.set_options(json.dumps(_vis_options(physics, large)))
    return net


def _vis_options(physics: bool, large: bool) -> dict:
    """vis-network options: readable labels, hover events, physics only when wanted."""
    return {
        "autoResize": True,
        "nodes": {"borderWidth": 1, "font": {"size": 16, "face": "system-ui, sans-serif",
                                             "strokeWidth": 4, "strokeColor": "#ffffff"}},
        "edges": {"smooth": False if large else {"type": "continuous"}, "selectionWidth": 2,
                  "color": {"inherit": False}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": large,
                        "hideEdgesOnZoom": large, "multiselect": False},
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "physics": {"enabled": physics, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120, "avoidOverlap": 0.4},
                    "stabilization": {"enabled": physics, "iterations": 200 if not large else 60, "fit": True}},
    }


def script_json(data) -> str:
    """JSON safe inside a ``<script>`` element: ``<``, ``>``, ``&``, U+2028/2029 escaped.

    >>> script_json({"a": "</script>"})
    '{"a": "\\\\u003c/script\\\\u003e"}'
    """
    text = json.dumps(data, ensure_ascii=False)
    for raw, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, esc)
    return text


def render_page(net: Network, title: str, info: str, extra: dict | None = None) -> str:
    """The complete HTML page: template, inlined vis-network, page script and the data."""
    nodes, edges, _heading, _h, _w, options = net.get_network_data()
    data = {"nodes": nodes, "edges": edges, "options": json.loads(options),
            "labels": LABEL_STYLE, "typeColours": TYPE_COLOUR, **(extra or {})}
    parts = {
        "TITLE": _escape_html(title), "INFO": _escape_html(info), "VERSION": _escape_html(__version__),
        "VIS_CSS": _no_close(vis_asset("vis-network.css"), "style"),
        "PAGE_CSS": _no_close(asset("page.css"), "style"),
        "VIS_JS": _no_close(vis_asset("vis-network.min.js"), "script"),
        "PAGE_JS": _no_close(asset("graphload.js"), "script"),
        "DATA": script_json(data),
    }
    return re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: parts[m.group(1)], asset("page.html"))


def _escape_html(text: str) -> str:
    """Escape text for HTML element content and attributes."""
    import html

    return html.escape(str(text), quote=True)


def _no_close(code: str, tag: str) -> str:
    """Guard inlined code against a literal closing tag ending its element early."""
    return re.sub(f"</({tag})", r"<\\/\1", code, flags=re.IGNORECASE)


def _write_text(path: Path, text: str) -> None:
    """Write ``text`` atomically, naming the file in the error when that fails."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        raise GraphloadError(f"{path}: cannot write the HTML ({exc.strerror}); pick a writable -o path") from None
