"""Bylines: who wrote an article (``记者 景静 通讯员 徐克镜``).

Printed at the end (alone, glued to the last sentence, or wrapped over two lines), or at the
start inside the lead's bracket (``本报讯（记者 李明 通讯员 王芳）``), or as a lead line of its
own (``本报记者 王小明 报道``). Roles carry an outlet in front (``郑报融媒记者``,
``郑州报业集团记者``) or are photo credits (``文/图``, ``摄影``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from .layout import READER_META_FIELDS, SOURCE_LABEL, lead_credit_end
from .names import COMPOUND_SURNAMES, JIEBA, NOT_NAME_CHARS, surname_at
from .normalize import (
    BULLETS,
    CJK,
    DATELINE,
    HALF_STOP_AFTER,
    MEDIA_CENTRE_WORDS,
    PAPER_WORDS,
)

# ``审核：Y`` in a closing credit is an editor's sign-off: Y wrote nothing and sent nothing,
# so is neither reporter nor correspondent, but the credit is a byline all the same.
_SIGNOFF_ROLES = "审核|审校"
# A media centre's name printed as the role, a space before the name and no 记者 after it
# (``郑报融媒 X``, ``郑报全媒体 X``): a role (see _REPORTER_ROLES), no name, also right after
# another role's names (``记者 X 郑报全媒体 Y``). A paper's or its section's name is printed
# so too (``二七时报 X 通讯员 Y``): its reporter's role, as an outlet's.
_MEDIA_CENTRE = f"(?:[{CJK}]{{0,4}}(?:{MEDIA_CENTRE_WORDS})|[{CJK}]{{2,4}}(?:{PAPER_WORDS}))(?= )"
# A name is 2–4 characters that are not themselves a role (``记者 孙丽 通讯员 刘海波``).
_ROLE_WORDS = (
    f"通讯员|记者|实习生|摄影|摄像|报道|文/|图/|图文|{_SIGNOFF_ROLES}|"
    f"特约|首席|见习|实习|本报|供稿|供图|读者|发自|文字(?= *：)|图片(?= *：)|{_MEDIA_CENTRE}"
)
_NOT_ROLE = f"(?!{_ROLE_WORDS})"
# Each character is checked, so a name printed without a space before the next role
# (``记者郝梦洁通讯员王芳``, a letter-spaced line collapsed) still ends where the role begins.
# A two-character name is often printed with a gap to fill the width of three (``邝 静``);
# OCR leaves one after a compound surname too (``司徒 静``): no one is named by it alone.
_COMPOUND = "|".join(sorted(COMPOUND_SURNAMES))
_NAME = (
    f"(?:[{CJK}] [{CJK}](?![{CJK}])|(?:{_COMPOUND}) [{CJK}](?![{CJK}])"
    f"|(?:{_NOT_ROLE}[{CJK}]){{2,4}})"
)
# A later name of a list ends where a word does (a space, a mark, a role, a photo credit): the
# first four characters of the next role's outlet (``记者 X 二七区融媒体中心记者 Y``) are no name.
_NAMES = f"{_NAME}(?:(?: +|、){_NAME}(?:(?![{CJK}])|(?={_ROLE_WORDS}|摄)))*"
# An outlet before 记者 ends like a newspaper or a media group does (本报, 郑报融媒, 郑州报业集团,
# 郑州日报, 正观新闻·郑州晚报 …), or like its newsroom or app does (a group's 新闻中心 or
# 融媒体中心, a paper's 客户端), so ``据记者`` or ``随行记者`` are never read as one. A group's
# full name with its newsroom runs to a dozen characters and more.
_OUTLET = (
    f"(?:本报|本台|本网|[{CJK}·]{{0,16}}?(?:报|融媒|融媒体|全媒体|报业集团|新闻|网|台|社"
    "|新闻中心|融媒体中心|客户端))"
)
# ``文/X 图/Y`` splits one credit over two people: both are reporters, as a ``文/图`` name is;
# so is a ``图、文/X`` name (photo and text by one person, the two words listed before the slash).
# A media centre's name printed as the role (``郑报融媒 X``, _MEDIA_CENTRE) is the reporter's
# role, as ``郑报融媒记者`` is. A government site prints the credit with a colon and no slash
# (``图文：X``), an e-paper reader under the title (``作者：X　Y``, its meta line's other
# fields furniture: _STAFF_TAIL). An intern reporter (``实习记者``) is a reporter, as an intern
# (``实习生``) is.
_REPORTER_ROLES = (
    f"{_OUTLET}?(?:特约|首席|见习|实习)?记者|(?<![{CJK}]){_MEDIA_CENTRE}"
    "|实习生|文/图|图/文|图、文/|文、图/|文/|图/|摄影|摄像|撰文"
    "|(?:图文|文图|作者|撰稿|文字|图片)(?= *：)"
)
# A reader signing a letter (``（读者 X）``) sent it, as a correspondent sends an item.
_CORRESPONDENT_ROLES = "(?:本报|特约)?通讯员|读者(?=[ ：])"
_ROLE = f"(?:{_REPORTER_ROLES}|{_CORRESPONDENT_ROLES}|(?:{_SIGNOFF_ROLES})(?= *：))"
# ``记者 王小明`` or ``王小明 摄`` / ``王小明 文/图`` (the credit after the name). A web
# edition splits the credit with bare words, a space before each (``记者 X 文 记者 Y 图``):
# ``文`` or ``图`` standing alone after a name is its share of the work, no name's character.
# A photo story's credit closes on its kind (``记者 X 摄影报道``), a reporter who wrote and
# photographed on both (``记者 X 文并摄``).
_CREDIT = f"(?:文/图|图/文|摄影报道|文并摄|摄|/文|/图|(?<=[{CJK}]{{2}} )[文图](?![{CJK}/]))"
# ``记者 王小明``, ``记者：王小明 李华`` (a colon after the role), ``本报记者 褚明 文/图``,
# ``文/图 记者 邰书航``, ``摄影 记者 X 通讯员 Y`` (a photo story's credit), ``王小明 摄``.
_SHARE_FIRST = "(?:文/图|图/文|摄影|(?:文字|图片) *：)"
_PART = f"(?:{_SHARE_FIRST} *)?(?:{_ROLE} *(?:： *)?{_NAMES}(?: *{_CREDIT})?|{_NAMES} *{_CREDIT})"
# Parts one after another, spaces between them. Written with one copy of ``_PART`` (spaces are
# taken only before something that is not a space): each copy of a name's character class
# costs the regex compiler a millisecond, at every process start.
_PARTS = f"(?:{_PART}(?: +(?=\\S))?)+"
# The same site closes the credit line with the staff who checked and edited the item
# (``图文：X　审核：Y　编辑：Z``): furniture, as an editor line is, no byline of theirs. So
# are the source and word count after an e-paper reader's ``作者：X`` (READER_META_FIELDS).
_STAFF_TAIL = (
    f"(?:(?: *(?:{_SIGNOFF_ROLES}|编辑|责编|校对) *： *{_NAMES})+| *{READER_META_FIELDS})$"
)
_STAFF_TAIL_RE = re.compile(_STAFF_TAIL)
# A government site's closing credit names the unit that sent the item under a label
# (``（供稿单位：X）``), maybe its correspondent after a ``；`` (``（供稿单位：X；通讯员：Y）``):
# the unit names no one. A paper or a district office labels the unit a story came from
# ``来源：`` (``（来源：区委办）``, ``（来源：X局　Y）``: Y the unit's correspondent, as after an
# unlabelled unit).
_SENDER_LABEL = f"(?:(?:供稿|来稿|报送)单位 *： *|{SOURCE_LABEL})[{CJK}·]{{2,20}}"
_SENDER_RE = re.compile(f"{_SENDER_LABEL} *；?")
# A unit credits the item it sent (``（区人大办）``, ``（X街道 供稿）``): no person, so no reporter
# or correspondent. A unit ends like an office does; the suffixes a given name can also end
# with (``张建科``) count only on a longer name (a town, ``X镇``, is a unit at three). Before
# ``供稿`` any of them counts at three, and a sender longer than a name is a unit too; a name
# there (``（王芳 供稿）``) is a correspondent, as a bare name is.
_UNIT = (
    f"(?:[{CJK}·]{{1,14}}(?:办|局|委|街道|社区|中心|办公室|委员会|机关)|[{CJK}·]{{2,14}}(?:镇|乡)"
    f"|[{CJK}·]{{3,14}}(?:处|科|站|所|院|部|会|联|队|组|室|馆|公司|集团|学校))"
)
# Closing bylines are printed bare or in a bracket (``（记者 李明）``): the closing bracket is
# required when the opening one was printed.
# What a byline line prints after its lead-in (a sender, a unit): roles and names, the closing
# bracket when it opened on one, maybe the staff's tail.
_BYLINE_REST = f"{_PARTS}(?(1) *）)(?:{_STAFF_TAIL}|$)"
# A web copy prints the source first on the credit line, a space after it (``来源：X融媒体中心
# 作者：Y``): the source names no one, the author is the reporter.
_BYLINE = re.compile(f"^(（ *)?(?:{_SENDER_LABEL}(?: *； *| +))?{_BYLINE_REST}")
# A government site's credit may name the unit before its labelled roles (``（区政协办 撰稿：X
# 审核：Y）``): the unit names no one. Its own pattern, tried only on a line holding a label's
# colon: a unit's name tried at the start of every line slowed the line tagger.
_LABEL_COLON = "："
_UNIT_BYLINE = re.compile(f"^(（ *)?{_UNIT} +{_BYLINE_REST}")


def _glued_byline(lead: str) -> str:
    """A byline closing the line, in a bracket or not, ``lead`` before its roles."""
    return f" *(?P<byline>(?P<open>（ *)?{lead}{_PARTS}(?(open) *）))$"


# A byline glued after the last sentence: ``……等难题。记者 景静`` or ``……保障。 记者 张改华``.
# A page set in half-width punctuation closes that sentence on ``.`` (``……新房. 记者 X``), the
# stop ``ends_sentence`` reads after a Chinese character.
_GLUED = re.compile(f"(?:(?<=[。！？”）])|(?<=[{HALF_STOP_AFTER}]\\.))" + _glued_byline(""))
_GLUED_UNIT_LABELLED = re.compile("(?<=[。！？”）])" + _glued_byline(f"{_UNIT} +"))
# The bracket after a lead: ``本报讯（记者 李明 通讯员 王芳）`` (the bracket holds roles only).
# The bracket may print the role with no name (``本报讯（记者）6月13日``: the reporter unnamed):
# byline still, naming no one.
BRACKET = re.compile(f"[（(](?P<byline> *(?:{_PARTS}|{_ROLE}) *)[）)]")
# ``本报记者 王小明 报道``: a lead line that is only the byline, or that the lead follows. A
# colon may close the credit before the lead (``通讯员 A、B报道：9月12日，``): it is the credit's.
# A reporter sent to another city signs the same line with where it was sent from (``本报记者
# X 发自上海``, over a ``本报上海专电`` lead): the place names no one.
# Both patterns print one of these words: a line without either is tested no further.
_REPORTED, _SENT_FROM = "报道", "发自"
_REPORT_TAIL = f"(?:{_REPORTED}|{_SENT_FROM}[{CJK}]{{2,6}})"
_REPORT_LINE = re.compile(f"^(?P<byline>{_PARTS}) *{_REPORT_TAIL}(?: *：)?$")
_REPORT_LEAD = re.compile(f"^(?P<byline>{_PARTS} *{_REPORT_TAIL}(?: *：)?) *(?P<rest>.+)$")
_CREDIT_AFTER = re.compile(f"^(?P<names>{_NAMES}) *{_CREDIT}$")
# Names alone in a bracket closing an item (``（王芳 李明）``), or after the unit they write for
# (``（二七区融媒体中心 王芳）``): the contributors who sent it (the paper's own staff are
# labelled 记者), so correspondents; the unit names no one, labelled ``来源：`` or not
# (``（来源：X局　王芳）``). Words a page prints so that are no names: the serial's ``（待续）``
# and the like.
_BARE = re.compile(
    f"^[（(] *(?:(?:{SOURCE_LABEL})?{_UNIT} +)?(?P<names>{_NAMES}) *(?:供稿|供图)? *[）)]$"
)
_NOT_BARE = re.compile(r"^[（(](?:待续|未完待续|未完|续完|全文完|完)[）)]$")
_SENDER = f"(?:{_UNIT}|[{CJK}·]{{2,14}}(?:处|科|站|所|院|部|会|队|组|室|馆)|[{CJK}·]{{4,16}})"
_UNIT_CREDIT = re.compile(
    f"[（(] *(?:{_SENDER}(?:[ 、]*{_SENDER})* *(?:供稿|供图|供)|{_UNIT}(?:[ 、]*{_UNIT})*"
    f"|{_SENDER_LABEL}) *[）)]"
)
# A site prints the unit that wrote an item on a line of its own under a label, no bracket
# (``文字报道：X工委``): a unit's credit as ``（X工委）`` is, naming no one.
_LABELLED_UNIT = re.compile(f"(?:文字)?报道 *： *{_UNIT}")
# A unit credit glued after the last sentence (``……收官。（人大办）``).
_GLUED_UNIT = re.compile(f"(?<=[。！？”]) *(?P<byline>{_UNIT_CREDIT.pattern})$")
# A unit and the name of who wrote for it, in a bracket (``（X县政协机关 王芳）``, ``（区委统战部、
# 区工商联 王芳）``): the name a correspondent, the unit no one.
_UNIT_AND_NAMES = re.compile(f"[（(] *{_UNIT}(?:[ 、]*{_UNIT})* +(?P<names>{_NAMES}) *[）)]")
_GLUED_UNIT_AND_NAMES = re.compile(f"(?<=[。！？”]) *(?P<byline>{_UNIT_AND_NAMES.pattern})$")
# Bare names glued after the last sentence (``……收官。（王芳）``): read as a credit only when
# each is a person's name by its shape (a surname, no dictionary word), as an author's is.
_GLUED_BARE = re.compile(f"(?<=[。！？”]) *(?P<byline>[（(] *(?P<names>{_NAMES}) *[）)])$")
# Two or three names set apart by spaces after the last sentence, no bracket.
_SPACED_NAMES = re.compile(f"[{CJK}]{{2,3}}(?: +[{CJK}]{{2,3}}){{1,2}}")
_GLUED_BARE_SPACED = re.compile(f"(?<=[。！？”]) *(?P<byline>{_SPACED_NAMES.pattern})$")
SENTENCE_END = tuple("。！？…")
# A credit set off by a bullet after the last sentence (``……力量。□ 记者 X``, ``……。□ X``):
# the bullet marks it a credit, a bare name too where its shape is an author's. The bullet is
# the credit's (``parse_byline`` reads past it).
_GLUED_BULLETED = re.compile(
    f"(?<=[。！？”）]) *(?P<byline>[{BULLETS}] *(?:{_PARTS}|(?P<name>[{CJK}]{{2,4}})))$"
)
# ``（完）`` / ``（全文完）`` after the last sentence marks the article's end, as a closing
# byline does: it is no body, and what follows belongs to another article.
_END_MARK = re.compile(r"(?<=[。！？”）]) *(?P<byline>[（(](?:全文)?完[）)])$")
_END_ALONE = re.compile(r"^[（(](?:全文)?完[）)]$")


def is_end_mark(line: str) -> bool:
    """A line that is only ``（完）`` / ``（全文完）``: the article's end, not its body."""
    return bool(_END_ALONE.match(line.strip()))


