"""Merging workers' results into one graph, in discovery order, against the cache and the last build's snapshot."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterator
from pathlib import Path

from .cache import (
    ExtractionCache,
    FileRow,
    Snapshot,
    append_snapshot,
    decode_result,
    load_snapshot,
    save_snapshot,
)
from .graph import Graph
from .ingest import Skipped, SourceFile
from .run_types import Outcome, RunSettings, RunStats


def _stat(src: SourceFile) -> tuple[int, int] | None:
    """Size and modification time in ns of a file, or None if it vanished."""
    try:
        st = os.stat(src.location)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


class Merger:
    """Plans batches against the cache, collects worker outcomes, merges in order.

    Without a usable snapshot every result is decoded and merged as its batch
    comes back. With one (same extractor, same file limit), cached files are
    only counted, and :meth:`finish` brings the snapshot's graph up to date:
    documents no file has any more leave it, new ones are merged into it.
    """

    def __init__(self, cache: ExtractionCache | None, stats: RunStats):
        self.cache = cache
        self.stats = stats
        self.graph = Graph()
        self.first: dict[str, SourceFile] = {}  # doc id -> the first file with its text
        self.last: dict[str, FileRow] = {}
        self.have: set[str] = set()
        self.failed: list[str] = []
        self.version = ""
        self.snapshot_at: Path | None = None  # where the snapshot is; None = no snapshot
        self.looked = False
        self.max_bytes = 0
        self.delta = False  # True once a snapshot was loaded: merge only the changes, in finish()
        self.blobs: dict[str, bytes] = {}  # delta mode: new results by doc id
        self.changes: list[tuple] | None = None  # delta mode: what changed, to append to the snapshot
        self.replayed = 0  # changes the loaded snapshot had appended already
        self.replaced = 0  # files whose text changed since the last build (their old result is orphaned)

    def prepare(self, files: list[SourceFile], version: str) -> None:
        """Compare with the last build: removed files, stale results of another extractor."""
        stats, cache = self.stats, self.cache
        self.last = cache.files()
        current = {f.source for f in files}
        stats.removed_sources = sorted(s for s in self.last if s not in current)
        stats.removed = len(stats.removed_sources)
        if stats.removed:
            stats.notes.append(f"{stats.removed} file(s) of the last build are gone: their documents leave the graph")
        stats.stale = cache.stale(version)
        if stats.stale:
            stats.notes.append(
                f"extractor changed: {stats.stale} cached results are stale and will be re-extracted"
            )
            cache.prune(version)
        self.have = cache.has(version)
        self.version = version

    def _open_snapshot(self) -> None:
        """Load the snapshot once, after the first batch went to the workers (they start meanwhile)."""
        if self.snapshot_at is None or self.looked:
            return
        self.looked = True
        snap = load_snapshot(self.snapshot_at, self.version, self.max_bytes)
        if snap is not None:
            self.graph, self.delta, self.changes, self.replayed = snap.graph, True, [], snap.replayed
            self.stats.snapshot = True

    def save_snapshot(self) -> None:
        """Append this run's changes to the snapshot, or write it whole (first run, or many changes)."""
        if self.changes is not None and self.replayed + len(self.changes) <= max(1000, len(self.graph.documents) // 5):
            if self.changes:
                append_snapshot(self.snapshot_at, self.changes)
            return
        save_snapshot(self.snapshot_at, Snapshot(self.version, self.max_bytes, self.graph))

    def run_batches(self, files: list[SourceFile], backend, settings: RunSettings) -> Iterator[int]:
        """Submit the batches that need workers (a bounded window in flight), merge all in order.

        Every file is checked against the cache first, and up to ``2 * jobs``
        batches with new files go to the workers before the snapshot is loaded
        by the first merge (a pool forked after loading would copy the big
        graph, and loading first would leave the workers idle). Yields files done.
        """
        if any(f.source not in self.last for f in files):
            backend.warm_up()  # new files: the workers build their extractors while the others are checked
        plans = [self._plan(files[i : i + settings.batch_size]) for i in range(0, len(files), settings.batch_size)]
        window: deque = deque()
        done = busy = 0
        ahead = max(2, 2 * settings.jobs)
        for plan in plans:
            misses = [(str(src.location), src.source) for src, _, hit in plan if hit is None]
            future = backend.submit(misses) if misses else None
            window.append((plan, future))
            busy += future is not None
            while busy > ahead:  # the first merge loads the snapshot, while the workers extract
                plan_done, future_done = window.popleft()
                busy -= future_done is not None
                done += self._merge(plan_done, future_done)
                yield done
        while window:
            done += self._merge(*window.popleft())
            yield done

    def _plan(self, batch: list[SourceFile]) -> list[tuple]:
        """``(file, (size, mtime) or None, cached doc id or None)`` for each file of a batch."""
        plan = []
        for src in batch:
            st = _stat(src)
            row = self.last.get(src.source)
            hit = st is not None and row is not None and (row.size, row.mtime_ns) == st and row.doc_id in self.have
            plan.append((src, st, row.doc_id if hit else None))
        return plan

    def _merge(self, plan, future) -> int:
        """Merge one batch's outcomes in file order and store new results."""
        self._open_snapshot()
        fresh = iter(future.result() if future is not None else ())
        new_results, new_files = [], []
        for src, st, hit in plan:
            if hit is not None and self.delta:
                self._add_cached(src, hit)  # a file as the last build saw it: its row and result stand
                continue
            if hit is not None:
                out = Outcome(src.source, hit, self.cache.get(hit, self.version), cached=True)
            else:
                out = next(fresh)
            if out.doc_id is None:
                self.stats.skipped.append(Skipped(src.source, out.reason or "no result"))
                self.failed.append(src.source)
                continue
            if self.cache is not None and st is not None:
                row, last = FileRow(src.source, st[0], st[1], out.doc_id), self.last.get(src.source)
                if row != last:  # a file as the last build saw it keeps its row
                    new_files.append(row)
                self.replaced += last is not None and last.doc_id != out.doc_id
                if not out.cached and out.doc_id not in self.have:
                    new_results.append((out.doc_id, out.blob))
                    self.have.add(out.doc_id)
            self._add(src, out)
        if self.cache is not None and (new_results or new_files):
            self.cache.put_batch(new_results, new_files, self.version)
        return len(plan)

    def _add_cached(self, src: SourceFile, doc_id: str) -> None:
        """:meth:`_add` for a file whose result the loaded snapshot already holds."""
        stats = self.stats
        stats.read += 1
        stats.cached += 1
        first = self.first.get(doc_id)
        if first is None:
            self.first[doc_id] = src
        else:
            stats.duplicates.append((src.source, first.source))

    def _add(self, src: SourceFile, out: Outcome) -> None:
        """Count one outcome and merge it unless it duplicates a document already merged."""
        stats = self.stats
        stats.read += 1
        if out.cached:
            stats.cached += 1
        else:
            stats.extracted += 1
        if out.doc_id in self.first:
            stats.duplicates.append((src.source, self.first[out.doc_id].source))
            return
        self.first[out.doc_id] = src
        if self.delta:
            if out.blob is not None and out.doc_id not in self.graph.documents:
                self.blobs[out.doc_id] = out.blob
            return
        self._merge_result(src, decode_result(out.blob))

    def _merge_result(self, src: SourceFile, result) -> None:
        """Merge one decoded result as the document of ``src``."""
        result.document.source = src.source  # a cached text may have come from another file
        result.document.path = str(src.location)
        self.graph.add(result)

    def finish(self, files: list[SourceFile]) -> None:
        """Bring a snapshot up to date; forget files that are gone or failed; prune the cache."""
        if self.delta:
            self._apply_delta()
        gone = set(self.stats.removed_sources) | set(self.failed)
        if gone:
            self.cache.forget_files(sorted(gone))
        if gone or self.replaced:  # results no file refers to any more (results of other versions went in prepare)
            self.cache.prune(self.version)

    def _apply_delta(self) -> None:
        """Drop the snapshot's documents no file has now, merge the new ones, fix moved sources."""
        graph = self.graph
        for doc_id in [d for d in graph.documents if d not in self.first]:
            graph.remove_document(doc_id)
            self.changes.append(("remove", doc_id))
        for doc_id, src in self.first.items():
            doc = graph.documents.get(doc_id)
            if doc is not None:
                if (doc.source, doc.path) != (src.source, str(src.location)):
                    doc.source, doc.path = src.source, str(src.location)
                    self.changes.append(("move", doc_id, src.source, str(src.location)))
                continue
            blob = self.blobs.pop(doc_id, None) or self.cache.get(doc_id, self.version)
            if blob is None:  # the cache lost it since this run started
                self.stats.skipped.append(Skipped(src.source, "cached result vanished; run the build again"))
                self.failed.append(src.source)
                continue
            self._merge_result(src, decode_result(blob))
            self.changes.append(("add", blob, src.source, str(src.location)))
