from __future__ import annotations

import pytest

from ingest.parser import page_chars_accounted, parse_page
from ingest.parser.headlines import assign_headlines, infer_title, parse_headline_group

from .helpers import parse_dict

ART_RIVER = "本报讯 5月12日，海棠区召开河道治理工作推进会，部署汛前河道清淤任务。确保汛前完成。"
ART_BOOKS = "本报讯 近日，海棠区图书馆举办春季图书交流活动，居民交换闲置图书。书香浸润社区。"
ART_SAFETY = "本报讯 5月15日，海棠区安全生产专项检查工作会召开，通报危化品仓库检查问题。"


def test_headline_after_its_article_is_not_given_to_the_next() -> None:
    clusters = [[], ["海棠区召开河道治理工作推进会", "确保汛前完成河道清淤"], []]
    assigned, unplaced = assign_headlines(clusters, [ART_RIVER, ART_SAFETY])
    assert assigned == {0: ["海棠区召开河道治理工作推进会", "确保汛前完成河道清淤"]}
    assert unplaced == []


def test_a_brief_block_closing_the_page_leaves_its_headlines_after_the_articles() -> None:
    """The page's last headline stands over the brief block, whose items have none: headlines
    still follow their articles, so one sharing no word with its body is not the next one's."""
    swap = "5月13日，海棠区居民在广场上交换闲置物品。"
    briefs = ["5月16日，海棠区文化馆举办书法展。", "5月17日，海棠区体育馆举办乒乓球赛。"]
    texts = [ART_RIVER, swap, ART_SAFETY, *briefs]
    clusters = [[], ["河道治理推进会召开"], ["旧物换新主"], ["安全生产专项检查启动"], [], []]
    assigned, _ = assign_headlines(clusters, texts, brief_tail=2)
    assert assigned == {
        0: ["河道治理推进会召开"],
        1: ["旧物换新主"],
        2: ["安全生产专项检查启动"],
    }


def _heads(kicker: str, title: str, subtitle: str) -> dict[str, str]:
    return {"kicker": kicker, "title": title, "subtitle": subtitle}


