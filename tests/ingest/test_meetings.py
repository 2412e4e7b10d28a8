"""Meeting extraction: which events count as held, and their date, chair, attendees, place."""

from __future__ import annotations

import pytest

from ingest.parser.meetings import extract_meetings
from ingest.parser.model import PartialDate
from ingest.parser.people import extract_persons


def _meetings(text: str, dates: list[PartialDate] | None = None):
    return extract_meetings(text, dates or [], extract_persons(text))


def test_chair_and_attendees() -> None:
    text = (
        "3月3日上午，二七区区长苏建设主持召开安置房建设工作专题会。区委常委、副区长王传胜参加会议。"
    )
    (m,) = _meetings(text, [PartialDate(2022, 3, 3)])
    assert m.name == "安置房建设工作专题会"
    assert m.date == PartialDate(2022, 3, 3)
    assert m.chair == "苏建设"
    assert m.attendees == ["王传胜"]


def test_two_dates_pair_with_two_meetings_in_order() -> None:
    text = "11月18日、25日，二七区分别召开老旧小区改造工作调研推进会、改进城市管理工作推进会。"
    got = _meetings(text, [PartialDate(2020, 11, 18), PartialDate(2020, 11, 25)])
    assert [(m.name, m.date) for m in got] == [
        ("老旧小区改造工作调研推进会", PartialDate(2020, 11, 18)),
        ("改进城市管理工作推进会", PartialDate(2020, 11, 25)),
    ]


NAME = ("name",)
NAME_CHAIR = ("name", "chair")
CHAIR = ("chair",)

