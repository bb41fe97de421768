"""cypher/: schema.cypher equals the code's schema; curated queries parse, have headers, declare parameters."""

from __future__ import annotations

import re

import pytest

from cypherlint_helper import CYPHER_FILES, REPO, lint_all
from graphload import neo4j_queries as q

QUERY_FILES = q.list_query_files()


def _statements(text: str) -> list[str]:
    body = "\n".join(line for line in text.splitlines() if not line.strip().startswith("//"))
    return [s.strip() for s in body.split(";") if s.strip()]


@pytest.mark.parametrize("path", CYPHER_FILES, ids=lambda p: p.name)
def test_cypher_files_pass_neo4j_parser_strictly(path):
    linted = lint_all()[str(path)]
    assert linted, f"{path} holds no statement"
    assert [st.diagnostics for st in linted if st.diagnostics] == []


def test_cypher_files_schema_file_equals_code():
    text = (REPO / "cypher" / "schema.cypher").read_text(encoding="utf-8")
    assert _statements(text) == q.schema_statements()


def test_cypher_files_at_least_twelve_curated_queries():
    assert len(QUERY_FILES) >= 12
    assert len({qf.name for qf in QUERY_FILES}) == len(QUERY_FILES)


@pytest.mark.parametrize("qf", QUERY_FILES, ids=lambda qf: qf.name)
def test_cypher_files_query_header_and_parameters(qf):
    assert qf.title and qf.title != qf.path.stem
    assert len(qf.description) > 20
    statements = _statements(qf.text)
    assert len(statements) == 1, "one statement per query file"
    used = set(re.findall(r"\$(\w+)", statements[0]))
    assert used == set(qf.params), "every $parameter is declared in the header with an example, and only those"
    assert all(qf.param_help[p] for p in qf.params)
