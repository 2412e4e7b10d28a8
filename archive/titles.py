"""Titles as one post: the same post printed with or without the paper's own district.

`二七区委书记` and `区委书记` are one post in a 二七区 paper, so a person's title timeline
groups them; the mention keeps the title exactly as printed. Pure (no Django import): the
parser reads ``HOME_DISTRICTS`` from here.
"""

from __future__ import annotations

import re

# The paper's own district: its organs are named with or without it (the parser's meeting
# names drop it too).
HOME_DISTRICTS: tuple[str, ...] = ("二七区",)


# 兼 joins posts held together into one printed title (`副区长兼区公安分局局长`); inside a
# bracket it qualifies the post (`区委党校常务副校长（兼）`), and 兼职 is a word of its own.
_HELD_WITH_RE = re.compile(r"兼(?!职)(?![^（(]*[）)])")


def held_posts(title: str) -> list[str]:
    """The posts one printed title holds: `副区长兼区公安分局局长` → `副区长`, `区公安分局局长`.

    The title stays whole as printed (the parser splits a chain on `、` only); this reading
    is for what compares posts, which must see each one.
    """
    return [post for post in _HELD_WITH_RE.split(title) if post]


def canonical_title(title: str) -> str:
    """Drop the home district in front of a district-level post (`二七区委书记` → `区委书记`),
    in front of each post a 兼 title holds (`副区长兼二七区公安分局局长`)."""
    posts = held_posts(title)
    if len(posts) > 1:
        return "兼".join(_canonical_post(post) for post in posts)
    return _canonical_post(title)


def _canonical_post(title: str) -> str:
    for home in HOME_DISTRICTS:
        if title.startswith(home) and len(title) > len(home):
            rest = title[len(home) :]
            level = home[-1]  # 区 / 县 / 市: the level the district's own organs are named by
            if rest.startswith(level):
                return rest
            if rest.startswith("委") or rest.startswith("政府"):
                return level + rest
    return title


def canonical_titles(titles: list[str]) -> str:
    """The timeline key of a list of titles printed together."""
    return "、".join(canonical_title(t) for t in titles)
