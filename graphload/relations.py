"""Typed relations from trigger lexicons, title patterns and simple syntax, one sentence at a time."""

from __future__ import annotations

from dataclasses import dataclass

from .docresolve import DocResolver
from .entities import TitleSpan, TokMention
from .lexicons import LanguageLexicon, Lexicons, Trigger
from .models import SIGNATURES, Relation
from .text import Sentence

POSSESSIVE_MARKS = {"'s", "’s", "'", "’", "his", "her", "its", "their", "my", "our", "sein", "seine", "seiner", "seinem",
                    "seinen", "seines", "ihr", "ihre", "ihrer", "ihrem", "ihren", "mein", "meine", "meiner", "meinem"}
LIGHT_VERB_ARTICLES = {"a", "an", "ein", "eine", "einen", "einem", "einer"}
AUXILIARIES = {"was", "were", "been", "being", "is", "are", "be", "wurde", "wurden", "worden"}
AGENT_PREPS = {"by", "von", "vom"}
PLACE_PREPS = {"in", "to", "at", "nach", "im", "into", "an", "the", "die", "den", "dem", "der"}
HELD_WORDS = {"held", "which", "that", "took", "place", "abgehalten", "stattfand", "convened", "organised", "organized"}
DELIVERY = {"delivered", "read", "presented", "verlesen", "überbracht"}
ADDRESS_PREPS = {"auf", "vor", "bei", "at"}


@dataclass
class Hit:
    """A trigger found in a sentence."""

    trigger: Trigger
    start: int
    end: int


