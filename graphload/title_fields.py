"""Long ministerial titles whose field runs on past the known post: "Minister of Foreign Affairs and International
Cooperation of the Republic of X", "Minister of Foreign Affairs, Cooperation and Togolese Abroad, Y"."""

from __future__ import annotations

TAIL_LINKS = frozenset({"and", "und", "&", ","})
COMMUNITY_WORDS = frozenset({"Abroad", "Expatriates", "Diaspora", "Nationals"})  # "... and Senegalese Abroad"


def portfolio_tail(finder, head_end: int) -> tuple[int, str | None]:
    """End of the field words that continue a post ending in a field word ("... Affairs") at ``head_end``, and
    the country of a demonym among them ("Togolese Abroad"); ``(head_end, None)`` when none continue it."""
    doc, fields, n = finder.doc, finder.lex.portfolios, len(finder.doc.words)
    if head_end + 1 >= n or doc.lowers[head_end] not in TAIL_LINKS or doc.words[head_end - 1] not in fields:
        return head_end, None
    k, end, owner = head_end, head_end, None
    while k < n:
        word, m = doc.words[k], finder.kb_at.get(k)
        if word in fields or word in COMMUNITY_WORDS:
            k += 1
            end = k
        elif doc.lowers[k] in TAIL_LINKS and k + 1 < n and doc.words[k + 1][:1].isupper():
            k += 1
        elif m is not None and m.source == "adj" and m.start == k and m.end < n \
                and doc.words[m.end] in COMMUNITY_WORDS:
            owner, k = m.eid, m.end
        else:
            break
    if end == head_end or (end < n and doc.words[end][:1].isupper()):
        return head_end, None  # "Minister of Foreign Affairs, Trade Minister X": a second post, not a field
    return end, owner


FIELD_OWNER_KINDS = frozenset({"Organization", "Country"})


def field_mention_end(finder, k: int) -> int:
    """"... and ASEAN Affairs", "for African Affairs": the end of a known body or state at ``k`` that a field word
    follows inside a post's field, else ``k``."""
    m = finder.kb_at.get(k)
    if m is None or m.start != k or m.label not in FIELD_OWNER_KINDS or m.end >= len(finder.doc.words):
        return k
    return m.end if finder.doc.words[m.end] in finder.lex.portfolios else k


def field_words_end(finder, k: int) -> int:
    """End of the field words from ``k`` ("Affairs", "Relations and Trade")."""
    words, fields, n = finder.doc.words, finder.lex.portfolios, len(finder.doc)
    while k < n and (words[k] in fields or (finder.doc.lowers[k] in TAIL_LINKS and k + 1 < n and words[k + 1] in fields)):
        k += 1
    return k


def org_venue_end(finder, j: int) -> int | None:
    """End of "at the Ministry of Foreign Affairs" (an organization where a post sits) at ``j``, else None."""
    doc, n = finder.doc, len(finder.doc.words)
    if j >= n or doc.lowers[j] != "at":
        return None
    k = j + 1 + (j + 1 < n and doc.lowers[j + 1] == "the")
    m = finder.kb_at.get(k)
    return m.end if m is not None and m.start == k and m.label == "Organization" else None
