"""Fixtures shared by the archive's tests."""

from __future__ import annotations

import pytest

from archive.models import Article, Page, Person, Project
from tests.browser.sample_archive import load_samples, reader_archive


@pytest.fixture(scope="module")
def sample_archive(django_db_setup, django_db_blocker):
    """Every sample page through the real parser and loader, once for the module (committed,
    then removed): ``{pk: article}``."""
    with django_db_blocker.unblock():
        load_samples()
        yield {a.pk: a for a in Article.objects.all()}
        Page.objects.all().delete()
        Person.objects.all().delete()
        Project.objects.all().delete()


@pytest.fixture
def archive():
    """The reader's sample archive (``reader_archive``), made afresh for each test."""
    return reader_archive()
