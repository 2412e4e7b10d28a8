"""Project extraction: lists announced as projects, suffixes, and generic phrases rejected."""

from __future__ import annotations

import pytest

from ingest.parser.projects import extract_projects

from .helpers import cases


@pytest.mark.parametrize(("text", "names"), cases("project_names", "text", "names"))
def test_project_names(text: str, names: list[str]) -> None:
    """A sentence as printed, and the names of the projects read from it, in order."""
    assert [p.name for p in extract_projects(text)] == names


def test_aliases_are_printed_variants() -> None:
    got = extract_projects("察看了普乐天地、金博大等项目。加快普乐天地项目建设。")
    assert got[0].name == "普乐天地" and got[0].aliases == ["普乐天地项目"]
    assert got[1].aliases == []


def test_a_verb_after_the_lead_word_is_no_part_of_the_name() -> None:
    text = "下一步将衔接白鹭湾湿地公园一期、青石河绿道二期建设，扩大绿地面积。"
    assert [p.name for p in extract_projects(text)] == ["白鹭湾湿地公园一期", "青石河绿道二期"]


def test_a_cause_clause_is_no_part_of_the_work_it_names() -> None:
    text = "因柳湖路（青石街—白鹭街）燃气管道迁改工程施工需要，该路段将半幅封闭。"
    assert [p.name for p in extract_projects(text)] == ["柳湖路（青石街—白鹭街）燃气管道迁改工程"]
    # 因 inside a name (基因) is the name's
    assert [p.name for p in extract_projects("海棠区基因药物产业园开工建设。")] == [
        "基因药物产业园"
    ]


def test_a_phase_before_a_modal_verb_is_named() -> None:
    text = "会议要求，海棠湾污水厂二期、柳湖科技园一期要在年底前完工。"
    assert [p.name for p in extract_projects(text)] == ["海棠湾污水厂二期", "柳湖科技园一期"]


def test_an_elliptic_list_of_phases_is_one_name_as_printed() -> None:
    text = "会议要求，白鹭湾还建小区一期、二期工程要在年底前交付。"
    assert [p.name for p in extract_projects(text)] == ["白鹭湾还建小区一期、二期工程"]


def test_circled_list_numbers_and_township_prefixes_are_no_part_of_the_names() -> None:
    """A visit list printed one stop a line: ①②③ number the list; a phase makes a kind specific."""
    text = (
        "区长带队视察公共设施项目。视察组先后来到：\n①青柳湾体育公园二期；\n"
        "②桃溪镇安置房四期工程；\n③槐荫路综合管廊工程。\n每到一处，视察组都详细了解进度。"
    )
    assert [p.name for p in extract_projects(text)] == [
        "青柳湾体育公园二期",
        "安置房四期工程",
        "槐荫路综合管廊工程",
    ]


def test_a_visit_to_city_building_in_general_names_no_project() -> None:
    """A kind of work every district does, printed without a place, is no named project."""
    assert extract_projects("副区长带队视察城市建设项目，听取各单位汇报。") == []


def test_one_upgrade_site_visited_with_its_place_is_a_project() -> None:
    """查看了X改造现场: a site named with where it is; the kind alone names no project."""
    text = "副镇长先后查看了柳荫西街片区背街小巷改造现场，要求加快进度。"
    assert [p.name for p in extract_projects(text)] == ["柳荫西街片区背街小巷改造"]
    assert extract_projects("副镇长先后查看了老旧小区改造现场，要求加快进度。") == []


def test_an_upgrade_site_come_to_keeps_its_place_whole() -> None:
    """来到X片区…改造现场 names the site as 查看了 does: the 片区 is the work's own place, kept
    whole, and the bare kind printed again after it (在X片区，…改造已完成…) is its short name."""
    text = (
        "代表们来到柳荫西街片区燃气管网改造现场和正在建设的区儿童医院新院区。"
        "在柳荫西街片区，燃气管网改造已完成六成。"
    )
    names = [p.name for p in extract_projects(text)]
    assert names == ["柳荫西街片区燃气管网改造", "区儿童医院新院区"]


def test_the_site_word_after_a_phase_being_built_is_no_part_of_its_name() -> None:
    """正在建设的X二期工地 names X二期, as X三期项目工地 names X三期: 工地 is where one stood."""
    text = "副区长来到正在建设的区老年大学二期工地，察看施工进度。"
    assert [p.name for p in extract_projects(text)] == ["区老年大学二期"]


def test_the_site_word_before_a_joiner_in_a_visit_list_is_no_part_of_the_name() -> None:
    """``A、B三期项目工地和C``: the site closes B as it would close the last name."""
    text = "检查组先后来到青禾路雨污分流改造工程、柳塘新村三期项目工地和月湖公园提升工程。"
    assert [p.name for p in extract_projects(text)] == [
        "青禾路雨污分流改造工程",
        "柳塘新村三期",
        "月湖公园提升工程",
    ]


def test_a_stretch_of_a_canal_and_a_tunnel_visited_are_no_projects() -> None:
    """A stretch of a river or canal (X干渠某某段) and a tunnel (X路下穿隧道) stand already: stops
    on a visit, unlike a works' stretch (X改造工程某某段)."""
    text = (
        "视察组先后来到青龙河干渠海棠段、月湖路雨污分流改造工程现场和白鹭路下穿隧道，察看度汛准备。"
    )
    assert [p.name for p in extract_projects(text)] == ["月湖路雨污分流改造工程"]


def test_a_share_of_projects_names_no_project() -> None:
    """部分项目, 一些项目: a share or a count of the projects, no name before 项目."""
    text = "全区项目总体平稳，但仍有部分项目进度滞后，也有一些项目手续待办。"
    assert extract_projects(text) == []


def test_two_names_joined_before_a_verb_are_both_projects() -> None:
    """对A和B进行视察: both names, the township prefix of the second dropped."""
    text = "视察组对青柳湾快速路工程和桃溪乡还建小区二期工程进行联合视察。"
    assert [p.name for p in extract_projects(text)] == ["青柳湾快速路工程", "还建小区二期工程"]


def test_a_phase_bracket_after_project_is_kept_as_printed() -> None:
    """X项目（一期）: the bracket follows the generic 项目, so the name keeps both."""
    text = "视察组在白鹭湾智造产业园项目（二期）建设现场了解进度。"
    assert [p.name for p in extract_projects(text)] == ["白鹭湾智造产业园项目（二期）"]


def test_a_list_of_places_before_a_project_is_no_list_of_projects() -> None:
    """桃溪乡、X街道分别就A项目: the list says who reports; A is read without the lead words."""
    text = "会上，桃溪乡、柳荫路街道分别就白鹭湾研学营地项目作表态发言。"
    assert [p.name for p in extract_projects(text)] == ["白鹭湾研学营地"]


def test_a_one_character_verb_before_project_leaves_no_name() -> None:
    """争项目, 抓项目 in a slogan: 项目 is the verb's object, the words before it no name."""
    assert extract_projects("比学赶超争项目 齐心协力促发展") == []


def test_the_name_after_he_ends_where_the_clause_verb_begins() -> None:
    """A项目和B提升改造作发言: B ends with its work words, before the verb."""
    text = "会上，各单位就青柳湾物流园项目和槐荫路（北段）提升改造作表态发言。"
    assert [p.name for p in extract_projects(text)] == ["青柳湾物流园", "槐荫路（北段）提升改造"]


