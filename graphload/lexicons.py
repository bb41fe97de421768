"""Load the reviewable lexicons in data/lexicons (titles, head nouns, relation triggers)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from .errors import KnowledgeBaseError

LEXICON_FILES = ("titles.yaml", "heads.yaml", "relations.yaml")


@dataclass
class Trigger:
    """One trigger phrase of a relationship type."""

    type: str
    words: tuple[str, ...]  # lower-cased tokens; "..." marks a gap before a particle
    passive: bool = False

    @property
    def head(self) -> str:
        """The first word, used to index triggers."""
        return self.words[0]


@dataclass
class LanguageLexicon:
    """Everything language-specific the extractor needs."""

    title_heads: list[str]
    title_modifiers: set[str]
    chair_heads: set[str]
    representative_heads: set[str]
    honorifics: set[str]
    honorific_pairs: set[tuple[str, ...]]  # two-word forms of address ("Tan Sri", "Puan Sri")
    national_heads: set[str]
    heads: dict[str, set[str]]  # kind -> head nouns
    event_nouns: set[str]
    connectors: set[str]
    triggers: dict[str, list[Trigger]] = field(default_factory=dict)  # first word -> triggers
    negations: set[str] = field(default_factory=set)
    modals: list[tuple[str, ...]] = field(default_factory=list)
    back: set[str] = field(default_factory=set)
    nouns: set[str] = field(default_factory=set)
    future: set[str] = field(default_factory=set)  # modals of a decided future ("would hold the Chairmanship")
    companions: list[tuple[str, ...]] = field(default_factory=list)  # "together with", "gemeinsam mit"
    pairs: list[tuple[str, ...]] = field(default_factory=list)  # "both countries", "beide Länder"
    press: set[str] = field(default_factory=set)  # "spoke to reporters": an audience that is not the event
    audiences: set[str] = field(default_factory=set)  # "told the plenary": an audience that stands for the event
    portfolios: set[str] = field(default_factory=set)  # "Minister for Fisheries and ...": a post's field words
    person_roles: set[str] = field(default_factory=set)  # "activist", "Unternehmerin": a person's description, no post
    person_role_suffixes: tuple[str, ...] = ()  # lower-cased endings of compound roles ("wirtschaftsjournalist")

    @property
    def modal_phrases(self) -> list[str]:
        """Modal phrases padded with spaces, for substring tests on a window of words."""
        if not hasattr(self, "_modal_phrases"):
            self._modal_phrases = [f" {' '.join(m)} " for m in self.modals]
        return self._modal_phrases

    @property
    def modal_firsts(self) -> frozenset[str]:
        """The first words of the modal phrases: a window without one holds none of them."""
        if not hasattr(self, "_modal_firsts"):
            self._modal_firsts = frozenset(m[0] for m in self.modals if m)
        return self._modal_firsts

    @property
    def modal_search(self) -> Callable[[str], object]:
        """Finds a modal phrase in a space-padded window of words (a compiled alternation)."""
        if not hasattr(self, "_modal_search"):
            self._modal_search = _any_of(self.modal_phrases)
        return self._modal_search

    @property
    def uncertain_search(self) -> Callable[[str], object]:
        """Finds a modal phrase that leaves even a decided-future fact open ("may", not "will")."""
        if not hasattr(self, "_uncertain_search"):
            self._uncertain_search = _any_of([m for m in self.modal_phrases if m.strip() not in self.future])
        return self._uncertain_search


def _any_of(phrases: list[str]) -> Callable[[str], object]:
    """A search for any of ``phrases`` as substrings; never matches when there are none."""
    if not phrases:
        return lambda text: None
    return re.compile("|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))).search


@dataclass
class Lexicons:
    """All languages' lexicons plus shared lists."""

    languages: dict[str, LanguageLexicon]
    not_names: set[str]
    default_chair_org: dict[str, str]
    fingerprint: str
    default_offices: dict[str, str] = field(default_factory=dict)
    gazetteer_exclude: set[str] = field(default_factory=set)
    gazetteer_exclude_by_lang: dict[str, set[str]] = field(default_factory=dict)  # "Island" (Iceland) not in English
    # (qualifier, name) of regions that end in a country's name or adjective: ("Latin", "America")
    region_names: frozenset[tuple[str, str]] = frozenset()

    def excluded_names(self, lang: str) -> frozenset[str]:
        """Knowledge-base forms the gazetteer of ``lang`` does not match."""
        return frozenset(self.gazetteer_exclude | self.gazetteer_exclude_by_lang.get(lang, set()))

    def for_lang(self, lang: str) -> LanguageLexicon:
        """The lexicon of ``lang``, English for languages without one."""
        return self.languages.get(lang) or self.languages["en"]


