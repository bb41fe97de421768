"""Attendance read from groups and from the gathering a text reports: "Delegations from A and B took part in
the discussions, as did representatives of X", "were among the participants", "Vertreter aus X nahmen teil".

Every function starts from an ATTENDED trigger hit, so sentences without one cost nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import relation_delegations as delegations
from .relation_groups import chain
from .relation_hosting import event_at_or_before
from .spans import TokMention

if TYPE_CHECKING:
    from .relation_rules import Hit
    from .relations import SentenceRelations

# What one takes part in when it is the reported gathering itself ("took part in the discussions")
PART_NOUNS = {"discussions", "talks", "deliberations", "debate", "debates", "proceedings", "consultations", "work",
              "beratungen", "gesprächen", "diskussionen", "diskussion", "debatte", "arbeiten", "sitzungen",
              "eröffnungssitzung", "abschlusssitzung", "plenarsitzung", "eröffnung", "opening"}
LEADS = {"the", "its", "their", "der", "den", "die", "dem"}
# Words a separable "nahm ... teil" may enclose when nothing is named ("nahmen ebenfalls teil")
ALSO = {"also", "too", "ebenfalls", "auch", "daran", "ebenso", "zudem", "außerdem"}
ENDS = {".", ",", ";", "as", "and", "und", "sowie"}
GROUP_KINDS = {"Country", "Organization"}
PARTICIPANTS = {"participants", "teilnehmern", "teilnehmerinnen"}
AS_DID = (("as", "did"), ("as", "were"), ("ebenso",), ("as", "well", "as"))
VERB_FINAL_PARTICIPATION = {"teilnimmt", "teilnahm", "teilnahmen", "teilnehmen", "teilgenommen"}  # "an X teilnimmt"
RELATIVE_PRONOUNS = {"dem", "der", "denen", "welchem", "welcher"}  # ", an dem ... teilnehmen"


def clause_final_an(self: SentenceRelations, hit: Hit) -> int:
    """Where the subject of "wo sie an der Konferenz der ADB teilnimmt" ends: before the "an" of a clause-final
    participation verb (a body named inside the event phrase is not the participant); else the trigger."""
    if self.doc.lowers[hit.start] not in VERB_FINAL_PARTICIPATION:
        return hit.start
    lowers = self.doc.lowers
    an = next((k for k in range(hit.start - 1, max(self.sent.start, hit.start - 12), -1) if lowers[k] in ("an", "am")),
              hit.start)
    return hit.start if lowers[an - 1] == "," else an  # "das Forum, an dem Vertreter der ADB teilnahmen": after it


def outside_relative(self: SentenceRelations, hit: Hit, subj: TokMention | None) -> TokMention | None:
    """"das Forum, an dem rund 200 Unternehmen teilnehmen": a name before the relative clause is not its subject."""
    lowers = self.doc.lowers
    if subj is None or lowers[hit.start] not in VERB_FINAL_PARTICIPATION:
        return subj
    an = next((k for k in range(hit.start - 1, max(self.sent.start, hit.start - 12), -1) if lowers[k] in ("an", "am")),
              None)
    relative = an is not None and subj.start < an and lowers[an - 1] == "," and lowers[an + 1] in RELATIVE_PRONOUNS
    return None if relative else subj


def reported_event(self: SentenceRelations, hit: Hit) -> list[TokMention]:
    """The latest gathering named before when the trigger names none ("took part in the discussions")."""
    lowers, words = self.doc.lowers, hit.trigger.words
    if "..." in words:
        inner = lowers[hit.start + 1:hit.end - 1]
        ok = all(w in ALSO for w in inner) or (bool(inner) and inner[-1] in PART_NOUNS)
    elif not PARTICIPANTS.isdisjoint(words) or words[0] == "among":  # "zu den Teilnehmern gehörten X"
        ok = True
    else:
        k = hit.end
        while k < self.sent.end and lowers[k] in LEADS:
            k += 1
        ok = k >= self.sent.end or lowers[k] in PART_NOUNS or (k == hit.end and lowers[k] in ENDS)
    event = self.latest_event(hit.start, hit.start, hit.end) if ok else None
    return [event] if event is not None else []


def as_did(self: SentenceRelations, hit: Hit, event: TokMention, rel: str = "ATTENDED") -> None:
    """", as did representatives of X", ", ebenso Delegationen der X": more participants after the clause
    (``rel`` ADDRESSED: "spoke at the opening, as did the Commissioner ..., X": more speakers, persons only)."""
    lowers = self.doc.lowers
    kinds, pool = (GROUP_KINDS, self.mentions) if rel == "ATTENDED" else ({"Person"}, self.persons)
    for k in range(hit.end, self.sent.end - 1):
        for form in AS_DID:
            if tuple(lowers[k:k + len(form)]) == form and lowers[k - 1] == ",":
                after = [m for m in pool if m.label in kinds and k < m.start < k + (8 if rel == "ATTENDED" else 20)]
                after.sort(key=lambda m: m.start)
                for who in chain(self, after[0], pool, self.sent.end) if after else []:
                    self.emit(rel, who, event, 0.75)
                return


ATTENDEE_KINDS = {"Person", "Country", "Organization"}
PASSIVE_AUX = {"was", "were", "is", "are", "been", "be", "being"}
LIST_LEADS = (("among", "them"), ("among", "whom"), ("including",), ("such", "as"))


def passive_attendance(self: SentenceRelations, hit: Hit) -> bool:
    """"The summit was (also) attended by X, Y and Z", "... attended by 14 leaders, among them X and Y":
    the agents attended the event named (or meant by "the summit") before the passive."""
    lowers = self.doc.lowers
    gathered = lowers[hit.end - 1] == "together"  # "the summit took place in X, bringing together the leaders of A"
    if not gathered and (hit.end >= self.sent.end or lowers[hit.end] != "by"
                         or PASSIVE_AUX.isdisjoint(lowers[max(self.sent.start, hit.start - 3):hit.start])):
        return False  # "was (also) attended by", "had been attended by"
    event = event_at_or_before(self, hit.start)
    if event is None:
        return gathered
    owners = {k for t in self.ctx.titles_in(self.sent) if t.person_mention is not None
              for k in range(_owner_start(self, t.start), t.end)}  # "Indian Prime Minister X", "Pakistan's ... X"
    cands = sorted((m for m in self.persons + self.mentions if m.start > hit.end and m.label in ATTENDEE_KINDS
                    and (m.label == "Person" or m.start not in owners)), key=lambda m: m.start)
    if not cands:
        return gathered
    at = hit.end + (not gathered)  # after "by"
    gap = tuple(lowers[k] for k in range(at, cands[0].start) if k not in owners)
    if len(gap) > 2 and not any(gap[k:k + len(f)] == f for f in LIST_LEADS for k in range(len(gap))):
        # "by the foreign ministers of A, B and C": the states; "by the ministers of all SCO member states, including X"
        cands = delegations.role_countries(self, hit.end, self.sent.end) or _listed(self, at, cands)
        if not cands:
            return gathered  # "attended by some 300 delegates from X": not X itself
    for who in chain(self, cands[0], cands, self.sent.end):
        self.emit("ATTENDED", who, event, 0.8)
    return True


def _owner_start(self: SentenceRelations, start: int) -> int:
    """Where a titled person's post begins with the country before it ("Indian", "Pakistan 's")."""
    lowers = self.doc.lowers
    k = start - 2 if start >= 2 and lowers[start - 1] in ("'s", "’s") else start - 1
    m = self.ctx.finder.kb_at.get(k)
    return m.start if m is not None and m.label == "Country" and m.end in (start, start - 1) else start


