from __future__ import annotations

import pytest

from ingest.parser import parse_page
from ingest.parser.bylines import (
    completes_byline,
    is_bare_credit,
    is_byline_line,
    is_unit_credit,
    lead_reporter,
    parse_byline,
    split_glued_byline,
    split_lead_byline,
    split_wrapped_unit_credit,
)
from ingest.parser.normalize import normalize_line


@pytest.mark.parametrize(
    ("printed", "reporters", "correspondents"),
    [
        ("记者 王小明", ["王小明"], []),
        # A news site's labels for who wrote and who photographed, a role after the label too.
        ("文字：本报记者岑书禾", ["岑书禾"], []),
        ("文字：本报记者 岑书禾 图片：苗青", ["岑书禾", "苗青"], []),
        ("图片：苗青", ["苗青"], []),
        # A credit set off by a bullet: the bullet is no name's.
        ("□ 岑书禾", ["岑书禾"], []),
        # A photo story's credit closed on its kind, and the reporter who also photographed.
        ("记者 孙丽 通讯员 刘海波 摄影报道", ["孙丽"], ["刘海波"]),
        ("记者 孙丽 文并摄", ["孙丽"], []),
        ("记者 孙丽 通讯员 刘海波", ["孙丽"], ["刘海波"]),
        ("记者 王小明 通讯员 刘海波 陈静怡", ["王小明"], ["刘海波", "陈静怡"]),
        ("记者 王小明\n通讯员 刘海波 陈静怡", ["王小明"], ["刘海波", "陈静怡"]),
        ("本报记者 欧阳明月", ["欧阳明月"], []),
        ("通讯员 马力", [], ["马力"]),
        ("记者 王小明 特约记者 欧阳明月", ["王小明", "欧阳明月"], []),
        ("首席记者 王小明 本报通讯员 刘海波", ["王小明"], ["刘海波"]),
        # An intern reporter is a reporter, as an intern (实习生) is.
        ("（记者 郝小满 实习记者 苏航）", ["郝小满", "苏航"], []),
        ("郑报融媒记者 王小明、孙丽 通讯员 马力", ["王小明", "孙丽"], ["马力"]),
        ("本报记者 王小明 文/图", ["王小明"], []),
        ("文/图 本报记者 王小明", ["王小明"], []),
        ("王小明 摄", ["王小明"], []),
        ("记者 王小明 通讯员 马 力", ["王小明"], ["马力"]),
        # Where the reporters filed from, glued to 报道 after their names, is no name.
        ("青柳网记者韦青 蒙一帆 桃溪报道", ["韦青", "蒙一帆"], []),
        ("本报记者 王小明 桃溪报道", ["王小明"], []),
        ("记者 王小明报道", ["王小明"], []),
        ("记者郝小满通讯员苏航", ["郝小满"], ["苏航"]),
        ("文/郝小满 图/苏航", ["郝小满", "苏航"], []),
        # Photo and text by one person, the two words listed before the slash.
        ("（图、文/郝小满）", ["郝小满"], []),
        ("文、图/郝小满 通讯员 苏航", ["郝小满"], ["苏航"]),
        ("记者：郝小满 苏航 通讯员：马力", ["郝小满", "苏航"], ["马力"]),
        # Names alone in a closing bracket: the contributors who sent the item.
        ("（郝小满 苏航）", [], ["郝小满", "苏航"]),
        ("记者 马力\n（苏航）", ["马力"], ["苏航"]),
        ("（苏航 供稿）", [], ["苏航"]),
        # A unit that sent the item names no one.
        ("（政协办）", [], []),
        ("（青桐街道\n供稿）", [], []),
        # A government site's credit: the unit under its label names no one, the
        # correspondent after ``；`` is one.
        ("（供稿单位：岚山镇综治中心；通讯员：苏航）", [], ["苏航"]),
        ("（供稿单位：区文旅局公共服务科）", [], []),
        # A reader signing a letter sent it; an author's bare name under a title wrote it.
        ("（读者 苏航）", [], ["苏航"]),
        ("郝小满", ["郝小满"], []),
        # A unit and who wrote for it: the name a correspondent.
        ("（白鹭县政协机关 柏青岚）", [], ["柏青岚"]),
        # Names set apart by spaces (glued after the last sentence): contributors, as in a bracket.
        ("柏青岚 郦文山", [], ["柏青岚", "郦文山"]),
        # A role wrapped away from its name still gives the name its role.
        ("通讯员\n苏航", [], ["苏航"]),
        ("记者 郝小满 通讯员\n苏航", ["郝小满"], ["苏航"]),
    ],
)
def test_parse_byline(printed: str, reporters: list[str], correspondents: list[str]) -> None:
    byline = parse_byline(printed)
    assert byline.printed == printed
    assert byline.reporters == reporters
    assert byline.correspondents == correspondents


