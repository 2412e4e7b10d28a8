"""Titles as one post: the same post printed with or without the paper's own district.

`二七区委书记` and `区委书记` are one post in a 二七区 paper, so a person's title timeline
groups them; the mention keeps the title exactly as printed. Pure (no Django import): the
parser reads ``HOME_DISTRICTS`` from here.
"""

from __future__ import annotations

# The paper's own district: its organs are named with or without it (the parser's meeting
# names drop it too).
HOME_DISTRICTS: tuple[str, ...] = ("二七区",)


def canonical_title(title: str) -> str:
    """Drop the home district in front of a district-level post (`二七区委书记` → `区委书记`)."""
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
