"""The conventions of real district pages (issue 13, sections 1–6), each on an invented page.

Every text here is made up (the 海棠区 of the other tests, invented names); only the way it is
printed follows real pages: leads, bylines in brackets, headlines between bodies, year-end
reviews, wrapped numbers, stray bytes.

One file, though long: the conventions read as one list, in the issue's order.
"""

from __future__ import annotations

import pytest

from ingest.parser import page_chars_accounted, parse_page
from ingest.parser.layout import build_paragraphs, is_furniture, masthead_date

from .helpers import cases, only_article, parse_dict


def _starts(articles: list[dict]) -> list[str]:
    return [a["body"].replace(" ", "")[:8] for a in articles]


# --- The first article of a page, field by field (sections 2, 3 and 6) -----------------


@pytest.mark.parametrize(
    ("text", "expected"), cases("conventions_first_articles", "text", "expected")
)
def test_first_article_as_printed(text: str | bytes, expected: dict[str, object]) -> None:
    """A page, and what its first article reads (only the fields named)."""
    art = parse_dict(text)["articles"][0]
    assert {field: art[field] for field in expected} == expected


@pytest.mark.parametrize(("text", "expected"), cases("one_article_pages", "text", "expected"))
def test_a_page_of_one_article(text: str, expected: dict[str, object]) -> None:
    """A page read as exactly one article, and what it reads (only the fields named)."""
    art = only_article(text)
    assert {field: art[field] for field in expected} == expected


# --- 1. Where an article starts ---------------------------------------------------------


@pytest.mark.parametrize("lead", ["中原网讯", "郑报融媒讯", "青石讯", "本报6月2日讯"])
def test_any_news_agency_word_opens_an_article(lead: str) -> None:
    text = (
        "海棠区召开防汛会议\n\n本报讯 6月1日，海棠区召开防汛工作会议，部署汛期各项工作。\n\n"
        f"海棠区举办荷花节\n\n{lead} 6月2日，海棠区第三届荷花节在白鹭湾开幕。\n"
    )
    d = parse_dict(text)
    assert len(d["articles"]) == 2
    assert d["articles"][1]["body"].startswith(lead)
    assert d["articles"][1]["title"] == "海棠区举办荷花节"


def test_report_line_opens_an_article_and_is_its_byline() -> None:
    text = (
        "海棠区召开防汛会议\n\n本报讯 6月1日，海棠区召开防汛工作会议。\n记者 孙丽\n\n"
        "海棠区新建口袋公园\n本报记者 钱立新 报道\n6月3日，记者从区园林局了解到，"
        "今年全区新建口袋公园12个。\n"
    )
    d = parse_dict(text)
    second = d["articles"][1]
    assert second["reporters"] == ["钱立新"]
    assert second["body"].startswith("6月3日，记者从区园林局了解到")
    assert second["title"] == "海棠区新建口袋公园"


# A headline between two bodies and the lead under it start an article, whatever the lead
# opens with. Under an unsigned article (no byline closes it): a date, a clause before the date,
# 近日, a source, a quotation. Under a signed one: a season or a time (a feature's lead).
UNSIGNED_THEN_LEAD = (
    "海棠区召开防汛会议\n\n本报讯 6月1日，海棠区召开防汛工作会议，部署汛期各项工作。\n\n"
    "会议要求，各街道要压实责任，确保安全度汛。\n\n"
    "消夏晚会开幕\n\n{lead}\n\n晚会将持续到8月底。\n"
)
SIGNED_THEN_FEATURE_LEAD = (
    "本报讯（记者 孙丽）6月1日，海棠区召开防汛工作会议，部署汛期各项工作。\n\n"
    "白鹭湾的夜市热闹起来了\n\n"
    "{lead}白鹭湾夜市每晚都人头攒动，小吃、文创摊位200余个。\n"
)


@pytest.mark.parametrize(
    ("page", "lead", "first_ends", "second_title", "second_starts"),
    [
        *(
            (UNSIGNED_THEN_LEAD, lead, "确保安全度汛。", "消夏晚会开幕", lead[:6])
            for lead in [
                "2021年6月3日，海棠区举办消夏晚会，居民踊跃参加。",
                "6月3日，海棠区举办消夏晚会，居民踊跃参加。",
                "近日，海棠区举办消夏晚会，居民踊跃参加。",
                "为丰富居民夏季生活，6月3日，海棠区举办消夏晚会。",
                "记者从海棠区文旅局了解到，消夏晚会将持续一个月。",
                "“晚会的节目都是居民自己排的，”海棠区文化馆馆长葛青说。",
            ]
        ),
        *(
            (
                SIGNED_THEN_FEATURE_LEAD,
                lead,
                "部署汛期各项工作。",
                "白鹭湾的夜市热闹起来了",
                (lead + "白鹭湾夜市")[:8],
            )
            for lead in ["深秋时节，", "入夏以来，", "这一年，", "新学期，", "在新春佳节到来之际，"]
        ),
    ],
)
def test_a_headline_and_the_lead_under_it_start_an_article(
    page: str, lead: str, first_ends: str, second_title: str, second_starts: str
) -> None:
    first, second = parse_dict(page.format(lead=lead))["articles"]
    assert first["body"].endswith(first_ends)
    assert second["title"] == second_title
    assert second["body"].startswith(second_starts)


@pytest.mark.parametrize(
    ("text", "starts", "fields", "warned"),
    cases("article_starts", "text", "starts", "fields", "warned"),
)
def test_where_the_articles_of_a_page_start(
    text: str, starts: list[str], fields: list[dict], warned: list[list[str]]
) -> None:
    """A page, where each article starts, what each reads and the warnings each carries."""
    articles = parse_dict(text)["articles"]
    assert _starts(articles) == starts
    assert len(fields) == len(warned) == len(articles)
    assert [
        {name: a[name] for name in want} for a, want in zip(articles, fields, strict=True)
    ] == fields
    assert all(set(codes) <= set(a["warnings"]) for a, codes in zip(articles, warned, strict=True))


# --- 2. Bylines ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "reporters", "correspondents"),
    [
        ("郑报融媒记者 孙丽 通讯员 马力", ["孙丽"], ["马力"]),
        ("郑州报业集团记者 孙丽", ["孙丽"], []),
        ("本报记者 孙丽 实习生 葛青", ["孙丽", "葛青"], []),
        ("文/图 记者 孙丽", ["孙丽"], []),
        ("本报记者 孙丽 文/图", ["孙丽"], []),
        ("（记者 孙丽 通讯员 马 力）", ["孙丽"], ["马力"]),
        # One credit split over two people: both are reporters.
        ("文/孙丽 图/葛青", ["孙丽", "葛青"], []),
        # A colon after the role, the names after it.
        ("记者：孙丽 葛青", ["孙丽", "葛青"], []),
    ],
)
def test_closing_byline_forms(
    printed: str, reporters: list[str], correspondents: list[str]
) -> None:
    d = parse_dict(f"本报讯 6月1日，海棠区召开防汛工作会议。\n{printed}\n")
    art = d["articles"][0]
    assert (art["reporters"], art["correspondents"]) == (reporters, correspondents)
    assert art["body"].endswith("防汛工作会议。")


@pytest.mark.parametrize("opening", ["(", "（"])
def test_a_closing_bracket_byline_wrapped_after_the_last_sentence(opening: str) -> None:
    """Half-width or full-width, a credit opened on the last line of the body and closed on the
    next is the article's byline, and the headline under it is the next article's."""
    closing = "）" if opening == "（" else ")"
    text = (
        "海棠区召开防汛工作会议\n\n本报讯 6月1日，海棠区召开防汛工作\n"
        f"会议，部署汛期各项任务。{opening}记者 \n季明远{closing}\n\n"
        "海棠区举办消防演练\n\n本报讯 6月2日，海棠区举办消防演练，\n"
        f"共有200人参加。{opening}通讯员 宁\n一帆{closing}\n"
    )
    first, second = parse_dict(text)["articles"]
    assert first["body"].endswith("部署汛期各项任务。")
    assert (first["reporters"], second["title"]) == (["季明远"], "海棠区举办消防演练")
    assert second["correspondents"] == ["宁一帆"]


@pytest.mark.parametrize(
    "closing",
    [
        "（政协办）",
        "（青桐街道 供稿）",
        # Wrapped after the last sentence, mid-word.
        "（青桐街\n道 供稿）",
    ],
)
def test_a_closing_unit_credit_is_no_body_and_no_byline(closing: str) -> None:
    text = "本报讯 6月1日，海棠区召开防汛工作\n会议。" + closing
    if "\n" not in closing:
        text = text.replace("。（", "。\n（")
    art = only_article(text + "\n")
    assert art["body"].endswith("防汛工作会议。")
    assert (art["reporters"], art["correspondents"]) == ([], [])


@pytest.mark.parametrize("credit", ["（青桐\n街道 供稿）", "（青桐街道供稿）", "\n（政协办）"])
def test_a_headline_under_a_unit_credit_closes_that_item(credit: str) -> None:
    """A page that prints headlines after their items: the headline right under a unit credit
    (glued, on its own line, or wrapped over two lines) belongs to the item above, not to the
    next one."""
    d = parse_dict(
        "海棠区召开汛前检查会\n本报讯 6月1日，海棠区召开汛\n前检查会，部署排查工作。\n"
        "（记者 孙丽）\n\n\n6月2日，青桐街道组织志愿\n者清理河道垃圾，街道工委\n"
        f"书记蒙川参加活动。{credit}\n青桐街道清河护岸\n\n\n"
        "海棠区举办书画展\n6月3日，海棠区书画展在文化\n馆开幕，展出作品百余幅。\n"
        "（记者 葛青）\n"
    )
    titles = [(a["title"], a["body"][-6:]) for a in d["articles"]]
    assert ("青桐街道清河护岸", "书记蒙川参加活动。"[-6:]) in titles, titles
    assert len(d["articles"]) == 3


# --- 3. Headlines ----------------------------------------------------------------------


# --- 4. Year ---------------------------------------------------------------------------


