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
import time
from collections.abc import Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from . import extract as _extract
from .cache import ExtractionCache, encode_result, snapshot_path
from .errors import ConfigError, InputError
from .extract import ExtractSettings
from .graph import Graph
from .ingest import Skipped, SourceFile, discover, read_document
from .merging import Merger
from .models import Entity
from .resolve import link_across_documents
from .run_types import Outcome, Progress, RunSettings, RunStats

log = logging.getLogger(__name__)

ENGINES = ("local", "dask")


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
        merger = Merger(cache, stats)
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
