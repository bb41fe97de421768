"""Typed relations from trigger lexicons, title patterns and simple syntax, one sentence at a time."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .compound_names import HOSTED_SUFFIXES, MEMBER_SUFFIXES
from .docresolve import PLURAL_PRONOUNS, DocResolver
from .entities import TitleSpan, TokMention
from .lexicons import LanguageLexicon, Lexicons, Trigger
from .models import SIGNATURES, Relation, label_of_id
from .plural_groups import GROUP_WORDS, group_anaphor, plural_sie, sentence_pair
from .relation_groups import chain, lone_subject, mit_object
from .relation_places import held_in, located_in
from .relation_rules import AGENT_PREPS, AUX_ADVERBS, AUXILIARIES, RULES, Hit
from .relation_titles import title_relations
from .relative_subjects import relative_subject
from .text import Sentence
from .wordfacts import PRONOUN, TRIGGER

CLAUSE_BREAKS = {",", ";", "which", "who", "that"}  # a passive gap ("received ... by") does not cross a clause
IT_PRONOUNS = {"it"}  # a sentence-initial "It" after a sentence about a country is that country
IT_NOUNS = {("das", "land"), ("the", "country")}  # "Montenegro verhandelt ... Das Land ist seit 2017 Mitglied"
IT_FIRSTS = frozenset(IT_PRONOUNS | {first for first, _ in IT_NOUNS})  # the words an "It" opener starts with


def it_opener(lowers: list[str], start: int) -> int:
    """Length of a sentence-initial "It" / "Das Land" that stands for the country before (0 when none)."""
    if lowers[start] in IT_PRONOUNS:
        return 1
    return 2 if tuple(lowers[start:start + 2]) in IT_NOUNS else 0
CONTRAST = {"while", "whereas", "während", "wohingegen"}  # a new clause with its own subject
NOUN_HOMOGRAPHS = {"treffen"}  # German verbs whose capitalised form is a noun ("das Treffen")
FUTURE_TYPES = {"CHAIRED", "HOSTED"}  # a decided future ("would hold the Chairmanship") is still the fact
INFINITIVE_REACH = 10  # words back to an "invited" before an infinitive visit ("invited X of Y to pay a visit")
# English pronouns of one person: a later one in the sentence means whom the first one meant
PRONOUN_FAMILY = {"she": "f", "her": "f", "hers": "f", "herself": "f", "he": "m", "him": "m", "his": "m", "himself": "m"}


_RULE_TRIGGERS: dict[int, dict[str, list[Trigger]]] = {}
_TRIGGER_PLANS: dict[int, dict[str, list[tuple[Trigger, int, str | None, bool]]]] = {}


def _rule_triggers(lex: LanguageLexicon) -> dict[str, list[Trigger]]:
    """The lexicon's triggers that a rule reads, by first word (HELD_IN is read from an event's own phrase)."""
    if id(lex) not in _RULE_TRIGGERS:
        _RULE_TRIGGERS[id(lex)] = {w: [t for t in ts if t.type in RULES] for w, ts in lex.triggers.items()}
    return _RULE_TRIGGERS[id(lex)]


def _plans(triggers) -> list[tuple[Trigger, int, str | None, bool]]:
    """Each trigger with its length, its last word (None for a phrase with a gap) and whether it is a noun homograph."""
    return [(t, len(t.words), None if "..." in t.words else t.words[-1],
             len(t.words) == 1 and t.words[0] in NOUN_HOMOGRAPHS) for t in triggers]


def _trigger_plans(lex: LanguageLexicon) -> dict[str, list[tuple[Trigger, int, str | None, bool]]]:
    """The rule triggers of :func:`_rule_triggers` by first word, as :func:`_plans` (made once per lexicon)."""
    if id(lex) not in _TRIGGER_PLANS:
        _TRIGGER_PLANS[id(lex)] = {w: _plans(ts) for w, ts in _rule_triggers(lex).items()}
    return _TRIGGER_PLANS[id(lex)]


def compound_trigger(low: str) -> tuple[Trigger, ...]:
    """The trigger a hyphenated compound word is ("Qatar-hosted": HOSTED, "EU-Mitglied": MEMBER_OF), as one word."""
    if low.endswith(HOSTED_SUFFIXES):
        return (Trigger("HOSTED", (low,)),)
    return (Trigger("MEMBER_OF", (low,)),) if low.endswith(MEMBER_SUFFIXES) else ()  # "das EU-Mitglied Ungarn"


class SentenceRelations:
    """Extract the relations of one sentence."""

    def __init__(self, ctx: RelationContext, sent: Sentence, mentions: list[TokMention], prev_subject: str | None,
                 prev_group: tuple[str, ...] = ()):
        self.ctx, self.sent, self.prev_subject, self.prev_group = ctx, sent, prev_subject, prev_group
        self.doc = ctx.doc
        self.mentions = [m for m in mentions if not m.nested and m.eid]  # in text order, as the resolver left them
        if ctx.prev_country and (n := it_opener(self.doc.lowers, sent.start)):  # "Kazakhstan joined X. It chaired Y"
            self.mentions.insert(0, TokMention(sent.start, sent.start + n, "Country", ctx.prev_country,
                                               self.doc.words[sent.start], "pronoun", sent.index))  # first: in order
        self.persons = [m for m in self.mentions if m.label == "Person"]
        if sent.index in ctx.pronoun_at:
            self.persons += self._pronouns()
            self.persons.sort(key=lambda m: m.start)
        self.out: list[Relation] = []
        self._hits: list[Hit] = []

    # -- building blocks -----------------------------------------------------
    def _pronouns(self) -> list[TokMention]:
        out = []
        base = [m for m in self.mentions if m.label == "Person"]
        seen: dict[str, str] = {}
        for i in self.ctx.pronoun_at.get(self.sent.index, ()):
            if i in self.ctx.finder.kb_at:
                continue
            if i in self.ctx.plural_at.get(self.sent.index, ()):  # "They": each of the two named together before
                # "the presidents of A and B", "A met B, and the two ministers ...", else the pair named before
                group = self.ctx.group_at.get(i) or sentence_pair(self, i) or self.prev_group
                out.extend(TokMention(i, i + 1, "Person", eid, self.doc.words[i], "pronoun", self.sent.index,
                                      props={"group": group}) for eid in group)
                continue
            family = PRONOUN_FAMILY.get(self.doc.lowers[i])  # "she sat down with X ... in her honour": one woman
            eid = seen.get(family) if family else None
            eid = eid or self.ctx.resolver.pronoun_person(i, self.prev_subject, base)
            if eid and family:
                seen.setdefault(family, eid)
            if eid:
                out.append(TokMention(i, i + 1, "Person", eid, self.doc.words[i], "pronoun", self.sent.index))
        return out

    def subject(self) -> str | None:
        """The sentence's first person actor (for pronouns in the next sentence)."""
        return self.persons[0].eid if self.persons else None

    def group(self) -> tuple[str, ...]:
        """"A and Foreign Minister B opened X": the persons joined as the sentence's subject, before its first
        trigger (for "They" in the next sentence); empty unless there are two or more."""
        named = [m for m in self.persons if m.source != "pronoun"]
        if not named:
            return tuple(m.eid for m in self.persons if m.props.get("group"))[:4]
        stop = min((h.start for h in self._hits), default=self.sent.end)
        members = chain(self, named[0], named, stop) if named[0].start < stop else []
        return tuple(dict.fromkeys(m.eid for m in members)) if len(members) > 1 else ()

    def emit(self, rel_type: str, src: TokMention | str, dst: TokMention | str, conf: float, title: str | None = None):
        """Add a relation if its ends fit the type's signature."""
        a = src if isinstance(src, str) else src.eid
        b = dst if isinstance(dst, str) else dst.eid
        if not a or not b or a == b:
            return
        allowed = SIGNATURES[rel_type]
        if label_of_id(a) not in allowed[0] or label_of_id(b) not in allowed[1]:
            return
        evidence = self.ctx.text[self.sent.char_start:self.sent.char_end]  # (RelationContext.evidence, inlined)
        self.out.append(Relation(rel_type, a, b, self.ctx.doc_id, evidence, self.ctx.date_for(self.sent), conf, title))

    def _before(self, i: int, kinds: set[str], nearest: bool = True, pool=None) -> TokMention | None:
        pool = self.persons + self.mentions if pool is None else pool
        cands = [m for m in pool if m.end <= i and m.label in kinds and m.start >= self.sent.start]
        if not cands:
            return None
        if pool is not self.persons and pool is not self.mentions:  # those are in order already
            cands.sort(key=lambda m: m.start)
        if nearest and self.ctx.who_at and any(self.sent.start <= k < i for k in self.ctx.who_at):
            rel = relative_subject(self.doc.lowers, [m for m in cands if m.label == "Person"], i)
            if rel is not None:
                return rel
            who = next((k for k in range(i - 1, max(self.sent.start + 1, i - 4), -1) if self.doc.lowers[k] == "who"), None)
            if who is not None and self.doc.words[who - 1] == ",":  # "received X, who arrived in Y"
                cands = [m for m in cands if m.end == who - 1] or cands
        if nearest and len(cands) > 1 and not CONTRAST.isdisjoint(self.doc.lowers[cands[0].end:i]):
            c = max(k for k in range(cands[0].end, i) if self.doc.lowers[k] in CONTRAST)
            cands = [m for m in cands if m.start > c] or cands  # "X spoke, while Y attended": Y's clause
            if cands[0].start > c:
                return cands[-1]
        if nearest and len(cands) > 1 and cands[-1].end == i and lone_subject(self, cands[-1]):
            return cands[-1]  # "she met X, and in the evening Y hosted": a name right before the verb is its subject
        if nearest and len(cands) > 1:
            # "He met with X and attended Y": X is the object of an earlier trigger, not the subject
            ends = [h.end for h in self._hits if h.start < i and h.end <= i
                    and h.trigger.type != "HOLDS_OFFICE"]  # "A and his counterpart, B, were": B is a subject
            subjects = [m for m in cands if not any(e <= m.start for e in ends)] or cands
            free = [m for m in subjects if not mit_object(self, m, i)] or [m for m in cands if not mit_object(self, m, i)]
            return (free or subjects)[-1]
        return cands[-1] if nearest else cands[0]

    def _after(self, i: int, kinds: set[str], pool=None) -> list[TokMention]:
        pool = self.persons + self.mentions if pool is None else pool
        seen, out = set(), []
        for m in pool if pool is self.persons or pool is self.mentions else sorted(pool, key=lambda m: m.start):
            if m.start >= i and m.label in kinds and m.start < self.sent.end and (m.eid, m.start) not in seen:
                seen.add((m.eid, m.start))
                out.append(m)
        return out

    def _blocked(self, hit: Hit) -> bool:
        lex = self.ctx.lex
        if hit.trigger.type == "HOLDS_OFFICE":
            return False  # "may meet his French counterpart X": X holds the post all the same, as with titles
        sent = self.sent  # (conditionals, not max/min: one builtin call less per hit)
        lo = hit.start - 4 if hit.start - 4 > sent.start else sent.start  # noqa: FURB136
        window = self.doc.lowers[lo:hit.end + 2 if hit.end + 2 < sent.end else sent.end]  # noqa: FURB136
        if not lex.negations.isdisjoint(window) or "..." in hit.trigger.words and self._gap_negated(hit):
            return True
        words = self.doc.lowers[lo:hit.start]
        if "to" in words and hit.trigger.type == "VISITED":  # "invited the President of X to pay a visit to Y"
            words = self.doc.lowers[max(sent.start, hit.start - INFINITIVE_REACH):hit.start]
        if lex.modal_firsts.isdisjoint(words):  # no modal phrase can begin here
            return False
        before = " " + " ".join(words) + " "
        search = lex.uncertain_search if hit.trigger.type in FUTURE_TYPES else lex.modal_search
        return search(before) is not None

    def _gap_negated(self, hit: Hit) -> bool:
        """"Norwegen gehört der EU nicht an": a negation inside a separable verb's gap (not "nicht nur ... teil")."""
        words = hit.trigger.words
        target = words[words.index("...") + 1]
        gap = self.doc.lowers[hit.end:self.sent.end]
        if target not in gap:
            return False
        gap = gap[:gap.index(target)]
        return not self.ctx.lex.negations.isdisjoint(gap) and "nur" not in gap and "only" not in gap

    def _passive(self, hit: Hit) -> bool:
        if hit.trigger.passive:
            return True
        if self.doc.lowers[hit.start].endswith("ing"):
            return False  # "is hosting the summit": a progressive, not a passive
        j = hit.start - 1
        while j >= self.sent.start and (self.doc.lowers[j].endswith("ly") or self.doc.lowers[j] in AUX_ADVERBS):
            j -= 1  # "was also addressed by", "was then received by"
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

    def latest_event(self, before: int, start: int, end: int) -> TokMention | None:
        """The latest event the text named before token ``before``, as a mention over ``start:end`` that stands
        for it ("took part in the discussions", "told the plenary")."""
        earlier = [e for e in self.ctx.events if e.start < before]
        if not earlier:
            return None
        eid = earlier[-1].eid
        counts = Counter(e.eid for e in earlier)
        if counts[eid] == 1 and max(counts.values()) > 1:  # "..., das die COP30 ausrichtet": an aside, not the
            eid = max(reversed(list(counts)), key=counts.get)  # gathering the text reports (named again and again)
        return TokMention(start, end, "Event", eid, self.doc.words[start], "anaphora", self.sent.index)

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
        doc, out, sent = self.doc, [], self.sent
        lowers, kb_at, plans = doc.lowers, self.ctx.finder.kb_at, _trigger_plans(self.ctx.lex)
        for i in self.ctx.trigger_at.get(sent.index, ()):
            if i in kb_at and kb_at[i].label != "Person" and not kb_at[i].props.get("compound"):
                continue  # "Informal Ministerial Meeting" is a name, not a trigger ("Qatar-hosted" is both)
            low = lowers[i]
            for trig, k, last, homograph in plans.get(low) or _plans(compound_trigger(low)):
                if homograph and i != sent.start and doc.words[i][:1].isupper():
                    continue  # "An dem Treffen nahmen X und Y teil": the noun, not the verb "treffen"
                if last is None:  # a phrase with a gap
                    end = self._match(trig, i)
                    if end is not None:
                        out.append(Hit(trig, i, end))
                elif i + k <= sent.end and lowers[i + k - 1] == last and (k == 1 or tuple(lowers[i:i + k]) == trig.words):
                    out.append(Hit(trig, i, i + k))  # a plain phrase: the next words are its words
        return out

    def _match(self, trig: Trigger, i: int) -> int | None:
        doc, k = self.doc, i
        words = trig.words
        if "..." not in words:  # a plain phrase: the next words are its words
            k = i + len(words)
            if k > self.sent.end or doc.lowers[k - 1] != words[-1]:  # the last word tells most misses
                return None
            return k if k == i + 1 or tuple(doc.lowers[i:k]) == words else None
        w = 0
        while w < len(words):
            if words[w] == "...":
                target, rest = words[w + 1], words[w + 2:]  # "leading ... delegation to": "to" must follow
                while k < self.sent.end and (doc.lowers[k] != target
                                             or (rest and tuple(doc.lowers[k + 1:k + 1 + len(rest)]) != rest)):
                    if trig.passive and doc.lowers[k] in CLAUSE_BREAKS:
                        return None  # "hosted a banquet ..., which was attended by X": X is not the host
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
        hits = self.hits()
        self._hits = sorted(hits, key=lambda h: (h.start, -(h.end - h.start))) if len(hits) > 1 else hits
        title_relations(self)
        handled: set[tuple[str, int]] = set()
        for hit in self._hits:
            key = (hit.trigger.type, hit.start)
            if key in handled or handled and any(k[0] == hit.trigger.type and k[1] < hit.start < k[1] + 3
                                                 for k in handled):
                continue
            if self._blocked(hit):
                handled.add(key)
                continue
            rule = RULES.get(hit.trigger.type)
            if rule and rule(self, hit):
                handled.add(key)
        held_in(self)
        located_in(self)
        return self.out


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
    plural_at: dict = None  # sentence index -> token indices of plural pronouns ("they", "both ministers")
    group_at: dict = None  # token index of a group noun ("the two presidents") -> its persons when it names them
    reach_back: bool = False  # the document has a plural anaphor that reaches back to the last pair named
    trigger_at: dict = None  # sentence index -> token indices of trigger words
    titles_by_sent: dict = None  # sentence index -> title spans
    mentions_by_sent: dict = None  # sentence index -> mentions ("both countries" looks one sentence back)
    prev_country: str | None = None  # the country that opened the sentence before ("It chaired ...")
    who_at: list = None  # token indices of English "who" (relative clauses)
    where_sents: frozenset = frozenset()  # sentences with a "where"/"wo" clause ("travelled to X, where ...")
    named_orgs: frozenset | None = None  # organizations the document names (read once, when a post needs them)

    def __post_init__(self):
        sent_of = self.finder.sent_of
        self.pronoun_at, self.trigger_at, self.titles_by_sent = {}, {}, {}
        for t in self.finder.titles:
            self.titles_by_sent.setdefault(t.sent, []).append(t)
        self.plural_at, self.group_at, self.reach_back = {}, {}, False
        lang = self.resolver.lang
        plural, group_words = PLURAL_PRONOUNS.get(lang, ()), GROUP_WORDS.get(lang, ())
        for i in self.doc.where(PRONOUN):
            low = self.doc.lowers[i]
            if low in group_words:  # "both ministers", "die beiden Außenminister": a pair, or not a pronoun at all
                if not group_anaphor(self, i, self.finder.sents[sent_of[i]].start):
                    continue
                self.group_at.setdefault(i, ())
            self.pronoun_at.setdefault(sent_of[i], []).append(i)
            if low in plural or i in self.group_at or (low == "sie" and plural_sie(self, i)):
                self.plural_at.setdefault(sent_of[i], []).append(i)
                self.reach_back = self.reach_back or low != "they"  # a group noun or "sie": the last pair named
        for i in self.doc.where(TRIGGER):
            self.trigger_at.setdefault(sent_of[i], []).append(i)
        self.who_at = self.doc.positions(["who"]) if self.resolver.lang == "en" else []
        self.where_sents = frozenset(sent_of[i] for i in self.doc.positions(["where", "wo"]))

    def label(self, eid: str) -> str:
        """Kind label of an entity id."""
        return label_of_id(eid)

    def evidence(self, sent: Sentence) -> str:
        """The sentence, verbatim."""
        return self.text[sent.char_start:sent.char_end]

    def titles_in(self, sent: Sentence) -> list[TitleSpan]:
        """Title spans of a sentence."""
        return self.titles_by_sent.get(sent.index, [])

    def titles_in_index(self, index: int) -> list[TitleSpan]:
        """Title spans of the sentence with this index."""
        return self.titles_by_sent.get(index, [])

    def consistent_location(self, place_id: str, target_id: str) -> bool:
        """False when the KB puts the place in another country than the text suggests."""
        ent = self.kb.get(place_id)
        if ent is None or not ent.country or not target_id.startswith("country:"):
            return True
        return target_id == f"country:{ent.country.lower()}"
