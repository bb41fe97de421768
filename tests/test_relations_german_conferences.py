"""Conference reporting in German news (and its English counterparts): speeches ("hielt die Eröffnungsrede",
"wandte sich ... an die Teilnehmer"), representation ("war mit Ministerin X vertreten"), membership read from
"der Organisation" and verb-final clauses, gatherings opened with "Zum X sind ... in Y zusammengekommen",
invitations and co-hosts, fronted chairmanships, compound event names and the UN climate conferences."""

from __future__ import annotations

import pytest

from conftest import extract_text

DATE = "2026-03-01"
CONF = "Die Baltische Energiekonferenz hat am Montag in Riga begonnen. "
EVENT = "event:baltische-energiekonferenz-2026"


def _rels(extractor, text: str, lang: str) -> set[tuple[str, str, str]]:
    _, _, rels = extract_text(extractor, text, lang, DATE)
    return {(t, a, b) for t, a, b, _ in rels}


@pytest.mark.parametrize("text, lang, expected", [
    # speeches: the opening speech, an address "an die Teilnehmer", a speech "vor den Delegierten"
    (CONF + "Ministerin Jana Oberholz-Frey hielt die Eröffnungsrede.", "de",
     ("ADDRESSED", "person:jana-oberholz-frey", EVENT)),
    (CONF + "Ministerin Jana Oberholz-Frey wandte sich in einer Videobotschaft an die Teilnehmer.", "de",
     ("ADDRESSED", "person:jana-oberholz-frey", EVENT)),
    (CONF + "Kanzler Moritz Kalbhuber hielt am Nachmittag eine Rede vor den Delegierten.", "de",
     ("ADDRESSED", "person:moritz-kalbhuber", EVENT)),
    (CONF + "Kommissar Stavros Lemonidis-Kray richtete ein Grußwort an die Teilnehmer.", "de",
     ("ADDRESSED", "person:stavros-lemonidis-kray", EVENT)),
    (CONF + "Generaldirektor Tomás Urquiza-Vell eröffnete die Konferenz mit einer Rede.", "de",
     ("ADDRESSED", "person:tomas-urquiza-vell", EVENT)),
    (CONF + "Aus Oslo reiste Minister Per Hjelmstad-Lie an, der ebenfalls vor dem Plenum sprach.", "de",
     ("ADDRESSED", "person:per-hjelmstad-lie", EVENT)),
    # representation and attendance
    (CONF + "Auch Norwegen war mit Entwicklungsministerin Ingrid Vossdal-Rue vertreten.", "de",
     ("ATTENDED", "country:no", EVENT)),
    (CONF + "Auch Norwegen war mit Entwicklungsministerin Ingrid Vossdal-Rue vertreten.", "de",
     ("ATTENDED", "person:ingrid-vossdal-rue", EVENT)),
    (CONF + "An dem Treffen nahmen der slowenische Minister Matej Brezar-Kos und die kroatische Ministerin "
     "Ivana Tolić-Marn teil.", "de", ("ATTENDED", "person:ivana-tolic-marn", EVENT)),
    (CONF + "Für Brasilien nahm Umweltministerin Marina Pradel Vilaça teil.", "de",
     ("ATTENDED", "person:marina-pradel-vilaca", EVENT)),
    (CONF + "Kanzler Moritz Kalbhuber reiste zur Konferenz und traf dort Präsident Aivar Lepsaar.", "de",
     ("ATTENDED", "person:moritz-kalbhuber", EVENT)),
    # membership: "der Organisation" for the body named before, verb-final clauses
    ("Marokko war der Afrikanischen Union 2017 wieder beigetreten.", "de", ("MEMBER_OF", "country:ma", "org:au")),
    ("Die IAEO tagt in Wien. Österreich ist seit 1957 Mitglied der Organisation.", "de",
     ("MEMBER_OF", "country:at", "org:iaea")),
    ("Kazakhstan joined the OSCE in 1992. Kyrgyzstan is also a member of the organization.", "en",
     ("MEMBER_OF", "country:kg", "org:osce")),
    # where and by whom
    ("Zum 16. Baltischen Energiedialog sind am Dienstag Minister aus 30 Ländern in Riga zusammengekommen.", "de",
     ("HELD_IN", "event:baltischen-energiedialog-2026", "place:riga")),
    ("Rom, 1. März 2026 – Zur vierten Baltischen Energiekonferenz sind Vertreter aus 40 Staaten nach Rom gekommen.",
     "de", ("HELD_IN", "event:baltischen-energiekonferenz-2026", "place:rome")),
    ("Auf Einladung der Schweiz haben sich Vertreter aus 60 Staaten zur Baltischen Energiekonferenz versammelt.",
     "de", ("HOSTED", "country:ch", "event:baltischen-energiekonferenz-2026")),
    ("Die Bundesregierung richtete die Baltische Energiekonferenz gemeinsam mit Norwegen aus.", "de",
     ("HOSTED", "country:no", EVENT)),
    ("Die Bundesregierung richtete die Baltische Energiekonferenz gemeinsam mit Brasilien aus, das im November die "
     "COP30 in Belém ausrichtet.", "de", ("HOSTED", "country:br", "event:cop30")),
    # chairmanships: a fronted object, "des Forums" for the forum named before
    ("Den Vorsitz der Afrikanischen Union übernahm turnusgemäß Angola.", "de", ("CHAIRED", "country:ao", "org:au")),
    ("Die Minister des Salzburg Forums tagten. Gastgeber war Österreich, das derzeit den Vorsitz des Forums innehat.",
     "de", ("CHAIRED", "country:at", "org:salzburg-forum")),
    # the UN climate conferences by their short names
    ("Azerbaijan hosted COP29 in Baku.", "en", ("HOSTED", "country:az", "event:cop29")),
    ("Aserbaidschan richtete die COP29 in Baku aus.", "de", ("HELD_IN", "event:cop29", "place:baku")),
    ("Brazil will host the UN Climate Change Conference (COP30) in Belem.", "en",
     ("HOSTED", "country:br", "event:cop30")),
])
def test_conference_relations(extractor, text, lang, expected):
    assert expected in _rels(extractor, text, lang)