# A page and the issue date it came with; the year the page settles; each article's date and
# warnings.
PAGE_YEARS = [
    pytest.param(
        "海棠区经济运行稳中向好\n\n本报讯 12月26日，记者从区统计局获悉，2022年全区生产总值"
        "预计增长5%。\n记者 孙丽\n\n海棠区谋划明年工作\n\n本报讯 12月27日，海棠区召开全会，"
        "部署2023年重点工作。\n记者 孙丽\n",
        None,
        None,
        [
            ("--12-26", ["headline_by_position", "year_unknown"]),
            ("--12-27", ["headline_by_position", "year_unknown"]),
        ],
        id="december_review_settles_no_year",
    ),
    pytest.param(
        "海棠区召开总结会\n\n本报讯 3月2日，海棠区总结2018年工作，部署2019年任务。\n记者 孙丽\n\n"
        "海棠区开展植树活动\n\n本报讯 3月5日，海棠区开展义务植树活动。\n记者 孙丽\n",
        None,
        None,
        [("--03-02", ["headline_by_position", "year_unknown"]), ("--03-05", ["year_unknown"])],
        id="one_articles_pair_of_years_settles_no_page",
    ),
    pytest.param(
        "本报讯 3月2日，海棠区总结2018年工作，部署2019年任务。\n记者 孙丽\n",
        None,
        None,
        [("--03-02", ["year_unknown"])],
        id="one_articles_pair_of_years_alone_settles_nothing",
    ),
    pytest.param(
        "本报讯 3月2日，海棠区总结2018年工作，部署2019年任务。\n记者 孙丽\n\n"
        "本报讯 近日，海棠区发布2019年民生实事清单。\n记者 孙丽\n",
        None,
        2019,
        [("2019-03-02", ["year_from_page"]), (None, [])],
        id="year_from_the_page_when_unambiguous",
    ),
    pytest.param(
        "本报讯 12月30日，海棠区召开年终总结会，部署来年工作。\n记者 孙丽\n",
        "2020-01-02",
        2020,
        [("2019-12-30", [])],
        id="issue_date_rollover",
    ),
]


@pytest.mark.parametrize(("text", "issue_date", "year", "articles"), PAGE_YEARS)
def test_page_year(
    text: str,
    issue_date: str | None,
    year: int | None,
    articles: list[tuple[str | None, list[str]]],
) -> None:
    d = parse_dict(text, issue_date=issue_date)
    assert d["year"] == year
    assert [(a["date"], a["warnings"]) for a in d["articles"]] == articles


def test_masthead_date_is_the_issue_date() -> None:
    text = (
        "海棠新闻    第2版    2023年6月3日  星期六\n\n海棠区召开防汛会议\n\n"
        "本报讯 6月1日，海棠区召开防汛工作会议。\n记者 孙丽\n\n责任编辑 葛青\n"
    )
    d = parse_dict(text)
    assert d["year"] == 2023
    assert d["articles"][0]["date"] == "2023-06-01"
    assert d["articles"][0]["body"] == "本报讯 6月1日，海棠区召开防汛工作会议。"
    assert "责任编辑 葛青" in d["unplaced"]


# --- 5. Joining wrapped lines ----------------------------------------------------------


def test_a_number_wrapped_over_two_lines_gets_no_space() -> None:
    lines = ["海棠区公布了20", "19年度考核结果，全区", "共有12个单位获评优秀。"]
    assert build_paragraphs(lines, 12) == [
        "海棠区公布了2019年度考核结果，全区共有12个单位获评优秀。"
    ]


def test_a_subhead_is_not_glued_to_the_next_sentence() -> None:
    text = (
        "海棠区召开防汛会议\n\n本报讯 6月1日，海棠区召开防汛工作会议，部署汛期各项工作。\n\n"
        "压实防汛责任\n\n会议要求，各街道要压实责任，确保安全度汛。\n记者 孙丽\n"
    )
    art = parse_dict(text)["articles"][0]
    assert art["body"].split("\n\n")[1] == "压实防汛责任"
    assert len(parse_dict(text)["articles"]) == 1


def test_enumerated_subhead_is_its_own_paragraph() -> None:
    lines = ["全年目标顺利完成。", "一、产业结构持续优化", "今年以来，全区新引进项目31", "个。"]
    assert build_paragraphs(lines, 14)[1] == "一、产业结构持续优化"


# --- 6. Input --------------------------------------------------------------------------


def test_stray_nul_bytes_are_removed_with_a_page_warning() -> None:
    data = "本报讯 6月1日，海棠区召开\x00防汛工作会议。\n记者 孙丽\x00\n".encode()
    d = parse_dict(data)
    assert d["articles"][0]["body"] == "本报讯 6月1日，海棠区召开防汛工作会议。"
    assert d["articles"][0]["reporters"] == ["孙丽"]
    assert any(w.startswith("controls_removed") for w in d["warnings"])


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("海棠新闻    第2版    2023年6月3日  星期六", "2023-06-03"),
        ("海棠时报  2021.11.05  第3版  综合新闻", "2021-11-05"),
        ("海棠区融媒体中心主办    二〇二三年六月二十日  星期二", "2023-06-20"),
        ("海棠报·两会特刊        A2        2025年1月10日", "2025-01-10"),
    ],
)
def test_masthead_forms(line: str, date: str) -> None:
    assert is_furniture(line)
    assert masthead_date([line]) == date


def test_a_sites_latest_publish_line_stands_for_the_issue_date() -> None:
    """Each item's publish line is its own day: the latest is on or after every item's."""
    lines = [
        "发布日期：2024-03-04 09:10:11 浏览次数： 字体：[大中小]",
        "2024-03-20 15:02:37来源：青柳网",
        "发布时间：2024-03-13 08:00:00",
    ]
    assert all(is_furniture(x) for x in lines)
    assert masthead_date(lines) == "2024-03-20"


@pytest.mark.parametrize(
    "line",
    [
        "海棠区召开2023年防汛工作会议",
        "6月3日，海棠区召开防汛会议。",
        "责任在肩 使命在心",
        "扫码就能借书 群众少跑腿",
        "咨询电话：0371-1234 5678",
    ],
)
def test_not_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_a_lead_inside_a_signed_article_is_kept_but_flagged() -> None:
    text = (
        "海棠区召开防汛会议\n\n本报讯 6月1日，海棠区召开防汛工作会议，部署汛期各项工作。\n\n"
        "近日，海棠区第三届荷花节在白鹭湾开幕，吸引游客两万余人次。\n记者 孙丽\n"
    )
    art = only_article(text)
    assert "boundary_guessed" in art["warnings"]


@pytest.mark.parametrize(
    ("text", "titles", "every_article_warns", "first"),
    cases("page_titles", "text", "titles", "every_article_warns", "first"),
)
def test_article_titles_of_a_page(
    text: str, titles: list[str], every_article_warns: list[str], first: dict[str, object]
) -> None:
    """A page, its articles' titles in order (with the warnings each carries, and what the
    first one reads where the case names it)."""
    articles = parse_dict(text)["articles"]
    assert [a["title"] for a in articles] == titles
    assert all(set(every_article_warns) <= set(a["warnings"]) for a in articles)
    assert {field: articles[0][field] for field in first} == first


def test_a_page_indenting_every_paragraph_is_not_cut_at_inner_leads() -> None:
    text = (
        "海棠区召开防汛会议\n\n"
        "\u3000\u3000本报讯 6月1日，海棠区召开防汛\n工作会议，部署汛期各项工作。\n"
        "\u3000\u3000会议要求，各街道要压实责任，\n确保安全度汛。\n"
        "\u3000\u3000今年以来，全区已完成河道清淤\n12公里。\n"
        "\u3000\u3000林树青强调，要严格值班值守。\n记者 孙丽\n"
    )
    art = only_article(text)
    assert len(art["body"].split("\n\n")) == 4


def test_a_qr_caption_and_an_ad_hotline_between_articles_are_furniture() -> None:
    """``扫码关注“X”`` and ``诚招广告 热线：…`` set between two articles are the paper's own
    notices: neither is the headline under them, which keeps no deck."""
    text = (
        "海棠区召开防汛会议\n本报讯 6月1日，海棠区召开防汛工作会议。\n\n\n"
        "扫码关注“海棠发布”\n\n白鹭湾公园开放\n本报讯 近日，白鹭湾公园建成开放。\n\n\n"
        "广告招商 电话：0371-1234 5678\n\n河畔书屋开门\n本报讯 近日，河畔书屋开门迎客。\n"
    )
    d = parse_dict(text)
    got = [(a["title"], a["subtitle"]) for a in d["articles"]]
    assert got == [("海棠区召开防汛会议", ""), ("白鹭湾公园开放", ""), ("河畔书屋开门", "")]
    assert "扫码关注“海棠发布”" in d["unplaced"]


def test_an_exclaimed_headline_set_apart_under_a_body_heads_the_next_article() -> None:
    """A headline that reads as a sentence (a comma, ``！``) under the double blank line between
    two stories is the next article's title, not the last line of the body above."""
    text = (
        "白鹭湾公园开放\n本报讯 近日，白鹭湾公园建成开放，\n市民可免费入园。\n\n\n"
        "冬季取暖，从一块煤炭管起！\n本报讯 天气转冷，煤气中毒风险上\n升。12月1日，海棠区"
        "开展入户宣传。\n"
    )
    articles = parse_dict(text)["articles"]
    assert [a["title"] for a in articles] == ["白鹭湾公园开放", "冬季取暖，从一块煤炭管起！"]
    assert articles[0]["body"].endswith("市民可免费入园。")


def test_a_lead_word_in_lenticular_brackets_opens_an_article_on_an_unwrapped_page() -> None:
    """``【海棠讯】`` is a lead word as ``海棠讯`` is: on a page of one line per paragraph and no
    blank line, the headline line over it closes the article above."""
    text = (
        "白鹭湾公园开放\n"
        "海棠讯 6月2日，白鹭湾公园建成开放，市民可免费入园。\n"
        "公园设有步道和儿童乐园，周末人流较多。\n"
        "河畔社区助餐点增至6个\n"
        "【海棠讯】6月3日上午，河畔社区第六个助餐点开张，老人步行5分钟就能吃上午饭。\n"
        "助餐点每天提供两荤两素，还将为行动不便的老人送餐上门。\n"
    )
    articles = parse_dict(text)["articles"]
    assert [a["title"] for a in articles] == ["白鹭湾公园开放", "河畔社区助餐点增至6个"]
    assert articles[0]["body"].endswith("周末人流较多。")
    assert articles[1]["body"].startswith("【海棠讯】")
    assert articles[1]["date"] == "--06-03"


def test_a_headline_in_lenticular_brackets_is_the_title_inside_and_no_character_is_lost() -> None:
    text = "【海棠区秋季征兵体检工作启动】\n海棠讯 9月4日，海棠区征兵体检工作启动，首批青年体检。\n"
    page = parse_page(text.encode(), "t")
    assert page.articles[0].title == "海棠区秋季征兵体检工作启动"
    assert page_chars_accounted(page)


def test_paper_name_over_the_masthead_is_furniture() -> None:
    text = (
        "海棠时报\n二〇二三年十一月三日  星期五  第2版  要闻\n\n海棠区召开防汛会议\n"
        "本报讯 11月1日，海棠区召开防汛工作会议。\n记者 孙丽\n"
    )
    d = parse_dict(text)
    assert d["unplaced"][:2] == ["海棠时报", "二〇二三年十一月三日 星期五 第2版 要闻"]
    assert d["articles"][0]["title"] == "海棠区召开防汛会议"
    assert d["articles"][0]["date"] == "2023-11-01"


@pytest.mark.parametrize(
    "lead",
    ["本报讯 6月8日至9日，海棠区举办招商推介活动。", "本报讯 近日，海棠区举办招商推介活动。"],
)
def test_a_signed_report_of_the_days_its_lead_names_stays_whole(lead: str) -> None:
    text = f"{lead}\n\n6月9日，推介团一行又到青石镇考察。\n记者 孙丽\n"
    only_article(text)


