"""Diplomatic protocol meetings (MET_WITH) that the plain meeting rule reads wrongly: credentials handed over in
German verb-first order ("Es überreichten A, B und C dem Bundespräsidenten ihre Beglaubigungsschreiben") and
bilateral consultations co-chaired by two officials ("consultations ..., co-chaired by A and B")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .relation_rules import Hit
    from .relations import SentenceRelations

LETTERS = "beglaubigungsschreiben"  # last word of the verb-first trigger ("überreichten ... beglaubigungsschreiben")
DATIVES = frozenset({"dem"})  # "dem Staatsoberhaupt", "dem kolumbianischen Präsidenten X"
CO_CHAIRS = frozenset({"co-chaired", "ko-vorsitz", "co-vorsitz"})  # first words of the co-chair triggers
TALKS = frozenset({"consultations", "talks", "dialogue", "negotiations", "konsultationen", "gespräche", "dialog",
                   "verhandlungen"})  # a bilateral exchange, not a conference that two persons chair
JOINS = frozenset({"and", "und"})


def verb_first(self: SentenceRelations, hit: Hit) -> bool:
    """No named sender before the verb: each person after it met the single one a dative article leads (handled,
    with nothing emitted, when no single receiver is named)."""
    if any(self.sent.start <= p.start < hit.start and p.source != "pronoun" for p in self.persons):
        return False
    after = sorted((p for p in self.persons if hit.end <= p.start < self.sent.end and p.source != "pronoun"),
                   key=lambda p: p.start)
    lowers, prev_end, receivers, senders = self.doc.lowers, hit.end, [], []
    for p in after:
        (receivers if DATIVES.intersection(lowers[prev_end:p.start]) else senders).append(p)
        prev_end = p.end
    if len(receivers) != 1:
        return True  # the senders did not meet each other: the receiver is unnamed ("dem Gastgeber")
    for who in senders:
        if who.eid != receivers[0].eid:
            self.emit("MET_WITH", who, receivers[0], 0.8)
    return True


def co_chaired_talks(self: SentenceRelations, hit: Hit) -> bool:
    """"The consultations were co-chaired by A and B": the two chairs of a bilateral exchange met (a conference
    or forum two persons chair is no meeting of theirs)."""
    if TALKS.isdisjoint(self.doc.lowers[self.sent.start:hit.start]):
        return True
    _, agents = self._agents(hit)
    pair = agents[:3]
    if len(pair) != 2 or pair[0].eid == pair[1].eid or JOINS.isdisjoint(self.doc.lowers[pair[0].end:pair[1].start]):
        return True
    self.emit("MET_WITH", pair[0], pair[1], 0.8)
    return True
