"""UN press material: General Assembly and Human Rights Council sessions, Security Council presidencies, ECOSOC
forums, UN conferences and side events ("its sixty-first session", "the Council presidency", "delivered remarks
at the event", "The Forum also heard from X and from Y", "Deputy Secretary-General X ... the Secretary-General")."""

from __future__ import annotations

import pytest
from conftest import extract_text


def _found(extractor, text: str, lang: str = "en", date: str = "2026-02-23"):
    _, names, rels = extract_text(extractor, text, lang, date)
    return names, {r[:3] for r in rels}


@pytest.mark.parametrize("text, lang, date, expected, absent", [
    # a numbered session of a body is an event; the body is still named
    ("Prime Minister Oskar Lindahl-Brandt of Sweden addressed the 80th session of the United Nations General "
     "Assembly on Tuesday.", "en", "2025-09-23",
     {("ADDRESSED", "person:oskar-lindahl-brandt", "event:80th-session-of-the-united-nations-general-assembly-2025")},
     set()),
    # "its sixty-first session": the session of the body named before it
    ("The Human Rights Council today opened its sixty-first session at the Palais des Nations.", "en", "2026-02-23",
     {("HELD_IN", "event:sixty-first-session-of-the-human-rights-council-2026", "place:palais-des-nations")}, set()),
    # an unnumbered session is no event of its own
    ("Prime Minister Oskar Lindahl-Brandt of Sweden addressed the session of the General Assembly.", "en",
     "2025-09-23", set(),
     {("ADDRESSED", "person:oskar-lindahl-brandt", "event:session-of-the-general-assembly-2025")}),
])
def test_numbered_sessions(extractor, text, lang, date, expected, absent):
    _, rels = _found(extractor, text, lang, date)
    assert expected <= rels
    assert not absent & rels


@pytest.mark.parametrize("text, lang, expected, absent", [
    # "the Council presidency" after the Security Council was named
    ("The Security Council held an open debate. The meeting was presided over by Jonas Aldert-Vries, Minister "
     "for Foreign Affairs of the Netherlands, which holds the Council presidency for March.", "en",
     {("CHAIRED", "country:nl", "org:unsc")}, set()),
    ("The Security Council met on Monday. Malta holds the presidency of the Council this month.", "en",
     {("CHAIRED", "country:mt", "org:unsc")}, set()),
    # "the Council of Europe" is a name, not "the Council" standing for the Security Council
    ("The Security Council met on Monday. Malta holds the presidency of the Council of Europe.", "en",
     {("CHAIRED", "country:mt", "org:coe")}, {("CHAIRED", "country:mt", "org:unsc")}),
    ("Der UN-Sicherheitsrat tagte am Montag. Malta hat den Vorsitz im Sicherheitsrat inne.", "de",
     {("CHAIRED", "country:mt", "org:unsc")}, set()),
])
def test_council_presidency(extractor, text, lang, expected, absent):
    _, rels = _found(extractor, text, lang)
    assert expected <= rels
    assert not absent & rels


@pytest.mark.parametrize("text, lang, date, person, absent_person", [
    # a deputy's post is not the post: "the Secretary-General" is the KB's holder, not the EEAS deputy
    ("The Deputy Secretary-General of the European External Action Service, Helene Marchand-Lys, spoke. "
     "Later, the Secretary-General met with Foreign Minister Jonas Aldert-Vries of the Netherlands.", "en",
     "2015-11-19", "person:ban-ki-moon", "person:helene-marchand-lys"),
    ("Vizekanzlerin Petra Lindner-Haas sprach zuerst. Danach traf der Kanzler den niederländischen Außenminister "
     "Jonas Aldert-Vries.", "de", "2026-03-01", None, "person:petra-lindner-haas"),
    # the same post keeps resolving to the person named with it
    ("Secretary-General Lukas Brenner-Holt of the OSCE arrived. Later, the Secretary-General met with Foreign "
     "Minister Jonas Aldert-Vries of the Netherlands.", "en", "2026-03-01", "person:lukas-brenner-holt", None),
])
def test_deputy_is_not_the_post(extractor, text, lang, date, person, absent_person):
    _, rels = _found(extractor, text, lang, date)
    met = {a for t, a, b in rels if t == "MET_WITH"} | {b for t, a, b in rels if t == "MET_WITH"}
    if person:
        assert person in met
    if absent_person:
        assert absent_person not in met


