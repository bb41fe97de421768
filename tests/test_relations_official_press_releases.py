"""Relations of formal government press releases (Asia-Pacific, Gulf, Africa, Latin America): "graced",
"led the delegation to", "delivered a statement at", "founded", "X hosted Y", a banquet at a palace in someone's
honour, "who" after a titled apposition, the person a title or body stands for, and sites named with their city."""

from __future__ import annotations

import pytest

from conftest import extract_text


@pytest.mark.parametrize("text, lang, expected", [
    ("The Minister of Foreign Affairs of Nigeria, Amb. Bala Idris Kaura, graced the 50th Anniversary Celebration of "
     "the Economic Community of West African States.", "en",
     ("ATTENDED", "person:bala-idris-kaura", "event:ecowas-anniversary-celebration-2025")),
    ("The Minister of Foreign Affairs of Peru, Ambassador Raul Quispe Mendoza, led the Peruvian delegation to the "
     "XVII Ministerial Meeting of the Pacific Alliance.", "en",
     ("ATTENDED", "person:raul-quispe-mendoza", "event:xvii-ministerial-meeting-of-the-pacific-alliance-2025")),
    ("Außenministerin Karla Wendt leitete die deutsche Delegation beim Gipfeltreffen der Pazifik-Allianz in Lima.",
     "de", ("ATTENDED", "person:karla-wendt", "event:gipfeltreffen-der-pazifik-allianz-2025")),
    ("The XVII Ministerial Meeting of the Pacific Alliance opened on Friday. Minister Raul Quispe Mendoza of Peru "
     "delivered a statement at the plenary session.", "en",
     ("ADDRESSED", "person:raul-quispe-mendoza", "event:xvii-ministerial-meeting-of-the-pacific-alliance-2025")),
    ("Peru, Chile, Colombia and Mexico founded the Pacific Alliance in 2011.", "en",
     ("MEMBER_OF", "country:co", "org:pacific-alliance")),
    ("Peru, Chile, Kolumbien und Mexiko gründeten 2011 die Pazifik-Allianz.", "de",
     ("MEMBER_OF", "country:co", "org:pacific-alliance")),
])
def test_relations_formal_attendance_speech_and_founding(extractor, text, lang, expected):
    _, _, rels = extract_text(extractor, text, lang, "2025-04-28")
    assert expected in {r[:3] for r in rels}, rels


@pytest.mark.parametrize("text, lang, absent", [
    # "graced" with no gathering; "founded" with a person or a date as object
    ("The Minister graced the occasion with a short poem.", "en", "ATTENDED"),
    ("The Pacific Alliance was founded in 2011 by four states.", "en", "MEMBER_OF"),
    ("Er leitete die Delegation mit großer Umsicht.", "de", "ATTENDED"),
])
def test_relations_formal_attendance_negatives(extractor, text, lang, absent):
    _, _, rels = extract_text(extractor, text, lang, "2025-04-28")
    assert not any(r[0] == absent and not r[1].startswith("country:") for r in rels), rels


@pytest.mark.parametrize("text, host, guest", [
    # a person right after "hosted" is the guest; the two met
    ("President Daniel Otieno Kamau hosted President Rafael Lins Cardoso at State House, Nairobi.",
     "person:daniel-otieno-kamau", "person:rafael-lins-cardoso"),
    ("Kenya's President, Daniel Otieno Kamau, today hosted Brazil's President, Rafael Lins Cardoso, at State House.",
     "person:daniel-otieno-kamau", "person:rafael-lins-cardoso"),
    # a banquet at a palace in the guest's honour
    ("Sultan Qabus bin Tarik Al Said hosted a State Banquet at Al Alam Palace in honour of President Kofi Mensah-Bonsu.",
     "person:qabus-bin-tarik-al-said", "person:kofi-mensah-bonsu"),
])
def test_relations_hosted_guest(extractor, text, host, guest):
    _, _, rels = extract_text(extractor, text, "en", "2025-06-09")
    triples = {r[:3] for r in rels}
    assert ("HOSTED", host, guest) in triples, rels
    assert ("MET_WITH", host, guest) in triples or ("MET_WITH", guest, host) in triples, rels


@pytest.mark.parametrize("text", [
    # the guest is not the object right after "hosted": a delegation, an event
    "President Daniel Otieno Kamau hosted the delegation of Brazil led by President Rafael Lins Cardoso.",
    "President Daniel Otieno Kamau hosted the summit that President Rafael Lins Cardoso attended.",
])
def test_relations_hosted_guest_negatives(extractor, text):
    _, _, rels = extract_text(extractor, text, "en", "2025-06-09")
    assert not any(r[0] == "HOSTED" and r[2] == "person:rafael-lins-cardoso" for r in rels), rels


@pytest.mark.parametrize("text, expected", [
    # "who" after a titled apposition or "of <country>" is about the named person
    ("Sultan Qabus bin Tarik Al Said received in audience Kofi Mensah-Bonsu, President of the Republic of Ghana, who "
     "is on a state visit to the Sultanate of Oman.", ("VISITED", "person:kofi-mensah-bonsu", "country:om")),
    ("President Ana Ruiz-Soto met Foreign Minister Karl Berglund of Norway, who arrived in Lima on Monday.",
     ("VISITED", "person:karl-berglund", "place:lima")),
])
def test_relations_who_after_apposition(extractor, text, expected):
    _, _, rels = extract_text(extractor, text, "en", "2025-02-24")
    assert expected in {r[:3] for r in rels}, rels


