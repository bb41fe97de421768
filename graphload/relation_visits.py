"""Visits whose place is not right after the trigger: a site in a town ("visited the X headquarters in Y"),
a traveller named before a companion clause ("X, accompanied by Y, travelled to Z"), and the setting of a
meeting ("In Jakarta trifft sie X").

Every function starts from a VISITED trigger hit or a meeting the MET_WITH rule found, so sentences without
one cost nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .place_kinds import kind_phrase
from .relation_groups import opening_place
from .spans import TokMention

if TYPE_CHECKING:
    from .relation_rules import Hit
    from .relations import SentenceRelations

SITE_GAP = 10  # words between the verb and "in <town>"
SITE_STOPS = {",", ";", "and", "und", "where", "which", "who", "before", "after", "to"}


def site_place(self: SentenceRelations, start: int, stop: int) -> list[TokMention]:
    """"visited the headquarters of the X Commission in Bender": the town after "in" that ends the verb's
    object (a site there), or a named site ("besuchte der Präsident das X-Museum"), when no clause break or
    other trigger comes first."""
    lowers, kb_at = self.doc.lowers, self.ctx.finder.kb_at
    k = start
    while k < min(stop, start + SITE_GAP, self.sent.end - 1):
        if lowers[k] in SITE_STOPS:
            return []
        m = kb_at.get(k)
        if m is not None and m.start == k:
            if m.label in ("Place", "Country") and m.source != "adj" and not origin_before(lowers, k):  # the site or town
                return [m] if not m.nested else []  # ("das Maji-Maji-Museum in X"; not "deutsche Soldaten")
            k = m.end
            continue
        k += 1
    return []


ORIGINS = {"aus", "von", "vom", "from", "by"}
ORIGIN_ARTICLES = {"the", "der", "dem", "den", "die"}


def origin_before(lowers: list[str], k: int) -> bool:
    """"ein von der Schweiz finanziertes Projekt", "funded by Japan": a place named as an origin, not a destination."""
    return lowers[k - 1] in ORIGINS or (lowers[k - 1] in ORIGIN_ARTICLES and lowers[k - 2] in ORIGINS)


def leading_companions(self: SentenceRelations, subj: TokMention, verb: int) -> list[TokMention]:
    """"X, accompanied by the Head of Y, Ambassador Z, travelled to W": a companion clause set off by commas
    between the traveller and the verb; whichever of X and Z was found as subject, the other travelled too."""
    lowers = self.doc.lowers
    for phrase in self.ctx.lex.companions:
        n = len(phrase)
        for k in range(max(self.sent.start + 1, subj.start - 12), verb - n):
            if tuple(lowers[k:k + n]) != phrase or lowers[k - 1] != ",":
                continue
            if k >= subj.end:  # the subject stands before the clause: its persons travelled too
                return [m for m in self.persons if k + n <= m.start and m.end <= verb and m.eid != subj.eid][:3]
            lead = [m for m in self.persons if self.sent.start <= m.start and m.end <= k - 1]
            return [max(lead, key=lambda m: m.end)] if lead else []
    return []


def fronted_place(self: SentenceRelations, visitor: TokMention) -> None:
    """A sentence that opens with "In <place>" and reports a meeting: the one who met went there."""
    place = opening_place(self)
    if place is None or place.nested or visitor.start < place.end or _home(self, visitor, place):
        return  # "In X, Y's minister met ...": only a visitor named after the setting
    self.emit("VISITED", visitor, place, 0.75)


def _home(self: SentenceRelations, who: TokMention, place: TokMention) -> bool:
    """"In Yerevan, Armenian Prime Minister X received ...": the post's country is where the place lies."""
    for t in self.ctx.titles_by_sent.get(self.sent.index, ()):
        if t.person == who.eid and t.owner and t.owner.startswith("country:"):
            ent = self.ctx.kb.get(place.eid) if place.label == "Place" else None
            return place.eid == t.owner or (ent is not None and f"country:{(ent.country or '').lower()}" == t.owner)
    return False


def outside_titles(self: SentenceRelations, places: list[TokMention]) -> list[TokMention]:
    """The places that are no owner inside a post's title ("Visit of the Minister of Foreign Affairs of Chile to
    Malaysia": Malaysia, not Chile)."""
    titles = self.ctx.titles_by_sent.get(self.sent.index) if places else None
    if not titles:
        return places
    return [m for m in places if not any(t.start < m.start < t.end and t.owner == m.eid for t in titles)]


def joined_before(self: SentenceRelations, places: list[TokMention]) -> list[TokMention]:
    """"hatte im Juni Podgorica und Tirana besucht": the places joined by "und" or a comma before the one
    that ends at a clause-final participle, first to last."""
    if not places:
        return places
    out, lowers = list(places), self.doc.lowers
    by_end = {m.end: m for m in self.mentions if m.label in ("Place", "Country")}
    k = out[0].start - 1
    while k > self.sent.start and lowers[k] in ("und", ",") and by_end.get(k) is not None:
        out.insert(0, by_end[k])
        k = out[0].start - 1
    return out


CARRIED = frozenset({"him", "her"})  # "a tour that will take her to X": the pronoun is the traveller


def carried_person(self: SentenceRelations, hit: Hit) -> TokMention | None:
    """"hosted X for talks, the first stop of a tour that will take her to Y": the person named last before
    "take him/her to" travels, not the sentence's subject."""
    if hit.end - hit.start < 3 or self.doc.lowers[hit.start + 1] not in CARRIED:
        return None
    before = [p for p in self.persons if p.end <= hit.start]
    return max(before, key=lambda p: p.start) if before else None


def kind_place(self: SentenceRelations, end: int) -> TokMention | None:
    """"travelled to the (Black Sea) resort of X", "reiste in den Kurort X": the place a kind phrase right after
    the trigger (ending at token ``end``) names, not the sea or country adjective inside the phrase."""
    if end >= self.sent.end or self.doc.words[end][:1].isupper() and end not in self.ctx.finder.kb_at:
        return None
    for m in self.mentions:
        if m.label == "Place" and end + 1 <= m.start <= end + 7:
            kind = kind_phrase(self.doc.words, self.doc.lowers, m.start, end - 1)
            if kind is not None and kind.lead == end - 1:
                return m
    return None
