"""Find entity mentions in one tokenized document: gazetteer, titles, names, head nouns.

The finder is one class built from three rule families: :class:`~graphload.titles.TitleRules`,
:class:`~graphload.chunks.ChunkRules` and the gazetteer and person rules below.
"""

from __future__ import annotations

import re
from operator import itemgetter

from .acronyms import AcronymRules
from .bracket_events import join_bracketed_events
from .chunk_names import apposition_aliases, unify_events
from .chunks import ChunkRules
from .compound_names import find_compound_names
from .context_persons import find_context_persons, is_role_word
from .gazetteer import ADJ_KEY, Gazetteer
from .generic_events import find_generic_events
from .head_nouns import head_tables
from .lexicons import LanguageLexicon, Lexicons
from .national_bodies import find_national_parliaments
from .session_events import find_owned_sessions
from .spans import (
    PARTICLES,
    SKIP_IN_NAMES,
    TitleSpan,
    TokMention,
    is_initial,
    is_name_token,
    is_name_word,
)
from .spans import label_of as _label_of
from .text import Sentence, TokenTable
from .title_persons import persons_from_titles
from .titles import TitleRules
from .unknown_orgs import CUES as ORG_CUES
from .unknown_orgs import find_cued_orgs
from .unknown_places import find_unknown_places
from .wordfacts import ALNUM0, CAP, GAZ, HEAD, HONORIFIC, LOWER_GAZ, PLACE_CUE

__all__ = ["MentionFinder", "TitleSpan", "TokMention", "is_name_token"]

NOT_AFTER_ZU = ("besuch", "gast", "gespräch", "gesprächen", "reise", "konsultationen", "verhandlungen", "gipfel",
                "gipfeltreffen", "konferenz", "treffen", "beratungen", "tagung", "ehren")  # never a surname after "zu"
REGNAL = re.compile(r"^[IVX]{1,4}\.?$")  # "König Abdullah II.", "King Charles III"


NAME_HONORIFICS = frozenset({"Sheikh", "Sheikha", "Scheich", "Scheicha"})  # kept in the name ("Sheikh Tamim ...")
HONORIFIC_SECONDS = frozenset({"Sri", "Seri"})  # "Dato' Sri X": a form of address only after another one
ADDRESS_MARKS = frozenset({".", "'", "’"})  # the point or apostrophe of "Amb.", "Dato'"
SENTENCE_OPENERS = frozenset({".", "!", "?", ":", "–", "—", "-", "\"", "“", "„"})  # before a sentence's first word
RANK_ADDRESS = frozenset({"General", "Colonel", "Admiral", "Brigadier", "Marshal", "Lieutenant-General", "Major-General",
                          "General-Leutnant", "Generalleutnant", "Generalmajor", "Oberst"})  # "..., General X"


