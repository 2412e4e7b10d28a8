"""Vocabulary shared by the entity extractors: office words, surnames, name boundaries.

Kept apart from the rules so an editor can extend the lists without touching logic, and so
the jieba dictionary (slow to load) is read, never written, from the process's shared copy.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from math import inf, log

import jieba

from archive import jiebadict

# A river, lake or forest chief (区级河长, 镇级湖长, 乡级林长, 镇级总林长), a street's or a road's
# (街长, 路长): a post by appointment under the 河长制 / 林长制 / 街长制, printed in the chain.
_CHIEF_WORDS: tuple[str, ...] = ("河长", "湖长", "林长", "街长", "路长")
# A unit's political officer (某营教导员, 驻区武警某中队指导员, 消防救援大队政治教导员): a post,
# read only right after the unit it serves in (营, 连, 队, 所, 站), 政治 between them or not, as
# 党建指导员 or 就业指导员 name a role and 教导员工 is no post at all.
_POLITICAL_OFFICERS: tuple[str, ...] = ("教导员", "指导员")
# A firm's chief officers (首席执行官, 首席质量官): a company post, printed after the firm's name.
# A district's 首席服务官, the cadre it assigns to serve a firm, is a post of the same name
# (``驻企首席服务官、区X局副局长Y``); printed bare, it names the post and no one.
_CHIEF_OFFICER_WORDS: tuple[str, ...] = tuple(
    f"首席{w}官" for w in ("执行", "运营", "财务", "技术", "信息", "数据", "质量", "品牌", "服务")
)
# A body's chief specialist (区统计局总统计师, X公司总工程师): a post in its leadership, no
# professional rank as an engineer or a 统计师 alone is. 总工 is the chief engineer printed
# short (市城管委总工X); not the start of a trade union (总工会) or of a work's whole period
# or amount (总工期, 总工作量, 总工时).
_CHIEF_SPECIALISTS: tuple[str, ...] = ("总工程师", "总会计师", "总经济师", "总统计师", "总工")
# Professional ranks: an academic's (教授, 研究员) and a clinician's (区中医院副主任医师, 主治医师,
# longer than the 主任 inside them, so read whole). Printed after an institute as a post is
# after its body, but no office: the person is an official only by a post in the same chain
# (people.py keeps the rank there as printed).
_CLINICAL_RANKS: tuple[str, ...] = ("主任医师", "主治医师", "主任护师", "主管护师")
PROFESSIONAL_RANKS: tuple[str, ...] = ("教授", "研究员", *_CLINICAL_RANKS)
# Office words: a title is an organization prefix followed by one of these. Longest first
# in the regex so 副总经理 wins over 经理. Prefixes such as 副/常务 are part of the title text.
OFFICE_WORDS: tuple[str, ...] = (
    "书记", "常委", "主任", "部长", "主席", "总经理", "经理", "局长", "镇长", "乡长", "区长",
    "市长", "省长", "县长", "州长", "委员", "组长", "领导", "秘书长", "院长", "检察长",
    "董事长", "负责人", "处长", "科长", "股长", "所长", "站长", "队长", "校长", "主委", "会长",
    "行长", "厅长", "社长", "总编辑", "总监", "理事长", "调研员", "巡视员", "政委", "指挥长",
    "主编", "庭长", "审判长", "专员", "村长", "支书", "董事", "总裁", "厂长",
    "馆长", "团长", "主管", "特派员", "署长", *_CHIEF_SPECIALISTS,
    # A customs house's head (海关关长, 副关长); a banner's (旗长, 副旗长: a county of Inner
    # Mongolia).
    "关长", "旗长",
    # A military district's commander (军分区司令员), a standing committee member of the
    # party's committee as often as not.
    "司令员",
    # A works' or a campaign's command (X总指挥部副总指挥Y), as its 指挥长.
    "总指挥",
    "督学", "司长", "代表", "审计长", "馆员", "干事", "主持人", "召集人", "书记员",
    # A civil servant's rank, printed as a post is (镇主任科员X, 二级主任科员Y), longer than
    # the 主任 inside it, so read whole, as 调研员 and 巡视员 are.
    "主任科员",
    # The state's posts, printed where a meeting relays a national leader's speech.
    "委员长", "总理", "国务委员",
    "党组成员", "助理", "成员", *_CHIEF_WORDS, *_POLITICAL_OFFICERS, *_CHIEF_OFFICER_WORDS,
    *PROFESSIONAL_RANKS,
)  # fmt: skip
# Office words that name a group as often as a post: printed bare (领导包保, 委员认真履行)
# they are no evidence that a name follows, so they need an organization prefix.
WEAK_OFFICE_WORDS: frozenset[str] = frozenset({
    "领导", "负责人", "委员", "代表", "干事", "主管", "专员", "董事", "教授", "研究员", "馆员",
    "助理", "成员",
})  # fmt: skip
# A city named X州 (郑州, 杭州, 林州) is headed by a 市长: 州长 glued to its name is the city and a
# word opening on 长 (郑州长宁…, a firm's or a park's name), no post. A 自治州's head is printed
# after its longer name (X州州长) and stays a post. The check sits after the 州, so every branch
# still opens on a literal character and the regex keeps its fast scan for first characters.
_ZHOU_CITY_HEADS = (
    "郑杭广苏福兰徐温常扬泉漳湖台惠梅潮赣抚吉鄂荆随沧德"
    "滨通泰宿池滁亳宣衢丽柳钦贺梧锦朔忻汝邓禹林胶莱达泸资贵"
)
# 林 ends many words (森林, 造林, 园林) and is a surname, so a forest chief is read only as printed
# with its level (乡级林长, 各级林长) or as the chief over them (区总林长, 副总林长).
_CHIEF_PATTERNS = {w: w for w in _CHIEF_WORDS} | {"林长": "林(?<=[级总]林)长"}
# A 股 (section) head is a 股长, but a firm's 控股/持股/参股/入股 glued to a name opening on 长
# (X控股长江…) is no post.
_SHARE_HOLDING = "控持参入"
# A chief word followed by 制 names the system the chiefs work in (河长制工作会议, 湖长制办公室
# 主任), no post: the office of the system keeps its whole name as the title.
_OFFICE_PATTERNS = {
    "州长": f"州(?<![{_ZHOU_CITY_HEADS}]州)长",
    # A branch's secretary (党总支书记): 支书 there is the start of 书记, no post of its own.
    "支书": "支书(?!记)",
    "总工": "总工(?![会程作期时])",
    "股长": f"股(?<![{_SHARE_HOLDING}]股)长",
    **{w: f"{p}(?!制)" for w, p in _CHIEF_PATTERNS.items()},
    **{
        w: f"{w[0]}(?:(?<=[营连队所站]{w[0]})|(?<=[营连队所站]政治{w[0]})){w[1:]}"
        for w in _POLITICAL_OFFICERS
    },
}
OFFICE_RE = re.compile(
    "|".join(_OFFICE_PATTERNS.get(w, w) for w in sorted(set(OFFICE_WORDS), key=len, reverse=True))
)

_OFFICE_SET = frozenset(OFFICE_WORDS)
_OFFICE_LENS = sorted({len(w) for w in _OFFICE_SET})
# The office words read only in context: the same check as OFFICE_RE's, at the word's start.
_OFFICE_CHECKS = {w: re.compile(p) for w, p in _OFFICE_PATTERNS.items()}


def ends_with_office(text: str, end: int | None = None) -> bool:
    """Does ``text`` (up to ``end``) end with an office word?"""
    # A few set lookups by length: a scan of every office word was a tenth of the step.
    end = len(text) if end is None else end
    for k in _OFFICE_LENS:
        if end >= k and (word := text[end - k : end]) in _OFFICE_SET:
            check = _OFFICE_CHECKS.get(word)
            if check is None or check.match(text, end - k):
                return True
    return False


# Words that name a person without a post: the name that follows is a person, role "other".
# 网格员 is a community's staff role, no office: read as 志愿者 and 环卫工人 are.
DESCRIPTOR_WORDS: tuple[str, ...] = (
    "志愿者", "村民", "居民", "市民", "群众", "老党员", "党员", "老人", "退役军人", "民警",
    "辅警", "医生", "护士", "教师", "老师", "学生", "职工", "员工", "环卫工人", "工人",
    "师傅", "企业家", "创始人", "先进个人", "选手", "作者", "老兵", "烈士", "英雄", "大爷",
    "大妈", "阿姨", "村医", "律师", "消防员", "快递员", "外卖员", "家长", "网格员",
)  # fmt: skip
DESCRIPTOR_RE = re.compile("|".join(sorted(set(DESCRIPTOR_WORDS), key=len, reverse=True)))

# Surnames borne by officials in district news that start common words (庆祝, 种植, 丘陵,
# 种树, 远程, 占领, 义务): read only right after a title, in a name of three characters whose first
# two make no word (区委书记丘明远, 区委常委种立强, 镇党委书记远俊华, 主任占X娜), see
# ``people.read_name``.
TITLED_ONLY_SURNAMES = frozenset("丘庆种远占义")
COMPOUND_SURNAMES: frozenset[str] = frozenset((
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文",
    "司徒", "夏侯", "轩辕", "令狐", "端木", "独孤", "南宫", "西门", "百里", "呼延", "澹台",
    "公冶", "太史", "申屠", "钟离", "闻人", "万俟", "赫连", "濮阳", "司空", "巫马", "单于",
    "东郭", "南门", "羊舌", "微生", "梁丘", "左丘", "东门", "第五", "拓跋", "宗政", "乐正",
    "公羊", "淳于", "太叔", "仲孙", "鲜于", "闾丘", "亓官", "司寇", "仉督", "子车", "颛孙",
    "公西", "漆雕", "壤驷", "公良", "夹谷", "宰父", "谷梁", "段干", "归海",
    # The northern dynasties' surnames still borne, as 拓跋 and 独孤 are.
    "贺兰", "完颜",
    # Compound surnames of the 姓氏 books outside the 百家姓, borne still.
    "相里",
))  # fmt: skip
# Single-character surnames: the common ones (top ~400), the 百家姓's that are no common word
# and a few rare ones printed in district news. 和, a function word far more often than a
# surname in news prose, is left out on purpose (于 is kept: it is frequent as a surname).
SURNAMES: frozenset[str] = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
    "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯"
    "龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章"
    "鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉"
    "骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦"
    "戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄"
    "丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼"
    "盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云"
    "容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉"
    "银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由代郗"
    # Rarer ones, printed in district news all the same (区领导虎…, 副区长逄…).
    "虎阎仉佴郦邴缑笪禚逄隗汲蒯鄂訾荀郇綦郏乜竺暨璩郄谯钮雒闾弓寿贲墨赏苍莘贡扶堵宰濮宦庾弘殳沃夔厍巢桓宓蔚兀萨"
    # Surnames of the 百家姓 that are no common word in news prose, and 庹. The 百家姓's
    # others are words of their own (有, 从, 能, 山, 年, 东) or start words jieba tags as
    # names (蓬勃, 慎重, 伯乐, 益发): after 居民 or a title they would make 有困难 or 慎重 a
    # person, so they are left out.
    "傅萧赖贝酆糜羿钭蓟昌凤洪韶咸郤鬱禄毋汝钦郈庹".replace("和", "")
)
# The 百家姓's surnames that are common words too (left out above), all of them: read as a
# surname only where a title is printed right before and a full three-character name reads,
# followed by a boundary or a verb that follows names (区人大代表能立群在…, 主任习某某主持);
# the words they start (习惯, 滑坡, 后来, 经常) stay words. 和, left out of SURNAMES
# as a conjunction, reads the same way (区委书记和之远主持, 副主席A、和乃馨出席).
WORD_SURNAMES: frozenset[str] = frozenset(
    "能有从山年东和步续水经滑家松牧蓬仰秋暴怀籍双通别充习鱼慎终广越融空养须后红益法琴伯爱言福"
    # Not of the 百家姓, a common word all the same (钢铁, 地铁), and a surname news prints.
    "铁"
)

# A name ends where one of these begins: verbs, adverbs and particles that follow a name in
# news prose (区委书记龚然紧扣…, 张华认真落实…, 刘建国组织召开…).
NAME_STOPS: tuple[str, ...] = (
    "主持", "出席", "参加", "带队", "带领", "讲话", "到", "在", "一行", "表示", "强调", "说",
    "指出", "要求", "就", "对", "围绕", "通报", "领学", "等", "及", "以及", "和", "与", "陪同",
    "同志", "先生", "女士", "获", "荣获", "是", "为", "从", "向", "代表", "率", "深入", "前往",
    "来到", "走访", "看望", "慰问", "调研", "察看", "查看", "检查", "督导", "听取", "介绍",
    "认为", "告诉", "宣读", "作", "做", "的", "了", "也", "还", "又", "都", "并", "即", "将",
    "把", "被", "给", "让", "同", "跟", "莅临", "列席", "致辞", "发言", "作为", "分别",
    "先后", "已", "曾", "会见", "会同", "一同", "一起", "共同", "亲自", "现场", "实地", "首先",
    "随后", "最后", "专题", "所", "等人", "同学", "老师", "书记", "主任", "区长", "局长",
    "紧扣", "认真", "肯定", "组织", "部署", "传达", "宣布", "带头", "主动", "提出", "希望", "建议",
    "充分", "详细", "仔细", "逐一", "审议", "结合", "总结", "回顾", "点评", "安排", "解读",
    "宣讲", "讲授", "主讲", "授课", "勉励", "鼓励", "叮嘱", "寄语", "称赞", "感谢", "赴",
    "率队", "接待", "会见了", "召开", "对此", "再次", "专门", "特别", "高度", "应邀",
    "一一", "同时", "还要", "听取了", "观看", "参观", "考察", "视察", "巡查", "暗访", "指导",
    "调度", "研究", "布置", "动员", "汇报", "发表", "宣誓", "作了", "做了", "代表区委",
    "当选", "任", "兼", "同意", "签署", "签批", "批示", "回答", "答复", "解答", "表态",
    "坚持", "始终", "一直", "多次", "深情", "语重心长", "明确", "重点", "针对",
    "领读", "点题", "谈到", "称", "则", "却", "亲切", "专程", "进一步", "会谈", "座谈", "交流",
    "巡河", "巡湖", "巡林", "担任",
    # 莅 ("arrive at") before a place's one-character name (代表莅濮视察), as 莅临 before any.
    "莅",
    # The preposition "as, by" opening how the person did it (X以普通群众身份来到…, X以视频
    # 方式参加): a given name holds 以 before its last character (司马以安), not as it.
    "以",
)  # fmt: skip
# 来 before the place someone came to (副市长X来我区调研, X来某某区视察): the verb, though 来
# ends given names too (春来, 喜来); before any other word it may be the name's.
_CAME_TO = (
    r"来(?=(?:我|本|贵)[区市县镇乡]|[\u4e00-\u9fff]{1,6}?(?:区|县|市|镇|乡|街道)"
    r"(?:调研|视察|考察|检查|督导|指导|走访|慰问|参观|交流|开展))"
)
NAME_STOP_RE = re.compile("|".join([*sorted(set(NAME_STOPS), key=len, reverse=True), _CAME_TO]))
# One-character stops: after a two-character name they are far likelier the next word
# (王刚说, 张强将主持) than the third character of a longer name.
_ONE_CHAR_STOPS = frozenset(w for w in NAME_STOPS if len(w) == 1)
# jieba tags of words that typically follow a subject: verbs, adverbs, prepositions ...
_FOLLOW_TAGS = frozenset({"v", "vn", "vd", "d", "ad", "p", "c", "a", "t", "u"})
_MIN_WORD_FREQ = 20
# Particles a one-character verb takes right after it: aspect (着了过) or place (在到).
_VERB_PARTICLES = frozenset("着了过在到")

# Characters a name never contains or ends with (place / organization suffixes).
NOT_NAME_CHARS = frozenset("的了是在和与及等对到把被从向之这那该各每某个们")
# Of those, the ones a given name holds in its middle (蔺之恒, 陈之华, 戈向晚, 王和平, 伍从平,
# 祁在明): a
# particle, a preposition or a conjunction as the first of two given characters, never a
# name's last character (X之 is "X's", X向 is "X towards"; 和 and 之 end a name only before a
# boundary or a word closing the list, see people._joiner_ends).
MIDDLE_NAME_CHARS = frozenset("之向和从在")
PLACE_SUFFIX_CHARS = frozenset("镇乡村路街区县市省局委办院所站队组部厅处科室馆园场楼")


def is_han(ch: str) -> bool:
    """True for a CJK ideograph; names are made only of these."""
    return len(ch) == 1 and "\u4e00" <= ch <= "\u9fff"


def surname_at(text: str, i: int) -> str | None:
    """The surname starting at ``text[i]``, compound first (欧阳 before 欧)."""
    two = text[i : i + 2]
    if len(two) == 2 and two in COMPOUND_SURNAMES:
        return two
    if i < len(text) and text[i] in SURNAMES:
        return text[i]
    return None


class _Jieba:
    """Read-only access to the process's jieba dictionary (``archive.jiebadict``).

    The global ``jieba.dt`` is shared with any other code in the process; adding names to it
    would make results depend on what was parsed before. Nothing here is ever written: names
    are layered over the dictionary per clause (see ``name_tokens``), so the same input always
    gives the same output, and no lock is needed once loaded.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.FREQ: dict[str, int] = {}
        self.TAGS: dict[str, str] = {}
        self.logtotal = 0.0
        self._loaded = False

    def load(self) -> _Jieba:
        if not self._loaded:
            with self._lock:
                if not self._loaded:
                    tk = jiebadict.tokenizer()
                    self.TAGS = jiebadict.pos_tokenizer().word_tag_tab
                    self.FREQ = tk.FREQ
                    self.logtotal = log(tk.total)
                    self._loaded = True
        return self

    # The two lookups below run a thousand times a page: no call to ``load`` once loaded.
    def freq(self, word: str) -> int:
        """Base-dictionary frequency of ``word`` (0 when absent or only a prefix)."""
        if not self._loaded:
            self.load()
        return self.FREQ.get(word) or 0

    def tag(self, word: str) -> str | None:
        """Base-dictionary POS tag of ``word``."""
        if not self._loaded:
            self.load()
        return self.TAGS.get(word)