@pytest.mark.parametrize(
    ("line", "text", "byline"),
    [
        ("交换图书两千余册。记者 赵丽华", "交换图书两千余册。", "记者 赵丽华"),
        ("限期销号。 记者 孙丽 通讯员 马力", "限期销号。", "记者 孙丽 通讯员 马力"),
        ("总投资80万元。 记者 孙丽 摄影报道", "总投资80万元。", "记者 孙丽 摄影报道"),
        ("“要办好实事。”记者 孙丽", "“要办好实事。”", "记者 孙丽"),
        # A unit, or two, and who wrote for it, in a bracket after the last sentence.
        ("确保安全度汛。（白鹭县政协机关 柏青岚）", "确保安全度汛。", "（白鹭县政协机关 柏青岚）"),
        (
            "提档升级。（区委统战部、区工商联 郦文山）",
            "提档升级。",
            "（区委统战部、区工商联 郦文山）",
        ),
        # Two bare names set apart by a space after the last sentence, no bracket.
        ("奋力谱写发展新篇章。柏青岚 郦文山", "奋力谱写发展新篇章。", "柏青岚 郦文山"),
        # Words set apart so are no names.
        ("确保安全。全力 推进 落实", "确保安全。全力 推进 落实", ""),
        # A credit set off by a bullet: a role and names, or a name alone by its shape.
        ("贡献智慧和力量。□ 记者 柏青岚", "贡献智慧和力量。", "□ 记者 柏青岚"),
        ("贡献智慧和力量。□ 岑书禾", "贡献智慧和力量。", "□ 岑书禾"),
        ("贡献智慧和力量。□ 全面推进", "贡献智慧和力量。□ 全面推进", ""),
    ],
)
def test_glued_byline_is_split(line: str, text: str, byline: str) -> None:
    assert split_glued_byline(line) == (text, byline)


def test_glued_byline_after_a_half_width_stop_is_split() -> None:
    """A page set in half-width punctuation ends its last sentence on ``.``: the byline glued
    after it (``……完工. 记者 X``) closes the article as after ``。``."""
    line = "确保年内全面完工. 记者 蒙小荷"
    assert split_glued_byline(line) == ("确保年内全面完工.", "记者 蒙小荷")
    assert split_glued_byline("版本号为3.记者 蒙小荷") == ("版本号为3.记者 蒙小荷", "")


@pytest.mark.parametrize(
    "line",
    ["据记者了解，", "记者走访发现，居民满意", "交换图书两千余册。", "记者 赵丽华"],
)
def test_not_a_glued_byline(line: str) -> None:
    assert split_glued_byline(line) == (line, "")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("记者 王小明", True),
        ("记者 王小明 通讯员 刘海波 陈静怡", True),
        ("通讯员 刘海波", True),
        ("（图、文/刘海波）", True),
        ("（供稿单位：区文旅局公共服务科；通讯员：刘海波）", True),
        # a photo story's credit: the photo's label before the roles
        ("摄影 记者 王小明 通讯员 刘海波", True),
        # an outlet named as its media centre (``X融媒体``) before the role
        ("青柳融媒体记者 王小明", True),
        ("记者走访了解到，", False),
        ("记者 王小明说，", False),
        ("记者 王小明欧阳明月", False),
    ],
)
def test_is_byline_line(line: str, expected: bool) -> None:
    assert is_byline_line(line) is expected


def test_a_report_line_last_on_the_page_closes_the_article_above() -> None:
    """``X网记者 A B 某地报道`` under the last sentence, nothing after it: the article's
    closing credit, no article of its own."""
    text = (
        "桃溪县人代会闭幕\n\n1月8日上午，桃溪县第十四届人民代表大会第六次会议圆满完成"
        "各项议程，胜利闭幕。\n雄壮的国歌声中，大会落下帷幕。\n青柳网记者韦青 蒙一帆 桃溪报道\n"
    )
    parsed = parse_page(text.encode(), "report_line_last.txt")
    (article,) = parsed.articles
    assert article.byline == "青柳网记者韦青 蒙一帆 桃溪报道"
    assert article.reporters == ["韦青", "蒙一帆"]
    assert article.body.endswith("大会落下帷幕。")


