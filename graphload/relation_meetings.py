"""The meeting rule (MET_WITH): "A met B", "B was received by A", "talks between A and B", German verb-final
"traf ... zusammen"."""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING

from . import relation_hospitality as hospitality
from . import relation_protocol as protocol
from . import relation_visits as visits
from .relation_groups import coordinated, mit_object
from .relation_perfect import clause_object, perfect_meeting
from .spans import TokMention

if TYPE_CHECKING:
    from .relation_rules import Hit
    from .relations import SentenceRelations


WELCOME_VERBS = {"welcomed", "welcomes", "welcome", "greeted", "greets"}  # met only a person right after them
BETWEEN = {"between", "zwischen"}  # "talks between A and B": the trigger names both parties after it
BETWEEN_JOINS = {"and", "und"}
POSSESSOR_S = frozenset({"'s", "’s"})  # "met Mr X's successor, Y": X is not met
RELATIVE_GAP = {",", "which", "that", "was", "is", "were", "had", "been", "der", "die", "das", "wurde"}


def event_before(self: SentenceRelations, hit: Hit) -> TokMention | None:
    """"the EU-Central Asia Summit, hosted by X": the passive describes the event, not a person."""
    before = [m for m in self.mentions if self.sent.start <= m.start and m.end <= hit.start]
    last = max(before, key=attrgetter("end"), default=None)
    if last is None or last.label != "Event":
        return None
    gap = self.doc.lowers[last.end:hit.start]
    if len(gap) <= 2 or (len(gap) <= 4 and all(w in RELATIVE_GAP for w in gap)):  # ", which was hosted by"
        return last
    return None


def met(self: SentenceRelations, hit: Hit) -> bool:
    """"A met B", "B was received by A": the subject (and those joined to it) met each object."""
    if self.doc.lowers[hit.end - 1] in BETWEEN:
        return _met_between(self, hit)
    if hit.trigger.words[-1] == protocol.LETTERS and protocol.verb_first(self, hit):
        return True
    if hit.trigger.passive and hit.trigger.words[0] in protocol.CO_CHAIRS:
        return protocol.co_chaired_talks(self, hit)
    passive = self._passive(hit)
    if passive and (event_before(self, hit) is not None or hospitality.meal_patient(self, hit)):
        return False  # "the X Summit, hosted by Y", "met Z at a dinner hosted by Y"
    if passive:
        at, objs = self._agents(hit)
        subj = self._before(at, {"Person"}, pool=self.persons)
        subj, objs = (perfect_meeting(self, hit) or (subj, objs)) if not objs else (subj, objs)  # "X hat Y empfangen"
    else:
        subj = self._before(hit.start, {"Person"}, pool=self.persons)
        stop = _clause_end(self, hit.end)
        objs = [o for o in self._after(hit.end, {"Person"}, pool=self.persons) if o.start < stop
                and (o.end >= len(self.doc.words) or self.doc.words[o.end] not in POSSESSOR_S)]  # "met X's successor"
        if objs and self.doc.lowers[hit.start] in WELCOME_VERBS:  # "welcomed X to the White House", not
            guest = hospitality.person_right_after(self, hit.end)  # "welcomed the remarks of X"
            objs = [guest] if guest is not None else []
        german = self.ctx.resolver.lang == "de"
        if subj is None and objs and german:
            subj, objs = objs[0], objs[1:]  # verb-second: "traf Guterres mit X zusammen"
        elif german and not objs and subj is not None:  # "..., wo ihn X am Flughafen empfing"
            subj, objs = clause_object(self, hit) or _verb_final_met(self, hit, subj)
    plural = passive and self.doc.lowers[hit.start - 1] == "were"  # "A and his counterpart, B, were received by"
    subjects = [subj] if subj is None or (passive and not plural) else coordinated(self, subj)
    for o in objs:
        for who in subjects:
            if who is not None and o.eid != who.eid:
                self.emit("MET_WITH", who, o, 0.85)
    if objs and subj is not None:
        visits.fronted_place(self, subj)  # "In Jakarta trifft sie X"
    if not objs and len(subjects) > 1 and subjects[0].end <= hit.start:  # "A and B held talks"
        for who in subjects[1:]:
            self.emit("MET_WITH", who, subjects[0], 0.8)
        return True
    return bool(objs and subj)


def _met_between(self: SentenceRelations, hit: Hit) -> bool:
    """"a meeting between A and B", "Treffen zwischen A und B": the two persons joined after it met."""
    stop = _clause_end(self, hit.end)
    pair = [o for o in self._after(hit.end, {"Person"}, pool=self.persons) if o.start < stop][:2]
    if len(pair) < 2 or pair[0].eid == pair[1].eid or not BETWEEN_JOINS.intersection(
            self.doc.lowers[pair[0].end:pair[1].start]):
        return False
    self.emit("MET_WITH", pair[0], pair[1], 0.8)
    return True


def _verb_final_met(self: SentenceRelations, hit: Hit, subj: TokMention) -> tuple[TokMention, list[TokMention]]:
    """German verb-final meeting: "wo sie mit X zusammentraf" (X after "mit"), "X hat ... Y getroffen"."""
    mit = [m for m in self.persons if subj.end <= m.start and m.end <= hit.start and m.eid != subj.eid
           and mit_object(self, m, hit.end)]
    if mit:
        return subj, mit
    first = _relative_antecedent(self, hit.start) or self._before(hit.start, {"Person"}, nearest=False,
                                                                  pool=self.persons)
    if first is not None and first.eid != subj.eid:
        return first, [subj]
    return subj, []


def _relative_antecedent(self: SentenceRelations, i: int) -> TokMention | None:
    """"vom Außenminister X, der zudem mit Y zusammentraf": the person a relative pronoun before ``i`` follows."""
    lowers = self.doc.lowers
    words = self.doc.words
    found = [p for p in self.persons if p.end + 2 < i and lowers[p.end] == "," and lowers[p.end + 1] in ("der", "die")
             and words[p.end + 2][:1].islower()]  # not an apposition ("X, die Ministerin Y")
    return found[-1] if found else None


def _clause_end(self: SentenceRelations, i: int) -> int:
    """Where a second verb joined by "and" starts ("called on X ... and conveyed greetings from Y"), or a
    meal's passive ("met Y at a dinner hosted by Z": Z hosted the dinner)."""
    lowers, words = self.doc.lowers, self.doc.words
    for k in range(i, self.sent.end - 1):
        nxt = words[k + 1]
        if lowers[k] == "and" and nxt.islower() and (nxt.endswith("ed") or nxt in self.ctx.lex.triggers):
            return k
        if lowers[k] in hospitality.MEALS and nxt.endswith("ed") and k + 2 < self.sent.end and lowers[k + 2] == "by":
            return k
    return self.sent.end
