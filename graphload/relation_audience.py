"""Audiences that stand for the gathering a text reports: "told the plenary", "sprach vor den Teilnehmern"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .relation_groups import chain
from .spans import TokMention

if TYPE_CHECKING:
    from .relation_rules import Hit
    from .relations import SentenceRelations

# "hielt eine Rede vor den X", "sprach zu den Delegierten", "an das Plenum"
AUDIENCE_LEADS = {"the", "der", "die", "das", "den", "dem", "all", "alle", "allen", "vor", "an", "zu"}
AUDIENCE_MODIFIERS = {"a", "an", "assembled", "gathered", "opening", "closing", "final", "first", "versammelten"}
SPEECH_WITH = {"with", "mit"}  # "opened the conference with a speech", "eröffnete den Gipfel mit einer Rede"
SPEECH_LEADS = {"a", "an", "opening", "closing", "keynote", "brief", "einer", "einem", "kurzen", "kurzer"}
BARE_NOUNS = {("speech",), ("remarks",)}  # triggers only in "with a speech"
LEADERS = {"leaders"}  # an audience that may be named at a gathering other than the latest one
BRIEFINGS = {"briefed", "briefing", "briefs"}
IMPLIED = {"keynote"}  # "delivered the keynote address": at the gathering the text reports
OPENING_WORDS = {"opening", "inaugural", "closing", "welcoming"}  # "delivered the opening address": the same
SPEECHES = {"address", "speech", "remarks", "statement"}
SPEAKER_NOUNS = {"speakers", "rednern", "redner", "rednerinnen"}  # "Speakers ... included X": a list of speakers
QUALIFIERS = {"of", "der", "des", "from", "aus"}  # "the participants of the X forum": X is named, not implied
# Organizations one speaks to as an audience ("told the Security Council", "told the Assembly"): deliberative bodies
BODY_NOUNS = {"council", "assembly", "parliament", "committee", "commission", "board", "senate", "congress",
              "rat", "versammlung", "parlament", "ausschuss", "kommission"}
HEARD = {"heard"}
HEARD_PREPS = {"from", "by"}  # "heard from X and from Y"
HEARD_REACH = 25  # words from "heard from" to the speaker's name, past a long title
PRESS_LEADS = {"the", "der", "die", "das", "den", "dem", "vor", "zu", "to", "with", "mit"}  # "The Council heard from X": the body before is the audience


def body_audience(self: SentenceRelations, hit: Hit, targets: list[TokMention]) -> bool:
    """"told the Security Council that ...": the organization right after "told (the)" is a deliberative body."""
    if not targets or targets[0].label != "Organization":
        return False
    m, k = targets[0], hit.end + (self.doc.lowers[hit.end] in AUDIENCE_LEADS if hit.end < self.sent.end else 0)
    if m.start not in (hit.end, k) and hit.trigger.words == ("sprach",):
        k = next((t for t in range(hit.end, m.start) if self.doc.lowers[t] == "vor"), m.start)
        k += k + 1 < m.start and self.doc.lowers[k + 1] in AUDIENCE_LEADS  # "sprach (dort) vor dem X"
    return m.start in (hit.end, k, k + 1) and _body(self, m)


def _body(self: SentenceRelations, m: TokMention) -> bool:
    """The organization's name ends in a deliberative body's noun ("Security Council", "UN-Sicherheitsrat"), or its
    head before a German genitive does ("Friedens- und Sicherheitsrat der Afrikanischen Union")."""
    lowers = self.doc.lowers
    cut = next((k for k in range(m.start + 1, m.end) if lowers[k] in ("der", "des")), m.end)  # German genitive only
    return any(lowers[k].endswith(noun) for k in {m.end - 1, cut - 1} for noun in BODY_NOUNS)


BODY_REACH = 12  # sentences back where the body "the Council" stands for may be named
NAME_GOES_ON = {"of", "for", "on", "der", "des", "für"}  # "the Council of Europe": a name, not "the Council"


def body_anaphor(self: SentenceRelations, k: int) -> TokMention | None:
    """"the Council" at ``k``: the organization named before whose name ends in that noun ("Security Council")."""
    doc = self.doc
    if k >= self.sent.end or k in self.ctx.finder.kb_at or doc.lowers[k] not in BODY_NOUNS \
            or not doc.words[k][:1].isupper() or k == 0 or doc.lowers[k - 1] not in AUDIENCE_LEADS \
            or (k + 1 < self.sent.end and doc.lowers[k + 1] in NAME_GOES_ON):
        return None
    by_sent = self.ctx.mentions_by_sent or {}
    for index in range(max(0, self.sent.index - BODY_REACH), self.sent.index + 1):  # the first one named
        named = [m for m in by_sent.get(index, ()) if m.label == "Organization" and m.eid and m.start < k
                 and doc.lowers[m.end - 1] == doc.lowers[k]]
        if named:
            found = min(named, key=lambda m: m.start)
            return TokMention(k, k + 1, "Organization", found.eid, doc.words[k], "anaphora", self.sent.index)
    return None


def heard_from(self: SentenceRelations, hit: Hit) -> bool:
    """"The Council also heard from X", "The summit heard briefings by X and Y": the body or event before
    the verb is the audience of the persons after it."""
    before = [m for m in self.mentions if m.label in ("Organization", "Event") and self.sent.start <= m.start
              and m.end <= hit.start]
    first = next((k for k in range(self.sent.start, hit.start) if self.doc.words[k].strip()), hit.start)
    audience = max(before, key=lambda m: m.end, default=None) or body_anaphor(self, first + 1) \
        or self.ctx.resolver.event_anaphor(first + 1, self.ctx.events)  # "The Forum also heard from X"
    if audience is None or (audience.label == "Organization" and not _body(self, audience)):
        return False
    after = self._after(hit.end, {"Person"}, pool=self.persons)
    if not after or after[0].start - hit.end > HEARD_REACH:  # past a long title ("the Director of ... (OCHA), X")
        return False
    for who in chain(self, after[0], after, self.sent.end) + _and_from(self, hit, after):
        self.emit("ADDRESSED", who, audience, 0.75)
    return True


def _and_from(self: SentenceRelations, hit: Hit, after: list[TokMention]) -> list[TokMention]:
    """"heard from X, and from Zambia's Minister of Finance, Y": the first person after each "and from"."""
    lowers = self.doc.lowers
    out = []
    for k in [k for k in range(hit.end, self.sent.end - 1) if lowers[k] == "and" and lowers[k + 1] in HEARD_PREPS]:
        who = next((p for p in after if k + 2 <= p.start < k + 2 + HEARD_REACH), None)
        if who is not None:
            out.append(who)
    return out


def audience_event(self: SentenceRelations, hit: Hit) -> TokMention | None:
    """The event an address trigger's audience stands for: the latest gathering the text named before it."""
    lowers, audiences = self.doc.lowers, self.ctx.lex.audiences
    k = hit.end - 1
    if lowers[k] not in audiences and _verb_final(lowers, hit.start, audiences):
        k = hit.start - 1  # "..., der vor dem Plenum sprach"
    elif lowers[k] not in audiences:
        k = hit.end
        while k < self.sent.end and k - hit.end < 3 and lowers[k] not in audiences \
                and (lowers[k] in AUDIENCE_LEADS or lowers[k] in AUDIENCE_MODIFIERS):
            k += 1  # "remarks to the assembled leaders", "spoke at the closing plenary"
        if k >= self.sent.end or lowers[k] not in audiences:
            return None
    if k + 1 < self.sent.end and lowers[k + 1] in QUALIFIERS:
        return None
    if lowers[k] in LEADERS and (lowers[hit.start] in BRIEFINGS or self._after(k + 1, {"Event", "Organization"},
                                                                                pool=self.mentions)):
        return None  # "briefed the leaders on X"; "addressed the leaders at the start of the X Council": that one
    return self.latest_event(k, k, k + 1)