def test_an_undated_body_without_a_headline_on_a_page_of_headlines_is_flagged() -> None:
    text = (
        "海棠区召开防汛会议\n\n"
        "本报讯 6月1日，海棠区召开防汛工作会议，部署汛期各项工作。\n记者 孙丽\n\n"
        "据悉，全区今年已完成河道清淤12公里，剩余任务将于月底前完成。\n记者 孙丽\n"
    )
    d = parse_dict(text)
    assert d["articles"][1]["title_inferred"]
    assert "boundary_guessed" in d["articles"][1]["warnings"]
    assert "boundary_guessed" not in d["articles"][0]["warnings"]


def test_a_byline_line_without_report_word_over_a_dateline_opens_one_article() -> None:
    text = (
        "踔厉奋发 硕果盈枝\n海棠区年度发展综述\n本报记者 孙丽 通讯员 林青\n\n"
        "本报讯 岁末回望，海棠区交出了一份厚实的答卷。全年新增市场主体8000户。\n"
    )
    art = only_article(text)
    assert art["reporters"] == ["孙丽"]
    assert art["correspondents"] == ["林青"]
    assert art["body"].startswith("本报讯")


def test_a_byline_line_set_apart_over_a_lead_signs_the_next_article() -> None:
    """Headlines stand elsewhere on the page: under the closing credit of one article, a
    blank line, then a byline line right over the next lead is that article's byline."""
    text = (
        "海棠区夜市开市\n海棠区修缮老桥\n\n\n"
        "6月1日，海棠区青石夜市开市，首日客流过万。\n（记者 孙丽）\n\n\n"
        "本报记者 林青 通讯员 葛川\n6月2日，海棠区完成青石老桥修缮，桥面恢复通行。\n"
    )
    d = parse_dict(text)
    assert len(d["articles"]) == 2
    first, second = d["articles"]
    assert (first["reporters"], first["correspondents"]) == (["孙丽"], [])
    assert (second["reporters"], second["correspondents"]) == (["林青"], ["葛川"])
    assert second["body"].startswith("6月2日")


def test_a_second_item_under_youxun_is_an_article_of_its_own() -> None:
    """``又讯`` opens a second item under the same headline's column: the bracketed credit
    above closes the first item, and the second has no headline of its own."""
    text = (
        "海棠区召开春耕备耕推进会\n\n"
        "3月2日，海棠区召开春耕备耕推进会，部署春季农业生产。\n（葛川 林青）\n"
        "又讯 3月2日下午，海棠区农技人员深入青石镇麦田，指导农户科学施肥。\n（林青）\n"
    )
    d = parse_dict(text)
    assert len(d["articles"]) == 2
    first, second = d["articles"]
    assert first["title"] == "海棠区召开春耕备耕推进会"
    assert first["body"].endswith("部署春季农业生产。")
    assert (first["reporters"], first["correspondents"]) == ([], ["葛川", "林青"])
    assert second["body"].startswith("又讯 3月2日下午")
    assert second["title_inferred"]
    assert second["correspondents"] == ["林青"]


def test_a_blank_line_sets_a_story_apart_where_paragraphs_touch() -> None:
    """One paragraph a line, the headlines printed below: an unsigned one-paragraph story, a
    blank line, then a story opening on another day whose paragraphs follow one another with
    no blank line. The blank line ends the first story, the credit closes only the second."""
    text = (
        "5月20日，海棠区召开河长制工作会议，部署夏季河道巡查，区长柏青禾主持会议。\n\n"
        "5月19日，海棠区春季图书交流活动在青石书院举行，交换图书两千余册。\n"
        "活动吸引市民六百余人参加，现场还举办了阅读分享会。\n"
        "（通讯员 林青）\n\n\n"
        "海棠区召开河长制工作会议\n\n海棠区春季图书交流活动举行\n"
    )
    d = parse_dict(text)
    assert len(d["articles"]) == 2
    first, second = d["articles"]
    assert first["body"].endswith("区长柏青禾主持会议。")
    assert first["correspondents"] == []
    assert second["body"].startswith("5月19日")
    assert second["correspondents"] == ["林青"]
    assert first["title"] == "海棠区召开河长制工作会议"
    assert second["title"] == "海棠区春季图书交流活动举行"


def test_a_credited_caption_between_two_articles_belongs_to_neither() -> None:
    text = (
        "海棠区夜市开市\n\n本报讯 6月1日，海棠区青石夜市开市，首日客流过万。\n\n摄影 孙丽\n\n"
        "开市后的夜市人头攒动。（林青 摄）\n\n"
        "海棠区举办荷花节\n\n本报讯 6月2日，海棠区第三届荷花节在白鹭湾开幕。\n"
    )
    page = parse_page(text.encode("utf-8"), "conventions.txt")
    assert page_chars_accounted(page)
    assert len(page.articles) == 2
    assert "开市后的夜市人头攒动。（林青 摄）" in page.unplaced
    assert page.articles[0].reporters == ["孙丽"]


def test_a_closing_byline_wrapped_over_two_lines_closes_its_article() -> None:
    """``……（记`` / ``者 X）`` and ``（通讯员`` / ``Y）``: the wrap falls inside the bracket; the
    two halves are one byline, not the body's last words."""
    text = (
        "海棠区检查汛前准备\n"
        "6月3日，区长柏青禾带队检查汛前准\n"
        "备工作，要求各单位落实值守。（记\n"
        "者 葛川）\n\n\n"
        "白鹭湾社区开展义诊\n"
        "6月4日，白鹭湾社区联合区医院开\n"
        "展义诊，服务居民二百余人次。（通讯员\n"
        "林青）\n"
    )
    first, second = parse_dict(text)["articles"]
    assert first["body"].endswith("落实值守。")
    assert first["reporters"] == ["葛川"]
    assert second["body"].endswith("二百余人次。")
    assert second["correspondents"] == ["林青"]


def test_a_caption_under_a_headline_printed_after_its_article_belongs_to_neither() -> None:
    """Headlines after their articles: an unsigned comment, its label and title, then a photo's
    caption set apart, then a dated story. The caption starts no body and ends none; the story
    under it starts where its lead does."""
    text = (
        "6月5日，海棠区召开防汛调度会，部署\n"
        "主汛期各项工作。（记者 葛川）\n"
        "海棠区召开防汛调度会\n\n\n"
        "一条小巷的整治，牵动着千家万户。\n"
        "把居民的意见摆在前头，事情就好办。\n"
        "时评\n"
        "小巷整治见温度\n\n\n"
        "图为整治后的青石巷。\n"
        "（孙丽 摄）\n\n\n"
        "6月4日，白鹭湾街道召开居民恳谈会，\n"
        "听取青石巷整治意见。（通讯员 林青）\n"
        "白鹭湾街道听取整治意见\n"
    )
    page = parse_page(text.encode("utf-8"), "conventions.txt")
    assert page_chars_accounted(page)
    assert [a.title for a in page.articles] == [
        "海棠区召开防汛调度会",
        "小巷整治见温度",
        "白鹭湾街道听取整治意见",
    ]
    assert page.articles[1].column == "时评"
    assert page.articles[1].body.endswith("事情就好办。")
    assert "图为整治后的青石巷。" in page.unplaced
    assert page.articles[2].body.startswith("6月4日")


def test_a_notice_keeps_its_signature_and_is_dated_by_it() -> None:
    """A notice signed by its office and dated under ``特此通知。``: the signature is the
    notice's closing text (no new article at the date line), and its date is the notice's,
    not the days it announces."""
    text = (
        "2025年6月20日 星期五\n\n"
        "关于青石路夜间施工的通知\n"
        "因管网改造，6月25日至6月30日每晚\n"
        "青石路实行半幅通行，请绕行。\n"
        "特此通知。\n"
        "海棠区城市管理局\n"
        "2025年6月18日\n\n\n"
        "白鹭湾社区开展义诊\n"
        "6月17日，白鹭湾社区联合区医院开展\n"
        "义诊，服务居民二百余人次。（通讯员 林青）\n"
    )
    notice, story = parse_dict(text)["articles"]
    assert notice["title"] == "关于青石路夜间施工的通知"
    assert notice["body"].replace("\n", "").endswith("海棠区城市管理局2025年6月18日")
    assert notice["date"] == "2025-06-18"
    assert story["title"] == "白鹭湾社区开展义诊"
    assert story["body"].startswith("6月17日")


def test_a_subhead_over_a_quotation_inside_a_feature_stays_body() -> None:
    """A feature signed over its body, with a short subhead printed right under a finished
    sentence and a quotation under it: a section of the same story, not a new one (an
    interview opening on a quotation stands under a headline set apart by a blank line)."""
    text = (
        "青石湾：老码头有了新生意\n"
        "本报记者 葛川\n"
        "6月8日傍晚，青石湾码头灯火渐起。\n"
        "沿河步道上，一家家小店陆续开张。\n"
        "旧仓库变成新市集\n"
        "“这几间仓库闲了好多年，现在天天有\n"
        "人来。”码头社区主任柏青禾说。\n"
    )
    art = only_article(text)
    assert art["title"] == "青石湾：老码头有了新生意"
    assert art["body"].replace("\n", "").endswith("码头社区主任柏青禾说。")


def test_an_unfinished_last_sentence_ending_on_a_date_is_no_signature() -> None:
    """OCR dropped the full stop after a long clause that ends on a date: no notice's
    signature (office and date alone after the last full stop), so the lead dates the story."""
    text = (
        "青石镇开展汛前检查\n"
        "本报讯 6月3日，青石镇开展汛前安全\n"
        "检查，全镇排查隐患点位二十余处，整\n"
        "改工作将从下周一起持续到今年的6月\n"
        "30日\n"
    )
    assert only_article(text)["date"].endswith("06-03")


def test_credited_captions_under_a_photo_column_label_belong_to_no_article() -> None:
    text = (
        "海棠区夜市开市\n本报讯 6月1日，海棠区青石夜市开市，首日客流过万。\n\n\n"
        "图片新闻\n\n"
        "6月2日，游客在白鹭湾码头排队\n登船。（林青 摄）\n\n"
        "6月3日，园丁在滨河公园修剪\n月季。（孙丽 摄）\n\n\n"
        "海棠区举办荷花节\n本报讯 6月4日，海棠区第三届荷花节在白鹭湾开幕。\n"
    )
    page = parse_page(text.encode("utf-8"), "conventions.txt")
    assert page_chars_accounted(page)
    assert [a.title for a in page.articles] == ["海棠区夜市开市", "海棠区举办荷花节"]
    assert "图片新闻" in page.unplaced