# Printed headline lines, and what parse_headline_group reads in them (only the fields named).
HEADLINE_GROUPS = [
    (["海棠区召开河道治理工作推进会", "", "确保汛前完成河道清淤"],
     _heads("", "海棠区召开河道治理工作推进会", "确保汛前完成河道清淤")),
    # A wrapped title, then its deck.
    (["海棠区举办", "春季图书交流活动", "书香浸润社区生活"],
     {"title": "海棠区举办春季图书交流活动", "subtitle": "书香浸润社区生活"}),
    # A kicker above a wrapped title.
    (["绿色发展 共建共享", "海棠区打造", "滨河生态廊道"],
     _heads("绿色发展 共建共享", "海棠区打造滨河生态廊道", "")),
    # A line opening on the district's leaders as a group says who acts: under a title of one
    # line, however long, it is the deck, not the title's second half.
    (["18名“青石好人”登上光荣榜", "区领导出席表彰仪式并为获评者颁奖"],
     _heads("", "18名“青石好人”登上光荣榜", "区领导出席表彰仪式并为获评者颁奖")),
    # A two-line deck is joined with a space.
    (["海棠区河道清淤工作推进会召开", "", "清一条河道", "美一片家园"],
     {"subtitle": "清一条河道 美一片家园"}),
    # Title and deck on one line.
    (["海棠区召开防汛工作会议 压实责任 确保安全度汛"],
     {"title": "海棠区召开防汛工作会议", "subtitle": "压实责任 确保安全度汛"}),
    # Column labels.
    (["聚焦2+2 海棠区召开防汛工作会议"], {"column": "聚焦2+2", "title": "海棠区召开防汛工作会议"}),
    (["视点360 海棠区召开防汛工作会议"], {"column": "视点360", "title": "海棠区召开防汛工作会议"}),
    (["青石镇开展义诊活动 【文明实践】"],
     {"column": "【文明实践】", "title": "青石镇开展义诊活动"}),
    (["青石镇开展义诊活动 ■社区"], {"column": "■社区", "title": "青石镇开展义诊活动"}),
    # A marked label in front of the title on its line, with or without a gap.
    (["【政协视窗】区政协召开第十二次主席会议"],
     {"column": "【政协视窗】", "title": "区政协召开第十二次主席会议"}),
    (["【法治动态】 青石镇开展普法宣传进村活动"],
     {"column": "【法治动态】", "title": "青石镇开展普法宣传进村活动"}),
    # A label, a bar and a marked label: both labels the column's, the bar decoration.
    (["视点360 | 【政协视窗】区政协召开第十二次主席会议"],
     {"column": "视点360 【政协视窗】", "title": "区政协召开第十二次主席会议"}),
    (["回眸2023 奋进2024", "", "青石镇城市更新成效显著"],
     {"column": "回眸2023 奋进2024", "title": "青石镇城市更新成效显著"}),
    # A short label over a line far longer than it: no wrapped title fills its first line so.
    (["清风海棠", "全区廉政教育月活动启动"],
     _heads("", "全区廉政教育月活动启动", "") | {"column": "清风海棠"}),
    (["法润白鹭", "区司法局开展“送法进工地”活动"],
     _heads("", "区司法局开展“送法进工地”活动", "") | {"column": "法润白鹭"}),
    # More than twice as long, if only by one character (a front page's ``今日X`` label).
    (["今日视点", "加装电梯审批再提速", "——全区本月新开工电梯十七部"],
     _heads("", "加装电梯审批再提速", "——全区本月新开工电梯十七部") | {"column": "今日视点"}),
    # A title wrapped over two lines of any length.
    (["区政协十届", "三次会议开幕"], _heads("", "区政协十届三次会议开幕", "")),
    # A line ending on a count whose noun opens the next line: one title.
    (["区政协十二届九次", "常委会议28日召开"], _heads("", "区政协十二届九次常委会议28日召开", "")),
    # The same on one line with a gap after the count: no title and deck.
    (["区政协十二届九次 常委会议召开"], _heads("", "区政协十二届九次 常委会议召开", "")),
    (["县政府召开", "重点项目观摩点评会"], _heads("", "县政府召开重点项目观摩点评会", "")),
    (["海棠区督导组调研白鹭湾", "防汛物资储备情况"],
     _heads("", "海棠区督导组调研白鹭湾防汛物资储备情况", "")),
    (["青石镇文化站获评", "省级示范文化站"], _heads("", "青石镇文化站获评省级示范文化站", "")),
    # Broken after its verb, the event it holds under it however long, then a dash deck.
    (["海棠镇党委领导班子召开", "2024年度专题民主生活会", "——对照检查找差距"],
     _heads("", "海棠镇党委领导班子召开2024年度专题民主生活会", "——对照检查找差距")),
    (["青石街道党工委举行", "第三季度党建工作观摩推进会议"],
     _heads("", "青石街道党工委举行第三季度党建工作观摩推进会议", "")),
    # A title that reports an event held is whole: the line under it is its deck.
    (["海棠区委常委会（扩大）会议召开", "研究部署汛期重点任务"],
     _heads("", "海棠区委常委会（扩大）会议召开", "研究部署汛期重点任务")),
    (["青石镇秋季防汛应急演练举行", "检验队伍快速反应能力"],
     _heads("", "青石镇秋季防汛应急演练举行", "检验队伍快速反应能力")),
    # A line naming a meeting and no more, over what it was called to do: one sentence
    # wrapped, however long the second line.
    (["海棠区河长制工作联席会议", "研究部署白鹭湾沿岸垃圾清运与巡河任务"],
     _heads("", "海棠区河长制工作联席会议研究部署白鹭湾沿岸垃圾清运与巡河任务", "")),
    (["全镇文明创建推进会", "安排迎检点位整改与志愿服务排班"],
     _heads("", "全镇文明创建推进会安排迎检点位整改与志愿服务排班", "")),
    # A line holding a meeting that ends on the verb of what it was called to do, over
    # that verb's object: one sentence broken after the verb, however long the object.
    (["白沙镇政府召开专题会议研究", "柳湾片区棚户区改造项目征收安置工作"],
     _heads("", "白沙镇政府召开专题会议研究柳湾片区棚户区改造项目征收安置工作", "")),
    (["青石街道举行联席会议部署", "白鹭社区背街小巷雨污管网清淤疏通任务"],
     _heads("", "青石街道举行联席会议部署白鹭社区背街小巷雨污管网清淤疏通任务", "")),
    # A counted group and no more (no verb), over a line opening on what it did: one
    # sentence wrapped, however long the second line; a year is no such count.
    (["15名退休教师", "回到山村小学义务辅导留守儿童"],
     _heads("", "15名退休教师回到山村小学义务辅导留守儿童", "")),
    (["40余家文化创意企业", "入驻青石镇老厂房改造的创意园区"],
     _heads("", "40余家文化创意企业入驻青石镇老厂房改造的创意园区", "")),
    # A line that says the meeting was held already says something of it: that rule does
    # not join it to the line under it; nor is a dash deck ever a title's second half.
    (["青石镇召开防汛调度会", "部署汛前隐患排查整治任务安排"],
     _heads("", "青石镇召开防汛调度会", "部署汛前隐患排查整治任务安排")),
    (["青石镇文明创建推进会", "——部署迎检点位整改与志愿服务排班"],
     _heads("", "青石镇文明创建推进会", "——部署迎检点位整改与志愿服务排班")),
    # A wrapped title after a kicker that says who spoke.
    (["区领导在青石镇调研时强调", "把服务送到", "群众家门口", "", "现场办结诉求8件"],
     _heads("区领导在青石镇调研时强调", "把服务送到群众家门口", "现场办结诉求8件")),
    # Parallel phrases are one title.
    (["聚焦主业 精准发力 推动产业提质增效"],
     {"title": "聚焦主业 精准发力 推动产业提质增效", "subtitle": ""}),
    (["比学赶超 跑出加速度"], {"title": "比学赶超 跑出加速度", "subtitle": ""}),
    (["海棠区召开防汛工作会议 压实责任 确保安全度汛"],
     {"title": "海棠区召开防汛工作会议", "subtitle": "压实责任 确保安全度汛"}),
    # A parallel title over a figure is title and deck, on the shape alone.
    (["稳中求进 步步登高", "", "青石镇一季度新签项目投资9亿元"],
     {**_heads("", "稳中求进 步步登高", "青石镇一季度新签项目投资9亿元"), "unsure": True}),
    # Two short halves on one line are one title.
    (["春季引资落地项目15个 总投资42亿元"],
     {"title": "春季引资落地项目15个 总投资42亿元", "subtitle": ""}),
    # Two clauses of one length side by side (a couplet) are one title with its space; a
    # deck on the title's line reads on from a longer title.
    (["柳湖大桥夜间封闭检修 六条公交线路临时绕行"],
     {"title": "柳湖大桥夜间封闭检修 六条公交线路临时绕行", "subtitle": ""}),
    (["海棠区召开背街小巷提升推进会 打通民生微循环"],
     {"title": "海棠区召开背街小巷提升推进会", "subtitle": "打通民生微循环"}),
    # The halves are matched by the words they read: quotation marks are no words.
    (["物业报修“一码通办” 两日上门限时修复"],
     {"title": "物业报修“一码通办” 两日上门限时修复", "subtitle": ""}),
    # A figure with decimals is one word of the short half, as a whole number is.
    (["9个文旅项目集中签约 总投资27.8亿元"],
     {"title": "9个文旅项目集中签约 总投资27.8亿元", "subtitle": ""}),
    # A short first half that reports a figure is no column label (``新闻1+1``) when the
    # second reports one too.
    (["8个农旅项目签约 总投资19.5亿元"],
     {"title": "8个农旅项目签约 总投资19.5亿元", "subtitle": "", "column": ""}),
    # ... nor when it counts what was done (a figure and its measure word) and the second
    # half reports no figure: two phrases of one title.
    (["义诊进村45场 乡亲笑开颜"],
     {"title": "义诊进村45场 乡亲笑开颜", "subtitle": "", "column": ""}),
    # Under a kicker that says who spoke the title is what was said: a gap in its line is
    # one more phrase of the slogan, not a deck set on the title's line.
    (["柯明远在全区春耕工作会上要求", "以科技赋能推进农业转型 让田野长出好收成"],
     _heads("柯明远在全区春耕工作会上要求", "以科技赋能推进农业转型 让田野长出好收成", "")),
    # A short deck after a long title on its line stays a deck.
    (["海棠商圈停车难和夜市管理怎么办 这场会议专题研究"],
     {"title": "海棠商圈停车难和夜市管理怎么办", "subtitle": "这场会议专题研究"}),
    # One phrase over a subject's line is title and deck.
    (["暖企解忧办实事", "", "海棠区召开“千人进千企”活动推进会"],
     _heads("", "暖企解忧办实事", "海棠区召开“千人进千企”活动推进会")),
    # ... also when that line opens on the district's body (区委常委会, 区政协), no place
    # name: it names who acts, so it is the second half of no title wrapped over two lines.
    (["扎扎实实办好群众身边事", "区委常委会召开第36次会议"],
     _heads("", "扎扎实实办好群众身边事", "区委常委会召开第36次会议")),
    (["凝心聚力建言献策促发展", "区政协召开专题协商会议"],
     _heads("", "凝心聚力建言献策促发展", "区政协召开专题协商会议")),
    # Parallel phrases over a subject's line stay its kicker.
    (["培育特色产业 建设生态海棠", "", "海棠区召开白鹭湾项目专题会议"],
     {"kicker": "培育特色产业 建设生态海棠", "title": "海棠区召开白鹭湾项目专题会议"}),
    # ... also when the line names who acts without a place name: the district's own body,
    # ``我区``, ``全区``.
    (["守护一河清水 留住满城绿意", "区妇联召开巾帼护河志愿者座谈会"],
     _heads("守护一河清水 留住满城绿意", "区妇联召开巾帼护河志愿者座谈会", "")),
    (["扣紧安全扣 拧紧责任阀", "我区召开森林防火工作推进会"],
     _heads("扣紧安全扣 拧紧责任阀", "我区召开森林防火工作推进会", "")),
    (["抢抓春光 跑出加速度", "全区第二批民生工程集中开工", "总投资12亿元"],
     _heads("抢抓春光 跑出加速度", "全区第二批民生工程集中开工", "总投资12亿元")),
    # ... also over a title that says an event was held, its words no subject and verb in
    # front (``全区……分析会召开``); a ``——`` line under them stays their deck.
    (["夯实基础 提升质效", "全区第四季度基层卫生工作质量讲评会召开"],
     _heads("夯实基础 提升质效", "全区第四季度基层卫生工作质量讲评会召开", "")),
    (["夯实基础 提升质效", "——全区第四季度基层卫生工作讲评会召开"],
     _heads("", "夯实基础 提升质效", "——全区第四季度基层卫生工作讲评会召开")),
    # ... also over a title whose subject is counted (``300名学生领到……``), with its deck.
    (["护苗成长 暖冬有爱", "300名学生领到新书包", "——全区40所小学同步发放"],
     _heads("护苗成长 暖冬有爱", "300名学生领到新书包", "——全区40所小学同步发放")),
    # A figure that reports a result under parallel phrases stays their deck.
    (["稳中求进 步步登高", "全年新签项目投资9亿元"],
     _heads("", "稳中求进 步步登高", "全年新签项目投资9亿元")),
    # A short line ending on a count (or a verb) over a line opening with the figure is one
    # title wrapped mid-phrase, not a column label over it.
    (["全镇首批", "26家“邻里食堂”开业"],
     {"column": "", "title": "全镇首批26家“邻里食堂”开业"}),
    # Two short lines printed as parallel phrases, each a clause of its own (a subject, then
    # its verb): one title, one space between them.
    (["爱心早餐进工地", "工友吃上热乎饭"],
     _heads("", "爱心早餐进工地 工友吃上热乎饭", "")),
    (["旧楼道变整洁", "住户乐开怀"], _heads("", "旧楼道变整洁 住户乐开怀", "")),
    # ... or two of one length that repeat their opening word (a verb, a preposition), the
    # halves of a slogan; one length and no word repeated is one title wrapped.
    (["请专家来把脉", "请居民来议事"], _heads("", "请专家来把脉 请居民来议事", "")),
    (["为老人办实事", "为孩子添乐趣"], _heads("", "为老人办实事 为孩子添乐趣", "")),
    (["青石镇开展消防", "安全隐患大排查"], _heads("", "青石镇开展消防安全隐患大排查", "")),
    # A second line that completes the first (the object of its verb, or no verb of its own)
    # is one title wrapped, joined without a space.
    (["区人大代表视察", "背街小巷整治情况"], _heads("", "区人大代表视察背街小巷整治情况", "")),
    (["把便民服务送到", "群众家门口"], _heads("", "把便民服务送到群众家门口", "")),
    # A line naming who acts and no more (a quoted team, no verb) is no title alone: the line
    # under it says what they did, a figure or a word read as a place at its head.
    (["槐林街道“楼院管家”", "履职百日办实事32件"],
     _heads("", "槐林街道“楼院管家”履职百日办实事32件", "")),
    # An event's name in quotes opening the line under a slogan is who acts: the slogan is the
    # kicker, that line the title.
    (["书香润童心 阅读伴成长", "“海棠读书周”活动走进青石小学", "赠书500余册 开讲座12场"],
     _heads("书香润童心 阅读伴成长", "“海棠读书周”活动走进青石小学", "赠书500余册 开讲座12场")),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "expected"), HEADLINE_GROUPS)
