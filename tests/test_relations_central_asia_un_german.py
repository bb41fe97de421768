"""German news on Central Asia and the United Nations (dpa/APA/NZZ/tagesschau/UNRIC style), with English
counterparts: a state's envoy to an organization ("der kasachische UN-Botschafter"), a genitive country that is
not the member ("Kasachstan ist Deutschlands wichtigster Partner und Mitglied der X"), compound ministries
("Investitionsminister", "Wirtschaftsstaatssekretärin"), "gelandet" and "in die Hauptstadt X", "wo ihn X am
Flughafen empfing", "darunter X und Y" after a group of attendees, "seit 1998 der X" in a membership list,
"hatte im August 2025 in X stattgefunden", places named as an origin, an adjective after the post, a
verb-final visit's country, and the Swiss foreign ministry (EDA) with its head."""

from __future__ import annotations

import pytest
from conftest import extract_text

KAMAU = "person:joe-kamau-otieno"
HASSAN = "person:ali-hassan-omar"
LOY = "person:anna-loy-berg"
BERG = "person:karl-berg-lutz"


def _found(extractor, text: str, lang: str, date: str = "2026-05-04"):
    _, names, rels = extract_text(extractor, text, lang, date)
    return names, {r[:3] for r in rels}


def _check(extractor, text, lang, expected, absent):
    _, found = _found(extractor, text, lang)
    assert expected <= found, found
    assert not (absent & found), found


@pytest.mark.parametrize("text, lang, expected, absent", [
    # a country before an organization's ambassador title: the state's envoy to it
    ("Der kenianische UN-Botschafter Joe Kamau-Otieno sprach im Sicherheitsrat.", "de",
     {("HOLDS_OFFICE", KAMAU, "country:ke")}, {("HOLDS_OFFICE", KAMAU, "org:un")}),
    ("Kenias UN-Botschafter Joe Kamau-Otieno sprach.", "de",
     {("HOLDS_OFFICE", KAMAU, "country:ke")}, {("HOLDS_OFFICE", KAMAU, "org:un")}),
    ("Kenya's UN Ambassador Joe Kamau-Otieno spoke.", "en",
     {("HOLDS_OFFICE", KAMAU, "country:ke")}, {("HOLDS_OFFICE", KAMAU, "org:un")}),
    # no country before the post: the organization's; another body's envoy keeps its organization
    ("Der UN-Botschafter Joe Kamau-Otieno sprach in Kenia.", "de", {("HOLDS_OFFICE", KAMAU, "org:un")}, set()),
    ("Die EU-Sonderbeauftragte Anna Loy-Berg traf den kenianischen Präsidenten.", "de",
     {("HOLDS_OFFICE", LOY, "org:eu")}, set()),
])
def test_envoy_to_organization(extractor, text, lang, expected, absent):
    _check(extractor, text, lang, expected, absent)


@pytest.mark.parametrize("text, lang, expected, absent", [
    ("Kenia ist Ugandas wichtigster Handelspartner und seit 2000 Mitglied der Afrikanischen Union.", "de",
     {("MEMBER_OF", "country:ke", "org:au")}, {("MEMBER_OF", "country:ug", "org:au")}),
    # a genitive right before the membership noun is the member
    ("Kenias Mitgliedschaft in der Afrikanischen Union ist alt.", "de", {("MEMBER_OF", "country:ke", "org:au")}, set()),
    # "seit 1998 der X": a second body after the year in a membership list
    ("Kirgistan ist seit 1992 Mitglied der Vereinten Nationen und seit 1998 der Welthandelsorganisation.", "de",
     {("MEMBER_OF", "country:kg", "org:un"), ("MEMBER_OF", "country:kg", "org:wto")}, set()),
    ("Kenya has been a member of the UN since 1963 and since 2000 of the East African Community.", "en",
     {("MEMBER_OF", "country:ke", "org:un"), ("MEMBER_OF", "country:ke", "org:eac")}, set()),
    ("Kenia ist seit 1963 Mitglied der Vereinten Nationen und verhandelt seit 2020 mit der Welthandelsorganisation.",
     "de", {("MEMBER_OF", "country:ke", "org:un")}, {("MEMBER_OF", "country:ke", "org:wto")}),
])
def test_membership_subjects(extractor, text, lang, expected, absent):
    _check(extractor, text, lang, expected, absent)


