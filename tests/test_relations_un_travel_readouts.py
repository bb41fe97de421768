"""UN travel readouts and noon-briefing highlights: "Galle, in southern Sri Lanka", "will visit Funafuti", "will
represent him at the X", "the X Annual Meetings in Malabo", "the Congress of Colombia", "Minister of Foreign
Affairs and Human Mobility, X", "arrived ... on Wednesday afternoon, 5 January, to attend", a later short name of
an event ("the Special Leaders' Meeting"), "was briefed by X", "the Hotel Europe", "United Nations Operation in X"."""

from __future__ import annotations

import pytest
from conftest import extract_text


def _found(extractor, text: str, lang: str = "en", date: str = "2019-05-13"):
    _, names, rels = extract_text(extractor, text, lang, date)
    return names, {r[:3] for r in rels}


@pytest.mark.parametrize("text, lang, expected, absent", [
    # a direction adjective between "in" and the country
    ("Foreign Minister Ana Lindqvist-Berg of Sweden travelled to Galle, in southern Sri Lanka, where she met "
     "fishing families.", "en", {("LOCATED_IN", "place:galle", "country:lk")}, set()),
    ("Außenministerin Ana Lindqvist-Berg reiste nach Galle im südlichen Sri Lanka.", "de",
     {("LOCATED_IN", "place:galle", "country:lk")}, set()),
    # the adjective qualifies no country: no location
    ("Foreign Minister Ana Lindqvist-Berg travelled to Galle, in southern heat, with the Sri Lanka team.", "en",
     set(), {("LOCATED_IN", "place:galle", "country:lk")}),
])
def test_direction_in_country(extractor, text, lang, expected, absent):
    _, rels = _found(extractor, text, lang)
    assert expected <= rels
    assert not absent & rels


@pytest.mark.parametrize("text, expected, absent", [
    # "will visit" is the verb, not the noun "visit" with no owner
    ("On Thursday, the Secretary-General will visit Funafuti, Tuvalu.",
     {("VISITED", "person:antonio-guterres", "place:funafuti")}, set()),
    ("The Secretary-General will also visit Funafuti on Thursday.",
     {("VISITED", "person:antonio-guterres", "place:funafuti")}, set()),
    ("The Secretary-General will not visit Funafuti this year.", set(),
     {("VISITED", "person:antonio-guterres", "place:funafuti")}),
])
def test_future_visit(extractor, text, expected, absent):
    _, rels = _found(extractor, text)
    assert expected <= rels
    assert not absent & rels


@pytest.mark.parametrize("text, lang, expected, absent", [
    ("The Deputy Secretary-General will represent him at the High-Level Event on Ocean Finance in New York on "
     "Thursday.", "en",
     {("ATTENDED", "person:amina-j-mohammed", "event:high-level-event-on-ocean-finance-2019")}, set()),
    ("Foreign Minister Ana Lindqvist-Berg will represent the President at the Ukraine Recovery Conference.", "en",
     {("ATTENDED", "person:ana-lindqvist-berg", "event:ukraine-recovery-conference-2019")}, set()),
    ("Außenministerin Ana Lindqvist-Berg wird den Präsidenten bei der Ukraine-Wiederaufbaukonferenz vertreten.",
     "de", {("ATTENDED", "person:ana-lindqvist-berg", "event:ukraine-wiederaufbaukonferenz-2019")}, set()),
    # representing someone in talks is no attendance of a gathering
    ("Foreign Minister Ana Lindqvist-Berg will represent Sweden in talks with Norway.", "en", set(),
     {("ATTENDED", "person:ana-lindqvist-berg", "country:no")}),
])
def test_represent_at(extractor, text, lang, expected, absent):
    _, rels = _found(extractor, text, lang)
    assert expected <= rels
    assert not absent & rels


@pytest.mark.parametrize("text, lang, expected, absent_names", [
    # "Annual Meetings" is a gathering, Malabo the capital of Equatorial Guinea
    ("Finance Minister Ana Lindqvist-Berg of Sweden attended the African Development Bank Annual Meetings in "
     "Malabo, Equatorial Guinea.", "en",
     {("HELD_IN", "event:afdb-annual-meetings-2019", "place:malabo"), ("LOCATED_IN", "place:malabo", "country:gq")},
     {"person:annual-meetings"}),
    ("Die Ministerin Ana Lindqvist-Berg reiste nach Malabo, Äquatorialguinea.", "de",
     {("VISITED", "person:ana-lindqvist-berg", "place:malabo")}, set()),
    # plain "meetings" names nothing
    ("Finance Minister Ana Lindqvist-Berg of Sweden held several meetings in Malabo.", "en", set(),
     {"event:meetings-2019"}),
])
def test_meetings_and_capitals(extractor, text, lang, expected, absent_names):
    names, rels = _found(extractor, text, lang)
    assert expected <= rels
    assert not absent_names & set(names)


@pytest.mark.parametrize("text, present, absent", [
    # "Congress of <country>" is the legislature
    ("Ms. Lindqvist-Berg addressed a session of the Congress of Colombia on rural development.",
     "org:congress-of-colombia", "event:congress-of-colombia-2019"),
    ("President Marta Quispe-Leon addressed the Congress of the Philippines.",
     "org:congress-of-the-philippines", "event:congress-of-the-philippines-2019"),
    # a congress of people is a gathering
    ("Foreign Minister Ana Lindqvist-Berg addressed the World Congress of Families in Budapest.",
     "event:world-congress-of-families-2019", "org:world-congress-of-families"),
])
def test_congress_of_country(extractor, text, present, absent):
    names, _ = _found(extractor, text)
    assert present in names
    assert absent not in names


