from __future__ import annotations

import hashlib
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ingest.parser.pipeline as pipeline
from ingest.parser import PARSER_VERSION, PageError, page_chars_accounted, page_to_dict, parse_page

from .helpers import parse_dict
from .synth import (
    BOOKS_1,
    BOOKS_2,
    RIVER_1,
    RIVER_2,
    RIVER_SIGNED,
    SAFETY_1,
    headline_after_page,
    wrap,
    wrapped_page,
)

ONE_PER_LINE = """
视点360 海棠区启动夏季文旅消费季 推出百项惠民活动

本报讯 6月1日上午,海棠区举行夏季文旅消费季启动仪式,推出惠民活动一百余项,涵盖演出、展览等(共六大类)。

据介绍,消费季期间将发放文旅消费券,持续到8月底,覆盖全区

主要景区和商圈。

记者 孙丽 通讯员 马力

前五个月接待游客3.2万人次,同比增长12%

海棠区乡村旅游人气旺

本报讯 近年来,海棠区依托山水资源发展乡村旅游,打造精品线路十余条。

今年前五个月,全区乡村旅游接待游客3.2万人次,持续增长。记者 孙丽
"""


def test_headline_after_article_and_cluster_of_two() -> None:
    d = parse_dict(headline_after_page())
    arts = d["articles"]
    assert [a["title"] for a in arts] == [
        "海棠区召开河道治理工作推进会",
        "海棠区举办春季图书交流活动",
        "海棠区安全生产专项检查工作会召开",
    ]
    assert [a["subtitle"] for a in arts[:2]] == ["确保汛前完成河道清淤", "书香浸润社区生活"]
    assert [a["title_inferred"] for a in arts] == [False, False, True]
    assert arts[1]["reporters"] == ["赵丽华"]
    assert arts[1]["body"].endswith("交换图书两千余册。")
    assert arts[2]["correspondents"] == ["刘海波", "陈静怡"]
    assert arts[0]["body"].count("\n\n") == 1
    assert d["unplaced"] == []


def test_unknown_year_is_flagged_not_guessed() -> None:
    d = parse_dict(headline_after_page())
    assert d["year"] is None
    assert d["articles"][0]["date"] == "--05-12"
    assert "year_unknown" in d["articles"][0]["warnings"]
    assert d["articles"][1]["date"] is None
    assert "year_unknown" not in d["articles"][1]["warnings"]
    assert any("year" in w for w in d["warnings"])


def test_bad_issue_date_is_rejected() -> None:
    with pytest.raises(ValueError, match="issue_date"):
        parse_page("本报讯 近日，测试。".encode(), "x", issue_date="2020/01/02")


def test_one_per_line_page_with_half_width_punctuation() -> None:
    d = parse_dict(ONE_PER_LINE)
    first, second = d["articles"]
    assert first["column"] == "视点360"
    assert first["title"] == "海棠区启动夏季文旅消费季"
    assert first["subtitle"] == "推出百项惠民活动"
    assert "（共六大类）。" in first["body"]
    assert first["body"].endswith("覆盖全区主要景区和商圈。")
    assert first["reporters"] == ["孙丽"] and first["correspondents"] == ["马力"]
    assert second["kicker"] == "前五个月接待游客3.2万人次，同比增长12%"
    assert second["title"] == "海棠区乡村旅游人气旺"
    assert second["date"] is None
    assert second["body"].endswith("持续增长。")


def test_letter_spaced_lines_collapse() -> None:
    text = "本 报 讯  6 月 9 日 ， 海 棠 区 召 开 会 议 。\n记者 孙丽\n"
    d = parse_dict(text)
    assert d["articles"][0]["body"].startswith("本报讯 6月9日，海棠区召开会议。")
    assert d["articles"][0]["date"] == "--06-09"


