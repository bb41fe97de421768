"""Entities of Asia-Pacific, Gulf and Central Asian texts: posts with field words, German genitive owners,
possessed one-word posts, unknown ministries and companies, German body names, event name variants."""

from __future__ import annotations

import pytest

from conftest import extract_text


@pytest.mark.parametrize("text, lang, person, owner", [
    # the name after a post's field words ("for Fisheries and Forestry") is the holder, not part of the post
    ("Fijian Minister for Fisheries and Forestry Aleki Vunivalu-Tora, Philippine Secretary of Foreign Affairs "
     "Marisol Dantes-Ocampo and Samoa's Deputy Prime Minister Tuala Sefo attended.", "en",
     "person:aleki-vunivalu-tora", "country:fj"),
    ("Fijian Minister for Fisheries and Forestry Aleki Vunivalu-Tora, Philippine Secretary of Foreign Affairs "
     "Marisol Dantes-Ocampo and Samoa's Deputy Prime Minister Tuala Sefo attended.", "en",
     "person:marisol-dantes-ocampo", "country:ph"),
    ("Emirati Minister of State for International Cooperation Noura Khalfan Al Suwaidi and Qatari Deputy Prime "
     "Minister Hamad Al Marri took part.", "en", "person:noura-khalfan-al-suwaidi", "country:ae"),
    ("The delegation was led by Omani Minister of Energy and Minerals Salim bin Nasser Al Harrasi.", "en",
     "person:salim-bin-nasser-al-harrasi", "country:om"),
    # German fields with lower-case adjectives
    ("Die tadschikische Ministerin für Industrie und neue Technologien, Zarina Nabieva, eröffnete das Forum.", "de",
     "person:zarina-nabieva", "country:tj"),
    ("Dort traf sie den indonesischen Minister für Nationale Entwicklungsplanung, Bima Santoso.", "de",
     "person:bima-santoso", "country:id"),
])
def test_entities_field_words_end_the_post(extractor, text, lang, person, owner):
    _, names, rels = extract_text(extractor, text, lang, date="2026-05-04")
    assert person in names, names
    assert ("HOLDS_OFFICE", person, owner) in {r[:3] for r in rels}, rels


@pytest.mark.parametrize("text, lang, absent", [
    # a field word that is no name, and a country after the field: no person read from them
    ("The Minister for Climate Action and Environment spoke on Monday.", "en", "person:action"),
    ("The Minister for Foreign Affairs and Trade of Samoa welcomed the decision.", "en", "person:trade"),
    ("Die Ministerin für wirtschaftliche Zusammenarbeit und Entwicklung sprach am Montag.", "de",
     "person:entwicklung"),
])
def test_entities_field_words_negatives(extractor, text, lang, absent):
    _, names, _ = extract_text(extractor, text, lang, date="2026-05-04")
    assert absent not in names, names
    assert not any(i.startswith("person:") for i in names), names


@pytest.mark.parametrize("text, lang, person, owner", [
    # German: a country right after the post is its genitive owner; inflected heads ("Kronprinzen")
    ("Zudem führt sie Gespräche mit dem Außenminister Kuwaits, Nasser Al Dawood.", "de",
     "person:nasser-al-dawood", "country:kw"),
    ("In Hanoi wird sie vom stellvertretenden Ministerpräsidenten Vietnams, Tran Van Minh, empfangen.", "de",
     "person:tran-van-minh", "country:vn"),
    ("In Kuwait wird sie vom kuwaitischen Kronprinzen, Scheich Fahad Salem Al Sabah, empfangen.", "de",
     "person:scheich-fahad-salem-al-sabah", "country:kw"),
    # "vom" before a post is the agent of a passive, not the complement of the guest's post
    ("In Duschanbe wird der Sonderbeauftragte vom Ersten Stellvertretenden Ministerpräsidenten Tadschikistans, "
     "Rustam Sharifzoda, empfangen.", "de", "person:rustam-sharifzoda", "country:tj"),
    # a one-word post after a possessive owner, then a comma and the name
    ("Kiribati's President, Tane Ioteba, sent a video message.", "en", "person:tane-ioteba", "country:ki"),
    ("The Asian Development Bank sent a delegation led by its Vice-President, Hu Lanfang.", "en",
     "person:hu-lanfang", "org:adb"),
])
def test_entities_genitive_and_possessed_owners(extractor, text, lang, person, owner):
    _, names, rels = extract_text(extractor, text, lang, date="2026-05-04")
    assert person in names, names
    assert ("HOLDS_OFFICE", person, owner) in {r[:3] for r in rels}, rels