@dataclass
class Byline:
    printed: str
    reporters: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)


# The label of a reporter's or an editor's note closing a feature (``记者手记``, ``编后语``):
# a role and a word for a note, no name.
NOTE_LABEL = re.compile(
    r"^(?:(?:记者|采访|编辑|编者)(?:手记|札记|笔记|后记|感言|随感)|编后[语记话]?)$"
)


@lru_cache(maxsize=1024)
def is_byline_line(line: str) -> bool:
    """A whole line that is only roles and 2–4 character names.

    Cached: the line tagger asks it of a line up to four times, and its pattern is the
    costliest of the tagger's tests."""
    line = line.strip()
    matched = _BYLINE.match(line) or (_LABEL_COLON in line and _UNIT_BYLINE.match(line))
    return bool(matched) and not NOTE_LABEL.match(line)


def is_bare_credit(line: str) -> bool:
    """``（王芳 李明）``: names alone in a bracket, a closing credit with no role (a unit's
    credit, ``（人大办）``, names no person)."""
    line = line.strip()
    return bool(_BARE.match(line)) and not _NOT_BARE.match(line) and not is_unit_credit(line)


def is_unit_credit(line: str) -> bool:
    """``（区人大办）``, ``（X街道 供稿）``, ``文字报道：X工委``: the unit that sent the item, a
    credit but no byline of a person."""
    line = line.strip()
    return bool(_UNIT_CREDIT.fullmatch(line) or _LABELLED_UNIT.fullmatch(line))


