"""Lines to paragraphs: undo the column wrapping of the printed page.

Two layouts reach us: (a) body hard-wrapped at a narrow column (~12–18 characters) with a blank
line at each column break, and (b) one paragraph per line with blank lines between, where a column
break shows up as a blank line in the middle of a sentence.
"""

from __future__ import annotations

import re
from statistics import median

from .dates import MONTH_DAY, valid_date
from .normalize import BULLETS, CJK, DATELINE, HALF_STOP_AFTER, PAPER_WORDS

_SENTENCE_FINAL = "。！？…"
_CLOSERS = "”’）」』》"
_CLAUSE_OPEN_END = ("，", "、", "；", "：", "—")
# A lead that opens with a date or a relative time word (no 本报讯 before it); its day may
# hold a gap OCR left inside a number (``1月1 3日``), read as the dates are.
# A month and day whose 月 the OCR or the typist lost (``127日上午，`` for 12月7日, ``718日上午``):
# three or four digits a month and a day can be read from, then 日 and a time of day or a
# comma, as a lead opens (no date is read from it: ``dates`` needs the 月).
_MONTH_LOST = (
    r"(?=\d{3,4}日)(?:1[0-2]|[1-9])(?:[12]\d|3[01]|0?[1-9])日"
    r"(?=[，,]|上午|下午|中午|晚上?|早上|凌晨)"
)
LEAD_START = re.compile(
    rf"^(?:{MONTH_DAY}|\d{{4}}年\d{{1,2}}月|{_MONTH_LOST}|近日|近期|日前|昨日|昨天|今天|今日|连日来"
    r"|近段时间|近年来|近来|今年以来|本月初|月初|年初)"
)
_DATE = rf"(?:\d{{4}}年)?{MONTH_DAY}"
# A clause before the date (``为深入推进垃圾分类，5月8日，``): one short clause, then the date.
_CLAUSE_THEN_DATE = re.compile(f"^[^。！？；“”]{{2,40}}?，{_DATE}")


def opens_on_clause_then_date(text: str) -> bool:
    """Does the paragraph open on a clause before its date (``按照X安排，12月3日起，``)?"""
    return bool(_CLAUSE_THEN_DATE.match(text.lstrip()))


# ``记者从区住建局了解到`` / ``记者近日从……获悉``: the reporter opening a story, not a byline.
_REPORTER_LEAD = re.compile(r"^(?:本报)?记者(?:近日|日前|昨日|今天|\d{1,2}月\d{1,2}日)?从")
# An opening credit with no lead word (``（二七区融媒体中心 X）9月4日，…``, ``（X）11月27日，``,
# ``（通讯员：X）10月24日，``):
# a bracket of who sent the story (maybe their unit, then names) where a lead word would stand,
# followed by the lead's date or time word. The bracket is the byline; the body starts after it.
_OPENING_CREDIT = re.compile(
    r"^[（(](?:[^（）()，。；！？：:\s]{2,16}(?:[ \u3000]+|[：:] ?))?[\u4e00-\u9fff]{2,4}"
    r"(?:[ \u3000、][\u4e00-\u9fff]{2,4})*[）)]"
)
HEADLINE_MAX = 60
WRAPPED_MAX = 30


# A page typed on a Western keyboard ends its sentences on a half-width ``.`` (``……调研.``,
# ``……实在."``, ``……增长38%.``): a stop right after a CJK character or a per cent sign, so
# ``3.2亿元`` and ``www.x.cn`` are none. The text keeps the ``.`` as printed; only the
# sentence's end is read from it.
_HALF_STOP = re.compile(f"[{HALF_STOP_AFTER}]\\.$")


def ends_sentence(text: str) -> bool:
    """``。`` and friends, also behind a closing quote or bracket (``……保障。”``)."""
    text = text.rstrip()
    while text and text[-1] in _CLOSERS:
        text = text[:-1]
        if text and text[-1] in _SENTENCE_FINAL:
            return True
    return bool(text) and (
        text[-1] in _SENTENCE_FINAL or (text[-1] == "." and bool(_HALF_STOP.search(text[-2:])))
    )


# A date alone on its line (``2026年5月18日``, ``7月2日``): a notice's signature under its
# issuing office, never an article's lead (a lead's date runs on into its sentence).
_SIGNATURE_DATE = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日$")


def is_signature_date(line: str) -> bool:
    return bool(_SIGNATURE_DATE.match(line.strip()))


def is_dateline(line: str) -> bool:
    """``本报讯``, ``中原网讯``, ``郑报融媒讯`` …: the lead word of an article."""
    return bool(DATELINE.match(line))


# Time words that open a story but as often a paragraph inside one (``今年以来，……``).
_WEAK_LEAD = re.compile(r"^(?:近年来|近来|今年以来|本月初|月初|年初|近期|连日来|近段时间)")
# A feature's lead opens on a season or a moment (``深秋时节，``, ``入夏以来，``, ``这一年，``):
# weak too, so it starts an article only under a headline or after a byline. One character
# before ``以来`` is no time phrase but the tail of a word wrapped off the line above (``今`` /
# ``年以来，``).
_TIME_PHRASE_LEAD = re.compile(
    r"^(?:[^，。“”]{2,5}(?:以来|时节|之际|前夕|伊始|期间|之初|时分|来临之际)"
    # ``在新春佳节即将到来之际，``: the occasion told at more length after 在.
    r"|在[^，。“”]{2,14}?(?:之际|前夕)"
    r"|(?:岁末|年末|年底|新春|开春|入夏|入秋|入冬|盛夏|深秋|初冬|金秋|隆冬|春节)[^，。]{0,3}"
    r"|这一年|过去一年|新学期|新年伊始|清晨|傍晚|夜幕降临)，"
)


