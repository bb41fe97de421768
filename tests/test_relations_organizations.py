"""Regional organizations themselves (q11): memberships read with the organization first ("the GCC's six
members, A, B and C", "ASEAN members A and B", "Myanmar, an ASEAN member", "was founded by", "which the AU
readmitted", "joined the bloc"), chairmanships handed over ("taking over from" far after the trigger,
"Barbados' Prime Minister", "Chair-in-Office", "handed over the presidency ... to X", "as Laos holds the
chairmanship"), and dateline events ("the X Summit here", "The X (ACRONYM) opened here")."""

from __future__ import annotations

import pytest

from conftest import extract_text

DATE = "2025-07-06"


def _rels(extractor, text, lang="en"):
    _, names, rels = extract_text(extractor, text, lang, date=DATE)
    return names, {(t, s, o) for t, s, o, _ in rels}


def _members(rels, org):
    return {s for t, s, o in rels if t == "MEMBER_OF" and o == org}


@pytest.mark.parametrize("text, lang, org, expected", [
    ("The Gulf Cooperation Council's six members, Bahrain, Kuwait and Oman, sent ministers.", "en", "org:gcc",
     {"country:bh", "country:kw", "country:om"}),
    ("The members of the Gulf Cooperation Council, Bahrain, Kuwait and Oman, sent ministers.", "en", "org:gcc",
     {"country:bh", "country:kw", "country:om"}),
    ("Die Mitglieder des Golf-Kooperationsrats, Bahrain, Kuwait und Oman, entsandten Minister.", "de", "org:gcc",
     {"country:bh", "country:kw", "country:om"}),
    ("ASEAN members Vietnam and the Philippines protested to Beijing.", "en", "org:asean",
     {"country:vn", "country:ph"}),
    ("Myanmar, an ASEAN member since 1997, sent a junior official.", "en", "org:asean", {"country:mm"}),
    ("Trinidad and Tobago, one of CARICOM's four founding members, sent its Prime Minister.", "en", "org:caricom",
     {"country:tt"}),
    ("BRICS was founded by Brazil, Russia, India and China.", "en", "org:brics",
     {"country:br", "country:ru", "country:in", "country:cn"}),
    ("Leaders welcomed back Gabon, which the AU readmitted as a full member in April.", "en", "org:au",
     {"country:ga"}),
    ("Morocco, which rejoined the African Union in 2017, sent its Foreign Minister.", "en", "org:au",
     {"country:ma"}),
    ("South Africa was admitted to BRICS in 2011, and Egypt, Iran and the United Arab Emirates joined the bloc in "
     "2024.", "en", "org:brics", {"country:za", "country:eg", "country:ir", "country:ae"}),
])
def test_memberships_with_the_organization_first(extractor, text, lang, org, expected):
    _, rels = _rels(extractor, text, lang)
    assert _members(rels, org) == expected


@pytest.mark.parametrize("text, lang, org", [
    ("The foreign ministers of all SCO member states, including Pakistan's Foreign Minister Faisal Bokhari, "
     "attended the meeting.", "en", "org:sco"),
    ("Timor-Leste had held observer status in ASEAN since 2022.", "en", "org:asean"),
    ("EU member states and Ukraine agreed on a new aid package.", "en", "org:eu"),
    ("NATO members met in Brussels on Tuesday.", "en", "org:nato"),
    ("Die Mitglieder des Golf-Kooperationsrats berieten in Riad über Jemen.", "de", "org:gcc"),
])
def test_no_membership_without_a_listed_member(extractor, text, lang, org):
    _, rels = _rels(extractor, text, lang)
    assert not _members(rels, org)


@pytest.mark.parametrize("text, lang, expected", [
    ("Ghanaian President Kwabena Asante-Mensah assumed the rotating chairmanship of the African Union on Saturday "
     "at the opening of the 39th Ordinary Session of the Assembly of the African Union, taking over from Angolan "
     "President Domingos Kalunga.", "en", ("CHAIRED", "person:domingos-kalunga", "org:au")),
    ("Jamaica's Prime Minister Everton Lindo assumed the rotating chairmanship of CARICOM on July 1, taking over "
     "from Barbados' Prime Minister Sandra Price.", "en", ("CHAIRED", "person:sandra-price", "org:caricom")),
    ("Jamaica's Prime Minister Everton Lindo assumed the rotating chairmanship of CARICOM on July 1, taking over "
     "from Barbados' Prime Minister Sandra Price.", "en", ("HOLDS_OFFICE", "person:sandra-price", "country:bb")),
    ("Samoa took over as Chair-in-Office of the Commonwealth on Friday.", "en",
     ("CHAIRED", "country:ws", "org:commonwealth")),
    ("Iraqi Prime Minister Mustafa Khafaji opened the summit. Bahraini Foreign Minister Khalid Nuaimi handed over "
     "the presidency of the Arab League to Khafaji.", "en", ("CHAIRED", "person:mustafa-khafaji", "org:arab-league")),
    ("Laos' Foreign Minister Saleumxay Vong chaired the meeting, as Laos holds the rotating ASEAN chairmanship "
     "this year.", "en", ("CHAIRED", "country:la", "org:asean")),
    ("Ghana übernahm am Samstag den Vorsitz der Afrikanischen Union von Angola.", "de",
     ("CHAIRED", "country:ao", "org:au")),
])
def test_chairmanships_handed_over(extractor, text, lang, expected):
    _, rels = _rels(extractor, text, lang)
    assert expected in rels


@pytest.mark.parametrize("text, absent", [
    ("Ghana took over the chairmanship of the African Union on Saturday at the summit in Addis Ababa, where "
     "delegates arrived on Friday after long talks with officials from Kenya.", ("CHAIRED", "country:ke", "org:au")),
    ("Laos' Foreign Minister Saleumxay Vong chaired the meeting, as Laos holds the rotating ASEAN chairmanship "
     "this year.", ("CHAIRED", "person:saleumxay-vong", "org:asean")),
    ("Khalid Nuaimi handed over the presidency of the Arab League to reporters' questions.",
     ("CHAIRED", "person:khalid-nuaimi", "org:arab-league")),
])
def test_no_chair_for_the_wrong_holder(extractor, text, absent):
    _, rels = _rels(extractor, text)
    assert absent not in rels


def _held_in(rels, place):
    return {s for t, s, o in rels if t == "HELD_IN" and o == place}


@pytest.mark.parametrize("text, place", [
    ("Leaders meet in Addis Ababa\n\nADDIS ABABA, Feb 14, 2026 (Reuters) - Ghana took over the chair at the opening "
     "of the 39th Ordinary Session of the Assembly of the African Union here on Saturday.", "place:addis-ababa"),
    ("CARICOM meets\n\nMONTEGO BAY, Jamaica, Jul 6, 2025 (CMC) – The 49th Regular Meeting of the Conference of Heads "
     "of Government of the Caribbean Community (CARICOM) opened here on Sunday.", "place:montego-bay"),
])
def test_dateline_events_here(extractor, text, place):
    _, rels = _rels(extractor, text)
    assert _held_in(rels, place)


def test_dateline_here_not_for_an_event_held_elsewhere(extractor):
    _, rels = _rels(extractor, "AU leaders\n\nADDIS ABABA, Feb 14, 2026 (Reuters) - The 40th Ordinary Session of "
                               "the Assembly of the African Union will be held in Nairobi, officials here said.")
    assert not _held_in(rels, "place:addis-ababa")
