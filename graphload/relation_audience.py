"""Audiences that stand for the gathering a text reports: "told the plenary", "sprach vor den Teilnehmern"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .spans import TokMention

if TYPE_CHECKING:
    from .relation_rules import Hit
    from .relations import SentenceRelations

AUDIENCE_LEADS = {"the", "der", "die", "den", "dem", "all", "alle", "allen"}
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
