"""Per-word facts the extractor scans for, computed once per distinct word and read per document as bit masks.

A document's tokens come from spaCy as orth hashes; :class:`WordFacts` maps each hash to its
text, its lower-cased text and an int of flag bits, so a document's per-token tables are a few
C-level ``map`` calls and its scans ("every capitalised word", "every trigger word") are numpy
bit tests instead of Python loops over tokens.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from spacy.attrs import ID, IDX, ORTH

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

def base_flags(word: str) -> int:
    """The language-independent flag bits of one word."""
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
    return flags


class _Ranks:
    """Dense numbers for a vocabulary's words, kept in its lexemes' ``rank`` (unused without vectors).

    ``doc.to_array(ID)`` then gives each token its word's number, so per-word tables are numpy
    arrays indexed in C. A lexeme whose rank is not one given here gets the next free number.
    """

    def __init__(self, vocab):
        self.vocab = vocab
        self.orths = np.zeros(1024, dtype=np.uint64)  # orth of each number given (first self.size)
        self.size = 0

    def numbers(self, ids: np.ndarray, orths: np.ndarray) -> np.ndarray:
        """The words' numbers for tokens with lexeme ids ``ids`` and orths ``orths``, numbering new words."""
        known = ids < self.size
        known[known] = self.orths[ids[known]] == orths[known]
        if known.all():
            return ids
        ids = ids.copy()
        for orth in np.unique(orths[~known]).tolist():
            if self.size == len(self.orths):
                self.orths = np.concatenate([self.orths, np.zeros_like(self.orths)])
            self.vocab[orth].rank = self.size
            self.orths[self.size] = orth
            self.size += 1
        ids[~known] = [self.vocab[o].rank for o in orths[~known].tolist()]
        return ids


_RANKS: dict[int, _Ranks] = {}


class WordFacts:
    """Per-word text, lower-cased text and flag bits for one vocabulary and one set of extra facts."""

    def __init__(self, vocab, extra: Callable[[str, str], int] | None = None):
        self.vocab, self.extra = vocab, extra
        self.ranks = _RANKS.setdefault(id(vocab), _Ranks(vocab))
        self.size = 0  # words known (the arrays have room for more)
        self.words = np.empty(1024, dtype=object)
        self.lowers = np.empty(1024, dtype=object)
        self.flags = np.zeros(1024, dtype=np.int64)

    def table(self, doc) -> tuple[list[str], list[str], np.ndarray, list[int]]:
        """Words, lower-cased words, flag bits and character offsets of the tokens of ``doc``."""
        if not len(doc):
            return [], [], np.zeros(0, dtype=np.int64), []
        arr = doc.to_array([ID, ORTH, IDX])
        ids = self.ranks.numbers(arr[:, 0], arr[:, 1]).astype(np.intp)
        if self.ranks.size > self.size:
            self._learn()
        return self.words[ids].tolist(), self.lowers[ids].tolist(), self.flags[ids], arr[:, 2].tolist()

    def _learn(self) -> None:
        """Compute the facts of the words numbered since the last call."""
        have, size, strings, extra = self.size, self.ranks.size, self.vocab.strings, self.extra
        while size > len(self.flags):
            self.words, self.lowers, self.flags = (np.concatenate([a, np.zeros_like(a)])
                                                   for a in (self.words, self.lowers, self.flags))
        words = [strings[o] for o in self.ranks.orths[have:size].tolist()]
        lowers = [w.lower() for w in words]
        self.words[have:size] = words
        self.lowers[have:size] = lowers
        self.flags[have:size] = [base_flags(w) | (extra(w, low) if extra else 0) for w, low in zip(words, lowers)]
        self.size = size
