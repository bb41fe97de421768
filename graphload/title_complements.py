"""The complement after a title's head ("of X", "for Y Affairs", "der X", "Aussenminister Kuwaits"): how far the
title runs and the country or organization it names as owner.

Free functions taking the :class:`~graphload.entities.MentionFinder` as first argument.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .chunks import DETERMINERS, TOPIC_ADJECTIVE
from .spans import ARTICLES, OWNER_PREPS
from .title_fields import field_mention_end, field_words_end, org_venue_end

if TYPE_CHECKING:
    from .entities import MentionFinder


DATE_WORDS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                        "February", "March", "April", "May", "June", "July", "August", "September", "October",
                        "November", "December"})  # "Special Envoy on Monday": no topic
PLACE_ARTICLES = frozenset({"der", "den", "the"})  # "in der Schweiz", "in den USA", "in the Gambia"
FIELD_NOUNS = frozenset({"negotiations", "talks", "affairs", "issues", "relations", "questions", "matters",
                         "process", "dialogue"})  # "envoy for Caucasus negotiations, X": the field's own noun
AGENT_PREPS = {"vom", "von"}  # "wird der Gast vom Ersten Stellvertretenden Ministerpräsidenten empfangen": an agent


@dataclass
class _Owner:
    """An owner read from inside a word ("OSZE-" of "OSZE-Vorsitzenden")."""

    eid: str
    end: int
    label: str = "Organization"
    start: int = -1


def complement(self: MentionFinder, j: int, representative: bool = False, national: bool = False) -> tuple[int, str | None]:
    """Read "of X", "for X", "der X" after a title head; return (end, owner id).

    For representatives ("Permanent Representative of X to Y") only "of" names the owner; for a state's
    post "to X" is a destination ("Visit of External Affairs Minister to Nepal"), not the owner.
    A trailing place ("in New York") is read over, so the name after it still attaches.
    """
    doc, n = self.doc, len(self.doc.words)
    owner, end, run_start = None, j, j
    if _genitive_country(self, j):  # "Außenminister Kuwaits, X"
        owner, end = self.kb_at[j].eid, self.kb_at[j].end
        return end, owner
    for _ in range(4):
        over = _read_over(self, j, owner)
        if over is not None:
            end = j = over[0]
            owner = over[1]
            continue
        topic = representative and j + 1 < n and doc.lowers[j] == "on" and doc.words[j + 1] not in DATE_WORDS
        if j >= n or (doc.lowers[j] not in OWNER_PREPS and doc.lowers[j] != "im" and not topic):
            if end == j > run_start and _field_noun_before_name(self, j):
                end = j + 1  # "special envoy for Caucasus negotiations, X": the field's own noun
            break  # "Special Envoy on Water": a topic, read over
        owns = (not representative or doc.lowers[j] in ("of", "der", "des", "von", "im")) \
            and not (national and doc.lowers[j] == "to")
        k = _complement_start(self, j)
        if k is None:
            break  # "vom Ersten Stellvertretenden Ministerpräsidenten": an agent, not the complement
        m = self.kb_at.get(k) or _office_prefix(self, k)
        if m and field_mention_end(self, m.start) > m.start:  # "for ASEAN Affairs": a field, not the owner
            end = j = field_words_end(self, m.end)
            continue
        if m and m.label in ("Country", "Organization"):
            m = _possessed_body(self, m)
            owner = owner or (m.eid if owns else None)
            end = j = self._apposed_short(m)
            continue
        if m and m.start == k and m.label in ("Place", "Event") and doc.lowers[j] != "im":
            end = j = self._apposed_short(m)  # "Mayor of Hamburg, X": read over, no owner
            continue
        run_end = _capital_run_end(self, k)
        if run_end == k:
            end = _worded_complement(self, j) or end
            break
        run_start = k
        end = j = _and_runs(self, run_end)  # "of Foreign Affairs and Trade"
    return self._leave_name(run_start, end), owner


def _read_over(self: MentionFinder, j: int, owner: str | None) -> tuple[int, str | None] | None:
    """What a title's complement reads over at ``j``: a place ("Botschafter in der Schweiz, X", "Ambassador in
    the United States, X"), a ministry ("Minister of State at the Ministry of X, Y") or, when no owner is known
    yet, a genitive country; returns (where to read on, owner), or None."""
    doc, n = self.doc, len(self.doc.words)
    if j < n and doc.lowers[j] in ("in", "at", "im") and (self._place_at(j + 1) or (
            j + 2 < n and doc.lowers[j + 1] in PLACE_ARTICLES and self._place_at(j + 2))):
        return self.kb_at[j + 2 if doc.lowers[j + 1] in PLACE_ARTICLES else j + 1].end, owner
    if (venue := org_venue_end(self, j)) is not None:
        return venue, owner
    if owner is None and _genitive_country(self, j):
        return self.kb_at[j].end, self.kb_at[j].eid
    return None


def _field_noun_before_name(self: MentionFinder, j: int) -> bool:
    """"special envoy for Caucasus negotiations, X": a field's own noun at ``j``, then a comma and a name."""
    doc = self.doc
    return j + 1 < len(doc.words) and doc.words[j] in FIELD_NOUNS and doc.words[j + 1] == "," \
        and self._name_after_comma(j + 1)


