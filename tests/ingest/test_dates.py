from __future__ import annotations

import pytest

from ingest.parser.dates import (
    find_dates,
    lead_dates,
    page_year,
    printed_dates,
    resolve,
    year_for,
)
from ingest.parser.model import PartialDate


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("本报讯 6月8日上午，海棠区召开", [(None, 6, 8)]),
        ("本报讯 10月9日、16日，海棠区分别召开", [(None, 10, 9), (None, 10, 16)]),
        ("本报讯 “要把实事办好。”7月3日下午，海棠区", [(None, 7, 3)]),
        ("本报讯 为推进垃圾分类，5月20日，海棠区", [(None, 5, 20)]),
        ("本报讯 近日，海棠区开展", []),
        ("本报讯 本月初，海棠区", []),
        ("2019年6月8日，海棠区", [(2019, 6, 8)]),
        ("13月40日", []),
        # Gaps OCR left inside a date (a meeting's text keeps its line breaks).
        ("本报讯 6 月 8 日上午，海棠区召开", [(None, 6, 8)]),
        ("会议于10月9日、\n16日分别召开", [(None, 10, 9), (None, 10, 16)]),
        ("2019 年\n6月8日", [(2019, 6, 8)]),
        ("7月31日、40日", [(None, 7, 31)]),
        # A day the month does not have is no date (an OCR misreading), February 29 is.
        ("6月31日", []),
        ("2月29日", [(None, 2, 29)]),
        # OCR gaps between the two digits of a month or a day, a line break inside the day.
        ("本报讯（记者 某甲）9月 2 7\n日，梧桐区", [(None, 9, 27)]),
        ("本报讯（通讯员 某乙）1 1月2\n4日，梧桐区", [(None, 11, 24)]),
        ("2019 年 1 0 月 5 日", [(2019, 10, 5)]),
        # A number that ends the line before is no month's first digit.
        ("增长11\n2月5日", [(None, 2, 5)]),
        # 号 for the day's word, as some sites print it; not a building's number.
        ("9月13号，县长某甲主持召开会议", [(None, 9, 13)]),
        ("住在3月1号楼", []),
    ],
)
def test_find_dates(lead: str, expected: list) -> None:
    assert find_dates(lead) == expected


def test_printed_dates_give_each_date_once_at_its_month() -> None:
    text = "2019年6月8日、9日，区里召开会议。7 月 1 日上午"
    assert printed_dates(text) == [(5, 2019, 6, [8, 9]), (20, None, 7, [1])]
    assert text[5] == "6" and text[20] == "7"


def test_issue_date_year() -> None:
    assert year_for(6, 8, "2019-06-10") == 2019
    assert year_for(6, 8, "2019-06-08") == 2019


def test_issue_date_rollover() -> None:
    assert year_for(12, 30, "2022-01-02") == 2021


@pytest.mark.parametrize(
    ("texts", "months", "expected"),
    [
        (["总结2018年工作", "部署2019年任务"], [3], 2019),
        (["2019年目标", "对比2018年，展望2035年"], [4], 2019),
        (["部署2019年任务", "没有年份"], [3], None),
        (["总结2018年工作", "部署2019年任务"], [12], None),
        (["2017年", "2019年"], [3], None),
        (["没有年份"], [3], None),
        # One article's pair of years is its own story, not the page's date.
        (["总结2018年工作，部署2019年任务", "没有年份"], [3], None),
        # A December review: this year's results and next year's plans settle neither.
        (["2022年完成投资", "2023年计划新开工"], [12, 3], None),
        # No dated article: nothing says the page is early in the year.
        (["2022年完成投资", "2023年计划新开工"], [], None),
    ],
)
def test_page_year_only_when_unambiguous(
    texts: list[str], months: list[int], expected: int | None
) -> None:
    assert page_year(texts, months) == expected


def test_resolve_keeps_printed_year_and_marks_unknown() -> None:
    found = [(None, 6, 8), (2018, 1, 2)]
    assert resolve(found, None, None) == [PartialDate(None, 6, 8), PartialDate(2018, 1, 2)]
    assert resolve(found, "2019-01-05", None)[0] == PartialDate(2018, 6, 8)
    assert PartialDate(None, 6, 8).iso() == "--06-08"


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("本报讯 近日，海棠区荷花节开幕，将持续到6月30日。", []),
        ("本报讯（记者 孙丽）日前，海棠区公布6月1日起施行的新规。", []),
        ("“节目都是居民排的。”6月3日，海棠区消夏晚会开幕。", [(None, 6, 3)]),
        ("为丰富居民生活，6月3日，海棠区举办消夏晚会。", [(None, 6, 3)]),
        # A span summed up first is a clause before the date: the next sentence's day dates
        # the story; 近日 stays dayless, and so does a span whose next sentence opens on no day.
        ("本报讯 今年以来，海棠区共办结案件30件。6月3日，该院集中宣判。", [(None, 6, 3)]),
        ("本报讯 近年来，海棠区新建公园12座。\n6月3日，荷花园开园。", [(None, 6, 3)]),
        ("本报讯 近日，海棠区新建公园12座。6月3日，荷花园开园。", []),
        ("本报讯 今年以来，海棠区新建公园12座，其中荷花园于6月3日开园。", []),
        ("本报讯 今年以来，海棠区新建公园12座。荷花园已于6月3日开园。", []),
        # 连日来 is a span too: a clause before the day that opens the next sentence.
        ("海棠讯（通讯员 柳青）连日来，雨水不断。8月9日傍晚，荷塘村排涝。", [(None, 8, 9)]),
        ("本报讯 连日来，荷塘村组织排涝，疏通沟渠12条。", []),
        # The day after a phrase that sets it (…过后的8月9日) is that sentence's time still.
        ("本报讯 连日来，荷塘村雨水不断。汛期到来后的8月9日，村里组织排涝。", [(None, 8, 9)]),
    ],
)
def test_lead_dates(lead: str, expected: list) -> None:
    assert lead_dates(lead) == expected


