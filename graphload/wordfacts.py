"""Per-word facts the extractor scans for, computed once per distinct word and read per document as bit masks.

:class:`WordFacts` numbers each distinct word once and keeps its text, lower-cased text and an
int of flag bits in numpy arrays, so a document's per-token tables are array lookups and its
scans ("every capitalised word", "every trigger word") are numpy bit tests instead of Python
loops over tokens.
"""

from __future__ import annotations

import re
import struct
from array import array
from collections.abc import Callable
from functools import lru_cache
from itertools import chain

import numpy as np
from spacy.tokenizer import Tokenizer

from .dates import _TRIGGERS, DATE_WORDS, may_hold_date, trigger_letters

SPACE = 1 << 0  # only whitespace
SENT_END = 1 << 1  # may end a sentence: trailing . ! ? … or a line break
CAP = 1 << 2  # first character upper case
ALNUM0 = 1 << 3  # first character a letter or digit
LONG_ALPHA = 1 << 4  # longer than three characters, letters only
LOWER0 = 1 << 5  # first character lower case
HYPHEN = 1 << 6  # contains "-"
# facts of the extractor's lexicons (see extract.word_classifier)
NOT_NAME = 1 << 7  # listed as never a name
TITLE = 1 << 8  # lower-cased, the first word of a title head
HONORIFIC = 1 << 9  # "Mr.", "Herr"
PRONOUN = 1 << 10  # lower-cased, a personal, possessive or first-person pronoun
TRIGGER = 1 << 11  # lower-cased, the first word of a relation trigger
HEAD = 1 << 12  # a head noun that kinds a name ("Summit", "Zukunftsgipfel")
GAZ = 1 << 13  # may begin a knowledge-base name or country adjective
LOWER_GAZ = 1 << 17  # lower-cased, may begin a long name matched in any case ("Organization of The ...")
DATEISH = 1 << 14  # has a digit or a month or weekday name: a sentence without one has no date
LINK = 1 << 15  # lower-cased, a word inside a name ("of", "the", "für") or an apostrophe
OF_ARTICLE = 1 << 16  # lower-cased "of", "der", "des" or an article: may stand before "the meeting of <org>"
PLACE_CUE = 1 << 18  # a word that may announce an unknown place ("travelled to", "Provinz"; unknown_places.CUES)
OPEN_PAREN = 1 << 19  # "(": may open a defined acronym ("Name (ACRONYM)")
# the date triggers a DATEISH word holds (dates.trigger_letters): which date patterns a sentence is worth
DATE_LETTER_BITS = {"m": 1 << 32, "w": 1 << 33, "y": 1 << 34, "n": 1 << 35, "d": 1 << 36}
DATE_LETTERS = sum(DATE_LETTER_BITS.values())
_NUMBER_FLAGS = ALNUM0 | DATEISH | DATE_LETTER_BITS["d"]  # every number's; _TRIGGERS add "y" and "n"

_WORD_AND_SPACE = struct.Struct("=ii")  # a one-word part: its number and the space after it, as C ints
_PARTS = re.compile(r"(\s+)")  # spaCy's own split: str.isspace runs
_ODD_SPACE = re.compile(r" (?<=\s )")  # a space that is not the first of its run ("  ", "\n "); found by its space
# Punctuation spaCy's English and German rules split off a word of letters, checked against it on
# 55,000 words in both languages (tests/test_wordfacts.py keeps checking whole texts).
_OPENERS = frozenset('(„“«»"')
_CLOSERS = frozenset(',;:)!?"”“»«.')
_NUMBER = re.compile(r"[0-9]+(?:[.,:][0-9]+)*\Z")  # "2019", "725.5", "1,000", "29.11.2019", "10:30": one token
_CLOSER_PAIRS = frozenset({"),", ").", ".”", '."', ",”", ',"', "”,", "”.", '",', '".', "»,", "».", ".»", ",«", ".“"})