def test_the_name_after_he_before_its_building_progress_is_a_project() -> None:
    """A二期和乡B建设进展: B is being built; its township prefix is dropped."""
    text = "乡长通报了青柳湾湿地公园二期和桃溪乡果蔬冷链中心建设进展。"
    assert [p.name for p in extract_projects(text)] == ["青柳湾湿地公园二期", "果蔬冷链中心"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "要加快推进桃溪乡柳湾村提灌站新建工程、槐荫东路雨污分流改造，确保汛前投用。",
            ["柳湾村提灌站新建工程", "槐荫东路雨污分流改造"],
        ),
        (
            "会议要求，加快白鹭街排水管网建设工程、枫林路积水点整治、榆钱路管网提升改造。",
            ["白鹭街排水管网建设工程", "枫林路积水点整治", "榆钱路管网提升改造"],
        ),
        # A joiner after the second item closes the list on the third.
        (
            "要抓好青石河堤防加固工程、柿子沟涵洞扩建和桐花路边沟改造。",
            ["青石河堤防加固工程", "柿子沟涵洞扩建", "桐花路边沟改造"],
        ),
        # A place standing already, or a kind of work with no place, is no work of the list.
        ("要推进白鹭湾泵站扩建工程、青柳湾广场。", ["白鹭湾泵站扩建工程"]),
        ("要推进槐荫东路泵站新建工程、老旧小区改造。", ["槐荫东路泵站新建工程"]),
    ],
)
def test_works_listed_with_commas_after_a_suffixed_name_are_projects(
    text: str, names: list[str]
) -> None:
    """A工程、B改造、C整治: once a 、-list names a project by its suffix, each item after it
    that names a work (its place, then the kind of work) is one too."""
    assert [p.name for p in extract_projects(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "新签约的一批项目均已配齐项目负责人。",  # 项目 before a post: the project's staff
        "推进更多便民实事项目早日落地。",  # a quantity word before a kind of project
        "摸排储备项目清单30条。",  # a project's status (储备, like 在建) is a kind
        "核查社会投资项目的审批手续。",  # who pays (社会投资) is a class of projects
        "乡里始终坚持项目为王，全程跟踪服务。",  # the verb whose object 项目 is
        "负责人介绍，项目三期将于明年启动。",  # the generic word first: an unnamed phase
    ],
)
def test_phrases_around_the_generic_word_name_no_project(text: str) -> None:
    """Words before 项目 that make a clause or a kind of project, not a name."""
    assert extract_projects(text) == []


def test_a_company_plant_after_a_town_in_a_visit_list_keeps_the_company() -> None:
    """年产N万套X after the owner company: the capacity is the plant's, not a sentence's
    figure; only the town in front is dropped."""
    text = (
        "区长带队观摩，先后来到桃溪镇星禾电子科技有限公司年产8万套智能家居项目、"
        "柳湖路改造工程、枫林乡杏花村城中村改造项目现场。"
    )
    assert [p.name for p in extract_projects(text)] == [
        "星禾电子科技有限公司年产8万套智能家居",
        "柳湖路改造工程",
        "杏花村城中村改造",
    ]


def test_a_company_plant_after_located_in_a_town_keeps_the_company() -> None:
    text = "本报讯 位于桃溪镇的星禾电子科技有限公司年产8万套智能家居项目正式投产。"
    assert [p.name for p in extract_projects(text)] == ["星禾电子科技有限公司年产8万套智能家居"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("枫林路中学扩建工程主体已封顶，预计9月交付。", ["枫林路中学扩建工程"]),
        (
            "柳湖片区城市更新项目启动征收，青榆河综合治理工程同步开工。",
            ["柳湖片区城市更新", "青榆河综合治理工程"],
        ),
    ],
)
def test_a_works_name_before_its_progress_is_named(text: str, names: list[str]) -> None:
    """…工程 followed by the part of the work built (主体) or an adverb of the predicate
    (同步, 正式): the clause goes on about the project named."""
    assert [p.name for p in extract_projects(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("与此同时，榆林路快速化改造已进入桥面铺装阶段。", ["榆林路快速化改造"]),
        ("区里推进的老旧小区改造已完成八成。", []),  # the kind of work alone: no name
        ("要加快改造，确保已完成的部分尽快投用。", []),
        # A building whose main structure is topped out or done is being built.
        ("6月3日，区妇幼保健院新院区门诊楼主体结构顺利封顶。", ["区妇幼保健院新院区门诊楼"]),
        ("目前，海棠文化中心主体已完工，正在内部装修。", ["海棠文化中心"]),
        ("目前主体结构已封顶。", []),  # the structure of a project already named: no name
        # A building printed after the works' name is the part topped out: the name ends at 工程.
        ("11月2日，桃源路中学迁建工程综合楼主体结构顺利封顶。", ["桃源路中学迁建工程"]),
        ("青榆小学改扩建工程2号楼主体已封顶。", ["青榆小学改扩建工程"]),
    ],
)
def test_a_work_named_by_its_kind_of_work_and_its_progress_is_a_project(
    text: str, names: list[str]
) -> None:
    """No 工程 or 项目 after it: X改造 followed by how far it has come (已进入, 主体已封顶), or
    a building (X楼, X中心) whose main structure is topped out or done."""
    assert [p.name for p in extract_projects(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("该项目总投资5亿元，规划建设康养公寓，目前主体工程已完成4%。", []),
        ("柳湖康养园一期项目进展顺利，眼下配套工程已封顶。", ["柳湖康养园一期"]),
        ("现阶段道路工程已完成七成。", []),
    ],
)
def test_the_works_after_a_time_word_name_no_project(text: str, names: list[str]) -> None:
    """目前主体工程已完成: the main works of the project named before, in a clause of progress."""
    assert [p.name for p in extract_projects(text)] == names


def test_a_share_of_the_works_names_no_project() -> None:
    """全部/所有/其余 in front count works already meant, as 部分项目 does: no name."""
    text = "会议要求，确保年底前完成全部附属工程，加快所有配套工程和其余绿化工程建设。"
    assert [p.name for p in extract_projects(text)] == []


def test_a_one_character_verb_before_xiangmu_makes_it_an_object() -> None:
    """以A保项目B / 以A带项目B: 项目 is the object of the verb, the words before it a clause."""
    text = "会议要求，要以效能提升保项目攻坚，以党建引领带项目建设，推进青禾智造项目建设。"
    assert [p.name for p in extract_projects(text)] == ["青禾智造"]


def test_a_verb_taking_projects_as_its_object_names_none() -> None:
    """``及时协调解决项目推进中的难题``: 项目 is the object of a verb, no project named."""
    text = "他要求，要及时协调解决项目推进中的难题，桐花路改造及时代广场项目年底前完工。"
    assert [m.name for m in extract_projects(text)] == ["桐花路改造", "时代广场"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "在桐花路排水管网改造工程现场，柏岚详细询问工程进度，要求错开高峰作业。",
            ["桐花路排水管网改造工程"],
        ),
        ("随后，林青禾了解项目进展，关注工程质量。", []),
        ("他详细了解了杏坛片区安置房项目的施工进度。", ["杏坛片区安置房"]),
    ],
)
def test_a_verb_asking_after_the_works_takes_them_as_its_object(
    text: str, names: list[str]
) -> None:
    """``详细询问工程进度``: 工程 is what was asked after, no project named with the asker."""
    assert [m.name for m in extract_projects(text)] == names


def test_a_visit_list_closing_on_what_was_checked_keeps_it_out_of_the_last_name() -> None:
    """先后察看了A、B项目建设情况: the progress checked closes the list, it names nothing."""
    text = "他先后察看了枫林产业园二期、星禾电子科技有限公司年产5万台终端生产线项目建设情况。"
    assert [p.name for p in extract_projects(text)] == [
        "枫林产业园二期",
        "星禾电子科技有限公司年产5万台终端生产线",
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("去年全县新评定市级传统村落项目12个，覆盖五个乡镇。", []),
        ("今年新入选省级文旅融合示范项目三个。", []),
        # A span of months after 项目 is when the works end: the name stands.
        ("青杉物流园项目3个月内建成投用。", ["青杉物流园"]),
    ],
)
def test_a_count_after_xiangmu_names_no_project(text: str, names: list[str]) -> None:
    """``X项目N个`` counts items of a kind (as ``N个X项目`` does): no project is named."""
    assert [p.name for p in extract_projects(text)] == names


def test_a_list_joined_to_a_kind_of_project_names_kinds_of_work() -> None:
    # …和重点项目推进: the last item is a kind of project, so are the others kinds of work.
    text = "会议研究部署我区春耕备耕、森林防火和重大项目谋划等工作。"
    assert extract_projects(text) == []


