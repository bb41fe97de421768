"""Hosting read from the event's side: passives with an event subject, invitations, "Gastgeber des Gipfels war X".

Every function starts from a HOSTED trigger hit, so sentences without one cost nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .relation_groups import chain, joined
from .spans import TokMention

if TYPE_CHECKING:
    from .relation_rules import Hit
    from .relations import SentenceRelations

HOST_KINDS = {"Country", "Organization", "Person", "Place"}
BODIES = {"Country", "Organization"}
AGENTS = {"by", "von", "vom"}
PASSIVE_AUX = {"was", "were", "is", "are", "been", "be", "wurde", "wurden", "wird", "werden", "worden"}
RELATIVES = {"dem", "der", "denen", "which", "that"}  # "an einem Gipfel teil, zu dem X eingeladen hatte"
HOST_NOUNS = {"gastgeber", "gastgeberin", "host"}
HOST_OF = {"country", "nation", "city", "government"}  # "the host country X"
APPOSITION = {",", "the", "as", "das", "als"}
COPULAS = {"war", "ist", "was", "is", "waren", "sind"}

GOVERNMENT_WORDS = {"government", "people", "authorities", "regierung", "volk", "bevölkerung"}
HOST_GAP = GOVERNMENT_WORDS | {"and", "the", "of", "und", "die", "der", "des", "dem", "den"}


def event_at_or_before(self: SentenceRelations, stop: int) -> TokMention | None:
    """The last event named before ``stop``, or the event a definite noun there stands for ("Die Konferenz")."""
    named = [m for m in self.mentions if m.label == "Event" and self.sent.start <= m.start and m.end <= stop]
    if named:
        return max(named, key=lambda m: m.end)
    anaphor = self._event_anaphor(self.sent.start)
    return anaphor if anaphor is not None and anaphor.end <= stop else None


def _hosts_after(self: SentenceRelations, k: int, stop: int) -> list[TokMention]:
    """The hosts named from token ``k`` on: the first of them and those joined to it by "and"/"und"/commas
    ("co-hosted by Uganda and the African Union": a state and a body together)."""
    found = [m for m in self.mentions + self.persons if k <= m.start < stop and m.label in HOST_KINDS]
    found.sort(key=lambda m: m.start)
    if not found or found[0].start - k > 6:
        return []
    person = title_person(self, found[0])  # "vom polnischen Außenminister X ausgerichtet": X, not Poland
    if person:
        found = [m for m in found[1:] if m.label != "Person" or m.eid == person[0]] or found
    out = chain(self, found[0], found, stop)
    if found[0].label not in BODIES:
        return out
    for m in found:
        if m.start > out[-1].start and m.label in BODIES and all(o.eid != m.eid for o in out):
            if not joined(self, out[-1].end, m.start, m.label):
                break
            out.append(m)
    return out


def title_person(self: SentenceRelations, country: TokMention) -> list[str]:
    """"Gabonese President X hosted", "Angola's Minister ..., X, hosted", "hosted by the President of the X
    Commission, Y": the person whose title the country or body names stands for it (empty when it names no
    titled person)."""
    if country.label not in BODIES:
        return []
    lowers = self.doc.lowers
    for t in self.ctx.titles_in(self.sent):
        if t.person_mention is None or not t.person:
            continue
        if t.start <= country.start < t.end or (t.start == country.end + 1
                                                and lowers[country.end] in ("'s", "’s", "'", "’")):
            return [t.person]
    return []


def event_passive(self: SentenceRelations, hit: Hit) -> bool:
    """"Die Konferenz wurde von der Schweiz und Norwegen ausgerichtet", "the Forum, which was co-hosted by
    the X Chamber and the Y Chamber": the agents host the event before them."""
    lowers = self.doc.lowers
    if lowers[hit.start] in HOST_NOUNS:
        return False
    if self.ctx.resolver.lang == "de":
        preps = [k for k in range(max(self.sent.start, hit.start - 20), hit.start) if lowers[k] in AGENTS]
        stop = hit.start
    else:
        preps = [k for k in range(hit.end - 1, min(self.sent.end, hit.end + 2)) if lowers[k] in AGENTS]
        stop = self.sent.end  # "hosted by" ends in its agent preposition, "hosted ... by" does not
    if not preps:
        return False
    event = event_at_or_before(self, preps[0])
    if event is None or not (any(w in PASSIVE_AUX for w in lowers[event.end:hit.end + 1])
                             or lowers[event.end:hit.start] == [","]  # "the X Ministerial, hosted by Y"
                             or _second_participle(lowers, event.end, hit.start) or _comma_participle(self, event, hit)):
        return False
    hosts = _hosts_after(self, preps[0] + 1, stop)
    for host in hosts:
        self.emit("HOSTED", host, event, 0.8)
    if hosts:
        venue_after(self, event, hosts[-1].end)  # "..., which was hosted by X at the Y Hotel"
    return bool(hosts)




