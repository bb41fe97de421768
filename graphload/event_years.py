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
