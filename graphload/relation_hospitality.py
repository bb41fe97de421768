"""Hosting a guest and co-hosts named after "with": "hosted a state dinner in his honour", "hosted X for a working
lunch", "co-hosted the conference with Ukraine".

Every function starts from a HOSTED trigger hit and returns at once when no meal noun or "with" is near it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .spans import PARTICLES, TokMention, is_name_word

if TYPE_CHECKING:
    from .relation_rules import Hit
    from .relations import SentenceRelations

MEALS = {"lunch", "luncheon", "dinner", "banquet", "breakfast", "supper", "reception", "mittagessen", "abendessen",
         "bankett", "staatsbankett", "empfang", "frühstück"}
HONOUR = {"honour", "honor", "ehren"}
MEAL_REACH = 10  # words from the verb to its meal ("hosted X for a working lunch", "hosted an official dinner")
GUEST_REACH = 5  # words from the meal to its guest ("in honour of the visiting X")
CO_HOST_KINDS = {"Country", "Organization", "Person"}
GUEST_GAP = {"the", "his", "her", "their", "visiting", "den", "die", "der", "seinen", "ihren", ",", ".", "'s", "’s"}
POSSESSIVE_GAP = frozenset({"his", "her", "their", "seinen", "ihren", "seine", "ihre", "seinem", "ihrem"})
GUEST_REACH_TITLED = 8  # words from the verb to a titled guest ("hosted Canadian Prime Minister X")
GUEST_PREPS = {"bei", "beim", "of"}  # "zu Gast bei(m) X", "the guest of X"
HONOUR_NOUNS = {"honour", "honor"}
INVITING = {"lud", "eingeladen"}  # invitation triggers: a meal after them is a hosting, a person alone is not
HOST_REACH = 14  # words from "zu Gast beim" to the host's name ("beim Vorsitzenden der Kommission der AU, X")


def meal_guest(self: SentenceRelations, hit: Hit) -> bool:
    """"X hosted a state dinner in his honour", "X hosted Y for a working lunch": X hosted and met the guest."""
    lowers = self.doc.lowers
    stop = min(self.sent.end, hit.end + MEAL_REACH)
    meal = next((k for k in range(hit.end, stop) if lowers[k] in MEALS), None)
    if meal is None or self._passive(hit):
        return False
    host = self._before(hit.start, {"Person"}, pool=self.persons)
    guest = _guest(self, hit.end, meal)
    if host is None or guest is None:
        return False
    guest_id = guest.eid if guest.eid != host.eid or guest.source != "pronoun" else self.prev_subject
    if guest_id is None or guest_id == host.eid:  # "X hosted a dinner in her honour": her is not X
        return False
    self.emit("HOSTED", host, guest_id, 0.8)
    self.emit("MET_WITH", host, guest_id, 0.8)
    return True


def guest_object(self: SentenceRelations, hit: Hit) -> bool:
    """"X hosted Y for talks", "X played host to Y at his residence": a person hosting the person right after
    the verb (past a title) hosted and met that guest."""
    if self._passive(hit) or hit.trigger.words[0] in INVITING:
        return False  # "lud X zum Gipfel ein": X is invited to come, not (yet) a guest
    guest = person_right_after(self, hit.end)
    if guest is None:
        return False
    return _hosted_and_met(self, self._before(hit.start, {"Person"}, pool=self.persons), guest)


def guest_of(self: SentenceRelations, hit: Hit) -> bool:
    """"war er zu Gast bei Präsident X", "zu Gast beim Vorsitzenden ..., X", "was the guest of X": X hosted the
    subject and they met."""
    words = hit.trigger.words
    if words[-1] not in GUEST_PREPS or words[-2] not in ("gast", "guest"):
        return False
    lowers = self.doc.lowers
    if hit.end < self.sent.end and lowers[hit.end] in HONOUR_NOUNS:
        return False  # "the guest of honour at a dinner hosted by X"
    host = next((m for m in self.persons if hit.end <= m.start < min(self.sent.end, hit.end + HOST_REACH)), None)
    guest = self._before(hit.start, {"Person"}, pool=self.persons)
    if host is None or guest is None or guest.eid == host.eid:
        return False
    self.emit("HOSTED", host, guest, 0.8)
    self.emit("MET_WITH", guest, host, 0.8)
    return True


def honour_guest(self: SentenceRelations, hit: Hit) -> bool:
    """"gab X ein Staatsbankett zu Ehren des Gastes", "gab die Präsidentin ein Abendessen zu Ehren von Y": the
    person before hosted the one honoured, at a meal the sentence names."""
    if hit.trigger.words[:2] != ("zu", "ehren") or MEALS.isdisjoint(self.doc.lowers[self.sent.start:self.sent.end]):
        return False
    guest = next((m for m in self.persons if hit.end <= m.start <= hit.end + 2), None)  # "des Gastes", "von Y"
    return _hosted_and_met(self, self._before(hit.start, {"Person"}, pool=self.persons), guest)


def _hosted_and_met(self: SentenceRelations, host: TokMention | None, guest: TokMention | None) -> bool:
    """HOSTED and MET_WITH from a host to a guest, two different persons; False when either is missing."""
    if host is None or guest is None or guest.eid == host.eid:
        return False
    self.emit("HOSTED", host, guest, 0.8)
    self.emit("MET_WITH", host, guest, 0.8)
    return True


def person_right_after(self: SentenceRelations, k: int) -> TokMention | None:
    """The person named right after token ``k``, past articles, a country and a title ("Canadian Prime Minister
    X", "his guest X"), else None."""
    lowers = self.doc.lowers  # "welcomed his counterpart, X": the possessive is the host, not the guest
    guest = next((m for m in self.persons if k <= m.start < k + GUEST_REACH_TITLED
                  and not (m.source == "pronoun" and lowers[m.start] in POSSESSIVE_GAP)), None)
    if guest is None:
        return None
    if guest.start == k:
        return guest
    kb_at = self.ctx.finder.kb_at
    titled = {i for t in self.ctx.titles_in(self.sent) if t.end <= guest.start for i in range(t.start, t.end)}
    words, honorifics = self.doc.words, self.ctx.lex.honorifics  # "hosted His Excellency President Y"
    for i in range(k, guest.start):
        m = kb_at.get(i)
        if not (i in titled or lowers[i] in GUEST_GAP or words[i] in honorifics or (m is not None and m.label == "Country")
                or (m is None and (is_name_word(words[i]) or lowers[i] in PARTICLES))):  # "Montes de" of "Oca"
            return None
    return guest


def _guest(self: SentenceRelations, start: int, meal: int) -> TokMention | None:
    """The person right after the verb ("hosted Y for lunch"), else the one honoured after the meal
    ("in honour of Y", "in his honour") or named after "for" ("a dinner for Y")."""
    lowers = self.doc.lowers
    first = next((m for m in self.persons if start <= m.start < meal), None)
    if first is not None:
        return first  # "hosted (Chilean Foreign Minister) Y for a working lunch"
    meal = _past_venue(self, meal)  # "a State Banquet at Al Alam Palace in honour of Y"
    window = lowers[meal + 1:min(self.sent.end, meal + GUEST_REACH)]
    after = [m for m in self.persons if meal < m.start <= meal + GUEST_REACH]
    if not after or not (HONOUR.intersection(window) or (window and window[0] == "for")):
        return None
    return after[0]


def _past_venue(self: SentenceRelations, meal: int) -> int:
    """The last word of "<meal> at/in <place>", else ``meal``."""
    k = meal + 1
    if k + 1 < self.sent.end and self.doc.lowers[k] in ("at", "in", "im"):
        place = self.ctx.finder.kb_at.get(k + 1) or self.ctx.finder.kb_at.get(k + 2)
        if place is not None and place.label == "Place" and place.start <= k + 2:
            return place.end - 1
    return meal


def meal_patient(self: SentenceRelations, hit: Hit) -> bool:
    """"met Y at a gala dinner hosted by X": the meal right before the passive is what was hosted, not Y."""
    return hit.start > self.sent.start and self.doc.lowers[hit.start - 1] in MEALS


def co_hosts(self: SentenceRelations, hit: Hit, event: TokMention) -> None:
    """"co-hosted the conference with Ukraine": the state, body or person after "with" hosted it too."""
    lowers = self.doc.lowers
    k = event.end
    if not lowers[hit.start].startswith("co-host") or k >= self.sent.end or lowers[k] != "with":
        return
    k += 1 + (k + 1 < self.sent.end and lowers[k + 1] == "the")
    other = self.ctx.finder.kb_at.get(k)
    other = next((m for m in self.persons if m.start == k), None) or other
    if other is not None and other.start == k and other.label in CO_HOST_KINDS:
        self.emit("HOSTED", other, event, 0.75)