def _second_participle(lowers: list[str], end: int, start: int) -> bool:
    """"the Conference, held in Dakar and co-hosted by X", "the forum, hosted by A and co-organized by B": a
    participle joined by "and" to one right after the event's comma."""
    if start - end > 12 or start - end < 4 or lowers[end] != "," or lowers[start - 1] != "and":
        return False
    first = lowers[end + 1]
    return (first == "held" or first.endswith("ed")) and not any(w in (",", ";", "which", "who") for w in lowers[end + 1:start])


PARTICIPLE_REACH = 15  # words from the event's name to ", co-hosted by"


def _comma_participle(self: SentenceRelations, event: TokMention, hit: Hit) -> bool:
    """"The X Conference opened on Wednesday in the Emirati capital, co-hosted by A and B": a participle after
    the comma that ends the event's clause, with only places between."""
    if self.doc.lowers[hit.start - 1] != "," or hit.start - event.end > PARTICIPLE_REACH:
        return False
    between = [m for m in self.mentions + self.persons if event.end <= m.start < hit.start]
    return all(m.label in ("Place", "Country") for m in between)


def invited(self: SentenceRelations, hit: Hit) -> bool:
    """"nahm an einem Gipfel in Kairo teil, zu dem al-Sisi eingeladen hatte": who invited hosts the event."""
    lowers = self.doc.lowers
    rel = next((k for k in range(hit.start - 1, max(self.sent.start, hit.start - 6) - 1, -1)
                if lowers[k] in RELATIVES and lowers[k - 1] in ("zu", "to")), None)
    if rel is None:
        return False
    event = event_at_or_before(self, rel - 1)
    hosts = _hosts_after(self, rel + 1, hit.start)
    if event is None or not hosts:
        return False
    for host in hosts:
        self.emit("HOSTED", host, event, 0.8)
    return True


VENUE_LEADS = {"im", "in", "at", "am", "auf"}
VENUE_GAP = 7  # words a venue may take between the gathering and the copula


def host_noun(self: SentenceRelations, hit: Hit) -> bool:
    """"Gastgeber des Gipfels war der albanische Ministerpräsident X": the one named after the copula."""
    lowers = self.doc.lowers
    if lowers[hit.start] not in HOST_NOUNS or hit.end >= self.sent.end or lowers[hit.end] not in ("des", "der", "of"):
        return False
    events = self._events_after(hit.end)
    if not events or events[0].start - hit.end > 2:
        return False
    k = events[0].end
    if k < self.sent.end and lowers[k] in VENUE_LEADS:  # "Gastgeber des Treffens im Kongresszentrum ... war X"
        k = next((j for j in range(k + 1, min(self.sent.end, k + VENUE_GAP)) if lowers[j] in COPULAS), k)
    if k >= self.sent.end or lowers[k] not in COPULAS:
        return False
    hosts = [m for m in self.persons if k < m.start and m.source != "pronoun"] or _hosts_after(self, k + 1, self.sent.end)
    for host in sorted(hosts, key=lambda m: m.start)[:1]:  # the person, not the country of their title
        self.emit("HOSTED", host, events[0], 0.8)
    return bool(hosts)


