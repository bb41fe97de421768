"""UN readouts and Central Asian agency reports: meeting lists, role holders by date, hosts in relative and
thanking clauses, coordinated participants, capitals, numbered events, and their negative cases."""

from __future__ import annotations

import pytest
from conftest import extract_text

KALLIO = "person:aino-kallio-berg"
ORTMANN = "person:jurek-ortmann"
SUMMIT = "event:baltic-energy-summit-2026"
GIPFEL = "event:baltische-energiegipfel-2026"


def _rels(extractor, text, lang, date="2026-05-04"):
    _, _, rels = extract_text(extractor, text, lang, date)
    return {r[:3] for r in rels}


@pytest.mark.parametrize("text, lang, expected, absent", [
    # a readout's list of meetings: "held bilateral meetings with:" and one item a line
    ("Foreign Minister Aino Kallio-Berg of Finland held bilateral meetings with:\n"
     "- Foreign Minister Dilnoza Kurbanova-Ross of Uzbekistan;\n"
     "- the Secretary General of the Commonwealth of Independent States, Sergei Volodin-Orlov;\n"
     "- Ms. Gulnara Beisen-Taler, Head of the UNRCCA.", "en",
     {("MET_WITH", KALLIO, "person:dilnoza-kurbanova-ross"), ("MET_WITH", KALLIO, "person:sergei-volodin-orlov"),
      ("MET_WITH", KALLIO, "person:gulnara-beisen-taler"),
      ("HOLDS_OFFICE", "person:dilnoza-kurbanova-ross", "country:uz")}, set()),
    ("Außenminister Jurek Ortmann traf am Rande des Gipfels:\n- die Außenministerin Usbekistans, Dilnoza Kurbanowa;\n"
     "- den Generalsekretär der GUS, Sergei Wolodin-Orlow.", "de",
     {("MET_WITH", ORTMANN, "person:dilnoza-kurbanowa"), ("MET_WITH", ORTMANN, "person:sergei-wolodin-orlow"),
      ("HOLDS_OFFICE", "person:dilnoza-kurbanowa", "country:uz")}, set()),
    # a list after a colon that no meeting opens: the items met nobody
    ("The delegation of Finland included:\n- Foreign Minister Aino Kallio-Berg of Finland;\n"
     "- Deputy Prime Minister Aibek Toktorov-Lind of Kyrgyzstan.", "en",
     {("HOLDS_OFFICE", "person:aibek-toktorov-lind", "country:kg")},
     {("MET_WITH", KALLIO, "person:aibek-toktorov-lind")}),
])
def test_readout_meeting_lists(extractor, text, lang, expected, absent):
    found = _rels(extractor, text, lang)
    assert expected <= found, found
    assert not (absent & found), found


@pytest.mark.parametrize("text, lang, expected, absent", [
    # coordinated participants with titles between them, verb-second German with the names after the verb
    ("The Baltic Energy Summit opened. Tajik President Emomali Sharifov and Turkmen Foreign Minister Rashid Orazov "
     "also participated in the summit.", "en",
     {("ATTENDED", "person:emomali-sharifov", SUMMIT), ("ATTENDED", "person:rashid-orazov", SUMMIT)}, set()),
    ("Der Baltische Energiegipfel begann am Freitag. An dem Gipfel nahmen unter anderem der kasachische Präsident "
     "Jurek Ortmann und der russische Präsident Pawel Sorokin-Lind teil.", "de",
     {("ATTENDED", ORTMANN, GIPFEL), ("ATTENDED", "person:pawel-sorokin-lind", GIPFEL)}, set()),
    # "X spoke, while Y attended": Y's clause has its own subject
    ("The Baltic Energy Summit opened. Minister Aino Kallio-Berg delivered a speech at the summit, while Kyrgyz "
     "Foreign Minister Bakyt Omurov-Lind also attended the summit.", "en",
     {("ATTENDED", "person:bakyt-omurov-lind", SUMMIT), ("ADDRESSED", KALLIO, SUMMIT)},
     {("ATTENDED", KALLIO, SUMMIT)}),
])
def test_readout_coordinated_participants(extractor, text, lang, expected, absent):
    found = _rels(extractor, text, lang)
    assert expected <= found, found
    assert not (absent & found), found


