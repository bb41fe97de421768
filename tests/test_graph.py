"""The graph writer: node-link JSON round trip, GraphML, validation, document removal."""

from __future__ import annotations

import json

import networkx as nx
import pytest

from graphload.errors import GraphFormatError
from graphload.graph import graph_from_networkx, read_json, write_graphml, write_json


def test_graph_json_round_trip_is_the_same_multidigraph(sample_nx, tmp_path):
    path = write_json(sample_nx, tmp_path / "g.json")
    back = read_json(path)
    assert isinstance(back, nx.MultiDiGraph)
    assert dict(back.nodes(data=True)) == dict(sample_nx.nodes(data=True))
    assert sorted(back.edges(keys=True, data=True), key=repr) == sorted(sample_nx.edges(keys=True, data=True), key=repr)


def test_graph_json_has_the_node_link_fields(sample_nx, tmp_path):
    data = json.loads(write_json(sample_nx, tmp_path / "g.json").read_text(encoding="utf-8"))
    assert data["directed"] is True and data["multigraph"] is True
    node = next(n for n in data["nodes"] if n["id"] == "person:ban-ki-moon")
    assert {"id", "label", "name", "aliases", "doc_count"} <= set(node)
    edge = next(e for e in data["edges"] if e["type"] == "MET_WITH")
    assert {"source", "target", "type", "doc", "evidence", "date", "confidence"} <= set(edge)


def test_graph_rebuilds_the_typed_graph(sample_graph, sample_nx):
    again = graph_from_networkx(sample_nx)
    assert set(again.entities) == set(sample_graph.entities)
    assert set(again.relations) == set(sample_graph.relations)
    assert again.mentions == sample_graph.mentions


def test_graph_graphml_joins_lists(sample_nx, tmp_path):
    path = write_graphml(sample_nx, tmp_path / "g.graphml")
    g = nx.read_graphml(path)
    assert g.nodes["person:ban-ki-moon"]["aliases"] == "Ban Ki-moon|Mr. Ban"
    assert g.number_of_edges() == sample_nx.number_of_edges()


@pytest.mark.parametrize(
    "content, message",
    [
        ("not json", "not valid JSON"),
        ('{"edges": []}', "no 'nodes'"),
        ('{"directed": true, "multigraph": true, "nodes": [{"id": "x", "label": "Alien"}], "edges": []}', "label"),
        ('{"directed": true, "multigraph": true, "nodes": [{"id": "a", "label": "Person"}, '
         '{"id": "b", "label": "Person"}], "edges": [{"source": "a", "target": "b", "type": "LOVES"}]}', "type"),
    ],
)
def test_graph_read_refuses_malformed_files(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GraphFormatError, match=message):
        read_json(path)


def test_graph_read_missing_file_says_what_to_do(tmp_path):
    with pytest.raises(GraphFormatError, match="graphload extract"):
        read_json(tmp_path / "missing.json")


def test_graph_remove_document_drops_its_edges_and_orphans(sample_graph):
    sample_graph.remove_document("doc:bbbbbbbbbbbb")
    assert "person:antonio-guterres" not in sample_graph.entities
    assert "country:kz" in sample_graph.entities
    assert sample_graph.entities["country:kz"].doc_count == 1
    assert all(r.doc == "doc:aaaaaaaaaaaa" for r in sample_graph.relations.values())
