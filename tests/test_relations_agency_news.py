"""UN and agency news about Africa and the Middle East: agency heads' posts, camps and towns visited, pledging
conferences co-hosted by governments and the UN, envoys briefing the Security Council (English and German)."""

from __future__ import annotations

import pytest

from conftest import extract_text

DATE = "2026-03-10"
NORDQVIST, OBI = "person:halvard-nordqvist-obi", "person:amara-obi-lindgren"
TESFAYE = "person:selam-tesfaye-kora"


def _run(extractor, text: str, lang: str):
    _, names, rels = extract_text(extractor, text, lang, DATE)
    return names, {r[:3] for r in rels}


def _check(extractor, text, lang, expected, absent):
    names, found = _run(extractor, text, lang)
    assert expected <= found, (found, names)
    assert not (absent & found), found
    return names


@pytest.mark.parametrize("text, lang, expected, absent", [
    # humanitarian posts: Commissioner-General, (Deputy) Emergency Relief / Humanitarian Coordinator, Country Director
    ("He met the Commissioner-General of the Humanitarian Aid Commission (HAC), Halvard Nordqvist-Obi, in the "
     "capital.", "en", {("HOLDS_OFFICE", NORDQVIST, "org:hac-sudan")}, set()),
    ("The Deputy Emergency Relief Coordinator of the UN Office for the Coordination of Humanitarian Affairs (OCHA), "
     "Halvard Nordqvist-Obi, spoke.", "en", {("HOLDS_OFFICE", NORDQVIST, "org:ocha")}, set()),
    ("She also met the UN Resident and Humanitarian Coordinator for Yemen, Halvard Nordqvist-Obi.", "en",
     {("HOLDS_OFFICE", NORDQVIST, "org:un")}, {("HOLDS_OFFICE", NORDQVIST, "country:ye")}),
    # "X (ACR) Country Director in <country>": the body before the bracket owns the post, not the country
    ("She was accompanied by the World Food Programme (WFP) Country Director in Chad, Halvard Nordqvist-Obi.", "en",
     {("HOLDS_OFFICE", NORDQVIST, "org:wfp")}, {("HOLDS_OFFICE", NORDQVIST, "country:td")}),
    ("Die Nothilfekoordinatorin der Vereinten Nationen, Amara Obi-Lindgren, reiste nach Port Sudan.", "de",
     {("HOLDS_OFFICE", OBI, "org:un"), ("VISITED", OBI, "place:port-sudan")}, set()),
    # a body the country possesses owns the post ("Chairman of Yemen's ... Council, X")
    ("He met with the Chairman of Yemen's Presidential Leadership Council, Halvard Nordqvist-Obi, in Riyadh.", "en",
     {("CHAIRED", NORDQVIST, "org:presidential-leadership-council")}, {("HOLDS_OFFICE", NORDQVIST, "country:ye")}),
    # a lower-case post after a mid-sentence "the", owned by its complement and followed by the name
    ("In Muscat he held talks with the chief negotiator of Ansar Allah, Halvard Nordqvist-Obi.", "en",
     {("HOLDS_OFFICE", NORDQVIST, "org:ansar-allah")}, set()),
])
def test_agency_posts(extractor, text, lang, expected, absent):
    _check(extractor, text, lang, expected, absent)


@pytest.mark.parametrize("text, lang", [
    ("In Muscat he held talks with the chief negotiator of the group on the prisoner exchange.", "en"),
    ("The country director said that rations would be cut in March.", "en"),
])
def test_agency_posts_need_owner_and_name(extractor, text, lang):
    names, found = _run(extractor, text, lang)
    assert not any(r[0] == "HOLDS_OFFICE" for r in found), found
    assert not any(k.startswith("person:") for k in names), names


@pytest.mark.parametrize("text, lang, expected, absent", [
    ("UN High Commissioner for Refugees Amara Obi-Lindgren concluded a four-day mission to Chad on Saturday.", "en",
     {("VISITED", OBI, "country:td"), ("HOLDS_OFFICE", OBI, "org:unhcr")}, set()),
    ("UN High Commissioner for Refugees Amara Obi-Lindgren arrived in Abéché and travelled the next day to Goz Beida.",
     "en", {("VISITED", OBI, "place:abeche"), ("VISITED", OBI, "place:goz-beida")}, set()),
    ("WFP Executive Director Amara Obi-Lindgren began the trip in Bentiu on Sunday.", "en",
     {("VISITED", OBI, "place:bentiu")}, set()),
    ("WFP Executive Director Amara Obi-Lindgren praised the trip in Bentiu organised by the staff.", "en", set(),
     {("VISITED", OBI, "place:bentiu")}),
    ("WFP Executive Director Amara Obi-Lindgren travelled on Tuesday to meet the minister.", "en", set(), set()),
    # a camp and a province named by the kind noun after them
    ("UNICEF Executive Director Amara Obi-Lindgren visited the Kerenik refugee camp in Ouaddai province.", "en",
     {("VISITED", OBI, "place:kerenik"), ("LOCATED_IN", "place:kerenik", "place:ouaddai")}, set()),
    ("UNICEF-Exekutivdirektorin Amara Obi-Lindgren besuchte am Montag Renk und Malakal.", "de",
     {("VISITED", OBI, "place:renk"), ("VISITED", OBI, "place:malakal")}, set()),
])
def test_visits_to_towns_and_camps(extractor, text, lang, expected, absent):
    _check(extractor, text, lang, expected, absent)


