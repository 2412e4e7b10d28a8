"""People named in an article, with the titles printed beside their names.

A title word (书记, 区长, 区领导 ...) right before a name is the strongest evidence that a
string is a person; once a name has been seen with a title (in this article, or elsewhere
on the same page) every later bare mention of it is the same person. Where a name ends is
read from what follows it, never from a list of names: the page decides, whatever else the
archive holds. Names with no anchor at all are not guessed: jieba alone tags 幸福感 or 楼宇
as names.

One module, though long: the title chain before a name and the boundary after
it are read in one pass, each deciding the other.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from .model import PersonMention
from .names import (
    DESCRIPTOR_RE,
    JIEBA,
    MIDDLE_NAME_CHARS,
    NAME_STOP_RE,
    NOT_NAME_CHARS,
    OFFICE_RE,
    PLACE_SUFFIX_CHARS,
    PROFESSIONAL_RANKS,
    SURNAMES,
    TITLED_ONLY_SURNAMES,
    WEAK_OFFICE_WORDS,
    WORD_SURNAMES,
    NameIndex,
    Names,
    dictionary_word_at,
    ends_with_office,
    follow_score,
    is_han,
    name_tokens,
    one_char_stop_at,
    surname_at,
    verb_phrase_at,
)
from .nlp import words
from .normalize import CJK

# Punctuation and spaces that end a title when reading backwards from an office word.
_TITLE_BOUNDARY = set("，。；：、！？（）()《》“”‘’,.;:!?\"' \t\n　·—【】[]-－")
# Words before a title that are not part of it ("会议由区委副书记…", "…及市供电公司…").
_TITLE_LEAD_RE = re.compile(
    r"(?:会议由|由|及(?!其)|以及|还有|另有|包括|和|与|同|有|并|在|对|到|是|为|向|请|邀请|"
    # 以X为组长 ("with X as"), before a body's level (以县委副书记A…为组长).
    r"以(?=[区县市省镇乡])|"
    # 就 "regarding" (X纪委就该区Y镇原党委书记Z…案件召开…); 就业, 就近 are words of a body.
    r"就(?![业近])|"
    r"陪同|带领|率领|会同|要求|强调|指出|"
    r"会见|看望|慰问|听取|主持|出席|参加|最后|随后|首先|同时|其中|上午|下午|晚上|近日|"
    # A clause's "but" (…细雨，但县委书记X一行的到来…).
    r"但是|但|"
    # 新任 says when the post was taken (新任区委副书记X): no part of the post.
    r"新任(?![职命])|"
    r"传达学习|传达|学习|贯彻落实|贯彻|落实|宣读|欢迎|率|受[^，。；]{1,12}?委托|受|据|代表|担任|当选为|当选|任命|作为|"
    # Whose words are followed (严格按照省委常委、市委书记X提出的…要求).
    r"按照|根据|遵照|"
    r"来自[^的]{0,16}的|了|的|专访|采访|拜访|走访|访|记)"
)
# Conjunctions and 有, which just as often join the words of an organization's name (区住房和
# 城乡建设局) or are a character of a word or a place (和平路, 和庄镇, 有限公司, 参与): a lead
# word only where the title would start with it and no word or place name starts with it.
_WORD_LEADS = frozenset("和与同有")
# Verbs of visiting a person (——访区政协委员X, 记者专访…) and of a profile's deck (——记X):
# they are words of a title too (信访局, 采访部, 走访组, 记者站), so they lead only where no
# organization goes on after them and they make no word with the next character, and 访 or
# 记 alone only where the title would start with it.
_VISIT_LEADS = frozenset({"专访", "采访", "拜访", "走访", "访", "记"})
_PLACE_ENDS = frozenset("镇乡村路街县")
_WORD_FREQ = 20
_MAX_TITLE = 24
# A figure's measure (4.7%, 11.8亿元) ends a table row printed without a full stop; a title
# never holds one, so a row glued to the title chain opening the next paragraph ends there
# (…增长4.7%区统计局副局长X). Digits alone may be a title's (区12345热线分中心主任).
_FIGURE_END_RE = re.compile(r"\d[%％]$|\d[万亿]?元$")
_FIGURE_LAST = frozenset("%％元")
# Bare name + speech verb: the one unanchored pattern precise enough to trust.
_SPEECH_RE = re.compile(r"表示|强调|指出|说|介绍|认为|告诉记者|汇报")


# jieba tags some common words as names (文明, 明白, 阳光, 道德, 荣誉), this frequent: read
# only where a title and a verb after it anchor them.
_WORD_TAGGED_NAME = 2000
# A two-character verb (信访, 甘露) read as a name: what follows must not make it the first
# word of a noun phrase (副区长信访接待日: 接待日 a word, no name's verb after 信访).
_VERB_TAGS = frozenset({"v", "vn"})
_PHRASE_AFTER_MIN = 3
# Opening a longer reading the word must be commoner still: 王朝, 黄石, 陆军 (2,400–3,800)
# open names (王朝阳), 文明 and 明白 (6,600, 10,900) words.
_WORD_TAGGED_NAME_HEAD = 5000
# Words whose reading as a name a title and a following verb settle: adjectives and place
# words (庄严, 乐山); adverbs and nouns (马上, 高度) stay words.
_NAME_LIKE_TAGS = frozenset({"a", "an", "ns", "nz"})
# Place suffixes that are common given-name characters too: after a title and before a
# boundary or a verb that follows names (政法委员姚科，, 管委会主任X广部带队) they end a
# name. 省 ends one only inside a list after a title, no word (县领导A、张保省、B; not
# 安徽省副省长 nor 区领导A、安徽省、B).
_GIVEN_IN_A_LIST = "省"
_GIVEN_TOO = frozenset("科园楼部")
# 镇 ends a given name only so anchored and right before punctuation (管委会主任X殿镇，): before
# an office word it is the town the post is in (马寨镇副镇长, 和庄镇镇长).
_GIVEN_BEFORE_PUNCTUATION = frozenset("镇")
# Characters that open a title rather than a given name (和副区长, 和市委…).
_TITLE_HEADS = frozenset("副区市县镇乡省党")


@dataclass
class _Found:
    pos: int
    titles: list[str] = field(default_factory=list)
    # The titles kept so far were all printed in the headline (no chain of the body yet).
    head_only: bool = False


# A given name no person bears: one of the commonest nouns (项目, 工程, 建设), read with no
# title before it. Rarer nouns are given names (红军, 光明).
_COMMON_NOUN_GIVEN_TAGS = frozenset({"n", "vn"})
_COMMON_NOUN_GIVEN_FREQ = 10000


def _valid_name(
    name: str,
    known: Names | None,
    anchored: bool = False,
    strong: bool = False,
    surname: str | None = None,
    joiner_end: bool = False,
    listed: bool = False,
    punctuated: bool = False,
) -> bool:
    """Reject strings that fit the name shape but are ordinary words (高度, 全区, 马寨镇).

    ``anchored``: a title before and a verb after the name, so a given name that starts like
    a word (虎子明, 马上飞) is still a name. ``strong``: what follows is a boundary or a verb
    that follows names, so even an adjective or a place word is a name (院长庄严带领).
    ``surname``: the reading of the surname to judge, when not the compound one.
    ``joiner_end``: the name ends in 和 printed before a boundary (see ``_joiner_ends``).
    ``listed``: the name fills a slot of a titled list on its own, 、 before it and a
    boundary after (副主席A、尚书华、B), so a given name may start like a common word.
    ``punctuated``: punctuation follows the name.
    """
    if known is not None and name in known:
        return True
    if not 2 <= len(name) <= 4 or not all(is_han(c) for c in name):
        return False
    sur = surname or surname_at(name, 0)
    inner = name[1:-1] if joiner_end else name[1:]
    middle = len(sur or "") if len(name) - len(sur or "") == 2 else -1
    if any(
        c in NOT_NAME_CHARS and not (k + 1 == middle and c in MIDDLE_NAME_CHARS)
        for k, c in enumerate(inner)
    ):
        return False
    if sur is None or len(name) - len(sur) not in (1, 2):
        return False
    if name[-1] in PLACE_SUFFIX_CHARS and not (
        (anchored and name[-1] in _GIVEN_TOO)
        or (strong and punctuated and name[-1] in _GIVEN_BEFORE_PUNCTUATION)
        or (listed and name[-1] in _GIVEN_IN_A_LIST and JIEBA.freq(name) == 0)
    ):
        return False
    if sur == _TOWARDS and len(name) == 3 and _common_noun(name[1:]):
        return False  # 主任向大会作报告: the preposition and whom it addresses, no name
    if (
        not anchored
        and len(name) - len(sur) == 2
        and JIEBA.tag(name[len(sur) :]) in _COMMON_NOUN_GIVEN_TAGS
        and JIEBA.freq(name[len(sur) :]) >= _COMMON_NOUN_GIVEN_FREQ
    ):
        return False  # 乡村民宿项目: no title before it, 宿 and a common noun (项目) no name
    tag = JIEBA.tag(name)
    if not anchored and any(
        JIEBA.tag(w) in ("nr", "nrfg", "nrt") and JIEBA.freq(w) >= least
        for w, least in ((name, _WORD_TAGGED_NAME), (name[:2], _WORD_TAGGED_NAME_HEAD))
    ):
        return False  # 居民文明创建, 居民文明养犬: a word tagged as a name, no title anchoring it
    # After a title, only a common word is no name (高度); 郑卫国 is in jieba as a rare place.
    rare = 200 if anchored else 1
    word = tag is not None and tag not in ("nr", "nrfg", "nrt") and JIEBA.freq(name) >= rare
    if word and not (strong and tag in _NAME_LIKE_TAGS):
        return False
    if len(sur) == 1 and len(name) == 3 and not listed:
        head = name[:2]
        head_tag = JIEBA.tag(head)
        # After a title a rare word may start a given name (虎子明); a common one may not
        # (领导干部要 is no 干部要), unless a boundary or a verb that follows names settles it
        # and the word is one a name may start with, as a whole name may be (区长王国X主持:
        # 王国 a place word).
        limit = 1000 if anchored else 50
        if (
            head_tag not in (None, "nr", "nrfg", "nrt")
            and JIEBA.freq(head) >= limit
            and not (strong and (head_tag in _NAME_LIKE_TAGS or _word_given_name(name)))
            and not (strong and punctuated and _adverb_head(name))
        ):
            return False
    return True


def _adverb_head(name: str) -> bool:
    """``区委书记何必X，``: a surname and a given character make an adverb (何必), and the
    given name is no word: after a title and right before punctuation no adverb stands
    alone with a character that makes nothing, so it is a name."""
    return JIEBA.tag(name[:2]) in _ADVERB_TAGS and JIEBA.freq(name[1:]) == 0


def _verb_then_noun_phrase(name: str, text: str, end: int) -> bool:
    """Is ``name`` a dictionary verb (信访) followed by a longer word that is no verb
    (接待日): the words of a noun phrase, no name and the verb it does?"""
    if JIEBA.tag(name) not in _VERB_TAGS or JIEBA.freq(name) < _WORD_FREQ:
        return False
    after = dictionary_word_at(text, end)
    return after is not None and len(after) >= _PHRASE_AFTER_MIN and JIEBA.tag(after) != "v"


def _word_given_name(name: str) -> bool:
    """The given name of a three-character name is a word of its own (国庆, 建国): read
    whole after a title and before a word that follows names (书记全国庆说), it is a name
    although its surname makes a common word with the given name's first character."""
    return JIEBA.freq(name[1:]) >= _WORD_FREQ and JIEBA.tag(name) is None


def _stop_len(text: str, j: int) -> int:
    m = NAME_STOP_RE.match(text, j)
    return len(m.group()) if m else 0


def _given_ok(text: str, j: int) -> bool:
    return j < len(text) and is_han(text[j]) and text[j] not in NOT_NAME_CHARS


