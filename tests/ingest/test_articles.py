from __future__ import annotations

import pytest

from ingest.parser.articles import segment, tag_lines


def test_glued_byline_becomes_its_own_line() -> None:
    tagged = tag_lines(["限期销号。记者 孙丽"])
    assert tagged == [("text", "限期销号。"), ("byline", "记者 孙丽")]


def test_byline_like_line_mid_sentence_stays_body() -> None:
    tagged = tag_lines(["本报讯 近日，海棠区组织", "记者 代表"])
    assert tagged[1] == ("text", "记者 代表")


def test_continued_first_article() -> None:
    lines = [
        "据了解，该项目总投资两亿元，预计年底完工。",
        "记者 孙丽",
        "",
        "海棠区开展植树活动",
        "",
        "本报讯 近日，海棠区开展植树活动。",
        "记者 王小明",
    ]
    seg = segment(lines)
    assert len(seg.articles) == 2
    assert seg.articles[0].continued
    assert seg.articles[0].byline_lines == ["记者 孙丽"]
    assert not seg.articles[1].continued
    assert seg.clusters == [[], ["海棠区开展植树活动"], []]


def test_lead_without_dateline_after_a_finished_article() -> None:
    lines = [
        "本报讯 近日，海棠区开展植树活动。",
        "记者 王小明",
        "",
        "义务植树见成效",
        "",
        "6月3日，海棠区举办消夏晚会，居民踊跃参加。",
        "记者 孙丽",
    ]
    seg = segment(lines)
    assert len(seg.articles) == 2
    assert not seg.articles[1].dateline
    assert not seg.articles[1].continued
    assert seg.articles[1].lines[0].startswith("6月3日")
    assert seg.clusters[1] == ["义务植树见成效"]


def test_article_without_byline_leaves_its_trailing_headline() -> None:
    lines = [
        "本报讯 近日，海棠区开展植树活动。",
        "",
        "消夏晚会精彩上演",
        "",
        "本报讯 6月3日，海棠区举办消夏晚会。",
        "记者 孙丽",
    ]
    seg = segment(lines)
    assert len(seg.articles) == 2
    assert seg.clusters[1] == ["消夏晚会精彩上演"]
    assert seg.articles[0].byline_lines == []


def test_two_line_byline() -> None:
    seg = segment(["本报讯 近日，海棠区开展植树活动。", "记者 王小明", "", "通讯员 刘海波 陈静怡"])
    assert seg.articles[0].byline_lines == ["记者 王小明", "通讯员 刘海波 陈静怡"]


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
