"""Person extraction on text it has never seen, and on words that must never be people."""

from __future__ import annotations

import pytest

from ingest.parser.people import extract_persons

UNSEEN = (
    "本报讯 5月8日，区政协副主席欧阳明远、市交通局局长柯蓝带领调研组到马寨镇调研。"
    "区领导司马青、覃小川、鲍春雷等参加。云南省工商联副主席杨勇明出席并讲话。"
    "区人大常委会副主任单立新主持会议。欧阳明远表示，要加快进度。柯蓝指出，要压实责任。"
    "全区观摩组、督导组来到二七广场。志愿者井长安获评最美志愿者。"
)


def _officials(text: str) -> list[tuple[str, list[str]]]:
    """``(name, titles)`` of each official read in ``text``, in printed order."""
    return [(p.name, p.titles) for p in extract_persons(text) if p.role == "official"]


def _by_name(text: str, known: tuple[str, ...] = ()) -> dict[str, tuple[list[str], str]]:
    return {p.name: (p.titles, p.role) for p in extract_persons(text, known)}


def test_unseen_names_and_titles_are_read() -> None:
    got = extract_persons(UNSEEN)
    assert [p.name for p in got] == [
        "欧阳明远", "柯蓝", "司马青", "覃小川", "鲍春雷", "杨勇明", "单立新", "井长安",
    ]  # fmt: skip
    by = {p.name: p for p in got}
    assert by["欧阳明远"].titles == ["区政协副主席"]
    assert by["柯蓝"].titles == ["市交通局局长"]
    assert by["司马青"].titles == by["鲍春雷"].titles == ["区领导"]
    assert by["杨勇明"].titles == ["云南省工商联副主席"]
    assert by["单立新"].titles == ["区人大常委会副主任"]
    assert by["井长安"].role == "other" and by["井长安"].titles == []


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("区委常委、副区长王传胜参加会议。", "王传胜", ["区委常委", "副区长"]),
        ("区委副书记、区长苏建设讲话。", "苏建设", ["区委副书记", "区长"]),
        ("会议由区委副书记时博主持。", "时博", ["区委副书记"]),
        (
            "区委常委、纪委书记、监委主任高天翼主持。",
            "高天翼",
            ["区委常委", "纪委书记", "监委主任"],
        ),
        (
            "郑州市纪委监委第四监督检查室主任马广学莅临。",
            "马广学",
            ["郑州市纪委监委第四监督检查室主任"],
        ),
        ("区领导唐莉军、兰海及市供电公司副总经理辛忠良等参加。", "辛忠良", ["市供电公司副总经理"]),
        ("区委书记陈红民主持会议并讲话。", "陈红民", ["区委书记"]),
        ("市交通局局长柯蓝到现场。", "柯蓝", ["市交通局局长"]),
        # A civil servant's rank, read whole, not as the 主任 inside it.
        ("镇党委副书记苗华新、镇主任科员郭庆陪同。", "郭庆", ["镇主任科员"]),
        ("区人大办公室副主任科员柯小棠发言。", "柯小棠", ["区人大办公室副主任科员"]),
        # A gap kept between the post and the name: a letter-spaced line closed up, a signature.
        ("区委常委、副区长 甘若水出席并讲话。", "甘若水", ["区委常委", "副区长"]),
        ("海棠区人民政府\n区长\u3000岑望川\n2025年3月1日", "岑望川", ["区长"]),
    ],
)
def test_title_and_name_boundary(text: str, name: str, titles: list[str]) -> None:
    assert _by_name(text)[name] == (titles, "official")


def test_list_with_shared_title() -> None:
    got = extract_persons("区领导袁斌、王传胜、高岩等参加。")
    assert [(p.name, p.titles) for p in got] == [
        ("袁斌", ["区领导"]), ("王传胜", ["区领导"]), ("高岩", ["区领导"]),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A group's list a comma breaks runs on, closed by a conjunction or the list's verb ...
        ("县领导柯小棠、岑北，庞书远、宁远航以及县直有关单位负责人参加。", 4),
        ("区领导柯小棠、岑北，庞书远、宁远航等参加。", 4),
        # ... but one name after the comma opens a clause of its own, and a list after the
        # comma that nothing closes is no part of the group's.
        ("区领导柯小棠、岑北，庞书远说，要抓好落实。", 2),
        ("区领导柯小棠、岑北，庞书远、宁远航的发言很精彩。", 2),
    ],
)
def test_a_groups_list_runs_on_past_a_comma(text: str, names: int) -> None:
    group = text[:3]
    titled = [p.name for p in extract_persons(text) if p.titles == [group]]
    assert titled == ["柯小棠", "岑北", "庞书远", "宁远航"][:names]


def test_a_title_chain_after_the_comma_of_a_list_is_the_next_persons() -> None:
    """``副区长A、区X局局长B``: what follows the 、 runs into an office word with a name after
    it, so it is B's title, not a second name sharing A's; ``A、B及市X公司经理C`` keeps B."""
    got = extract_persons("副区长柯小棠、区自然资源局局长庞书远带队检查。")
    assert [(p.name, p.titles) for p in got] == [
        ("柯小棠", ["副区长"]), ("庞书远", ["区自然资源局局长"]),
    ]  # fmt: skip
    got = extract_persons("区领导岑北、区工商联主席庞书远出席。")
    assert [(p.name, p.titles) for p in got] == [
        ("岑北", ["区领导"]), ("庞书远", ["区工商联主席"]),
    ]  # fmt: skip
    got = extract_persons("区领导柯小棠、岑北及市燃气公司副经理庞书远等参加。")
    assert [(p.name, p.titles) for p in got] == [
        ("柯小棠", ["区领导"]), ("岑北", ["区领导"]), ("庞书远", ["市燃气公司副经理"]),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "副区长柯小棠、区文化和旅游局局长庞书远带队检查。",
            [("柯小棠", ["副区长"]), ("庞书远", ["区文化和旅游局局长"])],
        ),
        (
            "区领导岑北、区商务与物流局副局长宁远航陪同。",
            [("岑北", ["区领导"]), ("宁远航", ["区商务与物流局副局长"])],
        ),
    ],
)
def test_a_unit_name_holding_a_conjunction_opens_the_next_title_chain(
    text: str, found: list
) -> None:
    """``副区长A、区X和Y局局长B``: 区 and a line of work before 和 read as a name (区 is a
    surname too), but the 和 joins two lines of work of one unit, so the chain is B's."""
    assert [(p.name, p.titles) for p in extract_persons(text)] == found


def test_two_people_in_one_sentence_keep_their_own_titles() -> None:
    got = _by_name("区委书记陈红民，区委副书记、区长苏建设以及区四个班子领导参加。")
    assert got == {
        "陈红民": (["区委书记"], "official"),
        "苏建设": (["区委副书记", "区长"], "official"),
    }


def test_bare_mentions_after_a_titled_one_are_the_same_person() -> None:
    text = "区委书记陈红民带队调研。陈红民强调，要抓落实。"
    got = extract_persons(text)
    assert [p.name for p in got] == ["陈红民"]


def test_known_names_are_recognised_without_title() -> None:
    text = "会后，苏建设一行到马寨镇调研。"
    assert "苏建设" not in _by_name(text, ())
    assert _by_name(text, ("苏建设",))["苏建设"] == ([], "other")


def test_untitled_name_at_clause_start_before_speech_verb() -> None:
    got = _by_name("会上，柯蓝指出，要压实责任。全区上下表示，要高度重视。")
    assert got == {"柯蓝": ([], "other")}


def test_known_name_inside_another_word_is_not_a_mention() -> None:
    # 时博 is a known name, but here it is 同时 + 博物馆.
    assert extract_persons("同时博物馆开放。", ("时博",)) == []


@pytest.mark.parametrize(
    "text",
    [
        "二七区召开会议，全区上下高度重视。",
        "督导组来到福华街街道，观摩组一路看一路议。",
        "区委主要领导对全年组织工作提出要求。",
        "相关单位负责人参加，马寨镇主要领导陪同。",
        "完善联审联批、领导包保、分析调度等工作机制。",
        "各单位负责人高度重视，党政主要负责人作为第一责任人。",
        "区人大及其常委会聚焦中心工作，区委常委会议室。",
        "广大政协委员认真履行职能，组织委员对城市进行视察。",
        "二七万达、二七广场、樱桃沟景区入选。",
        # No title and no name in ordinary phrases.
        "传达学习省委常委会精神。",
        "居民区卫生整治有序推进。",
        "党员领导干部要带头。",
        "区长王主持会议。",
    ],
)
def test_words_that_are_not_people(text: str) -> None:
    assert extract_persons(text) == []


def test_result_does_not_depend_on_previous_calls() -> None:
    text = "区领导兰海参加。同时博物馆开放。"
    first = extract_persons(text)
    extract_persons("区委书记时博主持。", ("时博", "博物"))
    assert extract_persons(text) == first


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # What follows the name decides where it ends.
        ("区委书记龚然紧扣全年目标部署工作。", "龚然"),
        ("区委书记龚然肯定了街道的做法。", "龚然"),
        ("区委书记范谷认真听取汇报。", "范谷"),
        ("区委常委、组织部长郝晨国主持会议。", "郝晨国"),
        ("区委书记刘建国组织召开专题会。", "刘建国"),
        ("区委书记陈红民主持会议。", "陈红民"),
        ("区长李强调研时说。", "李强"),
        ("区长王立强调研重点企业。", "王立强"),
        ("区长王刚说，要抓紧。", "王刚"),
        ("区领导唐莉军、曾平陪同。", "曾平"),
        ("区长王为民主持会议。", "王为民"),
        # 同 and 以 govern a noun only: before a word that follows names they are the name's
        # last character, no preposition; before a noun they are the preposition.
        ("区人大常委会主任柏大同主持会议。", "柏大同"),
        ("区长柏青以出席。", "柏青以"),
        ("区长柏青同区委书记石磊一道调研。", "柏青"),
        # A one-character verb and its particle follow the name, though its last character
        # and the verb make a word of their own (白带, 东站).
        ("社区党委书记宁晓白带着居民清扫楼道。", "宁晓白"),
        ("村党支部书记邵远东站在田埂上。", "邵远东"),
        # ... but a dictionary verb right after the shorter name wins the tie.
        ("区政协委员欧阳澄提交了一份提案。", "欧阳澄"),
    ],
)
def test_name_ends_where_the_next_word_begins(text: str, name: str) -> None:
    assert name in _by_name(text)


def test_a_text_ending_on_a_title_reads_no_name() -> None:
    """A body cut off at a jump line may end on a title: nothing follows it to read."""
    assert extract_persons("区委常委、副区长") == []


def test_a_name_ending_in_he_before_a_comma_keeps_it() -> None:
    """和 joins two names only when a second one follows it; before a comma it is the name's."""
    got = _by_name("区委常委、统战部部长乔永和，区民政局局长石磊现场办公。")
    assert got["乔永和"] == (["区委常委", "统战部部长"], "official")
    assert "乔永" not in got
    joined = _by_name("区长龙晓和区委书记石磊参加。")
    assert "龙晓" in joined and "龙晓和" not in joined


def test_a_given_name_that_is_a_preposition_before_a_boundary_keeps_it() -> None:
    """为 or 将 right before a comma after a post governs nothing: it is the given name."""
    people = _by_name("区人大常委会党组书记、主任祁为，副主任卓将、孔岚参加。")
    assert people["祁为"][0] == ["区人大常委会党组书记", "主任"]
    assert people["卓将"][0] == ["副主任"]
    # Where it governs a noun, it stays a preposition.
    assert "祁为" not in _by_name("区长祁为群众解决难题。")


def test_a_name_ending_in_he_before_lu_keeps_it() -> None:
    """率 / 率领 / 率队 lead a group: 和 before them joins no second name."""
    assert "卓永和" in _by_name("市人大常委会主任卓永和率代表视察组来区调研。")
    assert "卓永和" in _by_name("市人大常委会主任卓永和率领代表来区调研。")
    # 和 with 的 after the verb is "and" all the same.
    got = _by_name("区长卓永和率队的同志座谈。")
    assert "卓永" in got and "卓永和" not in got


def test_the_district_government_before_a_post_is_no_name() -> None:
    """区 is a surname too, but 区政府副区长X is the body the post belongs to."""
    got = _by_name("会上，区政府副区长柏青松对相关工作进行部署。")
    assert list(got) == ["柏青松"]
    assert got["柏青松"][0] == ["区政府副区长"]


def test_a_chain_opening_on_a_paired_aid_post_keeps_its_dui() -> None:
    """对口支援…指挥部指挥长: 对 opens the words of the body's work, no lead word."""
    got = _by_name("由海棠省对口支援桂园州指挥部指挥长、桂园州副州长檀一舟率团来访。")
    assert got["檀一舟"][0] == ["海棠省对口支援桂园州指挥部指挥长", "桂园州副州长"]


