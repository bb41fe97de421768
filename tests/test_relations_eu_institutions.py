"""News about the EU's own bodies (German and English): member nouns after a body ("das EU-Mitglied Ungarn"),
the Council presidency ("Ratsvorsitz"), posts a role noun ties to one body ("Kommissionspräsidentin"),
EU commissioners' portfolios, speeches "vor dem Europäischen Parlament", "Das Land" for the country before,
and months or chairs between an event and its place."""

from __future__ import annotations

import pytest
from conftest import extract_text

COU = "org:council-of-the-eu"
EP = "org:european-parliament"
EC = "org:european-commission"


def _found(extractor, text: str, lang: str):
    _, names, rels = extract_text(extractor, text, lang, "2026-03-19")
    return names, {r[:3] for r in rels}


@pytest.mark.parametrize("text, lang, expected, absent", [
    # a body's member noun, then the states
    ("Das EU-Mitglied Ungarn hatte das Paket zuvor blockiert.", "de",
     {("MEMBER_OF", "country:hu", "org:eu")}, set()),
    ("Die Nato-Staaten Polen und Litauen forderten mehr Truppen.", "de",
     {("MEMBER_OF", "country:pl", "org:nato"), ("MEMBER_OF", "country:lt", "org:nato")}, set()),
    ("Ungarn ist ein EU-Mitglied.", "de", {("MEMBER_OF", "country:hu", "org:eu")}, set()),
    ("Fellow EU member state Slovakia voiced concerns.", "en", {("MEMBER_OF", "country:sk", "org:eu")}, set()),
    ("Slovakia is an EU member state.", "en", {("MEMBER_OF", "country:sk", "org:eu")}, set()),
    # not (yet) a member, not a known body
    ("Das künftige EU-Mitglied Montenegro schloss drei Kapitel ab.", "de", set(),
     {("MEMBER_OF", "country:me", "org:eu")}),
    ("Der Nicht-EU-Staat Norwegen schloss sich an.", "de", set(), {("MEMBER_OF", "country:no", "org:eu")}),
    ("Montenegro is an EU candidate.", "en", set(), {("MEMBER_OF", "country:me", "org:eu")}),
    # "Das Land" / "The country" opening a sentence after one that opened with the state
    ("Montenegro verhandelt seit 2012. Das Land ist seit 2017 Mitglied der NATO.", "de",
     {("MEMBER_OF", "country:me", "org:nato")}, set()),
    ("Montenegro applied in 2008. The country joined NATO in 2017.", "en",
     {("MEMBER_OF", "country:me", "org:nato")}, set()),
    ("Der Minister besuchte Montenegro. Das Land ist seit 2017 Mitglied der NATO.", "de", set(),
     {("MEMBER_OF", "country:me", "org:nato")}),
])
def test_membership(extractor, text, lang, expected, absent):
    _, rels = _found(extractor, text, lang)
    assert expected <= rels
    assert not absent & rels


@pytest.mark.parametrize("text, lang, expected, absent", [
    ("Irland übernimmt am 1. Juli den Ratsvorsitz.", "de", {("CHAIRED", "country:ie", COU)}, set()),
    ("Litauen löst Irland ab, das den Ratsvorsitz im zweiten Halbjahr innehatte.", "de",
     {("CHAIRED", "country:ie", COU)}, {("CHAIRED", "country:lt", COU)}),
    ("Ungarn hat am 1. Juli die EU-Ratspräsidentschaft übernommen.", "de", {("CHAIRED", "country:hu", COU)}, set()),
    # an audience after "vor" is not the body chaired
    ("Am Mittwoch stellte der litauische Ministerpräsident Mindaugas Žemaitis-Kairys das Programm der "
     "Präsidentschaft vor dem Europäischen Parlament in Straßburg vor.", "de",
     {("ADDRESSED", "person:mindaugas-zemaitis-kairys", EP)},
     {("CHAIRED", "person:mindaugas-zemaitis-kairys", EP)}),
])
def test_council_presidency(extractor, text, lang, expected, absent):
    _, rels = _found(extractor, text, lang)
    assert expected <= rels
    assert not absent & rels


