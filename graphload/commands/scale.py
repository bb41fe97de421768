"""Scale benchmarks: ``graphload bench corpus``, ``bench extract`` and ``bench build``."""

from __future__ import annotations

import os
import resource
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import click

from ..extract import ExtractSettings
from ..models import Document
from ._common import err_console, handle_errors, out_console, progress_bar


def _peak_mb() -> tuple[float, float]:
    """Peak resident memory in MB of this process and of its (waited-for) children."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, kids


def _row(name: str, value) -> None:
    """One result line on stdout."""
    out_console.print(f"{name:<28} {value}", highlight=False)


@click.command("corpus")
@click.option("--docs", type=click.IntRange(min=1), default=1000, show_default=True, help="Number of documents.")
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder to write the .txt files to (shards of 1000 files).")
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed: same seed, same files.")
@click.option("--lang-mix", type=click.FloatRange(0, 1), default=0.3, show_default=True,
              help="Share of German documents.")
@click.option("--words-per-doc", type=click.IntRange(min=20), default=500, show_default=True,
              help="Approximate words per document.")
@handle_errors
def corpus_cmd(docs: int, out_dir: Path, seed: int, lang_mix: float, words_per_doc: int) -> None:
    """Write a synthetic corpus of English and German diplomatic news.

    \b
    Example:
        graphload bench corpus --docs 5000 -o /tmp/corpus --seed 1
    """
    from ..synth import write_corpus

    info = write_corpus(out_dir, docs, seed=seed, lang_mix=lang_mix, words=words_per_doc)
    _row("files", info.files)
    _row("words", info.words)
    _row("languages", ", ".join(f"{k} {v}" for k, v in sorted(info.languages.items())))
    _row("seconds", f"{info.seconds:.1f}")
    _row("folder", out_dir)


def _documents(words: int, seed: int) -> tuple[list[str], list[Document]]:
    """Generated texts of at least ``words`` words and their Documents."""
    from ..ingest import document_id, normalise_text
    from ..synth import iter_corpus

    texts, docs, total, i = [], [], 0, 0
    while total < words:
        for sd in iter_corpus(1000, seed=seed, start=i):
            text = normalise_text(sd.text)
            texts.append(text)
            docs.append(Document(document_id(text), f"synth/{sd.index}", text, sd.title, sd.lang, None,
                                 len(text), ""))
            total += len(text.split())
            if total >= words:
                break
        i += 1000
    return texts, docs


def _extract_chunk(docs: list[Document]) -> int:
    """Worker: extract a chunk of documents with this process's Extractor."""
    from ..pipeline import get_extractor

    ext = get_extractor(ExtractSettings())
    for d in docs:
        ext.extract(d)
    return len(docs)


def _parallel_rate(docs: list[Document], jobs: int) -> float:
    """Documents extracted per second by ``jobs`` processes (Extractor start-up excluded)."""
    from ..pipeline import init_worker, worker_version

    with ProcessPoolExecutor(jobs, initializer=init_worker, initargs=(ExtractSettings(),)) as pool:
        list(pool.map(worker_version, [ExtractSettings()] * jobs))  # every worker built its Extractor
        began = time.perf_counter()
        chunks = [docs[i : i + 50] for i in range(0, len(docs), 50)]
        sum(pool.map(_extract_chunk, chunks))
        return time.perf_counter() - began


def _interleaved(tokenize, extract, texts: list[str], docs: list[Document], block: int = 100) -> tuple[float, float]:
    """CPU seconds spaCy's tokenizer and the extractor take on all texts, timed block by block in turn.

    Both are timed with this process's CPU clock, so other programs on the machine do not count,
    and they take turns every ``block`` documents, so what load remains (caches, frequency) falls on
    both alike; each still meets every text for the first time in the same order.
    """
    tok_s = ext_s = 0.0
    for lo in range(0, len(texts), block):
        began = time.process_time()
        for t in texts[lo:lo + block]:
            tokenize(t)
        tok_s += time.process_time() - began
        began = time.process_time()
        for d in docs[lo:lo + block]:
            extract(d)
        ext_s += time.process_time() - began
    return tok_s, ext_s


def _one_measurement(words: int, seed: int) -> tuple[int, int, float, float, float]:
    """In a fresh process: documents, words, extractor start-up s, tokenizer CPU s, extractor CPU s."""
    import spacy

    from ..extract import Extractor

    texts, docs = _documents(words, seed)
    nlp = spacy.blank("en")
    began = time.perf_counter()
    extractor = Extractor()
    start_up = time.perf_counter() - began
    tok_s, ext_s = _interleaved(nlp.tokenizer, extractor.extract, texts, docs)
    return len(docs), sum(len(t.split()) for t in texts), start_up, tok_s, ext_s


@click.command("extract")
@click.option("--words", type=click.IntRange(min=1000), default=2_000_000, show_default=True,
              help="Generate at least this many words (in memory).")
