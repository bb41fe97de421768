"""Analysis views built from the networkx mirror (a MultiDiGraph of the graph model).

Every view is an undirected, simple, weighted :class:`networkx.Graph` whose
nodes keep the entity attributes (``label``, ``name``, ``doc_count``...):

``full``
    Every entity (no Document nodes, no MENTIONS edges unless asked for).
    Two entities are joined when at least one relationship links them, in
    either direction; ``weight`` is the number of distinct source documents
    of those relationships and ``types`` the sorted relationship types.
``meetings``
    Persons joined by MET_WITH, collapsed to one undirected edge per pair;
    ``weight`` is the number of distinct documents (``doc``) reporting a
    meeting of the pair, either direction. A MET_WITH edge without a ``doc``
    counts as its own occasion.
``coparticipation``
    Persons, countries and organizations joined through what they share: two
    entities that both ATTENDED, ADDRESSED or HOSTED the same Event, or both
    HOLD_OFFICE in or CHAIRED the same Organization/Country; ``weight`` is the
    number of distinct shared events/offices (``via`` lists them).

Filters (:class:`ViewOptions`): node labels, relationship types, a date window
(edges whose date period overlaps it; undated edges are dropped when a window
is set, because nothing says they happened inside it) and a minimum weight.
Views are edge-induced: an entity appears only when a kept edge touches it,
except in ``full`` without any filter, which keeps isolated entities too.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import combinations
from typing import Iterable, Iterator

import networkx as nx

from ..errors import ConfigError
from ..models import ENTITY_LABELS, REL_TYPES
from .dates import DateWindow

VIEWS = ("full", "meetings", "coparticipation")
EVENT_TYPES = frozenset({"ATTENDED", "ADDRESSED", "HOSTED"})
OFFICE_TYPES = frozenset({"HOLDS_OFFICE", "CHAIRED"})
COPART_LABELS = ("Person", "Country", "Organization")


@dataclass(frozen=True)
class ViewOptions:
    """Which view and which nodes/edges go into it."""

    view: str = "full"
    labels: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    min_weight: float = 0
    include_documents: bool = False
    window: DateWindow = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.view not in VIEWS:
            raise ConfigError(f"view {self.view!r} is unknown; use one of {', '.join(VIEWS)}")
        bad = [t for t in self.types if t not in REL_TYPES]
        if bad:
            raise ConfigError(f"relationship type(s) {bad} unknown; use any of {', '.join(REL_TYPES)}")
        allowed = ENTITY_LABELS + ("Document",)
        bad = [lab for lab in self.labels if lab not in allowed]
        if bad:
            raise ConfigError(f"label(s) {bad} unknown; use any of {', '.join(allowed)}")
        object.__setattr__(self, "window", DateWindow(self.since, self.until))

    @property
    def filtered(self) -> bool:
        """True when any filter that can isolate nodes is set."""
        return bool(self.labels or self.types or self.window.active or self.min_weight)


def build_view(g: nx.MultiDiGraph, options: ViewOptions | None = None) -> nx.Graph:
    """The view named by ``options.view`` as an undirected weighted Graph.

    >>> from graphload.graph import Graph
    >>> build_view(Graph().to_networkx()).number_of_nodes()
    0
    """
    options = options or ViewOptions()
    builder = {"full": full_view, "meetings": meeting_view, "coparticipation": coparticipation_view}
    with paused_gc():
        return builder[options.view](g, options)


@contextmanager
def paused_gc():
    """Pause the cyclic garbage collector while building millions of small containers.

    Views create only acyclic sets, tuples and dicts; with the collector on, its
    full passes over a growing heap made a 1M-edge view several times slower.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def kept_edges(g: nx.MultiDiGraph, options: ViewOptions) -> Iterator[tuple[str, str, str, dict]]:
    """Edges (u, v, key, attrs) passing the type, label and date filters."""
    labels = set(options.labels) if options.labels else None
    types = set(options.types) if options.types else None
    mentions = options.include_documents or bool(types and "MENTIONS" in types)
    label_of = dict(g.nodes(data="label"))
    docs = set() if options.include_documents else {n for n, lab in label_of.items() if lab == "Document"}
    window = options.window if options.window.active else None
    for u, v, k, a in g.edges(keys=True, data=True):
        t = a.get("type")
        if t == "MENTIONS":
            if not mentions:
                continue
        elif docs and (u in docs or v in docs):
            continue
        if types is not None and t not in types:
            continue
        if labels is not None and (label_of[u] not in labels or label_of[v] not in labels):
            continue
        if window is not None and not window.contains(a.get("date")):
            continue
        yield u, v, k, a