@pytest.mark.parametrize("text, lang, absent", [
    # a time, not an audience; a letter to a government, not a speech at the gathering
    (CONF + "Minister Per Hjelmstad-Lie sprach nach dem Treffen von einem Erfolg.", "de",
     ("ADDRESSED", "person:per-hjelmstad-lie", EVENT)),
    (CONF + "Minister Per Hjelmstad-Lie wandte sich mit einem Brief an die Regierung in Kiew.", "de",
     ("ADDRESSED", "person:per-hjelmstad-lie", EVENT)),
    # "vertreten" without a copula is holding a view; a body in a relative clause did not attend
    (CONF + "Minister Per Hjelmstad-Lie hat die Position Norwegens vertreten.", "de",
     ("ATTENDED", "person:per-hjelmstad-lie", EVENT)),
    (CONF + "Turkmenistan, das Mitglied der Afrikanischen Union ist, war durch einen Minister vertreten.", "de",
     ("ATTENDED", "org:au", EVENT)),
    (CONF + "In der Europäischen Union sind alle Staaten des Kontinents vertreten.", "de", ("ATTENDED", "org:eu", EVENT)),
    # the noun "Treffen" is no meeting between the participants it lists
    (CONF + "An dem Treffen nahmen der slowenische Minister Matej Brezar-Kos und die kroatische Ministerin "
     "Ivana Tolić-Marn teil.", "de", ("MET_WITH", "person:matej-brezar-kos", "person:ivana-tolic-marn")),
    # "Für Brasilien nahm X teil": the minister attended, the state is who she spoke for
    (CONF + "Für Brasilien nahm Umweltministerin Marina Pradel Vilaça teil.", "de", ("ATTENDED", "country:br", EVENT)),
    # a candidate is no member; "der Gruppe der 21, der ... angehören": not the government named before
    ("Die Ukraine ist seit 2022 offizieller Beitrittskandidat der Europäischen Union.", "de",
     ("MEMBER_OF", "country:ua", "org:eu")),
    ("Die Bundesregierung äußerte sich. Südafrika übernimmt den Vorsitz der Gruppe der 21, der die blockfreien "
     "Staaten der Konferenz angehören.", "de", ("MEMBER_OF", "country:za", "org:bundesregierung")),
    # an invitation by a person to a visit hosts no gathering; the relative clause's event is not the subject's
    ("Auf Einladung von Präsident Aivar Lepsaar reiste Kanzler Moritz Kalbhuber nach Riga.", "de",
     ("HOSTED", "person:aivar-lepsaar", "person:moritz-kalbhuber")),
    ("Die Bundesregierung richtete die Baltische Energiekonferenz gemeinsam mit Brasilien aus, das im November die "
     "COP30 in Belém ausrichtet.", "de", ("HOSTED", "org:bundesregierung", "event:cop30")),
])
def test_conference_relations_negative(extractor, text, lang, absent):
    assert absent not in _rels(extractor, text, lang)


def test_aside_event_is_not_the_audience(extractor):
    """The gathering named in the headline and the lead is the one "die Teilnehmer" attend, not one named once in
    a relative clause."""
    text = ("Baltische Energiekonferenz in Riga\n\n" + CONF + "Die Regierung richtete das Treffen gemeinsam mit "
            "Brasilien aus, das im November die COP30 in Belém ausrichtet. Ministerin Jana Oberholz-Frey wandte sich "
            "per Video an die Teilnehmer.")
    rels = _rels(extractor, text, "de")
    assert ("ADDRESSED", "person:jana-oberholz-frey", EVENT) in rels
    assert ("ADDRESSED", "person:jana-oberholz-frey", "event:cop30") not in rels


@pytest.mark.parametrize("text, one, other", [
    ("IAEO-Generalkonferenz beginnt\n\nIn Wien hat die Generalkonferenz der Internationalen Atomenergiebehörde "
     "(IAEO) begonnen.", "IAEO-Generalkonferenz", "Generalkonferenz der Internationalen Atomenergiebehörde"),
    ("Schweiz lädt zur Minenräumungskonferenz\n\nIn Lausanne hat die Internationale Konferenz über humanitäre "
     "Minenräumung begonnen.", "Minenräumungskonferenz", "Internationale Konferenz über humanitäre Minenräumung"),
])
def test_compound_event_names_are_one_event(extractor, text, one, other):
    result, _, _ = extract_text(extractor, text, "de", DATE)
    events = [e for e in result.entities.values() if e.label == "Event"]
    assert len(events) == 1 and {one, other} <= set(events[0].aliases) | {events[0].name}


def test_different_compound_event_stays_apart(extractor):
    """"Wirtschaftskonferenz" shares only the head with "Konferenz über humanitäre Minenräumung"."""
    text = ("Wirtschaftskonferenz vertagt\n\nIn Lausanne hat die Internationale Konferenz über humanitäre "
            "Minenräumung begonnen.")
    result, _, _ = extract_text(extractor, text, "de", DATE)
    assert len([e for e in result.entities.values() if e.label == "Event"]) == 2


def test_bracketed_climate_conference_is_one_event(extractor):
    result, _, _ = extract_text(extractor, "Brazil will host the UN Climate Change Conference (COP30) in Belem.",
                                "en", DATE)
    assert [e.id for e in result.entities.values() if e.label == "Event"] == ["event:cop30"]
