from __future__ import annotations

from collections.abc import Callable

import pytest

from ingest.parser import page_chars_accounted, parse_page
from ingest.parser.layout import (
    build_paragraphs,
    ends_sentence,
    estimate_column_width,
    furniture_lines,
    is_furniture,
    is_headlineish,
    is_lead,
    is_rule_row,
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
        ["完成。", "他说：“要办好。”", "真的吗？", "前来调研.", '"越改越顺手." 她说.', "增长12%."],
        ["营造更加整洁、有", "“一盘棋”", "", "版本号v2.", "第3."],
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
    # An opening credit (a unit and a name in a bracket) where a lead word would stand.
    is_lead: (
        [
            "（青柳区融媒体中心 柏青岚）3月4日，厂房拆除完毕。",
            "（记者 柏青岚）近日，桃溪路通车。",
            # A gap OCR left inside the day's number: the day all the same.
            "1月1 3日，青柳街道总工会召开座谈会。",
            # A county media centre's lead word with its day, an outlet of up to ten characters.
            "白鹭区融媒体中心6月1日讯 （记者 岑小禾） 5月31日，副区长柯明川督查教育项目。",
            # A local station's dispatch printing 报道 after its day.
            "桐花网远舟站1月8日报道 1月7日下午，副市长柯明川到远舟工业园调研。",
            # A site's dispatch that names no city.
            "桐花日报网3月5日电 3月4日，白鹭区举行重点项目集中开工仪式。",
            # An outlet's 报道 and a colon before the byline's bracket.
            "云上白鹭报道：（全媒体记者 柯明川）6月6日下午，区政协召开常委会议。",
            # A month and day whose 月 was lost (12月7日 printed 127日).
            "127日上午，区长柯明川带队督导重点项目。",
            "731日，县委书记柏青岚调研城市建设。",
        ],
        [
            "（青柳区融媒体中心 柏青岚）厂房拆除完毕。",
            "（青柳区融媒体中心）3月4日，厂房拆除完毕。",
            # A sentence citing a site's report: no dispatch without its day.
            "据桐花网报道，远舟工业园一季度产值增长。",
            # A sentence citing another outlet's report.
            "据桐花网报道：远舟工业园一季度产值增长。",
            # Three digits before 日 that are no month and day, or an amount.
            "2500日元兑换人民币。",
        ],
    ),
    is_rule_row: (
        ["————————", "……………………", "|", "丨", "| | |", "— — — —", "--------"],
        ["——", "……", "——访区政协委员柏青", "|海棠区召开春耕推进会", "1—2", ""],
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


BOXED_PAGE = [
    "梧桐路街道开展垃圾分类宣传",  # 0
    "本报讯 4月3日，梧桐路街道组织志",
    "愿者走进12个小区宣传垃圾分类",
    "知识。（记者 季云帆）",
    "",
    "——————————",  # 5: a box framed by two rows, no label
    "桐花驾校春季班报名",
    "学车热线：0379-66201234",
    "——————————",
    "",
    "新桥社区开设书法课",  # 10
    "本报讯 4月5日，新桥社区书法课开",
    "课，30名居民参加。",
    "",
    "丨",  # 14: a column rule
    "",
    "天气预报",  # 16: a service box under its label, mid-page
    "多云 4℃～16℃",
    "东南风2级",
    "",
    "广告",  # 20: an ad under its label, no frame
    "海棠家政 保洁 月嫂 育儿嫂",
    "服务电话：0379-66205678",
    "",
    "荷塘街道举办消夏音乐会",  # 24
    "——300余名居民在家门口听音乐",
    "本报讯 7月2日晚，荷塘街道消夏音",
    "乐会在滨河广场举行。",
]


def test_rules_and_boxes_between_articles_are_furniture() -> None:
    """Rules read as text, a box framed by two rows, and an ad or a service box under its
    label are furniture; a title's ``——`` deck is no rule, and the headline under a box is
    its article's, not glued to the box."""
    found = furniture_lines(BOXED_PAGE)
    assert found == {5, 6, 7, 8, 14, 16, 17, 18, 20, 21, 22}
    parsed = parse_page("\n".join(BOXED_PAGE).encode(), "boxes.txt")
    assert [(a.title, a.subtitle) for a in parsed.articles] == [
        ("梧桐路街道开展垃圾分类宣传", ""),
        ("新桥社区开设书法课", ""),
        ("荷塘街道举办消夏音乐会", "——300余名居民在家门口听音乐"),
    ]
    assert parsed.articles[1].body.endswith("30名居民参加。")


def test_a_table_printed_line_by_line_is_furniture_not_a_headline() -> None:
    """A small table between two articles (title, unit line, label-and-figure rows) and a row
    of dots: furniture. The article under it, whose headline follows its body, keeps its
    own body and headline."""
    page = [
        "滨河社区开设周末托管班",
        "本报讯 5月9日，滨河社区周末托管班开",
        "班，首批20名学生报名。（记者 季云帆）",
        "",
        "",
        "全区主要景区客流",
        "（单位：万人次）",
        "樱花园 3.2",
        "湖滨公园 5.6",
        "古城墙 1.8",
        "",
        "",
        "本报讯 5月8日，梧桐路街道为辖区独居",
        "老人安装烟感报警器120个，做到应装尽",
        "装。",
        "独居老人家中装上“安全哨”",
        "",
        "……………………………",
        "",
        "荷塘街道举办消夏音乐会",
        "本报讯 7月2日晚，荷塘街道消夏音乐会在",
        "滨河广场举行。",
    ]
    assert furniture_lines(page) == {5, 6, 7, 8, 9, 17}
    parsed = parse_page("\n".join(page).encode(), "table.txt")
    assert [(a.title, a.subtitle) for a in parsed.articles] == [
        ("滨河社区开设周末托管班", ""),
        ("独居老人家中装上“安全哨”", ""),
        ("荷塘街道举办消夏音乐会", ""),
    ]
    assert parsed.articles[1].body.endswith("做到应装尽装。")


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


def test_an_epaper_pages_navigation_and_title_guide_are_furniture() -> None:
    """An e-paper page's head: its page code, the list of its titles (each printed again over
    its story), the site's menu and the links between pages and stories are no article; the
    titles stand over their own stories."""
    page = "\n".join(
        [
            "第B05版：桐城时报·综合　　上一版4　　6下一版",
            "B05",
            "桐花街道开展消防演练",
            "梧桐区召开春耕推进会",
            "　　　　",
            "返回主页 | 桐城晚报 | 标题导航 | 桐城日报",
            "上一期　　下一期",
            "",
            "桐花街道开展消防演练",
            "",
            "本报讯 3月6日，桐花街道在辖区开展高层建筑消防演练，200余名居民参加。",
            "",
            "梧桐区召开春耕推进会",
            "",
            "本报讯 3月7日，梧桐区召开春耕推进会，部署全区春耕备耕工作。",
            "",
            "4上一篇　　下一篇6",
        ]
    )
    assert furniture_lines(page.split("\n")) == {0, 1, 2, 3, 5, 6, 16}
    parsed = parse_page(page.encode(), "epaper.txt")
    assert [(a.kicker, a.title, a.subtitle) for a in parsed.articles] == [
        ("", "桐花街道开展消防演练", ""),
        ("", "梧桐区召开春耕推进会", ""),
    ]


def test_an_epaper_pages_code_alone_is_furniture_whatever_its_section_letter() -> None:
    """The page's code printed alone under the navigation line (``第P07版：…`` over ``P07``)
    is that page's, whatever the section's letter: no kicker of the cluster under it."""
    page = "\n".join(
        [
            "第P07版：桐城时报 关注　　上一版6　　8下一版",
            "P07",
            "柏青禾调研校园建设时要求",
            "抢抓工期 保障开学",
            "返回主页 | 桐城晚报 | 标题导航 | 桐城日报",
            "",
            "本报讯 8月20日，区委书记柏青禾到桐花路小学新建工程现场，调研校园建设进度。",
        ]
    )
    assert furniture_lines(page.split("\n")) == {0, 1, 4}
    parsed = parse_page(page.encode(), "epaper.txt")
    assert [(a.kicker, a.title) for a in parsed.articles] == [
        ("柏青禾调研校园建设时要求", "抢抓工期 保障开学")
    ]


def test_an_e_paper_headline_index_and_its_navigation_row_are_furniture() -> None:
    """An e-paper page lists its headlines under the masthead, next to a row of links set
    apart by bars: the list repeats titles printed over their bodies further down, so it is
    furniture as a guide box is, and each story keeps its own headline (and its kicker)."""
    page = "\n".join(
        [
            "桐花晚报　2022.04.06　第A05版：梧桐时讯　　上一版　下一版",  # 0
            "",
            "梧桐区开展春季项目观摩",  # 2: the index
            "桃溪路拓宽工程完工",
            "",
            "返回首页 | 桐花晚报 | 版面导航 | 桐花日报",  # 5
            "",
            "抓进度 比实绩",  # 7
            "梧桐区开展春季项目观摩",
            "",
            "本报讯 4月5日，梧桐区开展春季重点项目观摩活动，观摩团察看了8个项目。",
            "",
            "桃溪路拓宽工程完工",  # 12
            "",
            "本报讯 4月4日，桃溪路拓宽工程完工通车，沿线新增车道2条。",
        ]
    )
    assert furniture_lines(page.split("\n")) == {0, 2, 3, 5}
    parsed = parse_page(page.encode(), "epaper.txt")
    heads = [(a.kicker, a.title, a.subtitle) for a in parsed.articles]
    assert heads == [
        ("抓进度 比实绩", "梧桐区开展春季项目观摩", ""),
        ("", "桃溪路拓宽工程完工", ""),
    ]
    assert page_chars_accounted(parsed)
    # a table's row set apart by bars is no navigation row
    rows = ["税收收入 | 9.2亿元 | 增长3%", "", "税收收入 | 9.2亿元 | 增长3%"]
    assert furniture_lines(rows) == set()


def test_a_letter_spaced_paragraph_closed_up_is_no_subhead() -> None:
    """A letter-spaced paragraph closed up is narrower than the column: its first line is as
    long as the next, which runs on (a clause mark, no full stop), so it is no subhead."""
    lines = [
        "区农业和林业局党组书",
        "记、局长欧阳青岚，副",
        "区长邝明川出席仪式，",
        "并为新馆揭牌。",
    ]
    assert build_paragraphs(lines, 19) == ["".join(lines)]


# A government site's item page: the disclosure table over the item (its labels left empty),
# the title printed twice, the publish line, the font tool left empty, then the item.
GOV_DISCLOSURE_PAGE = [
    "当前位置： 首页 > 政府信息公开 > 重大会议",
    "",
    "索 引 号:",
    "发文机关:",
    "成文日期:",
    "发文字号:",
    "发布日期:",
    "时  效:",
    "名  称:",
    "青柳区政府第十二次常务会议召开",
    "",
    "青柳区政府第十二次常务会议召开",
    "",
    "发布时间:2025-03-14 09:42来源:青柳区人民政府办公室",
    "字体:",
    "",
    "3月13日,青柳区政府第十二次常务会议召开。区委副书记、区长柏岚主持会议。",
    "会议听取了春季植树工作情况汇报。",
]


def test_a_government_sites_disclosure_table_is_furniture() -> None:
    """The disclosure table's labels, filled in or not, are furniture, as the empty font tool
    is: the item's title is its headline alone, no kicker or deck of labels."""
    assert {0, 2, 3, 4, 5, 6, 7, 8, 13, 14} <= furniture_lines(GOV_DISCLOSURE_PAGE)
    parsed = parse_page("\n".join(GOV_DISCLOSURE_PAGE).encode(), "disclosure.txt")
    (article,) = parsed.articles
    assert (article.kicker, article.title, article.subtitle) == (
        "",
        "青柳区政府第十二次常务会议召开",
        "",
    )
    assert article.date is not None and article.date.iso() == "2025-03-13"


# A district government site's news list copied as text: site name, where the page sits, each
# item's title over its meta line, paragraphs with no lead word, a unit's credit, the tools.
GOV_SITE_PAGE = [
    "青柳区人民政府网",
    "当前位置：首页 > 政务公开 > 部门动态",
    "",
    "区文旅局开展暑期文化场馆安全检查",
    "来源：区文旅局　　发布时间：2025-07-18 10:21:05　　【字体：大 中 小】",
    "",
    "　　为保障暑期文化场馆安全开放，7月17日，区文旅局对辖区5家博物馆、图书馆开展安全检查。",
    "　　检查组查看了消防通道和应急照明，要求各场馆落实人员限流措施。",
    "（供稿单位：区文旅局公共服务科；通讯员：苏航）",
    "打印此文　　关闭窗口",
    "",
    "",
    "桐花路街道开设“四点半课堂”",
    "发布时间：2025-07-15 16:02:44　　来源：桐花路街道",
    "",
    "002.jpg",
    "",
    "　　暑假以来，桐花路街道联合辖区学校在6个社区开设“四点半课堂”，志愿者为孩子们辅导作业。",
    "　　截至目前，课堂已开课40余场，服务学生600余人次。",
    "（供稿单位：桐花路街道）",
    "打印此文　　关闭窗口",
    "",
    "主办单位：青柳区人民政府办公室",
]


def test_a_government_sites_page_tools_and_meta_lines_are_furniture() -> None:
    """The site's path, each item's meta line (its fields in either order), the page tools, an
    image's file name and the site's footer are furniture; the meta line's year is the
    page's."""
    found = furniture_lines([x.replace("　", " ") for x in GOV_SITE_PAGE])
    assert found == {0, 1, 4, 9, 13, 15, 20, 22}
    parsed = parse_page("\n".join(GOV_SITE_PAGE).encode(), "gov_site.txt")
    dated = [(a.title, a.date and a.date.iso(), a.correspondents) for a in parsed.articles]
    assert dated == [
        ("区文旅局开展暑期文化场馆安全检查", "2025-07-17", ["苏航"]),
        ("桐花路街道开设“四点半课堂”", None, []),
    ]
    assert parsed.articles[0].body.startswith("为保障暑期文化场馆安全开放，")
    assert parsed.articles[1].body.endswith("服务学生600余人次。")
    assert page_chars_accounted(parsed)


# A story page copied from a paper's e-paper reader: the site's name and menu, the issue's
# line, each story's title over its meta line (``作者：… 来源：… 字数：…``), the links between
# stories, and the share / scan / copyright footer.
EPAPER_READER_PAGE = [
    "梧城晚报数字报",  # 0
    "网站首页 | 数字报首页 | 版面导航 | 往期回顾",
    "出版日期：2024-05-21　　　第05版：综合",
    "上一版　　下一版",
    "",
    "桃溪街道开展防汛演练",  # 5
    "作者：岑书禾　苗若溪　　来源：梧城晚报　　字数：512",
    "　　本报讯 5月19日，桃溪街道在辖区开展防汛应急演练，300余名居民参加。",
    "　　演练模拟了河道漫堤险情，检验了人员转移和物资调配流程。",
    "上一篇　　下一篇",
    "",  # 10
    "柳岸社区新添便民书屋",
    "作者：　　来源：柳岸社区　　字数：306",
    "　　本报讯 5月18日，柳岸社区便民书屋开放，首批藏书2000余册。",
    "（来源：柳岸社区　柏青岚）",
    "上一篇　　下一篇",  # 15
    "",
    "分享到：微信　微博",
    "扫一扫在手机打开当前页",
    "版权所有　梧城晚报社",
]


def test_an_epaper_readers_meta_lines_and_footer() -> None:
    """The reader's menu, the meta line of a story whose author is left empty and the footer
    are furniture; a meta line naming its author is the story's byline line, its source and
    word count no text; ``（来源：X　Y）`` closes the story, Y its correspondent."""
    found = furniture_lines([x.replace("　", " ") for x in EPAPER_READER_PAGE])
    assert found == {0, 1, 2, 3, 9, 12, 15, 17, 18, 19}
    parsed = parse_page("\n".join(EPAPER_READER_PAGE).encode(), "reader.txt")
    got = [(a.title, a.reporters, a.correspondents) for a in parsed.articles]
    assert got == [
        ("桃溪街道开展防汛演练", ["岑书禾", "苗若溪"], []),
        ("柳岸社区新添便民书屋", [], ["柏青岚"]),
    ]
    assert parsed.articles[0].body.startswith("本报讯 5月19日，")
    assert parsed.articles[1].body.endswith("首批藏书2000余册。")
    assert parsed.warnings == []
    assert page_chars_accounted(parsed)


# An e-paper's page of one story: the page's code line, the whole printed page's list of
# titles, the site's menu, then the one story under its title printed again.
EPAPER_ONE_STORY_PAGE = [
    "第01版：封面 4下一版",
    "青柳今年拟新增绿地三百公顷",
    "春风里的渡口",
    "全市新建社区食堂40个",
    "市人大代表视察青柳和桐花",
    "数字青柳问卷征集开启",
    "返回主页 | 青柳日报 | 版面导航 | 青柳晚报",
    "上一期  下一期",
    "市人大代表视察青柳和桐花",
    "",
    "本报讯（记者 苗若溪）根据市人大常委会安排，3月9日至11日，部分代表在青柳和桐花集中视察。",
    "",
    "3月9日，视察组在青柳先后来到滨河公园、杏坛路改造工程现场，听取相关工作汇报。",
    "",
    "3月10日至11日，视察组在桐花察看了三个产业园区。",
]


def test_an_epaper_pages_title_list_over_one_story_is_furniture_whole() -> None:
    """Over a story printed under its title again, the page's list of titles between its code
    line (the first page's links to the next only) and the menu is the printed page's, no
    headline of the copy; a paragraph opening on the first day of the span the lead printed
    (``3月9日至11日`` … ``3月9日，视察组…``) goes on with the story."""
    assert set(range(0, 8)) <= furniture_lines(EPAPER_ONE_STORY_PAGE)
    parsed = parse_page("\n".join(EPAPER_ONE_STORY_PAGE).encode(), "one_story.txt")
    (article,) = parsed.articles
    assert (article.kicker, article.title, article.subtitle) == ("", "市人大代表视察青柳和桐花", "")
    assert article.reporters == ["苗若溪"]
    assert article.body.endswith("察看了三个产业园区。")


# An e-paper's story page copied as text: the page's navigation, the story's title, its one
# paragraph a line, then the footer: the links to the next story, the copyright notice and
# the story's record (number, the issue's day, weekday, the title: here a question).
EPAPER_STORY_PAGE = [
    "第B05版：青柳时报 综合 上一版3  4下一版",
    "返回主页 | 青柳晚报 | 标题导航 | 青柳日报",
    "上一期  下一期",
    "老人为啥给社区送来一筐柿子？",
    "",
    "本报讯 10月9日，杏坛社区86岁的柯桂兰老人提着一筐柿子来到社区，感谢工作人员修好了屋顶。",
    "",
    "社区工作人员说，这是他们应该做的事。 记者 苗若溪 文/图",
    "",
    "3上一篇  下一篇4",
    "版权声明 @ 青柳网 网站版权所有",
    "2233445 2024-10-12 00:00:00 六 老人为啥给社区送来一筐柿子？KeywordPh",
]


def test_an_epaper_story_pages_copyright_and_record_are_furniture_and_date_the_issue() -> None:
    """The copyright notice and the story's record are furniture, whatever the title in the
    record holds (a comma, a question mark); the record's day is the issue's, so the lead's
    day without a year gets the issue's year."""
    assert {10, 11} <= furniture_lines(EPAPER_STORY_PAGE)
    parsed = parse_page("\n".join(EPAPER_STORY_PAGE).encode(), "story.txt")
    (article,) = parsed.articles
    assert article.title == "老人为啥给社区送来一筐柿子？"
    assert (article.date.year, article.date.month, article.date.day) == (2024, 10, 9)
    assert parsed.warnings == []


# A news site's copy of a story: the publish line, one paragraph a line, then the site's
# notice that it reprinted the story and its disclaimer, numbered clauses to the end.
REPRINT_PAGE = [
    "发布时间:2023-04-11 09:20 我要投稿",
    "4月10日,青柳区召开背街小巷整治推进会,部署首批整治任务。",
    "会议要求各街道倒排工期,确保月底前完成。",
    "《青柳区召开背街小巷整治推进会》由某某新闻网提供,转载请注明出处:http://x.example/1.html,谢谢合作!",
    "某某网版权与免责声明",
    "1、未经本网许可,任何人不得使用本网自有版权作品。",
    "2、本网转载其他媒体之稿件,不代表本网赞同其观点。",
]


def test_a_sites_reprint_notice_and_disclaimer_are_no_text_of_the_story() -> None:
    """The notice that a site reprinted the story and its disclaimer, numbered clauses to the
    page's end, are the site's furniture: the story ends on its last paragraph."""
    assert furniture_lines(REPRINT_PAGE) == {0, 3, 4, 5, 6}
    parsed = parse_page("\n".join(REPRINT_PAGE).encode(), "reprint.txt")
    (article,) = parsed.articles
    assert article.body.endswith("确保月底前完成。")
    assert (article.date.year, article.date.month, article.date.day) == (2023, 4, 10)


# A phone site's copy of a story: its title, a date line, the story, then the pager, the
# menu and the clock.
PHONE_SITE_PAGE = [
    "副市长柏青到桐花区调研城建工作",
    "日期:2013-03-07 09:21",
    "桐花房产网3月7日讯 3月4日,副市长柏青到桐花区调研城建工作。",
    "柏青一行实地察看了两处安置房项目。",
    "1/2 下一页 上一页 首页 尾页",
    "返回 |  刷新 |  WAP首页 |  网页版  | 登录",
    "11/17 22:37",
]


def test_a_phone_sites_date_line_pager_menu_and_clock_are_furniture() -> None:
    """``日期：`` with a full date is the item's publish line (its year the page's); the
    pager, the menu and the clock are furniture; the lead's own day dates the story."""
    assert furniture_lines(PHONE_SITE_PAGE) == {1, 4, 5, 6}
    parsed = parse_page("\n".join(PHONE_SITE_PAGE).encode(), "phone.txt")
    (article,) = parsed.articles
    assert article.body.startswith("桐花房产网3月7日讯")
    assert article.date is not None and article.date.iso() == "2013-03-04"
    assert parsed.warnings == []


# Sites of other shapes: a welcome and sign-in line, a breadcrumb split over two lines, a
# bare 时间 label, a font tool cut short, a source-and-editor meta line.
@pytest.mark.parametrize(
    "line",
    [
        "欢迎访问青柳区人民政府网站！",
        "一网搜 登录| 注册",
        "当前页面：首页",
        "> 政府动态 > 镇街动态",
        "时间：2023-02-08 10:13来源：群英街道",
        "【字体： 打印",
        "日期：",
        "来源：今日青柳收集编辑：今日青柳",
    ],
)
def test_other_sites_head_lines_are_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "123456",
        "78910111213",
        "14151617181920",
        "28293031",
        "2025-03-04",
        "（责任编辑 苗一禾）",
        "[ 责任编辑：苗一禾 ]",
        "【责编：苗一禾】",
    ],
)
def test_an_epaper_calendar_row_a_bare_day_and_an_editor_bracket_are_furniture(line: str) -> None:
    """An e-paper's calendar as text (a week's days run together), the item's day alone in
    figures and its editor in brackets at its foot."""
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line", ["一审：苗一禾；二审：岑书禾；三审：柏青岚", "监 制：宁 远", "总监制：苗一禾"]
)
def test_a_news_sites_review_chain_and_producers_are_editors_lines(line: str) -> None:
    """A news site's copy closes on who reviewed and produced it: no body, no byline."""
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["三审制度：全面推行", "一审判决：维持原判"])
def test_words_opening_like_a_review_chain_are_no_editors_line(line: str) -> None:
    assert not is_furniture(line)


