"""Dates in a lead, and the year, which the page usually does not print.

Year rule (never a silent guess):
1. An issue date given by the caller wins: the article's year is the issue's year, or the one
   before when month-day would fall after the issue (a 12-30 story in a 01-02 issue).
2. Otherwise the page itself, only when unambiguous: the four-digit years it prints, after
   dropping isolated ones (far targets such as 2035, history such as 1921: more than one year
   away from every other printed year), must be exactly two consecutive years Y-1 and Y (the
   "review last year, plan this year" pattern), printed in at least two articles (one
   article's pair of years is that article's story, not the page's date), and the page must
   date at least one article, every one in January–September (a December review prints this
   year's results and next year's plans, so Y would be wrong; an undated page cannot tell).
3. Otherwise unknown: ``year=None``, a page warning, and ``year_unknown`` on each dated article.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .model import PartialDate
from .normalize import DATED_LEAD_WORD, LEAD_DATELINE, SPOKEN_QUOTE

# 11月18日, 2024年11月18日, 11月18日、25日; a gap OCR left inside is allowed, also between
# the two digits of a month (``1 2月``, on one line: a number ending the line before is no
# month) or of a day (``2 9日``, ``3`` / ``0日``), which are read as one number.
_GAP = r"[ \t\u3000]?"
_MONTH = rf"(?<![\d.])1{_GAP}[0-2](?=\s*月)|\d{{1,2}}"
_DAY = r"[12]\s?\d|3\s?[01]|\d{1,2}"
# The day's word: 日, or 号 as speech and some sites print it (``9月13号``), not a building's
# or a line's number (``3号楼``).
_DAY_WORD = r"(?:日|号(?![楼院线栋室]))"
# A month and its day as printed, the gaps OCR leaves inside read as above (``1月1 3日``).
MONTH_DAY = rf"(?:{_MONTH})\s*月\s*(?:{_DAY})\s*{_DAY_WORD}"
# Every date opens on a digit (its year's or its month's): the lookahead lets the scan pass
# over the other characters at once instead of trying the optional year at each (four times
# faster over an article).
_DATE = re.compile(
    rf"(?=\d)(?:(?P<y>\d{{4}})\s*年\s*)?(?P<m>{_MONTH})\s*月\s*(?P<d>{_DAY})\s*{_DAY_WORD}"
    rf"(?P<more>(?:\s*、\s*(?:{_DAY})\s*{_DAY_WORD})*)"
)
_MORE_DAY = re.compile(rf"({_DAY})\s*{_DAY_WORD}")
_SPACE = re.compile(r"\s")
# The lookahead (the year's first digit) lets the scan skip other characters at once.
_YEAR = re.compile(r"(?=[12])(?<!\d)((?:19|20)\d{2})年")
LATEST_MONTH_FOR_PAGE_YEAR = 9


# Days in each month of a leap year: without a year, 2-29 may still be a date.
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def valid_date(month: int, day: int) -> bool:
    """A month and a day a calendar can hold (an OCR misreading of either, such as 2-30 for
    12-30, is no date)."""
    return 1 <= month <= 12 and 1 <= day <= _MONTH_DAYS[month - 1]


def _number(digits: str) -> int:
    """A number OCR may have printed with a gap inside (``1 2``)."""
    return int(_SPACE.sub("", digits))


# A letter OCR read for a digit, touching a digit and no other letter (``l1月8日``, ``2O日``):
# read as the digit, as the reader reads it; the text itself keeps the letter.
_LETTER_DIGIT = re.compile(r"[lIOo](?:(?<![A-Za-z][lIOo])(?=\d)|(?<=\d[lIOo])(?![A-Za-z]))")
_AS_DIGIT = {"l": "1", "I": "1", "O": "0", "o": "0"}


def printed_dates(text: str) -> list[tuple[int, int | None, int, list[int]]]:
    """Each date as printed: (offset of its month, year or ``None``, month, its days);
    ``11月18日、25日`` is one date with two days."""
    out = []
    text = _LETTER_DIGIT.sub(lambda m: _AS_DIGIT[m.group()], text)
    for m in _DATE.finditer(text):
        days = [_number(m.group("d"))]
        days += [_number(d) for d in _MORE_DAY.findall(m.group("more") or "")]
        out.append(
            (m.start("m"), int(m.group("y")) if m.group("y") else None, _number(m.group("m")), days)
        )
    return out


def find_dates(text: str) -> list[tuple[int | None, int, int]]:
    """``11月18日、25日`` gives two dates; a printed year is kept, otherwise ``None``."""
    out: list[tuple[int | None, int, int]] = []
    for _, year, month, days in printed_dates(text):
        if valid_date(month, days[0]):
            out += [(year, month, day) for day in days if valid_date(month, day)]
    return out


# A lead that opens with a relative time (``近日，``) dates the story by no day, whatever days
# the sentence goes on to name (``……将于6月1日开幕``).
# How a lead opens before its first words: ``本报讯（记者 X）`` (or a dispatch's ``本报上海专电``,
# ``DISPATCH``), and an interview's spoken
# sentence when it opens the lead (``本报讯 “路灯修好了没有？”17日上午，``): the time word after
# the quote is the lead's own.
_LEAD_OPENING = rf"^{LEAD_DATELINE}(?:{SPOKEN_QUOTE}\s*)?"
# A lead word that prints a day (``本报6月2日讯``) and its bracket, before the lead's words.
_DATED_LEAD_WORD = re.compile(rf"^【?{DATED_LEAD_WORD}】?\s*(?:（[^）]*）)?\s*")
_RELATIVE_LEAD = re.compile(
    _LEAD_OPENING + "(?:近日|近期|日前|近来|连日来|近段时间|近年来|今年以来)"
)

# ``今年以来，…。11月14日，…`` / ``连日来，…。7月6日，…``: a span the lead first sums up is a
# clause before the date, so the day opening the next sentence dates the story (``近日`` is
# the story's own time: no day). The day may follow a phrase that sets it (``春节过后的2月
# 19日，…``): the day is that sentence's time all the same.
_SUMMED_SPAN = r"(?:近年来|今年以来|连日来)"
_SPAN_THEN_DAY = re.compile(
    _LEAD_OPENING + _SUMMED_SPAN + r"[^。！？]*[。！？]\s*(?:[^，。！？\d]{1,12}的)?(?=\d)"
)
_SUMMED_SPAN_RE = re.compile(_LEAD_OPENING + _SUMMED_SPAN)


def sums_up_a_span(opening: str) -> bool:
    """Does ``opening`` sum up a span of days and name none of them (``连日来，…``)? The dated
    paragraph after it tells a day of that span: the same story, as the lead's date reads it."""
    return bool(_SUMMED_SPAN_RE.match(opening.strip())) and not names_a_day(opening)


