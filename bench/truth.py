"""Counts against the truth, and warm search timings, on whatever database the environment
names: ``python -m bench.truth`` (e.g. ``PGSERVER_DATA=var/pgdata-synth6k``, a generated
archive half of whose issues have no date).

The truth is a substring count: Python's ``in`` over every article's indexed text (a query's
words must all be there, an excluded one must not). Each count the API shows must equal it
when ``count_exact``, and be at most it when ``count_is_lower_bound``.
"""

from __future__ import annotations

import argparse
import os
import statistics

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ["ALLOWED_HOSTS"] = "127.0.0.1,localhost,testserver"
django.setup()

from django.test import Client  # noqa: E402

from archive.models import Article, Person  # noqa: E402
from bench.queries import query_mix  # noqa: E402
from bench.runners import time_search  # noqa: E402

WORDS = ["二七区", "会议", "安置房", "人大", "大气污染 防治", "营商环境", "工作", "陈红民"]


def texts() -> list[str]:
    rows = Article.objects.values_list("kicker", "title", "subtitle", "column", "body", "byline")
    return ["\n".join(r) for r in rows]


def truth(q: str, corpus: list[str]) -> int:
    words = [w for w in q.split() if not w.startswith("-")]
    excluded = [w[1:] for w in q.split() if w.startswith("-")]
    return sum(all(w in t for w in words) and not any(w in t for w in excluded) for t in corpus)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    corpus = texts()
    undated = Article.objects.filter(year__isnull=True).count()
    print(f"{len(corpus)} articles, {undated} without a year")
    client = Client()
    print("| query | shown | exact | lower bound | true |")
    print("|---|---|---|---|---|")
    wrong = 0
    for q in WORDS:
        data = client.get("/api/articles/", {"q": q}).json()
        real = truth(q, corpus)
        ok = data["count"] == real if data["count_exact"] else data["count"] <= real
        wrong += not ok
        print(
            f"| {q} | {data['count']} | {data['count_exact']} | "
            f"{data.get('count_is_lower_bound')} | {real} |"
        )
    print(f"wrong counts: {wrong}")
    names = list(Person.objects.officials().values_list("name", flat=True))
    mix = [m.querystring() for m in query_mix(names)]
    for label, timing in time_search(mix, repeat=args.repeat).items():
        ms = sorted(timing.ms)
        p95 = ms[int(0.95 * (len(ms) - 1))]
        print(f"{label}: p50 {statistics.median(ms):.1f} ms, p95 {p95:.1f} ms, n={len(ms)}")


if __name__ == "__main__":
    main()
