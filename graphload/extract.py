"""Extraction of one document: entity mentions, resolution and relations, offline.

The default path needs no statistical model: spaCy's tokenizer, the knowledge base
in data/kb, the lexicons in data/lexicons and the rules of entities.py / relations.py.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache

from .chunk_names import edition
from .compound_names import HOSTED_SUFFIXES, MEMBER_SUFFIXES
from .docresolve import (
    DEMONSTRATIVE_PRONOUNS,
    EVENT_ANAPHORS,
    FIRST_PERSON,
    GUEST_NOUNS,
    OBJECT_PRONOUNS,
    PLURAL_PRONOUNS,
    POSSESSIVES,
    PRONOUNS,
    DocResolver,
)
from .entities import MentionFinder, TokMention
from .event_years import edition_years, join_short_forms
from .gazetteer import build_gazetteer
from .head_nouns import head_kind, head_tables
from .ingest import is_boilerplate_line
from .kb import DATA_DIR, KnowledgeBase, load_kb
from .lexicons import load_lexicons
from .models import DocResult, Document, Entity, make_id
from .plural_groups import GROUP_WORDS, PairMemory
from .relation_lists import is_item, item_meeting, list_opener
from .relation_rules import RULES
from .relations import IT_FIRSTS, RelationContext, SentenceRelations, it_opener
from .sentence_dates import date_memo, own_date, then_dates
from .spans import ARTICLES
from .text import TokenTable, split_sentences, tokenizer_for
from .unknown_orgs import CUES as ORG_CUES
from .unknown_places import CUES as PLACE_CUES
from .wordfacts import (
    GAZ,
    HEAD,
    HONORIFIC,
    LINK,
    LOWER_GAZ,
    NOT_NAME,
    OF_ARTICLE,
    OPEN_PAREN,
    PLACE_CUE,
    PRONOUN,
    TITLE,
    TRIGGER,
    WordFacts,
    suffix_candidates,
)

EXTRACTOR_VERSION = "1.0"
BOILERPLATE_MARKS = ("•",)


@dataclass(frozen=True)
class ExtractSettings:
    """Options of the extractor (picklable, hashable)."""

    relations: bool = True
    kb_paths: tuple[str, ...] = field(default_factory=tuple)


@lru_cache(maxsize=8)
def _gazetteer(lang: str, kb_paths: tuple[str, ...]):
    kb = load_kb(kb_paths)
    lexicons = load_lexicons(str(DATA_DIR / "lexicons"))
    return build_gazetteer(tokenizer_for(lang), kb, lexicons.for_lang(lang), lexicons.excluded_names(lang))


def extractor_version(settings: ExtractSettings | None = None) -> str:
    """The version string an :class:`Extractor` with ``settings`` would have, without building one."""
    settings = settings or ExtractSettings()
    kb = load_kb(settings.kb_paths)
    lexicons = load_lexicons(str(DATA_DIR / "lexicons"))
    digest = hashlib.sha256(f"{EXTRACTOR_VERSION}|{kb.fingerprint}|{lexicons.fingerprint}|"
                            f"{settings.relations}".encode())
    return f"{EXTRACTOR_VERSION}-{digest.hexdigest()[:12]}"


class Extractor:
    """Turn a :class:`Document` into a :class:`DocResult` (entities, mentions, relations).

    >>> ex = Extractor()                                   # doctest: +SKIP
    >>> ex.extract(doc).relations[0].type                  # doctest: +SKIP
    'MET_WITH'
    """

    def __init__(self, settings: ExtractSettings | None = None):
        self.settings = settings or ExtractSettings()
        self.kb: KnowledgeBase = load_kb(self.settings.kb_paths)
        self.lexicons = load_lexicons(str(DATA_DIR / "lexicons"))
        self.version = extractor_version(self.settings)
        self._facts: dict[str, WordFacts] = {}
        for lang in ("en", "de"):  # compile the matchers now, not inside the first documents
            _gazetteer(lang, self.settings.kb_paths)
            self._word_facts(lang)

    def _word_facts(self, lang: str) -> WordFacts:
        """This extractor's cache of per-word facts for ``lang``."""
        if lang not in self._facts:
            gaz = _gazetteer(lang, self.settings.kb_paths)
            self._facts[lang] = WordFacts(tokenizer_for(lang),
                                          word_classifier(gaz, self.lexicons.for_lang(lang), self.lexicons, lang))
        return self._facts[lang]

    def extract(self, doc: Document) -> DocResult:
        """Extract entities and relations from one document."""
        lang = doc.language if doc.language in ("en", "de") else "en"
        gaz = _gazetteer(lang, self.settings.kb_paths)
        lex = self.lexicons.for_lang(lang)
        tokens = TokenTable(doc.text, self._word_facts(lang))
        chrome = is_boilerplate_line if not any(mark in doc.text for mark in BOILERPLATE_MARKS) else _boilerplate
        sents = [s for s in split_sentences(tokens) if not chrome(doc.text[s.char_start:s.char_end])]
        finder = MentionFinder(tokens, sents, gaz, lex, self.lexicons, lang)
        finder.run()
        by_index = {s.index: s for s in sents}
        date_for = date_memo(doc, tokens, finder.sent_of)
        own = own_date(date_for, by_index, doc.date)
        resolver = DocResolver(finder, self.kb, lang, doc.date, own)
        mentions = [m for m in resolver.run() if (s := by_index.get(m.sent)) is not None and s.start <= m.start < s.end]
        self._date_events(mentions, doc.date, tokens.lowers,
                          lambda i: doc.text[by_index[i].char_start:by_index[i].char_start + 40], own)
        relations = self._relations(doc, tokens, sents, finder, resolver, mentions, date_for) \
            if self.settings.relations else []
        return self._result(doc, mentions, relations)

    def _relations(self, doc, tokens, sents, finder, resolver, mentions, date_for):
        date_for = then_dates(finder, resolver, date_for)
        ctx = RelationContext(
            doc=tokens, doc_id=doc.id, text=doc.text, finder=finder, resolver=resolver,
            lex=self.lexicons.for_lang(doc.language), lexicons=self.lexicons, kb=self.kb,
            events=[m for m in mentions if m.label == "Event" and not m.nested],
            date_for=date_for,
        )
        by_sent: dict[int, list[TokMention]] = {}
        for m in mentions:
            by_sent.setdefault(m.sent, []).append(m)
        ctx.mentions_by_sent = by_sent
        return _sentence_relations(ctx, tokens, sents, by_sent)

    def _date_events(self, mentions: list[TokMention], date: str | None, lowers: list[str], opening, own) -> None:
        """Events named the same in different years are different nodes: add the year when known; a year or
        another ordinal before the name ("the 2027 G7 summit", "the 21st Summit" after "the 20th") is another
        edition of the gathering; so is one its sentence dates ("In June 2024 X hosted the Y Conference")."""
        first_ordinal: dict[str, str] = {}
        events = [m for m in mentions if m.label == "Event" and m.source == "chunk" and not m.props.get("known")]
        told = edition_years(events, own, opening)
        for m in sorted(events, key=lambda m: m.start):
            name = m.props.get("canonical", m.surface)
            year, ordinal = edition(lowers, m)
            if ordinal and first_ordinal.setdefault(name, ordinal) != ordinal:
                _new_edition(m, ordinal, name)
                m.eid = make_id("Event", m.props["canonical"])
            elif year or date or id(m) in told:
                m.eid = make_id("Event", f"{name} {year or told.get(id(m)) or date[:4]}")
                if year and year != (date or "")[:4]:
                    _new_edition(m, year, name)
        join_short_forms(events)

    def _result(self, doc: Document, mentions: list[TokMention], relations) -> DocResult:
        entities: dict[str, Entity] = {}
        counts: dict[str, int] = {}
        surfaces: dict[str, list[str]] = {}
        roles: dict[str, TokMention] = {}
        for m in mentions:
            eid, source = m.eid, m.source
            if not eid or source == "pronoun" or source == "anaphora":
                continue
            counts[eid] = counts.get(eid, 0) + 1
            if source == "role":  # a headline's "Kanzlerin" does not name the person it means
                roles.setdefault(eid, m)
                continue
            if eid not in entities:
                entities[eid] = self._entity(m)
                surfaces[eid] = []
            surfaces[eid].append(_clean_surface(m.surface))
            if m.props.get("aka"):  # "17th ECO Summit" after a headline's "ECO summit" made the node
                surfaces[eid].append(m.props["aka"])
        for eid, m in roles.items():
            if eid not in entities:
                entities[eid] = self._entity(m)
        for eid, names in surfaces.items():  # after the names the entity was made with, in text order
            entities[eid].add_aliases(names)
        for rel in relations:
            for eid in (rel.source, rel.target):
                if eid not in entities:
                    kb_ent = self.kb.get(eid)
                    if kb_ent is not None:
                        entities[eid] = Entity(eid, kb_ent.label, kb_ent.name, [kb_ent.name], 0, kb_ent.qid)
                        counts[eid] = counts.get(eid, 0) + 1
        relations = [r for r in relations if r.source in entities and r.target in entities]
        return DocResult(document=doc, entities=entities, mentions=counts, relations=relations)

    def _entity(self, m: TokMention) -> Entity:
        kb_ent = self.kb.get(m.eid)
        if kb_ent is not None:
            return Entity(m.eid, kb_ent.label, kb_ent.name, [kb_ent.name], 0, kb_ent.qid)
        name = m.props.get("key") if m.label == "Person" else m.props.get("canonical") or m.surface
        ent = Entity(m.eid, m.label, _clean_surface(name or m.surface), [], 0)
        if m.label == "Event" and name and name != m.surface:
            ent.add_aliases([name])
        if m.props.get("aka"):
            ent.add_aliases([m.props["aka"]])
        genitive = _degenitive(m.surface)
        if genitive:
            ent.add_aliases([genitive])
        return ent


