"""Resolution inside one document: person ids, surnames, role nouns, pronouns, event anaphora."""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter

from .capitals import capital_mentions
from .context_persons import surname_free
from .counterparts import counterpart_mentions
from .entities import NAME_HONORIFICS, MentionFinder, TitleSpan, TokMention
from .kb import KnowledgeBase
from .models import make_id
from .title_holders import roles

PRONOUNS = {"en": {"he", "she"}, "de": {"er", "sie"}}
POSSESSIVES = {"en": {"his", "her"}, "de": {"sein", "seine", "seiner", "seinem", "seinen", "seines"}}
OBJECT_PRONOUNS = {"en": {"him"}, "de": {"ihn", "ihm"}}
# "..., von Landeshauptmann X. Dieser traf ...": a sentence-opening demonstrative is the last person named before
DEMONSTRATIVE_PRONOUNS = {"de": {"dieser", "diese", "letzterer", "letztere"}}
# "empfing den Gast", "welcomed the guest": after an article or possessive, the visitor the text is about
GUEST_NOUNS = {"en": {"guest", "dignitary"}, "de": {"gast", "gastes"}}  # "the visiting dignitary"
GUEST_LEADS = frozenset({"the", "his", "her", "their", "den", "dem", "des", "der", "seinen", "seinem", "seines",
                         "ihren", "ihrem", "ihres", "hohen"})
PLURAL_PRONOUNS = {"en": {"they"}}  # "A and B ... They visited X": the two named together before
FIRST_PERSON = {"en": {"i", "my", "me"}, "de": {"ich", "mein", "meine", "meinen", "meiner", "mir", "mich"}}
SPEECH_NOUNS = {"message", "statement", "remarks", "speech", "address", "op-ed", "botschaft", "rede", "erklärung", "grußwort"}
EVENT_ANAPHORS = {"gathering", "meeting", "conference", "summit", "event", "session", "forum",
                  "treffen", "konferenz", "gipfel", "tagung", "veranstaltung", "sitzung", "gipfels", "treffens",
                  "dialogue", "ministerial", "congress", "symposium", "dialog", "dialogs", "forums", "kongress",
                  "gipfeltreffen", "gipfeltreffens", "segment", "roundtable", "retreat", "konsultationen"}
OTHER_GATHERING = {"next", "previous", "last", "nächste", "nächsten", "nächster", "vorige", "vorigen", "letzte", "letzten"}
PART_OF_GATHERING = {"opening", "closing", "plenary", "final", "inaugural"}  # "the opening session of the conference"
DEMONSTRATIVES = {"this", "these", "that", "diese", "dieses", "dieser", "diesem", "diesen"}
ARTICLES = {"the", "der", "dem", "des", "die", "das", "den"}
CONTRACTED = {"zum", "zur", "beim", "am", "im", "vom"}  # German preposition + definite article
INDEFINITES = {"a", "an", "ein", "eine", "einer", "einem", "einen"}
# heads that, with the article, name the one gathering a text is about even under another head
GATHERINGS = {"summit", "conference", "session", "forum", "gathering", "meeting", "gipfel", "konferenz", "tagung", "sitzung", "treffen",
              "gipfels", "treffens", "dialogue", "ministerial", "congress", "symposium", "dialog", "forums", "kongress",
              "gipfeltreffen", "gipfeltreffens", "event", "veranstaltung", "segment"}


BILATERAL = {"met", "meets", "talks", "bilateral", "traf", "trafen", "gespräch", "gespräche"}


SPEECH_OPENERS = {"a", "an", "einer", "einem", "remarks", "opening", "brief", "kurzen"}


def _guest_lead(doc, i: int) -> bool:
    """"the guest", "the visiting dignitary": a guest noun after an article or possessive (one adjective between)."""
    lowers = doc.lowers
    return i >= 1 and (lowers[i - 1] in GUEST_LEADS or (i >= 2 and lowers[i - 2] in GUEST_LEADS
                                                         and doc.words[i - 1].islower()))


def _not_a_party(lowers: list[str], i: int, low: str) -> bool:
    """After "the <event noun> with": "co-hosted the event with X" (a co-host) or "opened the forum with a speech"
    (the speech), not "the meeting with X" (a bilateral)."""
    return low in ("event", "veranstaltung") or (i + 2 < len(lowers) and lowers[i + 2] in SPEECH_OPENERS)


