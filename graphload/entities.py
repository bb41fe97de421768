"""Find entity mentions in one tokenized document: gazetteer, titles, names, head nouns.

The finder is one class built from three rule families: :class:`~graphload.titles.TitleRules`,
:class:`~graphload.chunks.ChunkRules` and the gazetteer and person rules below.
"""

from __future__ import annotations

from spacy.util import filter_spans

from .chunks import ChunkRules, head_tables
from .gazetteer import ADJ_KEY, Gazetteer
from .lexicons import LanguageLexicon, Lexicons
from .spans import PARTICLES, SKIP_IN_NAMES, TitleSpan, TokMention, is_name_token
from .spans import label_of as _label_of
from .text import Sentence, TokenTable
from .titles import TitleRules

__all__ = ["MentionFinder", "TitleSpan", "TokMention", "is_name_token"]


class MentionFinder(TitleRules, ChunkRules):
    """Find mentions in one document; holds the per-document state."""

    def __init__(self, table: TokenTable, sdoc, sents: list[Sentence], gaz: Gazetteer, lex: LanguageLexicon,
                 lexicons: Lexicons, lang: str = "en"):
        self.doc, self.sdoc, self.sents, self.gaz, self.lex, self.lexicons = table, sdoc, sents, gaz, lex, lexicons
        self.lang = lang
        self.sent_of = [0] * len(table)
        for s in sents:
            self.sent_of[s.start:s.end] = [s.index] * (s.end - s.start)
        self.capital = [w[:1].isupper() for w in table.words]
        self.caps = [i for i, c in enumerate(self.capital) if c]
        self.head_of, self.suffix_re, self.suffix_kind = head_tables(lex)
        self.kb_at: dict[int, TokMention] = {}  # token index -> covering KB/adjective mention
        self.headlines: set[int] = set()  # sentences in Title Case
        self.mentions: list[TokMention] = []
        self.titles: list[TitleSpan] = []

    def run(self) -> tuple[list[TokMention], list[TitleSpan]]:
        """Find gazetteer mentions, titles, chunks and persons."""
        self._gazetteer()
        self._org_events()
        self._chunks()
        self._apposition_aliases()
        self._titles()
        self._persons_from_titles()
        self._honorific_persons()
        return self.mentions, self.titles

    # -- gazetteer ---------------------------------------------------------
    def _gazetteer(self) -> None:
        doc = self.sdoc
        matches = list(self.gaz.matcher(doc))
        for key, s, e in self.gaz.lower_matcher(doc):  # "Organization of The Islamic Conference"
            if self.doc.words[s][:1].isupper() and self.doc.words[e - 1][:1].isupper():
                matches.append((key, s, e))
        spans = []
        for key, s, e in matches:
            span = doc[s:e]
            span.label_ = doc.vocab.strings[key]
            spans.append(span)
        for span in filter_spans(spans):
            text = span.text
            if span.label_ == ADJ_KEY:
                eid, label, source = self.gaz.adjectives[text], "Country", "adj"
            else:
                eid = self.gaz.surface.get(text) or self.gaz.lowered[text.lower()]
                label, source = _label_of(eid), "kb"
            if label == "Person" and span.start > 0 and self.doc.words[span.start - 1] in ("'s", "’s"):
                continue
            m = TokMention(span.start, span.end, label, eid, text, source, self.sent_of[span.start])
            self.mentions.append(m)
            for i in range(span.start, span.end):
                self.kb_at[i] = m

    # -- persons -------------------------------------------------------------
    def _read_name(self, i: int, step: int = 1, limit: int = 5) -> tuple[int, int] | None:
        """Read a personal name forwards from token ``i`` (or backwards ending at ``i``)."""
        doc, n = self.doc, len(self.doc)
        idx, count, last_name = i, 0, None
        while 0 <= idx < n and count < limit:
            tok = doc[idx]
            if tok.text in SKIP_IN_NAMES:
                idx += step
                continue
            m = self.kb_at.get(idx)
            if m is not None and m.label != "Person":
                break
            if (is_name_token(tok) and tok.text not in self.lexicons.not_names and tok.lower_ not in self.gaz.titles
                    and tok.text not in self.head_of and self.sent_of[idx] not in self.headlines):
                last_name = idx
                count += 1
            elif tok.lower_ in PARTICLES and last_name is not None and 0 <= idx + step < n and is_name_token(doc[idx + step]):
                pass
            else:
                break
            idx += step
        if last_name is None:
            return None
        s, e = (i, last_name + 1) if step == 1 else (last_name, i + 1)
        while s < e and doc.words[s] in SKIP_IN_NAMES:
            s += 1
        return s, e

    def _persons_from_titles(self) -> None:
        doc = self.doc
        previous: TitleSpan | None = None
        for t in self.titles:
            span = None
            j = t.end + (1 if t.end < len(doc) and doc.words[t.end] == "," and t.end > t.start + 1 else 0)
            nxt = self._read_name(j) if j < len(doc) else None
            if nxt:
                span = nxt
                if t.owner is None:  # "President Dalia Grybauskaitė of Lithuania"
                    t.owner = self._complement(nxt[1])[1]
            elif t.start >= 2 and doc.lowers[t.start - 1] in ("the", "der", "die", "dem", "den"):
                span = self._apposition(t.start - 1)
            elif t.start >= 1:
                span = self._apposition(t.start)
            if span:
                t.person_mention = self._person_mention(*span, source="title")
            elif (previous is not None and previous.person_mention is not None and t.start >= 1
                  and previous.end == t.start - 1 and doc.lowers[t.start - 1] in ("and", "und")):
                t.person_mention = previous.person_mention  # "Foreign Minister of X and Chairperson-in-Office of Y"
            previous = t

    def _apposition(self, k: int) -> tuple[int, int] | None:
        if k >= 1 and self.doc.words[k - 1] == ",":
            return self._read_name(k - 2, step=-1)
        return None

    def _honorific_persons(self) -> None:
        doc, honorifics = self.doc, self.lex.honorifics
        for i in [i for i, w in enumerate(doc.words) if w in honorifics]:
            if i + 1 < len(doc):
                j = i + 1
                while j < len(doc) and doc.words[j] in self.lex.honorifics:
                    j += 1
                span = self._read_name(j) if j < len(doc) else None
                if span:
                    self._person_mention(*span, source="name")

    def _person_mention(self, s: int, e: int, source: str) -> TokMention:
        existing = self.kb_at.get(s)
        if existing is not None and existing.label == "Person" and existing.end >= e:
            return existing
        doc = self.doc
        surface = " ".join(t.text for t in doc[s:e] if t.text not in SKIP_IN_NAMES)
        key = " ".join(t.text for t in doc[s:e] if t.text not in SKIP_IN_NAMES and not (len(t.text) == 2 and t.text.endswith(".")))
        eid = self.gaz.surface.get(surface) or self.gaz.surface.get(key)
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

