"""The year of an event's edition from its own sentence ("In June 2024 Germany hosted the X Conference in
Berlin"): several summits of one name compared across years are several nodes, not one."""

from __future__ import annotations

import re
from collections.abc import Callable

from .spans import TokMention

# a sentence that opens with its date: "In 2019 ...", "In June 2024, ...", "Im August 2014 ...", "Im Jahr 2016 ..."
LEADING_DATE = re.compile(r"(?:In|Im|By|Bis)\s+(?:(?:early|late|mid-?|Jahr|Frühjahr|Herbst|Sommer|Winter)?\s*)?"
                          r"(?:[A-ZÄÖÜ][a-zäöü]+\s+)?(?:19|20)\d\d\b")


def edition_years(events: list[TokMention], own: Callable[[int], str | None] | None,
                  opening: Callable[[int], str]) -> dict[int, str]:
    """Year by id() of each event mention whose sentence opens with its own date ("In June 2024 Germany hosted
    the X Conference", "Im Juli 2018 war Y Gastgeber des Z-Gipfels"): that edition, not the document's year."""
    if own is None or not events:
        return {}
    return {id(m): y[:4] for m in events
            if (y := own(m.sent)) and y[:4].isdigit() and LEADING_DATE.match(opening(m.sent))}


_SHORT_SKIP = frozenset({"the", "der", "die", "das", "of", "on", "and", "for"})


def _name_words(m: TokMention) -> list[str]:
    """The lower-case words of an event's written name, without articles and prepositions."""
    return [w for w in m.surface.lower().replace("’", "'").split() if w not in _SHORT_SKIP]


def _is_short_form(short: list[str], long: list[str]) -> bool:
    """``short`` (two words or more) is ``long`` with words left out, its head kept: "Special Leaders' Meeting" of
    "Special ASEAN Leaders' Meeting on the Aftermath of the Tsunami"."""
    if len(short) < 2 or len(short) >= len(long) or short[-1] not in long or short[0] != long[0]:
        return False
    it = iter(long)
    return all(w in it for w in short)


def _year_of(eid: str) -> str | None:
    """The edition year an event id ends in, None when it ends in none."""
    tail = eid.rsplit("-", 1)[-1]
    return tail if tail.isdigit() else None


def join_short_forms(events: list[TokMention]) -> None:
    """A later, shorter name of an event written in full before it ("the Special Leaders' Meeting") is that event,
    when both are of the same year's edition."""
    if len(events) < 2:
        return
    seen: list[tuple[TokMention, list[str]]] = []
    for m in sorted(events, key=lambda m: m.start):
        words = _name_words(m)
        for prev, long in reversed(seen):
            if prev.eid != m.eid and _year_of(prev.eid) == _year_of(m.eid) and _is_short_form(words, long):
                m.eid = prev.eid
                break
        seen.append((m, words))