@pytest.mark.parametrize("line", ["2026", "120", "（通讯员 苗一禾）"])
def test_a_year_a_figure_and_a_credit_are_no_calendar_or_editor(line: str) -> None:
    assert not is_furniture(line)


def test_an_epapers_list_of_past_issues_is_furniture_and_dates_no_page() -> None:
    """Under the story, an e-paper lists its past issues (day and issue number) and warns an
    old browser: furniture, not the story's last paragraph, and the listed days are no day of
    this page, whose year stays unknown."""
    page = "\n".join(
        [
            "第02版：要闻综合 PDF版阅读",
            "",
            "桃溪大桥恢复通行",
            "",
            "本报讯（记者 苗若溪）11月10日，桃溪大桥修复后恢复通行，两岸居民出行不再绕路。",
            "",
            "2025-11-11,12327| 2025-11-10,12319| 2025-11-09,12315|",
            "您的IE浏览器版本太低,请升级至IE8及以上版本或安装webkit内核浏览器。",
        ]
    )
    parsed = parse_page(page.encode(), "past_issues.txt")
    (article,) = parsed.articles
    assert article.body.endswith("出行不再绕路。")
    assert parsed.year is None


def test_an_opening_credit_with_a_colon_opens_a_lead() -> None:
    """``（通讯员：X）10月24日，…``: a credit bracket with its role and a colon, then the date,
    where a lead word would stand: the page's first story opens there, continued from nowhere."""
    text = "（通讯员：苗一禾）10月24日，杏坛社区组织志愿者开展楼院清洁活动。志愿者清理了卫生死角。"
    (article,) = parse_page(text.encode(), "credit_colon.txt").articles
    assert not article.continued
    assert article.title == "杏坛社区组织志愿者开展楼院清洁活动"