# A text, the fields compared, and those fields of each meeting found in it, in order.
MEETINGS = [
    # The held form strips the home district and reads the chair.
    ("11月19日，二七区委人大工作会议召开。区委常委、组织部长王升建主持会议。",
     ("name", "chair", "date"), [("区委人大工作会议", "王升建", PartialDate(None, 11, 19))]),
    ("12月5日，相关人员在区委常委会议室召开创文工作点评推进会。",
     ("place",), [("区委常委会议室",)]),
    ("3月31日上午，二七区组织工作暨老干部工作会议以电视电话会议形式召开。",
     NAME, [("组织工作暨老干部工作会议",)]),
    # A generic mention merges into the named meeting.
    ("区委书记陈红民带队调研并召开推进会。区领导袁斌等参加。随后召开二七商圈工作推进会。",
     ("name", "attendees"), [("二七商圈工作推进会", ["袁斌"])]),
    # Who organised the sitting (组织召开) chairs it unless the report names who presided,
    # in a later sentence too.
    ("12月6日，县委书记柏青山组织召开全县重点项目调度会议，调度项目进展。柏青山强调，要凝聚共识。"
     "县长石磊主持会议，并强调，要加强项目规划。",
     NAME_CHAIR, [("全县重点项目调度会议", "石磊")]),
    ("12月6日，县委书记柏青山组织召开全县重点项目调度会议，调度项目进展。",
     NAME_CHAIR, [("全县重点项目调度会议", "柏青山")]),
    # 和 after a whole 会议 joins two sittings, both chaired by who called them.
    ("6月3日下午，区长柏青山主持召开区政府党组（扩大）会议和区政府第十二次常务会议，研究工作。",
     NAME_CHAIR, [("区政府党组（扩大）会议", "柏青山"), ("区政府第十二次常务会议", "柏青山")]),
    # A bracket after the name says which sitting it is: part of the name as printed.
    ("8月21日，县长柏青山主持召开县长办公会（第四十九次项目工作周例会），听取汇报。",
     NAME_CHAIR, [("县长办公会（第四十九次项目工作周例会）", "柏青山")]),
    # The chair's chain closes on the body's rank (党组书记、委员X).
    ("7月24日下午，县十五届人大五次会议举行预备会议。县人大常委会党组书记、委员柏青山主持预备会议。",
     NAME_CHAIR, [("预备会议", "柏青山")]),
    # Habits and lectures are not meetings.
    ("坚持每周召开一次专题例会。每月定期召开专题会议。", NAME, []),
    ("区长苏建设给全体学员上了一堂专题党课。", NAME, []),
    ("贯彻落实省委、市委人大工作会议部署。", NAME, []),
    # Sessions opened and closed keep their printed name.
    ("1月10日上午，某某市海棠区第十六届人民代表大会第四次会议隆重开幕。"
     "大会执行主席卢秀华主持会议。",
     NAME_CHAIR, [("某某市海棠区第十六届人民代表大会第四次会议", "卢秀华")]),
    ("1月11日下午，政协海棠区第十届委员会第三次会议圆满完成各项议程，在区会议中心胜利闭幕。",
     NAME, [("政协海棠区第十届委员会第三次会议",)]),
    ("1月8日上午，海棠区第十一届人民代表大会第一次会议完成各项议程后胜利闭幕。",
     NAME, [("海棠区第十一届人民代表大会第一次会议",)]),
    # Announcing the opening is no meeting of its own.
    ("1月9日上午，政协海棠区第十届委员会第三次会议在区会议中心隆重开幕。"
     "大会主持人司马文远宣布会议开幕。",
     NAME_CHAIR, [("政协海棠区第十届委员会第三次会议", "司马文远")]),
    # The chair in every printed form.
    ("5月12日，海棠区区长任晓川在区政府四楼会议室主持召开防汛工作专题会。", CHAIR, [("任晓川",)]),
    ("6月5日，区农业农村局局长靳晓岚组织召开“三夏”生产调度会。", CHAIR, [("靳晓岚",)]),
    ("1月8日，海棠区某某工作会召开。会议由大会主席团常务主席巴永明主持。", CHAIR, [("巴永明",)]),
    ("9月6日，区委常委、区委办主任（区委保密办主任）蒋文清组织召开“携手共建”交流座谈会。",
     CHAIR, [("蒋文清",)]),
    ("3月2日，海棠区区委常委会召开会议。区委书记郑卫东主持会议。", CHAIR, [("郑卫东",)]),
    # An adverb between the chair and the verb.
    ("5月8日，区文旅局局长闻人立带队调研。闻人立随后主持召开景区安全座谈会。",
     NAME_CHAIR, [("景区安全座谈会", "闻人立")]),
    ("5月8日，区长柯远航在区政府三楼会议室亲自主持召开防汛调度会。", CHAIR, [("柯远航",)]),
    ("5月11日，市委书记贺建明主持召开市委理论学习中心组专题学习会并讲话。",
     NAME_CHAIR, [("市委理论学习中心组专题学习会", "贺建明")]),
    ("6月3日，区委统战部召开党外知识分子座谈会，区委常委、统战部部长佘晓红出席并主持。",
     NAME_CHAIR, [("党外知识分子座谈会", "佘晓红")]),
    # Quoted names, and other districts' organs.
    ("9月6日，区委常委蒋文清组织召开“携手共建”交流座谈会。", NAME, [("“携手共建”交流座谈会",)]),
    ("12月29日，中原区委常委会年度专题民主生活会召开。", NAME, [("区委常委会年度专题民主生活会",)]),
    # Fairs are not meetings.
    ("海棠区举办春季招聘会，120余家企业参加。", NAME, []),
    ("8月21日，某某镇举办西瓜产销对接会，20余家采购商参加。", NAME, []),
    # The place before the chair verb.
    ("近日，区委常委袁文斌在某某管委会二楼大会议室主持召开重点工作推进会议。",
     ("place", "chair"), [("某某管委会二楼大会议室", "袁文斌")]),
    # A meeting held by an organ keeps the name printed after the verb (as 二七区召开X会 gives
    # X会); but a body's numbered sitting is named by the body, 第N次会议 alone naming none.
    ("1月14日上午，区十六届人大一次会议主席团举行第四次会议。区委书记李志明出席。",
     NAME, [("区十六届人大一次会议主席团第四次会议",)]),
    ("11月3日，区政府召开第35次常务会议，区长任晓川主持会议。",
     NAME_CHAIR, [("区政府第35次常务会议", "任晓川")]),
    # Another district in front of its own body is 区 alone, as its organs are named.
    ("11月3日上午，海棠区政府召开第5次常务会议。", NAME, [("区政府第5次常务会议",)]),
    ("11月3日，区人大常委会召开第二十次会议。", NAME, [("区人大常委会第二十次会议",)]),
    # A chair before the verb is no body: the sitting keeps the name printed.
    ("区长任晓川主持召开第35次常务会议。", NAME, [("第35次常务会议",)]),
    # A sitting named by the posts of those who sit in it names its own organ: the body that
    # called it is dropped, as after any 召开.
    ("11月3日，海棠区人大常委会召开第12次主任会议，主任白望川主持会议。",
     NAME_CHAIR, [("第12次主任会议", "白望川")]),
    # A quarter or a batch is no sitting of a body.
    ("11月24日，我区召开第四季度重点项目推进会。", NAME, [("第四季度重点项目推进会",)]),
    # An enlarged session is one meeting with its chair.
    ("今天下午，某某区第六届人大常委会第二十七次会议召开扩大会议。"
     "区人大常委会主任许谋远等出席。许谋远主持会议。",
     NAME_CHAIR, [("某某区第六届人大常委会第二十七次会议", "许谋远")]),
    # A study session and a special meeting keep their names.
    ("3月5日，区委理论学习中心组召开集体学习会，区委书记陈红民主持并讲话。",
     NAME_CHAIR, [("集体学习会", "陈红民")]),
    # A study group's sitting has no 会 in its name: the group's, its count and its kind.
    ("9月9日，市政协党组理论学习中心组围绕文化建设，结合工作实际举行集体学习。"
     "市政协主席柏青山主持会议并讲话。",
     NAME_CHAIR, [("市政协党组理论学习中心组集体学习", "柏青山")]),
    ("6月8日晚，县委书记雷远山主持开展县委理论学习中心组2021年第四次集中学习。",
     NAME_CHAIR, [("县委理论学习中心组2021年第四次集中学习", "雷远山")]),
    # Its members studying are no sitting of it.
    ("6月8日，区委理论学习中心组成员参加集中学习。", NAME, []),
    ("3月5日下午，海棠区在区委常委会议室召开专题会议。区委书记陈红民主持会议。",
     ("name", "place"), [("专题会议", "区委常委会议室")]),
    # Session chairs and preparatory meetings.
    ("8月21日下午，政协海棠区第十五届委员会第四次会议开幕。开幕会由王志远主持。"
     "大会执行主席王志远、张焕明在主席台前排就座。",
     NAME_CHAIR, [("政协海棠区第十五届委员会第四次会议", "王志远")]),
    ("8月17日，海棠区第十九届人民代表大会第四次会议开幕。受大会主席团委托，"
     "会议由大会执行主席戴启明主持。",
     NAME_CHAIR, [("海棠区第十九届人民代表大会第四次会议", "戴启明")]),
    # A session's preparatory meeting keeps the name it is printed with.
    ("区十四届人大四次会议举行预备会议。区人大常委会主任沈奔明主持会议并讲话。",
     NAME_CHAIR, [("预备会议", "沈奔明")]),
    # The held form strips any district that only says who held it.
    ("6月9日，青石回族区2024—2025学年教师表彰大会召开。", NAME, [("2024—2025学年教师表彰大会",)]),
    ("6月9日，白鹭县秋粮收购工作推进会召开。", NAME, [("秋粮收购工作推进会",)]),
    ("6月9日，十六届区政府第八次常务会议召开。", NAME, [("十六届区政府第八次常务会议",)]),
    ("6月9日，青石社区居民议事会召开。", NAME, [("青石社区居民议事会",)]),
    # A bare 区 in front is the district, dropped as 二七区 is; before a body it stays.
    ("6月9日，区“红枫林”平安小区创建推进会召开。", NAME, [("“红枫林”平安小区创建推进会",)]),
    ("6月9日，区冬季消防安全工作会议召开。", NAME, [("冬季消防安全工作会议",)]),
    ("6月9日，区政协“委员会客厅”恳谈会召开。", NAME, [("区政协“委员会客厅”恳谈会",)]),
    ("6月9日，区政府第17次常务会议召开。", NAME, [("区政府第17次常务会议",)]),
    ("6月9日，区城市管理委员会全体会议召开。", NAME, [("区城市管理委员会全体会议",)]),
    ("6月9日，区文旅局景区安全专题会召开。", NAME, [("区文旅局景区安全专题会",)]),
    # 区直 (区直机关, 区直单位) is the organs under the district, a body: the 区 stays.
    ("3月2日，区直单位2024年度安全生产述职会召开。", NAME, [("区直单位2024年度安全生产述职会",)]),
    ("3月2日，区直机关青年理论学习小组读书会召开。", NAME, [("区直机关青年理论学习小组读书会",)]),
    # 我区 ("our district") in front is the district that held it, as a bare 区; 全区 stays.
    ("4月3日，我区背街小巷微改造现场推进会举行。", NAME, [("背街小巷微改造现场推进会",)]),
    ("4月3日，我区城乡环境整治工作会召开。", NAME, [("城乡环境整治工作会",)]),
    ("4月3日，全区城乡环境整治工作会召开。", NAME, [("全区城乡环境整治工作会",)]),
    # A congress's full name is kept, its day printed after the name; 大会由X主持 chairs it.
    ("青石区残疾人第四次代表大会5月20日在区会议中心开幕。大会由区残联副理事长柳云歌主持。",
     NAME_CHAIR, [("青石区残疾人第四次代表大会", "柳云歌")]),
    ("青石区工商业联合会第九次代表大会10月8日上午隆重开幕。", NAME,
     [("青石区工商业联合会第九次代表大会",)]),
    # A meeting named all in quotes keeps them; 主持 then the meeting's kind names the chair.
    ("4月2日晚，桂花社区召开“楼栋恳谈会”，商议加装电梯事宜。社区主任莫晚晴主持恳谈会。",
     NAME_CHAIR, [("“楼栋恳谈会”", "莫晚晴")]),
    # A quoted phrase holding a 、 stays inside the name.
    ("6月3日，青石街道召开“楼长点单、单位接单”联席会议，办事处主任沈若川主持会议。",
     NAME_CHAIR, [("“楼长点单、单位接单”联席会议", "沈若川")]),
    ("6月3日，青石街道召开“点单、接单”恳谈会、物业联席会议。", NAME,
     [("“点单、接单”恳谈会",), ("物业联席会议",)]),
    # A count in front (一场, 一次) is a measure word, no part of the name.
    ("6月2日晚，桂花社区楼下，一场议事会召开，社区主任莫晚晴主持会议。", NAME_CHAIR,
     [("议事会", "莫晚晴")]),
    ("6月2日，青石村召开了一次村民恳谈会。", NAME, [("村民恳谈会",)]),
    # 专题 opening a name after 召开 is the meeting's own word, kept as printed.
    ("7月8日，青石县人大常委会召开专题评议会，副主任柳云歌主持会议。", NAME_CHAIR,
     [("专题评议会", "柳云歌")]),
    ("7月8日，桂花镇召开专题听证会。", NAME, [("专题听证会",)]),
    # A meeting held in a relative clause, its chair in the 由X主持 that follows.
    ("6月4日，委员们参观了青石镇卫生院。随后召开的恳谈会由镇党委副书记欧阳静川主持。",
     NAME_CHAIR, [("恳谈会", "欧阳静川")]),
    # ... and one held in a relative clause after 举行 (在B举行的A上), its holder dropped.
    ("“这一年没白干。”6月5日，在区妇联举行的巾帼志愿服务年度分享会上，柳云歌说。",
     NAME_CHAIR, [("巾帼志愿服务年度分享会", None)]),
    # A meeting decided on for a later day is not held.
    ("会议听取了汇报，决定于11月下旬召开区人大常委会第二十次会议。", NAME, []),
    ("会议定于下月初召开全区安全生产工作会议。", NAME, []),
    # A session awaited (迎接X召开 inside the clause) is not held; a meeting named for what
    # it prepares (迎接…动员会召开, the clause opening on the verb) is.
    ("委员们要认真撰写提案，以饱满热情迎接区政协九届三次会议召开。", NAME, []),
    ("全体代表以昂扬斗志喜迎青石县第十二届人民代表大会第一次会议召开。", NAME, []),
    ("4月2日，迎接省级卫生城市复审动员会召开。", NAME, [("迎接省级卫生城市复审动员会",)]),
    # A session added to one reported before, its day after 于 (也于日前闭幕).
    ("海棠区第九届人民代表大会第二次会议闭幕。政协海棠区第八届委员会第二次会议也于日前闭幕。",
     NAME, [("海棠区第九届人民代表大会第二次会议",), ("政协海棠区第八届委员会第二次会议",)]),
    ("政协青石县第五届委员会第三次会议亦于昨日胜利闭幕。", NAME,
     [("政协青石县第五届委员会第三次会议",)]),
    # A visit's leader who then calls a sitting in the visit's sentence (X…察看了A、B，并召开Y会)
    # chairs it; a chair printed in the same sentence, or whom a later one says it was chaired
    # by, chairs it still.
    ("本报讯 6月3日，县委书记祁远舟实地察看了两个产业园，并召开现场办公会，听取汇报。",
     NAME_CHAIR, [("现场办公会", "祁远舟")]),
    ("本报讯 6月3日，县委书记祁远舟实地察看了两个产业园，并召开现场办公会，"
     "副县长柯明川主持会议。",
     NAME_CHAIR, [("现场办公会", "柯明川")]),
    ("本报讯 5月13日，区政协主席祁远舟带领部分委员走访两家民营企业，并召开座谈会，"
     "听取意见建议。座谈会由区政协副主席柯明川主持。",
     NAME_CHAIR, [("座谈会", "柯明川")]),
    # Who gathers the people for a meeting in one clause (X组织分管领导和相关部门召开Y会) and
    # the leader of a party who calls one (X一行在…召开Y会) chair it.
    ("本报讯 9月2日，市长祁远舟带领相关部门负责人调研。随后，祁远舟组织分管领导和"
     "相关部门召开重点工作推进会，听取汇报。",
     NAME_CHAIR, [("重点工作推进会", "祁远舟")]),
    ("本报讯 3月3日，县长祁远舟专题调研城市建设工作。调研结束后，祁远舟一行在县政府"
     "会议室召开座谈会。",
     NAME_CHAIR, [("座谈会", "祁远舟")]),
    # 沟通 after the name says what the meeting was called for, no part of its name.
    ("本报讯 10月27日，青禾区党政代表团来我市考察协作工作并召开座谈会沟通交流协作事宜。"
     "市委常委、常务副市长柯明川主持会议。",
     NAME_CHAIR, [("座谈会", "柯明川")]),
    # X在…召开Y会，Z主持会议: X called it, Z chaired it; a 主持 in a later sentence chairs
    # something else.
    ("本报讯 1月22日，县委常委祁远舟在县行政中心召开分管领域工作调度会，"
     "副县长柯明川主持会议。会上，各单位作了布置。",
     NAME_CHAIR, [("分管领域工作调度会", "柯明川")]),
    ("本报讯 1月22日，县委常委祁远舟在县行政中心召开分管领域工作调度会。"
     "会后，副县长柯明川主持签约仪式。",
     NAME_CHAIR, [("分管领域工作调度会", "祁远舟")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fields", "found"), MEETINGS)
def test_meetings_found(text: str, fields: tuple[str, ...], found: list[tuple]) -> None:
    got = [tuple(getattr(m, f) for f in fields) for m in _meetings(text)]
    assert got == found


def test_a_meeting_named_before_its_day_and_verb_keeps_its_printed_name() -> None:
    text = (
        "区九届人大常委会第十二次会议6月3日至4日举行。3日上午的第一次全体会议由区人大常委会主任"
        "贺立原主持，4日下午的第二次全体会议由副主任钱明川主持。"
    )
    (m,) = _meetings(text)
    assert m.name == "区九届人大常委会第十二次会议"
    assert m.chair == "贺立原"


def test_two_co_chairs_give_the_first_printed() -> None:
    text = "区法院、区检察院召开工作联席会议。区法院院长钱明川、区检察院检察长贺立原共同主持会议。"
    (m,) = _meetings(text)
    assert m.chair == "钱明川"


def test_a_chair_with_the_post_after_the_name() -> None:
    text = "本报讯 4月9日，祁远舟副区长主持召开河道清淤推进会，部署汛前工作。"
    (m,) = _meetings(text)
    assert (m.name, m.chair) == ("河道清淤推进会", "祁远舟")


def test_a_chair_after_a_visit_clause_in_the_same_sentence() -> None:
    """X先后…调研，随后主持召开Y会: X, the subject of the whole sentence, chairs Y."""
    text = "本报讯 6月3日，区长祁远舟先后深入三个在建工地调研，随后主持召开汛前安全调度会。"
    (m,) = _meetings(text)
    assert (m.name, m.chair) == ("汛前安全调度会", "祁远舟")


def test_the_leader_of_a_visit_who_calls_a_meeting_on_the_spot_chairs_it() -> None:
    """X带领…到…一线，现场召开Y会: X, leading the visit, calls the meeting there."""
    text = (
        "本报讯 6月3日，副区长祁远舟带领区水利局、桐花街道负责人，到柳河治理工程一线，"
        "现场召开调度会，研究解决施工难题。"
    )
    (m,) = _meetings(text)
    assert (m.name, m.chair) == ("调度会", "祁远舟")


def test_a_sitting_within_a_session_named_in_the_headline_names_the_bodys_meeting() -> None:
    """The headline names the sitting (X次会议主席团第四次会议召开), the body only the session
    it was held in (X次会议在…召开): one meeting, the sitting."""
    headline = "区九届人大二次会议主席团第四次会议召开\n"
    text = headline + "2月9日下午，区九届人大二次会议在区行政中心召开。柏青岚主持会议。"
    (m,) = extract_meetings(text, [], extract_persons(text), len(headline))
    assert m.name == "区九届人大二次会议主席团第四次会议"


def test_a_meeting_named_only_in_the_headline_takes_the_body_chair() -> None:
    headline = "区政府召开老旧管网改造调度会议\n"
    text = headline + "本报讯 4月9日，区长姜望舒主持会议，听取各街道汇报。"
    (m,) = extract_meetings(text, [], extract_persons(text), len(headline))
    assert (m.name, m.chair) == ("老旧管网改造调度会议", "姜望舒")


def test_a_chair_printed_only_in_the_headline_chairs_the_body_meeting() -> None:
    """The body names the meeting (X委员会召开会议) and prints no chair; the headline does."""
    headline = "韩知秋主持召开区委财经委员会会议\n"
    text = headline + "本报讯 3月2日，区委财经委员会召开会议，研究一季度经济运行工作。"
    persons = extract_persons(text, ["韩知秋"])
    (m,) = extract_meetings(text, [], persons, len(headline))
    assert (m.name, m.chair) == ("区委财经委员会", "韩知秋")


def test_two_bodies_holding_one_meeting_keep_their_mark() -> None:
    text = "二七讯 5月6日，区法院、区检察院联席会议召开。区法院院长钱明川主持。"
    (m,) = _meetings(text)
    assert (m.name, m.chair) == ("区法院、区检察院联席会议", "钱明川")


def test_a_leading_group_named_before_the_verb_keeps_its_district() -> None:
    text = "本报讯 6月3日，区智慧社区建设领导小组第三次全体会议召开。"
    (m,) = _meetings(text)
    assert m.name == "区智慧社区建设领导小组第三次全体会议"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("本报讯 5月9日，区人大代表视察石榴街道便民中心，并召开座谈会听取商户建议。", "座谈会"),
        ("本报讯 5月9日，区委召开常委会研究部署秋粮收购工作。", "常委会"),
        ("本报讯 5月9日，区总工会召开恳谈会征求职工意见。", "恳谈会"),
    ],
)
def test_a_meeting_held_to_do_something_ends_before_what_it_did(text: str, name: str) -> None:
    """召开座谈会听取…: what the meeting was called to do follows its name without a comma."""
    assert [m.name for m in _meetings(text)] == [name]


def test_a_later_short_name_ending_a_held_meeting_refers_back_to_it() -> None:
    """…观摩讲评会召开 … 在随后召开的讲评会上: the page reports one meeting, not a second."""
    text = (
        "3月5日，全区一季度民生工程观摩讲评会召开。区长柏远舟主持会议。"
        "与会人员先后察看了5个点位。在随后召开的讲评会上，各镇逐一汇报了进展。"
    )
    assert [(m.name, m.chair) for m in _meetings(text)] == [
        ("全区一季度民生工程观摩讲评会", "柏远舟")
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "当天，柳湾村2024年度股份经济合作社分红大会举行。大会由村党支部书记邝守田主持。",
            "2024年度股份经济合作社分红大会",
        ),
        ("6月2日，青石镇白杨村村民代表会议召开，村党支部书记邝守田主持会议。", "村民代表会议"),
    ],
)
def test_a_village_in_front_of_a_held_meeting_is_dropped(text: str, name: str) -> None:
    """X村Y会举行: the village (and its town) only says who held the meeting and where, as a
    village that 召开s one is dropped; the year inside the name stays."""
    (m,) = _meetings(text)
    assert (m.name, m.chair) == (name, "邝守田" if "邝守田" in text else None)