def word_classifier(gaz, lex, lexicons, lang: str):
    """The lexicon facts of one word (wordfacts bits) for the finder and relation rules of ``lang``."""
    pron = (PRONOUNS.get(lang, set()) | POSSESSIVES.get(lang, set()) | FIRST_PERSON.get(lang, set())
            | OBJECT_PRONOUNS.get(lang, set()) | PLURAL_PRONOUNS.get(lang, set()) | GUEST_NOUNS.get(lang, set())
            | DEMONSTRATIVE_PRONOUNS.get(lang, set()) | GROUP_WORDS.get(lang, set()))  # "both ministers"
    triggers = {h for h, trigs in lex.triggers.items() if any(t.type in RULES for t in trigs)}
    by_low: dict[str, int] = {}  # lower-cased word -> bits read from its lower case
    for bit, words in ((TITLE, gaz.titles), (PRONOUN, pron), (TRIGGER, triggers), (LOWER_GAZ, gaz.lowered_names.lengths),
                       (LINK, lex.connectors | {"the"}), (OF_ARTICLE, ARTICLES | {"of", "der", "des"})):
        for w in words:
            by_low[w] = by_low.get(w, 0) | bit
    by_word: dict[str, int] = {"’": LINK, "'": LINK, "(": OPEN_PAREN}  # the word as written -> bits
    roles = lex.person_roles | {w.capitalize() for w in lex.person_roles if w.islower()}  # "Activist X said"
    for bit, words in ((NOT_NAME, lexicons.not_names), (HONORIFIC, lex.honorifics | roles), (GAZ, gaz.names.lengths),
                       (PLACE_CUE, PLACE_CUES.keys() | ORG_CUES)):
        for w in words:
            by_word[w] = by_word.get(w, 0) | bit

    head_of = head_tables(lex)[0]
    role_suffixes = suffix_candidates(lex.person_role_suffixes) if lex.person_role_suffixes else None
    compound_triggers = HOSTED_SUFFIXES + MEMBER_SUFFIXES

    def classify(word: str, low: str) -> int:
        if lang == "de" or "-" in word:  # compounds: head_kind reads their suffixes
            head = head_kind(word, low, gaz, lex, lang)
        else:  # head_kind's plain case, without its calls
            head = word in head_of and low not in gaz.titles and low not in lex.chair_heads
        return (by_low.get(low, 0) | by_word.get(word, 0) | (HEAD if head else 0)
                | (TRIGGER if low.endswith(compound_triggers) else 0)  # "the Qatar-hosted talks", "EU-Mitglied"
                | (HONORIFIC if role_suffixes and low.endswith(role_suffixes(low)) else 0))  # "Wirtschaftsjournalistin"

    return classify


