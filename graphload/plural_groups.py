"""Plural anaphors of persons: "both ministers", "the two presidents", "the leaders of X and Y", "die beiden
Außenminister", "die Staatschefs", "beide" and German "sie" with a plural verb ("Sie besuchten", "nahmen sie").

They stand for the pair of persons the text last named together: joined as a sentence's subject ("A and B met")
or as the two sides of a meeting ("A welcomed B"). The words below carry the pronoun flag bit, so a document
without them costs nothing; each hit is checked against its neighbours only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .relations import RelationContext, SentenceRelations

# plural heads of person groups (after "both", "the two", "beide(n)"); German "Minister", "Politiker" are only
# plural after "beide(n)"
GROUP_HEADS = {
    "en": {"ministers", "leaders", "presidents", "premiers", "chancellors", "envoys", "sides", "heads",
           "politicians", "counterparts", "statesmen", "officials"},
    "de": {"minister", "außenminister", "ministerinnen", "außenministerinnen", "präsidenten", "präsidentinnen",
           "politiker", "politikerinnen", "staatschefs", "staatschefinnen", "regierungschefs", "regierungschefinnen",
           "ministerpräsidenten", "ministerpräsidentinnen", "premierminister", "staatsoberhäupter", "seiten",
           "amtskollegen", "amtskolleginnen", "kanzler", "spitzenpolitiker", "gesprächspartner"},
}
# forms that are plural after a sentence-opening "Die" alone ("Die Staatschefs berieten")
PLURAL_ONLY = {"staatschefs", "staatschefinnen", "regierungschefs", "regierungschefinnen", "präsidentinnen",
               "ministerinnen", "außenministerinnen", "politikerinnen", "ministerpräsidentinnen",
               "staatsoberhäupter"}
BOTH = {"en": {"both"}, "de": {"beide", "beiden"}}
# "both later visited", "wo beide eine Rede hielten": "both"/"beide" alone, before one of these words
BOTH_ALONE_NEXT = {
    "en": {"also", "later", "then", "subsequently", "jointly", "separately", "have", "had", "were", "are", "will"},
    "de": {"ein", "eine", "einen", "sich", "am", "an", "auf", "im", "in", "mit", "vor", "bei", "auch", "später",
           "anschließend", "dann", "danach", "zudem", "jeweils", "gemeinsam", "zuvor", "hatten", "haben", "waren",
           "sind", "wurden", "nahmen", "trafen", "hielten", "besuchten", "reisten", "sprachen"},
}
GROUP_WORDS = {lang: heads | BOTH[lang] for lang, heads in GROUP_HEADS.items()}
# lower-case words ending in "-en" next to "sie" that are not its plural verb ("sie den", "sie ihren")
NOT_PLURAL_VERBS = {"den", "denen", "einen", "ihnen", "ihren", "seinen", "diesen", "allen", "beiden", "keinen",
                    "wegen", "gegen", "zwischen", "neben", "eben", "deren", "welchen", "jenen", "unseren", "morgen",
                    "oben", "unten", "nachdem", "wollen"}
NUMERAL_TWO = {"two", "zwei"}
# capitalised words of a plural post before its head: "the two Prime Ministers", "both Foreign Ministers"
HEAD_MODIFIERS = {"prime", "foreign", "vice", "deputy", "defence", "defense", "finance", "trade", "interior"}
GOVERNING = {"from", "of", "on", "for", "between", "among", "aus", "von", "auf", "für", "zwischen", "unter"}
SUBORDINATORS = {"wo", "als", "nachdem", "dass", "weil", "wenn", "bevor", "da", "ob", "wobei", "während"}
CLAUSE_ENDS = {",", ".", ";"}
CLAUSE_REACH = 16  # words from "wo sie" to the verb that ends the clause
LOOK_BACK = 12  # sentences a group noun looks back for its pair


def group_anaphor(ctx: RelationContext, i: int, start: int) -> bool:
    """Whether the flagged word at ``i`` (in a sentence opening at ``start``) names a pair of persons."""
    lang, lowers = ctx.resolver.lang, ctx.doc.lowers
    low = lowers[i]
    if low in BOTH.get(lang, ()):
        return i + 1 < len(lowers) and (lowers[i + 1] in BOTH_ALONE_NEXT[lang]) and not _governed(lowers, i, start)
    k = i - 1 if i - 1 > start and (ctx.doc.words[i - 1].islower() or lowers[i - 1] in HEAD_MODIFIERS) \
        and lowers[i - 1] not in NUMERAL_TWO \
        and lowers[i - 1] not in BOTH[lang] and lowers[i - 1] not in ("the", "die", "der") else i
    before = lowers[k - 1] if k - 1 >= start else ""
    if before in BOTH[lang]:
        return not _governed(lowers, k - 1, start)
    if before in NUMERAL_TWO and k - 2 >= start and lowers[k - 2] in ("the", "die", "both"):
        return not _governed(lowers, k - 2, start)
    if lang == "de":
        return low in PLURAL_ONLY and k == i and i - 1 == start and lowers[start] == "die"
    if k != i or before != "the":
        return False
    countries = _of_countries(ctx, i)  # "the presidents of Ghana and Togo": their holders, else the last pair
    if countries:
        ctx.group_at[i] = _holders(ctx, i, countries)
    return bool(countries)


def _governed(lowers: list[str], j: int, start: int) -> bool:
    """Whether the group phrase opening at ``j`` follows a preposition ("officials from both sides", "von beiden
    Seiten"): not a subject or object that stands for persons."""
    return j - 1 >= start and lowers[j - 1] in GOVERNING


def _of_countries(ctx: RelationContext, i: int) -> list[str]:
    """"... of Ghana and Togo": the countries joined right after "of" (empty when there are not two)."""
    lowers, kb_at = ctx.doc.lowers, ctx.finder.kb_at
    if i + 2 >= len(lowers) or lowers[i + 1] != "of":
        return []
    out, k = [], i + 2
    while k < len(lowers) and (m := kb_at.get(k) or (kb_at.get(k + 1) if lowers[k] == "the" else None)) \
            is not None and m.label == "Country":
        out.append(m.eid)
        k = m.end + 1
        if k - 1 >= len(lowers) or lowers[k - 1] not in (",", "and"):
            break
    return out if len(out) > 1 else []


def _holders(ctx: RelationContext, i: int, countries: list[str]) -> tuple[str, ...]:
    """The persons last named before token ``i`` with a post of each country (empty unless all are found)."""
    last = {t.owner: t.person for t in ctx.finder.titles if t.start < i and t.person and t.owner in countries}
    return tuple(last[c] for c in countries) if len(last) == len(countries) else ()


def plural_sie(ctx: RelationContext, i: int) -> bool:
    """German "sie" as "they": a plural finite verb next to it ("Sie besuchten", "nahmen sie", "sie haben")."""
    words, lowers = ctx.doc.words, ctx.doc.lowers
    if i >= 1 and lowers[i - 1] in SUBORDINATORS:  # "wo sie an der Eröffnung teilnahmen": the clause-final verb
        end = min(i + CLAUSE_REACH, len(words) - 1)
        k = next((k for k in range(i + 1, end) if words[k + 1] in CLAUSE_ENDS and words[k].islower()), None)
        return k is not None and _plural_verb(lowers[k])
    for k in (i + 1, i - 1):
        if 0 <= k < len(words) and words[k].islower() and _plural_verb(lowers[k]):
            return ctx.finder.sent_of[k] == ctx.finder.sent_of[i]
    return False


def _plural_verb(low: str) -> bool:
    """A lower-case word that can be a plural finite verb ("besuchten", "nahmen", "haben")."""
    return low.endswith("en") and low not in NOT_PLURAL_VERBS


def sentence_pair(sr: SentenceRelations, i: int) -> tuple[str, ...]:
    """"A held talks with B, and the two ministers signed": the last two persons named before ``i`` in its
    sentence (empty when fewer)."""
    if i not in sr.ctx.group_at:
        return ()
    named = list(dict.fromkeys(m.eid for m in sr.mentions if m.label == "Person" and m.eid and m.end <= i))
    return tuple(named[-2:]) if len(named) > 1 else ()


def met_pair(sr: SentenceRelations) -> tuple[str, ...]:
    """"A welcomed B", "A held talks with B": the two persons of a sentence's only meeting."""
    ends = {e for r in sr.out if r.type == "MET_WITH" for e in (r.source, r.target)}
    return tuple(sorted(ends)) if len(ends) == 2 else ()


@dataclass
class PairMemory:
    """The sentences read so far, to find on demand the pair a plural anaphor stands for: the last persons joined
    as a subject or by a group noun ("A and B met", "the two presidents"), else the two sides of the last meeting
    ("A welcomed B"). Nothing is computed for a sentence until an explicit plural anaphor asks."""

    past: list = field(default_factory=list)
    groups: dict = field(default_factory=dict)  # sentence index -> its joined group, read once

    def read(self, ctx: RelationContext, index: int, sr: SentenceRelations | None) -> tuple[str, ...]:
        """Remember sentence ``index`` (``sr`` None: a skipped sentence); the group of the next one."""
        if sr is not None and ctx.reach_back:
            self.past.append(sr)
        plural = ctx.plural_at.get(index + 1)
        if not plural:
            return ()
        group = self._group(sr) if sr is not None else ()  # "they": the persons joined as the subject before
        if not ctx.reach_back or not (ctx.resolver.lang == "de" or any(i in ctx.group_at for i in plural)):
            return group
        return group or self._look_back()

    def _group(self, sr: SentenceRelations) -> tuple[str, ...]:
        """``sr.group()``, worked out once per sentence."""
        index = sr.sent.index
        if index not in self.groups:
            self.groups[index] = sr.group()
        return self.groups[index]

    def _look_back(self) -> tuple[str, ...]:
        """The last joined pair within reach, else the last meeting's two sides."""
        met: tuple[str, ...] = ()
        for sr in reversed(self.past[-LOOK_BACK:]):
            group = self._group(sr)
            if group:
                return group
            met = met or met_pair(sr)
        return met
