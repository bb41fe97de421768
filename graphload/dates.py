"""Dates in English and German text: the document date and dates inside sentences.

Compiled regular expressions only (no dateparser): :func:`find_dates` runs on
every sentence of large corpora. Month and weekday names of both languages are
recognised whatever the ``language`` argument says (texts mix them); the
language only decides how slash dates are read (``3/7/2024`` is left alone in
English, where day and month order is ambiguous, and read day-first otherwise).

Partial dates are completed with a reference date (the document date):
``29 November`` takes the year that puts it closest to the reference,
``in April`` takes the reference year, and a bare weekday (``on Tuesday``) is
the most recent such day on or before the reference (``next``/``kommenden``
Tuesday: the first one after it; ``last``/``vergangenen``: the one before it).
A partial date that cannot be completed is not returned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

_MONTHS: dict[str, int] = {}
for _num, _names in enumerate(
    [
        "January Jan Januar Jänner Jaenner",
        "February Feb Februar Feber",
        "March Mar März Maerz Mär Mrz",
        "April Apr",
        "May Mai",
        "June Jun Juni",
        "July Jul Juli",
        "August Aug",
        "September Sept Sep",
        "October Oct Oktober Okt",
        "November Nov",
        "December Dec Dezember Dez",
    ],
    start=1,
):
    for _n in _names.split():
        _MONTHS[_n.casefold()] = _num

# Abbreviations are only accepted next to a day or a year (``Jan`` is also a name).
_FULL_MONTHS = (  # noqa: SIM905
    "january januar jänner jaenner february februar feber march märz maerz april may mai "
    "june juni july juli august september october oktober november december dezember"
).split()


def _alternation(names: list[str]) -> str:
    """Regex alternation of Title-case and UPPER-case forms, longest first."""
    forms: set[str] = set()
    for n in names:
        forms.update({n.capitalize(), n.upper()})
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


_ABBR = [n for n in _MONTHS if n not in _FULL_MONTHS]
_MON = rf"(?:{_alternation(_FULL_MONTHS)}|(?:{_alternation(_ABBR)})\.?)"
_MON_FULL = rf"(?:{_alternation(_FULL_MONTHS)})"
_WEEKDAYS: dict[str, int] = {}
for _num, _names in enumerate(
    ["Monday Montag", "Tuesday Dienstag", "Wednesday Mittwoch", "Thursday Donnerstag",
     "Friday Freitag", "Saturday Samstag Sonnabend", "Sunday Sonntag"]
):
    for _n in _names.split():
        _WEEKDAYS[_n.casefold()] = _num
_WDAY = rf"(?:{_alternation(list(_WEEKDAYS))})"
_ORD = r"(?:st|nd|rd|th|\.)?"
_DAY = r"(?P<d>[0-3]?\d)"
_YEAR = r"(?P<y>(?:1[89]|20)\d\d)"
_RANGE = rf"(?:\s*[-–—]\s*[0-3]?\d{_ORD})?"
_WD_PREFIX = rf"(?:{_WDAY},?\s+(?:the\s+)?)?"

# (kind, pattern); kinds decide how the groups are read.
# The lookaheads only let the engine skip words that cannot start a match (month and weekday names are capitalised,
# the words before a bare month or year begin with one of a few letters).
_CAP_OR_DIGIT = r"(?=[A-ZÄÖÜ]|\d)"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("dmy", re.compile(rf"\b{_CAP_OR_DIGIT}{_WD_PREFIX}{_DAY}{_ORD}{_RANGE}\s+(?:of\s+)?(?P<m>{_MON}),?\s+{_YEAR}\b")),
    ("mdy", re.compile(rf"\b(?=[A-ZÄÖÜ]){_WD_PREFIX}(?P<m>{_MON})\s+{_DAY}{_ORD}{_RANGE},?\s+{_YEAR}\b")),
    ("iso", re.compile(r"\b(?P<y>(?:1[89]|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    ("dotted", re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:1[89]|20)\d\d)\b")),
    ("slash", re.compile(r"(?<![\d/])(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>(?:1[89]|20)\d\d)\b")),
    ("dm", re.compile(rf"\b{_CAP_OR_DIGIT}{_WD_PREFIX}{_DAY}{_ORD}{_RANGE}\s+(?:of\s+)?(?P<m>{_MON})(?![\w-])")),
    ("md", re.compile(rf"\b(?=[A-ZÄÖÜ]){_WD_PREFIX}(?P<m>{_MON})\s+{_DAY}(?:st|nd|rd|th)?(?![\d\w])")),
    ("my", re.compile(rf"\b(?=[A-ZÄÖÜ])(?P<m>{_MON}),?\s+{_YEAR}\b")),
    ("m", re.compile(
        rf"(?=(?i:[isubdoelma]))(?:\b(?i:in|im|since|seit|until|bis|by|during|of|early|late|mid|anfang|mitte|ende)"
        rf"\s+(?:(?:early|late|mid)\s+)?|\b(?i:mid)-)(?P<m>{_MON_FULL})\b(?!\s*\d)")),
    ("y", re.compile(
        rf"\b(?=(?i:[isubfvdwjyelamhs]))(?i:in|im|since|seit|until|bis|by|from|von|during|während|jahr|year|early|late|anfang|ende|mitte"
        rf"|herbst|frühjahr|frühling|sommer|winter|spring|summer|autumn)"
        rf"\s+(?:(?:early|late|mid)\s+)?{_YEAR}\b(?![-–/.]\d)")),
    ("wd", re.compile(
        rf"(?:\b(?P<rel>(?i:next|last|this coming|kommenden|nächsten|naechsten|vergangenen|letzten))\s+)?"
        rf"\b(?P<w>{_WDAY})\b")),
]
_FULL_KINDS = ("dmy", "mdy", "iso", "dotted", "slash")
_PRIORITY = {kind: i for i, (kind, _) in enumerate(_PATTERNS)}
_CAPWORD = re.compile(r"\b[A-ZÄÖÜ][A-Za-zäöüÄÖÜ]{1,9}\b")
_MONTH_FORMS = frozenset(f for n in _MONTHS for f in (n.capitalize(), n.upper()))
_WEEKDAY_FORMS = frozenset(f for n in _WEEKDAYS for f in (n.capitalize(), n.upper()))

DATE_WORDS = _MONTH_FORMS | _WEEKDAY_FORMS  # a word of letters may hold a date only if it is one
_DIGIT = re.compile(r"\d")
_TRIGGERS = (("y", re.compile(r"(?:1[89]|20)\d\d")), ("n", re.compile(r"\d[./-]\d")))
# What a sentence must contain for each kind of pattern to be worth running:
# m month name, w weekday name, y a year-like number, n a numeric date, d a digit.
_NEEDS = {"dmy": "my", "mdy": "my", "iso": "n", "dotted": "n", "slash": "n", "dm": "md", "md": "md",
          "my": "my", "m": "m", "y": "y", "wd": "w"}
_NEED_REF = ("dm", "md", "m", "wd")  # kinds that only give a date when completed from a reference date
_AFTER = {"next", "this coming", "kommenden", "nächsten", "naechsten"}
_BEFORE = {"last", "vergangenen", "letzten"}


@dataclass
class DateMention:
    """A date found in a sentence; ``iso`` is as precise as known."""

    start: int
    end: int
    text: str
    iso: str


def _valid(y: int, m: int, d: int) -> date | None:
    """The date if it exists in the calendar, else None."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _parse_ref(ref: str | None) -> tuple[date | None, int | None, int | None]:
    """(full date or None, year or None, month or None) of an ISO reference."""
    if not ref:
        return None, None, None
    parts = ref.split("-")
    try:
        nums = [int(p) for p in parts[:3]]
    except ValueError:
        return None, None, None
    full = _valid(*nums) if len(nums) == 3 else None
    return full, nums[0], (nums[1] if len(nums) > 1 else None)