def _empty_like(g: nx.MultiDiGraph, options: ViewOptions) -> nx.Graph:
    h = nx.Graph(view=options.view)
    return h


def _finish(g: nx.MultiDiGraph, h: nx.Graph, pairs: dict, options: ViewOptions, extra: str) -> nx.Graph:
    """Add the collapsed pairs as weighted edges (after min_weight) and copy node attributes."""
    min_weight = options.min_weight
    h.add_edges_from(
        (u, v, {"weight": len(occasions), extra: sorted(types)})
        for (u, v), (occasions, types) in pairs.items()
        if len(occasions) >= min_weight
    )
    for n in h.nodes:
        h.nodes[n].update(g.nodes[n])
    return h


def full_view(g: nx.MultiDiGraph, options: ViewOptions | None = None) -> nx.Graph:
    """Entities joined by any relationship; weight = distinct source documents per pair."""
    options = options or ViewOptions()
    h = _empty_like(g, options)
    if not options.filtered:
        h.add_nodes_from(
            (n, a) for n, a in g.nodes(data=True)
            if options.include_documents or a.get("label") != "Document"
        )
    pairs: dict[tuple, tuple[set, set]] = {}
    for u, v, k, a in kept_edges(g, options):
        if u == v:
            continue
        key = (u, v) if u <= v else (v, u)
        entry = pairs.get(key)
        if entry is None:
            entry = pairs[key] = (set(), set())
        entry[0].add(a.get("doc") or k)
        entry[1].add(a.get("type"))
    return _finish(g, h, pairs, options, "types")


def meeting_view(g: nx.MultiDiGraph, options: ViewOptions | None = None) -> nx.Graph:
    """Persons joined by MET_WITH; weight = distinct documents reporting the pair's meetings."""
    options = options or ViewOptions(view="meetings")
    opts = _with(options, types=("MET_WITH",), labels=options.labels or ("Person",))
    pairs: dict[tuple, tuple[set, set]] = {}
    for u, v, k, a in kept_edges(g, opts):
        if u == v or g.nodes[u].get("label") != "Person" or g.nodes[v].get("label") != "Person":
            continue
        key = (u, v) if u <= v else (v, u)
        pairs.setdefault(key, (set(), {"MET_WITH"}))[0].add(a.get("doc") or k)
    return _finish(g, _empty_like(g, options), pairs, options, "types")


def coparticipation_view(g: nx.MultiDiGraph, options: ViewOptions | None = None) -> nx.Graph:
    """Persons/countries/organizations joined by shared events and offices; weight = shared hubs."""
    options = options or ViewOptions(view="coparticipation")
    labels = set(options.labels or COPART_LABELS)
    types = set(options.types) & (EVENT_TYPES | OFFICE_TYPES) if options.types else EVENT_TYPES | OFFICE_TYPES
    opts = _with(options, types=tuple(sorted(types)), labels=())
    hubs: dict[str, set[str]] = defaultdict(set)
    for u, v, _k, a in kept_edges(g, opts):
        t, target_label = a.get("type"), g.nodes[v].get("label")
        if g.nodes[u].get("label") not in labels:
            continue
        if (t in EVENT_TYPES and target_label == "Event") or (
            t in OFFICE_TYPES and target_label in ("Organization", "Country")
        ):
            hubs[v].add(u)
    pairs: dict[tuple, tuple[set, set]] = {}
    for hub, members in hubs.items():
        for u, v in combinations(sorted(members), 2):
            pairs.setdefault((u, v), (set(), set()))
            pairs[(u, v)][0].add(hub)
            pairs[(u, v)][1].add(hub)
    return _finish(g, _empty_like(g, options), pairs, options, "via")


def _with(options: ViewOptions, **changes) -> ViewOptions:
    values = {
        "view": options.view, "labels": options.labels, "types": options.types, "since": options.since,
        "until": options.until, "min_weight": options.min_weight, "include_documents": options.include_documents,
    }
    values.update(changes)
    return ViewOptions(**values)


def entity_nodes(g: nx.Graph, labels: Iterable[str] | None = None) -> list[str]:
    """Node ids whose label is in ``labels`` (all non-Document nodes when None)."""
    wanted = set(labels) if labels else set(ENTITY_LABELS)
    return [n for n, a in g.nodes(data=True) if a.get("label") in wanted]