class SentenceRelations:
    """Extract the relations of one sentence."""

    def __init__(self, ctx: "RelationContext", sent: Sentence, mentions: list[TokMention], prev_subject: str | None):
        self.ctx, self.sent, self.prev_subject = ctx, sent, prev_subject
        self.doc = ctx.doc
        self.mentions = [m for m in mentions if not m.nested and m.eid]
        self.persons = [m for m in self.mentions if m.label == "Person"] + self._pronouns()
        self.persons.sort(key=lambda m: m.start)
        self.out: list[Relation] = []
        self._hits: list[Hit] = []

    # -- building blocks -----------------------------------------------------
    def _pronouns(self) -> list[TokMention]:
        out = []
        base = [m for m in self.mentions if m.label == "Person"]
        for i in self.ctx.pronoun_at.get(self.sent.index, ()):
            if i in self.ctx.finder.kb_at:
                continue
            eid = self.ctx.resolver.pronoun_person(i, self.prev_subject, base)
            if eid:
                out.append(TokMention(i, i + 1, "Person", eid, self.doc.words[i], "pronoun", self.sent.index))
        return out

    def subject(self) -> str | None:
        """The sentence's first person actor (for pronouns in the next sentence)."""
        return self.persons[0].eid if self.persons else None

    def emit(self, rel_type: str, src: TokMention | str, dst: TokMention | str, conf: float, title: str | None = None):
        """Add a relation if its ends fit the type's signature."""
        a = src if isinstance(src, str) else src.eid
        b = dst if isinstance(dst, str) else dst.eid
        if not a or not b or a == b:
            return
        la, lb = self.ctx.label(a), self.ctx.label(b)
        allowed = SIGNATURES[rel_type]
        if la not in allowed[0] or lb not in allowed[1]:
            return
        self.out.append(Relation(rel_type, a, b, self.ctx.doc_id, self.ctx.evidence(self.sent),
                                 self.ctx.date_for(self.sent), conf, title))

    def _before(self, i: int, kinds: set[str], nearest: bool = True, pool=None) -> TokMention | None:
        pool = self.persons + self.mentions if pool is None else pool
        cands = [m for m in pool if m.end <= i and m.label in kinds and m.start >= self.sent.start]
        if not cands:
            return None
        cands.sort(key=lambda m: m.start)
        if nearest and len(cands) > 1:
            # "He met with X and attended Y": X is the object of an earlier trigger, not the subject
            ends = [h.end for h in self._hits if h.start < i and h.end <= i]
            subjects = [m for m in cands if not any(e <= m.start for e in ends)]
            if subjects:
                return subjects[-1]
        return cands[-1] if nearest else cands[0]

    def _after(self, i: int, kinds: set[str], pool=None) -> list[TokMention]:
        pool = self.persons + self.mentions if pool is None else pool
        seen, out = set(), []
        for m in sorted(pool, key=lambda m: m.start):
            if m.start >= i and m.label in kinds and m.start < self.sent.end and (m.eid, m.start) not in seen:
                seen.add((m.eid, m.start))
                out.append(m)
        return out

    def _blocked(self, hit: Hit) -> bool:
        lex = self.ctx.lex
        lo = max(self.sent.start, hit.start - 4)
        window = self.doc.lowers[lo:min(self.sent.end, hit.end + 2)]
        if any(w in lex.negations for w in window):
            return True
        before = " " + " ".join(self.doc.lowers[lo:hit.start]) + " "
        return any(modal in before for modal in lex.modal_phrases)

    def _passive(self, hit: Hit) -> bool:
        if hit.trigger.passive:
            return True
        j = hit.start - 1
        while j >= self.sent.start and self.doc.lowers[j].endswith("ly"):
            j -= 1
        return j >= self.sent.start and self.doc.lowers[j] in AUXILIARIES

    def _agents(self, hit: Hit) -> tuple[int, list[TokMention]]:
        """Persons after "by"/"von": after the trigger (English) or before it (German verb-final).

        Returns the position of the preposition (the patient stands before it) and the agents.
        """
        doc = self.doc
        for k in range(hit.start, self.sent.end):
            if doc.lowers[k] in AGENT_PREPS:
                return hit.start, self._after(k + 1, {"Person"}, pool=self.persons)[:6]
        for k in range(hit.start - 1, self.sent.start - 1, -1):
            if doc.lowers[k] in AGENT_PREPS:
                return k, [m for m in self._after(k + 1, {"Person"}, pool=self.persons) if m.end <= hit.start]
        return hit.start, []

    def _events_after(self, i: int) -> list[TokMention]:
        found = self._after(i, {"Event"}, pool=self.mentions)
        anaphor = self._event_anaphor(i)
        if anaphor is not None and (not found or anaphor.start < found[0].start):
            return [anaphor] + found
        return found

    def _event_anaphor(self, i: int) -> TokMention | None:
        for k in range(i, self.sent.end):
            if k in self.ctx.finder.kb_at:
                continue
            ev = self.ctx.resolver.event_anaphor(k, self.ctx.events)
            if ev is not None:
                return TokMention(k, k + 1, "Event", ev.eid, self.doc.words[k], "anaphora", self.sent.index)
        return None

    # -- triggers --------------------------------------------------------------
    def hits(self) -> list[Hit]:
        """Every trigger phrase of the lexicon found in the sentence."""
        doc, out = self.doc, []
        kb_at = self.ctx.finder.kb_at
        for i in self.ctx.trigger_at.get(self.sent.index, ()):
            if i in kb_at and kb_at[i].label != "Person":
                continue  # "Informal Ministerial Meeting" is a name, not a trigger
            for trig in self.ctx.lex.triggers.get(doc.lowers[i], ()):
                if trig.type not in RULES:
                    continue  # HELD_IN is read from the event's own phrase, not from a bare "in"
                end = self._match(trig, i)
                if end is not None:
                    out.append(Hit(trig, i, end))
        return out

    def _match(self, trig: Trigger, i: int) -> int | None:
        doc, k = self.doc, i
        words = trig.words
        w = 0
        while w < len(words):
            if words[w] == "...":
                target = words[w + 1]
                while k < self.sent.end and doc.lowers[k] != target:
                    k += 1
                if k >= self.sent.end:
                    return None
                return i + 1
            if k >= self.sent.end or doc.lowers[k] != words[w]:
                return None
            k += 1
            w += 1
        return k

    def run(self) -> list[Relation]:
        """All relations of the sentence."""
        self._titles()
        handled: set[tuple[str, int]] = set()
        self._hits = sorted(self.hits(), key=lambda h: (h.start, -(h.end - h.start)))
        for hit in self._hits:
            key = (hit.trigger.type, hit.start)
            if key in handled or any(k[0] == hit.trigger.type and k[1] < hit.start < k[1] + 3 for k in handled):
                continue
            if self._blocked(hit):
                handled.add(key)
                continue
            rule = RULES.get(hit.trigger.type)
            if rule and rule(self, hit):
                handled.add(key)
        self._held_in()
        self._located_in()
        return self.out

    # -- title relations ----------------------------------------------------------
    def _sentence_country(self, t: TitleSpan) -> str | None:
        """A state post with no owner in the title belongs to the one country the sentence names."""
        if t.head.lower() not in self.ctx.lex.national_heads:
            return None
        countries = {m.eid for m in self.mentions if m.label == "Country"}
        return countries.pop() if len(countries) == 1 else None

    def _titles(self) -> None:
        for t in self.ctx.titles_in(self.sent):
            if t.person_mention is None or not t.person:
                continue
            owner = t.owner or self.ctx.office_owner(t) or self._sentence_country(t)
            if t.chair:
                owner = owner or self.ctx.lexicons.default_chair_org.get(t.head.lower())
                if owner:
                    self.emit("CHAIRED", t.person, owner, 0.85, t.title)
            elif owner:
                self.emit("HOLDS_OFFICE", t.person, owner, 0.9 if t.owner else 0.75, t.title)