@pytest.mark.parametrize("text, lang", [
    # no genitive owner without a country right after the post; no name from a bare "The President, however"
    ("Der Sonderbeauftragte Lars Dahlberg reiste nach Kasachstan und Usbekistan.", "de"),
    ("The President, however, did not attend the meeting in Kiribati.", "en"),
])
def test_entities_genitive_and_possessed_negatives(extractor, text, lang):
    _, names, rels = extract_text(extractor, text, lang, date="2026-05-04")
    assert not any(r[0] == "HOLDS_OFFICE" for r in rels), rels
    assert not any(i.startswith("person:") and "however" in i for i in names), names


@pytest.mark.parametrize("text, lang, org", [
    # "Ministry of X" names a ministry; a company noun announces an unknown company
    ("The Forum was hosted by the Ministry of Transport of Uzbekistan.", "en", "org:ministry-of-transport-of-uzbekistan"),
    ("Die Konferenz wurde vom kirgisischen Ministerium für Wasserwirtschaft ausgerichtet.", "de",
     "org:ministerium-fur-wasserwirtschaft"),
    ("The Indonesian shipping company PT Laut Biru Lines signed the agreement.", "en", "org:pt-laut-biru-lines"),
    ("He met the head of the railway company Kazakhstan Temir Zholy (KTZ) on Monday.", "en",
     "org:kazakhstan-temir-zholy"),
    ("Sie sprach mit dem staatlichen Stromversorger Vietnam Electricity (EVN) über Solarparks.", "de",
     "org:vietnam-electricity"),
    # two bodies joined by "and the"; "X-based" is no part of the name
    ("They signed a deal between the Dubai-based Falcon Crest Holdings and the Straits Power Corporation.", "en",
     "org:falcon-crest-holdings"),
    ("They signed a deal between the Dubai-based Falcon Crest Holdings and the Straits Power Corporation.", "en",
     "org:straits-power-corporation"),
    # German: elided compounds and capitalised adjectives inside a name; German government bodies
    ("Sie trifft Vertreter der Deutsch-Emiratischen Industrie- und Handelskammer.", "de",
     "org:deutsch-emiratischen-industrie-und-handelskammer"),
    ("Das Forum wird gemeinsam mit dem Ostausschuss der Deutschen Wirtschaft eröffnet.", "de",
     "org:ostausschuss-der-deutschen-wirtschaft"),
    ("Pressemitteilung des Auswärtigen Amts, 12.11.2025", "de", "org:auswaertiges-amt"),
])
def test_entities_unknown_bodies(extractor, text, lang, org):
    _, names, _ = extract_text(extractor, text, lang, date="2026-05-04")
    assert org in names, names


@pytest.mark.parametrize("text, lang, absent_prefix", [
    # a described ministry, a bare company noun, a country after it, a common noun phrase: no new body
    ("The deal was announced by the Kazakh Foreign Ministry on Monday.", "en", "org:kazakh-foreign-ministry"),
    ("Nach Angaben des Außenministeriums wurde das Abkommen unterzeichnet.", "de", "org:aussenministeriums"),
    ("The company said on Monday that talks would continue.", "en", "org:"),
    ("The agreement names the company Kazakhstan as a partner.", "en", "org:"),
    ("Er landete am Flughafen der Hauptstadt.", "de", "place:flughafen"),
])
def test_entities_unknown_bodies_negatives(extractor, text, lang, absent_prefix):
    _, names, _ = extract_text(extractor, text, lang, date="2026-05-04")
    assert not any(i.startswith(absent_prefix) for i in names), names


@pytest.mark.parametrize("text, lang, place, absent", [
    ("Leaders called for maritime security in the Indian Ocean.", "en", "place:indian-ocean", "country:in"),
    ("Dann besucht die Ministerin ein Projekt im Mekong-Delta.", "de", "place:mekong-delta", None),
    ("The session was held at the Isa Cultural Centre.", "en", "place:isa-cultural-centre",
     "org:isa-cultural-centre"),
])
def test_entities_oceans_deltas_and_venues(extractor, text, lang, place, absent):
    _, names, _ = extract_text(extractor, text, lang, date="2026-05-04")
    assert place in names, names
    assert absent is None or absent not in names, names


def test_entities_headline_event_variant_joins_full_name(extractor):
    text = ("Tashkent Connectivity Forum calls for new links\n\n"
            "The fourth Tashkent International Connectivity Forum closed on Thursday in Tashkent.")
    _, names, _ = extract_text(extractor, text, "en", date="2026-04-03")
    events = [i for i in names if i.startswith("event:")]
    assert len(events) == 1, names


def test_entities_event_variant_negative(extractor):
    text = ("The Asia Energy Forum opened on Monday.\n\n"
            "Delegates then travelled to the Central Asia Energy Forum in Almaty.")
    _, names, _ = extract_text(extractor, text, "en", date="2026-04-03")
    events = [i for i in names if i.startswith("event:")]
    assert len(events) == 2, names