# A function word that is a common given-name character too (缪清和, 李永和, 夏侯正则, 王敬之,
# 张有为):
# read as the name's last character only where the word could not stand there
# (see ``_joiner_ends``).
_GIVEN_JOINERS = frozenset("和则之为")
# Of those, the one that is a whole given name too (景和, 李和).
_ONE_GIVEN_JOINER = "和"
_BOUNDARY = frozenset("，、。；：！？,;:")
# One-character words that govern a noun after them ("for", "will", "to", "from"): printed
# right before a boundary after a post (主任X为，), they have nothing to govern, so they are a
# two-character name's given character there.
_GOVERNS_A_NOUN = frozenset("为将把被向从对给以同让")
# Of those, the ones that govern a noun only, never a verb (以…身份, 同X一道; not 将出席 or
# 被表彰): before a word that follows names (副区长X以出席, 区领导X同参加) they have nothing to
# govern either.
_GOVERNS_ONLY_A_NOUN = frozenset("以同")


# Verbs that take no object and close a name list or a lead (带队, 陪同): a noun after them
# makes them a modifier (和带队领导).
_INTRANSITIVE_CLOSERS = frozenset({"带队", "讲话", "到会", "参会", "陪同"})
# Words that close a list of people (等) or say what they did there (出席), those above
# included: after 和 no second name can follow, so 和 is the last character of the name
# before (检察长X允和列席, X清和等参加, 区住建局局长X清和陪同). The adverb 则 ("for his
# part") does not stand before them either, so 则 there is a given name's last character
# too (区长X正则主持会议, 区领导X正则、Y出席).
# So does 应邀 before what they attended (A、X青和应邀出席).
_ATTENDED = frozenset({"等", "出席", "列席", "参加", "主持", "应邀"}) | _INTRANSITIVE_CLOSERS
# What the person said or reported (X清和说，…, X景和通报了…): a verb of speech opens no
# second name after 和 either; but 则 stands before it as the adverb (X则提出，…, one view
# set against another), so only 和 ends a name there.
_LIST_CLOSERS = _ATTENDED | {
    "说", "表示", "介绍", "指出", "强调", "要求", "通报", "汇报", "宣读", "宣布", "部署", "提出",
    "发言", "致辞", "解读",
    # Leading a group (X春和带领部分代表视察, X春和率代表团来访): the group is its object,
    # no second name.
    "带领", "率领", "率队", "率",
    # How the people listed did it, in turn or together (A、X春和先后发言, X春和分别介绍):
    # an adverb before the list's verb, where a second name would stand after "and".
    "先后", "分别", "一同", "一起", "共同",
}  # fmt: skip
# The particle 之 ("X's") wants a noun after it: before a boundary or one of those words it
# can only be a given name's last character (区长X敬之主持会议, 主任欧阳X之介绍).
# 为 ("for", "as") governs a noun: before a word saying what the person did (主任X可为陪同,
# X有为出席) it can only be a given name's last character. Before a boundary it closes a verb
# as often (认为，, 作为，), so a boundary after it settles nothing.
# 为 before "and" (县领导A、王大为及相关部门负责人参加) joins no object to "for": a name's end.
_CLOSERS_AFTER = {
    "和": _LIST_CLOSERS,
    "则": _ATTENDED,
    "之": _LIST_CLOSERS,
    "为": _ATTENDED | {"及", "以及"},
}
_ENDS_BEFORE_BOUNDARY = frozenset("和则之")
# A boundary or a line end.
_CLAUSE_END_RE = re.compile("[" + re.escape("".join(sorted(_BOUNDARY))) + "\n]")


def _joiner_ends(text: str, j: int) -> bool:
    """``text[j]`` is 和 printed where "and" could join no second name, 则 where "for his
    part" could not stand, 之 where "'s" has no noun to govern, or 为 where "for" has none:
    right before a boundary (区委办主任X清和，; not 为, which closes 认为 there) or
    before a word that closes a list or says what the list did (X允和列席会议,
    ``_CLOSERS_AFTER``), unless that word is a longer one's start (和主持人) or a 的 before
    the clause ends makes it a relative clause (和出席会议的代表)."""
    if text[j : j + 1] not in _GIVEN_JOINERS or j + 1 >= len(text):
        return False
    if text[j + 1] in _BOUNDARY:
        return text[j] in _ENDS_BEFORE_BOUNDARY
    m = NAME_STOP_RE.match(text, j + 1)
    if m is None or m.group() not in _CLOSERS_AFTER[text[j]]:
        return False
    word = dictionary_word_at(text, j + 1)
    if word is not None and len(word) > len(m.group()) and word not in _CLOSERS_AFTER[text[j]]:
        return False
    if m.group() in _INTRANSITIVE_CLOSERS and follow_score(text, m.end()) < 2:
        return False
    end = _CLAUSE_END_RE.search(text, j + 1)
    return "的" not in text[j + 1 : end.start() if end else len(text)]


def read_name(text: str, i: int, known: Names, *, titled: bool = True) -> str | None:
    """The person name starting at ``text[i]``, its end decided by what follows it.

    A surname takes one or two given characters; the reading whose next characters read as
    what follows a name wins (郝晨国主持: 主持 follows 郝晨国; 龚然紧扣: 紧扣 follows 龚然).
    A name the page prints elsewhere (``known``) only breaks a tie: it never cuts a longer
    reading short nor stretches a name into the next word. ``titled``: a title or a list
    of titled names comes before, so a given name that starts like a word still reads.
    """
    if i >= len(text):
        return None  # a title the text ends on (a body cut off at a jump line)
    sur = surname_at(text, i)
    if sur is None:
        # A byline name with a surname outside the list still reads where it is printed.
        n = known.at(text, i)
        if n is not None:
            return n if follow_score(text, i + len(n)) >= 2 else None
        if titled and text[i] in TITLED_ONLY_SURNAMES:
            name = _read_after(text, i, text[i], known, titled)
            # Nor may the surname close a word with the title's last character (全区长远发展:
            # 长远, no 区长 and no name).
            ok = (
                name is not None
                and JIEBA.freq(text[i - 1 : i + 1]) < _WORD_FREQ
                and (
                    (len(name) == 3 and JIEBA.freq(name[:2]) < _WORD_FREQ)
                    # Two characters that make no word, then a boundary or a verb that
                    # follows names (县政协主席义洁出席), as a rare surname's short name.
                    or (
                        len(name) == 2
                        and JIEBA.freq(name) == 0
                        and follow_score(text, i + 2) >= _TITLED_ONLY_SHORT_FOLLOW
                    )
                )
            )
            return name if ok else None
        return _rare_surname_name(text, i, known) if titled else None
    name = _read_after(text, i, sur, known, titled)
    if name is None and len(sur) == 2 and sur[0] in SURNAMES:
        # 段干 is a compound surname, but 段干说 is 段 + 干: the single one, when the
        # compound leaves no name.
        name = _read_after(text, i, sur[0], known, titled)
    if name is not None and (
        _comes_to_a_place(text, i, name)
        # 委员齐聚一堂, 干部齐心协力: the surname opens a set phrase
        or (_opens_an_idiom(text, i) and known.at(text, i) is None)
    ):
        return None
    return name


# Set phrases of four characters (成语, 习用语) as jieba tags them: one may open on a
# surname's character (齐聚一堂, 严防死守, 万众一心), and then no name starts there.
_IDIOM_TAGS = frozenset({"i", "l", "nz"})


def _opens_an_idiom(text: str, i: int) -> bool:
    phrase = text[i : i + 4]
    return len(phrase) == 4 and JIEBA.freq(phrase) > 0 and JIEBA.tag(phrase) in _IDIOM_TAGS


# 来 is a surname and the verb "come": before a province's or a city's short name and a verb
# of visiting (总书记来闽考察, 副省长来汴调研, 市委书记来郑州视察) it is the verb.
_COMING = "来"
_PLACE_TAGS = frozenset({"ns", "j"})
# Province names jieba tags as a surname (鲁, 鄂, 桂, 甘, 晋, 吉).
_PROVINCES_TAGGED_NR = frozenset("鲁鄂桂甘晋吉")
_VISIT_RE = re.compile(
    r"考察|视察|调研|指导|检查|督导|访问|参观|交流|洽谈|出席|参加|慰问|宣讲|投资|开展"
)


def _comes_to_a_place(text: str, i: int, name: str) -> bool:
    if not name.startswith(_COMING) or not _VISIT_RE.match(text, i + len(name)):
        return False
    place = name[len(_COMING) :]
    return JIEBA.tag(place) in _PLACE_TAGS or place in _PROVINCES_TAGGED_NR


# A character this rare as a word of its own (琚, 甯, 郗) is no word of the sentence: right
# after a title it can only be a surname.
_RARE_CHAR_FREQ = 1000
_RARE_FOLLOW_FULL = 2


# How surely what follows a two-character name with a titled-only surname says it is one.
_TITLED_ONLY_SHORT_FOLLOW = 3


def _rare_surname_name(text: str, i: int, known: Names) -> str | None:
    """A name whose surname is in no list (琚, 甯), read only where a title or a titled list
    stands before it: a rare character that starts no word, then one or two given
    characters, then a boundary or a verb that follows names (副主任X雅楠、, 副区长X知远参加);
    one given character only before a boundary or a word of two characters or more (乡长X青
    通报, not 乡长X青说: a one-character verb may be the name's last character)."""
    ch = text[i]
    if (
        not _given_ok(text, i)
        or ch in PLACE_SUFFIX_CHARS
        or ch in _TITLE_HEADS
        or JIEBA.freq(ch) >= _RARE_CHAR_FREQ
        or dictionary_word_at(text, i) is not None
        # a word that follows names (a river chief's 巡河) starts none
        or _stop_len(text, i)
        or _closes_word(text, i)
    ):
        return None
    name = _read_after(text, i, ch, known, True)
    # A full name of three characters (主任X海鸥推介了…) may be followed by any dictionary
    # verb, as a listed surname's may; a shorter one only by a boundary or a stop word.
    least = _RARE_FOLLOW_FULL if name is not None and len(name) == 3 else 3
    if name is None or follow_score(text, i + len(name)) < least:
        return None
    if len(name) == 2 and _stop_len(text, i + 2) == 1:
        return None
    return name


def _closes_word(text: str, i: int, end: int | None = None) -> bool:
    """``text[i:end]`` (one character by default) closes a dictionary word with the character
    before it: an office word's last character opens a word of the sentence (河长效机制,
    全区长效管护: 长效; 区长期 …), so what follows is the rest of that word, no surname after a
    post; a modal glued so (主要, 重要) is no modal."""
    end = i + 1 if end is None else end
    return i > 0 and JIEBA.freq(text[i - 1 : end]) >= _WORD_FREQ


def _closes_list(text: str, at: int) -> bool:
    """A word that closes a list of people or says what they did there (等, 参加, 出席) at
    ``text[at]``, no longer word's start (参加者)."""
    m = NAME_STOP_RE.match(text, at)
    if m is None or m.group() not in _ATTENDED:
        return False
    word = dictionary_word_at(text, at)
    return word is None or len(word) <= len(m.group())