def test_headline_group(lines: list[str], expected: dict[str, object]) -> None:
    g = parse_headline_group(lines)
    assert {field: getattr(g, field) for field in expected} == expected


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
    # Printed after the last body, it is above none.
    assigned, unplaced = assign_headlines([[], ["冬季滑雪运动指南"]], [ART_RIVER])
    assert assigned == {}
    assert unplaced == ["冬季滑雪运动指南"]


def test_headline_right_above_a_body_is_its_own_even_sharing_no_words() -> None:
    doubtful: set[int] = set()
    assigned, unplaced = assign_headlines(
        [["步履不停 初心不改"], []], [ART_RIVER], doubtful=doubtful
    )
    assert assigned == {0: ["步履不停 初心不改"]}
    assert unplaced == [] and doubtful == {0}


def test_a_headline_that_says_what_the_body_says_wins_over_the_one_above() -> None:
    clusters = [["冬季滑雪运动指南", "", "海棠区召开河道治理工作推进会"], []]
    assigned, unplaced = assign_headlines(clusters, [ART_RIVER])
    assert assigned == {0: ["海棠区召开河道治理工作推进会"]}
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
        # A day with a gap OCR left inside its number is the lead's day all the same.
        (
            "1月1 3日，青石街道总工会召开骑手座谈会，听取意见建议。",
            "青石街道总工会召开骑手座谈会",
        ),
        # A clock time after the date is the dateline's, not what happened.
        (
            "9月8日下午3点，在区机关会议室召开月度例会，区长林树青主持会议。",
            "区长林树青主持会议",
        ),
        (
            "本报讯 9月9日上午9时30分，海棠区秋季运动会开幕。",
            "海棠区秋季运动会开幕",
        ),
        # What the next sentence says happened after is not the first one's title.
        (
            "8月2日，区教体局副局长林树青一行来到即将竣工投入使用的海棠路小学、桂园路中学、"
            "杏花巷小学等学校施工现场调研。调研结束，林树青主持召开推进会。",
            "区教体局副局长林树青一行来到即将竣工投入使用的海棠路小学、桂园路中学",
        ),
        # A lead word with no date after it, 又讯 for a second item, a day printed without
        # its month, and the reporter's source are no part of what happened.
        (
            "本报讯 在杏花街道桂园社区，一场以“邻里节”为纽带的议事活动正在展开。",
            "一场以“邻里节”为纽带的议事活动正在展开",
        ),
        ("又讯 3月6日，海棠区图书馆开展读书分享活动。", "海棠区图书馆开展读书分享活动"),
        ("本报讯 27日晚，海棠区文化馆周末剧场开演。", "海棠区文化馆周末剧场开演"),
        # A day named from the issue's, its part of the day with it (今天上午, 昨天下午).
        ("今天上午，区长林树青主持召开区政府常务会议。", "区长林树青主持召开区政府常务会议"),
        ("本报讯 昨天下午，海棠区文化馆周末剧场开演。", "海棠区文化馆周末剧场开演"),
        (
            "本报讯 记者从区城管局获悉，海棠路立体停车楼已全部完工。",
            "海棠路立体停车楼已全部完工",
        ),
        # A purpose opening the sentence runs over several clauses up to the time printed
        # inside it: the event is what follows the time.
        (
            "为梳理前三季度工作成效，查找短板弱项，谋划冬季重点任务，10月9日上午，"
            "海棠区社会治理工作推进会召开。区长林树青出席。",
            "海棠区社会治理工作推进会召开",
        ),
        (
            "为进一步压实安全责任，近日，杏花街道组织开展燃气安全专项检查。",
            "杏花街道组织开展燃气安全专项检查",
        ),
        # A group too long to title whole is named by its first member.
        (
            "5月6日下午，副市长林树青、市自然资源局局长柏岚一行到海棠区调研桃溪历史文化街区"
            "保护利用项目建设情况。",
            "副市长林树青到海棠区调研桃溪历史文化街区保护利用项目建设情况",
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


def test_a_slogan_sharing_a_word_with_another_body_stays_the_kicker_of_the_title_under_it() -> None:
    """``党建引领 幸福同行`` right over a feature's title, on a page whose other story is a
    党建 meeting with a headline of its own: the slogan, left over by the matching, is the
    kicker of the title printed right under it, not an unplaced line."""
    feature = "“苗书记，楼道的灯又坏了！”一大早，苗青的电话就响了。如今，小区的路灯全换成了新的。"
    meeting = "本报讯 6月1日，海棠区召开党建工作推进会，要求以党建引领基层治理。"
    head = ["党建引领 幸福同行", "她把老旧小区的“烦心事”变成了“暖心事”", "——记白鹭社区党委书记苗青"]
    clusters = [
        head,
        ["海棠区党建推进会召开"],
        ["白鹭湾湿地公园完成生态修复"],
        ["茶文化节开幕"],
        [],
    ]
    assigned, unplaced = assign_headlines(clusters, [feature, meeting, ART_WETLAND, ART_TEA])
    assert assigned[0] == head and assigned[1] == ["海棠区党建推进会召开"]
    assert unplaced == []


def test_blank_lines_mark_groups_when_the_cluster_is_printed_in_blocks() -> None:
    # Books' deck shares nothing with any article: only the blank line says it is not tea's.
    cluster = [*BOOKS_GROUP, "书香满城", "", *TEA_GROUP]
    assigned, _ = assign_headlines([[], cluster, []], [ART_BOOKS, ART_TEA])
    assert assigned == {0: [*BOOKS_GROUP, "书香满城"], 1: TEA_GROUP}
    # A group keeps the blank line printed inside it: the headline parser reads it.
    assert assign_headlines([[], [*BOOKS_GROUP, "", "书香满城"], []], [ART_BOOKS, ART_TEA])[0] == {
        0: [*BOOKS_GROUP, "", "书香满城"]
    }


@pytest.mark.parametrize("title", ["让书屋亮起来", "把老街的烟火气留住"])
def test_dash_deck_is_never_a_wrapped_titles_second_half(title: str) -> None:
    group = parse_headline_group([title, "——访区人大代表柏青禾"])
    assert (group.title, group.subtitle) == (title, "——访区人大代表柏青禾")


def test_dash_deck_wrapped_over_two_lines_is_joined_without_a_space() -> None:
    group = parse_headline_group(["海棠区文旅局开门纳谏", "——我区开展“问计于民”", "座谈交流活动"])
    assert (group.title, group.subtitle) == (
        "海棠区文旅局开门纳谏",
        "——我区开展“问计于民”座谈交流活动",
    )


ART_FIRE = (
    "本报讯 3月6日，海棠区政府常务会议研究春季森林防火工作。区长柏青禾主持会议。"
    "会议要求，严管野外用火。"
)


@pytest.mark.parametrize("deck", ["柏青禾主持", "葛川作报告 柏青禾主持"])
def test_who_chaired_under_a_title_is_its_deck(deck: str) -> None:
    group = parse_headline_group(["海棠区政府常务会议研究春季森林防火工作", deck])
    assert (group.title, group.subtitle) == ("海棠区政府常务会议研究春季森林防火工作", deck)


def test_who_chaired_closes_its_group_in_a_cluster_printed_in_blocks() -> None:
    """``X主持`` under a title is a finished clause: the headline printed after the blank line
    under it is another article's, not the rest of a wrapped title."""
    fire = ["海棠区政府常务会议研究春季森林防火工作", "柏青禾主持"]
    top = [*fire, "", "春茶采摘节开幕", "", SAFETY_GROUP[0]]
    articles = [ART_FIRE, ART_SAFETY, ART_TEA]
    assigned, unplaced = assign_headlines([top, [], [], []], articles)
    assert assigned == {0: fire, 1: SAFETY_GROUP, 2: ["春茶采摘节开幕"]}
    assert unplaced == []


def test_a_common_word_ending_in_a_place_suffix_names_no_place() -> None:
    """``小区`` (a residential compound) ends in ``区``, yet a line opening on a verb names no
    district with it: the line carries on the title above (one sentence over two lines)."""
    group = parse_headline_group(["桃源街道“楼栋管家”", "盘活小区闲置车位"])
    assert (group.title, group.subtitle) == ("桃源街道“楼栋管家”盘活小区闲置车位", "")


def test_a_cluster_block_that_names_a_body_left_over_is_its_headline() -> None:
    """Headlines on top, set apart by blank lines: the street's headline shares a word or two
    with the visit's body, so it rides along with the visit's title; the body it names, left
    with no headline, takes it back."""
    meet = "本报讯 3月5日，海棠区春季防火工作会议召开，部署春季森林防火工作。副区长葛川主持会议。"
    visit = (
        "本报讯 3月4日，区政协组织部分委员走进花园街道桃源社区，开展委员进社区活动，"
        "收集居民意见建议20条。"
    )
    clean = (
        "本报讯 连日来，青梅街道组织党员干部和志愿者300余人次，清理卫生死角40处，"
        "环境更加洁净，辖区家园面貌明显改善。"
    )
    cluster = [
        "海棠区春季防火工作会议召开",
        "葛川主持",
        "",
        "青梅街道开展春季“洁净家园”行动",
        "",
        "政协委员走进社区听民声",
    ]
    assigned, unplaced = assign_headlines([cluster, [], [], []], [meet, visit, clean])
    assert assigned == {
        0: ["海棠区春季防火工作会议召开", "葛川主持"],
        1: ["政协委员走进社区听民声"],
        2: ["青梅街道开展春季“洁净家园”行动"],
    }
    assert unplaced == []


@pytest.mark.parametrize(
    ("lines", "column", "title"),
    [
        # A two-character label on its own line over a short title: no wrapped title leaves
        # two characters on its first line.
        (["时评", "小巷整治见温度"], "时评", "小巷整治见温度"),
        (["快评", "春耕莫误农时"], "快评", "春耕莫误农时"),
    ],
)
def test_two_character_label_over_a_short_title_is_the_column(
    lines: list[str], column: str, title: str
) -> None:
    group = parse_headline_group(lines)
    assert (group.column, group.title) == (column, title)


@pytest.mark.parametrize(
    ("lines", "unled", "column", "title"),
    [
        # Over a piece with no lead word, a short label over a longer title is its column.
        (["闲窗小记", "外婆的针线筐"], True, "闲窗小记", "外婆的针线筐"),
        (["读者来信", "小区门口多了一条盲道"], True, "读者来信", "小区门口多了一条盲道"),
        # A quotation alone under it is what the short line speaks of: one title.
        (["委员建言", "“一老一小”"], True, "", "委员建言“一老一小”"),
        # Over a lead, the same lines stay one wrapped title.
        (["闲窗小记", "外婆的针线筐"], False, "", "闲窗小记外婆的针线筐"),
    ],
)
def test_a_short_label_over_a_piece_with_no_lead_word(
    lines: list[str], unled: bool, column: str, title: str
) -> None:
    group = parse_headline_group(lines, unled=unled)
    assert (group.column, group.title) == (column, title)


def test_a_whole_headline_in_lenticular_brackets_drops_them() -> None:
    """``【……】`` alone over the lead is a headline with decoration around it, kept aside so no
    character is lost; a label's few characters in them are no headline taken apart."""
    g = parse_headline_group(["【海棠区秋季征兵体检工作启动】"])
    assert (g.title, g.column, g.marks) == ("海棠区秋季征兵体检工作启动", "", "【】")
    g = parse_headline_group(["【人大动态】"])
    assert (g.title, g.marks) == ("【人大动态】", "")


def test_a_slogan_over_a_title_wrapped_in_two_and_a_dash_deck() -> None:
    """Parallel phrases over two plain lines over a ``——`` deck: kicker, one title joined
    without a space, deck (the title's lines open on no subject of their own)."""
    group = parse_headline_group(
        [
            "踏实苦干求实效 攻坚克难谱新篇",
            "区长办公会议研究",
            "明年城建工作安排",
            "——林远舟主持会议",
        ]
    )
    assert group.kicker == "踏实苦干求实效 攻坚克难谱新篇"
    assert group.title == "区长办公会议研究明年城建工作安排"
    assert group.subtitle == "——林远舟主持会议"


def test_a_slogan_over_a_numbered_meeting_held_is_its_kicker() -> None:
    # 第7次 numbers the meeting the title names: it is no figure a deck reports.
    group = parse_headline_group(["守好民生底线 稳住发展大盘", "某区政府第7次常务会议召开"])
    assert (group.kicker, group.title, group.subtitle) == (
        "守好民生底线 稳住发展大盘",
        "某区政府第7次常务会议召开",
        "",
    )


def test_a_slogan_over_a_line_naming_the_person_who_acts_is_its_kicker() -> None:
    # The line under the slogan opens on a person's name and goes on to what they did: it
    # says who acts as ``某区召开……`` does, so it is the title, not the slogan's deck.
    group = parse_headline_group(["贴近群众冷暖 用心办好实事", "柏青山到桃源里社区走访住户"])
    assert (group.kicker, group.title, group.subtitle) == (
        "贴近群众冷暖 用心办好实事",
        "柏青山到桃源里社区走访住户",
        "",
    )


@pytest.mark.parametrize(
    "slogan", ["心暖返乡路 奋斗正当时", "梦圆下乡路 青春绽芳华", "情系还乡路 共筑新家园"]
)
def test_a_slogan_opening_on_a_verb_ending_in_a_place_suffix_is_the_kicker(slogan: str) -> None:
    # 返乡, 下乡 end on 乡 as a township does, but a verb names no place: the slogan opens on
    # no subject, so it is the kicker of the line under it that says who acts.
    group = parse_headline_group([slogan, "桐花区举行返乡青年座谈会"])
    assert (group.kicker, group.title, group.subtitle) == (slogan, "桐花区举行返乡青年座谈会", "")


def test_a_slogan_over_a_body_whose_verb_reads_as_a_noun_is_its_kicker() -> None:
    # ``启动`` is tagged a verbal noun; right after the words naming the body it is still what
    # the body did, so the line says who acts and is the title.
    group = parse_headline_group(["平安出行 你我同行", "区交管大队启动夏季整治"])
    assert (group.kicker, group.title, group.subtitle) == (
        "平安出行 你我同行",
        "区交管大队启动夏季整治",
        "",
    )


ART_GARDEN = "本报讯 6月3日，海棠区园林局组织志愿者到滨河公园补植月季，养护绿地1200平方米。"
ART_TRADE = "本报讯 6月5日至6日，副区长柏青带队赴宁波、舟山对接外贸企业，走访4家港航企业。"


def test_the_next_headline_printed_right_over_its_body_leaves_the_headline_after() -> None:
    # A headline after the body above, a blank, then the next body's own headline right
    # over it, sharing only a word or two with it.
    clusters = [[], [], ["海棠区园林局补植月季养护绿地", "", "我区东进招商对接港航"], []]
    assigned, unplaced = assign_headlines(clusters, [ART_RIVER, ART_GARDEN, ART_TRADE])
    assert assigned[1] == ["海棠区园林局补植月季养护绿地"]
    assert assigned[2] == ["我区东进招商对接港航"]
    assert unplaced == []


def test_a_deck_naming_someone_another_body_names_stays_under_the_body_it_closes() -> None:
    """On a page printing each headline after its body, a profile's deck names a person with
    the post the first body printed in full: the headline printed right under the first body
    is still its own, and the profile keeps the one printed under it."""
    award = (
        "本报讯 7月2日，桐花区召开大会，表彰一批先进个人和先进集体。"
        "先进个人代表、青柳街道松风社区主任岑书禾发言。"
    )
    plant = "本报讯 7月3日，桐花区园林局组织志愿者补植月季。"
    profile = "清晨六点，松风社区的广场上已有人影。“谁家有难处，我都记着。”社区主任岑书禾说。"
    clusters = [
        [],
        ["比学赶超 争当先锋", "——桐花区表彰一批先进个人"],
        ["志愿者补植月季"],
        ["松风里的“大管家”", "——记先进个人、青柳街道", "松风社区主任岑书禾"],
    ]
    assigned, unplaced = assign_headlines(clusters, [award, plant, profile])
    assert assigned[0] == ["比学赶超 争当先锋", "——桐花区表彰一批先进个人"]
    assert assigned[2] == ["松风里的“大管家”", "——记先进个人、青柳街道", "松风社区主任岑书禾"]
    assert unplaced == []


def test_a_cluster_after_the_last_body_gives_a_faint_headline_to_a_body_left_over() -> None:
    # Headlines of the bodies above printed together under the last one: the last shares a
    # single word with its body (一本), too little to be placed by what it says, but it is a
    # headline of one of the bodies left without one, and the body it shares a word with.
    note = "本报讯 “今天先修楼道灯，明天再看单元门。”6月8日，网格员翻开一本工作手册说。"
    swim = "本报讯 6月9日，区体育馆游泳馆暑期公益课开始报名，名额200个。"
    clusters = [
        ["海棠区召开河道治理工作推进会"],
        [],
        [],
        [],
        [],
        [
            "滨河公园补植月季",
            "——志愿者养护绿地1200平方米",
            "",
            "柏青在对接外贸企业时要求",
            "稳住港航外贸基本盘",
            "",
            "“楼长”的一本账",
        ],
    ]
    assigned, unplaced = assign_headlines(clusters, [ART_RIVER, ART_GARDEN, swim, note, ART_TRADE])
    assert assigned[3] == ["“楼长”的一本账"]
    assert 2 not in assigned
    assert unplaced == []


def test_a_cluster_of_two_headlines_over_the_first_of_two_bodies() -> None:
    # The second body prints no headline: the cluster's last line, which shares nothing
    # with the first body, is its own.
    clusters = [["海棠区园林局组织志愿者补植月季", "我区东进招商对接港航"], [], []]
    assigned, unplaced = assign_headlines(clusters, [ART_GARDEN, ART_TRADE])
    assert assigned == {0: ["海棠区园林局组织志愿者补植月季"], 1: ["我区东进招商对接港航"]}
    assert unplaced == []


def test_a_body_under_a_brief_label_takes_no_headline() -> None:
    # The headline printed after the body above, then the label (taken out) over a brief:
    # the brief takes none, even right under it.
    brief = "6月4日，海棠区消防大队走进幼儿园开展消防演练。"
    clusters = [[], [], ["海棠区园林局补植月季"], []]
    assigned, _ = assign_headlines(clusters, [ART_RIVER, ART_GARDEN, brief], labelled={2})
    assert assigned[1] == ["海棠区园林局补植月季"]
    assert 2 not in assigned


def test_a_top_cluster_of_one_line_a_body_gives_each_line_its_own_body() -> None:
    """All the headlines on top with no blank line between, as many as the bodies, each naming
    a body of its own: a line of parallel phrases is the first body's title, not the kicker of
    the title printed under it."""
    top = ["白鹭回湾 碧水长流", "春茶采摘节开幕", "春季图书交流活动举行"]
    assigned, unplaced = assign_headlines([top, [], [], []], [ART_WETLAND, ART_TEA, ART_BOOKS])
    assert assigned == {0: [top[0]], 1: [top[1]], 2: [top[2]]}
    assert unplaced == []


def test_a_cluster_line_under_a_title_that_names_the_next_body_is_its_headline() -> None:
    """Three titles on top, one under the other: the third shares too little with any body
    to stand alone, and a little with the second body, so it read as the second's deck; the
    third body, left with no headline and named by it more, takes it."""
    meet = "本报讯 4月2日，海棠区春季植树工作推进会召开，部署全年造林绿化任务。"
    road = "本报讯 4月1日，记者在桃溪大道拓宽工程现场看到，工人们冒着细雨铺设路缘石。"
    walk = "4月3日，区妇联“春风暖童心”行动启动，首批图书和文具送到30名留守儿童手中。"
    top = ["海棠区春季植树工作推进会召开", "桃溪大道拓宽工程加紧施工", "春风送温暖 细雨护童心"]
    assigned, unplaced = assign_headlines([top, [], [], []], [meet, road, walk])
    assert assigned == {0: [top[0]], 1: [top[1]], 2: [top[2]]}
    assert unplaced == []


def test_a_dash_deck_naming_the_next_body_stays_with_its_title() -> None:
    """A ``——`` deck is its title's, whatever it shares with the body under the next one."""
    road = "本报讯 4月1日，记者在桃溪大道拓宽工程现场看到，工人们冒着细雨铺设路缘石。"
    walk = "4月3日，区妇联“春风暖童心”行动启动，首批图书和文具送到30名留守儿童手中。"
    top = ["桃溪大道拓宽工程加紧施工", "——春风细雨里赶工期暖童心"]
    assigned, _ = assign_headlines([top, [], []], [road, walk])
    assert assigned == {0: top}


def test_a_top_cluster_heads_the_bodies_in_order_passing_over_a_second_item() -> None:
    """All the headlines on top, one for each body but a second item (``又讯``), which prints
    none: each title with its ``——`` deck goes to the body its place gives it, however little
    it shares with that body, and no deck swallows the titles under it."""
    page = "\n".join(
        [
            "筑牢防汛安全堤",
            "——海棠区防汛工作领导小组全体会议召开",
            "桥下的一场“实战”",
            "——我区开展桥梁坍塌应急救援联合演练",
            "纠纷就地解 群众少跑腿",
            "“护学岗”守护上学路",
            "",
            "本报讯 6月4日，海棠区防汛工作领导小组全体会议召开，部署汛期各项工作。",
            "",
            "又讯 6月5日，桃溪派出所民警在银行网点成功劝阻一起电信诈骗。",
            "",
            "本报讯 6月5日，一场桥梁坍塌应急救援演练在桃溪大桥下举行，三支队伍协同处置。",
            "",
            "二七讯 近日，居民老周拿着一面锦旗来到街道调解室，感谢调解员帮他讨回了工钱。",
            "",
            "本报讯 6月7日早高峰，交警在桃溪路一所小学门口设置护学岗，护送学生过街。",
        ]
    )
    parsed = parse_page(page.encode(), "top_cluster_second_item.txt")
    got = [(a.title, a.subtitle, a.title_inferred) for a in parsed.articles]
    assert got == [
        ("筑牢防汛安全堤", "——海棠区防汛工作领导小组全体会议召开", False),
        ("桃溪派出所民警在银行网点成功劝阻一起电信诈骗", "", True),
        ("桥下的一场“实战”", "——我区开展桥梁坍塌应急救援联合演练", False),
        ("纠纷就地解 群众少跑腿", "", False),
        ("“护学岗”守护上学路", "", False),
    ]
    assert parsed.unplaced == []


def test_a_top_cluster_heads_the_bodies_in_order_not_its_last_group_the_first() -> None:
    """Headlines stacked at the top of a page, set apart by blank lines, head the bodies below
    in the same order: the last one, printed right over the first body, is the third's."""
    bodies = [
        "本报讯 3月2日，海棠区志愿者走进敬老院，为老人理发、量血压，陪老人聊天。",
        "本报讯 3月3日，海棠区河道治理工作推进会召开，部署汛前河道清淤任务。",
        "二七讯 3月4日，青柳社区召开议事会，居民商定小区停车办法，新划车位30个。",
    ]
    cluster = ["志愿者上门 老人笑开颜", "", "海棠区河道治理推进会召开", "", "车位划出来"]
    assigned, unplaced = assign_headlines([cluster, [], []], bodies)
    assert assigned == {0: [cluster[0]], 1: [cluster[2]], 2: [cluster[4]]}
    assert unplaced == []


def test_a_dash_deck_wrapped_under_its_title_is_never_cut_off_for_another_body() -> None:
    """A ``——`` line opens no headline: wrapped over two lines and sharing more words with
    another body than with its own title's, it is still the deck of the title over it."""
    bodies = [
        "本报讯 5月6日，区政协委员视察全区河道治理工作，察看三处闸站的运行情况。",
        "本报讯 5月7日，区水利局检查汛前清淤进度，要求闸站、泵站和堤防险工月底前完成清淤。",
    ]
    top = ["区政协委员视察全区河道治理工作", "——关注闸站运行、泵站清淤和堤防险", "工整治进度"]
    mid = ["汛前清淤加紧推进"]
    assigned, unplaced = assign_headlines([top, mid, []], bodies)
    assert assigned == {0: top, 1: mid}
    assert unplaced == []


def test_a_top_cluster_over_the_first_bodies_only_gives_each_line_its_own_body() -> None:
    """Two headlines on top over the first two bodies (the third prints its own): each line
    names a body of its own, so each is a title, not one title wrapped over two lines that
    goes to the body its second line names best."""
    visit = "本报讯 6月3日，海棠区审计局组织干部走进辖区8家物流企业，上门听取企业对审计整改的意见。"
    hut = "本报讯 6月5日，桃溪街道“清廉书屋”在柳岸社区开放。书屋设有廉政读本和留言簿。"
    talk = "6月6日，区审计局召开青年干部座谈会，20余名青年干部交流心得。"
    top = ["审计人员上门问企业", "清廉书屋开进柳岸社区"]
    assigned, unplaced = assign_headlines([top, [], ["青年干部谈初心"], []], [visit, hut, talk])
    assert assigned == {0: [top[0]], 1: [top[1]], 2: ["青年干部谈初心"]}
    assert unplaced == []


def test_a_deck_under_a_top_cluster_title_goes_with_it_not_with_a_body_of_its_own() -> None:
    """Two headlines on top over the first two bodies, the second with a ``——`` deck under it
    that names its body better than the title does: the deck goes with the title right above
    it, so each body still gets its own line, not the first title with the rest as its deck."""
    garden = "本报讯 7月2日，海棠区园林局在滨河公园补植月季1200株，游园步道重新铺设。"
    class_ = "本报讯 7月4日，桃溪街道司法所联合派出所走进柳岸小学，为300余名学生讲授防骗知识。"
    talk = "7月6日，区审计局召开青年干部座谈会，20余名青年干部交流心得。"
    top = ["月季飘香 步道焕新", "防骗课堂开进校园", "——桃溪街道司法所联合派出所走进柳岸小学"]
    assigned, unplaced = assign_headlines([top, [], ["青年干部谈初心"], []], [garden, class_, talk])
    assert assigned == {0: [top[0]], 1: top[1:], 2: ["青年干部谈初心"]}
    assert unplaced == []


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (
            ["柏青禾在走访企业时强调", "依规办事", "推动惠企政策直达快享见效"],
            "依规办事 推动惠企政策直达快享见效",
        ),
        (
            ["韦一鸣在专题调研时要求", "担当作为", "加快补齐养老服务设施短板"],
            "担当作为 加快补齐养老服务设施短板",
        ),
    ],
)
def test_a_short_directive_over_a_long_one_under_a_kicker_keeps_a_space(
    lines: list[str], title: str
) -> None:
    """Under a kicker, a short verb phrase over a line more than twice as long that opens on a
    verb again: no wrap, two directives of a slogan side by side."""
    g = parse_headline_group(lines)
    assert (g.kicker, g.title) == (lines[0], title)