def test_an_outlet_reporting_with_its_byline_in_brackets_opens_the_article() -> None:
    """``某某报道（记者 X）`` over the lead: the outlet reports, the bracket is the byline; no
    headline, the article's title is inferred from its lead."""
    text = "青柳融媒报道（记者 柏青岚）\n9月11日，区委书记郝远在桃溪镇调研时指出，要抓机遇。\n"
    (article,) = parse_page(text.encode(), "outlet_report.txt").articles
    assert article.reporters == ["柏青岚"]
    assert article.body.startswith("9月11日")
    assert article.title == "区委书记郝远在桃溪镇调研时指出"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("（郝小满 苏航）", True),
        ("（苏航）", True),
        ("（待续）", False),
        ("（草案）说明", False),
        # A unit that sent the item is no person.
        ("（政协办）", False),
        ("（青桐街道）", False),
        ("（岚山镇 供稿）", False),
        # A person who sent the item.
        ("（苏航 供稿）", True),
        # A person and the unit they write for.
        ("（区委宣传部 苏航）", True),
    ],
)
def test_is_bare_credit(line: str, expected: bool) -> None:
    assert is_bare_credit(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("（政协办）", True),
        ("（区文旅局）", True),
        ("（青桐街道 供稿）", True),
        ("（岚山镇综治中心供稿）", True),
        ("（苏航）", False),
        ("（郝小满 苏航）", False),
        ("（记者 苏航）", False),
        ("（苏航 供稿）", False),
        ("（岚山文化站供稿）", True),
        ("（供稿单位：区文旅局公共服务科）", True),
        ("（供稿单位：区文旅局；通讯员：苏航）", False),
        ("文字报道：区人大常委会财经工委", True),
        ("文字报道：苏航", False),
    ],
)
def test_is_unit_credit(line: str, expected: bool) -> None:
    assert is_unit_credit(line) is expected


@pytest.mark.parametrize(
    ("lines", "bracket"),
    [
        # The role 记者 wrapped after its first character closes up again.
        (
            ["本报讯（通讯员 韦青 蒙一帆 记", "者 郁川）6月3日，海棠区"],
            "（通讯员 韦青 蒙一帆 记者 郁川）",
        ),
        # A name wrapped inside and a break between two names, in one bracket.
        (
            ["本报讯（记者 卜晴 伍子", "瑜 通讯员 向禾 莫川", "禾 晏青）6月3日，海棠区"],
            "（记者 卜晴 伍子瑜 通讯员 向禾 莫川禾 晏青）",
        ),
        (
            ["本报讯（记者 卜晴 伍子", "瑜 通讯员 向禾 莫川", "晏青）6月3日，海棠区"],
            "（记者 卜晴 伍子瑜 通讯员 向禾 莫川 晏青）",
        ),
    ],
)
def test_lead_bracket_wrapped_inside_a_word(lines: list[str], bracket: str) -> None:
    body, printed = split_lead_byline(lines)
    assert printed == bracket
    assert body == ["本报讯 6月3日，海棠区"]


@pytest.mark.parametrize(
    ("outlet", "reporters", "correspondents"),
    [
        ("华原报业传媒集团全媒体新闻中心记者 卜晴 伍子瑜", ["卜晴", "伍子瑜"], []),
        ("南湖区融媒体中心记者 卜晴 通讯员 向禾", ["卜晴"], ["向禾"]),
        ("江城日报客户端记者 卜晴", ["卜晴"], []),
    ],
)
def test_lead_bracket_with_a_newsroom_or_app_before_the_role(
    outlet: str, reporters: list[str], correspondents: list[str]
) -> None:
    """A group's full name with its newsroom (``…新闻中心记者``), or a paper's app
    (``…客户端记者``), is the outlet of the role, however long the name."""
    body, printed = split_lead_byline([f"本报讯（{outlet}）6月3日，海棠区召开防汛会议。"])
    assert body == ["本报讯 6月3日，海棠区召开防汛会议。"]
    byline = parse_byline(printed)
    assert (byline.reporters, byline.correspondents) == (reporters, correspondents)