@pytest.mark.parametrize(
    "name",
    ["全区农村人居环境整治推进会", "乡村振兴工作推进会", "美丽乡村建设观摩会", "城中村改造工作会"],
)
def test_a_held_meeting_opening_on_a_word_ending_in_village_keeps_it(name: str) -> None:
    """农村, 乡村, 城中村 end in 村 but name no village that held the meeting."""
    (m,) = _meetings(f"6月2日，{name}召开。")
    assert m.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("6月4日，青石镇纪委召开集中清理工作推进会，邝守田主持会议。", "集中清理工作推进会"),
        ("6月4日，区林业局召开集中攻坚行动部署会。", "集中攻坚行动部署会"),
        ("6月2日，青石镇召开集中学习会。", "集中学习会"),
    ],
)
def test_jizhong_opening_a_campaign_name_stays_in_the_meeting(text: str, name: str) -> None:
    """集中清理工作: 集中 opens the name of the work the meeting is about, no adverb."""
    (m,) = _meetings(text)
    assert m.name == name


def test_a_term_in_front_of_the_district_committee_stays_in_the_meeting() -> None:
    """九届区委第N轮巡察…会: the term says which committee's round it is, no district that only
    held it (中原区委… drops the district)."""
    (m,) = _meetings("本报讯 6月9日，九届区委第三轮巡察工作动员会召开。")
    assert m.name == "九届区委第三轮巡察工作动员会"
    (m,) = _meetings("6月2日，中原区委常委会召开。")
    assert m.name == "区委常委会"


