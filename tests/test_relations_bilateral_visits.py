"""Wire copy on bilateral visits in Europe and North America: guests hosted and welcomed by a leader, counterparts
named in apposition, "landed in", lower-case role nouns ("the prime minister"), portfolio posts ("Energy
Secretary"), scheduled meetings ("is expected to meet") and refusals ("declined to travel") (English and German)."""

from __future__ import annotations

import pytest

from conftest import extract_text

DATE = "2026-05-07"
BERG, KALNS = "person:anna-berg-lund", "person:ivo-kalns-ozols"
MORA, DALY = "person:tomas-mora-vidal", "person:ciaran-o-dalaigh"
LEAD_EN = "Latvian Prime Minister Ivo Kalns-Ozols arrived in Riga. "
LEAD_DE = "Der lettische Ministerpräsident Ivo Kalns-Ozols traf in Riga ein. "


def _rels(extractor, text: str, lang: str):
    _, names, rels = extract_text(extractor, text, lang, DATE)
    return names, {r[:3] for r in rels}


@pytest.mark.parametrize("text, lang, expected, absent", [
    # a counterpart named in apposition after a comma is a person holding the post for the country named
    ("Foreign Minister Anna Berg-Lund of Estonia held talks with her Maltese counterpart, Tomas Mora-Vidal, at the "
     "ministry.", "en", {("HOLDS_OFFICE", MORA, "country:mt"), ("MET_WITH", BERG, MORA)}, set()),
    ("Die estnische Außenministerin Anna Berg-Lund traf ihren maltesischen Amtskollegen, Tomas Mora-Vidal, in "
     "Tallinn.", "de", {("HOLDS_OFFICE", MORA, "country:mt"), ("MET_WITH", BERG, MORA)}, set()),
    # a leader hosting a titled guest, or "playing host to" one, hosted and met the guest
    ("Estonian President Anna Berg-Lund hosted Latvian Prime Minister Ivo Kalns-Ozols for talks at Kadriorg on "
     "Thursday.", "en", {("HOSTED", BERG, KALNS), ("MET_WITH", BERG, KALNS)}, set()),
    (LEAD_EN + "Estonian President Anna Berg-Lund, who played host to Kalns-Ozols at her residence, said the talks "
     "went well.", "en", {("HOSTED", BERG, KALNS), ("MET_WITH", BERG, KALNS)}, set()),
    # "welcomed X to the White House": a meeting with the person right after the verb
    ("Estonian President Anna Berg-Lund welcomed Latvian Prime Minister Ivo Kalns-Ozols to the presidential palace "
     "on Tuesday.", "en", {("MET_WITH", BERG, KALNS)}, set()),
    # arrival by air
    (LEAD_EN + "Kalns-Ozols landed in Washington on Monday evening.", "en",
     {("VISITED", KALNS, "place:washington")}, set()),
    (LEAD_DE + "Kalns-Ozols landete am Montagabend in Washington.", "de",
     {("VISITED", KALNS, "place:washington")}, set()),
    # a lower-case role noun stands for the one holder the text named before it
    (LEAD_EN + "On Wednesday the prime minister will travel to Chicago.", "en",
     {("VISITED", KALNS, "place:chicago")}, set()),
    # a portfolio word before the post: "U.S. Energy Secretary X" holds a US post
    ("He sat down with U.S. Energy Secretary Tomas Mora-Vidal to discuss a reactor.", "en",
     {("HOLDS_OFFICE", MORA, "country:us")}, set()),
    # Irish name particles; "Taoiseach" is a national post
    ("He met Irish Taoiseach Ciarán Ó Dálaigh in Dublin.", "en", {("HOLDS_OFFICE", DALY, "country:ie")}, set()),
    # a scheduled meeting is reported as a meeting; "will go on to" is travel; a call is a meeting
    (LEAD_EN + "Kalns-Ozols is expected to meet Irish Taoiseach Ciarán Ó Dálaigh on Tuesday.", "en",
     {("MET_WITH", KALNS, DALY)}, set()),
    (LEAD_EN + "The prime minister will go on to Lima on Thursday.", "en", {("VISITED", KALNS, "place:lima")}, set()),
    (LEAD_EN + "Estonian President Anna Berg-Lund spoke with Kalns-Ozols by telephone on Monday.", "en",
     {("MET_WITH", BERG, KALNS)}, set()),
])
def test_bilateral_visits(extractor, text, lang, expected, absent):
    names, found = _rels(extractor, text, lang)
    assert expected <= found, (found, names)
    assert not (absent & found), found


@pytest.mark.parametrize("text, lang, absent", [
    # a counterpart with no name after the comma is no person
    ("Foreign Minister Anna Berg-Lund of Estonia met her counterpart, who declined to comment.", "en",
     {("HOLDS_OFFICE", "person:who", "country:ee")}),
    # hosting a summit is not hosting a person; welcoming someone's remarks is not meeting them
    ("Estonian President Anna Berg-Lund hosted the summit of Latvian Prime Minister Ivo Kalns-Ozols.", "en",
     {("HOSTED", BERG, KALNS)}),
    ("Estonian President Anna Berg-Lund welcomed the remarks of Latvian Prime Minister Ivo Kalns-Ozols.", "en",
     {("MET_WITH", BERG, KALNS)}),
    # refusing to travel is no visit; a possible meeting is no meeting
    (LEAD_EN + "Kalns-Ozols declined to travel to London.", "en", {("VISITED", KALNS, "place:london")}),
    (LEAD_EN + "Kalns-Ozols may meet Irish Taoiseach Ciarán Ó Dálaigh on Tuesday.", "en", {("MET_WITH", KALNS, DALY)}),
    # the other side of a meeting does not take the first title's country
    ("Latvian Trade Minister Ivo Kalns-Ozols met Economy Minister Tomas Mora-Vidal.", "en",
     {("HOLDS_OFFICE", MORA, "country:lv")}),
])
def test_bilateral_visits_negative(extractor, text, lang, absent):
    names, found = _rels(extractor, text, lang)
    assert not (absent & found), (found, names)


def test_lower_case_role_needs_one_named_holder(extractor):
    """"the prime minister" with two prime ministers named (or none) resolves to nobody, never the KB's holder."""
    text = ("Latvian Prime Minister Ivo Kalns-Ozols and Maltese Prime Minister Tomas Mora-Vidal arrived in Riga. "
            "The prime minister later travelled to Chicago.")
    names, found = _rels(extractor, text, "en")
    assert not any(r[0] == "VISITED" and r[2] == "place:chicago" for r in found), found
    names, found = _rels(extractor, "Later the prime minister travelled to Chicago.", "en")
    assert not any(r[0] == "VISITED" for r in found), found


def test_one_pronoun_family_one_person(extractor):
    """"she met X ..., and Y hosted a dinner in her honour": "her" is whom "she" was, not X."""
    text = ("Estonian President Anna Berg-Lund hosted Latvian Prime Minister Ivo Kalns-Ozols on Monday. Later she sat "
            "down with Maltese Prime Minister Tomas Mora-Vidal, and in the evening Kalns-Ozols hosted a dinner in her "
            "honour.")
    names, found = _rels(extractor, text, "en")
    assert ("HOSTED", KALNS, BERG) in found, found
    assert ("HOSTED", KALNS, MORA) not in found, found