def _event_before(self: SentenceRelations, hit: Hit) -> TokMention | None:
    """"the EU-Central Asia Summit, hosted by X": the passive describes the event, not a person."""
    before = [m for m in self.mentions if self.sent.start <= m.start and m.end <= hit.start]
    last = max(before, key=lambda m: m.end, default=None)
    return last if last is not None and last.label == "Event" and hit.start - last.end <= 2 else None


def _coordinated(self: SentenceRelations, subj: TokMention) -> list[TokMention]:
    """"A and B attended": every person joined to the subject by "and" or a comma."""
    out, cur = [subj], subj
    while True:
        k = cur.start - 1
        if k < self.sent.start or self.doc.lowers[k] not in ("and", "und", ","):
            return out
        prev = [m for m in self.persons if m.end in (k, k - 1) and m.label == "Person"]
        if not prev:
            return out
        cur = prev[0]
        out.append(cur)


def _met(self: SentenceRelations, hit: Hit) -> bool:
    if self._passive(hit) and _event_before(self, hit) is not None:
        return False
    if self._passive(hit):
        at, objs = self._agents(hit)
        subj = self._before(at, {"Person"}, pool=self.persons)
    else:
        subj = self._before(hit.start, {"Person"}, pool=self.persons)
        objs = self._after(hit.end, {"Person"}, pool=self.persons)
        german = self.ctx.resolver.lang == "de"
        if subj is None and objs and german:
            subj, objs = objs[0], objs[1:]  # verb-second: "traf Guterres mit X zusammen"
        elif german and not objs and subj is not None:
            # verb-final: "X hat ... den Außenminister Y getroffen"
            first = self._before(hit.start, {"Person"}, nearest=False, pool=self.persons)
            if first is not None and first.eid != subj.eid:
                subj, objs = first, [subj]
    for o in objs:
        if subj is not None and o.eid != subj.eid:
            self.emit("MET_WITH", subj, o, 0.85)
    return bool(objs and subj)


def _hosted(self: SentenceRelations, hit: Hit) -> bool:
    if self._passive(hit):
        at, hosts = self._agents(hit)
        event = _event_before(self, hit)
        if event is not None and hosts:
            self.emit("HOSTED", hosts[0], event, 0.8)
            return True
        guest = self._before(at, {"Person"}, pool=self.persons)
        if guest and hosts:
            self.emit("HOSTED", hosts[0], guest, 0.8)
            return True
        return False
    host = self._before(hit.start, {"Country", "Place", "Person", "Organization"}, nearest=False, pool=self.mentions)
    events = self._events_after(hit.end)
    if host and events:
        self.emit("HOSTED", host, events[0], 0.8)
        return True
    return False


