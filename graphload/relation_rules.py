"""The rule of each relationship type: who is the subject, what is the object, for one trigger hit.

Each rule reads a :class:`~graphload.relations.SentenceRelations` (mentions, persons, hits of
one sentence) and emits through it; ``RULES`` maps a relationship type to its rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import relation_attendance as attendance
from . import relation_chair as chair
from . import relation_hospitality as hospitality
from . import relation_hosting as hosting
from . import relation_membership as membership
from . import relation_visits as visits
from .capitals import CAPITAL_WORDS
from .lexicons import Trigger
from .relation_audience import (
    BARE_NOUNS,
    HEARD,
    PRESENTED,
    SPEAKER_NOUNS,
    audience_event,
    body_anaphor,
    body_audience,
    heard_from,
    implied_event,
    passive_speakers,
    presented_to,
    press_audience,
    speaker_list,
    speech_with,
    with_speech,
)
from .relation_groups import (
    chain,
    companions,
    coordinated,
    counterpart,
    opening_places,
)
from .relation_dateline import after_dateline
from .relation_meetings import event_before, met
from .spans import TokMention

if TYPE_CHECKING:
    from .relations import SentenceRelations

POSSESSIVE_MARKS = {"'s", "’s", "'", "’", "his", "her", "its", "their", "my", "our", "sein", "seine", "seiner", "seinem",
                    "seinen", "seines", "ihr", "ihre", "ihrer", "ihrem", "ihren", "mein", "meine", "meiner", "meinem"}
LIGHT_VERB_ARTICLES = {"a", "an", "ein", "eine", "einen", "einem", "einer"}
TRIP_VERBS = {"began", "begins", "started", "starts", "concluded", "concludes", "ended", "ends", "continued",
              "continues", "wrapped", "completed", "completes",  # "began the trip in X"
              "delivered", "delivers", "gave", "gives", "made", "makes"}  # "delivered the opening address"
AUXILIARIES = {"was", "were", "been", "being", "is", "are", "be", "wurde", "wurden", "worden"}
AGENT_PREPS = {"by", "von", "vom"}
PLACE_PREPS = {"in", "to", "at", "nach", "im", "into", "an", "the", "die", "den", "dem", "der"}
HELD_WORDS = {"held", "which", "that", "took", "place", "abgehalten", "stattfand", "convened", "organised", "organized",
              "opened", "opens", "concluded", "concludes", "began", "begins", "ended", "ends", "closed", "met"}
APPOSITION_LEADS = {"the", "der", "die", "das"}
VERB_FINAL_VISITS = {"besucht", "bereist", "eingetroffen", "angekommen", "gelandet", "besichtigt", "gereist", "weitergereist", "reisen",
                    "weiterreisen"}  # "X hatte Kyjiw ... besucht": the place stands before the participle
# verbs whose object may be a site in a town
SITE_VISITS = {"visited", "visits", "visiting", "toured", "tours", "besuchte", "besichtigte", "besuchten", "besichtigten"}
ORIGIN_PREPS = {"aus", "von", "from"}
OBJECT_LEAD = {"hat", "hatte", "haben", "hatten", "habe", "die", "den", "das", "dem"}
PASSIVE_SPEECH = {"addressed", "briefed"}
DELIVERY = {"delivered", "read", "presented", "verlesen", "überbracht"}
TIME_PREPS = {"after", "before", "following", "nach"}
AFTER_PREPS = {"after", "following", "nach"}  # a time whatever the trigger ("before" may be "in front of")
TARGET_ARTICLES = {"the", "der", "die", "das", "dem", "den"}  # between a time preposition and the event
OBJECT_PRONOUNS = {"him", "her", "them", "me", "us", "ihn", "ihm", "ihr", "ihnen"}
ADDRESS_PREPS = {"auf", "vor", "bei", "at"}
# Words between an address trigger and the organizations it names ("addressed staff of the UNEP (UNEP) and X")
AUDIENCE_GAP = {"the", "staff", "members", "of", "and", ",", "(", ")", "der", "die", "den", "dem", "des", "und",
                "mitarbeiter", "mitarbeitern", "mitglieder", "mitgliedern"}


WHOSE_HOST_REACH = 14  # "whose country holds the rotating OSCE chairmanship this year and is hosting"


@dataclass(slots=True)
class Hit:
    """A trigger found in a sentence."""

    trigger: Trigger
    start: int
    end: int


def _hosted(self: SentenceRelations, hit: Hit) -> bool:
    if hospitality.meal_guest(self, hit) or hospitality.guest_of(self, hit) or hospitality.guest_object(self, hit) \
            or hospitality.honour_guest(self, hit) \
            or hosting.government_invitation(self, hit) or hosting.invited(self, hit) \
            or hosting.host_noun(self, hit) \
            or hosting.host_copula(self, hit) or hosting.host_country(self, hit) or hosting.compound_host(self, hit) \
            or hosting.thanked_host(self, hit):
        return True
    if self._passive(hit):
        at, hosts = self._agents(hit)
        event = event_before(self, hit)
        if event is not None and hosts:
            for host in chain(self, hosts[0], hosts, self.sent.end):  # "co-hosted by X and Y"
                self.emit("HOSTED", host, event, 0.8)
            return True
        guest = self._before(at, {"Person"}, pool=self.persons)
        if guest and hosts and not hospitality.meal_patient(self, hit):  # not "met Y at a dinner hosted by X"
            self.emit("HOSTED", hosts[0], guest, 0.8)
            return True
        return hosting.event_passive(self, hit)
    if hosting.event_passive(self, hit) or hosting.object_relative(self, hit) or hosting.subject_relative(self, hit):
        return True
    host = hosting.who_subject(self, hit) \
        or self._before(hit.start, {"Country", "Place", "Person", "Organization"}, nearest=False, pool=self.mentions)
    host = after_dateline(self, host, hit.start) if host is not None else None
    events = self._events_after(hit.end) or (hosting.verb_final_events(self, host, hit) if host else [])
    whose = chair.whose_country(self, hit, WHOSE_HOST_REACH, clause=True) if host and events else None
    if whose and events:  # "X, whose country holds the chairmanship and is hosting the gathering": the country
        self.emit("HOSTED", whose, events[0], 0.8)
        return True
    if events and any(hit.end <= m.start < events[0].start and m.label != "Event" for m in self.mentions):
        return False  # "host of the Office at Nairobi and ... ahead of the Summit": the hosted thing is not the event
    if host and events:
        hosts = hosting.title_person(self, host) or chain(self, host, self.mentions + self.persons, hit.start)
        hosts = hosts + companions(self, events[0].end, _next_hit(self, hit), {"Country", "Organization"})  # "gemeinsam mit X"
        for who in hosts + hosting.government_of(self, host, hit.start):
            self.emit("HOSTED", who, events[0], 0.8)  # "Estonia and Latvia co-hosted"
        hospitality.co_hosts(self, hit, events[0])
        return True
    return False


def _attended(self: SentenceRelations, hit: Hit) -> bool:
    if attendance.passive_attendance(self, hit) or attendance.represented(self, hit):
        return True
    grouped = attendance.role_groups(self, hit)  # "nahmen die Präsidenten A-s und B-s teil"
    noun, subj = _noun_subject(self, hit, {"Person", "Country", "Organization"})
    if noun and subj is None:
        return grouped
    subj = attendance.title_bearer(self, subj or attendance.outside_relative(self, hit, self._before(
        attendance.clause_final_an(self, hit), {"Person", "Country", "Organization"})))
    subj = attendance.on_behalf(self, subj, hit, _next_hit(self, hit))  # "Für Brasilien nahm X teil"
    events = self._events_after(hit.end if len(hit.trigger.words) == 1 or "..." not in hit.trigger.words else hit.start + 1)
    if attendance.intransitive(self, hit) or attendance.past_report(self, hit, events):
        events = []  # "also attended, arriving from the X meeting"; "joined the talks, said ... the X Conference"
    forward = subj is None  # "Among those attending were X and Y"
    if subj is None:
        after = self._after(hit.end, {"Person"}, pool=self.persons)
        subj = after[0] if after else None
    if subj and not events and self.ctx.resolver.lang == "de":  # "X hatte am G20-Gipfel teilgenommen"
        events = [m for m in self.mentions if m.label == "Event" and subj.end <= m.start and m.end <= hit.start]
    if subj and not events:  # "An dem Treffen nahmen X teil", "took part in the discussions", "nahmen ebenfalls teil"
        events = attendance.fronted_event(self, hit) or attendance.reported_event(self, hit)
    if subj and events:
        group = chain(self, subj, self.persons, _next_hit(self, hit)) if forward or subj.start >= hit.end \
            else coordinated(self, subj)
        for who in group + companions(self, hit.end, _next_hit(self, hit), {"Person"}):  # "nahmen X und Y teil"
            self.emit("ATTENDED", who, events[0], 0.85)
        attendance.as_did(self, hit, events[0])
        return True
    return grouped


def _next_hit(self: SentenceRelations, hit: Hit) -> int:
    """Start of the next trigger after ``hit`` (or the sentence end): where its arguments stop."""
    return min((h.start for h in self._hits if h.start >= hit.end), default=self.sent.end)


def _addressed(self: SentenceRelations, hit: Hit) -> bool:
    if hit.trigger.words[0] in PASSIVE_SPEECH and self._passive(hit):
        # "The conference was addressed by X", "The Council was briefed by X"; "The President was briefed by X": none
        return passive_speakers(self, hit) or hit.trigger.words[0] != "addressed"
    if hit.trigger.words[0] in SPEAKER_NOUNS:
        return speaker_list(self, hit)  # "Speakers included X and Y"
    if hit.trigger.words[0] in HEARD:
        return heard_from(self, hit)  # "The Council heard from X"
    noun, subj = _noun_subject(self, hit, {"Person"})
    if noun and subj is None:
        return False
    subj = subj or self._before(hit.start, {"Person"}, pool=self.persons)
    if with_speech(self, hit):
        return speech_with(self, hit, subj)  # "opened the conference with a speech"
    if hit.trigger.words in BARE_NOUNS:
        return False  # "in his speech": only "with a speech" speaks to the event before it
    if subj is None:
        after = self._after(hit.end, {"Person"}, pool=self.persons)
        subj = after[0] if after else None
    if hit.trigger.words[0] in PRESENTED:
        return presented_to(self, hit, subj)  # "stellte das Programm vor dem Europäischen Parlament vor"
    if press_audience(self, hit) or (hit.end < self.sent.end and self.doc.lowers[hit.end] in OBJECT_PRONOUNS):
        return False  # "who briefed him on the outcome of X": a person is the audience
    targets, audience = _address_targets(self, hit)
    if hit.trigger.words[0] in TOLD and not any(t.label == "Event" for t in targets) \
            and not body_audience(self, hit, targets):
        return False
    if not (subj and targets) or (hit.end < self.sent.end and self.doc.lowers[hit.end] in ("a", "an")
                                  and targets[0].source == "anaphora" and audience is None):
        return False  # "addressed a roundtable ... on the sidelines of the conference": not the conference
    lead = targets[0].start - 1 - (self.doc.lowers[targets[0].start - 1] in TARGET_ARTICLES)
    if self.doc.lowers[lead] in TIME_PREPS and (hit.trigger.words == ("told",) or self.doc.lowers[lead] in AFTER_PREPS):
        return False  # "told journalists after the meeting", "sprach nach dem Treffen": a time, not the audience
    speakers = coordinated(self, subj) if subj.end <= hit.start else [subj]  # "A and B spoke at"
    for target in targets if targets[0].label == "Organization" else targets[:1]:  # "addressed staff of X and Y"
        for who in speakers:
            self.emit("ADDRESSED", who, target, 0.8)
    if targets[0].label == "Event":
        attendance.as_did(self, hit, targets[0], "ADDRESSED")  # "spoke at the opening, as did X"
    for k in range(hit.end, self.sent.end - 1):
        if self.doc.lowers[k] in DELIVERY and self.doc.lowers[k + 1] in AGENT_PREPS:
            for agent in self._after(k + 2, {"Person"}, pool=self.persons)[:1]:
                self.emit("ADDRESSED", agent, targets[0], 0.75)
    return True


def _address_targets(self: SentenceRelations, hit: Hit) -> tuple[list[TokMention], TokMention | None]:
    """Whom a speech trigger addresses, and the audience it names itself ("told the plenary", "the Council"): else
    the events or bodies after it, the event it implies, or an event after "at"/"vor"."""
    spoken = Hit(hit.trigger, hit.start, _particle_end(self, hit)) if "..." in hit.trigger.words else hit
    audience = audience_event(self, spoken) or body_anaphor(self, hit.end + (self.doc.lowers[hit.end - 1] != "the"))
    targets = [audience] if audience else self._events_after(hit.end) or _org_audience(self, hit) \
        or implied_event(self, hit)
    if not targets:
        targets = [m for m in self.mentions if m.label == "Event" and m.start > 0
                   and self.doc.lowers[m.start - 1] in ADDRESS_PREPS | {"der", "dem"}
                   and (m.start < 2 or self.doc.lowers[m.start - 2] in ADDRESS_PREPS or self.doc.lowers[m.start - 1] in ADDRESS_PREPS)]
    return targets, audience


def _org_audience(self: SentenceRelations, hit: Hit) -> list[TokMention]:
    """"addressed (the staff of) X and Y": the organizations the trigger's object names, joined by "and"."""
    out: list[TokMention] = []
    k = hit.end
    for m in self._after(hit.end, {"Organization", "Event"}, pool=self.mentions):
        gap = self.doc.lowers[k:m.start]
        if m.label != "Organization" or len(gap) > 4 or not all(w in AUDIENCE_GAP for w in gap):
            break
        if out and not any(w in ("and", "und", ",") for w in gap):
            break
        if all(o.eid != m.eid for o in out):
            out.append(m)
        k = m.end
    if out:
        return out
    stop = _next_hit(self, hit)  # "addressed the X conference, organised by Y": Y is the next trigger's
    return [m for m in self._after(hit.end, {"Organization"}, pool=self.mentions) if m.start < stop
            and self.doc.lowers[m.start - 1] not in AGENT_PREPS][:1]


