from __future__ import annotations

import pytest

from ingest.parser import page_chars_accounted, parse_page
from ingest.parser.articles import implicit_starts, segment, tag_lines
from ingest.parser.model import ParsedArticle

from .helpers import parse_dict


def test_glued_byline_becomes_its_own_line() -> None:
    tagged = tag_lines(["限期销号。记者 孙丽"])
    assert tagged == [("text", "限期销号。"), ("byline", "记者 孙丽")]


def test_byline_like_line_mid_sentence_stays_body() -> None:
    tagged = tag_lines(["本报讯 近日，海棠区组织", "记者 代表"])
    assert tagged[1] == ("text", "记者 代表")


def _two_articles(first: list[str], headline: str, second: list[str]) -> list[str]:
    """A page of two articles with a headline set apart by blank lines between them."""
    return [*first, "", headline, "", *second]


def _one_story(lines: list[str]) -> ParsedArticle:
    """The one article a page of ``lines`` is read as, every character placed."""
    parsed = parse_page("\n".join(lines).encode(), "one-story.txt")
    assert page_chars_accounted(parsed)
    (article,) = parsed.articles
    return article


def _two_stories(page: str) -> tuple[ParsedArticle, ParsedArticle]:
    """The two articles ``page`` is cut into, every character placed."""
    parsed = parse_page(page.encode(), "two-stories.txt")
    assert page_chars_accounted(parsed)
    first, second = parsed.articles
    return first, second


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


# A hard-wrapped column of 16 characters: where a body that opens on no lead word (no
# 本报讯, no date first) starts a new article under a headline, and where a short line between
# two paragraphs stays inside one.
_W = 16
_DATELINE_BODY = ["本报讯 6月1日，海棠区召开防汛工", "作会议，部署汛期各项工作。"]
NO_LEAD_WORD = [
    pytest.param(
        [
            *_DATELINE_BODY,
            "",
            "",
            "“百姓书屋”开进小巷深处",
            "白鹭街道“百姓书屋”6月2日开门",
            "迎客，首批藏书三千余册。",
        ],
        ["白鹭街道“百姓书屋”6月2日开门"],
        [["“百姓书屋”开进小巷深处"]],
        id="headline_under_a_double_blank_line",
    ),
    pytest.param(
        [
            *_DATELINE_BODY,
            "",
            "",
            "“百姓书屋”开进小巷深处  ·民生",
            "白鹭街道“百姓书屋”6月2日开门",
            "迎客，首批藏书三千余册。",
        ],
        ["白鹭街道“百姓书屋”6月2日开门"],
        [["“百姓书屋”开进小巷深处  ·民生"]],
        id="headline_with_a_column_label_wider_than_the_column",
    ),
    pytest.param(
        [
            *_DATELINE_BODY,
            "海棠区部署防汛工作",
            "",
            "",
            "本报讯 6月2日，白鹭街道召开书屋",
            "建设推进会，明确年内任务。",
            "白鹭街道推进书屋建设",
            "",
            "白鹭街道工委书记钱立新介绍，",
            "街道今年将新建书屋三处。",
        ],
        ["本报讯 6月2日，白鹭街道召开书屋", "白鹭街道工委书记钱立新介绍，"],
        [["海棠区部署防汛工作"], ["白鹭街道推进书屋建设"]],
        id="headline_printed_after_its_article_then_a_blank_line",
    ),
    pytest.param(
        [
            *_DATELINE_BODY,
            "",
            "荷塘月色醉游人",
            "文/图 本报记者 钱立新",
            "一场夜雨过后，白鹭湾的荷花陆续开",
            "放。周末一早，湾边就挤满了游人。",
        ],
        ["一场夜雨过后，白鹭湾的荷花陆续开"],
        [["荷塘月色醉游人"]],
        id="byline_line_under_a_headline_over_a_feature",
    ),
    pytest.param(
        [
            *_DATELINE_BODY,
            "",
            "压实责任 守牢底线",
            "会议要求，各街道要落实巡查制度，",
            "确保安全度汛。",
        ],
        [],
        [],
        id="subhead_under_one_blank_line_stays_inside",
    ),
    pytest.param(
        [
            *_DATELINE_BODY,
            "",
            "",
            "其中三处低洼路段，将加装水泵",
            "站。各街道还建立了巡查台账，确",
            "保安全度汛。",
        ],
        [],
        [],
        id="column_break_over_a_line_with_a_clause_stays_inside",
    ),
    pytest.param(
        [*_DATELINE_BODY, "", "", "会议听取了区水利局关于汛前检查", "情况的汇报，研究了有关事项。"],
        [],
        [],
        id="column_break_over_a_full_line_stays_inside",
    ),
    pytest.param(
        [*_DATELINE_BODY, "区水利局汇报了", "", "汛前检查情况，研究了有关事项。"],
        [],
        [],
        id="column_break_under_a_short_line_on_a_page_of_headlines_before",
    ),
]


@pytest.mark.parametrize(("lines", "starts", "headlines"), NO_LEAD_WORD)
def test_body_without_lead_word_under_a_headline(
    lines: list[str], starts: list[str], headlines: list[list[str]]
) -> None:
    """``starts``: the first line of each article after the first; ``headlines``: the
    headline lines between them."""
    seg = segment(lines, _W)
    assert [a.lines[0] for a in seg.articles[1:]] == starts
    assert seg.articles[0].lines[: len(_DATELINE_BODY)] == _DATELINE_BODY
    assert seg.clusters[1:-1] == headlines


def test_byline_under_an_unfinished_line_after_a_column_break_opens_nothing() -> None:
    # OCR lost the full stops: the lines over the byline read as headline lines, but the blank
    # line over them follows an unfinished sentence (a column break), so the byline is no
    # opening of the next story: it stays with the text it follows.
    lines = [
        *_DATELINE_BODY[:1],
        "作会议，部署汛期各项工作",
        "",
        "各街道要加强巡查值守确保",
        "安全度汛",
        "记者 孙丽",
        "",
        "海棠区新建口袋公园",
        "本报讯 6月3日，海棠区新建口袋公园12个。",
    ]
    seg = segment(lines, _W)
    assert [a.byline_lines for a in seg.articles] == [[], []]
    assert "记者 孙丽" in seg.articles[0].lines
    assert seg.articles[1].lines == lines[-1:]


# The article printed after a jump line in the tests below.
_NEXT_ARTICLE = [
    "海棠区开展消防演练",
    "9月4日，海棠区消防大队在花园小区开展演练。",
    "演练结束后，居民学习了灭火器使用方法。",
    "（通讯员 王芳）",
]


def test_the_lines_above_a_jump_line_are_body_broken_off() -> None:
    """The paragraph the column breaks off above ``（下转第三版）`` reads like two headline
    lines (short, no full stop): it is still the article's body."""
    page = "\n".join(
        [
            "海棠区召开秋粮收购推进会",
            "",
            "本报讯（记者 孙丽）9月3日，海棠区秋粮收购推进会",
            "召开。区长柏青禾出席并讲话，副区长葛川主持会议。",
            "会议通报了今年以来秋粮收购工作进展，全区已收购",
            "秋粮3.2万吨，各收购点运转正常，群众反映良好。",
            "柏青禾指出，秋粮收购关系农民增收，要坚持",
            "“优质优价”，既要收得快，更要",
            "（下转第三版）",
            "",
            "",
            *_NEXT_ARTICLE,
        ]
    )
    parsed = parse_page(page.encode(), "jump.txt")
    first, second = parsed.articles
    assert first.body.endswith("既要收得快，更要")
    assert first.title == "海棠区召开秋粮收购推进会"
    assert second.title == "海棠区开展消防演练"
    assert page_chars_accounted(parsed)


@pytest.mark.parametrize(
    "jump",
    # A city paper numbers its pages with the section's letter: ``（下转A11版）``.
    ["（下转第三版）", "(下转第12版)", "（转第 5 版）", "（下转A11版）", "(下转B2版)"],
)
def test_jump_line_ends_its_article(jump: str) -> None:
    """A jump line ends its article; the text above it is the body broken off."""
    page = "\n".join(
        [
            "海棠区召开秋粮收购会",
            "本报讯（记者 孙丽）9月3日，海棠区召开秋粮收购会。",
            "会议要求，各镇要加快收购进度，",
            jump,
            "",
            "",
            *_NEXT_ARTICLE,
        ]
    )
    parsed = parse_page(page.encode(), "jump.txt")
    first, second = parsed.articles
    assert first.body.endswith("各镇要加快收购进度，")
    assert first.title == "海棠区召开秋粮收购会"
    assert first.correspondents == []
    assert second.body.startswith("9月4日，海棠区消防大队")
    assert second.title == "海棠区开展消防演练"
    assert second.correspondents == ["王芳"]
    assert page_chars_accounted(parsed)


def test_brief_items_each_end_before_the_next_items_date() -> None:
    """A brief block: the credit closes only the item it follows, and an item opening on a
    date or a time word after a finished one is the next item; a signed article with a lead
    word keeps its dated paragraphs."""
    page = "\n".join(
        [
            "海棠区召开防汛会",
            "本报讯 6月2日，海棠区召开防",
            "汛会，部署汛期各项工作。",
            "6月3日，各镇开展了隐患排查，",
            "共整改问题12处。",
            "记者 孙丽",
            "",
            "",
            "简讯",
            "6月3日，海棠街道开展防溺水",
            "宣传，发放宣传资料300",
            "余份。",
            "日前，海棠区图书馆新增图书2",
            "000册。（通讯员 王芳）",
            "近日，花园路街道举办少儿书画",
            "展，展出作品80余幅。",
        ]
    )
    parsed = parse_page(page.encode(), "briefs.txt")
    starts = [a.body[:8] for a in parsed.articles]
    assert starts == ["本报讯 6月2日", "6月3日，海棠街", "日前，海棠区图书", "近日，花园路街道"]
    assert parsed.articles[0].body.endswith("共整改问题12处。")
    assert parsed.articles[1].correspondents == []
    assert parsed.articles[2].correspondents == ["王芳"]
    assert parsed.articles[2].body.endswith("新增图书2000册。")


def test_a_brief_item_closed_by_names_alone_glued_to_its_last_sentence() -> None:
    """Under a brief block's label, an item closed by names alone in a bracket glued after its
    last sentence (``……使用方法。（X）``): the bracket is its credit, and the item under it
    opening on ``近日`` is the next item, not more of its body."""
    page = "\n".join(
        [
            "简　讯",
            "",
            "■6月3日，海棠街道为30名老",
            "人免费适配助行器，并上门讲解",
            "使用方法。（柏青禾）",
            "",
            "■近日，花园路街道开通“邻里",
            "帮”线上平台，居民可随时发布",
            "求助信息。",
        ]
    )
    parsed = parse_page(page.encode(), "briefs.txt")
    assert page_chars_accounted(parsed)
    assert [a.body[:5] for a in parsed.articles] == ["6月3日，", "近日，花园"]
    assert parsed.articles[0].body.endswith("使用方法。")
    assert parsed.articles[0].correspondents == ["柏青禾"]


def test_a_brief_item_opening_on_its_credit_bracket_is_the_next_item() -> None:
    """Under a brief label an item may open on its credit's bracket, a unit and a bare name
    (``■（区委宣传部 X）6月4日，……``) with no lead word before it: the next item, the name a
    correspondent, the unit no one, the body from the date."""
    page = "\n".join(
        [
            "简 讯",
            "",
            "■6月3日，海棠街道为辖区30家餐馆开展",
            "燃气安全检查，整改隐患5处。",
            "",
            "■（区委宣传部 苏航）6月4",
            "日，全区文明实践推进会召开，部署",
            "下半年志愿服务工作。",
        ]
    )
    parsed = parse_page(page.encode(), "briefs.txt")
    starts = [a.body[:8] for a in parsed.articles]
    assert starts == ["6月3日，海棠街", "6月4日，全区文"]
    assert parsed.articles[1].correspondents == ["苏航"]
    assert parsed.articles[1].reporters == []


def test_a_story_opening_on_a_bracket_of_roles_with_no_lead_word_credits_them() -> None:
    """A story may open on its byline's bracket with no lead word before it, its roles
    printed (``（记者 X 通讯员 Y）1月14日，……``): the names are its reporter and correspondent,
    the body starts at the date, as under ``本报讯``."""
    for bracket in ("（记者 林海 通讯员 周洁）", "(记者 林海 通讯员 周洁)"):
        page = "\n".join(
            [
                "海棠区人大常委会召开第十九次会议",
                f"{bracket}1月14日，区人大常委会第十九次会议召开。",
                "区人大常委会主任柏青禾主持会议。",
            ]
        )
        article = parse_page(page.encode(), "roles.txt").articles[0]
        assert (article.reporters, article.correspondents) == (["林海"], ["周洁"])
        assert article.body.startswith("1月14日，区人大")
    lone = parse_page("（记者 林海）近日，海棠区召开防汛会。\n".encode(), "lone.txt").articles[0]
    assert (lone.title, lone.reporters) == ("海棠区召开防汛会", ["林海"])


