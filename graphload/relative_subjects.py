"""Subjects across an English "who" clause: "X met Y, who arrived in Z" (Y arrived) and "X, who is
accompanying Y, held talks with Z" (X held the talks)."""

from __future__ import annotations

from .spans import TokMention

WHO = frozenset({"who"})
APPOSITION_OPENERS = frozenset({",", "of"})
APPOSITION_MAX = 12  # tokens of a post between a name and its "who" ("President of the Republic of Ghana")
# words a main verb may follow after the clause's closing comma ("X, who ..., also held talks")
MAIN_VERB_LEAD = frozenset({"also", "later", "then", "separately", "subsequently", "earlier", "had", "has", "have",
                            "will", "would", "was", "were", "is"})


def relative_subject(lowers: list[str], cands: list[TokMention], i: int) -> TokMention | None:
    """The person a "who" clause is about when the trigger at ``i`` is its verb or the main verb right after it;
    None when no candidate is followed by ", who"."""
    for m in reversed(cands):
        w = _who_after(lowers, m.end, i)
        if w >= i:
            continue
        commas = [k for k in range(w + 1, i) if lowers[k] == ","]
        if not commas:
            return m  # the trigger is the clause's own verb
        gap = lowers[commas[0] + 1:i]
        if len(commas) == 1 and len(gap) <= 2 and all(g in MAIN_VERB_LEAD for g in gap):
            return m  # "X, who ..., held talks": the clause is closed, the main verb follows
        return None
    return None


def _who_after(lowers: list[str], e: int, i: int) -> int:
    """The "who" that opens a clause about the name ending at ``e`` ("X, who", "X, President of Y, who",
    "X of Y, who"), else ``i``."""
    if e + 1 >= i or lowers[e] not in APPOSITION_OPENERS:
        return i
    if lowers[e] == "," and lowers[e + 1] in WHO:
        return e + 1
    for k in range(e + 1, min(e + APPOSITION_MAX, i - 1)):
        if lowers[k] == ",":
            return k + 1 if lowers[k + 1] in WHO else i
    return i
