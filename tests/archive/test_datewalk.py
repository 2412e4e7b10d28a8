"""The date terms and the walk back through time, without a database.

A fake ``fetch`` answers from a list of (date, id) matches, reading the covered days from the
cover terms as PostgreSQL would, so the tests check what the walk asks for and returns.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archive.dateterms import NO_DATE, cover, cover_query, date_literal, date_terms
from archive.datewalk import DateWalk


def days_of(term: str) -> set[dt.date]:
    """The days a cover term stands for."""
    if term.startswith("@y"):
        year = int(term[2:])
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    elif term.startswith("@m"):
        year, month = int(term[2:6]), int(term[6:8])
        start = dt.date(year, month, 1)
        end = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    else:
        start = end = dt.date(int(term[2:6]), int(term[6:8]), int(term[8:10]))
    return {start + dt.timedelta(days=i) for i in range((end - start).days + 1)}


def test_date_terms_name_the_year_month_and_day():
    assert date_terms(dt.date(2024, 3, 5)) == ["@y2024", "@m202403", "@d20240305"]
    assert date_terms(None) == [NO_DATE]
    assert date_literal(dt.date(2024, 3, 5)) == "'@y2024':1A '@m202403':1A '@d20240305':1A"


def test_cover_uses_whole_years_and_months_inside_the_range():
    assert cover(dt.date(2019, 12, 30), dt.date(2021, 2, 2)) == [
        "@d20191230",
        "@d20191231",
        "@y2020",
        "@m202101",
        "@d20210201",
        "@d20210202",
    ]
    assert cover(dt.date(2024, 2, 1), dt.date(2024, 2, 29)) == ["@m202402"]
    assert cover(dt.date(2024, 3, 2), dt.date(2024, 3, 1)) == []
    assert cover_query(dt.date(2024, 1, 1), dt.date(2024, 12, 31)) == "'@y2024'"
    assert cover_query(dt.date(2024, 1, 1), dt.date(2024, 1, 2)) == "('@d20240101' | '@d20240102')"


@given(
    st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)),
    st.integers(0, 2000),
)
def test_cover_is_exactly_the_days_of_the_range(lo, length):
    hi = lo + dt.timedelta(days=length)
    terms = cover(lo, hi)
    days = [d for t in terms for d in days_of(t)]
    assert len(days) == len(set(days)) == length + 1
    assert min(days) == lo and max(days) == hi
    assert len(terms) <= 2 * 31 + 2 * 11 + length // 365 + 1


class Corpus:
    """Matches as (date or None, id); ``fetch`` is what the database would answer."""

    def __init__(self, matches: list[tuple[dt.date | None, int]]) -> None:
        self.matches = matches
        self.read = 0  # matches inside the fetched slices: what the database had to open
        self.counted = 0
        self.calls: list[str] = []

    def fetch(self, query: str, lo, hi, limit: int) -> list[int]:
        self.calls.append(query)
        terms = [t.strip("'() ") for t in query.split("|")]
        if terms == [NO_DATE]:
            assert lo is None and hi is None
            inside = [(d, i) for d, i in self.matches if d is None]
            inside.sort(key=lambda m: -m[1])
        else:
            days = set().union(*(days_of(t) for t in terms))
            assert days == {lo + dt.timedelta(days=i) for i in range((hi - lo).days + 1)}
            inside = [(d, i) for d, i in self.matches if d in days]
            inside.sort(key=lambda m: (m[0], m[1]), reverse=True)
        self.read += len(inside)
        return [i for _, i in inside[:limit]]

    def precount(self, query: str, lo, hi, limit: int) -> int:
        found = min(limit, sum(1 for d, _ in self.matches if d and lo <= d <= hi))
        self.counted += found  # rows a count visits (no vector opened)
        return found

    def expected(self) -> list[int]:
        dated = sorted((m for m in self.matches if m[0]), key=lambda m: (m[0], m[1]), reverse=True)
        undated = sorted((m for m in self.matches if m[0] is None), key=lambda m: -m[1])
        return [i for _, i in dated + undated]


FIRST, LAST = dt.date(2005, 1, 1), dt.date(2024, 12, 31)
DAYS = (LAST - FIRST).days + 1


def corpus(density: float, per_day: int, seed: int, span=(FIRST, LAST), undated: int = 0):
    """``per_day`` articles a day over 20 years, each a match with probability ``density``
    when its date lies in ``span``."""
    rng = random.Random(seed)
    matches, next_id = [], 1
    for offset in range(DAYS):
        day = FIRST + dt.timedelta(days=offset)
        for _ in range(per_day):
            if span[0] <= day <= span[1] and rng.random() < density:
                matches.append((day, next_id))
            next_id += 1
    matches += [(None, next_id + i) for i in range(undated)]
    return Corpus(matches)


@pytest.mark.parametrize("density", [0.9, 0.3, 0.03, 0.003, 0.0003])
def test_a_page_reads_about_what_it_needs_whatever_the_number_of_matches(density):
    """Uniform matches: the slices hold a few times what is asked for, however many match."""
    c = corpus(density, per_day=30, seed=1)
    walk = DateWalk(c.fetch, FIRST, LAST, per_day=30, cap=1000)
    got = walk.take(200)
    assert got == c.expected()[:200]
    assert c.read <= 4 * 200 + 50, (len(c.matches), c.read, walk.slices)
    assert walk.slices <= 8


def test_matches_only_in_the_past_are_reached_in_a_few_slices():
    """A name printed only in 2008–2010: the recent years are skipped by widening slices."""
    c = corpus(0.2, per_day=30, seed=2, span=(dt.date(2008, 1, 1), dt.date(2010, 12, 31)))
    walk = DateWalk(c.fetch, FIRST, LAST, per_day=30, cap=1000)
    assert walk.take(200) == c.expected()[:200]
    assert walk.slices <= 8


@pytest.mark.parametrize("density", [0.9, 0.2, 0.02])
def test_a_precount_cuts_a_slice_that_a_sparse_recent_past_made_too_long(density):
    """Nothing for 14 years, then many: without a precount one slice reads thousands."""
    past = (dt.date(2005, 1, 1), dt.date(2010, 12, 31))
    blind = corpus(density, per_day=30, seed=8, span=past)
    DateWalk(blind.fetch, FIRST, LAST, per_day=30, cap=1000).take(200)
    c = corpus(density, per_day=30, seed=8, span=past)
    walk = DateWalk(c.fetch, FIRST, LAST, per_day=30, cap=1000, precount=c.precount)
    assert walk.take(200) == c.expected()[:200]
    assert c.read <= 4 * 200, (blind.read, c.read, walk.slices, walk.prechecks)
    assert blind.read > 2 * c.read
    assert walk.prechecks <= 16 and c.counted <= 8 * 400


def test_all_matches_then_the_undated_and_the_walk_knows_it_is_complete():
    c = corpus(0.001, per_day=30, seed=3, undated=5)
    walk = DateWalk(c.fetch, FIRST, LAST, per_day=30, cap=1000)
    assert walk.take(1000) == c.expected()
    assert walk.complete and walk.done
    assert c.calls[-1] == f"'{NO_DATE}'"


def test_the_cap_stops_the_walk():
    c = corpus(0.5, per_day=30, seed=4)
    walk = DateWalk(c.fetch, FIRST, LAST, per_day=30, cap=300)
    assert walk.take(1000) == c.expected()[:300]
    assert walk.done and not walk.complete


def test_deeper_pages_continue_where_the_walk_stopped():
    c = corpus(0.05, per_day=30, seed=5)
    walk = DateWalk(c.fetch, FIRST, LAST, per_day=30, cap=1000)
    first = walk.take(20)
    calls = len(c.calls)
    assert walk.take(20) == first and len(c.calls) == calls  # nothing read twice
    assert walk.take(600) == c.expected()[:600]


def test_no_dated_article_reads_only_the_undated():
    c = Corpus([(None, 3), (None, 7)])
    walk = DateWalk(c.fetch, None, None, per_day=0, cap=1000)
    assert walk.take(20) == [7, 3] and walk.complete and c.calls == [f"'{NO_DATE}'"]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.one_of(st.none(), st.dates(dt.date(2010, 1, 1), dt.date(2012, 12, 31))), max_size=300
    ),
    st.integers(1, 400),
    st.floats(0.01, 500),
)
def test_any_matches_come_out_newest_first(dates, n, per_day):
    c = Corpus([(d, i) for i, d in enumerate(dates)])
    walk = DateWalk(c.fetch, dt.date(2010, 1, 1), dt.date(2012, 12, 31), per_day, cap=1000)
    assert walk.take(n) == c.expected()[:n]
