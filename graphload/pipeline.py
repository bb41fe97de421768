"""The run over many documents: read -> dedupe -> extract (cache, jobs) -> merge into a Graph.

Files are found in the main process and cut into batches; each batch is read,
decoded and extracted in a worker (a process of a ``ProcessPoolExecutor``, or
a Dask worker with ``engine="dask"``) that builds its Extractor once. Results
travel back as compressed JSON (:func:`graphload.cache.encode_result`) and are
merged in discovery order, so the graph does not depend on the number of jobs.
Document texts are dropped after extraction: memory grows with the graph only.

>>> graph, stats = run(["data/seeds"], RunSettings())  # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from . import extract as _extract
from .cache import (
    ExtractionCache,
    FileRow,
    Snapshot,
    append_snapshot,
    decode_result,
    encode_result,
    load_snapshot,
    save_snapshot,
    snapshot_path,
)
from .errors import ConfigError, InputError
from .extract import ExtractSettings
from .graph import Graph
from .ingest import DEFAULT_MAX_BYTES, Skipped, SourceFile, discover, read_document
from .models import Entity
from .resolve import link_across_documents

log = logging.getLogger(__name__)

Progress = Callable[[str, int, "int | None"], None]
ENGINES = ("local", "dask")


@dataclass
class RunSettings:
    """How to run: parallel jobs, file size limit, cache, batch size, extractor, engine."""

    jobs: int = 1
    max_bytes: int = DEFAULT_MAX_BYTES
    cache_path: Path | None = None  # SQLite file, e.g. out/cache.sqlite; None = no cache
    batch_size: int = 200  # documents per extraction batch
    extract: ExtractSettings = field(default_factory=ExtractSettings)
    engine: str = "local"  # "local" (processes) | "dask"
    scheduler: str | None = None  # dask scheduler address; None = LocalCluster


@dataclass
class RunStats:
    """What a run did: counts, skipped files with reasons, duplicates, time."""

    read: int = 0  # files that gave a Document (from disk or from the cache)
    skipped: list[Skipped] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (source, source of the first copy)
    extracted: int = 0
    cached: int = 0
    removed: int = 0  # files of the last build that are gone now
    seconds: float = 0.0
    stale: int = 0  # cached results of another extractor version (re-extracted, pruned)
    removed_sources: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # one-line messages for the log
    extractor_version: str = ""
    snapshot: bool = False  # True when the run started from the last build's graph snapshot
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage
    started: float = field(default_factory=time.perf_counter, repr=False)


@dataclass
class Outcome:
    """A worker's answer for one file: a compressed DocResult, or a reason it was skipped."""

    source: str
    doc_id: str | None = None
    blob: bytes | None = None
    cached: bool = False
    reason: str | None = None


# ------------------------------------------------------------------ worker side

_EXTRACTORS: dict[str, object] = {}
_READERS: dict[str, ExtractionCache | None] = {}


def get_extractor(settings: ExtractSettings):
    """The Extractor for ``settings``, built once per process (building one is slow)."""
    key = repr(settings)
    if key not in _EXTRACTORS:
        _EXTRACTORS[key] = _extract.Extractor(settings)
    return _EXTRACTORS[key]


def worker_version(settings: ExtractSettings) -> str:
    """Cache key of the extractor: its version plus a digest of its settings."""
    digest = hashlib.sha1(repr(settings).encode("utf-8")).hexdigest()[:8]
    return f"{get_extractor(settings).version}:{digest}"


def quick_version(settings: ExtractSettings) -> str | None:
    """The cache key without building an Extractor, when extract.py offers ``extractor_version``."""
    cheap = getattr(_extract, "extractor_version", None)
    if cheap is None:
        return None
    digest = hashlib.sha1(repr(settings).encode("utf-8")).hexdigest()[:8]
    return f"{cheap(settings)}:{digest}"


def init_worker(settings: ExtractSettings) -> None:
    """Process-pool initializer: build the Extractor before the first batch arrives."""
    get_extractor(settings)


def _reader(cache_path: str | None) -> ExtractionCache | None:
    """This process's read-only handle on the cache (opened once)."""
    if not cache_path:
        return None
    if cache_path not in _READERS:
        _READERS[cache_path] = ExtractionCache.reader(cache_path)
    return _READERS[cache_path]


def process_batch(
    items: list[tuple[str, str]], settings: ExtractSettings, max_bytes: int, cache_path: str | None = None
) -> list[Outcome]:
    """Read and extract a batch of ``(path, source)`` files; runs in a worker."""
    extractor = get_extractor(settings)
    version = worker_version(settings)
    reader = _reader(cache_path)
    return [_process_one(Path(p), s, extractor, version, reader, max_bytes) for p, s in items]


def _process_one(path: Path, source: str, extractor, version: str, reader, max_bytes: int) -> Outcome:
    """Read one file; reuse a cached result of the same text, else extract it."""
    try:
        doc = read_document(SourceFile(path, source), max_bytes=max_bytes)
    except InputError as exc:
        return Outcome(source, reason=exc.reason)
    except OSError as exc:
        return Outcome(source, reason=f"cannot read the file ({exc.strerror or exc}): check it exists and is readable")
    blob = reader.get(doc.id, version) if reader is not None else None
    if blob is not None:
        return Outcome(source, doc.id, blob, cached=True)
    try:
        result = extractor.extract(doc)
    except Exception as exc:  # one bad document must not abort a run over thousands
        log.exception("extraction failed on %s", source)
        return Outcome(source, reason=f"extraction failed ({type(exc).__name__}: {exc}); please report this file")
    result.document.text = ""
    return Outcome(source, doc.id, encode_result(result))