def base_flags(word: str) -> int:
    """The language-independent flag bits of one word."""
    if word.isalpha():  # most words, and the quick case: no space, digit, hyphen or end mark
        flags = ALNUM0 | (LONG_ALPHA if len(word) > 3 else 0) | (_date_bits(word) if word in DATE_WORDS else 0)
        return flags | (CAP if word[0].isupper() else LOWER0 if word[0].islower() else 0)
    if _NUMBER.match(word) is not None:  # the other common case: no letter, space, hyphen or end mark
        return _number_flags(word)
    first = word[:1]
    flags = 0
    if word.isspace():
        flags |= SPACE | (SENT_END if "\n" in word else 0)
    if word[-1:] in ".!?…\n":
        flags |= SENT_END
    if first.isupper():
        flags |= CAP
    if first.isalnum():
        flags |= ALNUM0
    if first.islower():
        flags |= LOWER0
    if len(word) > 3 and word.isalpha():
        flags |= LONG_ALPHA
    if "-" in word:
        flags |= HYPHEN
    if may_hold_date(word):
        flags |= _date_bits(word)
    return flags


def _number_flags(word: str) -> int:
    """base_flags of a number ("2019", "725.5"): a digit first, and the year and numeric-date triggers it holds."""
    flags = _NUMBER_FLAGS
    for letter, pattern in _TRIGGERS:
        if pattern.search(word) is not None:
            flags |= DATE_LETTER_BITS[letter]
    return flags


def suffix_candidates(suffixes: tuple[str, ...]) -> Callable[[str], tuple[str, ...]]:
    """The suffixes a word may end with, in their order: those with its last two letters (a quick ``endswith``)."""
    if min(map(len, suffixes), default=0) < 2:
        return lambda word: suffixes
    by_end: dict[str, tuple[str, ...]] = {}
    for suffix in suffixes:
        by_end[suffix[-2:]] = (*by_end.get(suffix[-2:], ()), suffix)
    get = by_end.get
    return lambda word: get(word[-2:], ())


def _date_bits(word: str) -> int:
    """DATEISH and the bits of the date triggers of a word that may hold a date."""
    return DATEISH | _letter_bits(trigger_letters(word))


@lru_cache(maxsize=64)
def _letter_bits(letters: str) -> int:
    """The bits of the date trigger letters ``letters`` (a few strings recur: remembered)."""
    return sum(DATE_LETTER_BITS[letter] for letter in set(letters))


@lru_cache(maxsize=64)
def date_letters(bits: int) -> str:
    """The date trigger letters of the date bits of ``bits``, in the canonical order of dates.runnable_key."""
    return "".join(sorted(letter for letter, bit in DATE_LETTER_BITS.items() if bits & bit))


