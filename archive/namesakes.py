"""Namesakes: one printed name, posts no one holds together.

A title is read as organisation and rank (``read_post``); two posts printed in one period that
one person cannot hold at once (``posts_compatible``) flag the timeline as perhaps two people of
one name (``post_conflict``), for an editor to split or accept. Pure (no Django import):
``archive.people`` stores the reason on each person.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from .titles import canonical_title, held_posts

# The last word of a post, longest first: what rank it is; the rest is the organisation.
_RANKS: tuple[str, ...] = tuple(
    sorted(
        {
            *(
                prefix + head
                for head in (
                    "书记",
                    "主任",
                    "主席",
                    "局长",
                    "部长",
                    "区长",
                    "县长",
                    "市长",
                    "镇长",
                    "乡长",
                    "院长",
                    "所长",
                    "校长",
                    "秘书长",
                    "处长",
                    "科长",
                    "队长",
                    "组长",
                    "经理",
                    "社长",
                    "总编辑",
                )
                for prefix in ("", "副", "常务副")
            ),
            "董事长",
            "常委",
            "委员",
            "党组成员",
            "调研员",
            "巡视员",
        },
        key=len,
        reverse=True,
    )
)
# Seats on a body, held beside any post (区委常委 and 宣传部长 at once).
_MEMBERSHIPS: frozenset[str] = frozenset({"常委", "委员", "党组成员", "调研员", "巡视员"})
# Heads of a place's own government: 区长 is the 区's post, 某镇镇长 the 某镇's.
_PLACE_HEADS: frozenset[str] = frozenset({"区长", "县长", "市长", "镇长", "乡长"})
# A body's party group or committee is the body itself (局长 and 局党组书记 at once).
_PARTY_SUFFIXES: tuple[str, ...] = ("党工委", "党组", "党委", "党总支", "党支部", "办事处")
# A place's leading bodies: its party committee, government, congress and conference; a person
# often holds posts in two of them (区委副书记、区长).
_PLACE_BODIES: tuple[str, ...] = ("人大常委会", "人大", "政协", "政府", "委")
_PLACES: tuple[str, ...] = ("区", "县", "市", "镇", "乡", "街道")


@dataclass(frozen=True)
class Post:
    """A printed title read as organisation and rank (`区教育局副局长` → 区教育局, 副局长)."""

    organisation: str
    rank: str

    @property
    def ladder(self) -> str:
        """The rank without its deputy mark: 局长 and 副局长 are one ladder of one body."""
        return self.rank.removeprefix("常务").removeprefix("副")

    @property
    def body(self) -> str:
        """The organisation with its party group or office dropped (局党组 → 局)."""
        org = self.organisation
        for suffix in _PARTY_SUFFIXES:
            if org.endswith(suffix) and len(org) > len(suffix):
                return org[: -len(suffix)]
        return org

    @property
    def place(self) -> str | None:
        """The place whose leading body this is (区委, 区政府, 区 → 区), else None."""
        body = self.body
        for suffix in _PLACE_BODIES:
            if body.endswith(suffix) and body[: -len(suffix)].endswith(_PLACES):
                return body[: -len(suffix)]
        return body if body.endswith(_PLACES) else None


def read_post(title: str) -> Post | None:
    """The title as a ``Post``; None when no known rank ends it (nothing is guessed), or when
    it holds two posts (`副区长兼区公安分局局长`: each is read on its own, ``held_posts``)."""
    title = canonical_title(title.strip())
    if len(held_posts(title)) > 1:
        return None
    for rank in _RANKS:
        if title.endswith(rank):
            org = title[: -len(rank)]
            if rank.removeprefix("常务").removeprefix("副") in _PLACE_HEADS:
                place = rank[-2]  # 区长 heads the 区; 某镇镇长 the 某镇
                org = org if org.endswith(place) else org + place
            return Post(org, rank)
    return None


def posts_compatible(a: str, b: str) -> bool:
    """Whether one person can hold the posts printed as ``a`` and ``b`` at the same time.

    Held together: the same post; a seat on a body (常委, 委员) beside anything; two posts of
    one body on different ladders (局长 and 党组书记); posts in the leading bodies of one place
    (区委副书记 and 区长). Not held together: chief and deputy of one body (局长 and
    副局长), posts of two different bodies (区委书记 and 区教育局副局长). A title the rules
    cannot read is compatible: only what the titles say raises a flag. A title holding posts
    joined by 兼 (`副区长兼区公安分局局长`) says its posts are held together: each is compared
    with the other title's, a pair printed in one title never clashing.
    """
    posts_a, posts_b = held_posts(a), held_posts(b)
    if len(posts_a) > 1 or len(posts_b) > 1:
        together = _held_together([posts_a, posts_b])
        return all(
            frozenset((x, y)) in together or _compatible(x, y) for x in posts_a for y in posts_b
        )
    return _compatible(a, b)


def _held_together(groups: Iterable[list[str]]) -> set[frozenset[str]]:
    """Every pair of posts printed in one group (one article's titles, or one 兼 title)."""
    return {frozenset((x, y)) for group in groups for x in group for y in group}


def _compatible(a: str, b: str) -> bool:
    pa, pb = read_post(a), read_post(b)
    if pa is None or pb is None or pa == pb:
        return True
    if pa.rank in _MEMBERSHIPS or pb.rank in _MEMBERSHIPS:
        return True
    if not pa.organisation or not pb.organisation:
        return True  # 书记 alone: whose is unknown
    if pa.body == pb.body:
        return pa.ladder != pb.ladder or pa.organisation != pb.organisation
    return pa.place is not None and pa.place == pb.place


def _month(date: dt.date) -> int:
    return date.year * 12 + date.month


def post_conflict(spans: Iterable[tuple[str, dt.date | None, dt.date | None]]) -> str:
    """Why one person's title timeline looks like two people of one name, "" when it does not.

    ``spans`` are ``PersonTitle`` rows (titles printed together, first and last seen). Two
    posts conflict when ``posts_compatible`` says no, both were printed in one month or in
    overlapping periods, and no article printed them together (the person's own pages are
    the best evidence that two posts are held at once). Undated spans say no period: they
    never conflict. The reason names the posts, not the dates, so a flag an editor accepted
    stays accepted while later pages only extend the same periods.
    """
    dated: list[tuple[list[str], int, int]] = []
    together: set[frozenset[str]] = set()
    for key, first, last in spans:
        titles = [t for t in key.split("、") if t]
        # The posts a 兼 title holds are printed together with each other and with the rest.
        together |= _held_together([[*titles, *(p for t in titles for p in held_posts(t))]])
        if first and last:
            dated.append((titles, _month(first), _month(last)))
    clashes: set[tuple[str, str]] = set()
    for i, (titles_a, first_a, last_a) in enumerate(dated):
        for titles_b, first_b, last_b in dated[i + 1 :]:
            if first_a > last_b or first_b > last_a:
                continue
            for a in titles_a:
                for b in titles_b:
                    if frozenset((a, b)) not in together and not posts_compatible(a, b):
                        clashes.add(tuple(sorted((a, b))))
    if not clashes:
        return ""
    return "同一时期职务不相容，可能是同名的两人：" + "；".join(
        f"{a}与{b}" for a, b in sorted(clashes)
    )
