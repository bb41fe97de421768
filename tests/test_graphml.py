"""GraphML streamed from a Graph: what networkx writes, and unchanged documents' lines copied."""

from __future__ import annotations

import networkx as nx

from graphload.graph import write_graphml
from graphload.graphml import _write_networkx
from test_nodelink import BASE, _linked, _result


def _edges(g: nx.MultiDiGraph) -> list:
    return sorted((u, v, k, sorted(a.items())) for u, v, k, a in g.edges(keys=True, data=True))


def test_graphml_stream_reads_back_like_the_networkx_writer(tmp_path, sample_graph):
    sample_graph.entities["person:ban-ki-moon"].props["ambiguous_with"] = ["person:a", "person:b"]
    sample_graph.entities["country:kz"].props["members"] = 3
    ours = nx.read_graphml(write_graphml(sample_graph, tmp_path / "ours.graphml"), force_multigraph=True)
    theirs = nx.read_graphml(_write_networkx(sample_graph.to_networkx(), tmp_path / "nx.graphml"), force_multigraph=True)
    assert dict(ours.nodes(data=True)) == dict(theirs.nodes(data=True))
    assert _edges(ours) == _edges(theirs)
    assert ours.nodes["country:kz"]["members"] == 3
    assert ours.nodes["person:ban-ki-moon"]["ambiguous_with"] == "person:a|person:b"


def test_graphml_escapes_markup_and_control_characters(tmp_path, sample_graph):
    rel = next(iter(sample_graph.relations.values()))
    rel.evidence = 'He said "<b>&\x01</b>"'
    back = nx.read_graphml(write_graphml(sample_graph, tmp_path / "g.graphml"))
    assert 'He said "<b>&</b>"' in {a.get("evidence") for _, _, a in back.edges(data=True)}


def test_graphml_reuse_equals_fresh_write(tmp_path):
    out = tmp_path / "graph.graphml"
    write_graphml(_linked([_result(n, p) for n, p in BASE]), out, reuse_key="v1")
    graph = _linked([_result(n, p) for n, p in BASE[1:] + [("d", ["person:anna-rutte", "person:mark-rutte"])]])
    write_graphml(graph, out, reuse_key="v1")
    assert out.read_bytes() == write_graphml(graph, tmp_path / "fresh.graphml").read_bytes()
    assert nx.read_graphml(out, force_multigraph=True).number_of_edges() == 3 * 3 + 3 * 2  # per document: 3 mentions, 2 relations
