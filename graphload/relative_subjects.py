"""Subjects across an English "who" clause: "X met Y, who arrived in Z" (Y arrived) and "X, who is
accompanying Y, held talks with Z" (X held the talks)."""

from __future__ import annotations

from .spans import TokMention

WHO = frozenset({"who"})
# words a main verb may follow after the clause's closing comma ("X, who ..., also held talks")
MAIN_VERB_LEAD = frozenset({"also", "later", "then", "separately", "subsequently", "earlier", "had", "has", "have",
                            "will", "would", "was", "were", "is"})


def relative_subject(lowers: list[str], cands: list[TokMention], i: int) -> TokMention | None:
    """The person a "who" clause is about when the trigger at ``i`` is its verb or the main verb right after it;
    None when no candidate is followed by ", who"."""
    for m in reversed(cands):
        w = m.end + 1
        if w >= i or lowers[m.end] != "," or lowers[w] not in WHO:
            continue
        commas = [k for k in range(w + 1, i) if lowers[k] == ","]
        if not commas:
            return m  # the trigger is the clause's own verb
        gap = lowers[commas[0] + 1:i]
        if len(commas) == 1 and len(gap) <= 2 and all(g in MAIN_VERB_LEAD for g in gap):
            return m  # "X, who ..., held talks": the clause is closed, the main verb follows
        return None
    return None
