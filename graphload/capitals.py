"""Capitals named by their country: "the Samoan capital", "der montenegrinischen Hauptstadt", "the capital of Fiji"."""

from __future__ import annotations

from .spans import TokMention

CAPITAL_WORDS = {"capital", "hauptstadt"}
_INDEX: dict[str, dict[str, str]] = {}  # KB fingerprint -> country id -> capital place id


def capital_index(kb) -> dict[str, str]:
    """Country id -> the id of its capital in the KB (built once per KB)."""
    index = _INDEX.get(kb.fingerprint)
    if index is None:
        index = {f"country:{e.country.lower()}": e.id for e in kb.entities.values()
                 if e.label == "Place" and e.country and e.props.get("kind") == "capital"}
        _INDEX[kb.fingerprint] = index
    return index


def _span(lowers: list[str], m: TokMention) -> tuple[int, int] | None:
    """Tokens of "<adj> capital" / "capital of <country>" / "Hauptstadt <Landes>" around a country mention."""
    n = len(lowers)
    if m.source == "adj" and m.end < n and lowers[m.end] in CAPITAL_WORDS:
        return m.start, m.end + 1
    if m.start >= 2 and lowers[m.start - 1] == "of" and lowers[m.start - 2] == "capital":
        return m.start - 2, m.end
    if m.start >= 1 and lowers[m.start - 1] == "hauptstadt":
        return m.start - 1, m.end
    return None


def capital_mentions(finder, kb) -> list[TokMention]:
    """A Place mention for every capital named by its country; the country mention becomes nested."""
    lowers, index, out = finder.doc.lowers, None, []
    for m in [m for m in finder.mentions if m.label == "Country" and not m.nested]:
        span = _span(lowers, m)
        if span is None:
            continue
        index = index if index is not None else capital_index(kb)
        place = index.get(m.eid)
        if place is None:
            continue
        cap = TokMention(span[0], span[1], "Place", place, finder.doc.text(span[0], span[1]), "anaphora", m.sent,
                         props={"capital_of": m.eid})
        m.nested = True
        for i in range(*span):
            finder.kb_at[i] = cap
        out.append(cap)
    return out
