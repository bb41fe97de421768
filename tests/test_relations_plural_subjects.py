"""Plural and coordinated subjects: "both ministers", "the two presidents", "the presidents of X and Y",
"die beiden Außenminister", "die Staatschefs", "beide Politiker", German "sie" with a plural verb, subjects
joined after a German verb, "welcomed his counterpart, X", "hatte X beide empfangen"."""

from __future__ import annotations

import pytest
from conftest import extract_text

ORVIK = "person:dagny-orvik-lund"
SEPP = "person:tarvo-sepp-kallas"
ABENA = "person:kwesi-abena-mensah"
DOGBE = "person:yawo-dogbe-amah"
RUIZ = "person:anselmo-ruiz-lebrun"
PEREZ = "person:ignacio-perez-villar"
KOVA = "person:miro-kovac-bilic"
HALM = "person:henrike-halm-weber"
ZAJAC = "person:jerzy-zajac-nowak"
FAIST = "person:greta-faist-moll"
OKELLO = "person:daniel-okello-wanyama"
NJOKI = "person:ruth-njoki-mbeki"
ZEMP = "person:ursina-zemp-gasser"

EN_PAIR = ("Norwegian Foreign Minister Dagny Orvik-Lund and her Estonian counterpart, Tarvo Sepp-Kallas, met in "
           "Oslo on Monday. Orvik-Lund said the talks were useful. ")
DE_PAIR = ("Bundesaußenministerin Henrike Halm-Weber und der polnische Außenminister Jerzy Zajac-Nowak trafen sich "
           "am Dienstag in Berlin. Halm-Weber sprach von einem guten Gespräch. ")


def _found(extractor, text: str, lang: str, date: str = "2026-05-04"):
    _, _, rels = extract_text(extractor, text, lang, date)
    return {r[:3] for r in rels}


@pytest.mark.parametrize("text, lang, expected, absent", [
    # a group noun reaches back to the pair named together, past a sentence about one of them
    (EN_PAIR + "Both ministers later visited Bergen.", "en",
     {("VISITED", ORVIK, "place:bergen"), ("VISITED", SEPP, "place:bergen")}, set()),
    (EN_PAIR + "The two ministers later traveled to Bergen.", "en",
     {("VISITED", ORVIK, "place:bergen"), ("VISITED", SEPP, "place:bergen")}, set()),
    (DE_PAIR + "Am Mittwoch reisten die beiden Minister gemeinsam nach Leipzig.", "de",
     {("VISITED", HALM, "place:leipzig"), ("VISITED", ZAJAC, "place:leipzig")}, set()),
    (DE_PAIR + "Die beiden Außenminister besuchten anschließend Leipzig.", "de",
     {("VISITED", HALM, "place:leipzig"), ("VISITED", ZAJAC, "place:leipzig")}, set()),
    # "both" before a plain noun or a name is no pair of persons
    (EN_PAIR + "Both countries later visited Bergen.", "en", set(),
     {("VISITED", ORVIK, "place:bergen"), ("VISITED", SEPP, "place:bergen")}),
    (DE_PAIR + "Beide Länder besuchten anschließend Leipzig.", "de", set(),
     {("VISITED", HALM, "place:leipzig"), ("VISITED", ZAJAC, "place:leipzig")}),
    # a capitalised post before the plural head: "the two Prime Ministers", "both Foreign Ministers"
    (EN_PAIR + "The two Prime Ministers later visited Bergen.", "en",
     {("VISITED", ORVIK, "place:bergen"), ("VISITED", SEPP, "place:bergen")}, set()),
    (EN_PAIR + "Both Foreign Ministers later visited Bergen.", "en",
     {("VISITED", ORVIK, "place:bergen"), ("VISITED", SEPP, "place:bergen")}, set()),
    (EN_PAIR + "Advisers of both Prime Ministers later visited Bergen.", "en", set(),
     {("VISITED", ORVIK, "place:bergen"), ("VISITED", SEPP, "place:bergen")}),
    # a group phrase after a preposition stands for delegations, not for the pair
    (EN_PAIR + "Officials from both sides later visited Bergen.", "en", set(),
     {("VISITED", ORVIK, "place:bergen"), ("VISITED", SEPP, "place:bergen")}),
    (DE_PAIR + "Vertreter von beiden Seiten besuchten anschließend Leipzig.", "de", set(),
     {("VISITED", HALM, "place:leipzig"), ("VISITED", ZAJAC, "place:leipzig")}),
])
def test_group_noun_reaches_back(extractor, text, lang, expected, absent):
    found = _found(extractor, text, lang)
    assert expected <= found, found
    assert not (absent & found), found


@pytest.mark.parametrize("text, lang, expected, absent", [
    # "the presidents of X and Y": the holders of those posts, not the last two persons who met
    ("Ghanaian President Kwesi Abena-Mensah and Togolese President Yawo Dogbe-Amah attended the summit. "
     "Abena-Mensah also held a bilateral meeting with Beninese Foreign Minister Miro Kovac-Bilic. "
     "On Friday, the presidents of Ghana and Togo traveled together to Kumasi.", "en",
     {("VISITED", ABENA, "place:kumasi"), ("VISITED", DOGBE, "place:kumasi")},
     {("VISITED", KOVA, "place:kumasi")}),
    # a group noun after the two persons of its own sentence means those two
    ("Chilean President Anselmo Ruiz-Lebrun and Argentine President Ignacio Perez-Villar met in Lima. "
     "Ruiz-Lebrun also held talks with Croatian Foreign Minister Miro Kovac-Bilic, after which the two leaders "
     "visited Cusco.", "en",
     {("VISITED", RUIZ, "place:cusco"), ("VISITED", KOVA, "place:cusco")},
     {("VISITED", PEREZ, "place:cusco")}),
])
def test_group_noun_names_its_pair(extractor, text, lang, expected, absent):
    found = _found(extractor, text, lang)
    assert expected <= found, found
    assert not (absent & found), found