def test_brief_items_set_wider_than_the_column_each_end_at_their_full_stop() -> None:
    """Under a brief label the items may run wider than the page's column, each item's last
    line as full as the others: a lead after a full stop at a line's end still opens the
    next item, with no blank line and no bullet between."""
    page = "\n".join(
        [
            "海棠区召开防汛会",
            "本报讯 6月2日，海棠区召开",
            "防汛会，部署汛期各项工作。",
            "会议要求，各镇要排查隐患，",
            "确保安全度汛。（记者 孙丽）",
            "",
            "简 讯",
            "6月3日，海棠街道为辖区30家餐馆",
            "开展燃气安全检查，整改隐患5处。",
            "6月4日，花园路街道举办少儿书画",
            "展，展出作品80余幅。",
        ]
    )
    parsed = parse_page(page.encode(), "briefs.txt")
    starts = [a.body[:8] for a in parsed.articles]
    assert starts == ["本报讯 6月2日", "6月3日，海棠街", "6月4日，花园路"]
    assert parsed.articles[1].body.endswith("整改隐患5处。")
    assert parsed.articles[1].column == "简讯"


@pytest.mark.parametrize(
    "before",
    [[], ["海棠区开展植树活动", "本报讯 3月12日，海棠区开展植树活动。", "记者 孙丽", "", ""]],
)
def test_interview_body_starts_under_its_dash_deck(before: list[str]) -> None:
    """An interview under its title and ``——访……`` deck opens on no lead word: the title and
    the deck are its headline, at the top of the page or under a finished article."""
    page = "\n".join(
        [
            *before,
            "让书屋亮起来",
            "——访区人大代表柏青禾",
            "今年区人大会上，柏青禾提交了",
            "建议。记者就此采访了他。",
            "记者：为什么关注书屋？",
            "柏青禾：孩子放学后有地方去。",
            "（记者 方晏）",
        ]
    )
    parsed = parse_page(page.encode(), "interview.txt")
    last = parsed.articles[-1]
    assert len(parsed.articles) == len(before) // 3 + 1
    assert last.body.startswith("今年区人大会上")
    assert (last.title, last.subtitle) == ("让书屋亮起来", "——访区人大代表柏青禾")
    assert not last.continued


def test_a_profile_deck_longer_than_the_column_is_no_body() -> None:
    """A profile's ``——记……`` deck under its title may run longer than the column: it is
    still the deck, and the body opens under it on no lead word."""
    page = "\n".join(
        [
            "本报讯 3月12日，海棠区开展",
            "植树活动，干部群众六百余人",
            "参加，共栽下银杏、国槐等苗",
            "木两千余株，绿化面积三十亩。",
            "（记者 孙丽）",
            "",
            "",
            "守着老街的灯火",
            "——记石榴街道青梅社区党委书记柏青禾",
            "天刚亮，柏青禾已经走在老街的",
            "石板路上。她在社区工作了十二",
            "年，熟悉每一户人家的难处，帮",
            "居民办成实事四十余件。",
            "（记者 方晏）",
        ]
    )
    parsed = parse_page(page.encode(), "profile.txt")
    last = parsed.articles[-1]
    assert len(parsed.articles) == 2
    assert last.body.startswith("天刚亮")
    assert (last.title, last.subtitle) == ("守着老街的灯火", "——记石榴街道青梅社区党委书记柏青禾")
    official = [(p.name, p.titles) for p in last.persons if p.role == "official"]
    assert official == [("柏青禾", ["石榴街道青梅社区党委书记"])]


@pytest.mark.parametrize(
    ("label", "items"),
    [
        ("简讯", ["3月1日，花园路街道义诊。", "近日，海棠区新建2处口袋公园。"]),
        # a label the parser does not know, over bulleted items
        ("集锦", ["■3月1日，花园路街道开展义诊。", "■近日，海棠区新建2处口袋公园。"]),
    ],
)
def test_a_short_label_over_briefs_is_their_column_not_a_deck(label: str, items: list[str]) -> None:
    """A page printing headlines after their articles: a short label under the last headline
    and over items with no headline of their own is the brief block's label, not that
    headline's deck."""
    page = "\n".join(
        [
            "本报讯 3月2日，海棠区召开春耕推进会。",
            "会议要求，各镇要抓好农资供应。",
            "海棠区召开春耕推进会",
            "",
            "",
            label,
            *items,
        ]
    )
    parsed = parse_page(page.encode(), "label.txt")
    first, item, _ = parsed.articles
    assert (first.title, first.subtitle) == ("海棠区召开春耕推进会", "")
    assert item.column == label
    assert item.title_inferred
    assert page_chars_accounted(parsed)


@pytest.mark.parametrize("jump", ["（上接第一版）", "(上接第3版)"])
def test_text_under_a_jump_line_continues_an_earlier_pages_article(jump: str) -> None:
    """Under ``（上接第一版）`` a body goes on from another page, at the top of the page or
    under a finished article: continued, no title of its own, the jump line no body."""
    page = "\n".join(
        [
            "海棠区开展植树活动",
            "本报讯 3月12日，海棠区开展植树活动。",
            "记者 孙丽",
            "",
            "",
            jump,
            "各镇要把苗木管护责任落到人，",
            "确保成活率。",
        ]
    )
    parsed = parse_page(page.encode(), "jump_in.txt")
    first, second = parsed.articles
    assert not first.continued
    assert second.continued
    assert second.body == "各镇要把苗木管护责任落到人，确保成活率。"
    assert second.title == ""
    assert page_chars_accounted(parsed)


@pytest.mark.parametrize("jump", ["（上接第一版）", "(上接第3版)", " （上接第A2版）"])
def test_a_jump_line_run_on_into_the_first_body_line_is_no_body(jump: str) -> None:
    """``(上接第3版)苗管护…``, one paragraph a line: the jump line set at the start of the
    continued body's first line is read as one printed apart, not as the body's text."""
    page = "\n".join(
        [
            f"{jump}护责任落到人,确保成活率。",
            "",
            "海棠区开展植树活动",
            "本报讯 3月12日,海棠区开展植树活动。记者 孙丽",
        ]
    )
    parsed = parse_page(page.encode(), "jump_in_run_on.txt")
    first, second = parsed.articles
    assert first.continued
    assert first.body == "护责任落到人，确保成活率。"
    assert second.title == "海棠区开展植树活动"
    assert page_chars_accounted(parsed)


def test_headlines_set_apart_over_the_first_jump_line_head_the_bodies_after_it() -> None:
    """A cluster of headlines on top, in groups set apart by blank lines, a blank line, then
    ``（上接第一版）``: no banner of the page (one line set apart there is one) but the
    headlines of the bodies after the continued one, in order; the continued body keeps none."""
    page = "\n".join(
        [
            "梧 桐 村 拆 迁 决 战",
            "",
            "一台电梯 暖了一座楼",
            "——桃溪街道老楼加装电梯见闻",
            "",
            "柳湖街区“小更新”完工",
            "",
            "（上接第一版）",
            "观摩团随后察看了多个项目现场，",
            "听取了进度汇报。",
            "",
            "本报讯 5月8日，海棠乡召开梧桐村",
            "拆迁攻坚推进会，部署下一步工作。",
            "",
            "本报讯 5月9日，桃溪街道老楼加装的",
            "第二部电梯投用，住户不再爬楼。",
            "",
            "本报讯 近日，柳湖街区“小更新”完",
            "工，新建口袋公园2处。",
        ]
    )
    parsed = parse_page(page.encode(), "cluster_jump.txt")
    heads = [(a.title, a.subtitle, a.continued) for a in parsed.articles]
    assert heads == [
        ("", "", True),
        ("梧桐村拆迁决战", "", False),
        ("一台电梯 暖了一座楼", "——桃溪街道老楼加装电梯见闻", False),
        ("柳湖街区“小更新”完工", "", False),
    ]
    assert page_chars_accounted(parsed)


def test_a_signed_article_opening_on_a_date_keeps_its_dated_paragraphs() -> None:
    """No brief label over it: a later dated paragraph is part of the signed story."""
    page = "\n".join(
        [
            "海棠区防汛演练举行",
            "6月2日，海棠区举行防汛应急演",
            "练，300余人参加。",
            "6月3日，各镇又开展了隐患排查，",
            "共整改问题12处。",
            "（通讯员 王芳）",
        ]
    )
    (article,) = parse_page(page.encode(), "signed.txt").articles
    assert article.body.endswith("共整改问题12处。")
    assert article.correspondents == ["王芳"]


@pytest.mark.parametrize("mark", ["（完）", "（全文完）"])
@pytest.mark.parametrize("alone", [False, True])
def test_an_end_mark_closes_its_article_and_is_no_body(mark: str, alone: bool) -> None:
    """``（完）`` ends the article like a closing byline: the next headline is not its body."""
    last = ["苗木成活率达到九成。", mark] if alone else [f"苗木成活率达到九成。{mark}"]
    page = "\n".join(
        [
            "海棠区春季植树活动启动",
            "本报讯 3月9日，海棠区在东郊林场",
            "举行义务植树活动，200余人参加，",
            *last,
            "",
            "",
            "柳岸街道开展夜市安全巡查",
            "本报讯 3月10日，柳岸街道组织人员",
            "对辖区夜市摊点开展安全巡查。",
        ]
    )
    first, second = parse_page(page.encode(), "end_mark.txt").articles
    assert first.body.endswith("苗木成活率达到九成。")
    assert second.title == "柳岸街道开展夜市安全巡查"
    assert mark not in second.body


@pytest.mark.parametrize(
    "last",
    [
        ["拨打热线咨询。（下转第5版）"],
        ["拨打热线咨询。（下转第", "5版）"],
        ["拨打热线咨询的（下转第5版）"],
        ["拨打热线咨询。（下转A5版）"],
    ],
)
def test_a_jump_line_at_the_end_of_a_body_line_is_no_body(last: list[str]) -> None:
    """``……咨询。（下转第5版）``, on one line or wrapped: the story ends there, and the jump
    line is no body of it, as when it stands on a line of its own."""
    page = "\n".join(
        [
            "梧桐区冬季供暖全面启动",
            "本报讯 11月5日，梧桐区新增供暖",
            "小区12个，居民遇到问题可",
            *last,
            "",
            "",
            "图为11月6日，居民在桐花公园赏菊。",
            "本报记者 路晓禾 摄",
            "",
            "",
            "桐花街道开展消防演练",
            "本报讯 11月7日，桐花街道在辖区",
            "开展高层建筑消防演练。",
        ]
    )
    parsed = parse_page(page.encode(), "jump_tail.txt")
    first, second = parsed.articles
    assert first.body.rstrip("。的").endswith("拨打热线咨询")
    assert "下转" not in first.body
    assert first.reporters == []
    assert second.title == "桐花街道开展消防演练"
    assert page_chars_accounted(parsed)


@pytest.mark.parametrize("caption", ["图为桐花公园的银杏大道。", "11月6日，居民在桐花公园赏菊。"])
def test_a_caption_credited_on_its_own_line_under_a_jump_is_no_byline(caption: str) -> None:
    """A photo caption set apart under a jumped story, credited ``本报记者 X 摄`` on a line of
    its own, whether it opens on ``图为`` or on a date: X signs neither story."""
    page = "\n".join(
        [
            "梧桐区冬季供暖全面启动",
            "本报讯 11月5日，梧桐区新增供暖",
            "小区12个，居民可拨打热线咨询。",
            "（下转第5版）",
            "",
            "",
            caption,
            "本报记者 路晓禾 摄",
            "",
            "",
            "桐花街道开展消防演练",
            "本报讯（记者 林一苇）11月7日，桐花街道",
            "在辖区开展高层建筑消防演练。",
        ]
    )
    first, second = parse_page(page.encode(), "jump_caption.txt").articles
    assert first.reporters == []
    assert second.reporters == ["林一苇"]
    assert caption[:8] not in first.body + second.body
    assert "路晓禾" not in first.body + second.body