# nouns after a country adjective that make it the place visited ("visited the Kazakh capital")
ADJ_PLACE_NOUNS = frozenset({"capital", "city", "region", "province", "border", "coast", "side", "hauptstadt", "stadt",
                             "metropole", "provinz", "grenze", "grenzregion", "küste", "seite", "hafenstadt"})


def _visited(self: SentenceRelations, hit: Hit) -> bool:
    doc = self.doc
    if doc.lowers[hit.start] == "visiting" and doc.lowers[hit.start - 1] in DETERMINERS:
        return False  # "received the visiting leaders at the Congress Hall": an adjective, no visit of the subject
    if any(doc.lowers[k] in self.ctx.lex.back for k in range(hit.start, min(hit.end + 1, self.sent.end))):
        return False
    noun, subj = _noun_subject(self, hit, {"Person"})
    if noun and subj is None:
        return False
    subj = subj or visits.carried_person(self, hit) or self._before(hit.start, {"Person"}, pool=self.persons)
    end = _particle_end(self, hit)
    places = [m for m in self._after(end, {"Place", "Country"}, pool=self.mentions)
              if (m.start == end or doc.lowers[m.start - 1] in PLACE_PREPS or doc.lowers[m.start - 1] in CAPITAL_WORDS)
              and _only_names_between(self, end, m.start) and not visits.origin_before(doc.lowers, m.start)
              and (m.source != "adj" or (m.end < len(doc) and doc.lowers[m.end] in ADJ_PLACE_NOUNS))]  # not "besuchte deutsche Soldaten"
    places = visits.outside_titles(self, places)  # "visit of the Minister of X to Y": X owns the post
    if places and places[0].end < self.sent.end and doc.lowers[places[0].end] in self.ctx.lex.back:
        return False  # "reiste am Abend nach Warschau zurück": a return home
    kinded = visits.kind_place(self, end) if not places or places[0].start - end < 4 else None
    places = [kinded] if kinded is not None else places  # "travelled to the Black Sea resort of X"
    if not places and doc.lowers[hit.start] in SITE_VISITS:
        places = visits.site_place(self, end, _next_hit(self, hit))  # "visited the X headquarters in Y"
    if not places and subj is not None and doc.lowers[hit.start] in VERB_FINAL_VISITS:
        places = [m for m in self.mentions if m.label in ("Place", "Country") and subj.end <= m.start
                  and m.end <= hit.start and (doc.lowers[m.start - 1] in OBJECT_LEAD or m.end == hit.start)
                  and doc.lowers[m.start - 1] not in ORIGIN_PREPS]  # not "aus Berlin angereist"
        places = visits.joined_before(self, places[:1])
    places = places or opening_places(self, hit)  # "In der Stadt X besichtigt sie ein Zentrum"
    if subj is None:
        after = [p for p in self._after(hit.end, {"Person"}, pool=self.persons)
                 if not places or p.start < places[0].start or places[0].end <= hit.start]
        subj = after[0] if after else None
    if subj and places:
        group = chain(self, subj, self.persons, places[0].start) if hit.end <= subj.start < places[0].start \
            else coordinated(self, subj)  # "reisten X und Y nach Z": the persons joined after the verb
        group += companions(self, max(end, places[0].end), _next_hit(self, hit), {"Person"})
        group += visits.leading_companions(self, subj, hit.start)
        for place in _place_list(self, places[0]):
            for who in group:  # "hatte Kyjiw besucht, gemeinsam mit X und Y"
                self.emit("VISITED", who, place, 0.85)
        return True
    return False