JIEBA = _Jieba()


def dictionary_word_at(text: str, j: int) -> str | None:
    """The longest jieba dictionary word (2-4 characters, not rare) printed at ``text[j]``."""
    for k in (4, 3, 2):
        w = text[j : j + k]
        if len(w) == k and JIEBA.freq(w) >= _MIN_WORD_FREQ:
            return w
    return None


def follow_score(text: str, j: int) -> int:
    """How well ``text[j:]`` reads as what follows a name: 3 a boundary or a verb or particle
    that follows names (、 ， 主持 紧扣 …), 2 a dictionary verb or adverb, 1 another dictionary
    word, 0 characters that only make sense glued to what came before."""
    if j >= len(text) or not is_han(text[j]):
        return 3
    if NAME_STOP_RE.match(text, j):
        return 3
    w = dictionary_word_at(text, j)
    if w is None:
        return 2 if verb_phrase_at(text, j) else 0
    return 2 if JIEBA.tag(w) in _FOLLOW_TAGS else 1


def verb_phrase_at(text: str, j: int) -> bool:
    """A one-character verb and its aspect or place particle at ``text[j]`` (带着, 站在,
    走到): a verb phrase the dictionary lists as no word, so ``follow_score`` reads it."""
    return text[j + 1 : j + 2] in _VERB_PARTICLES and JIEBA.tag(text[j]) == "v"