def test_both_and_pair_names_the_first_project_without_its_lead() -> None:
    text = (
        "签约项目中，既有北岭智能传感器产业园、西湖港物流园二期等产业项目，"
        "也有青松新材料研发基地等科技项目。"
    )
    assert [p.name for p in extract_projects(text)] == [
        "北岭智能传感器产业园",
        "西湖港物流园二期",
        "青松新材料研发基地",
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Put on a list of works: the name before 被列入 / 纳入 is one.
        ("今年，桂香苑老旧小区改造工程被列入市级民生实事。", ["桂香苑老旧小区改造工程"]),
        ("青禾路排水管网工程纳入省级重点。", ["青禾路排水管网工程"]),
        # A building's number is part of the name, not a figure of the sentence.
        ("按计划，丹桂里社区12号楼加装电梯工程将于10月开工。", ["丹桂里社区12号楼加装电梯工程"]),
        # An adverb, then the stage: the works named before it.
        ("村里成立合作社，枣林村红枣产业园一期由此建成。", ["枣林村红枣产业园一期"]),
        ("青榆河截污工程也已于上月完工。", ["青榆河截污工程"]),
        # A phase is a work built, whatever its predicate.
        ("镇长说，石岭村康养小院一期去年接待游客1万人次。", ["石岭村康养小院一期"]),
        # Still no name: the kind alone, a figure of the sentence, a batch of a class.
        ("老旧小区改造工程被列入民生实事。", []),
        ("背街小巷整治工程将于年底完工。", []),
        ("已有3个工程被列入计划。", []),
        ("第二期培训班今年开班。", []),
    ],
)
def test_a_suffixed_name_before_its_listing_or_stage_is_named(text: str, names: list[str]) -> None:
    """…工程被列入…, …一期由此建成, …一期今年接待…: the clause is about the project named."""
    assert [p.name for p in extract_projects(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("本报讯 5月6日，桃源街道枫林路片区管网改造完成主管铺设。", ["枫林路片区管网改造"]),
        (
            "另两处分别是榆钱路游园改造和柿子沟游园改造，均已于11月底完工。",
            ["榆钱路游园改造", "柿子沟游园改造"],
        ),
        (
            "桐花路人行道改造、榆钱路游园改造和柿子沟游园改造已全部完工。",
            ["桐花路人行道改造", "榆钱路游园改造", "柿子沟游园改造"],
        ),
        ("青石巷立面改造于3月开工。", ["青石巷立面改造"]),
        # A rate or a condition is no progress of named works; the kind alone is no name.
        ("全区老旧小区改造完成率达九成。", []),
        ("老旧小区改造，均已于年底完工。", []),
    ],
)
def test_works_named_by_their_kind_of_work_before_their_stage_are_projects(
    text: str, names: list[str]
) -> None:
    """X改造完成…, A改造和B改造，均已…完工: each work of the list, named without 工程, is one."""
    assert [p.name for p in extract_projects(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "副区长察看了正在试运行的河南瑞禾食品有限公司年产6万吨冷冻面点生产线。",
            ["河南瑞禾食品有限公司年产6万吨冷冻面点生产线"],
        ),
        ("企业负责人介绍，年产50万台智能电表生产线已完成设备安装。", ["年产50万台智能电表生产线"]),
        # Output figures (年产值, 可年产X) name no plant.
        ("全厂年产值达12亿元，可年产包装盒3亿只。", []),
    ],
)
def test_a_production_line_named_by_its_capacity_is_a_project(text: str, names: list[str]) -> None:
    """年产N万吨X生产线 names a plant without 项目; its owner company in the same run is part of
    the name, the verb phrase before the company is not."""
    assert [p.name for p in extract_projects(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("眼下，正在建设的柳湾物流园二期已完成钢结构吊装。", ["柳湾物流园二期"]),
        ("在建的青禾冷链仓储中心年底前建成投用。", ["青禾冷链仓储中心"]),
        ("正在建设的柳湾冷链中心预计10月完工。", ["柳湾冷链中心"]),
    ],
)
def test_a_name_being_built_ends_before_its_predicate(text: str, names: list[str]) -> None:
    """正在建设的X已完成…, 在建的X年底前建成: the stage the clause reports is no part of X."""
    assert [p.name for p in extract_projects(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "记者走进青禾智造产业园，一排排厂房整齐排列。眼下，青禾智造产业园二期已完成主体施工。",
        "青禾智造产业园二期项目稳步推进。在青禾智造产业园，他询问了招商情况。",
    ],
)
def test_a_whole_beside_its_phase_is_no_second_project(text: str) -> None:
    """X and X二期 in one article, whichever comes first: the phase is the project, X the
    park it is built in (or its short name)."""
    assert [p.name for p in extract_projects(text)] == ["青禾智造产业园二期"]


def test_a_headline_name_shortened_from_the_body_name_is_the_same_project() -> None:
    """The headline leaves words out of the body's name (its road section, 道路): one project,
    named as the body prints it."""
    head = "柳湾路改造工程通过验收"
    text = f"{head}\n本报讯 5月20日，柳湾路（桐柏路—青禾街）道路改造工程通过竣工验收。"
    got = extract_projects(text, headline_end=len(head))
    assert [p.name for p in got] == ["柳湾路（桐柏路—青禾街）道路改造工程"]


def test_a_headline_leaving_out_the_section_and_the_closing_gongcheng_is_the_same_project() -> None:
    """The headline prints the work done (…改造完工) without the road section and without the
    closing 工程: still the body's one project, named as the body prints it."""
    head = "桐溪路排水管网改造完工"
    text = f"{head}\n本报讯 9月3日，桐溪路（青松街—白桦路）排水管网改造工程完工。"
    got = extract_projects(text, headline_end=len(head))
    assert [p.name for p in got] == ["桐溪路（青松街—白桦路）排水管网改造工程"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "随着最后一车沥青摊铺完成，槐荫路（青石路—枫林路）道路改造工程主车道全线贯通。",
            ["槐荫路（青石路—枫林路）道路改造工程"],
        ),
        ("11月2日，柳湖大桥改建工程全线贯通。", ["柳湖大桥改建工程"]),
        # The phase is still the name's, not the part of the work skipped before the stage.
        ("村里筹资建设，杏林村葡萄产业园二期由此建成。", ["杏林村葡萄产业园二期"]),
        # The kind alone, with its part and stage: no name.
        ("全区背街小巷整治工程主体全部完工。", []),
    ],
)
def test_a_works_name_before_the_part_built_and_its_stage_is_named(
    text: str, names: list[str]
) -> None:
    """…工程主车道全线贯通: the part of the work (主车道), then its stage (贯通, 封顶, 通车)."""
    assert [p.name for p in extract_projects(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A resettlement area or a hospital's new campus, topped out or handed over.
        ("目前，白鹭湾第二安置区主体结构全部封顶。", ["白鹭湾第二安置区"]),
        ("10月8日，青石新城第五安置区首批安置房交付仪式举行。", ["青石新城第五安置区"]),
        ("6月1日，柳湖镇中心医院新院区正式投用。", ["中心医院新院区"]),
        ("新学期，海棠中学新校区正式投入使用。", ["海棠中学新校区"]),
        ("当天，海棠文化中心正式投入使用。", ["海棠文化中心"]),
        # A goal set, a condition, a short name: no handing over reported.
        ("要加快进度，国庆节前让青石停车楼投入使用。", []),
        ("柳湖康养中心投用后可提供床位300张。", []),
        ("柳湖康养中心交付使用后可提供床位300张。", []),
        ("据了解，第五安置区共建设住宅楼18栋。", []),
        ("该校新校区正式投用。", []),
    ],
)
def test_a_building_handed_over_or_put_into_use_is_a_project(text: str, names: list[str]) -> None:
    """A building handed over or put into use in the article that reports it was built as a
    project (the batch and kind of home handed over, 首批安置房, are no part of the name)."""
    assert [p.name for p in extract_projects(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "在保障供水的同时推进工程建设。",
        "在不影响通行的条件下推动工程建设。",
    ],
)
def test_a_verb_urging_the_works_on_names_no_project(text: str) -> None:
    """``…加快工程建设``: 工程 is the verb's object, the works in general, no name."""
    assert extract_projects(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("窗口为专程赶来办理项目备案的商户讲解流程。", []),
        ("大厅里，等着办理项目核准的群众不多。", []),
        ("专班帮企业办理青梅智造产业园项目施工许可证。", ["青梅智造产业园"]),
    ],
)
def test_paperwork_handled_for_projects_names_none(text: str, names: list[str]) -> None:
    """``办理项目审批``: 项目 is the object of the paperwork handled, no name before it; a name
    after 办理 stands."""
    assert [p.name for p in extract_projects(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("会上逐一研究项目落地中的用地难题。", []),
        ("以考核台账倒逼项目建设提速。", []),
        ("专班逐项研究项目进度，倒逼企业加快施工。", []),
        ("以督办事项倒逼青杉湾文旅小镇二期建设提速。", ["青杉湾文旅小镇二期"]),
    ],
)
def test_a_verb_studying_or_forcing_on_the_works_names_no_project(
    text: str, names: list[str]
) -> None:
    """``逐一研究项目推进中的问题``, ``以X倒逼项目建设``: 项目 is the object of the verb, no
    name before it; a name after the verb stands."""
    assert [p.name for p in extract_projects(text)] == names


