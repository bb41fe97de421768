"""Capitalised names the knowledge base does not know, kinded by their head noun: one mixin of the finder."""

from __future__ import annotations

import re
from bisect import bisect_left

import numpy as np

from .chunk_names import (
    ORDINAL,
    adjective_ministers,
    conjunct_end,
    event_aka,
    event_name,
    event_noun_start,
    ministers_meeting,
    name_start,
    purpose_start,
)
from .head_nouns import head_kind
from .models import make_id
from .spans import ARTICLES, INDEFINITE, TokMention, is_initial
from .text import Sentence
from .wordfacts import ALNUM0, CAP, HEAD, LINK, NOT_NAME, OF_ARTICLE

# "the 30th OSCE Ministerial Council", "37th Ordinary Session": a numbered gathering is an event
_OF = frozenset({"of", "der", "des"})  # "the meeting of the Council ..."
LEGISLATURE_HEADS = frozenset({"congress"})  # "Congress of Peru": the legislature
_OF_OR_ARTICLE = _OF | ARTICLES
# "Baku Congress Center", "International Conference Centre": a centre for gatherings is a venue, not a body
PART_OF_EVENT = ("eröffnungs", "abschluss", "plenar", "arbeits")
VENUE_CENTRES = frozenset({"centre", "center", "centrum", "zentrum"})
OWN_AFTER_AND = frozenset({"its", "their"})  # "Conference for Sudan and its Neighbours": still the name
SENT_TO = frozenset({"mission", "delegation", "delegations", "missions"})  # "OSCE Mission to Moldova", "EU Delegation to X"
# "Konferenz über nukleare Sicherheit": a topic after a German event head belongs to its name
TOPIC_PREPOSITIONS = frozenset({"für", "über", "zur", "zum"})  # "Konferenz zur Unterstützung der X Armee"
GENITIVE = frozenset({"der", "des"})
TOPIC_ADJECTIVE = re.compile(r"^[a-zäöüß]{2,}(e|en|er|es|em)$")
INFLECTED_ADJECTIVE = re.compile(r"^[a-zäöüß]{3,}(en|er|es|em)$")  # "der Deutschen Wirtschaft"
DETERMINERS = frozenset({"eine", "einen", "einem", "einer", "eines", "keine", "keinen", "diese", "dieser", "diesen",
                         "dieses", "seine", "seinen", "ihre", "ihren", "unsere", "alle", "allen", "beide", "beiden",
                         "die", "der", "den", "des", "dem", "jede", "jeden", "jeder", "welche", "sowie", "aber"})
# Ends and openers of a line that is a sentence or a list item, never a Title Case headline
LIST_ENDS = frozenset({".", "!", "?", ":", ";", ","})
BULLETS = frozenset({"-", "–", "•", "*", "·", "—"})
SEATS = frozenset({"office", "mission", "delegation"})  # bodies named with their city ("... Office in Astana")
# "ihre Jahrestagung", "seinen Parteitag": a possessive before a one-word compound makes it a common noun
POSSESSIVES = frozenset({"ihr", "ihre", "ihren", "ihrer", "ihrem", "ihres", "sein", "seine", "seinen", "seiner",
                         "seinem", "seines", "unsere", "unseren", "unserer", "its", "their", "his", "her", "our"})
# particles inside a personal name a venue is named after ("José Cecilio del Valle Convention Centre"): they do not
# end the name before them as "of" does ("Council of Europe")
NAME_PARTICLES = frozenset({"de", "del", "da", "do", "dos", "das", "du", "van", "bin", "al", "la", "le"})
VENUE_MODIFIERS = frozenset({"convention", "conference", "congress", "exhibition", "expo", "trade", "events", "kongress",
                             "cultural"})