def test_a_press_conference_held_is_a_meeting_and_a_launch_is_not() -> None:
    """A 新闻发布会 gathers people to hear a release and ask questions, as a 报告会 does, and
    is chaired as 发布会由X主持; a product's or a project's 发布会 is a trade event."""
    held = _meetings(
        "10月8日，第三届青岚山越野赛新闻发布会在区文化中心举行。发布会由区委宣传部副部长"
        "东方若水主持。"
    )
    assert [(m.name, m.chair) for m in held] == [("第三届青岚山越野赛新闻发布会", "东方若水")]
    assert _meetings("6月3日，某某科技公司新品发布会在会展中心举行。") == []


def test_a_held_name_whose_own_word_is_in_quotes_ends_on_the_closing_quote() -> None:
    text = (
        "本报讯 5月16日上午，第8期“银企茶叙会”在海棠区金融服务港举行，9家企业负责人参加。"
        "茶叙会由副区长柏千里主持。"
    )
    (m,) = _meetings(text)
    assert (m.name, m.chair) == ("第8期“银企茶叙会”", "柏千里")


def test_a_get_together_is_no_meeting() -> None:
    """A 联谊会 held (举办) is a get-together, as a 联欢会 is: no meeting; a 联谊会 is also a
    body, whose 会员大会 held is a meeting."""
    assert _meetings("11月5日，柳岸社区举办了一场邻里联谊会，60余名居民欢聚一堂。") == []
    (m,) = _meetings("11月6日，青柳县青年企业家联谊会第三次会员大会召开。")
    assert m.name == "青年企业家联谊会第三次会员大会"


