"""Normalize OCR text for storage and search without changing a single word."""

from __future__ import annotations

import re

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# A half-width ``.`` after one of these (a CJK character, a per cent sign) is a full stop, as a
# page typed on a Western keyboard prints it; after a digit or a letter it is a decimal point
# or part of an address (``3.2亿元``, ``www.x.cn``).
HALF_STOP_AFTER = CJK + "%"
# CJK characters plus the full-width punctuation that sits among them.
# A character inside one clause: anything but clause punctuation and spaces (a name, an item).
CLAUSE_CHAR = r"[^，。；：、！？\s]"
CJK_CTX = CJK + "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u2018-\u201d\u2014\u2026"
_IS_CJK = re.compile(f"[{CJK}]")
# Marks a letter-spaced line prints glued to a character: clause punctuation, brackets, quotes.
_MARKS = re.compile(r"[，。、；：！？（）()“”《》]")
_IS_CJK_CTX = re.compile(f"[{CJK_CTX}]")

_FULLWIDTH_ALNUM = {
    **{chr(0xFF10 + i): chr(0x30 + i) for i in range(10)},
    **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
    **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
    "\u3000": " ",
    "\t": " ",
    "\ufeff": "",
    "\u200b": "",
}
_FULLWIDTH_TABLE = str.maketrans(_FULLWIDTH_ALNUM)
_HALF_TO_FULL = {",": "，", "?": "？", ":": "：", ";": "；", "!": "！"}
# A line holding none of these (nor an opening parenthesis) has nothing to convert.
_HALF_PUNCT = re.compile("[" + re.escape("".join(_HALF_TO_FULL)) + "()]")
_OPEN_PUNCT = "（《“‘「『【"
_CLOSE_PUNCT = "，。、；：？！）》”’」』】"
_SPACE_BEFORE_CLOSE = re.compile(f" +(?=[{_CLOSE_PUNCT}])")
_SPACE_AFTER_OPEN = re.compile(f"(?<=[{_OPEN_PUNCT}]) +")
# ``并 12个`` / ``3月 3日``: a number glued to its CJK unit, with a stray gap on one side.
_CJK_SPACE_NUMBER = re.compile(f"(?<=[{CJK}]) +(?=[0-9]+(?:\\.[0-9]+)?%?[{CJK}])")
# ``总投资46.3亿元 16个项目集中签约``: a count (a number and its measure word) before the gap
# never runs on into the next number; the gap parts two phrases of a title. (A date runs on:
# ``3月 3日``, so 年, 月 and 日 are no such measure.)
_COUNT_END = re.compile(r"[0-9](?:[亿万千百]?[元个项名人户家位米亩吨岁次条座所台辆件倍]|[亿万])$")


# ``某社区“X”结集出版 32位居民讲述……``: a line holding no clause mark, with one gap between
# two halves each as long as a title, is a title and its deck printed on one line; the count
# opens the deck, no number of the title's.
_HALF_MIN = 10
_CLAUSE_MARKS = re.compile("[，。；：！？、]")


def _stray_gap(m: re.Match[str]) -> str:
    line = m.string
    if _COUNT_END.search(line, max(0, m.start() - 3), m.start()):
        return m.group()
    if (
        min(m.start(), len(line) - m.end()) >= _HALF_MIN
        and line.count(" ") == len(m.group())
        and not _CLAUSE_MARKS.search(line)
    ):
        return m.group()
    return ""


