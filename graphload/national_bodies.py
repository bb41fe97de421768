"""National parliaments named by a country adjective: "vor dem kenianischen Parlament", "the Kenyan parliament".

Speeches to a host country's parliament are a staple of state-visit reports; the parliament is rarely in the
knowledge base, but the adjective before it names the state. Only the few adjective mentions are looked at.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .spans import TokMention

if TYPE_CHECKING:
    from .entities import MentionFinder

PARLIAMENT_WORDS = frozenset({"parlament", "parlaments", "parliament"})
APPOSITION_ARTICLES = frozenset({"der", "die", "das", "the"})


def find_national_parliaments(finder: MentionFinder) -> None:
    """Add an Organization over "<country adjective> Parlament" (id ``org:parliament-<iso>``) unless known."""
    doc, kb_at = finder.doc, finder.kb_at
    for m in [m for m in finder.mentions if m.source == "adj" and m.label == "Country"]:
        k = m.end
        if k >= len(doc) or doc.lowers[k] not in PARLIAMENT_WORDS or k in kb_at:
            continue
        surface = doc.text(m.start, k + 1)
        named = _apposition(finder, k + 1)  # "vor dem lettischen Parlament, der Saeima": the one named after it
        org = TokMention(m.start, k + 1, "Organization", named or f"org:parliament-{m.eid.split(':', 1)[1]}",
                         surface, "chunk", m.sent, props={} if named else {"canonical": surface})
        finder.mentions.append(org)
        kb_at[m.start] = kb_at[k] = org  # the chunker reads the two words as one known name


def _apposition(finder: MentionFinder, k: int) -> str | None:
    """The known organization in an apposition at ``k`` (", der Saeima", ", the Storting"), if any."""
    doc = finder.doc
    if k + 2 >= len(doc) or doc.words[k] != "," or doc.lowers[k + 1] not in APPOSITION_ARTICLES:
        return None
    m = finder.kb_at.get(k + 2)
    return m.eid if m is not None and m.start == k + 2 and m.label == "Organization" else None

