"""Membership read past the plain "X is a member of Y": with the organization first ("the GCC's six members, A,
B and C", "ASEAN members A and B", "Myanmar, an ASEAN member since 1997", "BRICS was founded by A and B"),
"Mitglied der Organisation" (the body named before) and German verb-final clauses ("Marokko war der AU 2017
beigetreten").

Every function starts from a MEMBER_OF trigger hit, so sentences without one cost nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .relation_chair import bloc_org
from .relation_groups import (
    chain,
    companions,
    coordinated_before,
    members_before_particle,
    pair_anaphor,
)
from .spans import TokMention

if TYPE_CHECKING:
    from .relation_rules import Hit
    from .relations import SentenceRelations

# Nouns that, with a definite article, stand for the organization the text named last ("der Organisation")
ORG_ANAPHORS = {"organisation", "organization", "behörde", "agency", "bündnis", "bündnisses", "allianz", "alliance",
                "staatengemeinschaft", "staatenbund", "staatenbundes", "bloc"}
DEFINITE = {"der", "des", "dem", "die", "the", "this", "diese", "dieser", "diesem", "dieses"}
ORG_REACH = 4  # sentences back where the organization an anaphor stands for may be named
# Clause-final forms after which the organization stands before the verb ("der NATO beigetreten")
VERB_FINAL = {"beigetreten", "beitrat", "beitraten", "angehört", "angehören", "angehörte", "angehörten",
              "gegründet", "mitgegründet", "mitbegründet"}  # "A und B haben den Mercosur 1991 gegründet"
FOUNDED = {("gegründet",), ("mitgegründet",)}  # participles read only verb-final (not "gegründet, die ... der NATO")


def org_anaphor(self: SentenceRelations, k: int) -> TokMention | None:
    """"Mitglied der Organisation", "joined the Alliance": the organization named last before token ``k``
    (in this sentence or the few before), as a mention over ``k``."""
    doc = self.doc
    if not self.sent.start < k < self.sent.end or k in self.ctx.finder.kb_at or doc.lowers[k] not in ORG_ANAPHORS \
            or doc.lowers[k - 1] not in DEFINITE:
        return None
    by_sent = self.ctx.mentions_by_sent or {}
    for index in range(self.sent.index, max(-1, self.sent.index - ORG_REACH), -1):
        named = [(m.start, m.eid) for m in by_sent.get(index, ()) if m.label == "Organization" and m.eid]
        named += [(t.start, t.owner) for t in self.ctx.titles_in_index(index)  # "IAEO-Generaldirektor X"
                  if t.owner and self.ctx.label(t.owner) == "Organization"]
        named = [(start, eid) for start, eid in named if index < self.sent.index or start < k]
        if named:
            return TokMention(k, k + 1, "Organization", max(named)[1], doc.words[k], "anaphora", self.sent.index)
    return None


def org_after(self: SentenceRelations, hit: Hit) -> list[TokMention]:
    """The organization an anaphor right after the trigger stands for ("Mitglied der Organisation")."""
    for k in (hit.end, hit.end + 1):
        found = org_anaphor(self, k)
        if found is not None:
            return [found]
    return []


def verb_final(self: SentenceRelations, hit: Hit) -> tuple[list[TokMention], list[TokMention]]:
    """"Marokko war der AU 2017 wieder beigetreten", "ist der 180. Staat der Behörde beigetreten": (members,
    organization) read before a clause-final participle; empty when the clause is not of that form."""
    if hit.trigger.words[0] not in VERB_FINAL:
        return [], []
    lowers = self.doc.lowers
    start = next((k for k in range(hit.start - 1, self.sent.start, -1) if lowers[k] == ","), self.sent.start)  # its clause
    orgs = [m for m in self.mentions if m.label == "Organization" and start <= m.start and m.end <= hit.start]
    org = orgs[-1] if orgs else None
    if org is None:
        org = next((a for k in range(hit.start - 1, start, -1) if (a := org_anaphor(self, k)) is not None), None)
    if org is None:
        return [], []
    before = [m for m in self.mentions if m.label == "Country" and start <= m.start and m.end <= org.start]
    members = coordinated_before(self, before[-1]) if before else []
    return members, [org] if members else []


POSSESSIVES = {"'s", "’s", "'", "’"}
# Words between the members' noun and the first member ("the GCC's members, namely A, B and C").
LIST_LEADS = {",", ":", "are", "were", "include", "includes", "included", "including", "namely", "sind", "waren",
              "darunter", "—", "–"}
# Words between an appositive member and its organization ("Myanmar, an ASEAN member", "T, one of CARICOM's").
APPOSITION = {"a", "an", "one", "of", "the", "fellow", "ein", "eine", "einer", "eines", "das", "der", "die"}
APPOSITION_ENDS = {",", "is", "was", "became", "ist", "war", "wurde"}
VERB_GAP = {"was", "were", "is", "are", "has", "have", "had", "been", "wurde", "wurden", "the", "die", "der", "das"}
# Triggers read only with the organization first (a bare member noun or a verb whose subject is the organization).
ORG_FIRST = {("member",), ("members",), ("member", "state"), ("member", "country"), ("member", "states"),
             ("member", "countries"), ("founding", "members"), ("founding", "member"), ("founded", "by"), ("admitted",),
             ("readmitted",), ("gegründet", "von"), ("mitglieder",), ("mitgliedstaaten",), ("mitgliedsstaaten",)}
OPENING_REACH = 12  # sentences back where the body "Members are A and B" opens on may be named
OPENING_OWNERS = {"its", "ihre", "seine"}  # "Its members are A and B", "Mitglieder sind A und B": the body named before
MAX_MODIFIERS = 3  # "the GCC's six founding members": lower-case words between the organization and the noun


def org_first(self: SentenceRelations, hit: Hit) -> bool:
    """MEMBER_OF from a trigger whose organization stands before it: a member noun after the organization
    (possessive or adjacent) or a verb with the organization as its subject ("was founded by", "admitted")."""
    org = _org_before(self, hit) or _opening_org(self, hit)
    if org is None:
        return False
    members = _countries_after(self, hit.end) or _apposition_before(self, org) or _relative_before(self, org)
    for member in members:
        self.emit("MEMBER_OF", member, org, 0.8)
    return bool(members)


def _opening_org(self: SentenceRelations, hit: Hit) -> TokMention | None:
    """"Members are A, B and C", "Mitglieder sind A und B" opening a sentence: the organization named last in
    the sentences before, as a mention over the trigger."""
    lead = hit.start - (self.doc.lowers[hit.start - 1] in OPENING_OWNERS) if hit.start > self.sent.start else hit.start
    if lead != self.sent.start or self.sent.index == 0:
        return None
    by_sent = self.ctx.mentions_by_sent or {}
    for index in range(self.sent.index - 1, max(-1, self.sent.index - OPENING_REACH), -1):
        named = [(m.start, m.eid) for m in by_sent.get(index, ()) if m.label == "Organization" and m.eid]
        named += [(t.start, t.owner) for t in self.ctx.titles_in_index(index)  # "der Generalsekretär der OTS"
                  if t.owner and self.ctx.label(t.owner) == "Organization"]
        if named:
            return TokMention(hit.start, hit.end, "Organization", max(named)[1], "", "anaphora", self.sent.index)
    return None


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
    if k > self.sent.start + 2 and words[k] == ")" and words[k - 2] == "(":
        k -= 3  # "the Economic Cooperation Organization (ECO) was founded by"
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
    if k == org.start - 1 or lowers[k] not in APPOSITION_ENDS:
        return []  # "Slovakia is an EU member state", "Ungarn ist ein EU-Mitglied": the copula's subject too
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


def _not_possessor(self: SentenceRelations, subj: TokMention | None) -> TokMention | None:
    """The nearest member before the trigger ("..., and A and B joined"), passing over a German genitive
    ("Kasachstan ist Deutschlands wichtigster Partner und Mitglied der X": Kazakhstan's membership)."""
    if subj is None or subj.label != "Country" or not subj.surface.endswith("s") or subj.start == self.sent.start:
        return subj
    if self.ctx.finder.gaz.surface.get(subj.surface[:-1]) != subj.eid or not self.doc.words[subj.end][:1].islower():
        return subj
    return self._before(subj.start, {"Country", "Organization"}, pool=self.mentions) or subj


ACCESSION_NOUNS = {"beitritt", "accession"}
SOUGHT = {"einen", "ein", "einem", "über", "um", "an", "on", "for", "possible", "möglichen", "künftigen", "future"}
MEMBER_COPULAS = {"are", "were", "is", "was", "remain", "became", "both", "all", "sind", "waren", "ist", "war"}


NOT_YET = {"künftige", "künftiges", "künftigen", "potenzielle", "potenzielles", "potenziellen", "designierte",
           "designiertes", "angehende", "angehendes", "ehemalige", "ehemaliges", "ehemaligen", "frühere", "früheres",
           "früheren"}  # "das künftige EU-Mitglied Montenegro", "das frühere EU-Mitglied": not a member now


def compound_member(self: SentenceRelations, hit: Hit) -> bool:
    """"das EU-Mitglied Ungarn", "die Nato-Staaten Polen und Litauen": the states after a body's member noun."""
    org = self.ctx.finder.kb_at.get(hit.start)
    if org is None or org.label != "Organization" or not org.props.get("compound") \
            or self.doc.lowers[hit.start - 1] in NOT_YET:
        return False
    members = _countries_after(self, hit.end) or _apposition_before(self, org)
    for country in members:
        self.emit("MEMBER_OF", country, org, 0.8)
    return bool(members)


def member(self: SentenceRelations, hit: Hit) -> bool:
    """MEMBER_OF from a membership trigger: the countries or bodies before it (or after the organization) are
    members of the organization after it (or before it, or the one "the bloc" stands for)."""
    if "-" in hit.trigger.words[0]:
        return compound_member(self, hit)  # "das EU-Mitglied Ungarn"
    if hit.trigger.words in ORG_FIRST:
        return org_first(self, hit)  # "the GCC's six members, A, B and C", "BRICS was founded by A"
    if hit.trigger.words in FOUNDED:  # "A und B haben den Mercosur gegründet": the body before the participle
        members, orgs = verb_final(self, hit)
        for country in members:
            self.emit("MEMBER_OF", country, orgs[0], 0.8)
        return bool(members)
    if hit.trigger.words[0] in ACCESSION_NOUNS and not SOUGHT.isdisjoint(self.doc.lowers[hit.start - 2:hit.start]):
        return False  # "verhandeln über einen Beitritt zur EU", "talks on an accession": not (yet) a member
    start = hit.start
    while start > self.sent.start and self.doc.lowers[start - 1] in MEMBER_COPULAS:
        start -= 1
    members = pair_anaphor(self, start)  # "Both countries are members of X"
    if members is None:
        subj = next((m for m in self.mentions if m.end == start and m.label in ("Country", "Organization")), None) \
            or _not_possessor(self, self._before(hit.start, {"Country", "Organization"}, pool=self.mentions))
        members = coordinated_before(self, subj) if subj else []
    orgs = self._after(hit.end, {"Organization"}, pool=self.mentions) or org_after(self, hit)
    bloc = bloc_org(self, hit.end) if not orgs and members else None  # "joined the bloc in 2024"
    orgs = [TokMention(hit.end, hit.end + 1, "Organization", bloc, "", "anaphora", self.sent.index)] if bloc else orgs
    if orgs and not members:
        members = members_after_org(self, orgs[0])  # "the members of the GCC, Bahrain, Kuwait and Oman"
    inside = members_before_particle(self, hit, members[0]) if members and not orgs else []
    members, orgs = (inside, members[:1]) if inside else (members, orgs)  # "Dem GKR gehören A und B an"
    if not orgs:
        members, orgs = verb_final(self, hit)  # "Marokko war der AU 2017 beigetreten"
    if not (members and orgs):
        return False
    # "... of X along with the United States and Australia"
    members = members + companions(self, orgs[0].end, self.sent.end, {"Country"}, adjacent=True)
    for org in chain(self, orgs[0], orgs, self.sent.end):  # "members of SAARC and BIMSTEC"
        for member in members:
            self.emit("MEMBER_OF", member, org, 0.85)
    return True