def _read_after(text: str, i: int, sur: str, known: Names, titled: bool) -> str | None:
    """``read_name`` with the surname read as ``sur``."""
    g = i + len(sur)  # first char of the given name
    if text[g : g + 1] == _ONE_GIVEN_JOINER and titled and _joiner_ends(text, g):
        # 副区长A、景和出席: 和 the one given character, printed where "and" could not stand
        # (see ``_joiner_ends``); 之 never ends a name of two (X之 is "X's").
        name = text[i : g + 1]
        ok = _valid_name(name, known, anchored=True, strong=True, surname=sur, joiner_end=True)
        return name if ok else None
    if (
        titled
        and text[g : g + 1] in _GOVERNS_A_NOUN
        and (
            text[g + 1 : g + 2] in _BOUNDARY
            or (text[i - 1 : i] == "、" and _closes_list(text, g + 1))
        )
        and JIEBA.freq(text[i : g + 1]) < _WORD_FREQ
    ):
        # 区领导A、谷向、B: a word that governs a noun has none before a boundary, nor in a
        # list's last slot before the list's verb (A、谷向参加), so after a title it is the one
        # given character (向, 从 and 对 never end a name elsewhere).
        return text[i : g + 1]
    if (
        text[g : g + 1] in MIDDLE_NAME_CHARS
        and _given_ok(text, g + 1)
        and titled
        # 主任李和副主任王: the conjunction before a second title, no given name.
        and text[g + 1] not in _TITLE_HEADS
        and not OFFICE_RE.match(text, g + 1)
    ):
        # 区领导蔺之恒: a particle as the first given character, only in a titled
        # three-character name read whole.
        name = text[i : g + 2]
        if follow_score(text, g + 2) >= 2 and _valid_name(
            name, known, anchored=True, strong=follow_score(text, g + 2) >= 3, surname=sur
        ):
            return name
        return None
    if not _given_ok(text, g):
        return None
    stop = NAME_STOP_RE.match(text, g)
    short = text[i : g + 1]
    s_short = follow_score(text, g + 1)
    if stop is not None and len(stop.group()) > 1 and s_short < 3:
        return None  # 王主持: a surname character, then a verb (but 李强调研 is 李强)
    best, score = short, s_short
    joiner_end = _joiner_ends(text, g + 1)
    if joiner_end:
        best, score = text[i : g + 2], 3
    elif _given_ok(text, g + 1):
        long = text[i : g + 2]
        s_long = follow_score(text, g + 2)
        s_short_k = s_short + (1 if short in known else 0)
        s_long_k = s_long + (1 if long in known else 0)
        if s_long_k > s_short_k or (
            s_long_k == s_short_k
            and (
                (text[g + 1] in _GOVERNS_A_NOUN and text[g + 2 : g + 3] in _BOUNDARY)
                or (
                    (not one_char_stop_at(text, g + 1) or text[g + 1] in _GOVERNS_ONLY_A_NOUN)
                    and _stop_len(text, g + 2) >= _stop_len(text, g + 1)
                )
            )
            and not (verb_phrase_at(text, g + 2) and dictionary_word_at(text, g + 1))
        ):
            # A tie (王立强调研): the longer name, unless the shorter leaves the longer stop
            # after it (曾平陪同 is 曾平, not 曾平陪 + 同) or a dictionary word where the
            # longer leaves only a verb and its particle (X澄提交了, not X澄提 + 交了). A
            # one-character stop that governs a noun only (以, 同) has none to govern before a
            # word that follows names (任大同主持), nor one that governs a noun before a
            # boundary (县领导X国让、A): it is the name's.
            best, score = long, s_long
    end = i + len(best)
    if score < 2 and end < len(text) and text[end] in PLACE_SUFFIX_CHARS:
        return None  # 马寨镇, 福华街: a place, not a person
    if text.startswith(_DURING, end):
        return None  # 负责人麦收期间工作: a season or an event ("during X"), no one's name
    if (
        stop is not None
        and len(stop.group()) == 1
        and best == short
        and not (
            titled
            and stop.group() in _GOVERNS_A_NOUN
            and (
                text[g + 1 : g + 2] in _BOUNDARY
                or (stop.group() in _GOVERNS_ONLY_A_NOUN and follow_score(text, g + 1) >= 3)
            )
        )
    ):
        return None  # 王为, 张将: a surname and a function word
    if len(best) == 2 and _verb_then_noun_phrase(best, text, end):
        return None
    ok = _valid_name(
        best,
        known,
        anchored=titled and score >= 2,
        strong=titled and score >= 3,
        surname=sur,
        joiner_end=joiner_end,
        listed=titled
        and text[i - 1 : i] == "、"
        and score >= 3
        and text[end : end + 1] in _BOUNDARY,
        punctuated=text[end : end + 1] in _TITLE_BOUNDARY,
    )
    return best if ok else None


# Words after a time, a season or an event (麦收期间, 春节前夕, 开工以来): no person is
# followed by them.
_DURING = ("期间", "前夕", "以来", "之际")
_OPEN, _CLOSE = "（(", "）)"
# Only 、 joins the titles of a chain: 副区长兼区公安分局局长 is one title as printed, the 兼
# inside it saying the two posts are held together (the corpus gold's "split on 、").
_CHAIN_JOINERS = set("、")
_HELD_WITH = "兼"
_BRACKET_RE = re.compile(r"[（(]([^（()）]*)[）)]")
_BRACKET_TAIL = re.compile(r"[（(][^（()）]*[）)]$")
# After an office word inside a title these continue the organization (常委会, 代表团),
# anything else starts a new title (…负责人区委书记 → 区委书记).
_ORG_CONTINUES = set("会团组处办室部局科所院厅委队站小班")


def _read_back(text: str, end: int, floor: int) -> int:
    """Where the title ending at ``end`` starts: back to a boundary, over whole brackets."""
    start = end
    while start > floor and end - start < _MAX_TITLE:
        ch = text[start - 1]
        if ch in _CLOSE or ch == "”":
            # A bracket or a quoted name inside a title (区“两新”工委书记) is part of it.
            pairs = ("“",) if ch == "”" else ("（", "(")
            opening = max(text.rfind(p, floor, start - 1) for p in pairs)
            if opening < 0 or end - opening > _MAX_TITLE:
                break
            # A quoted name holds no punctuation; a quotation ending a sentence before the
            # title (“…安心。”区人大代表X说) is no part of it.
            if ch == "”" and any(c in _TITLE_BOUNDARY for c in text[opening + 1 : start - 1]):
                break
            # A quote after a verb or after another quote (走访中看“新容颜”社区书记X) is a
            # phrase of the sentence, no name of the body: the title starts after it.
            before = text[opening - 1] if opening > floor else ""
            if ch == "”" and (before == "”" or (is_han(before) and JIEBA.tag(before) == "v")):
                break
            start = opening
            continue
        if ch in _TITLE_BOUNDARY or ch in _CHAIN_JOINERS:
            break
        if ch in _FIGURE_LAST and _FIGURE_END_RE.search(text, max(floor, start - 3), start):
            break
        start -= 1
    return start


def _last_title(seg: str) -> int:
    """Offset in ``seg`` where its last title starts, when it prints two without a 、."""
    cut = 0
    for m in OFFICE_RE.finditer(seg):
        rest = seg[m.end() :]
        if not rest or rest[0] in _ORG_CONTINUES or rest[0] in _OPEN or rest[0] in _CLOSE:
            continue
        if rest[0] == _HELD_WITH:
            continue  # 副区长兼区公安分局局长: one title, its posts held together
        offices = list(OFFICE_RE.finditer(rest))
        # 主任委员 is one post; 负责人区委书记 is two: the second needs its own organization.
        # 区长 names its own organization (区长助理 after 负责人 is a post of its own).
        own = offices and (offices[0].start() > 0 or offices[0].group()[0] in "区市县镇乡省州村")
        if own and offices[-1].end() == len(rest):
            cut = m.end()
    return cut


# Words naming what a body does that open on a lead word's character: 对口 (对口支援, 对口帮扶,
# 对口协作 指挥部 / 工作组) and 对外 (对外联络部).
_WORK_WORDS_ON_A_LEAD = ("对口", "对外")


def _is_lead(seg: str, i: int, word: str, start: int) -> bool:
    """``word`` at ``seg[i]`` stands before the title (还有区委常委, 和区长), not inside it;
    ``start``: where the title begins so far."""
    if word in _VISIT_LEADS:
        after = seg[i + len(word) : i + len(word) + 1]
        return (
            (i == start or len(word) > 1)
            and after not in _ORG_CONTINUES
            and JIEBA.freq(seg[i : i + len(word) + 1]) < _WORD_FREQ
        )
    if word not in _WORD_LEADS:
        # 云帆数据董事长: a one-character lead that closes a noun with the character before
        # it (数据, 证据) is part of the organization's name.
        if len(word) == 1 and i > start:
            noun = seg[i - 1 : i + 1]
            tag = JIEBA.tag(noun) or ""
            if tag.startswith("n") and JIEBA.freq(noun) >= _WORD_FREQ:
                return False
        # 对口支援…指挥部指挥长, 对外联络部部长: 对 opens the words of a body's work.
        return not seg.startswith(_WORK_WORDS_ON_A_LEAD, i)
    # 也有, 还和, 他和: an adverb or a pronoun of its own before the word still leads
    # (…车工X，也有街道…书记Y; “……。”他和村党支部书记Y一起); so does a person's name, the one
    # the conjunction joins to the titled person after it (X与驻村第一书记Y交流), unless it is
    # a unit's place and first line of work (区工业和信息化局).
    adverb = i == start + 1 and JIEBA.tag(seg[start]) in _LEAD_IN_TAGS
    if (
        i != start
        and not adverb
        and not _person_before(seg, start, i)
        and not _people_before_title(seg, start, i)
        and not seg[start:i].rstrip(_PARTY_ADVERBS).endswith(_A_PARTY)
        and not (seg.startswith(_BODIES_IN_GENERAL, start) and _opens_post(seg, i + 1))
    ):
        return False
    if JIEBA.freq(seg[i : i + 2]) >= _WORD_FREQ:
        return False
    # 并同X村支部书记Y: after 并 ("and also") the conjunction is the preposition "with", the
    # person's village after it.
    if seg[i - 1 : i] == _ALSO:
        return True
    # 和庄镇镇长, 同乐村: the first character of a place (but 和副镇长 is 和 + 副镇长, and
    # 有淮河路 is 有 + 淮河路: the characters before the place's end are a word of their own;
    # 和我县领导 is 和 + 我县领导: 我 opens the paper's own place, no place's name).
    if seg[i + 1 : i + 2] == _OUR:
        return True
    return not any(
        seg[j : j + 1] in _PLACE_ENDS
        and seg[j + 1 : j + 2] != "长"
        and (j == i + 2 or JIEBA.freq(seg[i + 1 : j]) < _WORD_FREQ)
        for j in (i + 2, i + 3)
    )


# "And also", before a conjunction that then can only be the preposition (并同, 并与).
_ALSO = "并"

# Bodies named in general (相关工委, 有关部门, 各乡镇) before a conjunction: no one unit's name
# the conjunction could be inside, so it joins them to the person whose post opens after it
# on a level (相关工委和全国人大代表X).
_BODIES_IN_GENERAL = ("相关", "有关", "各")


def _opens_post(seg: str, at: int) -> bool:
    return seg[at : at + 1] in _TITLE_HEADS or seg.startswith("全国", at)


# 一行 closes the naming of a visiting party (考察团一行与集团董事长X会谈): no organization's
# name ends on it, so the conjunction after it leads to the next person.
_A_PARTY = "一行"
# An adverb between the party and the conjunction (X一行还与市长Y连线): the party's still.
_PARTY_ADVERBS = "还也又均都"

# 向 is a surname and the preposition "to" (X向大会作报告, X向群众讲解): before a common noun
# it is the preposition.
_TOWARDS = "向"
_COMMON_NOUN_FREQ = 1000


def _common_noun(word: str) -> bool:
    return JIEBA.tag(word) == "n" and JIEBA.freq(word) >= _COMMON_NOUN_FREQ


_NO_NAMES = Names()
_WORD_MAX = 4


def _people_before_title(seg: str, start: int, i: int) -> bool:
    """The conjunction at ``seg[i]`` joins people named by a common noun (与会干部, 企业代表)
    to the titled person after it (与会干部同区委常委X): a noun ends right before it and a
    title's head follows (区, 副, 市), so the noun is no word of an organization's name
    (区工业和信息化局: 信 heads no title)."""
    if seg[i + 1 : i + 2] not in _TITLE_HEADS:
        return False
    for k in range(2, _WORD_MAX + 1):
        word = seg[i - k : i] if i - k >= start else ""
        if word and (JIEBA.tag(word) or "").startswith("n") and JIEBA.freq(word) >= _WORD_FREQ:
            return True
    return False


def _person_before(seg: str, start: int, i: int) -> bool:
    """``seg[start:i]`` reads as a person's name by its shape alone, no unit's place and
    first line of work (``_joined_unit``)."""
    return read_name(seg, start, _NO_NAMES, titled=False) == seg[start:i] and not _joined_unit(
        seg, start, i
    )


