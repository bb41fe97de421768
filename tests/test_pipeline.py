"""Tests of the run pipeline: streaming, duplicates, bad files, cache, jobs."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import networkx as nx
import pytest

import graphload.extract
from graphload import pipeline
from graphload.cache import ExtractionCache
from graphload.errors import ConfigError
from graphload.graph import Graph
from graphload.models import DocResult, Document, Entity, Relation, make_id
from graphload.pipeline import RunSettings, run
from graphload.synth import generate

SEEDS = Path(__file__).resolve().parent.parent / "data" / "seeds"
_NAME = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b")


class FakeExtractor:
    """Persons are 'First Last' pairs; 'A met with B.' is a MET_WITH; 'BOOM' raises."""

    version = "fake-1"

    def __init__(self, settings=None):
        self.settings = settings

    def extract(self, doc):
        if "BOOM" in doc.text:
            raise RuntimeError("boom")
        ents, mentions, rels = {}, {}, []
        for sentence in re.split(r"(?<=\.)\s+", doc.text):
            names = _NAME.findall(sentence)
            for n in names:
                eid = make_id("Person", n)
                ents.setdefault(eid, Entity(eid, "Person", n, [n]))
                mentions[eid] = mentions.get(eid, 0) + 1
            if " met with " in sentence and len(names) >= 2:
                a, b = (make_id("Person", n) for n in names[:2])
                rels.append(Relation("MET_WITH", a, b, doc.id, sentence, None, 0.9))
        return DocResult(doc, ents, mentions, rels)


@pytest.fixture(autouse=True)
def _fresh_workers():
    """Each test builds its own Extractor (the module caches one per settings)."""
    pipeline._EXTRACTORS.clear()
    pipeline._READERS.clear()
    yield
    pipeline._EXTRACTORS.clear()
    pipeline._READERS.clear()


@pytest.fixture
def fake(monkeypatch):
    """Replace the Extractor by :class:`FakeExtractor` (forked workers inherit it)."""
    monkeypatch.setattr(graphload.extract, "Extractor", FakeExtractor)
    monkeypatch.setattr(graphload.extract, "extractor_version", lambda settings=None: FakeExtractor.version)
    return FakeExtractor


def _write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _synth_corpus(folder: Path, n: int = 6, words: int = 120) -> Path:
    """A few generated English/German documents plus the seed documents."""
    files = {f"synth_{i:02d}.txt": generate(i, seed=7, words=words).text for i in range(n)}
    _write(folder, files)
    for seed in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(seed, folder / seed.name)
    return folder


def _json(graph) -> str:
    return json.dumps(nx.node_link_data(graph.to_networkx(), edges="edges"), sort_keys=True, ensure_ascii=False)


PEOPLE = {
    "a.txt": "Alice Smith met with Bob Jones. Carol Only was there.",
    "b.txt": "Bob Jones met with Dan Brown in the city.",
    "c.txt": "Erin White met with Alice Smith.",
}


def test_pipeline_second_run_extracts_nothing(tmp_path):
    corpus = _synth_corpus(tmp_path / "in")
    settings = RunSettings(cache_path=tmp_path / "out" / "cache.sqlite")
    g1, s1 = run([corpus], settings)
    g2, s2 = run([corpus], settings)
    assert (s1.extracted, s1.cached) == (8, 0)
    assert (s2.extracted, s2.cached, s2.removed) == (0, 8, 0)
    assert _json(g1) == _json(g2)


def test_pipeline_new_file_extracts_only_it(tmp_path):
    corpus = _synth_corpus(tmp_path / "in")
    settings = RunSettings(cache_path=tmp_path / "cache.sqlite")
    run([corpus], settings)
    _write(corpus, {"new.txt": generate(99, seed=7, words=80).text})
    graph, stats = run([corpus], settings)
    assert (stats.extracted, stats.cached) == (1, 8)
    assert len(graph.documents) == 9


def test_pipeline_extractor_change_reextracts_all(tmp_path, fake, monkeypatch):
    corpus = _write(tmp_path / "in", PEOPLE)
    settings = RunSettings(cache_path=tmp_path / "cache.sqlite")
    run([corpus], settings)
    monkeypatch.setattr(FakeExtractor, "version", "fake-2")
    pipeline._EXTRACTORS.clear()
    _, stats = run([corpus], settings)
    assert (stats.extracted, stats.cached, stats.stale) == (3, 0, 3)
    assert any("extractor changed: 3 cached results are stale" in n for n in stats.notes)
    _, again = run([corpus], settings)
    assert (again.extracted, again.stale) == (0, 0)


def test_pipeline_removed_file_leaves_the_graph(tmp_path, fake):
    corpus = _write(tmp_path / "in", PEOPLE)
    settings = RunSettings(cache_path=tmp_path / "cache.sqlite")
    before, _ = run([corpus], settings)
    assert "person:carol-only" in before.entities
    (corpus / "a.txt").unlink()
    after, stats = run([corpus], settings)
    assert (stats.removed, stats.removed_sources) == (1, ["a.txt"])
    assert "person:carol-only" not in after.entities  # only a.txt named her
    assert "person:alice-smith" in after.entities  # c.txt still names her
    assert {r.doc for r in after.relations.values()} == set(after.documents)
    assert not [r for r in after.relations.values() if r.evidence.startswith("Alice Smith met with Bob")]


def test_pipeline_changed_file_replaces_its_edges(tmp_path, fake):
    corpus = _write(tmp_path / "in", PEOPLE)
    settings = RunSettings(cache_path=tmp_path / "cache.sqlite")
    run([corpus], settings)
    _write(corpus, {"b.txt": "Bob Jones met with Fay Green today, a longer text."})
    graph, stats = run([corpus], settings)
    assert (stats.extracted, stats.cached) == (1, 2)
    pairs = {(r.source, r.target) for r in graph.relations.values()}
    assert ("person:bob-jones", "person:fay-green") in pairs
    assert ("person:bob-jones", "person:dan-brown") not in pairs
    assert "person:dan-brown" not in graph.entities
    assert [d.source for d in sorted(graph.documents.values(), key=lambda d: d.source)] == ["a.txt", "b.txt", "c.txt"]
    with ExtractionCache(tmp_path / "cache.sqlite") as cache:
        assert cache.counts() == {"results": 3, "files": 3}  # the old text's result was pruned


def test_pipeline_unchanged_rerun_does_not_prune(tmp_path, fake, monkeypatch):
    corpus = _write(tmp_path / "in", PEOPLE)
    settings = RunSettings(cache_path=tmp_path / "cache.sqlite")
    run([corpus], settings)
    _write(corpus, {"d.txt": "Gil Stone met with Bob Jones."})
    pruned = []
    monkeypatch.setattr(ExtractionCache, "prune", lambda self, version: pruned.append(version) or 0)
    _, stats = run([corpus], settings)
    assert (stats.extracted, pruned) == (1, [])


def test_pipeline_incremental_equals_fresh_build(tmp_path):
    corpus = _synth_corpus(tmp_path / "in")
    settings = RunSettings(cache_path=tmp_path / "cache.sqlite")
    run([corpus], settings)
    (corpus / "synth_01.txt").unlink()
    _write(corpus, {"synth_02.txt": generate(50, seed=7, words=100).text, "extra.txt": generate(51, seed=7).text})
    incremental, stats = run([corpus], settings)
    fresh, _ = run([corpus], RunSettings())
    assert (stats.removed, stats.extracted) == (1, 2)
    assert _json(incremental) == _json(fresh)


def test_pipeline_touched_file_reuses_result_by_content(tmp_path):
    corpus = _synth_corpus(tmp_path / "in")
    settings = RunSettings(cache_path=tmp_path / "cache.sqlite")
    first, _ = run([corpus], settings)
    for p in corpus.iterdir():
        os.utime(p, ns=(p.stat().st_atime_ns, p.stat().st_mtime_ns + 5_000_000_000))
    again, stats = run([corpus], settings)
    assert (stats.extracted, stats.cached) == (0, 8)
    assert _json(first) == _json(again)


def test_pipeline_duplicates_reported_once_loaded(tmp_path):
    corpus = _synth_corpus(tmp_path / "in", n=3)
    shutil.copy(corpus / "synth_01.txt", corpus / "zz_copy.txt")
    graph, stats = run([corpus], RunSettings())
    assert stats.duplicates == [("zz_copy.txt", "synth_01.txt")]
    assert stats.read == 6
    assert len(graph.documents) == 5
    assert max(d.source for d in graph.documents.values()) == "synth_02.txt"


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(200), "binary"),
        ("big.txt", b"word " * 400, "limit"),
    ],
)
def test_pipeline_bad_file_skipped_rest_processed(tmp_path, name, data, reason):
    corpus = _write(tmp_path / "in", {"good.txt": "Kazakhstan chaired the OSCE in 2010."})
    (corpus / name).write_bytes(data)
    graph, stats = run([corpus], RunSettings(max_bytes=1000, cache_path=tmp_path / "c.sqlite"))
    assert [s.source for s in stats.skipped] == [name]
    assert reason in stats.skipped[0].reason
    assert [d.source for d in graph.documents.values()] == ["good.txt"]


def test_pipeline_extraction_failure_is_skipped(tmp_path, fake):
    corpus = _write(tmp_path / "in", dict(PEOPLE, **{"bad.txt": "Alice Smith said BOOM."}))
    graph, stats = run([corpus], RunSettings())
    assert [(s.source, "RuntimeError" in s.reason) for s in stats.skipped] == [("bad.txt", True)]
    assert len(graph.documents) == 3


@pytest.mark.parametrize("extractor", ["current", "fake"])
def test_pipeline_jobs_2_equals_jobs_1(tmp_path, request, extractor):
    if extractor == "fake":
        request.getfixturevalue("fake")
        corpus = _write(tmp_path / "in", dict(PEOPLE, **{f"x{i}.txt": f"Gina Hall{i} met with Alice Smith." for i in range(5)}))
    else:
        corpus = _synth_corpus(tmp_path / "in")
    one, s1 = run([corpus], RunSettings(jobs=1, batch_size=2))
    two, s2 = run([corpus], RunSettings(jobs=2, batch_size=2))
    assert _json(one) == _json(two)
    assert (s1.read, s1.extracted) == (s2.read, s2.extracted)


def test_pipeline_drops_text_and_reports_progress(tmp_path):
    corpus = _synth_corpus(tmp_path / "in", n=3)
    calls = []
    graph, stats = run([corpus], RunSettings(batch_size=2), lambda *a: calls.append(a))
    assert all(d.text == "" and d.chars > 0 for d in graph.documents.values())
    assert ("extract", 5, 5) in calls and calls[0] == ("discover", 5, 5)
    assert stats.seconds > 0


def test_pipeline_cached_rerun_starts_no_workers(tmp_path, fake, monkeypatch):
    monkeypatch.setattr(graphload.extract, "extractor_version", lambda settings: "quick-1", raising=False)
    corpus = _write(tmp_path / "in", PEOPLE)
    settings = RunSettings(jobs=2, cache_path=tmp_path / "cache.sqlite")
    first, s1 = run([corpus], settings)
    assert s1.extractor_version.startswith("quick-1:")

    def no_pool(*args, **kwargs):
        raise AssertionError("a fully cached re-run must not start worker processes")

    monkeypatch.setattr(pipeline, "ProcessPoolExecutor", no_pool)
    again, s2 = run([corpus], settings)
    assert (s2.extracted, s2.cached) == (0, 3)
    assert _json(first) == _json(again)


@pytest.mark.parametrize("field, value", [("jobs", 0), ("batch_size", 0), ("max_bytes", 0), ("engine", "spark")])
def test_pipeline_bad_settings_raise_config_error(tmp_path, field, value):
    corpus = _write(tmp_path / "in", PEOPLE)
    with pytest.raises(ConfigError):
        run([corpus], RunSettings(**{field: value}))


def _file_json(graph, path: Path) -> str:
    from graphload.graph import write_json

    return write_json(graph, path).read_text(encoding="utf-8")


def test_pipeline_snapshot_rerun_equals_fresh_build(tmp_path):
    corpus = _synth_corpus(tmp_path / "in", n=8)
    shutil.copy(corpus / "synth_03.txt", corpus / "a_copy.txt")  # the first copy of synth_03's text
    settings = RunSettings(cache_path=tmp_path / "out" / "cache.sqlite")
    run([corpus], settings)
    assert (tmp_path / "out" / "graph.snapshot").exists()
    (corpus / "synth_01.txt").unlink()
    (corpus / "a_copy.txt").unlink()  # synth_03.txt becomes the document's source
    _write(corpus, {"synth_02.txt": generate(50, seed=7, words=100).text,
                    "new_1.txt": generate(51, seed=7).text, "new_2.txt": generate(52, seed=7).text})
    incremental, stats = run([corpus], settings)
    fresh, _ = run([corpus], RunSettings())
    assert stats.snapshot and (stats.removed, stats.extracted, stats.cached) == (2, 3, 8)
    assert _json(incremental) == _json(fresh)
    assert _file_json(incremental, tmp_path / "a.json") == _file_json(fresh, tmp_path / "b.json")
    (corpus / "new_1.txt").unlink()  # the third run replays the changes the second appended
    again, stats = run([corpus], settings)
    assert stats.snapshot and (stats.removed, stats.extracted) == (1, 0)
    assert _json(again) == _json(run([corpus], RunSettings())[0])


def test_pipeline_snapshot_unchanged_rerun_keeps_file(tmp_path, fake):
    corpus = _write(tmp_path / "in", PEOPLE)
    settings = RunSettings(cache_path=tmp_path / "cache.sqlite")
    first, _ = run([corpus], settings)
    snap = tmp_path / "graph.snapshot"
    before = snap.stat().st_mtime_ns
    again, stats = run([corpus], settings)
    assert stats.snapshot and (stats.extracted, stats.cached) == (0, 3)
    assert snap.stat().st_mtime_ns == before
    assert _json(first) == _json(again)


@pytest.mark.parametrize("damage", ["garbage", "cut", "version", "max_bytes"])
def test_pipeline_snapshot_unusable_means_full_merge(tmp_path, fake, damage):
    corpus = _write(tmp_path / "in", PEOPLE)
    settings = RunSettings(cache_path=tmp_path / "cache.sqlite")
    first, _ = run([corpus], settings)
    if damage == "garbage":
        (tmp_path / "graph.snapshot").write_bytes(b"\x00not a snapshot")
    elif damage == "cut":  # a run died while appending its changes
        with open(tmp_path / "graph.snapshot", "ab") as fh:
            fh.write((1000).to_bytes(8, "little") + b"\x01")
    elif damage == "version":
        FakeExtractor.version = "fake-other"
        pipeline._EXTRACTORS.clear()
    else:
        settings = RunSettings(cache_path=tmp_path / "cache.sqlite", max_bytes=10_000)
    try:
        again, stats = run([corpus], settings)
    finally:
        FakeExtractor.version = "fake-1"
    assert not stats.snapshot
    assert _json(first) == _json(again)


def test_pipeline_merge_order_does_not_matter(tmp_path, fake):
    texts = dict(PEOPLE, **{"d.txt": "Alice Smith met with Bob Jones.", "e.txt": "Erin White met with Alice Smith."})
    results = [FakeExtractor().extract(Document(f"doc:{i}", name, text)) for i, (name, text) in enumerate(texts.items())]
    for r in results[3:]:  # other spellings of the same ids
        for ent in r.entities.values():
            ent.name, ent.aliases = ent.name.upper(), [ent.name.upper(), ent.name]
    forward, backward = Graph(), Graph()
    for r in results:
        forward.add(r)
    for r in reversed(results):
        backward.add(r)
    assert _json(forward) == _json(backward)
    alice = forward.entities["person:alice-smith"]
    assert (alice.name, alice.aliases) == ("ALICE SMITH", ["ALICE SMITH", "Alice Smith"])  # a tie: the smaller
    forward.remove_document("doc:4")
    assert (alice.name, alice.doc_count) == ("Alice Smith", 3)  # two documents to one
    rest = Graph()
    for r in results[:4]:
        rest.add(r)
    assert _json(forward) == _json(rest)


def test_pipeline_graph_json_written_directly_equals_mirror(tmp_path, sample_graph):
    from graphload.graph import read_json, write_json

    direct = json.loads(write_json(sample_graph, tmp_path / "a.json").read_text(encoding="utf-8"))
    mirror = json.loads(write_json(sample_graph.to_networkx(), tmp_path / "b.json").read_text(encoding="utf-8"))
    assert mirror == nx.node_link_data(sample_graph.to_networkx(), edges="edges")
    order = lambda e: (e["source"], e["target"], e["key"])
    assert direct["nodes"] == mirror["nodes"]
    assert sorted(direct["edges"], key=order) == sorted(mirror["edges"], key=order)
    assert [e["doc"] for e in direct["edges"]] == sorted(e["doc"] for e in mirror["edges"])  # grouped by document
    back = read_json(tmp_path / "a.json")
    assert sorted(back.edges(keys=True)) == sorted(sample_graph.to_networkx().edges(keys=True))


def test_pipeline_new_file_starts_workers_before_checking_the_rest(tmp_path, fake, monkeypatch):
    corpus = _write(tmp_path / "in", PEOPLE)
    settings = RunSettings(cache_path=tmp_path / "cache.sqlite", jobs=2)
    warmed = []
    monkeypatch.setattr(pipeline.LocalBackend, "warm_up", lambda self: warmed.append(True))
    run([corpus], settings)
    assert warmed == [True]  # first build: every file is new
    run([corpus], settings)
    assert warmed == [True]  # nothing new: no worker starts
    _write(corpus, {"d.txt": "Gil Stone met with Bob Jones."})
    _, stats = run([corpus], settings)
    assert warmed == [True, True] and stats.extracted == 1
