from __future__ import annotations

import pytest

from ingest.parser.normalize import collapse_letter_spacing, normalize_line, normalize_text

MEANINGFUL_SPACES = [
    "海棠区召开河道治理工作推进会 确保汛前完成河道清淤",
    "要压实属地责任 坚持问题导向",
    "记者 王小明 通讯员 刘海波 陈静怡",
    # Two counts side by side: the gap parts the title's two phrases.
    "引资12.5亿元 9个项目落地",
    "新增就业860人 3家企业获评",
]

# What normalize_line makes of a printed line: one table, grouped by what the line shows.
NORMALIZED = [
    # Width and punctuation.
    ("ＡＢＣ１２３号楼", "ABC123号楼"),
    ("全年增长15%,超过预期", "全年增长15%，超过预期"),
    ("进展如何?还有哪些问题", "进展如何？还有哪些问题"),
    ("他说:一是抓落实;二是重实效!", "他说：一是抓落实；二是重实效！"),
    ("办事处(管委会)负责人", "办事处（管委会）负责人"),
    ("(1)加强巡查", "（1）加强巡查"),
    # A bracket wrapped over two lines: each half touching Chinese converts on its own line.
    ("完成投资8亿元。(记者 ", "完成投资8亿元。（记者"),
    ("季明远)", "季明远）"),
    ("见下表(单位:", "见下表（单位："),
    # The wrap may leave the open bracket last on its line, right after Chinese.
    ("桐花街道议事会(", "桐花街道议事会（"),
    ("桐 花 街 道 议 事 会 (", "桐花街道议事会（"),
    ("1)加快进度", "1)加快进度"),
    ("(a", "(a"),
    ("税收8.5亿元", "税收8.5亿元"),
    ("视点2+2 海棠区举办", "视点2+2 海棠区举办"),
    ("会议于10:30开始", "会议于10:30开始"),
    ("开展“双争”活动", "开展“双争”活动"),
    # Letter spacing collapses.
    ("区 长 林 树 青 讲 话", "区长林树青讲话"),
    ("6 月 20 日 ，", "6月20日，"),
    ("副 区 长  周 明 远", "副区长 周明远"),
    # One word spread over the column, its gaps all as wide: a label, closed up.
    ("动  态", "动态"),
    ("书   讯", "书讯"),
    # Stray spaces around numbers.
    ("6月 8日下午", "6月8日下午"),
    ("新建 15个停车场", "新建15个停车场"),
    ("回顾 2019 年成绩", "回顾2019年成绩"),
    ("本报讯 6月 8日", "本报讯 6月8日"),
    # Meaningful spaces are kept.
    *[(line, line) for line in MEANINGFUL_SPACES],
]


@pytest.mark.parametrize(("raw", "expected"), NORMALIZED)
def test_normalize_line(raw: str, expected: str) -> None:
    assert normalize_line(raw) == expected


def test_ordinary_line_is_not_letter_spaced() -> None:
    assert collapse_letter_spacing("记者 王小明 通讯员 刘海波") == "记者 王小明 通讯员 刘海波"


def test_text_keeps_blank_lines_and_strips_edges() -> None:
    assert normalize_text("  标题 \n\n\u3000正文。 \n") == "标题\n\n正文。\n"


