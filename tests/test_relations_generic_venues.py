"""Where things happen: a gathering named only generically ("met in X for a trilateral summit", "sind im Kurort X
zu einem informellen Treffen zusammengekommen"), places named by their kind ("the Caspian resort of X", "the
Romanian port city of X", "in der kroatischen Küstenstadt X"), "will be held next year in ...", "fand anschließend
im X statt", "will travel on Wednesday to X", the port city of Turkmenbashi; and their negative cases."""

from __future__ import annotations

import pytest
from conftest import extract_text

SUMMIT = "event:trilateral-summit-2026"
TREFFEN = "event:informellen-treffen-2026"
ORLOV = "person:dragan-orlov-mirescu"
FORUM = "event:lakeside-energy-forum-2026"


def _rels(extractor, text, lang="en", date="2026-05-04"):
    result, names, rels = extract_text(extractor, text, lang, date)
    return names, {r[:3] for r in rels}


def _check(extractor, text, lang, expected, absent):
    _, found = _rels(extractor, text, lang)
    assert expected <= found, expected - found
    assert not (absent & found), absent & found


@pytest.mark.parametrize("text, lang, expected, absent", [
    # the indefinite gathering of a text that names no event is its event; "the summit" later refers to it
    ("The leaders of three states met in the Caspian resort of Zelvora on Friday for a trilateral summit. "
     "Foreign Minister Dragan Orlov-Mirescu of Romania attended the summit.", "en",
     {("HELD_IN", SUMMIT, "place:zelvora"), ("ATTENDED", ORLOV, SUMMIT)}, set()),
    ("Die Außenminister Österreichs und Ungarns sind am Donnerstag im steirischen Kurort Bad Weilerbach zu einem "
     "informellen Treffen zusammengekommen. Das Treffen fand anschließend im Kongresszentrum Seeblick statt.", "de",
     {("HELD_IN", TREFFEN, "place:bad-weilerbach"), ("HELD_IN", TREFFEN, "place:seeblick")}, set()),
    # a named event stays the text's event: the indefinite noun adds no second one
    ("Ministers gathered in Vienna for the Lakeside Energy Forum. They met in Zelvora on Friday for a trilateral "
     "summit.", "en", {("HELD_IN", FORUM, "place:vienna")}, {("HELD_IN", SUMMIT, "place:zelvora")}),
    # no verb of gathering: a call for a summit, an invitation to a meeting
    ("Foreign Minister Dragan Orlov-Mirescu of Romania called in Zelvora on Friday for a trilateral summit.", "en",
     set(), {("HELD_IN", SUMMIT, "place:zelvora")}),
    ("Die Ministerin lud ihre Amtskollegen in Bad Weilerbach zu einem informellen Treffen ein.", "de",
     set(), {("HELD_IN", TREFFEN, "place:bad-weilerbach")}),
])
def test_generic_gatherings(extractor, text, lang, expected, absent):
    _check(extractor, text, lang, expected, absent)


@pytest.mark.parametrize("text, lang, expected, absent", [
    # a country adjective before the kind of place locates it; "next year" may stand before "in"
    ("Ministers gathered in Vienna for the Lakeside Energy Forum. The next session of the Lakeside Energy Forum "
     "will be held next year in the Romanian port city of Zarnesti-Mare.", "en",
     {("LOCATED_IN", "place:zarnesti-mare", "country:ro")}, {("HELD_IN", FORUM, "country:ro")}),
    ("Das nächste Treffen ist für das Frühjahr in der kroatischen Küstenstadt Volosko-Mare geplant.", "de",
     {("LOCATED_IN", "place:volosko-mare", "country:hr")}, set()),
    ("Der Gipfel fand im kirgisischen Kurort Tscholpon-Ata statt.", "de",
     {("LOCATED_IN", "place:cholpon-ata", "country:kg")}, set()),
    # no country adjective: "the city of X" says nothing of its country; a sea is no country
    ("The Romanian delegation visited the city of Zarnesti-Mare.", "en",
     set(), {("LOCATED_IN", "place:zarnesti-mare", "country:ro")}),
    ("Foreign Minister Dragan Orlov-Mirescu of Romania travelled to the Black Sea resort of Zelvora.", "en",
     {("VISITED", ORLOV, "place:zelvora")}, {("LOCATED_IN", "place:zelvora", "country:ro")}),
])
def test_kind_phrases(extractor, text, lang, expected, absent):
    _check(extractor, text, lang, expected, absent)