def join_byline_lines(lines: list[str]) -> str:
    """Byline lines as one: a name or role wrapped mid-way (``通讯员 廉`` / ``慧敏``,
    ``记者 庞书`` / ``瑶``) closes up; between whole names and roles a space stays."""
    rows = [x.strip() for x in lines if x.strip()]
    out = ""
    for row in rows:
        if not out:
            out = row
            continue
        spaced, closed = out + " " + row, out + row
        last = out.split(" ")[-1]
        prefer_closed = _broken_name(last) or _broken_role(last, row)
        first, second = (closed, spaced) if prefer_closed else (spaced, closed)
        # Roles first: ``（记`` / ``者 王芳）`` is a byline, though ``记 者`` has a name's shape.
        ok = _prefix_ok if _prefix_ok(first) or _prefix_ok(second) else _bare_prefix_ok
        out = second if not ok(first) and ok(second) else first
    return out


_ROLE_RE = re.compile(_ROLE)
# Role words a column may break after their first characters (``通讯`` / ``员 X``, ``记`` /
# ``者 X``): the line's last word is then no name.
_BREAKABLE_ROLES = ("通讯员", "记者", "实习生", "摄影", "摄像")


def _broken_role(last: str, row: str) -> bool:
    """Does ``last`` (a line's last word) open a role that ``row``, the next line, ends?"""
    return any(
        r != last and r.startswith(last) and row.startswith(r[len(last) :])
        for r in _BREAKABLE_ROLES
    )