def tells_the_span(opening: str, paragraph: str) -> bool:
    """Is ``paragraph`` the one that dates the span ``opening`` sums up: it opens on a day?"""
    return sums_up_a_span(opening) and _DATE.match(paragraph.lstrip()) is not None


# ``昨日，`` / ``昨天上午，``: the day before the issue, which only an issue date can name;
# so is ``记者昨日从……获悉`` (the reporter's own day opening the lead).
_YESTERDAY = "(?:本报)?(?:记者)?(?:昨日|昨天)"
_YESTERDAY_LEAD = re.compile(_LEAD_OPENING + _YESTERDAY)
# ``寒潮来临前，…。昨日，…``: a lead that first sets the scene dates its story by the sentence
# opening on ``昨日`` after it, as by a date printed there.
_YESTERDAY_SENTENCE = re.compile(rf"(?<=[。！？])\s*{_YESTERDAY}")


# ``28日上午，``: the day only, the month left to the issue the story runs in. A relative day
# may print its day in brackets after it (``昨（13）日``, ``今（14）日``): the printed day, read
# the same way (the issue's month), whatever the relative word says.
_DAY_ONLY_LEAD = re.compile(
    _LEAD_OPENING + r"(?:[昨今前](?P<b>[（(]))?(?P<d>\d{1,2})(?(b)[）)])\s*日(?![报讯])"
)


# ``11月以来，…。23日凌晨，`` / ``11月是消防宣传月。9日上午，``: a sentence that opens on a month
# alone and the next one on a day alone, which is a day of that month (the span or the month's
# name is a clause before the date, as ``今年以来，…。11月14日`` is).
_MONTH_THEN_DAY = re.compile(
    rf"(?:{_LEAD_OPENING}|[。！？]\s*)(?:(?P<y>\d{{4}})\s*年\s*)?(?P<m>1[0-2]|[1-9])\s*月(?!\s*\d)"
    r"[^。！？]*[。！？]\s*(?P<d>[12]\d|3[01]|[1-9])\s*日(?![报讯])"
)


def _month_then_day(paragraph: str) -> list[tuple[int, int | None, int, int]]:
    """``(offset, year or None, month, day)`` of the first ``11月…。23日`` of the paragraph."""
    m = _MONTH_THEN_DAY.search(paragraph)
    if m is None or not valid_date(month := int(m.group("m")), day := int(m.group("d"))):
        return []
    return [(m.start("d"), int(m.group("y")) if m.group("y") else None, month, day)]


def day_in_issue_month(day: int, issue_date: str) -> date | None:
    """The last date on or before the issue that falls on ``day``: the issue's month, or the
    month before when the day is still to come (a ``30日`` story in a 2nd-of-the-month
    issue). ``None`` when that month has no such day."""
    issue = date.fromisoformat(issue_date)
    year, month = issue.year, issue.month
    if day > issue.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    try:
        return date(year, month, day)
    except ValueError:
        return None


# ``上月28日`` / ``本月20日``: a day of the month before the issue's, or of the issue's own
# month, which only an issue date can name.
_NAMED_MONTH = re.compile(rf"(上|本)月\s*({_DAY})\s*日")