def _closest_year(month: int, day: int, ref: date | None, ref_year: int | None) -> str | None:
    """Complete day+month with the year that puts it closest to the reference."""
    if ref is None:
        if ref_year is None:
            return None
        d = _valid(ref_year, month, day)
        return d.isoformat() if d else None
    options = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := _valid(y, month, day))]
    if not options:
        return None
    return min(options, key=lambda d: (abs((d - ref).days), d > ref)).isoformat()


def _weekday(wd: int, rel: str | None, ref: date | None) -> str | None:
    """Resolve a weekday against a full reference date (see the module docstring)."""
    if ref is None:
        return None
    rel = (rel or "").casefold()
    if rel in _AFTER:
        delta = (wd - ref.weekday()) % 7 or 7
        return (ref + timedelta(days=delta)).isoformat()
    back = (ref.weekday() - wd) % 7
    if rel in _BEFORE and back == 0:
        back = 7
    return (ref - timedelta(days=back)).isoformat()


def _resolve(kind: str, m: re.Match[str], language: str, ref: str | None) -> str | None:
    """ISO string for one regex match of the given kind, or None."""
    g = m.groupdict()
    ref_full, ref_year, _ = _parse_ref(ref)
    if kind == "wd":
        return _weekday(_WEEKDAYS[g["w"].casefold()], g.get("rel"), ref_full)
    if kind == "slash" and language == "en":
        return None
    month_txt = g.get("m") or ""
    month = int(month_txt) if month_txt.isdigit() else _MONTHS.get(month_txt.rstrip(".").casefold())
    if not month or not 1 <= month <= 12:
        return None
    year = int(g["y"]) if g.get("y") else None
    if "d" in g and g["d"] is not None:
        day = int(g["d"])
        if year is not None:
            d = _valid(year, month, day)
            return d.isoformat() if d else None
        return _closest_year(month, day, ref_full, ref_year)
    if year is None:
        year = ref_year
    return f"{year:04d}-{month:02d}" if year else None