def _broken_name(last: str) -> bool:
    """Does a line ending in ``last`` break a name (``通讯员 廉`` / ``慧敏``)? One character
    that is no role does, and so does a compound surname alone (``司马`` / ``青禾``): no one
    is named by it alone."""
    return (len(last) == 1 and not _ROLE_RE.fullmatch(last)) or last in COMPOUND_SURNAMES


def _prefix_ok(text: str) -> bool:
    """Could this be a byline so far (a bracket may still be open)?"""
    text = text.strip()
    return is_byline_line(text) or is_byline_line(text + "）") or is_byline_line(text.lstrip("（("))


def _bare_prefix_ok(text: str) -> bool:
    """Could this be a bare credit so far: a column wraps ``（王芳 李`` / ``明）`` as it wraps
    a byline."""
    text = text.strip()
    return is_bare_credit(text) or is_bare_credit(text + "）")


# The second line of a byline wrapped inside a role or a name (``慧敏``, ``者 王芳）``).
_WRAPPED_TAIL = re.compile(f"[{CJK} 、）)]{{1,12}}")


def completes_byline(head: str, line: str) -> bool:
    """``记者`` + ``赵宁``, ``记者 郜文轩 通讯员 廉`` + ``慧敏``: the two lines read as one byline
    (and the first does not already on its own).

    A column wraps a byline inside a role or a name, so its second line is no byline alone
    (``赵宁``, ``慧敏``, ``者 王芳）``). A line that is a whole byline by itself (``本报记者 X``)
    completes nothing: the line over it is a headline printed over its byline line, which the
    role's outlet would otherwise swallow (``渡口新亭`` + ``本报记者`` read as one outlet)."""
    line = line.strip()
    if not line or not _WRAPPED_TAIL.fullmatch(line):
        return False
    # A byline whole on its own line completes nothing, unless the column broke its last role
    # (``记者 X 通讯`` / ``员 Y``: 通讯 read as a name).
    if is_byline_line(head) and not _broken_role(head.strip().split(" ")[-1], line):
        return False
    return not is_byline_line(line) and is_byline_line(join_byline_lines([head, line]))