def one_char_stop_at(text: str, j: int) -> bool:
    """``text[j]`` is a one-character stop word and no longer stop starts there."""
    m = NAME_STOP_RE.match(text, j)
    return m is not None and len(m.group()) == 1 and m.group() in _ONE_CHAR_STOPS


_FIND_EACH_MAX = 256


class NameIndex:
    """A fixed set of names, indexed by their first two characters.

    The names a page prints with a title, or the many names an editor's re-extraction may
    pass; scanning all of them at each candidate position (or copying them per article)
    would cost more than the parse itself.
    """

    def __init__(self, names: Iterable[str]) -> None:
        self.names = frozenset(n for n in names if n and 2 <= len(n) <= 4)
        by_head: dict[str, list[str]] = {}
        for n in self.names:
            by_head.setdefault(n[:2], []).append(n)
        # Longest first, so ``at`` returns the longest match (names of equal length that
        # both match are the same string).
        self._by_head = {k: sorted(v, key=len, reverse=True) for k, v in by_head.items()}
        self._firsts = frozenset(k[0] for k in by_head)

    def at(self, text: str, i: int) -> str | None:
        """The longest name printed at ``text[i]``."""
        for n in self._by_head.get(text[i : i + 2], ()):
            if text.startswith(n, i):
                return n
        return None

    def occurrences(self, text: str) -> Iterator[tuple[int, str]]:
        """``(start, name)`` for every printed occurrence of every name, overlaps included."""
        by_head = self._by_head
        # A page's few first characters: one scan of the text each (str.find) is far cheaper
        # than hashing every character of it; only thousands of names make that slower.
        firsts = self._firsts
        if len(firsts) > _FIND_EACH_MAX:
            firsts = firsts.intersection(text)
        for c in firsts:
            p = text.find(c)
            while p >= 0:
                for n in by_head.get(text[p : p + 2], ()):
                    if text.startswith(n, p):
                        yield p, n
                p = text.find(c, p + 1)