def _year_only(m: re.Match[str]) -> str:
    """ISO year of a year-only match."""
    return m.group("y")


def _present(sentence: str) -> str:
    """Letters of the cheap triggers found in the sentence (see ``_NEEDS``)."""
    words = set(_CAPWORD.findall(sentence))
    have = ("m" if not words.isdisjoint(_MONTH_FORMS) else "") + ("w" if not words.isdisjoint(_WEEKDAY_FORMS) else "")
    if _DIGIT.search(sentence):  # the other triggers all need a digit
        for letter, pattern in _TRIGGERS:
            have += letter if pattern.search(sentence) else ""
        have += "d"  # the digit just found
    return have


def may_hold_date(text: str) -> bool:
    """Whether ``text`` has what every date pattern needs: a digit, or a month or weekday name.

    >>> may_hold_date("Tuesday"), may_hold_date("2010"), may_hold_date("talks")
    (True, True, False)
    """
    if _DIGIT.search(text) is not None:
        return True
    return not text.islower() and not DATE_WORDS.isdisjoint(_CAPWORD.findall(text))  # names are capitalised


@cache
def _runnable(have: str, no_ref: bool) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The patterns worth running on a sentence with the triggers ``have`` (and no reference date)."""
    return tuple((kind, pattern) for kind, pattern in _PATTERNS
                 if all(need in have for need in _NEEDS[kind]) and not (no_ref and kind in _NEED_REF))


def _span(kind: str, m: re.Match[str]) -> tuple[int, int]:
    """Where a match's date is: the month of "in April", the year of "in 2011", else the whole match."""
    return m.span("m") if kind == "m" else m.span("y") if kind == "y" else m.span()


def find_dates(sentence: str, language: str = "en", ref: str | None = None) -> list[DateMention]:
    """Dates in one sentence, completed with ``ref`` (ISO) when partial.

    >>> [d.iso for d in find_dates("He arrived on 29 November and left in 2011.", "en", "2010-12-02")]
    ['2010-11-29', '2011']
    >>> find_dates("Guterres traf Tokajew am 4. Juli 2024.", "de")[0].iso
    '2024-07-04'
    """
    found: list[tuple[int, int, int, str, re.Match[str]]] = []
    for kind, pattern in _runnable(_present(sentence), not ref):
        for m in pattern.finditer(sentence):
            start, end = _span(kind, m)
            found.append((start, -(end - start), _PRIORITY[kind], kind, m))
    found.sort(key=lambda t: (t[0], t[1], t[2]))
    out: list[DateMention] = []
    taken_until = -1
    for start, neg_len, _, kind, m in found:
        if start < taken_until:
            continue
        iso = _year_only(m) if kind == "y" else _resolve(kind, m, language, ref)
        end = start - neg_len
        if iso is None:
            if kind in _FULL_KINDS:  # an impossible full date is not read as a shorter one
                taken_until = end
            continue
        out.append(DateMention(start, end, sentence[start:end], iso))
        taken_until = end
    return out


