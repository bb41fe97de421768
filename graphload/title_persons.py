"""The person a title names: the name after it ("Foreign Minister X"), before it in apposition ("X, the
Secretary-General"; "X, who is the Chair of Y"), or shared with a joined title ("Prime Minister and Foreign
Minister of Qatar, X").

Free functions taking the :class:`~graphload.entities.MentionFinder` as first argument.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .spans import PARTICLES, TitleSpan, is_name_word
from .title_complements import complement

if TYPE_CHECKING:
    from .entities import MentionFinder


RELATIVE_COPULAS = {"is", "remains"}  # not "was": a former post
PAST_COPULAS = frozenset({"was"})  # "X, who was Foreign Minister of Y": X is named, the post is past
SERVED = frozenset({"served", "worked"})  # "X, who served as Ukraine's deputy minister ..."
POSSESSOR_MARKS = frozenset({"'s", "’s", "its", "their"})  # "Chile's President, X"
# ranks and memberships that stand between a post and its holder's name ("Vorsteherin des EDA, Bundesrätin X",
# "Commander of KFOR, Major General Y"): the post is the named person's
RANK_HEADS = frozenset({"bundesrat", "bundesrätin", "federal councillor", "generalmajor", "generalleutnant",
                        "brigadegeneral", "major general", "lieutenant general", "brigadier general"})


def persons_from_titles(self: MentionFinder) -> None:
    """Give each title the person it names, after it, before it in apposition, or through a joined title."""
    doc = self.doc
    previous: TitleSpan | None = None
    for t in self.titles:
        span = None
        j = t.end + (1 if t.end < len(doc.words) and doc.words[t.end] == "," and (t.end > t.start + 1
                                                                             or not self.capital[t.start]
                                                                             or _possessor_before(self, t.start)) else 0)
        j = self._past_honorifics(j)
        _free_first_name(self, j)
        nxt = _place_surname(self, self._read_name(j, titled=True)) if j < len(doc.words) else None
        if nxt and j > t.end and doc.words[j] in self.lex.portfolios:
            nxt = None  # "Vorsteher des Departements für Wirtschaft, Bildung und Forschung": a field, no name
        if nxt and j > t.end and _apposed_before(self, t) is not None:
            nxt = None  # "X, the Commissioner for Health, Humanitarian Affairs and ...": X is the holder
        if nxt:
            span = nxt
            if t.owner is None:  # "President Dalia Grybauskaitė of Lithuania"
                t.owner = complement(self, nxt[1])[1]
        elif t.start >= 2 and doc.lowers[t.start - 1] in ("the", "der", "die", "dem", "den"):
            span = _apposition(self, t.start - 1)
        elif t.start >= 1:
            span = _apposition(self, t.start)
        if span:
            t.person_mention = self._person_mention(*span, source="title")
            if nxt is None and not t.former:  # "X, who served as the country's foreign minister": past
                t.former = (_relative_copula(self, t.start - (doc.lowers[t.start - 1] == "the")) or (0, False))[1]
        elif (previous is not None and previous.person_mention is not None and t.start >= 1
              and previous.end == t.start - 1 and doc.lowers[t.start - 1] in ("and", "und")):
            t.person_mention = previous.person_mention  # "Foreign Minister of X and Chairperson-in-Office of Y"
        previous = t
    _share_joined_titles(self)


def _place_surname(self: MentionFinder, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """"Ambassador Ricardo Fontes Lima, ...": a one-word place right after two name words, with no name word
    after it, is the last surname (no preposition stands before a place there)."""
    if span is None or span[1] - span[0] < 2:
        return span
    k = span[1]
    m = self.kb_at.get(k)
    if m is None or m.label != "Place" or m.start != k or m.end != k + 1 or self.sent_of[k] != self.sent_of[k - 1]:
        return span
    if k + 1 < len(self.doc) and (is_name_word(self.doc.words[k + 1]) or k + 1 in self.kb_at):
        return span
    self.mentions.remove(m)
    del self.kb_at[k]
    return span[0], k + 1


def _possessor_before(self: MentionFinder, start: int) -> bool:
    """"Argentina's President, X", "its President, X": a one-word post after a possessive is an apposition's
    head, so the name after its comma is the holder's."""
    return start >= 1 and self.doc.lowers[start - 1] in POSSESSOR_MARKS


def _share_joined_titles(self: MentionFinder) -> None:
    """"Prime Minister and Foreign Minister of Qatar, Sheikh X": a bare title joined by "and" to the next one
    shares its person and owner; "the OSCE Chairperson-in-Office, Swiss Foreign Minister X": a bare chair
    followed by a comma and a named post is held by that post's person (as is "Head of X, Ambassador Y")."""
    lowers = self.doc.lowers
    for a, b in zip(self.titles, self.titles[1:]):
        if a.person_mention is not None or b.person_mention is None or b.chair:
            continue
        if a.end == b.start - 1 and lowers[a.end] in ("and", "und") and not a.chair:
            a.person_mention = b.person_mention
            a.owner = a.owner or b.owner
        elif a.chair and lowers[a.end] == "," and _owner_gap(self, a.end + 1, b.start):
            a.person_mention = b.person_mention
        elif (a.owner and lowers[a.end] == "," and b.start == a.end + 1
              and (b.head.lower() in self.lex.representative_heads or b.head.lower() in RANK_HEADS)):
            a.person_mention = b.person_mention  # "Head of the X Mission, Ambassador Y (of Z)": Y heads X's mission
            b.owner = b.owner or a.owner  # "the AU's High Representative ..., Ambassador Y": the AU's, not a country's