def test_a_quotation_title_over_a_place_lead_opens_an_article() -> None:
    text = (
        "海棠区夜市开市\n本报讯 6月1日，海棠区青石夜市开市，首日客流过万。\n\n\n"
        "“守着这片湖，我们心里有底”\n在白鹭湾社区，一支护湖队每天清晨巡湖。\n"
        "队员们说，湖水一年比一年清。\n"
    )
    page = parse_page(text.encode("utf-8"), "conventions.txt")
    assert page_chars_accounted(page)
    assert [a.title for a in page.articles] == ["海棠区夜市开市", "“守着这片湖，我们心里有底”"]
    assert page.articles[1].body.startswith("在白鹭湾社区")


@pytest.mark.parametrize("between", ["\n", "\n\n\n"])
def test_a_colon_line_over_a_title_is_its_first_half_not_the_body_above(between: str) -> None:
    text = (
        "海棠区夜市开市\n本报讯 6月1日，海棠区青石夜市开市，首日客流过万。"
        + between
        + "区园林局叮嘱：\n赏荷莫越护栏\n"
        + "本报讯（记者 孙丽）6月5日，区园林局发布告示，请游客文明赏荷。\n"
    )
    page = parse_page(text.encode("utf-8"), "conventions.txt")
    assert page_chars_accounted(page)
    first, second = page.articles
    assert first.body.endswith("首日客流过万。")
    assert (second.title, second.subtitle) == ("区园林局叮嘱：赏荷莫越护栏", "")


@pytest.mark.parametrize(
    ("line", "under_title"),
    [
        # A paper's name and the date.
        ("白鹭晚报　2024年3月2日", "\n"),
        # An e-paper's date line alone.
        ("2024年03月02日", "\n\n"),
    ],
)
def test_a_date_line_alone_on_the_first_line_is_the_masthead(line: str, under_title: str) -> None:
    assert is_furniture(line, top=True)
    assert not is_furniture(line)
    text = (
        line
        + "\n\n海棠区举办荷花节"
        + under_title
        + "本报讯 3月1日，海棠区第三届荷花节在白鹭湾开幕。\n"
    )
    page = parse_page(text.encode("utf-8"), "conventions.txt")
    assert [a.title for a in page.articles] == ["海棠区举办荷花节"]
    assert page.articles[0].date.year == 2024


def test_a_title_between_single_blanks_on_a_page_of_touching_paragraphs_opens_a_story() -> None:
    text = (
        "海棠区：夏季书市在白鹭湾开市\n\n"
        "本报讯(记者 孙丽)记者6月3日从海棠区文旅局获悉,夏季书市已在白鹭湾开市,首日吸引读者"
        "逾万人次,百余家书店和出版社设摊,展出图书两万余种。\n"
        "“今年的书市比往年热闹多了。”区文旅局局长柏青山说,书市将持续到月底,每晚九点闭市。\n"
        "据介绍,书市还设立了少儿阅读区和旧书交换角,方便市民带着孩子前来选书换书。\n\n"
        "青石巷一老旧院落用上了新书屋\n\n"
        "过去一到周末,青石巷的孩子们只能在巷口空地上玩耍,院里连张看书的桌子都没有。"
        "日前,院落里的闲置车棚改成了书屋,新添图书三千余册。\n"
        "院落党支部书记米振宇告诉记者,书屋由居民轮流值守,每天开放到晚上八点。\n"
        "“孩子放学就往这里跑。”68岁的居民柳青禾说。\n"
    )
    page = parse_page(text.encode("utf-8"), "conventions.txt")
    assert page_chars_accounted(page)
    assert [a.title for a in page.articles] == [
        "海棠区：夏季书市在白鹭湾开市",
        "青石巷一老旧院落用上了新书屋",
    ]
    assert page.articles[1].body.startswith("过去一到周末")


def test_a_closing_byline_wrapped_right_after_its_bracket_leaves_the_body() -> None:
    text = (
        "海棠区举办荷花节\n本报讯 6月4日，海棠区第三届荷花节\n在白鹭湾开幕，游客逾万人。（\n"
        "通讯员 柏青禾）\n"
    )
    page = parse_page(text.encode("utf-8"), "conventions.txt")
    assert page_chars_accounted(page)
    (article,) = page.articles
    assert article.body.endswith("游客逾万人。")
    assert article.correspondents == ["柏青禾"]


def test_one_ideographic_space_between_parallel_phrases_keeps_one_title() -> None:
    """One ``　`` is the space set between two parallel phrases; a label needs a wider gap."""
    text = (
        "清风拂柳　细雨润田\n\n"
        "本报讯 6月2日，青石镇启动夏季农技下乡活动，走访农户120户。\n记者 孙丽\n"
    )
    art = only_article(text)
    assert (art["title"], art["column"]) == ("清风拂柳 细雨润田", "")


def test_a_reporter_named_in_the_lead_sentence_is_the_articles_reporter() -> None:
    text = (
        "海棠区夜市开市\n"
        "本报讯 6月1日晚，记者葛川在青石夜市看到，摊位前挤满了游客。\n"
        "夜市共有摊位120个。\n"
    )
    art = only_article(text)
    assert art["reporters"] == ["葛川"]
    # The sentence stays body, as ``记者从……了解到`` does.
    assert "记者葛川在青石夜市看到" in art["body"]


def test_a_slogan_kicker_sharing_no_words_stays_over_its_title() -> None:
    """Parallel phrases that match no body, right over a line that says who acts, are that
    title's kicker, not a headline of their own left unplaced."""
    text = (
        "守望青山绿水 共建美丽家园\n青石镇五个村同日启动护林巡查\n——每村十名护林员轮班值守\n"
        "本报记者 孙丽 通讯员 林青\n"
        "本报讯 6月1日，青石镇五个村的护林队同日出发，沿山道巡查林区。\n\n\n"
        "海棠区举办荷花节\n本报讯 6月2日，海棠区第三届荷花节在白鹭湾开幕。\n"
    )
    art, _ = parse_dict(text)["articles"]
    assert (art["kicker"], art["title"], art["subtitle"]) == (
        "守望青山绿水 共建美丽家园",
        "青石镇五个村同日启动护林巡查",
        "——每村十名护林员轮班值守",
    )


def test_a_byline_line_over_the_next_dateline_signs_it_after_a_lead_bracket() -> None:
    """All headlines on top: under an article signed in its lead's bracket, a byline line set
    apart right over the next ``本报讯`` is that article's byline, not a second credit."""
    text = (
        "海棠区夜市开市\n海棠区修缮老桥\n\n\n"
        "本报讯（记者 孙丽）6月1日，海棠区青石夜市\n开市，首日客流过万。\n\n\n"
        "本报记者 林青 通讯员 葛川\n本报讯 昨日，海棠区完成青石老桥修缮，桥面恢复通行。\n"
    )
    d = parse_dict(text, issue_date="2025-06-03")
    assert len(d["articles"]) == 2
    first, second = d["articles"]
    assert (first["reporters"], first["correspondents"]) == (["孙丽"], [])
    assert (second["reporters"], second["correspondents"]) == (["林青"], ["葛川"])
    assert second["title"] == "海棠区修缮老桥"


def test_a_byline_line_over_a_body_opening_on_its_place_signs_the_article_below() -> None:
    """All headlines on top: under an article closed by its own credit, a byline line set apart
    over a body that opens on the place it is set in (no lead word) is that body's byline."""
    text = (
        "海棠区夜市开市\n楼道长柴晓岚：一本台账记了五年\n\n\n"
        "本报讯 6月1日，海棠区青石夜市开市，\n首日客流过万。（记者 孙丽）\n\n\n"
        "本报记者 林青\n在青石街道白鹭社区，提起楼道长柴晓岚，\n居民们都说她心细。\n"
        "五年来，她记满了六本台账。\n"
    )
    d = parse_dict(text, issue_date="2025-06-03")
    assert len(d["articles"]) == 2
    first, second = d["articles"]
    assert first["reporters"] == ["孙丽"]
    assert second["reporters"] == ["林青"]
    assert second["body"].startswith("在青石街道白鹭社区")


def test_a_byline_line_over_a_body_walking_into_its_place_signs_the_article_below() -> None:
    """All headlines on top: under an article signed in its lead's bracket, a byline line set
    apart over a body that opens by walking into its place (``走进X村的…``, no lead word) is
    that body's byline, as over one opening ``在X村，``."""
    text = (
        "海棠区夜市开市\n白杨村：一间书屋暖了乡邻\n\n\n"
        "本报讯（记者 孙丽）6月1日，海棠区青石夜市\n开市，首日客流过万。\n\n\n"
        "本报记者 林青 通讯员 葛川\n走进青石镇白杨村的农家书屋，书架上\n摆满了农技书籍。\n"
        "村民们说，农闲时都爱来这里坐坐。\n"
    )
    d = parse_dict(text, issue_date="2025-06-03")
    assert len(d["articles"]) == 2
    first, second = d["articles"]
    assert (first["reporters"], first["correspondents"]) == (["孙丽"], [])
    assert (second["reporters"], second["correspondents"]) == (["林青"], ["葛川"])
    assert second["body"].startswith("走进青石镇白杨村")


def test_captions_credited_on_their_own_line_under_a_photo_label_belong_to_no_article() -> None:
    text = (
        "海棠区夜市开市\n本报讯 6月1日，海棠区青石夜市开市，首日客流过万。\n\n\n"
        "图片新闻\n\n"
        "6月2日，游客在白鹭湾码头排队登船。\n本报记者 林青 摄\n\n"
        "6月3日，园丁在滨河公园修剪月季。\n本报记者 孙丽 摄\n\n\n"
        "荷塘边的“摆渡人”\n本报讯 6月4日清晨，船工葛川又撑船出发了。\n本报记者 孙丽 摄\n"
    )
    page = parse_page(text.encode("utf-8"), "conventions.txt")
    assert page_chars_accounted(page)
    assert [a.title for a in page.articles] == ["海棠区夜市开市", "荷塘边的“摆渡人”"]
    assert page.articles[1].reporters == ["孙丽"]
    assert "本报记者 林青 摄" in page.unplaced


def test_brief_items_each_under_its_own_title_are_articles_even_on_a_day_alone() -> None:
    """``5日，`` under a title line opens a brief as ``6月5日，`` does (the month is the
    issue's)."""
    text = (
        "海棠区夜市开市\n本报讯 6月1日，海棠区青石夜市开市，首日客流过万。\n记者 孙丽\n\n\n"
        "简讯\n\n"
        "青石镇开展防溺水演练\n6月4日，青石镇在白鹭湾开展防溺水演练，\n村民学习救生圈使用。\n\n"
        "白鹭湾社区夜校开课\n5日，白鹭湾社区夜校开课，开设书法、\n舞蹈等8门课程。\n\n"
        "滨河公园增设饮水点\n6月3日，滨河公园新增饮水点6处。\n"
    )
    d = parse_dict(text, issue_date="2025-06-07")
    assert [a["title"] for a in d["articles"]] == [
        "海棠区夜市开市",
        "青石镇开展防溺水演练",
        "白鹭湾社区夜校开课",
        "滨河公园增设饮水点",
    ]
    assert d["articles"][2]["date"] == "2025-06-05"


