"""Tokenizers and the rule-based sentence splitter the extractor runs on."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.util import compile_infix_regex

SUPPORTED = ("en", "de")
ABBREVIATIONS = frozenset(
    "mr. mrs. ms. dr. prof. h.e. st. gen. col. lt. sen. rep. gov. no. vol. jr. sr. "
    "e.g. i.e. etc. vs. u.s. u.k. u.n. z.b. bzw. ca. nr. hr. fr. jan. feb. mar. apr. "
    "jun. jul. aug. sep. sept. oct. nov. dec. okt. dez.".split()
)


@dataclass(frozen=True)
class Sentence:
    """A sentence as a token range and its verbatim character span."""

    index: int
    start: int  # first token
    end: int  # one past the last token
    char_start: int
    char_end: int


@lru_cache(maxsize=None)
def tokenizer_for(lang: str):
    """A blank spaCy pipeline for ``lang`` whose tokenizer keeps hyphenated words whole.

    English and German share that rule so "Ki-moon", "Secretary-General" and
    "UN-Generalsekretär" are single tokens in both languages.
    """
    nlp = spacy.blank(lang if lang in SUPPORTED else "en")
    infixes = [p for p in nlp.Defaults.infixes if "-" not in p and "–" not in p]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


def split_sentences(doc) -> list[Sentence]:
    """Split a tokenized text at sentence punctuation and line breaks.

    Abbreviations ("Mr.", "H.E.") and initials ("A.") do not end a sentence.
    """
    out: list[Sentence] = []
    start = 0
    n = len(doc)
    i = 0
    while i < n:
        tok = doc[i]
        boundary = False
        if tok.is_space and "\n" in tok.text:
            boundary = True
        elif tok.text in (".", "!", "?", "…") or (tok.text.endswith(".") and _ends_sentence(tok)):
            nxt = doc[i + 1] if i + 1 < n else None
            boundary = nxt is None or nxt.is_space or nxt.text[:1].isupper() or nxt.text[:1] in "“\"„‘'«"
            if nxt is not None and nxt.text in ("”", '"', "’", "»", ")"):
                i += 1
        if boundary or i == n - 1:
            _emit(doc, out, start, i + 1)
            start = i + 1
        i += 1
    return out


def _ends_sentence(tok) -> bool:
    """A token with a trailing period that is not an abbreviation or an initial."""
    low = tok.text.lower()
    if low in ABBREVIATIONS:
        return False
    if len(tok.text) == 2 and tok.text[0].isupper():
        return False  # initial "A."
    return tok.text[:-1].isdigit() is False or len(tok.text) > 3


def _emit(doc, out: list[Sentence], start: int, end: int) -> None:
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    if end <= start:
        return
    char_start = doc[start].idx
    last = doc[end - 1]
    out.append(Sentence(len(out), start, end, char_start, last.idx + len(last.text)))
