"""Entity step of the pipeline: people with their titles, meetings, projects.

Placeholder until the entity extractor lands: it finds nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from .model import ParsedArticle


def annotate_article(article: ParsedArticle, known_names: Iterable[str] = ()) -> None:
    """Fill ``article.persons``, ``.meetings`` and ``.projects`` from its headline and body."""
    article.persons = []
    article.meetings = []
    article.projects = []