@pytest.mark.parametrize(
    "lines",
    [
        ["本报讯 记者 韦青 通讯员 蒙一帆 报道", "6月3日，海棠区", "召开防汛会议。"],
        ["本报讯 记者 韦青 通讯员 蒙一帆 报道 6月3日，海棠区", "召开防汛会议。"],
        # Wrapped by the column over two lines, inside a role or between two names.
        ["本报讯 记者 韦青 通讯", "员 蒙一帆 报道", "6月3日，海棠区", "召开防汛会议。"],
        ["本报讯 记者 韦青", "通讯员 蒙一帆 报道", "6月3日，海棠区", "召开防汛会议。"],
        # A colon after 报道 closes the credit too (``…报道：6月3日``): it is no body.
        ["本报讯 记者 韦青 通讯员 蒙一帆 报道：6月3日，海棠区", "召开防汛会议。"],
        ["本报讯 记者 韦青 通讯员 蒙一帆报道：", "6月3日，海棠区", "召开防汛会议。"],
    ],
)
def test_a_byline_closed_by_report_after_the_lead_word_is_no_body(lines: list[str]) -> None:
    """``本报讯 记者 X 通讯员 Y 报道`` is the lead bracket's byline printed without a bracket:
    the lead word stays body and runs on into the lead's text, on its line or the next."""
    body, printed = split_lead_byline(lines)
    assert body == ["本报讯 6月3日，海棠区", "召开防汛会议。"]
    byline = parse_byline(printed)
    assert (byline.reporters, byline.correspondents) == (["韦青"], ["蒙一帆"])


def test_names_joined_by_a_pause_mark_in_a_credit_closed_by_report() -> None:
    """``海棠讯 通讯员 A、B报道：`` gives both correspondents; the colon is the credit's."""
    body, printed = split_lead_byline(["海棠讯 通讯员 韦青、蒙一帆报道：6月3日，海棠区开会。"])
    assert body == ["海棠讯 6月3日，海棠区开会。"]
    assert parse_byline(printed).correspondents == ["韦青", "蒙一帆"]


def test_wrapped_role_is_no_name() -> None:
    _, printed = split_lead_byline(["本报讯（通讯员 韦青 蒙一帆 记", "者 郁川）6月3日，海棠区"])
    byline = parse_byline(printed)
    assert byline.reporters == ["郁川"]
    assert byline.correspondents == ["韦青", "蒙一帆"]


def test_a_closing_byline_wrapped_right_after_its_opening_bracket() -> None:
    assert split_wrapped_unit_credit("渔船全部回港避风。（", ["通讯员 柏青禾）"]) == (
        "渔船全部回港避风。",
        "（",
        1,
    )
    assert split_wrapped_unit_credit("渔船全部回港避风。（", ["一）"]) == ("", "", 0)


def test_a_closing_byline_wrapped_over_three_lines_of_a_narrow_column() -> None:
    """``……。（记者 欧`` / ``阳晓帆 实习生 蔺`` / ``秋禾）``: the names break twice, the
    credit is whole on the third line."""
    got = split_wrapped_unit_credit("栈桥已加固完毕。（记者 欧", ["阳晓帆 实习生 蔺", "秋禾）"])
    assert got == ("栈桥已加固完毕。", "（记者 欧", 2)
    # A body line that goes on after the bracket closes no credit.
    assert split_wrapped_unit_credit("栈桥已加固。（记者 欧", ["阳晓帆说，", "已加固）"]) == (
        "",
        "",
        0,
    )
    # A blank line between: no credit wraps over a column break.
    assert split_wrapped_unit_credit("栈桥已加固。（记者 欧", ["", "阳晓帆）"]) == ("", "", 0)


def test_a_bare_credit_wrapped_by_the_column_is_one_credit() -> None:
    """``……。（滕小溪`` / ``柏青禾）``: names alone in a bracket wrap as a byline does; broken
    inside a name (``（晏青 蔺秋`` / ``禾）``, ``（蔺`` / ``秋禾）``) the name closes up."""
    got = split_wrapped_unit_credit("灯箱已全部换新。（滕小溪", ["柏青禾）"])
    assert got == ("灯箱已全部换新。", "（滕小溪", 1)
    assert parse_byline("（滕小溪\n柏青禾）").correspondents == ["滕小溪", "柏青禾"]
    assert parse_byline("（晏青 蔺秋\n禾）").correspondents == ["晏青", "蔺秋禾"]
    assert parse_byline("（蔺\n秋禾）").correspondents == ["蔺秋禾"]
    # After the lead's bracket the closing credit is still read on its own.
    byline = parse_byline("（记者 郁川）\n（晏青 蔺秋\n禾）")
    assert (byline.reporters, byline.correspondents) == (["郁川"], ["晏青", "蔺秋禾"])
    # A role broken after its first character stays a role, not a gapped name.
    assert parse_byline("（记\n者 滕小溪）").reporters == ["滕小溪"]