@click.option("--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Also measure extraction with N processes when N > 1.")
@click.option("--repeat", type=click.IntRange(min=1), default=3, show_default=True,
              help="Measure this many times, each in a new process; the median ratio decides.")
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed of the corpus.")
@handle_errors
def extract_cmd(words: int, jobs: int, repeat: int, seed: int) -> None:
    """Extraction speed against spaCy's bare tokenizer, on one core (target ratio >= 0.5).

    Words per CPU second: the tokenizer and the extractor take turns on the same generated texts,
    so a busy machine slows both. Each measurement runs in a new process (both start cold); the
    median of the ratios decides, since one run on a shared machine can be off by several percent.

    \b
    Example:
        graphload bench extract --words 2000000 --jobs 2
    """
    import statistics
    from multiprocessing import get_context

    ratios = []
    for run in range(1, repeat + 1):
        with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
            n_docs, n_words, start_up, tok_s, ext_s = pool.submit(_one_measurement, words, seed).result()
        tok, ext = n_words / tok_s, n_words / ext_s
        ratios.append(ext / tok)
        if run == 1:
            _row("documents", n_docs)
            _row("words", n_words)
            _row("extractor start-up s", f"{start_up:.2f}")
        _row(f"run {run}: tokenizer words/s", f"{tok:,.0f}")
        _row(f"run {run}: extractor words/s", f"{ext:,.0f}")
        _row(f"run {run}: ratio", f"{ext / tok:.3f}")
    median = statistics.median(ratios)
    _row("ratio, median (target >= 0.5)", f"{median:.3f} {'ok' if median >= 0.5 else 'BELOW TARGET'}")
    if jobs > 1:
        docs = _documents(words, seed)[1]
        par = n_words / _parallel_rate(docs, jobs)
        _row(f"extractor words/s, {jobs} jobs", f"{par:,.0f}")


def _timed_build(paths: list[Path], out: Path, jobs: int, batch_size: int, engine: str) -> tuple[float, float, object]:
    """Run the pipeline with a cache in ``out``, write graph.json and graph.graphml; returns run s, write s, stats."""
    from ..graph import write_graphml, write_json
    from ..pipeline import RunSettings, run

    settings = RunSettings(jobs=jobs, cache_path=out / "cache.sqlite", batch_size=batch_size, engine=engine)
    if hasattr(os, "sync"):
        os.sync()  # each timed build starts from a quiet disk, not under the write-back of the one before
    began = time.perf_counter()
    with progress_bar() as progress:
        graph, stats = run(paths, settings, progress)
    ran = time.perf_counter() - began
    # streamed from the Graph (no networkx mirror); unchanged documents' edge lines are copied from the last files
    write_json(graph, out / "graph.json", reuse_key=stats.extractor_version)
    write_graphml(graph, out / "graph.graphml", reuse_key=stats.extractor_version)
    return ran, time.perf_counter() - began - ran, stats


def _count_words(folder: Path) -> int:
    """Whitespace words of every .txt file under ``folder``."""
    return sum(len(p.read_text(encoding="utf-8", errors="replace").split()) for p in folder.rglob("*.txt"))


@click.command("build")
@click.option("--docs", type=click.IntRange(min=1), default=5000, show_default=True,
              help="Documents to generate (ignored with --corpus).")
@click.option("--corpus", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Use this folder instead of generating a corpus (it is not modified).")
@click.option("--jobs", type=click.IntRange(min=1), default=2, show_default=True, help="Extraction processes.")
@click.option("--added", type=click.IntRange(min=0), default=1000, show_default=True,
              help="New documents added before the incremental re-run.")
@click.option("--batch-size", type=click.IntRange(min=1), default=200, show_default=True)
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--workdir", type=click.Path(file_okay=False, path_type=Path),
              help="Where the temporary corpus and output go (default: the system temp folder).")
@handle_errors
def build_cmd(docs, corpus, jobs, added, batch_size, engine, seed, workdir) -> None:
    """Full build and incremental re-run: docs/s, words/s, wall time, peak memory.

    Measures what ``graphload build --no-report --no-html`` does: the pipeline,
    graph.json and graph.graphml. Targets: 100,000 documents with --jobs 2 in under 15 minutes and 4 GB;
    a re-run after adding 1,000 documents in under 5% of the full build.

    \b
    Example:
        graphload bench build --docs 5000 --jobs 2 --added 1000
    """
    from ..synth import write_corpus

    if workdir:
        workdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="graphload-bench-", dir=workdir) as tmp:
        tmp = Path(tmp)
        if corpus is None:
            corpus = tmp / "corpus"
            info = write_corpus(corpus, docs, seed=seed)
            err_console.print(f"generated {info.files} documents ({info.words} words) in {info.seconds:.1f} s")
        words = _count_words(corpus)
        ran, wrote, stats = _timed_build([corpus], tmp / "out", jobs, batch_size, engine)
        total = ran + wrote
        own, kids = _peak_mb()
        _row("documents", stats.read)
        _row("words", words)
        _row("skipped", len(stats.skipped))
        _row("full build s", f"{total:.1f} (run {ran:.1f}, graph.json + graph.graphml {wrote:.1f})")
        _row("full build stages s", ", ".join(f"{k} {v:.1f}" for k, v in stats.timings.items()))
        _row("docs/s", f"{stats.read / total:,.1f}")
        _row("words/s", f"{words / total:,.0f}")
        _row("peak memory MB", f"{own + jobs * kids:,.0f} (main {own:,.0f} + {jobs} x largest worker {kids:,.0f})")
        if added:
            extra = tmp / "added"
            write_corpus(extra, added, seed=seed, start=10_000_000)
            ran2, wrote2, stats2 = _timed_build([corpus, extra], tmp / "out", jobs, batch_size, engine)
            again = ran2 + wrote2
            _row("re-run s", f"{again:.1f} (extracted {stats2.extracted}, cached {stats2.cached}, "
                             f"{'from the snapshot' if stats2.snapshot else 'no snapshot'})")
            _row("re-run stages s", ", ".join(f"{k} {v:.1f}" for k, v in stats2.timings.items()) + f", graph.json + graph.graphml {wrote2:.1f}")
            _row("re-run / full (target <5%)", f"{100 * again / total:.1f}%")


def register(group: click.Group) -> None:
    """Add the scale benchmarks to the ``bench`` group."""
    from .bench import bench

    for cmd in (corpus_cmd, extract_cmd, build_cmd):
        bench.add_command(cmd)