class WordFacts:
    """spaCy's tokenizer memoised per whitespace-separated chunk, with per-word text, lower case and flag bits.

    spaCy splits a text at whitespace and tokenizes each chunk on its own (its own cache is keyed
    the same way). Doing that split with :mod:`re` and remembering each chunk's word numbers gives
    exactly spaCy's tokens and offsets without building a spaCy ``Doc`` per document, which cost
    more than all the extractor's rules did. Number 0 stands for the single space spaCy keeps as
    a token's trailing whitespace rather than as a token.

    >>> from graphload.text import tokenizer_for
    >>> words, lowers, flags, idx, numbers = WordFacts(tokenizer_for("en")).table("Mr. Ban met  them.")
    >>> words, idx
    (['Mr.', 'Ban', 'met', ' ', 'them', '.'], [0, 4, 8, 12, 13, 17])
    """

    def __init__(self, nlp, extra: Callable[[str, str], int] | None = None, chunk_limit: int = 200_000):
        self.extra, self.chunk_limit = extra, chunk_limit
        self._spacy = twin_tokenizer(nlp)
        self.index: dict[str, int] = {}
        self.size = 1  # number 0 is the dropped space
        self.words = np.empty(1024, dtype=object)
        self.lowers = np.empty(1024, dtype=object)
        self.flags = np.zeros(1024, dtype=np.int64)
        self.lengths = np.ones(1024, dtype=np.intp)
        self.chunks: dict[str, tuple[int, ...]] = {"": ()}  # chunk or whitespace run -> word numbers
        self.spaced: dict[str, bytes] = {}  # part between single spaces -> its word numbers and 0, as C ints

    def split(self, text: str) -> list[str]:
        """The words spaCy's tokenizer makes of ``text`` (patterns, names)."""
        return [t.text for t in self._spacy(text)]

    def table(self, text: str) -> tuple[list[str], list[str], np.ndarray, list[int], np.ndarray]:
        """Words, lower-cased words, flag bits, character offsets and word numbers of the tokens of ``text``."""
        if text[:1] == " " or _ODD_SPACE.search(text):
            numbers = self._numbers_by_runs(text)
        else:  # every space is the single one after a word: split there, the cheapest split there is
            parts = text.split(" ")
            numbers = np.frombuffer(b"".join(_looked_up(self.spaced, parts, self._learn_spaced)), dtype=np.int32)
        lengths = self.lengths[numbers]
        starts = lengths.cumsum() - lengths
        keep = numbers != 0
        ids, idx = numbers[keep], starts[keep]
        return self.words[ids].tolist(), self.lowers[ids].tolist(), self.flags[ids], idx.tolist(), ids

    def _numbers_by_runs(self, text: str) -> np.ndarray:
        """Word numbers of ``text`` split at every whitespace run, as spaCy splits it."""
        parts = _PARTS.split(text)
        seqs = _looked_up(self.chunks, parts, self._learn_chunks)
        if len(parts) > 1 and not parts[0]:  # leading whitespace is a token of its own, space and all
            seqs[1] = self._numbers(parts[1])
        return np.fromiter(chain.from_iterable(seqs), dtype=np.intp)

    def _learn_spaced(self, parts: list[str]) -> None:
        """Remember the numbers of space-separated parts not seen yet, each with the space after it."""
        spaced = self.spaced
        if len(spaced) >= self.chunk_limit:  # forget them all: a text's parts are mostly found again at once
            spaced.clear()
        new = set(parts).difference(spaced)
        plain = [p for p in new if p.isprintable()]  # str.isprintable: no whitespace but the ASCII space
        single, split = self._chunk_words(plain)
        index, pack = self.index, _WORD_AND_SPACE.pack
        for part in single:  # most parts are one word
            spaced[part] = pack(index[part], 0)
        for part, words in split.items():
            spaced[part] = array("i", (*map(index.__getitem__, words), 0)).tobytes()
        broken = {part: _PARTS.split(part) for part in new.difference(plain)}  # "Astana.\n\nThe": line breaks
        if broken:  # no space inside, so each piece, line breaks too, is tokenized on its own
            chunks = self.chunks
            self._learn_chunks([piece for pieces in broken.values() for piece in pieces])
            for part, pieces in broken.items():
                spaced[part] = array("i", (*chain.from_iterable(map(chunks.__getitem__, pieces)), 0)).tobytes()

    def _learn_chunks(self, parts: list[str]) -> None:
        """Remember the word numbers of the chunks and whitespace runs of ``parts`` not seen yet."""
        chunks = self.chunks
        if len(chunks) >= self.chunk_limit:
            chunks.clear()
            chunks[""] = ()
        new = set(parts).difference(chunks)
        for part in new:
            if part.isspace():  # a run's first space is no token but the word before's trailing space
                chunks[part] = (0, *self._numbers(part[1:])) if part[0] == " " else self._numbers(part)
        chunks.update(self._chunk_numbers([p for p in new if not p.isspace()]))

    def _chunk_numbers(self, new: list[str]) -> dict[str, tuple[int, ...]]:
        """Word numbers of chunks without whitespace."""
        single, split = self._chunk_words(new)
        index = self.index
        numbers = {part: (index[part],) for part in single}
        numbers.update((part, tuple(map(index.__getitem__, words))) for part, words in split.items())
        return numbers

    def _chunk_words(self, new: list[str]) -> tuple[list[str], dict[str, list[str]]]:
        """The chunks that are one word, and the words of the others, all words numbered.

        A chunk of letters or a number is one word unless it is one of spaCy's special cases ("cannot");
        the other chunks are tokenized in one spaCy call, joined by single spaces, which spaCy
        splits at before anything else.
        """
        rules, single, split, others = self._spacy.rules, [], {}, []
        for part in new:
            if (part.isalpha() or _NUMBER.match(part)) and part not in rules:
                single.append(part)
            elif not part:
                split[part] = []
            elif (words := _punctuated_word(part, rules)) is not None:
                split[part] = words
            else:
                others.append(part)
        if others:
            words: list[list[str]] = [[]]
            for token in self._spacy(" ".join(others)):
                words[-1].append(token.text)
                if token.whitespace_:
                    words.append([])
            if len(words) != len(others):  # cannot happen with spaCy's rules; tokenize one by one then
                words = [self.split(part) for part in others]
            split.update(zip(others, words))
        self._learn_words(list(set(single).union(*split.values()).difference(self.index)))
        return single, split

    def _learn_words(self, words: list[str]) -> None:
        """Number new words and compute their facts, all at once."""
        have, size = self.size, self.size + len(words)
        while size > len(self.flags):
            self.words, self.lowers, self.flags, self.lengths = (
                np.concatenate([a, np.zeros_like(a)]) for a in (self.words, self.lowers, self.flags, self.lengths))
        lowers = [w.lower() for w in words]
        extra = self.extra or (lambda word, low: 0)
        self.words[have:size], self.lowers[have:size] = words, lowers
        self.lengths[have:size] = [len(w) for w in words]
        self.flags[have:size] = [base_flags(w) | extra(w, low) for w, low in zip(words, lowers)]
        self.index.update(zip(words, range(have, size)))
        self.size = size

    def _numbers(self, text: str) -> tuple[int, ...]:
        """Word numbers of spaCy's tokens of ``text``, numbering new words."""
        return tuple(map(self._number, self.split(text)))

    def _number(self, word: str) -> int:
        """The number of ``word``, numbering it and computing its facts when new."""
        if word not in self.index:
            self._learn_words([word])
        return self.index[word]