def _attended(self: SentenceRelations, hit: Hit) -> bool:
    noun, subj = _noun_subject(self, hit, {"Person", "Country", "Organization"})
    if noun and subj is None:
        return False
    subj = subj or self._before(hit.start, {"Person", "Country", "Organization"})
    events = self._events_after(hit.end if len(hit.trigger.words) == 1 or "..." not in hit.trigger.words else hit.start + 1)
    if subj is None:
        after = self._after(hit.end, {"Person"}, pool=self.persons)
        subj = after[0] if after else None
    if subj and events:
        for who in _coordinated(self, subj) if subj.label == "Person" else [subj]:
            self.emit("ATTENDED", who, events[0], 0.85)
        return True
    return False


def _addressed(self: SentenceRelations, hit: Hit) -> bool:
    noun, subj = _noun_subject(self, hit, {"Person"})
    if noun and subj is None:
        return False
    subj = subj or self._before(hit.start, {"Person"}, pool=self.persons)
    if subj is None:
        after = self._after(hit.end, {"Person"}, pool=self.persons)
        subj = after[0] if after else None
    targets = self._events_after(hit.end) or self._after(hit.end, {"Organization"}, pool=self.mentions)[:1]
    if not targets:
        targets = [m for m in self.mentions if m.label == "Event" and m.start > 0
                   and self.doc.lowers[m.start - 1] in ADDRESS_PREPS | {"der", "dem"}
                   and (m.start < 2 or self.doc.lowers[m.start - 2] in ADDRESS_PREPS or self.doc.lowers[m.start - 1] in ADDRESS_PREPS)]
    if hit.trigger.words[0] in ("told", "betonte", "sprach") and not any(t.label == "Event" for t in targets):
        return False
    if not (subj and targets):
        return False
    self.emit("ADDRESSED", subj, targets[0], 0.8)
    for k in range(hit.end, self.sent.end - 1):
        if self.doc.lowers[k] in DELIVERY and self.doc.lowers[k + 1] in AGENT_PREPS:
            for agent in self._after(k + 2, {"Person"}, pool=self.persons)[:1]:
                self.emit("ADDRESSED", agent, targets[0], 0.75)
    return True


def _visited(self: SentenceRelations, hit: Hit) -> bool:
    doc = self.doc
    if any(doc.lowers[k] in self.ctx.lex.back for k in range(hit.start, min(hit.end + 1, self.sent.end))):
        return False
    noun, subj = _noun_subject(self, hit, {"Person"})
    if noun and subj is None:
        return False
    subj = subj or self._before(hit.start, {"Person"}, pool=self.persons)
    places = [m for m in self._after(hit.end, {"Place", "Country"}, pool=self.mentions)
              if (m.start == hit.end or doc.lowers[m.start - 1] in PLACE_PREPS) and _only_names_between(self, hit.end, m.start)]
    if subj is None:
        after = [p for p in self._after(hit.end, {"Person"}, pool=self.persons)
                 if not places or p.start < places[0].start]
        subj = after[0] if after else None
    if subj and places:
        for place in _place_list(self, places[0]):
            self.emit("VISITED", subj, place, 0.85)
        return True
    return False


def _place_list(self: SentenceRelations, first: TokMention) -> list[TokMention]:
    """"visited Almaty, Astana and Bishkek": every place of the list; "Astana, Kazakhstan" is one place."""
    out, cur, kb_at, lowers = [first], first, self.ctx.finder.kb_at, self.doc.lowers
    while cur.end + 1 < self.sent.end and lowers[cur.end] in (",", "and", "und"):
        nxt = kb_at.get(cur.end + 1)
        if nxt is None or nxt.start != cur.end + 1 or nxt.label not in ("Place", "Country"):
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
               for k in range(start, end))


