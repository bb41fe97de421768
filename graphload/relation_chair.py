"""Chairmanships handed over: "took over the chairmanship of X from Comoros President Y", "von Norwegen übernommen"."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .relation_audience import body_anaphor
from .relation_hosting import title_person
from .spans import TokMention

if TYPE_CHECKING:
    from .relation_rules import Hit
    from .relations import SentenceRelations

FROM = {"from", "von", "vom"}
POSSESSIVES = ("'s", "’s", "'", "’")  # "Barbados' Prime Minister"
HOLD_VERBS = {"holds", "held", "hold", "assumed", "assumes", "took", "takes", "has", "had"}  # "who holds the presidency"
HANDOVER_REACH = 12  # tokens after the trigger where "from X" may stand


def previous_holder(self: SentenceRelations, hit: Hit, org: str, holder_of: Callable) -> None:
    """The country (or the person its title names) the chairmanship of ``org`` passed from held it too
    ("... from Comoros", "..., taking over from Angolan President X" further on)."""
    lowers = self.doc.lowers
    for k in range(hit.end, self.sent.end - 1):
        if lowers[k] not in FROM or (k >= hit.end + HANDOVER_REACH and lowers[k - 1] != "over"):
            continue
        country = self.ctx.finder.kb_at.get(k + 1)
        if country is not None and country.start == k + 1 and country.label == "Country":
            self.emit("CHAIRED", holder_of(self, country), org, 0.75)
        return


UNDER = {"unter", "under"}
UNDER_LEAD = {"dem", "the"}
HOLDER_PREPS = {"von", "vom", "des", "der", "of"}
HOLDER_REACH = 8  # tokens after "unter dem Vorsitz von" where the chair's name may stand


def under_chair(self: SentenceRelations, hit: Hit) -> bool:
    """"Der Ministerrat des GKR tagte unter dem Vorsitz von Katars Außenminister X", "under the chairmanship of
    X": X (else the country named there) chairs the body the sentence is about; a meeting gives nothing."""
    lowers, k = self.doc.lowers, hit.start - 1
    while k > self.sent.start and lowers[k] in UNDER_LEAD:
        k -= 1
    if k < self.sent.start or lowers[k] not in UNDER:
        return False
    j = hit.end + (hit.end < self.sent.end and lowers[hit.end] in HOLDER_PREPS)
    holder = next((p for p in self.persons if j <= p.start < j + HOLDER_REACH and p.source != "pronoun"), None)
    holder = holder or next((m for m in self.mentions if m.label == "Country" and j <= m.start < j + 3), None)
    if holder is None:
        return True
    body = self._before(k, {"Organization", "Event"}, pool=self.mentions)
    if body is None:
        body = next((m for m in sorted(self.mentions, key=lambda m: m.start) if m.start >= holder.end
                     and m.label in ("Organization", "Event")), None)
    if body is not None and body.label == "Organization":
        self.emit("CHAIRED", holder, body, 0.75)
    return True


BY_REACH = 4  # "chaired this month by X": words between the participle and "by"
BODY_GAP = frozenset({",", "is", "was", "currently", "now", "which", "being"})  # "X, which is currently chaired by"
MEETING_OF = frozenset({"of", "des", "der"})  # "the meeting of X was chaired by Y": a meeting's chair


def chaired_by(self: SentenceRelations, hit: Hit) -> bool:
    """"the AU Peace and Security Council, chaired this month by Egypt", "X is chaired by Y": the country
    after "by" chairs the organization right before the participle."""
    lowers = self.doc.lowers
    if lowers[hit.start] != "chaired" or hit.end != hit.start + 1:
        return False
    k = next((k for k in range(hit.end, min(hit.end + BY_REACH, self.sent.end - 1)) if lowers[k] == "by"), None)
    holder = self.ctx.finder.kb_at.get(k + 1) if k is not None else None
    if holder is None or holder.start != k + 1 or holder.label != "Country":
        return False
    body = self._before(hit.start, {"Organization"}, pool=self.mentions)
    if body is None or not BODY_GAP.issuperset(lowers[body.end:hit.start]) \
            or (body.start > 0 and lowers[body.start - 1] in MEETING_OF):
        return False
    self.emit("CHAIRED", holder, body, 0.75)
    return True


def relative_holder(self: SentenceRelations, hit: Hit) -> TokMention | None:
    """"Larrañaga, who holds the pro tempore presidency of Mercosur": the person a "who holds" clause follows."""
    lowers = self.doc.lowers
    for p in reversed(self.persons):
        if p.end + 2 > hit.start or p.source == "pronoun":
            continue
        gap = lowers[p.end + 2:hit.start]
        if lowers[p.end] == "," and lowers[p.end + 1] == "who" and len(gap) <= 6 and not HOLD_VERBS.isdisjoint(gap):
            return p
        return None
    return None