def test_a_verb_phrase_after_the_gap_of_a_one_line_title_is_no_deck() -> None:
    """A part after the gap no longer than one phrase that opens on a verb goes on with what
    the title's subject does: one more phrase of the title, its space kept. A short clause with
    its own subject, or a longer slogan, is the deck."""
    g = parse_headline_group(["县政协委员进社区“问诊” 倾听居民心声"])
    assert (g.title, g.subtitle) == ("县政协委员进社区“问诊” 倾听居民心声", "")
    g = parse_headline_group(["桐川区首届梨花文化节开幕 花香引客来"])
    assert (g.title, g.subtitle) == ("桐川区首届梨花文化节开幕", "花香引客来")
    g = parse_headline_group(["桐川区召开防汛工作推进会 筑牢汛期安全防线"])
    assert (g.title, g.subtitle) == ("桐川区召开防汛工作推进会", "筑牢汛期安全防线")


def test_deputies_suggestions_closing_a_line_are_no_speech_verb() -> None:
    """``……督办重点代表建议`` ends on the suggestions acted on, a noun: the line says who did
    what, the title, and the line under it its deck; a line ending on 建议 said by someone
    (``……时建议``) is still a kicker."""
    lines = ["县政协常委会督办重点代表建议", "推动“出行难”“就医难”问题加快解决"]
    g = parse_headline_group(lines)
    assert (g.kicker, g.title, g.subtitle) == ("", *lines)
    g = parse_headline_group(["柏青禾在走访企业时建议", "把服务送到群众家门口"])
    assert (g.kicker, g.title) == ("柏青禾在走访企业时建议", "把服务送到群众家门口")


