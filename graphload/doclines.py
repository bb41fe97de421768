"""Edge files written one line per document, and copied line by line when a document did not change.

``graph.json`` and ``graph.graphml`` list a graph's edges grouped by document,
in document-id order, one line per document. After a write with a
``reuse_key`` (the extractor version of a build) a *layout* file next to the
output (``graph.json.layout``) records where each document's line is, the
cross-document merges it was written under and the file's size and
modification time. The next write with the same key copies the lines of
documents that are still in the graph and that no change of those merges
touches, and encodes only the others, so the output is the same bytes as a
fresh write but costs a copy, not an encoding, for unchanged documents.
"""

from __future__ import annotations

import marshal
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import GraphFormatError
from .graph import Graph

LAYOUT_SUFFIX = ".layout"
_LAYOUT_FORMAT = 1
_BLOCK = 8 << 20  # bytes copied at a time

Render = Callable[[Graph, str, list, list], bytes]  # (graph, doc id, [(entity, count)], [relation key]) -> line


@dataclass
class Layout:
    """Where the last write put each document's edge line, and what it was written under."""

    merged: dict[str, str]
    extra: bool
    lines: dict[str, tuple[int, int]]  # doc id -> (offset, length) in the old file


@dataclass
class EdgePlan:
    """Documents whose lines are copied, documents whose lines are encoded, and edge ends that are not nodes."""

    copy: dict[str, tuple[int, int]] = field(default_factory=dict)
    render: dict[str, tuple[list, list]] = field(default_factory=dict)  # doc -> (mentions, relation keys)
    extra: dict[str, None] = field(default_factory=dict)


def layout_path(path: Path) -> Path:
    """Where the layout of the file at ``path`` is kept."""
    return path.with_name(path.name + LAYOUT_SUFFIX)


def node_dicts(graph: Graph, extra: dict[str, None]) -> Iterator[dict]:
    """Node attributes in file order: documents, then entities, each by id, then edge ends that are not nodes."""
    for doc in sorted(graph.documents.values(), key=lambda d: d.id):
        yield doc.node_attrs()
    for ent in sorted(graph.entities.values(), key=lambda e: e.id):
        yield ent.node_attrs()
    for n in extra:
        yield {"id": n}


def plan_edges(graph: Graph, old: Layout | None) -> EdgePlan:
    """Group the edges to encode by document; with an old layout, only documents it cannot supply.

    Edge ends that are not nodes (``extra``, in first-seen document order) only
    occur in hand-made graphs; then everything is encoded.
    """
    plan = EdgePlan()
    if old is not None and not old.extra:
        dirty = _dirty_documents(graph, old.merged)
        plan.copy = {d: span for d, span in old.lines.items() if d in graph.documents and d not in dirty}
    copy, render = plan.copy, plan.render
    for (doc, ent), count in graph.mentions.items():
        if doc not in copy:
            render.setdefault(doc, ([], []))[0].append((ent, count))
    for key, rel in graph.relations.items():
        if rel.doc not in copy:
            render.setdefault(rel.doc, ([], []))[1].append(key)
    known = graph.documents.keys() | graph.entities.keys()
    for doc in sorted(render):
        mentions, keys = render[doc]
        mentions.sort()
        keys.sort()
        ends = [doc, *(e for e, _ in mentions)] if mentions else []
        for key in keys:
            rel = graph.relations[key]
            ends += (rel.source, rel.target)
        plan.extra.update((n, None) for n in ends if n not in known)
    if plan.extra and plan.copy:
        return plan_edges(graph, None)
    return plan


def _dirty_documents(graph: Graph, old_merged: dict[str, str]) -> set[str]:
    """Documents whose edges a change of the cross-document merges since the old write may have changed."""
    now = graph.merged
    changed = {x for x in old_merged.keys() | now.keys() if old_merged.get(x) != now.get(x)}
    if not changed:
        return set()
    touched = changed | {now[x] for x in changed if x in now}
    dirty = {doc for doc, ent in graph.mentions if ent in touched}
    dirty.update(r.doc for r in graph.relations.values() if r.source in touched or r.target in touched)
    return dirty