def test_rare_and_compound_surnames_keep_every_name_of_a_list() -> None:
    got = extract_persons("区领导虎子明、柴静、巴特、阚立、乐山河、禹成、欧阳志刚、阎鹏等参加。")
    assert [p.name for p in got] == [
        "虎子明", "柴静", "巴特", "阚立", "乐山河", "禹成", "欧阳志刚", "阎鹏",
    ]  # fmt: skip
    assert all(p.titles == ["区领导"] for p in got)


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("区住建局局长汝文涛说，方案已定。", "汝文涛", ["区住建局局长"]),
        ("座谈会由区委常委、人武部部长庹东平主持。", "庹东平", ["区委常委", "人武部部长"]),
        ("区委书记洪立川出席。", "洪立川", ["区委书记"]),
        ("区政协副主席淳于明远讲话。", "淳于明远", ["区政协副主席"]),
        # A compound surname that leaves no given name is a surname and its given name.
        ("副区长司马主持会议。", "司马", ["副区长"]),
        # The northern dynasties' compound surnames still borne, with a two-character given
        # name that is a word of its own.
        ("区委常委、副区长贺兰远山带领检查组到场。", "贺兰远山", ["区委常委", "副区长"]),
        ("区税务局局长完颜长河介绍，新政已落地。", "完颜长河", ["区税务局局长"]),
        # 萨, a surname rarer than the word it starts (萨克斯), after a title.
        ("区文旅局党组成员、副局长萨明川带队检查。", "萨明川", ["区文旅局党组成员", "副局长"]),
        # 相里, a compound surname of the 姓氏 books outside the 百家姓.
        ("区应急局局长相里望川依次述职。", "相里望川", ["区应急局局长"]),
        # A given name that is a word (中华) after a surname that makes a common word with its
        # first character (高中): read whole after a title, before a verb that follows names.
        ("述职中，桥东村党支部书记高中华说，路已修好。", "高中华", ["桥东村党支部书记"]),
        # 新任 says when the post was taken: no part of it.
        ("新任区文旅局局长申望舒到白鹭湾调研。", "申望舒", ["区文旅局局长"]),
    ],
)
def test_surnames_of_the_baijiaxing_read(text: str, name: str, titles: list[str]) -> None:
    assert _by_name(text)[name] == (titles, "official")


def test_baijiaxing_surnames_that_are_words_stay_words() -> None:
    assert _by_name("群众有困难找网格员。居民从家门口出发。学生年年参加。主任慎重研究。") == {}


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("各单位相关负责人区委书记柴永主持。", "柴永", ["区委书记"]),
        ("传达学习省委常委、宣传部部长范明讲话精神。", "范明", ["省委常委", "宣传部部长"]),
        ("会见了某某集团总经理刘升勇一行。", "刘升勇", ["某某集团总经理"]),
        ("来自某某路街道的区人大代表温晓敏说，", "温晓敏", ["区人大代表"]),
        ("区政协副主席（区工商联主席）王学军出席。", "王学军", ["区政协副主席", "区工商联主席"]),
        ("区委常委、副区长（挂职）柴立峰讲话。", "柴立峰", ["区委常委", "副区长（挂职）"]),
        # 兼 joins two posts into one title as printed: a chain splits on 、 only.
        ("副区长兼区公安分局局长王学军出席。", "王学军", ["副区长兼区公安分局局长"]),
        ("区委常委、宣传部部长兼区融媒体中心主任满知秋讲话。", "满知秋",
         ["区委常委", "宣传部部长兼区融媒体中心主任"]),
        ("区住房和城乡建设局局长李华出席。", "李华", ["区住房和城乡建设局局长"]),
        ("大会主持人司马文斌宣布会议开幕。", "司马文斌", ["大会主持人"]),
        # A conjunction or 有 before a title is no part of it; inside a name it stays.
        ("到会的还有区委常委柯远航、副区长林一苇。", "柯远航", ["区委常委"]),
        ("列席会议的有街道党工委副书记晁明川。", "晁明川", ["街道党工委副书记"]),
        ("区委书记范长河和区长鲍立新出席。", "鲍立新", ["区长"]),
        ("区委书记范长河与区长鲍立新出席。", "鲍立新", ["区长"]),
        ("和平路街道党工委书记鲍立新主持。", "鲍立新", ["和平路街道党工委书记"]),
        ("人和路街道办事处主任鲍立新主持。", "鲍立新", ["人和路街道办事处主任"]),
        ("出席的还有和乐镇镇长鲍立新。", "鲍立新", ["和乐镇镇长"]),
        ("区委书记范长河和副镇长鲍立新出席。", "鲍立新", ["副镇长"]),
        ("某某有限公司董事长鲍立新出席。", "鲍立新", ["某某有限公司董事长"]),
        # An adverb before the lead word leads with it, and a place word after 有 (长江路)
        # is no place that starts with 有.
        ("受表彰的有面点师宗如意，也有长江路街道青松社区党委书记栾秋实。", "栾秋实",
         ["长江路街道青松社区党委书记"]),
        ("获评的还有园艺工邬小满，其中有嵩山路街道办事处主任栾秋实。", "栾秋实",
         ["嵩山路街道办事处主任"]),
        # A verb of visiting before an interview's title is no part of it; in a word it stays.
        ("——访区文化馆党支部书记、馆长鲍立新", "鲍立新", ["区文化馆党支部书记", "馆长"]),
        ("——专访区政协委员鲍立新", "鲍立新", ["区政协委员"]),
        ("——访区信访局局长鲍立新", "鲍立新", ["区信访局局长"]),
        # A profile's deck (记 is the verb); 书记 keeps its 记.
        ("——记海棠街道石榴社区党委书记鲍立新", "鲍立新", ["海棠街道石榴社区党委书记"]),
        ("走访组组长鲍立新带队。", "鲍立新", ["走访组组长"]),
        ("日前，记者专访区人大代表鲍立新。", "鲍立新", ["区人大代表"]),
        ("新闻中心采访部主任鲍立新出席。", "鲍立新", ["新闻中心采访部主任"]),
        # A profile's deck (——记X) is read the same way; 记者站 is a word of a title.
        ("——记柳岸街道青禾社区党委书记鲍立新", "鲍立新", ["柳岸街道青禾社区党委书记"]),
        ("——记区文化馆馆长鲍立新", "鲍立新", ["区文化馆馆长"]),
        ("市报驻区记者站站长鲍立新出席。", "鲍立新", ["市报驻区记者站站长"]),
        # A title never reads back over a quotation that ends a sentence.
        ("“路面平整了，灯也亮了。”区人大代表鲍立新说。", "鲍立新", ["区人大代表"]),
        ("“台账要细，整改要实！”区委书记、某某小学校长鲍立新说。", "鲍立新",
         ["区委书记", "某某小学校长"]),
        # Nor over a quoted phrase after a verb or another quote (a headline's words run on).
        ("走街串巷看“老城”“新貌”柳岸社区党委书记鲍立新告诉记者。", "鲍立新",
         ["柳岸社区党委书记"]),
        ("走访中看“新貌”柳岸社区党委书记鲍立新说。", "鲍立新", ["柳岸社区党委书记"]),
    ],
)  # fmt: skip
def test_titles_stop_at_their_own_start(text: str, name: str, titles: list[str]) -> None:
    assert _by_name(text)[name] == (titles, "official")


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("区委组织部副部长、区“两新”工委书记（兼）任雪峰出席。", "任雪峰",
         ["区委组织部副部长", "区“两新”工委书记（兼）"]),
        ("区委常委、区人民政府党组成员、副区长柴立峰出席。", "柴立峰",
         ["区委常委", "区人民政府党组成员", "副区长"]),
        ("区“双创”工作领导小组组长王明出席。", "王明", ["区“双创”工作领导小组组长"]),
        ("区委书记郑卫国主持会议。", "郑卫国", ["区委书记"]),
    ],
)  # fmt: skip
def test_quoted_words_and_party_posts_stay_in_the_chain(
    text: str, name: str, titles: list[str]
) -> None:
    assert _by_name(text)[name] == (titles, "official")


def test_a_two_character_name_that_is_also_a_rare_place_word_reads_after_a_title() -> None:
    got = extract_persons("区领导乐山、阚林等参加。")
    assert [(p.name, p.titles) for p in got] == [("乐山", ["区领导"]), ("阚林", ["区领导"])]


def test_a_name_opening_a_clause_before_hui_bao_is_a_person() -> None:
    assert _by_name("会上，谢金明汇报了治理工作推进情况。") == {"谢金明": ([], "other")}


def test_a_long_list_after_one_title_keeps_every_name() -> None:
    text = "区委常委蒋力、干利明、刘其昕、毛建党、何丹、张贤义出席会议。"
    assert [p.name for p in extract_persons(text)] == [
        "蒋力", "干利明", "刘其昕", "毛建党", "何丹", "张贤义",
    ]  # fmt: skip


def test_a_given_name_ending_like_a_place_word_after_a_title() -> None:
    got = _by_name("党委副书记、政法委员姚科，党委委员廖祥等陪同。")
    assert got["姚科"] == (["党委副书记", "政法委员"], "official")


@pytest.mark.parametrize(
    "verb", ["领读", "点题", "称", "谈到", "会谈", "座谈", "交流", "亲切", "询问", "协调", "则"]
)
@pytest.mark.parametrize("name", ["龚然", "乐山", "虎子明", "郝晨国", "欧阳明"])
def test_more_verbs_after_a_name(name: str, verb: str) -> None:
    assert [p.name for p in extract_persons(f"区委书记{name}{verb}有关工作。")] == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # 王国, 黄河 and 江南 (common place words) open the given names: a title before and a
        # boundary or a verb that follows names after settle them.
        ("区领导王国岚、柯新泉参加会议。", ["王国岚", "柯新泉"]),
        ("副区长黄河清主持会议。", ["黄河清"]),
        ("区委常委、副区长江南春，区政协副主席庞立出席。", ["江南春", "庞立"]),
    ],
)
def test_a_given_name_whose_first_character_makes_a_word_with_the_surname(
    text: str, names: list[str]
) -> None:
    assert [p.name for p in extract_persons(text)] == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("副市长柏青来我区调研老旧小区改造。", "柏青"),
        ("市委书记郝远来桐花区视察防汛工作。", "郝远"),
        # 来 ending a given name stays the name's before anything but a place come to.
        ("副区长荀春来主持会议。", "荀春来"),
        ("区长荀喜来，副区长柏青出席。", "荀喜来"),
    ],
)
def test_lai_before_the_place_come_to_ends_the_name(text: str, name: str) -> None:
    """``副市长X来我区调研``: 来 is the verb of coming before the place and what was done
    there; elsewhere it may end a given name (春来, 喜来)."""
    assert extract_persons(text)[0].name == name


def test_an_assistant_post_after_another_is_a_title_of_its_own() -> None:
    assert _by_name("相关负责人区长助理王刚出席。") == {"王刚": (["区长助理"], "official")}


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("区法院党组书记、院长庄严带领干警走进网格。", "庄严", ["区法院党组书记", "院长"]),
        ("县委书记宓国良、县委副书记、县长皮文涛带队。", "宓国良", ["县委书记"]),
        ("经开区党工委书记靳卫华出席会议并讲话。", "靳卫华", ["经开区党工委书记"]),
        ("何家利、张琼、陈中举等区级领导参加。", "张琼", ["区级领导"]),
        ("周俊雄、叶水山等区四套班子领导参加。", "叶水山", ["区四套班子领导"]),
    ],
)
def test_words_as_names_rare_surnames_and_posts_printed_after_the_names(
    text: str, name: str, titles: list[str]
) -> None:
    assert _by_name(text)[name] == (titles, "official")


@pytest.mark.parametrize(
    "text",
    ["区委书记马上到现场。", "各街道负责人等区有关领导参加。", "会上，全体干部等区领导参加。"],
)
def test_adverbs_and_groups_are_not_names(text: str) -> None:
    assert extract_persons(text) == []


def test_rarer_hundred_surnames_in_a_title_chain_and_a_list() -> None:
    got = _by_name("县委常委、副县长酆明远，副县长糜春生、蓟安出席。")
    assert got["酆明远"] == (["县委常委", "副县长"], "official")
    assert got["糜春生"] == (["副县长"], "official")
    assert got["蓟安"] == (["副县长"], "official")


def test_a_later_chain_restating_a_post_keeps_the_first_printing() -> None:
    text = "区政协主席林青山，副主席乔雨、柳岩出席。大会主持人、区政协副主席乔雨宣布会议开幕。"
    assert _by_name(text)["乔雨"] == (["副主席"], "official")


def test_a_later_post_of_another_kind_adds_to_a_list_title() -> None:
    text = "区领导林青山、柳岩参加活动。区委书记林青山指出，要办好民生实事。"
    assert _by_name(text)["林青山"] == (["区领导", "区委书记"], "official")


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        # A meeting role printed after the post: the post stands alone.
        ("市政协主席骆听澜出席开幕式。大会主持人骆听澜请委员们起立。", "骆听澜", ["市政协主席"]),
        # A list title (a meeting role of the day) and then the person's own post.
        (
            "大会执行主席常远帆、凌子墨在主席台就座。分组讨论由县政协副主席凌子墨主持。",
            "凌子墨",
            ["大会执行主席"],
        ),
        # Another post of another kind later in the body.
        ("副县长凌子墨到园区走访企业。县委常委凌子墨要求抓好落实。", "凌子墨", ["副县长"]),
    ],
)
def test_a_later_chain_of_another_post_keeps_the_first_printing(
    text: str, name: str, titles: list[str]
) -> None:
    """When a person is printed again under another title, the first printing stands."""
    assert _by_name(text)[name] == (titles, "official")