@pytest.mark.parametrize("text, date, expected, absent", [
    # a title the KB lists whole resolves by date, not by its ambiguous head ("High Commissioner")
    ("The UN High Commissioner for Human Rights told the Human Rights Council that civic space had shrunk.",
     "2026-02-23", {("ADDRESSED", "person:volker-turk", "org:unhrc")}, set()),
    ("The UN High Commissioner for Human Rights told the Human Rights Council that civic space had shrunk.",
     "2016-02-23", {("ADDRESSED", "person:zeid-ra-ad-al-hussein", "org:unhrc")},
     {("ADDRESSED", "person:volker-turk", "org:unhrc")}),
    # the head alone stays ambiguous (refugees or human rights)
    ("The High Commissioner told the Human Rights Council that civic space had shrunk.", "2026-02-23", set(),
     {("ADDRESSED", "person:volker-turk", "org:unhrc")}),
])
def test_whole_title_by_date(extractor, text, date, expected, absent):
    _, rels = _found(extractor, text, "en", date)
    assert expected <= rels
    assert not absent & rels


@pytest.mark.parametrize("text, expected, absent", [
    # side events: "Event", "Roundtable" heads; "X for Y Dialogue"; hosts and venue past a time phrase
    ("The High-Level Event on Adaptation Finance, co-hosted by Denmark and Kenya, took place in the afternoon in "
     "the Trusteeship Council Chamber.",
     {("HOSTED", "country:dk", "event:high-level-event-on-adaptation-finance-2026"),
      ("HELD_IN", "event:high-level-event-on-adaptation-finance-2026", "place:trusteeship-council-chamber")}, set()),
    ("The Geneva Roundtable on Climate Displacement was held on Tuesday at the Palais Wilson.",
     {("HELD_IN", "event:geneva-roundtable-on-climate-displacement-2026", "place:palais-wilson")}, set()),
    ("The Debt Swaps for Nature Dialogue, co-hosted by Barbados and the Economic Commission for Africa, took place "
     "on Tuesday.",
     {("HOSTED", "country:bb", "event:debt-swaps-for-nature-dialogue-2026")},
     {("HOSTED", "country:bb", "event:nature-dialogue-2026")}),
    # the participle after the clause's comma names the hosts, with only places between
    ("The Lisbon Ocean Conference opened on Wednesday in the Portuguese capital, co-hosted by Portugal and Kenya.",
     {("HOSTED", "country:ke", "event:lisbon-ocean-conference-2026")}, set()),
    ("The Lisbon Ocean Conference opened on Wednesday after talks between Ana Duarte-Lobo and the World Bank, "
     "hosted by Portugal.", set(), {("HOSTED", "country:pt", "event:lisbon-ocean-conference-2026")}),
    # "the forum, hosted by X and co-organized by Y, is being held at Z"; not past a clause of another kind
    ("The Tripoli Migration Forum opened. The two-day forum, hosted by Libya and co-organized by Italy, is being "
     "held at the Palais Wilson.",
     {("HELD_IN", "event:tripoli-migration-forum-2026", "place:palais-wilson")}, set()),
    ("The Tripoli Migration Forum opened. The minister, whom the forum praised, is being held at the Palais Wilson.",
     set(), {("HELD_IN", "event:tripoli-migration-forum-2026", "place:palais-wilson")}),
    # "the conference is being held at X"
    ("The Lisbon Ocean Conference opened. The conference is being held at the Palais Wilson until Friday.",
     {("HELD_IN", "event:lisbon-ocean-conference-2026", "place:palais-wilson")}, set()),
])
def test_side_events(extractor, text, expected, absent):
    _, rels = _found(extractor, text)
    assert expected <= rels
    assert not absent & rels


FORUM = "event:lisbon-ocean-forum-2026"


@pytest.mark.parametrize("text, expected, absent", [
    # "delivered remarks at": the verb's subjects spoke
    ("The Lisbon Ocean Forum opened. Prime Minister Signe Holm-Varde of Denmark and President Ruto Kamau-Otieno "
     "of Kenya delivered remarks at the forum.",
     {("ADDRESSED", "person:signe-holm-varde", FORUM), ("ADDRESSED", "person:ruto-kamau-otieno", FORUM)}, set()),
    # "telling the Assembly": a body is the audience; "telling them" is not
    ("The General Assembly met. President Ana Duarte-Lobo of Portugal spoke next, telling the Assembly that the "
     "world was in danger.", {("ADDRESSED", "person:ana-duarte-lobo", "org:unga")}, set()),
    ("The General Assembly met. President Ana Duarte-Lobo of Portugal spoke to reporters, telling them that "
     "the Assembly was divided.", set(), {("ADDRESSED", "person:ana-duarte-lobo", "org:unga")}),
    # "The Forum also heard from X, and from Y"
    ("The Lisbon Ocean Forum opened. The Forum also heard from the Director of the World Bank, Martin Kessel-Ade, "
     "and from Zambia's Minister of Finance, Chanda Mwansa-Phiri, who spoke about debt.",
     {("ADDRESSED", "person:martin-kessel-ade", FORUM), ("ADDRESSED", "person:chanda-mwansa-phiri", FORUM)}, set()),
    # "took part in the high-level segment": the session the text reports
    ("The Human Rights Council today opened its sixty-first session, beginning a high-level segment. Costa Rica's "
     "Foreign Minister, Ana Vargas-Sol, took part in the high-level segment.",
     {("ATTENDED", "person:ana-vargas-sol", "event:sixty-first-session-of-the-human-rights-council-2026")}, set()),
])
def test_speakers_and_audiences(extractor, text, expected, absent):
    _, rels = _found(extractor, text)
    assert expected <= rels
    assert not absent & rels