def is_strong_lead(text: str) -> bool:
    """A lead that starts a story by itself: no time word that also opens inner paragraphs."""
    text = text.lstrip()
    return is_lead(text) and not _WEAK_LEAD.match(text) and not _TIME_PHRASE_LEAD.match(text)


def is_reporter_lead(text: str) -> bool:
    """``记者从……了解到``: a story's opening under a headline or set apart by a blank line, but
    in the run of a column the reporter's next paragraph of the same story."""
    return bool(_REPORTER_LEAD.match(text.lstrip()))


def lead_credit_end(text: str) -> int:
    """Where an opening credit's bracket ends when a date or a time word follows it, else 0."""
    m = _OPENING_CREDIT.match(text)
    return m.end() if m and LEAD_START.match(text[m.end() :]) else 0


def is_lead(text: str, *, quote: bool = False) -> bool:
    """Does this paragraph read like an article's first one?

    A dateline, a date or time word first (maybe after an opening credit), one clause before
    the date, or the reporter's ``记者从……了解到``; with ``quote``, also an interview opening
    with a quotation (only believable right under a headline).
    """
    text = text.lstrip()
    return bool(
        DATELINE.match(text)
        or LEAD_START.match(text)
        or lead_credit_end(text)
        or _TIME_PHRASE_LEAD.match(text)
        or _CLAUSE_THEN_DATE.match(text)
        or _REPORTER_LEAD.match(text)
        or (quote and text.startswith("“"))
    )


def paragraph_from(lines: list[str], i: int, limit: int = 6) -> str:
    """The text of the paragraph that would start at ``lines[i]`` (a few lines at most)."""
    out = ""
    for line in lines[i : i + limit]:
        line = line.strip()
        if not line:
            continue
        out = _join(out, line)
        if ends_sentence(line):
            break
    return out


def is_headlineish(line: str) -> bool:
    """Short, no full stop, not open-ended, not a dateline: could be a title, deck or kicker."""
    line = line.strip()
    return (
        bool(line)
        and len(line) <= HEADLINE_MAX
        and "。" not in line
        and not line.endswith(_CLAUSE_OPEN_END)
        and not is_dateline(line)
    )


def is_bodylike(line: str) -> bool:
    """Text that only prose looks like: a full stop, an open clause, or a long line."""
    line = line.strip()
    return "。" in line or line.endswith(_CLAUSE_OPEN_END) or len(line) > HEADLINE_MAX