def test_a_day_number_broken_over_a_line_opens_nothing() -> None:
    """``……自今年6月1`` / ``2日起试运营，……``: a number the wrap broke, no lead."""
    text = (
        "海棠区夜市开市\n本报讯 6月1日，海棠区青石夜市开市。\n\n"
        "据介绍，青石夜市自今年5月1\n2日，起试运营，其间收集意见70条。\n记者 孙丽\n"
    )
    art = only_article(text)
    assert art["body"].endswith("其间收集意见70条。")


def test_a_brief_label_over_an_item_whose_date_is_broken_stays_a_label() -> None:
    """``■6月`` / ``8日，……``: the item opens on a date all the same, so ``简讯`` over it is
    the item's column, never its title."""
    text = (
        "海棠区夜市开市\n本报讯 6月1日，海棠区青石夜市开市，首日客流过万。\n记者 孙丽\n\n\n"
        "简讯\n■6月\n8日，青石镇在白鹭湾开展防溺水演练，村民学习救生圈使用。\n"
        "■6月9日，滨河公园新增饮水点6处。\n"
    )
    d = parse_dict(text)
    brief = d["articles"][1]
    assert brief["column"] == "简讯"
    assert brief["title"] != "简讯"


def test_a_spread_brief_label_over_items_whose_days_hold_ocr_gaps() -> None:
    """``简  讯`` spread over the column is the label; each ``■`` item opening on a day with a
    gap inside its number (``1月1 3日``) is an item of its own."""
    text = (
        "海棠区夜市开市\n本报讯 1月8日，海棠区青石夜市开市，首日客流过万。\n记者 孙丽\n\n"
        "简  讯\n\n"
        "■1月1 0日，青石镇在白鹭湾开展\n防溺水演练，村民学习救生圈使用。\n"
        "■1月1 3日，滨河街道总工会召开\n骑手座谈会，听取意见建议。\n"
    )
    d = parse_dict(text, issue_date="2025-01-17")
    briefs = d["articles"][1:]
    assert briefs[0]["column"] == "简讯"
    assert [a["date"] for a in briefs] == ["2025-01-10", "2025-01-13"]
    assert briefs[1]["body"].startswith("1月1 3日，滨河街道")


def test_a_slogan_kicker_stays_on_a_page_printed_without_blank_lines() -> None:
    """With no blank line anywhere, adjacency says nothing: the slogan is the kicker still."""
    text = (
        "守望青山绿水 共建美丽家园\n青石镇五个村同日启动护林巡查\n"
        "本报讯 6月1日，青石镇五个村的护林队同日出发，沿山道巡查林区。\n记者 孙丽\n"
        "海棠区举办荷花节\n本报讯 6月2日，海棠区第三届荷花节在白鹭湾开幕。\n"
    )
    art, _ = parse_dict(text)["articles"]
    assert (art["kicker"], art["title"]) == (
        "守望青山绿水 共建美丽家园",
        "青石镇五个村同日启动护林巡查",
    )


# --- Pages that are not leaders' news: literary, opinion, notices ------------------------


def test_literary_pieces_start_at_their_credit_lines_and_a_poem_stays_whole() -> None:
    """A literary page prints no lead word and no date: each piece opens under its title and
    an author line (``文/X``, a bare name, ``□ X``), which credits the author and is no body;
    a poem's short lines and its stanza breaks stay one article."""
    text = (
        "海棠晚报　2025年4月9日　星期三　第6版\n\n"
        "青石旧事\n"
        "渡口的老船\n"
        "文/柏青禾\n"
        "镇子西头有个渡口，渡口边拴着一条老\n"
        "木船，船帮上的漆早就褪成了灰白色。\n"
        "每年汛期过后，摆渡的老伯都要把船拖\n"
        "上岸，刷一遍桐油，再推回水里。\n\n\n"
        "柳笛\n"
        "葛素云\n"
        "折一截新柳\n"
        "拧出一声短笛\n"
        "河对岸的孩子\n\n"
        "也拧了一支\n"
        "回我一声长的\n\n\n"
        "闲窗小记\n"
        "外 婆 的 针 线 筐\n"
        "□ 苗知秋\n"
        "外婆的针线筐是竹篾编的，边上缠着一\n"
        "圈蓝布，里面装着顶针、线团和剪刀。\n"
    )
    essay, poem, note = parse_dict(text)["articles"]
    assert (essay["column"], essay["title"], essay["reporters"]) == (
        "青石旧事",
        "渡口的老船",
        ["柏青禾"],
    )
    assert essay["body"].startswith("镇子西头")
    assert (poem["title"], poem["reporters"]) == ("柳笛", ["葛素云"])
    assert poem["body"].startswith("折一截新柳")
    assert poem["body"].replace("\n", "").endswith("回我一声长的")
    assert (note["column"], note["title"], note["reporters"]) == (
        "闲窗小记",
        "外婆的针线筐",
        ["苗知秋"],
    )
    assert note["body"].startswith("外婆的针线筐是竹篾编的")
    assert [a["date"] for a in (essay, poem, note)] == [None, None, None]


def test_a_commentator_credit_and_a_bare_author_line_are_no_title() -> None:
    """``本报评论员`` under a commentary's title credits no one by name; ``□ X`` under a
    column's title is its author. Neither line joins the title or the body."""
    text = (
        "言论\n"
        "让老街多一些烟火气\n"
        "本报评论员\n"
        "老街的魅力，在于生活本身。留住老\n"
        "店铺、老手艺，老街才有味道。\n\n\n"
        "青石观察\n"
        "别让便民摊变成扰民摊\n"
        "□ 葛川\n"
        "便民摊方便了居民，可一到深夜，吆\n"
        "喝声就让楼上的老人睡不好觉。\n"
    )
    first, second = parse_dict(text)["articles"]
    assert (first["column"], first["title"], first["reporters"]) == (
        "言论",
        "让老街多一些烟火气",
        [],
    )
    assert first["body"].startswith("老街的魅力")
    assert (second["column"], second["title"], second["reporters"]) == (
        "青石观察",
        "别让便民摊变成扰民摊",
        ["葛川"],
    )
    assert second["body"].startswith("便民摊方便了居民")


def test_a_readers_closing_signature_is_a_credit_not_body() -> None:
    """A reader's letter closes with ``（读者 X）`` run on after its last sentence: X is a
    correspondent (a contributor, as bare names in a closing bracket are), and no body."""
    text = (
        "读者来信\n"
        "小区门口多了一条盲道\n"
        "编辑同志：我家楼下新铺了一条盲道，\n"
        "眼睛不好的老邻居出门方便多了。我想\n"
        "借报纸说声谢谢。（读者 林青）\n"
    )
    art = only_article(text)
    assert art["body"].replace("\n", "").endswith("借报纸说声谢谢。")
    assert (art["reporters"], art["correspondents"]) == ([], ["林青"])


def test_a_comment_under_its_own_label_is_not_part_of_the_story_above() -> None:
    """A ``短评`` label and its title printed under a news item, one blank line apart: a
    comment of its own (no lead word, no byline), not a subhead of the item."""
    text = (
        "青石巷装上了路灯\n"
        "本报讯（记者 孙丽）4月8日，青石巷新\n"
        "装的24盏路灯全部点亮，巷子里的居民\n"
        "晚上出门不再摸黑。\n\n"
        "短评\n"
        "灯亮了　心暖了\n"
        "一盏路灯花钱不多，照亮的却是居民回\n"
        "家的路。小事办实了，民心就近了。\n"
    )
    story, comment = parse_dict(text, issue_date="2025-04-09")["articles"]
    assert story["body"].replace("\n", "").endswith("晚上出门不再摸黑。")
    assert (comment["column"], comment["title"]) == ("短评", "灯亮了 心暖了")
    assert comment["body"].startswith("一盏路灯花钱不多")
    assert (comment["reporters"], comment["date"]) == ([], None)


def test_notices_end_at_their_signature_and_the_next_short_title_opens_the_next() -> None:
    """Notices print no lead word: a title over two lines on top, a body, then the signing
    office and the date alone. The date closes the notice, so the short title under it (past
    a service box) heads the next notice instead of running into the one above."""
    text = (
        "海棠晚报　2025年4月9日　星期三　第3版\n\n"
        "关于青石路部分路段施工期间\n"
        "实行临时交通管制的通告\n"
        "为保障青石路管网改造工程顺利实施，现\n"
        "决定对青石路部分路段实行交通管制。\n"
        "特此通告。\n"
        "海棠区城市管理局\n"
        "2025年4月7日\n\n\n"
        "【便民信息】\n"
        "天气　晴　8℃～20℃\n"
        "便民热线 12345\n\n\n"
        "停电通知\n"
        "因线路检修，定于4月12日8时至18\n"
        "时对白鹭湾片区暂停供电，请提前做\n"
        "好准备。\n"
        "海棠区供电服务站\n"
        "2025年4月8日\n\n\n"
        "社区食堂延长\n"
        "晚间营业时间\n"
        "为方便居民就餐，白鹭湾社区食堂自\n"
        "4月10日起晚餐延长至20时。\n"
        "白鹭湾社区居委会\n"
        "2025年4月8日\n"
    )
    arts = parse_dict(text)["articles"]
    assert [a["title"] for a in arts] == [
        "关于青石路部分路段施工期间实行临时交通管制的通告",
        "停电通知",
        "社区食堂延长晚间营业时间",
    ]
    assert [a["body"][:6] for a in arts] == ["为保障青石路", "因线路检修，", "为方便居民就"]
    assert [a["date"] for a in arts] == ["2025-04-07", "2025-04-08", "2025-04-08"]


def test_a_notice_signed_by_two_offices_is_dated_by_its_signature() -> None:
    """Two signing offices, each on its line, then the date: still the notice's signature
    (each line short), so the notice is dated by it, not by the days its clause announces."""
    text = (
        "关于白鹭湾路封闭施工的通告\n"
        "因管网改造，白鹭湾路将于2025年4月20日\n"
        "至5月31日封闭施工，请过往车辆绕行。\n"
        "特此通告。\n"
        "海棠区城市管理局\n"
        "海棠区公安局交通警察大队白鹭湾中队\n"
        "2025年4月10日\n"
    )
    assert only_article(text)["date"] == "2025-04-10"


def test_a_notice_with_a_contact_line_over_its_signature_is_dated_by_it() -> None:
    """A contact line that ends no sentence (``监督电话：…``) over the signing office and the
    date alone on the last line: the date is still the notice's signature, its own paragraph,
    so the notice is dated by it, not by the period it announces."""
    text = (
        "海棠区拟任职干部任前公示\n"
        "经区委研究，决定对下列同志进行任前公示：白鹭生，现任区文旅局副局长。\n"
        "公示时间：2025年4月21日—4月27日。\n"
        "监督电话：0371-12345678\n"
        "中共海棠区委组织部\n"
        "2025年4月20日\n"
    )
    assert only_article(text)["date"] == "2025-04-20"


