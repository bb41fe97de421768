"""Where an event is held when only the dateline says so: "GENEVA, 3 May — The conference opened today ...".

A press release's dateline names the place it was written in; when the sentence it opens reports that an
event opened, closed or was held (today), the event took place there. Only the first sentences of a text
are read, and only when they hold an event (named, or "the conference" for one named before).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .spans import TokMention

if TYPE_CHECKING:
    from .relations import SentenceRelations

FIRST_SENTENCES = 4  # the headline, an optional subtitle, the dateline sentence
# Verbs that put the event itself at the dateline's place (the event is their subject).
OPENING_VERBS = {
    "en": {"opened", "opens", "began", "begins", "concluded", "concludes", "closed", "closes", "convened", "convenes",
           "ended", "ends", "started", "starts", "held", "kicked", "got", "continued", "continues", "wrapped",
           "resumed", "resumes"},
    "de": {"begann", "beginnt", "eröffnet", "endete", "endet", "tagte", "tagt", "fand", "findet", "ging", "geht",
           "begonnen", "beendet", "abgehalten"},
}
SUBJECT_GAP = {"was", "were", "is", "are", "has", "have", "had", "been", "today", "here", "yesterday", "formally",
               "officially", "ist", "wurde", "hat", "heute", "gestern", "am", "hier", "offiziell"}
HERE = {"here", "hier"}
OWN = {"its", "their", "seine", "ihre"}  # a body opening its own session
DASHES = {"–", "—", "-", "--", ":"}
VENUE_KINDS = {"building", "venue"}


def _dateline_place(self: SentenceRelations) -> TokMention | None:
    """The place that opens the sentence and is followed by a comma ("GENEVA, 3 May 2026 —")."""
    first = [m for m in self.mentions if m.start >= self.sent.start and m.label in ("Place", "Country")]
    if not first:
        return None
    place = min(first, key=lambda m: m.start)
    words = self.doc.words
    if place.label != "Place" or any(words[k].strip() for k in range(self.sent.start, place.start)):
        return None
    return place if place.end < self.sent.end and words[place.end] == "," else None


def _opened_event(self: SentenceRelations, start: int) -> TokMention | None:
    """The event that is the subject of an opening verb after the dateline's dash ("The X Conference opened")."""
    lowers, verbs = self.doc.lowers, OPENING_VERBS.get(self.ctx.resolver.lang, set())
    dash = next((k for k in range(start, min(self.sent.end, start + 12)) if lowers[k] in DASHES), None)
    if dash is None:
        return None
    events = [m for m in self.mentions if m.label == "Event" and m.start > dash]
    ev = min(events, key=lambda m: m.start, default=None)
    if ev is None and self.ctx.events:
        ev = _anaphor_after(self, dash + 1)
    if ev is None:
        return None
    if ev.start - 2 > dash and lowers[ev.start - 1] in OWN and lowers[ev.start - 2] in verbs:
        return ev  # "— The Human Rights Council today opened its sixty-first session"
    k = ev.end
    if k < self.sent.end and lowers[k] == "(":  # "The X Meeting of the Caribbean Community (CARICOM) opened"
        k = next((j + 1 for j in range(k + 1, min(self.sent.end, k + 5)) if lowers[j] == ")"), k)
    if k < self.sent.end and lowers[k] in HERE:
        return ev  # "at the opening of the 47th ASEAN Summit here"
    while k < self.sent.end and (lowers[k] in SUBJECT_GAP or lowers[k] == ","):
        k += 1
    if self.ctx.resolver.lang == "de" and k < self.sent.end and lowers[k] not in verbs:
        k = next((j for j in range(k, min(self.sent.end, k + 12)) if lowers[j] in verbs), k)  # "ist ... eröffnet worden"
    return ev if k < self.sent.end and lowers[k] in verbs else None


def _anaphor_after(self: SentenceRelations, k: int) -> TokMention | None:
    """"— The conference opened": the event a definite noun right after the dash stands for."""
    for j in range(k, min(k + 3, self.sent.end)):
        ev = self.ctx.resolver.event_anaphor(j, self.ctx.events)
        if ev is not None:
            return TokMention(j, j + 1, "Event", ev.eid, self.doc.words[j], "anaphora", self.sent.index)
    return None


def _has_city(self: SentenceRelations, ev: TokMention) -> bool:
    """The sentence already places the event in a town or country (not just a building)."""
    for rel in self.out:
        if rel.type != "HELD_IN" or rel.source != ev.eid:
            continue
        kb_ent = self.ctx.kb.get(rel.target)
        if kb_ent is None:  # a name the text built: a venue when a place head noun is one of its words
            venue_heads = self.ctx.lex.heads.get("Place", set())
            name = next((m.surface for m in self.mentions if m.eid == rel.target), "")
            if venue_heads.isdisjoint(name.split()):
                return True
        elif rel.target.startswith("country:") or kb_ent.props.get("kind") not in VENUE_KINDS:
            return True
    return False


def dateline_held_in(self: SentenceRelations) -> None:
    """HELD_IN from a dateline to the event its sentence reports as opening, closing or being held."""
    if self.sent.index >= FIRST_SENTENCES:
        return
    place = _dateline_place(self)
    if place is None:
        return
    ev = _opened_event(self, place.end) or _hosted_event(self, place)
    if ev is not None and not _has_city(self, ev):
        self.emit("HELD_IN", ev, place, 0.7)


def _hosted_event(self: SentenceRelations, place: TokMention) -> TokMention | None:
    """"LUZERN, 20. Juni – Die Schweiz richtet ... eine Friedenskonferenz aus": the event the dateline sentence
    has a host for is held at the dateline's town (not when that is a country)."""
    kb_ent = self.ctx.kb.get(place.eid)
    if place.label != "Place" or (kb_ent is not None and kb_ent.props.get("kind") in VENUE_KINDS):
        return None
    hosted = {r.target for r in self.out if r.type == "HOSTED" and r.target.startswith("event:")}
    if len(hosted) != 1:
        return None
    eid = hosted.pop()
    return TokMention(place.start, place.end, "Event", eid, place.surface, "anaphora", self.sent.index)


def after_dateline(self: SentenceRelations, host: TokMention, stop: int) -> TokMention:
    """The subject after a dateline's dash when the first name is the dateline's place ("LUZERN, ... – Die
    Schweiz richtet ... aus"): a dateline town does not act."""
    if self.sent.index >= FIRST_SENTENCES or host is not _dateline_place(self):
        return host
    lowers = self.doc.lowers
    dash = next((k for k in range(host.end, min(stop, host.end + 12)) if lowers[k] in DASHES), None)
    later = [m for m in self.mentions if dash is not None and dash < m.start < stop and m.label in HOST_KINDS]
    return min(later, key=lambda m: m.start) if later else host


HOST_KINDS = {"Country", "Place", "Person", "Organization"}