# ------------------------------------------------------------------ backends


class LocalBackend:
    """Batches run in this process (jobs=1) or in a pool of processes started on first use."""

    def __init__(self, settings: RunSettings):
        self.settings = settings
        self.cache_path = str(settings.cache_path) if settings.cache_path else None
        self._pool: ProcessPoolExecutor | None = None

    @property
    def pool(self) -> ProcessPoolExecutor | None:
        """The worker processes (None with jobs=1); a re-run served from the cache starts none."""
        if self._pool is None and self.settings.jobs > 1:
            s = self.settings
            self._pool = ProcessPoolExecutor(s.jobs, initializer=init_worker, initargs=(s.extract,))
        return self._pool

    def version(self) -> str:
        """The extractor's cache key: cheap when extract.py can tell it, else asked of a worker."""
        cheap = quick_version(self.settings.extract)
        if cheap is not None:
            return cheap
        if self.pool is None:
            return worker_version(self.settings.extract)
        return self.pool.submit(worker_version, self.settings.extract).result()

    def warm_up(self) -> None:
        """Start the worker processes now, each building its Extractor, instead of at the first batch."""
        if self.pool is not None:
            for _ in range(self.settings.jobs):
                self.pool.submit(init_worker, self.settings.extract)

    def submit(self, items: list[tuple[str, str]]) -> Future:
        """Start one batch; the Future's result is a list of :class:`Outcome`."""
        args = (items, self.settings.extract, self.settings.max_bytes, self.cache_path)
        if self.pool is not None:
            return self.pool.submit(process_batch, *args)
        done: Future = Future()
        done.set_result(process_batch(*args))
        return done

    def close(self) -> None:
        """Stop the worker processes."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)


def _backend(settings: RunSettings):
    """The backend for ``settings.engine``."""
    if settings.jobs < 1:
        raise ConfigError(f"--jobs {settings.jobs}: use 1 or more worker processes")
    if settings.batch_size < 1:
        raise ConfigError(f"batch size {settings.batch_size}: use 1 or more documents per batch")
    if settings.max_bytes < 1:
        raise ConfigError(f"--max-bytes {settings.max_bytes}: use a positive number of bytes")
    if settings.engine == "local":
        return LocalBackend(settings)
    if settings.engine == "dask":
        from .distributed import DaskBackend

        return DaskBackend(settings)
    raise ConfigError(f"engine {settings.engine!r}: use one of {', '.join(ENGINES)}")


# ------------------------------------------------------------------ the run


def run(
    paths: Iterable[str | Path], settings: RunSettings, progress: Progress | None = None
) -> tuple[Graph, RunStats]:
    """Read, extract and merge every document under ``paths`` into one Graph.

    Bad files become :class:`Skipped` entries in the stats, duplicates (same
    text) are merged once, and results are reused from ``settings.cache_path``.
    With a cache, the graph before linking is kept in ``graph.snapshot`` next to
    it, and a re-run by the same extractor only merges what changed into it.
    The cross-document pass :func:`link_across_documents` runs at the end.
    """
    progress = progress or (lambda stage, done, total: None)
    stats = RunStats()
    files = _discover(paths, stats)
    progress("discover", len(files), len(files))
    _lap(stats, "discover")
    cache = ExtractionCache(settings.cache_path) if settings.cache_path else None
    backend = _backend(settings)
    try:
        stats.extractor_version = backend.version()
        merger = _Merger(cache, stats)
        if cache is not None:
            merger.prepare(files, stats.extractor_version)
            merger.snapshot_at = snapshot_path(settings.cache_path)
            merger.max_bytes = settings.max_bytes
        for done in merger.run_batches(files, backend, settings):
            progress("extract", done, len(files))
        _lap(stats, "extract")
        if cache is not None:
            merger.finish(files)
            _lap(stats, "cache")
    finally:
        backend.close()
        if cache is not None:
            cache.close()
    if cache is not None:
        merger.save_snapshot()
        _lap(stats, "snapshot")
    progress("link", 0, 1)
    graph = link_across_documents(_for_linking(merger.graph) if cache is not None else merger.graph)
    progress("link", 1, 1)
    _lap(stats, "link")
    stats.seconds = time.perf_counter() - stats.started
    return graph, stats


def _lap(stats: RunStats, stage: str) -> None:
    """Record the seconds since the previous stage ended under ``stats.timings[stage]``."""
    stats.timings[stage] = time.perf_counter() - stats.started - sum(stats.timings.values())


def _for_linking(graph: Graph) -> Graph:
    """A copy that linking may change, leaving ``graph`` (the snapshot) as it is.

    Entities are copied in id order, so that linking does not depend on the
    order documents came into the graph (a fresh build and snapshot + changes
    give the same result).
    """
    entities = {
        e.id: Entity(e.id, e.label, e.name, list(e.aliases), e.doc_count, e.qid, dict(e.props))
        for e in sorted(graph.entities.values(), key=lambda e: e.id)
    }
    return Graph(dict(graph.documents), entities, dict(graph.relations), dict(graph.mentions))


def _discover(paths: Iterable[str | Path], stats: RunStats) -> list[SourceFile]:
    """Every file to read, sorted by source; what cannot be read goes to ``stats.skipped``."""
    files = []
    for item in discover(paths):
        if isinstance(item, Skipped):
            stats.skipped.append(item)
        else:
            files.append(item)
    return sorted(files, key=lambda f: (f.source, str(f.location)))


def _stat(src: SourceFile) -> tuple[int, int] | None:
    """Size and modification time in ns of a file, or None if it vanished."""
    try:
        st = os.stat(src.location)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


class _Merger:
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
