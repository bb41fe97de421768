"""Audiences that stand for the gathering a text reports: "told the plenary", "sprach vor den Teilnehmern"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .relation_groups import chain
from .spans import TokMention

if TYPE_CHECKING:
    from .relation_rules import Hit
    from .relations import SentenceRelations

AUDIENCE_LEADS = {"the", "der", "die", "den", "dem", "all", "alle", "allen"}
SPEAKER_NOUNS = {"speakers", "rednern", "redner", "rednerinnen"}  # "Speakers ... included X": a list of speakers
QUALIFIERS = {"of", "der", "des", "from", "aus"}  # "the participants of the X forum": X is named, not implied


def audience_event(self: SentenceRelations, hit: Hit) -> TokMention | None:
    """The event an address trigger's audience stands for: the latest gathering the text named before it."""
    lowers, audiences = self.doc.lowers, self.ctx.lex.audiences
    k = hit.end - 1
    if lowers[k] not in audiences:
        k = hit.end
        while k < self.sent.end and k - hit.end < 2 and lowers[k] in AUDIENCE_LEADS:
            k += 1
        if k >= self.sent.end or lowers[k] not in audiences:
            return None
    if k + 1 < self.sent.end and lowers[k + 1] in QUALIFIERS:
        return None
    return self.latest_event(k, k, k + 1)


def passive_speakers(self: SentenceRelations, hit: Hit) -> bool:
    """"The conference was addressed at its opening by X and Y": the persons after "by" spoke to the event that
    is the sentence's subject (named, or "the conference" for the one named before)."""
    _, agents = self._agents(hit)
    if not agents:
        return False
    named = [m for m in self.mentions if m.label == "Event" and self.sent.start <= m.start and m.end <= hit.start]
    event = named[-1] if named else None
    for k in range(self.sent.start, hit.start) if event is None and self.ctx.events else ():
        found = self.ctx.resolver.event_anaphor(k, self.ctx.events)
        if found is not None:
            event = TokMention(k, k + 1, "Event", found.eid, self.doc.words[k], "anaphora", self.sent.index)
            break
    if event is None:
        return False
    for who in chain(self, agents[0], agents, self.sent.end):
        self.emit("ADDRESSED", who, event, 0.8)
    return True


def speaker_list(self: SentenceRelations, hit: Hit) -> bool:
    """"Speakers at the opening included X, Y and Z", "Zu den Rednern gehörten X und Y": every listed person
    addressed the event named in the phrase or, failing that, the latest one the text named."""
    verb = next((k for k in range(hit.start + 1, min(self.sent.end, hit.start + 10))
                 if self.doc.lowers[k] == hit.trigger.words[-1]), None)
    if verb is None:
        return False
    persons = [m for m in self.persons if m.start > verb and m.source != "pronoun"]
    if not persons:
        return False
    named = [m for m in self.mentions if m.label == "Event" and hit.start < m.start < verb]
    event = named[0] if named else self.latest_event(hit.start, hit.start, hit.start + 1)
    if event is None:
        return False
    for who in chain(self, persons[0], persons, self.sent.end):
        self.emit("ADDRESSED", who, event, 0.75)
    return True
