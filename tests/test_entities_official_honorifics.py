"""Names and titles of formal government press releases (Asia-Pacific, Gulf, Africa, Latin America): forms of
address before names, two-word surnames repeated alone, surnames that are country names, long ministerial titles
whose field runs on, and a text that ends in a known name."""

from __future__ import annotations

import pytest

from conftest import extract_text


@pytest.mark.parametrize("text, lang, person, absent", [
    # "His Excellency X" read backwards from an apposition, "Dato' Seri Haji", "Tan Sri", "Amb.", "the Hon."
    ("The Minister of Foreign Affairs of Malaysia received a courtesy call from His Excellency Tomas Errazu Vidal, "
     "Minister of Foreign Affairs of the Republic of Chile, at Wisma Putra on 12 August 2025.", "en",
     "person:tomas-errazu-vidal", "person:excellency-tomas-errazu-vidal"),
    ("The Minister of Foreign Affairs of Malaysia, Dato' Seri Haji Rizal Hakim bin Omar, met the press.", "en",
     "person:rizal-hakim-bin-omar", "person:dato"),
    ("Earlier today, the Minister travelled to Penang, where he called on the Chief Minister of Penang, Tan Sri "
     "Wong Kee Leong.", "en", "person:wong-kee-leong", "person:tan-sri-wong-kee-leong"),
    ("The Minister of Foreign Affairs of Nigeria, Amb. Bala Idris Kaura, opened the session.", "en",
     "person:bala-idris-kaura", "person:amb"),
    ("She held a bilateral meeting with the Deputy Prime Minister of New Zealand, the Hon. Rowan Tui Marsden, in "
     "Manila.", "en",
     "person:rowan-tui-marsden", "person:hon-rowan-tui-marsden"),
    ("The audience was attended by Sayyid Hamad bin Khalfan Al Harthi, Minister of Foreign Affairs of Oman.", "en",
     "person:hamad-bin-khalfan-al-harthi", "person:sayyid-hamad-bin-khalfan-al-harthi"),
    ("Der Außenminister Malaysias, Dato' Seri Rizal Hakim bin Omar, traf die Ministerin.", "de",
     "person:rizal-hakim-bin-omar", "person:dato"),
])
def test_entities_forms_of_address_left_out_of_names(extractor, text, lang, person, absent):
    _, names, _ = extract_text(extractor, text, lang, "2025-08-12")
    assert person in names, names
    assert absent not in names, names


@pytest.mark.parametrize("text, lang", [
    # "Sri" is a name of its own at the start ("Sri Mulyani"), a form of address only after "Tan"/"Dato'"
    ("Finance Minister Sri Wahyuni Kartika met the delegation.", "en"),
    ("Finanzministerin Sri Wahyuni Kartika traf die Delegation.", "de"),
])
def test_entities_sri_as_first_name_negative(extractor, text, lang):
    _, names, _ = extract_text(extractor, text, lang, "2025-08-12")
    assert "person:sri-wahyuni-kartika" in names, names


@pytest.mark.parametrize("text, lang, expected", [
    # a two-word surname said alone after the full name is the same person
    ("Foreign Minister Tomas Errazu Vidal of Chile arrived in Kuala Lumpur. H.E. Errazu Vidal then travelled to "
     "Jakarta.", "en", ("VISITED", "person:tomas-errazu-vidal", "place:jakarta")),
    ("Der chilenische Außenminister Tomas Errazu Vidal traf in Kuala Lumpur ein. Dr. Errazu Vidal reiste danach "
     "nach Jakarta.", "de", ("VISITED", "person:tomas-errazu-vidal", "place:jakarta")),
    # a surname that is a country's name inside a titled name
    ("Chile's Undersecretary for Trade, Paula Montenegro Saez, met the Secretary-General of the Ministry of Foreign "
     "Affairs of Malaysia, Amir bin Zainal.", "en", ("HOLDS_OFFICE", "person:paula-montenegro-saez", "country:cl")),
])
def test_entities_name_tails_and_country_surnames(extractor, text, lang, expected):
    _, names, rels = extract_text(extractor, text, lang, "2025-08-12")
    assert expected in {r[:3] for r in rels}, rels
    assert "person:errazu-vidal" not in names and "person:paula" not in names, names


def test_entities_name_tail_two_holders_negative(extractor):
    # two full names end the same way: the short form is no one's in particular
    text = ("Minister Ana Errazu Vidal met Minister Pablo Errazu Vidal in Lima. H.E. Errazu Vidal then travelled to "
            "Jakarta.")
    _, _, rels = extract_text(extractor, text, "en", "2025-08-12")
    assert not any(r[0] == "VISITED" and r[1] in ("person:ana-errazu-vidal", "person:pablo-errazu-vidal")
                   and r[2] == "place:jakarta" for r in rels), rels


