"""Ambassadors, envoys and deputies in protocol news: credentials presented to a head of state ("presented his
credentials to X", "überreichten A und B dem Bundespräsidenten ihre Beglaubigungsschreiben"), farewell calls,
consultations co-chaired by two officials, a host received in his own capital ("In Yerevan, Armenian Prime
Minister X received ...": no visit, and "Armenian" opens a post, not Yerevan's location), an ambassador
stationed in a capital ("in Astana ist die Schweiz durch Botschafterin X vertreten"), posts "in der Schweiz" and
"for Caucasus negotiations", state names in the genitive ("des Königreichs Marokko") (English and German)."""

from __future__ import annotations

import pytest

from conftest import extract_text
from graphload.kb_sources import german_extras

DATE = "2026-02-11"
TOKAYEV, STEINMEIER = "person:kassym-jomart-tokayev", "person:frank-walter-steinmeier"
ALVEAR, CHANDA, WHITMORE = "person:rodrigo-alvear-pinto", "person:mwansa-chanda", "person:claire-whitmore"
QUINTANA, HALLBERG, PETRO = "person:maria-quintana-lago", "person:stefan-hallberg", "person:gustavo-petro"
MINH, SITI = "person:tran-van-minh", "person:siti-aminah-wulandari"
BINH, ARRIETA = "person:tran-quoc-binh", "person:lucia-arrieta-salas"
PASHINYAN, ELLERBERG = "person:nikol-pashinyan", "person:markus-ellerberg"
RUEGG, KUANDYK = "person:marc-ruegg", "person:arman-kuandyk"


def _found(extractor, text: str, lang: str) -> set[tuple[str, str, str]]:
    """The (type, source, target) of each relation, a meeting in both directions."""
    _, _, rels = extract_text(extractor, text, lang, DATE)
    out = {r[:3] for r in rels}
    return out | {(t, b, a) for t, a, b in out if t == "MET_WITH"}


@pytest.mark.parametrize("text, lang, expected, absent", [
    ("Ambassador of Chile Rodrigo Alvear-Pinto presented his credentials to Kazakh President Kassym-Jomart Tokayev "
     "at the Akorda.", "en", {("MET_WITH", ALVEAR, TOKAYEV)}, set()),
    ("Ambassador of Chile Rodrigo Alvear-Pinto presented a copy of his credentials to Kazakh President "
     "Kassym-Jomart Tokayev.", "en", {("MET_WITH", ALVEAR, TOKAYEV)}, set()),
    # no "credentials to": the president is not the one the ambassador met
    ("Ambassador of Chile Rodrigo Alvear-Pinto presented his credentials on Monday, while Kazakh President "
     "Kassym-Jomart Tokayev was abroad.", "en", set(), {("MET_WITH", ALVEAR, TOKAYEV)}),
    ("Die Botschafterin Kolumbiens, María Quintana-Lago, überreichte Bundespräsident Frank-Walter Steinmeier ihr "
     "Beglaubigungsschreiben.", "de", {("MET_WITH", QUINTANA, STEINMEIER)}, set()),
    ("Der deutsche Botschafter in Kolumbien, Stefan Hallberg, hatte sein Beglaubigungsschreiben dem kolumbianischen "
     "Präsidenten Gustavo Petro überreicht.", "de", {("MET_WITH", HALLBERG, PETRO)}, set()),
    # verb first: the senders after the verb met the one in the dative, not each other
    ("Nach ihr überreichten der Botschafter Sambias, Mwansa Chanda, und die Botschafterin Neuseelands, Claire "
     "Whitmore, dem Bundespräsidenten Frank-Walter Steinmeier ihre Beglaubigungsschreiben.", "de",
     {("MET_WITH", CHANDA, STEINMEIER), ("MET_WITH", WHITMORE, STEINMEIER)}, {("MET_WITH", CHANDA, WHITMORE)}),
    ("Es überreichten der Botschafter Sambias, Mwansa Chanda, und die Botschafterin Neuseelands, Claire Whitmore, "
     "ihre Beglaubigungsschreiben.", "de", set(), {("MET_WITH", CHANDA, WHITMORE)}),
])
def test_credentials(extractor, text, lang, expected, absent):
    found = _found(extractor, text, lang)
    assert expected <= found, found
    assert not (absent & found), found


@pytest.mark.parametrize("text, lang, expected, absent", [
    ("Vietnamese Deputy Foreign Minister Tran Van Minh bid farewell to Indonesian Ambassador Siti Aminah Wulandari, "
     "who is concluding her term.", "en", {("MET_WITH", MINH, SITI)}, set()),
    ("Indonesian Ambassador Siti Aminah Wulandari paid a farewell call on Vietnamese Deputy Foreign Minister "
     "Tran Van Minh.", "en", {("MET_WITH", MINH, SITI)}, set()),
    ("Vietnamese Deputy Foreign Minister Tran Van Minh said farewell ceremonies for Indonesian Ambassador "
     "Siti Aminah Wulandari would be held in Jakarta.", "en", set(), {("MET_WITH", MINH, SITI)}),
])
def test_farewell_calls(extractor, text, lang, expected, absent):
    found = _found(extractor, text, lang)
    assert expected <= found, found
    assert not (absent & found), found