def _may_relate(ctx: RelationContext, sent, found: list[TokMention]) -> bool:
    """Whether a sentence can hold a relation: a title, a trigger with someone or something named
    (or a pronoun) to be its subject, or an event or place named."""
    index = sent.index
    if index in ctx.titles_by_sent:
        return True
    if index in ctx.trigger_at:
        return bool(found) or index in ctx.pronoun_at or not ctx.finder.kb_at.keys().isdisjoint(
            range(sent.start, sent.end))
    if len(found) == 1 and ctx.events and found[0].label == "Place" and sent.end - sent.start > 2:
        return ctx.doc.lowers[sent.start + 1] in EVENT_ANAPHORS  # "Die Tagung fand in der Hofburg statt"
    return len(found) >= 2 and any(m.label in ("Event", "Place") for m in found)


def _sentence_relations(ctx: RelationContext, tokens: TokenTable, sents, by_sent: dict) -> list:
    """Each sentence's relations in order, with what a sentence hands on to the next: its subject, its persons
    (for "they"), a meeting list's lead ("met with:" and its items), the country it opens with (for "It")."""
    out, prev_subject, prev_group, lead, prev, pairs = [], None, (), None, None, PairMemory()
    for sent in sents:
        found = by_sent.get(sent.index, ())
        if tokens.lowers[sent.start] in IT_FIRSTS and it_opener(tokens.lowers, sent.start):  # "It chaired Y"
            ctx.prev_country = _it_country(ctx, tokens, prev)
        prev = (sent, found)
        lead = lead if lead is not None and is_item(tokens.words, sent) else None  # "met with:" and its items
        if lead is None and not _may_relate(ctx, sent, found):
            if found:
                prev_subject = _plain_subject(ctx, sent.index, found) or prev_subject
            prev_group = pairs.read(ctx, sent.index, None)
            continue
        sr = SentenceRelations(ctx, sent, found, prev_subject, prev_group)
        rels = sr.run()
        if lead is not None:
            item_meeting(sr, lead)  # adds to the sentence's relations
        out.extend(rels)
        lead = lead or list_opener(sr)
        prev_subject = sr.subject() or prev_subject
        prev_group = pairs.read(ctx, sent.index, sr)
    return out