@pytest.mark.parametrize("text", [
    "The Gulf state of Qatar and the French state agreed on a new route.",
    "Officials of the Member state praised the camp.",
])
def test_kind_nouns_after_adjectives_name_no_place(extractor, text):
    names, _ = _run(extractor, text, "en")
    assert not any(k in names for k in ("place:gulf", "place:french", "place:member")), names


@pytest.mark.parametrize("text, expected, absent", [
    ("UNHCR chief Amara Obi-Lindgren travelled to Wau, a border town in Kordofan state, on Monday.",
     {("LOCATED_IN", "place:wau", "place:kordofan")}, set()),
    ("UNHCR chief Amara Obi-Lindgren travelled to Malakal, in Upper Nile state, on Monday.",
     {("LOCATED_IN", "place:malakal", "place:upper-nile")}, set()),
    ("The talks were held in Geneva, a day after the meeting in Paris.", set(),
     {("LOCATED_IN", "place:geneva", "place:paris")}),
])
def test_appositions_say_where_a_town_lies(extractor, text, expected, absent):
    _check(extractor, text, "en", expected, absent)


CONF = "event:regional-pledging-conference-for-the-lake-chad-basin-2026"


@pytest.mark.parametrize("text, expected, absent", [
    ("Donors met at the Regional Pledging Conference for the Lake Chad Basin, held in Niamey and co-hosted by the "
     "Government of Niger, the United Nations and the European Union.",
     {("HOSTED", "country:ne", CONF), ("HOSTED", "org:un", CONF), ("HOSTED", "org:eu", CONF),
      ("HELD_IN", CONF, "place:niamey")}, set()),
    ("The Regional Pledging Conference for the Lake Chad Basin, hosted by Niger and co-organized by Norway and OCHA, "
     "opened on Monday.", {("HOSTED", "country:ne", CONF), ("HOSTED", "country:no", CONF),
                           ("HOSTED", "org:ocha", CONF)}, set()),
    ("The Regional Pledging Conference for the Lake Chad Basin, held in Niamey and attended by Norway, ended.",
     set(), {("HOSTED", "country:no", CONF)}),
])
def test_conference_co_hosts(extractor, text, expected, absent):
    _check(extractor, text, "en", expected, absent)


@pytest.mark.parametrize("text, expected, absent", [
    ("The UN Special Envoy for Sudan, Selam Tesfaye-Kora, told the Security Council on Tuesday that talks had "
     "resumed.", {("ADDRESSED", TESFAYE, "org:unsc"), ("HOLDS_OFFICE", TESFAYE, "org:un")}, set()),
    ("The Security Council met on Sudan. The Council also heard from the Director of Operations of OCHA, Selam "
     "Tesfaye-Kora, who said funding had fallen.", {("ADDRESSED", TESFAYE, "org:unsc")}, set()),
    ("The Security Council mission reached Juba. The head of UNMISS, Selam Tesfaye-Kora, briefed the Council "
     "members on the border.", {("ADDRESSED", TESFAYE, "org:unsc")}, set()),
    ("The Regional Pledging Conference for the Lake Chad Basin began. Opening the meeting, Niger's Foreign Minister, "
     "Selam Tesfaye-Kora, said the needs had doubled.", {("ADDRESSED", TESFAYE, CONF)}, set()),
    ("The Regional Pledging Conference for the Lake Chad Basin began. Norway's Minister of the Interior, Halvard "
     "Nordqvist-Obi, spoke at the opening, as did the WFP Executive Director, Selam Tesfaye-Kora.",
     {("ADDRESSED", NORDQVIST, CONF), ("ADDRESSED", TESFAYE, CONF)}, {("ADDRESSED", NORDQVIST, "org:wfp")}),
    # not an address: the press, a broadcaster, a ceremonial opening, a body named "Council of ..."
    ("The UN Special Envoy for Sudan, Selam Tesfaye-Kora, told reporters in Amman that talks had resumed.", set(),
     {("ADDRESSED", TESFAYE, "place:amman")}),
    ("The UN Special Envoy for Sudan, Selam Tesfaye-Kora, told the BBC that talks had resumed.", set(), set()),
    ("The Regional Pledging Conference for the Lake Chad Basin began. Niger's Foreign Minister, Selam Tesfaye-Kora, "
     "opened the conference and welcomed the delegations.", set(), {("ADDRESSED", TESFAYE, CONF)}),
    ("The Council of Europe met in June. The UN Special Envoy for Sudan, Selam Tesfaye-Kora, told the Council of "
     "Ministers that talks had resumed.", set(), {("ADDRESSED", TESFAYE, "org:coe")}),
])
def test_briefings_to_the_council_and_speakers(extractor, text, expected, absent):
    found = _check(extractor, text, "en", expected, absent)
    if not expected:
        _, rels = _run(extractor, text, "en")
        assert not any(r[0] == "ADDRESSED" for r in rels), rels
    assert found is not None
