"""Where an event was held and where a place lies, read from the words right after its name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .relation_rules import APPOSITION_LEADS, HELD_WORDS
from .spans import TokMention

if TYPE_CHECKING:
    from .relations import SentenceRelations


WHERE = {"where", "wo"}
ARTICLE_WORDS = {"the", "der", "die", "dem", "den"}
VERB_GAP = {"fand", "findet", "fanden", "finden", "stattfand", "stattfindet"}


def _where_place(self: SentenceRelations, ev: TokMention) -> TokMention | None:
    """"travelled to Astana, where he co-chaired the X Meeting": the place before ", where" hosts the event."""
    lowers, kb_at = self.doc.lowers, self.ctx.finder.kb_at
    for w in range(ev.start - 1, max(self.sent.start + 1, ev.start - 9), -1):
        if lowers[w] in WHERE and lowers[w - 1] == ",":
            if any(m.label in ("Place", "Country", "Event") and w < m.start < ev.start for m in self.mentions):
                return None
            place = kb_at.get(w - 2)
            if place is not None and place.label == "Country" and place.start >= 2 and lowers[place.start - 1] == ",":
                place = kb_at.get(place.start - 2) or place  # "Samarkand, Uzbekistan, where"
            return place if place is not None and place.label in ("Place", "Country") else None
    return None


def _anaphor_held_in(self: SentenceRelations) -> None:
    """"Das Treffen fand in X statt", "eröffnete das Treffen im Palais des Nations": an event noun, then "in"."""
    lowers, kb_at = self.doc.lowers, self.ctx.finder.kb_at
    for place in [m for m in self.mentions if m.label in ("Place", "Country") and m.start - 2 >= self.sent.start]:
        k = place.start - 1 - (lowers[place.start - 1] in ARTICLE_WORDS)
        if lowers[k] not in ("in", "im"):
            continue
        j = k - 1
        while j > self.sent.start and lowers[j] in VERB_GAP:
            j -= 1
        if j < self.sent.start or j in kb_at:
            continue
        ev = self.ctx.resolver.event_anaphor(j, self.ctx.events)
        if ev is not None and not place.nested:
            self.emit("HELD_IN", ev, place, 0.75)


def held_in(self: SentenceRelations) -> None:
    """HELD_IN from "<event> (held) in <place>"."""
    doc = self.doc
    if self.ctx.events:
        _anaphor_held_in(self)
    for ev in [m for m in self.mentions if m.label == "Event"]:
        where = _where_place(self, ev)
        if where is not None and not (ev.end < self.sent.end and doc.lowers[ev.end] in ("in", "im")):
            self.emit("HELD_IN", ev, where, 0.75)  # not "..., where he attended the X in Riga"
        k = ev.end
        if k < self.sent.end and doc.words[k] == "(":
            while k < self.sent.end and doc.words[k] not in (")", "):"):
                k += 1
            k += 1
        while k < self.sent.end and (doc.words[k] == "," or doc.lowers[k] in HELD_WORDS):
            k += 1
        if k < self.sent.end and doc.lowers[k] in ("in", "im"):
            nxt = self.ctx.finder.kb_at.get(k + 1) or self.ctx.finder.kb_at.get(k + 2)
            if nxt is not None and nxt.label in ("Place", "Country") and not nxt.nested:
                self.emit("HELD_IN", ev, nxt, 0.8)


def located_in(self: SentenceRelations) -> None:
    """LOCATED_IN from "<place>, <country>" and "<place> (– the building) in <place>"."""
    doc, kb_at = self.doc, self.ctx.finder.kb_at
    for pl in [m for m in self.mentions if m.label == "Place"]:
        k = pl.end
        target = None
        if k + 1 < self.sent.end and doc.words[k] == ",":
            cand = kb_at.get(k + 1)
            if cand is not None and cand.label == "Country" and cand.start == k + 1:
                target = cand
        comma = k < self.sent.end and doc.words[k] == ","
        if target is None and (not comma or (k + 1 < self.sent.end and doc.lowers[k + 1] in APPOSITION_LEADS)):
            # "Bellevue Palace, the presidential residence in Berlin": an apposition says where it is
            j = k
            if j < self.sent.end and doc.words[j] in ("–", "—", "-", ","):
                j += 1
                while j < self.sent.end and j - k < 7 and doc.lowers[j] not in ("in", "im", ",", "."):
                    if j in kb_at and kb_at[j].label in ("Place", "Country", "Person"):
                        break
                    j += 1
            if j < self.sent.end and doc.lowers[j] in ("in", "im"):
                cand = kb_at.get(j + 1)
                if cand is not None and cand.start == j + 1 and cand.label in ("Place", "Country"):
                    target = cand
        if target is not None and self.ctx.consistent_location(pl.eid, target.eid):
            self.emit("LOCATED_IN", pl, target, 0.85)
