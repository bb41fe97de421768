"""Numbered sessions named through their body's possessive: "The Human Rights Council today opened its
sixty-first session", "the Assembly began its 80th session". The session is an event of the organization the
sentence named before the possessive ("sixty-first session of the Human Rights Council")."""

from __future__ import annotations

from .chunk_names import ORDINAL
from .models import make_id
from .spans import TokMention

SESSION_WORDS = ("session",)
BODY_POSSESSIVES = frozenset({"its", "their"})


def find_owned_sessions(finder) -> None:
    """Add an event mention for each "its <ordinal> session" whose body the sentence names before it."""
    if finder.lang != "en":
        return
    doc, kb_at = finder.doc, finder.kb_at
    for k in doc.positions(SESSION_WORDS):
        if k < 3 or k in kb_at or doc.lowers[k - 2] not in BODY_POSSESSIVES or not ORDINAL.match(doc.lowers[k - 1]):
            continue
        sent = finder.sent_of[k]
        orgs = [m for m in finder.mentions if m.label == "Organization" and m.sent == sent and m.end <= k - 2]
        if not orgs:
            continue
        org = max(orgs, key=lambda m: m.end)
        name = f"{doc.words[k - 1]} session of the {org.surface}"
        ev = TokMention(k - 1, k + 1, "Event", make_id("Event", name), doc.text(k - 1, k + 1), "chunk", sent,
                        props={"canonical": name, "head": "session", "org_head": (org.eid, "session")})
        finder.mentions.append(ev)
        kb_at[k - 1] = kb_at[k] = ev