class Names:
    """Several ``NameIndex`` read as one (the page's names, an article's byline, ...)."""

    def __init__(self, *parts: NameIndex) -> None:
        self.parts = parts
        # Asked thousands of times a page: one set, not a lookup per part.
        self._names = frozenset().union(*(p.names for p in parts))

    @classmethod
    def of(cls, names: Iterable[str] | Names) -> Names:
        return names if isinstance(names, Names) else cls(NameIndex(names))

    def plus(self, names: Iterable[str]) -> Names:
        extra = NameIndex(names)
        return Names(*self.parts, extra) if extra.names else self

    def __contains__(self, name: object) -> bool:
        return name in self._names

    def at(self, text: str, i: int) -> str | None:
        """The longest name printed at ``text[i]``."""
        best = None
        for p in self.parts:
            n = p.at(text, i)
            if n is not None and (best is None or len(n) > len(best)):
                best = n
        return best

    def occurrences(self, text: str) -> Iterator[tuple[int, str]]:
        for p in self.parts:
            yield from p.occurrences(text)


@lru_cache(maxsize=8)
def known_index(names: frozenset[str]) -> Names:
    """One index per distinct ``known_names``: the pipeline passes the same set every article."""
    return Names(NameIndex(names))


_last_known: tuple[tuple[str, ...], Names] | None = None