@pytest.mark.parametrize("text, lang, expected, absent", [
    # compound ministries are posts: the holder is a person with the adjective's country
    ("Staatssekretärin Anna Loy-Berg traf den kenianischen Investitionsminister Joe Kamau-Otieno.", "de",
     {("HOLDS_OFFICE", KAMAU, "country:ke"), ("MET_WITH", LOY, KAMAU)}, set()),
    ("Der Präsident wird von Wirtschaftsstaatssekretärin Anna Loy-Berg begleitet. Loy-Berg traf den kenianischen "
     "Energieminister Joe Kamau-Otieno.", "de", {("MET_WITH", LOY, KAMAU)}, set()),
    # an adjective after the post and its holder belongs to another noun
    ("Dort wird er mit Ministerpräsident Joe Kamau-Otieno zusammentreffen und ein österreichisches Zentrum eröffnen.",
     "de", set(), {("HOLDS_OFFICE", KAMAU, "country:at")}),
    ("Prime Minister Joe Kamau-Otieno will also open an Austrian training centre.", "en", set(),
     {("HOLDS_OFFICE", KAMAU, "country:at")}),
    # the country before a verb-final "besucht" is the one visited, not the post's
    ("Außenministerin Anna Loy-Berg hat am Dienstag als erste Ministerin seit Jahren Kenia besucht.", "de",
     {("VISITED", LOY, "country:ke")}, {("HOLDS_OFFICE", LOY, "country:ke")}),
    ("Außenministerin Anna Loy-Berg aus Kenia sprach am Dienstag.", "de", {("HOLDS_OFFICE", LOY, "country:ke")}, set()),
])
def test_posts(extractor, text, lang, expected, absent):
    _check(extractor, text, lang, expected, absent)


@pytest.mark.parametrize("text, lang, expected, absent", [
    ("Zuvor war Minister Joe Kamau-Otieno am Montagabend in Nairobi gelandet.", "de", {("VISITED", KAMAU, "place:nairobi")}, set()),
    ("Am Mittwoch fliegt Minister Joe Kamau-Otieno weiter in die Hauptstadt Nairobi.", "de",
     {("VISITED", KAMAU, "place:nairobi")}, set()),
    ("On Wednesday Minister Joe Kamau-Otieno flew to the capital Nairobi.", "en", {("VISITED", KAMAU, "place:nairobi")}, set()),
    # an origin is no destination
    ("Minister Joe Kamau-Otieno flog am Mittwoch von der Hauptstadt Nairobi nach Mombasa.", "de",
     {("VISITED", KAMAU, "place:mombasa")}, {("VISITED", KAMAU, "place:nairobi")}),
    ("Minister Joe Kamau-Otieno besuchte am Mittwoch ein von der Schweiz finanziertes Projekt in der Region Naryn.", "de",
     set(), {("VISITED", KAMAU, "country:ch")}),
    ("Minister Joe Kamau-Otieno visited a clinic funded by Japan.", "en", set(), {("VISITED", KAMAU, "country:jp")}),
])
def test_travel(extractor, text, lang, expected, absent):
    _check(extractor, text, lang, expected, absent)


@pytest.mark.parametrize("text, expected, absent", [
    # ", wo ihn X am Flughafen empfing/begrüßte": the traveller met X, whatever stands before the verb
    ("Minister Joe Kamau-Otieno war in Nairobi gelandet, wo ihn Ministerpräsident Ali Hassan-Omar am Flughafen begrüßte.",
     {("MET_WITH", KAMAU, HASSAN), ("VISITED", KAMAU, "place:nairobi")}, set()),
    ("Minister Joe Kamau-Otieno reiste nach Nairobi, wo ihn Ministerpräsident Ali Hassan-Omar am Montag empfing.",
     {("MET_WITH", KAMAU, HASSAN)}, set()),
    # no pronoun for the traveller: the person in the clause did something else
    ("Minister Joe Kamau-Otieno reiste nach Nairobi, wo Ministerpräsident Ali Hassan-Omar am Montag eine Rede hielt.",
     set(), {("MET_WITH", KAMAU, HASSAN), ("MET_WITH", HASSAN, KAMAU)}),
])
def test_welcomed_in_clause(extractor, text, expected, absent):
    _check(extractor, text, "de", expected, absent)