def test_a_nameless_credit_over_a_lead_like_sentence_is_no_title_half() -> None:
    """``本报评论员`` under a commentary's title is its credit, even when the commentary's first
    sentence opens as a lead does (a season, a time): never the second half of the title."""
    page = "\n".join(
        [
            "桐花街道开展消防演练",
            "本报讯 3月6日，桐花街道在辖区开展",
            "高层建筑消防演练。（记者 林一苇）",
            "",
            "",
            "短评",
            "让春耕的劲头再足一些",
            "本报评论员",
            "开春以来，农时不等人。",
            "各镇要把农资供应抓在前头，",
            "把服务送到田间地头。",
        ]
    )
    _first, second = parse_page(page.encode(), "commentary.txt").articles
    assert second.title == "让春耕的劲头再足一些"
    assert second.reporters == []
    assert second.body.startswith("开春以来")


def test_a_closing_byline_wrapped_over_three_lines_is_no_body() -> None:
    """In a column of nine characters the closing byline breaks inside both names; its three
    lines close the article, none is body."""
    lines = [
        "本报讯 3月2日，青",
        "柳镇的渡口新添了一",
        "座候船亭，过往的村",
        "民不再日晒雨淋。（",
        "记者 欧阳晓帆 实习",
        "生 蔺秋禾）",
    ]
    seg = segment(lines, 9)
    assert len(seg.articles) == 1
    art = seg.articles[0]
    assert art.lines[-1] == "民不再日晒雨淋。"
    assert "".join(art.byline_lines) == "（记者 欧阳晓帆 实习生 蔺秋禾）"


@pytest.mark.parametrize("closing", ["（通讯员 晏青禾）", ""])
def test_a_headline_over_a_byline_line_over_a_lead_opens_the_next_article(closing: str) -> None:
    """After an article closed by its bracket credit (or by its last sentence), a double blank,
    a headline, a ``本报记者 X`` line right under it and the next ``本报讯`` lead: the headline
    and the byline are the next article's, none of them is the closing credit's tail."""
    page = "\n".join(
        [
            "渡口新添候船亭",
            "本报讯 4月3日，青柳镇渡口的候",
            "船亭建成，过往村民不再日晒雨淋。",
            "“等船有个坐处，心里踏实。”村民",
            f"蒙守义说。{closing}",
            "",
            "",
            "春灯映照老街巷",
            "本报记者 蔺秋禾",
            "本报讯 4月5日，海棠区老街的春灯",
            "点亮，200余盏花灯沿街挂起。",
        ]
    )
    first, second = parse_page(page.encode(), "headline_byline.txt").articles
    assert first.reporters == []
    assert first.correspondents == (["晏青禾"] if closing else [])
    assert first.body.endswith("心里踏实。”村民蒙守义说。")
    assert second.title == "春灯映照老街巷"
    assert second.reporters == ["蔺秋禾"]


@pytest.mark.parametrize("second", ["实习记者 郝小满", "通讯员 郝小满"])
def test_a_byline_over_two_lines_under_the_headline_opens_the_article(second: str) -> None:
    """A city paper prints its byline over two lines between the headline and the lead
    (``□晚报记者 X`` / ``实习记者 Y``): both lines are the article's byline, neither is body
    nor an article of its own."""
    page = "\n".join(
        [
            "青柳镇渡口候船亭建成",
            "年内再建两座 方便村民出行",
            "□晚报记者 蔺 秋",
            second,
            "",
            "　　本报讯 昨日上午，青柳镇渡口的候船亭建成，过往村民不再日晒雨淋。",
            "　　“等船有个坐处，心里踏实。”村民蒙守义说。",
        ]
    )
    (art,) = parse_page(page.encode(), "two_line_byline.txt").articles
    assert art.title == "青柳镇渡口候船亭建成"
    assert art.subtitle == "年内再建两座 方便村民出行"
    assert art.body.startswith("本报讯 昨日上午")
    names = (art.reporters, art.correspondents)
    assert names == ((["蔺秋", "郝小满"], []) if "记者" in second else (["蔺秋"], ["郝小满"]))


def test_a_byline_line_opening_the_page_over_a_features_prose_opens_the_article() -> None:
    """A feature's page copied without its title: the byline line is the page's first text,
    over prose that opens on no lead word. Nothing above it is left to close, so it is the
    byline of the story under it, not a headline."""
    page = "\n".join(
        [
            "本报记者 蔺秋禾 通讯员 郝小满 苗青",
            "清晨的薄雾还没散尽，青柳镇渡口已经热闹起来。三年来，一条渡船连起了两岸的村庄。",
            "“有了新码头，心里踏实。”村民蒙守义说。",
        ]
    )
    (art,) = parse_page(page.encode(), "feature.txt").articles
    assert (art.reporters, art.correspondents) == (["蔺秋禾"], ["郝小满", "苗青"])
    assert art.body.startswith("清晨的薄雾还没散尽")


def test_a_body_line_filling_a_narrow_column_is_no_headline() -> None:
    """A column narrower than the page's: its full line under a paragraph's short last line is
    body, even when the line below opens on a time word (``月初``, the tail of a wrapped phrase)."""
    page = "\n".join(
        [
            "桐花街道开展高层建筑消防演练",
            "本报讯 3月6日，桐花街道在辖区一处高层住宅开展",
            "消防演练，200余名居民参加。演练模拟了楼道起火",
            "后的疏散与初起火灾扑救，消防员现场讲解了灭火器",
            "的使用方法。居民韩素琴说，这样的演练多来几次，",
            "遇到事情心里就不慌了。",
            "",
            "",
            "青石镇部署夏季防汛",
            "本报讯 5月8日，青石镇召开",
            "夏季防汛工作会。镇长柳如烟",
            "主持会议。",
            "会议强调，各村要盯紧汛期",
            "月初强降雨多发的时段，加",
            "强巡堤查险，确保群众安全。",
        ]
    )
    articles = parse_page(page.encode(), "flood.txt").articles
    assert [a.title for a in articles] == ["桐花街道开展高层建筑消防演练", "青石镇部署夏季防汛"]
    assert articles[1].body.endswith(
        "会议强调，各村要盯紧汛期月初强降雨多发的时段，加强巡堤查险，确保群众安全。"
    )


def test_brief_items_opening_on_a_span_or_last_week_are_items_of_their_own() -> None:
    """Under a brief block's label an item may open on a span (``今年以来，``) or a week
    (``上周，``) with no day printed: after a finished item, each is the next item."""
    page = "\n".join(
        [
            "海棠区召开防汛会",
            "本报讯 6月2日，海棠区召开防",
            "汛会，部署汛期各项工作。",
            "记者 孙丽",
            "",
            "",
            "简讯",
            "今年以来，海棠区图书馆共接待读",
            "者3万余人次，新办借书证1",
            "200张。",
            "上周，花园路街道举办少儿书画",
            "展，展出作品80余幅。",
            "本周三，青石社区开展义剪活动，",
            "40余名老人理了发。",
        ]
    )
    parsed = parse_page(page.encode(), "briefs.txt")
    starts = [a.body[:8] for a in parsed.articles]
    assert starts == ["本报讯 6月2日", "今年以来，海棠区", "上周，花园路街道", "本周三，青石社区"]
    assert parsed.articles[1].body.endswith("新办借书证1200张。")


@pytest.mark.parametrize("issue_date", ["2025-03-20", None])
def test_a_paragraph_dated_long_before_the_page_is_history_not_a_story(
    issue_date: str | None,
) -> None:
    """An anniversary report tells the event it marks: no new article under the signed lead,
    whether the issue's year is given or only printed on the page."""
    page = "\n".join(
        [
            "纪念青石桥通车90周年座谈会举行",
            "本报讯（记者 荀晓岚）3月18日，纪念青石桥通车90周年座谈会在桃源区",
            "档案馆举行，区委副书记邬长庚主持会议。",
            "1935年6月1日，青石桥建成通车，两岸商旅从此往来不绝。",
            "与会代表表示，将在2025年内完成桥头碑亭的修缮。",
        ]
    )
    (article,) = parse_page(page.encode(), "history.txt", issue_date=issue_date).articles
    assert article.body.endswith("碑亭的修缮。")
    assert article.date is not None and (article.date.month, article.date.day) == (3, 18)


def test_a_bare_date_after_a_past_years_paragraph_goes_on_with_the_same_story() -> None:
    """A literary piece's chronicle (``1935年6月1日，……`` then ``6月3日，……``) stays one piece;
    a paragraph dated in the page's own time still opens a story."""
    page = "\n".join(
        [
            "渡口旧事",
            "文/欧阳明溪",
            "老人们至今还把河湾叫作“官渡”，渡船早已停了。",
            "1935年6月1日，青石桥建成通车，渡口一下子冷清下来。",
            "6月3日，最后一条渡船靠岸，船工们把缆绳系在了老槐树上。",
            "如今，河湾边立起了一块说明牌。",
            "",
            "2025年3月2日，桃源区图书馆开展读书分享活动。",
        ]
    )
    parsed = parse_page(page.encode(), "chronicle.txt", issue_date="2025-03-20")
    essay, brief = parsed.articles
    assert essay.title == "渡口旧事"
    assert essay.body.endswith("说明牌。")
    assert essay.date is None
    assert brief.body.startswith("2025年3月2日")


def test_a_notice_under_a_story_is_an_article_of_its_own() -> None:
    """A ``……的决定`` title wrapped after a ``、``, then an address line with no lead word:
    the notice starts under its title, not inside the story above; a ``……公示`` body that
    opens quoting another notice (``……的通知``) keeps its first lines."""
    page = "\n".join(
        [
            "桃源区表彰大会召开",
            "本报讯（记者 荀晓岚）5月4日，桃源区",
            "青年表彰大会在区文化中心举行。",
            "",
            "",
            "中共桃源区委员会关于表彰优秀青年志愿者、",
            "优秀青年工作者的决定",
            "各镇党委，区直各单位",
            "党组织：",
            "为表彰先进，区委决定，授予",
            "邬长庚等3名同志荣誉称号。",
            "中共桃源区委员会",
            "2025年4月28日",
            "",
            "",
            "桃源区2025年度“书香家庭”公示",
            "按照区文明办关于开展",
            "“书香家庭”评选的通知",
            "要求，拟推荐以下家庭，",
            "现予以公示。",
            "桃源区文明办",
            "2025年5月2日",
        ]
    )
    parsed = parse_page(page.encode(), "notice.txt", issue_date="2025-05-06")
    story, decision, listing = parsed.articles
    assert story.body.endswith("举行。")
    assert decision.title == "中共桃源区委员会关于表彰优秀青年志愿者、优秀青年工作者的决定"
    assert decision.body.startswith("各镇党委")
    assert decision.body.endswith("2025年4月28日")
    assert listing.title == "桃源区2025年度“书香家庭”公示"
    assert listing.body.startswith("按照区文明办")
    assert page_chars_accounted(parsed)


def test_under_a_photo_label_a_caption_after_a_headlined_item_is_no_article() -> None:
    """The label's column goes on past a headlined photo item: an unheadlined caption credited
    on its own line further down belongs to no article, and the headlined item under it keeps
    its title, its caption opening on no lead word."""
    page = "\n".join(
        [
            "",
            "",
            "图片新闻",
            "",
            "桐花湖畔芦苇黄",
            "10月8日，游客在桐花湖畔观赏",
            "成片的芦苇。",
            "（记者 路晓禾 摄）",
            "",
            "10月9日，居民在梧桐广场",
            "跳起了广场舞。",
            "本报记者 路晓禾 摄",
            "",
            "巧手剪纸",
            "在梧桐区文化馆举办的剪纸",
            "体验课上，孩子们跟着老师",
            "学剪窗花，一张张作品栩栩",
            "如生。",
            "（通讯员 林一苇 摄）",
        ]
    )
    parsed = parse_page(page.encode(), "photos.txt", issue_date="2025-10-10")
    first, second = parsed.articles
    assert first.title == "桐花湖畔芦苇黄"
    assert second.title == "巧手剪纸"
    assert second.body.startswith("在梧桐区文化馆")
    assert "广场舞" not in first.body + second.body
    assert page_chars_accounted(parsed)


def test_the_reporters_next_paragraph_in_the_run_of_the_column_is_the_same_story() -> None:
    """``记者从……了解到`` after a short line that ends a paragraph, with no blank line above
    it, goes on with the story its byline line opened; only a blank line or a headline sets
    such a paragraph apart as a story of its own."""
    page = "\n".join(
        [
            "夜市摊位有了新规矩",
            "本报记者 闻人秋禾",
            "“摊位划线以后，走路再也不",
            "挤了。”11月3日晚上，在桃",
            "源区青柳夜市，摊主解冬梅正",
            "向记者介绍新规矩。",
            "记者从区商务局了解到，今年",
            "全区共规范夜市摊位860个，",
            "新设便民通道14条。",
        ]
    )
    (article,) = parse_page(page.encode(), "night_market.txt").articles
    assert article.title == "夜市摊位有了新规矩"
    assert article.body.endswith("新设便民通道14条。")