@pytest.mark.parametrize(
    ("lead", "issue_date", "expected"),
    [
        ("本报讯（记者 孙丽）昨日，海棠区召开防汛会。", "2024-07-09", [(2024, 7, 8)]),
        ("本报讯 昨天上午，海棠区举办6月30日开幕的荷花节。", "2024-03-01", [(2024, 2, 29)]),
        ("昨日，海棠区启动元旦文化月。", "2025-01-01", [(2024, 12, 31)]),
        # The reporter's own day opening the lead (记者昨日从……获悉) is the story's day too.
        ("本报讯 记者昨日从海棠区农业农村局获悉，秋粮已收获。", "2024-10-09", [(2024, 10, 8)]),
        ("本报讯 本报记者昨天从柳塘街道了解到，老旧管网已改完。", "2024-05-02", [(2024, 5, 1)]),
        # No issue date: the day before what is unknown, and no printed date stands in for it.
        ("昨日，海棠区举办6月30日开幕的荷花节。", None, []),
        # A lead that first sets the scene is dated by the sentence opening on 昨日 after it.
        (
            "本报讯 入伏以来，柳塘街道多措并举防暑。昨日，街道为环卫工送去凉茶。",
            "2024-07-20",
            [(2024, 7, 19)],
        ),
        (
            "本报讯 汛期将至，海棠区未雨绸缪。昨天上午，该区举行防汛演练。",
            "2025-03-01",
            [(2025, 2, 28)],
        ),
        ("本报讯 汛期将至，海棠区未雨绸缪。昨日，该区部署6月30日的演练。", None, []),
        # A date printed before it is the story's.
        (
            "本报讯 7月3日，柳塘街道启动纳凉行动。昨日，街道又送去凉茶。",
            "2024-07-20",
            [(None, 7, 3), (2024, 7, 19)],
        ),
    ],
)
def test_yesterday_is_the_day_before_the_issue(
    lead: str, issue_date: str | None, expected: list
) -> None:
    assert lead_dates(lead, issue_date) == expected


@pytest.mark.parametrize(
    ("lead", "issue_date", "expected"),
    [
        ("本报讯（记者 孙丽）12日上午，海棠区召开防汛会。", "2024-07-13", [(2024, 7, 12)]),
        ("本报讯 5 日，海棠区举办荷花节。", "2024-07-13", [(2024, 7, 5)]),
        # A day still to come in the issue's month is in the month before (the year before too);
        # a day that month does not have names no date.
        ("30日，海棠区启动元旦文化月。", "2025-01-02", [(2024, 12, 30)]),
        ("31日，海棠区开展义诊。", "2024-03-02", []),
        # No issue date: the month is unknown, and no later date stands in for it.
        ("12日，海棠区举办6月30日开幕的荷花节。", None, []),
        # A month printed with the day is an ordinary date.
        ("7月12日，海棠区召开防汛会。", "2024-07-13", [(None, 7, 12)]),
    ],
)
def test_a_day_alone_is_in_the_issue_month(
    lead: str, issue_date: str | None, expected: list
) -> None:
    assert lead_dates(lead, issue_date) == expected


@pytest.mark.parametrize(
    ("lead", "issue_date", "expected"),
    [
        (
            "本报讯 “楼道里的灯又不亮了，谁来管管？”9日晚，桃溪社区议事厅坐满了居民。",
            "2025-05-12",
            [(2025, 5, 9)],
        ),
        (
            "本报讯（记者 孙丽）“水管终于通了！”昨天上午，柳巷村村民围在井边。",
            "2024-07-09",
            [(2024, 7, 8)],
        ),
        # A half-width page prints the quote in straight quotes, its commas made full-width.
        ('"堤加固了,心里踏实了。"6日下午，柳巷村召开议事会。', "2025-05-12", [(2025, 5, 6)]),
        # The quote opens the lead; a relative time word after it dates by no day.
        ("“菜价稳住了，”近日，海棠区菜市场将于6月1日延长营业时间。", "2025-05-12", []),
    ],
)
def test_the_time_word_after_a_spoken_quote_opening_the_lead_is_the_leads(
    lead: str, issue_date: str, expected: list
) -> None:
    """An interview's lead opens on a spoken sentence, then its own time word."""
    assert lead_dates(lead, issue_date) == expected