def test_a_later_post_adds_to_any_group_word_printed_first() -> None:
    """市领导, 县领导 name a group as 区领导 does, not a post: the later chain prints the post."""
    text = "市领导常远帆、凌子墨出席签约仪式。市委副书记常远帆致辞。"
    assert _by_name(text)["常远帆"] == (["市领导", "市委副书记"], "official")


def test_a_particle_as_the_middle_given_character_reads_after_a_title() -> None:
    # 之 in the middle of a titled name (X之Y) is a given character; the list after it stays.
    got = _by_name("区领导祁之远、柳岩、贝若松等参加。常务副区长邴之衡主持会议。")
    assert got["祁之远"] == (["区领导"], "official")
    assert got["柳岩"] == (["区领导"], "official")
    assert got["贝若松"] == (["区领导"], "official")
    assert got["邴之衡"] == (["常务副区长"], "official")


def test_a_particle_never_ends_a_name() -> None:
    # 之 reads only as the middle of three characters, never as a name's last (X之: "X's").
    assert "林之" not in _by_name("区长林之，重中之重。")
    assert _by_name("重中之重是抓好项目，总而言之要落实。") == {}


def test_a_surname_that_is_a_common_word_reads_after_a_title() -> None:
    # 山 and 有 are surnames and words: a title right before and a whole name then a verb.
    got = _by_name("区政协委员山明礼在社区接待群众。副区长有文涛，区长邱实出席。")
    assert got["山明礼"] == (["区政协委员"], "official")
    assert got["有文涛"] == (["副区长"], "official")


def test_a_word_surname_after_a_title_that_makes_a_word_stays_a_word() -> None:
    assert _by_name("区长能够带头，区委书记有关指示要落实。") == {}


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        # A long chain, then a boundary.
        ("县人大常委会副主任经晓川，县政协主席融思远出席。", "经晓川", ["县人大常委会副主任"]),
        ("县长后明德主持会议，研究了议程。", "后明德", ["县长"]),
        # A post with a qualifying bracket, then a verb that follows names.
        ("副县长（挂职）双立群列席会议。", "双立群", ["副县长（挂职）"]),
    ],
)
def test_every_baijiaxing_surname_that_is_a_word_reads_after_a_title(
    text: str, name: str, titles: list[str]
) -> None:
    """经, 后, 融, 双 are 百家姓 surnames and words, read as 能, 山 and 有 are."""
    assert _by_name(text)[name] == (titles, "official")


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        # 铁, no 百家姓 surname but one news prints, reads as they do after a title.
        ("会上，区交通局副局长铁明远介绍了路段方案。", "铁明远", ["区交通局副局长"]),
        # A surname that is a noun takes no object: a given name that is a word (建国) stays.
        ("会上，区公安分局副局长铁建国通报了方案。", "铁建国", ["区公安分局副局长"]),
        ("村支书山建国主持。", "山建国", ["村支书"]),
    ],
)
def test_a_noun_surname_before_a_given_name_that_is_a_word(
    text: str, name: str, titles: list[str]
) -> None:
    assert _by_name(text)[name] == (titles, "official")


def test_words_the_iron_surname_starts_stay_words() -> None:
    assert _by_name("区长铁腕治污，副局长铁路口检查，地铁站开通。") == {}


def test_words_the_added_word_surnames_start_stay_words() -> None:
    assert _by_name("县长经常深入社区，主任后来到现场，副县长习惯早到，书记双手接过。") == {}


def test_the_conjunction_he_is_a_surname_after_a_title_or_in_a_titled_list() -> None:
    # 和 reads as a surname where a title or a 、 of a titled list stands right before it and a
    # whole name then a verb or a boundary follows, 之 in the middle too.
    got = _by_name("区委书记和之澄同志主持会议。副区长赵明岚、和乃芹、东方以薇出席。和之澄强调。")
    assert got["和之澄"] == (["区委书记"], "official")
    assert got["和乃芹"] == (["副区长"], "official")
    assert got["东方以薇"] == (["副区长"], "official")


@pytest.mark.parametrize(
    "text",
    ["老支书和大家一起干。", "区委书记和区长一同调研。", "主任和副主任出席。", "区长和市民交流。"],
)
def test_the_conjunction_he_before_a_word_or_a_title_is_no_name(text: str) -> None:
    assert [p.name for p in extract_persons(text) if p.name.startswith("和")] == []


def test_posts_in_a_bracket_right_after_a_name_are_its_titles() -> None:
    got = _by_name("会议召开。贺于川（区委常委、政法委书记）通报情况，司马以安（副区长）出席。")
    assert got["贺于川"] == (["区委常委", "政法委书记"], "official")
    assert got["司马以安"] == (["副区长"], "official")


def test_a_bracket_without_a_post_after_a_name_gives_no_title() -> None:
    assert "贺于川" not in _by_name("会议召开。贺于川（挂职）通报情况，群众（代表）发言。")


def test_a_lead_character_closing_a_noun_stays_in_the_organization() -> None:
    # 据 leads a title (据区长X介绍) but closes 数据 in a company's name.
    got = _by_name("会上，星帆数据董事长钱明川表示，将加快建设。")
    assert got["钱明川"] == (["星帆数据董事长"], "official")


def test_a_head_of_government_printed_after_the_name_is_its_title() -> None:
    text = "6月3日，柏远和副市长带队察看堤防。。韦青松区长一行到场。时区长指出，要抓紧。"
    got = _by_name(text)
    assert got["柏远和"] == (["副市长"], "official")
    assert got["韦青松"] == (["区长"], "official")
    assert "时区" not in got


def test_a_common_verb_before_a_title_is_no_part_of_it() -> None:
    text = "在白鹭湾村，说起村党支部书记柏远舟，村民都竖起大拇指。"
    assert _by_name(text)["柏远舟"] == (["村党支部书记"], "official")


def test_a_surname_in_no_list_reads_after_a_title_and_keeps_the_list() -> None:
    """A character too rare to be a word of the sentence (眭, 禤) is a surname right after a
    title: the list after it keeps every name, and a later bare mention is the same person."""
    text = (
        "区政协副主席眭晴川、柏一舟、禤可言出席。副区长镡望舒参加。镡望舒要求，要抓紧。"
        "乡长麴青通报了进展。"
    )
    got = _by_name(text)
    for name in ("眭晴川", "柏一舟", "禤可言"):
        assert got[name] == (["区政协副主席"], "official")
    assert got["镡望舒"] == (["副区长"], "official")
    assert got["麴青"] == (["乡长"], "official")


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("副区长甯一帆推介了文旅资源。", "甯一帆", "副区长"),
        ("区文旅局局长麴晓岚推介文旅线路。", "麴晓岚", "区文旅局局长"),
    ],
)
def test_a_rare_surname_full_name_reads_before_any_dictionary_verb(
    text: str, name: str, title: str
) -> None:
    """A three-character name with a surname in no list, right after a post, is followed by
    whatever verb the sentence uses, as a listed surname's name is."""
    assert _by_name(text)[name] == ([title], "official")


def test_a_rare_character_and_one_given_character_still_need_a_boundary() -> None:
    assert _by_name("区科工局局长琚书推介了政策。") == {}


def test_a_rare_character_after_a_title_that_starts_a_word_is_no_surname() -> None:
    assert _by_name("区委书记亲自部署，副区长带队督办。") == {}


def test_a_preposition_as_the_middle_given_character_reads_after_a_title() -> None:
    got = _by_name("区委副书记柏向岚到白沙镇督导，副主席韦一鸣、秦向禾出席。区长柏和远主持。")
    assert got["柏向岚"] == (["区委副书记"], "official")
    assert got["秦向禾"] == (["副主席"], "official")
    assert got["柏和远"] == (["区长"], "official")
    assert "王刚" in _by_name("区长王刚向大家介绍情况。")
    assert _by_name("区长王和群众交流。") == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("区法院院长庞叙和列席会议。", "庞叙和"),
        ("县领导柏云舟、庞叙和应邀出席会议。", "庞叙和"),
        ("区政协委员柏云舟、司徒文和等参加。", "司徒文和"),
        ("副区长韦清和带队督导。", "韦清和"),
        ("区人社局副局长韦清和说，今年以来招聘会办了30场。", "韦清和"),
        ("区文旅局局长庞叙和介绍，景区游客增长两成。", "庞叙和"),
        # A verb of reporting opens no second name either.
        ("副区长谷明和通报了全区秋粮收购进度。", "谷明和"),
        ("区应急局局长谷明和部署汛期值守。", "谷明和"),
        # Nor does an adverb saying how the people listed did it, in turn or together.
        ("西岭商会会长柏云舟、文旅联盟秘书长庞叙和先后发言。", "庞叙和"),
        ("副区长谷明和分别走访了三家企业。", "谷明和"),
    ],
)
def test_a_name_ending_in_he_before_a_verb_of_the_list_keeps_it(text: str, name: str) -> None:
    """和 then 列席 or 等: "and" joins no second name there, so it is the name's last character."""
    assert name in _by_name(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("副区长柏云舟、韦一鸣、庞和出席会议。", ["柏云舟", "韦一鸣", "庞和"]),
        ("区政协副主席司马和、柏云舟列席。", ["司马和", "柏云舟"]),
    ],
)
def test_a_joiner_as_the_only_given_character_reads_where_it_cannot_join(
    text: str, names: list[str]
) -> None:
    """A surname, then 和 printed where "and" could not stand (before 出席, 、): 和 is the
    one given character, as it is a longer name's last."""
    got = _by_name(text)
    assert [n for n in names if n in got] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("区政协副主席柏云舟、尚书远、韦一鸣出席。", ["柏云舟", "尚书远", "韦一鸣"]),
        ("大会执行主席庞立群、常委明、司马青在主席台就座。", ["庞立群", "常委明", "司马青"]),
    ],
)
def test_a_name_alone_in_a_titled_lists_slot_may_start_like_a_common_word(
    text: str, names: list[str]
) -> None:
    """A list member between 、 and a boundary reads as a name though its surname and first
    given character make a common word (尚书, 常委), and the list goes on after it."""
    got = _by_name(text)
    assert [n for n in names if n in got] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("副区长欧阳明则主持会议。", ["欧阳明则"]),
        ("区领导公孙立则、柏云舟、韦一鸣出席。", ["公孙立则", "柏云舟", "韦一鸣"]),
        ("区政协副主席庞叙则列席会议。", ["庞叙则"]),
        ("区应急局局长谷明则带队检查。", ["谷明则"]),
    ],
)
def test_a_name_ending_in_ze_before_a_boundary_or_an_attendance_word_keeps_it(
    text: str, names: list[str]
) -> None:
    """则 ("for his part") stands before no 、 and no 主持 or 列席: there it is the given
    name's last character, and the list after it goes on."""
    got = _by_name(text)
    assert [n for n in names if n in got] == names
    assert all(n[:-1] not in got for n in names if n.endswith("则"))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("区卫健委主任司马文之介绍，全区已建成家庭医生团队40个。", ["司马文之"]),
        ("副区长柏敬之主持会议。", ["柏敬之"]),
        ("区文旅局局长庞彦之、副局长韦一鸣出席。", ["庞彦之", "韦一鸣"]),
        ("区水利局局长上官明之说，排口已封堵。", ["上官明之"]),
    ],
)
def test_a_name_ending_in_zhi_before_a_boundary_or_a_verb_of_the_list_keeps_it(
    text: str, names: list[str]
) -> None:
    """之 ("X's") wants a noun after it: before 、 or a verb of speech or attendance it is the
    given name's last character, the surname compound or not."""
    got = _by_name(text)
    assert [n for n in names if n in got] == names
    assert all(n[:-1] not in got for n in names if n.endswith("之"))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("副区长韦一鸣，桐花街道党工委书记、办事处主任柏有为陪同。", ["韦一鸣", "柏有为"]),
        ("区文旅局局长庞立为出席。", ["庞立为"]),
    ],
)
def test_a_name_ending_in_wei_before_an_attendance_word_keeps_it(
    text: str, names: list[str]
) -> None:
    """为 ("for", "as") governs a noun: before 陪同 or 出席 it is the given name's last
    character."""
    got = _by_name(text)
    assert [n for n in names if n in got] == names
    assert all(n[:-1] not in got for n in names if n.endswith("为"))


def test_wei_before_a_boundary_stays_out_of_the_name() -> None:
    """X认为，…: before a boundary 为 closes a verb as often, so it settles no name there."""
    assert not any(n.endswith("为") for n in _by_name("区长龙晓认为，要抓好落实。"))


@pytest.mark.parametrize(
    "text", ["区长龙晓则表示，要抓好落实。", "区委副书记欧阳明则提出，要守住底线。"]
)
def test_ze_before_a_verb_of_speech_is_the_adverb(text: str) -> None:
    """X则提出，…: one view set against another, so 则 is no part of the name."""
    got = _by_name(text)
    assert not any(n.endswith("则") for n in got)
    assert got


@pytest.mark.parametrize(
    "text", ["区长龙晓和出席会议的代表交流。", "区长龙晓和主持人交流。", "区长龙晓和带队领导交流。"]
)
def test_he_before_a_relative_clause_or_a_longer_word_still_joins(text: str) -> None:
    got = _by_name(text)
    assert "龙晓" in got and "龙晓和" not in got


