"""Companies and bodies the gazetteer does not know, read from the noun that announces them.

"the shipping company PT Samudera Lines", "the national railway company Kazakhstan Temir Zholy (KTZ)",
"der Stromversorger Vietnam Electricity (EVN)": a lower-case kind noun (German: a listed noun) right
before a capitalised name with no head noun of its own. The finder looks only at the cue words (they carry
the PLACE_CUE flag bit with the place cues of :mod:`graphload.unknown_places`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .models import make_id
from .spans import TokMention

if TYPE_CHECKING:
    from .entities import MentionFinder

# English kind nouns are lower case; German nouns are all capitalised, so only specific ones are listed and the
# name needs two words or an acronym ("der Stromversorger Vietnam Electricity", not "Unternehmen Gewinne")
CUES = frozenset({
    "company", "firm", "utility", "operator", "carrier", "airline", "conglomerate", "lender", "insurer",
    "manufacturer", "producer", "developer", "think-tank", "broadcaster", "exporter",
    "Stromversorger", "Energieversorger", "Energiekonzern", "Ölkonzern", "Staatskonzern", "Reederei",
    "Fluggesellschaft", "Netzbetreiber", "Denkfabrik", "Thinktank", "Rüstungskonzern", "Bahngesellschaft",
})
MAX_WORDS = 5


def _name_end(finder: MentionFinder, i: int) -> int:
    """End of the capitalised name from ``i``: capitalised words and known countries or places, no known body,
    person, title or not-name word; ``i`` when there is none."""
    doc, n, k = finder.doc, len(finder.doc), i
    while k < n and k - i < MAX_WORDS and finder.capital[k] and doc.words[k] not in finder.lexicons.not_names:
        m = finder.kb_at.get(k)
        if (m is not None and m.label not in ("Country", "Place")) or doc.lowers[k] in finder.gaz.titles:
            return i
        k = m.end if m is not None else k + 1
    return k if k < n and not finder.capital[k] else i


def _acronym_after(finder: MentionFinder, e: int) -> str | None:
    """"(KTZ)" right after the name."""
    words = finder.doc.words
    if e + 2 < len(words) and words[e] == "(" and words[e + 2] == ")" and words[e + 1].isupper():
        return words[e + 1]
    return None


def find_cued_orgs(finder: MentionFinder, cues: list[int]) -> None:
    """Add Organization mentions for unknown names right after a company noun (token positions ``cues``)."""
    doc = finder.doc
    for k in cues:
        word = doc.words[k]
        if word not in CUES or (finder.lang == "en" and not word.islower()):
            continue
        e = _name_end(finder, k + 1)
        if e <= k + 1 or (e - (k + 1) == 1 and finder.kb_at.get(k + 1) is not None):
            continue  # nothing, or a bare country ("the company Kazakhstan")
        if finder.lang == "de" and e - (k + 1) == 1 and _acronym_after(finder, e) is None:
            continue
        for t in range(k + 1, e):
            inner = finder.kb_at.get(t)
            if inner is not None and inner in finder.mentions:
                finder.mentions.remove(inner)
        surface = doc.text(k + 1, e)
        props = {"canonical": surface, "head": doc.words[e - 1]}
        acronym = _acronym_after(finder, e)
        if acronym:
            props["aka"] = acronym
        m = TokMention(k + 1, e, "Organization", make_id("Organization", surface), surface, "chunk",
                       finder.sent_of[k + 1], props=props)
        finder.mentions.append(m)
        for t in range(k + 1, e):
            finder.kb_at[t] = m