@pytest.mark.parametrize("text, expected, absent", [
    ("Foreign Minister Dragan Orlov-Mirescu of Romania will travel on Wednesday to Varnova-Dol.",
     {("VISITED", ORLOV, "place:varnova-dol")}, set()),
    ("Foreign Minister Dragan Orlov-Mirescu of Romania said travel costs to Varnova-Dol had risen.",
     set(), {("VISITED", ORLOV, "place:varnova-dol")}),
])
def test_travel_on_to(extractor, text, expected, absent):
    _check(extractor, text, "en", expected, absent)


def test_turkmenbashi_is_the_port(extractor):
    """"the port city of Turkmenbashi" is the Caspian port, not the late president's epithet."""
    result, _, _ = extract_text(extractor, "The ferry links the port city of Turkmenbashi with Baku.", "en", "2026-05-04")
    assert "place:turkmenbashi" in result.entities
    assert "person:saparmurat-niyazov" not in result.entities


@pytest.mark.parametrize("text, lang, expected, absent", [
    ("Foreign Minister Dragan Orlov-Mirescu of Romania travelled to the resort of Zelvora.", "en",
     {("VISITED", ORLOV, "place:zelvora")}, set()),
    ("Der rumänische Außenminister Dragan Orlov-Mirescu reiste in den Kurort Bad Weilerbach.", "de",
     {("VISITED", ORLOV, "place:bad-weilerbach")}, set()),
    # the kind phrase names the place visited, not the sea inside it
    ("Foreign Minister Dragan Orlov-Mirescu of Romania travelled to the Black Sea resort of Zelvora.", "en",
     {("VISITED", ORLOV, "place:zelvora")}, {("VISITED", ORLOV, "place:black-sea")}),
    # a place right after the trigger stays the place visited
    ("Foreign Minister Dragan Orlov-Mirescu of Romania travelled to Zelvora, the Black Sea resort of the region.", "en",
     {("VISITED", ORLOV, "place:zelvora")}, set()),
])
def test_visited_kind_place(extractor, text, lang, expected, absent):
    _check(extractor, text, lang, expected, absent)


MEETING = "event:meeting-2026"


@pytest.mark.parametrize("text, lang, expected, absent", [
    # the gathering a host holds is the text's event when it names none
    ("Foreign Minister Dragan Orlov-Mirescu of Romania, who hosted the meeting at the Zelvora Hall, said the talks "
     "had gone well.", "en", {("HOSTED", ORLOV, MEETING), ("HELD_IN", MEETING, "place:zelvora-hall")}, set()),
    ("Der rumänische Außenminister Dragan Orlov-Mirescu leitete das Treffen im Kongresszentrum Seeblick.", "de",
     {("HELD_IN", "event:treffen-2026", "place:seeblick")}, set()),
    # a named event stays the one hosted; "a meeting" may be talks between two
    ("Ministers gathered in Vienna for the Lakeside Energy Forum. Foreign Minister Dragan Orlov-Mirescu of Romania "
     "hosted the meeting at the Zelvora Hall.", "en", {("HOSTED", ORLOV, FORUM)}, {("HOSTED", ORLOV, MEETING)}),
    ("Foreign Minister Dragan Orlov-Mirescu of Romania held a meeting at the Zelvora Hall.", "en",
     set(), {("HELD_IN", MEETING, "place:zelvora-hall")}),
])
def test_hosted_gathering(extractor, text, lang, expected, absent):
    _check(extractor, text, lang, expected, absent)