@pytest.mark.parametrize(
    "text",
    [
        "在一家家具企业，企业负责人柏一舟介绍，订单增长两成。",
        "来自白沙镇的腰鼓队队长柏一舟说，大家排练了一个月。",
        "退税到账后，企业财务负责人柏一舟说，资金周转宽裕了。",
        "工地安全员培训结束，企业生产负责人韦青松说，要层层压实。",
        "新设备投产那天，装配车间班组长柏一舟说，一班能多出两成件。",
        "班组长韦青松带着徒弟们把模具擦得锃亮。",
        # A company's team, the company named after its city: still no public body's team.
        "青州建工集团青年突击队队长柏一舟代表全体队员表态。",
        "“月底就要封顶了。”项目生产经理柏一舟一边核对工序表，一边说。",
    ],
)
def test_a_role_that_is_no_office_makes_no_official(text: str) -> None:
    """The one in charge of a kind of body (or of one line of its work: 企业财务负责人, 项目生产
    经理), no body named, or the head of a team (a troupe's captain, a shop floor's 班组长):
    no post."""
    assert all(role != "official" for _, role in _by_name(text).values())


@pytest.mark.parametrize(
    "text",
    [
        "楼栋改造后，居民代表柏一舟说，出门再也不踩水了。",
        "社区居民代表韦青松介绍，议事会每月开一次。",
        "家长代表柏一舟在会上发言。",
    ],
)
def test_one_who_speaks_for_people_of_a_kind_is_no_official(text: str) -> None:
    """居民代表X: a representative of residents (or parents) holds no post, as 居民X."""
    assert all(role != "official" for _, role in _by_name(text).values())


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("座谈会上，摊主代表柏一舟说，希望增设夜间停车位。", {}),
        ("企业代表韦青松发言，建议延长营业时间。", {}),
        # A public body before 代表 is a post of its own.
        ("党代表、青石镇桂花村党支部书记韦青松发言。",
         {"韦青松": (["党代表", "青石镇桂花村党支部书记"], "official")}),
        ("区人大代表柏一舟说，要稳订单。", {"柏一舟": (["区人大代表"], "official")}),
    ],
)  # fmt: skip
def test_one_who_speaks_for_a_kind_of_people_or_body_holds_no_post(text: str, found: dict) -> None:
    """摊主代表X, 企业代表X: a kind of people or of body alone before 代表 names nobody spoken
    for, as 企业负责人 names no company; 党代表 and 人大代表 are posts."""
    assert {n: v for n, v in _by_name(text).items() if v[1] == "official"} == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("受表彰代表柏一舟说，荣誉属于整个团队。", {}),
        # A role in front of a post in one chain: the post alone.
        (
            "受表彰代表、青石镇桂花村党支部书记韦青松发言。",
            {"韦青松": (["青石镇桂花村党支部书记"], "official")},
        ),
        (
            "居民代表、青石街道海棠社区居委会委员柏一舟说，楼道亮了。",
            {"柏一舟": (["青石街道海棠社区居委会委员"], "official")},
        ),
    ],
)
def test_one_who_speaks_for_those_who_did_something_holds_no_post(text: str, found: dict) -> None:
    """受表彰代表X: a role at the ceremony (speaking for the ones honoured), as 居民代表 is."""
    assert {n: v for n, v in _by_name(text).items() if v[1] == "official"} == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("侨商代表韦青松说，家乡的变化看得见。", {}),
        (
            "党外知识分子代表、青石县妇幼保健院副院长柏一舟发言。",
            {"柏一舟": (["青石县妇幼保健院副院长"], "official")},
        ),
        (
            "少数民族代表、青石街道海棠社区党委书记韦青松作交流发言。",
            {"韦青松": (["青石街道海棠社区党委书记"], "official")},
        ),
        # A delegate to a congress holds a seat: a post, whatever follows it in the chain.
        (
            "区第九次党代会代表、青石街道海棠社区党委书记韦青松发言。",
            {"韦青松": (["区第九次党代会代表", "青石街道海棠社区党委书记"], "official")},
        ),
        ("二十大代表柏一舟作宣讲。", {"柏一舟": (["二十大代表"], "official")}),
    ],
)
def test_a_representative_of_anyone_but_a_congress_holds_no_post(text: str, found: dict) -> None:
    """X代表 names whom the person speaks for at the event (侨商, 少数民族, 党外知识分子), a role;
    only a delegate to a congress (人大代表, 党代会代表, 二十大代表) holds a seat, a post."""
    assert {n: v for n, v in _by_name(text).items() if v[1] == "official"} == found


def test_a_post_before_a_role_in_a_chain_stays() -> None:
    got = _by_name("区人大代表、企业负责人柏一舟说，要稳订单。")
    assert got["柏一舟"] == (["区人大代表"], "official")


def test_a_member_of_a_named_body_is_a_post_of_a_kind_of_body_no_post() -> None:
    """成员 after a body named (市委宣讲团成员) is a post of the chain; after a kind of body
    alone (团队成员) it names no body."""
    got = _by_name("市委讲师团成员、市委党校教授柏一舟作报告。团队成员韦青松说，很受启发。")
    assert got["柏一舟"] == (["市委讲师团成员", "市委党校教授"], "official")
    assert got.get("韦青松", ([], "other"))[1] != "official"


def test_an_academic_rank_is_no_post_even_with_an_institute() -> None:
    """研究员 and 教授 are ranks, like 医生 or 老师: with the institute printed in front they
    still name no office. In a chain with a post (市委讲师团成员、市委党校教授) the person is
    an official by the post."""
    got = _by_name(
        "省林科院果树研究所研究员柏一舟、桐川农学院园艺系教授韦青松现场指导。镇长车明远陪同。"
    )
    assert got.get("柏一舟", ([], "other"))[1] != "official"
    assert got.get("韦青松", ([], "other"))[1] != "official"
    assert got["车明远"] == (["镇长"], "official")


def test_a_clinical_rank_is_kept_in_a_chain_with_a_post() -> None:
    """A hospital's 副主任医师 is a rank as 教授 is: alone no post, though it holds 主任; after a
    post in the same chain (区人大代表、X医院副主任医师) it is kept as printed."""
    got = _by_name("区人大代表、桐川医院副主任医师柏一舟，区人大代表韦青松进站接待。")
    assert got["柏一舟"] == (["区人大代表", "桐川医院副主任医师"], "official")
    got = _by_name("桐川医院副主任医师柏一舟为居民义诊。")
    assert got.get("柏一舟", ([], "other"))[1] != "official"


def test_a_surname_that_is_also_a_word_reads_after_a_title_before_a_verb() -> None:
    """步 is a 百家姓 surname and a common word: read as a surname only after a title, as a
    full three-character name before a boundary or a verb (建议 among them)."""
    assert _by_name("区政协委员步云岚建议增设停车位。")["步云岚"] == (["区政协委员"], "official")
    assert _by_name("区长进一步强调，要压实责任。") == {}


@pytest.mark.parametrize("text", ["我镇开展镇领导严查活动。", "街道开展街道领导严防行动。"])
def test_a_group_office_word_before_what_the_group_does_names_no_one(text: str) -> None:
    # 领导 names a group as often as a post: the verb after it is what the group does.
    assert extract_persons(text) == []


def test_a_rare_verb_that_is_a_given_name_still_reads_after_a_group_office_word() -> None:
    got = _by_name("区领导付强、石磊出席。")
    assert got["付强"] == (["区领导"], "official")


def test_a_name_ending_in_he_before_who_went_along_keeps_it() -> None:
    got = _by_name("区文旅局局长葛永和陪同。副区长鲁晓和区长石磊陪同调研。")
    assert got["葛永和"] == (["区文旅局局长"], "official")
    assert "鲁晓" in got and "鲁晓和" not in got


@pytest.mark.parametrize(
    "text",
    ["网格员柴晓岚说，诉求都记在本上。", "白鹭社区网格员柴晓岚介绍，台账已记满六本。"],
)
def test_a_grid_worker_is_named_with_no_post(text: str) -> None:
    """网格员 is a community's staff role, as 志愿者 is: the name read, no official."""
    assert _by_name(text)["柴晓岚"] == ([], "other")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("站在路边的邵明川局长告诉记者，管网已铺到第三段。", {"邵明川": (["局长"], "official")}),
        ("陪同调研的祁远副区长要求，汛前全部完工。", {"祁远": (["副区长"], "official")}),
        # 局 closing a bureau's name (林业局, 财政局) leaves no name before it.
        ("区林业局长期坚持巡山护林。", {}),
        ("区财政局长年派员驻点。", {}),
    ],
)
def test_a_bureau_head_printed_after_the_name_is_an_official(text: str, found: dict) -> None:
    """某某局长 as 某某副区长: the post after the name, opening its phrase after 的 too."""
    assert _by_name(text) == found


def test_a_list_row_prints_the_post_after_the_name() -> None:
    """``name　post`` on a row of its own: the post is that name's, not the next row's; a row
    with a unit gives no official."""
    rows = [
        "钭明川 青石镇松林村党支部书记",
        "荀晓岚（女） 碧水街道文化站站长",
        "邬长庚 桃源区第二中学",
    ]
    text = "\n\n".join(rows)
    got = _by_name(text)
    assert got["钭明川"] == (["青石镇松林村党支部书记"], "official")
    assert got["荀晓岚"] == (["碧水街道文化站站长"], "official")
    assert "邬长庚" not in got or got["邬长庚"][1] != "official"


def test_xu_reads_as_a_surname_only_after_a_title() -> None:
    """续 is a 百家姓 surname and a common word (继续, 续签): a name only after a title."""
    got = _by_name("区人大常委会主任荀晓岚、区政协主席续明川等区领导出席。")
    assert got["续明川"] == (["区政协主席"], "official")
    assert _by_name("副区长续签了三份协议，要继续推进。") == {}


def _headline_then_body(head: str, body: str) -> dict[str, list[str]]:
    text = f"{head}\n{body}"
    return {p.name: p.titles for p in extract_persons(text, headline_end=len(head))}