@pytest.mark.parametrize("line", ["公示时间：2026年7月3日至7月9日。", "时间紧、任务重"])
def test_a_notices_own_time_line_is_no_site_meta(line: str) -> None:
    """Inside a notice ``公示时间：…`` is its text; only a bare label opening the line before
    a date in figures is the site's."""
    assert not is_furniture(line)


def test_a_lead_word_in_lenticular_brackets_leaves_no_bracket_in_the_inferred_title() -> None:
    text = "【青柳融媒讯】2月14日下午,区长柏青到杏坛街道宣讲全会精神。区政府办负责同志参加。"
    (article,) = parse_page(text.encode(), "bracket_word.txt").articles
    assert article.title == "区长柏青到杏坛街道宣讲全会精神"


# A news site's articles copied as text: the site's path, then per article its title, a
# publish line opening on a time stamp with its source glued after it, the font-size tool,
# one paragraph a line and the editor's line.
NEWS_SITE_PAGE = [
    "首页 > 新闻 > 区县 > 青柳",
    "",
    "青柳区召开背街小巷整治推进会",
    "2025-05-20 10:12:40来源：青柳网",
    "字号",
    "",
    "　　青柳网讯（通讯员 苏航）5月19日，青柳区召开背街小巷整治推进会。",
    "",
    "　　会议要求各街道倒排工期，确保月底前完成首批整治任务。",
    "",
    "编辑:桑禾",
]


