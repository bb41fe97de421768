"""Language of a text: a function-word vote for English and German, lingua for the rest."""

from __future__ import annotations

import re

_LANGUAGES = ("ENGLISH", "GERMAN", "FRENCH", "SPANISH", "ITALIAN", "RUSSIAN", "PORTUGUESE", "DUTCH",
              "TURKISH", "POLISH", "UKRAINIAN", "KAZAKH", "ARABIC", "CHINESE", "JAPANESE")
_detector_cache: list = []


def _detector():
    """The lingua detector, built on first use and cached for the process."""
    if not _detector_cache:
        from lingua import Language, LanguageDetectorBuilder

        langs = [getattr(Language, name) for name in _LANGUAGES]
        _detector_cache.append(LanguageDetectorBuilder.from_languages(*langs).build())
    return _detector_cache[0]


_FUNCTION_WORDS = {
    "en": frozenset("the of and to in is was that for with on as by at from has have are were which will".split()),
    "de": frozenset("der die das und den dem des ist nicht mit sich auf für von eine einer wurde zu im".split()),
}


def _function_word_vote(words: list[str]) -> str | None:
    """English or German when their function words clearly dominate, else None (ask lingua).

    A fast path: lingua is the slowest step of reading a file.
    """
    counts = {lang: sum(1 for w in words if w.lower() in vocab) for lang, vocab in _FUNCTION_WORDS.items()}
    (best, hits), (_, other) = sorted(counts.items(), key=lambda kv: -kv[1])
    if hits >= 12 and hits >= 4 * other and hits >= len(words) * 0.15:
        return best
    return None


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, ``und`` when undetermined.

    >>> detect_language("Der Generalsekretär besuchte die Hauptstadt Kasachstans.")
    'de'
    """
    sample = text[:1000]
    words = re.findall(r"[^\W\d_]{2,}", sample)
    if len(words) < 3:
        return "und"
    quick = _function_word_vote(words)
    if quick:
        return quick
    lang = _detector().detect_language_of(sample)
    return lang.iso_code_639_1.name.lower() if lang is not None else "und"