def _noun_subject(self: SentenceRelations, hit: Hit, kinds: set[str]) -> tuple[bool, TokMention | None]:
    """For a trigger noun ("visit", "Besuch"): (is a noun, its subject or None).

    "X's visit", "his visit", "seinen offiziellen Besuch" -> the possessor; "the visit of X",
    "Besuch des Generalsekretärs X" -> X; "paid an official visit" -> the verb's subject (not a noun use).
    """
    words, lowers = self.doc.words, self.doc.lowers
    if lowers[hit.start] not in self.ctx.lex.nouns:
        return False, None
    k = hit.start - 1
    while k > self.sent.start and k >= hit.start - 3 and words[k].islower() and lowers[k] not in POSSESSIVE_MARKS \
            and lowers[k] not in LIGHT_VERB_ARTICLES:
        k -= 1  # adjectives: "seinen offiziellen Besuch"
    if k >= self.sent.start and lowers[k] in LIGHT_VERB_ARTICLES:
        return False, None
    if k >= self.sent.start and lowers[k] in POSSESSIVE_MARKS:
        owner = [m for m in self.persons + self.mentions if m.end in (k, k + 1) and m.start <= k and m.label in kinds]
        if lowers[k] in ("'s", "’s", "'", "’"):
            owner = [m for m in self.persons + self.mentions if m.end == k and m.label in kinds]
        return True, owner[0] if owner else None
    if hit.end < self.sent.end and lowers[hit.end] in ("of", "des", "der", "von"):
        after = [m for m in self._after(hit.end, kinds) if m.start - hit.end <= 4]
        return True, after[0] if after else None
    return True, None


def _member(self: SentenceRelations, hit: Hit) -> bool:
    subj = self._before(hit.start, {"Country", "Organization"}, pool=self.mentions)
    orgs = self._after(hit.end, {"Organization"}, pool=self.mentions)
    if subj and orgs:
        self.emit("MEMBER_OF", subj, orgs[0], 0.85)
        return True
    return False


def _chaired(self: SentenceRelations, hit: Hit) -> bool:
    doc = self.doc
    for t in self.ctx.titles_in(self.sent):
        if t.start <= hit.start < t.end and t.person_mention is not None:
            return True  # a person's title: handled with the titles
    holder = self._before(hit.start, {"Country"}, pool=self.mentions)
    if holder is None and hit.end < self.sent.end:  # German genitive: "der Vorsitz Albaniens"
        after = self.ctx.finder.kb_at.get(hit.end)
        holder = after if after is not None and after.label == "Country" and after.start == hit.end else None
    if holder is None:
        return False
    org = None
    prev = hit.start - 1
    if prev >= 0 and prev in self.ctx.finder.kb_at and self.ctx.finder.kb_at[prev].label == "Organization":
        org = self.ctx.finder.kb_at[prev].eid
    if org is None and hit.end < self.sent.end and doc.lowers[hit.end] in ("of", "der", "des"):
        after = self._after(hit.end, {"Organization"}, pool=self.mentions)
        org = after[0].eid if after else None
    if org is None:  # "der Vorsitz Albaniens in der OSZE"
        near = [m for m in self._after(hit.end, {"Organization"}, pool=self.mentions) if m.start - hit.end <= 5]
        org = near[0].eid if near else None
    org = org or self.ctx.lexicons.default_chair_org.get(doc.lowers[hit.start])
    if org:
        self.emit("CHAIRED", holder, org, 0.8)
        return True
    return False


RULES = {"MET_WITH": _met, "HOSTED": _hosted, "ATTENDED": _attended, "ADDRESSED": _addressed,
         "VISITED": _visited, "MEMBER_OF": _member, "CHAIRED": _chaired}


def _held_in(self: SentenceRelations) -> None:
    doc = self.doc
    for ev in [m for m in self.mentions if m.label == "Event"]:
        k = ev.end
        if k < self.sent.end and doc.words[k] == "(":
            while k < self.sent.end and doc.words[k] not in (")", "):"):
                k += 1
            k += 1
        while k < self.sent.end and (doc.words[k] == "," or doc.lowers[k] in HELD_WORDS):
            k += 1
        if k < self.sent.end and doc.lowers[k] in ("in", "im"):
            nxt = self.ctx.finder.kb_at.get(k + 1) or self.ctx.finder.kb_at.get(k + 2)
            if nxt is not None and nxt.label in ("Place", "Country") and not nxt.nested:
                self.emit("HELD_IN", ev, nxt, 0.8)