# The outlet reporting, its byline in brackets after it (``某某报道（记者 王小明）``).
_OUTLET_REPORT_LINE = re.compile(f"^[{CJK}]{{2,10}}{_REPORTED} *（ *{_PARTS} *）$")


def is_report_line(line: str) -> bool:
    """``本报记者 王小明 报道``, ``某某报道（记者 王小明）``: a byline printed as the article's
    first line."""
    line = line.strip()
    return (_REPORTED in line or _SENT_FROM in line) and bool(
        _REPORT_LINE.match(line) or _OUTLET_REPORT_LINE.match(line)
    )


def split_report_lead(line: str) -> tuple[str, str]:
    """``本报记者 王小明 报道 5月7日，……`` → ``("本报记者 王小明 报道", "5月7日，……")``."""
    signed = _REPORTED in line or _SENT_FROM in line
    m = _REPORT_LEAD.match(line.strip()) if signed else None
    if not m:
        return "", line
    return m.group("byline"), m.group("rest")


_OPEN_CREDIT_RUN = 14
_OPEN_CREDIT = re.compile(
    rf"(?:^|(?<=[。！？”])) *(?P<open>[（(][^（）()]{{0,{_OPEN_CREDIT_RUN}}})$"
)
# The bracket, its run and a final newline ``$`` allows.
_OPEN_CREDIT_TAIL = _OPEN_CREDIT_RUN + 2


# A closing credit wraps onto at most this many lines after the one it opens on: a column
# of eight or nine characters breaks ``（记者 X 实习生 Y）`` twice.
CREDIT_TAIL_MAX = 2


def split_wrapped_unit_credit(line: str, following: Sequence[str]) -> tuple[str, str, int]:
    """``(text, opening, n)`` when ``line`` ends with the first part of a unit credit or a
    closing byline that the next ``n`` lines close (``……参加活动。（五里堡街`` / ``道 供稿）``,
    ``……在基层。（记`` / ``者 王芳）``, ``……的内容。（记者 司`` / ``马青禾 实习生 禹`` /
    ``佳宁）``, bare names ``……监督。（王芳`` / ``李明）``); ``("", "", 0)`` otherwise."""
    # The opening bracket is among the last characters (``_OPEN_CREDIT``): no search without.
    tail = line[-_OPEN_CREDIT_TAIL:]
    m = _OPEN_CREDIT.search(line) if "（" in tail or "(" in tail else None
    if not m:
        return "", "", 0
    rows: list[str] = []
    for row in following[:CREDIT_TAIL_MAX]:
        row = row.strip()
        if not row:
            break
        rows.append(row)
        if row.endswith(("）", ")")):
            break
    if not rows or not rows[-1].endswith(("）", ")")):
        return "", "", 0
    head = m.group("open")
    joined = join_byline_lines([head, *rows])
    if not (
        is_unit_credit(head + "".join(rows)) or is_byline_line(joined) or is_bare_credit(joined)
    ):
        return "", "", 0
    return line[: m.start()].rstrip(), head, len(rows)


def _ends_bracket(line: str) -> bool:
    """Does ``line`` end on a closing bracket (before a final newline, as ``$`` reads it)?"""
    return line.removesuffix("\n").endswith(("）", ")"))


def split_glued_byline(line: str) -> tuple[str, str]:
    """``(text, byline)``; ``byline`` is empty when the line does not end with one."""
    # A unit's credit and the end mark close on a bracket: a line that does not is not
    # searched for them.
    bracket = _ends_bracket(line)
    m = (
        _GLUED.search(line)
        or (bracket and _LABEL_COLON in line and _GLUED_UNIT_LABELLED.search(line))
        or (bracket and _GLUED_UNIT.search(line))
        or (bracket and _GLUED_UNIT_AND_NAMES.search(line))
        or (bracket and _END_MARK.search(line))
        or _glued_bare(line)
        or _glued_bulleted(line)
    )
    if not m or m.start("byline") == 0:
        return line, ""
    return line[: m.start()].rstrip(), m.group("byline")


