"""Relations of foreign-ministry readouts and organizations' press releases: datelines, appositions, coordinated
subjects, plural "they", companions, sites visited, speaker lists, chairs (English and German)."""

from __future__ import annotations

import pytest

from conftest import extract_text

DATE = "2026-05-04"
IRIGOYEN, MENDES = "person:facundo-irigoyen", "person:luiza-mendes-carvalho"
IMHOF, LUPASCU = "person:lukas-imhof-bernasconi", "person:cristina-lupascu"


def _found(extractor, text: str, lang: str) -> set[tuple[str, str, str]]:
    _, _, rels = extract_text(extractor, text, lang, DATE)
    return {r[:3] for r in rels}


@pytest.mark.parametrize("text, lang, expected, absent", [
    # a one-word post after a possessive: the name after its comma is the holder's
    ("Argentina's President, Facundo Irigoyen, and Brazil's President, Luiza Mendes-Carvalho, held a bilateral "
     "meeting.", "en",
     {("HOLDS_OFFICE", IRIGOYEN, "country:ar"), ("HOLDS_OFFICE", MENDES, "country:br"), ("MET_WITH", IRIGOYEN, MENDES)},
     {("HOLDS_OFFICE", "person:javier-milei", "country:ar")}),
    ("They met a delegation of the Inter-American Commission on Human Rights (IACHR) led by its President, Rosa "
     "María Quispe-Llanos.", "en",
     {("HOLDS_OFFICE", "person:rosa-maria-quispe-llanos", "org:inter-american-commission-on-human-rights")}, set()),
    ("Argentiniens Präsident, Facundo Irigoyen, und Brasiliens Präsidentin, Luiza Mendes-Carvalho, trafen sich am "
     "Rande des Gipfels.", "de",
     {("HOLDS_OFFICE", IRIGOYEN, "country:ar"), ("MET_WITH", IRIGOYEN, MENDES)}, set()),
    # not an apposition: no name follows the comma
    ("At the invitation of Chile's President, the delegation travelled to Riga.", "en", set(),
     {("VISITED", "person:the-delegation", "place:riga")}),
])
def test_readout_possessive_post_apposition(extractor, text, lang, expected, absent):
    found = _found(extractor, text, lang)
    assert expected <= found, found
    assert not (absent & found), found


@pytest.mark.parametrize("text, lang, expected, absent", [
    # subjects joined across appositions and titles
    ("Rubén Ayala-Benítez, the President of the session, and Héctor Villalba-Mora, the Secretary General, also met "
     "with President Rosa Quispe-Llanos of Peru.", "en",
     {("MET_WITH", "person:ruben-ayala-benitez", "person:rosa-quispe-llanos"),
      ("MET_WITH", "person:hector-villalba-mora", "person:rosa-quispe-llanos")},
     {("MET_WITH", "person:ruben-ayala-benitez", "person:hector-villalba-mora")}),
    ("Paraguayan President Martín Giménez-Ortiz, as well as Bolivian President Eduardo Mamani-Rocha, attended the "
     "Mercosur Summit.", "en",
     {("ATTENDED", "person:martin-gimenez-ortiz", "event:mercosur-summit-2026"),
      ("ATTENDED", "person:eduardo-mamani-rocha", "event:mercosur-summit-2026")}, set()),
    ("Paraguays Präsident Martín Giménez-Ortiz sowie Boliviens Präsident Eduardo Mamani-Rocha nahmen am "
     "Mercosur-Gipfel teil.", "de",
     {("ATTENDED", "person:martin-gimenez-ortiz", "event:mercosur-gipfel-2026"),
      ("ATTENDED", "person:eduardo-mamani-rocha", "event:mercosur-gipfel-2026")}, set()),
    # two subjects and no object: they met each other
    ("President Aro Kallenberg and Prime Minister Jon Halvik of Norway held talks on Monday.", "en",
     {("MET_WITH", "person:aro-kallenberg", "person:jon-halvik")}, set()),
    # the object of an earlier verb is not a co-subject of the next one
    ("Foreign Minister Lena Orr praised President Aro Kallenberg, and Prime Minister Jon Halvik attended the Baltic "
     "Energy Summit.", "en", {("ATTENDED", "person:jon-halvik", "event:baltic-energy-summit-2026")},
     {("ATTENDED", "person:aro-kallenberg", "event:baltic-energy-summit-2026")}),
    # one subject holding talks somewhere is no meeting
    ("President Aro Kallenberg held talks in Riga.", "en", set(),
     {("MET_WITH", "person:aro-kallenberg", "person:aro-kallenberg")}),
])
def test_readout_coordinated_subjects(extractor, text, lang, expected, absent):
    found = _found(extractor, text, lang)
    assert expected <= found, found
    assert not (absent & found), found
    if "held talks in" in text:
        assert not any(r[0] == "MET_WITH" for r in found), found


