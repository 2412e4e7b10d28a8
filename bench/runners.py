"""Measurements taken inside one Django process: server-side latency of pages and searches.

Each request goes through the test client (URL routing, view, template, database), timed with
``perf_counter`` after one warm-up pass, and its SQL statements are counted, so a page whose
query count grows with the corpus shows up here before it shows up in production.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.db import connection
from django.test import Client

from .report import percentile


@dataclass
class Timing:
    """Latencies in milliseconds with the SQL statement count of each request."""

    label: str
    ms: list[float] = field(default_factory=list)
    queries: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def p50(self) -> float:
        return percentile(self.ms, 50)

    @property
    def p95(self) -> float:
        return percentile(self.ms, 95)

    @property
    def max_queries(self) -> int:
        return max(self.queries, default=0)

    def summary(self) -> str:
        text = f"p50 {self.p50:.1f} ms, p95 {self.p95:.1f} ms (n={len(self.ms)})"
        if self.queries:
            text += f", ≤{self.max_queries} SQL"
        if self.errors:
            text += f", {len(self.errors)} errors"
        return text


@contextmanager
def count_queries():
    """Count statements without recording them (CaptureQueriesContext would time the logging)."""
    counter = [0]

    def wrapper(execute, sql, params, many, context):
        counter[0] += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(wrapper):
        yield counter


def time_urls(label: str, urls: Sequence[str], *, warmup: int = 1, repeat: int = 1) -> Timing:
    """GET each URL ``warmup`` times untimed, then ``repeat`` times timed."""
    client = Client()
    timing = Timing(label)
    for _ in range(warmup):
        for url in urls:
            client.get(url)
    for _ in range(repeat):
        for url in urls:
            with count_queries() as counter:
                start = time.perf_counter()
                response = client.get(url)
                elapsed = (time.perf_counter() - start) * 1000
            timing.ms.append(elapsed)
            timing.queries.append(counter[0])
            if response.status_code != 200:
                timing.errors.append(f"{url}: HTTP {response.status_code}")
    return timing


def search_urls(path: str, querystrings: Iterable[str]) -> list[str]:
    return [f"{path}?{qs}" for qs in querystrings]


def time_search(querystrings: Sequence[str], *, repeat: int = 1) -> dict[str, Timing]:
    """The search page and the API over the same query mix."""
    return {
        "search page": time_urls(
            "search page", search_urls("/search/", querystrings), repeat=repeat
        ),
        "search API": time_urls(
            "search API", search_urls("/api/articles/", querystrings), repeat=repeat
        ),
    }


def sample_ids(queryset, n: int, seed: int = 1) -> list[int]:
    """``n`` ids drawn with a seeded generator: the same pages for the same corpus."""
    ids = list(queryset.order_by("pk").values_list("pk", flat=True).distinct())
    return sorted(random.Random(seed).sample(ids, min(n, len(ids))))


def time_pages(article_ids: Sequence[int], person_ids: Sequence[int]) -> dict[str, Timing]:
    """Article and person pages: server time and the SQL each one needs."""
    return {
        "article page": time_urls("article page", [f"/articles/{i}/" for i in article_ids]),
        "person page": time_urls("person page", [f"/people/{i}/" for i in person_ids]),
    }


MATCH_BUCKETS = ((0, "< 100"), (100, "100–999"), (1_000, "1,000–9,999"), (10_000, "≥ 10,000"))


def match_counts(querystrings: Sequence[str]) -> list[int]:
    """How many articles each query matches, all of them: the API stops counting at 1,000 (a
    lower bound past it), so the bench counts the filtered matches itself, once, untimed."""
    from django.http import QueryDict

    from archive.search.tsquery import match_query
    from archive.views.search_request import run_search

    counts = []
    for qs in querystrings:
        outcome = run_search(QueryDict(qs), page="1")
        if outcome.results is None:
            counts.append(0)
            continue
        matches = outcome.results.queryset
        if outcome.parsed:
            matches = matches.filter(search_vector__tsmatch=match_query(outcome.parsed))
        counts.append(matches.count())
    return counts


def by_matches(timing: Timing, counts: Sequence[int]) -> dict[str, list[float]]:
    """The timings of a query mix (``counts[i]`` matches for query i, timed ``repeat`` times
    in order) grouped by how many articles the query matches: does the cost follow them?"""
    groups: dict[str, list[float]] = {label: [] for _, label in MATCH_BUCKETS}
    for i, ms in enumerate(timing.ms):
        n = counts[i % len(counts)]
        label = [lab for floor, lab in MATCH_BUCKETS if n >= floor][-1]
        groups[label].append(ms)
    return {label: ms for label, ms in groups.items() if ms}