def test_a_name_broken_after_its_compound_surname_closes_up() -> None:
    # No one is named by a compound surname alone: ``欧阳`` / ``望舒`` is one name.
    byline = parse_byline("（记者 欧阳\n望舒 通讯员 滕小溪）")
    assert byline.reporters == ["欧阳望舒"]
    assert byline.correspondents == ["滕小溪"]
    _, printed = split_lead_byline(["本报讯（记者 皇甫", "子衿 通讯员 滕小溪）6月3日，海棠区"])
    assert parse_byline(printed).reporters == ["皇甫子衿"]
    # Two whole names broken between them stay two.
    assert parse_byline("（记者 滕小溪\n蔺秋 通讯员 晏青）").reporters == ["滕小溪", "蔺秋"]


def test_a_gap_after_a_compound_surname_is_inside_the_name() -> None:
    """``司空 岚``: a compound surname names no one alone, so the gap after it is OCR's."""
    assert is_byline_line("（通讯员 闻人 澈）")
    assert parse_byline("（记者 闻人 澈 通讯员 滕小溪）").reporters == ["闻人澈"]
    # A closing credit wrapped inside its role, then a gap in the name.
    got = split_wrapped_unit_credit("栈桥已加固完毕。（通", ["讯员 闻人 澈）"])
    assert got == ("栈桥已加固完毕。", "（通", 1)


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ("本报讯 6月3日上午，记者蔺秋禾在青石镇卫生院看到，候诊区坐满了人。", "蔺秋禾"),
        ("本报讯 6月3日，记者皇甫子衿从海棠区文旅局获悉，该局将举办夏季书市。", "皇甫子衿"),
        # No name: the reporter opening a story is body and names no one.
        ("本报讯 记者从海棠区文旅局获悉，该局将举办夏季书市。", ""),
        ("本报讯 记者近日从海棠区文旅局了解到，书市将开幕。", ""),
        ("本报讯 6月3日，记者在青石镇卫生院看到，候诊区坐满了人。", ""),
        # Only the lead sentence names the article's reporter.
        ("本报讯 6月3日，青石镇卫生院开诊。随后记者蔺秋禾在候诊区看到，人很多。", ""),
    ],
)
def test_a_reporter_named_in_the_lead_sentence(lead: str, name: str) -> None:
    assert lead_reporter(lead) == name


@pytest.mark.parametrize(
    ("head", "line", "completes"),
    [
        # A column wraps a byline inside a role or a name: the second line is no byline alone.
        ("记者", "蔺秋禾", True),
        ("记者 滕小溪 通讯员 晏", "青禾", True),
        # A whole byline line under a headline is that headline's article's byline; the
        # headline is no outlet in front of its role.
        ("春灯映照老街巷", "本报记者 蔺秋禾", False),
        ("渡口新亭", "郑报融媒记者 晏青禾", False),
    ],
)
def test_a_whole_byline_line_is_completed_by_no_line_over_it(
    head: str, line: str, completes: bool
) -> None:
    assert completes_byline(head, line) is completes


def test_a_media_centre_printed_as_the_role_with_no_jizhe_names_a_reporter() -> None:
    """``（榕城融媒 X 通讯员 Y）``: the media centre's name printed as the role, a space before
    the name and no 记者 after it, is the reporter's role, as ``榕城融媒记者`` is; wrapped by the
    column inside the lead's bracket, it is still the byline, no body."""
    byline = parse_byline("榕城融媒 苏云帆 通讯员 岑小禾")
    assert (byline.reporters, byline.correspondents) == (["苏云帆"], ["岑小禾"])
    body, printed = split_lead_byline(
        ["本报讯（榕城融媒 苏云帆", "通讯员 岑小禾）积攒的时长可以兑", "换服务。6月3日，海棠区"]
    )
    assert body == ["本报讯 积攒的时长可以兑", "换服务。6月3日，海棠区"]
    assert parse_byline(printed).reporters == ["苏云帆"]