def _title_before(text: str, end: int, floor: int) -> tuple[str, int] | None:
    """The title ending at ``end`` (an office word's end), read back to a boundary."""
    start = _read_back(text, end, floor)
    seg = text[start:end]
    # Drop lead-in words: keep what follows the last one.
    cut = 0
    for m in _TITLE_LEAD_RE.finditer(seg):
        if m.end() < len(seg) - 1 and _is_lead(seg, m.start(), m.group(), cut):
            cut = m.end()
    cut += _modal_lead(seg, cut)
    cut += _verb_lead(seg, cut)
    cut += _last_title(seg[cut:])
    # …部门负责人和街道党工委书记X: the last title, cut after the post before it, opens on the
    # conjunction that joins the two people.
    lead = _TITLE_LEAD_RE.match(seg, cut)
    if lead is not None and lead.end() < len(seg) - 1 and _is_lead(seg, cut, lead.group(), cut):
        cut = lead.end()
    cut += _party_lead(seg, cut)
    cut += _pointer_lead(seg, cut)
    cut += _our_lead(seg, cut)
    seg = seg[cut:]
    if not seg or not OFFICE_RE.search(seg) or seg.startswith(_GROUP_OPENERS):
        return None
    return seg, start + cut


# A title opening on "each" or "all" names a group (各街道和有关部门负责人简要汇报, 全体政协委员,
# 广大党员干部): the word after it is no one's name.
_GROUP_OPENERS = ("各", "全体", "广大")


# 方 after a verb names a party to some work by what it does (运营方, 承建方, 投资方;
# jieba tags 主办 as a distinguishing word, b).
_PARTY = "方"
_PARTY_VERB_TAGS = frozenset({"v", "vn", "b"})


def _party_lead(seg: str, at: int) -> int:
    """Length of a party word and what it qualifies before the title at ``seg[at]``
    (夜市运营方X有限公司总经理): it describes the organization that follows, in apposition,
    and is no part of its name; 0 where no such word stands before an organization's post."""
    k = seg.rfind(_PARTY, at)
    while k >= at + 2:
        rest = seg[k + 1 :]
        if (
            JIEBA.tag(seg[k - 2 : k]) in _PARTY_VERB_TAGS
            and dictionary_word_at(seg, k) is None
            and rest[:1] not in _ORG_CONTINUES
            and OFFICE_RE.search(rest)
            and not OFFICE_RE.match(rest)
        ):
            return k + 1 - at
        k = seg.rfind(_PARTY, at, k)
    return 0


# 我市, 我区 ("our city", "our district") before a post points to the paper's own place: 我
# is no word of the title (我市领导 is the 市领导, 我区人大常委会主任 the 区人大常委会主任), nor is
# the level where the post repeats it (我市市委副书记 is the 市委副书记).
_OUR = "我"
_OUR_LEVELS = "省市区县镇乡"


def _our_lead(seg: str, at: int) -> int:
    """Length of the ``我`` (and the level repeated) opening the title at ``seg[at]``."""
    level = seg[at + 1 : at + 2]
    if seg[at : at + 1] != _OUR or not level or level not in _OUR_LEVELS:
        return 0
    return 2 if seg[at + 2 : at + 3] == level else 1


def _pointer_lead(seg: str, at: int) -> int:
    """Length of ``该`` opening the title at ``seg[at]``: it points back to a unit named
    elsewhere and names none (``该社区党委书记``), and the unit's one character goes with it
    where the post repeats that character (``该校校长``, ``该局副局长``)."""
    if seg[at : at + 1] != "该":
        return 0
    unit, rest = seg[at + 1 : at + 2], seg[at + 2 :]
    return 2 if unit and rest.startswith((unit, "副" + unit)) else 1


# Modal verbs that open a predicate (要压实…, 必须落实…): a title holds none as a word of its own.
# 须, 需 and 应 alone are left out: they open place names too (须水街道).
_MODALS = ("必须", "应当", "需要", "要")
# Tags of the adverbs before a verb (进一步, 切实) and of the verbs and adjectives that run on
# after it (建立健全: 建立 + 健全).
_ADVERB_TAGS = frozenset({"d", "ad"})
# What may stand as a word of its own before a lead word (也有, 他和): an adverb or a pronoun.
_LEAD_IN_TAGS = _ADVERB_TAGS | {"r"}
_PREDICATE_TAGS = frozenset({"v", "vd", "a", "ad", "d"})


def _modal_lead(seg: str, at: int) -> int:
    """Length of the sentence's predicate before the title at ``seg[at]``: the last modal
    standing as a word of its own (要建立健全区级河长: not 主要, 要素), its adverbs, the
    verb it governs whatever jieba tags it (压实), and the verbs and adjectives that run on
    after that; 0 where no modal and verb are printed or no title would be left."""
    start = -1
    for modal in _MODALS:
        k = seg.rfind(modal, at)
        while k >= at:
            end = k + len(modal)
            word = dictionary_word_at(seg, k)
            if not _closes_word(seg, k, end) and (word is None or word == modal):
                start = max(start, end)
                break
            k = seg.rfind(modal, at, k)
    if start < 0:
        return 0
    pos, verb_seen = start, False
    while True:
        word = dictionary_word_at(seg, pos)
        rest = seg[pos + len(word) :] if word else ""
        if word is None or not rest or rest[0] in _ORG_CONTINUES:
            break
        if not OFFICE_RE.search(rest) or word[0] in _TITLE_HEADS:
            break
        tag = JIEBA.tag(word) or ""
        if verb_seen and tag not in _PREDICATE_TAGS:
            break
        verb_seen = verb_seen or tag not in _ADVERB_TAGS
        pos += len(word)
    # A modal with no verb after it (要庄村…) is a place's character, no predicate.
    return pos - at if verb_seen and OFFICE_RE.search(seg, pos) else 0


# 执行 before a post names the executive one of its kind (执行董事, 执行主席, 执行院长), as 常务
# does: part of the post, though the word is a verb on its own.
_EXECUTIVE = "执行"


def _verb_lead(seg: str, at: int) -> int:
    """Length of a common verb that opens the title at ``seg[at]`` (提起社区党委书记: the
    sentence's verb, then the title); 0 when the word goes on into an organization (组织部,
    执行局) or what follows is no title of its own (执行董事)."""
    word = dictionary_word_at(seg, at)
    # A rare verb is as often a place's first two characters (建中街).
    if word is None or len(word) != 2 or JIEBA.tag(word) != "v" or JIEBA.freq(word) < 200:
        return 0
    if word == _EXECUTIVE:
        return 0  # 执行董事, 执行院长: the post's own first word
    rest = seg[at + 2 :]
    if OFFICE_RE.fullmatch(rest) and rest[0] not in _PUBLIC_CHARS:
        # 实行领导包联: a bare office word naming no unit right after the verb qualifies the
        # verb's object (the work led), no post; the verb and the word are no title.
        return len(seg) - at
    if len(rest) < 4 or rest[0] in _ORG_CONTINUES or OFFICE_RE.match(rest):
        return 0
    return 2


def _rank_after_a_post(text: str, start: int, floor: int) -> bool:
    """A weak office word at ``text[start]`` closing a chain after a post (县人大常委会党组书记、
    委员X; 区委书记、常委、委员X): the body's rank, as printed, no group."""
    if start <= floor + 1 or text[start - 1] not in _CHAIN_JOINERS:
        return False
    prev = _title_before(text, start - 1, floor)
    return prev is not None and (
        prev[0] not in WEAK_OFFICE_WORDS or _rank_after_a_post(text, prev[1], floor)
    )


def _titles_for(text: str, office_start: int, office_end: int, floor: int) -> list[str]:
    """All titles of a chain like 区委常委、统战部部长、区委办主任 ending at ``office_end``.

    A bracket that holds titles of its own (区政协副主席（区工商联主席）) adds them in order.
    """
    got = _title_before(text, office_end, floor)
    if got is None:
        return []
    if got[0] in WEAK_OFFICE_WORDS and not _rank_after_a_post(text, got[1], floor):
        return []
    role = _role_not_post(got[0])
    titles = [] if role else _split_bracket(got[0])
    start = got[1]
    while start > floor + 1 and text[start - 1] in _CHAIN_JOINERS:
        prev_end = start - 1
        prev = _title_before(text, prev_end, floor)
        # A role in front of a post (获奖代表、X社区党委书记) is the person's part at the
        # event: no post, and the chain before it is no more of theirs.
        if (
            prev is None
            or not ends_with_office(_BRACKET_TAIL.sub("", prev[0]))
            or _role_not_post(prev[0])
            or _held_by_the_name_before(text, prev[1], prev_end)
        ):
            break
        titles[:0] = _split_bracket(prev[0])
        start = prev[1]
    titles[:0] = _posts_before_comma(text, start, floor)
    # A professional rank (X研究所研究员, X学院教授, X医院副主任医师) is no office, institute
    # or not; in a chain with a post the person is an official by the post, the rank kept as
    # printed.
    if all(t.endswith(PROFESSIONAL_RANKS) for t in titles):
        return []
    return titles


def _held_by_the_name_before(text: str, start: int, end: int) -> bool:
    """Is the post ending ``text[start:end]`` printed after its holder's name (the honorific
    order: ``X处某某副处长，``), or after a name that follows a post of its own (``X总监亢某副
    总裁、Y总经理Z``)? That post is that name's, no part of the next chain."""
    last = list(OFFICE_RE.finditer(text, start, end))[-1:]
    if last and _honorific_post(text, last[0]):
        return True
    post = last[0].start() - (text[last[0].start() - 1 : last[0].start()] == _DEPUTY) if last else 0
    return any(
        post - k > 0
        and ends_with_office(text, post - k)
        and read_name(text, post - k, _NO_NAMES) == text[post - k : post]
        for k in (3, 2)
    )


def _posts_before_comma(text: str, start: int, floor: int) -> list[str]:
    """The posts of a clause that holds nothing but them, ended by a comma right before the
    chain starting at ``start`` (``市委常委，X新区党工委书记、管委会主任Y``: the city's post,
    then the area's): the same person's, printed first. A clause with any other word in it
    (``他担任区委书记，区长Y``) is no such chain."""
    if start <= floor + 1 or text[start - 1] != _POSTS_COMMA:
        return []
    out: list[str] = []
    end = start - 1
    while True:
        prev = _title_before(text, end, floor)
        if prev is None or prev[1] != _read_back(text, end, floor):
            return []  # a lead word or a verb before the post: a clause of its own
        if not ends_with_office(prev[0]) or _role_not_post(prev[0]):
            return []
        if prev[0].endswith(_UNNAMED_IN_CHARGE):
            return []  # 市援兴办有关负责人，我旗领导X: those in charge, unnamed, no X's post
        if _held_by_the_name_before(text, prev[1], end):
            return []  # X处某某副处长，Y局局长Z: the post before the comma is 某某's
        out[:0] = _split_bracket(prev[0])
        at = prev[1]
        if at > floor and text[at - 1] in _CHAIN_JOINERS:
            end = at - 1
            continue
        opens_clause = (
            at == 0
            or text[at - 1] in _SENTENCE_OPENERS
            or (text[at - 1] == _POSTS_COMMA and _TIME_CLAUSE_END.search(text, 0, at - 1))
        )
        return out if opens_clause else []


_POSTS_COMMA = "，"
# A lead's time clause before the chain (11月5日，市委常委，X新区党工委书记Y; 近日，…): the
# posts clause opens after it as after a sentence's start.
_TIME_CLAUSE_END = re.compile(
    r"(?:\d{1,2}月\d{1,2}日|近日|日前|昨日|昨天|今天|今日)(?:上午|下午|晚上?|晚间)?$"
)
# A body's people in charge left unnamed (有关负责人, 相关负责同志): a group, no one's post.
_UNNAMED_IN_CHARGE = ("有关负责人", "相关负责人", "有关负责同志", "相关负责同志")
# Characters of a public body or a place: an organization holding one is an office's.
_PUBLIC_CHARS = frozenset("区市县省州镇乡村街社党委局办院所厅部处科站署府")
# The head of a team of no public body is a work role: a troupe's 队长 (X舞队队长), a shop
# floor's 班组长 (车间班组长), as a 环卫班长 is. The office word, and how the team's name ends.
_TEAM_HEADS = {"队长": "队", "组长": "班"}
_COMPANY_RE = re.compile("公司|集团")
# Post words that name whoever is in charge of, or belongs to, anything: after a kind of body
# alone (企业负责人, 家庭成员, 项目生产经理) they name no body (政法委员, 人大代表 are posts of
# their own; X有限公司项目经理 names the company).
_IN_CHARGE = frozenset({"负责人", "成员", "经理"})
# 代表 is a seat only in a congress: 人大代表, 人民代表, 党代表, 党代会代表 (妇代会, 侨代会),
# 代表大会代表, 二十大代表. Any other X代表 names whom the person speaks for at the event.
_CONGRESS_END_RE = re.compile(r"(?:人大|人民|党|代会|大会|[一二三四五六七八九十]大)$")


