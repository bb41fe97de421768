"""Memberships read with the organization first: "the GCC's six members, A, B and C", "ASEAN members A and B",
"Myanmar, an ASEAN member since 1997", "BRICS was founded by A and B", "which the AU readmitted".

Every function starts from a MEMBER_OF trigger hit the ordinary rule could not read, so sentences without one
cost nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .relation_groups import chain, coordinated_before
from .spans import TokMention

if TYPE_CHECKING:
    from .relation_rules import Hit
    from .relations import SentenceRelations

POSSESSIVES = {"'s", "’s", "'", "’"}
# Words between the members' noun and the first member ("the GCC's members, namely A, B and C").
LIST_LEADS = {",", ":", "are", "were", "include", "includes", "included", "including", "namely", "sind", "waren",
              "darunter", "—", "–"}
# Words between an appositive member and its organization ("Myanmar, an ASEAN member", "T, one of CARICOM's").
APPOSITION = {"a", "an", "one", "of", "the", "fellow", "ein", "eine", "einer", "eines", "das", "der", "die"}
VERB_GAP = {"was", "were", "is", "are", "has", "have", "had", "been", "wurde", "wurden", "the", "die", "der", "das"}
# Triggers read only with the organization first (a bare member noun or a verb whose subject is the organization).
ORG_FIRST = {("member",), ("members",), ("member", "states"), ("member", "countries"), ("founding", "members"),
             ("founding", "member"), ("founded", "by"), ("admitted",), ("readmitted",), ("gegründet", "von")}
MAX_MODIFIERS = 3  # "the GCC's six founding members": lower-case words between the organization and the noun


def org_first(self: SentenceRelations, hit: Hit) -> bool:
    """MEMBER_OF from a trigger whose organization stands before it: a member noun after the organization
    (possessive or adjacent) or a verb with the organization as its subject ("was founded by", "admitted")."""
    org = _org_before(self, hit)
    if org is None:
        return False
    members = _countries_after(self, hit.end) or _apposition_before(self, org) or _relative_before(self, org)
    for member in members:
        self.emit("MEMBER_OF", member, org, 0.8)
    return bool(members)


def members_after_org(self: SentenceRelations, org: TokMention) -> list[TokMention]:
    """"the members of the GCC, Bahrain, Kuwait and Oman", "Mitglieder des GKR, darunter Katar": the countries
    listed right after the organization when nothing before the trigger names a member."""
    return _countries_after(self, org.end) if org.end < self.sent.end and self.doc.lowers[org.end] in LIST_LEADS \
        else []


def _org_before(self: SentenceRelations, hit: Hit) -> TokMention | None:
    """The organization right before the trigger: "ASEAN member(s)", "the GCC's six members", "BRICS was
    founded by", "the AU readmitted" (modifiers, a possessive or an auxiliary between at most)."""
    lowers, words, kb_at = self.doc.lowers, self.doc.words, self.ctx.finder.kb_at
    k, skipped = hit.start - 1, 0
    while k > self.sent.start and skipped < MAX_MODIFIERS and k not in kb_at and (
            lowers[k] in VERB_GAP or words[k].islower() or words[k].isdigit()):
        k, skipped = k - 1, skipped + 1
    if k > self.sent.start and lowers[k] in POSSESSIVES and k not in kb_at:
        k -= 1
    org = kb_at.get(k)
    if org is None or org.end != k + 1 or org.label != "Organization":
        return None
    return org


def _countries_after(self: SentenceRelations, start: int) -> list[TokMention]:
    """"members, including A, B and C": the countries listed right after ``start`` (not "A's minister")."""
    lowers, kb_at = self.doc.lowers, self.ctx.finder.kb_at
    k = start
    while k < self.sent.end and k - start < 3 and lowers[k] in LIST_LEADS and k not in kb_at:
        k += 1
    first = kb_at.get(k)
    if first is None or first.start != k or first.label != "Country" or first.source == "adj":
        return []
    cands = [m for m in self.mentions if m.start >= k and m.label == "Country" and m.source != "adj"]
    out = chain(self, first, cands, self.sent.end)
    if any(m.end < self.sent.end and lowers[m.end] in POSSESSIVES for m in out):
        return []  # "member states, including Pakistan's Foreign Minister X": the persons are the point
    return out


def _apposition_before(self: SentenceRelations, org: TokMention) -> list[TokMention]:
    """"Myanmar, an ASEAN member since 1997", "T, one of CARICOM's four founding members": the country before."""
    lowers, k = self.doc.lowers, org.start - 1
    while k > self.sent.start and lowers[k] in APPOSITION:
        k -= 1
    if k == org.start - 1 or lowers[k] != ",":
        return []
    return _country_ending(self, k)


def _relative_before(self: SentenceRelations, org: TokMention) -> list[TokMention]:
    """"Gabon, which the AU readmitted": the country the relative clause follows."""
    lowers, k = self.doc.lowers, org.start - 1
    if k > self.sent.start and lowers[k] in ("the", "die", "der", "das"):
        k -= 1
    if k - 1 <= self.sent.start or lowers[k] not in ("which", "that", "den", "das", "die") or lowers[k - 1] != ",":
        return []
    return _country_ending(self, k - 1)


def _country_ending(self: SentenceRelations, k: int) -> list[TokMention]:
    """The country mention (and those joined before it) that ends right at token ``k``."""
    country = next((m for m in self.mentions if m.end == k and m.label == "Country" and m.source != "adj"
                    and m.start >= self.sent.start), None)
    if country is None:
        return []
    return coordinated_before(self, country)