@pytest.mark.parametrize("text, lang, expected, absent", [
    ("Minister Aino Kallio-Berg thanked Estonia for hosting the Baltic Energy Summit.", "en",
     {("HOSTED", "country:ee", SUMMIT)}, {("HOSTED", KALLIO, SUMMIT)}),
    ("Minister Jurek Ortmann dankte Estland für die Ausrichtung des Baltischen Energiegipfels.", "de",
     {("HOSTED", "country:ee", "event:baltischen-energiegipfels-2026")},
     {("HOSTED", ORTMANN, "event:baltischen-energiegipfels-2026")}),
    ("The sides discussed the Baltic Energy Summit, which Estonia will host in Tallinn in October.", "en",
     {("HOSTED", "country:ee", SUMMIT), ("HELD_IN", SUMMIT, "place:tallinn")}, set()),
    ("Der Baltische Energiegipfel soll im Mai stattfinden. Estland wird das Gipfeltreffen ausrichten.", "de",
     {("HOSTED", "country:ee", GIPFEL)}, set()),
    # the relative clause names no host: the sentence's subject is none either
    ("Estonia discussed the Baltic Energy Summit, which the ministers will host in Tallinn.", "en",
     set(), {("HOSTED", "country:ee", SUMMIT)}),
])
def test_readout_hosts(extractor, text, lang, expected, absent):
    found = _rels(extractor, text, lang)
    assert expected <= found, found
    assert not (absent & found), found


@pytest.mark.parametrize("text, lang, expected, absent", [
    ("In der kirgisischen Hauptstadt Bischkek kamen am Freitag die Minister zusammen.", "de",
     {("LOCATED_IN", "place:bishkek", "country:kg")}, set()),
    ("Minister Aino Kallio-Berg arrived in the Kyrgyz capital Bishkek on Friday.", "en",
     {("LOCATED_IN", "place:bishkek", "country:kg"), ("VISITED", KALLIO, "place:bishkek")}, set()),
    ("Minister Aino Kallio-Berg arrived in the Kyrgyz capital on Friday.", "en",
     {("VISITED", KALLIO, "place:bishkek")}, {("LOCATED_IN", "place:bishkek", "country:kg")}),
    # the opening session is part of the conference: its venue holds the conference, and the venue's city
    ("The Baltic Water Conference began. Minister Aino Kallio-Berg then addressed the opening session of the "
     "conference, held at the Kadriorg Palace in Tallinn.", "en",
     {("HELD_IN", "event:baltic-water-conference-2026", "place:kadriorg-palace"),
      ("HELD_IN", "event:baltic-water-conference-2026", "place:tallinn")}, set()),
    ("The Baltic Water Conference began. Minister Aino Kallio-Berg spoke about the next session of the "
     "conference, to be held at the Kadriorg Palace in Tallinn.", "en", set(),
     {("HELD_IN", "event:baltic-water-conference-2026", "place:kadriorg-palace")}),
])
def test_readout_capitals_and_venues(extractor, text, lang, expected, absent):
    found = _rels(extractor, text, lang)
    assert expected <= found, found
    assert not (absent & found), found