def test_a_village_works_keep_the_village_when_its_street_runs_into_a_road() -> None:
    """X村主街道路…工程: 街道 there is the village's street and its road, no street office
    to drop; the village stays in the name, as a community's does."""
    text = "村民代表表决通过了柳湾村主街道路拓宽工程实施方案。"
    assert [p.name for p in extract_projects(text)] == ["柳湾村主街道路拓宽工程"]


def test_a_kind_of_work_named_with_its_area_is_a_project_wherever_printed() -> None:
    """X片区老旧小区改造 with no 工程 or 项目 after it names a project by its area; the bare
    kind (老旧小区改造) names none, and a longer name after the kind is read whole."""
    text = "首批启动的槐荫东路片区老旧小区改造惠及居民800户，全区老旧小区改造稳步推进。"
    assert [p.name for p in extract_projects(text)] == ["槐荫东路片区老旧小区改造"]
    longer = "副区长察看了槐荫东路片区城市更新二期。"
    assert [p.name for p in extract_projects(longer)] == ["槐荫东路片区城市更新二期"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # works named by their kind of work, their progress reported
        (
            "会议听取了柳湖路（青石街—白鹭街）拓宽改造、石榴片区管网改造进展情况汇报。",
            ["柳湖路（青石街—白鹭街）拓宽改造", "石榴片区管网改造"],
        ),
        ("会议听取了白鹭街立面提升改造进展汇报。", ["白鹭街立面提升改造"]),
        # the kind of work alone names no project, its progress reported or not
        ("会议听取了老旧小区改造进展情况汇报。", []),
    ],
)
def test_works_whose_progress_is_reported_are_projects(text: str, names: list[str]) -> None:
    assert [p.name for p in extract_projects(text)] == names


def test_the_works_one_stands_by_are_named() -> None:
    text = "站在即将完工的柳湖路（青石街—白鹭街）燃气管道迁改工程旁，居民说。"
    assert [p.name for p in extract_projects(text)] == ["柳湖路（青石街—白鹭街）燃气管道迁改工程"]


@pytest.mark.parametrize("dash", ["——", "—", "--"])
def test_a_decks_dash_is_no_part_of_the_name(dash: str) -> None:
    head = f"{dash}柳湖路燃气管道迁改工程进入收尾阶段"
    text = f"{head}\n本报讯 6月2日，记者走访了周边居民。"
    got = [p.name for p in extract_projects(text, headline_end=len(head))]
    assert got == ["柳湖路燃气管道迁改工程"]


def test_being_built_opening_a_visit_list_names_its_first_stop_alone() -> None:
    """``来到正在建设的A二期、B和C``: the modifier, and the evidence A's suffix lends, are A's;
    B, a stop with no suffix of its own, stands already."""
    text = "调研组先后来到正在建设的区青少年活动中心二期、槐荫路街道综合文化服务中心和一处书屋。"
    assert [p.name for p in extract_projects(text)] == ["区青少年活动中心二期"]
    # A stop with its own suffix is still read by it.
    text = "调研组先后来到正在建设的区青少年活动中心二期、石榴路改造工程，详细了解情况。"
    assert [p.name for p in extract_projects(text)] == ["区青少年活动中心二期", "石榴路改造工程"]


@pytest.mark.parametrize(
    "text",
    [
        "会议要求，要加快柳湖路（建设路—白鹭街）道路改造工程施工进度。",
        "柳湖路（建设路—白鹭街）道路改造工程已全线完工。",
    ],
)
def test_a_lead_word_inside_a_road_sections_bracket_is_the_roads_name(text: str) -> None:
    """``（建设路—Y）``: 建设 names a road inside the section's bracket, no verb before the name."""
    assert [p.name for p in extract_projects(text)] == ["柳湖路（建设路—白鹭街）道路改造工程"]


@pytest.mark.parametrize(
    "text",
    [
        "海棠镇“青苗领航”培育工程已实施两年，首批学员陆续结业。",
        "青石街道启动社区后备干部培养工程，第一期招收学员30人。",
        "海棠镇总工会持续实施农民工素质提升工程，开办夜校两期。",
    ],
)
def test_a_programme_that_trains_people_names_no_project(text: str) -> None:
    """``“X”培育工程``, ``…干部培养工程``, ``…素质提升工程``: a programme for people builds
    nothing."""
    assert extract_projects(text) == []


def test_a_named_area_before_dushi_stays_in_the_name() -> None:
    """都市 (a metropolis: 都市农业, 都市生态) is a word of the name, no city's 市: the named
    area in front of it (梨花湾) is not a place prefix to drop."""
    text = "要加快梨花湾都市生态农业园二期建设，培育特色种植。"
    assert [p.name for p in extract_projects(text)] == ["梨花湾都市生态农业园二期"]


def test_a_facility_being_built_ends_before_a_condition_on_its_completion() -> None:
    """正在建设的X建成后, …投用后: the condition is the sentence's, no part of X's name."""
    text = "正在建设的白杨村蔬菜冷藏配送中心建成后，可储存蔬菜500吨。"
    assert [p.name for p in extract_projects(text)] == ["白杨村蔬菜冷藏配送中心"]
    text = "正在施工的柳湾村果品分拣中心投用后，果农不出村就能卖果。"
    assert [p.name for p in extract_projects(text)] == ["柳湾村果品分拣中心"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("代表们来到青石镇白杨村草莓种植基地，察看大棚长势。", []),
        ("白杨村肉牛养殖基地、柳湾村果品分拣中心工程，均在青石镇。", ["柳湾村果品分拣中心工程"]),
        ("代表们察看了正在建设的白杨村草莓种植基地。", ["白杨村草莓种植基地"]),
    ],
)
def test_a_farm_base_stands_already_unless_said_to_be_built(text: str, names: list[str]) -> None:
    """X种植基地, X养殖基地: land farmed, that stands already, no construction by its suffix
    (an industrial 生产基地 is built); one the sentence says is being built is a project."""
    assert [p.name for p in extract_projects(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "委员们先后来到青榆路小学改扩建工程、区中医院新院区二期项目和槐花社区助老食堂，"
            "察看工程进度和运营情况。",
            ["青榆路小学改扩建工程", "区中医院新院区二期"],
        ),
        ("代表们先后察看了柳溪大道拓宽工程、桃源社区户外劳动者驿站。", ["柳溪大道拓宽工程"]),
        (
            "视察组来到枫林镇敬老院、区体育中心三期工程，了解建设和运营情况。",
            ["区体育中心三期工程"],
        ),
        (
            "检查组先后来到银杏商贸城、松岗路天然气供应站和柏溪路污水泵站扩建工程工地。",
            ["柏溪路污水泵站扩建工程"],
        ),
        ("督导组走进金桐购物中心、青石路热力供应站，察看安全隐患整改情况。", []),
    ],
)
def test_a_community_service_point_in_a_visit_list_is_a_stop(text: str, names: list[str]) -> None:
    """A canteen, a workers' post or an old people's home visited beside works being built
    stands already: a stop on the way, no project."""
    assert [p.name for p in extract_projects(text)] == names