@pytest.mark.parametrize("text, lang, expected, absent", [
    ("The fifth round of political consultations took place in Hanoi, co-chaired by Vietnamese Deputy Foreign "
     "Minister Tran Quoc Binh and Mexican Undersecretary for Foreign Affairs Lucía Arrieta-Salas.", "en",
     {("MET_WITH", BINH, ARRIETA)}, set()),
    # a forum two persons chair is no meeting of theirs
    ("The forum was co-chaired by Vietnamese Deputy Foreign Minister Tran Quoc Binh and Mexican Undersecretary "
     "for Foreign Affairs Lucía Arrieta-Salas.", "en", set(), {("MET_WITH", BINH, ARRIETA)}),
    ("Die Konsultationen fanden unter dem Ko-Vorsitz von Staatssekretär Marc Rüegg und dem stellvertretenden "
     "Außenminister Kasachstans, Arman Kuandyk, statt.", "de", {("MET_WITH", RUEGG, KUANDYK)}, set()),
    ("Das Forum fand unter dem Ko-Vorsitz von Staatssekretär Marc Rüegg und dem stellvertretenden Außenminister "
     "Kasachstans, Arman Kuandyk, statt.", "de", set(), {("MET_WITH", RUEGG, KUANDYK)}),
])
def test_co_chaired_consultations(extractor, text, lang, expected, absent):
    found = _found(extractor, text, lang)
    assert expected <= found, found
    assert not (absent & found), found


@pytest.mark.parametrize("text, lang, expected, absent", [
    ("In Yerevan, Armenian Prime Minister Nikol Pashinyan received the outgoing German ambassador, Markus "
     "Ellerberg, on Friday.", "en", {("MET_WITH", PASHINYAN, ELLERBERG)},
     {("VISITED", PASHINYAN, "place:yerevan"), ("LOCATED_IN", "place:yerevan", "country:am")}),
    # "<place>, <country>" still says where the place lies
    ("Irish Foreign Minister Siobhan Kearney-Walsh arrived in Yerevan, Armenia, on Monday.", "en",
     {("LOCATED_IN", "place:yerevan", "country:am")}, set()),
    # a visitor from elsewhere still went there
    ("In Yerevan, Irish Foreign Minister Siobhan Kearney-Walsh met Armenian Prime Minister Nikol Pashinyan.", "en",
     {("VISITED", "person:siobhan-kearney-walsh", "place:yerevan")}, {("VISITED", PASHINYAN, "place:yerevan")}),
])
def test_host_in_own_capital(extractor, text, lang, expected, absent):
    found = _found(extractor, text, lang)
    assert expected <= found, found
    assert not (absent & found), found


def _attended(extractor, text: str) -> set[str]:
    _, _, rels = extract_text(extractor, text, "de", DATE)
    return {r[1] for r in rels if r[0] == "ATTENDED"}


def test_stationed_ambassador_attends_nothing(extractor):
    text = ("Am Montag begann in Addis Abeba der Gipfel der Afrikanischen Union. In Astana ist die Schweiz seit "
            "Herbst durch Botschafterin Claudia Imhof-Bauer vertreten.")
    assert not _attended(extractor, text) & {"country:ch", "person:claudia-imhof-bauer"}


def test_represented_at_the_gathering_attends(extractor):
    text = ("Am Montag begann in Addis Abeba der Gipfel der Afrikanischen Union. Auch die Schweiz war mit "
            "Botschafterin Claudia Imhof-Bauer als Gast vertreten.")
    assert "country:ch" in _attended(extractor, text)


@pytest.mark.parametrize("text, lang, expected, absent", [
    ("Begleitet wurde er vom kasachischen Botschafter in der Schweiz, Nurlan Dzhaksy.", "de",
     {("HOLDS_OFFICE", "person:nurlan-dzhaksy", "country:kz")}, set()),
    ("The Kazakh Ambassador in the United States, Nurlan Dzhaksy, met reporters.", "en",
     {("HOLDS_OFFICE", "person:nurlan-dzhaksy", "country:kz")}, set()),
    ("The U.S. special envoy for Caucasus negotiations, Thomas Kerrigan, is due in Baku.", "en",
     {("HOLDS_OFFICE", "person:thomas-kerrigan", "country:us")}, set()),
    # a verb after the owner is no field noun
    ("The Foreign Minister of Ghana agrees, Thomas Kerrigan said.", "en", set(),
     {("HOLDS_OFFICE", "person:thomas-kerrigan", "country:gh")}),
    ("Der Botschafter des Königreichs Marokko, Youssef Benkiran, traf den kasachischen Außenminister Murat Nurtleu.",
     "de", {("HOLDS_OFFICE", "person:youssef-benkiran", "country:ma")}, set()),
])
def test_envoy_posts(extractor, text, lang, expected, absent):
    found = _found(extractor, text, lang)
    assert expected <= found, found
    assert not (absent & found), found


@pytest.mark.parametrize("name, form", [("Königreich Marokko", "Königreichs Marokko"),
                                        ("Fürstentum Monaco", "Fürstentums Monaco"),
                                        ("Großherzogtum Luxemburg", "Großherzogtums Luxemburg")])
def test_state_name_genitive(name, form):
    assert form in german_extras(name)


def test_republic_has_no_genitive_s():
    assert "Republiks Kolumbien" not in german_extras("Republik Kolumbien")