def test_an_own_line_label_over_a_title_and_its_deck_opens_no_body() -> None:
    """``民生视点`` / a title filling the column / ``——`` deck / ``本报讯……``: the three lines
    run down to the dateline, so they are its headline (label, title, deck), and the title
    line is no body's first line under a one-line headline."""
    lines = [
        "海棠区召开防汛工作会议",
        "本报讯（记者 孙丽）6月1日，海棠",
        "区召开防汛工作会议，部署汛期各项",
        "工作。会议要求，各街道要压实责任",
        "，确保安全度汛。",
        "",
        "",
        "民生视点",
        "青石社区加装电梯按下“加速键”",
        "——全区本月新开工电梯十七部",
        "本报讯（记者 孙丽）“以前上楼要歇",
        "两回，现在一按按钮就到家门口。”",
        "在白鹭街道青石社区，居民柯大年笑",
        "着对记者说。",
    ]
    assert implicit_starts(tag_lines(lines), 16) == {}
    seg = segment(lines)
    assert seg.clusters[1] == lines[7:10]
    assert seg.articles[1].lines[0] == lines[10]


def test_a_dash_deck_wrapped_at_a_lists_comma_heads_the_next_article() -> None:
    """Under an unsigned article, a two-line title and a ``——`` deck the column wrapped after a
    list's 、 are the next article's headline, not the end of the body above."""
    page = "\n".join(
        [
            "海棠区文明城市创建推进会召开",
            "本报讯 4月8日，海棠区文明城市创建推进",
            "会召开，会议部署了下阶段重点工作任务，",
            "要求各单位对照标准，逐项整改落实到位。",
            "",
            "",
            "青梅街道开展“清洁家园”",
            "集中整治行动",
            "——清理楼道杂物、废旧车辆、",
            "乱堆乱放三类问题",
            "本报讯 4月9日，青梅街道组织",
            "志愿者开展集中整治，清运杂物十余吨。",
        ]
    )
    parsed = parse_page(page.encode(), "deck.txt")
    assert len(parsed.articles) == 2
    first, second = parsed.articles
    assert first.body.endswith("逐项整改落实到位。")
    assert second.title == "青梅街道开展“清洁家园”集中整治行动"
    assert second.subtitle == "——清理楼道杂物、废旧车辆、乱堆乱放三类问题"


def test_a_one_line_article_closed_by_its_credit_ends_there() -> None:
    """A whole article printed on its lead's one line and closed by a glued credit ends at
    that credit: the byline line set apart under it opens the next article's body."""
    lines = [
        "海棠区新建口袋公园",
        "本报讯 5月6日，海棠区三处口袋公园建成开放，新增绿地一万平方米。（记者 司空岚）",
        "",
        "",
        "本报记者 柏青禾 文/图",
        "5月7日上午，在青梅社区的",
        "便民服务站，居民排起了长队。",
    ]
    seg = segment(lines, None)
    assert len(seg.articles) == 2
    first, second = seg.articles
    assert first.lines == ["本报讯 5月6日，海棠区三处口袋公园建成开放，新增绿地一万平方米。"]
    assert first.byline_lines == ["（记者 司空岚）"]
    assert second.byline_lines == ["本报记者 柏青禾 文/图"]
    assert second.lines[0] == "5月7日上午，在青梅社区的"


def test_an_own_line_label_ending_in_xun_is_the_brief_column_not_a_lead_word() -> None:
    """``乡镇快讯`` alone on a line over dated, untitled items is a brief block's label (as
    ``简讯`` is), not a paper's lead word (``X讯``) opening the first item's body."""
    page = "\n".join(
        [
            "海棠区召开防汛会",
            "本报讯 6月2日，海棠区召开防",
            "汛会，部署汛期各项工作。（记",
            "者 孙丽）",
            "",
            "",
            "乡镇快讯",
            "6月3日，青柳镇开展防溺水宣",
            "传，发放宣传资料300余份。",
            "6月4日，白石乡新建口袋公园",
            "2处，居民休闲有了去处。",
        ]
    )
    parsed = parse_page(page.encode(), "briefs.txt")
    starts = [a.body[:6] for a in parsed.articles]
    assert starts == ["本报讯 6月", "6月3日，青", "6月4日，白"]
    assert parsed.articles[1].column == "乡镇快讯"


def test_a_one_dash_deck_under_a_title_is_its_deck() -> None:
    """A deck printed after one dash (``—X``) is the deck, as a ``——`` one is."""
    page = "\n".join(
        [
            "本报讯 6月1日，海棠区图书馆开放",
            "夜间阅览室，首晚接待读者百余人。",
            "",
            "海棠区图书馆开放夜间阅览室",
            "",
            "",
            "海棠路口试行潮汐车道",
            "—早晚高峰各启用两小时",
            "本报讯 6月2日，记者从海棠区",
            "交警大队获悉，海棠路口将试行",
            "潮汐车道。（记者 方晏）",
        ]
    )
    article = parse_page(page.encode(), "deck.txt").articles[-1]
    assert (article.title, article.subtitle) == ("海棠路口试行潮汐车道", "—早晚高峰各启用两小时")


def test_a_line_opening_on_a_range_dash_is_no_deck() -> None:
    """A body line the wrap opens on a range's dash (``—12月``, ``—南环路）``) stays body."""
    page = "\n".join(
        [
            "海棠区前五个月工业稳中有进",
            "本报讯 6月2日，海棠区公布1",
            "—5月工业数据，石榴路（北环路",
            "—南环路）沿线企业产值增长。",
            "（记者 方晏）",
        ]
    )
    (article,) = parse_page(page.encode(), "range.txt").articles
    assert article.subtitle == ""
    assert article.body.endswith("沿线企业产值增长。")


def test_a_page_number_where_the_column_turned_splits_no_article() -> None:
    """A page number alone between two paragraphs of one story is furniture, and the gap it
    stands in is the column's end: ``记者从……了解到`` below it is the reporter's next paragraph."""
    page = "\n".join(
        [
            "本报记者 方晏 文/图",
            "“桥修好了，孩子上学不用绕路",
            "了。”6月2日，在石榴河边，",
            "居民柏大姐对记者说。",
            "",
            "5",
            "",
            "记者从海棠区交通局了解到，该",
            "桥全长80米，已于上月底通车。",
            "",
            "石榴河上架起便民桥",
        ]
    )
    parsed = parse_page(page.encode(), "turn.txt")
    (article,) = parsed.articles
    assert article.body.endswith("已于上月底通车。")
    assert "5" not in article.body
    assert "5" in parsed.unplaced


def test_a_page_number_under_a_headline_printed_after_stays_a_gap() -> None:
    """Between a story and a headline printed after it the gap stays: the headline is no body."""
    page = "\n".join(
        [
            "本报讯 6月2日，石榴河便民桥通车，",
            "居民上学上班不再绕路。",
            "",
            "5",
            "",
            "石榴河上架起便民桥",
        ]
    )
    (article,) = parse_page(page.encode(), "turn.txt").articles
    assert article.title == "石榴河上架起便民桥"
    assert article.body.endswith("不再绕路。")


def _station_stories(closing: list[str], blanks: int, body: list[str]) -> tuple:
    """A flood meeting's story closed by its headline, a byline line set apart under it, and a
    station's story with no lead word under that, its headline after it: both articles, after
    the checks every such page shares (the byline line opens the second story)."""
    page = "\n".join(
        [
            "本报讯（记者 司空岚）6月3日，桐",
            "花区召开防汛工作会议，部署汛期",
            *closing,
            "桐花区召开防汛工作会议",
            *[""] * blanks,
            "本报记者 岑书禾",
            *body,
            "青柳路小学门口有了爱心驿站",
        ]
    )
    parsed = parse_page(page.encode(), "station.txt")
    assert page_chars_accounted(parsed)
    assert len(parsed.articles) == 2
    first, second = parsed.articles
    assert first.title == "桐花区召开防汛工作会议"
    assert second.title == "青柳路小学门口有了爱心驿站"
    assert second.body.startswith("放学铃一响")
    assert second.reporters == ["岑书禾"]
    return first, second


@pytest.mark.parametrize("blanks", [1, 2], ids=["one_blank", "double_blank"])
def test_a_byline_line_set_apart_under_a_headline_printed_after_its_body_opens_the_next(
    blanks: int,
) -> None:
    """On a page that prints each headline after its body, a byline line set apart under the
    headline that closes the story above, over a body with no lead word, opens that body: it
    is neither the story above's credit nor its text (k-rule)."""
    first, _ = _station_stories(
        ["各项工作，确保安全度汛。"],
        blanks,
        [
            "放学铃一响，青柳路小学门口",
            "的“爱心驿站”就热闹起来，家",
            "长们在这里避雨等候。",
            "驿站站长荀一帆说，驿站每天",
            "开放到晚上七点。",
        ],
    )
    assert first.body.endswith("确保安全度汛。")


def test_a_byline_line_under_a_closing_headline_set_apart_from_the_body_above() -> None:
    """A page printing each headline after its body one blank line under the last sentence
    (and two over the next story): the byline line set apart under that headline still opens
    the body under it, a feature with no lead word."""
    first, _ = _station_stories(
        ["各项工作，确保安全度汛。", ""],
        2,
        [
            "",
            "放学铃一响，青柳路小学门口",
            "的“爱心驿站”就热闹起来，家",
            "长们在这里避雨等候。",
        ],
    )
    assert first.body.endswith("确保安全度汛。")
    assert first.subtitle == ""


@pytest.mark.parametrize(
    ("closing", "body"),
    [
        # The story above closed by a credit glued after its last sentence.
        (
            ["各项工作，确保安全度汛。（通讯员 苗若溪）"],
            ["放学铃一响，青柳路小学门口", "的“爱心驿站”就热闹起来。"],
        ),
        # A first paragraph longer than the lines read, a full stop inside them.
        (
            ["各项工作，确保安全度汛。"],
            [
                "放学铃一响，青柳路小学门",
                "口的“爱心驿站”就热闹起来，",
                "家长们撑着伞在这里避雨，",
                "孩子们围着桌子写作业。“下",
                "雨天有个地方等，心里踏实",
                "多了。”一位家长说，驿站",
                "每天开放到晚上七点。",
            ],
        ),
    ],
    ids=["glued_credit", "long_first_paragraph"],
)
def test_a_byline_line_under_a_closing_headline_opens_the_next_in_a_narrow_column(
    closing: list[str], body: list[str]
) -> None:
    """The byline line set apart under a headline printed after its body opens the body under
    it also where the story above ends on a credit glued to its last sentence, or the body's
    first paragraph runs on past the few lines read (a narrow column)."""
    first, _ = _station_stories(closing, 2, body)
    assert first.subtitle == ""


def test_rows_under_an_open_list_end_at_the_double_blank_over_the_next_headline() -> None:
    """A brief of figures (``……如下：`` then one indicator a line, no full stop) reads as
    headline lines from below; the break between stories is the double blank line, so the
    title and deck under it head the next story, never the brief's body."""
    page = "\n".join(
        [
            "本报讯 据石榴区农业局统计，上半年主要",
            "指标如下：",
            "粮食产量 3.2万吨 增长1.5%",
            "蔬菜产量 6.8万吨 增长2.1%",
            "水果产量 增长4.3%",
            "",
            "",
            "让每一粒种子都有好收成",
            "——石榴区推进良种推广见闻",
            "本报记者 蓝鹊 报道",
            "“种子好，收成才有底。”说起今年",
            "的良种推广，农技站站长柳岸很有信心。",
        ]
    )
    first, second = parse_page(page.encode(), "rows.txt").articles
    assert first.body.endswith("增长4.3%")
    assert "见闻" not in first.body
    assert second.title == "让每一粒种子都有好收成"
    assert second.subtitle == "——石榴区推进良种推广见闻"


def test_a_dash_deck_wrapped_at_its_comma_at_the_top_of_the_page_is_no_continued_body() -> None:
    """At the top of the page, a title over two lines and a ``——`` deck the column wrapped
    at its comma head the dated article under them: no body goes on from another page."""
    page = "\n".join(
        [
            "青梅湖湿地生态修复工程",
            "通过专家验收",
            "——补植芦苇、菖蒲等水生植物，",
            "候鸟季将迎来首批观鸟人",
            "本报讯（记者 孙丽）3月2日，青梅湖湿地公园生态修复",
            "工程通过验收。区园林局局长柏青禾、白鹭街道党工委",
            "书记柯大年参加验收。",
            "验收组察看了湖岸、栈道和观鸟屋，一致同意通过验收。",
        ]
    )
    parsed = parse_page(page.encode(), "deck.txt")
    assert len(parsed.articles) == 1
    art = parsed.articles[0]
    assert not art.continued
    assert art.body.startswith("本报讯")
    assert art.title.startswith("青梅湖湿地生态修复工程")
    assert art.subtitle.endswith("——补植芦苇、菖蒲等水生植物，候鸟季将迎来首批观鸟人")


