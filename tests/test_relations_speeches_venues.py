"""Summits, conferences and state visits in Europe and the Americas: speeches ("opened the session with a speech",
"delivered the keynote", "remarks to the assembled leaders"), attendance ("in attendance", "among the guests at",
"represented X at"), hosts ("who is hosting the summit", "hosted a state dinner in his honour", "co-hosted the event
with X", "the Rome-hosted gathering"), "the Hague summit", one body's summit under two names, lower-case posts after
a country's name, "van der" names, Governor General, Iberian first surnames, and their negative cases."""

from __future__ import annotations

import pytest
from conftest import extract_text

MARVELL = "person:oskar-marvell-quint"
SOLANO = "person:ines-solano-vidal"
FORUM = "event:lakeside-energy-forum-2026"
FORUM_DE = "event:seeufer-energieforum-2026"


def _rels(extractor, text, lang="en", date="2026-05-04"):
    _, _, rels = extract_text(extractor, text, lang, date)
    return {r[:3] for r in rels}


def _check(extractor, text, lang, expected, absent):
    found = _rels(extractor, text, lang)
    assert expected <= found, expected - found
    assert not (absent & found), absent & found


LEAD_EN = "Ministers gathered in Vienna for the Lakeside Energy Forum. "
LEAD_DE = "Die Minister kamen in Wien zum Seeufer Energieforum zusammen. "


@pytest.mark.parametrize("text, lang, expected, absent", [
    # a speech after "with" addresses the gathering named (or standing) before it
    (LEAD_EN + "Austrian Foreign Minister Oskar Marvell-Quint opened the forum with a speech on grid security.", "en",
     {("ADDRESSED", MARVELL, FORUM)}, set()),
    (LEAD_DE + "Der österreichische Außenminister Oskar Marvell-Quint eröffnete das Forum mit einer Rede.", "de",
     {("ADDRESSED", MARVELL, FORUM_DE)}, set()),
    # a bare speech noun is no address ("in his speech" names no audience)
    (LEAD_EN + "In a speech on Monday, Austrian Foreign Minister Oskar Marvell-Quint praised the Lakeside Energy Forum.",
     "en", set(), {("ADDRESSED", MARVELL, FORUM)}),
    # the keynote: at the gathering named after it, else at the one the text reports
    (LEAD_EN + "Austrian Foreign Minister Oskar Marvell-Quint delivered the keynote address, telling the audience "
     "that prices would fall.", "en", {("ADDRESSED", MARVELL, FORUM)}, set()),
    # audiences that stand for the gathering: the assembled leaders, a session of it, the closing plenary
    (LEAD_EN + "Austrian Foreign Minister Oskar Marvell-Quint used his remarks to the assembled leaders to warn of "
     "shortages.", "en", {("ADDRESSED", MARVELL, FORUM)}, set()),
    (LEAD_EN + "Austrian Foreign Minister Oskar Marvell-Quint spoke at a session on storage.", "en",
     {("ADDRESSED", MARVELL, FORUM)}, set()),
    (LEAD_EN + "Austrian Foreign Minister Oskar Marvell-Quint spoke at the closing plenary.", "en",
     {("ADDRESSED", MARVELL, FORUM)}, set()),
    # briefing the leaders is not an address to the gathering
    (LEAD_EN + "Austrian Foreign Minister Oskar Marvell-Quint briefed the leaders on his trip.", "en",
     set(), {("ADDRESSED", MARVELL, FORUM)}),
    # a national parliament is an audience
    ("In an address to a joint sitting of the Canadian Parliament, Austrian Foreign Minister Oskar Marvell-Quint "
     "called for closer ties.", "en", {("ADDRESSED", MARVELL, "org:parliament-of-canada")}, set()),
])
def test_speeches(extractor, text, lang, expected, absent):
    _check(extractor, text, lang, expected, absent)


@pytest.mark.parametrize("text, lang, expected, absent", [
    (LEAD_EN + "Austrian Foreign Minister Oskar Marvell-Quint and Chilean Foreign Minister Inés Solano Vidal were "
     "among the ministers in attendance.", "en",
     {("ATTENDED", MARVELL, FORUM), ("ATTENDED", SOLANO, FORUM)}, set()),
    (LEAD_EN + "Austrian Foreign Minister Oskar Marvell-Quint was among the guests at the forum.", "en",
     {("ATTENDED", MARVELL, FORUM)}, set()),
    (LEAD_EN + "Chilean Vice President Inés Solano Vidal represented Chile at the forum.", "en",
     {("ATTENDED", SOLANO, FORUM)}, set()),
    # an intransitive "attended," is the reported gathering, not the one named after the comma
    (LEAD_EN + "Austrian Foreign Minister Oskar Marvell-Quint also attended, arriving from the Danube Water Summit "
     "in Budapest.", "en",
     {("ATTENDED", MARVELL, FORUM)}, {("ATTENDED", MARVELL, "event:danube-water-summit-2026")}),
    # represented by: the country's envoy is not said to attend
    (LEAD_EN + "Chile was represented by Vice President Inés Solano Vidal.", "en",
     set(), {("ATTENDED", SOLANO, FORUM)}),
])
def test_attendance(extractor, text, lang, expected, absent):
    _check(extractor, text, lang, expected, absent)