def test_a_stop_named_after_a_city_x_zhou_is_read_on_a_visit_list() -> None:
    """A named stop opening on a city X州 and a word on 长 (杭州长丰…) names no post, so the
    visit list it stands in is read whole."""
    text = (
        "先后来到柳塘片区安置房二期、杭州长丰智能装备产业园一期、"
        "区妇幼保健院门诊楼改扩建工程项目现场。"
    )
    assert [p.name for p in extract_projects(text)] == [
        "柳塘片区安置房二期",
        "杭州长丰智能装备产业园一期",
        "区妇幼保健院门诊楼改扩建工程",
    ]


def test_a_facility_being_built_ends_at_its_site_word() -> None:
    """正在建设的X工地: the site word closes the facility's name, the clause after it is no part."""
    text = "区妇联为正在建设的区青少年活动中心工地送去西瓜和毛巾。"
    assert [p.name for p in extract_projects(text)] == ["区青少年活动中心"]


def test_a_named_phase_at_its_site_is_a_project_without_xiangmu() -> None:
    """X二期工地 with nothing in front but 在: the phase names the works, the site is dropped."""
    text = "清晨，在柳塘新材料科技园三期工地，百余名工人列队接受安全交底。"
    assert [p.name for p in extract_projects(text)] == ["柳塘新材料科技园三期"]


def test_a_verb_opening_a_street_name_stays_in_the_project() -> None:
    """推进兴华路…: a verb word glued to 路 or 街 is the first half of the street's name, not the
    sentence's verb after the lead word."""
    text = "会议要求，加快推进振兴路片区供水管网更新改造工程。"
    assert [p.name for p in extract_projects(text)] == ["振兴路片区供水管网更新改造工程"]


@pytest.mark.parametrize(
    "text",
    [
        "6月3日，区审计局30余名干部走进省廉政教育基地，在展板前驻足。",
        "当天，学生们来到海棠区劳动实践基地，学习种菜。",
    ],
)
def test_a_base_people_are_taken_to_learn_at_is_no_project(text: str) -> None:
    """X教育基地, X实践基地: a place visited to learn, which stands already, builds nothing."""
    assert extract_projects(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # Heritage crafts shown, counted and as a designation: offered, no construction.
        "广场上，太极扇、糖人制作、白鹭竹编等12个非遗项目依次亮相。",
        "国家级非遗项目白鹭竹编传承人程立本现场授艺。",
        # A tourist offering closing a list of sights: none is a work.
        "白鹭古街、青檀山景区、海棠湖夜游项目客流居前。",
        # Landmarks a route runs past stand already (等地标 is no 等地).
        "骑行线路经过海棠湖湿地公园、白鹭古街、青檀塔等地标。",
    ],
)
def test_offerings_and_landmarks_name_no_project(text: str) -> None:
    assert extract_projects(text) == []


def test_each_work_of_a_list_before_its_building_progress_is_a_project() -> None:
    """听取了A工程、B建设进展情况汇报: the progress reported says B is being built too, though
    its name ends in no work word."""
    text = "会议听取了青檀路（桃源路—月湖路）管网改造工程、白鹭湾第二安置区建设进展情况汇报。"
    assert [p.name for p in extract_projects(text)] == [
        "青檀路（桃源路—月湖路）管网改造工程",
        "白鹭湾第二安置区",
    ]


def test_a_list_run_longer_than_a_name_gives_no_cut_name_before_progress() -> None:
    """A list whose first run is cut by the name's length limit (…和B的进展情况, the run over
    24 characters): the cut part (路片区…) is no name of its own."""
    text = (
        "逐一听取松风里文化街区二期、青檀路片区城市更新一期和白鹭东路片区棚户区改造三期的进展情况。"
    )
    assert [p.name for p in extract_projects(text)] == [
        "松风里文化街区二期",
        "青檀路片区城市更新一期",
        "白鹭东路片区棚户区改造三期",
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "调研组先后察看了刚刚投用的槐荫路公交首末站、桃溪安置区二期等项目现场。",
            ["桃溪安置区二期"],
        ),
        (
            "检查组来到已建成投用的月湖停车楼、青檀路改造工程和桃溪村安置区三期项目现场。",
            ["青檀路改造工程", "桃溪村安置区三期"],
        ),
    ],
)
def test_a_stop_said_to_be_in_use_already_is_no_project(text: str, want: list[str]) -> None:
    """刚刚投用的X, 已建成投用的X: the stop stands already, even in a list of projects."""
    assert [p.name for p in extract_projects(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("这座厂房是全市今年重点实施的智能网联汽车项目之一。", []),
        (
            "郑州禾丰光电有限公司年产5万套激光模组项目是全市重点项目之一。",
            ["郑州禾丰光电有限公司年产5万套激光模组"],
        ),
    ],
)
def test_a_kind_before_project_one_of_is_no_project(text: str, want: list[str]) -> None:
    """``X项目之一``: X is a class of projects the subject belongs to; the named work, if any,
    stands before ``是``."""
    assert [p.name for p in extract_projects(text)] == want


def test_an_event_joined_by_ji_before_project_is_no_project() -> None:
    """``A会暨项目B活动``: 暨 joins two events' names, so A (an event) is no project; the
    companies' named works signed at it are."""
    text = (
        "7月3日，海棠区文化产业洽谈会暨项目签约仪式在区会展中心举行。"
        "现场，郑州青禾影视有限公司数字影棚项目、河南月湖传媒有限公司融媒体基地项目等4个项目签约。"
    )
    assert [p.name for p in extract_projects(text)] == [
        "郑州青禾影视有限公司数字影棚",
        "河南月湖传媒有限公司融媒体基地",
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "作为今年的重点项目，松风里历史街区风貌整治工程历时8个月完工，新开店铺40家。",
            ["松风里历史街区风貌整治工程"],
        ),
        (
            "白鹭湾湿地公园提升工程用时半年建成，周边居民多了一处去处。",
            ["白鹭湾湿地公园提升工程"],
        ),
    ],
)
def test_a_work_followed_by_how_long_it_took_to_finish_is_named(text: str, want: list) -> None:
    """``X工程历时N个月完工``: how long the work took, then its stage, as a date then the
    stage (``X工程今年5月完工``) names the work."""
    assert [p.name for p in extract_projects(text)] == want


def test_a_joiner_before_a_quarter_word_li_is_a_character_of_the_name() -> None:
    """锦和里, 永和里: 和 before 里 (a lane or quarter named X里) is the place's, no joiner."""
    text = "桃和里老旧街区更新工程今年5月完工。"
    assert [p.name for p in extract_projects(text)] == ["桃和里老旧街区更新工程"]