def _bilateral_between(lowers: list[str], a: int, b: int) -> bool:
    """Talks are reported between tokens ``a`` and ``b`` ("met with", "held talks"): "the meeting" may be those."""
    return not BILATERAL.isdisjoint(lowers[a:b])


class DocResolver:
    """Give every mention an entity id, using the document's own context and the KB."""

    def __init__(self, finder: MentionFinder, kb: KnowledgeBase, lang: str, doc_date: str | None,
                 sent_date: Callable[[int], str | None] | None = None):
        self.f, self.kb, self.lang, self.date = finder, kb, lang, doc_date
        self.sent_date = sent_date  # a sentence's own date by index ("In 2016 the Secretary-General ..."), or None
        self.doc = finder.doc
        self.surnames: dict[str, str | None] = {}
        self._title_keys: dict[int, frozenset] = {}  # id of a title span -> what it means here
        self._bare_roles: dict[str, str] = {}  # "the foreign minister" -> whom it meant when unambiguous

    def run(self) -> list[TokMention]:
        """Resolve persons, surnames, roles; return all mentions in text order."""
        self._person_ids()
        self._rehome_kb_surnames()
        self._surnames()
        self._attach_titles()
        roles(self)
        self.f.mentions.extend(counterpart_mentions(self.f, self.f.titles))  # "his Colombian counterpart"
        self.f.mentions.extend(capital_mentions(self.f, self.kb))  # "the Samoan capital" -> Apia
        self.f.mentions.sort(key=attrgetter("end"), reverse=True)  # by (start, -end) in two stable sorts:
        self.f.mentions.sort(key=attrgetter("start"))  # C key functions, no Python call per mention
        return self.f.mentions

    def _person_ids(self) -> None:
        for m in self.f.mentions:
            if m.label == "Person" and m.eid is None:
                m.eid = make_id("Person", m.props.get("key") or m.surface)

    def _rehome_kb_surnames(self) -> None:
        """A KB person's bare surname alias ("Karimov") is the document's own person of that surname when a
        full name ("Yerlan B. Karimov") holds it (dropped) or names it before (the latest such, else the first)."""
        full: dict[str, list[TokMention]] = {}
        bare: list[TokMention] = []
        for m in self.f.mentions:
            if m.label == "Person" and m.eid:
                if " " in m.surface:
                    full.setdefault(m.surface.rsplit(" ", 1)[1], []).append(m)
                elif m.source == "kb":
                    bare.append(m)
        for m in bare if full else ():
            owner = self.f.kb_at.get(m.start)
            if owner is not None and owner is not m and owner.label == "Person" and owner.start < m.start < owner.end:
                self.f.mentions.remove(m)
                continue
            names = sorted(full.get(m.surface, ()), key=attrgetter("start"))
            if names:
                before = [n for n in names if n.end <= m.start]
                m.eid = (before[-1] if before else names[0]).eid

    def _person_names(self) -> dict[str, set[str]]:
        """Every person id of the document with the names it is written with (and its KB name)."""
        persons: dict[str, set[str]] = {}
        for m in self.f.mentions:
            if m.label == "Person" and m.eid:
                persons.setdefault(m.eid, set()).add(m.props.get("key") or m.surface)
                ent = self.kb.get(m.eid)
                if ent:
                    persons[m.eid].add(ent.name)
        return persons

    def _merge_name_tails(self, persons: dict[str, set[str]]) -> bool:
        """"Saavedra Fuentes", "Ofori-Atta Mensah" after "Rodrigo Saavedra Fuentes", "Kwabena Ofori-Atta Mensah":
        a two-word name that ends one longer name of the document is that person."""
        tails: dict[str, str | None] = {}
        for eid, names in persons.items():
            for parts in (name.split() for name in names):
                if len(parts) >= 3:
                    tail = f"{parts[-2]} {parts[-1]}"
                    tails[tail] = eid if tails.get(tail, eid) == eid else None
        changed = False
        for m in self.f.mentions if tails else ():
            if m.label == "Person" and (target := tails.get(m.props.get("key") or m.surface)) and target != m.eid \
                    and self.kb.get(m.eid) is None:
                m.eid, changed = target, True
        return changed

    def _surnames(self) -> None:
        persons = self._person_names()
        if self._merge_name_tails(persons):
            persons = self._person_names()
        for eid, names in persons.items():
            for name in names:
                parts = name.split()
                if len(parts) < 2:
                    continue
                first_surname = parts[-2] if len(parts) >= 3 and parts[-2][:1].isupper() else parts[-1]
                first = parts[1] if parts[0] in NAME_HONORIFICS and len(parts) >= 3 else parts[0]  # "Sheikh Faisal"
                for part in {parts[-1], first, first_surname}:  # "Laura Restrepo Ángel" -> "Restrepo"
                    prev = self.surnames.get(part, eid)
                    self.surnames[part] = eid if prev == eid else None
        for m in self.f.mentions:
            if m.label == "Person" and " " not in m.surface and m.source in ("title", "name"):
                target = self.surnames.get(m.surface)
                if target:
                    m.eid = target
        covered, words, surnames, capital = self.f.kb_at, self.doc.words, self.surnames, self.f.capital
        for i in [i for i in self.doc.positions(surnames) if capital[i] and surname_free(covered.get(i), i)] \
                if surnames else ():
            eid = surnames[words[i]]
            if eid and words[i] not in self.f.lexicons.not_names:
                if i in covered:  # "Dufresne-Hall" read as a hall: the surname of "Claire Dufresne-Hall"
                    self.f.mentions.remove(covered[i])
                m = TokMention(i, i + 1, "Person", eid, words[i], "surname", self.f.sent_of[i])
                self.f.mentions.append(m)
                covered[i] = m

    def _attach_titles(self) -> None:
        for t in self.f.titles:
            if t.person_mention is not None:
                t.person = t.person_mention.eid

    def holder_date(self, t: TitleSpan) -> str | None:
        """The date a bare title's holder is read on: its sentence's own date ("In 2016 the Secretary-General"),
        for "the then minister" the latest date of the three sentences before, else the document's."""
        if self.sent_date is None:
            return self.date
        found = self.sent_date(t.sent)
        if found is None and t.then:
            found = next(filter(None, map(self.sent_date, range(t.sent - 1, max(t.sent - 4, -1), -1))), None)
        if found is None or (self.date and self.date.startswith(found)):
            return self.date  # the document's date is as precise or more so
        return found

    # -- helpers used by relation extraction ---------------------------------
    def speaker(self) -> str | None:
        """The person whose message or speech the document reproduces ("X's message to ...")."""
        doc = self.doc
        for m in self.f.mentions:
            if m.label != "Person" or m.end + 1 >= len(doc):
                continue
            mark = doc.words[m.end]
            if (mark in ("’s", "'s") or (mark in ("’", "'") and m.surface.endswith("s"))) \
                    and doc.lowers[m.end + 1] in SPEECH_NOUNS:
                return m.eid
            if m.start >= 2 and doc.lowers[m.start - 1] in ("by", "von") and doc.lowers[m.start - 2] in SPEECH_NOUNS:
                return m.eid
        return None

    def pronoun_person(self, i: int, prev_subject: str | None, sent_persons: list[TokMention]) -> str | None:
        """The person a pronoun at token ``i`` refers to, when unambiguous."""
        low = self.doc.lowers[i]
        if low in FIRST_PERSON.get(self.lang, ()):
            return self.speaker()
        if low in DEMONSTRATIVE_PRONOUNS.get(self.lang, ()):
            return self._last_named_before(i)
        if low in GUEST_NOUNS.get(self.lang, ()) and not _guest_lead(self.doc, i):
            return None  # "als Gast": a role, not the visitor
        if low in OBJECT_PRONOUNS.get(self.lang, ()) or low in GUEST_NOUNS.get(self.lang, ()):
            # "Scholz empfing ihn": the object is the person the text was about, not this sentence's subject
            before = [m for m in sent_persons if m.end <= i]
            if len({m.eid for m in before}) > 1:
                return None  # "met with X, who briefed him": either could be meant
            return prev_subject if not before or before[0].eid != prev_subject else None
        if low not in PRONOUNS.get(self.lang, ()) and low not in POSSESSIVES.get(self.lang, ()):
            return None
        before = [m for m in sent_persons if m.end <= i and not m.props.get("counterpart")]  # an object, not "he"
        if before:
            return before[0].eid
        if low in POSSESSIVES.get(self.lang, ()):
            # "In his remarks ..., the Secretary-General said": a fronted possessive looks ahead
            after = [m for m in sent_persons if m.start > i + 1]  # not "his Colombian counterpart": another one
            if after and PRONOUNS[self.lang].isdisjoint(self.doc.lowers[i + 1:after[0].start]):
                return after[0].eid  # but "His big break came when he met X": "he" and "his" are the one before
        return prev_subject

    def _last_named_before(self, i: int) -> str | None:
        """"Dieser traf ...": the person named last in the sentence before (only as a sentence's capitalised
        subject followed by its verb, not "Diese Woche")."""
        words = self.doc.words
        if not words[i][:1].isupper() or i + 1 >= len(words) or not words[i + 1].islower():
            return None
        prev = self.f.sent_of[i] - 1
        named = [m for m in self.f.mentions if m.sent == prev and m.label == "Person" and m.eid and not m.nested]
        return max(named, key=lambda m: m.end).eid if named else None

    def event_anaphor(self, i: int, events: list[TokMention]) -> TokMention | None:
        """"the Summit" / "this gathering" refers to the latest event mentioned before."""
        low = self.doc.lowers[i]
        if low not in EVENT_ANAPHORS or i == 0:
            return None
        prev = self.doc.lowers[i - 1]
        j = i - 1
        words, lowers, stops = self.doc.words, self.doc.lowers, DEMONSTRATIVES | ARTICLES
        while j > 0 and words[j].replace("-", "").isalpha() and lowers[j] not in stops and i - j < 3:
            j -= 1
        det = self.doc.lowers[j]
        if not OTHER_GATHERING.isdisjoint(lowers[j:i]) or (j >= 2 and lowers[j - 1] == "of" and lowers[j - 2] in EVENT_ANAPHORS
                                                          and (j < 3 or lowers[j - 3] not in PART_OF_GATHERING)):
            return None  # "the next meeting (of the forum)", "der nächste Gipfel": another gathering
        if self._other_edition(i):
            return None  # "hosted the summit in Yerevan in 2018"
        definite = prev in ARTICLES or prev in CONTRACTED or det in ARTICLES  # "the summit", "zum Gipfel"
        if not (definite or det in DEMONSTRATIVES):
            return None
        earlier = [e for e in events if e.start < i and not e.props.get("edition")]
        if not earlier:
            return None
        if definite:  # "the Summit", "the forum": the latest event with that head noun
            same = [e for e in earlier if e.surface.lower().split()[-1].startswith(low)
                    or e.surface.lower().endswith(low + "s")  # "des Westbalkan-Gipfels ... an dem Gipfel"
                    or (e.props.get("head") or "").lower() == low
                    or (len(low) > 5 and (e.props.get("head") or "").lower().endswith(low))  # "Wiederaufbaukonferenz"
                    or (len(low) > 5 and e.surface.lower().split()[-1].endswith(low))]  # "Klimadialog": "der Dialog"
            if same:
                return same[-1]
            named = {e.eid for e in earlier}  # "opened the 37th Ordinary Session ... told the summit"
            qualified = i + 1 < len(self.doc) and self.doc.lowers[i + 1] in ("of", "der", "des", "von", "mit", "with", "zwischen") \
                and not (self.doc.lowers[i + 1] in ("with", "mit") and _not_a_party(self.doc.lowers, i, low)) \
                and not (i + 2 < len(self.doc) and self.doc.lowers[i + 2] in INDEFINITES)  # "mit einer Rede": not a partner
            if low == "meeting" and _bilateral_between(lowers, earlier[-1].end, i):
                return None  # "met with X ... attended the meeting": the talks, not the gathering
            return earlier[-1] if len(named) == 1 and low in GATHERINGS and not qualified else None
        return earlier[-1]

    def _other_edition(self, i: int) -> bool:
        """"hosted the summit in Yerevan in 2018", "will host the summit in Miami next year": a year other than
        the document's, or next/last year, right after the noun names another edition of the gathering."""
        lowers, words, year = self.doc.lowers, self.doc.words, (self.date or "")[:4]
        for k in range(i + 1, min(len(lowers) - 1, i + 6)):
            low = lowers[k]
            if (len(low) == 4 and low.isdigit() and low[:2] in ("19", "20") and low != year) or \
                    (low in OTHER_YEAR and lowers[k + 1] in ("year", "jahr")):
                return True
            if low not in PLACE_PHRASE and not words[k][:1].isupper():
                return False  # only "in <Place>" may stand between: not "told the conference that last year's"
        return False


PLACE_PHRASE = {"in", "im", "at", "the", "of"}
OTHER_YEAR = {"next", "last", "previous", "nächsten", "vergangenen", "kommenden", "letzten", "nächstes", "kommendes"}
