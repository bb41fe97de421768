"""Multilateral summits and conferences from the host's and the participants' side: co-hosts after "took place in",
event names with "and its Neighbours", other editions of a gathering ("the 2027 G7 summit", "the 21st Summit",
"hosted the summit in 2018"), opening addresses, dateline towns, "Zu den Teilnehmern gehörten"."""

from __future__ import annotations

import pytest
from conftest import check_relations, extract_text, relation_triples

SUMMIT = "event:baltic-energy-summit-2026"
TALVENKO = "person:miro-talvenko"


_found = relation_triples
_check = check_relations


@pytest.mark.parametrize("text, lang, expected, absent", [
    # the co-hosts after the comma that ends "<event> took place in <town>"
    ("The International Humanitarian Conference for Norland and its Neighbours took place in Geneva on Monday, "
     "co-hosted by Switzerland, Norway and the United Nations.", "en",
     {("HELD_IN", "event:international-humanitarian-conference-for-norland-and-its-neighbours-2026", "place:geneva"),
      ("HOSTED", "country:ch", "event:international-humanitarian-conference-for-norland-and-its-neighbours-2026"),
      ("HOSTED", "country:no", "event:international-humanitarian-conference-for-norland-and-its-neighbours-2026"),
      ("HOSTED", "org:un", "event:international-humanitarian-conference-for-norland-and-its-neighbours-2026")},
     set()),
    ("The Baltic Energy Summit opened in Tallinn on Monday, hosted by Estonia.", "en",
     {("HELD_IN", SUMMIT, "place:tallinn"), ("HOSTED", "country:ee", SUMMIT)}, set()),
    # not when the participle belongs to something else named in between
    ("The Baltic Energy Summit ended in Tallinn on Monday, and a reception hosted by Finland followed.", "en",
     {("HELD_IN", SUMMIT, "place:tallinn")}, {("HOSTED", "country:fi", SUMMIT)}),
])
def test_cohosts_after_place(extractor, text, lang, expected, absent):
    _check(extractor, text, lang, expected, absent)


@pytest.mark.parametrize("text, lang, expected, absent", [
    # a double-barrelled surname ending in a venue noun is a person, not a hall or a park
    ("Canadian Prime Minister Claire Varenne-Hall attended the Baltic Energy Summit.", "en",
     {("ATTENDED", "person:claire-varenne-hall", SUMMIT), ("HOLDS_OFFICE", "person:claire-varenne-hall", "country:ca")},
     set()),
    ("The Baltic Energy Summit opened in Tallinn. Among the participants were Estonian President Miro Talvenko and "
     "Canadian Prime Minister Claire Varenne-Park.", "en",
     {("ATTENDED", TALVENKO, SUMMIT), ("ATTENDED", "person:claire-varenne-park", SUMMIT)}, set()),
])
def test_hyphenated_surname_not_venue(extractor, text, lang, expected, absent):
    _check(extractor, text, lang, expected, absent)
    _, names, _ = extract_text(extractor, text, lang, "2026-05-04")
    assert not any(i.startswith("place:") and "minister" in i for i in names)


@pytest.mark.parametrize("text, lang, expected, absent", [
    # a year or another ordinal before the name: the next (or an earlier) edition, another node
    ("The Baltic Energy Summit opened in Tallinn on Monday. Latvia will host the 2027 Baltic Energy Summit in Riga.",
     "en", {("HOSTED", "country:lv", "event:baltic-energy-summit-2027"),
            ("HELD_IN", "event:baltic-energy-summit-2027", "place:riga")},
     {("HOSTED", "country:lv", SUMMIT), ("HELD_IN", SUMMIT, "place:riga")}),
    ("The 20th Baltic Energy Summit opened in Tallinn. Latvia will host the 21st Baltic Energy Summit in Riga.", "en",
     {("HOSTED", "country:lv", "event:21st-baltic-energy-summit"), ("HELD_IN", SUMMIT, "place:tallinn")},
     {("HOSTED", "country:lv", SUMMIT), ("HELD_IN", SUMMIT, "place:riga")}),
    # "the summit" with another year after it is another edition
    ("The Baltic Energy Summit opened in Tallinn on Monday. Finland, which hosted the summit in Helsinki in 2018, "
     "sent its foreign minister.", "en", set(),
     {("HOSTED", "country:fi", SUMMIT), ("HELD_IN", SUMMIT, "place:helsinki")}),
    ("The Baltic Energy Summit opened in Tallinn on Monday. Latvia will host the summit in Riga next year.", "en", set(),
     {("HOSTED", "country:lv", SUMMIT), ("HELD_IN", SUMMIT, "place:riga")}),
    ("Der Baltische Energiegipfel begann am Montag in Tallinn. Lettland richtet den Gipfel im kommenden Jahr aus.",
     "de", set(), {("HOSTED", "country:lv", "event:baltische-energiegipfel-2026")}),
    # the document's own year, or a year that is not right after the noun, is still this summit
    ("The Baltic Energy Summit opened in Tallinn on Monday. Estonia hosted the summit in 2026.", "en",
     {("HOSTED", "country:ee", SUMMIT)}, set()),
    ("The Baltic Energy Summit opened in Tallinn. President Miro Talvenko told the summit that last year's targets "
     "had been missed.", "en", {("ADDRESSED", TALVENKO, SUMMIT)}, set()),
])
def test_other_editions(extractor, text, lang, expected, absent):
    _check(extractor, text, lang, expected, absent)