def test_the_fuller_of_the_headline_and_the_first_body_chain_stands() -> None:
    """A headline's short post over a lead printing the whole chain gives the lead's chain;
    a deck printing the post with its place over a lead printing it shorter keeps the deck's.
    A later chain of the body restates and adds nothing, as everywhere."""
    head = "区长柏青山在检查防汛工作时强调"
    body = "本报讯 7月2日，区委副书记、区长柏青山检查防汛工作。区长柏青山要求压实责任。"
    assert _headline_then_body(head, body)["柏青山"] == ["区委副书记", "区长"]
    head = "楼院里的贴心人\n——记桂园街道槐荫社区党委书记温若兰"
    body = "本报讯 早上7点，槐荫社区党委书记温若兰已经到了楼院。"
    assert _headline_then_body(head, body)["温若兰"] == ["桂园街道槐荫社区党委书记"]
    head = "副区长柏青山调研助企服务"
    body = "本报讯 7月3日，柏青山到企业调研，区发改委主任温若兰参加。"
    assert _headline_then_body(head, body)["柏青山"] == ["副区长"]
    # Neither restating the other: the headline's stands and the body adds its posts.
    head = "副县长骆听澜走访园区企业"
    body = "本报讯 9月5日，县委常委骆听澜到园区走访，现场解决用工难题。"
    assert _headline_then_body(head, body)["骆听澜"] == ["副县长", "县委常委"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "区委常委、常务副区长、潮河区级河长申屠云帆带队巡查河道。",
            {"申屠云帆": (["区委常委", "常务副区长", "潮河区级河长"], "official")},
        ),
        # The patrol a river or lake chief makes (巡河, 巡湖) starts no name after the post.
        ("镇级河长巡河 清理河面漂浮物", {}),
        ("村级湖长巡湖 排查入湖排口", {}),
    ],
)
def test_a_river_chief_is_a_post_in_the_chain(text: str, found: dict) -> None:
    """X河区级河长 is an office held by appointment, printed in the chain like any post."""
    assert _by_name(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("河长制办公室主任谷雨田介绍了进展。", {"谷雨田": (["河长制办公室主任"], "official")}),
        (
            "镇湖长制办公室副主任詹小鹿说，排口已封堵。",
            {"詹小鹿": (["镇湖长制办公室副主任"], "official")},
        ),
    ],
)
def test_a_chief_word_before_zhi_names_the_system_not_a_post(text: str, found: dict) -> None:
    """河长制 is the system the chiefs work in: the office of it keeps its whole name."""
    assert _by_name(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "区委常委、副区长、区级总林长公孙若谷带队检查防火通道。",
            {"公孙若谷": (["区委常委", "副区长", "区级总林长"], "official")},
        ),
        (
            "镇党委副书记、镇级副总林长芮知远主持会议。",
            {"芮知远": (["镇党委副书记", "镇级副总林长"], "official")},
        ),
        ("各级林长要压实责任，村级林长钱满仓说。", {"钱满仓": (["村级林长"], "official")}),
        # 林 ending a word (造林, 森林) before a word opening on 长 is no forest chief ...
        ("植树造林长效机制逐步建立。", {}),
        ("森林长廊建设中，副区长林长海带队检查。", {"林长海": (["副区长"], "official")}),
        # ... and the patrol a forest chief makes (巡林) follows a name and starts none.
        ("副区长米朵巡林 查看防火通道", {"米朵": (["副区长"], "official")}),
    ],
)
def test_a_forest_chief_is_a_post_in_the_chain(text: str, found: dict) -> None:
    """林长制 appoints its chiefs as 河长制 does: 乡级林长, 区总林长 are posts in the chain."""
    assert _by_name(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # 任命X为Y / 免去X的Y职务: the post printed after the name, joined by 为 / 的; a 任命
        # list shares its verb; 同志 after the name is no part of it.
        (
            "会议决定：任命：柏青山为区审计局局长，庞月华为区统计局副局长；"
            "免去鄂红梅的区审计局局长、党组书记职务。",
            {
                "柏青山": (["区审计局局长"], "official"),
                "庞月华": (["区统计局副局长"], "official"),
                "鄂红梅": (["区审计局局长", "党组书记"], "official"),
            },
        ),
        (
            "任命车文远同志为区文化广电和旅游局副局长（试用期一年）。",
            {"车文远": (["区文化广电和旅游局副局长（试用期一年）"], "official")},
        ),
        # A notice's last row, printed without its full stop.
        ("任命柏青山为区审计局局长", {"柏青山": (["区审计局局长"], "official")}),
        # X任Y: a decision read out, the whole chain as printed.
        (
            "宣布了市委决定：闻人子墨任中共某某县委委员、常委、副书记；",
            {"闻人子墨": (["中共某某县委委员", "常委", "副书记"], "official")},
        ),
        # X不再担任Y职务, X不再兼任Y职务: the post left, held as printed (as 免去X的Y职务);
        # a weak word later in the chain (委员) is the rank in the body named first.
        (
            "根据县委决定：闻人子墨同志不再担任中共某某县委副书记、常委、委员职务，另有任用。",
            {"闻人子墨": (["中共某某县委副书记", "常委", "委员"], "official")},
        ),
        (
            "柏青山同志不再兼任青石镇武装部部长职务；",
            {"柏青山": (["青石镇武装部部长"], "official")},
        ),
        # 接受X辞去Y职务: a resignation accepted, the post held as printed until then.
        (
            "会议通过了关于接受柏青山同志辞去青石县人民政府县长职务的决定。",
            {"柏青山": (["青石县人民政府县长"], "official")},
        ),
        (
            "会议接受庞月华辞去县人大常委会委员职务的请求。",
            {"庞月华": (["县人大常委会委员"], "official")},
        ),
        # X当选Y with no 为 (对X同志当选Y表示祝贺): the posts to the clause's last office word;
        # 新当选的Y ("those newly elected") names no one.
        (
            "县委书记米振宇对柏青山同志当选县人大常委会主任表示祝贺。",
            {
                "米振宇": (["县委书记"], "official"),
                "柏青山": (["县人大常委会主任"], "official"),
            },
        ),
        ("庞月华当选县长、县政府党组书记。", {"庞月华": (["县长", "县政府党组书记"], "official")}),
        # 接受了 before the name, as 接受; X任Y read once, no name X任 in the honorific order.
        (
            "会议接受了柏青山辞去市政府市长职务的辞呈。",
            {"柏青山": (["市政府市长"], "official")},
        ),
        ("根据县委决定：米青任县长。", {"米青": (["县长"], "official")}),
        ("米振宇代表县委向新当选的县人大常委会副主任表示祝贺。", {}),
        (
            "韦青松同志任青石镇党委副书记、委员；",
            {"韦青松": (["青石镇党委副书记", "委员"], "official")},
        ),
        # A session's vote prints the post as an appointment does: a list of names shares
        # one post; the next vote after 、 is no part of the first one's chain.
        (
            "会议推选柏青山、庞月华、车文远为主席团常务主席。",
            {n: (["主席团常务主席"], "official") for n in ("柏青山", "庞月华", "车文远")},
        ),
        (
            "会议选举柏青山为青石县人民政府县长、选举庞月华为青石县人大常委会副主任。",
            {
                "柏青山": (["青石县人民政府县长"], "official"),
                "庞月华": (["青石县人大常委会副主任"], "official"),
            },
        ),
        # Those a vote elected, listed before 当选为: the posts after it.
        (
            "经投票选举，柏青山当选为青石县政协主席；庞月华、车文远当选为青石县政协副主席。",
            {
                "柏青山": (["青石县政协主席"], "official"),
                "庞月华": (["青石县政协副主席"], "official"),
                "车文远": (["青石县政协副主席"], "official"),
            },
        ),
        # A 公示 row: the post held after 现任; the 拟任 post is not held yet.
        (
            "现予公示：蒲一鸣，男，1979年5月生，大学学历，现任区审计局副局长，拟任区审计局局长；",
            {"蒲一鸣": (["区审计局副局长"], "official")},
        ),
    ],
)
def test_appointment_wording_prints_the_post_after_the_name(text: str, found: dict) -> None:
    assert _by_name(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "会后，为新任命人员颁发任命书，新任命人员进行了宪法宣誓。",
        "蒲一鸣，男，1979年5月生，大学学历，拟任区审计局局长；",
        "这次改造免去了柏青山的后顾之忧。",
        "会议选举产生了新一届委员会，推选大会执行主席。",
        "该村当选为全国文明村，他当选为劳动模范。",
        # 主席台 is a word: the 主席 in it is no post of the words before it.
        "会议通报了列席和应邀上主席台就座人员情况。",
        "，柏青山任职以来，走遍了全镇每个村。",
        "柏青山任劳任怨，扎根社区十余年。",
        # No post left, or a chain opening on a weak word: no official.
        "柏青山不再担任志愿者，搬去了外地。",
        "柏青山同志任委员、干事；",
    ],
)
def test_appointment_words_without_a_post_name_no_official(text: str) -> None:
    assert all(role != "official" for _, role in _by_name(text).values())


@pytest.mark.parametrize(
    "text", ["对挂牌督办的隐患，由区领导包案结项。", "对排查出的问题，由区领导包点清零。"]
)
def test_a_group_word_over_its_verb_glued_to_one_closing_character_names_no_one(
    text: str,
) -> None:
    """区领导 then characters read as a name whose last one glues to a single character that
    closes the clause: the group's verb and its object, no name."""
    assert extract_persons(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # ``该`` points back to a unit named elsewhere; the unit's one character goes with it
        # where the post repeats it.
        ("该院院长柏青山介绍，今年新增床位80张。", {"柏青山": ["院长"]}),
        ("该局副局长米振宇说，改造已近尾声。", {"米振宇": ["副局长"]}),
        # A generic unit word stays, as a community post with no community in front does.
        ("该社区党委书记逯长河说，居民很满意。", {"逯长河": ["社区党委书记"]}),
    ],
)
def test_a_pointer_to_a_unit_is_no_part_of_the_post(text: str, found: dict) -> None:
    assert {p.name: p.titles for p in extract_persons(text)} == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # 我市, 我区 point to the paper's own place: 我 is no word of the post, nor is the level
        # where the post repeats it.
        ("我市市委副书记、代市长柏青山陪同。", {"柏青山": ["市委副书记", "代市长"]}),
        ("我区区委书记米振宇出席。", {"米振宇": ["区委书记"]}),
        ("我县领导逯长河、石磊参加。", {"逯长河": ["县领导"], "石磊": ["县领导"]}),
        # After a name and 和, 我 opens the paper's own place, no place's name: 和 leads.
        (
            "中国银行青石分行行长米振宇和我县领导逯长河等出席。",
            {"米振宇": ["中国银行青石分行行长"], "逯长河": ["县领导"]},
        ),
    ],
)
def test_our_place_before_a_post_is_no_part_of_it(text: str, found: dict) -> None:
    assert {p.name: p.titles for p in extract_persons(text)} == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "县人大常委会党组书记、委员柏青山主持会议。",
            {"柏青山": ["县人大常委会党组书记", "委员"]},
        ),
        ("镇党委书记、委员米振宇说。", {"米振宇": ["镇党委书记", "委员"]}),
    ],
)
def test_a_weak_word_closing_a_chain_after_a_post_is_the_bodys_rank(text: str, found: dict) -> None:
    """委员 alone names a group as often as a post; after a post and 、 it is the body's rank,
    the chain's last title, and the name after it reads."""
    assert {p.name: p.titles for p in extract_persons(text)} == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "集市承建方河南青禾建筑工程有限公司项目经理柏青山介绍，工期还剩一个月。",
            {"柏青山": ["河南青禾建筑工程有限公司项目经理"]},
        ),
        (
            "书市主办方郑州月湖文化传播有限公司董事长米振宇说，今年展位增加了一成。",
            {"米振宇": ["郑州月湖文化传播有限公司董事长"]},
        ),
        # 方 making a word with what follows (方圆) is the organization's own.
        (
            "建设方圆规划设计有限公司总经理逯长河说，方案已定。",
            {"逯长河": ["建设方圆规划设计有限公司总经理"]},
        ),
    ],
)  # fmt: skip
def test_a_party_word_before_a_company_post_is_no_part_of_it(text: str, found: dict) -> None:
    """``X承建方``, ``X运营方`` before a company's post describe the company in apposition
    (the party to the work it is): the post is the company's as printed."""
    assert {p.name: p.titles for p in extract_persons(text)} == found


def test_a_city_named_x_zhou_then_a_word_opening_on_chang_is_no_governor() -> None:
    """杭州长… is the city 杭州 and a name opening on 长 (a firm, a park): 州长 glued to a city
    named X州 is no post; an autonomous prefecture's head (X州州长) still is."""
    text = "副区长闵若川先后察看了杭州长丰智能装备产业园二期、林州长青食品公司新厂区。"
    assert [(p.name, p.titles) for p in extract_persons(text)] == [("闵若川", ["副区长"])]
    prefecture = "黔岭苗族侗族自治州州长杜怀山一行来访。"
    assert [(p.name, p.titles) for p in extract_persons(prefecture)] == [
        ("杜怀山", ["黔岭苗族侗族自治州州长"])
    ]


def test_a_section_head_is_a_post_but_a_firms_holding_word_is_none() -> None:
    """A bureau's 股 (section) is headed by a 股长, printed as a 科长 is; 控股/持股 glued to a
    name opening on 长 is a firm's name, no post."""
    text = "区水利局工程股股长聂远帆感触很深。石榴控股长安分公司经理甘露说，设备已到位。"
    assert [(p.name, p.titles) for p in extract_persons(text)] == [
        ("聂远帆", ["区水利局工程股股长"]),
        ("甘露", ["石榴控股长安分公司经理"]),
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A word opening on the post's 长 (长效, 长期, 长远, 长足, 长治久安) is a word of the
        # sentence: 治河 + 长效, no river chief and no person 效机制.
        ("他强调，要建立健全治河长效机制，落实管河长效措施。", {}),
        ("全区长效机制逐步建立，治湖长效管护到位。", {}),
        ("完善护林长期投入机制，推动治河长远规划。", {}),
        ("护河长足进步，治湖长治久安。", {}),
        # 效 is too rare a surname for 河长效X to be a chief and a person.
        ("要落实村级河长效能考核。", {}),
        # The real posts still read, in the chain and alone.
        ("区级河长柏青山巡河。", {"柏青山": (["区级河长"], "official")}),
        ("村级河长柏青山", {"柏青山": (["村级河长"], "official")}),
        (
            "区总河长、区委书记柏青山主持会议。",
            {"柏青山": (["区总河长", "区委书记"], "official")},
        ),
        # A listed surname after 长 still reads, a word with 长 or not (长江, 长年).
        ("副区长江明远说，排口已封堵。", {"江明远": (["副区长"], "official")}),
        ("副区长年立群说，排口已封堵。", {"年立群": (["副区长"], "official")}),
    ],
)
def test_a_word_opening_on_the_posts_chang_is_no_post_and_no_name(text: str, found: dict) -> None:
    """The 长 ending a post word (河长, 区长) may open a word of the sentence instead (长效,
    长期): a rare character closing that word is its second half, never a surname."""
    assert _by_name(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A district's name runs into a road's opening on 长: no 区长 and no person.
        ("9月1日，海棠区长江路第三小学正式启用。", {}),
        ("青石区长春路街道办事处揭牌。", {}),
        ("白沙区长安街改造工程完工。", {}),
        # A surname after 区长 still reads where no road's suffix follows the word.
        ("区长江海鸥说，学校已启用。", {"江海鸥": (["区长"], "official")}),
        # A post that heads no place (部长, 院长) ends no place's name: 路 after it is a
        # surname, though 长路 is a word.
        (
            "组织部长路青禾介绍了人选情况。",
            {"路青禾": (["组织部长"], "official")},
        ),
    ],
)
def test_a_road_opening_on_the_posts_chang_is_no_post(text: str, found: dict) -> None:
    """``X区`` printed before a road whose name opens on 长 (长江路, 长安街) shares that 长
    with no post: the road's suffix after the word says it is a place."""
    assert _by_name(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("街长柏青山说，夜市已规范。", {"柏青山": (["街长"], "official")}),
        (
            "街道党工委书记、街长柏青山主持。",
            {"柏青山": (["街道党工委书记", "街长"], "official")},
        ),
        ("区级路长柏青山带队巡查。", {"柏青山": (["区级路长"], "official")}),
        # 路长制 names the system; a street's length is no post.
        ("精细化管理路长制工作推进会召开。", {}),
        ("这条街长约800米，步行街长廊已完工。", {}),
    ],
)
def test_a_street_or_road_chief_is_a_post_in_the_chain(text: str, found: dict) -> None:
    """街长制 and 路长制 appoint chiefs as 河长制 does: 街长, 区级路长 are posts."""
    assert _by_name(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("他强调，要压实村级河长柏青山的责任。", {"柏青山": (["村级河长"], "official")}),
        ("他强调，要落实河长柏青山的责任。", {"柏青山": (["河长"], "official")}),
        (
            "必须进一步建立健全区级河长柏青山巡河台账。",
            {"柏青山": (["区级河长"], "official")},
        ),
        # A verb that reports what was said (要求, 强调, 指出) ends the clause before the title.
        ("会议要求区级河长柏青山每周巡河。", {"柏青山": (["区级河长"], "official")}),
        ("会议指出区委常委、副区长柏青山带队。", {"柏青山": (["区委常委", "副区长"], "official")}),
        # 要 inside a word (主要, 要素) opens no predicate, nor does 须 opening a place's name,
        # nor 要 with no verb after it.
        (
            "须水街道党工委书记柏青山说，巡查已完成。",
            {"柏青山": (["须水街道党工委书记"], "official")},
        ),
        ("要庄村党支部书记柏青山说，巡查已完成。", {"柏青山": (["要庄村党支部书记"], "official")}),
        ("区委主要负责人柏青山讲话。", {"柏青山": (["区委主要负责人"], "official")}),
        ("要素市场部主任柏青山说，交易量增长。", {"柏青山": (["要素市场部主任"], "official")}),
        ("区应急管理局局长柏青山说，演练已完成。", {"柏青山": (["区应急管理局局长"], "official")}),
    ],
)
def test_a_title_never_overruns_into_the_predicate_before_it(text: str, found: dict) -> None:
    """A modal (要, 必须) and the verbs it governs are the sentence's, not the title's: the
    title starts after them (corpus README: titles as printed; none runs to the left)."""
    assert _by_name(text) == found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("区政协主席庞叙和带领部分政协委员视察河道治理。", "庞叙和"),
        ("副区长谷明和带队专题调研秋粮收购工作。", "谷明和"),
    ],
)
def test_a_name_ending_in_he_before_leading_a_group_keeps_it(text: str, name: str) -> None:
    """和 then 带领 (the group is its object) or 带队 then a manner word (专题调研): "and"
    joins no second name there."""
    assert name in _by_name(text)