def test_a_short_line_over_its_object_under_a_kicker_is_still_wrapped() -> None:
    g = parse_headline_group(["柏青禾在走访企业时强调", "海棠区开展", "春季森林防火隐患大排查行动"])
    assert g.title == "海棠区开展春季森林防火隐患大排查行动"


@pytest.mark.parametrize(
    ("lines", "column", "title"),
    [
        # A street's or a town's name alone, a blank line under it: where the item comes from.
        (["石楠路街道", "", "“邻里积分”换来了“好日子”", "——志愿时长可兑换家政服务"],
         "石楠路街道", "“邻里积分”换来了“好日子”"),
        (["青石镇", "", "秋收时节稻谷香"], "青石镇", "秋收时节稻谷香"),
        # Printed with the rest of the title, no blank line between: its first half.
        (["石楠路街道", "“邻里积分”换来了“好日子”"], "", "石楠路街道“邻里积分”换来了“好日子”"),
    ],
)  # fmt: skip
def test_a_place_alone_set_apart_over_a_title_is_its_column(
    lines: list[str], column: str, title: str
) -> None:
    """A place's name alone on its line, set apart from the title by a blank line, says where
    the item comes from: the column's label (as ``生态惠济`` is), no kicker and no title."""
    group = parse_headline_group(lines)
    assert (group.column, group.title) == (column, title)