def _role_not_post(title: str) -> bool:
    """``title`` names a role, not an office: the one in charge of, or a member of, a kind
    of body, no body named (企业负责人, 团队成员), or the head of a team of no public body
    (X舞队队长, 车间班组长)."""
    offices = list(OFFICE_RE.finditer(title))
    if not offices or offices[-1].end() != len(title):
        return False
    office = offices[-1]
    org = title[: office.start()]
    # 居民代表, 获奖代表, 无党派人士代表, 侨商代表: one who speaks for people of a kind, or for
    # those who did something, has a part at the event, no post (a congress's delegate has one).
    if office.group() == "代表" and org and not _CONGRESS_END_RE.search(org):
        return True
    if not org:
        return False
    # A company's team (X集团青年突击队): the team is of no public body, wherever the company
    # is based (郑州, a city's character in its name).
    team = _TEAM_HEADS.get(office.group())
    if team is not None and org.endswith(team):
        return not any(c in _PUBLIC_CHARS for c in _COMPANY_RE.split(org)[-1])
    if any(c in _PUBLIC_CHARS for c in org):
        return False
    if office.group() in _IN_CHARGE:
        return _kind_of_body(org) or any(
            _kind_of_body(org[:k]) and JIEBA.tag(org[k:]) in _LINES_OF_WORK
            for k in range(2, len(org) - 1)
        )
    return False


# 企业财务负责人: a kind of body, then the line of work the person answers for (a noun, or a
# verb used as one: 生产, 销售); still no body named.
_LINES_OF_WORK = frozenset({"n", "vn"})


def _kind_of_body(word: str) -> bool:
    return JIEBA.tag(word) == "n" and JIEBA.freq(word) >= _WORD_FREQ


def _split_bracket(title: str) -> list[str]:
    """区政协副主席（区工商联主席） → both titles; 某公司（集团）董事长 stays one title."""
    m = _BRACKET_RE.search(title)
    if m is None:
        return [title]
    inner = [t for t in m.group(1).split("、") if t and OFFICE_RE.search(t)]
    if not inner:
        return [title]
    outer = [t for t in (title[: m.start()], title[m.end() :]) if t and OFFICE_RE.search(t)]
    return [*outer[:1], *inner, *outer[1:]]


def _name_after_office(text: str, start: int, end: int) -> int | None:
    """Where a name after the office word ``text[start:end]`` would start, if anywhere.

    区政协副主席（区工商联主席）王某: the name follows the bracket, read from the inner office
    word; 副区长（挂职）王某: from the outer one. 领导干部, 代表团: the office word is only the
    start of a longer word, so no name follows it.
    """
    word = dictionary_word_at(text, start)
    if word is not None and start + len(word) > end:
        return None
    if _post_opens_a_word(text, end):
        return None
    if text.startswith(_CANDIDACY, end):
        # 区长候选人X, 政协主席提名人选X: standing for the post, a title as printed.
        return end + next(len(w) for w in _CANDIDACY if text.startswith(w, end))
    if end < len(text) and text[end] in _CLOSE:
        return end + 1
    if (intro := _LIST_INTRO_RE.match(text, end)) and _introduces_list(text, end, intro.end()):
        # 执行主席是（按姓名笔画排列）：A、B…, 执行主席由A、B…担任: the list of those who
        # held the post, after a copula or 由 (a surname too) and a note on the order.
        return intro.end()
    if end < len(text) and text[end] in _OPEN:
        close = min((p for p in (text.find("）", end), text.find(")", end)) if p >= 0), default=-1)
        if close < 0 or close - end > 12 or OFFICE_RE.search(text, end, close):
            return None
        return close + 1
    return end


# What may stand between a post and the list of its holders (执行主席是（按姓名笔画排列）：,
# 执行主席由…担任, 担任大会执行主席的有：).
# A colon alone introduces the list as well (区领导：A、B及…陪同).
_LIST_INTRO_RE = re.compile(r"(?:(?:是|为|由|的有)(?:（[^（）]{1,12}）)?：?|：)")


def _introduces_list(text: str, end: int, at: int) -> bool:
    """Does ``text[end:at]`` introduce a list of names (a 、 within a name's length after it)?"""
    return (
        at > end
        and _LIST_INTRO_RE.fullmatch(text, end, at) is not None
        and ("、" in text[at : at + _LISTED_NAME_MAX + 1])
    )


# The longest name read before a list's 、 (a compound surname and a two-character given name).
_LISTED_NAME_MAX = 4
# Standing for a post (区长候选人, 主席提名人选): printed after the office word, before the name.
_CANDIDACY = ("提名人选", "候选人")
# What ends the name of a road or a street (长江路, 长安街, 长兴大道), or of a stretch of one
# or of a river (皂河长安段).
_ROAD_ENDS = ("路", "街", "巷", "大道", "段")


def _post_in_a_noun(text: str, end: int) -> bool:
    """The post ending at ``end`` and the character after it are a word (应邀上主席台就座),
    the character not the first of the next word (书记处理, 书记 then 处理): no post."""
    noun = JIEBA.freq(text[end - 2 : end + 1])
    return noun >= _WORD_FREQ and JIEBA.freq(text[end : end + 2]) < noun


def _post_opens_a_word(text: str, end: int) -> bool:
    """The office word ending at ``end`` shares its last character with a road's name printed
    right after a district's (``二七区长江路``, ``海棠区长安街``): that character opens a word
    that a road's suffix ends or follows, or a place's name running on into a common word
    (``兴和区长江经济带``), so the office word is no post: no name follows it, and the
    district's name before it is none (``海棠区长``). Only a place's head (区长, 县长, 河长)
    can so share its character: a 部长 or a 院长 ends no place's name (组织部长路X is a post)."""
    if text[end - 2 : end - 1] not in _PLACE_LEVEL_CHARS:
        return False
    word = dictionary_word_at(text, end - 1)
    if word is None:
        return False
    after = end - 1 + len(word)
    # …区长江经济带: the place it opens (长江) runs on into a word common in prose (经济), no
    # given name (副区长石文明: 长石 is no place, 文明 the given name).
    return (
        word.endswith(_ROAD_ENDS)
        or text.startswith(_ROAD_ENDS, after)
        or (JIEBA.tag(word) == "ns" and JIEBA.freq(text[after : after + 2]) >= _RUN_ON_FREQ)
    )


# The level a place's name ends in, which its head's post repeats (X区 → 区长), and a river
# or a lake whose chief's post (河长, 湖长) ends in the same character as a stretch's name
# (皂河长安段).
_PLACE_LEVEL_CHARS = "区县市镇乡州旗河湖"
# A word common enough in prose that no given name is it (经济, 发展).
_RUN_ON_FREQ = 5000


def _list_after(text: str, pos: int, known: Names, *, titled: bool = True) -> list[tuple[str, int]]:
    """Names joined to the previous one by 、 (区领导袁斌、王传胜、高岩), sharing its titles."""
    out: list[tuple[str, int]] = []
    if text.startswith(_SEX_NOTES, pos):
        pos += len(_SEX_NOTES[0])  # 戴某（女）、…: the note after a name is no part of it
    while pos < len(text) and text[pos] == "、":
        name = read_name(text, pos + 1, known, titled=titled)
        if name is None and titled:
            # 、 then 和 is no conjunction (A、B和C joins the last name with 和 alone).
            name = _word_surname_name(text, pos + 1, known)
        if name is None and titled:
            name = _transliterated_between(text, pos + 1, known)
        if name is None:
            break
        after = pos + 1 + len(name)
        if OFFICE_RE.match(text, after) or _opens_title_chain(text, pos + 1, after, known):
            break
        if titled and follow_score(text, after) < 2:
            break  # A、花博会执委办…: a noun after it, the name of a body, no person's
        out.append((name, pos + 1))
        pos = after + len(_SEX_NOTES[0]) * text.startswith(_SEX_NOTES, after)
    return out


def _transliterated_after_title(text: str, at: int) -> str | None:
    """A name of two to six characters written for its sound (a Mongolian or a Tibetan one:
    旗长希尼, 主任宝音满都呼), right after a post and closed by a comma or a 、: an item that
    is no word and holds no common word, the surname in no list. None otherwise."""
    end = at
    while end < len(text) and end - at <= _TRANSLITERATED_MAX and is_han(text[end]):
        end += 1
    item = text[at:end]
    if text[end : end + 1] not in _AFTER_A_SOUND_NAME or not (
        _SOUND_NAME_MIN <= len(item) <= _TRANSLITERATED_MAX
    ):
        return None
    if surname_at(item, 0) is not None or not _no_word(item, _SOUND_PIECE_FREQ, verbs=True):
        return None  # 逐一上台述职, 铁腕治污: words of a clause; a name's pieces are rare nouns
    if any(c in NOT_NAME_CHARS for c in item) or item[-1] in _NOUN_ENDS:
        return None  # 市长质量奖提名奖: a thing's name, its kind's character last
    # The post's last character and the item's first make a word (总监控室, 总监票人, X公司
    # 长治项目部): no post ends there. Nor does a name open on a common adverb or verb (主任
    # 更直观, 成员要带头学).
    if any(JIEBA.freq(text[at - 1 : at + k]) > 0 for k in (1, 2, 3)):
        return None
    if JIEBA.tag(item[0]) in _CLAUSE_OPENING_TAGS and JIEBA.freq(item[0]) >= _CLAUSE_WORD_FREQ:
        return None
    return item


# What closes a name written for its sound after a post: the chain's next person or clause.
_AFTER_A_SOUND_NAME = ("，", "、")
_SOUND_NAME_MIN = 2
_SOUND_PIECE_FREQ = 50
# The last characters of places, bodies, rooms and prizes: no name ends so.
_NOUN_ENDS = frozenset(PLACE_SUFFIX_CHARS) | frozenset("奖会室部处厅馆站院所组队团局委办")
_CLAUSE_OPENING_TAGS = frozenset({"v", "d", "c", "p", "r", "u"})
_CLAUSE_WORD_FREQ = 20000


def _transliterated_between(text: str, at: int, known: Names) -> str | None:
    """A name of three to six characters with a surname outside the list, or none (a rare
    one: 他, 太; a Mongolian or a Uyghur name written in characters: 宝音满都呼), between two
    names of a titled list: an item that is no word and holds no common word, with a name
    read after it. None otherwise."""
    end = text.find("、", at, at + _TRANSLITERATED_MAX + 1)
    item = text[at:end] if end > at else ""
    if not _TRANSLITERATED_MIN <= len(item) <= _TRANSLITERATED_MAX or not all(map(is_han, item)):
        return None
    if not _no_word(item, _COMMON_NOUN_FREQ):
        return None  # 相关部门: common words, no name
    return item if read_name(text, end + 1, known) is not None else None


def _no_word(item: str, least: int, *, verbs: bool = False) -> bool:
    """Does ``item`` read as a name written for its sound: no word of the dictionary, no post,
    no piece of two characters or more as common as ``least`` (nor a verb, with ``verbs``)?"""
    if JIEBA.freq(item) > 0 or OFFICE_RE.search(item):
        return False
    return not any(
        JIEBA.freq(w) >= least or (verbs and JIEBA.tag(w) in _VERB_TAGS)
        for w, _ in words(item)
        if len(w) > 1
    )


# How long a name with no surname of the list may be between two names of a list.
_TRANSLITERATED_MIN, _TRANSLITERATED_MAX = 3, 6
# A sex noted after a name in a list of holders (``戴某（女）、``).
_SEX_NOTES = ("（女）", "（男）")


