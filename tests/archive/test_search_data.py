"""The sample archive for the search tests, and the substring ground truth they compare with.

The four sample pages go through the real parser and loader once per module; the truth for
"articles whose text contains it" is computed here by plain substring search, never stored.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from archive.models import Article, Page, Person, Project

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "pages"
TEXT_FIELDS = ("title", "kicker", "subtitle", "column", "byline", "body")
TITLE_FIELDS = ("title", "kicker", "column")


def load_samples() -> None:
    from ingest.loader import load_page
    from ingest.parser import parse_page

    for path in sorted(SAMPLES.glob("*.txt")):
        load_page(parse_page(path.read_bytes(), str(path)))


@pytest.fixture(scope="module")
def sample_archive(django_db_setup, django_db_blocker):
    """Every sample page, loaded and indexed once for the module (committed, then removed)."""
    with django_db_blocker.unblock():
        load_samples()
        yield {a.pk: a for a in Article.objects.all()}
        Page.objects.all().delete()
        Person.objects.all().delete()
        Project.objects.all().delete()


def contains(article: Article, text: str, fields=TEXT_FIELDS) -> bool:
    text = text.lower()
    return any(text in (getattr(article, f) or "").lower() for f in fields)


def truth(articles, groups, excluded=(), fields=TEXT_FIELDS) -> set[int]:
    """Ids of articles matching every group (any term of it) and no excluded term."""
    return {
        a.pk
        for a in articles
        if all(any(contains(a, t, fields) for t in g) for g in groups)
        and not any(contains(a, t) for t in excluded)
    }


def test_samples_load_into_articles(sample_archive):
    assert len(sample_archive) >= 20
    assert all(a.body for a in sample_archive.values())