def _looked_up(memo: dict, parts: list[str], learn: Callable[[list[str]], None]) -> list:
    """The memo's values for ``parts``, after ``learn`` has added the parts it lacked."""
    try:
        return list(map(memo.__getitem__, parts))
    except KeyError:
        learn(parts)
        return list(map(memo.__getitem__, parts))


def _punctuated_word(part: str, rules) -> list[str] | None:
    """spaCy's tokens of a word of letters between an opening and closing marks ("(Astana),"), or None.

    None unless the split is certain: no special case of spaCy's applies and a period follows a
    lower-case letter ("UN." and "e." are spaCy's to decide).

    >>> _punctuated_word("(Astana),", {})
    ['(', 'Astana', ')', ',']
    """
    i = 1 if part[0] in _OPENERS else 0
    tail = part[-2:] if part[-2:] in _CLOSER_PAIRS else part[-1] if part[-1] in _CLOSERS else ""
    j = len(part) - len(tail)
    stem = part[i:j]
    if not stem.isalpha() or ("." in tail and not stem[-1].islower()):
        return None
    for a in (0, i) if i else (0,):
        for b in range(j, len(part) + 1):
            if part[a:b] in rules:
                return None
    return [part[:i]] * i + [stem, *tail]


def twin_tokenizer(nlp) -> Tokenizer:
    """A tokenizer with ``nlp``'s rules and vocab of its own use.

    Tokenizing thousands of patterns with a pipeline's own tokenizer left it several times slower
    on running text afterwards (measured: 0.4 vs 8 µs/word), so the extractor never shares one.
    """
    t = nlp.tokenizer
    return Tokenizer(nlp.vocab, rules=t.rules, prefix_search=t.prefix_search, suffix_search=t.suffix_search,
                     infix_finditer=t.infix_finditer, token_match=t.token_match, url_match=t.url_match)