def host_copula(self: SentenceRelations, hit: Hit) -> bool:
    """"Gastgeber ist Kasachstan", "Gastgeber war die Stadt Ulm": who follows the copula hosts the gathering
    named later in the sentence, else the latest one the text named before."""
    lowers, k = self.doc.lowers, hit.end
    if lowers[hit.start] not in HOST_NOUNS or k >= self.sent.end or lowers[k] not in COPULAS:
        return False
    hosts = [m for m in self.persons if m.start > k and m.source != "pronoun"][:1] \
        or _hosts_after(self, k + 1, self.sent.end)
    event = (self._events_after(k + 1) or [self.latest_event(hit.start, hit.start, hit.end)])[0]
    if event is None or not hosts:
        return False
    for host in sorted(hosts, key=lambda m: m.start)[:1 if hosts[0].label == "Person" else None]:
        self.emit("HOSTED", host, event, 0.75)
    return True


def verb_final_events(self: SentenceRelations, host: TokMention, hit: Hit) -> list[TokMention]:
    """"Die Republik Moldau hatte das Treffen der EPG ausgerichtet": the event between host and participle."""
    if self.ctx.resolver.lang != "de" or not AGENTS.isdisjoint(self.doc.lowers[host.end:hit.start]):
        return []
    named = [m for m in self.mentions if m.label == "Event" and host.end <= m.start and m.end <= hit.start][:1]
    anaphor = None if named else self._event_anaphor(host.end)  # "X wird das Gipfeltreffen ausrichten"
    return named or ([anaphor] if anaphor is not None and anaphor.end <= hit.start else [])


THANKS = {"for", "für"}
OF_WORDS = {"of", "von", "aus"}
REL_PRONOUNS = {"which", "that", "das", "den", "die", "dem"}


def thanked_host(self: SentenceRelations, hit: Hit) -> bool:
    """"thanked Tajikistan for hosting the conference", "dankte X für die Ausrichtung des Gipfels": X hosts."""
    lowers, k = self.doc.lowers, hit.start - 1
    while k > self.sent.start and lowers[k] in ("die", "the"):
        k -= 1
    if k <= self.sent.start or lowers[k] not in THANKS or not GOVERNMENT_WORDS.isdisjoint(lowers[self.sent.start:k]):
        return False  # "X and the Government and people of Y for hosting": the groups rule reads both
    host = next((m for m in self.mentions + self.persons if m.end == k and m.label in HOST_KINDS), None)
    if host is not None and host.label == "Country" and self.doc.lowers[host.start - 1] in OF_WORDS:
        host = next((p for p in self.persons if p.end == host.start - 1), host)  # "President X of Y for hosting": X
    events = self._events_after(hit.end) if host is not None else []
    if events:
        self.emit("HOSTED", host, events[0], 0.8)
    return host is not None


INVITATIONS = {"invitation", "einladung"}
GOVERNMENTS = {"government", "regierung", "bundesregierung", "staatsregierung"}


def government_invitation(self: SentenceRelations, hit: Hit) -> bool:
    """"at the invitation of the Government of X", "auf Einladung der Regierung von X / der norwegischen
    Regierung": the country hosts the visiting person of the sentence. Another inviter gives nothing."""
    lowers = self.doc.lowers
    if lowers[hit.start] not in INVITATIONS:
        return False
    stop = min(self.sent.end, hit.end + 5)
    if not any(lowers[j] in GOVERNMENTS for j in range(hit.start, stop)):
        invited_event(self, hit)  # "Auf Einladung der Schweiz haben sich ... zur Konferenz versammelt"
        return True  # "at the invitation of President X": an invitation to a visit, not a hosting
    country = next((m for m in self.mentions if m.label == "Country" and hit.end <= m.start < stop), None)
    if country is None:
        return True
    guest = self._before(hit.start, {"Person"}, pool=self.persons)
    if guest is None:
        after = [p for p in self.persons if p.start >= country.end]
        guest = after[0] if after else None
    if guest is not None:
        self.emit("HOSTED", country, guest, 0.75)
    return True