@pytest.mark.parametrize("text, expected, absent", [
    ("Am Dienstag begann in Taschkent der Zentralasien-Gipfel. An dem Gipfel nahmen die Präsidenten Kasachstans "
     "und Tadschikistans teil, darunter Kassym-Jomart Tokajew und Emomali Rachmon.",
     {("ATTENDED", "country:kz", "event:zentralasien-gipfel-2026"),
      ("ATTENDED", "person:kassym-jomart-tokayev", "event:zentralasien-gipfel-2026"),
      ("ATTENDED", "person:emomali-rahmon", "event:zentralasien-gipfel-2026")}, set()),
    # ", darunter" after no group of attendees: those named are no participants
    ("Am Dienstag begann in Nairobi der Ostafrika-Gipfel. Auf dem Gipfel wurden mehrere Abkommen unterzeichnet, "
     "darunter eines mit Präsident Joe Kamau-Otieno.", set(), {("ATTENDED", KAMAU, "event:ostafrika-gipfel-2026")}),
])
def test_named_among_attendees(extractor, text, expected, absent):
    _check(extractor, text, "de", expected, absent)


@pytest.mark.parametrize("text, lang, expected, absent", [
    ("Der Westbalkan-Gipfel hatte im August 2025 in Tirana stattgefunden.", "de",
     {("HELD_IN", "event:westbalkan-gipfel-2026", "place:tirana")}, set()),
    ("The Western Balkans Summit had taken place in Tirana.", "en",
     {("HELD_IN", "event:western-balkans-summit-2026", "place:tirana")}, set()),
    # the country adjective before the town is not the place
    ("Der Westbalkan-Gipfel hat am Mittwoch in der nordmazedonischen Stadt Ohrid stattgefunden.", "de",
     {("HELD_IN", "event:westbalkan-gipfel-2026", "place:ohrid")},
     {("HELD_IN", "event:westbalkan-gipfel-2026", "country:mk")}),
])
def test_held_in_pluperfect(extractor, text, lang, expected, absent):
    _check(extractor, text, lang, expected, absent)


@pytest.mark.parametrize("text, lang, expected, absent", [
    # the Swiss foreign ministry and development agency are known bodies; "der Vorsteher des EDA" is its head
    ("Bundesrat Ignazio Cassis reiste nach Bischkek. Dort führte der Vorsteher des Eidgenössischen Departements für "
     "auswärtige Angelegenheiten (EDA) Gespräche mit dem kirgisischen Aussenminister Karl Berg-Lutz.", "de",
     {("HOLDS_OFFICE", "person:ignazio-cassis", "org:fdfa"), ("MET_WITH", "person:ignazio-cassis", BERG)}, set()),
    ("Begleitet wurde er von der Direktorin der Direktion für Entwicklung und Zusammenarbeit (DEZA), Anna Loy-Berg.",
     "de", {("HOLDS_OFFICE", LOY, "org:sdc")}, set()),
    ("Anna Loy-Berg, the head of the Swiss Agency for Development and Cooperation, spoke.", "en",
     {("HOLDS_OFFICE", LOY, "org:sdc")}, set()),
    # another department's head is not the EDA's
    ("Der Vorsteher des Eidgenössischen Departements für Verteidigung, Karl Berg-Lutz, reiste nach Bern.", "de",
     set(), {("HOLDS_OFFICE", BERG, "org:fdfa")}),
])
def test_swiss_foreign_ministry(extractor, text, lang, expected, absent):
    _check(extractor, text, lang, expected, absent)