def _particle_end(self: SentenceRelations, hit: Hit) -> int:
    """End of a separable trigger ("reiste mit dem Zug nach"): after its particle; else the hit's end."""
    words = hit.trigger.words
    if "..." not in words:
        return hit.end
    particle = words[words.index("...") + 1]
    for k in range(hit.start + 1, self.sent.end):
        if self.doc.lowers[k] == particle:
            return k + 1
    return hit.end


def _place_list(self: SentenceRelations, first: TokMention) -> list[TokMention]:
    """"visited Almaty, Astana and the Solomon Islands": every place; "Astana, Kazakhstan" is one place."""
    out, cur, kb_at, lowers = [first], first, self.ctx.finder.kb_at, self.doc.lowers
    while cur.end + 1 < self.sent.end and lowers[cur.end] in (",", "and", "und"):
        k = cur.end + 1 + (lowers[cur.end + 1] in ("the", "die", "den", "das") and cur.end + 1 not in kb_at)
        nxt = kb_at.get(k)
        if nxt is None or nxt.start != k or nxt.label not in ("Place", "Country"):
            break
        if nxt.label == "Country" and lowers[cur.end] == "," and cur.label == "Place":
            break  # "Astana, Kazakhstan": where the place is, not a second destination
        out.append(nxt)
        cur = nxt
    return out


