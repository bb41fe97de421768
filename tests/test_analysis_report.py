"""Tests of graphload.analysis.report and the analysis commands: renderers parse, CLI behaves."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
from click.testing import CliRunner

from graphload.analysis.exporting import write_with_metrics
from graphload.analysis.metrics import METRICS, MetricSettings
from graphload.analysis.report import (
    ReportOptions, build_report, render_csv, render_json, render_markdown, report_markdown_for_build,
    report_summary, write_report,
)
from graphload.analysis.views import ViewOptions, build_view
from graphload.cli import cli
from graphload.errors import ConfigError
from graphload.graph import write_json


def test_report_headline_and_ranking(sample_nx):
    report = build_report(sample_nx, ReportOptions(top=3))
    h = report.headline
    assert (h.nodes, h.edges, h.components, h.largest_component) == (9, 10, 1, 9)
    assert h.density == pytest.approx(10 / 36)
    assert [t.metric for t in report.tables] == list(METRICS)
    deg = report.tables[0]
    assert [(r.name, r.label, r.doc_count, r.value) for r in deg.rows] == [
        ("Kazakhstan", "Country", 2, 4), ("Astana", "Place", 2, 3), ("Ban Ki-moon", "Person", 1, 3)]


def test_report_label_filter_ranks_only_that_label(sample_nx):
    report = build_report(sample_nx, ReportOptions(metrics=("pagerank",), labels=("Person",), top=10))
    rows = report.tables[0].rows
    assert len(rows) == 5 and {r.label for r in rows} == {"Person"}
    assert report.headline.nodes == 9  # metrics still use the whole view


def test_report_meetings_view_headline(sample_nx):
    report = build_report(sample_nx, ReportOptions(ViewOptions("meetings"), ("degree",)))
    h = report.headline
    assert (h.nodes, h.edges, h.components, h.largest_component) == (5, 3, 2, 3)
    assert h.largest_share == pytest.approx(0.6)


def test_report_markdown_rows_count(sample_nx):
    text = render_markdown(build_report(sample_nx, ReportOptions(top=4)))
    rows = [line for line in text.splitlines() if line.startswith("| ") and not line.startswith("| rank")]
    assert len(rows) == 4 * len(METRICS)
    assert "Components: 1" in text


def test_report_csv_and_json_parse(sample_nx):
    report = build_report(sample_nx, ReportOptions(top=2))
    rows = list(csv.DictReader(io.StringIO(render_csv(report))))
    assert len(rows) == 2 * len(METRICS)
    assert rows[0]["metric"] == "degree" and rows[0]["name"] == "Kazakhstan" and float(rows[0]["value"]) == 4
    data = json.loads(render_json(report))
    assert data["headline"]["nodes"] == 9
    assert [t["metric"] for t in data["tables"]] == list(METRICS)
    pr = {r["id"]: r["value"] for r in data["tables"][2]["rows"]}
    ref = nx.pagerank(nx.Graph(build_view(sample_nx)), weight="weight")
    assert all(pr[n] == pytest.approx(ref[n]) for n in pr)


def test_report_failed_metric_is_a_note_row(sample_nx):
    options = ReportOptions(metrics=("eigenvector", "degree"), settings=MetricSettings(eigen_max_iter=1))
    report = build_report(sample_nx, options)
    assert report.tables[0].rows == [] and "did not converge" in report.tables[0].note
    assert report.tables[1].rows  # the report continued
    rows = list(csv.DictReader(io.StringIO(render_csv(report))))
    assert rows[0]["metric"] == "eigenvector" and "did not converge" in rows[0]["note"]
    assert "did not converge" in render_markdown(report)


def test_report_sampling_notes_on_large_views(sample_nx):
    report = build_report(sample_nx, ReportOptions(settings=MetricSettings(large=3, betweenness_k=4)))
    assert any("betweenness sampled: 4 of 9" in n for n in report.notes)
    assert any("closeness computed exactly" in n for n in report.notes)


def test_report_build_helpers(sample_nx, tmp_path):
    text = report_markdown_for_build(sample_nx, top=2)
    assert text.startswith("# graphload centrality report")
    report = write_report(sample_nx, tmp_path / "out" / "report.md", top=3)
    text = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert sum(line.startswith("| 1 |") for line in text.splitlines()) == len(METRICS)
    summary = report_summary(report)
    assert summary["nodes"] == 9 and summary["metric"] == "pagerank"
    assert summary["top"][0][0] == "Kazakhstan" and len(summary["top"]) == 3


def test_report_bad_options():
    with pytest.raises(ConfigError):
        ReportOptions(metrics=("fame",))
    with pytest.raises(ConfigError):
        ReportOptions(top=0)


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_report_export_with_metrics(sample_nx, tmp_path, fmt):
    path = tmp_path / f"g.{fmt}"
    write_with_metrics(sample_nx, path, fmt)
    back = nx.read_gexf(path) if fmt == "gexf" else nx.read_graphml(path)
    kz = back.nodes["country:kz"]
    assert kz["degree"] == 4
    assert kz["pagerank"] == pytest.approx(nx.pagerank(nx.Graph(build_view(sample_nx)),
                                                       weight="weight")["country:kz"])
    assert "Kasachstan" in kz["aliases"]
    assert back.number_of_edges() == sample_nx.number_of_edges()


@pytest.fixture
def graph_file(sample_nx, tmp_path):
    return str(write_json(sample_nx, tmp_path / "graph.json"))


@pytest.mark.parametrize(
    "args, expected",
    [
        (["report", "{g}", "--metric", "degree", "--top", "2"], "Kazakhstan"),
        (["report", "{g}", "--view", "meetings", "--format", "markdown"], "| 1 | Ban Ki-moon | Person |"),
        (["ego", "tokajew", "-g", "{g}", "--depth", "1"], "António Guterres"),
        (["path", "ban ki-moon", "Tokayev", "-g", "{g}"], "Guterres traf Tokajew."),
        (["communities", "-g", "{g}", "--seed", "1"], "modularity"),
        (["timeline", "antonio guterres", "-g", "{g}", "--format", "json"], '"type": "VISITED"'),
    ],
)
def test_report_commands(graph_file, args, expected):
    result = CliRunner().invoke(cli, [a.replace("{g}", graph_file) for a in args])
    assert result.exit_code == 0, result.output
    assert expected in result.output


def test_report_command_writes_csv(graph_file, tmp_path):
    out = tmp_path / "r.csv"
    result = CliRunner().invoke(cli, ["report", graph_file, "--format", "csv", "--top", "3", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert len(list(csv.DictReader(out.open(encoding="utf-8")))) == 3 * len(METRICS)


def test_report_command_unknown_name_exits_1(graph_file):
    result = CliRunner().invoke(cli, ["ego", "Guteres", "-g", graph_file])
    assert result.exit_code == 1
    assert "closest: António Guterres" in result.output


def test_report_command_export_gexf(graph_file, tmp_path):
    out = tmp_path / "g.gexf"
    result = CliRunner().invoke(cli, ["export", "gexf", graph_file, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert nx.read_gexf(out).nodes["country:kz"]["kind"] == "Country"