def _listed(self: SentenceRelations, start: int, cands: list[TokMention]) -> list[TokMention]:
    """The candidates after the first ", including" / ", among them" from ``start`` on; empty when none."""
    lowers = self.doc.lowers
    for k in range(start, self.sent.end - 1):
        if lowers[k] == "," and any(tuple(lowers[k + 1:k + 1 + len(f)]) == f for f in LIST_LEADS):
            listed = [m for m in cands if m.start > k]
            persons = [m for m in listed if m.label == "Person"]
            return persons or listed  # "including Pakistan's Foreign Minister X": X, not Pakistan
    return []


def title_bearer(self: SentenceRelations, subj: TokMention | None) -> TokMention | None:
    """"X, regional director of the UNDP, also took part": the body or state a person's title names stands for
    that person, not for a participant of its own."""
    if subj is None or subj.label == "Person":
        return subj
    for t in self.ctx.titles_in(self.sent):
        pm = t.person_mention
        if pm is not None and pm.eid and (t.start <= subj.start < t.end or _of_after(self, pm, subj)):
            return next((p for p in self.persons if p.start == pm.start), subj)
        if pm is None and t.person and t.start <= subj.start < t.end:  # "the New Zealand Foreign Minister"
            return next((p for p in self.persons if p.start == t.start and p.eid == t.person), subj)
    return subj