def test_a_half_width_full_stop_ends_the_body_above_a_headline_printed_after_it() -> None:
    """A page typed on a Western keyboard ends its sentences on ``.``; a body's last line
    ending so is finished, and the short lines under it are its headline, no body."""
    page = "\n".join(
        [
            "槐溪讯(记者 龚晓帆) 5月8日, 槐溪区召开夏粮收购调度会, 部署收购工作.",
            "会议要求, 各乡镇要做好仓容准备, 收购资金增长15%.",
            "",
            "槐溪区部署夏粮收购",
            "",
            "本报讯 5月9日, 槐溪区举办农技培训班, 百余名种粮大户参加.",
            '"学了就能用." 种粮大户柏千里说.',
            "",
            "农技培训进田间",
        ]
    )
    arts = parse_dict(page)["articles"]
    assert [(a["title"], a["title_inferred"]) for a in arts] == [
        ("槐溪区部署夏粮收购", False),
        ("农技培训进田间", False),
    ]
    assert arts[0]["body"].endswith("增长15%.")
    assert arts[1]["body"].endswith("柏千里说.")


def test_a_paragraphs_indented_first_line_is_no_headline() -> None:
    """A page indenting each paragraph's first line: an indented line holding a clause, over a
    paragraph that opens on a time phrase run on from it (``……介绍，青柳`` / ``驿站开放以来，``),
    opens a paragraph of the same story; no headline is printed with a paragraph's indent."""
    page = "\n".join(
        [
            "青柳驿站“扫码借伞”",
            "",
            "　　本报讯 6月3日，记者从区城管局了",
            "解到，位于青柳路的便民驿站推出“扫码借",
            "伞”服务，市民扫码即可免费借伞。",
            "　　区城管局市容科科长柏青禾介绍，青柳",
            "驿站开放以来，已累计借出雨伞2100余",
            "把，归还率超过九成，市民出行更方便了。",
        ]
    )
    parsed = parse_page(page.encode(), "indented.txt")
    assert page_chars_accounted(parsed)
    (article,) = parsed.articles
    assert article.title == "青柳驿站“扫码借伞”"
    assert article.body.endswith("市民出行更方便了。")


def test_a_byline_line_under_a_closing_credit_opens_a_feature_with_no_lead_word() -> None:
    """An item closed by its credit, then a byline line set apart over a feature's first
    paragraph that opens on a scene, no lead word: the item above has its credit, so the line
    is the feature's byline (printed over its body), no second credit of the item."""
    lines = [
        "又讯 5月9日，青梅社区组织党员",
        "到桃溪烈士陵园开展主题党日活动。",
        "（柏青禾）",
        "",
        "文/图 本报记者 司空岚",
        "傍晚5点，桃溪村的晒场上还堆",
        "着新麦，几名党员正帮着装袋。",
        "今年以来，村里成立了党员服务",
        "队，专帮老人收粮。",
    ]
    seg = segment(lines, None)
    assert len(seg.articles) == 2
    first, second = seg.articles
    assert first.byline_lines == ["（柏青禾）"]
    assert second.byline_lines == ["文/图 本报记者 司空岚"]
    assert second.lines[0] == "傍晚5点，桃溪村的晒场上还堆"


def _two_meetings_one_cluster(cluster: list[str]) -> list:
    """A page printing each headline after its body: a signed story, then a council's
    meeting ending on who attended and, after one blank line (the page prints one at every
    column turn), a mayor's meeting on the next day, signed, with ``cluster`` under it."""
    page = "\n".join(
        [
            "本报讯 6月2日，桐花区召开防汛",
            "工作会议，部署汛期各项工作。会",
            "",
            "议要求，各镇要排查隐患。",
            "记者 司空岚",
            "",
            "桐花区召开防汛工作会议",
            "",
            "本报讯 6月5日，区委书记柯远舟",
            "主持召开区委常委会第12次会议，",
            "研究部署夏粮收购工作。区领导",
            "",
            "祁明川、韦青松出席会议。",
            "",
            "6月6日上午，区长祁明川主持召",
            "开区长办公会议，专题研究柳河",
            "治理工程用地保障事项。",
            "记者 司空岚 通讯员 岑书禾",
            "",
            *cluster,
        ]
    )
    parsed = parse_page(page.encode(), "two_meetings.txt")
    assert page_chars_accounted(parsed)
    return parsed.articles


def test_a_cluster_under_a_signed_body_heads_two_stories_a_blank_line_apart() -> None:
    """Under the second signed body the cluster holds a kicker and a title, then a second
    title: the lead on a new day a blank line apart opens the second story, and the titles
    go to the two bodies in order."""
    _, council, mayor = _two_meetings_one_cluster(
        ["夏粮颗粒归仓 防汛万无一失", "区委常委会召开第12次会议", "区长办公会议研究用地保障"]
    )
    assert (council.kicker, council.title) == (
        "夏粮颗粒归仓 防汛万无一失",
        "区委常委会召开第12次会议",
    )
    assert council.body.endswith("韦青松出席会议。") and council.reporters == []
    assert mayor.title == "区长办公会议研究用地保障"
    assert mayor.body.startswith("6月6日上午") and mayor.reporters == ["司空岚"]


def test_a_single_headline_under_a_signed_body_keeps_its_dated_paragraph() -> None:
    """Under a title alone the dated paragraph a blank line apart goes on with the story."""
    _, council = _two_meetings_one_cluster(["区委常委会召开第12次会议"])
    assert council.title == "区委常委会召开第12次会议"
    assert council.body.endswith("用地保障事项。")


def test_a_spoken_opening_in_straight_quotes_opens_the_story_under_a_headline() -> None:
    """A page typed with half-width punctuation keeps straight quotes as printed: an
    interview's first words in them (``"……？"5月8日，……``) open the story under the headline
    printed after the story above, as in curly quotes."""
    page = "\n".join(
        [
            "本报讯(通讯员 苗若溪)5月6日,桐花区",
            "召开防汛工作会议,部署汛期各项工作。",
            "桐花区召开防汛工作会议",
            "",
            '"叔叔,这里的水还能直接喝吗?"5',
            "月8日上午,在青柳社区的直饮水点,",
            "居民岑书禾向工作人员询问。",
            "直饮水点走进青柳社区",
        ]
    )
    parsed = parse_page(page.encode(), "straight_quotes.txt")
    assert page_chars_accounted(parsed)
    first, second = parsed.articles
    assert first.body.endswith("部署汛期各项工作。")
    assert second.body.startswith('"叔叔，这里的水还能直接喝吗？"5月8日上午')
    assert second.title == "直饮水点走进青柳社区"


_SPAN_SUMMED = (
    "连日来，青禾开发区党工委班子成员深入企业、建筑工地等场所开展节前安全检查，确保市民平安过节。"
)
_DAYS_TOLD = (
    "1月17日、26日，开发区党工委书记、管委会主任柯远分别带领有关部门深入企业开展"
    "节前安全检查。柯远要求，各企业要绷紧安全生产这根弦。"
)


def test_a_dated_paragraph_after_a_span_summed_up_goes_on_with_the_story() -> None:
    """``连日来，…`` names no day; the dated paragraph right after it tells the days of that
    span, a paragraph of the same story, which its first day dates."""
    article = _one_story(["开发区开展节前安全检查", "", _SPAN_SUMMED, _DAYS_TOLD])
    assert article.body.endswith("绷紧安全生产这根弦。")
    assert article.date is not None and (article.date.month, article.date.day) == (1, 17)


def test_a_dated_paragraph_set_apart_after_a_span_summed_up_is_the_next_story() -> None:
    """A double blank line sets the dated paragraph apart: the next story, no headline."""
    page = "\n".join(["开发区开展节前安全检查", "", _SPAN_SUMMED, "", "", _DAYS_TOLD])
    first, second = _two_stories(page)
    assert first.body == _SPAN_SUMMED
    assert second.body.startswith("1月17日、26日，")


def test_a_two_part_headline_at_the_page_top_over_an_occasion_lead_is_the_title() -> None:
    """``A，B`` over a body opening on its occasion (``在…之际，``): a headline of two phrases,
    not the first line of the body."""
    article = _one_story(
        [
            "春节前夕走访慰问，浓浓关怀暖人心",
            "",
            "在新春佳节即将到来之际，县委书记柯远看望慰问了光荣院的老人。",
            "每到一处，柯远都详细了解他们的生活状况。",
        ]
    )
    assert article.title == "春节前夕走访慰问，浓浓关怀暖人心"
    assert article.body.startswith("在新春佳节即将到来之际，")


def test_a_caption_credited_after_its_full_stop_between_two_articles_is_no_article() -> None:
    """A photo's caption over two lines set apart under a closed article, credited with no
    bracket after its last sentence (``……落叶。　X 摄``), belongs to neither article, and X
    signs neither, though it opens on a date as a brief would."""
    page = "\n".join(
        [
            "桐花区启动秋季环境整治",
            "本报讯 11月3日，桐花区启动秋季",
            "环境整治行动。",
            "（记者 林一苇）",
            "",
            "11月3日傍晚，志愿者在桐花公",
            "园清扫落叶。\u3000路晓禾 摄",
            "",
            "青柳街道开展消防演练",
            "本报讯（通讯员 苗若溪）11月5日，青柳",
            "街道在辖区开展消防演练。",
        ]
    )
    parsed = parse_page(page.encode(), "caption_between.txt")
    assert page_chars_accounted(parsed)
    first, second = parsed.articles
    assert (first.reporters, second.correspondents) == (["林一苇"], ["苗若溪"])
    assert "路晓禾" not in first.byline + second.byline + first.body + second.body
    assert "清扫落叶" not in first.body + second.body


def test_a_caption_credited_after_its_full_stop_inside_a_story_ends_at_its_credit() -> None:
    """On a page of one paragraph a line, a caption between two paragraphs credited with no
    bracket (``图为……。　X 摄``) ends on its own line: the paragraph under it is the story's."""
    page = "\n".join(
        [
            "青柳路口袋公园开工",
            "\u3000\u3000本报讯 9日，记者从桐花区园林中心了解到，青柳路口袋公园已开工建设。",
            "\u3000\u3000图为正在施工的青柳路口袋公园。\u3000苗若溪\u3000摄",
            "\u3000\u3000据介绍，公园预计6月底建成开放。（记者 林一苇）",
            "",
            "梧桐街道开展消防演练",
            "\u3000\u3000本报讯 8日，梧桐街道在辖区开展消防演练。",
        ]
    )
    parsed = parse_page(page.encode(), "caption_inside.txt", issue_date="2025-03-10")
    assert page_chars_accounted(parsed)
    article, _ = parsed.articles
    assert article.body.endswith("公园预计6月底建成开放。")
    assert article.reporters == ["林一苇"]
    assert "苗若溪" not in article.body + article.byline


@pytest.mark.parametrize(
    "caption", [[], ["", "图为青柳镇村民领取分红。", "（蔺秋禾 摄）"]], ids=["plain", "caption"]
)
def test_a_byline_line_a_blank_line_under_a_profile_headline_opens_it(caption: list[str]) -> None:
    """Title, ``——记……`` deck, a blank line, ``本报记者 X 通讯员 Y``, a blank line and a
    scene opening with no lead word: the byline line opens the profile under the headline (as
    with no blank line between), whether a caption stands between it and the story above."""
    page = "\n".join(
        [
            "本报讯 5月3日，青柳镇",
            "分红大会在村广场举行。",
            *caption,
            "",
            "",
            "守着田埂过日子",
            "——记区农业农村局派驻桃源村第一书记欧阳晓帆",
            "",
            "本报记者 荀晓岚 通讯员 蒙守义",
            "",
            "天刚蒙蒙亮，桃源村的",
            "广播还没响，欧阳晓帆",
            "已在地头转了一圈。",
            "",
            "村民们都说，这个书记",
            "靠得住。",
        ]
    )
    parsed = parse_page(page.encode(), "profile_byline.txt")
    first, profile = parsed.articles
    assert first.body.endswith("在村广场举行。")
    assert profile.title == "守着田埂过日子"
    assert profile.subtitle == "——记区农业农村局派驻桃源村第一书记欧阳晓帆"
    assert profile.reporters == ["荀晓岚"]
    assert profile.correspondents == ["蒙守义"]
    assert profile.body.startswith("天刚蒙蒙亮")


