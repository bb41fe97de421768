"""Attendance read from groups and from the gathering a text reports: "Delegations from A and B took part in
the discussions, as did representatives of X", "were among the participants", "Vertreter aus X nahmen teil".

Every function starts from an ATTENDED trigger hit, so sentences without one cost nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .relation_groups import chain
from .spans import TokMention

if TYPE_CHECKING:
    from .relation_rules import Hit
    from .relations import SentenceRelations

# What one takes part in when it is the reported gathering itself ("took part in the discussions")
PART_NOUNS = {"discussions", "talks", "deliberations", "debate", "debates", "proceedings", "consultations", "work",
              "beratungen", "gesprächen", "diskussionen", "diskussion", "debatte", "arbeiten", "sitzungen",
              "eröffnungssitzung", "abschlusssitzung", "plenarsitzung", "eröffnung", "opening"}
LEADS = {"the", "its", "their", "der", "den", "die", "dem"}
# Words a separable "nahm ... teil" may enclose when nothing is named ("nahmen ebenfalls teil")
ALSO = {"also", "too", "ebenfalls", "auch", "daran", "ebenso", "zudem", "außerdem"}
ENDS = {".", ",", ";", "as", "and", "und", "sowie"}
GROUP_KINDS = {"Country", "Organization"}
AS_DID = (("as", "did"), ("as", "were"), ("ebenso",), ("as", "well", "as"))


def reported_event(self: SentenceRelations, hit: Hit) -> list[TokMention]:
    """The latest gathering named before when the trigger names none ("took part in the discussions")."""
    lowers, words = self.doc.lowers, hit.trigger.words
    if "..." in words:
        inner = lowers[hit.start + 1:hit.end - 1]
        ok = all(w in ALSO for w in inner) or (bool(inner) and inner[-1] in PART_NOUNS)
    elif words[-1] in ("participants", "teilnehmern", "teilnehmerinnen"):
        ok = True
    else:
        k = hit.end
        while k < self.sent.end and lowers[k] in LEADS:
            k += 1
        ok = k >= self.sent.end or lowers[k] in PART_NOUNS or (k == hit.end and lowers[k] in ENDS)
    event = self.latest_event(hit.start, hit.start, hit.end) if ok else None
    return [event] if event is not None else []


def as_did(self: SentenceRelations, hit: Hit, event: TokMention) -> None:
    """", as did representatives of X", ", ebenso Delegationen der X": more participants after the clause."""
    lowers = self.doc.lowers
    for k in range(hit.end, self.sent.end - 1):
        for form in AS_DID:
            if tuple(lowers[k:k + len(form)]) == form and lowers[k - 1] == ",":
                after = [m for m in self.mentions if m.label in GROUP_KINDS and k < m.start < k + 8]
                after.sort(key=lambda m: m.start)
                for who in chain(self, after[0], self.mentions, self.sent.end) if after else []:
                    self.emit("ATTENDED", who, event, 0.75)
                return