def _owner_gap(self: MentionFinder, s: int, e: int) -> bool:
    """Only a country or organization, its possessive "'s" and articles stand between ``s`` and ``e``."""
    k = s
    while k < e:
        m = self.kb_at.get(k)
        if m is not None and m.label in ("Country", "Organization"):
            k = m.end
        elif self.doc.lowers[k] in ("'s", "’s", "the", "der", "die", "dem", "den"):
            k += 1
        else:
            return False
    return k == e


def _particle_next(self: MentionFinder, k: int) -> bool:
    """A name particle and a name word follow ``k`` ("Salem bin Omar X")."""
    return k + 2 < len(self.doc) and self.doc.lowers[k + 1] in PARTICLES and self._particle_joins(k + 1, 1)


def _next_is_name(self: MentionFinder, j: int) -> bool:
    """The word after ``j`` is capitalised or another mention (a name may go on)."""
    return j + 1 < len(self.doc) and (j + 1 in self.kb_at or is_name_word(self.doc.words[j + 1]))


def _free_first_name(self: MentionFinder, j: int) -> None:
    """"Under Secretary of State Victoria Nuland", "Vice President Marcela Ibagué Restrepo": a one-word place
    inside a name after a title (first, or between name words), when a name word follows it."""
    m, k = None, j
    for k in range(j, min(j + 3, len(self.doc.words))):
        m = self.kb_at.get(k)
        if m is not None or not is_name_word(self.doc.words[k]):
            break
    if m is None or m.start != k or m.end != k + 1:
        return
    if not (self._name_next(k) or _particle_next(self, k)) \
            and not (k - j == 2 and m.label == "Place" and not _next_is_name(self, k)):
        return  # "State President Luong Cuong Vinh": a place as the third word of a titled name ends it
    if m.label != "Place" and (m.label != "Country" or k == j):  # "Claudia Montenegro Ruiz": a surname
        return
    self.mentions.remove(m)
    del self.kb_at[k]


def _apposed_before(self: MentionFinder, t: TitleSpan) -> tuple[int, int] | None:
    """The name before ", the <title>" or ", <title>" (an apposition), if one stands there."""
    k = t.start - (1 if t.start >= 1 and self.doc.lowers[t.start - 1] == "the" else 0)
    return _apposition(self, k) if k >= 2 and self.doc.words[k - 1] == "," else None


def _apposition(self: MentionFinder, k: int) -> tuple[int, int] | None:
    words = self.doc.words
    if k >= 1 and words[k - 1] == ",":
        return _first_name_place(self, self._read_name(k - 2, step=-1))
    c = _relative_copula(self, k)
    if c is not None:
        return self._read_name(c[0] - 3, step=-1)  # "Lena Orr, who is the Chair of the Nordic Council"
    return None


def _relative_copula(self: MentionFinder, k: int) -> tuple[int, bool] | None:
    """The copula of ", who is (the) <title>" before ``k`` and whether it tells a past post ("who was", "who
    served as Ukraine's deputy minister"): the name before "who" holds (or held) it."""
    words, lowers = self.doc.words, self.doc.lowers
    j = k - 1 - (k >= 1 and lowers[k - 1] in ("also", "currently"))
    if j >= 2 and words[j] in POSSESSOR_MARKS and words[j] != "its":
        j -= 2  # "who served as Ukraine's deputy minister": past the possessor
    past = j >= 1 and (lowers[j] in PAST_COPULAS or (lowers[j] == "as" and lowers[j - 1] in SERVED))
    c = j - (past and lowers[j] == "as")
    if c >= 3 and (lowers[c] in RELATIVE_COPULAS or past) and lowers[c - 1] == "who" and words[c - 2] == ",":
        return c, past
    return None


def _first_name_place(self: MentionFinder, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """"Santiago Mireles Quiroga, the Secretary General ...": a one-word place that opens the sentence right
    before the name read backwards is its first name."""
    if span is None or span[0] < 1:
        return span
    s = span[0]
    m = self.kb_at.get(s - 1)
    if m is None or m.label != "Place" or m.start != s - 1 or m.end != s or self.sent_of[s - 1] != self.sent_of[s]:
        return span
    if s >= 2 and self.sent_of[s - 2] == self.sent_of[s - 1]:
        return span  # "in Santiago Mireles Quiroga ...": the place may be just that
    self.mentions.remove(m)
    del self.kb_at[s - 1]
    return s - 1, span[1]