def test_a_paragraph_opening_on_a_month_of_last_year_with_no_day_tells_the_past() -> None:
    """In a signed profile of a page dated 2025, ``2024年4月，X来到……`` says when the story's
    past began: no new story starts there (a story's lead names its day)."""
    page = "\n".join(
        [
            "守着田埂过日子",
            "本报记者 荀晓岚",
            "",
            "天刚蒙蒙亮，桃源村的广播",
            "还没响，欧阳晓帆已在地头",
            "转了一圈。",
            "",
            "2024年4月，欧阳晓帆从区农",
            "业农村局来到桃源村任第一",
            "书记。",
            "",
            "村民们都说，这个书记靠得",
            "住。",
        ]
    )
    parsed = parse_page(page.encode(), "month_past.txt", issue_date="2025-03-20")
    (profile,) = parsed.articles
    assert profile.title == "守着田埂过日子"
    assert profile.reporters == ["荀晓岚"]
    assert profile.body.endswith("这个书记靠得住。")
    assert profile.date is None


def test_a_sentence_with_a_photo_credit_under_a_signed_article_is_a_caption() -> None:
    """Under the last indented paragraph of an article signed over its lead, an unindented
    ``……。　本报记者　X　摄``: the photo's caption, neither body nor a second byline."""
    page = "\n".join(
        [
            "桃源村樱桃开园",
            "■本报记者 荀 晓 通讯员 蒙 川",
            "　　本报讯 5月3日，桃源村樱桃园开园迎客。",
            "　　开园首日，樱桃园接待游客2000余人次。",
            "游客在桃源村采摘樱桃。　本报记者　荀晓　摄",
            "",
            "青柳镇完成小麦统防统治",
            "　　本报讯 5月2日，青柳镇完成小麦统防统治作业。",
        ]
    )
    parsed = parse_page(page.encode(), "photo_caption.txt")
    first, second = parsed.articles
    assert first.body.endswith("接待游客2000余人次。")
    assert first.reporters == ["荀晓"]
    assert first.correspondents == ["蒙川"]
    assert any(x.startswith("游客在桃源村采摘樱桃。") for x in parsed.unplaced)
    assert second.title == "青柳镇完成小麦统防统治"


def test_a_headline_a_blank_line_under_a_caption_between_two_stories_opens_the_next() -> None:
    """A caption credited after its full stop (``图为……。　X　摄``) set apart between two
    stories, then one blank line, a title, a ``——记……`` deck and a scene opening with no lead
    word: the photo stands between the stories as a double blank line does, so the headline
    opens the next story, not a subhead of the one above."""
    page = "\n".join(
        [
            "桐花区青柳路口袋公园开园",
            "",
            "本报讯（通讯员 苗若溪）5月3日，桐花区",
            "青柳路口袋公园开园迎客。居民在园中",
            "散步、下棋，孩子们在草坪上嬉戏。",
            "",
            "图为开园当天的口袋公园。\u3000\u3000路晓禾\u3000摄",
            "",
            "守着灶台过日子",
            "——记桃源村早点铺店主欧阳晓帆",
            "",
            "清晨5点，桃源村村口的早点铺已经亮起",
            "了灯。欧阳晓帆和面、拌馅，动作麻利。",
            "她说，小店虽小，却是她的底气。",
            "（本报记者 荀晓岚）",
        ]
    )
    parsed = parse_page(page.encode(), "caption_then_profile.txt")
    assert page_chars_accounted(parsed)
    first, second = parsed.articles
    assert first.body.endswith("孩子们在草坪上嬉戏。")
    assert (second.title, second.subtitle) == ("守着灶台过日子", "——记桃源村早点铺店主欧阳晓帆")
    assert second.body.startswith("清晨5点，桃源村")
    assert (first.correspondents, second.reporters) == (["苗若溪"], ["荀晓岚"])


def test_a_month_under_a_line_ending_on_a_year_goes_on_with_that_date() -> None:
    """``……自今年`` / ``3月开办以来，……``: the column broke one date. The month line reads as
    a time-span lead, but the line over it is the paragraph's first, no headline."""
    page = "\n".join(
        [
            "本报讯（记者 孙丽）4月8日，桐花区第",
            "三期“社区课堂”在青柳街道开课，",
            "百余名居民到场听课。",
            "",
            "据悉，“社区课堂”自今年",
            "3月开办以来，每周开课一次，",
            "已累计授课12场。",
        ]
    )
    (article,) = parse_dict(page)["articles"]
    assert "据悉，“社区课堂”自今年3月开办以来" in article["body"]


def test_a_later_day_of_the_leads_span_goes_on_with_the_same_story() -> None:
    """A session reported day by day: ``3月11日上午，大会……`` inside a lead's ``10日至12日``."""
    page = "\n".join(
        [
            "青石县五届人大二次会议闭幕",
            "本报讯 3月10日至12日，青石县五届人大二次会议在县会堂举行。县委书记林树青出席会议。",
            "3月11日上午，大会举行第二次全体会议，听取法院工作报告。",
            "3月12日下午，大会举行第三次全体会议，选举产生新一届常委会组成人员。",
            "会议号召全县人民团结奋进。",
            "",
            "青石县召开春耕生产推进会",
            "本报讯 3月14日，青石县召开春耕生产推进会。副县长木子成主持会议。",
            "会议部署了春耕备耕工作。",
        ]
    )
    titles = [a.title for a in parse_page(page.encode(), "p.txt").articles]
    assert titles == ["青石县五届人大二次会议闭幕", "青石县召开春耕生产推进会"]


@pytest.mark.parametrize(
    ("lines", "title", "body_end"),
    [
        # A day the lead lists (``4月25日、26日，…`` then ``4月25日，…``): told already.
        (
            [
                "市委书记柯远率调研组赴西山调研",
                "4月25日、26日，青石市重点工作第二季度推进会召开。其间，市领导分别带队调研。",
                "4月25日，市委书记柯远率第一调研组赴西山区实地调研。",
                "调研组先后来到两个产业园，了解项目进展。",
            ],
            "市委书记柯远率调研组赴西山调研",
            "了解项目进展。",
        ),
        # A clause, then the lead's own day (``12月3日，…`` then ``按照X安排，12月3日起，…``):
        # the plan behind it; one paragraph a line, no byline on the page.
        (
            [
                "省巡查组延伸巡查我市各县区",
                "",
                "12月3日，省巡查组在组长柯远带领下对青石县开展安全生产巡查。副市长蓟安陪同。",
                "按照省巡查组计划安排，12月3日起巡查组将延伸巡查我市各县区。",
                "巡查期间，巡查组将听取工作汇报。",
            ],
            "省巡查组延伸巡查我市各县区",
            "巡查组将听取工作汇报。",
        ),
    ],
)
def test_a_later_paragraph_on_a_day_the_lead_named_goes_on_with_the_story(
    lines: list[str], title: str, body_end: str
) -> None:
    """A paragraph opening on a day the lead already named, listed or behind a clause, is no
    new story under its own lead."""
    article = _one_story(lines)
    assert article.title == title
    assert article.body.endswith(body_end)


def test_a_long_headline_line_alone_over_a_body_with_no_lead_word_is_the_title() -> None:
    """One line of 36 characters set apart at the page's top, over a body that opens on its
    reason (``按照…要求，4月25日，``): longer than a column's line, no comma, no stop, so
    the headline, not the body's first line."""
    title = "青石县人大常委会开展“千名代表调研视察千项工程行动”集中调研视察活动"
    article = _one_story(
        [
            title,
            "",
            "按照县人大常委会《关于开展“千名代表视察千项工程”活动的方案》要求，4月25日，"
            "县人大常委会主任柯远带领视察组对全县重点项目进行视察。",
            "视察组一行先后到五个集中安置点实地调研。",
        ]
    )
    assert article.title == title
    assert article.body.startswith("按照县人大常委会")


@pytest.mark.parametrize(
    "title",
    [
        "青石：列出具体清单、列出时间表，加快推进重点项目建设！",
        "压实责任、倒排工期，全力推进重点项目建设",
    ],
)
def test_a_headline_of_several_phrases_alone_over_a_lead_is_the_title(title: str) -> None:
    """A web copy's headline joins three or four phrases on one line (a place and a colon, a
    list, a comma): the first line over a dated lead, with nothing above it, is the title,
    not a paragraph of its own."""
    article = _one_story(
        [
            title,
            "",
            "6月23日，县委常委、常务副县长柏青禾主持召开全县重点项目调度会议，听取情况汇报。",
            "会议强调，要加快推进项目建设。",
        ]
    )
    assert article.title == title
    assert article.body.startswith("6月23日")


def test_a_headline_of_several_phrases_over_a_body_with_no_lead_word_is_the_title() -> None:
    """The same headline over a body that opens on a quote of its words and an occasion (no
    lead word to find): one line at the top, above nothing, no stop: the title still."""
    title = "心系群众冷暖，情牵百姓民生——区委常委柏青禾新春走基层"
    article = _one_story(
        [
            title,
            "",
            "“心系群众冷暖，情牵百姓民生”，在新春佳节来临之际，2月5日上午，区委常委柏青禾"
            "走访慰问困难家庭。",
            "走访期间，柏青禾先后来到两户困难群众家中。",
        ]
    )
    assert article.title == title
    assert article.body.startswith("“心系群众冷暖")


def test_a_headline_of_several_phrases_set_wider_than_its_column_and_between_stories() -> None:
    """Columns of 18: a headline of several phrases at the page's top, set wider than the
    column under it, heads the story below it though the story opens on a quote, not a lead
    word; another one between two stories, a double blank line above it, heads the next."""
    first_title = "心系群众冷暖，情牵百姓民生——区委常委蓟安平新春走基层"
    second_title = "青石：列出问题清单、明确完成时限，加快推进重点项目建设！"
    page = "\n".join(
        [
            first_title,
            "“心系群众冷暖，情牵百姓民生”，在新春",
            "佳节来临之际，2月5日上午，区委常委蓟",
            "安平走访慰问柳庄村困难家庭。",
            "",
            "",
            second_title,
            "6月12日，区长柏远山组织召开全区重点",
            "项目调度会议，调度项目进展情况。",
        ]
    )
    first, second = _two_stories(page)
    assert (first.title, second.title) == (first_title, second_title)
    assert first.body.startswith("“心系群众冷暖")
    assert second.body.startswith("6月12日")


def test_a_column_wide_first_line_with_phrases_is_the_bodys_own() -> None:
    """A wrapped body's first line may hold a quote and a comma (``“A，B”，在新春佳``): as long
    as the line under it, it fills the column and is no headline, though the next line opens
    on an occasion (``节来临之际，``) that reads as a weak lead."""
    lines = [
        "“柳溪村美，百姓心暖”，在新春佳",
        "节来临之际，2月5日上午，区委常",
        "委柏青禾走访慰问困难家庭。",
    ]
    parsed = parse_page("\n".join(lines).encode(), "column-top.txt")
    assert page_chars_accounted(parsed)
    assert all(a.title != lines[0] for a in parsed.articles)
    assert parsed.articles[0].body.startswith("“柳溪村美")


def test_a_credited_caption_between_two_paragraphs_of_a_signed_story_is_no_byline() -> None:
    """One paragraph a line: a sentence with a photo's credit glued to it (``……现场。柯望川 摄``)
    between two paragraphs of a story signed in its lead is the photo's caption; the story runs
    on under it, and the credit signs nothing."""
    page = "\n".join(
        [
            "青石镇举行“最美园丁”颁奖典礼",
            "青石讯(通讯员 柯望川)5月8日晚,“最美园丁”颁奖典礼在青石镇文化站举行。",
            "经过学校推荐和群众投票,12名教师获评“最美园丁”。",
            "颁奖典礼现场。柯望川 摄",
            "典礼以访谈等形式讲述了获奖教师扎根乡村的故事,台下掌声不断。",
        ]
    )
    (article,) = parse_dict(page)["articles"]
    assert article["body"].endswith("台下掌声不断。")
    assert article["reporters"] == []
    assert article["correspondents"] == ["柯望川"]


