"""Tokenizers and the rule-based sentence splitter the extractor runs on."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, partial
from typing import NamedTuple

import numpy as np
import spacy
from spacy.attrs import LOWER, ORTH
from spacy.util import compile_infix_regex, compile_suffix_regex

from .wordfacts import (
    ALNUM0,
    CAP,
    GAZ,
    LONG_ALPHA,
    LOWER0,
    LOWER_GAZ,
    SENT_END,
    SPACE,
    WordFacts,
)

COMMON = CAP | ALNUM0 | LOWER0 | LONG_ALPHA | SENT_END | GAZ | LOWER_GAZ  # flag bits of many tokens (a tenth or more)

SUPPORTED = ("en", "de")
ABBREVIATIONS = frozenset(
    "mr. mrs. ms. dr. prof. h.e. st. gen. col. lt. sen. rep. gov. no. vol. jr. sr. "  # noqa: SIM905
    "e.g. i.e. etc. vs. u.s. u.k. u.n. z.b. bzw. ca. nr. hr. fr. jan. feb. mar. apr. "
    "jun. jul. aug. sep. sept. oct. nov. dec. okt. dez.".split()
)
# initials of transliterated Cyrillic first names and patronymics ("Aibek Zh. Saparaliev", "Kh. Rahimov"): one
# token each, a name word like "A.", never a sentence end
DIGRAPH_INITIALS = frozenset({"Zh.", "Sh.", "Ch.", "Kh.", "Ts.", "Yu.", "Ya.", "Ye.", "Yo.", "Dzh.", "Sch."})


class Sentence(NamedTuple):
    """A sentence as a token range and its verbatim character span."""

    index: int
    start: int  # first token
    end: int  # one past the last token
    char_start: int
    char_end: int


_sentence = partial(tuple.__new__, Sentence)  # Sentence(*fields) without the Python-level __new__ of a NamedTuple


class Tok:
    """A token as plain Python values (cheaper to read than spaCy's Token)."""

    __slots__ = ("i", "idx", "is_space", "lower_", "text")

    def __init__(self, i: int, text: str, lower: str, idx: int, is_space: bool):
        self.i, self.text, self.lower_, self.idx, self.is_space = i, text, lower, idx, is_space

    @property
    def is_alpha(self) -> bool:
        """Only letters."""
        return self.text.isalpha()


class SpanText:
    """Tokens ``start:end`` of a :class:`TokenTable`, with their verbatim text."""

    def __init__(self, table: TokenTable, start: int, end: int):
        self.table, self.start, self.end = table, max(start, 0), min(end, len(table))

    @property
    def text(self) -> str:
        """The verbatim text from the first to the last token."""
        if self.end <= self.start:
            return ""
        t = self.table
        return t.source[t.idx[self.start]:t.idx[self.end - 1] + len(t.words[self.end - 1])]

    def __iter__(self):
        return (self.table[i] for i in range(self.start, self.end))


class TokenTable:
    """A tokenized text as parallel lists: words, lower-cased words, offsets, whitespace; flag bits as an array."""

    def __init__(self, text: str, facts: WordFacts):
        self.source: str = text
        self.words, self.lowers, self.flags, self.idx, self._numbers = facts.table(text)
        self._number_of = facts.index.get
        self.space: list[bool] = ((self.flags & SPACE) != 0).tolist()
        self._toks: dict[int, Tok] = {}  # made when first asked for
        self._rare = (self.flags & ~COMMON).nonzero()[0]  # the few tokens any rarer bit is looked for in
        self._rare_flags = self.flags[self._rare]

    def where(self, bits: int) -> list[int]:
        """Indices of the tokens with any of the flag ``bits`` set."""
        if bits & COMMON:
            return (self.flags & bits).nonzero()[0].tolist()
        return self._rare[(self._rare_flags & bits).nonzero()[0]].tolist()

    def where_all(self, bits: int) -> list[int]:
        """Indices of the tokens with all of the flag ``bits`` set."""
        return ((self.flags & bits) == bits).nonzero()[0].tolist()

    def __len__(self) -> int:
        return len(self.words)

    def positions(self, words: Iterable[str]) -> list[int]:
        """Indices of the tokens that are one of ``words`` (exact text), in order."""
        found = [n for w in words if (n := self._number_of(w)) is not None]
        if len(found) < 3:  # one or two words (or none): plain comparisons
            if len(found) == 2:
                return ((self._numbers == found[0]) | (self._numbers == found[1])).nonzero()[0].tolist()
            return (self._numbers == found[0]).nonzero()[0].tolist() if found else []
        numbers = np.array(found, dtype=np.intp)
        numbers.sort()
        at = numbers.searchsorted(self._numbers)  # a few numbers: a binary search beats np.isin's set-up
        at[at == len(numbers)] = 0
        return (numbers[at] == self._numbers).nonzero()[0].tolist()

    def text(self, start: int, end: int) -> str:
        """The verbatim text of tokens ``start:end`` (what ``table[start:end].text`` gives, cheaper)."""
        words = self.words  # (conditionals, not max/min: called for every name found)
        start = start if start > 0 else 0  # noqa: FURB136
        end = end if end < len(words) else len(words)  # noqa: FURB136
        if end <= start:
            return ""
        return self.source[self.idx[start]:self.idx[end - 1] + len(self.words[end - 1])]

    def __getitem__(self, key):
        if isinstance(key, slice):
            return SpanText(self, key.start or 0, len(self.words) if key.stop is None else key.stop)
        tok = self._toks.get(key)
        if tok is None:
            i = key + len(self.words) if key < 0 else key
            if not 0 <= i < len(self.words):
                raise IndexError(key)
            tok = self._toks[key] = Tok(i, self.words[i], self.lowers[i], self.idx[i], self.space[i])
        return tok


@cache
def tokenizer_for(lang: str):
    """A blank spaCy pipeline for ``lang`` whose tokenizer keeps hyphenated words whole.

    English and German share that rule so "Ki-moon", "Secretary-General" and
    "UN-Generalsekretär" are single tokens in both languages.
    """
    nlp = spacy.blank(lang if lang in SUPPORTED else "en")
    # Only the lower-cased form is read from a word's lexeme (the LOWER phrase matcher); computing
    # shape, stop-word, number and URL flags for every new word would cost a third of tokenizing.
    getters = nlp.vocab.lex_attr_getters
    nlp.vocab.lex_attr_getters = {LOWER: getters[LOWER]}
    infixes = [p for p in nlp.Defaults.infixes if "-" not in p and "–" not in p]
    infixes.append(r"(?<=[a-zäöüßà-ÿ])/(?=[A-ZÄÖÜÀ-Þ])")  # "Wien/Belgrad, 17. September": two datelined places
    # "Sh.Mirziyoyev", "U.Khurelsukh": an initial written onto the surname (Central Asian press) splits after its dot
    infixes.append(r"(?<=^[A-Z]\.)(?=[A-Z][a-z]{2})|(?<=^[A-Z][a-z]\.)(?=[A-Z][a-z]{2})")
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # German keeps "20." whole (an ordinal); "der G20." and "zur COP29." end a sentence after a name
    suffixes = list(nlp.Defaults.suffixes) + [r"(?<=[A-Za-z]\d)\.", r"(?<=[A-Za-z]\d\d)\."]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    for initial in DIGRAPH_INITIALS:
        nlp.tokenizer.add_special_case(initial, [{ORTH: initial}])
    return nlp


ROMAN = re.compile(r"^[IVXLC]{2,}$")
ORDINAL_LEADS = frozenset({"der", "die", "das", "dem", "den", "des", "zur", "zum", "am", "im", "beim", "vom"})


def split_sentences(table: TokenTable) -> list[Sentence]:
    """Split a tokenized text at sentence punctuation and line breaks.

    Abbreviations ("Mr.", "H.E.") and initials ("A.") do not end a sentence.
    """
    words, space, n = table.words, table.space, len(table)
    out: list[Sentence] = []
    start = 0
    for i in table.where(SENT_END):
        if i < start:
            continue
        w = words[i]
        if space[i]:
            boundary = "\n" in w
        elif w == "." and i >= 2 and words[i - 2].lower() in ORDINAL_LEADS and ROMAN.match(words[i - 1]):
            boundary = False  # "an der XIX. Alpenkonferenz": a German ordinal, not a sentence end
        elif w in (".", "!", "?", "…") or (w.endswith(".") and _ends_sentence(w)):
            nxt = words[i + 1] if i + 1 < n else None
            boundary = nxt is None or space[i + 1] or nxt[:1].isupper() or nxt[:1] in "“\"„‘'«"
            if nxt is not None and nxt in ("”", '"', "’", "»", ")"):
                i += 1
        else:
            boundary = False
        if boundary:
            _emit(table, out, start, i + 1)
            start = i + 1
    if start < n:
        _emit(table, out, start, n)
    return out


def _ends_sentence(word: str) -> bool:
    """A word with a trailing period that is not an abbreviation or an initial."""
    if word.lower() in ABBREVIATIONS:
        return False
    if (len(word) == 2 and word[0].isupper()) or word in DIGRAPH_INITIALS:
        return False  # initial "A.", "Zh."
    return not word[:-1].isdigit() or len(word) > 3


def _emit(table: TokenTable, out: list[Sentence], start: int, end: int) -> None:
    space = table.space
    while start < end and space[start]:
        start += 1
    while end > start and space[end - 1]:
        end -= 1
    if end <= start:
        return
    out.append(_sentence((len(out), start, end, table.idx[start], table.idx[end - 1] + len(table.words[end - 1]))))
