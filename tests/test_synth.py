"""Tests of the synthetic corpus generator and ``graphload bench corpus``."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from click.testing import CliRunner

from graphload.cli import cli
from graphload.errors import ConfigError
from graphload.ingest import detect_language
from graphload.synth import doc_path, generate, iter_corpus, write_corpus


def _tree(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*.txt"))}


def test_synth_same_seed_same_files(tmp_path):
    write_corpus(tmp_path / "a", 30, seed=4, words=80)
    write_corpus(tmp_path / "b", 30, seed=4, words=80)
    write_corpus(tmp_path / "c", 30, seed=5, words=80)
    a, b, c = (_tree(tmp_path / x) for x in "abc")
    assert len(a) == 30 and a == b
    assert a != c


@pytest.mark.parametrize("index", range(8))
def test_synth_documents_are_english_or_german(index):
    doc = generate(index, seed=11, lang_mix=0.5)
    assert detect_language(doc.text) == doc.lang


@pytest.mark.parametrize("mix, expected", [(0.0, {"en"}), (1.0, {"de"})])
def test_synth_lang_mix_extremes(mix, expected):
    assert {d.lang for d in iter_corpus(20, seed=1, lang_mix=mix, words=50)} == expected


def test_synth_default_mix_is_mostly_english():
    langs = Counter(d.lang for d in iter_corpus(400, seed=2, words=30))
    assert 0.2 < langs["de"] / 400 < 0.4


@pytest.mark.parametrize("words", [100, 500, 1500])
def test_synth_words_per_doc(words):
    doc = generate(3, seed=0, words=words)
    assert words <= len(doc.text.split()) < words + 60
    assert doc.words == len(doc.text.split())


def test_synth_relation_patterns_and_dateline():
    docs = [generate(i, seed=9, lang_mix=0.5) for i in range(20)]
    joined = "\n".join(d.text for d in docs)
    for phrase in ("met with", "held talks with", "traf sich", "besuchte"):
        assert phrase in joined
    en = next(d.text for d in docs if d.lang == "en")
    de = next(d.text for d in docs if d.lang == "de")
    city = re.search(r"\n\n([^\n,]+), \d{1,2} [A-Z][a-z]+ \d{4} –", en)
    assert city and city.group(1).isupper()
    assert re.search(r"\n\n[^\n,]+, \d{1,2}\. [A-ZÄ][a-zä]+ \d{4} –", de)


def test_synth_shards_of_a_thousand(tmp_path):
    assert doc_path(tmp_path, 0) == tmp_path / "0000" / "doc_0000000.txt"
    assert doc_path(tmp_path, 2345) == tmp_path / "0002" / "doc_0002345.txt"
    info = write_corpus(tmp_path, 3, start=999, words=40)
    assert info.files == 3 and sorted(p.parent.name for p in tmp_path.rglob("*.txt")) == ["0000", "0001", "0001"]


def test_synth_bad_lang_mix_raises():
    with pytest.raises(ConfigError, match="lang-mix"):
        list(iter_corpus(1, lang_mix=1.5))


def test_synth_bench_corpus_command(tmp_path):
    result = CliRunner().invoke(cli, ["bench", "corpus", "--docs", "12", "-o", str(tmp_path), "--seed", "3",
                                      "--words-per-doc", "60"])
    assert result.exit_code == 0, result.output
    assert "files" in result.output and "12" in result.output
    assert len(list(tmp_path.rglob("*.txt"))) == 12


def test_synth_bench_extract_reports_each_run_and_the_median(tmp_path):
    """The measurement itself, on a tiny corpus: every run in its own process, then the median ratio."""
    result = CliRunner().invoke(cli, ["bench", "extract", "--words", "3000", "--repeat", "2"])
    assert result.exit_code == 0, result.output
    for row in ("run 1: tokenizer words/s", "run 2: extractor words/s", "run 2: ratio", "ratio, median"):
        assert row in result.output
    ratios = [float(line.split()[-1]) for line in result.output.splitlines() if line.startswith("run") and "ratio" in line]
    assert len(ratios) == 2 and all(r > 0 for r in ratios)