def _only_names_between(self: SentenceRelations, start: int, end: int) -> bool:
    """Nothing but names, titles, articles and prepositions between a trigger and its place."""
    words = self.doc.words
    return all(words[k][:1].isupper() or words[k].lower() in PLACE_PREPS or words[k].lower() in ("des", "of", "vom")
               or words[k].lower() in CAPITAL_WORDS  # "flew to the capital Nairobi"
               for k in range(start, end))


def _noun_subject(self: SentenceRelations, hit: Hit, kinds: set[str]) -> tuple[bool, TokMention | None]:
    """For a trigger noun ("visit", "Besuch"): (is a noun, its subject or None).

    "X's visit", "his visit", "seinen offiziellen Besuch" -> the possessor; "the visit of X",
    "Besuch des Generalsekretärs X" -> X; "paid an official visit" -> the verb's subject (not a noun use).
    """
    words, lowers = self.doc.words, self.doc.lowers
    if lowers[hit.start] not in self.ctx.lex.nouns:
        return False, None
    if lowers[hit.start - 1] == "to" and INVITING.isdisjoint(lowers[max(self.sent.start, hit.start - 5):hit.start]):
        return False, None  # "is scheduled to visit the X Temple": a verb (not "invited him to visit Baku")
    if lowers[hit.start - 1] in VERB_AUX or (lowers[hit.start - 1] in AUX_ADVERBS and lowers[hit.start - 2] in VERB_AUX):
        return False, None  # "the Secretary-General will (also) visit Funafuti": a verb
    k = hit.start - 1
    while k > self.sent.start and k >= hit.start - 3 and words[k].islower() and lowers[k] not in POSSESSIVE_MARKS \
            and lowers[k] not in LIGHT_VERB_ARTICLES:
        k -= 1  # adjectives: "seinen offiziellen Besuch"
    if k >= self.sent.start and lowers[k] in LIGHT_VERB_ARTICLES or _trip_verb(self, hit.start) \
            or lowers[hit.start - 1] in SPEECH_VERBS:  # "delivered remarks at": the verb's subject spoke
        return False, None  # "paid an official visit to", "began the trip in": the verb's subject travelled
    if k >= self.sent.start and lowers[k] in POSSESSIVE_MARKS:
        owner = [m for m in self.persons + self.mentions if m.end in (k, k + 1) and m.start <= k and m.label in kinds]
        if lowers[k] in ("'s", "’s", "'", "’"):
            owner = [m for m in self.persons + self.mentions if m.end == k and m.label in kinds]
        return True, owner[0] if owner else None
    if hit.end < self.sent.end and lowers[hit.end] in ("of", "des", "der", "von"):
        after = [m for m in self._after(hit.end, kinds) if m.start - hit.end <= 4]
        return True, after[0] if after else None
    return True, None


DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our"})
VERB_AUX = frozenset({"will", "shall", "must", "would", "did", "does"})  # "will visit": the verb, not the noun
AUX_ADVERBS = frozenset({"also", "then", "later", "briefly", "first", "subsequently", "next", "again",
                         "additionally", "further"})
INVITING = frozenset({"invited", "invites", "invite", "inviting", "invitation", "urged", "asked", "encouraged"})
TOLD = frozenset({"told", "telling", "tells", "urged", "urges", "betonte", "sprach"})  # audience: a body or event
SPEECH_VERBS = frozenset({"delivered", "delivers", "deliver", "delivering", "made", "makes", "gave", "gives"})


def _trip_verb(self: SentenceRelations, i: int) -> bool:
    """"began the (three-day) trip in X", "delivered the opening address": a light verb before the noun at
    ``i`` whose subject is the noun's."""
    lowers = self.doc.lowers
    for j in range(i - 1, max(self.sent.start, i - 3), -1):
        if lowers[j] == "the":
            return lowers[j - 1] in TRIP_VERBS
    return False


RULES = {"MET_WITH": met, "HOSTED": _hosted, "ATTENDED": _attended, "ADDRESSED": _addressed,
         "VISITED": _visited, "MEMBER_OF": membership.member, "CHAIRED": chair.chaired, "HOLDS_OFFICE": counterpart}