def test_a_street_or_town_in_front_of_a_held_name_only_says_who_held_it() -> None:
    """``X街道“Y”联盟成立大会举行`` gives ``“Y”联盟成立大会``, as ``X街道召开Y会`` gives ``Y会``; a
    body of the street (its 党工委) or a community it holds stays part of the name."""
    (m,) = _meetings("本报讯 3月6日，桐花路街道“邻里守望”志愿联盟成立大会举行。")
    assert m.name == "“邻里守望”志愿联盟成立大会"
    (m,) = _meetings("4月2日，青禾镇春季植树工作动员会举行。")
    assert m.name == "春季植树工作动员会"
    (m,) = _meetings("5月8日，桐花路街道党工委（扩大）会议召开。")
    assert m.name == "桐花路街道党工委（扩大）会议"
    (m,) = _meetings("6月3日，桐花路街道柳岸社区居民议事会举行。")
    assert m.name == "桐花路街道柳岸社区居民议事会"
    (m,) = _meetings("7月1日，城乡环境整治工作推进会举行。")
    assert m.name == "城乡环境整治工作推进会"


def test_a_session_opening_the_lead_after_its_dateline_is_found() -> None:
    """本报讯 starts the lead's first clause; the session's name starts after it."""
    found = _meetings("本报讯 海棠区九届人大三次会议近日胜利闭幕，会议选举产生了新一届领导。")
    assert [m.name for m in found] == ["海棠区九届人大三次会议"]


