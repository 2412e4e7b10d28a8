from __future__ import annotations

import pytest

from ingest.parser.articles import segment, tag_lines


def test_glued_byline_becomes_its_own_line() -> None:
    tagged = tag_lines(["限期销号。记者 孙丽"])
    assert tagged == [("text", "限期销号。"), ("byline", "记者 孙丽")]


def test_byline_like_line_mid_sentence_stays_body() -> None:
    tagged = tag_lines(["本报讯 近日，海棠区组织", "记者 代表"])
    assert tagged[1] == ("text", "记者 代表")


def _two_articles(first: list[str], headline: str, second: list[str]) -> list[str]:
    """A page of two articles with a headline set apart by blank lines between them."""
    return [*first, "", headline, "", *second]


# A page's lines; what each article it is cut into shows (only the fields named, one dict an
# article); the headline clusters around them.
SEGMENTATIONS = [
    pytest.param(
        _two_articles(
            ["据了解，该项目总投资两亿元，预计年底完工。", "记者 孙丽"],
            "海棠区开展植树活动",
            ["本报讯 近日，海棠区开展植树活动。", "记者 王小明"],
        ),
        [{"continued": True, "byline_lines": ["记者 孙丽"]}, {"continued": False}],
        [[], ["海棠区开展植树活动"], []],
        id="continued_first_article",
    ),
    pytest.param(
        _two_articles(
            ["本报讯 近日，海棠区开展植树活动。", "记者 王小明"],
            "义务植树见成效",
            ["6月3日，海棠区举办消夏晚会，居民踊跃参加。", "记者 孙丽"],
        ),
        [
            {},
            {
                "dateline": False,
                "continued": False,
                "lines": ["6月3日，海棠区举办消夏晚会，居民踊跃参加。"],
            },
        ],
        [[], ["义务植树见成效"], []],
        id="lead_without_dateline_after_a_finished_article",
    ),
    pytest.param(
        _two_articles(
            ["本报讯 近日，海棠区开展植树活动。"],
            "消夏晚会精彩上演",
            ["本报讯 6月3日，海棠区举办消夏晚会。", "记者 孙丽"],
        ),
        [{"byline_lines": []}, {}],
        [[], ["消夏晚会精彩上演"], []],
        id="article_without_byline_leaves_its_trailing_headline",
    ),
    pytest.param(
        ["本报讯 近日，海棠区开展植树活动。", "记者 王小明", "", "通讯员 刘海波 陈静怡"],
        [{"byline_lines": ["记者 王小明", "通讯员 刘海波 陈静怡"]}],
        [[], []],
        id="two_line_byline",
    ),
]


@pytest.mark.parametrize(("lines", "articles", "clusters"), SEGMENTATIONS)
def test_segment(
    lines: list[str], articles: list[dict[str, object]], clusters: list[list[str]]
) -> None:
    seg = segment(lines)
    assert len(seg.articles) == len(articles)
    got = [{f: getattr(a, f) for f in want} for a, want in zip(seg.articles, articles, strict=True)]
    assert got == articles
    assert seg.clusters == clusters


def test_work_per_line_is_bounded_on_a_huge_page(monkeypatch: pytest.MonkeyPatch) -> None:
    # Leads are checked a bounded number of times per line (no look-back over the whole page),
    # however many blank lines or headline-like lines the page holds.
    import ingest.parser.articles as articles

    calls = 0
    real = articles.paragraph_from

    def counting(lines: list[str], i: int, limit: int = 6) -> str:
        nonlocal calls
        calls += 1
        return real(lines, i, limit)

    monkeypatch.setattr(articles, "paragraph_from", counting)
    block = ["海棠区召开会议", "", "", "6月3日，海棠区召开会议。", "记者 孙丽", *[""] * 20]
    for n in (50, 200):
        calls = 0
        lines = block * n
        seg = articles.segment(lines, None)
        assert len(seg.articles) == n
        assert calls <= 4 * len(lines)