def _verb_final(lowers: list[str], i: int, audiences: set[str]) -> bool:
    """"vor dem Plenum sprach": the audience right before a clause-final verb at ``i``, after "vor"."""
    return i >= 3 and lowers[i - 1] in audiences and "vor" in (lowers[i - 2], lowers[i - 3])


def passive_speakers(self: SentenceRelations, hit: Hit) -> bool:
    """"The conference was addressed at its opening by X and Y": the persons after "by" spoke to the event that
    is the sentence's subject (named, or "the conference" for the one named before)."""
    _, agents = self._agents(hit)
    if not agents:
        return False
    named = [m for m in self.mentions if m.label == "Event" and self.sent.start <= m.start and m.end <= hit.start]
    event = named[-1] if named else None
    for k in range(self.sent.start, hit.start) if event is None and self.ctx.events else ():
        found = self.ctx.resolver.event_anaphor(k, self.ctx.events)
        if found is not None:
            event = TokMention(k, k + 1, "Event", found.eid, self.doc.words[k], "anaphora", self.sent.index)
            break
    if event is None:
        event = _subject_body(self, hit)  # "The Security Council was briefed by X"
    if event is None:
        return False
    for who in chain(self, agents[0], agents, self.sent.end):
        self.emit("ADDRESSED", who, event, 0.8)
    return True


