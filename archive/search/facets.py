"""Facets: matches per year and the officials they name most, over the first results."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.db.models import Count

from ..models import Mention
from .results import RERANK_WINDOW, SearchResults

FACET_SAMPLE = RERANK_WINDOW


@dataclass
class Facets:
    """Counts per year and the top officials; ``partial`` when counted over a sample.

    ``sample`` is how many matches were counted: all of them, or the first
    ``FACET_SAMPLE`` results when there are more (the page says so).
    """

    years: list[dict]
    officials: list[dict]
    partial: bool
    sample: int = 0
    # Of the counted results, those whose year is unknown (``year=unknown`` lists them).
    undated: int = 0


def facets(results: SearchResults, top: int = 10) -> Facets:
    """Year and official counts over the first ``FACET_SAMPLE`` results, 1 query.

    Counting every match of a frequent word would read every match: past ``FACET_SAMPLE``
    matches the facets count the results a reader sees first (the ranked window the page
    was cut from, no search of its own) and say so. Years are counted from the years the
    ranking already read; the officials need one grouped query.
    """
    ids = results.sample_ids(FACET_SAMPLE)
    partial = results.capped or results.count() > len(ids)
    per_year = Counter(results.years(ids).values())
    undated = per_year.pop(None, 0)
    years = [{"year": y, "n": n} for y, n in sorted(per_year.items(), reverse=True)]
    officials = list(
        Mention.objects.filter(article_id__any=ids, role=Mention.Role.OFFICIAL)
        .values("person_id", "person__name")
        .annotate(n=Count("article_id", distinct=True))
        .order_by("-n", "person__name")[:top]
    )
    return Facets(
        years=years, officials=officials, partial=partial, sample=len(ids), undated=undated
    )