def names_a_day(text: str) -> bool:
    """Does ``text`` name a day of some month, printed whole (``6月5日``) or by the month
    before the issue's or its own (``上月28日``), whatever the issue date makes of it?"""
    return bool(find_dates(text) or _NAMED_MONTH.search(text))


def _last_month_dates(paragraph: str, issue_date: str) -> list[tuple[int, int, int, int]]:
    """``(offset, year, month, day)`` of each ``上月N日`` and ``本月N日`` in ``paragraph``."""
    issue = date.fromisoformat(issue_date)
    before = (issue.year, issue.month - 1) if issue.month > 1 else (issue.year - 1, 12)
    out = []
    for m in _NAMED_MONTH.finditer(paragraph):
        year, month = before if m.group(1) == "上" else (issue.year, issue.month)
        try:
            day = date(year, month, _number(m.group(2)))
        except ValueError:
            continue  # 上月30日 in March: February has no such day
        out.append((m.start(), day.year, day.month, day.day))
    return out


def _day_before(issue_date: str) -> tuple[int, int, int]:
    day = date.fromisoformat(issue_date) - timedelta(days=1)
    return day.year, day.month, day.day


def lead_dates(paragraph: str, issue_date: str | None = None) -> list[tuple[int | None, int, int]]:
    """The dates of an article's lead paragraph; none after a relative time word.

    A lead opening on ``昨日`` (or on a sentence before one opening so) is dated the day before
    ``issue_date`` (a full date), one opening on a day alone (``28日上午``) in the issue's
    month, ``上月28日`` in the month before and ``本月20日`` in the issue's own; without an
    issue date none names a month, so no year, month or day is made up. A day opening the
    sentence after one that opens on a month alone (``11月以来，…。23日``) is a day of that
    month.
    """
    if dated := _DATED_LEAD_WORD.match(paragraph):
        # ``某某网3月7日讯 3月4日，``: the word's day is the dispatch's, the lead's own follows;
        # with none after it (``本报4月16日讯 连日来，``) the word's day dates the story.
        if not _DATE.match(paragraph, dated.end()):
            return find_dates(dated.group())
        paragraph = paragraph[dated.end() :]
    if _YESTERDAY_LEAD.match(paragraph):
        return [_day_before(issue_date)] if issue_date else []
    if only_day := _DAY_ONLY_LEAD.match(paragraph):
        found = day_in_issue_month(int(only_day.group("d")), issue_date) if issue_date else None
        return [(found.year, found.month, found.day)] if found else []
    if _RELATIVE_LEAD.match(paragraph):
        span = _SPAN_THEN_DAY.match(paragraph)
        opening = _DATE.match(paragraph, span.end()) if span else None
        return find_dates(opening.group()) if opening else []
    yesterday = _YESTERDAY_SENTENCE.search(paragraph) if "昨" in paragraph else None
    if yesterday and not issue_date:
        # The day before an unknown issue is unknown: no date printed after it stands in.
        paragraph = paragraph[: yesterday.start()]
    last: list[tuple[int, int | None, int, int]] = _month_then_day(paragraph)
    if issue_date:
        last += _last_month_dates(paragraph, issue_date)
        if yesterday:
            last.append((yesterday.start(), *_day_before(issue_date)))
    if not last:
        return find_dates(paragraph)
    # All kinds in the order printed: the first one dates the article.
    printed = [
        (at, year, month, day)
        for at, year, month, days in printed_dates(paragraph)
        if valid_date(month, days[0])
        for day in days
        if valid_date(month, day)
    ]
    return [(y, mo, d) for _, y, mo, d in sorted(printed + last, key=lambda x: x[0])]


def year_for(month: int, day: int, issue_date: str) -> int:
    """The year that puts month-day on or before the issue date."""
    iy, im, idd = (int(x) for x in issue_date.split("-"))
    return iy if (month, day) <= (im, idd) else iy - 1


def printed_years(text: str) -> set[int]:
    return {int(y) for y in _YEAR.findall(text)}


def page_year(texts: list[str], months: list[int]) -> int | None:
    """Rule 2 of the module docstring; ``None`` when the page does not settle it.

    ``texts`` are the page's articles (headlines included), ``months`` the months of the dates
    their leads print.
    """
    per_text = [printed_years(t) for t in texts]
    years = sorted(set().union(*per_text)) if per_text else []
    kept = [y for y in years if any(abs(y - o) <= 1 for o in years if o != y)]
    if len(kept) != 2 or kept[1] - kept[0] != 1:
        return None
    if sum(1 for ys in per_text if ys & set(kept)) < 2:
        return None
    if not months or any(m > LATEST_MONTH_FOR_PAGE_YEAR for m in months):
        return None
    return kept[1]


def resolve(
    found: list[tuple[int | None, int, int]], issue_date: str | None, year: int | None
) -> list[PartialDate]:
    """Attach a year by the module's rule; a year printed with the date always wins."""
    out: list[PartialDate] = []
    for y, m, d in found:
        if y is None:
            y = year_for(m, d, issue_date) if issue_date else year
        out.append(PartialDate(y, m, d))
    return out