@pytest.mark.parametrize(
    "line", ["民生实事丨社区食堂开到了家门口", "民生实事 ｜ 社区食堂开到了家门口"]
)
def test_a_label_before_a_bar_on_the_titles_line_is_the_column(line: str) -> None:
    """``X丨title``: the label before the bar is the column (as ``【X】title``); the bar, with
    words on both sides, is decoration kept aside, no rule line."""
    group = parse_headline_group([line])
    assert (group.column, group.title) == ("民生实事", "社区食堂开到了家门口")
    assert group.marks in ("丨", "｜")


@pytest.mark.parametrize("place", ["桐花区 青柳镇", "海棠区 桃溪街道"])
def test_place_names_over_a_title_are_its_kicker(place: str) -> None:
    """``某区 某镇`` printed over a title says whose news it is: the kicker, as printed with
    its space, neither the title (with the title as its deck) nor a column label."""
    group = parse_headline_group([place, "读书班开进村委会大院"])
    assert (group.kicker, group.title, group.subtitle, group.column) == (
        place,
        "读书班开进村委会大院",
        "",
        "",
    )


def test_a_cluster_under_the_last_bodies_gives_each_line_its_own_body() -> None:
    """Two headlines under the last two bodies, which print none between them (the page opens
    on a body continued from another page, the next body prints its headline over it): each
    line names a body of its own, so each is a title, neither one title wrapped over two
    lines nor the last body's headline printed after it."""
    rest = "党员志愿者分成四组，每周巡查一次河道。会议要求，汛前完成全部清淤任务。"
    talk = "本报讯 6月6日，区审计局召开青年干部座谈会，20余名青年干部交流心得。"
    hut = (
        "本报讯 6月5日，记者从桃溪街道了解到，柳岸社区老活动室改成了“清廉书屋”，居民下楼"
        "就能借书。“以前没地方坐，现在有了‘会客厅’。”居民柏一舟说。"
    )
    visit = "本报讯 近日，海棠区审计局组织干部走进辖区8家物流企业，上门听取企业对审计整改的意见。"
    bottom = ["柳岸老屋变身“书屋”", "审计人员上门问企业"]
    clusters = [[], ["区审计局召开青年干部座谈会"], [], [], bottom]
    assigned, unplaced = assign_headlines(clusters, [rest, talk, hut, visit])
    assert assigned == {1: ["区审计局召开青年干部座谈会"], 2: [bottom[0]], 3: [bottom[1]]}
    assert unplaced == []


@pytest.mark.parametrize("label", ["海棠区动态", "梧桐镇快讯"])
def test_a_label_opening_on_the_places_it_covers_is_the_column(label: str) -> None:
    """An own-line label named for the places it gathers news from (``X区动态``) over a title
    is the column, told by its last word, the kind of column it is; never the title's start."""
    group = parse_headline_group([label, "荒地变菜园 秋来瓜果香"])
    assert group.column == label
    assert group.title == "荒地变菜园 秋来瓜果香"


@pytest.mark.parametrize(
    "lines",
    [
        ["擦亮“青石夜市”群众文化品牌", "全区夜间经济推进会召开"],
        ["点亮青石夜市烟火气品牌", "全区夜间经济推进会召开"],
    ],
)
def test_a_line_naming_who_held_an_event_under_a_slogan_title_is_its_deck(
    lines: list[str],
) -> None:
    """A title that names no one over a line that names who held an event, held (``全区……
    推进会召开``): the line is a whole clause, the deck, no second half of a wrapped title."""
    group = parse_headline_group(lines)
    assert (group.kicker, group.title, group.subtitle) == ("", lines[0], lines[1])


@pytest.mark.parametrize(
    ("lines", "title", "deck"),
    [
        (
            ["政协海棠市青柳区第九届", "委员会第三次会议开幕"],
            "政协海棠市青柳区第九届委员会第三次会议开幕",
            "",
        ),
        (
            ["全区优化营商环境暨“服务提升年”", "动员大会召开", "柏青讲话 甘霖主持"],
            "全区优化营商环境暨“服务提升年”动员大会召开",
            "柏青讲话 甘霖主持",
        ),
    ],
)
def test_a_title_naming_who_acts_broken_inside_the_events_name_stays_one(
    lines: list[str], title: str, deck: str
) -> None:
    """A title broken inside the event's name goes on in the line under it however whole that
    line reads (``委员会第N次会议开幕``, ``动员大会召开``): the line opens on the name's tail,
    no one who held the event, so it is no deck."""
    group = parse_headline_group(lines)
    assert (group.kicker, group.title, group.subtitle) == ("", title, deck)


def test_an_event_held_wrapped_mid_name_stays_one_title() -> None:
    """A title wrapped inside the event's name (``……观摩`` / ``点评会议召开``) stays one."""
    group = parse_headline_group(["海棠区第三季度重点项目观摩", "点评会议召开"])
    assert group.title == "海棠区第三季度重点项目观摩点评会议召开"


@pytest.mark.parametrize(
    "lines",
    [
        ["青石镇开展义诊活动", "■社区"],
        ["■社区", "青石镇开展义诊活动"],
    ],
)
def test_a_marked_label_on_a_line_of_its_own_is_the_column(lines: list[str]) -> None:
    """``■社区`` alone on its line, under the title or over it: the column, the mark dropped."""
    group = parse_headline_group(lines)
    assert (group.column, group.title, group.subtitle) == ("社区", "青石镇开展义诊活动", "")