def _glued_bulleted(line: str) -> re.Match[str] | None:
    """``……。□ 记者 X`` or ``……。□ X``: a credit after a bullet closing the last sentence."""
    m = _GLUED_BULLETED.search(line)
    if m is None or (m.group("name") and not is_author_line(m.group("name"))):
        return None
    return m


def _glued_bare(line: str) -> re.Match[str] | None:
    """``……收官。（王芳 李明）``: names alone in a bracket closing the last sentence, the
    item's contributors as on a line of their own (``is_bare_credit``); two or more set
    apart by spaces need no bracket (``……新篇章。王芳 李明``)."""
    if not line.endswith(("）", ")")):
        m = _GLUED_BARE_SPACED.search(line)
        return m if m is not None and _spaced_names(m.group("byline")) else None
    m = _GLUED_BARE.search(line)
    if not m or not is_bare_credit(m.group("byline")):
        return None
    names = _names(m.group("names"))
    return m if names and all(is_author_line(name) for name in names) else None


def _spaced_names(text: str) -> list[str]:
    """The names of ``text`` when it is two or three names set apart by spaces and nothing
    else (``X Y``), each an author's name by its shape; else none."""
    names = text.split()
    if _SPACED_NAMES.fullmatch(text.strip()) and all(map(is_author_line, names)):
        return names
    return []


_CLOSE_BRACKET = re.compile("[）)]")


def split_lead_byline(lines: list[str]) -> tuple[list[str], str]:
    """Take the byline out of the lead's bracket: ``本报讯（记者 李明 通讯员 王芳）5月8日，``.

    The bracket may be wrapped over a few lines (a line break can fall between two names).
    An opening credit printed with no lead word (``（X中心 王芳）9月4日，``) is taken out too.
    Returns the article's lines without it and the bracket as printed (``""`` when none).
    """
    first = next((i for i, x in enumerate(lines) if x.strip()), None)
    if first is None:
        return lines, ""
    head = DATELINE.match(lines[first].strip())
    if not head:
        return _lead_credit(lines, first)
    line = lines[first].strip()
    rest = line[head.end() :].lstrip()
    # ``本报讯 记者 X 通讯员 Y 报道`` (maybe with the lead's text after it, maybe alone on its
    # line over it): the same byline printed with no bracket, closed by 报道.
    report, after = _report_over_lead(rest)
    end = first
    if not report and not _UNBYLINE.search(rest):
        # The column may wrap that byline over two lines (``本报讯 记者 李明 通讯`` / ``员 王芳
        # 报道``): read with the next line, joined as a wrapped bracket is.
        report, after, end = _wrapped_report(lines, first, rest)
    if report:
        if after:
            return [*lines[:first], f"{head.group(1)} {after}", *lines[end + 1 :]], report
        k = next((k for k in range(end + 1, len(lines)) if lines[k].strip()), None)
        if k is None:
            return lines, ""
        lead = f"{head.group(1)} {lines[k].strip()}"
        return [*lines[:first], lead, *lines[k + 1 :]], report
    # A bracket wrapped over lines keeps its half-width form (it is converted only as a pair).
    if not rest.startswith(("（", "(")):
        return lines, ""
    parts = [rest]
    j = first
    while not _CLOSE_BRACKET.search(parts[-1]) and j + 1 < len(lines) and j - first < 3:
        j += 1
        if lines[j].strip():
            parts.append(lines[j].strip())
    # A break between two names was a space; one inside a name or a role (``通讯员``, ``记`` /
    # ``者``) was not. Each break is read as ``join_byline_lines`` reads one, the other way
    # tried only when the bracket does not parse so.
    for seps in _separators(parts):
        joined = parts[0] + "".join(sep + part for sep, part in zip(seps, parts[1:], strict=True))
        found = _CLOSE_BRACKET.search(joined)
        close = found.start() if found else -1
        if close >= 0 and BRACKET.fullmatch(joined[: close + 1]):
            break
    else:
        return lines, ""
    bracket, after = joined[: close + 1], joined[close + 1 :].strip()
    lead = head.group(1) + (" " + after if after else "")
    return [*lines[:first], lead, *lines[j + 1 :]], bracket