# ``2021 年``: only before a unit or measure word, so a column label ``视点360 标题`` keeps its gap.
_UNITS = "年月日号时分秒个次项名人户家位亿万千百元角米亩吨岁期届批条座所台辆件周天倍"
_NUMBER_SPACE_CJK = re.compile(f"(?<![0-9A-Za-z+\\-./%])([0-9]+(?:\\.[0-9]+)?) +(?=[{_UNITS}])")
# The lead's news-agency word: ``本报讯``, ``中原网讯``, ``郑报融媒讯`` … (``X讯``), or with the
# day in it (``本报3月6日讯``, ``某某网3月7日讯``), or ``又讯`` (a second item under the same
# column), followed by a space, the byline bracket, the date or a lead word; so ``传来喜讯，``
# in a body line is not one.
# Some papers print the word in lenticular brackets (``【二七讯】9月4日，``): a lead word all the
# same, brackets kept as printed. A word ending in ``快讯``, ``简讯`` or ``短讯`` (``社区快讯``)
# is a brief column's label over its items (``BRIEF_XUN``), never a paper's lead word. A story
# the paper's reporter sent from another city opens on its dispatch word (``本报上海专电``,
# ``本报北京电``: ``DISPATCH``), a lead word as ``本报讯`` is; so does an agency's or a news
# site's, with its day (``新华社北京3月5日电``, ``某某网郑州6月15日消息``).
BRIEF_XUN = "[快简短]讯"
# A second item run under the one before it, its lead opening on ``又讯``: it prints no
# headline of its own.
SECOND_ITEM = re.compile(r"\s*又讯")
# A site's own dispatch may name no city (``某某网3月5日电``), and a local station's prints
# ``报道`` after its day (``某某网某某站1月8日报道``; the day is required there, as
# ``某某网报道`` opens a sentence citing the site).
DISPATCH = (
    f"(?:(?:本报|新华社|中新社|[{CJK}]{{1,4}}网)[{CJK}]{{0,5}}?"
    r"(?:\d{1,2}月\d{1,2}日)?(?:专?电|消息)"
    rf"|[{CJK}]{{2,8}}?\d{{1,2}}月\d{{1,2}}日报道"
    # An outlet's 报道 then a colon (``某某报道：（记者 X）6月6日``); not one citing another
    # (``据某某报道：``).
    rf"|(?!据)[{CJK}]{{2,8}}?报道：)"
)
# The longest outlet printed before 讯 (a portal: 石鼓区党政门户网讯, 某某市人民政府网讯; a
# county's media centre with its day: 某某区融媒体中心6月1日讯). A paper and its app are
# printed as one outlet, a middle dot or a slash between (某某日报·新某某客户端7月13日讯,
# 某某网/某某新闻客户端讯).
_OUTLET_MAX = 10
_OUTLET_PAIR = rf"[{CJK}]{{2,6}}[·/]"
# A lead word that prints its day (``本报6月2日讯``, ``某某网3月7日讯``): the story's day when
# the lead names none of its own (``dates.lead_dates``).
DATED_LEAD_WORD = rf"(?:{_OUTLET_PAIR})?[{CJK}]{{2,{_OUTLET_MAX}}}?\d{{1,2}}月\d{{1,2}}日讯"
# What opens a lead before its first words: the lead word (or dispatch; ``又讯`` for a second
# item) and its bracketed byline (``本报讯（记者 X）``), each optional.
LEAD_DATELINE = (
    rf"(?:【?(?:[^\s（）【】]{{1,{_OUTLET_MAX}}}?讯|{DATED_LEAD_WORD})】?|{DISPATCH})?"
    r"\s*(?:（[^）]*）)?\s*"
)
# A sentence spoken in quotes (``“这条路修好了，”``): an interview's first words, before the
# lead's own time word when a lead opens on one; not a quoted name (``“万人助万企”活动``). A page
# typed on a Western keyboard prints it in straight quotes (``"这条路修好了,"``), which
# normalising leaves as they are (an opening one cannot be told from a closing one).
SPOKEN_QUOTE = '(?:“[^”]{2,}[，。！？…]”|"[^"]{2,}[，。！？…]")'
DATELINE = re.compile(
    f"^((?:本报|本网|本台|又|(?:{_OUTLET_PAIR})?[{CJK}]{{2,{_OUTLET_MAX}}}?)讯(?<!{BRIEF_XUN})"
    f"|{DATED_LEAD_WORD}"
    f"|【[{CJK}]{{2,6}}?讯】|{DISPATCH})"
    r"(?=\s|（|\(|\d|近日|近期|日前|昨天|昨日|今天|今年|为|在|据|随着|“|$)"
)


def _ctx(ch: str) -> bool:
    return bool(ch) and bool(_IS_CJK_CTX.match(ch))


def _near_cjk(line: str, i: int) -> bool:
    """True when the character at ``i`` touches CJK text, looking past spaces."""
    j = i - 1
    while j >= 0 and line[j] == " ":
        j -= 1
    k = i + 1
    while k < len(line) and line[k] == " ":
        k += 1
    return (j >= 0 and _ctx(line[j])) or (k < len(line) and _ctx(line[k]))