def _capital_run_end(self: MentionFinder, k: int) -> int:
    """The end of the capitalised words from ``k`` that are no known name ("for Silencing the Guns": an
    article inside a capitalised field)."""
    doc, n, run_end = self.doc, len(self.doc.words), k
    while run_end < n and run_end not in self.kb_at and (doc.words[run_end][:1].isupper() or (
            run_end > k and doc.lowers[run_end] == "the" and self._capital_free(run_end + 1))):
        run_end += 1
    return run_end


def _worded_complement(self: MentionFinder, j: int) -> int | None:
    """"the governor of the region, X,", "Untergeneralsekretär für wirtschaftliche und soziale Angelegenheiten,
    X, und": a few plain words after the preposition at ``j`` up to the comma before an apposed name (a name
    followed by a comma, "and" or the sentence end); the comma's index, else None."""
    doc, n = self.doc, len(self.doc)
    k = j + 1
    while k < min(j + 7, n) and doc.words[k].isalpha() and k not in self.kb_at \
            and (self.lang == "de" or doc.words[k].islower()):
        k += 1
    if k == j + 1 or not self._name_after_comma(k):
        return None
    span = self._read_name(k + 1)
    after = doc.lowers[span[1]] if span and span[1] < n else "."
    return k if span and span[1] - span[0] >= 2 and after in (",", ".", "and", "und") else None


def _complement_start(self: MentionFinder, j: int) -> int | None:
    """The first word of the complement after the preposition at ``j``, past articles, lower-case modifiers
    ("des amtierenden OSZE-Vorsitzenden") and German adjectives; None when "von/vom" introduces an agent."""
    doc, n, k = self.doc, len(self.doc.words), j + 1
    while k < n and (doc.lowers[k] in ARTICLES or (doc.words[k] in self.lex.title_modifiers
                                                    and doc.words[k].islower())):
        k += 1
    if doc.lowers[j] in AGENT_PREPS and k < n and (doc.words[k] in self.lex.title_modifiers
                                                  or doc.lowers[k] in self.gaz.titles):
        return None
    return _past_adjectives(self, k)


def _possessed_body(self: MentionFinder, m):
    """"Chairman of Yemen's Presidential Leadership Council, X": the body the country's name possesses."""
    j = m.end
    if j + 1 < len(self.doc.words) and self.doc.words[j] in ("'s", "’s"):
        body = self.kb_at.get(j + 1)
        if body is not None and body.start == j + 1 and body.label == "Organization":
            return body
    return m


def _genitive_country(self: MentionFinder, j: int) -> bool:
    """A German country name in the genitive right after a post: "Aussenminister Jordaniens", "Emir Katars"."""
    m = self.kb_at.get(j)
    return (self.lang == "de" and m is not None and m.start == j and m.label == "Country" and m.source == "kb"
            and self.doc.words[m.end - 1].endswith("s"))


def _past_adjectives(self: MentionFinder, k: int) -> int:
    """German: past one or two lower-case adjectives before a capitalised noun ("für wirtschaftliche
    Zusammenarbeit", "und neue Technologien"); ``k`` itself otherwise."""
    doc, n, t = self.doc, len(self.doc.words), k
    if self.lang != "de":
        return k
    while t < min(k + 2, n) and TOPIC_ADJECTIVE.match(doc.words[t]) and doc.words[t] not in DETERMINERS:
        t += 1
    return t if k < t < n and doc.words[t][:1].isupper() else k


def _office_prefix(self: MentionFinder, k: int):
    """"(Sonderbeauftragte des) OSZE-Vorsitzenden": the organization a hyphenated post names."""
    pre, _, post = self.doc.words[k].rpartition("-") if k < len(self.doc) else ("", "", "")
    if not pre or post.lower() not in self.gaz.titles:
        return None
    m = self.kb_at.get(k)
    eid = self.gaz.surface.get(pre)
    return None if m is not None or not eid or not eid.startswith("org:") else _Owner(eid, k + 1)


def _and_runs(self: MentionFinder, j: int) -> int:
    """End of capitalised runs joined by "and"/"und" from ``j`` ("der Freien und Hansestadt Hamburg")."""
    doc, n = self.doc, len(self.doc)
    while j < n and doc.lowers[j] in ("and", "und") and j + 1 < n:
        k = _past_adjectives(self, j + 1)
        if not doc.words[k][:1].isupper():
            break
        j = k
        while j < n and doc.words[j][:1].isupper() and (j not in self.kb_at or field_mention_end(self, j) > j):
            j = field_mention_end(self, j) if j in self.kb_at else j + 1  # "... and ASEAN Affairs"
        if self._place_at(j):
            j = self.kb_at[j].end
    return j