def test_a_towns_congress_sitting_by_its_term_keeps_the_town() -> None:
    """``X镇第N届人民代表大会第M次会议召开``: a sitting of the town's own congress, a body of
    it, named in full with the town as printed."""
    (m,) = _meetings("12月2日，青禾镇第九届人民代表大会第四次会议召开。")
    assert m.name == "青禾镇第九届人民代表大会第四次会议"
    (m,) = _meetings("12月3日，柳溪乡十八届人大三次会议召开。")
    assert m.name == "柳溪乡十八届人大三次会议"


def test_a_half_width_full_stop_ends_the_meeting_name() -> None:
    """A page set in half-width punctuation ends the sentence on ``.``: the name of the meeting
    called there ends before it, as before ``。`` (``X召开Y推进会.`` gives ``Y推进会``)."""
    got = _meetings("本报讯 5月3日，青禾区召开2019年背街小巷整治工作推进会.会议要求各单位抓好落实.")
    assert [m.name for m in got] == ["2019年背街小巷整治工作推进会"]


def test_a_half_width_full_stop_is_no_character_of_a_meetings_name() -> None:
    """``X会召开.Y主持会议.``: the stop ends the sentence, so no name runs over it (no meeting
    ``.Y主持会议``); a decimal point (``2.0版``) is a character of the name."""
    got = _meetings("5月3日，背街小巷整治工作推进会召开.副区长蒙小荷主持会议.")
    assert [(m.name, m.chair) for m in got] == [("背街小巷整治工作推进会", "蒙小荷")]
    assert [m.name for m in _meetings("召开2.0版升级推进会。")] == ["2.0版升级推进会"]


