"""Entity step of the pipeline: people with their titles, meetings, projects.

The three extractors are pure functions over text (see people.py, meetings.py, projects.py);
this module only decides what text they read and keeps byline people out of the person list,
because the loader links reporters and correspondents with their own role.
"""

from __future__ import annotations

from collections.abc import Iterable

from .meetings import extract_meetings
from .model import ParsedArticle
from .names import index_known
from .people import extract_persons
from .projects import extract_projects


def annotate_article(article: ParsedArticle, known_names: Iterable[str] = ()) -> None:
    """Fill ``article.persons``, ``.meetings`` and ``.projects`` from its headline and body."""
    head = "\n".join(x for x in (article.kicker, article.title, article.subtitle) if x)
    text = f"{head}\n{article.body}" if head else article.body
    byline = [*article.reporters, *article.correspondents]
    # Byline names are known names (so 景静 in the body is read as a name, not split), but
    # they are not reported as persons here.
    persons = extract_persons(text, index_known(known_names).plus(byline))
    excluded = set(byline)
    article.persons = [p for p in persons if p.name not in excluded]
    dates = list(article.dates) or ([article.date] if article.date else [])
    article.meetings = extract_meetings(
        text, dates, article.persons, headline_end=len(head) if head else 0
    )
    article.projects = extract_projects(text)
