"""UN Headquarters readouts and statements: calls ("spoke by telephone yesterday with"), passive speech verbs
("was also addressed by", "The Council was briefed by"), "High-level" event names, the person (not the
country) thanked for hosting, and "urged the Council" (English and German)."""

from __future__ import annotations

import pytest

from conftest import check_relations, extract_text

DATE = "2026-03-10"
SG = "person:antonio-guterres"
ORSO, BRANDT = "person:valeria-orso-lindqvist", "person:tomas-brandt-okafor"


def _run(extractor, text: str, lang: str):
    _, names, rels = extract_text(extractor, text, lang, DATE)
    return names, {r[:3] for r in rels}


def _check(extractor, text, lang, expected, absent):
    check_relations(extractor, text, lang, expected, absent, DATE)


@pytest.mark.parametrize("text, lang, expected, absent", [
    ("The Secretary-General spoke by telephone yesterday with President Valeria Orso-Lindqvist of Chile.", "en",
     {("MET_WITH", SG, ORSO)}, set()),
    ("The Secretary-General arrived in Oslo. He also spoke with the Prime Minister of Norway, Valeria "
     "Orso-Lindqvist, on the situation in Libya.", "en", {("MET_WITH", SG, ORSO)}, set()),
    ("Der Generalsekretär telefonierte am Montag mit der chilenischen Präsidentin Valeria Orso-Lindqvist.", "de",
     {("MET_WITH", SG, ORSO)}, set()),
])
def test_calls_are_meetings(extractor, text, lang, expected, absent):
    _check(extractor, text, lang, expected, absent)


@pytest.mark.parametrize("text, lang", [
    ("The Secretary-General spoke with reporters at the stakeout after the meeting.", "en"),
    ("Der Generalsekretär telefonierte am Montag lange.", "de"),
])
def test_calls_need_a_person(extractor, text, lang):
    _, found = _run(extractor, text, lang)
    assert not any(r[0] == "MET_WITH" for r in found), found


@pytest.mark.parametrize("text, expected, absent", [
    ("The High-level Meeting on Water Security opened in New York. The meeting was also addressed by the Executive "
     "Director of the Civic Shield Foundation, Valeria Orso-Lindqvist.",
     {("ADDRESSED", ORSO, "event:high-level-meeting-on-water-security-2026")}, set()),
    ("The Security Council met on Haiti. The Council was briefed by the head of the mission, Valeria Orso-Lindqvist.",
     {("ADDRESSED", ORSO, "org:unsc")}, set()),
    ("The President of the General Assembly was briefed by the Executive Director of UNICEF, Valeria "
     "Orso-Lindqvist, on the outbreak.", set(), {("ADDRESSED", "person:valeria-orso-lindqvist", "org:unicef")}),
])
def test_passive_speech(extractor, text, expected, absent):
    names, found = _run(extractor, text, "en")
    assert expected <= found, (found, names)
    assert not (absent & found), found
    assert not any(r[0] == "ADDRESSED" and r[2] == "org:unicef" for r in found), found


@pytest.mark.parametrize("text, name", [
    ("She addressed the High-level Meeting on Water Security in the Trusteeship Council Chamber.",
     "High-level Meeting on Water Security"),
    ("He attended the Ministerial-level Conference on Mountain Resilience in Bishkek.",
     "Ministerial-level Conference on Mountain Resilience"),
])
def test_level_rank_starts_event_name(extractor, text, name):
    names, _ = _run(extractor, text, "en")
    assert name in names.values(), names


def test_based_adjective_still_left_out_of_name(extractor):
    names, _ = _run(extractor, "She addressed the Geneva-based Forum on Mountain Resilience on Monday.", "en")
    assert not any(n.startswith("Geneva-based") for n in names.values()), names


@pytest.mark.parametrize("text, lang, host, absent", [
    ("He commends President Tomas Brandt-Okafor of Gabon for hosting the Libreville Peace Dialogue.", "en",
     BRANDT, "country:ga"),
    ("The Secretary-General thanked Gabon for hosting the Libreville Peace Dialogue.", "en", "country:ga", BRANDT),
    ("Der Generalsekretär dankte Präsident Tomas Brandt-Okafor von Gabun für die Ausrichtung des Gipfels von "
     "Libreville.", "de", BRANDT, "country:ga"),
    ("Der Generalsekretär dankte Gabun für die Ausrichtung des Gipfels von Libreville.", "de", "country:ga", BRANDT),
])
def test_thanked_host_is_the_person_of_the_country(extractor, text, lang, host, absent):
    _, found = _run(extractor, text, lang)
    hosted = {r[1] for r in found if r[0] == "HOSTED"}
    assert host in hosted and absent not in hosted, found


@pytest.mark.parametrize("text, expected", [
    ("The Security Council met on Haiti. Speaking for the Caribbean Community, Barbados's Ambassador, Tomas "
     "Brandt-Okafor, urged the Council to act.", True),
    ("Ambassador Tomas Brandt-Okafor urged the European Union to lift the tariffs.", False),
    ("Ambassador Tomas Brandt-Okafor urged Russia to withdraw.", False),
])
def test_urged_the_council(extractor, text, expected):
    _, found = _run(extractor, text, "en")
    addressed = any(r[0] == "ADDRESSED" and r[1] == BRANDT for r in found)
    assert addressed == expected, found
