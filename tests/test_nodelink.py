"""graph.json writing: unchanged documents' edge lines are copied, and the bytes equal a fresh write."""

from __future__ import annotations

import json

import pytest

from graphload import nodelink
from graphload.graph import Graph, read_json, write_json
from graphload.models import DocResult, Document, Entity, Relation
from graphload.resolve import link_across_documents

PEOPLE = {
    "person:rutte": Entity("person:rutte", "Person", "Rutte", ["Rutte"]),
    "person:mark-rutte": Entity("person:mark-rutte", "Person", "Mark Rutte", ["Mark Rutte"]),
    "person:anna-rutte": Entity("person:anna-rutte", "Person", "Anna Rutte", ["Anna Rutte"]),
    "person:ilse-varga": Entity("person:ilse-varga", "Person", "Ilse Varga", ["Ilse Varga"]),
    "country:nl": Entity("country:nl", "Country", "Netherlands", ["Netherlands"]),
}


def _result(name: str, people: list[str]) -> DocResult:
    """A document where the first person met each other one, all in the Netherlands."""
    doc = Document(f"doc:{name}", f"{name}.txt", "", title=name, language="en", date="2024-01-02", chars=10)
    ids = [*people, "country:nl"]
    rels = [Relation("MET_WITH", people[0], other, doc.id, f"{name}: {people[0]} met {other} «ä».", "2024-01-02", 0.9)
            for other in people[1:]]
    rels.append(Relation("VISITED", people[0], "country:nl", doc.id, f"{name} visit", None, 0.8, None))
    return DocResult(doc, {i: PEOPLE[i] for i in ids}, {i: 1 + len(i) % 3 for i in ids}, rels)


def _linked(results: list[DocResult]) -> Graph:
    graph = Graph()
    for r in results:
        graph.add(r)
    return link_across_documents(graph)


@pytest.fixture
def rendered(monkeypatch) -> list[str]:
    """Documents whose edge line was encoded (not copied) by write_json."""
    seen: list[str] = []
    real = nodelink._json_line

    def spy(graph, doc, *args):
        seen.append(doc)
        return real(graph, doc, *args)

    monkeypatch.setattr(nodelink, "_json_line", spy)
    return seen


BASE = [("a", ["person:rutte", "person:ilse-varga"]), ("b", ["person:mark-rutte", "person:ilse-varga"]),
        ("c", ["person:ilse-varga", "person:mark-rutte"])]


@pytest.mark.parametrize(
    "after, encoded",
    [
        (BASE + [("d", ["person:ilse-varga", "person:rutte"])], ["doc:d"]),  # a new document
        (BASE[1:], []),  # a document removed
        (BASE + [("d", ["person:anna-rutte", "person:ilse-varga"])], ["doc:a", "doc:d"]),  # "Rutte" ambiguous now
    ],
)
def test_nodelink_reuse_equals_fresh_write(tmp_path, rendered, after, encoded):
    out = tmp_path / "graph.json"
    write_json(_linked([_result(n, p) for n, p in BASE]), out, reuse_key="v1")
    assert (tmp_path / "graph.json.layout").exists()
    rendered.clear()
    graph = _linked([_result(n, p) for n, p in after])
    write_json(graph, out, reuse_key="v1")
    assert sorted(rendered) == encoded
    fresh = write_json(graph, tmp_path / "fresh.json")
    assert out.read_bytes() == fresh.read_bytes()
    assert read_json(out).number_of_edges() == read_json(fresh).number_of_edges()


def test_nodelink_other_key_encodes_everything(tmp_path, rendered):
    out = tmp_path / "graph.json"
    graph = _linked([_result(n, p) for n, p in BASE])
    write_json(graph, out, reuse_key="v1")
    rendered.clear()
    write_json(graph, out, reuse_key="v2")  # another extractor version: old lines may be wrong
    assert sorted(rendered) == ["doc:a", "doc:b", "doc:c"]


def test_nodelink_file_changed_since_is_not_trusted(tmp_path, rendered):
    out = tmp_path / "graph.json"
    graph = _linked([_result(n, p) for n, p in BASE])
    write_json(graph, out, reuse_key="v1")
    data = json.loads(out.read_text(encoding="utf-8"))
    out.write_text(json.dumps(data, indent=1), encoding="utf-8")  # someone rewrote the file
    rendered.clear()
    write_json(graph, out, reuse_key="v1")
    assert sorted(rendered) == ["doc:a", "doc:b", "doc:c"]
    assert out.read_bytes() == write_json(graph, tmp_path / "fresh.json").read_bytes()


def test_nodelink_write_without_key_drops_the_layout(tmp_path):
    out = tmp_path / "graph.json"
    graph = _linked([_result(n, p) for n, p in BASE])
    write_json(graph, out, reuse_key="v1")
    write_json(graph, out)
    assert not (tmp_path / "graph.json.layout").exists()


def test_nodelink_merge_is_recorded_and_applied(tmp_path):
    graph = _linked([_result(n, p) for n, p in BASE])
    assert graph.merged == {"person:rutte": "person:mark-rutte"}
    g = read_json(write_json(graph, tmp_path / "g.json"))
    assert "person:rutte" not in g
    assert g.has_edge("person:mark-rutte", "person:ilse-varga")


@pytest.mark.parametrize("block", [1, 300, 1 << 20])
def test_nodelink_copies_in_blocks_of_any_size(tmp_path, monkeypatch, block):
    from graphload import doclines

    monkeypatch.setattr(doclines, "_BLOCK", block)
    out = tmp_path / "graph.json"
    write_json(_linked([_result(n, p) for n, p in BASE]), out, reuse_key="v1")
    graph = _linked([_result(n, p) for n, p in BASE[:1] + [("bb", ["person:ilse-varga", "person:mark-rutte"])] + BASE[1:]])
    write_json(graph, out, reuse_key="v1")
    assert out.read_bytes() == write_json(graph, tmp_path / "fresh.json").read_bytes()