def _of_after(self: SentenceRelations, person: TokMention, body: TokMention) -> bool:
    """"Foreign Minister X of New Zealand": the state named right after the titled name."""
    return body.start == person.end + 1 and self.doc.lowers[person.end] == "of"


def intransitive(self: SentenceRelations, hit: Hit) -> bool:
    """"X also attended, arriving from a meeting in Y": a one-word trigger ends its clause; what follows is not its
    object (the gathering is the one reported)."""
    return len(hit.trigger.words) == 1 and hit.end < self.sent.end and self.doc.words[hit.end] in (",", ";")


REPORT_VERBS = frozenset({"said", "says", "told", "tells", "added", "noted", "stressed", "sagte", "sagt", "erklärte",
                          "betonte"})


def past_report(self: SentenceRelations, hit: Hit, events: list[TokMention]) -> bool:
    """"X, who joined the talks, said Y expected backing for the Z Conference": a reporting verb between the
    trigger and the gathering ends the trigger's clause; the gathering is not what X attended."""
    return bool(events) and not REPORT_VERBS.isdisjoint(self.doc.lowers[hit.end:events[0].start])


COPULAS = {"war", "waren", "ist", "sind", "wird", "werden", "wurde", "wurden"}
PASSIVES = {"wurde", "wurden"}  # "Kirgisistan wurde von X vertreten": only a state or body is represented
NOT_ATTENDEE_LEADS = {"in", "im", "an", "am", "auf", "bei", "beim"}  # "Im Rat sind alle Staaten vertreten": a body


def represented(self: SentenceRelations, hit: Hit) -> bool:
    """"Norwegen war mit Ministerin X vertreten", "Auch die EU war vertreten": the state or body and the person it
    sent attended the gathering named before the participle, else the latest one the text named."""
    lowers = self.doc.lowers
    if lowers[hit.start] != "vertreten" or COPULAS.isdisjoint(lowers[self.sent.start:hit.start]):
        return lowers[hit.start] == "vertreten"  # "hat die Position vertreten": no attendance
    if not PASSIVES.isdisjoint(lowers[self.sent.start:hit.start]) and not any(
            m.label in GROUP_KINDS and self.sent.start <= m.start < hit.start for m in self.mentions):
        return True  # "Die Position wurde von X vertreten": a view, not a delegation
    named = [m for m in self.mentions if m.label == "Event" and self.sent.start <= m.start and m.end <= hit.start]
    if not named and _stationed(self, hit.start):
        return True  # "In Astana ist die Schweiz durch Botschafterin X vertreten": a post there, no gathering
    event = named[-1] if named else self.latest_event(hit.start, hit.start, hit.end)
    if event is None:
        return True
    owners = {k for t in self.ctx.titles_in(self.sent) if t.person_mention is not None for k in range(t.start, t.end)}
    for m in sorted(self.mentions + self.persons, key=lambda m: m.start):
        if self.sent.start <= m.start and m.end <= hit.start and m.label in ATTENDEE_KINDS and m.eid != event.eid \
                and (m.label == "Person" or m.start not in owners) and not _in_relative(lowers, self.sent.start, m.start) \
                and NOT_ATTENDEE_LEADS.isdisjoint(lowers[max(self.sent.start, m.start - 2):m.start]):
            self.emit("ATTENDED", m, event, 0.75)
    return True


