"""GB/T 7714-2015 references for articles read online.

A newspaper article online is cited as
``作者. 题名[N/OL]. 报纸名, 出版日期(版次)[引用日期]. 获取和访问路径``: authors are names
(the byline's ``记者`` is a role, not an author), three at most and then ``等``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .paper import PAPER_NAME

MAX_AUTHORS = 3


def authors_text(names: Sequence[str]) -> str:
    """``景静, 张改华``; more than three names end with ``等`` as the standard asks."""
    if len(names) > MAX_AUTHORS:
        return ", ".join(names[:MAX_AUTHORS]) + ", 等"
    return ", ".join(names)


def publication_date(article) -> str:
    """The issue date; without one, the article's own date, the nearest the page prints."""
    day = article.page.issue_date or article.date
    if day:
        return day.isoformat()
    return "出版日期不详"


def article_citation(
    article, url: str, *, authors: Sequence[str], accessed: dt.date, paper: str = PAPER_NAME
) -> str:
    """The reference of ``article`` at ``url`` as read on ``accessed``."""
    author = f"{authors_text(authors)}. " if authors else ""
    page_no = f"({article.page.page_no})" if article.page.page_no else ""
    return (
        f"{author}{article.title}[N/OL]. {paper}, {publication_date(article)}{page_no}"
        f"[{accessed.isoformat()}]. {url}"
    )