def fullwidth_punct(line: str) -> str:
    """Pages typed on Western keyboards mix ``,`` and ``(`` into Chinese prose; ``1+1``, ``11.9``
    and ``10:30`` stay because they do not touch CJK text."""
    if not _HALF_PUNCT.search(line):
        return line
    chars = list(line)
    for i, ch in enumerate(chars):
        if ch in _HALF_TO_FULL and _near_cjk(line, i):
            chars[i] = _HALF_TO_FULL[ch]
    # Parentheses convert as a pair, so ``(1)条`` never becomes ``(1）条``.
    stack: list[int] = []
    for i, ch in enumerate(line):
        if ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            j = stack.pop()
            inner = line[j + 1 : i]
            if _IS_CJK.search(inner) or _near_cjk(line, j) or _near_cjk(line, i):
                chars[j], chars[i] = "（", "）"
        elif ch == ")" and i and _IS_CJK.match(line[i - 1]):
            # Closing a bracket the line above opened (``(记者`` / ``王芳)``).
            chars[i] = "）"
    # A bracket still open at the line's end goes on below (``……。(记者`` / ``王芳)``), also
    # one the wrap left last on the line right after CJK text (``区委常委会(`` / ``扩大)会议``).
    for j in stack:
        rest = line[j + 1 :].lstrip()[:1]
        if _IS_CJK.match(rest) or (not rest and _near_cjk(line, j)):
            chars[j] = "（"
    return "".join(chars)


def _is_letter_spaced(line: str) -> bool:
    """Justified OCR lines come out as ``区 委 书 记``: most tokens are one char or a number."""
    tokens = line.split()
    if len(tokens) < 4:
        return False
    # Punctuation is printed glued to the character beside it (``，区``, ``长（代``, ``理）``):
    # a token whose pieces between marks are each one character or a number is spread too.
    short = sum(
        1
        for t in tokens
        if len(t) == 1 or t.isdigit() or all(len(p) <= 1 or p.isdigit() for p in _MARKS.split(t))
    )
    return short / len(tokens) >= 0.8


def collapse_letter_spacing(line: str) -> str:
    """Single gaps are inside words; a wider gap in a spaced line still separates two parts.

    OCR may spread only part of a line (``列。记者 范光华  通 讯 员  乐 凤 海``): each part
    between wide gaps that is spread out on its own closes up too.
    """
    if " " not in line:
        return line
    tokens = line.split(" ")
    if len(tokens) >= 2 and all(_is_single(t) or not t for t in tokens) and _even_gaps(line):
        # One word spread over the column, every gap as wide as the others, however wide
        # (``简  讯``): a label; a wider gap among single ones parts two phrases.
        return "".join(tokens)
    parts = re.split(r" {2,}", line)
    if _is_letter_spaced(line):
        return " ".join(p.replace(" ", "") for p in parts)
    last = len(parts) - 1
    return "  ".join(
        p.replace(" ", "")
        if _is_spread(p)
        else _close_spaced_run(_close_spread_tail(p), first=i == 0, last=i == last)
        for i, p in enumerate(parts)
    )


# Text that runs on as a sentence: clause punctuation in it, or too long for a label (``记者``,
# ``通讯员``, ``责任编辑``) that a padded byline name stands next to. A bracket says byline
# (``（记者 范`` / ``舒）``, ``员 骆一凡）``): its label keeps its gap. So does a longer label
# that ends on a role (``郑报全媒体``, ``郑报融媒记者``: an outlet's or a media centre's).
_SENTENCE_MIN = 5
CLAUSE_PUNCT = re.compile(r"[，。、；：！？]")
_BRACKETS = re.compile(r"[（）()]")
# A media centre's word, printed as a byline's role (``郑报融媒 X``, ``郑报全媒体 X``).
MEDIA_CENTRE_WORDS = "融媒|全媒体"
# How a paper's name, or a section's printed as one, ends (``二七时报``, ``X晚报``): printed
# as a byline's role before its reporter's name, as an outlet is (``航空港时报 X 通讯员 Y``).
PAPER_WORDS = "时报|日报|晚报"
_ROLE_END = re.compile(f"(?:记者|通讯员|实习生|{MEDIA_CENTRE_WORDS}|{PAPER_WORDS})$")


def _is_single(token: str) -> bool:
    return len(token) == 1 and bool(_IS_CJK.match(token))


# A label, its colon and one name (``记者：X``, ``编辑：Y``): a credit listing names, whose
# next name, padded (``记者：X 杨 锋``), is a name of its own, no word of a sentence going on.
_LABELLED_NAME = re.compile(rf"^[{CJK}]{{1,4}}[：:][{CJK}]{{2,4}}$")


def _runs_on(token: str, cjk_side: str) -> bool:
    return (
        bool(_IS_CJK.match(cjk_side))
        and not _BRACKETS.search(token)
        and (
            (len(token) >= _SENTENCE_MIN and not _ROLE_END.search(token))
            or bool(CLAUSE_PUNCT.search(token))
        )
    )