@pytest.mark.parametrize("text, lang, expected, absent", [
    ("The Baltic Energy Summit opened in Tallinn. Estonian President Miro Talvenko delivered the opening address, "
     "urging partners to cut imports.", "en", {("ADDRESSED", TALVENKO, SUMMIT)}, set()),
    ("The Baltic Energy Summit opened in Tallinn. Estonian President Miro Talvenko gave the keynote speech.", "en",
     {("ADDRESSED", TALVENKO, SUMMIT)}, set()),
    # praising a speech is not giving it
    ("The Baltic Energy Summit opened in Tallinn. Estonian President Miro Talvenko praised the opening address.", "en",
     set(), {("ADDRESSED", TALVENKO, SUMMIT)}),
    # "sprach zu den Delegierten": the audience stands for the gathering; not "zu Journalisten"
    ("Der Baltische Energiegipfel begann am Montag in Tallinn. Der estnische Präsident Miro Talvenko war per Video "
     "zugeschaltet und sprach zu den Delegierten.", "de",
     {("ADDRESSED", TALVENKO, "event:baltische-energiegipfel-2026")}, set()),
    ("Der Baltische Energiegipfel begann am Montag in Tallinn. Der estnische Präsident Miro Talvenko sprach zu "
     "Journalisten über die Preise.", "de", set(), {("ADDRESSED", TALVENKO, "event:baltische-energiegipfel-2026")}),
])
def test_opening_address(extractor, text, lang, expected, absent):
    _check(extractor, text, lang, expected, absent)


@pytest.mark.parametrize("text, lang, expected, absent", [
    ("Der Baltische Energiegipfel begann am Montag in Tallinn. Zu den Teilnehmern gehörten der estnische Präsident "
     "Miro Talvenko und der finnische Ministerpräsident Aro Kallenberg.", "de",
     {("ATTENDED", TALVENKO, "event:baltische-energiegipfel-2026"),
      ("ATTENDED", "person:aro-kallenberg", "event:baltische-energiegipfel-2026")}, set()),
    ("The Baltic Energy Summit opened in Tallinn. Among the participants were Estonian President Miro Talvenko and "
     "Finnish Prime Minister Aro Kallenberg.", "en",
     {("ATTENDED", TALVENKO, SUMMIT), ("ATTENDED", "person:aro-kallenberg", SUMMIT)}, set()),
    # guests of a dinner are not listed as participants of the gathering
    ("Der Baltische Energiegipfel begann am Montag in Tallinn. Zu den Gästen des Abendessens gehörte der estnische "
     "Präsident Miro Talvenko.", "de", set(), {("ATTENDED", TALVENKO, "event:baltische-energiegipfel-2026")}),
])
def test_participant_lists(extractor, text, lang, expected, absent):
    _check(extractor, text, lang, expected, absent)


@pytest.mark.parametrize("text, lang, expected, absent", [
    # the dateline town is where the hosted event is held, and it hosts nothing itself
    ("Friedensgipfel in Luzern\n\nLuzern, 20. Juni 2026 (SRF) – Die Schweiz richtet an diesem Wochenende den "
     "Baltischen Energiegipfel aus.", "de",
     {("HOSTED", "country:ch", "event:baltischen-energiegipfel-2026"),
      ("HELD_IN", "event:baltischen-energiegipfel-2026", "place:lucerne")},
     {("HOSTED", "place:lucerne", "event:baltischen-energiegipfel-2026")}),
    ("Energy summit\n\nTALLINN, May 4 (Reuters) - Estonia hosted the Baltic Energy Summit on Monday.", "en",
     {("HOSTED", "country:ee", SUMMIT), ("HELD_IN", SUMMIT, "place:tallinn")},
     {("HOSTED", "place:tallinn", SUMMIT)}),
    # a town that opens a sentence without a dateline's dash is the subject and hosts
    ("Energy summit\n\nTallinn, the Estonian capital, hosted the Baltic Energy Summit on Monday.", "en",
     {("HOSTED", "place:tallinn", SUMMIT)}, {("HOSTED", "country:ee", SUMMIT)}),
])
def test_dateline_hosts(extractor, text, lang, expected, absent):
    _check(extractor, text, lang, expected, absent)


@pytest.mark.parametrize("text, lang, expected, absent", [
    # a weekday between the event and its town ("ist am Freitag in Davos zu Ende gegangen")
    ("Das Baltische Energieforum ist am Freitag in Tallinn zu Ende gegangen.", "de",
     {("HELD_IN", "event:baltische-energieforum-2026", "place:tallinn")}, set()),
    ("The Baltic Energy Summit opened on Monday in Tallinn.", "en", {("HELD_IN", SUMMIT, "place:tallinn")}, set()),
    # not a town named after other words
    ("The Baltic Energy Summit opened on Monday, a day after talks in Riga.", "en", set(),
     {("HELD_IN", SUMMIT, "place:riga")}),
])
def test_weekday_before_place(extractor, text, lang, expected, absent):
    _check(extractor, text, lang, expected, absent)