# A list's last name joined by "and" (区领导A、B和C出席), then what the people listed did:
# a list of two or more, or one after a group's word (区领导A和B在主席台就座); after one post
# (区长A和B说) B holds no post of A's.
_LAST_JOINERS = ("和", "及", "与")
_LAST_NAME_CLOSERS = _LIST_CLOSERS | {"在", "一行", "到", "深入", "前往", "来到", "莅临"}


def _joined_last(text: str, pos: int, known: Names) -> list[tuple[str, int]]:
    """The name after the conjunction at ``pos`` that ends a list sharing its titles, when
    the list's verb follows it (A、B和C在主席台就座): a person joined, not a word (和群众)."""
    name = read_name(text, pos + 1, known, titled=True)
    if name is None:
        return []
    after = pos + 1 + len(name)
    stop = NAME_STOP_RE.match(text, after)
    if stop is None or stop.group() not in _LAST_NAME_CLOSERS or OFFICE_RE.match(text, after):
        return []
    return [(name, pos + 1)]


# What closes a group's list run on past a comma (县领导A、B，C、D以及…): a conjunction to the
# people who came with them, or the list's closer or verb.
_COMMA_RUN_CLOSERS = ("以及", *_LAST_JOINERS)
_LIST_COMMAS = ("，", ",")


def _list_on_after_comma(text: str, pos: int, known: Names) -> list[tuple[str, int]]:
    """A group's 、-list (县领导A、B) that a comma breaks and runs on (，C、D以及县直…): two or
    more names joined by 、 after the comma, closed as a list is. A single name after a comma
    opens a clause of its own (区领导A、B，C说)."""
    if text[pos : pos + 1] not in _LIST_COMMAS:
        return []
    first = read_name(text, pos + 1, known, titled=True)
    if first is None:
        return []
    after = pos + 1 + len(first)
    run = _list_after(text, after, known)
    if not run:
        return []
    end = run[-1][1] + len(run[-1][0])
    stop = NAME_STOP_RE.match(text, end)
    closed = text.startswith(_COMMA_RUN_CLOSERS, end) or (
        stop is not None and stop.group() in _LIST_CLOSERS
    )
    return [(first, pos + 1), *run] if closed else []


def _opens_title_chain(text: str, at: int, after: int, known: Names) -> bool:
    """``text[at:]``, read as a name up to ``after``, runs on with no break and no lead word
    into an office word with a name after it: the next person's title chain (``副区长A、
    区应急管理局局长B``), not one more name of the list (``A、B及市X公司经理C`` keeps B)."""
    m = OFFICE_RE.search(text, at, at + _MAX_TITLE)
    return (
        m is not None
        and (_TITLE_LEAD_RE.match(text, after) is None or _joined_unit(text, at, after))
        and _NO_BREAK_RE.fullmatch(text, at, m.start()) is not None
        and _name_after_office(text, m.start(), m.end()) == m.end()
        and read_name(text, m.end(), known) is not None
    )


_NO_BREAK_RE = re.compile(f"[{CJK}]*")
# Lines of work a unit's name joins with 和 or 与 (工业和信息化局, 文化和旅游局, 卫生健康委).
_UNIT_WORK_TAGS = frozenset({"n", "vn", "an"})


def _joined_unit(text: str, at: int, after: int) -> bool:
    """``text[at:after]``, read as a name before 和 or 与, is a unit's place and its first
    line of work (区工业和信息化局局长, 市住房和城乡建设局): a title head (区, 市) and a common
    noun as the given name; the conjunction joins two lines of work, not two people."""
    given = text[at + 1 : after]
    return (
        text[after : after + 1] in _WORD_LEADS
        and text[at] in _TITLE_HEADS
        and JIEBA.tag(given) in _UNIT_WORK_TAGS
        and JIEBA.freq(given) >= _WORD_FREQ
    )


_POST_NAME_GAP = (" ", "\u3000")


@lru_cache(maxsize=256)
def _offices_named(text: str) -> tuple[tuple[re.Match[str], int], ...]:
    """Each office word in ``text`` a name may follow, and where that name would start.

    Cached by the text: each article's text is read twice, for the names its page prints
    with a title and then for its own people with those names known, and this part of the
    reading does not depend on the names known.
    """
    return tuple(
        (m, at)
        for m in OFFICE_RE.finditer(text)
        if (at := _name_after_office(text, m.start(), m.end())) is not None
        and not _honorific_post(text, m)
    )


def _titled(text: str, known: Names, add: Callable[[str, int, list[str]], None]) -> None:
    """Names printed after a title, and the 、-list that shares it."""
    # A name cannot be the end of a title chain that starts before the previous name.
    floor = 0
    for m, at in _offices_named(text):
        # The title ends where the post does, not after what introduces its holders' list.
        office_end = m.end() if _introduces_list(text, m.end(), at) else at
        if text[at : at + 1] in _POST_NAME_GAP and at > m.start():
            # A gap the page keeps between a post and the name: a letter-spaced line closed up
            # (``副 区 长  周 明 远``), a signature (``区长　周明远``).
            at += 1
        name = read_name(text, at, known) or _word_surname_name(text, at, known)
        if name is None and m.group() not in WEAK_OFFICE_WORDS:
            name = _transliterated_after_title(text, at)
        if (
            name is None
            or _group_does(m.group(), name, text, at + len(name))
            or _rank_does(text, m, at + len(name))
        ):
            continue
        titles = _titles_for(text, m.start(), office_end, floor)
        if not titles:
            continue
        add(name, at, titles)
        pos = at + len(name)
        listed = _list_after(text, pos, known)
        if listed:
            pos = listed[-1][1] + len(listed[-1][0])
            if m.group() in WEAK_OFFICE_WORDS:
                listed += _list_on_after_comma(text, pos, known)
                pos = listed[-1][1] + len(listed[-1][0])
        # One person holds a district's own head post (区长, 常务副区长): the names listed
        # after its holder hold other posts, printed after them or not at all.
        shared = titles if not _one_holder(titles[-1]) else []
        if text[pos : pos + 1] in _LAST_JOINERS and (listed or m.group() in WEAK_OFFICE_WORDS):
            listed += _joined_last(text, pos, known)
        for other, at in listed:
            add(other, at, shared)
            pos = at + len(other)
        floor = pos
    for m in _LEADERS_AFTER_RE.finditer(text):
        if not m.group("bare") and not _bodies_listed(m.group("bodies")):
            continue
        for name, at in _list_before(text, m.start(), known):
            add(name, at, [_leaders_post(m)])
    for m in _POSTS_BRACKET_RE.finditer(text):
        posts = m.group(1).split("、")
        if not all(ends_with_office(p) and p not in WEAK_OFFICE_WORDS for p in posts):
            continue
        got = _name_before(text, m.start(), known)
        if got is not None:
            add(got[0], got[1], posts)
    for m in _POST_AFTER_RE.finditer(text):
        if _bureau_word_before(text, m.start()) or _post_opens_a_word(text, m.end()):
            continue
        if text[m.start() - 1 : m.start()] == _TOOK:
            continue  # X任县长: the appointment's verb before the post (_took_post), no name's
        if JIEBA.freq(text[m.end() - 1 : m.end() + 1]) >= _WORD_FREQ:
            continue  # 奉化区长江经济带: the post's last character starts a word (长江)
        if _post_in_a_noun(text, m.end()):
            continue
        got = _name_opening_clause(text, m.start(), known)
        if got is not None:
            add(got[0], got[1], [m.group()])
    for m in _ROW_POST_RE.finditer(text):
        post = m.group("post")
        if not ends_with_office(post) or post in WEAK_OFFICE_WORDS or _role_not_post(post):
            continue
        if read_name(text, m.start(), known) == m.group("name"):
            add(m.group("name"), m.start(), [post])
    _appointed(text, known, add)


_ONE_HOLDER_RE = re.compile(r"(?:[\u4e00-\u9fff]{0,6}?[区县市旗])?(?:常务副)?[区县市旗]长")


def _one_holder(post: str) -> bool:
    """Is ``post`` a district's, county's or city's head or executive deputy, held by one?"""
    return bool(_ONE_HOLDER_RE.fullmatch(post))


# Appointment wording (任免 news) prints the post after the name, joined by 为, 的 or 任:
# ``任命X为Y`` and ``免去X的Y职务`` (a 人大常委会's report, a 任免通知; X leaving Y still held it
# as printed), ``X任Y`` (a decision read out), a 任前公示 row's ``现任Y`` (the post held: the
# ``拟任`` one is not held yet).
# A session's vote prints the post the same way (选举X为Y县长, 推选A、B为主席团常务主席): the
# post is held from the vote the page reports.
_APPOINT_VERBS = {"任命": "为", "免去": "的", "选举": "为", "推选": "为"}
_HELD_NOW = "现任"
_TOOK = "任"  # X任Y
_ELECTED = "当选为"  # A、B当选为Y
# X不再担任Y职务, X不再兼任Y职务 (a decision read out): the post printed after the name, as
# 免去X的Y职务 prints it, and held as printed by the one leaving it.
_NO_LONGER = ("不再担", "不再兼")
# 接受X辞去Y职务 (a resignation accepted): the post printed after the name, held by X as
# printed until the decision.
_RESIGNED = "辞去"
# 对X同志当选Y表示祝贺, X当选Y (a vote's result told after the name, no 为).
_WON = "当选"
# What the one name before such a verb may follow: 接受 (a resignation accepted), 对 (the one
# congratulated).
_NAME_LEADS = ("接受", "接受了", "对")
_NAME_LEAD_MAX = max(map(len, _NAME_LEADS))
# What ends the posts after an appointment's joiner: a clause's end; what opens X in X任Y.
# What ends a clause: posts run to it, and a name opens after it.
CLAUSE_ENDS = "，。；：！？\n"
_POSTS_END_RE = re.compile(f"[{CLAUSE_ENDS}]")
_CLAUSE_OPENERS = frozenset(CLAUSE_ENDS)
# What a clause of posts alone follows (``_posts_before_comma``): any clause end but a comma.
_SENTENCE_OPENERS = _CLAUSE_OPENERS - {_POSTS_COMMA}
_LEFT_POST = "职务"  # 免去X的Y职务: the post is Y
_COMRADE = "同志"
# Where a 公示 row starts: its name opens it, then a comma (``X，男，…，现任Y``).
_ROW_STARTS = "。；：\n"


def _appointed(text: str, known: Names, add: Callable[[str, int, list[str]], None]) -> None:
    """Names given their posts by appointment wording (``任命``, ``免去``, ``现任``, ``X任``).

    Each word is found by ``str.find``: one pattern of them all, tried at every character,
    cost five times as much."""
    for verb, joiner in _APPOINT_VERBS.items():
        at = text.find(verb)
        while at >= 0:
            after = at + len(verb)
            after += text.startswith("：", after)
            _appointed_list(text, after, joiner, known, add)
            at = text.find(verb, after)
    at = text.find(_HELD_NOW)
    while at >= 0:
        start = max(text.rfind(c, 0, at) for c in _ROW_STARTS) + 1
        comma = text.find("，", start, at)
        name = text[start:comma] if comma > start else ""
        posts = _posts_after(text, at + len(_HELD_NOW))
        if posts and _appointee(name, known):
            add(name, start, posts[0])
        at = text.find(_HELD_NOW, at + 1)
    elected = text.find(_ELECTED)
    while elected >= 0:
        _elected_list(text, elected, known, add)
        elected = text.find(_ELECTED, elected + 1)
    # The post printed after one name and a verb: X任Y, 接受X辞去Y职务, 对X当选Y表示祝贺.
    for verb, read in ((_TOOK, _took_post), (_RESIGNED, _resigned_post), (_WON, _won_post)):
        at = text.find(verb)
        while at >= 0:
            got = read(text, at, known)
            if got is not None:
                add(*got)
            at = text.find(verb, at + 1)


