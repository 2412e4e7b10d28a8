from __future__ import annotations

from collections.abc import Callable

import pytest

from ingest.parser import parse_page
from ingest.parser.layout import (
    build_paragraphs,
    ends_sentence,
    estimate_column_width,
    furniture_lines,
    is_headlineish,
)

from .synth import wrap

PARA_1 = "会议要求，各街道要压实责任，细化清淤方案，确保河道清淤按期完成，汛前全部通过验收。"
PARA_2 = "会议强调，要紧盯危化品仓库和老旧厂房，逐项建立整改台账，限期销号。"


def test_column_width_of_wrapped_text() -> None:
    lines = [*wrap(PARA_1, width=14), "", *wrap(PARA_2, width=14)]
    assert estimate_column_width(lines) == 14


def test_one_paragraph_per_line_has_no_column_width() -> None:
    assert estimate_column_width([PARA_1 * 2, "", PARA_2 * 2, "", PARA_1 * 2]) is None


def test_wrapped_paragraphs_rejoin_across_mid_word_column_breaks() -> None:
    lines = [*wrap(PARA_1, width=12, break_every=3), "", *wrap(PARA_2, width=12, break_every=2)]
    assert "" in lines[:-1]
    assert build_paragraphs(lines, 12) == [PARA_1, PARA_2]


def test_wrapped_short_line_with_full_stop_ends_a_paragraph() -> None:
    lines = [
        "本报讯 近日，海棠区开展植",
        "树活动，共植树千余株。",
        "活动由区林业局组织实施，",
        "各街道积极参与。",
    ]
    assert build_paragraphs(lines, 14) == [
        "本报讯 近日，海棠区开展植树活动，共植树千余株。",
        "活动由区林业局组织实施，各街道积极参与。",
    ]


def test_wrapped_full_width_line_with_full_stop_continues() -> None:
    lines = ["活动由区林业局组织实施。各街", "道积极参与，现场秩序井然有。", "之后继续推进。"]
    assert build_paragraphs(lines, 14) == [
        "活动由区林业局组织实施。各街道积极参与，现场秩序井然有。之后继续推进。"
    ]


def test_one_per_line_column_break_mid_sentence() -> None:
    lines = ["第一段讲了很多内容，还要营造更加整洁、有", "", "序的环境。", "", "第二段。"]
    assert build_paragraphs(lines, None) == [
        "第一段讲了很多内容，还要营造更加整洁、有序的环境。",
        "第二段。",
    ]


# The line-shape predicates of the layout step: lines it holds for, lines it does not.
PREDICATES: dict[Callable[[str], bool], tuple[list[str], list[str]]] = {
    ends_sentence: (
        ["完成。", "他说：“要办好。”", "真的吗？"],
        ["营造更加整洁、有", "“一盘棋”", ""],
    ),
    is_headlineish: (
        ["海棠区召开河道治理工作推进会", "绿色发展 共建共享", "前五个月税收3.2亿元，同比增长12%"],
        [
            "本报讯 近日，海棠区开展植",
            "会议要求，各街道要压实责任，",
            "活动共吸引居民三百余人参与。",
            "长" * 61,
        ],
    ),
}
PREDICATE_CASES = [
    (predicate, line, expected)
    for predicate, (holds, fails) in PREDICATES.items()
    for expected, lines in ((True, holds), (False, fails))
    for line in lines
]


@pytest.mark.parametrize(
    ("predicate", "line", "expected"),
    PREDICATE_CASES,
    ids=[f"{p.__name__}-{line[:8]}" for p, line, _ in PREDICATE_CASES],
)
def test_line_predicates(predicate: Callable[[str], bool], line: str, expected: bool) -> None:
    assert predicate(line) is expected


def test_a_front_page_masthead_weather_and_guide_box_are_furniture() -> None:
    """A front page's masthead block (name over a Latin line, issue number, serial code, lunar
    date, page count), its weather box and its guide to other pages are no article."""
    page = "\n".join(
        [
            "桐花日报",
            "TONGHUA RIBAO",
            "第2345期 国内统一连续出版物号 CN99-0001",
            "2024年3月7日 星期四 农历甲辰年正月廿七 今日8版",
            "",
            "【天气】今天 多云 3℃～15℃ 南风2级",
            "明天 晴 5℃～17℃",
            "",
            "今日导读",
            "第2版 梧桐区召开春耕推进会",
            "▶ 老街新貌 详见第3版",
            "",
            "",
            "桐花街道开展消防演练",
            "本报讯 3月6日，桐花街道在辖区开展高层",
            "建筑消防演练，演练时气温3℃～15℃",
            "200余名居民参加。",
        ]
    )
    lines = page.split("\n")
    found = furniture_lines(lines)
    assert found == set(range(11)) - {4, 7}
    parsed = parse_page(page.encode(), "front.txt")
    (article,) = parsed.articles
    assert article.title == "桐花街道开展消防演练"
    assert parsed.year == 2024


def test_each_row_of_a_list_under_its_heading_is_a_paragraph() -> None:
    """Rows as long as the column (a name, a gap, a unit) stay rows under the list's heading,
    and the signature closing the notice stays apart from the last row."""
    lines = [
        "区委决定，授予邬长庚等4名同志荣誉称号，",
        "特此通报。",
        "桃源区优秀志愿者（4名）",
        "邬长庚 桃源区第二中学",
        "荀晓岚（女） 青石镇卫生院",
        "钭明川 青石镇松林村党支部书记",
        "阙以宁（女） 碧水街道文化站",
        "桃源区青石镇松林村党支部",
        "中共桃源区委员会",
        "2025年4月28日",
    ]
    assert build_paragraphs(lines, 20) == [
        "区委决定，授予邬长庚等4名同志荣誉称号，特此通报。",
        *lines[2:],
    ]
