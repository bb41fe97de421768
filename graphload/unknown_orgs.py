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

# company forms written before the name in post-Soviet usage: 'JSC "Samruk-Kazyna" National Welfare Fund',
# "JSC «Uzbekneftegaz»", "LLP Tengizchevroil" (capitalised in both languages)
LEGAL_FORMS = frozenset({"JSC", "OJSC", "PJSC", "CJSC", "NJSC", "SJSC", "JSCB", "LLP", "LLC", "OAO", "PAO", "ZAO"})
OPEN_QUOTES = frozenset({'"', "«", "“", "„"})
CLOSE_QUOTES = frozenset({'"', "»", "”", "“"})
QUOTED_MAX = 6  # words inside the quotes
# English kind nouns are lower case; German nouns are all capitalised, so only specific ones are listed and the
# name needs two words or an acronym ("der Stromversorger Vietnam Electricity", not "Unternehmen Gewinne")
CUES = frozenset({
    "company", "firm", "utility", "operator", "carrier", "airline", "conglomerate", "lender", "insurer",
    "manufacturer", "producer", "developer", "think-tank", "broadcaster", "exporter",
    "Stromversorger", "Energieversorger", "Energiekonzern", "Ölkonzern", "Staatskonzern", "Reederei",
    "Fluggesellschaft", "Netzbetreiber", "Denkfabrik", "Thinktank", "Rüstungskonzern", "Bahngesellschaft",
    "Aktiengesellschaft", "Staatsunternehmen", "Staatsholding",
}) | LEGAL_FORMS
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
        if word in LEGAL_FORMS:
            _legal_form_org(finder, k)
            continue
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
        for t in range(k, e):  # the cue too: "Vorsitzender der Aktiengesellschaft X, Y" reads X as the post's owner
            finder.kb_at[t] = m


def _quoted_name(finder: MentionFinder, s: int) -> tuple[int, int] | None:
    """The words inside the quotes opening at ``s`` ("«Uzbekneftegaz»"), as (start, end); None if none close."""
    doc, n = finder.doc, len(finder.doc)
    if s >= n or doc.words[s] not in OPEN_QUOTES:
        return None
    for t in range(s + 2, min(s + 2 + QUOTED_MAX, n)):
        if doc.words[t] in CLOSE_QUOTES:
            return (s + 1, t) if finder.capital[s + 1] else None
        if doc.words[t] in (".", ",", ";"):
            return None
    return None


def _legal_form_org(finder: MentionFinder, k: int) -> None:
    """'JSC "Samruk-Kazyna" National Welfare Fund', "LLP Tengizchevroil": the company a legal form announces;
    a quoted name runs on to an organization head after the quotes ("... National Welfare Fund")."""
    doc, n = finder.doc, len(finder.doc)
    quoted = _quoted_name(finder, k + 1)
    if quoted is None:
        e = _name_end(finder, k + 1)
        if e <= k + 1 or finder.kb_at.get(k + 1) is not None:
            return
        name, end = doc.text(k + 1, e), e
    else:
        end = t = quoted[1] + 1
        while t < min(end + 4, n) and finder.capital[t] and t not in finder.kb_at:
            t += 1
            if finder.head_of.get(doc.words[t - 1]) == "Organization":
                end = t  # '"Samruk-Kazyna" National Welfare Fund'
        name = " ".join(filter(None, (doc.text(*quoted), doc.text(quoted[1] + 1, end))))
    for t in range(k, end):
        inner = finder.kb_at.get(t)
        if inner is not None and inner in finder.mentions:
            finder.mentions.remove(inner)
    props = {"canonical": name, "head": doc.words[end - 1]}
    if quoted is not None and name != doc.text(*quoted):
        props["aka"] = doc.text(*quoted)
    m = TokMention(k, end, "Organization", make_id("Organization", name), doc.text(k, end), "chunk",
                   finder.sent_of[k], props=props)
    finder.mentions.append(m)
    for t in range(k, end):
        finder.kb_at[t] = m
