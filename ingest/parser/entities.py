"""Entity step of the pipeline: people with their titles, meetings, projects.

The three extractors are pure functions over text (see people.py, meetings.py, projects.py);
this module only decides what text they read and keeps byline people out of the person list,
because the loader links reporters and correspondents with their own role.
"""

from __future__ import annotations

from collections.abc import Iterable

from .meetings import extract_meetings
from .model import ParsedArticle
from .namegaps import close_name_gaps
from .names import index_known
from .people import extract_persons, titled_names
from .projects import extract_projects


def entity_text(article: ParsedArticle) -> tuple[str, int]:
    """The text the extractors read, headline then body with OCR gaps inside names closed,
    and where its headline ends (0: none). Built once per article: the page's names and the
    article's own entities are read from the same text."""
    head = close_name_gaps(
        "\n".join(x for x in (article.kicker, article.title, article.subtitle) if x)
    )
    body = close_name_gaps(article.body)
    return (f"{head}\n{body}", len(head)) if head else (body, 0)


def page_names(texts: Iterable[str]) -> list[str]:
    """Names the page prints with a title, in any of its articles' texts (``entity_text``).

    A page's people are decided by the page alone: these may be read in its other articles
    (陈红民强调 where the title is in the next story), but nothing from outside the page is,
    so a page parses the same whatever the archive already holds.
    """
    out: dict[str, None] = {}
    for text in texts:
        for name in titled_names(text):
            out[name] = None
    return list(out)


def annotate_article(
    article: ParsedArticle, names: Iterable[str] = (), read: tuple[str, int] | None = None
) -> None:
    """Fill ``article.persons``, ``.meetings`` and ``.projects`` from its headline and body;
    ``names`` are the names its page prints with a title (``page_names``), ``read`` the
    article's ``entity_text`` when already built."""
    text, headline_end = read if read is not None else entity_text(article)
    byline = [*article.reporters, *article.correspondents]
    # Byline names are known names (so 景静 in the body is read as a name, not split), but
    # they are not reported as persons here.
    persons = extract_persons(text, index_known(names).plus(byline), headline_end=headline_end)
    excluded = set(byline)
    article.persons = [p for p in persons if p.name not in excluded]
    dates = list(article.dates) or ([article.date] if article.date else [])
    article.meetings = extract_meetings(text, dates, article.persons, headline_end=headline_end)
    article.projects = extract_projects(text, headline_end=headline_end)