@pytest.mark.parametrize("text, lang, expected, absent", [
    # the event's full name runs through "Parties to the"; its bracketed short name is used later
    ("Minister Aino Kallio-Berg arrived in Tallinn to attend the Conference of the Parties to the Baltic "
     "Convention on Fisheries (BCOP5). BCOP5 is held at the Kadriorg Palace and is hosted by Estonia.", "en",
     {("ATTENDED", KALLIO, "event:conference-of-the-parties-to-the-baltic-convention-on-fisheries-2026"),
      ("HOSTED", "country:ee", "event:conference-of-the-parties-to-the-baltic-convention-on-fisheries-2026"),
      ("HELD_IN", "event:conference-of-the-parties-to-the-baltic-convention-on-fisheries-2026",
       "place:kadriorg-palace")}, set()),
    # "addressed a roundtable ... on the sidelines of the conference": not the conference
    ("The Baltic Water Conference began. Minister Aino Kallio-Berg addressed a roundtable on fisheries "
     "on the sidelines of the conference.", "en", set(),
     {("ADDRESSED", KALLIO, "event:baltic-water-conference-2026")}),
    ("The Baltic Water Conference began. Minister Aino Kallio-Berg addressed the conference.", "en",
     {("ADDRESSED", KALLIO, "event:baltic-water-conference-2026")}, set()),
])
def test_readout_event_names(extractor, text, lang, expected, absent):
    found = _rels(extractor, text, lang)
    assert expected <= found, found
    assert not (absent & found), found


def test_readout_numbered_event_is_its_headline_event(extractor):
    result, names, rels = extract_text(
        extractor, "Readout: meetings at the Baltic Water Process Conference.\n\nMinister Aino Kallio-Berg addressed "
        "the Second Baltic Water Process Conference. The Third Nordic Water Conference follows.", "en", "2026-05-04")
    events = {e for e in names if e.startswith("event:")}
    assert "event:second-baltic-water-process-conference-2026" in events, events
    assert "event:baltic-water-process-conference-2026" not in events, events
    assert "event:third-nordic-water-conference-2026" in events, events  # another event keeps its own node


@pytest.mark.parametrize("text, lang, expected, absent", [
    # the envoy of the chair holds a post of the organization; the chair is someone else
    ("Die Sonderbeauftragte des amtierenden OSZE-Vorsitzenden für Asien, Katarina Ljung-Mäki, traf in Wien ein.",
     "de", {("HOLDS_OFFICE", "person:katarina-ljung-maki", "org:osce")},
     {("CHAIRED", "person:katarina-ljung-maki", "org:osce")}),
    ("Der amtierende OSZE-Vorsitzende Jurek Ortmann sprach in Wien.", "de",
     {("CHAIRED", ORTMANN, "org:osce")}, set()),
    # a German perfect of a participle the lexicon reads as passive: active, with its object before it
    ("Außenminister Jurek Ortmann hat am Dienstag in Taschkent den Sonderbeauftragten der Europäischen Union, "
     "Henrik Vallberg, empfangen.", "de", {("MET_WITH", ORTMANN, "person:henrik-vallberg")}, set()),
    ("Der Sonderbeauftragte Henrik Vallberg wurde am Dienstag in Taschkent empfangen.", "de", set(),
     {("MET_WITH", ORTMANN, "person:henrik-vallberg")}),
    # ", who arrived in X": the person before the relative pronoun travelled
    ("Minister Arman Zhaksen received the EU Special Representative for Central Asia, Teresa Rovira-Kell, who "
     "arrived in Astana on a three-day visit.", "en",
     {("VISITED", "person:teresa-rovira-kell", "place:astana"), ("MET_WITH", "person:arman-zhaksen",
                                                                  "person:teresa-rovira-kell")},
     {("VISITED", "person:arman-zhaksen", "place:astana")}),
    # participating States of the OSCE are members
    ("Die Mongolei ist seit 2012 Teilnehmerstaat der Organisation für Sicherheit und Zusammenarbeit in Europa.",
     "de", {("MEMBER_OF", "country:mn", "org:osce")}, set()),
    ("Mongolia has been a participating State of the OSCE since 2012.", "en",
     {("MEMBER_OF", "country:mn", "org:osce")}, set()),
])
def test_readout_posts_and_verbs(extractor, text, lang, expected, absent):
    found = _rels(extractor, text, lang)
    assert expected <= found, found
    assert not (absent & found), found


