"""Find entity mentions in one tokenized document: gazetteer, titles, names, head nouns."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.util import filter_spans

from .gazetteer import ADJ_KEY, Gazetteer
from .lexicons import LanguageLexicon, Lexicons
from .models import make_id
from .text import Sentence, TokenTable

PARTICLES = frozenset({"de", "van", "von", "der", "al", "bin", "da", "dos", "la", "le", "del", "di", "ibn", "zu"})
OWNER_PREPS = frozenset({"of", "for", "der", "des", "von", "vom", "to", "bei"})
ARTICLES = frozenset({"the", "der", "die", "das", "den", "dem", "des"})
SKIP_IN_NAMES = frozenset({"[", "]"})
INDEFINITE = frozenset({"a", "an", "ein", "eine", "einer", "einem", "einen", "eines"})
EVENT_HEADS_EN = {"gipfel": "Summit", "gipfels": "Summit", "gipfeltreffen": "Summit", "gipfeltreffens": "Summit",
                  "konferenz": "Conference", "treffen": "Meeting", "treffens": "Meeting", "tagung": "Meeting",
                  "sitzung": "Session", "dialog": "Dialogue", "dialogs": "Dialogue", "forum": "Forum", "forums": "Forum"}


@dataclass
class TokMention:
    """An entity mention over a token range."""

    start: int
    end: int
    label: str
    eid: str | None
    surface: str
    source: str  # kb | adj | chunk | title | name | surname | role | pronoun | anaphora
    sent: int = 0
    nested: bool = False  # inside a longer name, as a complement ("Council of OSCE")
    props: dict = field(default_factory=dict)


@dataclass
class TitleSpan:
    """A post such as "Kazakh Foreign Minister" or "Secretary General of OSCE"."""

    start: int
    end: int
    head: str  # the head as written
    title: str  # modifiers + head as written
    owner: str | None  # org or country id the post belongs to
    chair: bool
    sent: int
    person: str | None = None  # person id once attached
    person_mention: TokMention | None = None


def is_name_token(tok) -> bool:
    """A capitalised word that can be part of a personal name."""
    t = tok.text
    if len(t) == 2 and t[0].isupper() and t[1] == ".":
        return True  # initial
    return t[:1].isupper() and any(c.islower() for c in t) and t.replace("-", "").replace("'", "").isalpha()


class MentionFinder:
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
        self.head_of, self.suffix_re, self.suffix_kind = _head_tables(lex)
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

    # -- titles ------------------------------------------------------------
    def _titles(self) -> None:
        titles, words = self.gaz.titles, self.doc.words
        lowers = self.doc.lowers
        cands = [i for i in self.caps if lowers[i] in titles or "-" in words[i]]
        # "Nursultan Nazarbayev, the president of Kazakhstan": appositive titles are often lower case
        cands += [i for i, low in enumerate(lowers) if low in titles and not self.capital[i] and self._after_comma(i)]
        cands.sort()
        end = 0
        for i in cands:
            if i < end:
                continue
            found = self._title_at(i)
            if found is not None:
                self.titles.append(found)
                end = found.end

    def _title_at(self, i: int) -> TitleSpan | None:
        doc = self.doc
        tok = doc[i]
        if i in self.kb_at and self.kb_at[i].label != "Organization":
            return None
        low = tok.lower_
        prefix_owner = None
        head_end = None
        for words in self.gaz.titles.get(low, ()):
            if i + len(words) <= len(doc) and all(doc.lowers[i + k] == w for k, w in enumerate(words)):
                head_end = i + len(words)
                break
        if head_end is None and "-" in tok.text:
            pre, _, post = tok.text.rpartition("-")
            if post.lower() in self.gaz.titles and post[:1].isupper():
                prefix_owner = self.gaz.surface.get(pre) or self.gaz.adjectives.get(pre)
                head_end = i + 1
        if head_end is None or not (tok.text[:1].isupper() or self._after_comma(i)):
            return None
        start = self._extend_left(i)
        owner = prefix_owner or self._left_owner(start, i)
        head = doc[i:head_end].text if prefix_owner is None else tok.text.rpartition("-")[2]
        rep = head.lower() in self.lex.representative_heads
        end, comp_owner = self._complement(head_end, rep)
        title = doc[self._modifier_start(start, i):head_end].text
        chair = head.lower() in self.lex.chair_heads
        if owner is None or (comp_owner and not prefix_owner):
            owner = comp_owner or owner
        return TitleSpan(start, end, head, title, owner, chair, self.sent_of[i])

    def _after_comma(self, i: int) -> bool:
        """The word follows ", " or ", the" (an apposition)."""
        lowers = self.doc.lowers
        j = i - 1
        while j >= 0 and (lowers[j] in ARTICLES or lowers[j] in self.lex.title_modifiers or
                          self.doc.words[j] in self.lex.title_modifiers):
            j -= 1
        return j >= 0 and lowers[j] == ","

    def _place_at(self, k: int) -> bool:
        m = self.kb_at.get(k)
        return m is not None and m.start == k and m.label in ("Place", "Country")

    def _modifier_start(self, start: int, i: int) -> int:
        j = i
        while j > start and (self.doc.words[j - 1] in self.lex.title_modifiers):
            j -= 1
        return j

    def _extend_left(self, i: int) -> int:
        j = i
        while j > 0:
            prev = self.doc[j - 1]
            m = self.kb_at.get(j - 1)
            if prev.text in self.lex.title_modifiers or (m and m.label in ("Country", "Organization")):
                j = m.start if m and prev.text not in self.lex.title_modifiers else j - 1
            else:
                break
        return j

    def _left_owner(self, start: int, i: int) -> str | None:
        for j in range(i - 1, start - 1, -1):
            m = self.kb_at.get(j)
            if m and m.label in ("Country", "Organization"):
                return m.eid
        return None

    def _complement(self, j: int, representative: bool = False) -> tuple[int, str | None]:
        """Read "of X", "for X", "der X" after a title head; return (end, owner id).

        For representatives ("Permanent Representative of X to Y") only "of" names the owner.
        A trailing place ("in New York") is read over, so the name after it still attaches.
        """
        doc, n = self.doc, len(self.doc)
        owner, end = None, j
        for _ in range(4):
            if j < n and doc.lowers[j] in ("in", "at", "im") and self._place_at(j + 1):
                end = j = self.kb_at[j + 1].end
                continue
            if j >= n or doc.lowers[j] not in OWNER_PREPS:
                break
            owns = not representative or doc.lowers[j] in ("of", "der", "des", "von")
            k = j + 1
            while k < n and doc.lowers[k] in ARTICLES:
                k += 1
            m = self.kb_at.get(k)
            if m and m.label in ("Country", "Organization"):
                owner = owner or (m.eid if owns else None)
                end = j = m.end
                continue
            run_end = k
            while run_end < n and doc.words[run_end][:1].isupper() and run_end not in self.kb_at:
                run_end += 1
            if run_end == k:
                break
            end = j = run_end  # "of Foreign Affairs and Trade"
            while j < n and doc.lowers[j] == "and" and j + 1 < n and doc.words[j + 1][:1].isupper():
                j += 1
                while j < n and doc.words[j][:1].isupper() and j not in self.kb_at:
                    j += 1
                end = j
        return end, owner

    # -- chunks: capitalised runs with a head noun ------------------------
    def _chunks(self) -> None:
        words, not_names, end = self.doc.words, self.lexicons.not_names, 0
        starts = sorted(set(self.caps) | set(self.kb_at))
        headlines = self.headlines = {s.index for s in self.sents if self._headline(s)}
        for i in starts:
            if i < end or words[i] in not_names or not words[i][:1].isalnum() or self.sent_of[i] in headlines:
                continue
            j = self._run_end(i)
            self._classify_run(i, j)
            self._event_of_org(i, j)
            end = max(j, i + 1)

    def _headline(self, sent: Sentence) -> bool:
        """Title Case lines ("Secretary-General Tells Ministerial Meeting ...") hide names among verbs."""
        if self.lang != "en":
            return False
        long_words = [w for w in self.doc.words[sent.start:sent.end] if len(w) > 3 and w.isalpha()]
        lower = sum(w[0].islower() for w in long_words)
        last = self.doc.words[sent.end - 1]
        if last in (".", "!", "?", ":") or lower > 1:
            return False
        return len(long_words) >= 8 or (len(long_words) >= 4 and lower == 0)

    def _org_events(self) -> None:
        """"the SCO summit", "the NATO meeting": an organization's gathering named in lower case."""
        doc = self.doc
        for m in [m for m in self.mentions if m.label == "Organization" and m.source == "kb"]:
            if m.end < len(doc) and doc.words[m.end] in self.lex.event_nouns and doc.words[m.end].islower():
                head = doc.words[m.end]
                name = f"{m.eid.split(':', 1)[1].upper()} {head.capitalize()}"
                ev = TokMention(m.start, m.end + 1, "Event", make_id("Event", name), doc[m.start:m.end + 1].text,
                                "chunk", m.sent, props={"canonical": name, "head": head})
                self.mentions.append(ev)
                m.nested = True
                for k in range(m.start, m.end + 1):
                    self.kb_at[k] = ev

    def _apposition_aliases(self) -> None:
        """"MONUSCO, the United Nations ... Mission" and "Commission for Europe (ECE)" name one body."""
        doc, orgs = self.doc, sorted((m for m in self.mentions if m.label == "Organization" and not m.nested),
                                     key=lambda m: m.start)
        for a, b in zip(orgs, orgs[1:]):
            between = doc.lowers[a.end:b.start]
            if between == [",", "the"] and b.source == "chunk" and a.source != "chunk":
                chunk, known = b, a
            elif between == ["("] and a.source == "chunk" and b.source != "chunk":
                chunk, known = a, b
            else:
                continue
            chunk.props["canonical"] = chunk.surface
            chunk.eid = known.eid

    def _event_of_org(self, i: int, j: int) -> None:
        """"the meeting of the Council of Foreign Ministers of the OIC" names an event."""
        doc = self.doc
        k = i - 1
        while k >= 0 and doc.lowers[k] in ARTICLES:
            k -= 1
        if k < 1 or doc.lowers[k] not in ("of", "der", "des") or doc.words[k - 1] not in self.lex.event_nouns:
            return
        org = self.kb_at.get(i)
        if org is None or org.label != "Organization" or org.end < j - 1:
            return
        self.mentions.remove(org) if org in self.mentions else None
        s = k - 1
        m = TokMention(s, org.end, "Event", None, doc[s:org.end].text, "chunk", self.sent_of[s],
                       props={"canonical": doc[s:org.end].text, "aka": org.surface})
        m.eid = make_id("Event", m.surface)
        for t in range(s, org.end):
            self.kb_at[t] = m
        self.mentions.append(m)

    def _cap_like(self, i: int) -> bool:
        return (self.capital[i] or i in self.kb_at) and self.doc.words[i][:1].isalnum()

    def _run_end(self, i: int) -> int:
        doc, n, j = self.doc, len(self.doc), i
        while j < n:
            if self._cap_like(j) and self.sent_of[j] == self.sent_of[i]:
                j += 1
                continue
            k = j
            while k < n and (doc.lowers[k] in self.lex.connectors or doc.lowers[k] == "the"):
                k += 1
            if doc.lowers[j] in ("in", "im") and k in self.kb_at and self.kb_at[k].label in ("Place", "Country"):
                break  # "UN Plaza in Almaty" is two names
            if k > j and k < n and self._cap_like(k) and doc.words[k] not in self.lexicons.not_names:
                j = k
                continue
            if doc.words[j] in ("’", "'") and j + 1 < n and doc.words[j - 1].endswith("s") and self._cap_like(j + 1):
                j += 1
                continue
            break
        return j

    def _head_kind(self, tok) -> str | None:
        text = tok.text
        if tok.lower_ in self.gaz.titles or tok.lower_ in self.lex.chair_heads:
            return None
        kind = self.head_of.get(text)
        if kind or not self.suffix_re or not ("-" in text or self.lang == "de"):
            return kind
        m = self.suffix_re.search(tok.lower_)  # German compounds: "Zukunftsgipfel", "SCO-Plus-Sitzung"
        return self.suffix_kind.get(m.group(1)) if m else None

    def _classify_run(self, i: int, j: int) -> None:
        doc = self.doc
        seg_start = i
        for k in range(i, j + 1):
            at_connector = k == j or doc.lowers[k] in self.lex.connectors or doc.lowers[k] == "the"
            if not at_connector:
                continue
            if k > seg_start:
                kind = self._head_kind(doc[k - 1])
                if kind and self._covered_by_kb(seg_start, k):
                    kind = None  # "European Union and Central Asian states": the known name ends the name
                if kind and not self._covered_by_kb(seg_start, j) and self._worth_chunk(seg_start, k, j):
                    self._add_chunk(seg_start, self._org_place_end(j) if kind == "Organization" else j, k, kind)
                    return
            seg_start = k + 1

    def _org_place_end(self, j: int) -> int:
        """Organizations keep "in <country>" in their name ("Mission in the Democratic Republic of Congo")."""
        doc = self.doc
        if j < len(doc) and doc.lowers[j] == "in":
            k = j + 1 + (1 if j + 1 < len(doc) and doc.lowers[j + 1] == "the" else 0)
            m = self.kb_at.get(k)
            if m is not None and m.label == "Country" and m.start == k:
                return m.end
        return j

    def _covered_by_kb(self, s: int, e: int) -> bool:
        m = self.kb_at.get(s)
        return m is not None and m.start <= s and m.end >= e

    def _worth_chunk(self, s: int, head_end: int, e: int) -> bool:
        if s > 0 and self.doc.lowers[s - 1] in INDEFINITE:
            return False  # "an einem Wirtschaftsforum": a kind of event, not a named one
        if self.lang == "de" and (e - s) >= 2 and not self._german_name(s, head_end, e):
            return False
        return (e - s) >= 2 or (head_end - s == 1 and self._head_kind(self.doc[s]) and len(self.doc.words[s]) > 8
                                and self.doc.words[s] not in self.lex.heads.get("Event", ()))

    def _german_name(self, s: int, head_end: int, e: int) -> bool:
        """German capitalises every noun, so "Flughafen der Hauptstadt" is no name; a name has a known
        entity inside ("Gipfeltreffen der Shanghaier Organisation"), a capitalised word before its head
        ("Internationalen Konferenz", "Central Asian Regional Glaciological Center") or an acronym."""
        words = self.doc.words
        if any(k in self.kb_at and self.kb_at[k].label != "Country" for k in range(s, e)):
            return True
        if any(words[k].isupper() and len(words[k]) > 1 for k in range(s, e)):
            return True
        return head_end - 1 > s and all(words[k][:1].isupper() for k in range(s, head_end - 1))

    def _add_chunk(self, s: int, e: int, head_end: int, kind: str) -> None:
        doc = self.doc
        while e > s and (doc.lowers[e - 1] in self.lex.connectors or doc.lowers[e - 1] == "the"):
            e -= 1
        span = doc[s:e]
        name = span.text
        props: dict = {"head": doc.words[head_end - 1]}
        if kind == "Event":
            name = self._event_name(s, e, head_end)
        eid = make_id(kind, name) if kind != "Event" else make_id(kind, name)
        m = TokMention(s, e, kind, eid, span.text, "chunk", self.sent_of[s], props=props)
        m.props["canonical"] = name
        for k in range(s, e):
            inner = self.kb_at.get(k)
            if inner is not None and inner.start > s and doc.lowers[inner.start - 1] in self.lex.connectors | {"the"}:
                inner.nested = True
            elif inner is not None and inner.label in ("Organization", "Country", "Place", "Person"):
                inner.props["dropped"] = True
            self.kb_at[k] = m
        self.mentions = [x for x in self.mentions if not x.props.get("dropped")]
        self.mentions.append(m)

    def _event_name(self, s: int, e: int, head_end: int) -> str:
        """Canonical event name: "OSCE Summit" for "Summit of the OSCE" and "OSCE Summit"."""
        doc = self.doc
        orgs = [self.kb_at[k] for k in range(s, e) if k in self.kb_at and self.kb_at[k].label == "Organization"]
        words = [t.text for t in doc[s:head_end] if not (t.i in self.kb_at and self.kb_at[t.i].label == "Organization")]
        if not orgs or not words:
            return _degenitive_head(doc[s:e].text)
        # only "<ORG> Summit" and "Summit of (the) <ORG>" become "<ORG> Summit"
        prefix_form = head_end == e and all(k in self.kb_at for k in range(s, orgs[0].end)) and orgs[0].start == s
        suffix_form = orgs[-1].end == e and head_end < e and all(
            self.doc.lowers[k] in self.lex.connectors or k in self.kb_at for k in range(head_end, orgs[-1].start))
        if not (prefix_form or suffix_form):
            return doc[s:e].text
        base = EVENT_HEADS_EN.get(words[-1].lower())
        if base:
            words[-1] = base
        org = orgs[0].eid.split(":", 1)[1].upper()
        return f"{org} {' '.join(words)}".strip()

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


_HEAD_TABLES: dict[int, tuple] = {}


def _head_tables(lex: LanguageLexicon) -> tuple[dict, re.Pattern | None, dict]:
    """Head noun -> kind, a regex for compound suffixes, suffix -> kind (built once per lexicon)."""
    if id(lex) not in _HEAD_TABLES:
        head_of = {h: kind for kind, heads in lex.heads.items() for h in heads}
        suffixes = sorted({h.lower() for heads in lex.heads.values() for h in heads}, key=len, reverse=True)
        regex = re.compile(r".{3}(" + "|".join(map(re.escape, suffixes)) + ")$") if suffixes else None
        _HEAD_TABLES[id(lex)] = (head_of, regex, {h.lower(): k for k, hs in lex.heads.items() for h in hs})
    return _HEAD_TABLES[id(lex)]


def _degenitive_head(name: str) -> str:
    """"Zukunftsgipfels" -> "Zukunftsgipfel": German genitive -s on a one-word event name."""
    if " " not in name and name.endswith("s") and name.lower()[:-1].endswith(tuple(EVENT_HEADS_EN)):
        return name[:-1]
    return name


def _label_of(eid: str) -> str:
    from .models import label_of_id

    return label_of_id(eid)