def test_relations_who_after_apposition_negative(extractor):
    # the clause closes and the main verb follows: the subject before it acted
    text = "President Ana Ruiz-Soto, who arrived in Lima on Monday, met Foreign Minister Karl Berglund of Norway."
    _, _, rels = extract_text(extractor, text, "en", "2025-02-24")
    triples = {r[:3] for r in rels}
    assert ("VISITED", "person:ana-ruiz-soto", "place:lima") in triples, rels
    assert ("VISITED", "person:karl-berglund", "place:lima") not in triples, rels


@pytest.mark.parametrize("text, lang, expected", [
    # the person a title names stands for the body or state inside it
    ("The 50th Anniversary Summit opened in Abuja. The event was hosted by the President of the ECOWAS Commission, "
     "Dr. Amadou Sy-Kane.", "en", ("HOSTED", "person:amadou-sy-kane", "event:anniversary-summit-2025")),
    ("She met the Minister of Foreign Affairs of New Zealand, Rowan Tui Marsden. On 18 March, the New Zealand "
     "Foreign Minister represented his country at the Manila Dialogue on Maritime Cooperation.", "en",
     ("ATTENDED", "person:rowan-tui-marsden", "event:manila-dialogue-on-maritime-cooperation-2025")),
    ("Foreign Minister Rowan Tui Marsden of New Zealand represented his country at the Manila Dialogue on Maritime "
     "Cooperation.", "en", ("ATTENDED", "person:rowan-tui-marsden", "event:manila-dialogue-on-maritime-cooperation-2025")),
    ("Die Minister trafen Rowan Tui Marsden, den Außenminister Neuseelands. Am 18. März nahm der neuseeländische "
     "Außenminister am Manila-Dialog teil.", "de", ("ATTENDED", "person:rowan-tui-marsden", "event:manila-dialog-2025")),
])
def test_relations_title_person_for_body(extractor, text, lang, expected):
    _, _, rels = extract_text(extractor, text, lang, "2025-03-20")
    assert expected in {r[:3] for r in rels}, rels


def test_relations_body_host_without_person_negative(extractor):
    text = "The 50th Anniversary Summit was hosted by the ECOWAS Commission in Abuja."
    _, _, rels = extract_text(extractor, text, "en", "2025-05-30")
    assert ("HOSTED", "org:ecowas-commission", "event:anniversary-summit-2025") in {r[:3] for r in rels}, rels


@pytest.mark.parametrize("text, lang, expected", [
    # a site with its city after a comma, and a site in a "where" clause after a town
    ("President Kamau-Ole welcomed the delegation at State House, Nairobi.", "en",
     ("LOCATED_IN", "place:state-house", "place:nairobi")),
    ("The Minister attended the 50th Anniversary Summit, held at the Golden Jubilee Conference Centre, Abuja, on "
     "28 May 2025.", "en", ("HELD_IN", "event:anniversary-summit-2025", "place:abuja")),
    ("President Kamau-Ole travelled to Mombasa, where he toured the Port of Mombasa.", "en",
     ("LOCATED_IN", "place:port-of-mombasa", "place:mombasa")),
    ("Minister Karl Berglund reiste nach Mombasa, wo er den Hafen von Mombasa besichtigte.", "de",
     ("LOCATED_IN", "place:hafen-von-mombasa", "place:mombasa")),
])
def test_relations_sites_and_their_city(extractor, text, lang, expected):
    _, _, rels = extract_text(extractor, text, lang, "2025-05-30")
    assert expected in {r[:3] for r in rels}, rels


@pytest.mark.parametrize("text", [
    # a list of towns is no site in a town; a town after a town in a "where" clause lies elsewhere
    "Minister Karl Berglund visited Nairobi, Mombasa and Kisumu.",
    "Minister Karl Berglund travelled to Nairobi, where he later flew on to Mombasa.",
])
def test_relations_sites_and_their_city_negatives(extractor, text):
    _, _, rels = extract_text(extractor, text, "en", "2025-05-30")
    assert not any(r[0] == "LOCATED_IN" and r[1] in ("place:mombasa", "place:nairobi") and r[2].startswith("place:")
                   for r in rels), rels


@pytest.mark.parametrize("text, lang, expected", [
    # an unnamed counterpart is the one holder of a post of that country the text named before
    ("The Minister of Foreign Affairs of Colombia, Mauricio Echeverri, opened the XVII Ministerial Meeting of the "
     "Pacific Alliance. Foreign Minister Gonzalo Rios of Peru held a bilateral meeting with his Colombian "
     "counterpart.", "en", ("MET_WITH", "person:gonzalo-rios", "person:mauricio-echeverri")),
    ("Der Außenminister Kolumbiens, Mauricio Echeverri, eröffnete die Konferenz. Außenministerin Karla Wendt traf "
     "ihren kolumbianischen Amtskollegen.", "de", ("MET_WITH", "person:karla-wendt", "person:mauricio-echeverri")),
])
def test_relations_unnamed_counterpart(extractor, text, lang, expected):
    _, _, rels = extract_text(extractor, text, lang, "2025-04-28")
    assert expected in {r[:3] for r in rels}, rels


def test_relations_unnamed_counterpart_negative(extractor):
    # no holder of a Panamanian post was named: the counterpart stays unknown
    text = ("The Minister of Foreign Affairs of Colombia, Mauricio Echeverri, opened the meeting. Foreign Minister "
            "Gonzalo Rios of Peru met his Panamanian counterpart.")
    _, _, rels = extract_text(extractor, text, "en", "2025-04-28")
    assert not any(r[0] == "MET_WITH" for r in rels), rels