def test_a_banner_over_the_first_jump_line_is_no_headline_of_the_continued_article() -> None:
    """A special section's banner on the page's first line, then ``（上接第1版）``: the banner
    is the page's, not the title of the article continued under the jump line."""
    text = (
        "青石湾文化旅游节·专版\n\n"
        "（上接第1版）\n"
        "游客在码头排起长队，等候登船夜游。\n"
        "（记者 孙丽）\n\n\n"
        "白鹭湾社区开展义诊\n"
        "本报讯 6月17日，白鹭湾社区联合区医院开展义诊，服务居民二百余人次。\n"
    )
    page = parse_page(text.encode("utf-8"), "conventions.txt")
    assert page_chars_accounted(page)
    continued, story = page.articles
    assert (continued.continued, continued.title) == (True, "")
    assert "青石湾文化旅游节·专版" in page.unplaced
    assert story.title == "白鹭湾社区开展义诊"


@pytest.mark.parametrize(
    ("second", "body"),
    [
        ("解民忧", "6月3日，青石社区十二名网格员走访独居老人，收集诉求三十余条。"),
        ("高质量", "青石社区的网格员每周走访独居老人，收集诉求三十余条。"),
    ],
)
def test_a_short_second_title_line_shaped_like_a_name_stays_in_the_title(
    second: str, body: str
) -> None:
    """A wrapped title's short second line that could pass for a name is no author credit
    over a dated lead (a news page), nor when it is a word of the dictionary."""
    text = f"青石社区网格员走街串巷\n{second}\n{body}\n"
    art = only_article(text)
    assert second in art["kicker"] + art["title"] + art["subtitle"]
    assert (art["reporters"], art["body"][:4]) == ([], body[:4])


def test_a_date_a_sentence_wraps_onto_before_a_column_break_ends_nothing() -> None:
    """A date alone on a line under an unfinished sentence, then a column break: the
    sentence goes on in the next column, no notice's signature ends the article there."""
    text = (
        "青石镇荷花节开幕\n"
        "本报讯 6月1日，青石镇第三届荷花节在白鹭湾开幕，全镇十二个村的\n"
        "农产品集中展销，活动将持续到\n"
        "6月30日\n\n"
        "届时还将举办摄影比赛和荷塘音乐会。\n"
    )
    art = only_article(text)
    assert art["body"].replace("\n", "").endswith("荷塘音乐会。")


# A feature of the kind a 人物 page prints: headline, deck, byline line, then a long body.
_FEATURE_HEAD = "海棠湾的“老娘舅”\n——记白鹭社区党委书记苗青\n本报记者 孙丽\n"
_NEXT_STORY = "\n\n海棠区召开防汛会议\n本报讯 6月1日，海棠区召开防汛工作会议。\n记者 孙丽\n"


def _feature_over_next_story(text: str, issue_date: str | None = None):
    """The first of the two articles of ``text`` (a feature, then ``_NEXT_STORY``), after the
    checks every such page shares: nothing lost, and the story under it is its own."""
    page = parse_page(text.encode("utf-8"), "conventions.txt", issue_date=issue_date)
    assert page_chars_accounted(page)
    feature, story = page.articles
    assert story.title == "海棠区召开防汛会议"
    return feature


def test_a_bracketed_subhead_under_a_one_line_paragraph_is_body() -> None:
    """``【“…”】`` alone between two paragraphs, over a lead that could open a story: a
    subhead of the feature, not a headline of a new article."""
    text = (
        _FEATURE_HEAD + "“苗书记，楼道的灯又坏了！”一大早，苗青的电话就响了。\n"
        "她放下碗筷，拿起工具就出了门。\n"
        "他点了点头。\n"
        "【“事情要一件一件办”】\n"
        "今年以来，社区组建了居民议事会，大事小情都拿到会上商量。\n"
        "如今，小区的路灯全换成了新的。" + _NEXT_STORY
    )
    feature = _feature_over_next_story(text)
    assert feature.title == "海棠湾的“老娘舅”"
    assert "【“事情要一件一件办”】" in feature.body
    assert feature.body.rstrip().endswith("新的。")


@pytest.mark.parametrize(
    "note", ["采访那天，苗青一个上午接了二十多个电话。", "6月1日，记者再次来到白鹭社区。"]
)
def test_a_reporters_note_closing_a_feature_is_its_body(note: str) -> None:
    """A ``记者手记`` box under a feature, with no headline or byline of its own: the
    reporter's own close to the story, label included, not a byline nor a new article."""
    text = (
        _FEATURE_HEAD + "“苗书记，楼道的灯又坏了！”一大早，苗青的电话就响了。\n"
        "如今，小区的路灯全换成了新的。\n\n"
        "记者手记\n" + note + "\n这句话，记者记在了本子上。" + _NEXT_STORY
    )
    feature = _feature_over_next_story(text)
    assert feature.reporters == ["孙丽"]
    assert "记者手记" in feature.body
    assert feature.body.rstrip().endswith("这句话，记者记在了本子上。")


_NOTE = (
    "编者按：一条街的变化，往往从一盏灯、一\n"
    "张椅、一群人开始。本报今起推出“小巷新\n"
    "事”系列报道，记录身边的变化。\n"
)


def test_an_editors_note_starts_the_feature_over_its_byline_line() -> None:
    """``编者按：……`` under the headline, then the byline line, then the first paragraph:
    the note is the body's start and the byline line opens nothing new."""
    text = (
        "一条小巷的“新生”\n——海棠区白鹭街道治理纪实\n" + _NOTE + "本报记者 孙丽 通讯员 苗青\n"
        "9月的一个清晨，白鹭街道的小巷还笼罩\n"
        "在薄雾里，网格员已经走了一圈。\n"
        "如今，小巷的路灯全换成了新的。" + _NEXT_STORY
    )
    feature = _feature_over_next_story(text)
    assert feature.title == "一条小巷的“新生”"
    assert feature.body.startswith("编者按：")
    assert "9月的一个清晨" in feature.body
    assert (feature.reporters, feature.correspondents) == (["孙丽"], ["苗青"])


def test_a_byline_under_a_later_paragraph_of_a_noted_article_still_closes_it() -> None:
    """A note, then a paragraph of the body ended on a short line, then a byline: the
    byline closes the article (it is under the body, not under the note)."""
    text = (
        "一条小巷的“新生”\n" + _NOTE + "网格员已经走了一圈，小巷的路灯全换成\n"
        "了新的。\n记者 孙丽\n"
        "本报讯 6月1日，海棠区召开防汛工作会议。\n"
    )
    page = parse_page(text.encode("utf-8"), "conventions.txt")
    assert page_chars_accounted(page)
    feature, story = page.articles
    assert feature.body.startswith("编者按：") and feature.reporters == ["孙丽"]
    assert story.body.startswith("本报讯")


@pytest.mark.parametrize("gap", ["", "\n"])
def test_a_title_repeated_right_over_the_jump_line_is_the_continued_articles(gap: str) -> None:
    """``X`` / ``（上接第一版）``: the continued article's title printed again on this page;
    set apart from the jump line by a blank line, the line is the page's banner instead."""
    text = (
        f"海棠湾的“幸福账本”\n{gap}（上接第一版）\n三、让老人吃上“放心饭”\n"
        "社区食堂开张后，老人们有了吃饭的地方。\n（记者 孙丽）\n\n\n"
        "白鹭湾社区开展义诊\n本报讯 6月17日，白鹭湾社区联合区医院开展义诊。\n"
    )
    page = parse_page(text.encode("utf-8"), "conventions.txt")
    assert page_chars_accounted(page)
    continued, story = page.articles
    assert continued.continued and continued.body.startswith("三、")
    title = "" if gap else "海棠湾的“幸福账本”"
    assert (continued.title, continued.title_inferred) == (title, False)
    assert story.title == "白鹭湾社区开展义诊"


def test_a_continued_story_opening_the_page_leaves_the_headline_under_it_to_the_next() -> None:
    """``（上接第一版）`` opens the page on a body, yet its headline was printed where it began:
    the headline under it heads the story below, and a cluster closing the page holds the
    headlines of the bodies left without one."""
    text = (
        "（上接第一版）\n要加快建设青藤实验室，推动成果就地转化。\n区领导柏千里出席会议。\n\n"
        "“护河员”上岗 一河一策护清流\n\n"
        "本报讯（记者 龚晓帆）日前，海棠区为全区36条河道逐一配备“护河员”，实行一河一策。\n"
        "“有事就能找到人。”沿河村民卞青禾说。\n\n"
        "本报讯 6月3日，海棠区召开春季植树推进会，部署全区植树造林工作。\n"
        "会议要求，各街道要压实责任，确保苗木成活。\n\n"
        "海棠区部署春季植树\n"
    )
    arts = parse_dict(text)["articles"]
    assert [(a["continued"], a["title"], a["title_inferred"]) for a in arts] == [
        (True, "", False),
        (False, "“护河员”上岗 一河一策护清流", False),
        (False, "海棠区部署春季植树", False),
    ]


def test_a_banner_right_over_the_jump_line_is_no_title() -> None:
    text = (
        "青石湾文化旅游节·专版\n（上接第1版）\n游客在码头排起长队，等候登船夜游。\n（记者 孙丽）\n"
    )
    page = parse_page(text.encode("utf-8"), "conventions.txt")
    assert page.articles[0].title == ""
    assert "青石湾文化旅游节·专版" in page.unplaced


WRAPPED_WORD_BEFORE_YILAI = """海棠区新设企业860户
本报讯（通讯员 柏一舟）第三季度，
海棠区新设企业860户，同比增长
8.2%；截至9月底，全区实有
经营主体达5.3万户。
区商务局副局长韦青松介绍，今
年以来，新设企业中餐饮零售、文
化服务类企业占比超过一半。


梧桐路夜市开张
本报讯 10月下旬，梧桐路夜市开张，首批入驻摊位120
个，涵盖小吃、文创、日用百货等类别。街道组织城管、
市场监管等部门联合巡查，每天收摊后清运垃圾，夜市周
边道路秩序井然。据统计，开张首周夜市接待市民超过3
万人次，带动周边商户营业额增长两成。
"""


def test_a_word_wrapped_before_yilai_opens_no_article() -> None:
    """``今`` / ``年以来，``: one character before 以来 is the tail of a word broken at the line
    end, not a time phrase, so the line above is no headline over a new lead."""
    first, second = parse_dict(WRAPPED_WORD_BEFORE_YILAI)["articles"]
    assert first["body"].endswith("占比超过一半。")
    assert second["title"] == "梧桐路夜市开张"


