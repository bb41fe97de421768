"""Multilateral meetings read from the participants', chair's and host's side: states attending through unnamed
office holders ("attended by the foreign ministers of A, B and C", "nahmen die Präsidenten A-s und B-s teil"),
"also took part" without an object, "X wurde von Y vertreten", chairmanships handed on by a person, a host named
after a venue ("Gastgeber des Treffens im Kongresszentrum ... war X"), "whose country ... is hosting", ", who hosted
the event", and members listed in a sentence of their own ("Mitglieder sind A und B")."""

from __future__ import annotations

import pytest
from conftest import check_relations, relation_triples

FORUM_EN = "event:north-sea-energy-forum-2026"
FORUM_DE = "event:nordsee-energieforum-2026"


_found = relation_triples
_check = check_relations


@pytest.mark.parametrize("text, lang, expected, absent", [
    ("The North Sea Energy Forum opened in Bergen on Monday. The meeting was attended by the foreign ministers of "
     "Georgia, Armenia and Moldova.", "en",
     {("ATTENDED", "country:ge", FORUM_EN), ("ATTENDED", "country:am", FORUM_EN), ("ATTENDED", "country:md", FORUM_EN)},
     set()),
    # a number before the plural: delegates from a state, not the state itself
    ("The North Sea Energy Forum opened in Bergen on Monday. It was attended by some 300 delegates from Georgia and "
     "Armenia.", "en", set(), {("ATTENDED", "country:ge", FORUM_EN), ("ATTENDED", "country:am", FORUM_EN)}),
    ("Das Nordsee-Energieforum fand in Bergen statt. An dem Treffen nahmen die Präsidenten Russlands, Belarus' und "
     "Armeniens teil.", "de",
     {("ATTENDED", "country:ru", FORUM_DE), ("ATTENDED", "country:by", FORUM_DE), ("ATTENDED", "country:am", FORUM_DE)},
     set()),
    ("Das Nordsee-Energieforum fand in Bergen statt. An der Konferenz nehmen unter anderem die Umweltminister "
     "Tadschikistans und Turkmenistans teil.", "de",
     {("ATTENDED", "country:tj", FORUM_DE), ("ATTENDED", "country:tm", FORUM_DE)}, set()),
    # a named office holder attends, not the state of the title
    ("Das Nordsee-Energieforum fand in Bergen statt. An dem Forum nahm der Außenminister Tadschikistans, "
     "Rustam Qodirzoda, teil.", "de", set(), {("ATTENDED", "country:tj", FORUM_DE)}),
])
def test_states_through_office_holders(extractor, text, lang, expected, absent):
    _check(extractor, text, lang, expected, absent)


@pytest.mark.parametrize("text, lang, expected, absent", [
    ("The North Sea Energy Forum opened in Bergen on Monday. Pakistani Prime Minister Shahid Qureshi-Malik and "
     "Mongolian President Otgonbayar Luvsan also took part, as did representatives of the United Nations.", "en",
     {("ATTENDED", "person:shahid-qureshi-malik", FORUM_EN), ("ATTENDED", "person:otgonbayar-luvsan", FORUM_EN),
      ("ATTENDED", "org:un", FORUM_EN)}, set()),
    # "took part" with an object that is not the gathering: no attendance
    ("The North Sea Energy Forum opened in Bergen on Monday. Pakistani Prime Minister Shahid Qureshi-Malik took "
     "part in a protest in Lahore.", "en", set(), {("ATTENDED", "person:shahid-qureshi-malik", FORUM_EN)}),
    ("Das Nordsee-Energieforum fand in Bergen statt. Kirgisistan wurde von Ministerpräsident Adylbek Tschorobekow "
     "vertreten.", "de",
     {("ATTENDED", "country:kg", FORUM_DE), ("ATTENDED", "person:adylbek-tschorobekow", FORUM_DE)}, set()),
    ("Das Nordsee-Energieforum fand in Bergen statt. Die Position wurde von Ministerpräsident Adylbek Tschorobekow "
     "lange vertreten.", "de", set(), {("ATTENDED", "person:adylbek-tschorobekow", FORUM_DE)}),
])
def test_participants_without_object(extractor, text, lang, expected, absent):
    _check(extractor, text, lang, expected, absent)