def chaired(self: SentenceRelations, hit: Hit) -> bool:
    """CHAIRED from a chairmanship trigger: the country (or the person its title names) before it holds the
    chair of the organization named after it, adjacent before it, or meant by "the bloc"."""
    if under_chair(self, hit) or chaired_by(self, hit):
        return True
    for t in self.ctx.titles_in(self.sent):
        if t.start <= hit.start < t.end and t.person_mention is not None:
            return True  # a person's title: handled with the titles
    holder = _holder(self, hit)
    if holder is None:
        return handed_over(self, hit)  # "Zum Abschluss übergab X den Vorsitz der Organisation an Kasachstan"
    org = _chaired_org(self, hit)
    first = self._after(hit.end, {"Event", "Organization"}, pool=self.mentions)[:1]
    if first and first[0].label == "Event" and hit.trigger.words[-1] == "chair":
        return False  # "Estonia will chair the Baltic Summit": a meeting, not the organization
    if org:
        self.emit("CHAIRED", holder, org, 0.8)
        previous_holder(self, hit, org, title_holder)  # "... from Comoros President X"
        next_holder(self, hit, org)  # "handed the presidency of X to Uruguay"
        return True
    return False


def _holder(self: SentenceRelations, hit: Hit) -> TokMention | str | None:
    """Who holds the chair a trigger names: "X, whose country holds", the country before (or its titled
    person), "X, who holds the presidency", or a German genitive right after ("der Vorsitz Albaniens")."""
    whose = whose_country(self, hit)
    if whose is not None:
        return whose
    holder = _verb_subject(self, hit) or self._before(hit.start, {"Country"}, pool=self.mentions)
    if holder is not None:
        return title_holder(self, holder)
    holder = relative_holder(self, hit)
    if holder is not None:
        return holder
    if hit.start - 1 == self.sent.start and self.doc.lowers[hit.start - 1] == "den":  # "Den Vorsitz der AU übernahm X"
        after = self._after(hit.end, {"Country"}, pool=self.mentions)
        return title_holder(self, after[0]) if after else None
    if hit.end < self.sent.end:
        after = self.ctx.finder.kb_at.get(hit.end)
        return after if after is not None and after.label == "Country" and after.start == hit.end else None
    return None


def _verb_subject(self: SentenceRelations, hit: Hit) -> TokMention | None:
    """"X chaired the meeting, as Laos holds the rotating chairmanship": the country right before a verb of
    holding that stands before the trigger (not a country an earlier clause named)."""
    lowers = self.doc.lowers
    verb = next((k for k in range(hit.start - 1, max(self.sent.start, hit.start - 5), -1) if lowers[k] in HOLD_VERBS),
                None)
    if verb is None:
        return None
    country = self.ctx.finder.kb_at.get(verb - 1)
    return country if country is not None and country.end == verb and country.label == "Country" else None


def _chaired_org(self: SentenceRelations, hit: Hit) -> str | None:
    """The organization a chairmanship trigger names: adjacent before it, after "of", near after it, the one
    "the bloc" stands for, or the default of the trigger word (the OSCE's own terms)."""
    doc, kb_at = self.doc, self.ctx.finder.kb_at
    prev = hit.start - 1
    if prev >= 0 and prev in kb_at and kb_at[prev].label == "Organization":
        return kb_at[prev].eid
    body = body_anaphor(self, prev) if prev > self.sent.start else None  # "holds the Council presidency"
    if body is not None:
        return body.eid
    if hit.end < self.sent.end and doc.lowers[hit.end] in ("of", "der", "des"):
        after = self._after(hit.end, {"Organization"}, pool=self.mentions)
        if after and after[0].start <= hit.end + 2:
            return after[0].eid
        body = body_anaphor(self, hit.end + 2)  # "the presidency of the Council"
        if body is not None:
            return body.eid
        if after:
            return after[0].eid
    default = self.ctx.lexicons.default_chair_org.get(doc.lowers[hit.start])
    if default is not None:  # "den Ratsvorsitz im zweiten Halbjahr": the body the word names
        return default
    near = [m for m in self._after(hit.end, {"Organization"}, pool=self.mentions) if m.start - hit.end <= 5
            and not AUDIENCE_LEADS.intersection(doc.lowers[max(hit.end, m.start - 2):m.start])]
    if near:  # "der Vorsitz Albaniens in der OSZE", not "das Programm der Präsidentschaft vor dem Parlament"
        return near[0].eid
    return bloc_org(self, hit.end)


AUDIENCE_LEADS = {"vor", "before", "to"}  # an audience, not the body chaired ("stellte ... vor dem Parlament vor")
BLOC_NOUNS = {"bloc", "grouping", "organisation", "organization", "alliance", "community", "union",
              "staatenbund", "staatenbundes", "bündnis", "bündnisses", "allianz", "gemeinschaft", "staatengruppe",
              "forum", "forums"}  # "den Vorsitz des Forums": the organization named "X Forum" before
NAME_GOES_ON = {"der", "des", "of", "für", "for"}  # "der Organisation für ...": a name, not "the bloc"
BLOC_LEADS = {"the", "of", "der", "des", "die", "dem"}
BLOC_REACH = 4  # sentences back where the organization "the bloc" stands for may be named