def test_never_changes_the_words() -> None:
    raw = "本报讯 ６月 ８日,海棠区(东片)开展 2 项活动?是的"
    out = normalize_line(raw)
    strip = str.maketrans("", "", " ,，?？()（）")
    assert out.translate(strip) == "本报讯6月8日海棠区东片开展2项活动是的"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # A name letter-spaced inside a sentence closes up, and onto the sentence around it.
        ("会上，副镇长 庄 砚 秋 宣读了表彰决定", "会上，副镇长庄砚秋宣读了表彰决定"),
        ("甄 朗 汇报了今年以来工作进展", "甄朗汇报了今年以来工作进展"),
        # The wrap cut the run: its last character opens the next line.
        ("钟 通报情况，镇人大主席团主席", "钟通报情况，镇人大主席团主席"),
        ("镇党委副书记、镇长 柏 云", "镇党委副书记、镇长柏云"),
    ],
)
def test_letter_spaced_name_inside_a_sentence(raw: str, expected: str) -> None:
    assert normalize_line(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # A label keeps its gap before a padded name; a bracket says byline.
        ("校对 嵇 岚", "校对 嵇岚"),
        ("（见习记者 龚 泉 记者 汪海澄）", "（见习记者 龚泉 记者 汪海澄）"),
        ("员 戴松年）6月3日，镇里召开", "员 戴松年）6月3日，镇里召开"),
        # A longer label that ends on a role (an outlet's, a media centre's) keeps its gap too.
        ("记者 柳 岸 榕城全媒体 苏 禾", "记者 柳岸 榕城全媒体 苏禾"),
        ("榕城日报记者 苏 禾 通讯员 岑 可", "榕城日报记者 苏禾 通讯员 岑可"),
        # So does a paper's name printed as the role (``X时报 Y``).
        ("青州空港时报 苏 禾 通讯员 岑 可", "青州空港时报 苏禾 通讯员 岑可"),
        # Words parted by a space are never joined.
        ("记者 王小明 通讯员 刘海波", "记者 王小明 通讯员 刘海波"),
        # A label, its colon and a name: the padded name after it is a second name.
        ("记 者:岑书禾 苗 青", "记者：岑书禾 苗青"),
        ("摄影:柏青岚 宁 远", "摄影：柏青岚 宁远"),
    ],
)
def test_letter_spaced_run_never_joins_a_label_or_words(raw: str, expected: str) -> None:
    assert normalize_line(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # Punctuation and brackets glued to the spread characters (``，镇``, ``长（代``).
        ("雨 ，镇 党 委 副 书 记 、镇 长（代 理）", "雨，镇党委副书记、镇长（代理）"),
    ],
)
def test_a_letter_spaced_line_with_marks_glued_to_its_characters_closes_up(
    raw: str, expected: str
) -> None:
    assert normalize_line(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # A title and its deck on one line, the deck opening on a count: the gap is kept.
        ("青石镇“老手艺”图谱编印成册 46位匠人讲述作坊往事",) * 2,
        # A stray gap in a sentence before a number glued to its unit still closes up.
        (
            "本报讯 近日，青石镇举办活动，吸引了 46位匠人参加",
            "本报讯 近日，青石镇举办活动，吸引了46位匠人参加",
        ),
        ("青石镇今年并 12个村", "青石镇今年并12个村"),
    ],
)
def test_a_gap_between_a_title_and_a_deck_opening_on_a_count_is_kept(
    raw: str, expected: str
) -> None:
    assert normalize_line(raw) == expected


def test_a_half_width_closer_wrapped_alone_closes_the_bracket_above() -> None:
    """``……早达效。(通讯员 X Y`` / ``)``: the closer the column wrapped onto a line of its own
    (no CJK beside it) takes the full width of the bracket it closes, so the credit reads
    whole once the closer goes back to its line; one closing nothing stays as printed."""
    text = "确保项目早开工、早达效。(通讯员 柏青岚 郦文山\n)\n区政协视察道路改造"
    assert normalize_text(text).split("\n")[1] == "）"
    assert normalize_text("确保项目早开工。\n)").split("\n")[1] == ")"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("丨记者:岑书禾", "记者：岑书禾"),
        ("｜编辑：苗青", "编辑：苗青"),
        ("两会聚焦丨代表谈发展", "两会聚焦丨代表谈发展"),
    ],
)
def test_a_bar_before_a_credit_line_is_a_mark(raw: str, expected: str) -> None:
    """A news site's bar before each closing credit line is a mark, as a bullet is; inside a
    line (a column's label and its title) it stays."""
    assert normalize_line(raw) == expected
