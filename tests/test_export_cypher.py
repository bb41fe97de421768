"""export_cypher: escaped Cypher literals, a script Neo4j's parser accepts, CSV for neo4j-admin."""

from __future__ import annotations

import csv
import re

import pytest
from click.testing import CliRunner

from cypherlint_helper import HOSTILE, hostile_graph, lint_all
from graphload import neo4j_queries as q
from graphload.cli import cli
from graphload.errors import GraphFormatError
from graphload.export_cypher import (cypher_literal, cypher_name, cypher_string, render_script,
                                     script_statements, write_csv)
from graphload.graph import write_json

_UNESCAPE = {"\\": "\\", "'": "'", '"': '"', "n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}


def unescape_cypher(literal: str) -> str:
    """Decode a single-quoted Cypher string literal the way Neo4j's lexer does (independent of the encoder)."""
    assert literal[0] == literal[-1] == "'"
    body, out, i = literal[1:-1], [], 0
    while i < len(body):
        ch = body[i]
        assert ch != "'", f"unescaped quote at {i} in {literal!r}"
        if ch == "\\":
            nxt = body[i + 1]
            if nxt in "uU":
                out.append(chr(int(body[i + 2:i + 6], 16)))
                i += 6
                continue
            out.append(_UNESCAPE[nxt])
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out).encode("utf-16", "surrogatepass").decode("utf-16")


@pytest.mark.parametrize("text", HOSTILE + ["", "\\", "'", "\\'", "a\\\\'b", "\U0001F600\U000E0001"])
@pytest.mark.parametrize("ascii_only", [False, True])
def test_export_cypher_string_round_trips(text, ascii_only):
    literal = cypher_string(text, ascii_only)
    assert unescape_cypher(literal) == text
    assert "\n" not in literal and "\r" not in literal and "\x00" not in literal
    if ascii_only:
        assert literal.isascii()


@pytest.mark.parametrize("text, expected", [
    ("O'Brien", r"'O\'Brien'"),
    ("a\\b", r"'a\\b'"),
    ("`x`", "'`x`'"),
    ("l1\nl2", r"'l1\nl2'"),
    ("nul\x00", r"'nul\u0000'"),
    ("rtl\u202e", r"'rtl\u202E'"),
    ("Köln 北京", "'Köln 北京'"),
])
def test_export_cypher_string_examples(text, expected):
    assert cypher_string(text) == expected


def test_export_cypher_ascii_escapes_astral_as_surrogates():
    assert cypher_string("😀", ascii_only=True) == r"'\uD83D\uDE00'"


@pytest.mark.parametrize("value, expected", [
    (None, "null"), (True, "true"), (False, "false"), (3, "3"), (0.25, "0.25"),
    ([1, "a", None], "[1, 'a', null]"), ({"id": "x", "we`ird": [1.5]}, "{id: 'x', `we``ird`: [1.5]}"),
])
def test_export_cypher_literal(value, expected):
    assert cypher_literal(value) == expected


@pytest.mark.parametrize("value", [float("nan"), float("inf"), object()])
def test_export_cypher_literal_refuses_unrepresentable(value):
    with pytest.raises(GraphFormatError):
        cypher_literal(value)


def test_export_cypher_name_quotes_non_identifiers():
    assert cypher_name("doc_count") == "doc_count"
    assert cypher_name("a b") == "`a b`"
    assert cypher_name("x`}) DETACH DELETE n //") == "`x``}) DETACH DELETE n //`"


@pytest.mark.parametrize("source", ["export", "export_ascii"])
def test_export_cypher_script_passes_neo4j_parser_strictly(source):
    linted = lint_all()[source]
    assert len(linted) >= 4 and all(st.text.startswith("UNWIND [") for st in linted)
    assert [st.diagnostics for st in linted if st.diagnostics] == []