def _check_strings(data, path: Path, where: str = "") -> None:
    """YAML reads bare on/off/yes/no as booleans: refuse them with the place to quote."""
    if isinstance(data, dict):
        for key, value in data.items():
            _check_strings(value, path, f"{where}/{key}")
    elif isinstance(data, list):
        for item in data:
            if isinstance(item, bool) or item is None:
                raise KnowledgeBaseError(f"{path}: {where} holds {item!r}; quote the word (\"on\", \"no\") so YAML "
                                         "keeps it a string")
            _check_strings(item, path, where)


def _read_yaml(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KnowledgeBaseError(f"{path}: lexicon file missing; restore it from the repository") from None
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError(f"{path}: not valid YAML ({exc}); fix the file") from None
    if not isinstance(data, dict):
        raise KnowledgeBaseError(f"{path}: expected a mapping at the top level")
    _check_strings(data, path)
    return data


def _triggers(spec: dict) -> dict[str, list[Trigger]]:
    index: dict[str, list[Trigger]] = {}
    for rel_type, groups in spec.items():
        if not isinstance(groups, dict):
            continue
        for kind in ("active", "passive"):
            for phrase in groups.get(kind, []) or []:
                trig = Trigger(rel_type, tuple(str(phrase).lower().split()), kind == "passive")
                index.setdefault(trig.head, []).append(trig)
    for lst in index.values():
        lst.sort(key=lambda t: -len(t.words))
    return index


@lru_cache(maxsize=4)
def load_lexicons(directory: str) -> Lexicons:
    """Read titles.yaml, heads.yaml and relations.yaml from ``directory``."""
    base = Path(directory)
    titles, heads, rels = (_read_yaml(base / name) for name in LEXICON_FILES)
    digest = hashlib.sha256()
    for name in LEXICON_FILES:
        digest.update((base / name).read_bytes())
    langs = {}
    for lang in ("en", "de"):
        t, r = titles.get(lang, {}), rels.get(lang, {})
        langs[lang] = LanguageLexicon(
            title_heads=list(t.get("heads", [])),
            title_modifiers=set(t.get("modifiers", [])),
            chair_heads={x.lower() for x in t.get("chair", [])},
            representative_heads={x.lower() for x in t.get("representative", [])},
            honorifics=set(t.get("honorifics", [])),
            honorific_pairs={tuple(x.split()) for x in t.get("honorifics", []) if " " in x},
            national_heads={x.lower() for x in t.get("national", [])},
            # German texts name many bodies in English ("Central Asian Regional Glaciological Center")
            heads={k: (set(heads[k].get(lang, [])) | (set(heads[k].get("en", [])) if lang == "de" else set()))
                   - set((heads.get("not_heads") or {}).get(lang, [])) for k in ("Organization", "Place", "Event")},
            event_nouns=set(heads.get("event_nouns", {}).get(lang, [])),
            connectors=set(heads.get("connectors", {}).get(lang, [])),
            triggers=_triggers({k: v for k, v in r.items() if k.isupper()}),
            negations={str(x).lower() for x in r.get("negations", [])},
            modals=[tuple(x.lower().split()) for x in r.get("modals", [])],
            back=set(r.get("back", [])),
            nouns=set(r.get("nouns", [])),
            future={str(x).lower() for x in r.get("future", [])},
            companions=[tuple(str(x).lower().split()) for x in r.get("companions", [])],
            pairs=[tuple(str(x).lower().split()) for x in r.get("pairs", [])],
            press={str(x).lower() for x in r.get("press", [])},
            audiences={str(x).lower() for x in r.get("audiences", [])},
            portfolios=set(t.get("portfolios", [])),
            person_roles=set(t.get("person_roles", [])),
            person_role_suffixes=tuple(str(x).lower() for x in t.get("person_role_suffixes", [])),
        )
    return Lexicons(langs, set(heads.get("not_names", [])), dict(rels.get("default_chair_org", {})), digest.hexdigest(),
                    {k.lower(): v for k, v in (titles.get("default_offices") or {}).items()},
                    set(heads.get("gazetteer_exclude") or []),
                    {lg: set(v or []) for lg, v in (heads.get("gazetteer_exclude_by_lang") or {}).items()},
                    frozenset(tuple(str(x).rsplit(" ", 1)) for x in heads.get("region_names") or []))
