"""German perfect tenses of verbs the lexicon lists as passive participles: "X hat Y empfangen" is active.

Read only for a MET_WITH hit whose "von" agent is missing, so other sentences cost nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .spans import TokMention

if TYPE_CHECKING:
    from .relation_rules import Hit
    from .relations import SentenceRelations

PERFECT_AUX = {"hat", "hatte", "haben", "hatten"}
AGENT_WORDS = {"von", "vom"}
OBJECT_PRONOUNS = {"ihn", "sie"}  # "wo ihn X empfangen wird"
SUBORDINATORS = {"wo", "als", "nachdem", "bevor", "wenn", "während"}


def perfect_meeting(self: SentenceRelations, hit: Hit) -> tuple[TokMention, list[TokMention]] | None:
    """"Außenminister X hat am Dienstag in Taschkent den Gesandten Y empfangen": X (before the auxiliary)
    met the persons between the auxiliary and the participle; None when the sentence is no such perfect."""
    if self.ctx.resolver.lang != "de":
        return None
    lowers = self.doc.lowers
    aux = next((k for k in range(self.sent.start, hit.start) if lowers[k] in PERFECT_AUX), None)
    if aux is None:
        return clause_object(self, hit)
    if not AGENT_WORDS.isdisjoint(lowers[aux:hit.start]):
        return None
    before = [p for p in self.persons if p.end <= aux]
    after = [p for p in self.persons if aux < p.start and p.end <= hit.start]
    if not before and len(after) > 1 and after[0].source != "pronoun":  # "Zuvor hatte X beide Politiker empfangen"
        return after[0], [p for p in after[1:] if p.eid != after[0].eid]
    return (before[-1], after) if before and after else None


def clause_object(self: SentenceRelations, hit: Hit) -> tuple[TokMention, list[TokMention]] | None:
    """"X reist nach Warschau, wo ihn der polnische Ministerpräsident Y empfangen wird": the one person named before
    ", wo ihn" (whom the pronoun stands for) and the persons between it and the verb-final participle met."""
    lowers = self.doc.lowers
    k = next((k for k in range(hit.start - 2, max(self.sent.start + 1, hit.start - 10), -1)
              if lowers[k] in OBJECT_PRONOUNS and lowers[k - 1] in SUBORDINATORS and lowers[k - 2] == ","), None)
    if k is None or not AGENT_WORDS.isdisjoint(lowers[k:hit.start]):
        return None
    before = [p for p in self.persons if p.end <= k - 2]
    after = [p for p in self.persons if k < p.start and p.end <= hit.start]
    return (before[-1], after) if after and len({p.eid for p in before}) == 1 else None
