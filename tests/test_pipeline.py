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
from graphload.errors import ConfigError
from graphload.models import DocResult, Entity, Relation, make_id
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
