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


class DateWalk:
    """The ids matching one condition, newest first, then those without a date (newest id
    first): ``take(n)`` reads as many slices as the first ``n`` need.

    ``first``..``last``: the days that can hold matches (``None`` when no article is dated);
    ``per_day``: about how many articles a day holds, to size the first slice; ``cap``: the
    most ids a walk keeps (no page past it is served).
    """

    def __init__(
        self,
        fetch: Fetch,
        first: dt.date | None,
        last: dt.date | None,
        per_day: float,
        *,
        cap: int,
    ) -> None:
        self._fetch = fetch
        self.first = first
        self.cap = cap
        self.ids: list[int] = []
        self.slices = 0
        # The next day to read, going back; None once every dated day is read.
        self.hi = last if first is not None and last is not None and first <= last else None
        self.undated_read = False
        self.days_read = 0
        self.dated_found = 0
        self.span = max(1, math.ceil(FIRST_SLICE_ARTICLES / max(per_day, 1e-6)))

    @property
    def done(self) -> bool:
        """Every match is in ``ids`` (or the cap is reached)."""
        return (self.hi is None and self.undated_read) or len(self.ids) >= self.cap

    @property
    def complete(self) -> bool:
        """Every match is in ``ids``: their number is the exact count."""
        return self.hi is None and self.undated_read and len(self.ids) < self.cap

    @property
    def oldest_read(self) -> dt.date | None:
        """The earliest day read so far (``None`` before the first slice)."""
        if not self.days_read:
            return None
        return self.first if self.hi is None else self.hi + dt.timedelta(days=1)

    def take(self, n: int) -> list[int]:
        """The first ``n`` ids (fewer when the matches run out)."""
        while len(self.ids) < min(n, self.cap) and not self.done:
            self._step(n)
        return self.ids[:n]

    def probe(self) -> None:
        """Read one slice (if any is left), to learn the rate the matches come at."""
        if not self.done:
            self._step(len(self.ids) + 1)

    def estimate(self) -> int:
        """How many ids the walk would give in all: exact when ``complete``, else those read
        plus the days not read at the rate seen (the undated ones not counted)."""
        if self.complete or not self.days_read:
            return len(self.ids)
        left = (self.hi - self.first).days + 1 if self.hi is not None and self.first else 0
        return len(self.ids) + round(self.dated_found / self.days_read * left)

    def _step(self, n: int) -> None:
        room = self.cap - len(self.ids)
        self.slices += 1
        if self.hi is None:
            self.ids += self._fetch(nodate_query(), None, None, room)
            self.undated_read = True
            return
        assert self.first is not None
        left = (self.hi - self.first).days + 1
        lo = self.hi - dt.timedelta(days=min(self.span, left) - 1)
        got = self._fetch(cover_query(lo, self.hi), lo, self.hi, room)
        self.ids += got
        self.dated_found += len(got)
        self.days_read += (self.hi - lo).days + 1
        self.hi = lo - dt.timedelta(days=1) if lo > self.first else None
        self._resize(n)

    def _resize(self, n: int) -> None:
        """The next slice: enough days for what is still needed at the rate seen so far."""
        ceiling = self.span * GROWTH
        if not self.dated_found:
            self.span = ceiling
            return
        rate = self.dated_found / self.days_read
        still = max(1, n - len(self.ids))
        self.span = max(1, min(ceiling, math.ceil(still * HEADROOM / rate)))