def test_headlines_after_their_articles_on_a_page_closing_with_a_brief_block() -> None:
    """Every headline is printed under its article, and a ``简讯`` block closes the page with
    none of its own: the page still prints its headlines after the bodies, so a headline that
    shares no word with the body above is that body's, not the next one's."""
    text = (
        "本报讯（记者 巫马晴）5月6日，全区\n"
        "防汛工作推进会召开。会议要求，各\n"
        "镇街要做好汛前隐患排查，确保安全\n"
        "度汛。\n"
        "全区部署汛前隐患排查工作\n\n\n"
        "本报记者 仉一舟 文/图\n"
        "5月7日，在青柳湖畔的草坪上，\n"
        "十多只风筝迎风而起，不少市民举\n"
        "着手机拍个不停。\n"
        "春 日 放 飞   纸 鸢 “ 上 天 ”\n\n\n"
        "本报讯 5月8日，槐荫小学的孩子们\n"
        "走进校园苗圃，给新栽的树苗浇水、\n"
        "松土。（通讯员 郗小满）\n\n"
        "苗圃里的一堂课\n\n\n"
        "简讯\n"
        "■5月9日，区图书馆举办绘本共读\n"
        "活动，40组家庭参加。\n"
        "■5月10日晚，区文化馆上演越调经\n"
        "典选段，吸引200余名观众。\n"
    )
    page = parse_page(text.encode("utf-8"), "conventions.txt")
    assert page_chars_accounted(page)
    titles = [(a.title, a.title_inferred) for a in page.articles]
    assert titles[:3] == [
        ("全区部署汛前隐患排查工作", False),
        ("春日放飞 纸鸢“上天”", False),
        ("苗圃里的一堂课", False),
    ]
    assert [inferred for _, inferred in titles[3:]] == [True, True]


_JUMPED = (
    "海棠区召开防汛工作会议\n"
    "本报讯（记者 孙丽）6月1日，海棠区召\n开防汛工作会议，部署汛期各项工作。\n"
    "会议要求，各街道要压实责任，确保安\n全度汛，对照任务清单逐项\n（下转第2版）\n\n\n"
)


@pytest.mark.parametrize(
    "caption",
    [
        "6月2日，在白鹭湾公园的新步道上，居民们正在晨练健身。\n本报记者 柯青 摄\n\n\n",
        "图为6月2日，工人在青石社区铺设管线。（本报记者 柯青 摄）\n\n\n",
    ],
)
def test_a_label_opening_on_today_over_a_headline_under_a_caption_is_the_column(
    caption: str,
) -> None:
    """A front page's own-line label ``今日X`` over a title and its ``——`` deck, set apart
    under a caption: the label opens on a time word as a ``今日，……`` lead does, but it runs
    into the headline down to the dateline, so it is the column (h-rule), no article."""
    labelled = (
        "今日视点\n加装电梯审批再提速\n——全区本月新开工电梯十七部\n"
        "本报讯（记者 孙丽）“以前上楼要歇两回\n，现在一按就到家。”6月3日，在白鹭\n"
        "街道青石社区，居民柯大年对记者说。\n"
    )
    articles = parse_dict(_JUMPED + caption + labelled)["articles"]
    got = [(a["column"], a["title"], a["subtitle"]) for a in articles]
    assert got == [
        ("", "海棠区召开防汛工作会议", ""),
        ("今日视点", "加装电梯审批再提速", "——全区本月新开工电梯十七部"),
    ]
    assert articles[1]["body"].startswith("本报讯")


def test_a_scan_call_set_apart_from_its_verb_is_furniture_not_a_deck() -> None:
    """``扫一扫 下载“X”客户端`` under the headline printed after the last article: the QR line
    (a space between the call and its verb) is the paper's notice, no deck of that headline."""
    text = (
        "白鹭湾公园开放\n本报讯（记者 孙丽）6月2日，白鹭湾公\n"
        "园建成开放，市民可免费入园游览。\n\n\n"
        "郑报融媒讯 6月4日，海棠区“夏日清凉”\n送清凉活动启动，为环卫工人送去防暑\n"
        "物品。（记者 孙丽）\n“夏日清凉”送清凉活动启动\n\n\n"
        "扫一扫 下载“海棠发布”客户端 看更多新闻\n"
    )
    d = parse_dict(text)
    last = d["articles"][-1]
    assert (last["title"], last["subtitle"]) == ("“夏日清凉”送清凉活动启动", "")
    assert "扫一扫 下载“海棠发布”客户端 看更多新闻" in d["unplaced"]


def test_a_labelled_comment_in_a_narrower_column_opens_under_its_title() -> None:
    """A ``短评`` label and its title under a double blank line, over a comment set in a
    column narrower than the story above: the comment's first line fills only its own column,
    and it is still a comment of its own, not the story's last paragraphs."""
    text = (
        "本报讯（记者 孙丽）3月12日，海棠区“邻里守望”\n"
        "故事分享会在区文化馆举行。区委常委、宣传部部长\n"
        "柯明远出席，分享会由区文明办主任欧阳青主持。\n"
        "分享会上，10名居民代表依次登台，讲述了楼上楼\n"
        "下互相照应、帮独居老人买菜送药的故事。柯明远\n"
        "指出，要让更多这样的故事在社区里生根发芽。\n\n\n"
        "短评\n"
        "把“守望”落到实处\n"
        "邻里守望不在口号里，而在每\n"
        "天的小事里。一声问候，暖的\n"
        "是一个家；一次搭把手，拉近\n"
        "的是一栋楼。\n"
    )
    story, comment = parse_dict(text, issue_date="2025-03-13")["articles"]
    assert story["body"].replace("\n", "").endswith("在社区里生根发芽。")
    assert story["meetings"][0]["chair"] == "欧阳青"
    assert (comment["column"], comment["title"]) == ("短评", "把“守望”落到实处")
    assert comment["body"].startswith("邻里守望不在口号里")
    assert (comment["meetings"], comment["reporters"]) == ([], [])


def test_a_byline_line_on_the_first_line_of_a_page_opens_the_article_under_it() -> None:
    """``本报记者 X`` as the page's first line, over a dated lead, on a page whose headlines
    follow their articles: the byline of the article under it, not a headline of nothing."""
    text = (
        "本报记者 巫马晴\n"
        "6月3日，记者来到青柳镇，专访了\n"
        "青柳镇镇长仉一舟。\n"
        "记者：今年镇里最忙的是什么？\n"
        "仉一舟：修路。路通了，果子才能\n"
        "卖出去。\n\n"
        "青柳镇：先把路修好\n\n\n"
        "本报讯 6月2日，海棠区召开防汛工作会\n"
        "议，部署汛期各项工作。（记者 孙丽）\n\n"
        "海棠区部署防汛工作\n"
    )
    page = parse_page(text.encode("utf-8"), "conventions.txt", issue_date="2025-06-05")
    assert page_chars_accounted(page)
    interview, story = page.articles
    assert interview.reporters == ["巫马晴"]
    assert interview.title == "青柳镇：先把路修好"
    assert page.unplaced == []
    assert story.title == "海棠区部署防汛工作"


def test_a_commentator_label_over_a_short_title_is_its_column() -> None:
    """``评论员文章`` on its own line over a title only a few characters longer: the label is
    the commentary's column, never the first half of its title."""
    text = (
        "评论员文章\n"
        "让小事不再难办\n"
        "本报评论员\n"
        "群众的事无小事。办好一件件小事，\n"
        "攒下的是实实在在的信任。\n"
    )
    art = only_article(text)
    assert (art["column"], art["title"]) == ("评论员文章", "让小事不再难办")
    assert art["reporters"] == []


def test_a_dated_paragraph_under_an_editors_note_and_its_byline_opens_no_article() -> None:
    """``编者按：……``, the byline line, then a paragraph opening on a full date: the note
    starts the feature and the dated paragraph goes on under it (no second article), and the
    feature is dated by that paragraph, not by the note."""
    text = (
        "一条小巷的“新生”\n" + _NOTE + "本报记者 孙丽 通讯员 苗青\n"
        "6月9日晚7点，白鹭街道的小巷里亮起\n"
        "了新装的路灯，居民们出门纳凉。\n"
        "如今，小巷的路灯全换成了新的。" + _NEXT_STORY
    )
    feature = _feature_over_next_story(text, issue_date="2025-06-12")
    assert feature.body.startswith("编者按：") and "6月9日晚7点" in feature.body
    assert feature.date is not None and feature.date.iso() == "2025-06-09"
    assert feature.reporters == ["孙丽"]


def test_an_editors_note_ending_on_a_full_line_ends_at_its_byline_line() -> None:
    """``编者按：……`` whose last line fills the column, the byline line, then a dated
    paragraph: the byline line stands where a blank would, so the note is a paragraph of its
    own and the feature is dated by the paragraph under it."""
    text = (
        "一条小巷的“新生”\n"
        "编者按：一条街的变化，往往从一盏灯、一\n"
        "张椅开始。本期，我们走进白鹭街道看一看。\n"
        "本报记者 孙丽\n"
        "6月9日，记者走进白鹭街道，小巷里新装\n"
        "的路灯已经亮了，居民们在树下纳凉。\n" + _NEXT_STORY
    )
    feature = _feature_over_next_story(text, issue_date="2025-06-12")
    assert feature.paragraphs[0].startswith("编者按：")
    assert feature.paragraphs[0].endswith("看一看。")
    assert feature.paragraphs[1].startswith("6月9日，")
    assert feature.date is not None and feature.date.iso() == "2025-06-09"


@pytest.mark.parametrize(
    ("text", "title", "dated_line", "month_day"),
    [
        # ``走进X的作坊，……`` tells no day.
        (
            "竹编老匠人的新课堂\n文/图 钱晓岚\n"
            "走进白鹭街道老街的竹\n编作坊，72岁的老匠人\n程立本正教几个孩子编\n小篮子。\n"
            "5月3日，记者在作坊看\n到，架子上摆满了竹篮、\n竹扇。程立本说，如今\n"
            "来学手艺的人越来越多。",
            "竹编老匠人的新课堂",
            "5月3日，记者在作坊看",
            (5, 3),
        ),
        # A profile under a ``——记`` deck and a byline line opening on its place
        # (``在X街道…，……``, no lead word).
        (
            "社区书记的“连心簿”\n——记白鹭街道党工委书记柏远航\n本报记者 钱晓岚 通讯员 葛川\n"
            "在白鹭街道便民服务大\n厅一角，一本写满了字的\n登记簿摊在柏远航的桌\n上。\n"
            "4月9日上午，柏远航又\n来到桃源社区，查看新\n修的楼道扶手。“大家\n"
            "满意，我们才安心。”\n他说。",
            "社区书记的“连心簿”",
            "4月9日上午，柏远航又",
            (4, 9),
        ),
        # A profile under a ``——记`` deck and a byline line opening on a spoken sentence
        # alone (``“……！”``) on its line, no lead word.
        (
            "老街巷口的鼓声又响了\n——记白鹭街道锣鼓队队长柏远航\n本报记者 钱晓岚\n"
            "“鼓点一响，心就亮堂！”\n5月6日晚，在白鹭街道文化站\n的院子里，62岁的柏远航刚刚\n"
            "敲完一段鼓点，额头上已沁出了\n汗。\n他说，敲鼓已敲了三十年，越敲\n"
            "越有劲头。",
            "老街巷口的鼓声又响了",
            "5月6日晚，在白鹭街道文化站",
            (5, 6),
        ),
    ],
)
def test_a_feature_entering_its_place_is_dated_by_its_next_paragraph(
    text: str, title: str, dated_line: str, month_day: tuple[int, int]
) -> None:
    """A feature that opens by walking into its place, on the place itself, or on a spoken
    sentence alone, tells no day: the next paragraph's date dates the same feature, no second
    story under no headline."""
    feature = _feature_over_next_story(text + _NEXT_STORY)
    assert feature.title == title
    assert dated_line in feature.body
    assert feature.date is not None and (feature.date.month, feature.date.day) == month_day


