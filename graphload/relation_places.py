"""Where an event was held and where a place lies, read from the words right after its name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .relation_rules import APPOSITION_LEADS, HELD_WORDS

if TYPE_CHECKING:
    from .relations import SentenceRelations


def held_in(self: SentenceRelations) -> None:
    """HELD_IN from "<event> (held) in <place>"."""
    doc = self.doc
    for ev in [m for m in self.mentions if m.label == "Event"]:
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