@pytest.mark.parametrize(
    ("line", "reporters", "correspondents"),
    [
        # 全媒体 names a media centre as 融媒 does.
        ("（榕城全媒体 苏云帆 通讯员 岑小禾）", ["苏云帆"], ["岑小禾"]),
        # After another role's names, the centre is the next role, no name of the one before.
        ("（记者 柳 岸 榕城全媒体 苏 禾 通讯员 岑 可）", ["柳岸", "苏禾"], ["岑可"]),
        ("（记者 柳青禾 榕城融媒 苏云帆）", ["柳青禾", "苏云帆"], []),
    ],
)
def test_a_media_centre_role_after_other_names_names_its_own_reporter(
    line: str, reporters: list[str], correspondents: list[str]
) -> None:
    assert is_byline_line(line)
    byline = parse_byline(line)
    assert (byline.reporters, byline.correspondents) == (reporters, correspondents)


@pytest.mark.parametrize(
    ("line", "text", "byline"),
    [
        ("并上门讲解使用方法。（柏青禾）", "并上门讲解使用方法。", "（柏青禾）"),
        ("“我们心里踏实。”（苏云帆 岑小禾）", "“我们心里踏实。”", "（苏云帆 岑小禾）"),
    ],
)
def test_names_alone_in_a_bracket_glued_after_the_last_sentence_close_it(
    line: str, text: str, byline: str
) -> None:
    """``……使用方法。（X）``: names alone in a bracket glued after the last sentence are the
    item's closing credit (its senders), as the same bracket on a line of its own is."""
    assert split_glued_byline(line) == (text, byline)
    assert parse_byline(byline).correspondents == byline.strip("（）").split(" ")


@pytest.mark.parametrize(
    "line", ["活动持续到月底。（待续）", "居民纷纷点赞（柏青禾）", "（柏青禾）"]
)
def test_no_bare_credit_glued(line: str) -> None:
    """A serial's ``（待续）``, a bracket after no finished sentence, a bracket alone: no
    credit glued to a sentence."""
    assert split_glued_byline(line) == (line, "")


def test_a_government_sites_credit_line_names_its_author_not_its_editors() -> None:
    """``图文：X　审核：Y　编辑：Z`` closing an item on a government site: X wrote it and took the
    photos (as ``图/文`` says), Y and Z checked and edited it, furniture as an editor line is."""
    line = "图文：岑书禾 审核：苗若溪 编辑：林一苇"
    assert is_byline_line(line)
    byline = parse_byline(line)
    assert byline.reporters == ["岑书禾"]
    assert byline.correspondents == []


def test_bare_names_glued_after_the_last_sentence_are_its_credit() -> None:
    """``……保洁。（岑书禾）``: a bracket of names alone closing an item's last sentence is its
    contributors' credit, as on a line of its own; a bracket of words no name stays text."""
    assert split_glued_byline("对青柳路开展深度保洁。（岑书禾 苗若溪）") == (
        "对青柳路开展深度保洁。",
        "（岑书禾 苗若溪）",
    )
    assert parse_byline("（岑书禾 苗若溪）").correspondents == ["岑书禾", "苗若溪"]
    for words in ("（节选）", "（摘编）", "（试行）"):
        assert split_glued_byline(f"全文如下。{words}")[1] == ""


@pytest.mark.parametrize(
    ("printed", "reporters"),
    [
        ("（图文：柏青岚 审核：庹明远）", ["柏青岚"]),
        ("（记者 柏青岚 审核：庹明远）", ["柏青岚"]),
    ],
)
def test_a_closing_credit_signed_off_by_an_editor(printed: str, reporters: list[str]) -> None:
    """``图文：X`` credits X with text and photos (as ``图/文``); ``审核：Y`` is an editor's
    sign-off: Y is neither reporter nor correspondent, and the bracket is a byline still."""
    assert is_byline_line(printed)
    got = parse_byline(printed)
    assert (got.reporters, got.correspondents) == (reporters, [])


