"""Tests of the SQLite extraction cache."""

from __future__ import annotations

import sqlite3

import pytest

from graphload.cache import ExtractionCache, FileRow, decode_result, encode_result
from graphload.errors import ConfigError
from graphload.models import DocResult, Document, Entity, Relation


def _result(doc_id: str = "doc:aaaaaaaaaaaa") -> DocResult:
    doc = Document(doc_id, "a.txt", "", "Title", "de", "2024-07-04", 42, "/x/a.txt")
    ent = Entity("person:antonio-guterres", "Person", "António Guterres", ["Guterres"])
    rel = Relation("VISITED", ent.id, "place:astana", doc_id, "Guterres besuchte Astana.", "2024-07", 0.9)
    return DocResult(doc, {ent.id: ent}, {ent.id: 2}, [rel])


def test_cache_encode_decode_round_trip():
    result = _result()
    blob = encode_result(result)
    assert isinstance(blob, bytes)
    assert decode_result(blob) == result


def test_cache_put_get_and_files(tmp_path):
    with ExtractionCache(tmp_path / "cache.sqlite") as cache:
        blob = encode_result(_result())
        cache.put_batch([("doc:aaaaaaaaaaaa", blob)], [FileRow("a.txt", 10, 123, "doc:aaaaaaaaaaaa")], "v1")
        assert cache.get("doc:aaaaaaaaaaaa", "v1") == blob
        assert cache.get("doc:aaaaaaaaaaaa", "v2") is None
        assert cache.has("v1") == {"doc:aaaaaaaaaaaa"}
        assert cache.files() == {"a.txt": FileRow("a.txt", 10, 123, "doc:aaaaaaaaaaaa")}
    with ExtractionCache(tmp_path / "cache.sqlite") as again:  # persisted on disk
        assert again.get("doc:aaaaaaaaaaaa", "v1") == blob
        assert again.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_cache_stale_and_prune(tmp_path):
    with ExtractionCache(tmp_path / "cache.sqlite") as cache:
        cache.put_batch([("doc:1", b"x"), ("doc:2", b"y")], [FileRow("a", 1, 1, "doc:1"), FileRow("b", 1, 1, "doc:2")], "old")
        cache.put_batch([("doc:1", b"z")], [], "new")
        assert cache.stale("new") == 2
        cache.forget_files(["b"])
        assert cache.prune("new") == 2  # both "old" rows
        assert cache.counts() == {"results": 1, "files": 1}
        cache.put_batch([("doc:9", b"q")], [], "new")  # no file refers to it
        assert cache.prune("new") == 1
        assert cache.has("new") == {"doc:1"}


def test_cache_reader_is_read_only(tmp_path):
    path = tmp_path / "cache.sqlite"
    assert ExtractionCache.reader(path) is None
    with ExtractionCache(path) as cache:
        cache.put_batch([("doc:1", b"x")], [], "v")
        reader = ExtractionCache.reader(path)
        assert reader.get("doc:1", "v") == b"x"
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader.put_batch([("doc:2", b"y")], [], "v")
        reader.close()


def test_cache_not_a_database_names_the_file(tmp_path):
    path = tmp_path / "cache.sqlite"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(ConfigError, match="cache.sqlite.*delete the file"):
        ExtractionCache(path)


def test_cache_snapshot_round_trip_and_appended_changes(tmp_path):
    from graphload.cache import Snapshot, append_snapshot, load_snapshot, save_snapshot
    from graphload.graph import Graph

    first, second = _result(), _result("doc:bbbbbbbbbbbb")
    graph = Graph()
    graph.add(first)
    path = save_snapshot(tmp_path / "graph.snapshot", Snapshot("v1", 100, graph))
    append_snapshot(path, [("add", encode_result(second), "b.txt", "/x/b.txt"), ("remove", "doc:aaaaaaaaaaaa")])
    snap = load_snapshot(path, "v1", 100)
    assert snap.replayed == 2
    assert list(snap.graph.documents) == ["doc:bbbbbbbbbbbb"]
    assert snap.graph.documents["doc:bbbbbbbbbbbb"].source == "b.txt"
    assert snap.graph.entities["person:antonio-guterres"].doc_count == 1
    snap.graph.remove_document("doc:bbbbbbbbbbbb")  # the loaded index still works
    assert not snap.graph.entities and not snap.graph.relations
    assert load_snapshot(path, "v2", 100) is None
    assert load_snapshot(path, "v1", 101) is None
    assert load_snapshot(tmp_path / "missing", "v1", 100) is None