@pytest.mark.parametrize("text, lang, expected, absent", [
    # a role noun of one body's office: held there when the text names the body
    ("Die EU-Kommission legte ein Paket vor. Kommissionspräsidentin Helena Marquardt-Vos warb dafür.", "de",
     {("HOLDS_OFFICE", "person:helena-marquardt-vos", EC)}, set()),
    ("Das Europäische Parlament tagte. Parlamentspräsidentin Kristiina Aaltonen-Berg eröffnete die Sitzung.", "de",
     {("HOLDS_OFFICE", "person:kristiina-aaltonen-berg", EP)}, set()),
    ("Kommissionspräsidentin Helena Marquardt-Vos warb für das Paket.", "de", set(),
     {("HOLDS_OFFICE", "person:helena-marquardt-vos", EC)}),  # the body is not named
    ("Der Bundestag tagte. Präsident Karl Huber-Lenz sprach.", "de", set(),
     {("HOLDS_OFFICE", "person:karl-huber-lenz", "org:bundestag")}),  # a role noun of many offices
    # commissioners' portfolios and trade representatives anchor their names
    ("EU-Handelskommissar Pieter Van Asbroeck reist am Donnerstag nach Washington, wo er die "
     "US-Handelsbeauftragte Dana Whitfield-Moore treffen will.", "de",
     {("HOLDS_OFFICE", "person:pieter-van-asbroeck", "org:eu"), ("VISITED", "person:pieter-van-asbroeck",
                                                                   "place:washington"),
      ("HOLDS_OFFICE", "person:dana-whitfield-moore", "country:us")}, set()),
])
def test_body_posts(extractor, text, lang, expected, absent):
    _, rels = _found(extractor, text, lang)
    assert expected <= rels
    assert not absent & rels


@pytest.mark.parametrize("text, lang, expected, absent", [
    ("Die Präsidentin Maria Holt-Brandt warb vor dem Europäischen Parlament für einen Beitritt.", "de",
     {("ADDRESSED", "person:maria-holt-brandt", EP)}, set()),
    ("Die moldauische Präsidentin Natalia Ciobanu-Rusu hat am Mittwoch vor dem Europäischen Parlament für "
     "einen raschen Beitritt geworben.", "de", {("ADDRESSED", "person:natalia-ciobanu-rusu", EP)}, set()),
    # "vor dem Gipfel" is a time; the object's body is not the audience
    ("Die Ministerin Anna Berg-Olsen stellte vor dem EU-Gipfel ihren Plan vor.", "de", set(),
     {("ADDRESSED", "person:anna-berg-olsen", "event:eu-gipfel-2026")}),
    ("Die Ministerin Anna Berg-Olsen stellte den Bericht der Europäischen Kommission vor.", "de", set(),
     {("ADDRESSED", "person:anna-berg-olsen", EC)}),
])
def test_speeches_to_bodies(extractor, text, lang, expected, absent):
    _, rels = _found(extractor, text, lang)
    assert expected <= rels
    assert not absent & rels


@pytest.mark.parametrize("text, lang, expected, absent", [
    ("Das erste informelle Treffen der EU-Außenminister unter litauischer Präsidentschaft findet im Februar in "
     "Trakai statt.", "de", {("HELD_IN", "event:treffen-der-eu-aussenminister-2026", "place:trakai")}, set()),
    ("Das Treffen der EU-Außenminister fand in Trakai statt.", "de",
     {("HELD_IN", "event:treffen-der-eu-aussenminister-2026", "place:trakai")}, set()),
    ("The Foreign Ministers Meeting under the Maltese chairmanship took place in Valletta.", "en",
     {("HELD_IN", "event:foreign-ministers-meeting-2026", "place:valletta")}, set()),
    ("The ASEAN Summit will be held in October in Vientiane.", "en",
     {("HELD_IN", "event:asean-summit-2026", "place:vientiane")}, set()),
    # the place is where the speaker travels, not where the event is
    ("Das Treffen der EU-Außenminister endete, danach reiste sie nach Trakai.", "de", set(),
     {("HELD_IN", "event:treffen-der-eu-aussenminister-2026", "place:trakai")}),
])
def test_event_places(extractor, text, lang, expected, absent):
    _, rels = _found(extractor, text, lang)
    assert expected <= rels
    assert not absent & rels


def test_chisinau_is_a_place(extractor):
    names, rels = _found(extractor, "Von Kiew aus reiste sie am Mittwoch nach Chișinău.", "de")
    assert "place:chisinau" in names