def _lead_credit(lines: list[str], first: int) -> tuple[list[str], str]:
    """``split_lead_byline`` of a story opening on its credit's bracket, no lead word before it;
    the date after it may be wrapped onto the next line (``…）11月27`` / ``日，……``)."""
    line = lines[first].strip()
    if not line.startswith(("（", "(")):
        return lines, ""
    k = next((k for k in range(first + 1, len(lines)) if lines[k].strip()), None)
    end = lead_credit_end(line + (lines[k].strip() if k is not None else ""))
    credit = line[:end]
    # Names alone, or with their roles (``（记者 X 通讯员 Y）``) as a lead word's bracket has them.
    if not end or end >= len(line) or not (is_bare_credit(credit) or BRACKET.fullmatch(credit)):
        return lines, ""
    return [*lines[:first], line[end:], *lines[first + 1 :]], line[:end]


# A byline's first line holds no figure, no punctuation a lead or a bracket holds.
_UNBYLINE = re.compile(r"[\d，。；！？（(]")


def _report_over_lead(text: str) -> tuple[str, str]:
    """``(byline, lead after it)`` of a ``记者 X 通讯员 Y 报道`` line; ``("", text)`` if none."""
    return (text, "") if is_report_line(text) else split_report_lead(text)


def _wrapped_report(lines: list[str], first: int, rest: str) -> tuple[str, str, int]:
    """``_report_over_lead`` of ``rest`` joined to the next line, and that line's index."""
    k = next((k for k in range(first + 1, len(lines)) if lines[k].strip()), None)
    if k is None:
        return "", rest, first
    nxt = lines[k].strip()
    for (sep,) in _separators([rest, nxt]):
        report, after = _report_over_lead(rest + sep + nxt)
        if report:
            return report, after, k
    return "", rest, first


def _separators(parts: list[str]) -> list[tuple[str, ...]]:
    """Ways to join the wrapped lines of a bracket, the likeliest first: a break after one
    character that is no role (``记`` / ``者``, ``李`` / ``明``) or after a compound surname
    (``欧阳`` / ``青禾``) closes up, any other gives a space; then the ways that differ from it
    at fewer breaks."""
    preferred = []
    for part in parts[:-1]:
        preferred.append("" if _broken_name(part.split(" ")[-1]) else " ")
    ways = list(itertools.product(("", " "), repeat=len(preferred)))
    return sorted(ways, key=lambda w: sum(a != b for a, b in zip(w, preferred, strict=True)))


_ONE_NAME = re.compile(_NAME)


def _names(piece: str) -> list[str]:
    """Names as written (a gap inside a two-character name closes up)."""
    return [m.group(0).replace(" ", "") for m in _ONE_NAME.finditer(piece)]


# ``记者王芳在……看到`` / ``记者王芳从……获悉`` in the lead sentence: the sentence is body (as
# ``记者从……了解到`` is), the name is the article's reporter. The name is what lies between
# 记者 and the place it went to, and must read as one (a surname, one or two more characters).
_LEAD_REPORTER = re.compile(
    f"(?:^|[，；：\\s]){_OUTLET}?记者(?P<name>[{CJK}]{{2,4}}?)(?:在|从)[^。！？]{{1,40}}?"
    "(?:看到|看见|获悉|了解到|注意到|发现)"
)


_SENTENCE_END = re.compile("[。！？]")


def lead_reporter(paragraph: str) -> str:
    """The reporter named inside the first sentence of a lead (``……，记者王芳在X看到，……``),
    or ``""``."""
    sentence = _SENTENCE_END.split(paragraph, maxsplit=1)[0]
    m = _LEAD_REPORTER.search(sentence)
    if not m:
        return ""
    name = m.group("name")
    surname = surname_at(name, 0)
    if not surname or not 1 <= len(name) - len(surname) <= 2:
        return ""
    return "" if any(ch in NOT_NAME_CHARS for ch in name) else name


_WORD_FREQ_MIN = 20
# ``本报评论员`` under a commentary's title: the paper's credit, naming no one.
_NAMELESS_CREDIT = re.compile(f"^{_OUTLET}?(?:特约)?评论员$")


def is_nameless_credit(line: str) -> bool:
    """``本报评论员``: a credit line under a title that names no person."""
    return bool(_NAMELESS_CREDIT.match(line.strip()))


_NAME_SHAPE = re.compile(f"[{CJK}]{{2,4}}")


def is_author_line(line: str) -> bool:
    """A bare name on its own line (``葛素云``; ``□ 葛素云`` once its bullet is gone): how a
    literary or opinion piece credits its author under the title. Only the shape of a name:
    the caller says where it stands."""
    line = line.strip()
    if not _NAME_SHAPE.fullmatch(line):
        return False
    surname = surname_at(line, 0)
    if not surname or not 1 <= len(line) - len(surname) <= 2:
        return False
    # Function words are no given name's characters; a surname may be one (向, 于, 和).
    if any(ch in NOT_NAME_CHARS for ch in line[len(surname) :]):
        return False
    # A word of the dictionary that happens to open on a surname (``高质量``, ``文明``) is read
    # as no name: the dictionary's tags call many such words names, so only absence counts.
    return JIEBA.freq(line) < _WORD_FREQ_MIN


def _unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))


