"""Entities of Central Asian, Caucasus, Russian and Belarusian news: transliterated initials ("Zh."), a KB
surname inside or after a document's own full name, oblasts and regions, hyphenated adjective pairs, news
agency mastheads, German plural posts, posts with plain-word complements, regional gazetteer entries."""

from __future__ import annotations

import pytest

from conftest import extract_text


@pytest.mark.parametrize("text, lang, person, owner", [
    ("Foreign Minister of Kyrgyzstan Aibek Zh. Saparaliev received the delegation on Monday.", "en",
     "person:aibek-saparaliev", "country:kg"),
    ("Uzbek Deputy Foreign Minister Farkhod Kh. Tursunov and Kazakh Deputy Foreign Minister Dana Sh. Mukanova "
     "attended.", "en", "person:dana-mukanova", "country:kz"),
    ("Der kirgisische Außenminister Aibek Sch. Saparaliew empfing die Delegation am Montag.", "de",
     "person:aibek-saparaliew", "country:kg"),
])
def test_entities_digraph_initials(extractor, text, lang, person, owner):
    _, names, rels = extract_text(extractor, text, lang, date="2026-06-08")
    assert person in names, names
    assert ("HOLDS_OFFICE", person, owner) in {r[:3] for r in rels}, rels
    assert not any(i.endswith(("-zh", "-kh", "-sh", "-sch")) for i in names), names


def test_entities_digraph_initial_keeps_sentences_apart(extractor):
    # "Chu." is a word, not an initial: the sentence ends there and the next post's holder stands alone
    _, names, _ = extract_text(extractor, "The talks ended in Chu. Kyrgyz Foreign Minister Aibek Saparaliev left.",
                               "en", date="2026-06-08")
    assert "person:aibek-saparaliev" in names, names
    assert not any(i.startswith("person:chu") for i in names), names


@pytest.mark.parametrize("text, lang, person", [
    # a KB surname ("Karimov" is Islam Karimov's) inside and after the document's own full name is that person
    ("Azerbaijani Foreign Minister Jeyhun Bayramov met Kazakh Foreign Minister Dauren B. Karimov in Baku. "
     "Later Karimov was received by President Ilham Aliyev.", "en", "person:dauren-karimov"),
    ("Am Rande des Forums traf der kasachische Außenminister Dauren Karimow den georgischen Botschafter. "
     "Karimow sprach auch mit Journalisten.", "de", "person:dauren-karimow"),
])
def test_entities_kb_surname_is_documents_person(extractor, text, lang, person):
    _, names, rels = extract_text(extractor, text, lang, date="2026-09-14")
    assert person in names, names
    assert "person:islam-karimov" not in names, names
    assert not any("person:islam-karimov" in r for r in rels), rels


def test_entities_kb_surname_alone_stays_kb_person(extractor):
    _, names, _ = extract_text(extractor, "President Karimov received the delegation in Tashkent.", "en",
                               date="2010-05-04")
    assert "person:islam-karimov" in names, names


@pytest.mark.parametrize("text, lang, place, alias", [
    ("On Tuesday, the envoy will travel to Osh region, where he will meet officials.", "en", "place:osh-region",
     "Osh region"),
    ("Governor of Krasnodar Krai Veniamin Kondratyev arrived in Minsk.", "en", "place:krasnodar-region",
     "Krasnodar Krai"),
    ("After the talks he travelled to Grodno region.", "en", "place:grodno-region", "Grodno region"),
    ("Dort traf sie den Hokim des Gebiets Samarkand, Erkin Turdiev.", "de", "place:samarkand-region",
     "Gebiets Samarkand"),
    ("Am Donnerstag reisen die Delegationen in das Gebiet Chatlon.", "de", "place:chatlon", "Gebiet Chatlon"),
])
def test_entities_regions(extractor, text, lang, place, alias):
    result, names, _ = extract_text(extractor, text, lang, date="2026-05-21")
    assert place in names, names
    assert alias in result.entities[place].aliases, result.entities[place].aliases


def test_entities_region_word_ends_a_governors_post(extractor):
    _, names, _ = extract_text(extractor, "Governor of Krasnodar Krai Veniamin Kondratyev arrived in Minsk.", "en",
                               date="2026-05-21")
    assert "person:veniamin-kondratyev" in names, names