def _close_spaced_run(part: str, *, first: bool, last: bool) -> str:
    """``区长 邵 蔓 文 主持会议`` → ``区长邵蔓文主持会议``: a name letter-spaced inside a sentence.

    Single CJK characters parted by single spaces are letter-spacing, never words; such a run
    closes up, and onto the sentence text on either side of it (a label such as ``记者`` keeps
    its gap). A run the line wrap cut leaves one character at the line's edge (``区长 邵 蔓`` /
    ``文 主持会议``): it closes onto the sentence beside it.
    """
    tokens = part.split(" ")
    n = len(tokens)
    if n < 2:
        return part
    join = [False] * (n - 1)
    i = 0
    while i < n:
        if not _is_single(tokens[i]):
            i += 1
            continue
        j = i
        while j + 1 < n and _is_single(tokens[j + 1]):
            j += 1
        if j > i or (i == 0 and first) or (j == n - 1 and last):
            for k in range(i, j):
                join[k] = True
            if (
                i > 0
                and _runs_on(tokens[i - 1], tokens[i - 1][-1:])
                and not _LABELLED_NAME.match(tokens[i - 1])
            ):
                join[i - 1] = True
            if j < n - 1 and _runs_on(tokens[j + 1], tokens[j + 1][:1]):
                join[j] = True
        i = j + 1
    if not any(join):
        return part
    out = tokens[0]
    for k in range(1, n):
        out += ("" if join[k - 1] else " ") + tokens[k]
    return out


_SPREAD_TAIL_MIN = 4


def _close_spread_tail(part: str) -> str:
    """``本报讯 11月 2 3日 ， 二 七 区`` → ``本报讯 11月23日，二七区``: a justified line spread
    from its middle on; the run of single characters closes up onto the word before it."""
    tokens = part.split(" ")
    k = len(tokens)
    while k > 0 and len(tokens[k - 1]) == 1:
        k -= 1
    if len(tokens) - k < _SPREAD_TAIL_MIN or k == 0:
        return part
    return " ".join([*tokens[: k - 1], tokens[k - 1] + "".join(tokens[k:])])


def _even_gaps(line: str) -> bool:
    return len(set(_GAPS.findall(line))) == 1


_GAPS = re.compile(" +")


def _is_spread(part: str) -> bool:
    tokens = part.split()
    return len(tokens) >= 3 and all(len(t) == 1 for t in tokens)


_SPACES = re.compile(r" {2,}")
# A bullet before a brief (``■11月15日，……``) is a mark, not a word.
BULLETS = "■●▲◆★□○◇◎"
# A bar a news site prints before each line of its closing credits (``丨记者：X``): a mark too,
# at a line's start only (``聚焦丨X``, a column's label and its title, keeps it).
_LINE_BARS = "丨｜|"
# A deck printed after a dash (``——访区政协委员X``): an interview's, under its title. A deck
# printed after one dash (``—首批X投用``) is one too, where a line that opens on a range's dash
# (``—10月，``, ``—南三环）道路``) is not: a word after the dash, no clause mark nor bracket.
# The dashes a deck is printed after, in any width.
DECK_DASHES = "—-－─"
DASH_DECK = re.compile(
    rf"^(?:(?:——|--|－－|──)[^{re.escape(DECK_DASHES)}]"
    rf"|—(?=[{CJK}])[^，。；：、！？（）()—]+$)"
)


def normalize_line(line: str) -> str:
    """One line: width, punctuation, spacing; the words themselves are never touched."""
    line = line.translate(_FULLWIDTH_TABLE).strip().lstrip(BULLETS + _LINE_BARS).lstrip()
    # Most lines hold no space: every step about spaces is skipped for them.
    spaced = " " in line
    if spaced:
        line = collapse_letter_spacing(line)
        line = _SPACES.sub(" ", line)
    line = fullwidth_punct(line)
    if spaced:
        line = _SPACE_BEFORE_CLOSE.sub("", line)
        line = _SPACE_AFTER_OPEN.sub("", line)
    m = DATELINE.match(line)
    head, rest = ("", line)
    if m:
        rest = line[m.end() :].lstrip()
        head = m.group(1) if rest.startswith("（") else m.group(1) + " "
    if spaced:
        rest = _NUMBER_SPACE_CJK.sub(r"\1", rest)
        rest = _CJK_SPACE_NUMBER.sub(_stray_gap, rest)
    return (head + rest).strip()


def normalize_text(text: str) -> str:
    """Per-line normalization; blank lines are kept because they carry the layout."""
    lines = [normalize_line(line) for line in text.split("\n")]
    above = ""
    for i, line in enumerate(lines):
        if line.startswith(")") and above.count("（") > above.count("）"):
            # A bracket the line above opened (``……。（通讯员 X Y`` / ``)``): the half-width
            # closer the column wrapped onto a line of its own, no CJK beside it, closes it.
            lines[i] = "）" + line[1:]
        if line:
            above = lines[i]
    return "\n".join(lines)