def test_the_partys_full_name_of_a_district_committee_is_kept_in_a_session() -> None:
    """``中共某区委十届七次全体（扩大）会议召开``: the party's full name of the committee is the
    session's formal name, kept whole; ``某区委常委会`` still drops the district."""
    got = _meetings("6月2日，中共青禾区委九届四次全体（扩大）会议召开。")
    assert [m.name for m in got] == ["中共青禾区委九届四次全体（扩大）会议"]
    got = _meetings("6月2日，青禾区委常委会召开会议。")
    assert [m.name for m in got] == ["区委常委会"]


@pytest.mark.parametrize(
    "text",
    [
        "3月5日，青石社区举办“老街故事会”，5名老居民讲述街巷往事。",
        "3月5日，青石社区举办老街故事会，5名老居民讲述街巷往事。",
    ],
)
def test_a_story_telling_show_held_is_no_meeting(text: str) -> None:
    """A 故事会 is a show of stories told to an audience, as a 音乐会 is of music: no meeting,
    its name quoted or not."""
    assert _meetings(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A session's opening sitting chaired: the session's chair; the guests' wishes and the
        # chair's announcement name no meeting of their own.
        (
            "2月10日，政协海棠区第六届委员会第三次会议开幕。区委书记柏青禾等应邀出席，祝贺大会召开。"
            "开幕会由区政协主席林秋实主持。林秋实宣布政协海棠区第六届委员会第三次会议开幕。",
            [("政协海棠区第六届委员会第三次会议", "林秋实")],
        ),
        # A relative clause about the meeting (…召开的一次重要会议) is no second meeting.
        (
            "1月5日，区九届人大三次会议召开代表团团长会议，区人大常委会主任罗青禾主持会议。"
            "罗青禾强调，本次大会是在关键时刻召开的一次重要会议。",
            [("代表团团长会议", "罗青禾")],
        ),
        # Who called the people together chaired them.
        (
            "4月12日，区发改委主任邱青禾召集相关部门，主持召开二季度重点项目观摩筹备会议。",
            [("二季度重点项目观摩筹备会议", "邱青禾")],
        ),
        # The visitor of the clauses before chaired the meeting after 并.
        (
            "4月24日，区长郝晚照先后来到青石镇、滨湖新区，实地调研城中村改造项目，并主持召开座谈会。",
            [("座谈会", "郝晚照")],
        ),
        (
            "11月7日，区长郝晚照调研“城建提速”项目，并主持召开专题会议研究项目推进。",
            [("专题会议", "郝晚照")],
        ),
        # How long a session lasted is no part of its name.
        (
            "28日上午，为期3天的中共丰源区第九届代表大会第一次会议圆满闭幕。",
            [("中共丰源区第九届代表大会第一次会议", None)],
        ),
    ],
)
def test_sessions_opened_chaired_and_announced(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(m.name, m.chair) for m in _meetings(text)] == expected