@pytest.mark.parametrize("batch_size", [1, 3, 500])
def test_export_cypher_script_batches(sample_nx, batch_size):
    statements = script_statements(sample_nx, batch_size)
    n_schema = len(q.schema_statements())
    assert statements[:n_schema] == q.schema_statements()
    unwinds = statements[n_schema:]
    per_kind = {}
    for n, a in sample_nx.nodes(data=True):
        per_kind[a["label"]] = per_kind.get(a["label"], 0) + 1
    for *_, a in sample_nx.edges(data=True):
        per_kind[a["type"]] = per_kind.get(a["type"], 0) + 1
    assert len(unwinds) == sum(-(-n // batch_size) for n in per_kind.values())
    assert all(s.startswith("UNWIND [") and "$" not in s.split("] AS row")[-1] for s in unwinds)


def test_export_cypher_script_keeps_every_value(sample_nx):
    text = render_script(sample_nx)
    for _, a in sample_nx.nodes(data=True):
        assert cypher_string(a["name"]) in text
    for *_, a in sample_nx.edges(data=True):
        if "evidence" in a:
            assert cypher_string(a["evidence"]) in text


def _read_csv(path):
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def test_export_cypher_csv_files_and_headers(sample_nx, tmp_path):
    done = write_csv(sample_nx, tmp_path / "import")
    names = sorted(p.name for p in done.nodes + done.relationships)
    assert "nodes_Person.csv" in names and "rels_MENTIONS.csv" in names and "rels_MET_WITH.csv" in names
    person = _read_csv(tmp_path / "import" / "nodes_Person.csv")
    assert person[0][:2] == ["id:ID", ":LABEL"]
    assert {"name", "aliases:string[]", "doc_count:int"} <= set(person[0])
    row = dict(zip(person[0], next(r for r in person[1:] if r[0] == "person:ban-ki-moon")))
    assert row[":LABEL"].split(done.array_delimiter) == ["Entity", "Person"]
    assert row["aliases:string[]"].split(done.array_delimiter) == ["Ban Ki-moon", "Mr. Ban"]
    met = _read_csv(tmp_path / "import" / "rels_MET_WITH.csv")
    assert met[0][:4] == [":START_ID", ":END_ID", ":TYPE", "key"]
    assert {"doc", "evidence", "date", "confidence:float"} <= set(met[0])
    assert len(met) - 1 == sum(1 for *_, a in sample_nx.edges(data=True) if a["type"] == "MET_WITH")
    mentions = _read_csv(tmp_path / "import" / "rels_MENTIONS.csv")
    assert "count:int" in mentions[0]


def test_export_cypher_csv_command(sample_nx, tmp_path):
    done = write_csv(sample_nx, tmp_path)
    cmd = done.command()
    assert cmd.startswith("neo4j-admin database import full ")
    assert cmd.endswith(" neo4j")
    assert cmd.count("--nodes=") == len(done.nodes) and cmd.count("--relationships=") == len(done.relationships)
    assert "--array-delimiter=" in cmd and "--multiline-fields=true" in cmd


def test_export_cypher_csv_hostile_values_survive(tmp_path):
    g = hostile_graph()
    done = write_csv(g, tmp_path)
    assert done.array_delimiter not in "".join(a for _, d in g.nodes(data=True) for a in d.get("aliases", []))
    rows = _read_csv(tmp_path / "nodes_Person.csv")
    header = rows[0]
    names = {dict(zip(header, r))["name"] for r in rows[1:]}
    assert names == set(HOSTILE)


def test_export_cypher_csv_delimiter_avoids_values(sample_nx, tmp_path):
    sample_nx.nodes["person:ban-ki-moon"]["aliases"] = ["A|B"]
    assert write_csv(sample_nx, tmp_path).array_delimiter != "|"


def test_export_cypher_cli(sample_nx, tmp_path):
    graph = write_json(sample_nx, tmp_path / "graph.json")
    runner = CliRunner()
    res = runner.invoke(cli, ["export", "cypher", str(graph), "-o", str(tmp_path / "load.cypher")])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "load.cypher").read_text(encoding="utf-8").count(";\n") == len(script_statements(sample_nx))
    res = runner.invoke(cli, ["export", "csv", str(graph), "-o", str(tmp_path / "import")])
    assert res.exit_code == 0, res.output
    assert re.search(r"^neo4j-admin database import full .*--nodes=", res.stdout, re.M)