def test_gb18030_crlf_bytes() -> None:
    data = headline_after_page().replace("\n", "\r\n").encode("gb18030")
    page = parse_page(data, "gb.txt")
    assert page.encoding == "gb18030"
    assert len(page.articles) == 3
    assert page.content_hash == hashlib.sha256(data).hexdigest()
    assert page_chars_accounted(page)


def test_utf8_bom_bytes() -> None:
    page = parse_page(b"\xef\xbb\xbf" + ONE_PER_LINE.encode(), "bom.txt")
    assert page.articles[0].column == "视点360"
    assert "\ufeff" not in page.text


def test_continued_first_article() -> None:
    text = "据了解，该工程总投资两亿元，\n\n预计年底前完工。\n记者 孙丽\n\n" + ONE_PER_LINE
    d = parse_dict(text)
    assert d["articles"][0]["continued"] is True
    assert d["articles"][0]["title"] == ""
    assert d["articles"][0]["body"] == "据了解，该工程总投资两亿元，预计年底前完工。"
    assert [a["seq"] for a in d["articles"]] == [1, 2, 3]
    assert d["articles"][1]["column"] == "视点360"


def test_json_shape_and_version(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []
    monkeypatch.setattr(pipeline, "annotate_article", lambda a, names, read: seen.append(a.seq))
    page = parse_page(ONE_PER_LINE.encode(), "some/path.txt", page_no=3)
    assert seen == [1, 2]
    assert page.parser_version == PARSER_VERSION and page.page_no == 3
    d = page_to_dict(page)
    assert list(d) == ["source", "year", "warnings", "unplaced", "articles"]
    assert d["source"] == "some/path.txt"
    assert list(d["articles"][0]) == [
        "seq", "kicker", "title", "subtitle", "column", "title_inferred", "continued", "date",
        "dates", "reporters", "correspondents", "body", "persons", "meetings", "projects",
        "warnings",
    ]  # fmt: skip
    json.dumps(d, ensure_ascii=False)


def test_unplaced_headline_is_kept_with_a_warning() -> None:
    text = "本报讯 近日，海棠区开展植树活动。\n记者 孙丽\n\n冬季滑雪运动指南\n"
    d = parse_dict(text)
    assert d["unplaced"] == ["冬季滑雪运动指南"]
    assert d["warnings"]


def test_page_error_for_binary() -> None:
    with pytest.raises(PageError):
        parse_page(b"\x00\x01\x02", "bin")


_ALPHABET = st.sampled_from(
    [
        *list(
            "本报讯记者通讯员王小明海棠区召开会议近日月日年。，、；：？！“”（）() ,.?0123456789\n "
        ),
        "本报讯 ",
        "记者 孙丽",
        "\n记者 王小明\n",
        "5月3日",
        "2019年",
        "通讯员 马力",
        "\r\n",
    ]
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_arbitrary_text_never_crashes_and_loses_nothing(text: str) -> None:
    try:
        page = parse_page(text.encode("utf-8"), "h.txt")
    except PageError:
        return
    assert page_chars_accounted(page)
    assert [a.seq for a in page.articles] == list(range(1, len(page.articles) + 1))


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_arbitrary_bytes_never_crash(data: bytes) -> None:
    try:
        page = parse_page(data, "b.bin")
    except PageError:
        return
    assert page_chars_accounted(page)


TEA_1 = (
    "本报讯 4月8日，海棠区首届春茶采摘节在云雾山茶园开幕，游客走进茶园体验采茶、制茶，"
    "品尝头道新茶。"
)
TEA_2 = "据介绍，采摘节将持续一个月，茶园还推出茶艺表演和茶香民宿，让茶香引客来。"
WETLAND_1 = "本报讯 近日，海棠区白鹭湾湿地公园完成生态修复，补种芦苇十余亩，栖息鸟类增至六十余种。"
WETLAND_2 = "下一步，该区将护好一湾碧水，建立湿地巡护制度，久久为功守护生态。"

RIVER_HEAD = ["海棠区召开河道治理工作推进会", "确保汛前完成河道清淤"]
# As printed: a deck stands apart from its title (a line directly under it would be the
# title's second line).
RIVER_BLOCK = [RIVER_HEAD[0], "", RIVER_HEAD[1]]
BOOKS_HEAD = ["海棠区举办", "春季图书交流活动", "书香浸润社区生活"]
SAFETY_HEAD = "海棠区安全生产专项检查工作会召开"
TEA_HEAD = "海棠区首届春茶采摘节开幕"


def _titles(d: dict) -> list[tuple[str, str, str, bool]]:
    return [(a["kicker"], a["title"], a["subtitle"], a["title_inferred"]) for a in d["articles"]]


def test_three_headlines_in_one_cluster_each_find_their_article() -> None:
    # Between river and books: river's headline, then the far tea article's, then books'.
    text = wrapped_page(
        *RIVER_SIGNED,
        *RIVER_HEAD,
        TEA_HEAD,
        BOOKS_HEAD,
        wrap(BOOKS_1),
        [*wrap(BOOKS_2), "记者 赵丽华"],
        SAFETY_HEAD,
        [*wrap(SAFETY_1), "记者 孙丽"],
        [*wrap(TEA_1), *wrap(TEA_2), "记者 孙丽"],
    )
    d = parse_dict(text)
    assert _titles(d) == [
        ("", RIVER_HEAD[0], RIVER_HEAD[1], False),
        ("", "海棠区举办春季图书交流活动", "书香浸润社区生活", False),
        ("", SAFETY_HEAD, "", False),
        ("", TEA_HEAD, "", False),
    ]
    assert d["unplaced"] == [] and d["warnings"] == [
        "year_unknown: no issue date and the page does not settle the year"
    ]


HEADLINES_ON_TOP = """
海棠区首届春茶采摘节开幕 茶香引客来

海棠区安全生产专项检查工作会召开

海棠区召开河道治理工作推进会 确保汛前完成河道清淤
{stray}
海棠区举办春季图书交流活动

{river}

记者 王小明

{books}

记者 赵丽华

{safety}

记者 孙丽

{tea}

记者 孙丽
"""


def _headlines_on_top(stray: str = "") -> str:
    return HEADLINES_ON_TOP.format(
        stray=f"\n{stray}\n" if stray else "",
        river=RIVER_1 + RIVER_2,
        books=BOOKS_1 + BOOKS_2,
        safety=SAFETY_1,
        tea=TEA_1 + TEA_2,
    )


def test_headlines_all_printed_on_top_go_to_their_articles() -> None:
    d = parse_dict(_headlines_on_top())
    assert _titles(d) == [
        ("", RIVER_HEAD[0], RIVER_HEAD[1], False),
        ("", "海棠区举办春季图书交流活动", "", False),
        ("", SAFETY_HEAD, "", False),
        ("", TEA_HEAD, "茶香引客来", False),
    ]
    assert d["unplaced"] == []


def test_headline_on_top_matching_no_article_is_unplaced_with_a_warning() -> None:
    d = parse_dict(_headlines_on_top(stray="雪松县冰雪旅游季启动"))
    assert d["unplaced"] == ["雪松县冰雪旅游季启动"]
    assert "unplaced_headline: 1 headline line(s) match no article" in d["warnings"]
    assert [a["title"] for a in d["articles"]][1] == "海棠区举办春季图书交流活动"


def test_kicker_and_wrapped_title_in_a_cluster_stay_together() -> None:
    text = wrapped_page(
        *RIVER_SIGNED,
        RIVER_BLOCK,
        ["护好一湾碧水 久久为功", "海棠区白鹭湾", "湿地公园完成生态修复"],
        wrap(WETLAND_1),
        [*wrap(WETLAND_2), "记者 孙丽"],
    )
    d = parse_dict(text)
    assert _titles(d) == [
        ("", RIVER_HEAD[0], RIVER_HEAD[1], False),
        ("护好一湾碧水 久久为功", "海棠区白鹭湾湿地公园完成生态修复", "", False),
    ]
    assert d["unplaced"] == []


def test_blank_lines_between_headline_blocks_decide_where_a_label_belongs() -> None:
    # ``春风十里`` shares nothing with either article: only the printed blocks place it. A
    # short line standing over a title is its column label (a kicker reads as a phrase).
    text = wrapped_page(
        wrap(RIVER_1),
        [*wrap(RIVER_2, offset=2), "记者 王小明"],
        RIVER_BLOCK,
        ["春风十里", TEA_HEAD],
        [*wrap(TEA_1), *wrap(TEA_2), "记者 孙丽"],
    )
    d = parse_dict(text)
    assert _titles(d) == [
        ("", RIVER_HEAD[0], RIVER_HEAD[1], False),
        ("", TEA_HEAD, "", False),
    ]
    assert d["articles"][1]["column"] == "春风十里"


@pytest.mark.parametrize(
    ("masthead", "issue_date", "expected"),
    [
        ("海棠新闻  2024年3月1日  星期五  第2版", None, "2024-02-29"),
        ("", "2025-01-01", "2024-12-31"),
        # Nothing names the issue's day: 昨日 stays undated, no year made up.
        ("", None, None),
    ],
)
def test_yesterday_in_a_lead_is_the_day_before_the_issue(
    masthead: str, issue_date: str | None, expected: str | None
) -> None:
    page = f"{masthead}\n\n海棠区召开春耕推进会\n本报讯（记者 孙丽）昨日，海棠区召开春耕推进会。\n"
    parsed = parse_page(page.encode(), "yesterday.txt", issue_date=issue_date)
    (article,) = parsed.articles
    assert (article.date.iso() if article.date else None) == expected


def test_headlines_printed_after_their_bodies_leave_a_last_item_untitled() -> None:
    """Every headline printed right under its body's last line and set apart from the next
    body by a blank line: the page prints headlines after, and the short item closing the
    page has none, so the headline over it (sharing few words with either) closes the body
    above."""
    page = "\n".join(
        [
            "本报讯 4月8日，桐花区召开河长制工作",
            "会议，部署汛期前河道清理工作。",
            "桐花区部署河道清理",
            "",
            "本报讯 4月9日，副区长岑书禾到青柳水库",
            "巡查，察看库区周边环境整治情况。",
            "守好一库清水 护好城市水源",
            "",
            "本报讯 4月10日，梧桐街道开展“散乱污”",
            "企业排查，责令停产整改3家。",
        ]
    )
    articles = parse_dict(page)["articles"]
    assert [a["title"] for a in articles[:2]] == ["桐花区部署河道清理", "守好一库清水 护好城市水源"]
    assert articles[2]["title_inferred"]


def test_a_figures_deck_on_its_own_line_does_not_set_the_page_s_decks_apart() -> None:
    """A deck that reports a figure (``8个项目总投资32.5亿元``) stands on a line of its own on
    any page; it does not show that the page sets its slogan decks apart, so a one-line
    who-did-what headline with a slogan after a space is still title and deck."""
    page = "\n".join(
        [
            "桐花区召开春季项目观摩会 比学赶超促发展",
            "",
            "本报讯（记者 孙丽）4月8日，桐花区召开春季项目观摩会，察看在建项目进展。",
            "",
            "桐花区一季度重点项目集中签约",
            "8个项目总投资32.5亿元",
            "",
            "本报讯（记者 孙丽）4月9日，桐花区一季度重点项目集中签约，涵盖智能制造等领域。",
        ]
    )
    articles = parse_dict(page)["articles"]
    assert [(a["title"], a["subtitle"]) for a in articles] == [
        ("桐花区召开春季项目观摩会", "比学赶超促发展"),
        ("桐花区一季度重点项目集中签约", "8个项目总投资32.5亿元"),
    ]