def test_he_before_one_who_leads_a_group_as_a_relative_clause_still_joins() -> None:
    got = _by_name("区长龙晓和带领团队的柏一舟交流。")
    assert "龙晓" in got and "龙晓和" not in got


def test_wu_is_a_surname_after_a_title_and_in_a_titled_list() -> None:
    got = _by_name("区政协副主席柏云舟、兀思远出席。副区长兀立新参加。")
    assert got["兀思远"] == (["区政协副主席"], "official")
    assert got["兀立新"] == (["副区长"], "official")


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        (
            "城镇新增就业　3150人　增长2.6%区人社局副局长柏岚介绍，就业形势稳定。",
            "柏岚",
            ["区人社局副局长"],
        ),
        ("税收收入　9.2亿元区财政局局长庹明远说，收入结构向好。", "庹明远", ["区财政局局长"]),
        (
            "外贸进出口额　增长3.5％区商务局副局长郗一帆认为，订单回暖。",
            "郗一帆",
            ["区商务局副局长"],
        ),
    ],
)
def test_a_figure_ending_a_table_row_is_no_part_of_the_title_after_it(
    text: str, name: str, titles: list[str]
) -> None:
    """Rows of figures print no full stop; joined to the next paragraph, the row's last
    measure (a rate, a sum in 元) stops the title read back from the post word."""
    assert _by_name(text)[name][0] == titles


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("“大家的事大家办。”他和桂花村党支部书记韦青松一起挨户走访。", "韦青松",
         ["桂花村党支部书记"]),
        ("她和海棠社区居委会主任柏一舟守在议事点。", "柏一舟", ["海棠社区居委会主任"]),
    ],
)  # fmt: skip
def test_a_pronoun_before_a_lead_word_leads_with_it(
    text: str, name: str, titles: list[str]
) -> None:
    """他和, 她和: a pronoun standing as a word before 和 (as an adverb does, 也有) is no part
    of the title after it."""
    assert _by_name(text)[name] == (titles, "official")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("“楼道亮了，心也亮了。”青梅里小区党支部书记、退休教师柏一舟说。",
         {"柏一舟": (["青梅里小区党支部书记"], "official")}),
        ("海棠社区党委委员、志愿者韦青松带着大家清理楼道。",
         {"韦青松": (["海棠社区党委委员"], "official")}),
        # A role before the occupation is no post; nor is an occupation alone.
        ("受表彰代表、退休教师柏一舟说，荣誉属于大家。", {}),
        ("退休教师韦青松说，楼道亮了。", {}),
    ],
)  # fmt: skip
def test_an_occupation_next_to_the_name_leaves_the_posts_before_it(text: str, found: dict) -> None:
    """…小区党支部书记、退休教师X: the occupation printed next to the name is no post, the
    posts of the chain before it are the person's."""
    assert {n: v for n, v in _by_name(text).items() if v[1] == "official"} == found


def test_a_preposition_surname_before_a_verb_naming_the_post_is_no_name() -> None:
    """``由分管副区长牵头``: 由 (a surname too) and a verb saying which deputy is meant open the
    clause; no one is named."""
    assert _by_name("涉及供热的事项，由分管副区长牵头协调，向分管副局长报告。") == {}
    got = _by_name("涉及供热的事项，柯振宁副区长牵头协调。")
    assert got == {"柯振宁": (["副区长"], "official")}


def test_a_rank_of_leaders_names_a_group_at_work_and_a_list_its_persons() -> None:
    """``区级领导包案督办``: leaders of a rank do the work, no one is named (包 a verb); the
    persons of the rank come as a list after it."""
    assert _by_name("对排查出的隐患实行区级领导包片督办，限期整改。") == {}
    got = _by_name("区级领导柯远舟、祁明川在主席台就座。")
    assert got == {"柯远舟": (["区级领导"], "official"), "祁明川": (["区级领导"], "official")}


@pytest.mark.parametrize(
    "text",
    [
        "对进度滞后的工地，实行领导包抓、限期整改。",
        "要推行干部包片，逐户走访。",
    ],
)
def test_a_bare_office_word_after_a_verb_is_no_title(text: str) -> None:
    """实行领导包联: an office word naming no unit, right after a common verb, says who does
    the work the verb sets up; no post, so the word after it is no official's name."""
    assert [p for p in extract_persons(text) if p.role == "official"] == []


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("云岭置业公司党委书记、执行董事柏岚陪同。", ["云岭置业公司党委书记", "执行董事"]),
        ("学院党委副书记、执行院长柏岚介绍了情况。", ["学院党委副书记", "执行院长"]),
    ],
)
def test_executive_before_a_post_is_part_of_it(text: str, titles: list[str]) -> None:
    """执行董事, 执行院长: 执行 is a verb, but before a post it names the executive one of
    its kind, as 常务 does; in a chain after 、 too."""
    assert _by_name(text)["柏岚"] == (titles, "official")


def test_a_verb_before_a_post_with_its_unit_still_leaves_the_post() -> None:
    assert _by_name("会上，会见市长柏岚。")["柏岚"] == (["市长"], "official")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("某营教导员濮云帆带领学生参观营区。", {"濮云帆": (["某营教导员"], "official")}),
        (
            "某团副政委蔺远山、驻区武警某中队指导员欧阳青禾先后发言。",
            {
                "蔺远山": (["某团副政委"], "official"),
                "欧阳青禾": (["驻区武警某中队指导员"], "official"),
            },
        ),
        # 政治 between the unit and the post (政治教导员, 政治指导员) is the post's own word.
        (
            "区消防救援大队政治教导员濮云帆对演练作点评。",
            {"濮云帆": (["区消防救援大队政治教导员"], "official")},
        ),
        # A political officer's post is read after the unit: a role's 指导员 is none, and
        # 教导员工 (teaching the staff) holds no post.
        ("社区派驻党建指导员莘若岚走访小区。", {}),
        ("店长要耐心教导员工，服务好顾客。", {}),
    ],
)
def test_a_units_political_officer_is_a_post(text: str, found: dict) -> None:
    """教导员 and 指导员 printed after a military or police unit (营, 连, 中队) are posts,
    as 政委 is; the unit stays as printed however vague (某营)."""
    assert _by_name(text) == found


def test_a_firms_chief_officer_is_a_company_post() -> None:
    """``首席技术官``, ``首席质量官``: a firm's chief officer is a post printed after the firm's
    name, as its 总经理 is; the same words before a list (``……首席质量官名单``) name nobody."""
    text = (
        "会上，区工信局公布了首批8家企业首席技术官名单，"
        "河南澜舟智能装备有限公司首席技术官简远帆代表受聘人员发言。"
    )
    assert [(p.name, p.titles) for p in extract_persons(text)] == [
        ("简远帆", ["河南澜舟智能装备有限公司首席技术官"])
    ]


def test_a_word_before_the_post_after_a_list_says_which_leaders() -> None:
    """``X等有关区领导参加活动``: 有关 says which leaders, the post is 区领导, printed after the
    name."""
    text = "会议结束后，柏青岚等有关区领导参加活动。"
    assert [(p.name, p.titles) for p in extract_persons(text)] == [("柏青岚", ["区领导"])]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "在工厂，柯明远与驻企首席服务官、区工信局副局长庞叙白交流。",
            {"庞叙白": (["驻企首席服务官", "区工信局副局长"], "official")},
        ),
        ("首席服务官、青石街道党工委副书记谷一帆介绍。", {
            "谷一帆": (["首席服务官", "青石街道党工委副书记"], "official")
        }),
        # printed bare, the post names no one
        ("区里的首席服务官帮着企业跑手续。", {}),
    ],
)  # fmt: skip
def test_a_districts_chief_service_officer_is_a_post(text: str, found: dict) -> None:
    """A district's ``首席服务官``, the cadre it assigns to serve a firm, is a post printed in
    the chain, as a firm's ``首席技术官`` is."""
    assert {n: v for n, v in _by_name(text).items() if v[1] == "official"} == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("在工厂，柯明远与区工信局副局长庞叙白交流。", {"庞叙白": ["区工信局副局长"]}),
        ("柯明远和区人大代表、青石村党支部书记庞叙白一起察看麦田。",
         {"庞叙白": ["区人大代表", "青石村党支部书记"]}),
        # a unit's place and its first line of work joined with 和 stay the unit's name
        ("区文化和旅游局局长庞叙白出席。", {"庞叙白": ["区文化和旅游局局长"]}),
    ],
)  # fmt: skip
def test_a_name_before_a_conjunction_is_no_part_of_the_title_after_it(
    text: str, found: dict
) -> None:
    """``X与区Y局副局长Z``: the conjunction joins X, a person, to the titled person after it;
    X and the conjunction lead into the title and are no part of it."""
    assert {n: t for n, (t, role) in _by_name(text).items() if role == "official"} == found


def test_a_bodys_chief_statistician_is_a_post() -> None:
    """``区统计局总统计师X``: a bureau's chief specialist is a post in its leadership, as its
    总工程师 is, no professional rank."""
    assert _by_name("区统计局总统计师庞叙白说，全区规上企业增加了。") == {
        "庞叙白": (["区统计局总统计师"], "official")
    }
    assert _by_name("区发改委总经济师庞叙白介绍。") == {
        "庞叙白": (["区发改委总经济师"], "official")
    }


def test_whose_words_are_followed_is_no_part_of_the_post() -> None:
    """``严格按照省委常委、市委书记X提出的要求``: 按照 ("according to") leads the title."""
    text = "各级河长严格按照省委常委、市委书记柏青山提出的要求巡河。"
    assert _by_name(text)["柏青山"] == (["省委常委", "市委书记"], "official")


def test_a_commands_deputy_chief_is_a_post() -> None:
    """``X总指挥部副总指挥Y``: a works' or a campaign's command, as its 指挥长."""
    text = "市政府副市长、市突破滨海总指挥部副总指挥柏青山出席。"
    assert _by_name(text) == {
        "柏青山": (["市政府副市长", "市突破滨海总指挥部副总指挥"], "official")
    }


def test_a_season_or_an_event_before_during_is_no_name() -> None:
    """``有关负责人麦收期间…``: jieba lists 麦收 as a name, but nobody is followed by 期间
    ("during"): the word after the post is the season's, no person's."""
    text = "柏青山书记询问当地有关负责人麦收期间工作的准备情况。"
    assert [(p.name, p.titles) for p in extract_persons(text)] == [("柏青山", ["书记"])]


