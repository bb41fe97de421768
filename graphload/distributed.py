"""Extraction as a Dask job: the same run on a LocalCluster or on a real cluster.

Dask (``dask.distributed``) is pure Python and pip-installable, runs the same
code on a ``LocalCluster`` and on a cluster started with ``dask-scheduler`` /
``dask-worker`` (or on Kubernetes / YARN), needs no JVM (unlike Spark) and is
lighter than Ray. The client finds the files and plans batches against the
cache exactly as :func:`graphload.pipeline.run` does; workers read and extract
the files of a batch (so they must see the same paths: a shared file system)
and build their Extractor once (a module global in
:mod:`graphload.pipeline`); results come back as compressed JSON and are
merged in the client in discovery order, so the graph equals the local one.

>>> graph, stats = run_dask(["data/seeds"], RunSettings(jobs=2))  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from .errors import ConfigError
from .graph import Graph
from .pipeline import (
    Progress,
    RunSettings,
    RunStats,
    process_batch,
    quick_version,
    run,
    worker_version,
)


class DaskBackend:
    """Batches run as Dask tasks on a LocalCluster or on the scheduler at ``settings.scheduler``."""

    def __init__(self, settings: RunSettings):
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise ConfigError(
                "engine 'dask' needs dask.distributed: pip install 'dask[distributed]', or use --jobs without dask"
            ) from None
        self.settings = settings
        self.cluster = None
        try:
            if settings.scheduler:
                self.client = Client(settings.scheduler, timeout="30s")
            else:
                self.cluster = LocalCluster(
                    n_workers=max(1, settings.jobs), threads_per_worker=1, processes=True, dashboard_address=None
                )
                self.client = Client(self.cluster)
        except (OSError, TimeoutError) as exc:
            raise ConfigError(
                f"dask scheduler {settings.scheduler!r}: cannot connect ({exc}); check the address (tcp://host:8786)"
            ) from None

    def version(self) -> str:
        """The extractor's cache key: cheap when extract.py can tell it, else computed on a worker."""
        cheap = quick_version(self.settings.extract)
        if cheap is not None:
            return cheap
        return self.client.submit(worker_version, self.settings.extract, pure=False).result()

    def warm_up(self) -> None:
        """Nothing to start: the cluster's workers are already running."""

    def submit(self, items: list[tuple[str, str]]):
        """Start one batch as a task; workers do not open the client's cache file."""
        s = self.settings
        return self.client.submit(process_batch, items, s.extract, s.max_bytes, None, pure=False)

    def close(self) -> None:
        """Disconnect, and stop the LocalCluster if this backend started one."""
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def run_dask(
    paths: Iterable[str | Path], settings: RunSettings, scheduler: str | None = None,
    progress: Progress | None = None,
) -> tuple[Graph, RunStats]:
    """Run the pipeline with extraction on Dask; ``scheduler=None`` starts a LocalCluster."""
    return run(paths, replace(settings, engine="dask", scheduler=scheduler or settings.scheduler), progress)
