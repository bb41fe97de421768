"""Cross-document resolution over a merged Graph (interim: identity)."""

from __future__ import annotations

from .graph import Graph


def link_across_documents(graph: Graph) -> Graph:
    """Merge surname-only and alias nodes into full-name nodes when unambiguous."""
    return graph