def test_a_news_sites_publish_line_and_font_tool_are_furniture() -> None:
    """``2025-05-20 10:12:40来源：X`` under a title is the article's publish line and ``字号``
    the page's tool: furniture, no deck; the publish line's year is the page's."""
    found = furniture_lines(NEWS_SITE_PAGE)
    assert {0, 3, 4, 10} <= found
    parsed = parse_page("\n".join(NEWS_SITE_PAGE).encode(), "news_site.txt")
    (article,) = parsed.articles
    assert (article.title, article.subtitle) == ("青柳区召开背街小巷整治推进会", "")
    assert article.date is not None and article.date.iso() == "2025-05-19"


# A district congress's site copied as text: the organ's full name over the site's menu, the
# breadcrumb, then per item its title, a publish line (one in an English month's name), the
# paragraphs, a unit's credit under a label and the page tools.
CONGRESS_SITE_PAGE = [
    "梧城市青柳区人民代表大会常务委员会",  # 0
    "首页 | 人大要闻 | 代表之窗 | 监督纵横 | 公告公示",
    "您当前的位置:首页 > 人大要闻 > 工作动态",
    "",
    "区人大常委会召开第九次主任会议",
    "",  # 5
    "发布日期:2024-03-04 09:10:11 浏览次数: 字体:[ 大 中 小 ]",
    "",
    "　　3月4日上午,区人大常委会召开第九次主任会议,研究常委会近期工作。",
    "",
    "【打印本页】 【关闭窗口】",  # 10
    "",
    "桃溪社区代表联络站开展接待日活动",
    "",
    "发布时间:Mar 13, 2024 | 作者:区人大常委会办公室",
    "",  # 15
    "　　3月12日上午,桃溪社区代表联络站开展接待日活动,收集居民意见8条。",
    "",
    "文字报道:区人大常委会代表工委",
    "",
    "【打印本页】 【关闭窗口】",  # 20
    "",
    "区人大常委会视察柳岸公园改造提升工作",
    "",
    "发布日期:2024-03-20 15:02:37 浏览次数: 字体:[ 大 中 小 ]",
    "",  # 25
    "　　3月19日,区人大常委会组织部分代表视察柳岸公园改造提升工作。",
]