def test_a_body_whose_name_ends_in_hui_over_the_event_it_holds_is_one_title() -> None:
    """``……委员会召开`` / ``……联合会召开``: a committee or a federation is who holds an event,
    not the event held; the line under it is the event, one title broken after the verb."""
    group = parse_headline_group(["青柳县民盟基层委员会召开", "盟务工作恳谈会"])
    assert (group.title, group.subtitle) == ("青柳县民盟基层委员会召开盟务工作恳谈会", "")
    group = parse_headline_group(["桃溪镇个体劳动者联合会召开", "会员代表座谈会"])
    assert (group.title, group.subtitle) == ("桃溪镇个体劳动者联合会召开会员代表座谈会", "")


def test_a_line_naming_only_the_kind_of_meeting_held_ends_the_title_above_it() -> None:
    """``……攻坚工作`` / ``推进会召开``: the second line names only the kind of meeting, so the
    event's name began on the line above, one title wrapped in two; a deck is printed on one
    line, so a slogan over that title is its kicker, a blank line between or none."""
    for lines in (
        ["守护绿水青山", "", "全县秸秆禁烧攻坚工作", "推进会召开"],
        ["守护绿水青山", "全县秸秆禁烧攻坚工作", "推进会召开"],
    ):
        group = parse_headline_group(lines)
        assert (group.kicker, group.title, group.subtitle) == (
            "守护绿水青山",
            "全县秸秆禁烧攻坚工作推进会召开",
            "",
        )


def test_a_places_party_committee_opens_a_title_under_a_slogan() -> None:
    """``三九区委`` cuts as ``三九`` (a numeral) + ``区委``: the place and its committee share
    the suffix, and the line opens on who acts as ``三九区`` does, so the slogan over it is
    its kicker."""
    group = parse_headline_group(["同心聚力 共话发展", "三九区委召开民营企业家座谈会"])
    assert (group.kicker, group.title, group.subtitle) == (
        "同心聚力 共话发展",
        "三九区委召开民营企业家座谈会",
        "",
    )


def test_a_dash_deck_on_its_own_line_leaves_a_deck_on_the_titles_line_elsewhere() -> None:
    """A ``——`` deck is marked by its dash wherever it stands: a page printing one under its
    title may still set another headline's deck on the title's line (who acted, then a
    slogan), as a page printing no deck apart does."""
    page = (
        "\n\n柯明远带队检查春季校园食堂食品安全 要守牢学生餐桌安全底线\n\n"
        "本报讯 3月5日上午,副区长柯明远带领区教育局相关负责人到海棠路小学检查校园食堂。\n\n"
        "柯明远强调,要严格落实校长陪餐制度。\n\n记者 甘雨\n\n\n"
        "“暖心驿站”服务户外劳动者\n——海棠街道为环卫工人添置休息点\n\n"
        "本报讯 3月6日,海棠街道新建的5处户外劳动者驿站投入使用,可提供饮水、热饭等服务。\n"
    )
    first, second = parse_dict(page)["articles"]
    assert (first["title"], first["subtitle"]) == (
        "柯明远带队检查春季校园食堂食品安全",
        "要守牢学生餐桌安全底线",
    )
    assert (second["title"], second["subtitle"]) == (
        "“暖心驿站”服务户外劳动者",
        "——海棠街道为环卫工人添置休息点",
    )


def test_a_line_saying_who_held_which_meeting_is_a_whole_title_over_its_deck() -> None:
    """``X指挥部召开第N次调度会`` / ``确保……``: who held the event, the verb and the event's
    name make a whole clause, so the line under it is the deck (a who-did-what title over a
    slogan); one opening on what the meeting was called to do (``研究……``) is its title's."""
    group = parse_headline_group(
        ["桃溪区防汛工作指挥部召开第12次调度会", "确保汛期三座泵站满负荷运转"]
    )
    assert (group.title, group.subtitle) == (
        "桃溪区防汛工作指挥部召开第12次调度会",
        "确保汛期三座泵站满负荷运转",
    )
    group = parse_headline_group(["青柳区委常委会召开2031年第4次会议", "研究部署二季度重点工作"])
    assert (group.title, group.subtitle) == (
        "青柳区委常委会召开2031年第4次会议研究部署二季度重点工作",
        "",
    )


def test_a_deck_sharing_words_with_another_body_stays_under_its_title() -> None:
    # Headlines printed after their bodies, a blank line between title and deck: the second
    # deck repeats a phrase of the first body (出门见绿), which has its own headline, and
    # shares nothing with its own. Left over, it is the deck of the title printed over it.
    river = (
        "本报讯 4月2日，梧桐区召开河道治理推进会，部署桃溪沿岸整治工作。"
        "区长柏青岚要求，要加快建设滨河绿道，让居民出门见绿、推窗见景。"
    )
    trees = "本报讯 4月3日，柳岸社区组织志愿者在小区空地栽下海棠、紫薇等苗木300余株。"
    games = "本报讯 4月4日，桐花路小学举办春季运动会，1200余名学生参加了12个项目的比赛。"
    clusters = [
        [],
        ["梧桐区召开河道治理推进会", "", "护好一河清水"],
        ["柳岸社区志愿者栽下海棠紫薇", "", "让居民出门见绿"],
        ["桐花路小学举办春季运动会"],
    ]
    assigned, unplaced = assign_headlines(clusters, [river, trees, games])
    assert assigned[1] == ["柳岸社区志愿者栽下海棠紫薇", "", "让居民出门见绿"]
    assert unplaced == []


def test_a_line_opening_on_ji_carries_on_the_title_above_it() -> None:
    """``暨`` joins a second event's name to the first: a line opening on it is the rest of a
    title broken there, and the slogan set apart under a blank line is the deck."""
    group = parse_headline_group(
        ["青石镇举行建镇六十周年纪念活动", "暨乡贤回乡创业大会", "", "凝聚乡情 共建家园"]
    )
    assert (group.kicker, group.title, group.subtitle) == (
        "",
        "青石镇举行建镇六十周年纪念活动暨乡贤回乡创业大会",
        "凝聚乡情 共建家园",
    )


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # The second line says the event was held: still the rest of the title, no deck.
        (
            ["全区防汛工作会议", "暨河长制工作推进会召开"],
            ("", "全区防汛工作会议暨河长制工作推进会召开", ""),
        ),
        (
            ["全区防汛工作会议", "暨河长制工作推进会召开", "区长柏青禾出席并讲话"],
            ("", "全区防汛工作会议暨河长制工作推进会召开", "区长柏青禾出席并讲话"),
        ),
        # Under a slogan: the slogan is the kicker, the two lines one title.
        (
            ["凝心聚力 再创佳绩", "全区防汛工作会议", "暨河长制工作推进会召开"],
            ("凝心聚力 再创佳绩", "全区防汛工作会议暨河长制工作推进会召开", ""),
        ),
        # Across a blank line (a page printing one between every two lines) as well.
        (
            ["全区防汛工作会议", "", "暨河长制工作推进会召开"],
            ("", "全区防汛工作会议暨河长制工作推进会召开", ""),
        ),
        # A work done and the second work joined to it (no event held).
        (["加快背街小巷整治", "暨断头路打通工作"], ("", "加快背街小巷整治暨断头路打通工作", "")),
    ],
)
def test_a_line_opening_on_ji_ends_the_title_whatever_it_reports(
    lines: list[str], expected: tuple[str, str, str]
) -> None:
    """A line opening on ``暨`` is never a deck, even when it reports the event held, stands
    under a slogan or a blank line apart: it is the rest of the title over it."""
    group = parse_headline_group(lines)
    assert (group.kicker, group.title, group.subtitle) == expected


def test_a_line_ending_on_ji_is_the_first_half_of_a_title_under_a_slogan() -> None:
    """A line ending on ``暨`` breaks a title at the joiner of two events' names: the next line
    is the rest of that title, joined without a space, and the slogan over it its kicker."""
    group = parse_headline_group(
        ["书香润桃源 阅读伴成长", "庆祝第五个全民阅读月暨", "书香家庭表彰大会召开"]
    )
    assert (group.kicker, group.title, group.subtitle) == (
        "书香润桃源 阅读伴成长",
        "庆祝第五个全民阅读月暨书香家庭表彰大会召开",
        "",
    )


@pytest.mark.parametrize("body", ["团区委", "区总工会", "区妇联", "区残联"])
def test_a_peoples_organisation_opening_a_short_title_names_who_acts(body: str) -> None:
    """A title of 7–9 characters opening on the district's league committee or one of its
    people's organisations names who acts: the slogan after the gap is the deck."""
    group = parse_headline_group([f"{body}办起剪纸课 周末来“学艺”"])
    assert (group.title, group.subtitle) == (f"{body}办起剪纸课", "周末来“学艺”")


