"""A gathering a text names only generically: "met in Avaza for a trilateral summit", "sind in X zu einem
informellen Treffen zusammengekommen". When a document names no event at all, the first such indefinite
gathering noun becomes its event, so "the summit" / "das Treffen" later in the text can refer to it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .models import make_id
from .spans import TokMention

if TYPE_CHECKING:
    from .entities import MentionFinder

# the gathering nouns, as written (lower-case English, capitalised German nouns)
HEADS = ("summit", "conference", "forum", "meeting", "Gipfeltreffen", "Gipfel", "Treffen", "Konferenz", "Forum")
INDEFINITE = frozenset({"a", "an", "einem", "einer", "einen"})
DEFINITE = frozenset({"the", "das", "den", "die"})
# "X, who hosted the meeting at Y", "leitete das Treffen": a host's gathering is the one the text reports
HOST_VERBS = frozenset({"hosted", "hosts", "co-hosted", "chaired", "co-chaired", "leitete", "leitet"})
# a verb of gathering before "for a <summit>" in the same sentence ("met", "gathered", "convened")
GATHER_EN = frozenset({"met", "meet", "meets", "gathered", "gather", "convened", "convene", "assembled"})
# the German participle closing "zu einem <Treffen> ... zusammengekommen"
GATHER_DE = frozenset({"zusammengekommen", "zusammengetroffen", "versammelt", "zusammenkommen", "zusammentreffen"})


def find_generic_events(finder: MentionFinder) -> None:
    """Add the first generically named gathering of a document that names no event as its Event mention."""
    if any(m.label == "Event" for m in finder.mentions):
        return
    doc = finder.doc
    for i in doc.positions(HEADS):
        start = _generic_start(finder, i)
        if start is not None:
            surface = doc.text(start, i + 1)
            finder.mentions.append(TokMention(start, i + 1, "Event", make_id("Event", surface), surface, "chunk",
                                              finder.sent_of[i], props={"generic": True}))
            return


def _generic_start(finder: MentionFinder, i: int) -> int | None:
    """The first word after the article of "<a> [adjectives] <head>" at head ``i`` when a verb of gathering
    frames it, or of "hosted the <head>"; else None."""
    words, lowers = finder.doc.words, finder.doc.lowers
    if i >= 2 and lowers[i - 1] in DEFINITE and lowers[i - 2] in HOST_VERBS:
        return i  # "who hosted the meeting at the X Hall"
    j = i - 1
    while j > 0 and i - j <= 2 and words[j].islower() and lowers[j] not in INDEFINITE and words[j].replace("-", "").isalpha():
        j -= 1
    if j < 1 or lowers[j] not in INDEFINITE or lowers[i] == "meeting":
        return None  # "for a meeting" is as often talks between two
    if lowers[j - 1] == "for":  # "gathered in X on Monday for a trilateral summit"
        first, sent_of = max(0, j - 25), finder.sent_of
        while sent_of[first] != sent_of[i]:
            first += 1  # not past the sentence's start
        return j + 1 if not GATHER_EN.isdisjoint(lowers[first:j]) else None
    if lowers[j - 1] == "zu" and not GATHER_DE.isdisjoint(lowers[i + 1:i + 4]):
        return j + 1  # "zu einem informellen Treffen zusammengekommen"
    return None
