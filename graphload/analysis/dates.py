"""Partial ISO dates as periods, and the inclusive date window of the analysis views.

A date is read as the period it names: ``"2010"`` is the whole year,
``"2010-11"`` the whole month, ``"2010-11-30"`` one day. An edge is inside a
window when its period overlaps the window; both bounds are inclusive and are
themselves periods (``until="2017"`` runs to 2017-12-31).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..errors import ConfigError

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


@lru_cache(maxsize=65536)
def period(text: str | None) -> tuple[date, date] | None:
    """First and last day of a partial ISO date, or None when absent or unreadable.

    >>> period("2010-11")
    (datetime.date(2010, 11, 1), datetime.date(2010, 11, 30))
    >>> period("soon") is None
    True
    """
    if not text or not isinstance(text, str):
        return None
    m = _DATE_RE.match(text.strip()[:10])
    if not m:
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        mon = int(month)
        if day is None:
            return date(year, mon, 1), date(year, mon, calendar.monthrange(year, mon)[1])
        d = date(year, mon, int(day))
        return d, d
    except ValueError:
        return None


@dataclass(frozen=True)
class DateWindow:
    """Inclusive window ``[since, until]``; either bound may be open (None)."""

    since: str | None = None
    until: str | None = None

    def __post_init__(self) -> None:
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None and period(value) is None:
                raise ConfigError(
                    f"--{name} {value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2017, 2017-05, 2024-12-31)"
                )
        if self.start and self.end and self.start > self.end:
            raise ConfigError(f"--since {self.since} is after --until {self.until}; swap them")

    @property
    def active(self) -> bool:
        """True when at least one bound is set."""
        return self.since is not None or self.until is not None

    @property
    def start(self) -> date | None:
        """First day inside the window (start of the ``since`` period)."""
        return period(self.since)[0] if self.since else None

    @property
    def end(self) -> date | None:
        """Last day inside the window (end of the ``until`` period)."""
        return period(self.until)[1] if self.until else None

    def contains(self, value: str | None) -> bool:
        """Whether an edge dated ``value`` is kept: periods overlap; undated only without bounds.

        >>> DateWindow("2010-11-30", "2011").contains("2010")
        True
        >>> DateWindow("2011").contains(None)
        False
        """
        if not self.active:
            return True
        p = period(value)
        if p is None:
            return False
        start, end = self.start, self.end
        return (start is None or p[1] >= start) and (end is None or p[0] <= end)


def sort_key(value: str | None) -> tuple:
    """Chronological sort key: by first day, coarser dates first, undated last."""
    p = period(value)
    if p is None:
        return (1, date.max, 0)
    return (0, p[0], -(p[1] - p[0]).days)
