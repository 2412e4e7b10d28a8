"""OCR gaps inside a name printed after a post: closed up for the extractors, kept in the body."""

from __future__ import annotations

import pytest

from ingest.parser import parse_page
from ingest.parser.namegaps import close_name_gaps
from ingest.parser.names import ends_with_office


def _page(body: str) -> str:
    return f"区政协召开专题会议\n本报讯 5月6日，{body}\n"


@pytest.mark.parametrize(
    ("body", "name", "titles"),
    [
        # a padded two-character name, a rare surname, a gap on both sides
        ("区政协专题会议召开，副区长 蓟 川陪同。", "蓟川", ["副区长"]),
        # the surname glued to the post, the gap after it
        ("区委副书记、区长甄 立言带队调研。", "甄立言", ["区委副书记", "区长"]),
        # a compound surname, a gap, a one-character given name
        ("区总工会主席 欧阳 菲介绍了情况。", "欧阳菲", ["区总工会主席"]),
        ("区税务局副局长单于 晴介绍了情况。", "单于晴", ["区税务局副局长"]),
        # the second name of a 、-list whose clause names the post
        ("区人大常委会副主任阎小松、司空 岑参加调研。", "司空岑", ["区人大常委会副主任"]),
    ],
)
def test_gap_inside_a_name_after_a_post_closes(body: str, name: str, titles: list[str]) -> None:
    page = parse_page(_page(body).encode(), "gap.txt")
    (article,) = page.articles
    by = {p.name: p.titles for p in article.persons}
    assert by.get(name) == titles
    # the stored body keeps the gap as printed
    assert name not in article.body


def test_chair_with_a_gap_in_the_name_is_read() -> None:
    page = parse_page(_page("区政协主席 闻人 澈主持会议并讲话。").encode(), "gap.txt")
    (article,) = page.articles
    assert [m.chair for m in article.meetings] == ["闻人澈"]


@pytest.mark.parametrize(
    "text",
    [
        # no post before the gap: nothing says a name stands there
        "居民 卢 静说，楼道亮了。",
        # a post, then a whole name, then a gap before the next word
        "副区长 柴青 到会讲话。",
        # a post, then two names set apart by gaps: each stays whole
        "区领导 柴青 卢静出席。",
    ],
)
def test_gaps_not_inside_a_name_after_a_post_stay(text: str) -> None:
    assert close_name_gaps(text) == text


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("镇级副总林长", True),
        ("区河长", True),
        ("自治州州长", True),
        # the words OFFICE_RE reads only in context are read the same way at a text's end
        ("退耕还林长", False),
        ("沧州长", False),
    ],
)
def test_a_post_ending_a_text_is_read_as_in_running_text(text: str, post: bool) -> None:
    """A gap after 沧州长 follows a city, no post: the same check as the title extractor's."""
    assert ends_with_office(text) is post