@pytest.mark.parametrize("text, absent", [
    ("Experts of the Great Lakes region met in Nairobi.", "place:great-lakes"),
    ("Ministers of the Baltic Sea region met in Riga.", "place:baltic-sea-region"),
    ("The mayor of Osh welcomed the guests.", "place:osh-region"),
])
def test_entities_regions_negatives(extractor, text, absent):
    _, names, _ = extract_text(extractor, text, "en", date="2026-05-21")
    assert absent not in names, names


@pytest.mark.parametrize("text, lang, countries", [
    ("They discussed the situation on the Kyrgyz-Tajik border.", "en", {"country:kg", "country:tj"}),
    ("Die Lage an der kirgisisch-tadschikischen Grenze war Thema.", "de", {"country:kg", "country:tj"}),
])
def test_entities_hyphenated_country_pairs(extractor, text, lang, countries):
    _, names, _ = extract_text(extractor, text, lang, date="2026-06-08")
    assert countries <= set(names), names


def test_entities_hyphenated_pair_inside_a_name(extractor):
    _, names, _ = extract_text(extractor, "Am Mittwoch nahm sie am Österreichisch-Slowenischen Wirtschaftsforum "
                                          "in Maribor teil.", "de", date="2026-06-08")
    assert "country:at" not in names, names


@pytest.mark.parametrize("text, present, absent", [
    ("Caspian Herald News Agency\n\nBAKU, 14 September 2026 - The ministers met in Baku.", None,
     "org:caspian-herald-news-agency"),
    ("The ministers thanked the Caspian Water Agency for its report.", "org:caspian-water-agency", None),
])
def test_entities_news_agency_is_no_party(extractor, text, present, absent):
    _, names, _ = extract_text(extractor, text, "en", date="2026-09-14")
    if present:
        assert present in names, names
    if absent:
        assert absent not in names, names


@pytest.mark.parametrize("text, holder_expected", [
    ("Die Außenminister Deutschlands und der fünf zentralasiatischen Staaten kamen in Taschkent zusammen.", False),
    ("Der Außenminister Deutschlands kam in Taschkent an.", True),
])
def test_entities_german_plural_post_has_no_holder(extractor, text, holder_expected):
    _, names, _ = extract_text(extractor, text, "de", date="2026-10-12")
    assert ("person:johann-wadephul" in names) is holder_expected, names


@pytest.mark.parametrize("text, lang, person, owner", [
    ("He is to meet with the governor of the region, Nurzhan K. Abdyrakhmanova, and to inspect a checkpoint.",
     "en", "person:nurzhan-abdyrakhmanova", None),
    ("Unter ihnen war der UN-Untergeneralsekretär für wirtschaftliche und soziale Angelegenheiten, Li Wenhua, "
     "und weitere Gäste.", "de", "person:li-wenhua", "org:un"),
])
def test_entities_post_with_plain_complement(extractor, text, lang, person, owner):
    _, names, rels = extract_text(extractor, text, lang, date="2026-06-10")
    assert person in names, names
    if owner:
        assert ("HOLDS_OFFICE", person, owner) in {r[:3] for r in rels}, rels


def test_entities_post_with_plain_complement_negative(extractor):
    _, names, _ = extract_text(extractor, "The head of the delegation, Astana said, was late.", "en",
                               date="2026-06-10")
    assert not any(i.startswith("person:") for i in names), names


@pytest.mark.parametrize("text, lang, eid", [
    ("Mishustin travelled to Vitebsk on Friday.", "en", "place:vitebsk"),
    ("Der Premier reiste am Freitag nach Witebsk.", "de", "place:vitebsk"),
    ("The informal summit will take place in Gabala.", "en", "place:gabala"),
    ("Die Wasserverteilung am Amudarja und im Ferghanatal war Thema.", "de", "place:fergana-valley"),
    ("They discussed the outcomes of the first C5+1 meeting in Tashkent.", "en", "org:c5-plus-1"),
])
def test_entities_eurasian_gazetteer(extractor, text, lang, eid):
    _, names, _ = extract_text(extractor, text, lang, date="2026-09-14")
    assert eid in names, names