def _resigned_post(text: str, at: int, known: Names) -> tuple[str, int, list[str]] | None:
    """``接受X同志辞去Y职务``: X, named after 接受 or opening its clause, held Y as printed (a
    standing committee's decision on a resignation)."""
    after = at + len(_RESIGNED)
    close = text.find(_LEFT_POST, after, after + 2 * _MAX_TITLE)
    posts = text[after:close].split("、") if close > after else []
    if not posts or not all(ends_with_office(p) and not _POSTS_END_RE.search(p) for p in posts):
        return None
    return _named_before(text, at, known, posts)


def _won_post(text: str, at: int, known: Names) -> tuple[str, int, list[str]] | None:
    """``对X同志当选Y表示祝贺``, ``X当选Y``: X, named after 对 or opening its clause, holds the
    posts printed after 当选, to the last office word of its clause."""
    if text.startswith(_ELECTED, at):
        return None  # A、B当选为Y: _elected_list's
    after = at + len(_WON)
    if text.startswith("的", after):
        return None  # 向新当选的X表示祝贺: those newly elected, a relative clause, no name
    stop = _POSTS_END_RE.search(text, after, after + 2 * _MAX_TITLE)
    chain = text[after : stop.start() if stop else after + 2 * _MAX_TITLE]
    ends = [m.end() for m in OFFICE_RE.finditer(chain)]
    for end in reversed(ends):
        posts = chain[:end].split("、")
        if all(ends_with_office(p) for p in posts):
            return _named_before(text, at, known, posts)
    return None


def _named_before(
    text: str, at: int, known: Names, posts: list[str]
) -> tuple[str, int, list[str]] | None:
    """The name right before ``text[at]`` (``同志`` after it dropped), opening its clause or
    after 接受 or 对, with ``posts``."""
    end = at - len(_COMRADE) if text.startswith(_COMRADE, at - len(_COMRADE)) else at
    for k in (2, 3, 4):
        start = end - k
        if start < 0:
            break
        if not (
            text.endswith(_NAME_LEADS, max(0, start - _NAME_LEAD_MAX), start)
            or (start == 0 or text[start - 1] in _CLAUSE_OPENERS)
        ):
            continue
        name = text[start:end]
        return (name, start, posts) if _appointee(name, known) else None
    return None


def _elected_list(
    text: str, at: int, known: Names, add: Callable[[str, int, list[str]], None]
) -> None:
    """``A、B当选为Y``: the names of the clause before 当选为 hold the posts after it (a
    session's vote reported by those it elected). Every item of the clause has a name's
    length; each read as a name is added (a surname outside the list leaves its own out)."""
    start = max(text.rfind(c, 0, at) for c in _ROW_STARTS + "，") + 1
    names = text[start:at].split("、")
    if not all(2 <= len(n) <= _LISTED_NAME_MAX and all(map(is_han, n)) for n in names):
        return
    posts = _posts_after(text, at + len(_ELECTED))
    if posts is None:
        return
    for name in names:
        if _appointee(name, known):
            add(name, start, posts[0])
        start += len(name) + 1


def _took_post(text: str, took: int, known: Names) -> tuple[str, int, list[str]] | None:
    """``X任Y`` with ``text[took]`` its 任: X a name opening its clause (``X同志`` too), Y
    posts to the clause's end; 任 in a word (任务, 任职) appoints no one. ``X不再担任Y职务``
    ends on the same 任, Y closed by 职务."""
    end, closer = took, ""
    for lead in _NO_LONGER:
        if took >= len(lead) and text.startswith(lead, took - len(lead)):
            end, closer = took - len(lead), _LEFT_POST
            break
    if end >= len(_COMRADE) and text.startswith(_COMRADE, end - len(_COMRADE)):
        end -= len(_COMRADE)
    for k in (2, 3, 4):
        start = end - k
        if start < 0 or (start > 0 and text[start - 1] not in _CLAUSE_OPENERS):
            continue
        name = text[start:end]
        if not _appointee(name, known) or dictionary_word_at(text, took):
            return None
        posts = _posts_after(text, took + 1, closer)
        return (name, start, posts[0]) if posts else None
    return None


def _appointed_list(
    text: str, at: int, joiner: str, known: Names, add: Callable[[str, int, list[str]], None]
) -> None:
    """``任命：A为X，B为Y``: each name, its joiner, its posts, the verb shared by the list;
    names listed before one joiner (推选A、B为Y) share its posts."""
    while True:
        names: list[tuple[str, int]] = []
        while True:
            for k in (2, 3, 4):
                name, after = text[at : at + k], at + k
                if text.startswith(_COMRADE, after):
                    after += len(_COMRADE)
                if text[after : after + 1] in (joiner, "、") and _appointee(name, known):
                    break
            else:
                return
            names.append((name, at))
            if text[after] == joiner:
                break
            at = after + 1
        posts = _posts_after(text, after + 1, _LEFT_POST if joiner == "的" else "")
        if posts is None:
            return
        for name, start in names:
            add(name, start, posts[0])
        at = posts[1]
        if text[at : at + 1] not in ("，", "；", "、"):
            return
        at += 1


def _appointee(name: str, known: Names) -> bool:
    return surname_at(name, 0) is not None and _valid_name(name, known, anchored=True, strong=True)


def _posts_after(text: str, at: int, closer: str = "") -> tuple[list[str], int] | None:
    """The 、-chain of posts printed from ``text[at]`` to the clause's end (and its end), or
    None unless every part is a post (``区应急管理局副局长（试用期一年）`` keeps its bracket).
    ``closer``: a word that must end the chain, dropped (免去…的Y职务)."""
    m = _POSTS_END_RE.search(text, at, at + 2 * _MAX_TITLE)
    if m is not None:
        stop = m.start()
    elif len(text) - at <= 2 * _MAX_TITLE:
        stop = len(text)  # a notice's last row, printed without its full stop
    else:
        return None
    seg = text[at:stop]
    if closer:
        if not seg.endswith(closer):
            return None
        seg = seg[: -len(closer)]
    parts = seg.split("、")
    # 选举A为X、选举B为Y: a part opening on the verb is the next appointment; the chain ends
    # before it.
    for i, part in enumerate(parts[1:], 1):
        if part.startswith(tuple(_APPOINT_VERBS)):
            stop = at + len("、".join(parts[:i]))
            parts = parts[:i]
            break
    for i, part in enumerate(parts):
        core = _BRACKET_TAIL.sub("", part)
        # A weak word after a post is that body's rank, short (区委书记、常委、委员).
        if (
            not core
            or not ends_with_office(core)
            or (core in WEAK_OFFICE_WORDS and i == 0)
            or _role_not_post(core)
        ):
            return None
    return [t for part in parts for t in _split_bracket(part)], stop


# Punctuation that closes a clause.
_CLAUSE_ENDS = frozenset("。，；！？")
# How jieba tags a verb or a verbal noun (信访, 调研, 建议).
_ACTION_TAGS = frozenset({"v", "vn"})
# jieba lists some given names as rare verbs (付强): a verb this common is no name.
_ACTION_FREQ = 20


def _group_does(office: str, name: str, text: str, end: int) -> bool:
    """``区领导信访接待日``, ``代表建议``: an office word that names a group as often as a post,
    followed by a verb that it does or gets, not by a name (区领导袁斌 reads on). So is one
    followed by one character that reads as nothing after a name and closes the clause
    (区领导包案销号。): the characters are the group's verb and its object, glued."""
    if office not in WEAK_OFFICE_WORDS:
        return False
    if JIEBA.tag(name) in _ACTION_TAGS and JIEBA.freq(name) >= _ACTION_FREQ:
        return True
    return text[end + 1 : end + 2] in _CLAUSE_ENDS and follow_score(text, end) == 0


# Leaders of a rank (区级领导, 市级干部) name a group at work (区级领导分包项目, 区级领导包案督办);
# the persons of the rank are printed as a list after it (区级领导A、B、C在主席台就座).
_RANK = "级"
_LIST_GOES_ON = frozenset("、和及与等")


def _rank_does(text: str, office: re.Match[str], name_end: int) -> bool:
    """After a rank's group word, a name not followed by more of a list (包案督办) is the
    group's verb and its object, no name."""
    return (
        office.group() in WEAK_OFFICE_WORDS
        and text[office.start() - 1 : office.start()] == _RANK
        and text[name_end : name_end + 1] not in _LIST_GOES_ON
    )


# 某某副区长带队, 某某局长告诉记者: a head of government or of a bureau printed after the
# name, the honorific order.
# The lookahead (the post's first character) lets the scan skip other characters at once.
# So are a director's, a chair's, a secretary's and a firm's head's (某某主任的陪同下, 某某书记
# 强调, 该公司某某董事长介绍).
_POST_AFTER_RE = re.compile(
    r"(?=[副区市县省镇乡局主书董院部总校处科])副?"
    r"(?:(?:[区市县省镇乡]|局)长|主任|主席|书记|董事长|院长|部长|总经理|总裁|校长|处长|科长)"
    # A group named by the post (科技镇长团, 书记班) is no one's post.
    r"(?![团班])"
)


def _honorific_post(text: str, office: re.Match[str]) -> bool:
    """The office word ``office`` is printed after a name, in the honorific order (某某局长向
    某某区长汇报): it is that name's post, and no name after it takes it as a title. Read by
    the name's shape alone, as every office word's name after it is (``_offices_named``)."""
    start = office.start() - (text[office.start() - 1 : office.start()] == _DEPUTY)
    post = _POST_AFTER_RE.match(text, start)
    return (
        post is not None
        and post.end() == office.end()
        and not _bureau_word_before(text, start)
        and _name_opening_clause(text, start, _NO_NAMES) is not None
    )


_DEPUTY = "副"


def _bureau_word_before(text: str, at: int) -> bool:
    """``林业局长期…``, ``财政局长…``: the 局 at ``at`` ends a word (a bureau's name), so the
    characters before it are no name."""
    return text[at] == "局" and any(
        JIEBA.freq(text[at - k : at + 1]) > 0 for k in (1, 2, 3) if at - k >= 0
    )


# …的某某局长: a name described by what comes before it opens its phrase as after a comma;
# so does one after a preposition (在某某副区长的陪同下, 向某某区长汇报) or a copula (特别是
# 某某市长讲话精神).
_NAME_PHRASE_OPENERS = _TITLE_BOUNDARY | set("的在向由同与和及是")
# The last character of a body printed whole before the name it employs (市商务局某某副局长,
# 青山区某某区长, 该公司某某董事长, 农村公路建设处某某副处长): a name of three characters
# opens there, read strictly, as the body's name may run on (区安委会主任, 区委党校副校长,
# 区妇联主席).
_BODY_BEFORE_NAME = frozenset("局委办区市县司院处")
# Last characters of a body's name, never of a person's read after a body.
_BODY_NAME_ENDS = frozenset("会校联委办局院部处所站室科组队团社协支")


# A row of a name list on a paragraph of its own: the name (``（女）`` after it is no part of
# it), a gap, the post as printed (``X　Y社区党委书记``); a unit there (``区人民医院``) is none.
_ROW_POST_RE = re.compile(
    f"^(?P<name>[{CJK}]{{2,4}})(?:（[男女]）)?[ \u3000](?P<post>[^\\s，。；：、]{{2,30}})$", re.M
)


# 区政府副区长X: the surname 区 with a body of government is the body the post belongs to.
_BODIES_OF_GOVERNMENT = frozenset({"政府", "人大", "政协", "法院"})


def _name_opening_clause(text: str, end: int, known: Names) -> tuple[str, int] | None:
    """The whole name that opens a clause and ends at ``end``, right before a post; the name
    is read by its shape alone, so 和 as its last character (某清和副区长) stays in it."""
    for k in (3, 2):
        start = end - k
        if start < 0:
            continue
        name = text[start:end]
        if name[-1] in _BODY_NAME_ENDS or not surname_at(text, start):
            continue  # 管委会主任, 区妇联主席: the body's name, no person's
        before = text[start - 1] if start > 0 else ""
        if (
            before
            and before not in _NAME_PHRASE_OPENERS
            and not (
                before in _BODY_BEFORE_NAME
                and k == 3
                and name[0] in SURNAMES
                and JIEBA.freq(name[1:]) < _WORD_FREQ
                and JIEBA.freq(name[:2]) < _WORD_FREQ
            )
        ):
            continue
        if _preposition_verb(name) or name[1:] in _BODIES_OF_GOVERNMENT:
            continue
        if _valid_name(
            name, known, anchored=True, strong=True, joiner_end=name[-1] in _GIVEN_JOINERS
        ):
            return name, start
    return None