@pytest.mark.parametrize("text, lang, expected, absent", [
    ("Mine action conference opens\n\nGENEVA, 3 May 2026 — The International Conference on Humanitarian Mine Action "
     "opened today at the Palace of Nations.", "en",
     {("HELD_IN", "event:international-conference-on-humanitarian-mine-action-2026", "place:geneva"),
      ("HELD_IN", "event:international-conference-on-humanitarian-mine-action-2026", "place:palais-des-nations")},
     set()),
    ("OAS meets\n\nASUNCIÓN, June 24, 2026 — The 56th Regular Session of the Andean Assembly opened today.", "en",
     {("HELD_IN", "event:regular-session-of-the-andean-assembly-2026", "place:asuncion")}, set()),
    ("Minenräumung im Fokus\n\nGENF, 3. Mai 2026 – Die Internationale Konferenz für humanitäre Minenräumung ist heute "
     "im Palais des Nations eröffnet worden.", "de",
     {("HELD_IN", "event:internationale-konferenz-fur-humanitare-minenraumung-2026", "place:geneva"),
      ("HELD_IN", "event:internationale-konferenz-fur-humanitare-minenraumung-2026", "place:palais-des-nations")},
     set()),
    # the sentence names another town: the dateline is only where the text was written
    ("Summit opens\n\nASTANA, 5 May 2026 — The Baltic Energy Summit opened today in Riga.", "en",
     {("HELD_IN", "event:baltic-energy-summit-2026", "place:riga")},
     {("HELD_IN", "event:baltic-energy-summit-2026", "place:astana")}),
    # the event is not the subject of an opening verb
    ("Minister speaks\n\nVIENNA, 5 May 2026 — Foreign Minister Lena Orr said the Baltic Energy Summit had been useful.",
     "en", set(), {("HELD_IN", "event:baltic-energy-summit-2026", "place:vienna")}),
])
def test_readout_dateline_places_the_opening_event(extractor, text, lang, expected, absent):
    found = _found(extractor, text, lang)
    assert expected <= found, found
    assert not (absent & found), found


@pytest.mark.parametrize("text, lang, expected, absent", [
    # a chair set off by a comma before a named post: that post's person holds the chair; later "the Chairperson-
    # in-Office" is that person
    ("The OSCE Chairperson-in-Office, Swiss Foreign Minister Lukas Imhof-Bernasconi, arrived in Vienna. On Friday, "
     "the Chairperson-in-Office travelled to Riga.", "en",
     {("CHAIRED", IMHOF, "org:osce"), ("HOLDS_OFFICE", IMHOF, "country:ch"), ("VISITED", IMHOF, "place:riga")}, set()),
    ("Der OSZE-Vorsitzende, der Schweizer Außenminister Lukas Imhof-Bernasconi, sprach in Wien.", "de",
     {("CHAIRED", IMHOF, "org:osce"), ("HOLDS_OFFICE", IMHOF, "country:ch")}, set()),
    # "who holds the presidency of X"
    ("Uruguay's President, Julio Larrañaga-Soto, spoke. Larrañaga-Soto, who holds the pro tempore presidency of "
     "Mercosur, welcomed the leaders.", "en", {("CHAIRED", "person:julio-larranaga-soto", "org:mercosur")}, set()),
    ("Uruguay's President, Julio Larrañaga-Soto, spoke. Larrañaga-Soto, who criticised the presidency of Mercosur, "
     "welcomed the leaders.", "en", set(), {("CHAIRED", "person:julio-larranaga-soto", "org:mercosur")}),
    # a mission's head named by the ambassador's title after a comma
    ("He was accompanied by the Head of the OSCE Mission to Moldova, Ambassador Karin Lindqvist-Borg.", "en",
     {("HOLDS_OFFICE", "person:karin-lindqvist-borg", "org:osce-mission-to-moldova")},
     {("HOLDS_OFFICE", "person:karin-lindqvist-borg", "country:md")}),
    # "Delegation" heads an organization's name: no person called "Delegation"
    ("The Head of the EU Delegation to Ghana, Ambassador Irena Novak-Berg, met Foreign Minister Kofi Mensah-Boateng.",
     "en", {("HOLDS_OFFICE", "person:irena-novak-berg", "org:eu-delegation-to-ghana")},
     {("HOLDS_OFFICE", "person:delegation", "org:eu")}),
    # "Its Director" opening a sentence: the organization the sentence before named last
    ("The conference was co-organized by the Geneva Centre for Humanitarian Demining. Its Director, Ambassador Tomasz "
     "Wielgosz, briefed participants.", "en",
     {("HOLDS_OFFICE", "person:tomasz-wielgosz", "org:geneva-centre-for-humanitarian-demining")}, set()),
])
def test_readout_chairs_and_heads_in_appositions(extractor, text, lang, expected, absent):
    found = _found(extractor, text, lang)
    assert expected <= found, found
    assert not (absent & found), found