def invited_event(self: SentenceRelations, hit: Hit) -> None:
    """"Auf Einladung der Schweiz ... zur Konferenz", "at the invitation of Norway, the conference ...": the state
    or body right after the invitation hosts the gathering the sentence names after it."""
    k = hit.end + (hit.end < self.sent.end and self.doc.lowers[hit.end] in ("the", "der", "des"))
    inviter = next((m for m in self.mentions if m.start == k and m.label in BODIES), None)
    events = self._events_after(inviter.end) if inviter is not None else []
    if events:
        self.emit("HOSTED", inviter, events[0], 0.75)


def host_country(self: SentenceRelations, hit: Hit) -> bool:
    """"Guyana, the host country, ...", "the host country X", "Gastgeberland X": the host of the gathering
    named in the sentence, else of the latest one the text named."""
    lowers = self.doc.lowers
    k = hit.start
    if lowers[k] == "gastgeberland":
        nxt = k + 1
    elif lowers[k] == "host" and k + 1 < self.sent.end and lowers[k + 1] in HOST_OF:
        nxt = k + 2
    else:
        return False
    if nxt < self.sent.end and lowers[nxt] in ("of", "for", "der", "des", "von"):
        return True  # "the host country of the last games": another gathering
    host = next((m for m in self.mentions if m.start == nxt and m.label in ("Country", "Place")), None)
    if host is None:
        before = self._before(k, {"Country", "Place"}, pool=self.mentions)
        host = before if before is not None and set(lowers[before.end:k]) <= APPOSITION else None
    if host is None:
        return True
    events = self._events_after(nxt) or [e for e in self.ctx.events if e.start < k][-1:]
    for event in events[:1]:
        self.emit("HOSTED", host, event, 0.75)
    return True


def government_of(self: SentenceRelations, host: TokMention, stop: int) -> list[TokMention]:
    """"X and the Government and people of Y (for hosting)": the country whose government is joined to the host."""
    for m in self.mentions:
        if m.label == "Country" and host.end <= m.start < stop and m.eid != host.eid:
            gap = self.doc.lowers[host.end:m.start]
            if gap[0] in ("and", "und") and gap[-1] in ("of", "von") and set(gap) & GOVERNMENT_WORDS and set(gap) <= HOST_GAP:
                return [m]
    return []


VENUE_PREPS = {"at", "in", "im"}


def compound_host(self: SentenceRelations, hit: Hit) -> bool:
    """"The Honduras-hosted meeting", "a Qatar-hosted summit": the state or body before "-hosted" hosts the event
    the compound qualifies; "the Rome-hosted gathering" was held in the city."""
    host = self.ctx.finder.kb_at.get(hit.start)
    if host is None or not host.props.get("compound"):
        return False  # "co-hosted": the verb itself
    events = self._events_after(hit.end)
    if not events and hit.end < self.sent.end and self.doc.lowers[hit.end] in TALKS:  # "the Colombian-hosted talks"
        events = [e for e in [self.latest_event(hit.start, hit.end, hit.end + 1)] if e is not None]
    if events and events[0].start <= hit.end + 2 and host.label == "Place":
        self.emit("HELD_IN", events[0], host, 0.8)  # a city "hosts" as the place the event was held in
    elif events and events[0].start <= hit.end + 2:
        self.emit("HOSTED", host, events[0], 0.8)
    return True


TALKS = {"talks", "discussions", "consultations", "negotiations", "gespräche", "verhandlungen"}


OBJECT_RELATIVES = {"which", "that", "den", "das", "die"}
RELATIVE_GAP = 4
RELATIVE_HOSTS_GAP = 4  # further co-hosts may stand between the first host and the verb ("X und Y gemeinsam")


