"""The date of each sentence's relations: read once per sentence, only where a token may hold a date.

A sentence's own date ("In January 2016 ...", "am 4. Juli") completes from the document's date; a "then"
post ("the then prime minister") dates its sentence by the sentences before.
"""

from __future__ import annotations

from functools import reduce
from operator import or_

from . import dates
from .models import Document
from .text import TokenTable
from .wordfacts import DATE_LETTERS, DATEISH, date_letters


def date_memo(doc: Document, tokens: TokenTable, sent_of: list[int]):
    """The date of a sentence's relations, read once per sentence, only in sentences with a token that may
    hold one (DATEISH), and only from a few words before the first such token."""
    first: dict[int, int] = {}  # sentence index -> its first DATEISH token
    for i in tokens.where(DATEISH):
        first.setdefault(sent_of[i], i)
    memo: dict[int, str | None] = {}

    def date_for(sent) -> str | None:
        if sent.index not in first:
            return doc.date
        if sent.index not in memo:
            memo[sent.index] = sentence_date(doc.text[sent.char_start:sent.char_end], doc.language, doc.date,
                                              *date_search(tokens, sent, first[sent.index]))
        return memo[sent.index]

    return date_for


def then_dates(finder, resolver, date_for):
    """Sentence dates where a "then" post tells the time ("The then prime minister addressed the conference":
    the date of the sentences before), else ``date_for`` itself."""
    then = {t.sent: resolver.holder_date(t) for t in finder.titles if t.then}
    if not then:
        return date_for
    return lambda sent: then.get(sent.index) or date_for(sent)


def own_date(date_for, by_index: dict, doc_date: str | None):
    """A sentence's own date by its index ("In January 2016 ..."), None when it gives none but the document's."""

    def own(index: int) -> str | None:
        sent = by_index.get(index)
        found = date_for(sent) if sent is not None else None
        return found if found != doc_date else None

    return own


def date_search(tokens: TokenTable, sent, first: int) -> tuple[int, str]:
    """Where in the sentence a date may begin, and the date trigger letters of its tokens."""
    letters = date_letters(reduce(or_, tokens.flags[first:sent.end].tolist()) & DATE_LETTERS)
    k, seen = first, 0
    while k > sent.start and seen < 3:  # "in early April", "this coming Tuesday": two words before
        k -= 1
        seen += not tokens.space[k]
    return tokens.idx[k] - sent.char_start, letters


def sentence_date(sentence: str, lang: str, ref: str | None, start: int = 0, have: str | None = None) -> str | None:
    """The ISO date a sentence states (completed from ``ref``, the document's date), else ``ref``."""
    try:
        found = dates.parse_date_text(sentence, lang, ref, start, have)
    except Exception:  # noqa: BLE001 - a date we cannot read never loses the relation
        found = None
    if found and found[:4].isdigit():
        return found
    return ref
