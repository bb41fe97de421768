"""Persons named with no title: the object of a meeting verb ("Cazacu received Aigul Bekova") and the name
before a role in apposition ("Aino Virtanen, a veteran negotiator"; "Nino Kapanadse, die Oppositionsführerin").

Both rules read only tokens the word table already flags (TRIGGER, HONORIFIC), so a sentence without a
meeting verb or a role word costs nothing. A name must have the shape of a full name (two or more name
words, no head noun, no known non-person) and stand where a name ends ("met X Y, ...", "met X Y on ..."),
so "met Freedom House representatives" or "received Nobel Peace laureates" name nobody.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicons import LanguageLexicon
from .spans import TokMention, is_initial, is_name_word
from .wordfacts import HONORIFIC, TRIGGER

if TYPE_CHECKING:  # pragma: no cover
    from .entities import MentionFinder

# words that may follow a full name that ends there ("met Anna Berg on Monday", "traf Anna Berg am Mittwoch")
NAME_ENDS = frozenset({",", ".", ";", ":", "(", ")", "and", "on", "in", "at", "during", "for", "to", "who", "after",
                       "before", "about", "over", "from", "as", "last", "this", "earlier", "later", "separately",
                       "und", "am", "im", "auf", "bei", "zu", "sowie", "über", "von", "zum", "zur", "nach", "vor",
                       "wegen", "an", "der", "die", "den", "dem", "des", "ebenfalls", "auch", "zusammen", "'s", "’s",
                       "“", "”", "\"", "„", "–", "—", "-"})
APPOSITION_ARTICLES = frozenset({"a", "an", "the", "ein", "eine", "einen", "einem", "der", "die", "den", "dem"})
BYLINE_WORDS = {"en": ("By",), "de": ("Von",)}  # "By Mercy Atieno, Associated Press" on a line of its own
LED_CUES = ("led", "headed", "Leitung", "angeführt")  # "a delegation led by X", "unter Leitung von X"
AGENT_WORDS = frozenset({"by", "von"})
MAX_ROLE_GAP = 3  # words between the article and the role ("a veteran Finnish negotiator")


def is_role_word(lex: LanguageLexicon, word: str, low: str) -> bool:
    """A person's description that is no post ("activist", "den schwedischen Unternehmer", "Wirtschaftsjournalist")."""
    return word in lex.person_roles or bool(lex.person_role_suffixes and low.endswith(lex.person_role_suffixes))


def meeting_objects(lex: LanguageLexicon) -> dict[str, list[tuple[str, ...]]]:
    """The active MET_WITH trigger phrases without a gap, by first word ("met", "received", "traf", "empfing")."""
    cached = getattr(lex, "_meeting_objects", None)
    if cached is None:
        cached = {}
        for head, trigs in lex.triggers.items():
            for t in trigs:
                if t.type == "MET_WITH" and not t.passive and "..." not in t.words:
                    cached.setdefault(head, []).append(t.words)
        lex._meeting_objects = cached
    return cached


def find_context_persons(finder: MentionFinder) -> None:
    """Add the untitled persons named after a meeting verb, in a byline, before a role in apposition or after "led by"."""
    doc = finder.doc
    phrases = meeting_objects(finder.lex)
    for i in doc.where(TRIGGER):
        for words in phrases.get(doc.lowers[i], ()):
            end = i + len(words)
            if tuple(doc.lowers[i:end]) == words:
                _add_full_name(finder, end, forward=True)
                break
    find_byline_persons(finder)
    for i in doc.where(HONORIFIC):
        if is_role_word(finder.lex, doc.words[i], doc.lowers[i]):
            comma = _apposition_comma(finder, i)
            if comma is not None:
                _add_full_name(finder, comma - 1, forward=False)
    find_led_by_persons(finder)