def test_a_bracket_of_sittings_held_with_a_meeting_is_no_part_of_its_name() -> None:
    """``召开X推进会（A会议、B会议）``: the bracket lists the sittings held with it; the
    name ends before it, and the chair is the one who chaired X."""
    text = (
        "10月9日上午，在区行政中心召开区政府全体（扩大）会议暨重点项目攻坚推进会"
        "（区安全生产委员会第三次会议、区食品安全委员会第二次全体会议）。"
        "区长柏青禾主持并讲话。"
    )
    assert [(m.name, m.chair) for m in _meetings(text)] == [
        ("区政府全体（扩大）会议暨重点项目攻坚推进会", "柏青禾")
    ]
    # A bracket inside the bracket (…保护（林长制）委员会…) is closed: the name ends before the
    # outer one.
    nested = text.replace("区安全生产委员会", "区生态环境保护（林长制）委员会")
    assert [m.name for m in _meetings(nested)] == ["区政府全体（扩大）会议暨重点项目攻坚推进会"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The official who calls a meeting, its subject, chairs it, with or without the room.
        (
            "6月17日，区长柏青禾在区政府三楼会议室召开区政府第9次常务会议。",
            [("区政府第9次常务会议", "柏青禾")],
        ),
        (
            "4月19日，办事处主任郝晚照召开青石街道城建项目现场推进会。",
            [("青石街道城建项目现场推进会", "郝晚照")],
        ),
        # A meeting someone else held, where the official spoke: no chair.
        ("区长柏青禾在随后召开的座谈会上指出，要抓好落实。", [("座谈会", None)]),
        # A session's closing sitting held after it: the sitting, its own name, and no verb
        # of it read as the session's.
        (
            "3月18日，政协海棠区第六届委员会第五次会议胜利闭幕。随后，召开区政协六届五次会议闭幕会。",
            [("政协海棠区第六届委员会第五次会议", None), ("区政协六届五次会议闭幕会", None)],
        ),
    ],
)
def test_chairs_who_call_meetings_and_closing_sittings(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(m.name, m.chair) for m in _meetings(text)] == expected


def test_the_reports_short_name_is_no_part_of_a_meetings_name() -> None:
    text = (
        "3月28日，《兴和区发展战略规划研究》（以下简称《规划研究》）项目对接研讨会在区会议室召开。"
    )
    assert [m.name for m in _meetings(text)] == ["《兴和区发展战略规划研究》项目对接研讨会"]


def test_a_meeting_to_be_held_well_is_none_held() -> None:
    text = (
        "3月15日，区委书记柏青禾主持召开区委常委会。会议要求精心筹备，确保组织好、"
        "召开好区十七届人大五次会议和区政协十三届五次会议。"
    )
    assert [(m.name, m.chair) for m in _meetings(text)] == [("区委常委会", "柏青禾")]


def test_every_sitting_inside_a_nested_bracket_after_the_name_is_none() -> None:
    text = (
        "9月30日上午，召开区政府全体（扩大）会议暨项目投资工作推进会（区生态环境保护（林长制）"
        "委员会第三次会议、区安全生产委员会第四次会议、区食品安全委员会第三次全体会议）。"
        "区长柏青禾主持并讲话。"
    )
    assert [(m.name, m.chair) for m in _meetings(text)] == [
        ("区政府全体（扩大）会议暨项目投资工作推进会", "柏青禾")
    ]


def test_a_clock_time_on_the_line_before_is_no_part_of_the_name() -> None:
    # The page's lines joined into a paragraph glue the time to the name.
    text = "13:30区政府第67次常务会议在区大厦11楼会议室召开。"
    assert [m.name for m in _meetings(text)] == ["区政府第67次常务会议"]


def test_a_count_of_sittings_held_is_no_meeting() -> None:
    text = (
        "5年来，先后召开5次全会和20次常委会，组织召开11次座谈会。3月2日，区政府召开第35次常务会议。"
    )
    assert [m.name for m in _meetings(text)] == ["区政府第35次常务会议"]


def test_a_chair_addressed_by_the_post_after_the_name_in_the_by_form() -> None:
    """会议由X主席主持: the post printed after the name as a form of address."""
    text = "3月5日上午，区政协召开七届九次主席会议，会议由钱明川主席主持。"
    (m,) = _meetings(text)
    assert (m.name, m.chair) == ("七届九次主席会议", "钱明川")


def test_a_meeting_of_two_sides_keeps_the_first_side() -> None:
    """A县与B区…座谈会: the county in front is one side of the meeting, no holder to drop."""
    text = "7月21日上午，远舟县与青禾市白鹭区对口合作座谈会召开，双方签订合作协议。"
    assert [m.name for m in _meetings(text)] == ["远舟县与青禾市白鹭区对口合作座谈会"]


def test_a_body_named_in_hui_before_the_verb_holds_the_meeting_after_it() -> None:
    """到园区管委会召开专题会议: the committee held it; 协商会召开 is a meeting held."""
    assert [m.name for m in _meetings("随后，到园区管委会召开专题会议，听取汇报。")] == ["专题会议"]
    held = _meetings("区政协“委员议事厅”协商会召开，围绕议题协商议政。")
    assert [m.name for m in held] == ["区政协“委员议事厅”协商会"]


def test_quyu_opening_a_meeting_name_is_no_district() -> None:
    text = "4月2日，青禾区召开区域化党建“聚合力”推进会。"
    assert [m.name for m in _meetings(text)] == ["区域化党建“聚合力”推进会"]


def test_a_bracket_listing_with_a_comma_inside_the_name_stays_in_it() -> None:
    text = (
        "7月2日，全市县（市、区）人大常委会主任座谈会在远舟召开。市人大常委会副主任柯明川主持会议。"
    )
    assert [(m.name, m.chair) for m in _meetings(text)] == [
        ("全市县（市、区）人大常委会主任座谈会", "柯明川")
    ]