def test_a_marked_slogan_over_the_title_is_its_kicker() -> None:
    """``■巾帼展风采`` over the title says something (a verb in it): a slogan the mark sets
    apart, the kicker; a marked label that names its column (``■社区``) stays the column."""
    group = parse_headline_group(["■巾帼展风采", "青石镇开展义诊活动", "——海棠区妇联送医进村"])
    assert (group.column, group.kicker, group.title, group.subtitle) == (
        "",
        "巾帼展风采",
        "青石镇开展义诊活动",
        "——海棠区妇联送医进村",
    )


@pytest.mark.parametrize(
    ("lines", "title", "subtitle"),
    [
        (["海棠区政协视察老旧小区改造情况", "为城市更新建言献策"],
         "海棠区政协视察老旧小区改造情况", "为城市更新建言献策"),
        (["柯明远到青石街道走访沿街商户", "让老街市集焕发新活力"],
         "柯明远到青石街道走访沿街商户", "让老街市集焕发新活力"),
        # a line naming who acts and no more still goes on into what they did
        (["青石街道", "为辖区企业办实事"], "青石街道为辖区企业办实事", ""),
    ],
)  # fmt: skip
def test_a_goal_clause_under_a_line_saying_who_did_what_is_the_deck(
    lines: list[str], title: str, subtitle: str
) -> None:
    """A line opening on what a deed is for (``为…``) or is to bring about (``让…``, ``使…``)
    starts a clause of its own: under a line that says who did what, which is whole, it is
    the deck, not the second half of a wrapped title."""
    group = parse_headline_group(lines)
    assert (group.kicker, group.title, group.subtitle) == ("", title, subtitle)


def test_the_line_over_a_title_with_a_dash_deck_under_it_is_the_kicker() -> None:
    """Three lines printed apart, a ``——`` deck last: the deck stands under the title, so the
    title is the line over the deck, and the line above that its kicker, even one saying who
    did what; a title carries no second deck above its ``——`` deck."""
    deck = "——总投资12亿元，涉及温泉康养、古镇研学等领域"
    group = parse_headline_group(["西岭区赴沿海开展文旅招商", "5个文旅项目签约落户", deck])
    assert (group.kicker, group.title, group.subtitle) == (
        "西岭区赴沿海开展文旅招商",
        "5个文旅项目签约落户",
        deck,
    )


def test_a_headline_printed_twice_in_a_row_is_read_once() -> None:
    """An e-paper prints the title bar's headline, then the article's own, one line apart."""
    lines = ["海棠区“两会”", "胜利闭幕", "力争三个率先", "", "海棠区“两会”", "", "胜利闭幕", ""]
    group = parse_headline_group(lines)
    assert (group.title, group.subtitle) == ("海棠区“两会”胜利闭幕", "力争三个率先")


@pytest.mark.parametrize("slogan", ["深化市县协作 同绘振兴画卷", "深化乡镇联动 共育特色产业"])
def test_a_slogan_whose_object_is_a_word_of_place_kinds_is_the_kicker(slogan: str) -> None:
    # ``市县``, ``乡镇`` are made of place suffixes but name kinds of places, no place: the
    # slogan opens on its verb, so it is the kicker of the line under it that says who acts.
    title = "桐花区与青岭县签订产业协作协议"
    group = parse_headline_group([slogan, title])
    assert (group.kicker, group.title, group.subtitle) == (slogan, title, "")


@pytest.mark.parametrize(
    ("lines", "title", "subtitle"),
    [
        (["桐花区向青岭县拨付", "协作资金1500万元"], "桐花区向青岭县拨付协作资金1500万元", ""),
        (["海棠区给困难群众送去", "过冬物资1200份"], "海棠区给困难群众送去过冬物资1200份", ""),
        # a line that does something of its own under it is a deck still
        (["桐花区向劳动者致敬", "全区表彰先进100名"], "桐花区向劳动者致敬", "全区表彰先进100名"),
    ],
)  # fmt: skip
def test_a_title_broken_after_a_verb_of_giving_takes_the_gift_below(
    lines: list[str], title: str, subtitle: str
) -> None:
    """``X向Y拨付`` ends on the verb with what is given still to come: the line under it that
    names the gift (a figure too) and no deed of its own is the rest of the title."""
    group = parse_headline_group(lines)
    assert (group.kicker, group.title, group.subtitle) == ("", title, subtitle)


@pytest.mark.parametrize(
    "lines",
    [
        ["青岭市人大常委会", "到我区调研城市更新和片区开发工作"],
        ["省营商环境督导组", "赴桐花区督导涉企服务落实情况"],
    ],
)
def test_a_body_named_alone_over_where_it_went_is_one_title(lines: list[str]) -> None:
    """``X市人大常委会`` / ``到我区调研……``: the body alone, no verb, over a line opening on
    where it went: one title broken after its subject, however long the line under it."""
    group = parse_headline_group(lines)
    assert (group.kicker, group.title, group.subtitle) == ("", "".join(lines), "")


def test_a_street_office_opening_a_line_still_names_who_acts() -> None:
    # ``街道`` is the suffix itself, no word of place kinds: the line opens on its subject.
    group = parse_headline_group(["清洁家园 灭蚊防病", "丝织路街道部署爱国卫生运动"])
    assert (group.kicker, group.title) == ("清洁家园 灭蚊防病", "丝织路街道部署爱国卫生运动")


def test_a_headline_printed_twice_is_read_once_and_its_repeat_kept_on_the_page() -> None:
    """The repeat of a headline printed twice in a row (an e-paper's title bar over the
    article's own headline) is left out of the headline but is no lost text: the page keeps
    it among the lines placed in no article."""
    page = "\n".join(
        [
            "桐花区春季运动会开幕",
            "",
            "桐花区春季运动会开幕",
            "",
            "本报讯（记者 荀晓岚）4月9日，桐花区春季运动会在青柳体育场开幕。",
        ]
    )
    parsed = parse_page(page.encode(), "repeat.txt")
    (article,) = parsed.articles
    assert (article.title, article.subtitle) == ("桐花区春季运动会开幕", "")
    assert "桐花区春季运动会开幕" in parsed.unplaced
    assert page_chars_accounted(parsed)


def test_a_title_and_deck_printed_twice_are_one_headline_read_once() -> None:
    """A title and its deck printed twice over the story (an e-paper's title bar, then the
    story's own head one line apart) are one headline, not two groups of which the story
    takes the nearer line alone."""
    page = "\n".join(
        [
            "市领导到桐花调研",
            "乡村文化振兴工作",
            "",
            "市领导到桐花调研",
            "",
            "乡村文化振兴工作",
            "",
            "本报讯（记者 荀晓岚）昨日上午，市政协主席柏青岚一行来到桐花区调研。",
        ]
    )
    parsed = parse_page(page.encode(), "repeat_two.txt")
    (article,) = parsed.articles
    # Read once: the title whole (wrapped or over its deck), nothing of it twice.
    assert article.title.startswith("市领导到桐花调研")
    assert article.title + article.subtitle == "市领导到桐花调研乡村文化振兴工作"
    assert page_chars_accounted(parsed)


def test_a_verb_slogan_over_a_line_saying_who_acts_with_a_deck_apart_is_the_kicker() -> None:
    """``擦亮X`` (a verb and its object, no one named) over a line that says who did what, a
    deck printed apart under them: kicker, title, deck; the slogan is no first half of a title
    wrapped in two, and the who-acts line is no second deck."""
    lines = ["擦亮古镇名片", "我县今年将修缮一批传统村落", "", "青石巷民居修缮完工"]
    group = parse_headline_group(lines)
    assert (group.kicker, group.title, group.subtitle) == (
        "擦亮古镇名片",
        "我县今年将修缮一批传统村落",
        "青石巷民居修缮完工",
    )


def test_a_title_and_a_clause_of_its_own_on_one_line_are_title_and_deck_where_decks_are_apart() -> (
    None
):
    """On a page printing its other decks on lines of their own, a line holding a whole title,
    a gap and as long a clause with its own subject is still that title and its deck."""
    line = "青石镇“老手艺”图谱编印成册 46位匠人讲述作坊往事"
    group = parse_headline_group([line], decks_apart=True)
    assert (group.title, group.subtitle) == ("青石镇“老手艺”图谱编印成册", "46位匠人讲述作坊往事")


def test_a_verb_slogan_over_a_thing_and_what_it_goes_through_is_the_kicker() -> None:
    """``守住X`` over ``传统村落“焕新”进行时`` (a thing named, then its predicate, no deck under
    them): two clauses, the slogan the kicker of the title under it, not one title wrapped."""
    group = parse_headline_group(["守住乡愁印记", "传统村落“焕新”进行时"])
    assert (group.kicker, group.title, group.subtitle) == (
        "守住乡愁印记",
        "传统村落“焕新”进行时",
        "",
    )