@pytest.mark.parametrize("text, person, country", [
    # the field of a known post runs on: "and International Cooperation", ", Cooperation and Togolese Abroad"
    ("He held talks with the Minister of Foreign Affairs and International Cooperation of the Republic of Senegal, "
     "H.E. Awa Diop-Sarr.", "person:awa-diop-sarr", "country:sn"),
    ("He received a courtesy call from the Minister of Foreign Affairs, Cooperation and Togolese Abroad, "
     "Prof. Kodjo Amevor Tete.", "person:kodjo-amevor-tete", "country:tg"),
    ("She met the Minister of Foreign Affairs and Trade of New Zealand, Rowan Tui Marsden.",
     "person:rowan-tui-marsden", "country:nz"),
    # a body inside a post's field is the field, not the owner, and not part of the name
    ("Undersecretary for Bilateral Relations and ASEAN Affairs Jose Luis Dimaculangan of the Philippines met "
     "the delegation.", "person:jose-luis-dimaculangan", "country:ph"),
])
def test_entities_long_ministerial_titles(extractor, text, person, country):
    _, names, rels = extract_text(extractor, text, "en", "2025-05-30")
    assert person in names, names
    assert not any(n in names for n in ("person:cooperation", "person:affairs")), names
    if person != "person:jose-luis-dimaculangan":
        assert ("HOLDS_OFFICE", person, country) in {r[:3] for r in rels}, rels


def test_entities_field_body_is_no_owner_negative(extractor):
    text = "The Director for ASEAN Affairs, Liza Marquez-Tan, met the delegation."
    _, names, rels = extract_text(extractor, text, "en", "2025-05-30")
    assert "person:liza-marquez-tan" in names, names
    assert not any(r[0] == "HOLDS_OFFICE" and r[2] == "org:asean" for r in rels), rels


def test_entities_second_post_after_comma_negative(extractor):
    # ", Trade Minister X": a second post, not a field of the first
    text = "He met the Minister of Foreign Affairs of Fiji, Trade Minister Semi Koroilavesau."
    _, _, rels = extract_text(extractor, text, "en", "2025-05-30")
    assert not any(r[3] and "Trade" in r[3] and r[3].startswith("Minister of Foreign Affairs") for r in rels), rels


@pytest.mark.parametrize("text, lang", [
    # "Chief" then "Chief Minister": one post, no "chief" of a body the text names
    ("They discussed the World Trade Organization (WTO). Minister Ana Ruiz-Soto called on the Chief Minister of "
     "Penang, Lim Kah Seng.", "en"),
])
def test_entities_chief_minister_is_one_title(extractor, text, lang):
    _, names, rels = extract_text(extractor, text, lang, "2025-08-13")
    met = {r[2] for r in rels if r[0] == "MET_WITH"} | {r[1] for r in rels if r[0] == "MET_WITH"}
    assert "person:lim-kah-seng" in met, rels
    assert "person:ngozi-okonjo-iweala" not in names, names


def test_entities_wto_chief_still_a_role(extractor):
    text = "The WTO chief met Minister Ana Ruiz-Soto in Geneva."
    _, names, _ = extract_text(extractor, text, "en", "2025-08-13")
    assert "person:ngozi-okonjo-iweala" in names, names


@pytest.mark.parametrize("text, lang, place", [
    # a text that ends in a known two-word name (no full stop) is read, not an error
    ("President Kamau-Ole hosts Brazilian President at State House", "en", "place:state-house"),
    ("Präsident Kamau-Ole empfängt Amtskollegen im State House", "de", "place:state-house"),
    ("Seat of the ministry: Wisma Putra", "en", "place:wisma-putra"),
])
def test_entities_text_ending_in_a_known_name(extractor, text, lang, place):
    _, names, _ = extract_text(extractor, text, lang, "2025-06-09")
    assert place in names, names


@pytest.mark.parametrize("text, lang, eid", [
    ("PUTRAJAYA, 13 August 2025 – The Minister spoke at Perdana Putra.", "en", "place:putrajaya"),
    ("PASAY CITY, 20 March 2025 – The Secretary met the envoy.", "en", "place:pasay"),
    ("A guard of honour was mounted by the Kenya Defence Forces.", "en", "org:kenya-defence-forces"),
    ("Die Minister sprachen über die ECOWAS Standby Force.", "de", "org:ecowas-standby-force"),
    # unknown bodies and sites named by their head noun
    ("The Namibia Diplomatic Service Department hosted the talks.", "en", None),
])
def test_entities_seats_of_government_and_bodies(extractor, text, lang, eid):
    _, names, _ = extract_text(extractor, text, lang, "2025-06-09")
    if eid:
        assert eid in names, names
    else:
        assert any(n.startswith("org:") and "department" in n for n in names), names