def index_known(names: Iterable[str]) -> Names:
    """``known_index`` for the names a page passes to each of its articles.

    Comparing with the previous call's tuple is a pointer walk when it is the same list, far
    cheaper than hashing a fresh frozenset of the page's names for every article.
    """
    global _last_known
    key = tuple(names)
    last = _last_known
    if last is not None and last[0] == key:
        return last[1]
    index = known_index(frozenset(key))
    _last_known = (key, index)
    return index


# jieba segments each run of these characters on its own, and glues single letters/digits.
_BLOCK_RE = jieba.re_han_default
_ENG_RE = jieba.re_eng
_NAME_FREQ = 10**7


def name_tokens(text: str, names: Names) -> list[tuple[int, str]]:
    """``(start, name)`` wherever ``jieba.cut(text, HMM=False)`` would cut a name as a word,
    with ``names`` added to the dictionary at a very high frequency.

    Same result as adding the names to a jieba tokenizer and cutting the whole text, but
    jieba's DAG only ever changes inside a block that prints one of the names, so only those
    blocks are segmented, with plain dict lookups instead of a ChainMap.
    """
    hits: dict[int, list[str]] = {}
    for p, n in names.occurrences(text):
        hits.setdefault(p, []).append(n)
    out: list[tuple[int, str]] = []
    if not hits:
        return out
    if "\r\n" in names:  # jieba cuts every CRLF outside a block as one word
        p = text.find("\r\n")
        while p >= 0:
            out.append((p, "\r\n"))
            p = text.find("\r\n", p + 2)
    starts = sorted(hits)
    k = 0
    for m in _BLOCK_RE.finditer(text):
        b0, b1 = m.span()
        while k < len(starts) and starts[k] < b0:
            k += 1
        inside: list[str] = []
        while k < len(starts) and starts[k] < b1:
            inside.extend(n for n in hits[starts[k]] if starts[k] + len(n) <= b1)
            k += 1
        if inside:
            for off, word in _cut_block(m.group(), inside):
                if word in names:
                    out.append((b0 + off, word))
        if k >= len(starts):
            break
    out.sort()
    return out


