"""Asian agency wire style (q8): Malaysian and Indian honorifics, gatherings named across a bracketed acronym,
subjects of "who" clauses, passive attendance lists with "including", and departures ("leaving for").

The rules read English forms; German has no such honorifics, acronym-bracketed gathering names or "who"
clauses, so the German cases check that German text is left as it was."""

from __future__ import annotations

import pytest

from conftest import extract_text

DATE = "2026-05-04"


def _rels(extractor, text, lang="en"):
    _, names, rels = extract_text(extractor, text, lang, date=DATE)
    return names, {(t, s, o) for t, s, o, _ in rels}


@pytest.mark.parametrize("text, lang, expected", [
    ("Prime Minister Datuk Seri Rahim Ismail held talks with Foreign Minister Tun Ahmad Zaki.", "en",
     ("MET_WITH", "person:rahim-ismail", "person:ahmad-zaki")),
    ("Minister Datin Seri Aminah Kassim met with Shri Arun Vyas in Kuala Lumpur.", "en",
     ("MET_WITH", "person:aminah-kassim", "person:arun-vyas")),
    ("Ministerpräsident Rahim Ismail traf sich mit Außenminister Ahmad Zaki.", "de",
     ("MET_WITH", "person:rahim-ismail", "person:ahmad-zaki")),
])
def test_honorifics_are_not_names(extractor, text, lang, expected):
    names, rels = _rels(extractor, text, lang)
    assert expected in rels
    assert not [n for n in names.values() if n.startswith(("Seri ", "Tun ", "Shri ", "Datin "))]


def test_sri_lanka_stays_a_country(extractor):
    names, rels = _rels(extractor, "Sri Lanka's President Ranil Vethamuni met Prime Minister Kasun Perera.")
    assert "country:lk" in names
    assert ("HOLDS_OFFICE", "person:ranil-vethamuni", "country:lk") in rels
    assert not [n for n in names.values() if n == "Lanka"]


@pytest.mark.parametrize("text, head", [
    ("Minister Arun Vyas attended the Mekong-Ganga Cooperation (MGC) Ministerial Meeting in Vientiane.",
     "MGC Ministerial Meeting"),
    ("Foreign Minister Arun Vyas attended the Asia-Pacific Economic Cooperation (APEC) summit in Lima.", "APEC Summit"),
    ("Foreign Minister Arun Vyas attended the Shanghai Cooperation Organisation (SCO) Council of Foreign Ministers "
     "meeting in Bishkek.", "SCO Council of Foreign Ministers meeting"),
])
def test_gathering_named_across_bracketed_acronym(extractor, text, head):
    names, rels = _rels(extractor, text)
    attended = [o for t, s, o in rels if t == "ATTENDED" and s == "person:arun-vyas"]
    assert [names[o] for o in attended] == [head]
    assert ("HELD_IN", attended[0], next(i for i, n in names.items() if i.startswith("place:"))) in rels


@pytest.mark.parametrize("text, lang", [
    ("Minister Arun Vyas spoke at the Asian Development Bank (ADB) in Manila.", "en"),
    ("Minister Arun Vyas besuchte die Asiatische Entwicklungsbank (ADB) in Manila.", "de"),
])
def test_bracketed_acronym_without_gathering_is_no_event(extractor, text, lang):
    names, _ = _rels(extractor, text, lang)
    assert not [i for i in names if i.startswith("event:")]


def test_who_clause_verb_belongs_to_its_antecedent(extractor):
    text = ("Prime Minister Rahim Ismail held a bilateral meeting with Chinese Premier Gao Jinlong, who arrived in "
            "Kuala Lumpur on Saturday for a four-day official visit to Malaysia.")
    _, rels = _rels(extractor, text)
    assert ("VISITED", "person:gao-jinlong", "place:kuala-lumpur") in rels
    assert ("VISITED", "person:gao-jinlong", "country:my") in rels
    assert not [r for r in rels if r[0] == "VISITED" and r[1] == "person:rahim-ismail"]


def test_main_verb_after_who_clause_belongs_to_the_antecedent(extractor):
    text = ("Japanese Prime Minister Kenta Mizuhara arrived in Hanoi. Japanese Foreign Minister Emi Tachibana, who is "
            "accompanying Mizuhara, held separate talks with her Vietnamese counterpart Bui Van Tho.")
    _, rels = _rels(extractor, text)
    assert ("MET_WITH", "person:emi-tachibana", "person:bui-van-tho") in rels
    assert not [r for r in rels if r[0] == "MET_WITH" and "person:kenta-mizuhara" in r]


def test_who_clause_then_and_keeps_the_main_subject(extractor):
    text = ("Prime Minister Rahim Ismail met with President Gao Jinlong, who hosted the summit, and later visited "
            "Penang.")
    _, rels = _rels(extractor, text)
    assert not [r for r in rels if r[0] == "VISITED" and r[1] == "person:gao-jinlong"]


@pytest.mark.parametrize("text, who", [
    ("The Nusantara Dialogue opened in Jakarta. The meeting was attended by the foreign ministers of all member "
     "states, including Pakistan's Foreign Minister Imran Sadiq and Iranian Foreign Minister Reza Kamali.",
     {"person:imran-sadiq", "person:reza-kamali"}),
    ("The Nusantara Dialogue opened in Jakarta. The Nusantara Dialogue will be attended by Indian Prime Minister "
     "Arun Vyas and New Zealand Prime Minister Tama Huirangi.", {"person:arun-vyas", "person:tama-huirangi"}),
])
def test_passive_attendance_lists(extractor, text, who):
    _, rels = _rels(extractor, text)
    assert {s for t, s, o in rels if t == "ATTENDED"} == who


def test_passive_attendance_by_delegates_from_a_country_is_not_the_country(extractor):
    _, rels = _rels(extractor, "The Nusantara Dialogue was attended by some 300 delegates from Chile.")
    assert not [r for r in rels if r[0] == "ATTENDED"]


@pytest.mark.parametrize("text, place", [
    ("Prime Minister Imran Sadiq arrived in Jakarta on Monday. He will visit a mosque before leaving for Kuala "
     "Lumpur.", "place:kuala-lumpur"),
    ("Prime Minister Imran Sadiq arrived in Lima on Wednesday and will fly to Santiago on Saturday.",
     "place:santiago"),
    ("Prime Minister Imran Sadiq left for Bangkok on Tuesday.", "place:bangkok"),
])
def test_departures_are_visits(extractor, text, place):
    _, rels = _rels(extractor, text)
    assert ("VISITED", "person:imran-sadiq", place) in rels


def test_departure_without_a_person_is_no_visit(extractor):
    _, rels = _rels(extractor, "The cargo plane left for Bangkok on Tuesday.")
    assert not [r for r in rels if r[0] == "VISITED"]
