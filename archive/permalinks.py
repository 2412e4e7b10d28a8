"""Permanent links: an article or a person merged into another keeps its URL answering.

A merge is recorded (``MergeRecord``, written by ``services``); a page or an API call for
the old id answers 301 with the survivor's URL instead of 404.
"""

from __future__ import annotations

from .models import MergeRecord


def survivor_of(kind: str, pk: int) -> int | None:
    """The id the merged object ``pk`` lives on as, or None when it was never merged."""
    return (
        MergeRecord.objects.filter(kind=kind, old_id=pk)
        .values_list("survivor_id", flat=True)
        .first()
    )
