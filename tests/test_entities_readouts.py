"""Entity names of readouts and press releases: head-first venues before "in <town>", missions "to" a country,
venue heads of other languages, advisers and negotiators (English and German)."""

from __future__ import annotations

import pytest

from conftest import extract_text


@pytest.mark.parametrize("text, lang, expected, absent", [
    # a head-first venue or body ends before "in <town>"; the town is a place of its own
    ("The meeting was held at the Hall of Nations in Singha Durbar.", "en",
     {"place:hall-of-nations", "place:singha-durbar"}, {"place:hall-of-nations-in-singha-durbar"}),
    ("They visited the headquarters of the Joint Control Commission in Bender.", "en",
     {"org:joint-control-commission", "place:bender"}, {"org:joint-control-commission-in-bender"}),
    ("Die Konferenz fand im Internationalen Palast der Republik in Bender statt.", "de",
     {"place:bender"}, {"place:internationalen-palast-der-republik-in-bender"}),
    # a known name with "in" inside stays whole
    ("The Organization for Security and Co-operation in Europe met in Vienna.", "en", {"org:osce"}, set()),
    # venue heads: temples, Spanish palaces; the English name of the Palais des Nations
    ("They visited the Janaki Temple. Later they went to the Palacio de López.", "en",
     {"place:janaki-temple", "place:palacio-de-lopez"}, set()),
    ("The conference opened at the Palace of Nations.", "en", {"place:palais-des-nations"}, set()),
    # a mission or delegation "to" a country keeps it in its name; no person named "Delegation"
    ("The Head of the OSCE Mission to Moldova spoke.", "en", {"org:osce-mission-to-moldova"}, set()),
    ("The Head of the EU Delegation to Ghana, Ambassador Irena Novak-Berg, spoke.", "en",
     {"org:eu-delegation-to-ghana", "person:irena-novak-berg"}, {"person:delegation"}),
    # an ordinary "to" after a body is no part of its name
    ("The Joint Control Commission wrote to Moldova.", "en", {"org:joint-control-commission"},
     {"org:joint-control-commission-to-moldova"}),
])
def test_readout_names_end_before_their_place(extractor, text, lang, expected, absent):
    _, names, _ = extract_text(extractor, text, lang, "2026-05-04")
    assert expected <= set(names), names
    assert not (absent & set(names)), names


@pytest.mark.parametrize("text, lang, person", [
    ("Earlier, she received a call from Bangladesh's Foreign Adviser, Mahfuz Rahman-Chowdhury.", "en",
     "person:mahfuz-rahman-chowdhury"),
    ("He met the National Security Adviser Anil Devraj-Menon.", "en", "person:anil-devraj-menon"),
    ("Er traf den Sicherheitsberater Anil Devraj-Menon.", "de", "person:anil-devraj-menon"),
    ("Sie sprach mit Chefunterhändler Vitaly Grenkov-Rus.", "de", "person:vitaly-grenkov-rus"),
    ("Argentina's President, Facundo Irigoyen, spoke first.", "en", "person:facundo-irigoyen"),
])
def test_readout_posts_anchor_names(extractor, text, lang, person):
    _, names, _ = extract_text(extractor, text, lang, "2026-05-04")
    assert person in names, names


def test_readout_possessive_post_without_name(extractor):
    _, names, _ = extract_text(extractor, "At the invitation of Chile's President, the delegation left.", "en",
                               "2026-05-04")
    assert not any(i.startswith("person:") and "delegation" in i for i in names), names