def test_a_standing_stop_in_a_visit_by_people_named_by_a_post_word_is_no_project() -> None:
    """委员们来到A美食街和正在建设的B项目现场: 委员 before the list is who visits; the visit
    makes the food street a stop that stands, as it does with no post word in front."""
    text = "代表们先后来到青檀夜市、“月湖”小吃街和正在建设的松风里文化综合体项目现场。"
    assert [p.name for p in extract_projects(text)] == ["松风里文化综合体"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "会议听取了青苔巷小区综合改造工程、柳荫北路东侧片区路灯改造的进展情况汇报。",
            ["青苔巷小区综合改造工程", "柳荫北路东侧片区路灯改造"],
        ),
        ("调度会听取了桃溪路中学迁建的建设进展。", ["桃溪路中学迁建"]),
        # 的 after work in general (全区重点工作) leaves no name
        ("会议听取了全区重点工作的进展情况。", []),
    ],
)
def test_works_joined_by_de_to_their_progress_are_projects(text: str, names: list[str]) -> None:
    """A、B的进展情况: the 的 joins the works to the progress reported, no part of B's name."""
    assert [p.name for p in extract_projects(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "截至目前，槐荫路停车楼、青苔街立体停车场已开工建设。",
            ["槐荫路停车楼", "青苔街立体停车场"],
        ),
        ("柳湾路智慧停车楼已于4月竣工。", ["柳湾路智慧停车楼"]),
        # A count of places numbers a kind, named or put into use: no project.
        ("三座智慧停车楼已开工。", []),
        ("位于桃溪路口的两处便民停车场投入使用。", []),
        # A count of car parks planned names none.
        ("今年计划新建公共停车场12处。", []),
    ],
)
def test_a_facility_named_before_its_works_stage_is_a_project(text: str, names: list[str]) -> None:
    """X停车楼、Y停车场已开工建设: a named facility as the subject of its works' start or
    end is being built, a project with no 项目 or 工程 after it."""
    assert [p.name for p in extract_projects(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("会议听取了区桃溪医院病房楼迁建进展情况汇报。", ["区桃溪医院病房楼迁建"]),
        ("会议听取了二七区柳湖中学扩建进展情况汇报。", ["柳湖中学扩建"]),
    ],
)
def test_the_sentence_before_a_first_name_is_no_district(text: str, names: list[str]) -> None:
    """听取了区X迁建: the verb phrase before the first name is dropped before its place, so
    听取了区 is no district's name and the institution keeps its 区; a district printed in
    front (二七区) is still dropped."""
    assert [p.name for p in extract_projects(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("会议要求，年内加快推进区桃溪医院东院区建设。", ["区桃溪医院东院区"]),
        ("要加快青苔新城第二安置区建设，确保群众按期回迁。", ["青苔新城第二安置区"]),
        ("柳湖中学新校区建设项目进展顺利。", ["柳湖中学新校区建设"]),
        # a campus with no institution before it names none
        ("要全力推进新院区建设。", []),
    ],
)
def test_a_place_built_as_one_before_its_building_is_a_project(text: str, names: list[str]) -> None:
    """推进X新院区建设: a campus or a resettlement area named by its own is built as one place;
    建设 after it is the verb's object noun. Before 项目 the name is the suffix's, 建设 kept."""
    assert [p.name for p in extract_projects(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "调研组先后来到区住房和城乡建设局、柳岸新区企业服务中心和青枫智能装备产业园二期"
            "项目建设现场，察看窗口服务情况。",
            ["青枫智能装备产业园二期"],
        ),
        ("督查组来到区市场监督管理局和桂岭生物医药产业园项目现场。", ["桂岭生物医药产业园"]),
        ("代表们来到区政务服务中心、松涛路综合管廊工程，了解运行情况。", ["松涛路综合管廊工程"]),
        (
            "检查组先后来到区行政审批和数据管理局、苇塘路雨水泵站工程项目现场。",
            ["苇塘路雨水泵站工程"],
        ),
    ],
)
def test_an_office_of_the_administration_in_a_visit_list_is_a_stop(
    text: str, names: list[str]
) -> None:
    """A bureau (its name may join the fields it governs with 和) or the hall where citizens'
    or firms' business is done stands already: a stop on the way, no project."""
    assert [p.name for p in extract_projects(text)] == names


def test_being_built_closing_a_joined_list_names_its_last_stop_alone() -> None:
    """``来到A、B和正在建设的C项目``: the modifier and the 项目 are C's alone; A and B, stops
    that stand already, are no projects whatever their names end in."""
    text = (
        "调研组先后来到石楠街道综合文化服务中心、青柳社区嵌入式托育园和正在建设的"
        "桐花湾康养综合体项目，实地察看服务开展情况。"
    )
    assert [p.name for p in extract_projects(text)] == ["桐花湾康养综合体"]


@pytest.mark.parametrize(
    "text",
    [
        # The whole district's campaign, after a time word: no place in front of a name.
        "会议通报了一季度全区规上企业绿色化改造、智能化升级进展情况。",
        # A firm's kinds of facility: its pilot plant is no project.
        "要鼓励企业建设工程中心、中试基地，让企业成为创新主体。",
        # How often an event comes round (每月举办一期): no phase of a work.
        "据介绍，“青年创客沙龙”每月举办一期，已吸引200余人参加。",
    ],
)
def test_a_campaign_a_kind_of_facility_or_a_frequency_names_no_project(text: str) -> None:
    assert extract_projects(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "这家面包坊是区残联和爱心企业合作开办的辅助性就业项目，门店由企业免费提供。",
        "街道引进了3个公益性就业项目，帮助困难群众在家门口上岗。",
    ],
)
def test_a_scheme_giving_people_work_is_no_project(text: str) -> None:
    """``X就业项目``: a scheme that gives people work, offered as a service is, builds nothing."""
    assert extract_projects(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "青石村党支部书记建议，加大对村级集体经济项目的指导力度。",
        "会上，各乡镇汇报了乡级特色种植项目的推进情况。",
        "推动县级文旅融合项目落地见效。",
        "会议票决产生了明年乡级民生实事项目。",
        "要让惠民工程真正成为暖心工程。",
        "要及时公开进展，让民生工程真正成为民心工程。",
    ],
)
def test_a_level_of_government_before_a_kind_of_project_names_none(text: str) -> None:
    """村级, 乡级, 县级 (as 市级, 省级) in front name the kind of project run at that level,
    no one project."""
    assert extract_projects(text) == []


def test_a_joiner_in_the_sentence_before_a_list_joins_none_of_its_names() -> None:
    """``听取了A和B局关于X、Y和Z等项目…``: the bureau's name joins the fields it governs; the
    list starts after 关于, its first item whole."""
    text = (
        "会议听取了区商务和物流局关于白榆湾物流园、青檀路冷链中心二期和石楠街道红杉路口袋公园"
        "等项目推进情况的汇报。"
    )
    assert [p.name for p in extract_projects(text)] == [
        "白榆湾物流园",
        "青檀路冷链中心二期",
        "红杉路口袋公园",
    ]


def test_a_name_joined_before_a_place_led_work_is_read() -> None:
    """``A和马寨镇B工程``: the town belongs to B; A, joined before it, is a work of its own."""
    text = "其中，石楠镇白榆体育公园和青松乡柳湖环湖步道二期工程已进入主体施工阶段。"
    assert [p.name for p in extract_projects(text)] == ["白榆体育公园", "柳湖环湖步道二期工程"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # 和 right after a town opens the name the town stands before.
        ("石楠镇和顺文化广场提升工程已进场施工。", ["和顺文化广场提升工程"]),
        # Two towns joined before one work: the work is the second's.
        ("石楠镇和青松乡柳湖步道提升工程已开工。", ["柳湖步道提升工程"]),
        # The works entering their site (也已进场) is a stage, as 也已开工 is.
        ("石楠镇青松文化广场提升工程也已进场施工。", ["青松文化广场提升工程"]),
    ],
)
def test_a_town_before_a_joiner_and_works_entering_their_site(text: str, names: list[str]) -> None:
    assert [p.name for p in extract_projects(text)] == names


def test_an_area_named_by_the_road_it_lies_beyond_keeps_its_name() -> None:
    """``X以南片区``: an area named by the road it lies beyond holds 以 in its name, no
    preposition leading the clause (以X为抓手 still does)."""
    text = "要加快柳湾路以南片区雨污分流改造工程和青禾片区供热管网改造工程建设。"
    assert [p.name for p in extract_projects(text)] == [
        "柳湾路以南片区雨污分流改造工程",
        "青禾片区供热管网改造工程",
    ]
    text = "推进石榴路以东区域燃气管网改造工程，年底前完工。"
    assert [p.name for p in extract_projects(text)] == ["石榴路以东区域燃气管网改造工程"]


def test_a_station_being_built_is_a_project() -> None:
    """``正在建设的X供热站项目工地``: 站 closes the station's name, no verb taking 项目 as
    its object (以党建引领带项目建设 is still a clause)."""
    text = "在正在建设的柳湾新城区域供热站项目工地，区长查看了锅炉安装进度。"
    assert [p.name for p in extract_projects(text)] == ["柳湾新城区域供热站"]
    assert [p.name for p in extract_projects("加快青禾片区加压站项目建设。")] == ["青禾片区加压站"]
    assert extract_projects("以党建引领带项目建设，推动发展。") == []


