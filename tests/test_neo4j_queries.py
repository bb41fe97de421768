"""Statements of graphload.neo4j_queries: Neo4j's parser accepts them, names come from the model only."""

from __future__ import annotations

import pytest

from cypherlint_helper import lint_all
from graphload import neo4j_queries as q
from graphload.errors import ConfigError, GraphFormatError
from graphload.models import ALL_LABELS, REL_TYPES


def test_neo4j_queries_every_template_passes_neo4j_parser_strictly():
    linted = lint_all()["templates"]
    names = lint_all()["template_names"]
    assert len(linted) == len(names)
    problems = {name: st.diagnostics for name, st in zip(names, linted) if st.diagnostics}
    assert problems == {}


def test_neo4j_queries_one_template_per_label_and_type():
    templates = q.load_templates()
    assert {k for kind, k in templates if kind == "node"} == set(ALL_LABELS)
    assert {k for kind, k in templates if kind == "rel"} == set(REL_TYPES)
    assert templates is q.load_templates()  # built once
    assert all("$rows" in s for s in templates.values())


@pytest.mark.parametrize("label, pattern", [("Person", "n:Entity:Person"), ("Event", "n:Entity:Event"),
                                            ("Document", "n:Document")])
def test_neo4j_queries_node_pattern(label, pattern):
    assert q.node_pattern(label) == pattern
    assert q.node_merge(label).startswith(f"UNWIND $rows AS row MERGE ({pattern} {{id: row.id}})")


def test_neo4j_queries_mentions_start_at_documents_and_key_the_merge():
    assert "MATCH (a:Document {id: row.from})" in q.rel_merge("MENTIONS")
    assert "MERGE (a)-[r:MET_WITH {key: row.key}]->(b) SET r += row.props" in q.rel_merge("MET_WITH")


@pytest.mark.parametrize("bad", ["Person) DETACH DELETE n //", "person", "Human", "", None, "Entity`"])
def test_neo4j_queries_unknown_label_refused(bad):
    with pytest.raises(GraphFormatError, match="not one of the model's labels"):
        q.node_merge(bad)


def test_neo4j_queries_bare_entity_is_not_a_node_kind():
    with pytest.raises(GraphFormatError):
        q.node_merge("Entity")


@pytest.mark.parametrize("bad", ["MET_WITH]->(b) DETACH DELETE a //", "met_with", "KNOWS", "", None])
def test_neo4j_queries_unknown_type_refused(bad):
    with pytest.raises(GraphFormatError, match="not one of the model's types"):
        q.rel_merge(bad)


def test_neo4j_queries_schema_covers_every_label_and_type():
    schema = "\n".join(q.schema_statements())
    for label in ("Entity", *ALL_LABELS):
        assert f"FOR (n:{label}) REQUIRE n.id IS UNIQUE" in schema
    for rel_type in REL_TYPES:
        assert f"FOR ()-[r:{rel_type}]-() ON (r.doc)" in schema
    assert all("IF NOT EXISTS" in s for s in q.schema_statements())
    assert q.schema_statements()[: len(q.constraint_statements())] == q.constraint_statements()


@pytest.mark.parametrize("name, expected", [
    ("wipe", True), ("sync 0", True), ("sync 1", True), ("sync 2", True), ("bench cleanup", True),
    ("load node Person", False), ("schema 0", False), ("pull rels MET_WITH", False), ("count nodes", False),
])
def test_neo4j_queries_in_transactions_flags_self_batching_statements(name, expected):
    assert q.in_transactions(q.all_statements()[name]) is expected


def test_neo4j_queries_parameters_declared_are_the_ones_used():
    import re

    used = {m for s in q.all_statements().values() for m in re.findall(r"\$(\w+)", s)}
    assert used == set(q.PARAMETERS)


@pytest.mark.parametrize("name", ["who_met_whom", "01_who_met_whom", "cypher/queries/01_who_met_whom.cypher"])
def test_neo4j_queries_find_query_file(name, monkeypatch):
    monkeypatch.chdir(q.QUERIES_DIR.parent.parent)
    qf = q.find_query_file(name)
    assert qf.name == "who_met_whom"
    assert qf.title == "Who met whom"
    assert qf.params == {"name": "Ban Ki-moon", "from": "2010", "to": "2024-12-31"}


def test_neo4j_queries_unknown_query_name_is_a_config_error():
    with pytest.raises(ConfigError, match="graphload query --list"):
        q.find_query_file("no_such_query")


@pytest.mark.parametrize("value, example, expected", [
    ("10", 5, 10), ("2.5", 0.5, 2.5), ("2010", "2024", "2010"), ("x'y", "", "x'y"),
])
def test_neo4j_queries_coerce_param(value, example, expected):
    assert q.coerce_param(value, example) == expected


def test_neo4j_queries_coerce_param_refuses_non_number():
    with pytest.raises(ConfigError, match="not a number"):
        q.coerce_param("ten", 10)
