"""Meetings an article reports as held: name as printed, date, chair, attendees, place.

Only events the text says took place count (召开, 举行, 会议召开, 随后召开的…会上, a session
隆重开幕 or 胜利闭幕); a habit (每周召开一次专题例会), a 党课 or a job fair is not a meeting.
Names are kept as printed, except that the home district's own name is dropped from the
front of "X召开" headlines so the same body gets one name: 二七区委常委会召开 → 区委常委会,
二七区营商环境…工作会召开 → 营商环境…工作会 (and any district before its 区委: 中原区委常委会
→ 区委常委会; a bare 区 too: 区“平安小区”创建推进会召开 → “平安小区”创建推进会, while
区政协…协商会 keeps the body). A session's or a congress's full name is kept
(政协郑州市二七区第十届委员会第三次会议, 二七区妇女第三次代表大会).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from archive.titles import HOME_DISTRICTS

from .dates import printed_dates, valid_date
from .model import MeetingMention, PartialDate, PersonMention
from .names import OFFICE_RE
from .normalize import CLAUSE_CHAR, HALF_STOP_AFTER, LEAD_DATELINE

# A character of a meeting's name: one of a clause, but no half-width full stop after a Chinese
# character (a page set in half-width punctuation ends its sentences so; ``.`` after a digit or
# a letter is a decimal point or an abbreviation's, a character of the name).
_NAME_CHARS = rf"(?:[^，。；：、！？\s.]|(?<![{HALF_STOP_AFTER}])\.)"
_HALF_STOP_RE = re.compile(rf"(?<=[{HALF_STOP_AFTER}])\.")
_MEETING_END = r"(?:会议|会)"
# A page set in half-width punctuation ends a sentence on ``.`` (commas and colons are made
# full-width by normalize_line; its stop is not, as ``.`` may be a decimal point).
_AFTER = r"(?=[，。；：、！？\s.]|$)"
# One meeting's name after the verb; a name all in quotes (召开“居民恳谈会”) keeps them.
# A quoted phrase inside the name may hold a 、 (召开“A、B”联席会议).
_NAME_PIECE = rf"(?:{_NAME_CHARS}|“[^“”，。；\s]{{1,30}}?”)"
# A bracket after the name says which sitting it is (县长办公会（第四十九次项目工作周例会）):
# part of the name as printed.
_SITTING_BRACKET = r"(?:（[^（）“”，。；]{2,30}）)?"
_CONVENED = (
    rf"(?:{_NAME_PIECE}{{2,60}}?{_MEETING_END}{_SITTING_BRACKET}"
    rf"|“[^“”，。]{{2,40}}?{_MEETING_END}”)"
)
# What a meeting was called to do, printed straight after its name (召开座谈会听取意见;
# headlines read it too: ``……推进会`` / ``部署……``).
PURPOSE_VERBS = "听取|研究|部署|传达|征求|交流|沟通|总结|分析|通报|安排|调度"
# 召开(了)A、B: one or more meetings after the verb.
# …主持召开X会并讲话: the name ends before 并 too, and before what it was called to do.
# 召开好X会议 ("hold it well"): a task set for a meeting to come, none held.
_CONVENE_RE = re.compile(
    rf"(?:召开|举行|举办)(?!好)了?(?P<list>{_CONVENED}(?:、{_CONVENED})*)"
    rf"(?=[，。；：、！？\s.]|并|{PURPOSE_VERBS}|$)"
)
# The verbs that report a meeting held and a session opened or closed (headlines read them too).
HELD_VERBS = "召开|举行"
SESSION_VERBS = "开幕|闭幕"
# 召开 / 举行 after a meeting's name, 区委常委会召开会议 included.
_HELD_VERB = rf"(?:{HELD_VERBS})(?:了?(?:专题|全体|扩大)?会议)?"
# A session's 隆重开幕 / 胜利闭幕.
_SESSION_VERB = rf"(?:隆重|胜利|顺利|圆满)?(?:{SESSION_VERBS})"
# A会议召开 / A会以电视电话会议形式召开 / A会在B举行 / 区委常委会召开会议.
# The day may stand between the name and the verb (X会议3月6日召开, X会议4月14日至15日举行).
_HELD_WHEN = r"(?:\d{1,2}月\d{1,2}日(?:至\d{1,2}日)?)?(?:上午|下午|晚上)?"
# A name whose own word is in quotes (第12期“政企早餐会”在B举行) ends on the closing quote.
_HELD_RE = re.compile(
    rf"(?P<name>{_NAME_CHARS}{{2,60}}?{_MEETING_END}"
    rf"|{_NAME_CHARS}{{0,30}}?“[^“”，。]{{1,30}}?{_MEETING_END}”){_HELD_WHEN}"
    rf"(?:以{_NAME_CHARS}{{1,12}}?形式|在(?P<place>{_NAME_CHARS}{{2,20}}?))?"
    rf"{_HELD_VERB}{_AFTER}"
)
# A session opened or closed: 第四次会议（在B）隆重开幕, 第三次会议完成各项议程后胜利闭幕,
# 第三次会议圆满完成各项议程，在B胜利闭幕 (the name then ends the clause before). A 闭幕会 or
# an 开幕式 after the name is the sitting held, its own name (召开X次会议闭幕会).
_SESSION_VERB_RE = re.compile(_SESSION_VERB)
# The last characters of the session verbs (幕): a text printing none of them reports none.
_SESSION_VERB_ENDS = frozenset(v[-1] for v in SESSION_VERBS.split("|"))
# The day may be printed after the name (…代表大会3月11日在B开幕), after 于 and an adverb
# that adds the session to one reported before (X会议也于日前闭幕, X会议亦于昨日闭幕).
_SESSION_WHEN = (
    r"(?:[也亦已均]?于?(?:\d{1,2}月\d{1,2}日|日前|近日|昨日|昨天|今日|今天))?"
    r"(?:上午|下午|晚上)?"
)
# A session's name by its term or sitting (区十七届人大一次会议, X第三次会议).
_SESSION_NAME = rf"{_NAME_CHARS}{{0,60}}?(?:届|次){_NAME_CHARS}{{0,40}}?(?:会议|大会)"
_SESSION_NAME_RE = re.compile(
    rf"(?P<name>{_SESSION_NAME})"
    rf"(?={_SESSION_WHEN}(?:在{_NAME_CHARS}{{2,20}}?)?{_SESSION_VERB}(?![会式])|"
    rf"(?:圆满)?完成(?:了)?(?:各项|全部)?议程)"
)
_HELD_TAIL_RE = re.compile(rf"{_HELD_VERB}$")
# A district's name in front of one of its own bodies (中原区 in 中原区委, 中原区政府); a term
# (十三届区委…) is none.
_DISTRICT_IN_FRONT = r"[\u4e00-\u9fff]{1,6}?(?<!届)"
# 中原区委常委会 → 区委常委会: a district's own organs are named without the district. A term
# in front (十三届区委…) is no district: it says which committee, part of the name as printed.
# Nor is the party's full name of its committee (中共某区委十届七次全体会议): the formal name of
# the session, kept whole as 中共某市某区委… is.
_DISTRICT_ORGAN_RE = re.compile(rf"^(?!中共){_DISTRICT_IN_FRONT}(?=[区县]委(?!员))")
# 管城回族区, 中牟县 (not 社区, 园区, 景区 …, places inside a district that name the meeting;
# nor in front of a body or a session, 某区第六届人大常委会…, whose full name is kept).
_HOLDER_PLACE_RE = re.compile(
    r"^[\u4e00-\u9fff]{2,5}?(?<![社片园景校城辖小街商新届])[区县](?![委域政第人])"
)
_NAME_AFTER_PLACE_MIN = 4
# A village in front of a held name (X村Y会举行, X镇X村Y会召开) only says who held it and
# where, as when it 召开s one; its town goes with it. 农村, 乡村, 城中村, 全区… and 区… end in
# or hold 村 but name no village; a body of the village (X村党支部, X村“两委”) is part of the
# name. (A community in front of a held name, X社区居民议事会, is kept as printed.)
_HOLDER_VILLAGE_RE = re.compile(
    r"^(?![全区])(?:[\u4e00-\u9fff]{1,4}?(?:镇|乡|街道))?[\u4e00-\u9fff]{1,4}?"
    r"(?<![农乡中])村(?![党委两“（])"
)
# A street office or a town in front of a held name (X街道“Y”联盟成立大会举行, X镇Y会举行)
# only says who held it, as when it 召开s one (X街道召开Y会 gives Y会). A body of it (X街道
# 党工委（扩大）会议, X镇人大…, a sitting of its congress by its term: X镇第十届人民代表大会…)
# or a community or village it holds (X街道Y社区居民议事会) is part of the name as printed.
# 城镇, 城乡, 乡村 are no place's names.
_HOLDER_TOWN_RE = re.compile(
    r"^(?![全区])[\u4e00-\u9fff]{2,5}?(?<![城农])(?:街道|镇|乡(?!村))"
    r"(?![\u4e00-\u9fff]{0,6}?(?:社区|村)|党|委|人大|纪|团|妇联|总?工会|办事处|政府|机关"
    r"|第?[一二三四五六七八九十\d]+届)"
)
# A bare 区 in front (区“枫桥式”…推进会召开) is the district as 二七区 is (区域 is a word of its
# own: 区域化党建…推进会); in front of one of
# its bodies (区政协…协商会, 区政府第N次常务会议, 区十七届人大常委会…, 区X领导小组第N次
# 全体会议, whose name runs longer) it names the body, and so in 区直 (区直机关, 区直单位: the
# organs under the district, a body of their own).
_BARE_DISTRICT_RE = re.compile(
    r"^区(?![一二三四五六七八九十\d]+届|第|直|域|人民|政府|政协|人大|总?工会|红十字会|"
    r"[\u4e00-\u9fff“”]{0,8}?(?:委(?!员(?!会))|局|办(?!公|实事)|联|院|部|中心)|"
    r"[\u4e00-\u9fff“”]{0,14}?小组)"
)
# 区人大常委会、区政府联席会议召开: bodies listed before the held name held it together and
# are part of it, as printed (a meeting's name ends in 会 too, never in a body's word).
_JOINT_HOLDERS_RE = re.compile(
    rf"(?:^|(?<=[，。；：！？\s]))(?:{_NAME_CHARS}{{1,16}}?"
    r"(?:常委会|委员会|政府|政协|人大|工会|党组|委|局|办|联|院|部|中心)、)+$"
)
_JOINT_SPAN = 60
_OUR_DISTRICT = ("我区", "我县")
# Events that are not meetings, whatever their name ends with. A launch (产品发布会, 项目
# 发布会) is a trade event; a 新闻发布会 gathers people to hear a release and ask questions,
# as a 报告会 does, so it is a meeting (chaired as 发布会由X主持). A 联谊会 is a get-together,
# as a 联欢会 is (a 联谊会 that holds a 会员大会 is the body, not what was held). A 故事会 is a
# show of stories told to an audience, as a 音乐会 is of music; quoted (“红色故事会”) or not.
_NOT_MEETING_RE = re.compile(
    r"(?:招聘|运动|展销|博览|音乐|故事|庙|晚|演唱|展览|交易|订货|联欢|联谊|对接|推介|(?<!新闻)发布)会”?$"
)
# Words that open no meeting's name: a relative clause's 的 (…关键时刻召开的一次重要会议),
# the guests' wishes (祝贺大会召开).
# A count of sittings (先后召开5次全会和20次常委会, 组织召开11次座谈会): a tally, none held
# (一次 is "a": 召开了一次座谈会 holds one).
_NO_NAME_RE = re.compile(r"^(?:的|祝贺|(?:\d+|[二两三四五六七八九十百]+)[次场个])")
# A _HELD_RE match fills one run of name characters that ends with 召开/举行 (its lookahead
# needs a boundary next); trying it only on such runs gives the same matches much faster.
# The runs are of clause characters (one character class: fast); the few that hold a half-width
# stop are cut at it.
_NAME_RUN_RE = re.compile(rf"{CLAUSE_CHAR}+")
# 在随后召开的A上, 在B举行的A上; 随后召开的A由X主持 (the chair's form names the meeting held).
_HELD_AT_RE = re.compile(
    rf"(?:{HELD_VERBS})的(?P<name>{_NAME_CHARS}{{2,60}}?{_MEETING_END})(?:上|由)"
)
_PLACE_RE = re.compile(
    rf"在(?P<place>{_NAME_CHARS}{{2,20}}?(?:室|厅|堂|馆|中心|会场))(?:主持|组织)?$"
)
# A habit or a plan (每周召开, 将于…召开, 决定于12月中旬召开): no meeting held.
_HABIT_RE = re.compile(
    r"(?:每[周月季年天日]|定期|将要|将于|定于|决定|计划|坚持|要|拟)[^，。]{0,8}$"
)
# 召开A、B: the 、 between names, not one inside a quoted phrase of a name; 和 after a whole
# 会议 joins two sittings (召开X党组（扩大）会议和X第21次常务会议).
_LIST_SEP_RE = re.compile(r"(?:、|(?<=会议)和)(?=[^“”]*(?:“|$))")
# A count in front (一场坝坝会召开, 召开一次X会) is a measure word, no part of the name. 集中
# opening a campaign's name (集中清理工作X会, 集中攻坚行动X会) is a word of it, no adverb.
_LEAD_RE = re.compile(
    # How long it lasted (为期3天的X会议) is no part of the name.
    r"^(?:为期[^，。；的]{1,6}的|"
    r"主持|分别|先后|随后|并|还|又|了|集中(?!学习会|[\u4e00-\u9fff]{2}(?:工作|行动))|"
    r"今天|当天|近日|日前|"
    r"上午|下午|晚上|一[场次])+"
)
# A generic name says only what kind of meeting it was; it is merged into a named one.
_GENERIC = re.compile(
    r"^(?:工作|专题|调研|推进|调度|座谈|专题工作|工作推进|专题推进|例|专题例|"
    r"视频|电视电话|全体|动员|部署|总结|协调|联席|扩大)*(?:会议|会)$"
)
_ATTEND_RE = re.compile(r"参加|出席|莅临|列席|参会|讲话")
# A numbered session or sitting whose convening is the object of a verb of welcoming, inside
# the clause (以良好状态迎接X十届五次会议召开, 喜迎X第三次代表大会召开): a meeting to come, none
# held. A clause opening on the verb (迎接X复审动员会召开) names a meeting held for it.
_AWAITED_RE = re.compile(r"(?<=.)(?:迎接|喜迎)(?=.*?[届次])")
# An adverb between the chair and the verb (X随后主持召开, X在…亲自主持召开).
_CHAIR_ADVERB = (
    r"(?:随后|随即|亲自|专门|再次|又|还|先后|当天|当日|同日|立即|及时|第一时间|专题|分别)?"
)
# Characters of the one clause between a form's opening words and the name.
_CLAUSE_ENDS = "，。；"


@dataclass(frozen=True)
class _ChairForm:
    """One way reports print a meeting's chair: ``before`` (if any), up to ``gap`` characters
    of its clause, the name, then ``after``.

    The name is found as printed and the rest matched around it, so no pattern is compiled per
    name: the officials of an archive are too many to cache one for each.
    """

    after: re.Pattern[str]
    before: str = ""
    gap: int = 0
    # The form says who called the meeting (X召开Y会), not who chaired it: a chair printed
    # in the same sentence (X召开Y会，Z主持会议), whom the scope says it was chaired by, or
    # who presided over it in a later sentence (……。Z主持会议) is the meeting's.
    called: bool = False
    # The form says whom the meeting was chaired by (会议由X主持, 座谈会由X主持) or who
    # presided over it (X主持会议): it names the chair of what another called wherever the
    # meeting's scope prints it, the first such form in this order.
    states: bool = False

    def find(self, scope: str, name: str) -> tuple[int, int] | None:
        """(where the form starts, where the name starts) of its leftmost printing in
        ``scope``, the shortest run before the name first: as a search of the whole form
        (``before[^，。；]{0,gap}?name after``) finds it."""
        if not self.before:
            at = scope.find(name)
            while at >= 0:
                if self.after.match(scope, at + len(name)):
                    return at, at
                at = scope.find(name, at + 1)
            return None
        start = scope.find(self.before)
        while start >= 0:
            at = start + len(self.before)
            for _ in range(self.gap + 1):
                if scope.startswith(name, at) and self.after.match(scope, at + len(name)):
                    return start, at
                if at >= len(scope) or scope[at] in _CLAUSE_ENDS:
                    break
                at += 1
            start = scope.find(self.before, start + 1)
        return None


# The chair, in the forms reports print: X主持会议, X在…会议室主持召开, X组织召开,
# 会议由（title）X主持, 大会主持人X, 在X的主持下.
# What may follow the chair's name before the verb: 同志, or the post printed after the name
# as a form of address (X区长主持召开, 会议由X主席主持).
_ADDRESS = r"(?:同志|(?:常务)?副?(?:[区市县省镇乡]长|书记|主席|主任))?"
# What a visit did in its clause before the sitting it calls (X先后到…调研，随后召开…), and
# the word that goes on to the sitting.
_VISIT_DONE = "调研|视察|检查|察看|走访|观摩"
_THEN = "(?:随后|随即|接着|之后|并)"
_CHAIR_FORMS = (
    _ChairForm(
        re.compile(
            _ADDRESS
            + _CHAIR_ADVERB
            + r"(?:在[^，。；]{1,30}?)?"
            + _CHAIR_ADVERB
            + r"(?:出席并)?(?:主持召开|主持会议|主持)"
        )
    ),
    # X组织召开Y会, X召集召开Y会: who gathered the sitting, its chair unless the report names
    # one (县长Z主持会议).
    _ChairForm(
        re.compile(_ADDRESS + _CHAIR_ADVERB + r"(?:在[^，。；]{1,30}?)?(?:组织召开|召集召开)"),
        called=True,
    ),
    _ChairForm(re.compile(_ADDRESS + "主持"), before="由", gap=30, states=True),
    # Z主持会议 in any sentence of the scope: who presided over it (not Z主持签约仪式: another
    # event's), after whom it was chaired by.
    _ChairForm(re.compile(_ADDRESS + "主持(?:本次)?会议"), states=True),
    # X先后到…调研，随后主持召开Y会: one sentence, X the subject of both clauses, however
    # many clauses say where X went (X先后来到A、B，实地调研…，并主持召开座谈会).
    _ChairForm(
        re.compile(
            rf"(?:同志)?[^。；]{{0,60}}?(?:{_VISIT_DONE})[^，。；]{{0,20}}，{_THEN}(?:主持召开|主持)"
        )
    ),
    # X先后到…调研，并召开Y会: the leader of the visit calls the sitting, as X召开Y会 does (a
    # chair printed in the same sentence, or whom it was chaired by, chairs it still). Only
    # right after the visit's clause: after a long list of what was visited (the samples'
    # …合并问题，并召开…会议) the sitting may be someone else's, and no chair is read.
    _ChairForm(
        re.compile(
            rf"(?:同志|一行)?[^。；]{{0,60}}?(?:{_VISIT_DONE}|前往|来到|深入)[^，。；]{{0,30}}，"
            rf"{_THEN}召开(?!的)"
        ),
        called=True,
    ),
    # X召集相关部门，主持召开Y会: who called the people together chaired them.
    _ChairForm(re.compile(r"(?:同志)?召集[^。；]{1,30}?，并?(?:主持召开|主持)")),
    # X组织分管领导和相关部门召开Y会: who gathered the people for it, in one clause, chairs.
    _ChairForm(re.compile(r"(?:同志)?组织[^，。；]{1,30}?召开(?!的)")),
    # 开幕会由X主持: a session's opening sitting chaired, the session's chair.
    _ChairForm(re.compile(_ADDRESS + "主持"), before="开幕会由", gap=30),
    # X带领…到…一线，现场召开Y会: the leader who leads the visit calls the meeting on the spot,
    # one sentence with X its subject.
    _ChairForm(re.compile(r"(?:同志)?(?:带领|带队)[^。；]{1,60}?，(?:现场|当场|随即|随后)召开")),
    # X在…会议室召开Y会, X召开Y会: the official who calls the meeting, its subject, chairs
    # it (not X在随后召开的Y会上讲话: a meeting someone else held); so does the leader of a
    # party (X一行在…召开Y会).
    _ChairForm(
        re.compile(r"(?:同志|一行)?" + _CHAIR_ADVERB + r"(?:在[^，。；]{1,30}?)?召开(?!的)"),
        called=True,
    ),
    # A、B共同主持: the field holds one chair, the first printed.
    _ChairForm(re.compile(r"、[^，。；]{1,30}?共同主持")),
    _ChairForm(re.compile(""), before="主持人", gap=20),
    _ChairForm(re.compile(r"(?:同志)?的主持下"), before="在", gap=30),
)


@dataclass
class _Mention:
    name: str
    start: int
    date: PartialDate | None = None
    place: str | None = None
    in_headline: bool = False
    chair: str | None = None
    attendees: list[str] = field(default_factory=list)


# The short name a report gives what it names (（以下简称《规划研究》）): the report's aside.
_SHORT_NAME_RE = re.compile(r"[（(]以下简称[^（()）]*[）)]")
# A clock time printed on the line before (13:30 / X会议在…召开, a minute-by-minute report).
_CLOCK_RE = re.compile(r"^\d{1,2}[:：]\d{2}")


# The conjunctions that join two sides of a meeting (A县与B区…座谈会).
_WITH = ("与", "和", "同")


def _clean(name: str, strip_home: bool) -> str:
    name = _SHORT_NAME_RE.sub("", _LEAD_RE.sub("", _CLOCK_RE.sub("", name)))
    if strip_home:
        # 我区X会举行: "our district" is the bare 区 that held it (全区X会 is the meeting's own).
        if name.startswith(_OUR_DISTRICT):
            name = name[1:]
        for home in HOME_DISTRICTS:
            if name.startswith(home + "委"):
                name = name[len(home) - 1 :]
            elif name.startswith(home):
                name = name[len(home) :]
        name = _DISTRICT_ORGAN_RE.sub("", name)
        # Any district or county in front only says who held it (管城回族区X会 → X会), unless
        # it is one side of a meeting of two (A县与B区对口合作座谈会: the name opens on A).
        rest = _BARE_DISTRICT_RE.sub("", _HOLDER_PLACE_RE.sub("", name))
        if len(rest) >= _NAME_AFTER_PLACE_MIN and not rest.startswith((*_WITH, "（")):
            name = rest
        rest = _HOLDER_VILLAGE_RE.sub("", name)
        if len(rest) >= _NAME_AFTER_PLACE_MIN:
            name = rest
        rest = _HOLDER_TOWN_RE.sub("", name)
        if len(rest) >= _NAME_AFTER_PLACE_MIN:
            name = rest
    return name


def is_generic_meeting(name: str) -> bool:
    """Does the name say only what kind of meeting it was (``推进会``, ``工作会议``)?"""
    return bool(_GENERIC.match(name))


def _printed_dates(text: str, dates: list[PartialDate]) -> list[tuple[int, list[PartialDate]]]:
    """(offset, dates) for each printed 11月18日 or 11月18日、25日, years taken from ``dates``."""
    default_year = next((d.year for d in dates if d.year is not None), None)

    def resolve(month: int, day: int) -> PartialDate:
        for d in dates:
            if d.month == month and d.day == day:
                return d
        return PartialDate(default_year, month, day)

    out = []
    for offset, _, month, days in printed_dates(text):
        if all(valid_date(month, d) for d in days):
            out.append((offset, [resolve(month, d) for d in days]))
    return out


def _held_matches(text: str) -> list[re.Match[str]]:
    out: list[re.Match[str]] = []
    for run in _NAME_RUN_RE.finditer(text):
        seg = run.group()
        if "会" not in seg:
            continue
        spans, a = [], run.start()
        if "." in seg:
            for stop in _HALF_STOP_RE.finditer(text, run.start(), run.end()):
                spans.append((a, stop.start()))
                a = stop.end()
        spans.append((a, run.end()))
        for a, b in spans:
            if _HELD_TAIL_RE.search(text, a, b):
                m = _HELD_RE.search(text, a, b + 1)
                if m is not None and not _BODY_HOLDING.search(m.group("name")):
                    out.append(m)
    return out


# A body whose name ends in 会 (园区管委会, 居委会, 商会) before 召开 is who held the meeting
# named after the verb (到园区管委会召开专题会议), no meeting itself.
_BODY_HOLDING = re.compile(r"(?:管委会|居委会|村委会|工会|(?<!协)商会|协会|联合会|理事会|基金会)$")


_DATELINE_RE = re.compile(LEAD_DATELINE)


def _unclosed_bracket(text: str) -> int:
    """Where the first bracket ``text`` opens and never closes is opened (brackets inside it,
    closed, included: X会（A（B）委员会第N次会议 → at X会's bracket)."""
    opened: list[int] = []
    for i, ch in enumerate(text):
        if ch == "（":
            opened.append(i)
        elif ch == "）" and opened:
            opened.pop()
    return opened[0] if opened else len(text)


_ANNOUNCED = "宣布"


def _sessions(text: str) -> list[_Mention]:
    """Sessions reported as opened or closed; the name opens a clause of the sentence."""
    out: dict[int, _Mention] = {}
    if not any(c in text for c in _SESSION_VERB_ENDS):
        return []
    for v in _SESSION_VERB_RE.finditer(text):
        start = max(text.rfind("。", 0, v.start()), text.rfind("\n", 0, v.start())) + 1
        # A lead's dateline is no part of the first clause (本报讯 X会议近日胜利闭幕).
        clause = _DATELINE_RE.match(text, start).end()
        while clause < v.start():
            m = _SESSION_NAME_RE.match(text, clause)
            if m is not None:
                name, at = m.group("name"), m.start()
                # X宣布Y开幕: the chair announcing the session is no part of its name.
                announced = name.find(_ANNOUNCED)
                if announced >= 0:
                    name, at = name[announced + len(_ANNOUNCED) :], at + announced + len(_ANNOUNCED)
                if at not in out:
                    out[at] = _Mention(_clean(name, strip_home=False), at)
                break
            nxt = min(
                (p for p in (text.find("，", clause), text.find("；", clause)) if p >= 0),
                default=-1,
            )
            if nxt < 0 or nxt >= v.start():
                break
            clause = nxt + 1
    return list(out.values())


# A body's numbered sitting: 第N次 opens the name printed after 召开/举行.
_ORDINAL_SITTING_RE = re.compile(r"第[一二三四五六七八九十百零〇两\d]+次")


# A study group's sitting (区委理论学习中心组举行第5次集体学习, X主持开展县委理论学习中心组
# 2021年第四次集中学习): the group meets to study, chaired as a meeting is, with no 会 in its
# name. The sitting's count and kind follow the group, or a verb after what they studied.
_STUDY_GROUP = "理论学习中心组"
_STUDY_RE = re.compile(
    r"(?:[^。；\n]{0,40}?(?:举行|开展|进行|组织)了?)?"
    rf"(?P<sitting>(?:\d{{4}}年(?:度)?)?(?:{_ORDINAL_SITTING_RE.pattern})?(?:（扩大）)?)"
    r"(?:集体|集中|专题)学习(?![会研])"
)
# Verbs before the group's body that are no part of its name (主持开展县委…中心组).
_STUDY_LEAD_RE = re.compile(r".*(?:开展|主持|组织|召开|举行|参加|[，。；：！？\s])", re.S)


def _studies(text: str) -> list[_Mention]:
    """Study groups' sittings; the name is the group's (its body's included), the count and
    the kind of study (集体学习)."""
    out = []
    at = text.find(_STUDY_GROUP)
    while at >= 0:
        end = at + len(_STUDY_GROUP)
        m = _STUDY_RE.match(text, end)
        if m is not None:
            line = text[max(0, at - _STUDY_BODY_MAX) : at]
            lead = _STUDY_LEAD_RE.match(line)
            body = line[lead.end() :] if lead else line
            kind = text[m.end() - 4 : m.end()]
            name = _clean(body + _STUDY_GROUP + m.group("sitting") + kind, strip_home=False)
            out.append(_Mention(name, at - len(body)))
        at = text.find(_STUDY_GROUP, end)
    return out


_STUDY_BODY_MAX = 20

# The body that holds it, the whole clause before the verb (a day or a time of day in front
# is no part of it): a name that ends like a body does.
_SITTING_HOLDER_RE = re.compile(
    rf"(?:^|(?<=[，。；：！？\s]))(?:\d{{1,2}}月\d{{1,2}}日)?(?:上午|下午|晚上)?"
    rf"(?P<holder>{_NAME_CHARS}{{1,24}}?(?:常委会|委员会|政府|政协|人大|党组|主席团|小组|委|局))$"
)
# A district's own body, named by 区 or 县 alone (区委常委会, 县政府, 区人大常委会, 区政协).
DISTRICT_BODY = "[区县](?:委|政府|人大|政协)"
# A district named in front of its own body (中原区政府, 某县人大常委会) is 区 or 县 alone, as
# the district's organs are named (中原区委常委会 → 区委常委会).
_DISTRICT_BODY_RE = re.compile(rf"^{_DISTRICT_IN_FRONT}(?={DISTRICT_BODY})")
_HOLDER_SPAN = 32
# A sitting named by the posts of those who sit in it (第N次主任会议, 第N次主席会议) names its
# own organ: the body that called it is dropped, as after any 召开.
_SITTERS_MEETING_RE = re.compile(rf"(?:{OFFICE_RE.pattern})会议")


def _ordinal_holder(text: str, verb_at: int, name: str) -> str:
    """The body printed right before 召开/举行 at ``verb_at`` when ``name`` is one of its
    numbered sittings (第N次…会议); "" otherwise."""
    ordinal = _ORDINAL_SITTING_RE.match(name)
    if not ordinal or _SITTERS_MEETING_RE.match(name, ordinal.end()):
        return ""
    m = _SITTING_HOLDER_RE.search(text, max(0, verb_at - _HOLDER_SPAN), verb_at)
    if m is None:
        return ""
    return _DISTRICT_BODY_RE.sub("", m.group("holder"))


_BRACKET_SPAN = 12
_CLAUSE_BOUNDARY = frozenset("，。；：！？\n ")


def _opened_before(text: str, at: int) -> int | None:
    """Where the clause holding the bracket still open at ``text[at]`` starts (全市县（市、区）:
    at 全), or None when no short bracket is open there."""
    opening = text.rfind("（", max(0, at - _BRACKET_SPAN), at)
    if opening < 0 or any(c in _CLAUSE_BOUNDARY or c == "）" for c in text[opening:at]):
        return None
    k = opening
    while k > 0 and text[k - 1] not in _CLAUSE_BOUNDARY:
        k -= 1
    return k


def _find_mentions(text: str, headline_end: int) -> list[_Mention]:
    found: list[_Mention] = []
    held = _held_matches(text)
    # A会议召开扩大会议: the 召开…会议 that ends a held form is no meeting of its own.
    held_tails = [(m.end("name"), m.end()) for m in held]
    for m in _CONVENE_RE.finditer(text):
        if _HABIT_RE.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        if any(a <= m.start() < b for a, b in held_tails):
            continue
        before = text[max(0, m.start() - 30) : m.start()]
        pm = _PLACE_RE.search(before)
        place = pm.group("place") if pm else None
        offset = m.start("list")
        depth = 0  # brackets left open by the items before: the items inside them
        for printed in _LIST_SEP_RE.split(m.group("list")):
            part, at = printed, offset
            offset += len(printed) + 1
            inside, depth = depth > 0, depth + part.count("（") - part.count("）")
            # A bracket after the name listing the sittings held with it (X推进会（A会议、B
            # 会议、C会议）) is cut at its 、: the name ends before the bracket, the items up to
            # its close are none.
            if inside or part.count("）") > part.count("（"):
                continue
            if part.count("（") > part.count("）"):
                part = part[: _unclosed_bracket(part)]
            # As printed: who held it (中心组召开集体学习会) is not part of the name, as
            # 二七区召开X会 gives X会; but a body's numbered sitting (区政府召开第35次常务会议,
            # 主席团举行第四次会议) is named by the body: 第N次会议 alone names no meeting.
            name = _clean(part, strip_home=False)
            holder = _ordinal_holder(text, m.start(), name)
            found.append(_Mention(holder + name, at - len(holder), place=place))
    for m in held:
        raw, start = m.group("name"), m.start()
        # The name runs back to the last boundary; a 召开 inside belongs to _CONVENE_RE.
        if "召开" in raw or "举行" in raw or _AWAITED_RE.search(raw):
            continue
        if raw.count("）") > raw.count("（"):
            # 全市县（市、区）人大常委会主任座谈会: a bracket listing with 、 inside the name;
            # the name runs back to where the bracket's clause opens.
            opened = _opened_before(text, start)
            if opened is None:
                continue
            raw, start = text[opened : m.end("name")], opened
        elif start and text[start - 1] == "、":
            joint = _JOINT_HOLDERS_RE.search(text, max(0, start - _JOINT_SPAN), start)
            if joint is not None:
                raw, start = text[joint.start() : m.end("name")], joint.start()
        found.append(_Mention(_clean(raw, strip_home=True), start, place=m.group("place")))
    for m in _HELD_AT_RE.finditer(text):
        found.append(_Mention(_clean(m.group("name"), strip_home=False), m.start("name")))
    found.extend(_sessions(text))
    found.extend(_studies(text))
    found = [
        f for f in found if not _NOT_MEETING_RE.search(f.name) and not _NO_NAME_RE.match(f.name)
    ]
    for f in found:
        f.in_headline = f.start < headline_end
    found = [f for f in found if len(f.name) >= 2]
    found.sort(key=lambda f: f.start)
    return found


def extract_meetings(
    text: str,
    dates: list[PartialDate],
    persons: list[PersonMention],
    headline_end: int = 0,
) -> list[MeetingMention]:
    """Meetings held, in printed order; ``text[:headline_end]`` is the headline, if any."""
    mentions = _find_mentions(text, headline_end)
    body = [m for m in mentions if not m.in_headline]
    for b in body:
        # 区X届人大X次会议主席团第四次会议召开 over a body that says only 区X届人大X次会议…
        # 召开: the headline names the sitting held within the session, the body the session.
        b.name = next(
            (h.name for h in mentions if h.in_headline and _sitting_within(h.name, b.name)),
            b.name,
        )
    if body:
        # A headline only summarises the body; its wording (民生实事办理工作推进会 for the
        # body's …专题推进会) must not become a second meeting.
        mentions = body
    printed = _printed_dates(text, dates)
    names = sorted({p.name for p in persons}, key=len, reverse=True)
    paragraphs = _paragraph_spans(text)

    # Dates: a list of dates before a list of meetings pairs up in order (11月18日、25日 …
    # 分别召开A、B); otherwise the last date printed before the mention, else the article's.
    for m in mentions:
        before = [(pos, ds) for pos, ds in printed if pos < m.start]
        if before:
            _, ds = before[-1]
            m.date = ds[-1]
        elif dates:
            m.date = dates[0]
    _pair_listed_dates(text, mentions, printed)

    merged: list[_Mention] = []
    for m in mentions:
        same = next((x for x in merged if x.name == m.name), None)
        if same is None:
            # 全区…观摩点评会召开 … 在随后召开的点评会上: a later name that ends one already
            # printed refers back to that meeting, as a generic one does.
            same = next((x for x in merged if x.name.endswith(m.name)), None)
        if same is None and is_generic_meeting(m.name):
            later = [x for x in mentions if x.start > m.start and not is_generic_meeting(x.name)]
            later = [x for x in later if x.name.endswith(m.name)]
            if later:
                # 并召开推进会 … 随后召开二七商圈…推进会: the generic one is the named one.
                target = later[0]
                target.start = min(target.start, m.start)
                target.place = target.place or m.place
                continue
        if same is not None:
            same.place = same.place or m.place
            _scope_people(text, m, paragraphs, names, mentions, into=same)
            continue
        merged.append(m)
    merged.sort(key=lambda x: x.start)
    for m in merged:
        _scope_people(text, m, paragraphs, names, mentions, into=m)
    named = [m for m in merged if not is_generic_meeting(m.name)]
    if named:
        merged = named
    if len(merged) == 1 and merged[0].in_headline and merged[0].chair is None and names:
        # 某某主持召开X会议 over a body that says only 某某主持会议: the one meeting the
        # headline names is the one the body's chair chaired.
        merged[0].chair = _chair_in(text[headline_end:], names)
    elif len(merged) == 1 and merged[0].chair is None and headline_end and names:
        # 某某主持召开X会议 over a body that says only X召开会议: the headline prints the
        # chair of the one meeting the body names.
        merged[0].chair = _chair_in(text[:headline_end], names)
    return [
        MeetingMention(
            name=m.name, date=m.date, chair=m.chair, attendees=m.attendees, place=m.place
        )
        for m in merged
    ]


def _sitting_within(fuller: str, session: str) -> bool:
    """Is ``fuller`` a sitting held within ``session`` (its name, then the sitting's:
    X次会议主席团第四次会议, X次会议代表团团长会议)?"""
    return (
        len(fuller) > len(session)
        and fuller.startswith(session)
        and _SESSION_NAME_WHOLE.fullmatch(session) is not None
        and fuller.endswith(("会议", "会"))
    )


_SESSION_NAME_WHOLE = re.compile(_SESSION_NAME)


def _pair_listed_dates(
    text: str, mentions: list[_Mention], printed: list[tuple[int, list[PartialDate]]]
) -> None:
    for pos, ds in printed:
        if len(ds) < 2:
            continue
        after = [m for m in mentions if m.start > pos and "。" not in text[pos : m.start]]
        if len(after) >= len(ds):
            for m, d in zip(after, ds, strict=False):
                m.date = d


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"\n+", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _scope_people(
    text: str,
    m: _Mention,
    paragraphs: list[tuple[int, int]],
    names: list[str],
    mentions: list[_Mention],
    into: _Mention,
) -> None:
    """Chair and attendees printed from the mention's sentence up to the next meeting.

    Reports put the chair and attendees right after the meeting, and the closing speech
    (陈红民…做了讲话) paragraphs later; a second meeting in the article starts a new scope.
    """
    if m.in_headline or not names:
        return
    para = next(((s, e) for s, e in paragraphs if s <= m.start <= e), (0, len(text)))
    nxt = [x.start for x in mentions if x.start > m.start and x.name != m.name]
    nxt = [p for p in nxt if not is_generic_meeting(text[p : p + 8])]
    end = min(nxt) if nxt else len(text)
    # The sentence holding the mention starts at the previous 。 within the paragraph.
    sent_start = max(para[0], text.rfind("。", para[0], m.start) + 1)
    scope = text[sent_start:end]
    if into.chair is None:
        into.chair = _chair_in(scope, names)
    for clause in re.split(r"[，。；]", scope):
        if not _ATTEND_RE.search(clause):
            continue
        head = clause[: _ATTEND_RE.search(clause).start()]
        for n in _names_in(head, names):
            if n != into.chair and n not in into.attendees:
                into.attendees.append(n)


def _chair_in(scope: str, names: list[str]) -> str | None:
    """The chair the forms find: the earliest-printed name across forms.

    Within a form the pick is an alternation's of the names: the leftmost printing, then the
    shortest run before the name, then the name listed first.
    """
    best: tuple[int, int] | None = None
    chair = None
    # Every form prints the name: one not in the scope is never searched for.
    printed = [(i, name) for i, name in enumerate(names) if name in scope]
    sentence_end = scope.find("。")
    chaired: tuple[int, str] | None = None
    stated: str | None = None
    for k, form in enumerate(_CHAIR_FORMS):
        found: tuple[tuple[int, int, int], str] | None = None
        for i, name in printed:
            at = form.find(scope, name)
            if at is not None and (found is None or (*at, i) < found[0]):
                found = ((*at, i), name)
        if found and (best is None or (found[0][1], k) < best):
            best, chair = (found[0][1], k), found[1]
        if found and not form.called and (sentence_end < 0 or found[0][1] < sentence_end):
            chaired = min(chaired or (found[0][1], found[1]), (found[0][1], found[1]))
        if found and form.states and stated is None:
            stated = found[1]
    if best is not None and _CHAIR_FORMS[best[1]].called:
        if chaired is not None:
            return chaired[1]  # X召开Y会，Z主持会议: Z chaired what X called
        if stated is not None:
            # X…，并召开座谈会。座谈会由Z主持。/ X组织召开Y会。……县长Z主持会议，并强调……
            return stated
    return chair


def _names_in(text: str, names: list[str]) -> list[str]:
    """The names printed in ``text``, left to right, as an alternation of them finds them (at
    one place, the name listed first)."""
    found, pos = [], 0
    while pos < len(text):
        n = next((n for n in names if text.startswith(n, pos)), None)
        if n:
            found.append(n)
            pos += len(n)
        else:
            pos += 1
    return found