def test_a_chief_engineer_printed_short_is_a_post() -> None:
    """``市城管委总工X``: 总工 is the chief engineer printed short; 总工会 is a trade union and
    总工期 a work's whole period, no post of their own."""
    assert _by_name("市城管委总工庞叙白参加座谈。") == {"庞叙白": (["市城管委总工"], "official")}
    assert _by_name("区总工会主席柏青山出席。") == {"柏青山": (["区总工会主席"], "official")}
    assert _by_name("项目总工期十八个月，柏青山介绍。")["柏青山"] == ([], "other")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # 以 "as, by" after a name opens how the person did it: no given name's last character,
        # after a compound surname and one given character too.
        ("区委副书记、区长上官岚以普通市民身份走进服务大厅。", "上官岚"),
        ("副区长钟明以视频方式参加会议。", "钟明"),
        # Inside a given name it still reads; before a word that follows names it has nothing
        # to govern, so it is the one given character.
        ("副区长闻人以宁出席。", "闻人以宁"),
        ("副区长苗以出席。", "苗以"),
    ],
)
def test_the_preposition_yi_after_a_name_is_no_given_character(text: str, name: str) -> None:
    assert list(_by_name(text)) == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A given name holding a preposition: 同 as its one character, 从 or 在 as the first of
        # two, in a list after 区领导 (the rest of the list kept) and after a post.
        (
            "区领导卢青禾、范同、苏晚照、伍从平、祁在明参加。",
            [(n, ["区领导"]) for n in ("卢青禾", "范同", "苏晚照", "伍从平", "祁在明")],
        ),
        ("副区长范同出席，副区长伍从平主持。", [("范同", ["副区长"]), ("伍从平", ["副区长"])]),
        # 向 governs a noun: before a boundary, after a title, it is the one given character.
        (
            "区领导马青禾、谷向、宋晚照参加，区领导卢青禾、韦向出席。",
            [
                ("马青禾", ["区领导"]),
                ("谷向", ["区领导"]),
                ("宋晚照", ["区领导"]),
                ("卢青禾", ["区领导"]),
                ("韦向", ["区领导"]),
            ],
        ),
        # 让 and 将 govern a noun too: before a boundary, they end a name of three, and the
        # list goes on after it.
        (
            "县领导裘国让、柏青山、宁晚照参加，副县长韦明将、卢远出席。",
            [
                ("裘国让", ["县领导"]),
                ("柏青山", ["县领导"]),
                ("宁晚照", ["县领导"]),
                ("韦明将", ["副县长"]),
                ("卢远", ["副县长"]),
            ],
        ),
        # No surname alone: a preposition after it governs the words that follow.
        ("区长王从群众中来，副区长李在会上强调。", []),
        # People named by a common noun before 同, 和 and a title: no part of the title.
        (
            "与会干部同区委常委、区纪委书记邬嘉明一道观看，企业代表和副区长应晓川交流。",
            [("邬嘉明", ["区委常委", "区纪委书记"]), ("应晓川", ["副区长"])],
        ),
        # 就 "regarding" before a title leads it; 就业 is a word of a body.
        (
            "区纪委监委就青石镇原党委书记葛有亮案件召开大会，区就业服务中心主任柏岚出席。",
            [("葛有亮", ["青石镇原党委书记"]), ("柏岚", ["区就业服务中心主任"])],
        ),
        # A conjunction inside a body's name stays in it.
        ("区工业和信息化局局长柏岚出席。", [("柏岚", ["区工业和信息化局局长"])]),
    ],
)
def test_prepositions_in_names_and_before_titles(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _officials(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Surnames that start common words (丘陵, 庆祝, 种植) read only right after a title.
        (
            "区委书记丘明远，区委副书记庆德华，区委常委、区委办主任种立强分别走访。",
            [
                ("丘明远", ["区委书记"]),
                ("庆德华", ["区委副书记"]),
                ("种立强", ["区委常委", "区委办主任"]),
            ],
        ),
        ("区领导种树，居民庆祝节日，村民种植葡萄。", []),
        # Standing for a post: the candidacy is part of the title as printed.
        (
            "区政协党组书记、九届政协主席提名人选柏青禾，区委副书记、区长候选人苏晚照参加。",
            [
                ("柏青禾", ["区政协党组书记", "九届政协主席提名人选"]),
                ("苏晚照", ["区委副书记", "区长候选人"]),
            ],
        ),
        # The honorific order, the post after the name: after a boundary, a preposition or
        # the body printed whole; the post is no title of a name after it.
        (
            "座谈会上，尤青禾局长向葛晚照区长作了汇报。",
            [("尤青禾", ["局长"]), ("葛晚照", ["区长"])],
        ),
        (
            "市商务局柏建清副局长在滕晓川副区长、区发改委邵玉岚主任的陪同下参观，"
            "该公司庞晓舟董事长介绍了情况。",
            [
                ("柏建清", ["副局长"]),
                ("滕晓川", ["副区长"]),
                ("邵玉岚", ["主任"]),
                ("庞晓舟", ["董事长"]),
            ],
        ),
        # A body's name before a post is no person (管委会主任, 区妇联主席, 党总支书记).
        ("社区党总支书记柏晚照介绍。", [("柏晚照", ["社区党总支书记"])]),
        (
            "，管委会主任韦青禾，区妇联主席莘雨出席。",
            [("韦青禾", ["管委会主任"]), ("莘雨", ["区妇联主席"])],
        ),
    ],
)
def test_rare_surnames_candidacy_and_the_honorific_order(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _officials(text) == expected


def test_a_group_named_by_a_post_is_no_one() -> None:
    """``区科技镇长团``: a team named by the post its members hold, no person before it."""
    text = "区科技镇长团在区领导鲍青禾的带领下，来到北湖工业园调研。"
    assert [(p.name, p.titles) for p in extract_persons(text)] == [("鲍青禾", ["区领导"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A clause of posts alone, a comma before the area's chain: the same person's posts.
        (
            "陪同。市委常委，兴和新区党工委书记、管委会主任柏青禾，管委会副主任苏晚照陪同。",
            [
                ("柏青禾", ["市委常委", "兴和新区党工委书记", "管委会主任"]),
                ("苏晚照", ["管委会副主任"]),
            ],
        ),
        # So after the lead's time clause (11月5日，A，B…Y; 近日，…).
        (
            "11月5日，市委常委，兴和新区党工委书记、管委会主任柏青禾调研。",
            [("柏青禾", ["市委常委", "兴和新区党工委书记", "管委会主任"])],
        ),
        (
            "近日，市人大常委会副主任，市重点项目专班指挥长苏晚照带队调研。",
            [("苏晚照", ["市人大常委会副主任", "市重点项目专班指挥长"])],
        ),
        # A clause with more than posts in it is its own (他担任X，Y).
        ("他担任区委书记，区长柏青禾表示。", [("柏青禾", ["区长"])]),
        ("会上，区委书记，区长柏青禾讲话。", [("柏青禾", ["区长"])]),
        # Who entrusted the report is no part of the reporter's post; a customs head is a post.
        (
            "受市政府委托市政府副秘书长柏青禾作了报告，兴和海关副关长苏晚照出席。",
            [("柏青禾", ["市政府副秘书长"]), ("苏晚照", ["兴和海关副关长"])],
        ),
    ],
)
def test_posts_over_a_comma_entrusted_and_customs(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _officials(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Names listed before 等, the bodies they lead, then the rank (…县级领导同志).
        ("柏青禾、苏晚照、卢远舟等区委、区人大、区政府及兴和区县级领导同志到会祝贺。",
         {"柏青禾": (["县级领导"], "official"), "苏晚照": (["县级领导"], "official"),
          "卢远舟": (["县级领导"], "official")}),
        # A clause between 等 and the post lists no bodies: no title for the names.
        ("柏青禾、苏晚照等参加了区领导座谈会。", {}),
        # The last name joined by 和 after a list or a group's word, the list's verb after it.
        ("区政协领导柏青禾、苏晚照和卢远舟在主席台就座。",
         {"柏青禾": (["区政协领导"], "official"), "苏晚照": (["区政协领导"], "official"),
          "卢远舟": (["区政协领导"], "official")}),
        ("区领导柏青禾和卢远舟出席。",
         {"柏青禾": (["区领导"], "official"), "卢远舟": (["区领导"], "official")}),
        # After one post the person joined holds none of it; a word after 和 is no name.
        ("区长柏青禾和卢远舟说，好。", {"柏青禾": (["区长"], "official")}),
        ("区长柏青禾和群众在一起。", {"柏青禾": (["区长"], "official")}),
        # A body's name in a list (A、花博会执委办…副部长B): a noun after it, no person.
        ("兴和区副区长柏青禾、花博会执委办协调部、规划部副部长卢远舟等陪同。",
         {"柏青禾": (["兴和区副区长"], "official"), "卢远舟": (["规划部副部长"], "official")}),
    ],
)  # fmt: skip
def test_lists_closed_by_deng_or_he(text: str, expected: dict[str, tuple[list[str], str]]) -> None:
    assert _by_name(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 远 is a surname right after a title, its first two characters no word.
        ("会议由镇党委书记远青禾主持。", {"远青禾": (["镇党委书记"], "official")}),
        # Not where it closes a word with the title's last character (长远).
        ("区政府着眼全区长远发展，区长柏青禾讲话。", {"柏青禾": (["区长"], "official")}),
        # A post whose last character starts a word (区长江: 长江) is no post.
        ("审议《兴和区长江经济带生态保护方案》。", {}),
        # 向 before a common noun is the preposition; a name of its own after a title stays.
        ("街道办事处主任向大会作工作报告。", {}),
        ("副区长向东海出席。", {"向东海": (["副区长"], "official")}),
        # 省 ends a given name in a list after a title, between two 、.
        ("县领导柏青禾、张保省、卢远舟陪同。",
         {"柏青禾": (["县领导"], "official"), "张保省": (["县领导"], "official"),
          "卢远舟": (["县领导"], "official")}),
        # A bracket of a minute-by-minute report (13:55 /【…局长X发言】) bounds the title.
        ("13:55\n【区审计局局长柏青禾发言】", {"柏青禾": (["区审计局局长"], "official")}),
        # 莅 ("arrive at") before a place's one-character name is no surname.
        ("驻兴和市省人大代表莅濮视察。", {}),
        # Not a province's name, a word, before a post or in a list.
        ("安徽省副省长柏青禾出席。", {"柏青禾": (["安徽省副省长"], "official")}),
        # A last title cut after the post before it opens on no conjunction.
        ("区直部门负责人和街道党工委书记柏青禾陪同。",
         {"柏青禾": (["街道党工委书记"], "official")}),
    ],
)  # fmt: skip
def test_a_post_or_a_rare_surname_that_closes_a_word_is_none(
    text: str, expected: dict[str, tuple[list[str], str]]
) -> None:
    assert _by_name(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # 来 the verb before a province's or a city's short name and a verb of visiting.
        "认真学习省委书记来豫考察时的讲话精神。",
        "副市长来郑州调研指导工作。",
        # A set phrase opening on a surname's character after a title (委员齐聚一堂).
        "各位政协委员齐聚一堂，共商发展大计。",
        # A word jieba tags as a name, no title anchoring it (居民文明养犬).
        "社区引导居民文明养犬，营造整洁环境。",
    ],
)
def test_words_that_open_on_a_surname_are_no_names(text: str) -> None:
    assert _by_name(text) == {}


def test_a_surname_lai_before_a_given_name_and_a_verb_of_chairing_is_a_name() -> None:
    assert _by_name("区长来文舟主持会议。")["来文舟"] == (["区长"], "official")


def test_a_visiting_party_before_the_conjunction_leads_the_next_title() -> None:
    """考察团一行与X集团董事长Y: 一行 closes the party; the conjunction leads to Y's post."""
    text = "考察团一行与云峰集团董事长柯明远进行了会谈。"
    assert _by_name(text)["柯明远"] == (["云峰集团董事长"], "official")


def test_a_name_opening_on_a_word_tagged_as_a_name_stays_after_a_descriptor() -> None:
    # 王朝 is such a word, but far less common than 文明: 王朝阳 reads whole.
    assert _by_name("居民王朝阳说，小区环境变好了。")["王朝阳"] == ([], "other")


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        # 镇 ends a given name after a title and before punctuation ...
        ("开发区管委会主任柯远镇，区人大常委会副主任蓟安出席。", "柯远镇", ["开发区管委会主任"]),
        # ... the state's posts, relayed from a speech ...
        ("会议传达学习了国务院副总理柯明川出席峰会时的讲话精神。", "柯明川", ["国务院副总理"]),
        ("全国人大常委会委员长柯明川在外省调研。", "柯明川", ["全国人大常委会委员长"]),
        # ... and a name in the honorific order after 以及.
        ("会议传达了有关文件，以及柯明川市长批示要求。", "柯明川", ["市长"]),
    ],
)
def test_names_read_in_the_forms_of_relayed_and_listed_posts(
    text: str, name: str, titles: list[str]
) -> None:
    assert _by_name(text)[name] == (titles, "official")


def test_a_town_before_its_own_post_is_no_name() -> None:
    got = _by_name("区委常委、马寨镇副镇长柯远，和庄镇镇长蓟安出席。")
    assert got == {
        "柯远": (["区委常委", "马寨镇副镇长"], "official"),
        "蓟安": (["和庄镇镇长"], "official"),
    }


def test_one_of_the_commonest_nouns_after_a_surname_is_no_given_name_untitled() -> None:
    """村民 inside 乡村民宿, then 宿 and 项目: no person; a rarer noun (红军) is a given name."""
    assert _by_name("还有一批乡村民宿项目、东阳物流项目。") == {}
    assert _by_name("村民王红军说，路修好了。") == {"王红军": ([], "other")}


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        # 义 starts common words (义务): a surname right after a title, two characters that
        # make no word and a verb that follows names.
        ("县人大常委会主任柯远出席，县政协主席义洁出席并讲话。", "义洁", ["县政协主席"]),
        # 为 before 及 joins no object to "for": the name's last character.
        ("县领导柯冠木、王大为及相关部门负责人参加调研。", "王大为", ["县领导"]),
    ],
)
def test_a_titled_only_surname_and_a_given_name_ending_on_a_function_word(
    text: str, name: str, titles: list[str]
) -> None:
    assert _by_name(text)[name] == (titles, "official")