@pytest.mark.parametrize("text, lang, person, absent", [
    ("She met with the Minister of Foreign Affairs and Human Mobility, Gabriela Endara-Soto.", "en",
     "person:gabriela-endara-soto", "person:human-mobility"),
    ("She met with the Minister of Foreign Affairs, International Trade and Worship of Argentina, Diego Moreno-Paz.",
     "en", "person:diego-moreno-paz", "person:worship"),
    ("Sie traf die Ministerin für Auswärtige Angelegenheiten und Menschliche Mobilität, Gabriela Endara-Soto.", "de",
     "person:gabriela-endara-soto", "person:menschliche-mobilitat"),
])
def test_portfolio_words(extractor, text, lang, person, absent):
    names, _ = _found(extractor, text, lang)
    assert person in names
    assert absent not in names


@pytest.mark.parametrize("text, expected, absent", [
    # a day part and a date between the place and "to attend"
    ("Foreign Minister Ana Lindqvist-Berg of Sweden arrived in Jakarta on Wednesday afternoon, 5 January, to "
     "attend the Special Regional Leaders' Summit.",
     {("HELD_IN", "event:special-regional-leaders-summit-2019", "place:jakarta")}, set()),
    ("Foreign Minister Ana Lindqvist-Berg of Sweden is expected to travel to Suva, Fiji, next month to attend the "
     "Pacific Regional Education Ministers' Meeting.",
     {("HELD_IN", "event:pacific-regional-education-ministers-meeting-2019", "place:suva")}, set()),
    # leaving a place to attend: not where the gathering is
    ("Foreign Minister Ana Lindqvist-Berg of Sweden left Jakarta on Wednesday afternoon to attend the Special "
     "Regional Leaders' Summit.", set(),
     {("HELD_IN", "event:special-regional-leaders-summit-2019", "place:jakarta")}),
])
def test_purpose_place_times(extractor, text, expected, absent):
    _, rels = _found(extractor, text)
    assert expected <= rels
    assert not absent & rels


LONG = "event:special-asean-leaders-meeting-on-the-aftermath-of-the-earthquake-and-tsunami-2005"


@pytest.mark.parametrize("text, date, expected, absent", [
    # a later, shorter name of the gathering is the same gathering
    ("Secretary-General Kofi Annan arrived in Jakarta to attend the Special ASEAN Leaders' Meeting on the "
     "Aftermath of the Earthquake and Tsunami. On Thursday, Kofi Annan addressed the Special Leaders' Meeting, "
     "which was hosted by Indonesia at the Jakarta Convention Center.", "2005-01-10",
     {("ADDRESSED", "person:kofi-annan", LONG), ("HOSTED", "country:id", LONG)},
     {("HOSTED", "country:id", "event:special-leaders-meeting-2005")}),
    # another edition is another gathering
    ("The 2027 G7 Summit will be held in Evian. Prime Minister Ana Lindqvist-Berg of Sweden attended the G7 Summit "
     "in Kananaskis.", "2025-06-17",
     {("HELD_IN", "event:g7-summit-2027", "place:evian")}, {("HELD_IN", "event:g7-summit-2027", "place:kananaskis")}),
])
def test_event_short_forms(extractor, text, date, expected, absent):
    _, rels = _found(extractor, text, "en", date)
    assert expected <= rels
    assert not absent & rels


@pytest.mark.parametrize("text, expected, absent", [
    ("Ban Ki-moon visited the headquarters of the United Nations Operation in Côte d'Ivoire (UNOCI), where he was "
     "briefed by his Special Representative, Lionel Abernathy-Kwame.",
     {("MET_WITH", "person:ban-ki-moon", "person:lionel-abernathy-kwame")},
     {("VISITED", "person:ban-ki-moon", "country:ci")}),
    # a body briefed by a person met no one
    ("The Security Council was briefed by the Special Envoy for Yemen, Rasmus Kjeldgaard-Holt.", set(),
     {("MET_WITH", "org:unsc", "person:rasmus-kjeldgaard-holt")}),
])
def test_briefed_by(extractor, text, expected, absent):
    _, rels = _found(extractor, text, "en")
    assert expected <= rels
    assert not absent & rels


@pytest.mark.parametrize("text, lang, present, absent", [
    ("On Thursday, Ban Ki-moon addressed a conference at the Hotel Europe in Sarajevo.", "en",
     "place:hotel-europe", None),
    ("The Chancellor received the President at the Hotel Adlon in Berlin.", "en", "place:hotel-adlon", None),
    # German "im Hotel X" keeps naming X alone
    ("Die Delegationen trafen sich im Hotel Metropol.", "de", "place:metropol", "place:hotel-metropol"),
    ("Ban Ki-moon visited the United Nations Operation in Côte d'Ivoire (UNOCI).", "en",
     "org:united-nations-operation-in-cote-d-ivoire", None),
    # a military operation named head first is no body
    ("Operation Barkhane ended in 2022, President Emmanuel Macron said.", "en", "person:emmanuel-macron",
     "org:operation-barkhane"),
])
def test_hotels_and_operations(extractor, text, lang, present, absent):
    names, _ = _found(extractor, text, lang, "2013-07-25")
    assert present in names
    assert absent not in names