class MentionFinder(TitleRules, ChunkRules, AcronymRules):
    """Find mentions in one document; holds the per-document state."""

    def __init__(self, table: TokenTable, sents: list[Sentence], gaz: Gazetteer, lex: LanguageLexicon,
                 lexicons: Lexicons, lang: str = "en"):
        self.doc, self.sents, self.gaz, self.lex, self.lexicons = table, sents, gaz, lex, lexicons
        self.lang = lang
        self.sent_of = [0] * len(table)
        for s in sents:
            self.sent_of[s.start:s.end] = [s.index] * (s.end - s.start)
        self.capital = ((table.flags & CAP) != 0).tolist()
        self.alnum0 = ((table.flags & ALNUM0) != 0).tolist()
        self.head_at = set(table.where(HEAD))
        self.joiners = lex.connectors | {"the"}  # words inside a name ("Council of the ...")
        self.head_of = head_tables(lex)[0]
        self.kb_at: dict[int, TokMention] = {}  # token index -> covering KB/adjective mention
        self.headlines: set[int] = set()  # sentences in Title Case
        self.mentions: list[TokMention] = []
        self.titles: list[TitleSpan] = []

    def run(self) -> tuple[list[TokMention], list[TitleSpan]]:
        """Find gazetteer mentions, titles, chunks and persons."""
        self._gazetteer()
        self._org_events()
        find_national_parliaments(self)
        find_compound_names(self)
        self._chunks()
        unify_events(self)
        find_cued_orgs(self, [k for k in self.doc.where(PLACE_CUE) if self.doc.words[k] in ORG_CUES])
        apposition_aliases(self.doc, self.mentions)
        self._acronym_names()
        join_bracketed_events(self)
        find_owned_sessions(self)
        find_unknown_places(self)
        self._titles()
        persons_from_titles(self)
        self._honorific_persons()
        find_context_persons(self)
        find_generic_events(self)
        return self.mentions, self.titles

    # -- gazetteer ---------------------------------------------------------
    def _gazetteer(self) -> None:
        words = self.doc.words
        matches = self.gaz.names.matches(words, self.doc.where(GAZ))
        capital_starts = self.doc.where_all(LOWER_GAZ | CAP)  # "Organization of The Islamic Conference"
        for key, s, e in self.gaz.lowered_names.matches(self.doc.lowers, capital_starts):
            if words[e - 1][:1].isupper():
                matches.append((key, s, e))
        for key, start, end in _filter_spans(matches):
            text = self.doc.text(start, end)
            if key == ADJ_KEY:
                eid, label, source = self.gaz.adjectives[text], "Country", "adj"
            else:
                eid = self.gaz.surface.get(text) or self.gaz.lowered[text.lower()]
                label, source = _label_of(eid), "kb"
            if label == "Person" and start > 0 and words[start - 1] in ("'s", "’s"):
                continue
            if start > 0 and (words[start - 1], text) in self.lexicons.region_names:
                continue  # "Latin America", "South American": a region, not the United States
            m = TokMention(start, end, label, eid, text, source, self.sent_of[start])
            self.mentions.append(m)
            for i in range(start, end):
                self.kb_at[i] = m

    # -- persons -------------------------------------------------------------
    def _read_name(self, i: int, step: int = 1, limit: int = 5, titled: bool = False) -> tuple[int, int] | None:
        """Read a personal name forwards from token ``i`` (or backwards ending at ``i``); ``titled``: right
        after a title, where a first word that is also a head noun ("President Park Jae-hoon") still names."""
        words, lowers, n = self.doc.words, self.doc.lowers, len(self.doc.words)
        idx, count, last_name = i, 0, None
        while 0 <= idx < n and count < limit:
            word = words[idx]
            if word in SKIP_IN_NAMES:
                idx += step
                continue
            m = self.kb_at.get(idx)
            if m is not None and m.label != "Person":
                break
            if last_name is not None and step == 1 and REGNAL.match(word):
                last_name = idx  # a regnal number ends the name
                break
            if (is_name_word(word) and word not in self.lexicons.not_names and lowers[idx] not in self.gaz.titles
                    and (word not in self.head_of or (titled and idx == i and self._name_next(idx)))
                    and self.sent_of[idx] not in self.headlines):
                last_name = idx
                count += 1
            elif lowers[idx] in PARTICLES and last_name is not None and self._particle_joins(idx, step):
                pass
            else:
                break
            idx += step
        if last_name is None:
            return None
        s, e = (i, last_name + 1) if step == 1 else (last_name, i + 1)
        while s < e and words[s] in SKIP_IN_NAMES:
            s += 1
        s = self._honorifics_end(s)  # "His Excellency X" read backwards
        return (s, e) if s < e else None

    def _particle_joins(self, idx: int, step: int) -> bool:
        """A name particle at ``idx`` goes on to a name word, past a second particle ("van der Berg")."""
        words, lowers, n = self.doc.words, self.doc.lowers, len(self.doc)
        k = idx + step
        if 0 <= k < n and lowers[k] in PARTICLES and lowers[k] != lowers[idx]:
            k += step
        if lowers[idx] == "zu" and 0 <= k < n and lowers[k].endswith(NOT_AFTER_ZU):
            return False  # "X zu Arbeitsbesuch in Y", "X zu Gesprächen in Z" (headlines), not "zu Guttenberg"
        return 0 <= k < n and is_name_word(words[k])

    def _past_honorifics(self, j: int) -> int:
        """Skip forms of address between a title and its name ("Minister, Hon. X", "Foreign Minister, Senator Y")."""
        k = self._honorifics_end(j)
        if k == j < len(self.doc.words) - 1 and self.doc.lowers[j] == "the":  # "..., the Hon. X"
            k = self._honorifics_end(j + 1)
            k = k if k > j + 1 else j
        if k == j and j + 1 < len(self.doc.words) and self.doc.words[j] in RANK_ADDRESS and self._name_next(j):
            k = j + 1  # "Sudan's army chief, General X Y": a rank, not part of the name
        return k if k < len(self.doc.words) and is_name_word(self.doc.words[k]) else j

    def _honorifics_end(self, j: int) -> int:
        """The end of the forms of address that open at ``j`` ("H.E.", "Amb.", "Dato' Seri Haji", "Tan Sri"),
        ``j`` itself when none does; "Sheikh" is kept in the name."""
        words, honorifics, pairs = self.doc.words, self.lex.honorifics, self.lex.honorific_pairs
        n = len(words)
        k = j
        while k < n:
            if k + 1 < n and (words[k], words[k + 1]) in pairs:
                k += 2
            elif (words[k] in honorifics and words[k] not in NAME_HONORIFICS) or (k > j and words[k] in HONORIFIC_SECONDS):
                k += 1
            elif k > j and words[k] in ADDRESS_MARKS:
                k += 1  # "Amb.", "Dato'"
            else:
                break
        return k

    def _name_next(self, j: int) -> bool:
        """The word after ``j`` is a name word of no other mention, head noun or non-name."""
        if j + 1 >= len(self.doc) or j + 1 in self.kb_at:
            return False
        nxt = self.doc.words[j + 1]
        return is_name_word(nxt) and nxt not in self.lexicons.not_names and nxt not in self.head_of

    def _honorific_persons(self) -> None:
        doc = self.doc
        for i in doc.where(HONORIFIC):
            if i + 1 < len(doc):
                j = self._honorifics_end(max(self._honorifics_end(i), i + 1))  # past "Amb.", "Dato' Seri"
                if j < len(doc) and doc.words[j] == "," and not doc.words[j - 1].endswith("."):
                    j += 1  # "his French counterpart, Anna Berg": the name in apposition
                span = self._read_name(j) if j < len(doc) else None
                if span and (doc.words[i] in self.lex.honorifics or (self._role_name(*span) and self._role_at(i))):
                    self._person_mention(*span, source="name")

    def _role_name(self, s: int, e: int) -> bool:
        """After a person's role ("activist", "die Unternehmerin"), not a form of address: a full name of at least
        two name words ("activist Petru Grosu"), so that "journalists Monday" or "Journalisten Fragen" names none."""
        return sum(1 for w in self.doc.words[s:e] if is_name_word(w) and not is_initial(w)) >= 2

    def _role_at(self, i: int) -> bool:
        """A role word as written ("activist", "Unternehmerin"), or an English one capitalised at the start of a
        sentence or after a dateline's dash ("Activist Petru Grosu said ...")."""
        words = self.doc.words
        if is_role_word(self.lex, words[i], self.doc.lowers[i]):
            return True
        k = i - 1
        while k >= 0 and words[k].isspace():
            k -= 1
        return k < 0 or self.sent_of[k] != self.sent_of[i] or words[k] in SENTENCE_OPENERS

    def _person_mention(self, s: int, e: int, source: str) -> TokMention:
        existing = self.kb_at.get(s)
        if existing is not None and existing.label == "Person" and existing.end >= e:
            return existing
        parts = [w for w in self.doc.words[s:e] if w not in SKIP_IN_NAMES]
        surface = " ".join(parts)
        key = " ".join(w for w in parts if not is_initial(w))
        eid = self.gaz.surface.get(surface) or self.gaz.surface.get(key)
        if eid is None and len(parts) > 2 and parts[0] in NAME_HONORIFICS:  # "Scheich Tamim ...": the KB's "Tamim ..."
            eid = self.gaz.surface.get(" ".join(parts[1:]))
        if eid and _label_of(eid) != "Person":
            eid = None
        m = TokMention(s, e, "Person", eid, surface, source, self.sent_of[s], props={"key": key})
        for k in range(s, e):
            self.kb_at[k] = m
        self.mentions.append(m)
        return m

    def add_context_person(self, s: int, e: int) -> TokMention:
        """Register a person found by a relation context ("met with John Smith")."""
        return self._person_mention(s, e, "name")


def _filter_spans(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """spaCy's ``filter_spans`` on (key, start, end) matches: the (first) longest of overlapping matches wins."""
    result, seen = [], set()
    for match in sorted(matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True):
        if match[1] not in seen and match[2] - 1 not in seen:
            result.append(match)
            seen.update(range(match[1], match[2]))
    return sorted(result, key=itemgetter(1))