@pytest.mark.parametrize("text, expected, absent", [
    # "Special Envoy on Water, X": a topic after the post, then the holder's name
    ("On the margins, the UN Special Envoy on Water, Tanvir Rahim-Chowdhury, met with Foreign Minister Farrukh "
     "Sharif-Nazarov of Tajikistan.",
     {("HOLDS_OFFICE", "person:tanvir-rahim-chowdhury", "org:un"),
      ("MET_WITH", "person:tanvir-rahim-chowdhury", "person:farrukh-sharif-nazarov")}, set()),
    # "on Monday" is a date, not a topic
    ("The UN Special Envoy on Monday met Foreign Minister Farrukh Sharif-Nazarov of Tajikistan.", set(),
     {("HOLDS_OFFICE", "person:monday", "org:un")}),
    # "President of the Council, Ambassador X of Sweden": both posts
    ("The President of the Human Rights Council, Ambassador Sofia Lind-Parra of Sweden, opened the session.",
     {("HOLDS_OFFICE", "person:sofia-lind-parra", "org:unhrc"),
      ("HOLDS_OFFICE", "person:sofia-lind-parra", "country:se")}, set()),
    # "travelled to X to attend the Y": Y is held in X
    ("The UN Special Envoy, Ousmane Diallo-Kane, travelled to Kinshasa on Monday to attend the Kinshasa Peace "
     "Conference.", {("HELD_IN", "event:kinshasa-peace-conference-2026", "place:kinshasa")}, set()),
    ("Ousmane Diallo-Kane travelled to Kinshasa after he had attended the Luanda Peace Conference.", set(),
     {("HELD_IN", "event:luanda-peace-conference-2026", "place:kinshasa")}),
])
def test_un_posts_and_venues(extractor, text, expected, absent):
    _, rels = _found(extractor, text)
    assert expected <= rels
    assert not absent & rels


@pytest.mark.parametrize("text, expected, absent", [
    ("The Chair of UN-Water, Kerstin Dahl-Moe, presented the report.",
     {("CHAIRED", "person:kerstin-dahl-moe", "org:un-water")}, set()),
    ("The Democratic Republic of the Congo currently chairs the International Conference on the Great Lakes Region "
     "(ICGLR).", {("CHAIRED", "country:cd", "org:icglr")}, set()),
    ("The Executive Secretary of the UN Framework Convention on Climate Change, Aurelio Bast-Ruiz, attended.",
     {("HOLDS_OFFICE", "person:aurelio-bast-ruiz", "org:unfccc")}, set()),
    # "a UN conference" is not an event named "UN Conference"
    ("It was the second UN conference devoted to water since 1977.", set(), set()),
])
def test_un_bodies_in_kb(extractor, text, expected, absent):
    names, rels = _found(extractor, text)
    assert expected <= rels
    assert not absent & rels
    assert "event:un-conference-2026" not in names


@pytest.mark.parametrize("text, expected, absent", [
    # the dateline's city holds the session a body opens ("opened its sixty-first session")
    ("Council opens session\n\nGENEVA, 23 February 2026 – The Human Rights Council today opened its sixty-first "
     "session, beginning a high-level segment.",
     {("HELD_IN", "event:sixty-first-session-of-the-human-rights-council-2026", "place:geneva")}, set()),
    ("Council reviews session\n\nGENEVA, 23 February 2026 – The Human Rights Council today reviewed its "
     "sixty-first session.", set(),
     {("HELD_IN", "event:sixty-first-session-of-the-human-rights-council-2026", "place:geneva")}),
])
def test_dateline_session(extractor, text, expected, absent):
    _, rels = _found(extractor, text)
    assert expected <= rels
    assert not absent & rels