def test_a_congress_sites_name_menu_and_publish_lines() -> None:
    """The organ's name over the site's menu and the menu are furniture, as is a publish line
    printing its month's English name; the latest publish line bounds every item's day, so a
    lead after the first item's publish day keeps the page's year; ``文字报道：X委`` credits a
    unit, no one."""
    found = furniture_lines(CONGRESS_SITE_PAGE)
    assert {0, 1, 2, 6, 10, 14, 20, 24} <= found
    parsed = parse_page("\n".join(CONGRESS_SITE_PAGE).encode(), "congress_site.txt")
    got = [(a.title, a.date and a.date.iso(), a.reporters) for a in parsed.articles]
    assert got == [
        ("区人大常委会召开第九次主任会议", "2024-03-04", []),
        ("桃溪社区代表联络站开展接待日活动", "2024-03-12", []),
        ("区人大常委会视察柳岸公园改造提升工作", "2024-03-19", []),
    ]
    assert parsed.articles[1].body.endswith("收集居民意见8条。")
    assert page_chars_accounted(parsed)


@pytest.mark.parametrize("head", ["青州时报·民生", "桐花新闻 · 经济", "柳岸报·文旅周刊"])
def test_a_running_head_alone_on_the_first_line_is_furniture(head: str) -> None:
    """The paper's name, a middle dot and the page's section, with no date or page number
    beside it, is the running head: no headline of the article under it."""
    lines = [head, "", "", "海棠区召开文旅融合发展座谈会", "", "本报讯 6月3日，海棠区召开座谈会。"]
    assert 0 in furniture_lines(lines)