def bloc_org(self: SentenceRelations, k: int) -> str | None:
    """"chairs the eight-nation bloc", "the rotating presidency of the bloc": the organization named last in this
    sentence or the few before it (None when no such noun follows within a few words)."""
    lowers = self.doc.lowers
    j = k
    while j < self.sent.end and j - k < 5 and lowers[j] not in BLOC_NOUNS:
        if lowers[j] not in BLOC_LEADS and not self.doc.words[j].islower():
            return None
        j += 1
    if j >= self.sent.end or lowers[j] not in BLOC_NOUNS or j in self.ctx.finder.kb_at \
            or (j + 1 < self.sent.end and lowers[j + 1] in NAME_GOES_ON):
        return None
    by_sent = self.ctx.mentions_by_sent or {}
    for index in range(self.sent.index, self.sent.index - BLOC_REACH, -1):
        orgs = [m for m in by_sent.get(index, ()) if m.label == "Organization" and not m.nested and m.eid
                and m.start < k]
        if orgs:
            return max(orgs, key=lambda m: m.start).eid
    return None


WHOSE_NOUNS = {"country", "nation", "government", "land", "regierung"}
WHOSE_REACH = 10  # words from "whose country" to the chairmanship ("dessen Land seit dem 1. Januar den Vorsitz")


def whose_country(self: SentenceRelations, hit: Hit, reach: int = WHOSE_REACH, clause: bool = False) -> str | None:
    """"Cypriot Foreign Minister X, whose country holds the presidency": the country of X's title (``clause``: only
    when the trigger stands inside that relative clause)."""
    lowers, words = self.doc.lowers, self.doc.words
    for k in range(hit.start - 1 - (not clause), max(self.sent.start, hit.start - reach), -1):
        if clause and lowers[k] == ",":
            return None
        if lowers[k] in ("whose", "dessen", "deren") and lowers[k + 1] in WHOSE_NOUNS and lowers[k - 1] == ",":
            ends = (k - 1, k - 2) if words[k - 2].islower() else (k - 1,)  # "vom Minister X ausgerichtet, dessen Land"
            for t in self.ctx.titles_in(self.sent):
                if t.person_mention is not None and t.person_mention.end in ends and t.owner \
                        and self.ctx.label(t.owner) == "Country":
                    return t.owner
            return None
    return None


HANDOVER = {"handed", "hand", "hands", "handing", "passed", "passes", "passing", "transferred", "transfers",
            "übergab", "übergibt", "übergeben"}
TO = {"to", "an"}


def next_holder(self: SentenceRelations, hit: Hit, org: str) -> None:
    """"handed the rotating presidency of Mercosur to Uruguay", "übergab den Vorsitz an X": the country after
    "to" holds the chair next."""
    lowers = self.doc.lowers
    if HANDOVER.isdisjoint(lowers[max(self.sent.start, hit.start - 5):hit.start]):
        return
    for k in range(hit.end, min(self.sent.end - 1, hit.end + HANDOVER_REACH)):
        if lowers[k] in TO:
            country = self.ctx.finder.kb_at.get(k + 1)
            if country is not None and country.start == k + 1 and country.label == "Country":
                self.emit("CHAIRED", title_holder(self, country), org, 0.75)
            person = next((p for p in self.persons if p.start == k + 1 and p.source != "pronoun"), None)
            if person is not None:  # "handed over the presidency of the Arab League to al-Khafaji"
                self.emit("CHAIRED", person, org, 0.75)
            return


def handed_over(self: SentenceRelations, hit: Hit) -> bool:
    """A chairmanship handed on by someone who is not its holder: only the country after "to"/"an" holds it."""
    lowers = self.doc.lowers
    if HANDOVER.isdisjoint(lowers[max(self.sent.start, hit.start - 5):hit.start]):
        return False
    org = _chaired_org(self, hit)
    if org:
        next_holder(self, hit, org)
    return bool(org)


def title_holder(self: SentenceRelations, country: TokMention) -> TokMention | str:
    """"Mauritanian President X took over the chairmanship": the country names X's post; X holds the chair.
    "Mauritania's X takes over the chairmanship": the person after the possessive holds it."""
    k = country.end
    if k + 1 < self.sent.end and self.doc.lowers[k] in POSSESSIVES:
        person = next((m for m in self.persons if m.start == k + 1 and m.source != "pronoun"), None)
        if person is not None:
            return person
        titled = title_person(self, country)  # "from Madagascar's President X"
        if titled:
            return titled[0]
    for t in self.ctx.titles_in(self.sent):
        pm = t.person_mention
        if t.start <= country.start < t.end and pm is not None and t.person and (
                "," not in self.doc.words[pm.end:pm.end + 1] or self.doc.lowers[pm.end + 1:pm.end + 2] == ["who"]):
            return t.person  # "X, who chairs the bloc", not "X, whose country held the presidency"
    return country
