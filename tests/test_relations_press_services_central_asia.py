"""Presidential press services of Central Asia, the Caucasus and Mongolia, and German reports on the region:
companies named by a legal form ('JSC "X" Fund'), "the head of the Ukrainian diplomacy" / "Chefdiplomat",
"the Kazakh leader" / "the EU envoy" / "die Staatschefin", "Chairman of the Board", "Shusha District",
initials written onto the surname ("Sh.Mirziyoyev"), "will visit", "beide Länder" after a one-state sentence,
invitations that are no hosting or visit, and a KB person's own country against the sentence's."""

from __future__ import annotations

import pytest

from conftest import extract_text

DATE = "2026-03-17"


def _triples(text: str, lang: str, extractor) -> set[tuple[str, str, str]]:
    _, _, rels = extract_text(extractor, text, lang, DATE)
    return {r[:3] for r in rels}


def _met(triples, a: str, b: str) -> bool:
    return ("MET_WITH", a, b) in triples or ("MET_WITH", b, a) in triples


@pytest.mark.parametrize("text, lang, org, person", [
    ('President Aliya Serikova received Chairman of the Board of JSC "Temirkazyna" National Investment Fund '
     "Daniyar T. Orazbekov.", "en", "org:temirkazyna-national-investment-fund", "person:daniyar-orazbekov"),
    ("President Aliya Serikova received Chairman of the Management Board of JSC «Qazaq Sulfur» Arman K. Beisov.",
     "en", "org:qazaq-sulfur", "person:arman-beisov"),
    ("Präsidentin Aliya Serikowa traf den Vorstandsvorsitzenden der staatlichen Aktiengesellschaft Qazaq Temir "
     "Sulfur, Arman Beisow, in Astana.", "de", "org:qazaq-temir-sulfur", "person:arman-beisow"),
])
def test_legal_form_company_owns_the_post(extractor, text, lang, org, person):
    triples = _triples(text, lang, extractor)
    assert ("HOLDS_OFFICE", person, org) in triples, triples  # a board's chairman holds an office, no chairmanship
    assert ("CHAIRED", person, org) not in triples, triples


@pytest.mark.parametrize("text, lang", [
    ('The JSC said it would "review" the deal.', "en"),  # no capitalised name in the quotes
    ("The LLP and its partners declined to comment.", "en"),
])
def test_legal_form_without_a_name_names_nothing(extractor, text, lang):
    result, _, _ = extract_text(extractor, text, lang, DATE)
    assert not [e for e in result.entities.values() if e.id.startswith("org:")], result.entities


@pytest.mark.parametrize("text, lang, subject, other", [
    ("President of Kazakhstan Aliya Serikova received Minister of Foreign Affairs of Ukraine Oleksandr Marchenko. "
     "The head of the Ukrainian diplomacy also met Deputy Prime Minister Arman Zh. Tolegenov.", "en",
     "person:oleksandr-marchenko", "person:arman-tolegenov"),
    ("Präsident Rustam Nuraliew empfing den kirgisischen Außenminister Dscheenbek Asanbekow. Am Mittwoch traf "
     "der kirgisische Chefdiplomat in Samarkand den Unternehmer Timur Sadykow.", "de",
     "person:dscheenbek-asanbekow", "person:timur-sadykow"),
    ("Präsident Rustam Nuraliew empfing den kirgisischen Außenminister Dscheenbek Asanbekow. Danach traf der Chef "
     "der kirgisischen Diplomatie den Unternehmer Timur Sadykow.", "de",
     "person:dscheenbek-asanbekow", "person:timur-sadykow"),
    ("Emomali Rahmon received the European Union Special Representative for Central Asia Kristel Lindmaa. Earlier, "
     "the EU envoy held talks with Minister of Foreign Affairs of Tajikistan Farrukh Saidov.", "en",
     "person:kristel-lindmaa", "person:farrukh-saidov"),
])
def test_role_nouns_for_the_foreign_minister_and_envoy(extractor, text, lang, subject, other):
    assert _met(_triples(text, lang, extractor), subject, other)


@pytest.mark.parametrize("text, lang, person, country", [
    ("President Aliya Serikova of Kazakhstan met Prime Minister Aibek Usenov of Kyrgyzstan. The Kazakh leader "
     "later received Ambassador Daniel Brandt.", "en", "person:aliya-serikova", "person:daniel-brandt"),
    ("Die moldauische Präsidentin Natalia Rusu-Cebotari sprach in Straßburg. Parlamentspräsidentin Kaija "
     "Lehtinen empfing die Staatschefin vor der Rede.", "de", "person:natalia-rusu-cebotari", "person:kaija-lehtinen"),
])
def test_leader_roles_mean_the_head_the_text_named(extractor, text, lang, person, country):
    assert _met(_triples(text, lang, extractor), person, country)


def test_leader_role_never_reaches_for_the_kb(extractor):
    # a "Staatschefin" the text names no holder for stays unresolved (the KB's presidents are no candidates)
    triples = _triples("Parlamentspräsidentin Kaija Lehtinen empfing die Staatschefin vor der Rede.", "de", extractor)
    assert not [t for t in triples if t[0] == "MET_WITH"], triples