def parse_date_text(text: str, language: str = "en", ref: str | None = None, start: int = 0,
                    have: str | None = None) -> str | None:
    """ISO form of the first date in ``text``, or None.

    ``start`` and ``have`` spare a caller that knows its tokens a scan of the whole text: no date
    begins before ``start``, and ``have`` holds the letters of :func:`trigger_letters` of its words.

    >>> parse_date_text("November 30, 2010", "en")
    '2010-11-30'
    """
    first: list[tuple[int, int, int, str, re.Match[str]]] = []
    for kind, pattern in _runnable(_present(text) if have is None else have, not ref):
        m = pattern.search(text, start)  # the leftmost match of each pattern is enough
        if m is not None:
            begin, end = _span(kind, m)
            first.append((begin, begin - end, _PRIORITY[kind], kind, m))
    if not first:
        return None
    _, _, _, kind, m = min(first, key=lambda t: t[:3])
    iso = _year_only(m) if kind == "y" else _resolve(kind, m, language, ref)
    if iso is not None:
        return iso
    found = find_dates(text, language, ref)  # the first reading fails: let the full pass decide
    return found[0].iso if found else None


def trigger_letters(word: str) -> str:
    """The letters of the date triggers one token holds (m month, w weekday, y year, n numeric date, d digit).

    A sentence's triggers are those of its tokens: a tokenizer never splits a month or weekday name
    or a run of digits, and a number like "29.11.2019" is one token.

    >>> trigger_letters("2010"), trigger_letters("April"), trigger_letters("talks")
    ('yd', 'm', '')
    """
    return _present(word)


_HEAD_LINES = 15
_HEAD_CHARS = 1500
_REPORTED = re.compile(
    r"\b(?:reported|announced|published|berichtete[nt]?|meldete[nt]?|teilte[nt]?|veröffentlicht)\b"
    r"[^.\n]{0,160}?\b(?:on|am)\s+(?P<date>[^\n]{6,40})"
)


def _full_date_in(line: str, language: str) -> DateMention | None:
    """The first full (day, month, year) date in a line, or None."""
    for d in find_dates(line, language):
        if len(d.iso) == 10:
            return d
    return None


_DATELINE_PREFIX = re.compile(r"\s*(?:[A-ZÄÖÜ][\w.'’() /-]{0,40},\s*)?")
_DATELINE_SUFFIX = re.compile(r"[\s.,]*(?:[-–—:].*)?")


def _dateline_iso(line: str, language: str) -> str | None:
    """ISO date when the line is only a date, or a ``PLACE, date – story`` dateline."""
    found = find_dates(line, language)
    if not found or len(found[0].iso) < 7:
        return None
    d = found[0]
    if _DATELINE_PREFIX.fullmatch(line[: d.start]) and _DATELINE_SUFFIX.fullmatch(line[d.end :]):
        return d.iso
    return None


def document_date(text: str, language: str = "en") -> str | None:
    """The publication date the text states (ISO), or None.

    Checked in order: a line near the top that is only a date (or a
    ``PLACE, 30 November 2010 –`` dateline, where month+year gives
    ``YYYY-MM``); the first full date in the first 15 lines / 1500 characters;
    a full date after a reporting verb anywhere ("reported ... on 10 July
    2024"). Day and month without a year give None.

    >>> document_date("Title\\n\\n19 July 2010\\nBody text.", "en")
    '2010-07-19'
    >>> document_date("The Secretary-General met today, 30 November 2010, with him.", "en")
    '2010-11-30'
    """
    head_lines = text[:_HEAD_CHARS].split("\n")[:_HEAD_LINES]
    for line in head_lines:
        if line.strip() and (iso := _dateline_iso(line, language)):
            return iso
    for line in head_lines:
        if d := _full_date_in(line, language):
            return d.iso
    for m in _REPORTED.finditer(text):
        found = find_dates(m.group("date"), language)
        if found and found[0].start == 0 and len(found[0].iso) == 10:
            return found[0].iso
    return None