@pytest.mark.parametrize("head", ["第C03版：青州时报·综合", "第12版：桐花新闻·经济"])
def test_a_running_head_after_the_page_code_is_furniture(head: str) -> None:
    """``第C03版：X时报·综合``: the page's code and a colon before the running head, as an
    e-paper prints it over the page's text, no date beside it: furniture still."""
    lines = [head, "", "海棠区召开文旅融合发展座谈会", "", "本报讯 6月3日，海棠区召开座谈会。"]
    assert 0 in furniture_lines(lines)


def test_an_epaper_pages_dotted_title_list_under_its_navigation_and_code_line_are_furniture() -> (
    None
):
    """The e-paper's head prints its code line (``第B03版：X``), the navigation, then the label
    and the list of the page's titles, each marked by a dot and printed again over its story:
    all furniture, as is the copyright notice at its foot; each story keeps its own title."""
    page = [
        "桐城晚报数字报",
        "2023年05月10日　星期三",
        "第B03版：桐花·老街记忆",
        "上一版　　下一版",
        "",
        "本版新闻",
        "· 桐花街道修缮百年戏楼",
        "· 梧桐区召开文物普查推进会",
        "",
        "桐花街道修缮百年戏楼",
        "",
        "　　本报讯 5月9日，桐花街道百年戏楼修缮工程开工，预计年底完工。",
        "",
        "梧桐区召开文物普查推进会",
        "",
        "　　本报讯 5月8日，梧桐区召开文物普查推进会，部署下一阶段工作。",
        "",
        "上一篇　　下一篇",
        "桐城晚报数字报 版权所有 桐城报业集团",
        "未经书面授权，不得复制、转载或建立镜像",
    ]
    assert furniture_lines(page) == {0, 1, 2, 3, 5, 6, 7, 17, 18, 19}
    parsed = parse_page("\n".join(page).encode(), "epaper_list.txt")
    assert [(a.title, a.subtitle) for a in parsed.articles] == [
        ("桐花街道修缮百年戏楼", ""),
        ("梧桐区召开文物普查推进会", ""),
    ]