@pytest.mark.parametrize("text, lang, expected, absent", [
    # "They" after two persons named together as subject
    ("Swiss Foreign Minister Lukas Imhof-Bernasconi and Moldovan Foreign Minister Cristina Lupașcu opened the "
     "Chisinau Conference. They then visited the headquarters of the Joint Control Commission in Bender.", "en",
     {("VISITED", IMHOF, "place:bender"), ("VISITED", LUPASCU, "place:bender")}, set()),
    # not when the second person was the object of a meeting
    ("Foreign Minister Lukas Imhof-Bernasconi met Moldovan Foreign Minister Cristina Lupașcu. They visited Riga.", "en",
     set(), {("VISITED", LUPASCU, "place:riga")}),
    # "A and B travelled together to X", a companion clause before the verb
    ("Dr. Arvind Raghunathan and Foreign Minister Sujata Adhikari-Pant travelled together to Janakpur.", "en",
     {("VISITED", "person:arvind-raghunathan", "place:janakpur"),
      ("VISITED", "person:sujata-adhikari-pant", "place:janakpur")}, set()),
    ("Foreign Minister Lukas Imhof-Bernasconi, accompanied by Ambassador Karin Lindqvist-Borg, travelled to Riga.", "en",
     {("VISITED", IMHOF, "place:riga"), ("VISITED", "person:karin-lindqvist-borg", "place:riga")}, set()),
    ("Der Schweizer Außenminister Lukas Imhof-Bernasconi, begleitet von Botschafterin Karin Lindqvist-Borg, reiste am "
     "Freitag nach Chisinau.", "de",
     {("VISITED", IMHOF, "place:chisinau"), ("VISITED", "person:karin-lindqvist-borg", "place:chisinau")}, set()),
    # a site visited: the town it is in, or the named site itself
    ("Am Mittwoch besuchte Bundespräsident Jurek Almanow das Maji-Maji-Museum in Songea.", "de",
     {("VISITED", "person:jurek-almanow", "place:maji-maji-museum")},
     {("VISITED", "person:jurek-almanow", "place:songea")}),
    ("President Jurek Almanow visited the factory and held talks in Lviv.", "en", set(),
     {("VISITED", "person:jurek-almanow", "place:lviv")}),
])
def test_readout_groups_companions_and_sites(extractor, text, lang, expected, absent):
    found = _found(extractor, text, lang)
    assert expected <= found, found
    assert not (absent & found), found


