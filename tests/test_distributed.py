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

from graphload.distributed import DaskBackend, run_dask

SEEDS = Path(__file__).resolve().parent.parent / "data" / "seeds"


def _json(graph) -> str:
    return json.dumps(nx.node_link_data(graph.to_networkx(), edges="edges"), sort_keys=True, ensure_ascii=False)


@pytest.fixture(scope="module")
def cluster():
    """A LocalCluster of two worker processes, shared by the tests of this module."""
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        yield c


def test_distributed_local_cluster_equals_single_process(tmp_path, cluster):
    corpus = tmp_path / "in"
    corpus.mkdir()
    for i in range(6):
        (corpus / f"synth_{i}.txt").write_text(generate(i, seed=3, words=100).text, encoding="utf-8")
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, corpus / seed.name)
    (corpus / "empty.txt").write_bytes(b"")
    local, s1 = run([corpus], RunSettings())
    settings = RunSettings(jobs=2, batch_size=3, cache_path=tmp_path / "cache.sqlite")
    dist, s2 = run_dask([corpus], settings, scheduler=cluster.scheduler_address)
    assert _json(dist) == _json(local)
    assert [x.source for x in s2.skipped] == [x.source for x in s1.skipped] == ["empty.txt"]
    assert (s2.extracted, s2.read) == (s1.extracted, s1.read) == (11, 11)
    again, s3 = run_dask([corpus], settings, scheduler=cluster.scheduler_address)  # the client's cache serves the re-run
    assert (s3.extracted, s3.cached) == (0, 11)
    assert _json(again) == _json(local)


def test_distributed_backend_starts_local_cluster_with_jobs_workers():
    backend = DaskBackend(RunSettings(jobs=2, engine="dask"))
    try:
        assert len(backend.client.scheduler_info()["workers"]) == 2
        assert backend.cluster is not None
    finally:
        backend.close()
    assert backend.cluster.status.name == "closed"
