"""Matches in date order, newest first, read back through time one slice of days at a time.

Why: a GIN index finds every match but in no order, so "the newest 200" of a word in 50,000
articles meant fetching and sorting all 50,000, and walking the date index instead meant
opening article after article until 200 matched. Either way the cost grew with the matches
(or with their rarity). Here each slice is one index lookup, ``query & (dates of the
slice)`` (``archive.dateterms``), whose cost is the matches inside the slice; the slices are
sized from what the walk has seen so far to hold about what is still needed. So a page
costs about what it shows, whether the word is in 50 articles or in 500,000.

The walk is plain Python around a ``fetch(cover, lo, hi, limit)`` callable (the database part), so
its stepping can be tested without a database.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable

from .dateterms import cover_query, nodate_query

# The first slice is sized to hold this many articles of any kind (the match rate is not
# known yet); later slices are sized from the rate seen, growing at most GROWTH times.
FIRST_SLICE_ARTICLES = 400
GROWTH = 8
# A slice is sized to hold this much more than what is still needed (rates vary over time).
HEADROOM = 1.25

# fetch(cover, lo, hi, limit): the matches within days lo..hi (both None: the undated ones),
# whose date terms are ``cover``, newest first, at most ``limit``.
Fetch = Callable[[str, dt.date | None, dt.date | None, int], list[int]]
# precount(cover, lo, hi, limit): how many articles of a cheap superset of those matches
# (no positions checked) lie within lo..hi, counting no further than ``limit``.
Count = Callable[[str, dt.date, dt.date, int], int]


def aligned(lo: dt.date, hi: dt.date) -> dt.date:
    """``lo`` moved back to the start of its month (a slice of two months or more) or year
    (three years or more): a long slice is then a few month and year terms, not dozens of
    days, and each term is one more list for the GIN index to step through."""
    days = (hi - lo).days + 1
    if days >= 3 * 365:
        return dt.date(lo.year, 1, 1)
    if days >= 62:
        return lo.replace(day=1)
    return lo


class DateWalk:
    """The ids matching one condition, newest first, then those without a date (newest id
    first): ``take(n)`` reads as many slices as the first ``n`` need.

    ``first``..``last``: the days that can hold matches (``None`` when no article is dated);
    ``per_day``: about how many articles a day holds, to size the first slice; ``cap``: the
    most ids a walk keeps (no page past it is served). ``precount(cover, lo, hi, limit)``, if
    given, counts (up to ``limit``) a cheap superset of a slice's matches before it is read,
    so that a slice sized from a sparse past is cut down when its days turn out full.
    ``undated``: whether the articles without a date can match (not under a date filter).
    ``scale``: how many times ``FIRST_SLICE_ARTICLES`` a slice may read (more where a match
    is cheap to check, as in the small title vectors).
    """

    def __init__(
        self,
        fetch: Fetch,
        first: dt.date | None,
        last: dt.date | None,
        per_day: float,
        *,
        cap: int,
        precount: Count | None = None,
        undated: bool = True,
        scale: float = 1.0,
    ) -> None:
        self._fetch = fetch
        self._precount = precount
        self.per_day = per_day
        # Days just older than the last slice known to hold many matches (see _slice_start).
        self._within: int | None = None
        self.prechecks = 0
        self.first = first
        self.cap = cap
        self.ids: list[int] = []
        self.slices = 0
        # The next day to read, going back; None once every dated day is read.
        self.hi = last if first is not None and last is not None and first <= last else None
        self.undated_read = not undated  # a date filter leaves the undated out
        self.days_read = 0
        self.dated_found = 0
        # How many articles a slice may read, relative to FIRST_SLICE_ARTICLES.
        self.budget = FIRST_SLICE_ARTICLES * scale
        self.span = max(1, math.ceil(self.budget / max(per_day, 1e-6)))

    @property
    def done(self) -> bool:
        """Every match is in ``ids`` (or the cap is reached)."""
        return (self.hi is None and self.undated_read) or len(self.ids) >= self.cap

    @property
    def complete(self) -> bool:
        """Every match is in ``ids``: their number is the exact count."""
        return self.hi is None and self.undated_read and len(self.ids) < self.cap

    def take(self, n: int) -> list[int]:
        """The first ``n`` ids (fewer when the matches run out)."""
        while len(self.ids) < min(n, self.cap) and not self.done:
            self._step(n)
        return self.ids[:n]

    def _step(self, n: int) -> None:
        room = self.cap - len(self.ids)
        self.slices += 1
        if self.hi is None:
            self.ids += self._fetch(nodate_query(), None, None, room)
            self.undated_read = True
            return
        lo = self._slice_start(n)
        if lo is None:  # the precount found the slice empty: read without reading it
            self._resize(n)
            return
        got = self._fetch(cover_query(lo, self.hi), lo, self.hi, room)
        self.ids += got
        self.dated_found += len(got)
        self._mark_read(lo)
        self._resize(n)

    def _mark_read(self, lo: dt.date) -> None:
        """Days ``lo``..``hi`` are read: go on before them."""
        assert self.hi is not None and self.first is not None
        self.days_read += (self.hi - lo).days + 1
        self.hi = lo - dt.timedelta(days=1) if lo > self.first else None

    def _slice_start(self, n: int) -> dt.date | None:
        """The first day of the next slice, ``span`` days back.

        After the first slice, the span was sized from the rate seen so far, which can be
        far off (a name absent for years, then frequent). A precount of the slice's cheap
        superset (no vector opened) guards it: when the slice holds too many, its newer half
        is counted, and so on, and days found empty are passed over without reading them
        (``None``: the whole slice was empty).
        """
        assert self.hi is not None and self.first is not None
        lo = self.hi - dt.timedelta(days=min(self.span, (self.hi - self.first).days + 1) - 1)
        lo = max(self.first, aligned(lo, self.hi))
        if self._precount is None or not self.days_read or lo == self.hi:
            return lo
        limit = round(max(self.budget, 2 * (n - len(self.ids))))
        if ((self.hi - lo).days + 1) * self.per_day <= 2 * limit:
            return lo  # too few articles in these days to be worth counting first
        found = self._count(lo, limit)
        if found == 0:
            self._mark_read(lo)
            return None
        far = None
        while found >= limit and lo < self.hi:
            mid = aligned(lo + dt.timedelta(days=((self.hi - lo).days + 1) // 2), self.hi)
            if mid <= lo:
                mid = lo + dt.timedelta(days=((self.hi - lo).days + 1) // 2)
            newer = self._count(mid, limit)
            if newer == 0:  # nothing in mid..hi: those days are read, matches are older
                self._mark_read(mid)
            else:
                far, lo, found = lo, mid, newer
        if far is not None:
            # far..lo-1 holds the rest of what was too many: the next slice stays inside it.
            self._within = (lo - far).days
        return lo

    def _count(self, lo: dt.date, limit: int) -> int:
        assert self._precount is not None and self.hi is not None
        self.prechecks += 1
        return self._precount(cover_query(lo, self.hi), lo, self.hi, limit)

    def _resize(self, n: int) -> None:
        """The next slice: enough days for what is still needed at the rate seen so far."""
        ceiling = self.span * GROWTH
        if self._within is not None:
            ceiling, self._within = min(ceiling, self._within), None
        if not self.dated_found:
            self.span = ceiling
            return
        rate = self.dated_found / self.days_read
        still = max(1, n - len(self.ids))
        self.span = max(1, min(ceiling, math.ceil(still * HEADROOM / rate)))
