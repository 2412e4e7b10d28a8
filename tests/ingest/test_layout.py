from __future__ import annotations

import pytest

from ingest.parser.layout import (
    build_paragraphs,
    ends_sentence,
    estimate_column_width,
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("完成。", True),
        ("他说：“要办好。”", True),
        ("真的吗？", True),
        ("营造更加整洁、有", False),
        ("“一盘棋”", False),
        ("", False),
    ],
)
def test_ends_sentence(text: str, expected: bool) -> None:
    assert ends_sentence(text) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("海棠区召开河道治理工作推进会", True),
        ("绿色发展 共建共享", True),
        ("前五个月税收3.2亿元，同比增长12%", True),
        ("本报讯 近日，海棠区开展植", False),
        ("会议要求，各街道要压实责任，", False),
        ("活动共吸引居民三百余人参与。", False),
        ("长" * 61, False),
    ],
)
def test_is_headlineish(line: str, expected: bool) -> None:
    assert is_headlineish(line) is expected
