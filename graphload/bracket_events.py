"""Gatherings named across an organization's bracketed acronym: "the Asia-Pacific Economic Cooperation (APEC)
summit", "the fifth Lancang-Mekong Cooperation (LMC) Leaders' Meeting", "the Shanghai Cooperation Organisation
(SCO) Council of Foreign Ministers meeting". The bracket ends the capitalised run the chunker reads, so without
this pass the organization's name and the gathering's head are read apart."""

from __future__ import annotations

from .models import make_id
from .spans import TokMention
from .wordfacts import OPEN_PAREN


def join_bracketed_events(finder) -> None:
    """Read "<known organization> (<ACRONYM>) <event head or named gathering>" as one event mention."""
    doc = finder.doc
    opens = doc.where(OPEN_PAREN)
    if not opens:
        return
    words, kb_at, n = doc.words, finder.kb_at, len(doc)
    for p in opens:
        if p < 1 or p + 3 >= n or words[p + 2] != ")" or not words[p + 1][:1].isupper():
            continue
        org = kb_at.get(p - 1)
        if org is None or org.label != "Organization" or org.end != p:
            continue
        end, old = _event_end(finder, p + 3)
        if end:
            _join(finder, org, p, end, old)


def _event_end(finder, k: int) -> tuple[int, TokMention | None]:
    """Where a gathering that begins at token ``k`` ends (0 if none begins there), and the chunk it replaces."""
    words, event_nouns = finder.doc.words, finder.lex.event_nouns
    nxt = finder.kb_at.get(k)
    if nxt is None:
        return (k + 1, None) if words[k] in event_nouns and words[k].islower() else (0, None)
    if nxt.start != k or nxt.source != "chunk":
        return 0, None
    if nxt.label == "Event":
        return nxt.end, nxt
    e = nxt.end  # "(SCO) Council of Foreign Ministers meeting": the body's meeting
    if nxt.label == "Organization" and e < len(words) and words[e] in event_nouns and words[e].islower():
        return e + 1, nxt
    return 0, None


def _join(finder, org: TokMention, p: int, end: int, old: TokMention | None) -> None:
    """Replace the pieces by one event named "<ACRONYM> <rest>" with the full written form as an alias."""
    doc = finder.doc
    rest = doc.text(p + 3, end)
    rest = rest[:1].upper() + rest[1:]
    name = f"{doc.words[p + 1]} {rest}"
    ev = TokMention(org.start, end, "Event", make_id("Event", name), doc.text(org.start, end), "chunk", org.sent,
                    props={"canonical": name, "head": doc.words[end - 1], "aka": f"{doc.text(org.start, p)} {rest}"})
    if old is not None:
        finder.mentions.remove(old)
        for m in finder.mentions:  # later uses of the replaced chunk ("the Leaders' Meeting") are this event
            if m.eid == old.eid:
                m.eid, m.props["canonical"] = ev.eid, name
    org.nested = True
    acronym = finder.kb_at.get(p + 1)
    if acronym is not None:
        acronym.nested = True
    finder.mentions.append(ev)
    for k in range(org.start, end):
        finder.kb_at[k] = ev