def _join_wrapped_bare(rows: list[str]) -> list[str]:
    """Rows with a bare credit the column wrapped (``（王芳`` / ``李明）``) joined into one row:
    its names are correspondents as those of an unwrapped one are."""
    out: list[str] = []
    i = 0
    while i < len(rows):
        n = _wrapped_bare_rows(rows, i)
        out.append(join_byline_lines(rows[i : i + n]) if n > 1 else rows[i])
        i += n
    return out


def _wrapped_bare_rows(rows: list[str], i: int) -> int:
    """How many rows from ``i`` make one wrapped bare credit (1 when they make none)."""
    if not rows[i].strip().startswith(("（", "(")):
        return 1
    for j in range(i, min(i + 1 + CREDIT_TAIL_MAX, len(rows))):
        if rows[j].strip().endswith(("）", ")")):
            return j + 1 - i if j > i and is_bare_credit(join_byline_lines(rows[i : j + 1])) else 1
    return 1


# One share of a credit split between two people: the text (``/文``, `` 文``) or the pictures
# (``/图``, `` 图``), not both (``文/图``). Under one label (``通讯员 A/文 B/图``) the label
# governs both names, as it does a list: B, printed with no label of his own, is A's kind.
_SHARE_END = re.compile(f"(?:(?<!图)/文|(?<!文)/图|(?<=[{CJK}]{{2}} )[文图])$")


_PART_RE = re.compile(_PART)
# A credit's share marks around a part: ``文/图`` before its role, ``摄`` or ``/文`` after it.
_SHARE_MARKS = re.compile(f"^{_SHARE_FIRST} *(?={_ROLE})|(?<=[{CJK}]) *{_CREDIT}$")
_ROLE_AND_NAMES = re.compile(f"({_ROLE}) *：? *(.*)$")
_SIGNOFF_RE = re.compile(_SIGNOFF_ROLES)


# Where reporters filed from, glued to the closing 报道 after the names (``A B 乐东报道``).
_FILED_FROM = re.compile(f" (?P<place>[{CJK}]{{2,4}}){_REPORTED}$")


def parse_byline(printed: str) -> Byline:
    """Reporters and correspondents are kept apart: the loader credits them differently."""
    result = Byline(printed=printed)
    rows = printed.split("\n")
    rows[0] = rows[0].lstrip(BULLETS).lstrip()  # a credit set off by a bullet (``□ X``)
    if is_unit_credit("".join(row.strip() for row in rows)):
        return result
    if m := _UNIT_AND_NAMES.fullmatch(printed.strip()):
        result.correspondents.extend(_names(m.group("names")))
        return result
    if spaced := _spaced_names(printed):
        # Names set apart by spaces after the last sentence (``……。X Y``): the item's
        # contributors, as the same names in a bracket are.
        result.correspondents.extend(spaced)
        return result
    # An author's bare name is a credit line of its own, printed first; further down a bare
    # name is the end of a role wrapped over two lines (``通讯员`` / ``李明``).
    if rows and is_author_line(rows[0]):
        result.reporters.append(rows.pop(0).strip())
    rows = _join_wrapped_bare(rows)
    for row in rows:
        if is_bare_credit(row):
            result.correspondents.extend(_names(_BARE.match(row.strip()).group("names")))
    rows = [row for row in rows if not is_bare_credit(row)]
    text = _STAFF_TAIL_RE.sub("", " ".join(join_byline_lines(rows).split()))
    text = _SENDER_RE.sub(" ", _UNIT_CREDIT.sub(" ", text))
    text = _REPORT_LINE.sub(lambda m: m.group("byline"), text)
    # The list a labelled name credited with a share went to (``通讯员 A/文``), while the next
    # part may be the other share's name (``B/图``).
    shared: list[str] | None = None
    for chunk in _PART_RE.findall(text):
        chunk = chunk.strip()
        after = _CREDIT_AFTER.match(chunk)
        if after:
            (result.reporters if shared is None else shared).extend(_names(after.group("names")))
            shared = None
            continue
        share = _SHARE_END.search(chunk)
        chunk = _SHARE_MARKS.sub("", chunk)
        m = _ROLE_AND_NAMES.match(chunk)
        shared = None
        if not m:
            continue
        role, names = m.group(1), _names(m.group(2))
        if _SIGNOFF_RE.fullmatch(role):
            continue
        found = result.correspondents if role.endswith(("通讯员", "读者")) else result.reporters
        found.extend(names)
        shared = found if share else None
    # ``记者 A B 乐东报道``: the last word glued to 报道 after a space and a name is where
    # the reporters filed from, no one's name (``记者 A报道`` alone is A's).
    glued = _FILED_FROM.search(printed.strip())
    if glued and len(result.reporters) > 1 and result.reporters[-1] == glued.group("place"):
        result.reporters.pop()
    # The lead's bracket and the closing line may both name the reporter.
    result.reporters = _unique(result.reporters)
    result.correspondents = _unique(result.correspondents)
    return result