def find_led_by_persons(finder: MentionFinder) -> None:
    """"a delegation led by Hamdi Awad-Elkarim", "unter Leitung von X Y": a two-word name after the cue."""
    doc, n = finder.doc, len(finder.doc.words)
    for i in doc.positions(LED_CUES):
        j = i + 2
        if j >= n or doc.lowers[i + 1] not in AGENT_WORDS or j in finder.kb_at \
                or any(t.start <= j < t.end for t in finder.titles):  # "headed by Strategic Affairs Minister X"
            continue
        span = finder._read_name(finder._past_honorifics(j))
        if span and span[1] - span[0] >= 2 and finder.sent_of[span[0]] == finder.sent_of[i]:
            finder.add_context_person(*span)


def find_byline_persons(finder: MentionFinder) -> None:
    """"By Mercy Atieno, Associated Press" / "Von Anna Berger, Wien": the author named on a line of its own."""
    doc, n = finder.doc, len(finder.doc)
    for i in doc.positions(BYLINE_WORDS.get(finder.lang, ())):
        if i > 0 and "\n" not in doc.words[i - 1]:
            continue  # not at the start of a line
        k = i + 1
        while k < n and k - i <= 4 and k not in finder.kb_at and is_name_word(doc.words[k]) \
                and doc.words[k] not in finder.lexicons.not_names and doc.words[k] not in finder.head_of:
            k += 1
        line_end = k >= n or "\n" in doc.words[k] or (doc.words[k] == "," and _line_ends_within(doc, k, 6))
        if k - i - 1 >= 2 and line_end:
            finder.add_context_person(i + 1, k)


def _line_ends_within(doc, k: int, limit: int) -> bool:
    """A line break (or the end of the text) comes within ``limit`` tokens after ``k``: a byline's short line."""
    end = min(k + limit + 1, len(doc))
    return end == len(doc) or any("\n" in w for w in doc.words[k:end])


def surname_free(m: TokMention | None, i: int) -> bool:
    """No mention covers token ``i``, or only a one-word hyphenated name read by its head noun: "Dufresne-Hall"
    (a hall) is the surname of the "Claire Dufresne-Hall" named before."""
    return m is None or (m.source == "chunk" and m.start == i and m.end == i + 1 and "-" in m.surface
                         and m.label != "Person")


def _apposition_comma(finder: MentionFinder, i: int) -> int | None:
    """The comma of "<name>, a|the|die [up to three words] <role>" whose role stands at ``i``."""
    lowers = finder.doc.lowers
    for k in range(i - 1, max(i - 2 - MAX_ROLE_GAP, 0), -1):
        if lowers[k] in APPOSITION_ARTICLES:
            return k - 1 if k >= 2 and lowers[k - 1] == "," else None
        if lowers[k] == ",":
            return None
    return None


def _add_full_name(finder: MentionFinder, j: int, forward: bool) -> None:
    """Register the full name that starts (``forward``) or ends at ``j`` if it has the shape of one."""
    doc = finder.doc
    if not 0 <= j < len(doc.words) or j in finder.kb_at or not is_name_word(doc.words[j]):
        return
    span = finder._read_name(j) if forward else finder._read_name(j, step=-1)
    if span is None:
        return
    s, e = span
    if sum(1 for w in doc.words[s:e] if is_name_word(w) and not is_initial(w)) < 2:
        return
    if any(k in finder.kb_at for k in range(s, e)) or finder.sent_of[s] != finder.sent_of[e - 1]:
        return
    if forward and e < len(doc.words) and doc.lowers[e] not in NAME_ENDS:
        return  # "met Freedom House representatives"
    if not forward and s >= 1 and is_name_word(doc.words[s - 1]):
        return  # more capitalised words before it: part of a longer name, not a person's
    tail = " " + " ".join(doc.words[s:e])
    for m in finder.mentions:  # (a loop, not any() over a generator: run for every name found)
        if m.label == "Person" and m.surface.endswith(tail):
            return  # "welcomed Montes de Oca": the surname of a person already named, resolved later
    finder.add_context_person(s, e)
