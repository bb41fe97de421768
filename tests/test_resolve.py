"""Resolution: aliases, date-bounded offices, pronouns, and the same-surname guard across documents."""

from __future__ import annotations

import socket

import pytest

from conftest import extract_text, make_document
from graphload.graph import Graph
from graphload.resolve import link_across_documents


@pytest.mark.parametrize(
    "text, lang, date, person",
    [
        ("The Secretary-General met with Mayor Erlan Sadykov.", "en", "2010-11-30", "person:ban-ki-moon"),
        ("The Secretary-General met with Mayor Erlan Sadykov.", "en", "2024-07-04", "person:antonio-guterres"),
        ("Der Generalsekretär traf sich mit Bürgermeister Erlan Sadykow.", "de", "2012-05-02", "person:ban-ki-moon"),
        ("Der Generalsekretär traf sich mit Bürgermeister Erlan Sadykow.", "de", "2019-05-02", "person:antonio-guterres"),
    ],
)
def test_resolve_role_by_document_date(extractor, text, lang, date, person):
    _, _, rels = extract_text(extractor, text, lang, date)
    assert person in {s for t, s, _, _ in rels if t == "MET_WITH"}


def test_resolve_role_without_date_stays_unresolved(extractor):
    _, _, rels = extract_text(extractor, "The Secretary-General met with Mayor Erlan Sadykov.", "en", None)
    assert not [r for r in rels if r[0] == "MET_WITH"]


@pytest.mark.parametrize(
    "text, eid, alias",
    [
        ("United Nations Secretary-General Ban Ki-moon arrived. Mr. Ban spoke.", "person:ban-ki-moon", "Mr. Ban"),
        ("He met Nursultan A. Nazarbayev, President of Kazakhstan.", "person:nursultan-nazarbayev",
         "Nursultan A. Nazarbayev"),
        ("Prime Minister Aro Kallenberg of Finland spoke. Later Kallenberg left.", "person:aro-kallenberg",
         "Kallenberg"),
    ],
)
def test_resolve_aliases_within_a_document(extractor, text, eid, alias):
    result, _, _ = extract_text(extractor, text)
    assert alias in result.entities[eid].aliases
    assert len([e for e in result.entities.values() if e.label == "Person"]) == 1


def test_resolve_same_thing_across_languages(extractor):
    g = Graph()
    g.add(extractor.extract(make_document("The OSCE met in Kazakhstan.", "en", source="a.txt")))
    g.add(extractor.extract(make_document("Die OSZE tagte in Kasachstan.", "de", source="b.txt")))
    assert g.entities["org:osce"].doc_count == 2
    assert g.entities["country:kz"].doc_count == 2
    assert {"OSCE", "OSZE"} <= set(g.entities["org:osce"].aliases)


def _graph(extractor, texts: list[str]) -> Graph:
    g = Graph()
    for i, text in enumerate(texts):
        g.add(extractor.extract(make_document(text, "en", "2020-01-01", source=f"{i}.txt")))
    return link_across_documents(g)


def test_resolve_surname_joins_the_unique_full_name(extractor):
    g = _graph(extractor, ["President Ana Kovac of Croatia spoke.", "Mr. Kovac left early."])
    assert "person:kovac" not in g.entities
    assert g.entities["person:ana-kovac"].doc_count == 2


def test_resolve_same_surname_never_merges_silently(extractor):
    g = _graph(extractor, ["President Ana Kovac of Croatia spoke.", "Foreign Minister Ivo Kovac of Slovenia spoke.",
                           "Mr. Kovac left early."])
    assert {"person:ana-kovac", "person:ivo-kovac", "person:kovac"} <= set(g.entities)
    assert g.entities["person:kovac"].props["ambiguous_with"] == ["person:ana-kovac", "person:ivo-kovac"]


def test_resolve_extraction_uses_no_network(extractor, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access during extraction")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    from graphload.extract import Extractor

    fresh = Extractor()
    result = fresh.extract(make_document("President Miro Talvenko of Estonia met with the OSCE.", "en"))
    assert "person:miro-talvenko" in result.entities
