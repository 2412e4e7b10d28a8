from __future__ import annotations

import pytest

from ingest.parser.headlines import assign_headlines, infer_title, parse_headline_group

ART_RIVER = "本报讯 5月12日，海棠区召开河道治理工作推进会，部署汛前河道清淤任务。确保汛前完成。"
ART_BOOKS = "本报讯 近日，海棠区图书馆举办春季图书交流活动，居民交换闲置图书。书香浸润社区。"
ART_SAFETY = "本报讯 5月15日，海棠区安全生产专项检查工作会召开，通报危化品仓库检查问题。"


def test_title_and_deck() -> None:
    g = parse_headline_group(["海棠区召开河道治理工作推进会", "确保汛前完成河道清淤"])
    assert (g.kicker, g.title, g.subtitle) == (
        "",
        "海棠区召开河道治理工作推进会",
        "确保汛前完成河道清淤",
    )


def test_wrapped_title_then_deck() -> None:
    g = parse_headline_group(["海棠区举办", "春季图书交流活动", "书香浸润社区生活"])
    assert g.title == "海棠区举办春季图书交流活动"
    assert g.subtitle == "书香浸润社区生活"


def test_kicker_above_wrapped_title() -> None:
    g = parse_headline_group(["绿色发展 共建共享", "海棠区打造", "滨河生态廊道"])
    assert g.kicker == "绿色发展 共建共享"
    assert g.title == "海棠区打造滨河生态廊道"
    assert g.subtitle == ""


def test_two_line_deck_is_joined_with_a_space() -> None:
    g = parse_headline_group(["海棠区河道清淤工作推进会召开", "清一条河道", "美一片家园"])
    assert g.subtitle == "清一条河道 美一片家园"


def test_title_and_deck_on_one_line() -> None:
    g = parse_headline_group(["海棠区召开防汛工作会议 压实责任 确保安全度汛"])
    assert g.title == "海棠区召开防汛工作会议"
    assert g.subtitle == "压实责任 确保安全度汛"


@pytest.mark.parametrize("label", ["聚焦2+2", "视点360"])
def test_column_label(label: str) -> None:
    g = parse_headline_group([f"{label} 海棠区召开防汛工作会议"])
    assert g.column == label
    assert g.title == "海棠区召开防汛工作会议"


def test_headline_after_its_article_is_not_given_to_the_next() -> None:
    clusters = [[], ["海棠区召开河道治理工作推进会", "确保汛前完成河道清淤"], []]
    assigned, unplaced = assign_headlines(clusters, [ART_RIVER, ART_SAFETY])
    assert assigned == {0: ["海棠区召开河道治理工作推进会", "确保汛前完成河道清淤"]}
    assert unplaced == []


def test_cluster_of_two_headlines_is_split_between_neighbours() -> None:
    cluster = [
        "海棠区召开河道治理工作推进会",
        "确保汛前完成河道清淤",
        "海棠区举办",
        "春季图书交流活动",
    ]
    assigned, unplaced = assign_headlines([[], cluster, []], [ART_RIVER, ART_BOOKS])
    assert assigned == {0: cluster[:2], 1: cluster[2:]}
    assert unplaced == []


def test_headline_about_nothing_is_unplaced() -> None:
    assigned, unplaced = assign_headlines([["冬季滑雪运动指南"], []], [ART_RIVER])
    assert assigned == {}
    assert unplaced == ["冬季滑雪运动指南"]


def test_article_takes_at_most_one_group() -> None:
    clusters = [["海棠区召开河道治理工作推进会"], ["海棠区河道治理推进会召开"]]
    assigned, unplaced = assign_headlines(clusters, [ART_RIVER])
    assert len(assigned) == 1
    assert len(unplaced) == 1


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        (
            "本报讯 5月15日，海棠区安全生产专项检查工作会召开。会议通报了问题。",
            "海棠区安全生产专项检查工作会召开",
        ),
        (
            "本报讯 6月2日上午，海棠区召开（扩大）防汛工作会议，部署工作。",
            "海棠区召开（扩大）防汛工作会议",
        ),
        (
            "本报讯 6月3日，在区行政中心会议室里，区长林树青主持召开防汛会，部署工作。",
            "区长林树青主持召开防汛会",
        ),
        (
            "本报讯 近日，海棠区图书馆举办春季图书交流活动，居民参与。",
            "海棠区图书馆举办春季图书交流活动",
        ),
    ],
)
def test_infer_title(lead: str, title: str) -> None:
    assert infer_title(lead) == title


def test_inferred_title_is_short() -> None:
    lead = "本报讯 " + "、".join(["海棠区开展河道清淤工作"] * 8) + "。"
    assert 0 < len(infer_title(lead)) <= 40


def test_a_long_lead_clause_is_cut_after_a_whole_word() -> None:
    # 43 characters, no 、 or other break: a cut at 40 would end inside 专项.
    lead = "海棠区各镇街道组织机关干部和志愿者群众持续深入开展城乡背街小巷环境卫生整治提升专项行动"
    assert lead[:40].endswith("专")
    title = infer_title(lead)
    assert title == "海棠区各镇街道组织机关干部和志愿者群众持续深入开展城乡背街小巷环境卫生整治提升"