def test_a_phrase_credited_after_a_space_under_a_jumped_story_is_a_caption() -> None:
    """One paragraph a line: under a story that jumps away (``(下转第五版)``), a phrase with no
    full stop and a photo's credit glued after a space (``……送去新书　本报记者 X 摄``), set
    apart: the photo's caption, no headline; the title under it alone heads the next story."""
    page = "\n".join(
        [
            "桐花区开展全民阅读月活动",
            "",
            "本报讯(记者 荀晓岚)4月2日,桐花区全民阅读月活动启动。",
            "活动将持续一个月,覆盖全区各个街道。(下转第五版)",
            "",
            "志愿者为社区老人送去新书 本报记者 荀晓岚 摄",
            "",
            "夜色里的“护河人”",
            "",
            "晚上九点,青柳河边的巡河小屋还亮着灯。巡河员打着手电沿河查看。",
            "这样的巡河点,全镇有5个。(记者 蔺秋禾)",
        ]
    )
    parsed = parse_page(page.encode(), "phrase_caption.txt")
    assert page_chars_accounted(parsed)
    first, second = parsed.articles
    assert first.body.endswith("覆盖全区各个街道。")
    assert any(x.startswith("志愿者为社区老人送去新书") for x in parsed.unplaced)
    assert (second.title, second.subtitle) == ("夜色里的“护河人”", "")
    assert second.reporters == ["蔺秋禾"]


def test_a_credit_line_under_a_title_set_apart_under_a_caption_opens_the_story() -> None:
    """Under a photo's phrase caption credited after a space, a blank line, a title, a blank
    line, ``文/图 X`` and a scene opening with no lead word: the caption ends on its credit as
    a story ends on its byline, so the credit line signs the story the title opens, no deck."""
    page = "\n".join(
        [
            "本报讯(记者 荀晓岚)4月2日,桐花区全民阅读月活动启动。",
            "活动将持续一个月,覆盖全区各个街道。(下转第五版)",
            "",
            "志愿者为社区老人送去新书 本报记者 荀晓岚 摄",
            "",
            "夜色里的“护河人”",
            "",
            "文/图 蔺秋禾",
            "",
            "晚上九点,青柳河边的巡河小屋还亮着灯。巡河员打着手电沿河查看。",
            "这样的巡河点,全镇有5个。",
        ]
    )
    parsed = parse_page(page.encode(), "credit_under_caption.txt")
    assert page_chars_accounted(parsed)
    scene = parsed.articles[-1]
    assert (scene.title, scene.subtitle) == ("夜色里的“护河人”", "")
    assert scene.reporters == ["蔺秋禾"]
    assert scene.body.startswith("晚上九点，青柳河边")


def test_a_dash_deck_listing_places_and_a_byline_over_two_lines_head_the_body() -> None:
    """One paragraph a line: a slogan kicker, a title, a ``——`` deck that lists places
    (``——A、B、C…``: the ``、`` join the items of one phrase, no clause breaks), then the
    credit over two lines and a body with no lead word. The three lines are the headline, the
    two credit lines the byline; the body opens on its first sentence."""
    page = "\n".join(
        [
            "点亮小巷灯 唤醒老街市",
            "柳湾片区夜市人气节节攀升",
            "——杏林路、桂花巷、青石街摊位家家爆满",
            "海棠新闻·榕城晚报记者 柏青岚",
            "通讯员 岑小禾/文 苗若溪/图",
            "傍晚时分，杏林路上灯笼高挂，摊主们支起桌椅，烤串的香味飘满整条街。",
            "记者从桐花区商务局获悉，今年以来，柳湾片区夜市客流同比增长三成。",
            "“夜市让老街区又热闹起来了。”摊主柯望川说。",
            "桐花区举办非遗市集",
            "本报讯 6月2日，桐花区非遗市集在文化广场开市。",
            "市集将持续至6月底。",
        ]
    )
    first, second = parse_page(page.encode(), "dash_deck_list.txt").articles
    assert (first.kicker, first.title, first.subtitle) == (
        "点亮小巷灯 唤醒老街市",
        "柳湾片区夜市人气节节攀升",
        "——杏林路、桂花巷、青石街摊位家家爆满",
    )
    assert first.body.startswith("傍晚时分，杏林路上")
    assert (first.reporters, first.correspondents) == (["柏青岚"], ["岑小禾", "苗若溪"])
    assert second.title == "桐花区举办非遗市集"


def test_a_caption_with_its_credit_on_the_line_under_it_closes_no_signed_story() -> None:
    """One paragraph a line: under the last paragraph of a story signed in its lead, a
    sentence with the photo's credit on the line under it (``本报记者 X 摄``), a blank line
    under that, is the photo's caption: neither the story's body nor its second byline, nor
    a story of its own."""
    page = "\n".join(
        [
            "青石湾城市漫步线路上新",
            "榕城网讯（记者 柏青岚 通讯员 岑小禾）5月1日上午，青石湾城市漫步线路上线。",
            "线路全长约3公里，沿途设置了8个讲解点位。",
            "5月2日，游客在杏花谷体验采摘。",
            "本报记者 苗若溪 摄",
            "",
            "老铺进商场 手艺展新颜",
            "本报讯 5月3日，桐花区老字号展在文化广场开展。",
            "展会持续至5月10日。",
        ]
    )
    parsed = parse_page(page.encode(), "caption_credit_below.txt")
    first, second = parsed.articles
    assert first.body.endswith("设置了8个讲解点位。")
    assert (first.reporters, first.correspondents) == (["柏青岚"], ["岑小禾"])
    assert first.body.startswith("榕城网讯 5月1日上午")
    assert second.title == "老铺进商场 手艺展新颜"
    assert "5月2日，游客在杏花谷体验采摘。" in parsed.unplaced


def test_a_keyword_line_under_a_features_subhead_opens_no_article() -> None:
    """``【“X”】`` / ``关键词：A B C`` over a paragraph opening on a quotation: the subhead of a
    feature's section and its keywords, the body going on under them, one paragraph a line."""
    page = "\n".join(
        [
            "海棠区把实事办到群众心坎上",
            "",
            "本报讯 今年以来，海棠区新建社区食堂12个，新增学位3200个。",
            "",
            "【“老有所养”】",
            "",
            "关键词：助餐 医养结合",
            "",
            "“两荤一素七块钱，还有补贴。”在柳岸社区食堂，老人们络绎不绝。",
            "",
            "海棠区民政局局长柏青岚介绍，全区养老服务设施已实现全覆盖。",
        ]
    )
    parsed = parse_page(page.encode(), "keywords.txt")
    (article,) = parsed.articles
    assert "关键词：助餐 医养结合" in article.body
    assert article.body.endswith("全覆盖。")
    assert page_chars_accounted(parsed)


def test_a_speechs_salutation_opens_its_body_under_the_headline_above() -> None:
    """A page printing headlines after their articles: ``同志们：`` on its own line opens the
    speech digest's body (a letter's ``编辑同志：`` would too), so the title and deck over it
    close the report above, and the digest takes the headline printed after it: the speaker
    named in its ``——X在Y会议上的讲话（摘要）`` deck, the occasion no meeting of its own."""
    page = "\n".join(
        [
            "本报讯 3月 5日，海棠区委农村工作会",
            "议召开。区委书记柏青岚出席会议并讲",
            "话，区长林岫主持会议。",
            "会议要求，各镇要抓好春耕备耕。",
            "记者 孙丽",
            "",
            "海棠区委农村工作会议召开",
            "",
            "抓好春耕备耕 夯实丰收基础",
            "",
            "同志们：",
            "",
            "这次会议的主要任务是，总结去年",
            "农村工作，安排部署今年任务。",
            "一、抓住关键环节，稳住粮食生产",
            "",
            "要把种粮补贴发放到位，让农民种",
            "粮有钱赚、有奔头。",
            "同志们，春耕不等人。让我们鼓足",
            "干劲，奋力夺取新的丰收！",
            "",
            "稳住粮食生产 建设和美乡村",
            "",
            "——区委书记柏青岚在区委农村工作会议上的讲话（摘要）",
            "",
            "本报讯 3月 6日，海棠区举行植树活",
            "动，机关干部200余人参加。",
            "记者 孙丽",
            "",
            "海棠区举行植树活动",
        ]
    )
    parsed = parse_dict(page)
    report, speech, _ = parsed["articles"]
    assert (report["title"], report["subtitle"]) == (
        "海棠区委农村工作会议召开",
        "抓好春耕备耕 夯实丰收基础",
    )
    assert speech["title"] == "稳住粮食生产 建设和美乡村"
    assert speech["subtitle"] == "——区委书记柏青岚在区委农村工作会议上的讲话（摘要）"
    assert speech["body"].startswith("同志们：这次会议")
    assert [(p["name"], p["titles"]) for p in speech["persons"]] == [("柏青岚", ["区委书记"])]
    assert speech["meetings"] == []


def test_a_day_then_a_leader_named_above_by_post_goes_on_with_the_story() -> None:
    """A round of visits reported day by day: after the lead names each leader with a post,
    a paragraph opening on a day and a bare name (``1月20日，X到……``) goes on with the
    story; one opening on a day and a post (``1月22日，副区长Y……``) may open the next."""
    page = "\n".join(
        [
            "区领导春节走访慰问困难群众",
            "新春将至，区委书记聂青禾，区委副书记、区长樊晚照分别走访慰问困难群众。",
            "",
            "1月20日，聂青禾到东湖街道走访慰问老党员。区委常委、政法委书记盛远舟陪同。",
            "",
            "1月21日，樊晚照到西湖街道看望困难家庭。",
        ]
    )
    (article,) = parse_page(page.encode(), "round.txt").articles
    assert article.body.endswith("看望困难家庭。")
    assert [(p.name, p.titles) for p in article.persons] == [
        ("聂青禾", ["区委书记"]),
        ("樊晚照", ["区委副书记", "区长"]),
        ("盛远舟", ["区委常委", "政法委书记"]),
    ]


def test_a_title_and_its_long_deck_on_one_line_head_the_article() -> None:
    """A government site prints a head as title, space, deck on one line, longer together
    than a headline line (``X主持召开区政府常务会议 研究……等事宜``): still the head."""
    page = "\n".join(
        [
            "柏青禾主持召开区政府常务会议 研究樱桃沟镇南岭村“城中村”改造项目实施方案概要等事宜",
            "6月12日上午，区长柏青禾主持召开第18次区政府常务会议，研究有关事宜。",
            "会议还研究了其他事项。",
        ]
    )
    (article,) = parse_page(page.encode(), "head.txt").articles
    assert (article.title, article.subtitle) == (
        "柏青禾主持召开区政府常务会议",
        "研究樱桃沟镇南岭村“城中村”改造项目实施方案概要等事宜",
    )
    assert article.body.startswith("6月12日上午")
    assert [(m.name, m.chair) for m in article.meetings] == [("第18次区政府常务会议", "柏青禾")]


def test_an_exclaimed_headline_right_over_the_next_lead_heads_it() -> None:
    """A page that sets stories one blank line apart: a line ending in ！ under the blank line,
    right over the next story's lead word, is its headline, no last line of the story above."""
    page = "\n".join(
        [
            "柳湾街道开展清洁家园活动",
            "本报讯（记者 韩素云）7月9日，柳湾街道组织开展清洁家园志愿活动。",
            "",
            "青禾社区好邻居，好样的！",
            "本报讯（记者 温可欣）7月10日，青禾社区表彰10名好邻居。",
        ]
    )
    first, second = parse_page(page.encode(), "exclaimed.txt").articles
    assert first.body.endswith("志愿活动。")
    assert (second.title, second.title_inferred) == ("青禾社区好邻居，好样的！", False)


def test_a_story_signed_over_its_body_runs_on_past_a_later_day() -> None:
    """An e-paper story: title, its reporter on a line of their own, then the body, every
    paragraph set apart by a blank line. A later paragraph opening on a day (``昨日，``) goes
    on with the story; flagged for an editor all the same."""
    page = "\n".join(
        [
            "柳湾村新修水泥路通到了家门口",
            "",
            "记者 韩青禾",
            "",
            "本报讯 本报报道柳湾村村民出行难一事后，区交通部门迅速行动，为该村修建水泥路。",
            "",
            "昨日，新路正式通车，村民贺大成说：“这下下雨天也不怕了。”",
            "",
            "村里还计划在路边种上一排杨树。",
        ]
    )
    (article,) = parse_page(page.encode(), "signed_over.txt").articles
    assert article.reporters == ["韩青禾"]
    assert article.body.endswith("一排杨树。")
    assert "boundary_guessed" in article.warnings