def test_an_opening_credit_with_no_lead_word_is_taken_out_of_the_lead() -> None:
    """``（X融媒体中心 Y）9月4日，…``: a unit and a name in a bracket where a lead word would
    stand; the bracket is the byline (Y a correspondent, as a bare name closing an item is),
    the body starts at the date."""
    lines = ["（青柳区融媒体中心 柏青岚）3月4日，最后一处厂房拆除完毕。", "当天进行了验收。"]
    body, byline = split_lead_byline(lines)
    assert body == ["3月4日，最后一处厂房拆除完毕。", "当天进行了验收。"]
    assert byline == "（青柳区融媒体中心 柏青岚）"
    assert parse_byline(byline).correspondents == ["柏青岚"]
    # a bracket over no date or time word is no credit of a lead
    assert split_lead_byline(["（青柳区融媒体中心 柏青岚）最后一处厂房拆除完毕。"])[1] == ""


@pytest.mark.parametrize(
    ("printed", "reporters", "correspondents"),
    [
        ("郑报融媒记者 卜晴\u3000南湖区融媒体中心记者 伍子瑜", ["卜晴", "伍子瑜"], []),
        ("记者 卜晴 伍子瑜 南湖区融媒体中心记者 向禾", ["卜晴", "伍子瑜", "向禾"], []),
        ("□本报记者 卜晴 江城日报客户端记者 向禾", ["卜晴", "向禾"], []),
        ("记者 卜晴 向禾摄", ["卜晴", "向禾"], []),
    ],
)
def test_a_second_outlets_role_after_a_name_is_no_name(
    printed: str, reporters: list[str], correspondents: list[str]
) -> None:
    """Two outlets' reporters on one line: the name before the second outlet ends at the
    space, the outlet's first characters (``南湖区融``) are no name of the list."""
    byline = parse_byline(printed)
    assert (byline.reporters, byline.correspondents) == (reporters, correspondents)


def test_a_lead_bracket_printing_the_role_with_no_name_is_byline() -> None:
    """``本报讯（记者）6月3日，…``: the reporter left unnamed; the bracket is byline, not body,
    and names no one."""
    body, byline = split_lead_byline(["本报讯（记者）6月3日，桃溪镇召开会议。", "会议要求……"])
    assert body == ["本报讯 6月3日，桃溪镇召开会议。", "会议要求……"]
    assert byline == "（记者）"
    got = parse_byline(byline)
    assert (got.reporters, got.correspondents) == ([], [])


def test_a_source_credit_closing_an_item_names_no_one() -> None:
    """``（来源：区某办）`` closing a body is the unit the item came from: a credit, no body,
    and no person in it."""
    assert is_unit_credit("（来源：青柳区委宣传办）")
    assert is_unit_credit("(来源：桃溪镇党政办)")
    got = parse_byline("（来源：青柳区委宣传办）")
    assert (got.reporters, got.correspondents) == ([], [])


@pytest.mark.parametrize(
    ("printed", "reporters"),
    [
        ("作者：岑书禾 苗若溪 来源：梧城晚报 字数：512", ["岑书禾", "苗若溪"]),
        ("作者：林一苇 字数：388", ["林一苇"]),
    ],
)
def test_an_epaper_readers_meta_line_names_its_authors(printed: str, reporters: list[str]) -> None:
    """``作者：X　Y　　来源：Z　　字数：N`` under a title in a paper's e-paper reader: X and Y
    wrote the story (a credit line over the body, as ``文/图 X`` is); the source and the word
    count are furniture and name no one."""
    assert is_byline_line(printed)
    got = parse_byline(printed)
    assert (got.reporters, got.correspondents) == (reporters, [])


def test_a_web_copys_credit_line_printing_the_source_first_closes_its_story() -> None:
    """``来源：X融媒体中心 作者：Y`` closing a web copy: the source names no one, the author
    is the reporter, and the story ends there; the next headline opens the next story."""
    assert parse_byline("来源：柳岸区融媒体中心 作者：岑书禾").reporters == ["岑书禾"]
    page = parse_page(
        "桃溪区人大来区考察巡察工作\n"
        "2月20日,桃溪区人大工委主任柏青岚带\n"
        "队来我区考察巡察工作,相关单位负责人\n"
        "参加。\n"
        "来源:柳岸区融媒体中心 作者:岑书禾 \n"
        "编辑:苗若溪\n"
        "\n"
        "柳岸区副区长宁远带队督导该区安全生产综合整治百日攻坚行动\n"
        "1月15日,柳岸区副区长宁远带队检查全\n"
        "区安全生产工作,相关部门负责人陪同。\n".encode(),
        source="credit.txt",
    )
    assert [(a.title, a.reporters) for a in page.articles] == [
        ("桃溪区人大来区考察巡察工作", ["岑书禾"]),
        ("柳岸区副区长宁远带队督导该区安全生产综合整治百日攻坚行动", []),
    ]