# Page furniture: the masthead line (paper, page number, the issue's date) and the editors' line.
_MASTHEAD_DATE = re.compile(r"(\d{4})(?:年|\.|/|-)(\d{1,2})(?:月|\.|/|-)(\d{1,2})日?")
# The date in Chinese numerals (``二〇二三年六月二日``), as some mastheads print it.
_CN_DIGIT = {c: n for n, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
_CN = "".join(_CN_DIGIT)
_CN_DATE = re.compile(f"([{_CN}]{{4}})年([十{_CN}]{{1,3}})月([十{_CN}]{{1,3}})日")
_MASTHEAD_MARK = re.compile(r"星期[一二三四五六日天]|第\s*\d+\s*版|[A-Z]?\d+版")
_PAGE_NO = re.compile(r"第\s*\d+\s*版|(?<![A-Za-z0-9])[A-H]\d{1,2}(?![0-9])")
# A news site's copy closes on its chain of review and its producers (``一审：X；二审：Y；三审：
# Z``, ``监制：X``, ``总监制：Y``): editors' lines too.
_EDITOR_LINE = re.compile(
    r"^(?:本版|责任)?(?:编辑|责编)[ ：:]|^(?:美编|版式|组版)[ ：:]|校对[ ：:]"
    r"|^(?:[一二三初复终] ?审|总?监 ?制) ?[：:]"
)
# Jump lines, ``（上接第一版）`` / ``（下转第二版）``, ``(下转第6版)``: where a story continues,
# not its text. The segmenter reads them (a story ends or goes on there), so they are no
# furniture. A city paper's page number carries its section's letter (``（下转A11版）``).
# ``_JUMP_IN`` reads a line's start: a continued story's first body line may run on after it
# (``（上接第一版）际行动推动…``, one paragraph a line).
_PAGE_REF = r"\s*第?\s*[A-H]?[一二三四五六七八九十\d]+\s*版\s*[）)]"
_JUMP_IN = re.compile(r"^[（(]\s*(?:上接|接)" + _PAGE_REF)
_JUMP_AWAY = re.compile(r"^[（(]\s*(?:下转|转)" + _PAGE_REF + "$")
_FURNITURE_MAX = 70
# A running head alone on its line: the paper's name, a middle dot, the page's section
# (``某某时报·要闻``, ``某某新闻 · 民生``), with no date or page number beside it.
_RUNNING_HEAD = re.compile(f"[{CJK}]{{2,8}}(?:{PAPER_WORDS}|报|新闻) *[·•・] *[{CJK}]{{2,6}}")
# A page's number or code as an e-paper's head prints it (``第01版``, ``第E07版``).
_PAGE_CODE = r"第\s*[A-Z]?\d{1,2}\s*版"
# The same head after the page's code and a colon (``第E07版：某某时报·综合``), as an e-paper
# prints it over the page's text: still no date, and the page's own.
_CODED_HEAD = re.compile(rf"{_PAGE_CODE}\s*[：:]\s*(?:{_RUNNING_HEAD.pattern})")
# A page number alone on its line (a district paper has a few dozen pages at most).
_PAGE_NUMBER_ALONE = re.compile(r"[1-9]\d?")
# A city paper's page code alone on its line, its section's letter and two figures (``B03``,
# ``G02``): the page's, wherever it stands (a text copied from an e-paper keeps it under the
# story it closes), no line of any article.
_SECTION_PAGE_CODE = re.compile(r"[A-H]\d{2}")
# The paper's own notices set between articles: a QR caption (``扫码关注“X”``, ``扫一扫 下载
# “X”客户端``, the call and its verb set apart by a space) and an ad or subscription hotline
# (``诚招各类广告 热线：0371-6812 3456``). A headline never opens on a call to scan, nor ends
# on a phone number after the paper's ad desk.
_PROMO_LINE = re.compile(
    r"^(?:扫码|扫一扫|扫描(?:下方)?二维码|长按(?:识别)?二维码) ?(?:关注|下载|订阅)"
    r"|(?:广告|订阅|发行)[^，。；]{0,12}?(?:热线|电话)[：: ]*\d[\d\- ]{6,}$"
)

# The rest of a front page's masthead block: the issue number, the serial and postal codes,
# the lunar date, the page count, the publisher and organ lines.
_MASTHEAD_PART = re.compile(
    r"^第\s*\d{3,}\s*期|CN\s*\d{2}\s*-\s*\d{4}|邮发代号|今日\s*\d+\s*版"
    r"|农历[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年|社出版$|机关报$"
)
_SENTENCE_PUNCT = re.compile("[，。；！？]")
# A weather box (a temperature range, its label) and the label of a front page's box of
# headlines on other pages, whose lines (``第2版 X``, ``▶ X 详见第3版``) are furniture too.
_SERVICE_BOX = re.compile(
    r"(?:^|\s|】)-?\d+\s*℃\s*[～~—\-至]\s*-?\d+\s*℃(?:\s|$)"
    r"|^(?:【天气】|天气预报|今日天气)$|^(?:今日|本期)?导读$"
)

# An e-paper page's navigation: the links between its pages, issues and stories (``上一版3
# 4下一版``, ``上一期 下一期``, ``3上一篇 下一篇4``; the first page's code line ``第01版：封面
# 4下一版``), the site's menu (``返回主页 | X报 | …``,
# ``网站首页 | 数字报首页 | …``, ``首页 | X动态 | …``) and its footer: the share links
# (``分享到：微信　微博``), the call to open the page on a phone (``扫一扫在手机打开当前页``)
# and the copyright line.
_EPAPER_NAV = re.compile(
    r"上一(?:版|期|篇)\s*\d*\s*\d*下一(?:版|期|篇)|^(?:返回(?:主页|首页)|网站首页|首页)\s*\|"
    # The first page links to the next only, the last to the previous only.
    rf"|^{_PAGE_CODE}.*(?:\d\s*下一版|上一版\s*\d)\s*$"
    r"|^分享到[：:]|^扫一扫在手机(?:上)?打开|(?:^|\s)版权所有|^版权声明|网站版权所有"
    # A phone site's pager, menu and clock (``1/2 下一页 上一页 首页 尾页``, ``返回 | 刷新 |
    # WAP首页``, ``11/17 22:37``).
    r"|下一页\s*上一页|上一页\s*下一页|^返回\s*\||^\d{1,2}/\d{1,2} \d{1,2}:\d{2}$"
)
# The story's record an e-paper prints at its foot: its number, the issue's day and midnight,
# the weekday and the title (``1234567 2020-01-16 00:00:00 四 某某街道…``), a title that may
# hold a comma or end on a question mark. Furniture, and its day is the issue's.
_EPAPER_RECORD = re.compile(r"^\d{5,} \d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{2}:\d{2} ")
# A site's notice under a story it reprinted (``《X》由某网提供，转载请注明出处：…``), the
# copyright notice under a page (``未经书面授权，不得复制、转载…``) and a site's welcome over it
# (``欢迎访问某某区人民政府网站！``): the site's, no text of a story, though they end on a stop.
_REPRINT_NOTICE = re.compile(
    r"转载请注明(?:出处|来源)|^未经(?:书面)?(?:授权|许可)[，,]?不得(?:复制|转载)"
    r"|^欢迎(?:访问|光临)[^，。]{0,30}网站?[！!]?$"
)
# The heading of a site's disclaimer (``某网版权与免责声明``), whose numbered clauses run to
# the page's end.
_DISCLAIMER_HEAD = re.compile(r"^[\u4e00-\u9fff]{0,10}(?:版权与)?免责声明[：:]?$")
# An e-paper's list of its past issues (``2025-04-10,10764| 2025-04-09,10756|``), whose days
# are no day of this page, and its note to an old browser.
_PAST_ISSUES = re.compile(r"^(?:\d{4}-\d{2}-\d{2}[,，]\d+\| ?)+$|^您的IE浏览器版本太低")
# The page's code as a navigation line prints it (``第N06版：X时报``): whatever its section's
# letter, the code printed alone in the page's head is that page's.
_NAV_PAGE_CODE = re.compile(r"第\s*([A-Z]\d{1,2})\s*版")
# The line an e-paper's page head opens on: the page's number or code (``第01版：封面``).
_PAGE_CODE_LINE = re.compile(_PAGE_CODE)

# A newspaper's e-paper reader prints each story's meta line under its title (``作者：X　Y
# 来源：X报　字数：846``): its source and word count are furniture. The names after ``作者：``
# are the story's reporters (a byline line, bylines.py); a line whose author is left empty
# (``作者：　来源：X　字数：412``) names no one and is furniture whole.
# ``来源：``: the label of a source (a paper, a unit) wherever it is printed.
SOURCE_LABEL = "来源 *： *"
READER_META_FIELDS = rf"(?:{SOURCE_LABEL}[\u4e00-\u9fff·]{{2,20}} *)?字数 *： *\d+"
# A government site's page copied as text: where the page sits on the site (``当前位置：首页 >
# 政务公开 > …``), each item's meta line (``来源：X　发布时间：2024-11-28 16:42:17``), the
# page's tools (``【字体：大 中 小】``, ``打印此文　关闭窗口``), the site's footer (``主办单位：
# X``) and the file name of an image left in the copy (``640.png``): furniture, no text of any
# item. The meta line's date is that item's publishing day, printed in figures or, on a site
# set in English, as a month's name (``发布时间：Jun 3, 2025``). A news site's article prints it
# as a time stamp opening the line, its source glued after (``2024-06-12 09:31:27来源：X``),
# over its font-size tool (``字号``).
# A site's bare label only opening the line, before a date in figures (``日期：2013-03-07``):
# inside a notice, ``公示时间：2026年7月3日`` is its text.
_PUBLISHED = r"(?:发布时间|发布日期|^(?:日期|时间)(?=[：:] ?\d{4}-))[：:] ?"
_TIME_STAMP = r"^\d{4}-\d{1,2}-\d{1,2} ?\d{1,2}:\d{2}"
_PUBLISH_LINE = re.compile(f"{_PUBLISHED}\\d{{4}}[-年./]\\d{{1,2}}|{_TIME_STAMP}")
_SITE_FURNITURE = re.compile(
    r"^(?:当前位置|您的位置|您当前的位置|您现在的位置|当前页面)[：:]|^首页 ?[>＞»]"
    r"|^[>＞»] ?[^>＞»]{1,12} ?[>＞»]"
    # The site's sign-in line, a meta line of its source and editor.
    r"|登录 ?\| ?注册|^来源[：:][^，。]{0,30}编辑[：:]"
    f"|{_PUBLISHED}(?:\\d{{4}}[-年./]\\d{{1,2}}|[A-Z][a-z]{{2,8}}\\.? \\d{{1,2}}, \\d{{4}})"
    f"|{_TIME_STAMP}(?::\\d{{2}})?(?: ?来源 *[：:]|$)"
    r"|字[体号][：:] ?大 ?中 ?小|^【?字号】?$|^【?打印(?:此文|本页)】?|关闭(?:窗口|本页)】?$"
    # An e-paper's zoom tool and a share button left alone on their lines.
    r"|^【?放大 ?缩小(?: ?默认)?】?$|^【?分享】?$"
    r"|^(?:主办单位|承办单位|技术支持|网站标识码)[：:]"
    # The labels of a government site's disclosure table over an item (``索 引 号：``,
    # ``发文机关：``, ``成文日期：``, ``时  效：``), filled in or left empty.
    r"|^(?:索\s*引\s*号|发文机关|发文字号|成文日期|生成日期|时\s*效\s*性?|名\s*称|主题分类"
    r"|公开方式|公开范围|发布机构|信息来源|有\s*效\s*性)\s*[：:]"
    # The table's publish label or the font tool's, left empty.
    r"|^(?:发布日期|发布时间|日期|来源|字体)\s*[：:]$|^【?字体[：:] ?(?:打印)?$"
    # The item's day alone on its line, in figures (``2025-03-04``), and its editor in brackets
    # at its foot (``（责任编辑 X）``, a news site's ``[ 责任编辑：X ]``).
    r"|^\d{4}-\d{1,2}-\d{1,2}$|^[（(](?:责任)?(?:编辑|责编)[ ：:][^（）()]{1,20}[）)]$"
    r"|^[\[【] ?(?:责任)?(?:编辑|责编) ?[：:][^\[\]【】]{1,20}[\]】]$"
    r"|^[\w\-]{1,40}\.(?:png|jpe?g|gif|webp|bmp)$"
    f"|^(?:作者 *： *)?{READER_META_FIELDS}$"
)
# A masthead that prints only the paper's name and the full date (``某某报 2024年3月2日``, its
# space lost in normalising), or an e-paper's date line alone (``2024年03月02日``): read so
# only at the top of the page, where a notice's signature (office, date) never stands.
_NAME_DATE = re.compile(r"(?:[\u4e00-\u9fff]{2,10}\s*)?\d{4}年\d{1,2}月\d{1,2}日")


# An e-paper's calendar printed as text, a week a line (``123456``, ``78910111213``).
_CALENDAR_ROW_MIN = 3


def _calendar_row(line: str) -> bool:
    """Is ``line`` the days of a month's week run together (``14151617181920``)?"""
    if not line.isdigit() or len(line) < _CALENDAR_ROW_MIN:
        return False
    for width in (1, 2):
        day, at, count = int(line[:width]), width, 1
        while at < len(line):
            nxt = str(day + 1)
            if not line.startswith(nxt, at):
                break
            day, at, count = day + 1, at + len(nxt), count + 1
        if at == len(line) and count >= _CALENDAR_ROW_MIN and 1 <= day <= 31:
            return True
    return False


def is_furniture(line: str, *, top: bool = False) -> bool:
    """The masthead (``中原新闻 第3版 2022年9月16日``) and the editors' line; never a jump
    line, though it prints a page number as a masthead does (``（转第 5 版）``). ``top``: the
    page's first line, where a name and a date alone are the masthead too."""
    line = line.strip()
    if (top and _NAME_DATE.fullmatch(line)) or _EPAPER_RECORD.match(line):
        return True
    if _REPRINT_NOTICE.search(line) or _DISCLAIMER_HEAD.match(line) or _calendar_row(line):
        return True
    if _PAST_ISSUES.search(line):
        return True
    if not line or len(line) > _FURNITURE_MAX or ends_sentence(line) or "，" in line:
        return False
    if is_jump_away(line) or is_jump_in(line):
        return False
    if _PROMO_LINE.search(line) or _EPAPER_NAV.search(line) or _SITE_FURNITURE.search(line):
        return True
    if _RUNNING_HEAD.fullmatch(line) or _CODED_HEAD.fullmatch(line):
        return True
    parts = len(line.split())
    dated = _MASTHEAD_DATE.search(line) or _CN_DATE.search(line)
    masthead = (dated and (_MASTHEAD_MARK.search(line) or parts >= 3)) or (
        _PAGE_NO.search(line) and (parts >= 3 or (parts == 2 and len(line) <= 20))
    )
    return bool(masthead or _EDITOR_LINE.search(line))


def is_jump_away(line: str) -> bool:
    """``（下转第四版）``: the story goes on on a later page, so on this one it ends here."""
    return bool(_JUMP_AWAY.match(line.strip()))


def is_jump_in(line: str) -> bool:
    """``（上接第一版）``: the text under it goes on from a story begun on an earlier page."""
    line = line.strip()
    m = _JUMP_IN.match(line)
    return m is not None and m.end() == len(line)


# A jump line set at the end of a story's last body line (``……反映。（下转第3版）``), or
# begun there and wrapped onto the next line (``……反映。（下转第`` / ``3版）``).
_JUMP_TAIL = re.compile(r"[（(]\s*下转\s*第?\s*[A-H]?[一二三四五六七八九十\d]*\s*版?\s*[）)]?$")


def split_trailing_jumps(
    lines: list[str], *marked: frozenset[int]
) -> tuple[list[str], list[frozenset[int]]]:
    """Set a jump line printed after body text, or before it, on a line of its own, so the
    story ends (or goes on) there as under a jump line printed apart; each set of
    ``marked`` line indices follows the shift (a line's marks go to its text)."""
    out: list[str] = []
    shift: list[int] = []
    skip = -1
    for i, line in enumerate(lines):
        shift.append(len(out) - i)
        if i == skip:
            out.append("")
            continue
        head = _JUMP_IN.match(line.lstrip()) if "接" in line[:8] else None
        if head and line.lstrip()[head.end() :].strip():
            shift[-1] += 1
            out.extend([head.group(), line.lstrip()[head.end() :].lstrip()])
            continue
        m = _JUMP_TAIL.search(line) if "下转" in line else None
        jump = m.group() if m else ""
        if m and not is_jump_away(jump) and i + 1 < len(lines):
            jump += lines[i + 1].strip()
            skip = i + 1 if is_jump_away(jump) else -1
        if m and m.start() > 0 and line[: m.start()].strip() and is_jump_away(jump):
            out.extend([line[: m.start()].rstrip(), jump])
            continue
        skip = -1
        out.append(line)
    if len(out) == len(lines):
        return lines, list(marked)
    return out, [frozenset(i + shift[i] for i in lines_set) for lines_set in marked]


_PAPER_NAME_MAX = 10
_LATIN_NAME_MAX = 24
# A site's name over its menu (``首页 | X | …``) is an organ's full name, longer than a paper's
# (``X市X区人民代表大会常务委员会``).
_SITE_NAME_MAX = 24

# A rule read as text: a row of dashes or dots (``————``, ``……``), or a column rule alone
# (``|``, ``丨``, ``||||``). A sentence's dash or ellipsis is two characters and a deck has
# words after its dashes, so a row is longer and holds nothing else. Group 1: a row across
# the column, which may frame a box.
_RULE_LINE = re.compile(r"((?:[—─━－\-…] ?){4,})|(?:[|丨｜] ?)+")
_RULE_CHARS = frozenset("—─━－-…|丨｜")
# The label an ad or a service box prints over its lines (``广告``, ``【公益广告】``,
# ``今日天气``): the block it opens, up to a blank line or a rule, is the box's.
_BOX_LABEL = re.compile(r"^【?(?:公益)?广告】?$|^(?:【天气】|天气预报|今日天气)$")
_BOX_LINES_MAX = 8
# A row of a small table printed line by line: a label, then its figures (``土豆 1.6``).
_TABLE_ROW = re.compile(r"^[^\s\d，。；！？]{1,12}(?:\s[-+]?\d+(?:\.\d+)?[^\s\d，。；！？]{0,3})+$")
_TABLE_ROWS_MIN = 3
# A run of lines with no blank line among them.
_BLOCK = re.compile(r"[^\n]+(?:\n[^\n]+)*")


def is_rule_row(line: str) -> bool:
    """``————`` / ``……………`` / ``丨``: a printed rule, never body, title or deck."""
    return bool(_RULE_LINE.fullmatch(line.strip()))


def _boxes(lines: list[str]) -> set[int]:
    """Rules, and the boxes set between articles: a block framed by a row above and a row
    under it, an ad or a service box under its label, and a small table printed line by
    line (a block of label-and-figure rows, maybe under its title and unit line). None of
    their lines holds a sentence."""
    stripped = [x.strip() for x in lines]
    rules = {
        i: bool(m[1])
        for i, x in enumerate(stripped)
        if x[:1] in _RULE_CHARS and (m := _RULE_LINE.fullmatch(x))
    }
    # A rule parts two blocks as a blank line does.
    text = "\n".join("" if i in rules else x for i, x in enumerate(stripped))
    found = set(rules)
    line_no = pos = 0
    for m in _BLOCK.finditer(text):
        if _SENTENCE_PUNCT.search(text, m.start(), m.end()):
            continue  # most blocks: body text
        line_no += text.count("\n", pos, m.start())
        pos = m.start()
        block = m.group().split("\n")
        start, end = line_no, line_no + len(block)
        figures = sum(1 for x in block if " " in x and _TABLE_ROW.match(x))
        label = next((k for k, x in enumerate(block) if _BOX_LABEL.match(x)), None)
        framed = rules.get(start - 1) and rules.get(end) and len(block) <= _BOX_LINES_MAX
        if framed or figures >= _TABLE_ROWS_MIN:
            found.update(range(start, end))
        elif label is not None and len(block) - label <= _BOX_LINES_MAX:
            found.update(range(start + label, end))
    return found


def _page_number_alone(lines: list[str], i: int) -> bool:
    """``lines[i]`` is a page number printed alone, set apart by a blank line (or the page's
    edge) on both sides: where the column turned, between two paragraphs of one article."""
    return (
        _PAGE_NUMBER_ALONE.fullmatch(lines[i].strip()) is not None
        and (i == 0 or not lines[i - 1].strip())
        and (i + 1 == len(lines) or not lines[i + 1].strip())
    )


def column_turns(lines: list[str], furniture: set[int]) -> set[int]:
    """Lines to drop where a column turned inside one paragraph run: a page number alone
    (furniture) and the blank lines around it, between prose above (a full stop, an open
    clause, a long line) and a sentence going on below (a clause mark in it). The gap is the
    column's end, no paragraph break: the article runs on after it. Under a headline, a
    byline or other furniture the gap stays."""
    out: set[int] = set()
    for i in furniture:
        if not _page_number_alone(lines, i):
            continue
        a, b = i, i + 1
        while a > 0 and not lines[a - 1].strip():
            a -= 1
        while b < len(lines) and not lines[b].strip():
            b += 1
        if a == 0 or b == len(lines) or a - 1 in furniture or b in furniture:
            continue
        if is_bodylike(lines[a - 1]) and _CLAUSE_MARK.search(lines[b]):
            out.update(range(a, b))
    return out


_CLAUSE_MARK = re.compile("[，。；：、！？]")


# A title in an e-paper's list of the page's titles, marked by a dot, and the list's label.
_LISTED = re.compile(r"^\s*[·•]\s*(\S.*?)\s*$")
_LIST_LABEL_MAX = 6


def _epaper_guide(lines: list[str], top: int, found: set[int]) -> set[int]:
    """An e-paper page's head, over its first sentence and holding its navigation: over the
    last navigation line, the page's code alone (``E03``) and its list of the page's titles,
    each printed again over its story further down. The list is no cluster of headlines; the
    titles stand over their stories."""
    nav = [i for i in found if i < top and _EPAPER_NAV.search(lines[i])]
    if not nav:
        return set()
    # The guide stands over the last navigation line; the first story's title under it.
    end = max(nav)
    heads = {lines[i].strip(): i for i in range(end) if lines[i].strip() and i not in found}
    codes = {m.group(1) for i in nav for m in _NAV_PAGE_CODE.finditer(lines[i])}
    out = {i for x, i in heads.items() if _PAGE_NO.fullmatch(x) or x in codes}
    again = set()
    for x in lines[end + 1 :]:
        if (i := heads.get(x.strip())) is not None:
            again.add(i)
    out |= again
    # Under the navigation, the list of the page's titles each marked by a dot (``· X``), each
    # printed again over its story, is the guide too, with its label over it (``本版新闻``);
    # and the page's code line in the head (``第A06版：X``) is the page's, no headline.
    listed = {i: m.group(1) for i in range(end + 1, top) if (m := _LISTED.match(lines[i]))}
    if listed:
        below = {x.strip() for x in lines[max(listed) + 1 :]}
        if all(x in below for x in listed.values()):
            out |= set(listed)
            label = max((i for i in range(min(listed)) if lines[i].strip()), default=-1)
            if label > end and len(lines[label].strip()) <= _LIST_LABEL_MAX:
                out.add(label)
            out.update(i for i in range(top) if _PAGE_CODE_LINE.match(lines[i].strip()))
    # Between the page's code line (``第A03版：…``) and the site's menu under it, a list one of
    # whose titles is printed again under the menu is the whole printed page's, though the copy
    # holds only that story: every line of it (a title in it may hold a comma, so the head ends
    # at the first line of prose). A list printed again nowhere is the page's headlines.
    head = next((i for i, x in enumerate(lines) if is_bodylike(x)), len(lines))
    menus = [i for i in found if i < head and _EPAPER_NAV.search(lines[i])]
    codes_at = [i for i in found if i < head and _PAGE_CODE_LINE.match(lines[i].strip())]
    if again and codes_at and menus and max(menus) > min(codes_at):
        span = range(min(codes_at) + 1, max(menus))
        out.update(i for i in span if lines[i].strip() and i not in found)
    return out


def furniture_lines(lines: list[str]) -> set[int]:
    """Indices of page furniture; a short name line right over the masthead is its first."""
    first = next((i for i, x in enumerate(lines) if x.strip()), -1)
    found = {
        i
        for i, x in enumerate(lines)
        if is_furniture(x, top=i == first)
        or (x.isdigit() and _page_number_alone(lines, i))
        or _SECTION_PAGE_CODE.fullmatch(x.strip())
    }
    # Over the first sentence of the page: the rest of a front page's masthead block, its
    # weather box and its guide box (a service box further down is read as a box of its own).
    top = 0
    for i, x in enumerate(lines):
        line = x.strip()
        if _SENTENCE_PUNCT.search(line):
            break
        top = i + 1
        if len(line) <= _FURNITURE_MAX and (
            _MASTHEAD_PART.search(line) or _SERVICE_BOX.search(line)
        ):
            found.add(i)
    found |= _epaper_guide(lines, top, found)
    # A site's disclaimer runs from its heading to the page's end.
    head = next((i for i, x in enumerate(lines) if _DISCLAIMER_HEAD.match(x.strip())), None)
    if head is not None:
        found.update(i for i in range(head, len(lines)) if lines[i].strip())
    for i in sorted(found):
        j = i - 1
        while j >= 0 and not lines[j].strip():
            j -= 1
        # The paper's name may stand over two lines (a Latin line under it).
        names = []
        menu = "|" in lines[i] and _EPAPER_NAV.search(lines[i].strip()) is not None
        while j >= 0 and len(names) < 2:
            name = lines[j].strip()
            limit = _LATIN_NAME_MAX if name.isascii() else _PAPER_NAME_MAX
            if menu:
                limit = _SITE_NAME_MAX
            if not name or len(name) > limit or _INNER_PUNCT.search(name):
                break
            names.append(j)
            j -= 1
        if names and all(not x.strip() for x in lines[: names[-1]]):
            found.update(names)
    # Rules and boxes stand among the articles: a short line over one is no paper's name.
    return found | _boxes(lines)


def masthead_date(lines: list[str]) -> str | None:
    """The issue date printed in the masthead, ``YYYY-MM-DD``, or None.

    A site's page prints no issue date but a publish line over each item, each its own day:
    the latest of them is on or after every item's day, so it stands for the issue's date."""
    published: list[str] = []
    for n, line in enumerate(lines):
        if not is_furniture(line, top=n == 0) or _PAST_ISSUES.search(line.strip()):
            continue
        if published or _PUBLISH_LINE.search(line):
            if _PUBLISH_LINE.search(line) and (m := _MASTHEAD_DATE.search(line)):
                y, mo, d = (int(x) for x in m.groups())
                if valid_date(mo, d):
                    published.append(f"{y:04d}-{mo:02d}-{d:02d}")
            continue
        if m := _MASTHEAD_DATE.search(line):
            y, mo, d = (int(x) for x in m.groups())
        elif m := _CN_DATE.search(line):
            y = int("".join(str(_CN_DIGIT[c]) for c in m.group(1)))
            mo, d = cn_number(m.group(2)), cn_number(m.group(3))
        else:
            continue
        if valid_date(mo, d):
            return f"{y:04d}-{mo:02d}-{d:02d}"
    return max(published, default=None)


def cn_number(text: str) -> int:
    """``六`` → 6, ``十二`` → 12, ``二十一`` → 21, ``三十`` → 30."""
    if "十" not in text:
        return _CN_DIGIT.get(text, 0)
    tens, _, ones = text.partition("十")
    return (_CN_DIGIT.get(tens, 0) if tens else 1) * 10 + _CN_DIGIT.get(ones, 0)


# Indented first lines mark paragraph starts unless nearly every line is indented; article
# starts only where few lines are and those are leads.
_INDENT_SHARE_MAX = 0.4
_INDENT_PARAGRAPH_MAX = 0.8
_INDENT_LEAD_SHARE = 0.7


# A paragraph's indent is two characters wide (two full-width spaces, or more half-width
# ones); a single space before a line is OCR's noise.
_PARAGRAPH_INDENT = 2


def mark_indents(
    raw_lines: list[str], lines: list[str]
) -> tuple[list[str], frozenset[int], frozenset[int]]:
    """Insert a blank line before an indented line that follows a finished sentence.

    Many pages indent a paragraph's first line (or bullet a brief, ``■``); after a full stop
    that says the same as a blank line, and the steps after read blank lines. Returns the
    lines, the indices (in them) of the marked starts (where only a few lines are marked,
    the page marks article starts, not every paragraph), and those of the lines printed with
    a paragraph's indent: a paragraph's first line, which no headline is printed with.
    """
    indented = [
        bool(r.strip()) and (r[0] in " \u3000\t" or r.lstrip()[0] in BULLETS) for r in raw_lines
    ]
    share = sum(indented) / max(1, sum(1 for x in lines if x.strip()))
    if share > _INDENT_PARAGRAPH_MAX:
        return lines, frozenset(), frozenset()  # every line indented: the indent says nothing
    out: list[str] = []
    starts: set[int] = set()
    paragraphs: set[int] = set()
    for raw, line, ind in zip(raw_lines, lines, indented, strict=True):
        # The reporter's ``记者从……了解到`` indented under a finished sentence goes on with the
        # story (as it does in the run of a column): the indent is no blank line setting it apart.
        if (
            ind
            and out
            and out[-1].strip()
            and ends_sentence(out[-1])
            and not is_reporter_lead(line)
        ):
            out.append("")
        if ind:
            starts.add(len(out))
            if len(raw) - len(raw.lstrip()) >= _PARAGRAPH_INDENT:
                paragraphs.add(len(out))
        out.append(line)
    # Indents mark articles only where the indented lines are leads; a page that indents every
    # paragraph (``会议要求，……``) says only where paragraphs begin.
    leads = sum(1 for i in starts if is_lead(paragraph_from(out, i)))
    if share > _INDENT_SHARE_MAX or leads < _INDENT_LEAD_SHARE * len(starts):
        starts = set()
    return out, frozenset(starts), frozenset(paragraphs)


_LEADING_CLOSERS = re.compile(r"^[，。、；：？！）》”’」』】…]+")


def reattach_punctuation(lines: list[str]) -> list[str]:
    """Give punctuation that OCR wrapped to the start of a line back to the line it closes.

    Typesetting never starts a line with ``。`` or ``，``; OCR of a justified column sometimes
    does (``……顺利完成`` / ``。``), and then no line would seem to end its sentence. The count
    of lines stays the same (an emptied line stays, blank). A row of dots is a rule, no
    sentence's ellipsis.
    """
    out = list(lines)
    last = -1
    for i, line in enumerate(out):
        if not line.strip():
            continue
        m = _LEADING_CLOSERS.match(line.strip())
        if m and is_rule_row(line.strip()):
            m = None
        if m and last >= 0:
            out[last] = out[last].rstrip() + m.group(0)
            out[i] = line.strip()[m.end() :]
        if out[i].strip():
            last = i
    return out


def estimate_column_width(lines: list[str]) -> int | None:
    """Width of a hard-wrapped column, or None for one-paragraph-per-line text.

    Wrapped columns give many lines of nearly the same short length; the upper quartile of
    the lengths is the column width (punctuation squeezing makes some lines one shorter).
    """
    lengths = sorted(len(x) for x in lines if x.strip())
    if len(lengths) < 3:
        return None
    short = sum(1 for n in lengths if n <= WRAPPED_MAX)
    if median(lengths) > WRAPPED_MAX or short / len(lengths) < 0.8:
        return None
    kept = [n for n in lengths if n <= WRAPPED_MAX]
    return kept[min(len(kept) - 1, (3 * len(kept)) // 4)]


def _join(left: str, right: str) -> str:
    """A wrapped English word keeps its space; a number split over two lines (``20`` /
    ``19年度``) does not get one, so a search for ``2019年`` finds it."""
    if left and right and left[-1].isdigit() and right[0].isdigit():
        return left + right
    if left and right and left[-1].isascii() and left[-1].isalnum() and right[0].isascii():
        return left + " " + right
    return left + right


_SUBHEAD_MAX = 20
# A shorter line is a fragment (``5`` / ``月7日，……``), not a subhead.
_SUBHEAD_MIN = 4
# An enumerated subhead (``一、``, ``（二）``, ``3.``, ``第四，``) is always inside an article.
_NUMERAL = "一二三四五六七八九十"
ENUMERATED = re.compile(
    f"^(?:[{_NUMERAL}]+、|（[{_NUMERAL}\\d]+）|\\d+[.、]|第[{_NUMERAL}]+[，、是])"
)
_INNER_PUNCT = re.compile(r"[，、；：。！？,;:]")


def is_subhead(line: str, width: int | None) -> bool:
    """A short line standing alone between paragraphs (``一、压实责任``, ``聚焦主业 精准发力``).

    It is its own paragraph: glued to the next sentence it would read as one run-on clause.
    In a wrapped column it must also be clearly shorter than the column (a first line one or
    two characters short is only punctuation squeezing).
    """
    enumerated = bool(ENUMERATED.match(line))
    return (
        _SUBHEAD_MIN <= len(line) <= _SUBHEAD_MAX
        and not line[-1].isdigit()
        and (width is None or len(line) <= width * 0.7 or (enumerated and len(line) <= width - 2))
        and not ends_sentence(line)
        and not _INNER_PUNCT.search(ENUMERATED.sub("", line))
        and not is_lead(line)
    )


# A list row's name set off by a gap (``卜怀远 侯寨乡槐荫村``, ``宓秋芸（女） 区人民医院``).
_ROW_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:（[男女]）)?\s")


def _list_row(line: str, width: int | None) -> bool:
    """A row of a list under a subhead or another row (``卜怀远 侯寨乡槐荫村``, a unit alone):
    no clause in it, no sentence, shorter than the column (a paragraph's first line fills it)
    or a name set off by a gap, which no wrapped sentence prints.
    """
    return (
        _SUBHEAD_MIN <= len(line) <= _SUBHEAD_MAX
        and (width is None or len(line) < width - 2 or bool(_ROW_NAME.match(line)))
        and not ends_sentence(line)
        and not _INNER_PUNCT.search(line)
        and not is_lead(line)
    )


def _narrow_block(line: str, lines: list[str], n: int) -> bool:
    """Is ``line`` (``lines[n]``) the first line of a block set narrower than the column (a
    letter-spaced paragraph closed up)? The line right under it is as long and runs on, a
    clause mark in it and no sentence ended: prose under a subhead fills the column."""
    nxt = lines[n + 1].strip() if n + 1 < len(lines) else ""
    return (
        abs(len(nxt) - len(line)) <= 1
        and _INNER_PUNCT.search(nxt) is not None
        and not ends_sentence(nxt)
    )


def build_paragraphs(lines: list[str], width: int | None) -> list[str]:
    """Rebuild paragraphs as the author wrote them.

    A blank line ends a paragraph only after a finished sentence (otherwise it is a column
    break, often mid-word). In wrapped text a paragraph also ends at a line clearly shorter
    than the column that ends a sentence; with ``width=None`` every finished line ends one.
    Under a subhead, each row of a list (a name and a unit, a unit alone) is a paragraph.
    """
    paragraphs: list[str] = []
    cur = ""
    listed = False
    last = next((n for n in range(len(lines) - 1, -1, -1) if lines[n].strip()), -1)
    for n, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            if cur and ends_sentence(cur):
                paragraphs.append(cur)
                cur = ""
            listed = False
            continue
        if n == last and cur and is_signature_date(line):
            # A notice's signature date, alone on its last line: its own paragraph, whatever
            # the lines above it end on (a contact line, then the signing office).
            paragraphs.append(cur)
            cur = ""
        if not cur and (
            (is_subhead(line, width) and not _narrow_block(line, lines, n))
            or (listed and _list_row(line, width))
        ):
            paragraphs.append(line)
            listed = True
            continue
        listed = False
        cur = _join(cur, line)
        if ends_sentence(line) and (width is None or len(line) <= width - 2):
            paragraphs.append(cur)
            cur = ""
    if cur:
        paragraphs.append(cur)
    return paragraphs
