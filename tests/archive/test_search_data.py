"""The sample archive the search tests read (``sample_archive`` in ``conftest.py``)."""

from __future__ import annotations

from archive.models import Meeting, Mention, Project


def test_samples_load_into_articles(sample_archive):
    assert len(sample_archive) >= 20
    assert all(a.body for a in sample_archive.values())


def test_samples_hold_every_kind_of_entity_the_filters_read(sample_archive):
    """The filter tests pick one of each: a sample set without them would test nothing."""
    assert Mention.objects.filter(role=Mention.Role.REPORTER).exists()
    assert Meeting.objects.exclude(chair=None).exists()
    assert Project.objects.filter(articles__isnull=False).exists()