def test_inferred_title_keeps_the_subject_of_a_long_first_clause() -> None:
    lead = (
        "本报讯 5月6日，在海棠区委党校春季培训班上，区委副书记、区长欧阳明远围绕"
        "《以高质量发展推动海棠区经济社会全面进步的若干思考与实践》的主题，"
        "给全体学员作了一场专题报告。"
    )
    assert infer_title(lead) == "区委副书记、区长欧阳明远给全体学员作了一场专题报告"


ART_TEA = "本报讯 4月8日，海棠区首届春茶采摘节在云雾山茶园开幕，游客体验采茶制茶。茶香引客来。"
ART_WETLAND = (
    "本报讯 近日，海棠区白鹭湾湿地公园完成生态修复，栖息鸟类增至六十余种。"
    "护好一湾碧水，贵在久久为功。"
)
RIVER_GROUP = ["海棠区召开河道治理工作推进会", "确保汛前完成河道清淤"]
BOOKS_GROUP = ["海棠区举办", "春季图书交流活动"]
SAFETY_GROUP = ["海棠区安全生产专项检查工作会召开"]
TEA_GROUP = ["海棠区首届春茶采摘节开幕", "茶香引客来"]


def test_three_groups_in_one_cluster_go_above_below_and_far() -> None:
    # Between river (0) and books (1): river's, the far tea article's (3), then books' headline.
    cluster = [*RIVER_GROUP, TEA_GROUP[0], *BOOKS_GROUP]
    articles = [ART_RIVER, ART_BOOKS, ART_SAFETY, ART_TEA]
    assigned, unplaced = assign_headlines([[], cluster, SAFETY_GROUP, [], []], articles)
    assert assigned == {0: RIVER_GROUP, 1: BOOKS_GROUP, 2: SAFETY_GROUP, 3: [TEA_GROUP[0]]}
    assert unplaced == []


def test_all_headlines_at_the_top_in_another_order() -> None:
    top = [*SAFETY_GROUP, *TEA_GROUP, *BOOKS_GROUP, *RIVER_GROUP]
    articles = [ART_RIVER, ART_BOOKS, ART_SAFETY, ART_TEA]
    assigned, unplaced = assign_headlines([top, [], [], [], []], articles)
    assert assigned == {0: RIVER_GROUP, 1: BOOKS_GROUP, 2: SAFETY_GROUP, 3: TEA_GROUP}
    assert unplaced == []


def test_all_headlines_at_the_bottom() -> None:
    bottom = [*BOOKS_GROUP, *RIVER_GROUP]
    assigned, unplaced = assign_headlines([[], [], bottom], [ART_RIVER, ART_BOOKS])
    assert assigned == {0: RIVER_GROUP, 1: BOOKS_GROUP}
    assert unplaced == []


# The second shares one rare bigram (举办) with the books article, not enough to be its kicker.
@pytest.mark.parametrize("stray", ["雪松县冰雪旅游季启动", "雪松县举办冬季滑雪节"])
def test_headline_matching_nothing_inside_a_cluster_is_unplaced(stray: str) -> None:
    top = [*TEA_GROUP, stray, *BOOKS_GROUP]
    assigned, unplaced = assign_headlines([top, [], []], [ART_BOOKS, ART_TEA])
    assert assigned == {0: BOOKS_GROUP, 1: TEA_GROUP}
    assert unplaced == [stray]


def test_kicker_and_wrapped_title_stay_together_in_a_cluster() -> None:
    wetland = ["护好一湾碧水 久久为功", "海棠区白鹭湾", "湿地公园完成生态修复"]
    cluster = [*RIVER_GROUP, *wetland, TEA_GROUP[0]]
    articles = [ART_RIVER, ART_TEA, ART_WETLAND]
    assigned, unplaced = assign_headlines([[], cluster, [], []], articles)
    assert assigned == {0: RIVER_GROUP, 1: [TEA_GROUP[0]], 2: wetland}
    assert unplaced == []
    g = parse_headline_group(assigned[2])
    assert (g.kicker, g.title) == ("护好一湾碧水 久久为功", "海棠区白鹭湾湿地公园完成生态修复")


def test_blank_lines_mark_groups_when_the_cluster_is_printed_in_blocks() -> None:
    # Books' deck shares nothing with any article: only the blank line says it is not tea's.
    cluster = [*BOOKS_GROUP, "书香满城", "", *TEA_GROUP]
    assigned, _ = assign_headlines([[], cluster, []], [ART_BOOKS, ART_TEA])
    assert assigned == {0: [*BOOKS_GROUP, "书香满城"], 1: TEA_GROUP}
    assert assign_headlines([[], [*BOOKS_GROUP, "", "书香满城"], []], [ART_BOOKS, ART_TEA])[0] == {
        0: [*BOOKS_GROUP, "书香满城"]
    }
