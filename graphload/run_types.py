"""What a run is told and what it reports: settings, statistics, a worker's outcome per file."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .extract import ExtractSettings
from .ingest import DEFAULT_MAX_BYTES, Skipped

Progress = Callable[[str, int, "int | None"], None]


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