def write_doc_lines(fh, graph: Graph, plan: EdgePlan, render: Render, old_path: Path | None,
                    first: bytes, sep: bytes) -> dict[str, tuple[int, int]]:
    """Write every document's edge line in document order (copied or encoded); returns where each went.

    Copied lines that stood next to each other in the old file are copied as one block.
    """
    src = open(old_path, "rb") if old_path is not None and plan.copy else None  # noqa: SIM115 - closed below
    out = _LineWriter(fh, src, first, sep)
    try:
        for doc in sorted(plan.copy.keys() | plan.render.keys()):
            span = plan.copy.get(doc)
            if span is not None:
                out.copy(doc, span)
            else:
                out.write(doc, render(graph, doc, *plan.render[doc]))
        out.flush()
    finally:
        if src is not None:
            src.close()
    return out.where


class _LineWriter:
    """Writes lines with separators, gathering old lines that are adjacent in the old file into one copy."""

    def __init__(self, fh, src, first: bytes, sep: bytes):
        self.fh, self.src, self.gap, self.sep = fh, src, first, sep
        self.pos = fh.tell()
        self.where: dict[str, tuple[int, int]] = {}
        self.run: list[tuple[str, int, int]] = []  # (doc, old offset, length) of adjacent old lines

    def copy(self, doc: str, span: tuple[int, int]) -> None:
        """Queue one old line; a line that does not follow the queued ones starts a new block."""
        run = self.run
        if run and span[0] != run[-1][1] + run[-1][2] + len(self.sep):
            self.flush()
        self.run.append((doc, span[0], span[1]))
        if span[0] + span[1] - self.run[0][1] > _BLOCK:  # bounded memory: blocks of a few MB
            self.flush()

    def write(self, doc: str, line: bytes) -> None:
        """Write one new line (nothing for an empty one)."""
        if line:
            self.flush()
            self._put(line)
            self.where[doc] = (self.pos - len(line), len(line))

    def flush(self) -> None:
        """Copy the queued old lines as one block."""
        if not self.run:
            return
        start = self.run[0][1]
        block = _read_span(self.src, (start, self.run[-1][1] + self.run[-1][2] - start))
        shift = self.pos + len(self.gap) - start
        for doc, offset, length in self.run:
            self.where[doc] = (offset + shift, length)
        self._put(block)
        self.run = []

    def _put(self, data: bytes) -> None:
        self.fh.write(self.gap)
        self.fh.write(data)
        self.pos += len(self.gap) + len(data)
        self.gap = self.sep


def _read_span(src, span: tuple[int, int]) -> bytes:
    """The bytes of one old line."""
    src.seek(span[0])
    data = src.read(span[1])
    if len(data) != span[1]:
        raise GraphFormatError(f"{src.name}: changed while being rewritten; run the build again")
    return data


def load_layout(path: Path, key: str) -> Layout | None:
    """The layout of the file at ``path`` if it describes the file as it is and was made under ``key``."""
    try:
        data = marshal.loads(layout_path(path).read_bytes())
        st = os.stat(path)
        if not isinstance(data, dict) or data.get("format") != _LAYOUT_FORMAT or data.get("key") != key:
            return None
        if (data["size"], data["mtime_ns"]) != (st.st_size, st.st_mtime_ns):
            return None
        return Layout(data["merged"], data["extra"], dict(zip(data["docs"], data["spans"])))
    except (OSError, EOFError, ValueError, TypeError, KeyError):
        return None


def save_layout(path: Path, key: str | None, graph: Graph, plan: EdgePlan, lines: dict[str, tuple[int, int]]) -> None:
    """Record where each document's line is in the file just written; without a key, drop any old layout."""
    target = layout_path(path)
    if not key:
        target.unlink(missing_ok=True)
        return
    st = os.stat(path)
    data = {"format": _LAYOUT_FORMAT, "key": key, "size": st.st_size, "mtime_ns": st.st_mtime_ns,
            "merged": dict(graph.merged), "extra": bool(plan.extra), "docs": list(lines), "spans": list(lines.values())}
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_bytes(marshal.dumps(data))
    tmp.replace(target)