@pytest.mark.parametrize("text, lang, expected, absent", [
    # a progressive is no passive
    (LEAD_EN + "Austrian Foreign Minister Oskar Marvell-Quint, who is hosting the forum at the Hofburg, "
     "welcomed the delegates.", "en", {("HOSTED", MARVELL, FORUM), ("HELD_IN", FORUM, "place:hofburg")}, set()),
    (LEAD_EN + "Austria is hosting the forum for the first time.", "en", {("HOSTED", "country:at", FORUM)}, set()),
    # co-hosts after "with"; "the event" is the gathering reported
    (LEAD_EN + "Austrian Foreign Minister Oskar Marvell-Quint, who co-hosted the two-day event with Chile, opened it.",
     "en", {("HOSTED", MARVELL, FORUM), ("HOSTED", "country:cl", FORUM)}, set()),
    # a meal in a guest's honour, a guest hosted for a meal: hosting and meeting
    ("Chilean Foreign Minister Inés Solano Vidal arrived in Vienna. Austrian Foreign Minister Oskar Marvell-Quint "
     "later hosted a state dinner in her honour.", "en",
     {("HOSTED", MARVELL, SOLANO), ("MET_WITH", MARVELL, SOLANO)}, set()),
    ("Austrian Foreign Minister Oskar Marvell-Quint hosted Chilean Foreign Minister Inés Solano Vidal for a working "
     "lunch.", "en", {("HOSTED", MARVELL, SOLANO), ("MET_WITH", MARVELL, SOLANO)}, set()),
    # met someone at a dinner another hosted: the dinner was hosted, not the guest
    ("Chilean Foreign Minister Inés Solano Vidal met Austrian Foreign Minister Oskar Marvell-Quint at a gala dinner "
     "hosted by Slovak President Juraj Benko-Hrad.", "en",
     {("MET_WITH", SOLANO, MARVELL)},
     {("HOSTED", "person:juraj-benko-hrad", SOLANO), ("MET_WITH", SOLANO, "person:juraj-benko-hrad")}),
    # a city before "-hosted" is where the gathering was held
    (LEAD_EN + "Diplomats said the Vienna-hosted gathering raised pledges.", "en",
     {("HELD_IN", FORUM, "place:vienna")}, {("HOSTED", "place:vienna", FORUM)}),
    (LEAD_EN + "The Austrian-hosted talks ended on Tuesday.", "en", {("HOSTED", "country:at", FORUM)}, set()),
])
def test_hosts(extractor, text, lang, expected, absent):
    _check(extractor, text, lang, expected, absent)


@pytest.mark.parametrize("text, lang, expected, absent", [
    # "the Hague summit": the city before the event noun standing for the reported gathering
    ("Leaders met at the Nato summit. On the fringes of the Hague summit, Austrian Foreign Minister Oskar "
     "Marvell-Quint met Chilean Foreign Minister Inés Solano Vidal.", "en",
     {("HELD_IN", "event:nato-summit-2026", "place:the-hague")}, set()),
    ("Die Staats- und Regierungschefs trafen sich zum Nato-Gipfel. Am Rande des Wiener Gipfels sprach man über Gas.",
     "de", set(), {("HELD_IN", "event:nato-gipfel-2026", "place:vienna")}),
    # a country before the event noun is no place it was held in
    ("Leaders met at the Nato summit. On the fringes of the Austria summit, ministers talked.", "en",
     set(), {("HELD_IN", "event:nato-summit-2026", "country:at")}),
])
def test_place_named_events(extractor, text, lang, expected, absent):
    _check(extractor, text, lang, expected, absent)


def test_one_body_one_summit(extractor):
    text = ("Leaders gathered in Vienna for the seventh summit of the European Political Community. "
            "Austrian Foreign Minister Oskar Marvell-Quint attended the EPC summit.")
    result, _, rels = extract_text(extractor, text, "en", "2026-05-04")
    events = [e for e in result.entities if e.startswith("event:")]
    assert len(events) == 1, events
    assert ("ATTENDED", MARVELL, events[0]) in {r[:3] for r in rels}


def test_one_body_two_gatherings(extractor):
    text = ("Leaders gathered in Vienna for the summit of the European Political Community. "
            "The EPC meeting of foreign ministers ended.")
    result, _, _ = extract_text(extractor, text, "en", "2026-05-04")
    assert len([e for e in result.entities if e.startswith("event:")]) == 2


@pytest.mark.parametrize("text, lang, expected, absent", [
    ("The UK prime minister, Graham Ashby-Tole, spoke.", "en",
     {("HOLDS_OFFICE", "person:graham-ashby-tole", "country:gb")}, set()),
    ("The Dutch prime minister, Willem van der Brugh, spoke.", "en",
     {("HOLDS_OFFICE", "person:willem-van-der-brugh", "country:nl")}, {("HOLDS_OFFICE", "person:willem", "country:nl")}),
    ("Canada's Governor General, Marie-Odile Tremblant, spoke.", "en",
     {("HOLDS_OFFICE", "person:marie-odile-tremblant", "country:ca")}, {("HOLDS_OFFICE", "person:general", "country:ca")}),
    ("Die kanadische Generalgouverneurin Marie-Odile Tremblant sprach.", "de",
     {("HOLDS_OFFICE", "person:marie-odile-tremblant", "country:ca")}, set()),
    # a lower-case post after "the" and a place is no post of that place
    ("In the Vienna prime minister's office, Graham Ashby-Tole spoke.", "en",
     set(), {("HOLDS_OFFICE", "person:graham-ashby-tole", "place:vienna")}),
    # an Iberian first surname stands for the person
    ("Chilean Foreign Minister Inés Solano Vidal arrived in Vienna. Solano met Austrian Foreign Minister Oskar "
     "Marvell-Quint.", "en", {("MET_WITH", SOLANO, MARVELL)}, set()),
])
def test_names_and_posts(extractor, text, lang, expected, absent):
    _check(extractor, text, lang, expected, absent)