def _located_in(self: SentenceRelations) -> None:
    doc, kb_at = self.doc, self.ctx.finder.kb_at
    for pl in [m for m in self.mentions if m.label == "Place"]:
        k = pl.end
        target = None
        if k + 1 < self.sent.end and doc.words[k] == ",":
            cand = kb_at.get(k + 1)
            if cand is not None and cand.label == "Country" and cand.start == k + 1:
                target = cand
        else:
            j = k
            if j < self.sent.end and doc.words[j] in ("–", "—", "-", ","):
                j += 1
                while j < self.sent.end and j - k < 7 and doc.lowers[j] not in ("in", "im", ",", "."):
                    if j in kb_at and kb_at[j].label in ("Place", "Country", "Person"):
                        break
                    j += 1
            if j < self.sent.end and doc.lowers[j] in ("in", "im"):
                cand = kb_at.get(j + 1)
                if cand is not None and cand.start == j + 1 and cand.label in ("Place", "Country"):
                    target = cand
        if target is not None and self.ctx.consistent_location(pl.eid, target.eid):
            self.emit("LOCATED_IN", pl, target, 0.85)


SentenceRelations._held_in = _held_in
SentenceRelations._located_in = _located_in


@dataclass
class RelationContext:
    """Document-level state the sentence rules read."""

    doc: object
    doc_id: str
    text: str
    finder: object
    resolver: DocResolver
    lex: LanguageLexicon
    lexicons: Lexicons
    kb: object
    events: list[TokMention]
    date_for: object  # Callable[[Sentence], str | None]
    pronoun_at: dict = None  # sentence index -> token indices of pronouns
    trigger_at: dict = None  # sentence index -> token indices of trigger words
    titles_by_sent: dict = None  # sentence index -> title spans

    def __post_init__(self):
        from .docresolve import FIRST_PERSON, OBJECT_PRONOUNS, POSSESSIVES, PRONOUNS

        lang = self.resolver.lang
        pron = (PRONOUNS.get(lang, set()) | POSSESSIVES.get(lang, set()) | FIRST_PERSON.get(lang, set())
                | OBJECT_PRONOUNS.get(lang, set()))
        sent_of, lowers = self.finder.sent_of, self.doc.lowers
        self.pronoun_at, self.trigger_at, self.titles_by_sent = {}, {}, {}
        for t in self.finder.titles:
            self.titles_by_sent.setdefault(t.sent, []).append(t)
        heads = {h for h, trigs in self.lex.triggers.items() if any(t.type in RULES for t in trigs)}
        for i, low in enumerate(lowers):
            if low in pron:
                self.pronoun_at.setdefault(sent_of[i], []).append(i)
            if low in heads:
                self.trigger_at.setdefault(sent_of[i], []).append(i)

    def label(self, eid: str) -> str:
        """Kind label of an entity id."""
        from .models import label_of_id

        return label_of_id(eid)

    def evidence(self, sent: Sentence) -> str:
        """The sentence, verbatim."""
        return self.text[sent.char_start:sent.char_end]

    def titles_in(self, sent: Sentence) -> list[TitleSpan]:
        """Title spans of a sentence."""
        return self.titles_by_sent.get(sent.index, [])

    def office_owner(self, t: TitleSpan) -> str | None:
        """The org or country of a known office this person holds under this title (KB)."""
        from .docresolve import _offices_by_title

        owners = {o.org for o in _offices_by_title(self.kb, t.head, None)
                  if any(term.person == t.person for term in o.holders)}
        return owners.pop() if len(owners) == 1 else None

    def consistent_location(self, place_id: str, target_id: str) -> bool:
        """False when the KB puts the place in another country than the text suggests."""
        ent = self.kb.get(place_id)
        if ent is None or not ent.country or not target_id.startswith("country:"):
            return True
        return target_id == f"country:{ent.country.lower()}"
