"""The main jobs end to end through the CLI: extract, build, evaluate, and every command's help."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import click
import networkx as nx
import pytest
from click.testing import CliRunner

from graphload.cli import cli
from graphload.graph import read_json

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "data" / "seeds"


def _invoke(args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_cli_extract_writes_node_link_json(tmp_path):
    out = tmp_path / "g.json"
    result = _invoke(["extract", SEEDS, "-o", out, "--graphml", tmp_path / "g.graphml"])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["directed"] and data["multigraph"] and data["nodes"] and data["edges"]
    g = read_json(out)
    assert isinstance(g, nx.MultiDiGraph)
    assert sum(1 for _, a in g.nodes(data=True) if a["label"] == "Document") == 5
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_nodes() == g.number_of_nodes()
    assert "documents: 5" in result.output


def test_cli_extract_reports_bad_files_and_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (folder / "good.txt").write_text((SEEDS / "003_af52a0a4b4611f5f.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "copy.txt").write_text((SEEDS / "003_af52a0a4b4611f5f.txt").read_text(encoding="utf-8"), encoding="utf-8")
    result = _invoke(["extract", folder, "-o", tmp_path / "g.json"])
    assert result.exit_code == 0
    assert "empty.txt: empty file" in result.stderr
    assert "image.txt: binary file" in result.stderr
    assert "duplicate" in result.stderr
    assert "read 2, skipped 2, duplicates 1" in result.stderr
    assert sum(1 for _, a in read_json(tmp_path / "g.json").nodes(data=True) if a["label"] == "Document") == 1


def test_cli_extract_fails_when_nothing_is_readable(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = _invoke(["extract", tmp_path / "empty.txt", "-o", tmp_path / "g.json"])
    assert result.exit_code != 0
    assert "no document could be read" in result.output + result.stderr


def test_cli_build_writes_every_output(tmp_path):
    out = tmp_path / "out"
    result = _invoke(["build", SEEDS, "-o", out])
    assert result.exit_code == 0, result.output
    for name in ("graph.json", "graph.graphml", "report.md", "network.html", "cache.sqlite"):
        assert (out / name).exists(), name
    assert "top 10" in result.output
    again = _invoke(["build", SEEDS, "-o", out])
    assert "extracted 0, from cache 5" in again.stderr


def test_cli_build_rerun_graph_json_equals_fresh_build(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for seed in seeds[:3]:
        shutil.copy(seed, corpus / seed.name)
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    args = ["--no-html", "--no-report"]
    assert _invoke(["build", corpus, "-o", out, *args]).exit_code == 0
    assert (out / "graph.json.layout").exists()
    shutil.copy(seeds[3], corpus / seeds[3].name)
    (corpus / seeds[0].name).unlink()
    assert _invoke(["build", corpus, "-o", out, *args]).exit_code == 0
    assert _invoke(["build", corpus, "-o", fresh, "--no-cache", *args]).exit_code == 0
    for name in ("graph.json", "graph.graphml"):
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name


def test_cli_evaluate_prints_scores(tmp_path):
    _invoke(["extract", SEEDS, "-o", tmp_path / "g.json"])
    result = _invoke(["evaluate", tmp_path / "g.json", ROOT / "data" / "eval" / "gold", "--docs"])
    assert result.exit_code == 0
    line = [x for x in result.output.splitlines() if x.startswith("entities")][0]
    assert float(line.split("F1=")[1]) >= 0.9


def _commands(group: click.Group, prefix=()):
    for name, cmd in sorted(group.commands.items()):
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, prefix + (name,))
        else:
            yield prefix + (name,)


@pytest.mark.parametrize("path", list(_commands(cli)), ids=lambda p: " ".join(p))
def test_cli_every_help_ends_with_an_example(path):
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output
    assert "graphload " in result.output.split("Example")[-1]
