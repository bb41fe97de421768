"""Head nouns that give a name its kind ("Summit" -> Event, "Zukunftsgipfel" -> Event, "Palace" -> Place).

Read from the lexicon's ``heads`` lists; German compounds and hyphenated words are matched by their suffix.
"""

from __future__ import annotations

from collections.abc import Callable

from .lexicons import LanguageLexicon
from .wordfacts import suffix_candidates

_HEAD_TABLES: dict[int, tuple] = {}


def head_tables(lex: LanguageLexicon) -> tuple[dict, Callable[[str], tuple[str, ...]], dict]:
    """Head noun -> kind, the lower-cased compound suffixes (longest first) a word may end with, suffix -> kind
    (built once per lexicon)."""
    if id(lex) not in _HEAD_TABLES:
        head_of = {h: kind for kind, heads in lex.heads.items() for h in heads}
        suffixes = tuple(sorted({h.lower() for heads in lex.heads.values() for h in heads}, key=len, reverse=True))
        _HEAD_TABLES[id(lex)] = (head_of, suffix_candidates(suffixes),
                                 {h.lower(): k for k, hs in lex.heads.items() for h in hs})
    return _HEAD_TABLES[id(lex)]


def head_kind(word: str, low: str, gaz, lex: LanguageLexicon, lang: str) -> str | None:
    """The kind a head noun gives a name ("Summit" -> Event), None for titles and other words."""
    if low in gaz.titles or low in lex.chair_heads:
        return None
    head_of, candidates, suffix_kind = head_tables(lex)
    kind = head_of.get(word)
    if kind or not ("-" in word or lang == "de"):
        return kind
    suffixes = candidates(low)
    if not low.endswith(suffixes):
        return None
    if lang != "de" and word.rpartition("-")[2][:1].isupper() and word[:1].isupper():
        return None  # "Claire Dufresne-Hall": a double-barrelled surname, not a hall
    for suffix in suffixes:  # German compounds ("Zukunftsgipfel", "SCO-Plus-Sitzung"): the longest after 3 letters
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            return suffix_kind.get(suffix)
    return None