def object_relative(self: SentenceRelations, hit: Hit) -> bool:
    """"The meeting, which Rwanda hosted at the Kigali Convention Centre", "the X Conference, which Kazakhstan
    will host in Almaty", "der Gipfel, den Albanien in diesem Jahr ausrichtet": the host between the relative
    and the verb hosted the event before the clause (at the venue or place after the verb)."""
    lowers, words = self.doc.lowers, self.doc.words
    host = next((m for m in self.mentions if m.label in HOST_KINDS and m.end <= hit.start <= m.end + RELATIVE_GAP
                 + RELATIVE_HOSTS_GAP + _role_gap(self, m.end, hit.start) and m.start - 2 >= self.sent.start
                 and lowers[m.start - 1] in OBJECT_RELATIVES
                 and lowers[m.start - 2] == "," and "," not in words[m.end:hit.start]), None)
    if host is None:
        return False  # "..., den Albanien in diesem Jahr ausrichtet": a few words before the verb
    hosts = chain(self, host, self.mentions, hit.start)  # ", die Frankreich und Saudi-Arabien in Beirut ausrichten"
    if hit.start > hosts[-1].end + RELATIVE_GAP + _role_gap(self, hosts[-1].end, hit.start):
        return False
    event = event_at_or_before(self, host.start - 2)
    if event is None:
        return False
    for who in hosts:
        self.emit("HOSTED", who, event, 0.8)
    venue_after(self, event, hit.end)
    place = next((m for m in self.mentions if m.label in ("Place", "Country") and hosts[-1].end < m.start
                  and m.end <= hit.start and lowers[m.start - 1] in ("in", "im")), None)
    if place is not None and place.end == hit.start:  # "..., die X in Beirut ausrichten": where it is
        self.emit("HELD_IN", event, place, 0.75)
    return True


def _role_gap(self: SentenceRelations, k: int, stop: int) -> int:
    """Words of a role after the host at ``k`` (", das Norwegen als derzeitiger Vorsitzender des Ostseerats
    ausrichtete"): "als"/"as" up to the body it names; 0 when none."""
    if self.doc.lowers[k] not in ROLE_LEADS:
        return 0
    body = next((m for m in self.mentions if k < m.start and m.end <= stop and m.end - k <= ROLE_REACH
                 and m.label == "Organization"), None)
    return body.end - k if body is not None else 0


ROLE_LEADS = {"als", "as"}
ROLE_REACH = 7
SUBJECT_RELATIVES = {"das", "der", "die"}


def subject_relative(self: SentenceRelations, hit: Hit) -> bool:
    """"gemeinsam mit Brasilien, das im November die COP30 in Belém ausrichtet": the state a German subject
    relative follows hosts the event named between the pronoun and the clause-final verb."""
    lowers = self.doc.lowers
    comma = next((k for k in range(hit.start - 1, self.sent.start, -1) if lowers[k] == ","), None)
    if comma is None or comma + 2 >= hit.start or lowers[comma + 1] not in SUBJECT_RELATIVES:
        return False
    host = next((m for m in self.mentions if comma - 1 <= m.end <= comma and m.label in HOST_KINDS  # "mit X aus, das"
                 and self.doc.words[m.end:comma] in ([], [lowers[m.end]])), None)
    events = [m for m in self.mentions if m.label == "Event" and comma + 2 <= m.start and m.end <= hit.start]
    if host is None or not events:
        return False
    self.emit("HOSTED", host, events[0], 0.8)
    return True


def who_subject(self: SentenceRelations, hit: Hit) -> TokMention | None:
    """"a speech by President X, who hosted the event": the person right before ", who" hosts."""
    k = hit.start - 1
    if k - 1 <= self.sent.start or self.doc.lowers[k] != "who" or self.doc.lowers[k - 1] != ",":
        return None
    return next((p for p in self.persons if p.end == k - 1), None)


def venue_after(self: SentenceRelations, event: TokMention, k: int) -> None:
    """"hosted ... at the Kigali Convention Centre": the venue right after token ``k`` is where the event was."""
    lowers, words, kb_at = self.doc.lowers, self.doc.words, self.ctx.finder.kb_at
    if k + 1 >= self.sent.end or lowers[k] not in VENUE_PREPS:
        return
    j = k + 1
    while j < min(self.sent.end, k + 4) and j not in kb_at and words[j].islower():
        j += 1  # "at the lakeside X Resort"
    venue = kb_at.get(j)
    if venue is not None and venue.label == "Place" and venue.start == j and not venue.nested:
        self.emit("HELD_IN", event, venue, 0.75)
