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