@pytest.mark.parametrize("text, lang, expected, absent", [
    ("Die Organisation Türkischer Staaten tagte in Gabala. Zum Abschluss übergab Präsident Ilham Alijew den Vorsitz "
     "der Organisation an Kasachstan.", "de", {("CHAIRED", "country:kz", "org:ots")}, set()),
    ("CARICOM leaders met in Georgetown. At the end, the outgoing chair handed over the chairmanship of the bloc to "
     "Saint Lucia.", "en", {("CHAIRED", "country:lc", "org:caricom")}, set()),
    ("CARICOM leaders met in Georgetown. He handed the chairmanship papers to Saint Lucia's reporters.", "en",
     set(), {("CHAIRED", "country:lc", "org:caricom")}),
])
def test_chair_handed_on(extractor, text, lang, expected, absent):
    _check(extractor, text, lang, expected, absent)


@pytest.mark.parametrize("text, lang, expected, absent", [
    ("Das Nordsee-Energieforum fand in Bergen statt. Gastgeber des Treffens im Kongresszentrum des Ferienortes war "
     "der norwegische Ministerpräsident Sverre Lindahl-Bakke.", "de",
     {("HOSTED", "person:sverre-lindahl-bakke", FORUM_DE)}, set()),
    ("The North Sea Energy Forum opened in Bergen. The meeting is chaired by Swiss Foreign Minister Laurent "
     "Vuilleumier, whose country holds the rotating OSCE chairmanship this year and is hosting the gathering.", "en",
     {("HOSTED", "country:ch", FORUM_EN)}, {("HOSTED", "person:laurent-vuilleumier", FORUM_EN)}),
    # the relative clause ends before the verb: its subject hosts
    ("The North Sea Energy Forum opened in Bergen. Swiss Foreign Minister Laurent Vuilleumier, whose country holds "
     "the chairmanship, hosted the gathering.", "en",
     {("HOSTED", "person:laurent-vuilleumier", FORUM_EN)}, {("HOSTED", "country:ch", FORUM_EN)}),
    ("The North Sea Energy Forum opened at the Bergen Financial Centre with a keynote speech by President Sverre "
     "Lindahl-Bakke, who hosted the event for the third time.", "en",
     {("HOSTED", "person:sverre-lindahl-bakke", FORUM_EN)}, {("HOSTED", "org:bergen-financial-centre", FORUM_EN)}),
])
def test_hosts_after_venue_and_relatives(extractor, text, lang, expected, absent):
    _check(extractor, text, lang, expected, absent)


@pytest.mark.parametrize("text, lang, expected, absent", [
    ("Die Organisation Türkischer Staaten wurde 2009 in Nachitschewan gegründet. Mitglieder sind Aserbaidschan, "
     "Kasachstan und die Türkei.", "de",
     {("MEMBER_OF", "country:az", "org:ots"), ("MEMBER_OF", "country:kz", "org:ots"),
      ("MEMBER_OF", "country:tr", "org:ots")}, set()),
    ("The Economic Cooperation Organization met in Baku. Its members are Iran, Pakistan and Turkey.", "en",
     {("MEMBER_OF", "country:ir", "org:eco"), ("MEMBER_OF", "country:pk", "org:eco"),
      ("MEMBER_OF", "country:tr", "org:eco")}, set()),
    ("The Economic Cooperation Organization met in Baku. Members of parliament from Iran attended.", "en",
     set(), {("MEMBER_OF", "country:ir", "org:eco")}),
])
def test_members_in_own_sentence(extractor, text, lang, expected, absent):
    _check(extractor, text, lang, expected, absent)
