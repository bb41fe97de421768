"""Tests of graphload.analysis.names: alias, case and accent-insensitive resolution."""

from __future__ import annotations

import pytest

from graphload.analysis.names import AmbiguousNameError, NameNotFoundError, normalise, resolve_name
from graphload.errors import GraphloadError


@pytest.mark.parametrize(
    "query, expected",
    [
        ("tokayev", "person:kassym-jomart-tokayev"),
        ("Tokajew", "person:kassym-jomart-tokayev"),
        ("antonio guterres", "person:antonio-guterres"),
        ("ANTÓNIO GUTERRES", "person:antonio-guterres"),
        ("Mr. Ban", "person:ban-ki-moon"),
        ("ban ki moon", "person:ban-ki-moon"),
        ("Kasachstan", "country:kz"),
        ("OSZE", "org:osce"),
        ("nazarbayev", "person:nursultan-nazarbayev"),
        ("person:kanat-saudabayev", "person:kanat-saudabayev"),
    ],
)
def test_names_resolve(sample_nx, query, expected):
    assert resolve_name(sample_nx, query) == expected


def test_names_unknown_lists_closest(sample_nx):
    with pytest.raises(NameNotFoundError) as info:
        resolve_name(sample_nx, "Guteres")
    assert isinstance(info.value, GraphloadError)
    assert info.value.suggestions[0].startswith("António Guterres")
    assert "closest: António Guterres" in str(info.value)


def test_names_ambiguous_lists_candidates(sample_nx):
    g = sample_nx.copy()
    g.add_node("person:ban-ki-soo", label="Person", name="Ban Ki-soo", aliases=["Mr. Ban"], doc_count=1)
    with pytest.raises(AmbiguousNameError) as info:
        resolve_name(g, "mr ban")
    assert info.value.suggestions == ["Ban Ki-moon (Person, person:ban-ki-moon)", "Ban Ki-soo (Person, person:ban-ki-soo)"]
    assert "ambiguous" in str(info.value)


def test_names_documents_are_not_resolved(sample_nx):
    with pytest.raises(NameNotFoundError):
        resolve_name(sample_nx, "Visit to Astana")


def test_names_normalise_folds_accents_and_punctuation():
    assert normalise("  Kassym-Jomart  TOKAYEV ") == "kassym jomart tokayev"
    assert normalise("Außenministerium") == "aussenministerium"
