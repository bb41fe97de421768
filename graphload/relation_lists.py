"""Meetings read from a list: "the Secretary-General held bilateral meetings with:" and one item a line
("- Foreign Minister X of Y;"), as readouts and activity notes write them.

Only a sentence that ends with a colon after a MET_WITH trigger opens a list, so other sentences cost one
comparison.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .spans import TokMention

if TYPE_CHECKING:
    from .relations import SentenceRelations
    from .text import Sentence

BULLETS = frozenset({"-", "–", "—", "•", "*", "·"})


def list_opener(sr: SentenceRelations) -> TokMention | None:
    """The person who "met with:" the items that follow, when the sentence ends with such a colon."""
    words, end = sr.doc.words, sr.sent.end
    if words[end - 1] != ":":
        return None
    hits = [h for h in sr._hits if h.trigger.type == "MET_WITH" and not h.trigger.passive
            and not any(p.start >= h.end for p in sr.persons)]  # the trigger's object is the list
    if not hits:
        return None
    return sr._before(hits[0].start, {"Person"}, pool=sr.persons)


def is_item(words: list[str], sent: Sentence) -> bool:
    """A list item: a line that opens with a bullet or ends with a semicolon or comma."""
    return words[sent.start] in BULLETS or words[sent.end - 1] in (";", ",")


def item_meeting(sr: SentenceRelations, lead: TokMention) -> None:
    """MET_WITH between the list's subject and the first person the item names."""
    named = [p for p in sr.persons if p.source != "pronoun" and p.eid != lead.eid]
    if named:
        sr.emit("MET_WITH", lead, named[0], 0.8)