def test_an_indented_reporters_paragraph_goes_on_with_the_story_on_an_indent_marked_page() -> None:
    """On a page that marks each paragraph by its indent alone, the reporter's ``记者从……了解到``
    indented under a finished sentence is the same story's next paragraph, not a new story."""
    page = [
        "桐花街道修缮百年戏楼",
        "",
        "　　本报讯（记者 苗若溪）5月9日，桐花街道百年戏楼修缮工程开工。",
        "　　上午9时许，工人们搭起脚手架，老居民在一旁看着，说盼这一天盼了好多年。",
        "　　记者从桐花街道了解到，修缮将按原样恢复戏台的木雕和彩绘，预计年底完工。",
        "",
        "梧桐区召开文物普查推进会",
        "",
        "　　本报讯 5月8日，梧桐区召开文物普查推进会，部署下一阶段工作。",
        "　　会议要求，各单位要摸清家底，逐处建档。",
    ]
    parsed = parse_page("\n".join(page).encode(), "indented.txt")
    assert [a.title for a in parsed.articles] == [
        "桐花街道修缮百年戏楼",
        "梧桐区召开文物普查推进会",
    ]
    assert parsed.articles[0].paragraphs[-1].startswith("记者从桐花街道了解到")


@pytest.mark.parametrize(
    "line", ["放大 缩小 默认", "您现在的位置：首页 > 新闻中心 > 区县动态", "分享", "字号：大 中 小"]
)
def test_a_web_pages_tools_and_where_it_sits_are_furniture(line: str) -> None:
    """An e-paper's zoom tool, a share button, the site's "where you are" line and its font
    tool, copied with the story: no kicker, no title."""
    assert is_furniture(line)


def test_a_share_word_in_a_headline_is_no_furniture() -> None:
    assert not is_furniture("分享经验 共促发展")
