"""Shared fixtures: a small hand-built graph every output stage can use."""

from __future__ import annotations

import os

import pytest

from graphload.graph import Graph
from graphload.models import DocResult, Document, Entity, Relation


def build_sample_graph() -> Graph:
    """Two documents, five people, a country, an organization, an event, a place."""
    g = Graph()
    d1 = Document(id="doc:aaaaaaaaaaaa", source="a.txt", text="", title="Visit to Astana",
                  language="en", date="2010-11-30", chars=100)
    d2 = Document(id="doc:bbbbbbbbbbbb", source="b.txt", text="", title="Besuch in Almaty",
                  language="de", date="2024-07-04", chars=120)
    ents = {
        "person:ban-ki-moon": Entity("person:ban-ki-moon", "Person", "Ban Ki-moon", ["Ban Ki-moon", "Mr. Ban"]),
        "person:nursultan-nazarbayev": Entity("person:nursultan-nazarbayev", "Person", "Nursultan Nazarbayev", ["Nursultan Nazarbayev"]),
        "person:kanat-saudabayev": Entity("person:kanat-saudabayev", "Person", "Kanat Saudabayev", ["Kanat Saudabayev"]),
        "person:antonio-guterres": Entity("person:antonio-guterres", "Person", "António Guterres", ["António Guterres", "Guterres"]),
        "person:kassym-jomart-tokayev": Entity("person:kassym-jomart-tokayev", "Person", "Kassym-Jomart Tokayev", ["Tokayev", "Tokajew"]),
        "country:kz": Entity("country:kz", "Country", "Kazakhstan", ["Kazakhstan", "Kasachstan"]),
        "org:osce": Entity("org:osce", "Organization", "OSCE", ["OSCE", "OSZE"]),
        "event:osce-summit-2010": Entity("event:osce-summit-2010", "Event", "OSCE Summit", ["OSCE Summit"]),
        "place:astana": Entity("place:astana", "Place", "Astana", ["Astana"]),
    }
    e1 = "The Secretary-General met with Nursultan Nazarbayev."
    r1 = [
        Relation("MET_WITH", "person:ban-ki-moon", "person:nursultan-nazarbayev", d1.id, e1, "2010-11-30", 0.9),
        Relation("MET_WITH", "person:ban-ki-moon", "person:kanat-saudabayev", d1.id, "He had lunch with Kanat Saudabayev.", "2010-11-30", 0.8),
        Relation("HOLDS_OFFICE", "person:nursultan-nazarbayev", "country:kz", d1.id, e1, None, 0.9, "President"),
        Relation("ATTENDED", "person:ban-ki-moon", "event:osce-summit-2010", d1.id, "He attended the OSCE Summit.", "2010-12-01", 0.9),
        Relation("HELD_IN", "event:osce-summit-2010", "place:astana", d1.id, "The OSCE Summit in Astana.", "2010-12", 0.8),
        Relation("LOCATED_IN", "place:astana", "country:kz", d1.id, "Astana, Kazakhstan.", None, 0.9),
        Relation("CHAIRED", "country:kz", "org:osce", d1.id, "Kazakhstan chaired the OSCE.", "2010", 0.9),
    ]
    e2 = "Guterres traf Tokajew."
    r2 = [
        Relation("MET_WITH", "person:antonio-guterres", "person:kassym-jomart-tokayev", d2.id, e2, "2024-07-04", 0.9),
        Relation("HOLDS_OFFICE", "person:kassym-jomart-tokayev", "country:kz", d2.id, e2, None, 0.9, "Präsident"),
        Relation("VISITED", "person:antonio-guterres", "place:astana", d2.id, "Guterres besuchte Astana.", "2024-07-03", 0.9),
    ]
    ids1 = ["person:ban-ki-moon", "person:nursultan-nazarbayev", "person:kanat-saudabayev", "country:kz",
            "org:osce", "event:osce-summit-2010", "place:astana"]
    ids2 = ["person:antonio-guterres", "person:kassym-jomart-tokayev", "country:kz", "place:astana"]
    g.add(DocResult(d1, {i: ents[i] for i in ids1}, {i: 1 for i in ids1}, r1))
    g.add(DocResult(d2, {i: ents[i] for i in ids2}, {i: 2 for i in ids2}, r2))
    return g


@pytest.fixture
def sample_graph() -> Graph:
    """The hand-built sample :class:`Graph`."""
    return build_sample_graph()


@pytest.fixture
def sample_nx(sample_graph):
    """The sample graph's networkx MultiDiGraph mirror."""
    return sample_graph.to_networkx()


def pytest_collection_modifyitems(config, items):
    """Skip tests marked ``neo4j`` unless NEO4J_URI points at a live server."""
    if os.environ.get("NEO4J_URI"):
        return
    skip = pytest.mark.skip(reason="NEO4J_URI is not set: start Neo4j (docker compose up -d) and export NEO4J_URI to run")
    for item in items:
        if "neo4j" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def extractor():
    """One real default Extractor for the whole session (building one takes a second)."""
    from graphload.extract import Extractor

    return Extractor()


def make_document(text: str, language: str = "en", date: str | None = None, source: str = "t.txt"):
    """A Document for ``text`` as the reader would produce it."""
    from graphload.ingest import document_id, normalise_text

    body = normalise_text(text)
    return Document(document_id(body), source, body, "", language, date, len(body))


def extract_text(extractor, text: str, language: str = "en", date: str | None = None):
    """Extract one text; return (names by entity id, set of (type, source, target, title))."""
    result = extractor.extract(make_document(text, language, date))
    names = {e.id: e.name for e in result.entities.values()}
    rels = {(r.type, r.source, r.target, r.title) for r in result.relations}
    return result, names, rels


def relation_triples(extractor, text: str, language: str = "en", date: str | None = "2026-05-04"):
    """(type, source, target) of every relation extracted from one text."""
    return {r[:3] for r in extract_text(extractor, text, language, date)[2]}


def check_relations(extractor, text: str, language: str, expected: set, absent: set, date: str | None = "2026-05-04"):
    """Assert every ``expected`` triple is extracted from ``text`` and no ``absent`` one is; return what was."""
    found = relation_triples(extractor, text, language, date)
    assert expected <= found, (expected - found, found)
    assert not (absent & found), (absent & found)
    return found
