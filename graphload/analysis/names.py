"""Resolve a typed name to one node: by id, name or alias, case and accent insensitive.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("person:antonio-guterres", label="Person", name="António Guterres", aliases=["Guterres"])
>>> resolve_name(g, "antonio guterres")
'person:antonio-guterres'
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict

import networkx as nx

from ..errors import GraphloadError
from ..models import fold


class NameNotFoundError(GraphloadError):
    """No entity has this name or alias; ``suggestions`` holds the closest names."""

    def __init__(self, message: str, query: str, suggestions: list[str]):
        super().__init__(message)
        self.query = query
        self.suggestions = suggestions


class AmbiguousNameError(NameNotFoundError):
    """Several entities share this name or alias; ``suggestions`` lists them."""


def normalise(text: str) -> str:
    """Folded, punctuation-free form used for matching.

    >>> normalise("Kassym-Jomart  TOKAYEV")
    'kassym jomart tokayev'
    """
    return " ".join(re.sub(r"[^\w]+", " ", fold(text)).split())


def name_index(g: nx.Graph, include_documents: bool = False) -> dict[str, set[str]]:
    """Normalised name/alias/id -> node ids carrying it."""
    index: dict[str, set[str]] = defaultdict(set)
    for n, a in g.nodes(data=True):
        if a.get("label") == "Document" and not include_documents:
            continue
        index[normalise(str(n))].add(n)
        for name in [a.get("name") or ""] + list(a.get("aliases") or []):
            if name:
                index[normalise(name)].add(n)
    return index


def _describe(g: nx.Graph, n: str) -> str:
    a = g.nodes[n]
    return f"{a.get('name', n)} ({a.get('label', '?')}, {n})"


def resolve_name(g: nx.Graph, query: str) -> str:
    """Node id for ``query``; raises NameNotFoundError / AmbiguousNameError with suggestions."""
    if query in g and g.nodes[query].get("label") != "Document":
        return query
    index = name_index(g)
    key = normalise(query)
    found = index.get(key) or _token_matches(index, key)
    if len(found) == 1:
        return next(iter(found))
    if len(found) > 1:
        names = sorted(_describe(g, n) for n in found)
        raise AmbiguousNameError(
            f"name {query!r} is ambiguous: it matches {', '.join(names)}; pass the full name or the node id",
            query, names,
        )
    close = difflib.get_close_matches(key, list(index), n=5, cutoff=0.6)
    if not close and key:
        close = sorted(k for k in index if key in k)[:5]
    names = []
    for c in close:
        for n in sorted(index[c]):
            if _describe(g, n) not in names:
                names.append(_describe(g, n))
    hint = f"; closest: {', '.join(names)}" if names else "; no similar names in the graph"
    raise NameNotFoundError(f"no entity named {query!r} in the graph{hint}", query, names)


def _token_matches(index: dict[str, set[str]], key: str) -> set[str]:
    """Nodes one of whose names contains every word of ``key`` as whole words."""
    words = set(key.split())
    if not words:
        return set()
    found: set[str] = set()
    for name, nodes in index.items():
        if words <= set(name.split()):
            found |= nodes
    return found
