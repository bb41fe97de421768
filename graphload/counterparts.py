"""Unnamed counterparts: "held a bilateral meeting with his Colombian counterpart" is the one person the text
named before with a post of Colombia ("the Minister of Foreign Affairs of Colombia, X")."""

from __future__ import annotations

from .spans import TokMention

COUNTERPARTS = ("counterpart", "Amtskollegen", "Amtskollege", "Amtskollegin")


def counterpart_mentions(finder, titles) -> list[TokMention]:
    """Person mentions for "<adjective> counterpart" with no name after it, when the text named exactly one
    holder of a post of that country before it; ``titles`` are the finder's titles with their persons set."""
    doc, kb_at, out = finder.doc, finder.kb_at, []
    for i in doc.positions(COUNTERPARTS) if titles else ():
        adj = kb_at.get(i - 1) if i else None
        if adj is None or adj.label != "Country" or adj.end != i or i + 1 in kb_at:
            continue
        if i + 1 < len(doc) and doc.words[i + 1][:1].isupper():
            continue  # "his French counterpart X": the name follows
        people = {t.person for t in titles if t.person and t.owner == adj.eid and t.end <= adj.start}
        if len(people) == 1:
            out.append(TokMention(adj.start, i + 1, "Person", people.pop(), doc.text(adj.start, i + 1), "role",
                                  finder.sent_of[i], props={"counterpart": True}))
    return out


def counterpart_holder(finder, t, seen, same_post, role: str) -> str | None:
    """"Prime Minister A and his Thai counterpart B ... the Thai Prime Minister": B, named as the counterpart
    from the role's country of someone holding the role's post; None when the text names no such person."""
    lowers, kb_at = finder.doc.lowers, finder.kb_at
    for m in finder.mentions:
        if m.label != "Person" or not m.eid or m.start < 2 or m.start > t.start:
            continue
        k = m.start - 1 - (lowers[m.start - 1] == ",")  # "his Indian counterpart, X"
        adj = kb_at.get(k - 1)
        if lowers[k] in _COUNTERPART_WORDS and adj is not None and adj.eid == t.owner \
                and any(s.sent == m.sent and s.start < k and s.person != m.eid and same_post(s.title.lower(), role)
                        for s in seen):
            return m.eid
    return None


_COUNTERPART_WORDS = frozenset(w.lower() for w in COUNTERPARTS)