UMBRELLA = frozenset({"org:un"})  # "a UN conference" is one of many, not a gathering named after the body
# "the Kazakh Foreign Ministry", "des Außenministeriums" describe a ministry; "Ministry of Transport" names one
MINISTRY_HEADS = ("ministry", "ministerium", "ministeriums")
# media, not actors: "Trend News Agency", "Belarusian Telegraph Agency" (a masthead or a source, never a party)
MEDIA_AGENCY = frozenset({"news", "press", "telegraph", "information"})
# Place heads written before the name ("Palais Coburg", "Palazzo Chigi", "Schloss Meseberg"); "Palais des Nations" ends at "des"
LEADING_PLACES = frozenset({"palais", "palazzo", "palacio", "palácio", "schloss"})
LEADING_PLACES_EN = LEADING_PLACES | {"hotel"}  # "the Hotel Europe in Sarajevo" (German "im Hotel X" names X)


def _name_may_follow(k: int, n: int, capital: list[bool], kb_at: dict, lowers: list[str], joiners: set[str]) -> bool:
    """Whether the word after a joiner may carry a name on ("Council of Europe", "Ministry of the ..."), not "X and his"."""
    return k < n and (capital[k] or k in kb_at or lowers[k] in joiners)


class ChunkRules:
    """"Central Concert Hall" is a Place, "Permanent Council of OSCE" an Organization, "Zukunftsgipfel" an Event."""

    def _chunks(self) -> None:
        words, sent_of, end = self.doc.words, self.sent_of, 0
        starts = self._run_starts()  # (letters or digits first, none listed as never a name)
        headlines = self.headlines = {s.index for s in self.sents if words[s.end - 1] not in LIST_ENDS
                                      and self._headline(s)} if self.lang == "en" else set()  # (see _headline)
        heads = sorted(self.head_at)
        lowers, capital, kb_at, joiners, n = self.doc.lowers, self.capital, self.kb_at, self.joiners, len(words)
        for i in starts:
            if i < end or sent_of[i] in headlines:
                continue
            j = i + 1  # most runs are one word: the next is neither a name word, a joiner nor an apostrophe
            if j < n and (capital[j] or j in kb_at or words[j] in ("’", "'")
                          or (lowers[j] in joiners and _name_may_follow(j + 1, n, capital, kb_at, lowers, joiners))):
                j = self._run_end(i)
            h = bisect_left(heads, i)
            if h < len(heads) and heads[h] < j:  # a run without a head noun names nothing new
                found = self._classify_run(i, j)
                if found is None and i + 2 < j < n and lowers[i + 1] in _OF and words[i] in self.lex.event_nouns \
                        and lowers[j] not in ("mit", "with"):  # not "Gipfeltreffen der EU mit den Staaten ..." 
                    self._event_of_org(i + 2, j)  # "Treffen des Weimarer Dreiecks": the capitalised noun began the run
                    if j == i + 3 and ministers_meeting(words[i + 2], self.gaz.titles):
                        self._add_chunk(i, j, i + 1, "Event")  # "Treffen der EU-Außenminister"
                elif found is None and j == i + 1 and words[i] in self.lex.event_nouns \
                        and adjective_ministers(words, i, self.gaz.titles):
                    self._add_chunk(i, i + 4, i + 1, "Event")  # "Treffen der deutschsprachigen Außenminister"
                j = found or j  # "X Holdings and the Y Corporation": Y is read next
            if i >= 2 and lowers[i - 1] in _OF_OR_ARTICLE:
                self._event_of_org(i, j)
            end = j  # > i

    def _run_starts(self) -> list[int]:
        """Capitalised or known words that may begin a name worth a look, in order.

        A one-word run that is no head noun and follows no "of" or article names nothing, so only
        words followed by a capitalised or known word, a joiner or an apostrophe, head nouns, and
        words after "of"/an article are returned (the flag bits of :mod:`graphload.wordfacts`).
        """
        flags = self.doc.flags
        known = np.fromiter(self.kb_at, dtype=np.intp, count=len(self.kb_at))
        start = (flags & CAP) != 0
        start[known] = True
        worth = (flags & HEAD) != 0
        worth[:-1] |= (flags[1:] & (CAP | LINK)) != 0
        worth[known[known > 0] - 1] = True
        worth[1:] |= (flags[:-1] & OF_ARTICLE) != 0
        worth &= (flags & (ALNUM0 | NOT_NAME)) == ALNUM0  # what _chunks skips: no letter or digit first, a non-name
        return (start & worth).nonzero()[0].tolist()

    def _headline(self, sent: Sentence) -> bool:
        """Title Case lines ("Secretary-General Tells Ministerial Meeting ...") hide names among verbs."""
        words = self.doc.words
        if self.lang != "en" or words[sent.end - 1] in LIST_ENDS or words[sent.start] in BULLETS:
            return False  # a sentence, or an item of a list ("- Foreign Minister X of Y;")
        long_words = [w for w in words[sent.start:sent.end] if len(w) > 3 and w.isalpha()]
        lower = sum(w[0].islower() for w in long_words)
        if lower > 1:
            return False
        return len(long_words) >= 8 or (len(long_words) >= 4 and lower == 0)

    def _org_events(self) -> None:
        """"the SCO summit", "the NATO meeting": an organization's gathering named in lower case."""
        doc = self.doc
        for m in [m for m in self.mentions if m.label == "Organization" and m.source == "kb" and m.eid not in UMBRELLA]:
            if m.end < len(doc.words) and doc.words[m.end] in self.lex.event_nouns and doc.words[m.end].islower():
                head = doc.words[m.end]
                name = f"{m.eid.split(':', 1)[1].upper()} {head.capitalize()}"
                ev = TokMention(m.start, m.end + 1, "Event", make_id("Event", name), doc.text(m.start, m.end + 1),
                                "chunk", m.sent, props={"canonical": name, "head": head, "org_head": (m.eid, head)})
                self.mentions.append(ev)
                m.nested = True
                for k in range(m.start, m.end + 1):
                    self.kb_at[k] = ev

    def _event_of_org(self, i: int, j: int) -> None:
        """"the meeting of the Council of Foreign Ministers of the OIC" names an event."""
        doc = self.doc
        k = i - 1
        while k >= 0 and doc.lowers[k] in ARTICLES and doc.lowers[k] not in _OF:  # "of the"; German "des" is both
            k -= 1
        s = event_noun_start(doc.words, doc.lowers, k, self.lex.event_nouns) if k >= 1 and doc.lowers[k] in _OF else None
        if s is None:
            return
        org = self.kb_at.get(i)
        if org is None or org.label != "Organization" or org.end < j - 1:
            return
        session = s != k - 1  # "the 81st session of the X" names X as well
        if not session and org in self.mentions:
            self.mentions.remove(org)
        org.nested = org.nested or session
        m = TokMention(s, org.end, "Event", None, doc.text(s, org.end), "chunk", self.sent_of[s],
                       props={"canonical": doc.text(s, org.end), "aka": None if session else org.surface,
                              "org_head": (org.eid, doc.words[k - 1].lower())})
        m.eid = make_id("Event", m.surface)
        for t in range(s, org.end):
            self.kb_at[t] = m
        self.mentions.append(m)

    def _cap_like(self, i: int) -> bool:
        return (self.capital[i] or i in self.kb_at) and self.alnum0[i]

    def _run_end(self, i: int) -> int:
        words, lowers, j = self.doc.words, self.doc.lowers, i
        n = len(words)
        kb_at, capital, alnum0, sent_of, joiners = self.kb_at, self.capital, self.alnum0, self.sent_of, self.joiners
        sent = sent_of[i]
        while j < n:
            if (capital[j] or j in kb_at) and alnum0[j] and sent_of[j] == sent:
                j += 1
                continue
            k = j
            while k < n and (lowers[k] in joiners or (lowers[k] == "to" and lowers[k - 1] == "parties")
                             or (lowers[k] in OWN_AFTER_AND and lowers[k - 1] == "and")):
                k += 1  # "Conference of the Parties to the UN Framework Convention ...", "Sudan and its Neighbours"
            if lowers[j] in ("in", "im") and ((k in kb_at and kb_at[k].label in ("Place", "Country"))
                                              or self._head_kind(j - 1) == "Event" or self._named_head(i, j)):
                break  # "UN Plaza in Almaty", "Sicherheitskonferenz in Cape Coast", "Hall of Nations in X": two names
            if k > j and k < n and (capital[k] or k in kb_at) and alnum0[k] and words[k] not in self.lexicons.not_names:
                if lowers[j] in AGENT_JOINERS and (lowers[k] in self.gaz.titles or (
                        k in kb_at and kb_at[k].label != "Place" and self._head_kind(j - 1) == "Event")):
                    break  # "die Sitzung von der Außenbeauftragten X", "das Forum von der GIZ": an agent, not a name
                j = k
                continue
            if words[j] in ("’", "'") and j + 1 < n and words[j - 1].endswith("s") and self._cap_like(j + 1):
                j += 1
                continue
            break
        return j

    def _named_head(self, i: int, j: int) -> bool:
        """A place or organization head inside ``i``..``j`` ("Hall of Nations", "Joint Control Commission"): an
        "in" after such a name starts where it is, not more of the name."""
        return any(self._head_kind(k) in ("Place", "Organization") for k in range(i, j) if k in self.head_at)

    def _head_kind(self, i: int) -> str | None:
        if i not in self.head_at:
            return None
        return head_kind(self.doc.words[i], self.doc.lowers[i], self.gaz, self.lex, self.lang)

    def _classify_run(self, i: int, j: int) -> int | None:
        """Add the chunk the run ``i:j`` names, if any; return where it ends."""
        doc = self.doc
        seg_start = i
        for k in range(i, j + 1):
            at_connector = k == j or (doc.lowers[k] in self.joiners and not doc.words[k - 1].endswith("-") and (
                doc.lowers[k] not in NAME_PARTICLES or self._head_kind(k - 1) is not None)  # "Palacio de X" ends at its head
                and not (k == seg_start + 1 and doc.lowers[seg_start] in LEADING_PLACES))  # unless it leads: "Palácio do X"
            if not at_connector:
                continue
            leading = LEADING_PLACES if self.lang == "de" else LEADING_PLACES_EN
            if k - seg_start >= 2 and doc.lowers[seg_start] in leading and not self._covered_by_kb(seg_start, k):
                self._add_chunk(seg_start, k, seg_start + 1, "Place")  # "Palais Dietrichstein": the head comes first
                return k
            if k > seg_start:
                kind = self._head_kind(k - 1)
                if kind == "Event" and self._national_body(k):
                    kind = "Organization"  # "the Congress of Colombia": a legislature, not a gathering
                if kind and self._covered_by_kb(seg_start, k):
                    kind = None  # "European Union and Central Asian states": the known name ends the name
                tail = self._event_tail(k) if kind == "Event" else k
                if tail > k and not self._covered_by_kb(seg_start, tail) and self._named_kind(seg_start, tail):
                    self._add_chunk(seg_start, tail, k, kind)  # "Forum für Rüstungskontrolle und Sicherheit"
                    return tail
                e = conjunct_end(doc.lowers, k, j)
                if kind and not self._covered_by_kb(seg_start, e) and self._worth_chunk(seg_start, k, e):
                    e = self._org_place_end(self._country_end(k, e)) if kind == "Organization" else e
                    start = purpose_start(doc.lowers, self.capital, self.kb_at, i, seg_start, kind)
                    self._add_chunk(name_start(doc.words, start, k), e, k, kind)
                    return e
            seg_start = k + 1
        return None

    def _national_body(self, k: int) -> bool:
        """"Congress of Colombia": an event head that, followed by "of <country>", names the country's legislature."""
        lowers = self.doc.lowers
        if lowers[k - 1] not in LEGISLATURE_HEADS or lowers[k] != "of" or k + 1 >= len(lowers):
            return False
        m = self.kb_at.get(k + 1 + (lowers[k + 1] == "the"))
        return m is not None and m.label == "Country"

    def _country_end(self, k: int, e: int) -> int:
        """"General Secretary of the Communist Party of Vietnam Nguyen Van Minh": a name of two or more
        unknown words with no head after "of <country>" is a person's, and the body's name ends at the country."""
        m = next((self.kb_at[t] for t in range(k, e) if t in self.kb_at and self.kb_at[t].label == "Country"), None)
        if m is None or e - m.end < 2 or self.doc.lowers[m.start - 1] not in ("of", "the") or (e - 1) in self.head_at:
            return e
        return m.end if all(t not in self.kb_at and self.capital[t] for t in range(m.end, e)) else e

    def _org_place_end(self, j: int) -> int:
        """Organizations keep "in <country>" in their name ("Mission in the Democratic Republic of Congo"), a
        mission or delegation "to <country>" too ("OSCE Mission to Moldova")."""
        doc = self.doc
        if j < len(doc) and (doc.lowers[j] == "in" or (doc.lowers[j] == "to" and doc.lowers[j - 1] in SENT_TO)):
            k = j + 1 + (1 if j + 1 < len(doc) and doc.lowers[j + 1] == "the" else 0)
            m = self.kb_at.get(k)
            if m is not None and m.start == k and (m.label == "Country" or (m.label == "Place" and doc.lowers[j - 1] in SEATS)):
                return m.end  # "OSCE Programme Office in Astana"
        return j

    def _covered_by_kb(self, s: int, e: int) -> bool:
        m = self.kb_at.get(s)
        return m is not None and m.start <= s and m.end >= e

    def _worth_chunk(self, s: int, head_end: int, e: int) -> bool:
        if head_end - s >= 2 and is_initial(self.doc.words[head_end - 2]):
            return False  # "Serik A. Kairat": a name with an initial before its last word ("-rat" is no council)
        if not self._named_kind(s, e):
            return False  # "an einem Wirtschaftsforum", "ihre Jahrestagung": a kind of event, not a named one
        if self.lang == "de" and (e - s) >= 2 and not self._german_name(s, head_end, e):
            return False
        if head_end == e and self.doc.lowers[head_end - 1].endswith(MINISTRY_HEADS):
            return False
        if head_end - s >= 2 and self.doc.lowers[head_end - 1] == "agency" and self.doc.lowers[head_end - 2] in MEDIA_AGENCY:
            return False
        word = self.doc.words[s]  # one word: a compound ("Zukunftsgipfel"), not a bare head ("Organization")
        if e - s == 1 and word.lower().startswith(PART_OF_EVENT):
            return False  # "Eröffnungssitzung": a part of the gathering the text reports, not another one
        return (e - s) >= 2 or (head_end - s == 1 and self._head_kind(s) and len(word) > 8
                                and not any(word in heads for heads in self.lex.heads.values()))

    def _named_kind(self, s: int, e: int) -> bool:
        """Not "an einem Forum für ..." (a kind of event) unless it has its place after it, nor a one-word
        compound after a possessive ("hält ihre Jahrestagung ab", "its Jahrestagung")."""
        if s > 0 and e - s == 1 and self.doc.lowers[s - 1] in POSSESSIVES:
            return False
        return not (s > 0 and self.doc.lowers[s - 1] in INDEFINITE and not self._placed_event(e))

    def _event_tail(self, k: int) -> int:
        """End of a German topic after an event head ("Konferenz über nukleare Sicherheit", "Forums für
        humanitären Dialog"): "für"/"über", then adjectives and nouns (joined by "und") ending in a noun,
        two to four words, stopping at a verb, comma or preposition; ``k`` itself when there is none."""
        doc, n = self.doc, len(self.doc.words)
        if self.lang != "de" or k >= n - 2 or doc.lowers[k] not in TOPIC_PREPOSITIONS:
            return k
        end, prev, sent = k, "prep", self.sent_of[k]
        for t in range(k + 1, min(n, k + 7)):
            word = doc.words[t]
            if self.sent_of[t] != sent:
                break
            if prev != "noun" and word[:1].isupper() and word not in self.lexicons.not_names \
                    and word.replace("-", "").isalpha():
                end, prev = t + 1, "noun"
            elif prev == "noun" and (word == "und" or (word in GENITIVE and doc.lowers[k] in ("zur", "zum"))):
                prev = "und"  # "zur Unterstützung der (libanesischen) Armee": a genitive goes on with the topic
            elif prev != "noun" and TOPIC_ADJECTIVE.match(word) and word not in DETERMINERS:
                prev = "adj"
            else:
                break
        return end if end - k >= 3 else k

    def _placed_event(self, e: int) -> bool:
        """"an einem Friedensgipfel in Kairo": an event with its place is one gathering, named or not."""
        doc = self.doc
        if e >= len(doc) - 1 or doc.lowers[e] not in ("in", "im") or self._head_kind(e - 1) != "Event":
            return False
        m = self.kb_at.get(e + 1)
        return m is not None and m.label in ("Place", "Country")

    def _german_name(self, s: int, head_end: int, e: int) -> bool:
        """German capitalises every noun, so "Flughafen der Hauptstadt" is no name; a name has a known
        entity inside ("Gipfeltreffen der Shanghaier Organisation"), a capitalised word before its head
        ("Internationalen Konferenz", "Central Asian Regional Glaciological Center") or an acronym."""
        words = self.doc.words
        if any(k in self.kb_at and self.kb_at[k].label != "Country" for k in range(s, e)):
            return True
        if any(words[k].isupper() and len(words[k]) > 1 for k in range(s, e)):
            return True
        if head_end + 1 < e and words[head_end] == "für" and self._head_kind(head_end - 1) == "Organization":
            return True  # "Ministerium für Wasserwirtschaft", "Institut für Friedensforschung"
        lowers = self.doc.lowers
        if any(lowers[k - 1] in ARTICLES and words[k][:1].isupper() and INFLECTED_ADJECTIVE.match(lowers[k])
               and words[k + 1][:1].isupper() for k in range(head_end + 1, e - 1)):
            return True  # "Ostausschuss der Deutschen Wirtschaft": a capitalised adjective is part of a name
        return head_end - 1 > s and all(words[k][:1].isupper() or (lowers[k] == "und" and words[k - 1].endswith("-"))
                                        for k in range(s, head_end - 1))  # "Deutsch-Emiratische Industrie- und ..."

    def _add_chunk(self, s: int, e: int, head_end: int, kind: str) -> None:
        doc = self.doc
        while e > s and doc.lowers[e - 1] in self.joiners:
            e -= 1
        surface = name = doc.text(s, e)
        props: dict = {"head": doc.words[head_end - 1]}
        ordinal = s > 0 and ORDINAL.match(doc.lowers[s - 1]) is not None
        if ordinal and kind == "Organization":
            kind = "Event"  # "the 30th OSCE Ministerial Council" is a meeting of the council
        elif kind == "Organization" and head_end - s >= 2 and doc.lowers[head_end - 1] in VENUE_CENTRES \
                and doc.lowers[head_end - 2] in VENUE_MODIFIERS:
            kind = "Place"
        if kind == "Event":
            name = event_name(self, s, e, head_end)
            props["aka"] = event_aka(self, s, e, ordinal)
        eid = make_id(kind, name)
        m = TokMention(s, e, kind, eid, surface, "chunk", self.sent_of[s], props=props)
        m.props["canonical"] = name
        dropped = False
        for k in range(s, e):
            inner = self.kb_at.get(k)
            if inner is not None and inner.start > s and doc.lowers[inner.start - 1] in self.joiners and inner.source != "adj":
                inner.nested = True
            elif inner is not None and inner.label in ("Organization", "Country", "Place", "Person"):
                inner.props["dropped"] = dropped = True
            self.kb_at[k] = m
        if dropped:
            self.mentions = [x for x in self.mentions if not x.props.get("dropped")]
        self.mentions.append(m)


AGENT_JOINERS = frozenset({"von", "vom", "by"})  # a passive agent, not a part of the name before it