def test_a_day_of_last_month_takes_the_month_before_the_issue() -> None:
    lead = "在白鹭湾社区，护湖队已巡湖三年。上月9日，队员们又出发了。"
    assert lead_dates(lead, "2025-07-03") == [(2025, 6, 9)]
    assert lead_dates("本报讯 上月30日，青石夜市开市。", "2024-01-12") == [(2023, 12, 30)]
    assert lead_dates("本报讯 上月9日，青石夜市开市。") == []
    assert lead_dates("本报讯 上月30日，青石夜市开市。", "2025-03-02") == []


def test_a_day_of_this_month_takes_the_issue_month() -> None:
    assert lead_dates("本报讯 本月14日，青石镇“茶香课堂”结业。", "2025-08-27") == [(2025, 8, 14)]
    # Even a day still to come is in the issue's month: 本月 names it.
    assert lead_dates("本报讯 本月30日，青石夜市将开市。", "2025-08-27") == [(2025, 8, 30)]
    assert lead_dates("本报讯 本月14日，青石夜市开市。") == []
    assert lead_dates("本报讯 本月初，青石夜市开市。", "2025-08-27") == []


@pytest.mark.parametrize(
    ("lead", "issue_date", "expected"),
    [
        # A span opening on a month, then a day alone: that day of the month printed.
        (
            "本报讯（记者 苗青）3月以来，海棠区开展护林行动。17日清晨，护林员出发。",
            None,
            [(None, 3, 17)],
        ),
        ("本报讯 4月是爱国卫生月。6日上午，海棠区启动清洁行动。", "2025-04-10", [(None, 4, 6)]),
        (
            "入夏以来，河道进入汛期。6月，海棠区的巡河队满员上岗。12日晚，队员巡至北岸。",
            None,
            [(None, 6, 12)],
        ),
        # A month printed with its day is an ordinary date; a day not in the next sentence is none.
        ("3月以来，海棠区开展护林行动，17日结束。", None, []),
        ("本报讯 2月是海棠区的文明月。30日，海棠区举办展演。", None, []),
    ],
)
def test_a_day_after_a_sentence_opening_on_a_month_is_of_that_month(
    lead: str, issue_date: str | None, expected: list
) -> None:
    assert lead_dates(lead, issue_date) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # A letter OCR read for a digit, touching the digits: read as the digit.
        ("二七讯 l2月3日晚，海棠区灯会开幕。", [(None, 12, 3)]),
        ("本报讯 1O月2l日，海棠区秋季运动会开幕。", [(None, 10, 21)]),
        ("本报讯 2O24年1月9日，海棠区冬泳节开幕。", [(2024, 1, 9)]),
        # A letter in a word is no digit: ``Vol`` stays a word, and the date reads as printed.
        ("本报讯 Vol 5月9日，海棠区读书会开幕。", [(None, 5, 9)]),
    ],
)
def test_a_letter_misread_for_a_digit_in_a_date_reads_as_the_digit(
    lead: str, expected: list
) -> None:
    assert lead_dates(lead) == expected


@pytest.mark.parametrize(
    ("lead", "issue_date", "expected"),
    [
        ("本报深圳专电 昨（9）日，西岭区在深圳举办文旅推介会。", "2025-03-10", [(2025, 3, 9)]),
        ("本报讯 今（4）日上午，西岭区文旅节开幕。", "2025-03-04", [(2025, 3, 4)]),
        # the month before the issue's when the day is still to come in the issue's month
        ("本报讯 昨（31）日，西岭区文旅节闭幕。", "2025-04-01", [(2025, 3, 31)]),
        # no issue date: the month is unknown, so no date is made up
        ("本报深圳专电 昨（9）日，西岭区在深圳举办文旅推介会。", None, []),
    ],
)
def test_a_relative_day_printed_with_its_day_in_brackets_is_that_day(
    lead: str, issue_date: str | None, expected: list
) -> None:
    """``昨（9）日``, ``今（4）日``: the day printed in the brackets, in the issue's month, as a
    day printed alone (``9日上午``) is read."""
    assert lead_dates(lead, issue_date) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # the word's day is the dispatch's; the lead's own day follows it
        ("桐花房产网3月7日讯 3月4日，西岭区召开城建工作会议。", [(None, 3, 4)]),
        ("本报6月2日讯（记者 柏青）6月1日，西岭区荷花节开幕。", [(None, 6, 1)]),
        # no day after it: the word's day dates the story
        ("本报4月16日讯（记者 柏青）连日来，樱桃沟游人如织。", [(None, 4, 16)]),
    ],
)
def test_a_lead_word_that_prints_a_day_yields_to_the_leads_own_day(
    lead: str, expected: list
) -> None:
    """``某某网3月7日讯 3月4日，``: a lead word with a day in it (the day it was sent) dates the
    story only when the lead prints no day of its own after it."""
    assert lead_dates(lead) == expected