@pytest.mark.parametrize("text, lang, expected, absent", [
    # passive address, its agents joined across a long title
    ("Minister Sameena Rizvi-Baig attended the 14th Indian Ocean Conference in Colombo. The conference was addressed "
     "at its opening session by Sri Lanka's Prime Minister, Dilani Senanayake, and the Secretary-General of the Indian "
     "Ocean Rim Association (IORA), Kavita Ramgoolam-Dass.", "en",
     {("ADDRESSED", "person:dilani-senanayake", "event:indian-ocean-conference-2026"),
      ("ADDRESSED", "person:kavita-ramgoolam-dass", "event:indian-ocean-conference-2026")},
     {("ADDRESSED", "person:dilani-senanayake", "org:iora")}),
    ("The letter was addressed by Foreign Minister Lena Orr to the Nordic Council.", "en", set(),
     {("ADDRESSED", "person:lena-orr", "org:nordic-council")}),
    # a list of speakers
    ("The Baltic Energy Summit opened in Riga. Speakers in the opening segment included Foreign Minister Lena Orr and "
     "Prime Minister Jon Halvik of Norway, as well as President Aro Kallenberg.", "en",
     {("ADDRESSED", "person:lena-orr", "event:baltic-energy-summit-2026"),
      ("ADDRESSED", "person:jon-halvik", "event:baltic-energy-summit-2026"),
      ("ADDRESSED", "person:aro-kallenberg", "event:baltic-energy-summit-2026")}, set()),
    ("Der Ostsee-Energiegipfel begann in Riga. Zu den Rednern gehörten Außenministerin Lena Orr und Präsident Aro "
     "Kallenberg.", "de",
     {("ADDRESSED", "person:lena-orr", "event:ostsee-energiegipfel-2026"),
      ("ADDRESSED", "person:aro-kallenberg", "event:ostsee-energiegipfel-2026")}, set()),
])
def test_readout_passive_address_and_speaker_lists(extractor, text, lang, expected, absent):
    found = _found(extractor, text, lang)
    assert expected <= found, found
    assert not (absent & found), found


def test_readout_speaker_list_needs_an_event(extractor):
    found = _found(extractor, "Speakers included Foreign Minister Lena Orr and President Aro Kallenberg.", "en")
    assert not any(r[0] == "ADDRESSED" for r in found), found


@pytest.mark.parametrize("text, lang, expected, absent", [
    # members of two organizations
    ("India and Nepal are founding members of SAARC and BIMSTEC.", "en",
     {("MEMBER_OF", "country:in", "org:saarc"), ("MEMBER_OF", "country:np", "org:bimstec"),
      ("MEMBER_OF", "country:in", "org:bimstec")}, set()),
    ("Indien und Nepal sind Mitglieder der SAARC und der BIMSTEC.", "de",
     {("MEMBER_OF", "country:in", "org:saarc"), ("MEMBER_OF", "country:np", "org:bimstec")}, set()),
    # India's foreign minister by his own title and "EAM"; a destination after "to" is not his country
    ("Visit of External Affairs Minister to Nepal\n\nIndia's External Affairs Minister, Dr. Arvind Raghunathan, met "
     "Nepal's Minister for Foreign Affairs, Sujata Adhikari-Pant. Later, EAM called on President Ram Thapa-Magar.",
     "en", {("HOLDS_OFFICE", "person:arvind-raghunathan", "country:in"),
            ("MET_WITH", "person:arvind-raghunathan", "person:ram-thapa-magar")},
     {("VISITED", "person:sujata-adhikari-pant", "country:np"),
      ("MET_WITH", "person:sujata-adhikari-pant", "person:ram-thapa-magar")}),
    # an adviser's post; the bare "the Foreign Minister" keeps meaning the text's own one
    ("Pakistan's Foreign Minister, Sameena Rizvi-Baig, arrived in Colombo. The Foreign Minister addressed the plenary. "
     "The Foreign Minister then met the Foreign Minister of Sri Lanka, Nuwan Perera-Silva. Earlier, the Foreign "
     "Minister received a telephone call from Bangladesh's Foreign Adviser, Mahfuz Rahman-Chowdhury.", "en",
     {("MET_WITH", "person:sameena-rizvi-baig", "person:mahfuz-rahman-chowdhury"),
      ("HOLDS_OFFICE", "person:mahfuz-rahman-chowdhury", "country:bd")},
     {("MET_WITH", "person:nuwan-perera-silva", "person:mahfuz-rahman-chowdhury")}),
])
def test_readout_members_titles_and_roles(extractor, text, lang, expected, absent):
    found = _found(extractor, text, lang)
    assert expected <= found, found
    assert not (absent & found), found
