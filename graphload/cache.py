"""The extraction cache: a SQLite file in the output folder (``out/cache.sqlite``).

Two tables make builds incremental:

- ``results(doc_id, extractor_version, result_json)``: one zlib-compressed
  :meth:`DocResult.to_dict` JSON per document and extractor version, so a
  document already extracted by the same extractor is never extracted again;
- ``files(source, size, mtime_ns, doc_id)``: the files of the last build, so a
  file with the same size and modification time is not even re-read.

Only the main process writes (WAL mode, one transaction per batch); workers
may open it read-only with :meth:`ExtractionCache.reader`.

Next to it, ``out/graph.snapshot`` (:class:`Snapshot`) keeps the merged graph
before cross-document linking, so a re-run merges only the documents that
changed instead of decoding every cached result again.
"""

from __future__ import annotations

import gc
import json
import marshal
import os
import sqlite3
import zlib
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import dataclass, fields, is_dataclass
from pathlib import Path
from typing import Self

from .errors import ConfigError
from .graph import Graph, graph_from_state, graph_state
from .models import DocResult

_SCHEMA = """
CREATE TABLE IF NOT EXISTS results (
    doc_id TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    result_json BLOB NOT NULL,
    PRIMARY KEY (doc_id, extractor_version)
);
CREATE TABLE IF NOT EXISTS files (
    source TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    doc_id TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class FileRow:
    """What the last build saw of one file."""

    source: str
    size: int
    mtime_ns: int
    doc_id: str


def encode_result(result: DocResult) -> bytes:
    """Compressed JSON of a DocResult (the cache's and the workers' transport format).

    >>> from graphload.models import Document
    >>> r = DocResult(Document("doc:1", "a.txt", ""))
    >>> decode_result(encode_result(r)).document.source
    'a.txt'
    """
    data = {
        "document": result.document,
        "entities": list(result.entities.values()),
        "mentions": result.mentions,
        "relations": result.relations,
    }
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=_plain)
    return zlib.compress(raw.encode("utf-8"), 6)


_FIELDS: dict[type, tuple[str, ...]] = {}


def _plain(obj) -> dict:
    """A dataclass as a shallow dict of its fields (what ``to_dict`` gives, without deep copies)."""
    names = _FIELDS.get(type(obj))
    if names is None:
        if not is_dataclass(obj):
            raise TypeError(f"cannot store a {type(obj).__name__} in the extraction cache")
        names = _FIELDS[type(obj)] = tuple(f.name for f in fields(obj))
    return {n: getattr(obj, n) for n in names}


def decode_result(blob: bytes) -> DocResult:
    """Inverse of :func:`encode_result`."""
    return DocResult.from_dict(json.loads(zlib.decompress(blob)))


class ExtractionCache:
    """The SQLite store of extraction results and of the files last built."""

    def __init__(self, path: str | Path, readonly: bool = False):
        self.path = Path(path)
        try:
            if readonly:
                self.db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=30)
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.db = sqlite3.connect(self.path, timeout=30)
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self.db.executescript(_SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise ConfigError(
                f"{self.path}: cannot open the extraction cache ({exc}); delete the file to start afresh"
            ) from None

    @classmethod
    def reader(cls, path: str | Path) -> ExtractionCache | None:
        """A read-only handle for worker processes, or None when the file is missing."""
        try:
            return cls(path, readonly=True) if Path(path).exists() else None
        except ConfigError:
            return None

    def close(self) -> None:
        """Close the connection."""
        self.db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------- files

    def files(self) -> dict[str, FileRow]:
        """Every file of the last build, by source."""
        rows = self.db.execute("SELECT source, size, mtime_ns, doc_id FROM files")
        return {r[0]: FileRow(*r) for r in rows}

    def forget_files(self, sources: Iterable[str]) -> int:
        """Delete the rows of files that are gone or could not be read; returns how many."""
        with self.db:
            cur = self.db.executemany("DELETE FROM files WHERE source = ?", ((s,) for s in sources))
        return cur.rowcount

    # ------------------------------------------------------------- results

    def get(self, doc_id: str, version: str) -> bytes | None:
        """The compressed result of a document for an extractor version, or None."""
        row = self.db.execute(
            "SELECT result_json FROM results WHERE doc_id = ? AND extractor_version = ?", (doc_id, version)
        ).fetchone()
        return row[0] if row else None

    def has(self, version: str) -> set[str]:
        """Document ids with a result for ``version``."""
        rows = self.db.execute("SELECT doc_id FROM results WHERE extractor_version = ?", (version,))
        return {r[0] for r in rows}

    def put_batch(self, results: Iterable[tuple[str, bytes]], files: Iterable[FileRow], version: str) -> None:
        """Store new results and file rows in one transaction."""
        with self.db:
            self.db.executemany(
                "INSERT OR REPLACE INTO results (doc_id, extractor_version, result_json) VALUES (?, ?, ?)",
                ((doc_id, version, blob) for doc_id, blob in results),
            )
            self.db.executemany(
                "INSERT OR REPLACE INTO files (source, size, mtime_ns, doc_id) VALUES (?, ?, ?, ?)",
                ((f.source, f.size, f.mtime_ns, f.doc_id) for f in files),
            )

    def stale(self, version: str) -> int:
        """How many results were made by another extractor version."""
        return self.db.execute("SELECT COUNT(*) FROM results WHERE extractor_version != ?", (version,)).fetchone()[0]

    def prune(self, version: str) -> int:
        """Delete results of other versions and results no file refers to; returns how many."""
        with self.db:
            a = self.db.execute("DELETE FROM results WHERE extractor_version != ?", (version,)).rowcount
            b = self.db.execute("DELETE FROM results WHERE doc_id NOT IN (SELECT doc_id FROM files)").rowcount
        return a + b

    def counts(self) -> dict[str, int]:
        """Row counts of both tables."""
        return {
            "results": self.db.execute("SELECT COUNT(*) FROM results").fetchone()[0],
            "files": self.db.execute("SELECT COUNT(*) FROM files").fetchone()[0],
        }


# ------------------------------------------------------------------ graph snapshot

SNAPSHOT_NAME = "graph.snapshot"
_SNAPSHOT_FORMAT = 1


@dataclass
class Snapshot:
    """The last build's graph before cross-document linking.

    Stored next to the cache (``out/graph.snapshot``) so a re-run with the same
    extractor starts from it and merges only what changed, instead of decoding
    every cached result again. The file is a header, the graph, then change
    records appended by later runs (:func:`append_snapshot`), replayed on load.
    """

    version: str  # the extractor's cache key
    max_bytes: int
    graph: Graph
    replayed: int = 0  # changes appended since the graph was written whole


def snapshot_path(cache_path: str | Path) -> Path:
    """Where the snapshot of a build with this cache lives."""
    return Path(cache_path).with_name(SNAPSHOT_NAME)


def save_snapshot(path: str | Path, snap: Snapshot) -> Path:
    """Write the whole snapshot atomically (a temporary file, then a rename)."""
    path = Path(path)
    head = {"format": _SNAPSHOT_FORMAT, "version": snap.version, "max_bytes": snap.max_bytes}
    tmp = path.with_name(path.name + ".tmp")
    with _no_gc(), open(tmp, "wb") as fh:
        _put(fh, head)
        _put(fh, graph_state(snap.graph))
    os.replace(tmp, path)
    return path


def append_snapshot(path: str | Path, changes: list[tuple]) -> None:
    """Append one run's changes: ``("remove", doc_id)``, ``("add", blob, source, path)``, ``("move", doc_id, source, path)``.

    A run that dies while appending leaves a damaged tail: the next run then
    ignores the snapshot and writes it whole again.
    """
    with open(path, "ab") as fh:
        _put(fh, changes)


def _put(fh, value) -> None:
    """One record: its length (8 bytes) and its :mod:`marshal` form."""
    data = marshal.dumps(value)
    fh.write(len(data).to_bytes(8, "little"))
    fh.write(data)


def _get(fh):
    """The next record, or raise EOFError at the end (or a cut-off record)."""
    size = fh.read(8)
    if len(size) < 8:
        raise EOFError
    size = int.from_bytes(size, "little")
    if size > os.fstat(fh.fileno()).st_size - fh.tell():
        raise EOFError  # cut off, or not a snapshot at all
    return marshal.loads(fh.read(size))


def load_snapshot(path: str | Path, version: str, max_bytes: int) -> Snapshot | None:
    """The snapshot at ``path`` if it was made by this extractor version and file limit, else None.

    A missing, damaged or outdated snapshot is not an error: the build just
    merges every result again and writes a new one.
    """
    try:
        with _no_gc(), open(path, "rb") as fh:
            head = _get(fh)
            if not isinstance(head, dict) or head.get("format") != _SNAPSHOT_FORMAT:
                return None
            if head["version"] != version or head["max_bytes"] != max_bytes:
                return None
            graph = graph_from_state(_get(fh))
            replayed = _replay(graph, fh)
    except (OSError, EOFError, ValueError, TypeError, KeyError, zlib.error):
        return None
    if graph._live_index(create=False) is None:
        return None
    return Snapshot(version, max_bytes, graph, replayed)


def _replay(graph: Graph, fh) -> int:
    """Apply the change records after the graph; returns how many changes there were."""
    n = 0
    while fh.peek(1):
        for change in _get(fh):
            if change[0] == "remove":
                graph.remove_document(change[1])
            elif change[0] == "add":
                result = decode_result(change[1])
                result.document.source, result.document.path = change[2], change[3]
                graph.add(result)
            else:
                doc = graph.documents[change[1]]
                doc.source, doc.path = change[2], change[3]
            n += 1
    return n


@contextmanager
def _no_gc():
    """Pause the cyclic garbage collector while millions of tuples are made (no cycles among them)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