def test_a_work_followed_by_its_progress_is_named() -> None:
    """``听取了…关于X工程推进情况的汇报``: 推进 after a work's name says how it is going, as
    建设进展 does; the road section's bracket stays in the name."""
    text = "会议听取了区住建局关于青柳大道（桐花路—梅林路）拓宽工程推进情况的汇报。"
    assert [p.name for p in extract_projects(text)] == ["青柳大道（桐花路—梅林路）拓宽工程"]


def test_a_base_printed_with_xiangmu_is_a_work_to_build() -> None:
    """``X教育基地项目建设``: a learning base stands already when visited, but one printed as a
    项目 is being built; a kind of base alone (研学基地项目) still names none."""
    text = "加快桃溪革命传统教育基地项目建设，年内完成布展。"
    assert [p.name for p in extract_projects(text)] == ["桃溪革命传统教育基地"]
    assert extract_projects("推进研学基地项目建设。") == []


def test_one_name_before_deng_xiangmu_is_a_list_of_one() -> None:
    """``推动X等项目早日建成``: one name before 等项目 reads as ``X项目`` does; a kind of work
    (老旧小区改造等项目) names none."""
    text = "推动梧桐片区社区卫生服务中心等项目早日建成投用。"
    assert [p.name for p in extract_projects(text)] == ["梧桐片区社区卫生服务中心"]
    assert extract_projects("推动老旧小区改造等项目早日建成。") == []


def test_a_bridges_span_closed_and_the_works_it_marks_are_named() -> None:
    """``X桥梁工程主桥顺利合龙，标志着Y工程全线贯通``: a span closed is a stage of the works,
    as 贯通 is; the name after 标志着 starts after the verb."""
    text = (
        "随着最后一车混凝土浇筑完成，青柳大道跨桃溪河桥梁工程主桥顺利合龙，"
        "标志着青柳大道北延工程全线贯通。"
    )
    assert [p.name for p in extract_projects(text)] == [
        "青柳大道跨桃溪河桥梁工程",
        "青柳大道北延工程",
    ]


def test_the_time_a_work_is_due_is_no_part_of_its_name() -> None:
    text = "要倒排工期，确保年底前梧桐路西延工程主线贯通。"
    assert [p.name for p in extract_projects(text)] == ["梧桐路西延工程"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the stage it enters
        ("随着桐花片区雨污分流改造进入收尾阶段，积水问题有望解决。", "桐花片区雨污分流改造"),
        # the land cleared for it
        ("副区长带队，就梅林路快速化改造征迁清表工作现场办公。", "梅林路快速化改造"),
        # its launch
        ("9月6日，柏树街片区老旧供水管道更新改造启动。", "柏树街片区老旧供水管道更新改造"),
    ],
)
def test_an_upgrade_named_before_its_stage_is_a_project(text: str, name: str) -> None:
    assert [p.name for p in extract_projects(text)] == [name]


def test_a_facility_after_a_modifier_before_its_stage_is_a_project() -> None:
    """``位于A路与B路交叉口的X停车场建成投用``: the words before 的 place the facility; the
    name starts after it, however long the clause before."""
    text = "近日，位于桐花路与柳湖路交叉口西南角空地上的桐花路立体停车场建成投用，新增泊位200个。"
    assert [p.name for p in extract_projects(text)] == ["桐花路立体停车场"]


def test_a_works_printed_with_and_without_its_section_is_one_project() -> None:
    text = "梧桐街打通工程全长2公里。站在梧桐街（北环—南环）打通工程施工现场，他说。"
    assert [p.name for p in extract_projects(text)] == ["梧桐街（北环—南环）打通工程"]


def test_a_rank_and_a_field_before_xiangmu_name_a_kind() -> None:
    assert extract_projects("区长带队到北部城区重点交通项目现场办公。") == []


def test_a_part_of_a_road_named_by_its_kind_is_no_project() -> None:
    assert extract_projects("据了解，匝道及地面辅道工程将于明年全部完工。") == []


def test_a_section_of_a_roads_extension_is_a_project() -> None:
    """``X快速路北延Y段``: a section of a road's extension is works being built, named so
    without 工程 or 项目."""
    text = "截至目前，桐花快速路北延柳湖段涉及的80户已全部签约。"
    assert [p.name for p in extract_projects(text)] == ["桐花快速路北延柳湖段"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "此次签约的8个项目总投资21亿元，其中包括青柳湾冷链物流园、桃溪乡果蔬加工基地二期、"
            "槐荫路公共停车楼等。",
            ["青柳湾冷链物流园", "果蔬加工基地二期", "槐荫路公共停车楼"],
        ),
        ("项目包括白鹭湾文创街区、枫林路口袋公园等。", ["白鹭湾文创街区", "枫林路口袋公园"]),
        (
            "会议票决产生了明年民生实事项目，包括柳溪村文体广场建设、桃园村道路硬化工程等4件。",
            ["柳溪村文体广场建设", "桃园村道路硬化工程"],
        ),
    ],
)
def test_a_list_a_sentence_on_projects_goes_on_to_names_them(text: str, names: list[str]) -> None:
    """项目包括A、B等, and N个项目…，其中包括A、B、C等 (among them): the listed are projects."""
    assert [p.name for p in extract_projects(text)] == names


def test_the_verb_a_campaign_covers_its_works_with_is_no_part_of_the_first() -> None:
    """``覆盖A、B等N个在建项目``: the verb of what a campaign covers opens the sentence, the
    list's first name starts after it."""
    text = "本次劳动竞赛为期半年，覆盖柳湖路快速化改造工程、白鹭湾安置房二期等9个在建项目。"
    assert [p.name for p in extract_projects(text)] == ["柳湖路快速化改造工程", "白鹭湾安置房二期"]


def test_places_a_stage_verb_built_something_at_are_no_works() -> None:
    """``依托A、B等建成“X”N个``: what was built follows the verb, the places before it are where
    (they stand already); ``A、B已建成`` with nothing after reports their works' stage."""
    text = "全镇已依托银行网点、社区卫生服务中心等建成“爱心驿站”16个。"
    assert extract_projects(text) == []
    built = "白鹭湾社区卫生服务中心已建成，下月投用。"
    assert [p.name for p in extract_projects(built)] == ["白鹭湾社区卫生服务中心"]


def test_a_product_then_its_research_and_making_names_a_plant() -> None:
    """``签约A、X研发生产等6个项目``: a product then the plant's work on it (研发生产) names the
    plant to be built; a line of work alone (安全生产, 农业生产) names no project."""
    text = "现场签约光伏组件封装基地、氢燃料电池电堆研发生产等5个项目。"
    assert [p.name for p in extract_projects(text)] == [
        "光伏组件封装基地",
        "氢燃料电池电堆研发生产",
    ]
    assert extract_projects("推进春季农业生产、安全生产等3个项目。") == []


def test_names_listed_as_platforms_are_no_projects() -> None:
    """``介绍了A、B产业园等发展平台``: a list announced as platforms or carriers names the
    places that host firms, which stand already; a name there ending like a park's is none."""
    text = "推介会上，西岭区介绍了西岭经开区、智能制造产业园等发展平台和扶持政策。"
    assert extract_projects(text) == []
    assert [p.name for p in extract_projects("加快智能制造产业园等项目建设。")] == [
        "智能制造产业园"
    ]


def test_a_park_listed_before_a_stop_being_built_stands_already() -> None:
    """``来到A产业园、B公司和正在建设的C项目现场``: the sentence marks C alone as being built;
    a stop set against it that ends like a place (产业园, 基地) stands already, while one named
    as works (…工程, …改造) is still a project by its name."""
    text = "调研组先后来到西岭软件产业园、青禾云计算有限公司和正在建设的西岭区数据中心项目现场。"
    assert [p.name for p in extract_projects(text)] == ["数据中心"]
    text = "视察组先后来到桐花路拓宽工程、西岭软件产业园和正在建设的白鹭湾湿地公园二期项目现场。"
    assert [p.name for p in extract_projects(text)] == ["桐花路拓宽工程", "白鹭湾湿地公园二期"]


