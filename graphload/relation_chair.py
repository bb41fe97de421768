"""Chairmanships handed over: "took over the chairmanship of X from Comoros President Y", "von Norwegen übernommen"."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .relation_rules import Hit
    from .relations import SentenceRelations

FROM = {"from", "von", "vom"}
HANDOVER_REACH = 12  # tokens after the trigger where "from X" may stand


def previous_holder(self: SentenceRelations, hit: Hit, org: str, holder_of: Callable) -> None:
    """The country (or the person its title names) the chairmanship of ``org`` passed from held it too."""
    lowers = self.doc.lowers
    for k in range(hit.end, min(self.sent.end - 1, hit.end + HANDOVER_REACH)):
        if lowers[k] not in FROM:
            continue
        country = self.ctx.finder.kb_at.get(k + 1)
        if country is not None and country.start == k + 1 and country.label == "Country":
            self.emit("CHAIRED", holder_of(self, country), org, 0.75)
        return


UNDER = {"unter", "under"}
UNDER_LEAD = {"dem", "the"}
HOLDER_PREPS = {"von", "vom", "des", "der", "of"}
HOLDER_REACH = 8  # tokens after "unter dem Vorsitz von" where the chair's name may stand


def under_chair(self: SentenceRelations, hit: Hit) -> bool:
    """"Der Ministerrat des GKR tagte unter dem Vorsitz von Katars Außenminister X", "under the chairmanship of
    X": X (else the country named there) chairs the body the sentence is about; a meeting gives nothing."""
    lowers, k = self.doc.lowers, hit.start - 1
    while k > self.sent.start and lowers[k] in UNDER_LEAD:
        k -= 1
    if k < self.sent.start or lowers[k] not in UNDER:
        return False
    j = hit.end + (hit.end < self.sent.end and lowers[hit.end] in HOLDER_PREPS)
    holder = next((p for p in self.persons if j <= p.start < j + HOLDER_REACH and p.source != "pronoun"), None)
    holder = holder or next((m for m in self.mentions if m.label == "Country" and j <= m.start < j + 3), None)
    if holder is None:
        return True
    body = self._before(k, {"Organization", "Event"}, pool=self.mentions)
    if body is None:
        body = next((m for m in sorted(self.mentions, key=lambda m: m.start) if m.start >= holder.end
                     and m.label in ("Organization", "Event")), None)
    if body is not None and body.label == "Organization":
        self.emit("CHAIRED", holder, body, 0.75)
    return True


# "den Vorsitz der Organisation", "the presidency of the bloc": the body the text named last
ORG_ANAPHORS = {"organisation", "organization", "bloc", "gemeinschaft", "staatengruppe", "bündnisses", "allianz",
                "alliance", "grouping", "staatenbundes"}


def anaphoric_org(self: SentenceRelations, k: int) -> str | None:
    """The organization a bare "der Organisation"/"of the bloc" at token ``k`` (after "of"/"der") stands for:
    the latest one named before it in this sentence or the two before (not "der Gruppe der 21", a name)."""
    lowers = self.doc.lowers
    if k >= self.sent.end or lowers[k] not in ("of", "der", "des"):
        return None
    k += 1 + (k + 1 < self.sent.end and lowers[k + 1] == "the")
    if k >= self.sent.end or lowers[k] not in ORG_ANAPHORS or k in self.ctx.finder.kb_at \
            or (k + 1 < self.sent.end and lowers[k + 1] in ("der", "des", "of", "für", "for")):
        return None
    by_sent = self.ctx.mentions_by_sent or {}
    for index in (self.sent.index, self.sent.index - 1, self.sent.index - 2):
        orgs = [m for m in by_sent.get(index, ()) if m.label == "Organization" and not m.nested and m.eid
                and m.end <= k]
        if orgs:
            return max(orgs, key=lambda m: m.end).eid
    return None