def _it_country(ctx: RelationContext, tokens: TokenTable, prev) -> str | None:
    """The country a sentence-initial "It" stands for: the one the sentence before opens with ("Kazakhstan joined
    X. It chaired Y"), or the one an "It" sentence before stood for."""
    if prev is None:
        return None
    sent, found = prev
    if it_opener(tokens.lowers, sent.start):
        return ctx.prev_country
    first = min((m for m in found if not m.nested and m.eid), key=lambda m: m.start, default=None)
    return first.eid if first is not None and first.label == "Country" and first.start == sent.start else None


def _plain_subject(ctx: RelationContext, index: int, found: list[TokMention]) -> str | None:
    """The subject a skipped sentence hands on: its first named person, unless a pronoun comes first."""
    if not found:
        return None
    persons = [m for m in found if m.label == "Person" and m.eid and not m.nested]
    if not persons:
        return None
    first = min(persons, key=lambda m: m.start)
    pronouns = ctx.pronoun_at.get(index, ())
    return None if pronouns and pronouns[0] < first.start else first.eid


def _new_edition(m: TokMention, mark: str, name: str) -> None:
    """Name an event mention as another edition of the gathering ("21st Summit of ...", "2027 G7 Summit")."""
    m.surface, m.props["canonical"], m.props["edition"] = f"{mark} {m.surface}", f"{mark} {name}", True


@lru_cache(maxsize=65536)
def _clean_surface(text: str) -> str:
    """A surface form without brackets and with single spaces (remembered for the latest forms)."""
    if "[" in text or "]" in text or not text.isprintable() or "  " in text or text[:1] == " " or text[-1:] == " ":
        return " ".join(text.replace("[", "").replace("]", "").split())
    return text  # already clean: the common case, without building a list


def _degenitive(surface: str) -> str | None:
    """German genitive of an event head: "Gipfeltreffens der X" -> "Gipfeltreffen der X"."""
    first, _, rest = surface.partition(" ")
    if first.endswith("s") and not first.endswith("ss") and first[:1].isupper() and rest[:4] in ("der ", "des "):
        return f"{first[:-1]} {rest}"
    return None


def _boilerplate(sentence: str) -> bool:
    return any(mark in sentence for mark in BOILERPLATE_MARKS) or is_boilerplate_line(sentence)