def test_a_work_on_counted_buildings_names_no_project() -> None:
    """``A社区6栋老旧住宅楼的外墙保温改造完工``: the buildings the work is done on are counted,
    not named, so the work after their 的 is one of a kind, no project; a facility named after
    a place's 的 still is one."""
    text = "近日，桐花路街道柳岸社区6栋老旧住宅楼的外墙保温改造完工，居民冬天更暖和了。"
    assert extract_projects(text) == []
    text = "位于桐花路与青禾路交叉口东南角的桐花路立体停车场建成投用，新增车位200个。"
    assert [p.name for p in extract_projects(text)] == ["桐花路立体停车场"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # 、 joins the official's posts before it joins the works: the list opens after 为.
        (
            "区委常委、常务副区长柯望川为白鹭湾冷链物流园一期、青檀路快速通道二期等6个项目工地授予流动红旗。",
            ["白鹭湾冷链物流园一期", "青檀路快速通道二期"],
        ),
        # Names joined before one 项目 (no 等): the first after the verb is a work too.
        (
            "区委常委、副区长柯望川调研了白鹭湾冷链物流园、青檀路游园和红杉湖湿地公园项目。",
            ["白鹭湾冷链物流园", "青檀路游园", "红杉湖湿地公园"],
        ),
    ],
)
def test_an_officials_title_chain_opens_no_list_of_works(text: str, names: list[str]) -> None:
    """``区委常委、常务副区长X为A、B等N个项目``: the items up to the last post are X's titles;
    the works start after the verb, and the post's 区 is no district in front of a name."""


def test_a_county_then_its_town_in_front_of_a_work_both_go() -> None:
    """``X县Y镇Z项目``: the county and the town in it say where, as one place does."""
    text = "目前，青岭县白溪镇菌菇种植基地扩建项目、石楠乡茶园提升项目正加快建设。"
    assert [p.name for p in extract_projects(text)] == ["菌菇种植基地扩建", "茶园提升"]


def test_a_workshop_visited_beside_a_work_stands_already() -> None:
    """A workshop (车间) a visit stops at is in use, as a factory is: in one list with a work
    being built it is a stop on the way, no project."""
    text = "代表团先后察看了援建的白溪镇就业车间、青岭县第三小学扩建项目，看望了挂职干部。"
    assert [p.name for p in extract_projects(text)] == ["第三小学扩建"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("考察团走访了两个社区，并考察了海棠区智能制造产业园。", []),
        ("代表团参观了青石湾现代农业基地，详细了解种植情况。", []),
        # a phase of the park, or its works, is being built
        ("代表团考察了海棠区智能制造产业园二期。", ["智能制造产业园二期"]),
    ],
)  # fmt: skip
def test_a_park_a_visit_stops_at_stands_already(text: str, names: list[str]) -> None:
    """A park or a base that is a visit's whole object (no phase, no 项目 after it) is the
    place visited: it stands already, no works."""
    assert [p.name for p in extract_projects(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # after a town, a name ending in 区 is the work's own (an 安置区), no second place
        ("组长带队来到石楠镇柳湾安置区二期工程现场。", ["柳湾安置区二期工程"]),
    ],
)  # fmt: skip
def test_only_a_town_follows_a_county_in_front_of_a_work(text: str, names: list[str]) -> None:
    assert [p.name for p in extract_projects(text)] == names


def test_a_workshop_a_visit_stops_at_before_one_project_is_no_project() -> None:
    """A、B项目 after 察看: the workshop stands and works already; only B is built."""
    text = "考察组先后察看了海棠区援建的杏花镇帮扶车间、桂园县第一小学扩建项目，看望了挂职干部。"
    assert [p.name for p in extract_projects(text)] == ["桂园县第一小学扩建"]


def test_the_unit_running_a_project_names_no_project() -> None:
    """``项目单位`` is the unit that runs the works, as 项目部 is: its 项目 names none, and the
    clause before it (由X会同) is no project's name."""
    text = "会议明确由区水利局会同项目单位在年内完成白鹭河堤防加固工程的资金拨付。"
    assert [p.name for p in extract_projects(text)] == ["白鹭河堤防加固工程"]


def test_the_sentences_time_word_before_a_lists_first_name_is_no_part_of_it() -> None:
    """``研究确定了今年A、B等项目``: 今年 is the sentence's, the first name starts after it."""
    got = extract_projects("会议研究确定了今年青禾湖湿地公园、柏林村供水提升工程等项目的资金安排。")
    assert [p.name for p in got] == ["青禾湖湿地公园", "柏林村供水提升工程"]


def test_a_new_type_rural_community_is_a_work_to_build() -> None:
    """``X新型农村社区`` listed with works is the estate built for villages moved together, a
    project, though a name ending in 社区 is a place otherwise."""
    got = extract_projects("今年将重点推进蒙家营新型农村社区、柏林村安置房三期等项目建设。")
    assert [p.name for p in got] == ["蒙家营新型农村社区", "柏林村安置房三期"]


def test_the_crossing_of_two_streets_names_one_place() -> None:
    """``A路与B路交叉口X工程``: the 与 joins the two streets of one crossing, no two names."""
    got = extract_projects("会议研究了青禾路与柏林路交叉口游园改造工程实施方案。")
    assert [p.name for p in got] == ["青禾路与柏林路交叉口游园改造工程"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("区长柏青岚在调研柳湾商圈项目建设时强调", []),
        ("柏青岚带队调研桐花商圈重点项目建设情况。", []),
        # a work of the area has its own name after it
        ("正在建设的柳湾商圈地下空间连通工程建成后，将连通4个商场。", ["柳湾商圈地下空间连通工程"]),
    ],
)  # fmt: skip
def test_a_shopping_area_before_project_names_the_works_in_it(text: str, names: list[str]) -> None:
    """``X商圈项目``: a shopping area stands already; its 项目 are the works inside it, no one
    work named (as ``X区域项目``)."""
    assert [p.name for p in extract_projects(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "新开工柳湖科技园一期等项目12个；竣工投用青禾广场商业综合体、柏林社区安置房等项目9个。",
            ["柳湖科技园一期", "青禾广场商业综合体", "柏林社区安置房"],
        ),
        (
            "今年建成投产星禾电子产业园二期、白鹭湾污水厂二期等项目。",
            ["星禾电子产业园二期", "白鹭湾污水厂二期"],
        ),
    ],
)  # fmt: skip
def test_the_stage_a_list_of_works_reached_is_no_part_of_the_first_name(
    text: str, names: list[str]
) -> None:
    """``竣工投用A、B等项目``: the stage reached leads the list, as ``新开工`` does."""
    assert [p.name for p in extract_projects(text)] == names


def test_a_work_named_before_its_last_stage_is_read() -> None:
    """``X工程收尾情况``: 收尾 is the works' stage, after the name as 完工 is."""
    got = extract_projects("会议听取了柳湖路（青石街—白鹭街）燃气管道迁改工程收尾情况汇报。")
    assert [p.name for p in got] == ["柳湖路（青石街—白鹭街）燃气管道迁改工程"]


def test_a_list_closed_by_yiji_names_one_project_its_last() -> None:
    """``了解A现状、B景观以及C项目推进情况``: ``以及`` adds the last matter to a list of others;
    the 项目 is that matter's alone, the items before it (or a half of ``以及``) no works."""
    text = "王某一行详细了解老街现状、沿河景观以及青石巷片区微更新项目推进情况。"
    assert [p.name for p in extract_projects(text)] == ["青石巷片区微更新"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Under way (正在施工): a work named by its kind of work alone is being built.
        ("柳荫路老街风貌提升改造正在施工，预计年内完工。", ["柳荫路老街风貌提升改造"]),
        # A street whose own name reads as an adverb alone (大同) still opens the work's name.
        ("大同路沿街风貌提升改造正在施工。", ["大同路沿街风貌提升改造"]),
        # A task opening on its verb (加强路面…) names no work, street character or not.
        ("加强路面整治改造正在施工。", []),
    ],
)
def test_a_work_under_way_on_a_named_street_is_a_project(text: str, names: list[str]) -> None:
    assert [p.name for p in extract_projects(text)] == names