def test_head_of_state_is_the_press_release_principal(extractor):
    text = ("President of Kazakhstan Aliya Serikova received Minister of Foreign Affairs of Ukraine Oleksandr "
            "Marchenko. Aliya Serikova thanked him. He conveyed greetings from President Petro Hnatenko. The "
            "President also held a meeting with Ambassador Daniel Brandt.")
    triples = _triples(text, "en", extractor)
    assert _met(triples, "person:aliya-serikova", "person:daniel-brandt"), triples
    assert not _met(triples, "person:petro-hnatenko", "person:daniel-brandt"), triples


@pytest.mark.parametrize("text, lang, org, rel", [
    ("Tokayev met Chairman of the Halk Maslahaty Gurbanguly Berdimuhamedov.", "en", "org:halk-maslahaty", "CHAIRED"),
    ("Tokajew traf den Vorsitzenden des Großen Staatschurals, Dashzegwiin Amarbajar, im Regierungspalast.", "de",
     "org:state-great-khural", "HOLDS_OFFICE"),
])
def test_national_bodies_of_the_region(extractor, text, lang, org, rel):
    assert rel in {t[0] for t in _triples(text, lang, extractor) if t[2] == org}


def test_region_district_and_initialled_names(extractor):
    text = ("Rashid Meredov will travel to Shusha together with Special Representative of the President of the "
            "Republic of Azerbaijan in Shusha District Aydin F. Guliyev.")
    result, names, rels = extract_text(extractor, text, "en", DATE)
    assert "person:aydin-guliyev" in names, names  # "District" opens no person's name
    assert ("HOLDS_OFFICE", "person:aydin-guliyev", "country:az") in {r[:3] for r in rels}


@pytest.mark.parametrize("text, lang, person, place", [
    ("Within the framework of the visit, U.Khurelsukh will visit Samarkand and Bukhara on 6-7 May.", "en",
     "person:ukhnaagiin-khurelsukh", "place:bukhara"),
    ("Sh.Mirziyoyev will also visit Khiva on Friday.", "en", "person:shavkat-mirziyoyev", "place:khiva"),
    ("Am Donnerstag besuchte Tokajew die westmongolische Provinz Bajan-Tsagaan.", "de",
     "person:kassym-jomart-tokayev", "place:bajan-tsagaan"),
])
def test_future_visits_and_glued_initials(extractor, text, lang, person, place):
    assert ("VISITED", person, place) in _triples(text, lang, extractor)


def test_governor_with_initial_is_a_person(extractor):
    _, names, _ = extract_text(extractor, "Er traf sich mit dem Gouverneur der Provinz, Serik A. Kairat.", "de", DATE)
    assert "person:serik-kairat" in names and "org:serik-a-kairat" not in names, names


@pytest.mark.parametrize("text, lang, absent", [
    # an invitation to visit is no visit; an invitation to a summit no hosting of the invitee
    ("The Mongolian leader invited the President of Uzbekistan Shavkat Mirziyoyev to pay a state visit to "
     "Mongolia next year.", "en", ("VISITED", "person:shavkat-mirziyoyev", "country:mn")),
    ("Kulubajew überbrachte Grüße von Präsident Sadyr Dschaparow und lud Mirsijojew zum Gipfel der Organisation "
     "der Turkstaaten ein.", "de", ("HOSTED", "person:sadyr-japarov", "person:shavkat-mirziyoyev")),
    # the KB's Azerbaijani president is not the one country the sentence names
    ("Thanking for the greetings, President Ilham Aliyev asked to convey his greetings to the Turkmen leaders.",
     "en", ("HOLDS_OFFICE", "person:ilham-aliyev", "country:tm")),
])
def test_invitations_and_foreign_sentence_countries_give_nothing(extractor, text, lang, absent):
    assert absent not in _triples(text, lang, extractor)


def test_invitation_to_a_meal_is_still_hosting(extractor):
    triples = _triples("Präsident Ilham Alijew lud Dschaparow zu einem Abendessen ein.", "de", extractor)
    assert ("HOSTED", "person:ilham-aliyev", "person:sadyr-japarov") in triples, triples


@pytest.mark.parametrize("text, lang, members", [
    ("Usbekistan und Kirgistan vereinbaren Grenzübergänge. Usbekistan und Kirgistan unterzeichneten das "
     "Abkommen. Der kirgisische Minister reist nach Samarkand. Beide Länder sind Mitglieder der Shanghaier "
     "Organisation für Zusammenarbeit.", "de", {"country:uz", "country:kg"}),
    ("Kazakhstan and Ukraine signed a plan. Kazakhstan and Ukraine agreed. The Kazakh minister spoke. Both "
     "countries are members of the Organization for Security and Co-operation in Europe.", "en",
     {"country:kz", "country:ua"}),
])
def test_both_countries_are_the_documents_principal_pair(extractor, text, lang, members):
    triples = _triples(text, lang, extractor)
    assert {t[1] for t in triples if t[0] == "MEMBER_OF"} == members, triples


def test_both_countries_stay_unresolved_when_three_tie(extractor):
    text = ("Kazakhstan, Ukraine and Georgia met. The Kazakh minister spoke. Both countries are members of the "
            "Organization for Security and Co-operation in Europe.")
    assert not [t for t in _triples(text, "en", extractor) if t[0] == "MEMBER_OF"]