def _subject_body(self: SentenceRelations, hit: Hit) -> TokMention | None:
    """The deliberative body that is the subject of a passive speech verb: named, or "the Council" first."""
    named = [m for m in self.mentions if m.label == "Organization" and self.sent.start <= m.start and m.end <= hit.start]
    if named:
        return named[-1] if _body(self, named[-1]) else None
    first = next((k for k in range(self.sent.start, hit.start) if self.doc.words[k].strip()), hit.start)
    return body_anaphor(self, first + 1)


def speaker_list(self: SentenceRelations, hit: Hit) -> bool:
    """"Speakers at the opening included X, Y and Z", "Zu den Rednern gehörten X und Y": every listed person
    addressed the event named in the phrase or, failing that, the latest one the text named."""
    verb = next((k for k in range(hit.start + 1, min(self.sent.end, hit.start + 10))
                 if self.doc.lowers[k] == hit.trigger.words[-1]), None)
    if verb is None:
        return False
    persons = [m for m in self.persons if m.start > verb and m.source != "pronoun"]
    if not persons:
        return False
    named = [m for m in self.mentions if m.label == "Event" and hit.start < m.start < verb]
    event = named[0] if named else self.latest_event(hit.start, hit.start, hit.start + 1)
    if event is None:
        return False
    for who in chain(self, persons[0], persons, self.sent.end):
        self.emit("ADDRESSED", who, event, 0.75)
    return True


def with_speech(self: SentenceRelations, hit: Hit) -> bool:
    """The trigger is a speech noun after "with"/"mit" and at most two leads ("with a keynote speech", "with
    remarks", "mit einer Rede")."""
    lowers, k = self.doc.lowers, hit.start - 1
    while k > self.sent.start and hit.start - k <= 2 and lowers[k] in SPEECH_LEADS:
        k -= 1
    return k >= self.sent.start and lowers[k] in SPEECH_WITH


def speech_with(self: SentenceRelations, hit: Hit, subj: TokMention | None) -> bool:
    """"X opened the conference with a speech", "eröffnete den Gipfel mit einer Rede": X addressed the event
    named (or standing as "the session") between the speaker and the trigger."""
    if subj is None or subj.end > hit.start:
        return False
    named = [m for m in self.mentions if m.label == "Event" and subj.end <= m.start and m.end <= hit.start]
    event = named[-1] if named else None
    for k in range(subj.end, hit.start) if event is None and self.ctx.events else ():
        found = None if k in self.ctx.finder.kb_at else self.ctx.resolver.event_anaphor(k, self.ctx.events)
        if found is not None:
            event = TokMention(k, k + 1, "Event", found.eid, self.doc.words[k], "anaphora", self.sent.index)
    if event is None:
        return False
    self.emit("ADDRESSED", subj, event, 0.8)
    return True


def implied_event(self: SentenceRelations, hit: Hit) -> list[TokMention]:
    """"delivered the keynote address, telling ...": the latest gathering named before, when none is named after."""
    if hit.trigger.words[0] not in IMPLIED and not (hit.trigger.words[0] in SPEECHES
                                                   and self.doc.lowers[hit.start - 1] in OPENING_WORDS):
        return []
    event = self.latest_event(hit.start, hit.start, hit.end)
    return [event] if event is not None else []


def press_audience(self: SentenceRelations, hit: Hit) -> bool:
    """"spoke to reporters at COP29": the audience is the press, not the event named after it."""
    k = hit.end
    while k < self.sent.end and self.doc.lowers[k] in PRESS_LEADS:
        k += 1
    return k < self.sent.end and self.doc.lowers[k] in self.ctx.lex.press


PRESENTED = frozenset({"stellte", "stellt", "stellten", "warb", "wirbt", "geworben", "vorgestellt"})  # "vor dem X": an audience
PARTICIPLES = frozenset({"geworben", "vorgestellt"})  # clause-final: "vor dem X" stands before them
BODY_ARTICLES = {"dem", "der", "den"}


def presented_to(self: SentenceRelations, hit: Hit, subj: TokMention | None) -> bool:
    """"stellte das Programm vor dem Europäischen Parlament vor", "warb vor dem Parlament für X": the speaker
    addressed the body right after "vor" (only a body: "vor dem Gipfel" is a time)."""
    lowers, kb_at = self.doc.lowers, self.ctx.finder.kb_at
    span = range(self.sent.start, hit.start) if lowers[hit.start] in PARTICIPLES else range(hit.start + 1, self.sent.end - 1)
    k = next((k for k in span if lowers[k] == "vor"), None)
    if subj is None or k is None:
        return False
    k += 1 + (lowers[k + 1] in BODY_ARTICLES)
    body = kb_at.get(k)
    if body is None or body.start != k or body.label != "Organization":
        return False
    self.emit("ADDRESSED", subj, body, 0.75)
    return True