def name_overlay(names: Iterable[str], base: Mapping[str, int]) -> dict[str, int]:
    """What adding ``names`` to a jieba dictionary ``base`` layers on top of it: each name at
    a very high frequency, its prefixes that ``base`` lacks as prefixes (frequency 0)."""
    over: dict[str, int] = {}
    for w in names:
        for j in range(1, len(w)):
            if w[:j] not in base:
                over.setdefault(w[:j], 0)
        over[w] = _NAME_FREQ
    return over


# log(frequency) - log(total) of base dictionary words met so far (None: only a prefix).
_BASE_LOGP: dict[str, float | None] = {}
_ABSENT = object()


def _cut_block(block: str, names: list[str]) -> list[tuple[int, str]]:
    """A port of ``jieba.Tokenizer.__cut_DAG_NO_HMM`` (get_DAG + calc) with an overlay."""
    jb = JIEBA.load()
    base = jb.FREQ
    over = name_overlay(names, base)
    logtotal = jb.logtotal
    # Every overlay word is a prefix of a name: where no name's first character is printed,
    # the base dictionary alone decides, its log frequencies kept once computed.
    firsts = {w[0] for w in names}
    logp = _BASE_LOGP
    n = len(block)
    dag: list[list[tuple[int, float]]] = []
    for s in range(n):
        ends: list[tuple[int, float]] = []
        i = s
        frag = block[s]
        if frag not in firsts:
            while i < n:
                lp = logp.get(frag, _ABSENT)
                if lp is _ABSENT:
                    v = base.get(frag)
                    if v is None:
                        break
                    lp = logp[frag] = log(v) - logtotal if v else None
                if lp is not None:
                    ends.append((i, lp))
                i += 1
                frag = block[s : i + 1]
        else:
            while i < n:
                v = over.get(frag)
                if v is None:
                    v = base.get(frag)
                    if v is None:
                        break
                if v:
                    ends.append((i, log(v) - logtotal))
                i += 1
                frag = block[s : i + 1]
        if not ends:
            ends.append((s, -logtotal))  # log(1) - logtotal, as jieba scores an unknown char
        dag.append(ends)
    # jieba: max((log(freq) - logtotal + route[x + 1][0], x) for x in DAG[idx]).
    route: list[tuple[float, int]] = [(0, 0)] * (n + 1)
    for idx in range(n - 1, -1, -1):
        best = (-inf, -1)
        for x, lp in dag[idx]:
            cand = (lp + route[x + 1][0], x)
            if cand > best:
                best = cand
        route[idx] = best
    out: list[tuple[int, str]] = []
    x = 0
    buf_at = -1
    while x < n:
        y = route[x][1] + 1
        if y - x == 1 and _ENG_RE.match(block[x]):
            if buf_at < 0:
                buf_at = x
        else:
            if buf_at >= 0:
                out.append((buf_at, block[buf_at:x]))
                buf_at = -1
            out.append((x, block[x:y]))
        x = y
    if buf_at >= 0:
        out.append((buf_at, block[buf_at:]))
    return out
