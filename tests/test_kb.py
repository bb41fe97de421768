"""Tests of the knowledge base: shipped data, generated forms, offices by date, user files, CLI."""

from __future__ import annotations

import pytest
import yaml
from click.testing import CliRunner

from graphload.cli import cli
from graphload.errors import KnowledgeBaseError
from graphload.kb import Office, OfficeTerm, load_kb
from graphload.kb_sources import german_adjective_forms, german_genitive, german_phrase_inflections


@pytest.fixture(scope="module", autouse=True)
def _private_cache(tmp_path_factory):
    """Keep the pickled builds of test user files out of the real cache folder."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("GRAPHLOAD_CACHE_DIR", str(tmp_path_factory.mktemp("kbcache")))
        yield


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.mark.parametrize("surface, entity_id", [
    ("Kazakhstan", "country:kz"),
    ("Kasachstan", "country:kz"),
    ("Kasachstans", "country:kz"),
    ("Republic of Kazakhstan", "country:kz"),
    ("Republic of Korea", "country:kr"),
    ("Südkorea", "country:kr"),
    ("Vereinigte Staaten", "country:us"),
    ("Vereinigten Staaten", "country:us"),
    ("U.S.", "country:us"),
    ("Russland", "country:ru"),
    ("Russian Federation", "country:ru"),
    ("Kirgisistan", "country:kg"),
    ("Kyrgyz Republic", "country:kg"),
    ("Tadschikistan", "country:tj"),
    ("Turkey", "country:tr"),
    ("Türkei", "country:tr"),
    ("Großbritannien", "country:gb"),
    ("DR Kongo", "country:cd"),
    ("Ivory Coast", "country:ci"),
    ("Frankreichs", "country:fr"),
    ("Kosovo", "country:xk"),
])
def test_kb_country_aliases(kb, surface, entity_id):
    assert entity_id in kb.lookup(surface)
    assert kb.get(entity_id).label == "Country"


@pytest.mark.parametrize("surface, entity_id", [
    ("Kazakh", "country:kz"),
    ("Kazakhstani", "country:kz"),
    ("kasachischen", "country:kz"),
    ("Kasachische", "country:kz"),
    ("French", "country:fr"),
    ("französischen", "country:fr"),
    ("US-amerikanische", "country:us"),
    ("South Korean", "country:kr"),
    ("Schweizer", "country:ch"),
])
def test_kb_country_adjectives(kb, surface, entity_id):
    assert kb.adjectives[surface] == entity_id


@pytest.mark.parametrize("surface", ["Korean", "Congolese", "Kasachstan"])
def test_kb_no_ambiguous_or_noun_adjectives(kb, surface):
    assert surface not in kb.adjectives


@pytest.mark.parametrize("surface, entity_id", [
    ("OSZE", "org:osce"),
    ("Organization for Security and Cooperation in Europe", "org:osce"),
    ("Internationalen Organisation für Migration", "org:iom"),
    ("Vereinten Nationen", "org:un"),
    ("UNO", "org:un"),
    ("Europäischen Union", "org:eu"),
    ("SOZ", "org:sco"),
    ("Schanghaier Organisation für Zusammenarbeit", "org:sco"),
    ("GUS", "org:cis"),
    ("OVKS", "org:csto"),
    ("Organization of the Islamic Conference", "org:oic"),
    ("UN Regional Centre for Preventive Diplomacy", "org:unrcca"),
    ("MONUSCO", "org:monusco"),
    ("ECE", "org:unece"),
])
def test_kb_organization_aliases(kb, surface, entity_id):
    assert kb.lookup(surface) == [entity_id]


def test_kb_breadth(kb):
    labels = [e.label for e in kb.entities.values()]
    assert labels.count("Organization") >= 150
    assert labels.count("Person") >= 200
    assert labels.count("Country") >= 195


@pytest.mark.parametrize("place_id, name, country", [
    ("place:astana", "Astana", "KZ"),
    ("place:almaty", "Almaty", "KZ"),
    ("place:new-york", "New York", "US"),
    ("place:bishkek", "Bishkek", "KG"),
    ("place:vienna", "Vienna", "AT"),
    ("place:geneva", "Geneva", "CH"),
])
def test_kb_places_with_country(kb, place_id, name, country):
    ent = kb.get(place_id)
    assert (ent.name, ent.country, ent.label) == (name, country, "Place")


@pytest.mark.parametrize("surface, place_id", [
    ("Nur-Sultan", "place:astana"), ("Alma-Ata", "place:almaty"), ("Moskau", "place:moscow"),
    ("Kiew", "place:kyiv"), ("Peking", "place:beijing"), ("Genf", "place:geneva"),
])
def test_kb_place_exonyms(kb, surface, place_id):
    assert kb.lookup(surface) == [place_id]


def test_kb_city_same_name_keeps_most_populous_bare(kb):
    bare, other = kb.get("place:hyderabad"), kb.get("place:hyderabad-pk")
    assert (bare.country, other.country) == ("IN", "PK")
    assert bare.props["population"] > other.props["population"]


def test_kb_city_state_is_a_country_only(kb):
    assert kb.lookup("Singapore") == ["country:sg"]


@pytest.mark.parametrize("date, holder", [
    ("2010-11-30", "person:ban-ki-moon"),
    ("2024-07-04", "person:antonio-guterres"),
    ("2016", "person:ban-ki-moon"),
    ("2016-12", "person:ban-ki-moon"),
    ("2017", "person:antonio-guterres"),
    ("1999", "person:kofi-annan"),
    (None, None),
])
def test_kb_un_secretary_general_by_date(kb, date, holder):
    office = kb.office("un-secretary-general")
    assert office.org == "org:un"
    assert office.holder_on(date) == holder


@pytest.mark.parametrize("office_id, date, holder", [
    ("kz-president", "2010-11-30", "person:nursultan-nazarbayev"),
    ("kz-president", "2024-07-03", "person:kassym-jomart-tokayev"),
    ("kz-president", "2019", None),  # two holders that year: ambiguous
    ("kz-foreign-minister", "2010-07", "person:kanat-saudabayev"),
    ("osce-chairperson-in-office", "2010-12-01", "person:kanat-saudabayev"),
    ("de-chancellor", "2015-06-01", "person:angela-merkel"),
])
def test_kb_office_holders(kb, office_id, date, holder):
    assert kb.office(office_id).holder_on(date) == holder


@pytest.mark.parametrize("title, lang, office_id", [
    ("Generalsekretär", "de", "un-secretary-general"),
    ("secretary-general", "en", "un-secretary-general"),
    ("Präsidenten", "de", "kz-president"),
    ("Foreign Secretary", "en", "gb-foreign-minister"),
])
def test_kb_offices_by_title(kb, title, lang, office_id):
    assert office_id in [o.id for o in kb.offices_by_title(title, lang)]


def test_kb_offices_for_country(kb):
    ids = {o.id for o in kb.offices_for("country:kz")}
    assert {"kz-president", "kz-prime-minister", "kz-foreign-minister"} <= ids


def test_kb_holder_on_overlap_is_ambiguous():
    office = Office("x", "org:un", {}, [OfficeTerm("person:a", "2019-01-01", "2019-03-19"),
                                        OfficeTerm("person:b", "2019-03-20", None)])
    assert office.holder_on("2019-03") is None
    assert office.holder_on("2019-03-25") == "person:b"


@pytest.mark.parametrize("func, arg, expected", [
    (german_genitive, "Kasachstan", "Kasachstans"),
    (german_genitive, "Paris", None),
    (german_genitive, "Ukraine", None),
    (german_genitive, "USA", None),
    (german_phrase_inflections, "Europäisches Parlament", ["Europäischen Parlament", "Europäischen Parlaments"]),
    (german_phrase_inflections, "Shanghai Cooperation", []),
    (german_adjective_forms, "kasachisch", ["kasachisch", "kasachische", "kasachischen", "kasachischer",
                                            "kasachisches", "kasachischem", "Kasachisch", "Kasachische",
                                            "Kasachischen", "Kasachischer", "Kasachisches", "Kasachischem"]),
])
def test_kb_german_forms(func, arg, expected):
    assert func(arg) == expected


def test_kb_person_genitive_and_transliterations(kb):
    ent = kb.get("person:kassym-jomart-tokayev")
    assert {"Tokayev", "Tokajew", "Tokajews", "Kassym-Schomart Tokajew"} <= set(ent.aliases)
    assert ent.country == "KZ"


def test_kb_fingerprint_changes_with_user_file(kb, tmp_path):
    user = tmp_path / "user.yaml"
    user.write_text("- {label: Person, name: Akan Rakhmetullin, country: KZ}\n", encoding="utf-8")
    extended = load_kb([user])
    assert extended.fingerprint != kb.fingerprint
    assert load_kb([user]) is extended  # memoised per (paths, mtimes)


def test_kb_user_file_adds_and_overrides(tmp_path):
    user = tmp_path / "extra.yaml"
    user.write_text(yaml.safe_dump({"entities": [
        {"label": "Person", "name": "Kairat Umarov", "aliases": {"en": ["Umarov"]}, "country": "KZ",
         "offices": ["kz-un-ambassador 2019.."]},
        {"id": "org:osce", "label": "Organization", "name": "OSCE", "aliases": ["O.S.C.E."]},
    ], "offices": [{"id": "kz-un-ambassador", "org": "country:kz",
                    "titles": {"en": ["Permanent Representative"]}}]}, allow_unicode=True),
        encoding="utf-8")
    base = load_kb([user])
    assert base.lookup("Umarov") == ["person:kairat-umarov"]
    osce = base.get("org:osce")
    assert osce.name == "OSCE" and "OSZE" in osce.aliases and "O.S.C.E." in osce.aliases
    assert base.office("kz-un-ambassador").holder_on("2024-07-04") == "person:kairat-umarov"


@pytest.mark.parametrize("text, fragment", [
    ("- {label: Person, name: X Y, country: kz}\n", "entry 1 (line 1, 'X Y')"),
    ("- {name: Ok One, label: Person}\n- {label: Persn, name: Bad Two}\n", "entry 2 (line 2, 'Bad Two')"),
    ("- {label: Person, name: [unclosed\n", "line 2"),
    ("- {label: Person, name: A B, offices: [nonsense]}\n", "must look like"),
    ("- {label: Person, name: A B, offices: ['no-such-office 2010..']}\n", "no-such-office"),
])
def test_kb_malformed_file_names_file_and_entry(tmp_path, text, fragment):
    bad = tmp_path / "bad.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as err:
        load_kb([bad])
    assert "bad.yaml" in str(err.value) and fragment in str(err.value)


def test_kb_missing_data_dir(tmp_path):
    with pytest.raises(KnowledgeBaseError, match="GRAPHLOAD_DATA"):
        load_kb(data_dir=tmp_path)


def test_kb_env_user_files(tmp_path, monkeypatch):
    user = tmp_path / "env.yaml"
    user.write_text("- {label: Place, name: Glaciology Centre Test Site, country: KZ}\n", encoding="utf-8")
    monkeypatch.setenv("GRAPHLOAD_KB", str(user))
    assert load_kb().get("place:glaciology-centre-test-site").country == "KZ"


def test_kb_cli_add_writes_file_that_loads(tmp_path):
    user = tmp_path / "user.yaml"
    runner = CliRunner()
    args = ["kb", "add", "--label", "Person", "--name", "Akan Rakhmetullin", "--alias", "Rakhmetullin",
            "--alias", "Rachmetullin", "--country", "kz", "--file", str(user)]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "person:akan-rakhmetullin" in result.output
    ent = load_kb([user]).get("person:akan-rakhmetullin")
    assert ent.country == "KZ" and "Rachmetullin" in ent.aliases
    again = runner.invoke(cli, args)
    assert again.exit_code == 1 and "already exists" in again.output


def test_kb_cli_add_refuses_invalid(tmp_path):
    user = tmp_path / "user.yaml"
    result = CliRunner().invoke(cli, ["kb", "add", "--label", "Place", "--name", "X", "--country", "Kazakhstan",
                                      "--file", str(user)])
    assert result.exit_code == 1 and "alpha-2" in result.output
    assert not user.exists()


@pytest.mark.parametrize("args, expected", [
    (["kb", "show", "Tokajew"], "person:kassym-jomart-tokayev"),
    (["kb", "show", "osze"], "org:osce"),
    (["kb", "stats"], "Organization"),
    (["kb", "check"], "0 warnings"),
])
def test_kb_cli_commands(args, expected):
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert expected in result.output


def test_kb_cli_show_unknown():
    result = CliRunner().invoke(cli, ["kb", "show", "Nobody Atall"])
    assert result.exit_code == 1 and "graphload kb add" in result.output