def test_a_titled_only_surname_opening_a_word_is_no_name() -> None:
    assert _by_name("县委书记义务植树，副主任义务劳动。") == {}


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        # 以X为组长 ("with X as"): 以 leads the post.
        ("成立了以县委副书记柯远、县纪委书记蓟安为组长的督查组。", "柯远", ["县委副书记"]),
        # A party, an adverb, then the conjunction: the post after it opens no chain before.
        ("在考点，柯远一行还与市长蓟安平进行了视频连线。", "蓟安平", ["市长"]),
        # Bodies named in general before 和, a post on a level after it: "and".
        ("副主任柏青带领相关工委和全国人大代表庞书远调研。", "庞书远", ["全国人大代表"]),
    ],
)
def test_with_as_and_bodies_in_general_lead_a_post(text: str, name: str, titles: list[str]) -> None:
    assert _by_name(text)[name] == (titles, "official")


def test_bodies_in_general_before_and_lead_no_post_off_a_level() -> None:
    assert _by_name("各街道和有关主管部门负责人简要汇报了情况。") == {}


def test_a_name_written_for_its_sound_after_a_post_is_read() -> None:
    """A Mongolian or a Yi name (no surname of the list) right after a post and before a
    comma: two to six characters that make no word and hold no common one."""
    got = _by_name("旗委副书记、旗长希尼，旗人大常委会主任宝音满都呼，旗政协主席柯远出席。")
    assert got == {
        "希尼": (["旗委副书记", "旗长"], "official"),
        "宝音满都呼": (["旗人大常委会主任"], "official"),
        "柯远": (["旗政协主席"], "official"),
    }


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # The post's last character opens a word with what follows (监票人, 监控室).
        ("会议通过了总监票人、监票人建议名单。", "票人"),
        ("考点总监控室，工作人员值守。", "控室"),
        # Words of a clause, a prize's name, an adverb after a form of address.
        ("辖区11个社区党组织书记逐一上台述职，区委书记点评。", "逐一上台述职"),
        ("3家企业获评市长质量奖提名奖，2家获评优秀奖。", "质量奖提名奖"),
        ("吴主任更直观，大家都看得懂。", "更直观"),
    ],
)
def test_words_after_a_post_before_a_comma_are_no_name_written_for_its_sound(
    text: str, words: str
) -> None:
    assert words not in _by_name(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A colon alone after a group's word introduces its list.
        ("区领导：柯远、蓟安及各街道负责同志陪同活动。", {"柯远": ["区领导"], "蓟安": ["区领导"]}),
        # A military district's commander, in a standing committee member's chain.
        ("市委常委、军分区司令员柯远一行检查防汛工作。", {"柯远": ["市委常委", "军分区司令员"]}),
    ],
)
def test_a_colon_list_and_a_commanders_post(text: str, expected: dict) -> None:
    assert {n: t for n, (t, role) in _by_name(text).items() if role == "official"} == expected


def test_with_after_and_also_leads_to_a_village_post() -> None:
    """并同 is "and with": the village after it opens the post (a village 同X庄 would not)."""
    got = _by_name("考察团观摩了功能室，并同柳庄村支部书记蓟安华、党建专干柯新进行交流。")
    assert got["蓟安华"] == (["柳庄村支部书记"], "official")


def test_a_lead_chain_restating_the_headline_post_with_more_posts_stands() -> None:
    """马村区区长X in the headline, 马村区委副书记、区长X in the lead: the lead's chain."""
    text = "青禾区区长柯明川督导项目建设\n10月25日，青禾区委副书记、区长柯明川督导重点项目建设。"
    got = extract_persons(text, headline_end=text.index("\n"))
    assert [(p.name, p.titles) for p in got] == [("柯明川", ["青禾区委副书记", "区长"])]


def test_names_after_a_one_holder_post_take_the_post_printed_after_the_list() -> None:
    """常务副区长A、B、C等分管项目县级领导: one person is the executive deputy; B and C are
    the leaders in charge, the post printed after the list."""
    text = "区委副书记蓟安、常务副区长柯明川、岑小禾、柏青岚等分管项目县级领导作了汇报。"
    assert _by_name(text) == {
        "蓟安": (["区委副书记"], "official"),
        "柯明川": (["常务副区长"], "official"),
        "岑小禾": (["县级领导"], "official"),
        "柏青岚": (["县级领导"], "official"),
    }


def test_a_list_joined_by_yiji_after_a_titled_person_takes_the_group_word_after_it() -> None:
    """县政协主席X以及A、B、C等县领导: the list after 以及 is one more part of those named,
    each with the group's word printed after it."""
    text = "县政协主席柯明川以及岑小禾、柏青岚、米振宇等县领导分别参加活动。"
    assert _by_name(text) == {
        "柯明川": (["县政协主席"], "official"),
        "岑小禾": (["县领导"], "official"),
        "柏青岚": (["县领导"], "official"),
        "米振宇": (["县领导"], "official"),
    }


def test_names_before_which_leaders_of_a_grade_take_that_post() -> None:
    """``A、B等在家的县处级领导``: which leaders (those not away) and their grade (县处级)."""
    text = "县委书记米振宇在主会场参会，岑小禾、柏青岚等在家的县处级领导在分会场收看。"
    assert _by_name(text) == {
        "米振宇": (["县委书记"], "official"),
        "岑小禾": (["县处级领导"], "official"),
        "柏青岚": (["县处级领导"], "official"),
    }


def test_a_deputy_post_is_shared_by_the_list_after_it() -> None:
    assert _by_name("副区长柯明川、岑小禾出席。") == {
        "柯明川": (["副区长"], "official"),
        "岑小禾": (["副区长"], "official"),
    }


@pytest.mark.parametrize(
    "text",
    [
        # A verb that opens a noun phrase after a title (副区长信访接待日): no name.
        "“区委常委、区政府副区长信访接待日”活动在区委会议室举行。",
        # A group speaking (区领导说): no name before the speech verb.
        "区领导说：“我们代表区委向你们表示慰问。”",
    ],
)
def test_no_name_in_a_noun_phrase_or_a_group_speaking(text: str) -> None:
    assert _by_name(text) == {}


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        # 落实 before a title is the sentence's verb, no part of the post.
        ("会议要求贯彻落实省委书记柯明川调研时的讲话精神。", "柯明川", ["省委书记"]),
        # A deck's dashes before a title (---X县委宣传部部长Y) are no part of it.
        ("---远舟县委宣传部部长柏青岚到长田村慰问困难群众", "柏青岚", ["远舟县委宣传部部长"]),
    ],
)
def test_what_stands_before_a_title_is_no_part_of_it(
    text: str, name: str, titles: list[str]
) -> None:
    assert _by_name(text)[name] == (titles, "official")


def test_lai_before_a_city_short_name_and_kaizhan_is_the_verb() -> None:
    assert _by_name("市人大代表来滨开展“双联系月”活动。") == {}


def test_a_title_opening_on_each_names_a_group() -> None:
    """各…负责人简要汇报: each unit's head, a group; 简要 is no name."""
    assert _by_name("各街道和有关主管部门负责人简要汇报了工作情况。") == {}


@pytest.mark.parametrize(
    "text",
    [
        # A copula and a note on the order before a colon (按姓名笔画排列), a sex noted after one.
        "本次大会的执行主席是（按姓名笔画排列）：车明远、柏青岚、岑晓禾（女）、郦文山。",
        # 由 (a surname too) before the list, 担任 after it.
        "本次会议执行主席由车明远、柏青岚、岑晓禾、郦山担任。",
    ],
    ids=["copula-note-colon", "you-danren"],
)
def test_a_posts_holders_listed_after_a_copula_or_you_share_it(text: str) -> None:
    names = [name for name, _ in _officials(text)]
    assert names == ["车明远", "柏青岚", "岑晓禾", "郦山" if "担任" in text else "郦文山"]
    assert all(titles[-1].endswith("执行主席") for _, titles in _officials(text))


def test_a_copula_after_a_post_before_no_list_introduces_no_name() -> None:
    """``区长为民办实事``: a post, then 为 and a verb phrase; no list follows, no name."""
    assert _officials("区长为民办实事，主任是第一责任人。") == []


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        # 部 ends a given name after a title and before a verb that follows names.
        ("管委会主任车广部带队督导项目建设。", "车广部", ["管委会主任"]),
        # A surname and a given character that make an adverb (何必), before punctuation.
        ("区委书记何必远，区长柏青岚参加。", "何必远", ["区委书记"]),
        # A clause's "but" before the title is no part of it.
        ("天下着雨，但县委书记郦文山一行准时到达。", "郦文山", ["县委书记"]),
    ],
)
def test_unusual_given_names_and_leads_after_a_title(
    text: str, name: str, titles: list[str]
) -> None:
    assert (name, titles) in _officials(text)


def test_a_rivers_stretch_after_its_name_holds_no_river_chief() -> None:
    """``皂河长安段``: 河长 is no post where 长 opens the name of a stretch (长安段)."""
    assert _officials("县委书记柏青岚先后到桐河长安段加固工程现场。") == [("柏青岚", ["县委书记"])]


def test_a_name_with_no_surname_between_two_names_of_a_titled_list_is_read() -> None:
    """``旗领导A、宝音X、B``: a transliterated name (four to six characters, no surname, no
    word) between two names of the list is one of them; common words there are not."""
    text = "旗领导伊达明、额尔敦巴雅、柏青岚陪同。区领导车明远、相关部门、郦文山参加。"
    assert [name for name, _ in _officials(text)] == ["伊达明", "额尔敦巴雅", "柏青岚", "车明远"]


def test_those_in_charge_left_unnamed_before_a_comma_give_no_post() -> None:
    """``X办有关负责人，旗领导Y``: the unnamed people in charge are a group of their own."""
    text = "市援建办有关负责人，旗领导伊达明陪同。"
    assert _officials(text) == [("伊达明", ["旗领导"])]


@pytest.mark.parametrize(
    ("text", "names", "title"),
    [
        # A bare 等领导 right before what they did closes an untitled list.
        ("车明远、柏青岚、郦文山等领导陪同。", ["车明远", "柏青岚", "郦文山"], "领导"),
        # A rank's cadres (等县级干部) close one too.
        ("车明远、柏青岚、郦文山等县级干部参加。", ["车明远", "柏青岚", "郦文山"], "县级干部"),
        # 的有： between the post and its holders; a rare surname (他) in the list.
        (
            "担任此次大会执行主席的有：车明远、他文山、柏青岚。",
            ["车明远", "他文山", "柏青岚"],
            "此次大会执行主席",
        ),
    ],
    ids=["bare-leaders", "rank-cadres", "de-you"],
)
def test_lists_closed_by_a_group_word_or_after_de_you(
    text: str, names: list[str], title: str
) -> None:
    got = _officials(text)
    assert [name for name, _ in got] == names
    assert all(titles == [title] for _, titles in got)


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        # A banner's head (旗长), the county of Inner Mongolia.
        ("旗委副书记、政府旗长柏青岚主持召开常务会议。", "柏青岚", ["旗委副书记", "政府旗长"]),
        # 占 is a surname right after a title (占领 elsewhere).
        ("县人大常委会主任占文娜主持会议。", "占文娜", ["县人大常委会主任"]),
    ],
)
def test_a_banners_head_and_a_surname_that_starts_words(
    text: str, name: str, titles: list[str]
) -> None:
    assert (name, titles) in _officials(text)


def test_a_division_heads_post_printed_after_the_name_in_the_honorific_order() -> None:
    """``某厅X建设处某某副处长一行``: the post after the name, the division's before it."""
    assert _officials("省交通运输厅农村公路建设处柏青岚副处长一行来我市调研。") == [
        ("柏青岚", ["副处长"])
    ]


def test_a_post_in_the_honorific_order_before_a_comma_is_no_part_of_the_next_chain() -> None:
    """``X处某某副处长，Y局局长Z``: the post before the comma is 某某's, not Z's."""
    text = "建设处柏青岚副处长，县住建局局长郦文娟陪同。"
    assert _officials(text) == [("柏青岚", ["副处长"]), ("郦文娟", ["县住建局局长"])]


def test_a_post_after_a_name_that_follows_a_post_of_its_own_is_no_part_of_the_next_chain() -> None:
    """``X总监某某副总裁、Y总经理Z``: 副总裁 follows 某某, titled already; Z's chain starts after
    the 、."""
    text = "正大集团西北区生产总监柏青岚副总裁、桐花正大总经理郦文山等领导出席。"
    assert ("郦文山", ["桐花正大总经理"]) in _officials(text)


def test_a_name_in_the_honorific_order_after_a_copula() -> None:
    """``特别是某某市长讲话精神``: the copula opens the name's phrase as a comma would."""
    assert _officials("要认真贯彻会议精神特别是柏青岚市长讲话精神。") == [("柏青岚", ["市长"])]
