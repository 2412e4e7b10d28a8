"""A person's posts from the title chains printed beside their name.

A chain is printed as the paper prints it, the concurrent posts first and the post itself
last: ``区委副书记、区长`` is the post 区长 held together with 区委副书记, and the same post
as a bare ``区长``. So the timeline has one row per last title, with the other titles of its
chains beside it, and its first and last dates over all of them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

CHAIN_SEPARATOR = "、"


@dataclass
class Post:
    """One timeline row: a post, the titles printed beside it, when and how often it was seen."""

    title: str
    beside: list[str] = field(default_factory=list)
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None
    article_count: int = 0
    chains: list[str] = field(default_factory=list)


def chain_post(chain: str) -> tuple[str, list[str]]:
    """``(post, titles beside it)`` of one printed chain."""
    titles = [t.strip() for t in chain.split(CHAIN_SEPARATOR) if t.strip()]
    if not titles:
        return chain, []
    return titles[-1], titles[:-1]


def _earliest(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    return min(filter(None, [a, b]), default=None)


def _latest(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    return max(filter(None, [a, b]), default=None)


def group_posts(spans: Iterable) -> list[Post]:
    """``PersonTitle``-like rows (``title``, ``first_seen``, ``last_seen``, ``article_count``)
    as posts, in the order they were first seen (posts seen only undated last)."""
    posts: dict[str, Post] = {}
    for span in spans:
        title, beside = chain_post(span.title)
        post = posts.setdefault(title, Post(title))
        for t in beside:
            if t not in post.beside and t != title:
                post.beside.append(t)
        post.first_seen = _earliest(post.first_seen, span.first_seen)
        post.last_seen = _latest(post.last_seen, span.last_seen)
        # One official mention per article, so two chains of one post never share an article.
        post.article_count += span.article_count
        post.chains.append(span.title)
    far = dt.date.max
    return sorted(posts.values(), key=lambda p: (p.first_seen or far, p.last_seen or far, p.title))


def latest_post(spans: Iterable) -> Post | None:
    """The post seen last (the one with the latest date; undated only when nothing is dated)."""
    posts = group_posts(spans)
    if not posts:
        return None
    return max(posts, key=lambda p: (p.last_seen or dt.date.min, p.article_count))
