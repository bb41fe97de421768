"""States that attend through unnamed office holders: "attended by the foreign ministers of A, B and C",
"An dem Treffen nahmen die Präsidenten Russlands und Armeniens teil", "die Umweltminister Tadschikistans".

Called from an ATTENDED trigger hit only, so sentences without one cost nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .relation_groups import chain
from .spans import TokMention

if TYPE_CHECKING:
    from .relations import SentenceRelations

# Plural office nouns that stand for the states named after them ("the presidents of", "die Außenminister X-s")
ROLE_PLURALS = {"ministers", "presidents", "leaders", "heads", "premiers", "envoys", "delegations", "representatives",
                "vice-presidents", "chiefs", "staatschefs", "regierungschefs", "präsidenten", "delegationen",
                "vertreter", "vertreterinnen", "regierungschefinnen", "ministerinnen"}
ROLE_SUFFIXES = ("minister", "ministers", "präsidenten", "ministerinnen")
OF_WORDS = {"of", "from", "the", "aus", "der"}
HEADS_OF_WORDS = {"state", "government", "and", "of"}


def role_countries(self: SentenceRelations, lo: int, hi: int) -> list[TokMention]:
    """The states a plural office noun stands for between ``lo`` and ``hi``: "the foreign ministers of A, B and C",
    "die Umweltminister Tadschikistans und Turkmenistans"; empty when a named person holds the office."""
    lowers = self.doc.lowers
    first = next((m for m in self.mentions if m.label == "Country" and lo < m.start < hi), None)
    if first is None:
        return []
    k = first.start - 1
    while k > lo and lowers[k] in OF_WORDS:
        k -= 1
    while k > lo and lowers[k] in HEADS_OF_WORDS and lowers[k - 1] in HEADS_OF_WORDS | ROLE_PLURALS:
        k -= 1  # "the heads of state (and government) of A and B"
    word = lowers[k]
    if word not in ROLE_PLURALS and not (word.endswith(ROLE_SUFFIXES) and lowers[k - 1] in ("die", "the")):
        return []
    if any(c.isdigit() for c in lowers[k - 1]):
        return []  # "300 delegates from X": not X itself
    group = chain(self, first, self.mentions, hi)
    if any(p.start in (group[-1].end, group[-1].end + 1) for p in self.persons):
        return []  # "the Foreign Minister of Georgia, X": the person attends
    return group