@pytest.mark.parametrize("text, lang, date, expected, absent", [
    # a role with its organization named: the holder by the document's date holds the post
    ("Deputy Foreign Minister Arman Zhaksen of Kazakhstan met with the OSCE Secretary General in Astana.", "en",
     "2025-05-14", {("MET_WITH", "person:arman-zhaksen", "person:feridun-sinirlioglu"),
                    ("HOLDS_OFFICE", "person:feridun-sinirlioglu", "org:osce")}, set()),
    ("Der Generalsekretär der Vereinten Nationen richtete eine Botschaft an die Teilnehmer.", "de", "2016-09-16",
     {("HOLDS_OFFICE", "person:ban-ki-moon", "org:un")}, set()),
    # no organization named: no post read
    ("The Secretary-General met with Foreign Minister Arman Zhaksen of Kazakhstan.", "en", "2016-09-16",
     {("MET_WITH", "person:ban-ki-moon", "person:arman-zhaksen")}, {("HOLDS_OFFICE", "person:ban-ki-moon", "org:un")}),
    # "It" after a sentence that opens with a country is that country; "the Organization" the body named before
    ("Kazakhstan joined the OSCE in 1992. It chaired the Organization in 2010 and hosted the Astana Summit.", "en",
     "2025-05-14", {("CHAIRED", "country:kz", "org:osce"), ("HOSTED", "country:kz", "event:astana-summit-2025")},
     set()),
    ("Minister Arman Zhaksen spoke about Kazakhstan. It chaired the OSCE in 2010.", "en", "2025-05-14", set(),
     {("CHAIRED", "country:kz", "org:osce")}),
])
def test_readout_roles_and_pronouns(extractor, text, lang, date, expected, absent):
    found = _rels(extractor, text, lang, date)
    assert expected <= found, found
    assert not (absent & found), found


@pytest.mark.parametrize("text, lang, person, absent", [
    ("Later she travelled to Shymkent, where she met with regional governor Nurlan Abenko-Sarin.", "en",
     "person:nurlan-abenko-sarin", None),
    ("Anschließend traf sie den Hokim der Region Surxondaryo, Ulugbek Qosimov-Rahim.", "de",
     "person:ulugbek-qosimov-rahim", None),
    ("Er traf die Außenministerin Usbekistans, Dilnoza Kurbanowa, in Berlin.", "de", "person:dilnoza-kurbanowa",
     None),
    ("- Deputy Prime Minister Aibek Toktorov-Lind of Kyrgyzstan;", "en", "person:aibek-toktorov-lind", None),
    # a Title Case headline still hides its capitalised words
    ("Foreign Minister Welcomes Regional Leaders Ahead Of Summit", "en", None, "person:regional-leaders"),
    # a lower-case post before a weekday names nobody
    ("The foreign minister Monday Rejected the plan.", "en", None, "person:monday-rejected"),
])
def test_readout_title_forms(extractor, text, lang, person, absent):
    _, names, _ = extract_text(extractor, text, lang, "2026-05-04")
    if person:
        assert person in names, names
    if absent:
        assert absent not in names, names


@pytest.mark.parametrize("text, lang, expected, absent", [
    ("The Minister met the head of the OSCE Programme Office in Astana.", "en",
     "org:osce-programme-office-in-astana", None),
    ("Das Büro arbeitet eng mit dem UN-Regionalzentrums für präventive Diplomatie in Zentralasien zusammen.", "de",
     "org:unrcca", None),
    ("The Minister visited the Foreign Ministry in Astana.", "en", "place:astana", "org:foreign-ministry-in-astana"),
    ("Delegations travelled to Khujand and Termez; others went to the Aral Sea.", "en", "place:khujand", None),
    ("Die Minister reisten nach Chudschand und an das Kaspische Meer.", "de", "place:caspian-sea", None),
])
def test_readout_gazetteer_and_seats(extractor, text, lang, expected, absent):
    _, names, _ = extract_text(extractor, text, lang, "2026-05-04")
    assert expected in names, names
    if absent:
        assert absent not in names, names