def test_a_feature_opening_on_its_place_and_naming_last_months_day_is_dated_by_it() -> None:
    """``在X社区，……上月12日，……``: the opening names a day (the month before the issue's),
    so it dates the feature itself; the paragraph after it is read for no date."""
    text = (
        "“楼道亮了，心也亮了”\n——记白鹭街道桃源社区党委书记柏远航\n"
        "在桃源社区，提起柏远航，\n老住户都叫他“灯书记”。上月1\n2日，记者跟着他走了一天。\n"
        "“大家满意，我们才安心。”柏\n远航说，去年社区换装楼道灯\n300盏。"
        "（记者 钱晓岚 通讯员 葛川）\n" + _NEXT_STORY
    )
    feature = _feature_over_next_story(text, issue_date="2026-03-06")
    assert feature.date is not None and feature.date.iso() == "2026-02-12"


def test_a_spoken_opening_in_straight_quotes_starts_the_body_under_a_headline_after() -> None:
    """A half-width page printing headlines after their bodies: the body under the headline
    group opens on a spoken sentence in straight quotes (``"…。"``), as one in curly quotes
    does, so the headline closes the body above and the quotation opens the next."""
    text = (
        "郑报融媒讯(通讯员 郗小满)6月3日\n"
        "上午,海棠区文旅局召开夜市管理\n"
        "座谈会,听取摊主意见。会议要求,\n"
        "要把摊位划得更整齐。\n\n"
        "聚焦烟火气 提升满意度\n"
        "海棠区文旅局召开夜市管理座谈会\n\n\n"
        '"堤加固了,心里就踏实了。"6月4日\n'
        "下午,白鹭湾社区召开居民议事会,\n"
        "商量加固河堤的办法。\n"
        "(通讯员 苏航)\n\n"
        "白鹭湾议事会商定护堤方案\n"
    )
    page = parse_page(text.encode("utf-8"), "conventions.txt", issue_date="2025-06-06")
    assert page_chars_accounted(page)
    fair, river = page.articles
    assert (fair.kicker, fair.title) == ("聚焦烟火气 提升满意度", "海棠区文旅局召开夜市管理座谈会")
    assert fair.body.endswith("要把摊位划得更整齐。")
    assert river.body.startswith('"堤加固了，心里就踏实了。"')
    assert river.title == "白鹭湾议事会商定护堤方案"
    assert river.date is not None and river.date.iso() == "2025-06-04"


def test_a_continued_body_takes_no_headline_from_a_cluster_elsewhere() -> None:
    """``（上接第一版）`` at the top: the continued body's headline was printed on page one.
    A headline in the cluster at the bottom that shares its words (the meeting it goes on
    with) is the other body's that names the same work, never the continued one's."""
    text = (
        "（上接第一版）\n"
        "会议强调，河道保洁要常态长效，各街道要对每一段河岸逐段巡查、逐段销号。"
        "会议还研究了其他事项。\n\n"
        "本报讯（记者 孙丽）6月3日，海棠区召开河道保洁推进会，通报上半年巡查发现的"
        "问题。会议要求，对尚未销号的河岸限期清理。\n\n"
        "本报讯（通讯员 苏航）6月4日，青石镇举办夏季消防演练，200余名群众参加。\n\n\n"
        "青石镇消防演练进村\n\n"
        "河道保洁再加力 逐段巡查促销号\n"
    )
    page = parse_page(text.encode("utf-8"), "conventions.txt")
    assert page_chars_accounted(page)
    continued, river, drill = page.articles
    assert (continued.continued, continued.title) == (True, "")
    assert river.title == "河道保洁再加力 逐段巡查促销号"
    assert drill.title == "青石镇消防演练进村"


def test_a_marked_label_under_a_title_is_its_column_not_its_deck() -> None:
    """``■文化青石`` on a line of its own under the title: the mark, dropped in normalising,
    still says the line is the column's label; the byline line under it opens the body."""
    text = (
        "一场市集 烟火气里寻古韵\n■文化青石\n本报记者 钱晓岚\n"
        "6月10日上午，青石镇文化站主办的市集在广场开市，30多个摊位沿广场一字排开。\n" + _NEXT_STORY
    )
    page = parse_page(text.encode("utf-8"), "conventions.txt")
    assert page_chars_accounted(page)
    first = page.articles[0]
    assert (first.title, first.subtitle) == ("一场市集 烟火气里寻古韵", "")
    assert first.column == "文化青石"
    assert first.reporters == ["钱晓岚"]


def test_a_deck_under_its_title_sharing_words_with_the_body_above_stays_its_deck() -> None:
    """Headlines printed after their bodies, a title over its deck with no blank line: the
    deck shares its words with the body two articles up (``……保障各项工作落地``), whose own
    headline is placed. Left without an article of its own, a line under a placed title that
    says no one who acts is that title's deck, not a line of no article."""
    text = (
        " 本报讯 3月2日，海棠区城建工作会议召开。\n"
        "会议要求，各单位要以务实的作风保障各\n"
        "项工作落地，压实责任。\n"
        "记者 柯青\n\n"
        "柯远航在全区城建工作会议上强调\n"
        "以更实举措推动城市品质提升\n\n"
        " 本报讯 3月4日，全区春季植绿动员会\n"
        "召开。区委书记柯远航出席会议，\n"
        "各镇街主要负责人参加。\n"
        "通讯员 郗小满\n\n"
        "全区春季植绿动员会召开\n"
        "以实干作风保障各项工作落地见效\n\n"
        " 本报讯 3月6日，青石镇开展护林巡查，\n"
        "排查火险隐患12处。\n"
        "通讯员 戈一舟\n\n"
        "青石镇开展护林巡查\n"
    )
    page = parse_page(text.encode("utf-8"), "deck_left.txt")
    assert page_chars_accounted(page)
    got = [(a.kicker, a.title, a.subtitle) for a in page.articles]
    assert got[1] == ("", "全区春季植绿动员会召开", "以实干作风保障各项工作落地见效")
    assert page.unplaced == []


def test_a_marked_slogan_over_a_title_is_its_kicker_not_its_column() -> None:
    """``■青春献家乡`` on a line of its own over the title: the page keeps the mark, and the
    line holds a verb, so it is the kicker (a label, ``■文化青石``, would be the column)."""
    text = (
        "■青春献家乡\n“青石青年突击队”开赴工地\n——青石镇团委为8支突击队授旗\n\n"
        "本报讯 6月10日上午，青石镇团委在白鹭湾工地举行授旗仪式。\n记者 钱晓岚\n" + _NEXT_STORY
    )
    page = parse_page(text.encode("utf-8"), "conventions.txt")
    assert page_chars_accounted(page)
    first = page.articles[0]
    assert (first.column, first.kicker) == ("", "青春献家乡")
    assert first.title == "“青石青年突击队”开赴工地"


def test_a_dispatch_from_another_city_opens_on_its_dispatch_word_under_a_sent_from_byline() -> None:
    """``本报深圳专电 昨（9）日，…``: a story the paper's reporter sent from another city opens
    on its dispatch word, a lead word as ``本报讯`` is; the byline line over it is signed with
    where it was sent from (``本报记者 X 发自深圳``), the place no name; the day printed in the
    brackets after ``昨`` dates the story in the issue's month."""
    text = (
        "西岭区赴湾区开展文旅推介\n\n"
        "本报记者 柏青岚 发自深圳\n"
        "本报深圳专电 昨（9）日，西岭区在深圳举办文旅推介会，现场签约文旅项目5个。\n"
        "推介会上，西岭区介绍了古镇、温泉等文旅资源。\n"
    )
    d = parse_dict(text, issue_date="2025-03-10")
    (art,) = d["articles"]
    assert art["title"] == "西岭区赴湾区开展文旅推介"
    assert art["body"].startswith("本报深圳专电 昨（9）日")
    assert (art["reporters"], art["correspondents"]) == (["柏青岚"], [])
    assert art["date"] == "2025-03-09"


def test_an_agency_or_news_sites_dispatch_with_its_day_opens_a_lead() -> None:
    """``某某网青岭6月15日消息（记者 X 实习记者 Y）6月15日下午，…``: a news site's (or an
    agency's, ``新华社X月X日电``) dispatch word with its day is a lead word as ``本报讯`` is, so
    its bracket is the byline and the day after it dates the story; a lead opening on last
    year's day (``去年12月29日上午，``) is dated as printed and titled by what happened."""
    text = (
        "桐花网青岭6月15日消息（记者 柏青岚 实习记者 郝小满）6月15日下午，“初心之路”巡展在"
        "西岭区文化广场开幕。\n"
        "巡展展出历史图片300余幅。\n\n"
        "本报讯 去年12月29日上午，西岭区元旦长跑活动在滨河公园举行，1000余人参加。\n"
    )
    first, second = parse_dict(text)["articles"]
    assert (first["reporters"], first["correspondents"]) == (["柏青岚", "郝小满"], [])
    assert first["date"] == "--06-15"
    assert second["title"] == "西岭区元旦长跑活动在滨河公园举行"
    assert second["date"] == "--12-29"


def test_a_credited_caption_under_an_article_signed_in_its_lead_belongs_to_neither() -> None:
    """Under an article signed over its lead (no closing credit to come), a sentence set apart
    and run on to a photo's credit (``▲……，`` / ``……。　本报记者 X 摄``) is the photo's
    caption: no article of its own, no part of the next; the ``▲`` is decoration."""
    text = (
        "西岭区赴湾区开展文旅推介\n\n"
        "本报记者 柏青岚 报道\n"
        "本报讯 3月9日，西岭区在深圳举办文旅推介会，\n现场签约文旅项目5个。\n\n"
        "▲3月9日，西岭区文旅推介会在深圳举行，\n"
        "5个项目现场签约。　本报记者　柏青岚　摄\n\n"
        "西岭区召开春季植树动员会\n\n"
        "本报讯 3月8日，西岭区召开春季植树动员会，\n部署全年造林任务。\n"
        "记者 甘露\n"
    )
    d = parse_dict(text)
    assert [a["title"] for a in d["articles"]] == [
        "西岭区赴湾区开展文旅推介",
        "西岭区召开春季植树动员会",
    ]
    first, second = d["articles"]
    assert first["body"].endswith("现场签约文旅项目5个。")
    assert second["body"].startswith("本报讯 3月8日")
    assert (first["reporters"], second["reporters"]) == (["柏青岚"], ["甘露"])