_PREPOSITION_TAG = "p"


def _preposition_verb(name: str) -> bool:
    """``由分管副区长牵头``: a surname that is also a preposition (由, 向, 于) before a verb
    (分管) that says which post is meant opens the clause, no name."""
    given = name[1:]
    return (
        len(given) == 2
        and JIEBA.tag(name[0]) == _PREPOSITION_TAG
        and JIEBA.tag(given) in _ACTION_TAGS
        and JIEBA.freq(given) >= _ACTION_FREQ
    )


# 时某（区委常委、统战部部长）: the posts printed in a bracket right after a name.
_POSTS_BRACKET_RE = re.compile(r"[（(]([^（()）,，。；\s]{2,30})[）)]")


def _name_before(text: str, end: int, known: Names) -> tuple[str, int] | None:
    """The name ending at ``end`` that opens a clause (。时某（…）, ，党某（…）)."""
    for k in (3, 2, 4):
        start = end - k
        if start < 0 or (start > 0 and text[start - 1] not in _TITLE_BOUNDARY):
            continue
        name = read_name(text, start, known) or _word_surname_name(text, start, known)
        if name == text[start:end]:
            return name, start
    return None


def _word_surname_name(text: str, at: int, known: Names) -> str | None:
    """A name after a title whose surname is also a common word (能, 有, 山 …): only a whole
    three-character name that makes no word with its surname and is followed by a boundary
    or a verb that follows names (区人大代表能立群在…, but 区长能够 stays a word)."""
    if text[at : at + 1] not in WORD_SURNAMES:
        return None
    # 之 as the middle character (区委书记和之远) as in read_name's titled reading.
    first_ok = _given_ok(text, at + 1) or (
        text[at + 1 : at + 2] in MIDDLE_NAME_CHARS and _given_ok(text, at + 2)
    )
    if not (first_ok and _given_ok(text, at + 2)):
        return None
    name = text[at : at + 3]
    if dictionary_word_at(text, at) is not None or follow_score(text, at + 3) < 3:
        return None
    # 区委书记和区长…, 主任和副主任: the conjunction before a second title, no name.
    if any(OFFICE_RE.match(text, k) for k in (at + 1, at + 2)) or text[at + 1] in _TITLE_HEADS:
        return None
    # 老支书和大家, 主任和群众: a word after the conjunction, no given name. A surname that
    # is a noun (铁, 山) takes no object: a word after it is its given name (副局长铁建华).
    if JIEBA.tag(text[at]) != "n" and dictionary_word_at(text, at + 1) is not None:
        return None
    ok = _valid_name(name, known, anchored=True, strong=True, surname=name[0])
    return name if ok else None


# 乔某、李某等区级领导出席: the post printed after a list of names. A word before the post
# (乔某等有关区领导) says which leaders, no part of the post; so do the bodies they lead,
# listed before it (乔某、李某等区委、区人大、区政府及高新区县级领导同志).
# A list closed by its group's word: 等区领导, 等县级领导, 等县级干部 (a rank's cadres), or a
# bare 等领导 right before what they did (A、B、C等领导陪同).
# Which of them (在家的县处级领导: those not away) says which leaders too; a rank may name its
# grade (县处级).
_LEADERS_AFTER_RE = re.compile(
    r"等(?:有关|相关|在家的)?(?P<bodies>[^，。；：！？\s]{0,60}?)"
    r"(?P<post>(?:[区县市旗]|区县|市区)(?:处?级|委)?(?:四套班子|四大班子|四个班子|有关|相关)?领导"
    r"|[区县市旗]级干部)"
    r"|等(?P<bare>领导)(?=陪同|参加|出席|一同|一起|列席)"
)
# The bodies listed between 等 and the post: a list of them, no clause (等参加了区领导…).
_NO_BODIES_RE = re.compile(r"[的了在是]|参加|出席|陪同|召开|主持|听取")


def _bodies_listed(bodies: str) -> bool:
    return (
        not bodies
        or ("、" in bodies and not _NO_BODIES_RE.search(bodies))
        or bool(_IN_CHARGE_OF_RE.fullmatch(bodies))
    )


# What the leaders listed are in charge of (A、B等分管项目县级领导): no body, a qualifier.
_IN_CHARGE_OF_RE = re.compile(r"分管[^，。；：、\s]{1,8}")


def _leaders_post(m: re.Match[str]) -> str:
    """The post of ``_LEADERS_AFTER_RE``'s match: after a body's name (…及高新区县级领导) its
    first character ends that name (区县级领导 → 县级领导)."""
    if m.group("bare"):
        return m.group("bare")
    post, bodies = m.group("post"), m.group("bodies")
    if bodies and bodies[-1] not in "、及" and post.startswith(("区县", "市区")):
        return post[1:]
    return post


def _list_before(text: str, end: int, known: Names) -> list[tuple[str, int]]:
    """The 、-list of names ending at ``end``, read backwards; empty unless it opens a clause."""
    out: list[tuple[str, int]] = []
    pos = end
    while True:
        for k in (3, 2, 4):
            start = pos - k
            if start >= 0 and read_name(text, start, known) == text[start:pos]:
                break
        else:
            return []
        out.insert(0, (text[start:pos], start))
        if start > 0 and text[start - 1] == "、":
            pos = start - 1
            continue
        # The list must open a clause, or follow its first name's own post (常务副区长A、B、C
        # 等分管项目县级领导: A's post printed first stands), or it is the tail of a phrase.
        # So may one joined to a person named before it (主席X以及A、B等县领导).
        opens = start == 0 or text[start - 1] in _TITLE_BOUNDARY
        after_post = ends_with_office(text, start) and not _names_group(text[:start])
        joined = text.startswith(_LIST_JOINED_AFTER, max(0, start - 2), start)
        return out if opens or (len(out) > 1 and (after_post or joined)) else []


# 以及 before a list of names that a group's word closes (X以及A、B等县领导): the list is one
# more part of those named, opening after the joiner.
_LIST_JOINED_AFTER = "以及"


def titled_names(text: str) -> list[str]:
    """Names ``text`` prints with a title: the evidence a page lends its other articles."""
    out: list[str] = []

    def add(name: str, pos: int, titles: list[str]) -> None:
        if name not in out:
            out.append(name)

    _titled(text, Names(), add)
    return out


def extract_persons(
    text: str, known_names: Iterable[str] | Names = (), headline_end: int = 0
) -> list[PersonMention]:
    """Every person named in ``text``, in order of first appearance, titles merged.

    ``known_names``: names printed elsewhere on the page (``titled_names``) and the byline;
    they confirm a reading the text allows, never override it. A prebuilt ``Names`` saves
    indexing them again for every article. ``text[:headline_end]`` is the article's
    headline (kicker, title, decks), the rest its body.
    """
    known = Names.of(known_names)
    found: dict[str, _Found] = {}
    official: set[str] = set()

    def add(name: str, pos: int, titles: list[str]) -> None:
        f = found.get(name)
        if f is None:
            f = found[name] = _Found(pos, head_only=pos < headline_end)
        if titles:
            official.add(name)
            if f.head_only and pos >= headline_end:
                # The body's first chain after the headline's: the fuller of the two stands,
                # whichever is printed first (区长X in a headline, 区委副书记、区长X in the
                # lead; a deck's ——记X街道Y社区党委书记 over the lead's Y社区党委书记);
                # neither restating the other, the body adds its posts.
                f.head_only = False
                if _covers(titles, f.titles) or _restates(titles, f.titles):
                    f.titles = list(titles)
                adds = not any(t.endswith(k) or k.endswith(t) for t in titles for k in f.titles)
            else:
                # Within the body the first printing stands: a later chain (副主席 … 区政协副主席,
                # 区政协主席 … 大会主持人) names the person again and adds nothing, unless
                # all that was printed first is a group (区领导X … 区委书记X).
                adds = all(_names_group(k) for k in f.titles)
            if adds:
                f.titles.extend(t for t in titles if t not in f.titles)
        f.pos = min(f.pos, pos)

    _titled(text, known, add)

    for m in DESCRIPTOR_RE.finditer(text):
        word = dictionary_word_at(text, m.start())
        if word is not None and len(word) > len(m.group()):
            continue  # 居民区, 群众性: the descriptor is part of a longer word
        name = read_name(text, m.end(), known, titled=False)
        if name is None or OFFICE_RE.match(text, m.end() + len(name)):
            continue
        add(name, m.end(), _posts_before_occupation(text, m.start()))
        for other, at in _list_after(text, m.end() + len(name), known, titled=False):
            add(other, at, [])

    if text:
        _bare_mentions(text, Names(*known.parts, NameIndex(found)), known, add)

    ordered = sorted(found.items(), key=lambda kv: kv[1].pos)
    return [
        PersonMention(name=n, titles=list(f.titles), role="official" if n in official else "other")
        for n, f in ordered
    ]


# Characters that may qualify an occupation word before it (退休教师, 大学生志愿者).
_OCCUPATION_LEAD_MAX = 4


def _posts_before_occupation(text: str, at: int) -> list[str]:
    """The posts of the chain printed before the occupation word at ``text[at]`` and joined to
    it by 、 (…小区党支部书记、退休教师X): the occupation next to the name is no post, the
    posts before it are the person's; none where no post ends right before the 、 (a role,
    获奖代表、志愿者X, is none either)."""
    k = at
    while k > 0 and at - k < _OCCUPATION_LEAD_MAX and is_han(text[k - 1]):
        k -= 1
    end = k - 1
    if end < 1 or text[end] not in _CHAIN_JOINERS or not ends_with_office(text, end):
        return []
    return _titles_for(text, end, end, 0)


def _restates(chain: list[str], head: list[str]) -> bool:
    """Does the body's ``chain`` print more posts than the headline's ``head``, each of the
    headline's ending on one of the chain's (马村区区长 in the headline, 马村区委副书记、区长 in
    the lead: the place the headline put in front is the chain's first post's)?"""
    return len(chain) > len(head) and all(any(k.endswith(t) for t in chain) for k in head)


def _names_group(title: str) -> bool:
    """``区领导``, ``市领导``, ``区级领导``: a title that says which group a person is in,
    not which post the person holds, so a later chain may still print the post."""
    return title.endswith("领导")


def _covers(fuller: list[str], kept: list[str]) -> bool:
    """Does ``fuller`` restate every post of ``kept`` (each one, or one ending with it) and
    print more?"""
    return bool(kept) and fuller != kept and all(any(t.endswith(k) for t in fuller) for k in kept)


def _bare_mentions(
    text: str, names: Names, known: Names, add: Callable[[str, int, list[str]], None]
) -> None:
    """Later mentions without a title (陈红民强调); jieba decides the token boundaries.

    Segmenting with the names as dictionary words is what keeps 同时博物馆 from yielding a
    known name 时博, while 陈红民主持 still yields 陈红民 (not 陈红 + 民主).
    """
    for start, word in name_tokens(text, names):
        # A known name never cuts a longer name short (郝晨 in 郝晨国主持) nor runs into the
        # next word (龚然紧 in 龚然紧扣): the reading of the text itself decides.
        read = read_name(text, start, names, titled=False) if surname_at(text, start) else None
        if read is not None and read != word:
            if read in names:
                add(read, start, [])
            continue
        add(word, start, [])
    # An unanchored name is trusted only at a clause start right before a speech verb
    # (。柯蓝指出): jieba's own nr tags alone call 幸福感 and 楼宇 names.
    for m in _SPEECH_RE.finditer(text):
        for k in (3, 2, 4):
            start = m.start() - k
            if start < 0 or (start > 0 and text[start - 1] not in _TITLE_BOUNDARY):
                continue
            word = text[start : m.start()]
            if ends_with_office(word):
                continue  # 区领导说: a group speaking, no name
            if read_name(text, start, known, titled=False) == word and _valid_name(word, None):
                add(word, start, [])
                break