def test_a_closing_credit_labelled_with_its_source_unit() -> None:
    """``（来源：X社区　Y）`` closing a story: the unit it came from and the unit's writer, a
    correspondent as after an unlabelled unit; ``（来源：X局）`` alone credits the unit only."""
    assert is_bare_credit("（来源：柳岸社区 柏青岚）")
    got = parse_byline("（来源：柳岸社区 柏青岚）")
    assert (got.reporters, got.correspondents) == ([], ["柏青岚"])
    assert is_unit_credit("（来源：梧桐区文旅局）")
    assert parse_byline("（来源：梧桐区文旅局）").correspondents == []


@pytest.mark.parametrize(
    ("printed", "reporters", "correspondents"),
    [
        # A section's name printed as its paper's (``X时报``) leads the byline as an outlet.
        ("海棠时报 苏 禾 通讯员 岑 可", ["苏禾"], ["岑可"]),
        ("海棠时报 苏 禾", ["苏禾"], []),
        ("青州空港时报 苏云帆", ["苏云帆"], []),
        ("榕城晚报 柳青禾 通讯员 岑小禾", ["柳青禾"], ["岑小禾"]),
    ],
)
def test_a_papers_name_printed_as_the_role_names_its_reporter(
    printed: str, reporters: list[str], correspondents: list[str]
) -> None:
    """``X时报 Y 通讯员 Z`` closing an article: the paper's (or its section's) name is the
    reporter's role, as a media centre's is, the name after it a reporter."""
    line = normalize_line(printed)
    assert is_byline_line(line)
    byline = parse_byline(line)
    assert (byline.reporters, byline.correspondents) == (reporters, correspondents)


def test_a_byline_signed_with_where_it_was_sent_from_names_only_the_reporter() -> None:
    """``本报记者 X 发自深圳``: a reporter sent to another city signs the line over the
    dispatch's lead with the place; the place is no second name."""
    assert parse_byline("本报记者 柏青岚 发自深圳").reporters == ["柏青岚"]
    assert parse_byline("本报记者　柏青岚　甘露　发自海口").reporters == ["柏青岚", "甘露"]


@pytest.mark.parametrize(
    ("printed", "reporters", "correspondents"),
    [
        # a web edition splits the credit with bare words after the names
        ("（见习记者 柏青岚 文 记者 苗若溪 图）", ["柏青岚", "苗若溪"], []),
        ("（记者 柏青岚 文）", ["柏青岚"], []),
        # a two-character name padded to three is no name and a credit
        ("（记者 柯 文）", ["柯文"], []),
    ],
)
def test_a_bracket_credit_split_with_bare_words_is_a_lead_byline(
    printed: str, reporters: list[str], correspondents: list[str]
) -> None:
    """``（见习记者 X 文 记者 Y 图）`` after a lead word: ``文`` and ``图`` standing alone after a
    name say which share of the work it did; the bracket is the lead's byline."""
    lines, bracket = split_lead_byline([f"榕城网讯{printed}5月1日上午，线路上线。"])
    assert bracket == printed
    assert lines == ["榕城网讯 5月1日上午，线路上线。"]
    byline = parse_byline(bracket)
    assert (byline.reporters, byline.correspondents) == (reporters, correspondents)


@pytest.mark.parametrize(
    ("printed", "reporters", "correspondents"),
    [
        ("通讯员 岑小禾/文 苗若溪/图", [], ["岑小禾", "苗若溪"]),
        ("记者 柏青岚 文 苗若溪 摄", ["柏青岚", "苗若溪"], []),
        # each share under its own label
        ("通讯员 岑小禾/文 记者 苗若溪/图", ["苗若溪"], ["岑小禾"]),
        # a credit for the whole work is no share: the next credited name is a reporter's
        ("通讯员 岑 禾 文/图 苗若溪 摄", ["苗若溪"], ["岑禾"]),
    ],
)
def test_one_label_over_a_credit_split_between_two_names_governs_both(
    printed: str, reporters: list[str], correspondents: list[str]
) -> None:
    """``通讯员 A/文 B/图``: the text and the pictures are shares of one credit under one label;
    B, printed with no label of his own, is a correspondent as A is."""
    byline = parse_byline(printed)
    assert (byline.reporters, byline.correspondents) == (reporters, correspondents)
