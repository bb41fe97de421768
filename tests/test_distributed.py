"""Tests of the Dask path: a LocalCluster run equals the single-process run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import networkx as nx
import pytest

from graphload.pipeline import RunSettings, run
from graphload.synth import generate

pytest.importorskip("dask.distributed")

from graphload.distributed import DaskBackend, run_dask  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent / "data" / "seeds"


def _json(graph) -> str:
    return json.dumps(nx.node_link_data(graph.to_networkx(), edges="edges"), sort_keys=True, ensure_ascii=False)


def test_distributed_local_cluster_equals_single_process(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    for i in range(6):
        (corpus / f"synth_{i}.txt").write_text(generate(i, seed=3, words=100).text, encoding="utf-8")
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, corpus / seed.name)
    (corpus / "empty.txt").write_bytes(b"")
    local, s1 = run([corpus], RunSettings())
    settings = RunSettings(jobs=2, batch_size=3, cache_path=tmp_path / "cache.sqlite")
    dist, s2 = run_dask([corpus], settings)
    assert _json(dist) == _json(local)
    assert [x.source for x in s2.skipped] == [x.source for x in s1.skipped] == ["empty.txt"]
    assert (s2.extracted, s2.read) == (s1.extracted, s1.read) == (11, 11)
    again, s3 = run_dask([corpus], settings)  # the client's cache serves the re-run
    assert (s3.extracted, s3.cached) == (0, 11)
    assert _json(again) == _json(local)


def test_distributed_backend_starts_local_cluster_with_jobs_workers():
    backend = DaskBackend(RunSettings(jobs=2, engine="dask"))
    try:
        assert len(backend.client.scheduler_info()["workers"]) == 2
        assert backend.version() == backend.version()
    finally:
        backend.close()
