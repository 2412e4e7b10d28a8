"""The newspaper itself: its name, and how a reader names one of its pages or bylines.

The name is printed in page headings, the citation and the feed; it lives here alone so that
an archive of another paper changes one line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

PAPER_NAME = "二七区新闻"

# Byline words that are not names: the role printed before the names (记者 张三 李四).
_BYLINE_ROLES = re.compile(r"(?:本报)?(?:记者|通讯员|实习生|特约记者)")


def issue_display(issue_date: dt.date | None, year: int | None = None) -> str:
    """``2022年3月7日``; a page without an issue date says so (with its year when known)."""
    if issue_date:
        return f"{issue_date.year}年{issue_date.month}月{issue_date.day}日"
    if year:
        return f"{year}年（出版日期不详）"
    return "出版日期不详"


def page_no_display(page_no: int | None) -> str:
    """``第1版``, or ``版次不详`` when neither the manifest nor the page gave it."""
    return f"第{page_no}版" if page_no else "版次不详"


def page_heading(page) -> str:
    """What a reader calls a page: the paper, the date and the 版次, never the file name."""
    return (
        f"{PAPER_NAME} {issue_display(page.issue_date, page.year)} {page_no_display(page.page_no)}"
    )


def byline_names(byline: str, names: Iterable[str] = ()) -> list[str]:
    """The authors of a byline as names: the byline's people when the ingest linked them,
    else the byline's words without the role (``记者``) and without line breaks."""
    linked = [n for n in dict.fromkeys(names) if n]
    if linked:
        return linked
    words = _BYLINE_ROLES.sub(" ", byline or "").split()
    return list(dict.fromkeys(words))