def _stationed(self: SentenceRelations, end: int) -> bool:
    """A place or country led by "in" stands before token ``end`` (representation in a capital, not at an event)."""
    lowers = self.doc.lowers
    return any(self.sent.start < m.start < end and m.label in ("Place", "Country") and lowers[m.start - 1] == "in"
               for m in self.mentions)


RELATIVE_PRONOUNS = {"das", "der", "die", "dem", "den", "which", "who"}


def _in_relative(lowers: list[str], start: int, i: int) -> bool:
    """"Turkmenistan, das ... Mitglied der GUS ist, war vertreten": token ``i`` is inside a relative clause."""
    for k in range(i - 1, start, -1):
        if lowers[k] == ",":
            return lowers[k + 1] in RELATIVE_PRONOUNS
    return False


def fronted_event(self: SentenceRelations, hit: Hit) -> list[TokMention]:
    """"An dem Treffen nahmen X und Y teil", "Am Gipfel nahm X teil": the gathering fronted before the verb."""
    lowers, first = self.doc.lowers, self.sent.start
    if lowers[first] not in ("an", "am") or first + 1 >= hit.start:
        return []
    named = [m for m in self.mentions if m.label == "Event" and m.start in (first + 1, first + 2) and m.end <= hit.start]
    anaphor = None if named else self._event_anaphor(first + 1)
    if anaphor is not None and anaphor.start <= first + 3 and anaphor.end <= hit.start:
        return [anaphor]
    return named[:1]


def on_behalf(self: SentenceRelations, subj: TokMention | None, hit: Hit, stop: int) -> TokMention | None:
    """"Für Brasilien nahm Ministerin X teil", "For Brazil, Minister X attended": the person after the verb, not
    the state the sentence opens with."""
    if subj is None or subj.label == "Person" or subj.start - self.sent.start not in (1, 2):
        return subj
    lowers = self.doc.lowers
    if lowers[self.sent.start] not in ("für", "for") or subj.start > hit.start:
        return subj
    after = [p for p in self._after(hit.end, {"Person"}, pool=self.persons) if p.start < stop]
    return after[0] if after else subj


def role_groups(self: SentenceRelations, hit: Hit) -> bool:
    """"An dem Treffen nahmen die Präsidenten Russlands und Armeniens teil": the states whose unnamed office holders
    stand inside a separable trigger attended the gathering fronted or reported."""
    if "..." not in hit.trigger.words:
        return False
    try:  # a gapped hit covers its first word only: the group stands before the particle ("teil")
        end = self.doc.lowers.index(hit.trigger.words[-1], hit.end, self.sent.end)
    except ValueError:
        return False
    groups = delegations.role_countries(self, hit.start, end)
    events = (fronted_event(self, hit) or self._events_after(hit.end) or [self.latest_event(hit.start, hit.start, hit.end)]) \
        if groups else []
    for state in groups if events and events[0] is not None else []:
        self.emit("ATTENDED", state, events[0], 0.75)
    for who in _named_among(self, end + 1) if groups and events and events[0] is not None else []:
        self.emit("ATTENDED", who, events[0], 0.75)  # "..., darunter X und Y": the holders named after them
    return bool(groups)


AMONG = {"darunter", "including"}


def _named_among(self: SentenceRelations, k: int) -> list[TokMention]:
    """The persons joined after ", darunter" at ``k`` ("teil, darunter X und Y"); empty when none follows."""
    lowers = self.doc.lowers
    if k + 2 >= self.sent.end or lowers[k] != "," or lowers[k + 1] not in AMONG:
        return []
    first = next((p for p in self.persons if p.start == k + 2), None)
    return chain(self, first, self.persons, self.sent.end) if first is not None else []