@pytest.mark.parametrize("text, lang, expected, absent", [
    # German "sie" with a plural verb is the pair; with a singular verb the one woman named before
    ("Der kenianische Präsident Daniel Okello-Wanyama und die tansanische Präsidentin Ruth Njoki-Mbeki haben sich "
     "am Donnerstag in Genf getroffen. Sie besuchten anschließend Lausanne.", "de",
     {("VISITED", OKELLO, "place:lausanne"), ("VISITED", NJOKI, "place:lausanne")}, set()),
    ("Der kenianische Präsident Daniel Okello-Wanyama und die tansanische Präsidentin Ruth Njoki-Mbeki haben sich "
     "am Donnerstag in Genf getroffen. Okello-Wanyama reiste ab. Die Präsidentin blieb. Sie besuchte anschließend "
     "Lausanne.", "de",
     {("VISITED", NJOKI, "place:lausanne")}, {("VISITED", OKELLO, "place:lausanne")}),
    ("Der kenianische Präsident Daniel Okello-Wanyama und die tansanische Präsidentin Ruth Njoki-Mbeki haben sich "
     "am Donnerstag in Genf getroffen. Am Freitag fuhren beide Politiker nach Bern, wo sie an der Eröffnung der "
     "Berner Friedenskonferenz teilnahmen.", "de",
     {("VISITED", OKELLO, "place:bern"), ("VISITED", NJOKI, "place:bern"),
      ("ATTENDED", OKELLO, "event:berner-friedenskonferenz-2026"),
      ("ATTENDED", NJOKI, "event:berner-friedenskonferenz-2026")}, set()),
    # persons joined after a German verb all travel
    ("Am Donnerstag reisten Außenministerin Henrike Halm-Weber und der polnische Außenminister Jerzy Zajac-Nowak "
     "nach Dresden.", "de",
     {("VISITED", HALM, "place:dresden"), ("VISITED", ZAJAC, "place:dresden")}, set()),
    ("Am Donnerstag reiste Außenministerin Henrike Halm-Weber nach Dresden, der polnische Außenminister Jerzy "
     "Zajac-Nowak blieb in Berlin.", "de", {("VISITED", HALM, "place:dresden")},
     {("VISITED", ZAJAC, "place:dresden")}),
])
def test_german_plural_sie_and_joined_subjects(extractor, text, lang, expected, absent):
    found = _found(extractor, text, lang)
    assert expected <= found, found
    assert not (absent & found), found


@pytest.mark.parametrize("text, lang, expected, absent", [
    # "welcomed his counterpart, X": the possessive is the host again, the counterpart the guest
    ("Ghanaian President Kwesi Abena-Mensah welcomed his Togolese counterpart, Yawo Dogbe-Amah, to Accra on "
     "Monday.", "en", {("MET_WITH", ABENA, DOGBE)}, set()),
    ("Bundesaußenministerin Henrike Halm-Weber empfing am Dienstag ihren polnischen Amtskollegen Jerzy Zajac-Nowak.",
     "de", {("MET_WITH", HALM, ZAJAC)}, set()),
    # "welcomed his remarks": no guest
    ("Ghanaian President Kwesi Abena-Mensah welcomed his statement on Monday.", "en", set(),
     {("MET_WITH", ABENA, ABENA)}),
    # "Zuvor hatte X beide Politiker empfangen": a perfect with its subject after the auxiliary
    ("Der kenianische Präsident Daniel Okello-Wanyama und die tansanische Präsidentin Ruth Njoki-Mbeki haben sich "
     "in Genf getroffen. Zuvor hatte die Schweizer Außenministerin Ursina Zemp-Gasser beide Politiker einzeln "
     "empfangen.", "de", {("MET_WITH", ZEMP, OKELLO), ("MET_WITH", ZEMP, NJOKI)}, set()),
    # the two who talked in one sentence, "die Staatschefs berieten"
    ("Der kenianische Präsident Daniel Okello-Wanyama empfing die tansanische Präsidentin Ruth Njoki-Mbeki. "
     "Die Staatschefs berieten anschließend mehr als fünf Stunden.", "de", {("MET_WITH", OKELLO, NJOKI)}, set()),
])
def test_welcomed_counterpart_and_perfect(extractor, text, lang, expected, absent):
    found = _found(extractor, text, lang)
    assert expected <= found, found
    assert not (absent & found), found


@pytest.mark.parametrize("text, lang, visited", [
    # a trip back home after the place ("reiste nach X zurück") is no visit; a trip there is
    ("Der polnische Außenminister Jerzy Zajac-Nowak reiste am Abend nach Warschau zurück.", "de", False),
    ("Der polnische Außenminister Jerzy Zajac-Nowak reiste am Abend nach Warschau.", "de", True),
    ("Polish Foreign Minister Jerzy Zajac-Nowak flew back to Warsaw on Tuesday.", "en", False),
    ("Polish Foreign Minister Jerzy Zajac-Nowak flew to Warsaw on Tuesday.", "en", True),
])
def test_trip_back_is_no_visit(extractor, text, lang, visited):
    found = _found(extractor, text, lang)
    assert (("VISITED", ZAJAC, "place:warsaw") in found) is visited, found
