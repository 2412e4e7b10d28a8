"""An article's date as search terms, so one GIN lookup can ask "matches, within these dates".

A GIN index has no order: "the newest 200 of 5,000 matches" means fetching and sorting all
5,000 (and, for a phrase, opening each one's whole vector to check positions), and walking
the date index instead means opening every article until 200 match. Both grow with the
matches. With the date in the vector, ``q & ('@m202411' | '@d20241031')`` is answered inside
the index, which intersects the posting lists and hands over only the matches within those
dates: the search walks back through time in slices that each hold about what one page needs
(``archive.search.results``).

Each dated article carries its year, month and day (``@y2024``, ``@m202411``,
``@d20241123``), so any range of days is a short disjunction (whole years, whole months,
the days at the ends); an article without a date carries ``@nodate``. The terms are written at
position 1 with weight A, so PostgreSQL copies them into ``title_vector`` too. No query
token can collide with them: queries are made of letters, digits and Chinese characters.
"""

from __future__ import annotations

import datetime as dt

NO_DATE = "@nodate"


def year_term(year: int) -> str:
    return f"@y{year:04d}"


def month_term(year: int, month: int) -> str:
    return f"@m{year:04d}{month:02d}"


def day_term(day: dt.date) -> str:
    return f"@d{day.year:04d}{day.month:02d}{day.day:02d}"


def date_terms(day: dt.date | None) -> list[str]:
    """The terms an article dated ``day`` is indexed under."""
    if day is None:
        return [NO_DATE]
    return [year_term(day.year), month_term(day.year, day.month), day_term(day)]


def date_literal(day: dt.date | None) -> str:
    """``date_terms`` as a tsvector literal fragment, to append to the text's literal."""
    return " ".join(f"'{term}':1A" for term in date_terms(day))


def _month_end(year: int, month: int) -> dt.date:
    first_next = dt.date(year + month // 12, month % 12 + 1, 1)
    return first_next - dt.timedelta(days=1)


def cover(lo: dt.date, hi: dt.date) -> list[str]:
    """The fewest terms whose dates are exactly ``lo``..``hi`` (inclusive): whole years, whole
    months, single days. Empty when ``lo > hi``."""
    terms: list[str] = []
    day = lo
    while day <= hi:
        year_end = dt.date(day.year, 12, 31)
        month_end = _month_end(day.year, day.month)
        if day.month == 1 and day.day == 1 and year_end <= hi:
            terms.append(year_term(day.year))
            day = year_end + dt.timedelta(days=1)
        elif day.day == 1 and month_end <= hi:
            terms.append(month_term(day.year, day.month))
            day = month_end + dt.timedelta(days=1)
        else:
            terms.append(day_term(day))
            day += dt.timedelta(days=1)
    return terms


def cover_query(lo: dt.date, hi: dt.date) -> str:
    """``cover`` as a tsquery disjunction (``''`` for an empty range)."""
    terms = cover(lo, hi)
    if not terms:
        return ""
    alts = " | ".join(f"'{t}'" for t in terms)
    return f"({alts})" if len(terms) > 1 else alts


def nodate_query() -> str:
    return f"'{NO_DATE}'"