def test_a_city_papers_page_code_under_a_story_is_furniture() -> None:
    """Text copied from an e-paper keeps the page's code (``B03``) on a line of its own under
    the story it closes: page furniture, so the byline before it closes the story and the
    next headline heads the next one."""
    page = "\n".join(
        [
            "枫林路社区为老人义诊",
            "",
            "本报讯 7月9日上午，枫林路社区为辖区老人开展义诊。 记者 韩青禾",
            "B03",
            "",
            "柳湾村为孤寡老人送清凉",
            "",
            "本报讯 7月10日，柳湾村为8位孤寡老人送去风扇和绿豆。（记者 温晚照）",
        ]
    )
    parsed = parse_page(page.encode(), "code.txt")
    first, second = parsed.articles
    assert (first.reporters, first.body.endswith("开展义诊。")) == (["韩青禾"], True)
    assert (second.title, second.reporters) == ("柳湾村为孤寡老人送清凉", ["温晚照"])
    assert "B03" in parsed.unplaced


# An article printed over the one a test reads, closed by a double blank line.
_ARTICLE_ABOVE = [
    "青禾区召开河长制工作会议",
    "",
    "3月2日，青禾区召开河长制工作会议。区长",
    "柏青岚主持会议并讲话，副区长岑小禾参加。",
    "",
    "",
]


@pytest.mark.parametrize(
    ("lines", "title", "body_start"),
    [
        # A lead opening on an outlet of up to ten characters before 讯 (某某区党政门户网讯): the
        # headline over it, as long as the column's lines, is the next article's.
        pytest.param(
            [
                "白鹭湾街道举办社区邻里节文艺汇演活动",
                "青禾区党政门户网讯 7月21日晚，白鹭湾街",
                "道在滨河广场举办社区邻里节文艺汇演，来自",
                "辖区六个社区的居民表演了11个节目。",
            ],
            "白鹭湾街道举办社区邻里节文艺汇演活动",
            "青禾区党政门户网讯 7月21日晚",
            id="portal-outlet",
        ),
        # The 、 of a title chain in a headline join one person's posts, no clause breaks.
        pytest.param(
            [
                "远舟县县委常委、副县长、县经开区党工委书记柯明川率队赴外地考察企业",
                "3月16日—19日，远舟县县委常委、副县长、",
                "县经开区党工委书记柯明川率队到沿海城市考",
                "察企业，洽谈合作项目。",
            ],
            "远舟县县委常委、副县长、县经开区党工委书记柯明川率队赴外地考察企业",
            "3月16日—19日",
            id="title-chain",
        ),
        # The 、 of one list in a headline (赴A市、B市、C市调研) are one phrase.
        pytest.param(
            [
                "柯明川率青禾区代表团赴远舟市、白鹭市、柳荫市调研走访企业",
                "",
                "5月25日至29日，区委书记柯明川率青禾区代",
                "表团赴远舟市、白鹭市、柳荫市考察调研。",
            ],
            "柯明川率青禾区代表团赴远舟市、白鹭市、柳荫市调研走访企业",
            "5月25日至29日",
            id="list-of-places",
        ),
    ],
)
def test_a_headline_under_an_article_starts_the_next(
    lines: list[str], title: str, body_start: str
) -> None:
    page = parse_page("\n".join([*_ARTICLE_ABOVE, *lines]).encode(), "two.txt")
    assert [a.title for a in page.articles] == [_ARTICLE_ABOVE[0], title]
    assert page.articles[1].body.startswith(body_start)


def test_a_byline_the_column_broke_inside_a_role_is_one_byline() -> None:
    """``记者 X 通讯`` / ``员 Y``: 通讯 would read as a name; with the next line it is the role
    通讯员, and ``员 Y`` is no headline."""
    lines = [
        "青禾区政协召开十三届七次常委会议",
        "远舟日报·客户端记者 柏青岚 通讯",
        "员 岑小禾",
        "",
        "8月22日上午，青禾区政协在常委会议室召",
        "开十三届七次常委会议。区政协主席柯明川主",
        "持会议。",
    ]
    (article,) = parse_page("\n".join(lines).encode(), "broken-role.txt").articles
    assert article.title == "青禾区政协召开十三届七次常委会议"
    assert (article.reporters, article.correspondents) == (["柏青岚"], ["岑小禾"])
    assert article.body.startswith("8月22日上午")


def test_a_units_labelled_credit_glued_after_the_last_sentence_ends_the_article() -> None:
    """``……新成效。（区政协办 撰稿：X 审核：Y）``: a site's closing credit, the writer its
    reporter, the unit and the reviewer no one; the headline after it starts the next article."""
    lines = [
        "区政协召开党组会议",
        "",
        "9月4日下午，区政协党组书记、主席柯明川主",
        "持召开党组会议，研究有关事项。",
        "",
        "会议强调，要坚持以党建为引领，推进各项工",
        "作取得新成效。（区政协办",
        "撰稿：柏青岚 审核：岑小禾）",
        "",
        "",
        "青禾区召开招商引资工作推进会",
        "",
        "2月10日，青禾区召开招商引资工作推进会，",
        "听取近期项目对接情况。",
    ]
    page = parse_page("\n".join(lines).encode(), "credit.txt")
    assert [a.title for a in page.articles] == [
        "区政协召开党组会议",
        "青禾区召开招商引资工作推进会",
    ]
    assert (page.articles[0].reporters, page.articles[0].correspondents) == (["柏青岚"], [])


def test_a_bare_name_glued_after_the_last_sentence_may_open_on_a_function_word_surname() -> None:
    """``……参加会议。（向远）``: 向 is a surname there; the credit ends the article."""
    lines = [
        *_ARTICLE_ABOVE[:4],
        "区政府办、发改局等相关人员参加会议。（向远）",
        "",
        "",
        "青禾区召开安委会全体成员会议",
        "",
        "3月23日上午，青禾区安委会召开全体成员会",
        "议，推进落实今年安全生产工作。",
    ]
    page = parse_page("\n".join(lines).encode(), "bare.txt")
    assert [a.title for a in page.articles] == [_ARTICLE_ABOVE[0], "青禾区召开安委会全体成员会议"]
    assert page.articles[0].correspondents == ["向远"]


def test_a_story_opening_on_its_purpose_under_a_headline_printed_after_the_one_above() -> None:
    """A page printing each headline after its story, then the break between stories (a
    double blank line): the next story may open on its purpose (``为……，``) with no lead
    word, and still starts under that break, not inside the story above."""
    page = "\n".join(
        [
            "本报讯 5月9日，桐花区政协组织部分",
            "委员视察城区道路改造，实地察看了",
            "三个项目的施工现场。",
            "区政协视察道路改造",
            "",
            "",
            "为进一步改善社区人居环境，营造整洁",
            "有序的生活空间，青柳街道组织党员志",
            "愿者开展环境整治活动。",
            "志愿者们清理楼道杂物，擦拭健身器材",
            "，忙碌了一上午。",
            "党员志愿者清扫社区",
        ]
    )
    first, second = _two_stories(page)
    assert first.title == "区政协视察道路改造"
    assert first.body.endswith("施工现场。")
    assert second.title == "党员志愿者清扫社区"
    assert second.body.startswith("为进一步改善社区人居环境")


def test_a_headline_longer_than_a_line_over_the_lead_at_the_top_of_a_page() -> None:
    """A headline naming four sites runs past forty characters on its line; over a lead with
    nothing above it, it is still the headline, no body line."""
    title = (
        "县人大常委会副主任柏青岚率调研组调研县人民医院二期、县妇幼保健院新院、"
        "县中医院新院、白鹭医院建设工作"
    )
    page = "\n".join(
        [
            title,
            "",
            "12月9日，县人大常委会副主任柏青岚率调研组调研四所医院建设工作。",
            "调研组实地察看了四所医院的建设情况。",
        ]
    )
    (article,) = parse_page(page.encode(), "long-title.txt").articles
    assert article.title == title
    assert article.body.startswith("12月9日")


@pytest.mark.parametrize(
    "headline",
    ["桐花区政协视察城区道路改造工程", "桐花区政协组织委员视察城区主干道路改造提升工程"],
    ids=["column-wide", "longer-than-the-column"],
)
def test_a_headline_printed_after_its_story_as_long_as_the_column_or_longer(
    headline: str,
) -> None:
    """A headline printed after its story, as long as the column's lines or longer, then the
    page's double blank line: the story under it opens on no lead word and is an article of
    its own; the headline closes the story above."""
    page = "\n".join(
        [
            "本报讯 5月9日，桐花区政协组织部分委员",
            "视察城区道路改造工程，实地察看了三个项",
            "目的施工现场。",
            headline,
            "",
            "",
            "春光明媚，万物复苏。青柳街道组织党员志",
            "愿者开展环境整治活动，清理楼道杂物，擦",
            "拭健身器材。",
            "党员志愿者清扫社区",
        ]
    )
    first, second = _two_stories(page)
    assert (first.title, second.title) == (headline, "党员志愿者清扫社区")
    assert second.body.startswith("春光明媚")


def test_a_flush_headline_over_an_indented_paragraph_opening_on_no_lead_word() -> None:
    """A page that indents its paragraphs: one line printed flush (no indent) under a finished
    sentence, right over an indented paragraph opening on its purpose (``为……，``), is the next
    story's title, however long that paragraph's first sentence runs."""
    page = "\n".join(
        [
            "桐花区政协视察道路改造",
            "　　本报讯 5月9日，桐花区政协组织部分委",
            "员视察城区道路改造工程，实地察看了三个",
            "项目的施工现场。",
            "",
            "青柳街道开展党员志愿服务活动",
            "　　为进一步推进全街道环境治理工作，营造",
            "整洁、舒适的人居环境，全力打赢创建省级",
            "文明城市攻坚战，6月6日，街道党员干部",
            "和社区志愿者一道，参加了党员进社区志愿",
            "服务活动，清理楼道杂物，擦拭健身器材，",
            "清运垃圾二十余车，小区面貌焕然一新。",
            "　　活动得到了居民的广泛赞誉。",
        ]
    )
    first, second = _two_stories(page)
    assert (first.title, second.title) == ("桐花区政协视察道路改造", "青柳街道开展党员志愿服务活动")
    assert second.body.startswith("为进一步推进全街道环境治理工作")


# A web copy's story over the one a test reads, ending on its last sentence.
_WEB_STORY_ABOVE = [
    "桃溪区人大来区考察巡察工作",
    "2月20日，桃溪区人大工委主任柏青岚带",
    "队来我区考察巡察工作，相关单位负责人",
    "参加。",
]


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        # ``X日报·新X客户端7月13日讯（``: a paper and its app with a middle dot between, one
        # outlet, so a dateline, even where the story above closed on an editor's line.
        pytest.param(
            [
                "[ 责任编辑：苗若溪 ]",
                "",
                "柳岸区副区长宁远主持召开专题会",
                "青禾日报·新青禾客户端7月13日讯（",
                "通讯员 岑书禾）7月12日，柳岸区副区",
                "长宁远主持召开专题会，部署近期工作。",
            ],
            "柳岸区副区长宁远主持召开专题会",
            id="paper-and-app",
        ),
        # ``X网/X新闻客户端讯``: a site and its app, a slash between.
        pytest.param(
            [
                "",
                "柳岸县委书记宁远调度重大项目建设工作",
                "青禾网/青禾新闻客户端讯 7月2日，柳岸",
                "县委书记宁远主持召开重大项目调度会。",
            ],
            "柳岸县委书记宁远调度重大项目建设工作",
            id="site-and-app",
        ),
        # ``[ 责任编辑：X ]`` under a story, indented as its paragraphs are: furniture, so the
        # headline after it opens the next story.
        pytest.param(
            [
                "\u3000\u3000[ 责任编辑：苗若溪 ]",
                "",
                "柳岸县举办青禾国际会展中心和丝路小镇项目开工仪式",
                "\u3000\u30002月7日上午，柳岸县举办青禾国",
                "际会展中心和丝路小镇项目开工仪式。",
            ],
            "柳岸县举办青禾国际会展中心和丝路小镇项目开工仪式",
            id="editor-in-square-brackets",
        ),
    ],
)
def test_a_web_copys_outlet_or_closing_line_lets_the_next_story_start(
    lines: list[str], title: str
) -> None:
    page = parse_page("\n".join([*_WEB_STORY_ABOVE, *lines]).encode(), "web-copy.txt")
    assert [a.title for a in page.articles] == [_WEB_STORY_ABOVE[0], title]


def test_a_correspondent_in_a_paper_and_apps_dateline_bracket() -> None:
    """The dateline ``X日报·新X客户端7月13日讯（`` wraps its bracketed credit to the next line."""
    page = parse_page(
        "\n".join(
            [
                "柳岸区副区长宁远主持召开专题会",
                "青禾日报·新青禾客户端7月13日讯（",
                "通讯员 岑书禾）7月12日，柳岸区副区",
                "长宁远主持召开专题会，部署近期工作。",
            ]
        ).encode(),
        "paper-and-app.txt",
    )
    assert page.articles[0].correspondents == ["岑书禾"]
