"""Page lines to article bodies and the headline clusters between them.

An article starts at a dateline (``本报讯``, ``中原网讯``, ``郑报融媒讯`` …) or a lead line of
byline (``本报记者 王小明 报道``); after a finished article or under a headline printed between
two bodies, also at a lead that opens with a date, ``近日``, a clause and then the date, or a
quotation. It ends with its byline, a jump line (``（下转第四版）``), or where the next one
starts. Whatever lies between two articles is a headline cluster; which article each headline
belongs to is decided later by what it says.

One module, though long: every start and end rule reads the same tagged lines, and a rule that
starts an article is the rule that ends the one before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise

from .bylines import (
    CREDIT_TAIL_MAX,
    NOTE_LABEL,
    completes_byline,
    is_author_line,
    is_bare_credit,
    is_byline_line,
    is_end_mark,
    is_nameless_credit,
    is_report_line,
    is_unit_credit,
    split_glued_byline,
    split_lead_byline,
    split_report_lead,
    split_wrapped_unit_credit,
)
from .dates import find_dates, names_a_day, printed_years, sums_up_a_span
from .layout import (
    ENUMERATED,
    HEADLINE_MAX,
    LEAD_START,
    ends_sentence,
    is_bodylike,
    is_dateline,
    is_headlineish,
    is_jump_away,
    is_jump_in,
    is_lead,
    is_reporter_lead,
    is_signature_date,
    is_strong_lead,
    lead_credit_end,
    opens_on_clause_then_date,
    paragraph_from,
)
from .names import OFFICE_RE, ends_with_office, is_han, surname_at
from .normalize import BRIEF_XUN, CJK, CLAUSE_PUNCT, DASH_DECK, SPOKEN_QUOTE

BLANK, START, BYLINE, TEXT = "blank", "start", "byline", "text"
# A photo caption (``图为……。（苗立新 摄）``): part of no article and no headline.
CAPTION = "caption"
_CAPTION_START = re.compile(r"^(?:图为|上图|下图|左图|右图)")
_CAPTION_END = re.compile(r"(?:摄|供图|/图)[）)]$")
_CAPTION_MAX_LINES = 4
# A photo credit on a line of its own (``本报记者 王芳 摄``).
_PHOTO_CREDIT = re.compile(r"(?:摄|供图)$")
# A photo column's own-line label: the credited captions set apart under it are captions.
_PHOTO_LABEL = re.compile(r"^(?:图片新闻|新闻图片|图片报道|图说新闻|图说)$")
# A lead line that is only the byline (``本报记者 王小明 报道``): it opens the article.
REPORT = "report"
# ``（下转第四版）``: the article ends here (it goes on on another page); the line is no text.
JUMP = "jump"
# ``（上接第一版）``: what follows goes on from another page's article; the line is no text.
JUMP_IN = "jump_in"
# A byline line right under an editor's note (``编者按：……``) that opens a feature: the
# feature's own byline, printed between its note and its first paragraph. It closes nothing.
NOTE_BYLINE = "note_byline"
EDITORS_NOTE = re.compile(r"^[【\[]?编者(?:按|的话)")
# At most this many headline lines (kicker, wrapped title, deck) between two bodies.
_HEAD_BLOCK_MAX = 5
_HEAD_LINE_MAX = 40
_COLON_HEAD_MAX = 12
# Lines looked back from a lead for its headline (blank lines included): bounded, so a page of
# blank lines stays linear.
_LOOKBACK_MAX = 12
# One paragraph per line, with more than this many paragraph breaks per blank line.
_SPARSE_BLANKS = 2
# A clause break: a deck may hold one, a headline over a body with no lead word none.
_CLAUSE_BREAK = re.compile("[，、；：]")
# An interview's first words: a spoken sentence in quotes, not a quoted deck.
# A headline may end in ! or ? (``“家门口就能看病，真方便！”``), never in a full stop.
_EXCLAIMED = re.compile(r"[！？]”?$")
_SPOKEN_OPENING = re.compile("^" + SPOKEN_QUOTE)
# The salutation a speech or a letter opens on, alone on its line (``同志们：``, ``各位代表：``,
# ``编辑同志：``): its body's first line, never a headline's first half.
_SALUTATION = re.compile(
    r"^(?:同志们|朋友们|女士们、先生们|(?:各位|尊敬的|亲爱的)[^，。；：“”]{1,16}"
    r"|[\u4e00-\u9fff]{1,6}同志)[：:]"
)
# A spoken sentence alone, the whole of a feature's opening paragraph.
_SPOKEN_ALONE = re.compile(SPOKEN_QUOTE)
# A lead on the day alone (``5日，``, ``19日晚，``): the month is the issue's.
_DAY_LEAD = re.compile(r"^(?:[12]\d|3[01]|[1-9])日(?:[，,]|上午|下午|中午|晚上?|早上|凌晨|一早)")
# A month opening a line (``1月启动以来``) and a year closing the line above (``自今年``,
# ``2023年``): one date broken by the column.
_MONTH_LEAD = re.compile(r"^\d{1,2}月")
_YEAR_WORD_END = re.compile(r"(?:[今去明前]年|\d{4}年)$")
# A feature's title that is a whole quotation (``“……”``), and a lead that opens on the place
# it is set in (``在X街道，……``) or walks the reader into it (``走进X村的…``): under such a
# title, the place lead is the body's first line.
_QUOTED_TITLE = re.compile(r"^“[^“”]{2,}”$")
# The words that walk a reader into a place (走进X的工坊，……).
_WALKS_INTO = "走进|走入|步入"
_PLACE_LEAD = re.compile(
    f"^(?:在|{_WALKS_INTO})[^，。；：]{{1,16}}?(?:街道|社区|镇|乡|村|小区|园区)"
)
# A line wholly in square brackets: a label or a subhead (``【一碗热汤】``), never a title.
_BRACKETED = re.compile(r"^【[^【】]+】$")


@dataclass
class RawArticle:
    lines: list[str] = field(default_factory=list)
    byline_lines: list[str] = field(default_factory=list)
    continued: bool = False
    # Continued under a printed jump line (``（上接第一版）``): its headline stands on the page
    # it starts on, so no headline printed elsewhere on this page is its own.
    jumped_in: bool = False
    dateline: bool = False
    # Where it starts or ends was inferred (a lead under a headline, no byline after it).
    start_guessed: bool = False
    end_guessed: bool = False
    # A signed article holding a paragraph that reads like another story's lead.
    holds_lead: bool = False
    # Signed in its lead (``本报记者 王小明 报道``): a later byline is not its own.
    lead_byline: bool = False
    # The label of the brief block it opens (``简讯``), printed over its first item.
    column: str = ""
    # Where the body goes on under an editor's note and the byline line printed after it
    # (0: no such note): the lead there opens the feature's first paragraph, no new article.
    after_note: int = 0


@dataclass
class Segmentation:
    # clusters[i] holds the headline lines printed before articles[i]; the last one follows
    # the last article, so ``len(clusters) == len(articles) + 1``.
    articles: list[RawArticle] = field(default_factory=list)
    clusters: list[list[str]] = field(default_factory=list)
    # Lines of no article and no headline (photo captions), in page order.
    captions: list[str] = field(default_factory=list)
    # The items of a brief block that closes the page (``简讯`` over them): no headline is
    # printed for any of them, before or after.
    brief_tail: int = 0


def tag_lines(lines: list[str], strong: frozenset[int] = frozenset()) -> list[tuple[str, str]]:
    """Tag lines, splitting a byline glued to the last sentence into its own line.

    A standalone byline must follow a finished sentence (or another byline line), so a body
    line that happens to read ``记者走访发现`` is not cut out of its paragraph. ``记者`` alone
    on a line is a byline when the next line holds its names.
    """
    return _tag_lines(lines, strong)[0]


def _tag_lines(lines: list[str], strong: frozenset[int]) -> tuple[list[tuple[str, str]], list[int]]:
    """``tag_lines``, and for each tagged line the index of the printed line it came from."""
    tagged: list[tuple[str, str]] = []
    origin: list[int] = []
    prev = ""
    prev_kind = BLANK
    stripped = [x.strip() for x in lines]
    caption_until = -1
    credit_tail = -1
    photo_column = False
    # The article being read was signed in its lead (bracket or byline line): a byline line
    # set apart under its last sentence is no second credit of it.
    signed = False
    # Where an editor's note began, while its lines run on with no blank line (else -1).
    note_at = -1
    for i, line in enumerate(stripped):
        origin.extend([i - 1] * (len(tagged) - len(origin)))
        if not line:
            tagged.append((BLANK, ""))
            note_at = -1
            continue
        if EDITORS_NOTE.match(line):
            note_at = i
        if i <= credit_tail:
            tagged.append((BYLINE, line))
            prev_kind, prev = tagged[-1]
            continue
        after_sentence = (
            not prev or ends_sentence(prev) or prev_kind in (BYLINE, CAPTION, JUMP, JUMP_IN)
        )
        jump = JUMP if is_jump_away(line) else JUMP_IN if is_jump_in(line) else None
        if jump is not None:
            tagged.append((jump, line))
            prev_kind, prev = tagged[-1]
            continue
        # A caption opens under a finished sentence, or set apart under a blank line (on a page
        # whose headlines follow their bodies, the line above the blank is a headline).
        set_apart = i > 0 and not stripped[i - 1]
        if (after_sentence or set_apart) and _PHOTO_LABEL.match(line):
            tagged.append((CAPTION, line))
            prev_kind, prev = tagged[-1]
            photo_column = True
            continue
        if photo_column and set_apart and i > caption_until:
            # The label's column holds captions and headlined photo items, one blank line
            # apart, to the break a page prints between stories (a double blank line).
            photo_column = not (i >= 2 and not stripped[i - 2])
            headlined = _plain_head(line, None) and i + 1 < len(stripped) and stripped[i + 1]
            end = _credited_end(stripped, i) if photo_column and not headlined else None
            caption_until = end if end is not None else caption_until
        elif set_apart and i > caption_until and prev_kind == JUMP and "，" in line:
            # Set apart under a story that jumped away, a sentence credited on a line of its
            # own (``本报记者 X 摄``) with no lead word: a photo's caption, with no label over
            # it. (Under a closing byline it may be an unheaded photo story, c23 #5.)
            end = _credited_end(stripped, i)
            caption_until = end if end is not None and end > i else caption_until
        if i <= caption_until or ((after_sentence or set_apart) and _CAPTION_START.match(line)):
            if i > caption_until:
                caption_until = _caption_end(stripped, i)
            tagged.append((CAPTION, line))
            prev_kind, prev = tagged[-1]
            continue
        nxt = next((x for x in stripped[i + 1 : i + 3] if x), "")
        # An article signed in its lead is closed by its last sentence: no credit follows.
        by_lead = signed and prev_kind == TEXT and ends_sentence(prev)
        if (end := _credited_alone(stripped, i, prev_kind, by_lead)) is not None:
            caption_until = end
            tagged.append((CAPTION, line))
            prev_kind, prev = tagged[-1]
            continue
        if _under_note(stripped, note_at, i) and prev_kind == TEXT and is_byline_line(line):
            tagged.append((NOTE_BYLINE, line))
            note_at = -1
        elif is_dateline(line) and (after_sentence or prev_kind != TEXT or is_headlineish(prev)):
            text, byline = _closed_in_line(stripped, i)
            tagged.append((START, text))
            signed = prev_kind == REPORT or bool(split_lead_byline(stripped[i : i + 4])[1])
            if byline:
                tagged.append((BYLINE, byline))
        elif i in strong and after_sentence and is_lead(paragraph_from(stripped, i)):
            # An indented or bulleted lead on a page that marks only article starts so.
            tagged.append((START, line))
        elif (
            (
                is_report_line(line)
                and (after_sentence or is_headlineish(prev))
                # The page's last line, under a finished sentence, opens no article: it
                # closes the one above (``……落下帷幕。`` / ``X网记者 A B 某地报道``).
                and not (after_sentence and not any(stripped[i + 1 :]))
            )
            or (
                is_byline_line(line)
                and (
                    _opens_lead(prev_kind, prev, stripped, i)
                    or _signs_next(prev_kind, stripped, i, signed and ends_sentence(prev))
                    or (not prev and _over_lead(stripped, i))
                    # Its second line, right under the first (``□晚报记者 X`` / ``实习记者 Y``).
                    or (prev_kind == REPORT and bool(stripped[i - 1]))
                )
            )
            or (prev_kind == REPORT and bool(stripped[i - 1]) and completes_byline(prev, line))
        ):
            # A byline under a headline and over the lead opens the article.
            tagged.append((REPORT, line))
        elif (
            is_nameless_credit(line) or is_author_line(line) or is_byline_line(line)
        ) and _credits_piece(prev_kind, prev, stripped, i):
            # ``本报评论员`` or an author's bare name under a title set apart: the credit
            # line of an opinion or literary piece, which opens it as a byline line does.
            tagged.append((REPORT, line))
        elif (report := split_report_lead(line))[0] and is_lead(
            report[1] + next((x for x in stripped[i + 1 : i + 3] if x), "")
        ):
            tagged.append((REPORT, report[0]))
            tagged.append((TEXT, report[1]))
        elif (
            (
                (
                    is_byline_line(line)
                    or is_bare_credit(line)
                    or is_unit_credit(line)
                    or is_end_mark(line)
                    or is_report_line(line)
                )
                and after_sentence
            )
            or (after_sentence and completes_byline(line, nxt))
            or (prev_kind == BYLINE and completes_byline(prev, line))
        ):
            tagged.append((BYLINE, line))
        else:
            text, byline = split_glued_byline(line)
            under_paragraph = signed and prev_kind == TEXT and ends_sentence(prev)
            # The credit right under the sentence, on a line of its own (``本报记者 X 摄``).
            below = int(
                under_paragraph
                and not byline
                and ends_sentence(line)
                and i + 1 < len(stripped)
                and _photo_credit_line(stripped[i + 1])
            )
            if (
                under_paragraph
                and (below or _PHOTO_CREDIT.search(byline))
                and _body_ends_or_runs_on(stripped, i + 1 + below)
            ):
                # Under a paragraph of an article signed in its lead, a sentence set on a line
                # of its own with a photo's credit glued to it (``……。 记者 X 摄``) or printed
                # on the line under it is the photo's caption: the credit is the photo's, no
                # second byline. Under the last paragraph or between two (one a line, the body
                # running on under it).
                caption_until = i + below
                tagged.append((CAPTION, line))
                prev_kind, prev = tagged[-1]
                continue
            if not byline and i + 1 < len(stripped):
                # A credit wrapped onto the next lines (``……。（五里堡街`` / ``道 供稿）``).
                text, byline, tail = split_wrapped_unit_credit(
                    line, stripped[i + 1 : i + 1 + CREDIT_TAIL_MAX]
                )
                if byline and (text or after_sentence):
                    credit_tail = i + tail
                    if not text:
                        tagged.append((BYLINE, byline))
                        prev_kind, prev = tagged[-1]
                        continue
                elif byline:
                    text, byline = line, ""
            if byline:
                tagged.append((TEXT, text))
                tagged.append((BYLINE, byline))
            else:
                tagged.append((TEXT, line))
        prev_kind, prev = tagged[-1]
    origin.extend([len(stripped) - 1] * (len(tagged) - len(origin)))
    return tagged, origin


def _body_ends_or_runs_on(lines: list[str], j: int) -> bool:
    """Does the body end before ``lines[j]`` (the page's end, a blank line) or go on there, a
    paragraph of it: a whole sentence or more on its line, no lead (no article opens there)
    and no headline (none closes one above)?"""
    if j == len(lines) or not lines[j]:
        return True
    line = lines[j]
    return ends_sentence(line) and not is_headlineish(line) and not is_lead(line)


def _under_note(lines: list[str], note_at: int, i: int) -> bool:
    """Is ``lines[i]`` right under the last line of the editor's note opening at ``note_at``:
    the line above ends a sentence, and every line before it is a full column line (a
    paragraph ended earlier, on a short line, was the note's: the body ran on under it)."""
    if note_at < 0 or note_at >= i or not ends_sentence(lines[i - 1]):
        return False
    width = len(lines[note_at])
    return all(len(x) >= width - 2 for x in lines[note_at + 1 : i - 1])


# A special section's banner (``……·专版``, ``……特刊``): the page's, no article's title.
_SECTION_BANNER = re.compile(r"(?:专版|特刊|专刊|副刊)$")


def _closed_in_line(lines: list[str], i: int) -> tuple[str, str]:
    """``(lead, credit)`` of a whole article printed on its lead's one line (a page of one
    paragraph per line), its credit glued after the last sentence (``……出席。（记者 X）``)
    and a blank line under it: the credit closes the article as one on its own line does.
    ``credit`` is empty when the line goes on below or ends with none."""
    if i + 1 < len(lines) and lines[i + 1]:
        return lines[i], ""
    text, byline = split_glued_byline(lines[i])
    return (text, byline) if byline and ends_sentence(text) else (lines[i], "")


def _title_over_jump(above: list[str]) -> list[str]:
    """The headline lines printed right over a jump-in line (no blank line between): the
    continued article's title repeated on this page, at most a title and its deck."""
    n = 0
    while n < min(len(above), _TITLE_LINES_MAX) and above[-1 - n] and _is_head_line(above[-1 - n]):
        n += 1
    title = above[len(above) - n :]
    return [] if any(_SECTION_BANNER.search(x) for x in title) else title


def _credited_alone(lines: list[str], i: int, prev_kind: str, by_lead: bool) -> int | None:
    """The last line of a photo's caption printed between two articles, which belongs to
    neither: set apart under a closed article, a sentence or two over a line or a few, its
    credit glued after the last one (``……焕然一新。（王芳 摄）``, ``……合影。　王芳 摄``), a
    blank line under it; else ``None``. (A credit line of its own under a short story set
    apart so may be the byline of an unheaded photo story; a headline over the sentences makes
    them a photo item, an article.) An article signed in its lead (``by_lead``) is closed by
    its finished last sentence; there the caption is one sentence run on to its credit, as a
    paragraph set apart under it may be the article's last."""
    closed = prev_kind in (BYLINE, CAPTION, JUMP)
    if not (closed or by_lead) or (i and lines[i - 1]):
        return None
    if _phrase_credited(lines[i]):
        # A phrase on one line, its credit glued after a space (``……送去新书　记者 X 摄``):
        # no headline or body line carries a photo's credit so.
        return i if i + 1 == len(lines) or not lines[i + 1] else None
    if _plain_head(lines[i], None):
        return None
    for j in range(i, min(len(lines), i + _CAPTION_MAX_LINES)):
        if not lines[j] or is_dateline(lines[j]):
            return None
        if not closed and j > i and ends_sentence(lines[j - 1]):
            return None
        if _photo_credited(lines[j]):
            after = lines[j + 1] if j + 1 < len(lines) else ""
            return j if not after and "。" in lines[j] else None
    return None


# The first space on a line, where a caption's phrase gives way to its credit.
_FIRST_SPACE = re.compile("[ \u3000]+")


def _phrase_credited(line: str) -> bool:
    """A caption's phrase with its photo's credit glued after a space and no full stop
    (``社区志愿者为老人送菜　本报记者 王芳 摄``): the words after the first space are a credit
    line ending on 摄, the words before it no role (the line is no byline line itself)."""
    if not _PHOTO_CREDIT.search(line) or "。" in line:
        return False
    parts = _FIRST_SPACE.split(line, maxsplit=1)
    return (
        len(parts) == 2
        and len(parts[0]) >= 4
        and is_byline_line(parts[1])
        and not is_byline_line(line)
    )


def _photo_credited(line: str) -> bool:
    """Does the line end with a photo's credit glued after the caption's last words: in a
    bracket (``……理发。（王芳 摄）``) or, with none, after its full stop (``……理发。　王芳 摄``)?"""
    if _CAPTION_END.search(line):
        return True
    return bool(_PHOTO_CREDIT.search(line)) and bool(split_glued_byline(line)[1])


def _opens_lead(prev_kind: str, prev: str, lines: list[str], i: int) -> bool:
    """A byline line printed right under a headline, with the lead right under it."""
    if prev_kind != TEXT or not prev or ends_sentence(prev) or not is_headlineish(prev):
        return False
    nxt = next((j for j in range(i + 1, min(len(lines), i + 3)) if lines[j]), None)
    # The byline may go on over a second line (``通讯员 Z 报道``) before the lead.
    if nxt is not None and (is_report_line(lines[nxt]) or is_byline_line(lines[nxt])):
        nxt = next((j for j in range(nxt + 1, min(len(lines), nxt + 3)) if lines[j]), None)
    if nxt is None:
        return False
    if _lead_at(lines, nxt, quote=True):
        return True
    # Under a headline set apart by a blank line, the byline opens a body that has no lead
    # word (a feature's ``立冬一过，……``): no paragraph inside an article is printed so. So it
    # does set apart under a headline that closes the story above (printed after its body).
    if not _reads_as_body(lines, nxt):
        return False
    # The byline line may stand a blank line under the headline, as the body stands under it.
    head = i - 1 if lines[i - 1] else i - 2
    return (head >= 0 and _over_blank(lines, head)) or _under_closing_head(lines, i)


def _reads_as_body(lines: list[str], j: int) -> bool:
    """Does the paragraph at ``lines[j]`` read as body text (a feature's first paragraph, with
    no lead word)? It ends a sentence; in a narrow column it runs past the lines read, and a
    full stop inside them tells body text as well as one at their end."""
    para = paragraph_from(lines, j)
    return ends_sentence(para) or "。" in para


def _credits_piece(prev_kind: str, prev: str, lines: list[str], i: int) -> bool:
    """A credit line with no role (an author's bare name, ``本报评论员``) right under a title
    set apart from the story above, over text that is no dateline: a literary or opinion
    piece opens here (a poem's short lines included). Over ``本报讯`` the line is the second
    half of a wrapped title instead."""
    if prev_kind != TEXT or not prev or ends_sentence(prev) or not is_headlineish(prev):
        return False
    if i == 0 or not lines[i - 1]:
        return False  # the title is right above it, on the line before
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    if not nxt or is_dateline(nxt) or is_byline_line(nxt) or is_signature_date(nxt):
        return False
    # A story's lead (``6月1日，……``) under it: a news page, where the line ends a title;
    # ``本报评论员`` never does, whatever the commentary's first sentence opens on.
    if not is_nameless_credit(lines[i]) and is_lead(paragraph_from(lines, i + 1)):
        return False
    return _over_blank(lines, i - 1) or _over_double_blank(lines, i - 1)


_SIGNATURE_LINES_MAX = 3


def _signs_off(texts: list[str], i: int) -> bool:
    """The date of a notice's signature: a date alone on its line, under one to three
    signing lines (short, ending no sentence) right under the notice's last sentence, with a
    blank line or the page's end under it. A date a sentence wraps onto runs on from a line
    that is no finished sentence's next."""
    if i == 0 or not is_signature_date(texts[i]):
        return False
    if i + 1 < len(texts) and texts[i + 1]:
        return False
    # One to three signing lines (offices, an official) under the notice's last sentence.
    j = i - 1
    while j >= 0 and i - j <= _SIGNATURE_LINES_MAX:
        line = texts[j]
        if not line:
            return False
        if ends_sentence(line):
            return j < i - 1
        if not is_headlineish(line):
            return False
        j -= 1
    return False


def _over_double_blank(lines: list[str], i: int) -> bool:
    """Is ``lines[i]`` the last of a few headline lines under a double blank line (the break a
    page prints between stories, also under a poem's last line, which ends no sentence)?"""
    j = i
    while j >= 0 and lines[j] and i - j < _HEAD_BLOCK_MAX:
        if not _is_head_line(lines[j]):
            return False
        j -= 1
    return j >= 1 and not lines[j] and not lines[j - 1]


def _signs_next(prev_kind: str, lines: list[str], i: int, signed: bool = False) -> bool:
    """A byline line set apart under an article its own credit already closed (a closing
    byline, or ``signed``: a finished article signed in its lead), with a lead right under
    it: the next article's byline printed over its body (a page whose headlines stand
    elsewhere), not a second credit of the article above. A body that opens on the place it
    is set in (``在X社区，……``) is a lead there too: the line above closed an article. So is
    a feature's first paragraph with no lead word (``清晨6点，……``) under a closing byline: the
    article above has its credit, and the line is glued to the text it opens."""
    if not (prev_kind == BYLINE or signed) or i == 0 or lines[i - 1] or i + 1 >= len(lines):
        return False
    if not lines[i + 1]:
        return False
    return (
        _lead_at(lines, i + 1, quote=False)
        or bool(_PLACE_LEAD.match(paragraph_from(lines, i + 1)))
        or (prev_kind == BYLINE and _reads_as_body(lines, i + 1))
    )


def _over_lead(lines: list[str], i: int) -> bool:
    """Is ``lines[i]`` right over a lead, or over a paragraph of prose (a feature opens on its
    own words, no lead word), no blank line between? Said of a byline line that is the page's
    first text: nothing above it for it to close, so it opens the article under it, as it does
    under a headline (a page whose headlines follow their bodies)."""
    if i + 1 >= len(lines) or not lines[i + 1]:
        return False
    return "。" in lines[i + 1] or _lead_at(lines, i + 1, quote=False)


def _under_closing_head(lines: list[str], i: int) -> bool:
    """Is ``lines[i]`` set apart by a blank line under a few headline lines printed under a
    finished sentence or a byline (right under it, or one blank line below): a headline
    printed after its body, which closes the story above, so nothing above the blank line is
    still open for ``lines[i]`` to go on."""
    k = i - 1
    while k >= 0 and not lines[k] and i - k <= _LOOKBACK_MAX:
        k -= 1
    if k == i - 1 or k < 0:
        return False
    j = k
    while j >= 0 and lines[j] and k - j < _HEAD_BLOCK_MAX and _is_head_line(lines[j]):
        j -= 1
    if j >= 1 and j < k and not lines[j] and lines[j - 1]:
        j -= 1
    if j == k or j < 0 or not lines[j]:
        return False
    # A credit glued after the last sentence (``……完成。（通讯员 X）``) closes it as well.
    return (
        ends_sentence(lines[j]) or is_byline_line(lines[j]) or bool(split_glued_byline(lines[j])[1])
    )


def _over_blank(lines: list[str], i: int) -> bool:
    """Is ``lines[i]`` the last of a few headline lines printed under a blank line that
    follows a finished sentence or a byline (or at the top of the page)?"""
    j = i
    while j >= 0 and i - j <= _HEAD_BLOCK_MAX:
        if not lines[j]:
            break
        if not _is_head_line(lines[j]):
            return False
        j -= 1
    if j < 0:
        return True
    if j == i or lines[j]:
        return False
    k = j
    while k >= 0 and not lines[k] and j - k < _LOOKBACK_MAX:
        k -= 1
    # A blank line after an unfinished sentence is a column break, not the end of a story. A
    # photo's caption ends on its credit as a story ends on its byline.
    if k < 0:
        return True
    above = lines[k]
    return (
        ends_sentence(above)
        or is_byline_line(above)
        or _photo_credited(above)
        or _phrase_credited(above)
    )


def _credited_end(lines: list[str], i: int) -> int | None:
    """The line ending in a photo credit that closes the paragraph starting at ``i``, if any:
    a credit glued after its last words (``……理发。（王芳 摄）``, ``……理发。　王芳 摄``), or a
    credit line of its own under the caption (``本报记者 王芳 摄``), where no lead word says
    an article begins."""
    for j in range(i, min(len(lines), i + _CAPTION_MAX_LINES)):
        if not lines[j]:
            return None
        own_line = j > i and _photo_credit_line(lines[j])
        if _photo_credited(lines[j]) or own_line:
            return j if j + 1 >= len(lines) or not lines[j + 1] else None
        if is_dateline(lines[j]):
            return None
    return None


def _caption_end(lines: list[str], i: int) -> int:
    """The last line of a caption starting at ``i``: its photo credit, else its full stop."""
    for j in range(i, min(len(lines), i + _CAPTION_MAX_LINES)):
        if _photo_credited(lines[j]):
            return j
        if not lines[j]:
            break
    for j in range(i, min(len(lines), i + _CAPTION_MAX_LINES)):
        if not lines[j] or ends_sentence(lines[j]):
            # Its credit on a line of its own under it (``本报记者 X 摄``) is the caption's.
            credit = lines[j + 1] if lines[j] and j + 1 < len(lines) else ""
            return j + 1 if _photo_credit_line(credit) else j
    return i


def _photo_credit_line(line: str) -> bool:
    """A photo's credit on a line of its own (``本报记者 王芳 摄``)."""
    return bool(_PHOTO_CREDIT.search(line)) and is_byline_line(line)


def _quotes_balanced(line: str) -> bool:
    depth = 0
    for ch in line:
        if ch in "“《（":
            depth += 1
        elif ch in "”》）":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _is_head_line(line: str, longest: int = _HEAD_LINE_MAX) -> bool:
    """A line that can be part of a headline printed between two bodies.

    A headline is short, unfinished, holds at most one clause break (a deck's
    ``提高效率，推动……``) and closes every quote it opens; a wrapped body line rarely does all.
    A ``——`` deck may list the places or things it is about (``——A、B、C持续火热``): its
    ``、`` join the items of one phrase, no clause breaks.
    """
    breaks = _DECK_BREAK_MARKS if DASH_DECK.match(line) else _HEAD_BREAK_MARKS
    return (
        is_headlineish(line)
        and (not ends_sentence(line) or _EXCLAIMED.search(line) is not None)
        and not ENUMERATED.match(line)
        and not _KEYWORD_LINE.match(line)
        and (len(line) <= longest or _title_and_deck_spaced(line))
        and _head_breaks(line, breaks) <= 1
        and _quotes_balanced(line)
    )


@lru_cache(maxsize=4096)
def _head_breaks(line: str, breaks: str) -> int:
    """The clause breaks in a headline line: a 、 after an office word joins the posts of
    one person's title chain (``县委常委、副县长、X党工委书记Y率队…``), no clause; the 、 of
    one list (``赴A市、B市、C市调研``) are one break, the list one phrase."""
    marks = sum(line.count(p) for p in breaks)
    if marks <= 1 or "、" not in line:
        return marks  # no 、 to read as a chain's or a list's
    count = 0
    listing = False
    for k, ch in enumerate(line):
        if ch not in breaks:
            continue
        if ch == "、":
            if ends_with_office(line, k):
                continue
            if listing:
                continue
            listing = True
        else:
            listing = False
        count += 1
    return count


def _title_and_deck_spaced(line: str) -> bool:
    """A title and its deck printed on one line, a space between (an e-paper's or a
    government site's head: ``X主持召开区政府常务会议 研究……等事宜``): each half a headline's
    length, longer together than one headline line."""
    halves = line.split(" ")
    return len(halves) == 2 and all(0 < len(h) <= _SPACED_HALF_MAX for h in halves)


_SPACED_HALF_MAX = 32
# The keywords a feature prints under one of its subheads (``关键词：扩容 提质``): a line of
# the section under way, no headline's.
_KEYWORD_LINE = re.compile(r"^关键[词字] *[：:]")
_HEAD_BREAK_MARKS = "，、；："
_DECK_BREAK_MARKS = "，；："


def _under_dash_deck(texts: list[str], i: int) -> bool:
    """Does a body start at ``texts[i]``, right under a title and its ``——访……`` deck?"""
    if i < 2 or not texts[i] or not DASH_DECK.match(texts[i - 1]):
        return False
    return (
        _is_head_line(texts[i - 1])
        and _is_head_line(texts[i - 2])
        and ends_sentence(paragraph_from(texts, i))
    )


def _lead_at(texts: list[str], i: int, *, quote: bool) -> bool:
    """Does an article's first paragraph start at ``texts[i]``? A lead does, and so does a
    speech's or a letter's salutation (``同志们：``), which opens its body as a lead would.

    With ``quote`` (right under a headline), a spoken sentence in quotes also counts (an
    interview's opening), and so does a day alone (``5日，``, a brief in the issue's month),
    unless the line above ends on a figure the day's number goes on from (``9月1`` / ``2日，``).
    A month under a line ending on a year (``……自今年`` / ``1月启动以来，……``) goes on with the
    date the column broke: no lead opens there, whatever the words after the month read as.
    """
    para = paragraph_from(texts, i)
    if _MONTH_LEAD.match(para):
        above = next((x for x in reversed(texts[max(0, i - 2) : i]) if x), "")
        if _YEAR_WORD_END.search(above):
            return False
    if is_lead(para) or _SALUTATION.match(para):
        return True
    if not quote:
        return False
    if _DAY_LEAD.match(para):
        above = next((x for x in reversed(texts[max(0, i - 2) : i]) if x), "")
        return not above[-1:].isdigit()
    return bool(_SPOKEN_OPENING.match(para))


def implicit_starts(
    tagged: list[tuple[str, str]], width: int | None, indented: frozenset[int] = frozenset()
) -> dict[int, int]:
    """Headlines printed between two bodies: ``{first headline line: first lead line}``.

    A run of one to five headline lines after a finished sentence, followed by a lead, is the
    strongest sign that one article ended and the next began, byline or not. In a hard-wrapped
    column the headline must also stand apart (a blank line, or lines clearly shorter than the
    column), so the first line of an ordinary paragraph is not taken for one. A body that opens
    on no lead word (``白鹭街道“百姓书屋”6月2日开门。``) starts there too when the layout
    sets the headline apart as the page sets stories apart (``_headed_body``). A line printed
    with a paragraph's indent (``indented``) opens a paragraph: it is no headline line.
    """
    texts = [t for _, t in tagged]
    out: dict[int, int] = {}
    leads: set[int] = set()
    after = _prints_headlines_after(tagged)
    # A headline of several phrases (``A：B、C，D！``) set apart by a double blank line above
    # it, as the page sets stories apart: a headline line too, unless it fills the column as
    # a wrapped body's first line does.
    phrased = {
        j
        for j, (k, t) in enumerate(tagged)
        if k == TEXT
        and j >= 2
        and tagged[j - 1][0] == BLANK
        and tagged[j - 2][0] == BLANK
        and _phrased_head_line(t)
        and not _as_long_as_next(texts, j)
    }
    # The nearest line above each that is not blank, if it is a headline line (else -1): a
    # body opens here only under one, which rules out most lines before any lead is read.
    head_above = [-1] * len(tagged)
    last_head, last_seen = -1, -1
    for i, (kind, text) in enumerate(tagged):
        if last_seen >= 0 and i - last_seen <= _LOOKBACK_MAX:
            head_above[i] = last_head
        if kind != BLANK:
            last_seen = i
            last_head = i if kind == TEXT and (_is_head_line(text) or i in phrased) else -1
    for i, (kind, _) in enumerate(tagged):
        if kind != TEXT or i == 0 or head_above[i] < 0 or is_signature_date(texts[i]):
            continue
        # Only a line under a headline line or a blank one opens a body below a headline; a
        # body with no lead word needs more (``_may_open_body``, then ``_headed_body``).
        lead = tagged[i - 1][0] in (TEXT, BLANK) and (
            _lead_at(texts, i, quote=True)
            or _under_dash_deck(texts, i)
            or (_QUOTED_TITLE.match(texts[head_above[i]]) and _PLACE_LEAD.match(texts[i]))
        )
        if not lead and not _may_open_body(texts, i, width, i in indented):
            continue
        # A line right above a dateline or a byline line is the last headline line, not a
        # lead that happens to read as one (``……会议`` / ``隆重开幕`` / ``本报讯……``); so is
        # a line over more headline lines down to one (an own-line label over a title and
        # its deck: ``今日关注`` / ``X`` / ``——Y`` / ``本报讯……``).
        if _is_head_line(texts[i]) and _over_dateline(tagged, i):
            continue
        heads: list[int] = []
        blank = False
        j = i - 1
        while j >= 0 and len(heads) <= _HEAD_BLOCK_MAX and i - j <= _LOOKBACK_MAX:
            k, t = tagged[j]
            if k == BLANK:
                blank = True
            elif k == TEXT and (_is_head_line(t) or j in phrased) and not is_signature_date(t):
                heads.append(j)
            else:
                break
            j -= 1
        # A lead already found among these lines means this one is its second line.
        if not heads or len(heads) > _HEAD_BLOCK_MAX or any(h in leads for h in heads):
            continue
        if any(h in indented for h in heads):
            continue
        before_kind, before = tagged[j] if j >= 0 else (BLANK, "")
        if j >= 0 and not (
            before_kind in (BYLINE, REPORT, CAPTION, JUMP)
            or ends_sentence(before)
            or is_signature_date(before)
        ):
            continue
        # A line wholly in square brackets (``【…】``) is a label, no title: alone between two
        # paragraphs with no blank line it is a feature's subhead, the body goes on under it.
        if not blank and len(heads) == 1 and _BRACKETED.match(texts[heads[0]]):
            continue
        # A note's label (``记者手记``) is no headline: the note closes the feature above.
        if any(NOTE_LABEL.match(texts[h]) for h in heads):
            continue
        # A quotation opens an interview under its headline, but as often a feature's section
        # under a subhead: printed right under the body's last sentence, with no blank line,
        # the short line over it is a subhead.
        if lead and not blank and not _lead_at(texts, i, quote=False):
            lead = _under_dash_deck(texts, i)
        column = width if blank or width is None else min(width, _column_around(texts, j, i))
        apart = blank or column is None or all(len(texts[h]) < 0.8 * column for h in heads)
        if apart and (
            lead or (j >= 0 and _headed_body(texts, heads, i, width, tagged, after, indented))
        ):
            out[heads[-1]] = i
            leads.add(i)
    return out


def _over_dateline(tagged: list[tuple[str, str]], i: int) -> bool:
    """Do headline lines run from ``tagged[i]`` down to a dateline or a byline line (blank
    lines aside), a headline's worth at most?"""
    k, seen = i + 1, 0
    while k < len(tagged) and seen < _HEAD_BLOCK_MAX:
        kind, text = tagged[k]
        if kind in (START, REPORT):
            return True
        if kind != BLANK and not (kind == TEXT and _is_head_line(text)):
            return False
        seen += kind != BLANK
        k += 1
    return False


_AROUND = 3


def _column_around(texts: list[str], j: int, i: int) -> int:
    """The width of the column the lines between ``texts[j]`` and ``texts[i]`` stand in: its
    longest line just above and just below. A page's columns differ in width, so a line that is
    short on the page may fill its own column (the body line under a paragraph's last one)."""
    near = texts[max(0, j - _AROUND + 1) : j + 1] + texts[i : i + _AROUND]
    return max((len(t) for t in near), default=0)


# The kind of document a notice's title ends on (``……的决定``, ``……拟推荐对象公示``).
_NOTICE_KINDS = ("决定", "公示", "通知", "通告", "公告", "决议", "倡议书", "通报")


def notice_starts(tagged: list[tuple[str, str]]) -> dict[int, int]:
    """Notices printed among the stories: ``{first title line: first body line}``.

    A title that ends on the kind of its document (``……的决定``, ``……公示``), printed over
    one to three lines (a long one wraps after a ``、``) under the break a page prints between
    stories (a double blank line after a finished sentence, a byline or a signature), has
    its body right under it, whatever that body opens on: an address line (``各乡（镇）党委，
    ……：``), or a sentence with no lead word (``根据……``). The notice is an article of its
    own, never the tail of the story above it.
    """
    out: dict[int, int] = {}
    texts = [t for _, t in tagged]
    for i, (kind, text) in enumerate(tagged):
        if kind != TEXT or not text.endswith(_NOTICE_KINDS) or not _notice_title_line(text):
            continue
        if i + 1 >= len(tagged) or tagged[i + 1][0] != TEXT:
            continue
        top = i
        while top > 0 and i - top + 1 < _TITLE_LINES_MAX and texts[top - 1]:
            if not _notice_title_line(texts[top - 1]):
                break
            top -= 1
        # The first title line that names a kind ends the title (``……寻访活动的通知`` under
        # ``……公示`` is the body quoting another notice).
        if top in out or texts[top - 1 : top] != [""] or not _closed_above(tagged, top - 1):
            continue
        out[top] = i + 1
    return out


def _notice_title_line(line: str) -> bool:
    """A line of a notice's title: short, no sentence in it, maybe wrapped after a ``、``."""
    return is_headlineish(line.rstrip("、")) and not ends_sentence(line)


def _closed_above(tagged: list[tuple[str, str]], blank: int) -> bool:
    """Is ``tagged[blank]`` the second of two blank lines under a finished story (or are the
    lines above it all blank: the top of the page)?"""
    if blank < 1 or tagged[blank - 1][0] != BLANK:
        return blank < 1 or all(k == BLANK for k, _ in tagged[:blank])
    k = blank - 1
    while k >= 0 and tagged[k][0] == BLANK:
        k -= 1
    if k < 0:
        return True
    kind, text = tagged[k]
    return kind in (BYLINE, CAPTION) or ends_sentence(text) or is_signature_date(text)


_BLANKS_UNDER_HEAD = 2


def _may_open_body(texts: list[str], i: int, width: int | None, indent: bool = False) -> bool:
    """Could a body that opens on no lead word start at ``texts[i]``, under a headline line?

    Its first line is prose, or a full column line over prose: a line that could itself be a
    headline (the second line of a wrapped title, a deck) is not the body's first.
    """
    # The line above (or above the one or two blank lines that set a headline printed after
    # its story apart from the next) is a plain headline line: most body lines fail here at
    # once, being full column lines or holding a comma.
    above = next((x for x in reversed(texts[max(0, i - _BLANKS_UNDER_HEAD - 1) : i]) if x), "")
    if not above or not _plain_head(above, width):
        return False
    line = texts[i]
    # A line after a dash (``——记……``, ``——访……``) is the deck under a title, however long.
    if DASH_DECK.match(line):
        return False
    # A line printed with a paragraph's indent (``indent``) opens a paragraph, no title's line.
    if indent or not _is_head_line(line):
        return not ENUMERATED.match(line)
    if _labelled_title(texts, i - 1):
        # A comment's column may be narrower than the page's: under its label and title the
        # first line need not fill the page's widest column.
        return True
    if width is None or len(line) < width - 1:
        return False
    nxt = next((x for x in texts[i + 1 : i + 3] if x), "")
    return bool(nxt) and not (_is_head_line(nxt) and len(nxt) < 0.8 * width)


def _labelled_title(texts: list[str], i: int) -> bool:
    """Is ``texts[i]`` a title right under an own-line label (``短评``, ``时评``) that stands
    under a blank line: a comment set apart as a column, its body right under the title."""
    return (
        i >= 2
        and bool(texts[i])
        and not texts[i - 2]
        and _BLOCK_LABEL.match(texts[i - 1]) is not None
        and len(texts[i]) > len(texts[i - 1])
    )


def _plain_head(line: str, width: int | None) -> bool:
    """A headline line and nothing else: no clause break, not a lead, not a full column line."""
    if width is not None and width - 2 <= len(line) <= width:
        return False
    return not _CLAUSE_BREAK.search(line) and _is_head_line(line) and not is_lead(line)


def _headed_body(
    texts: list[str],
    heads: list[int],
    i: int,
    width: int | None,
    tagged: list[tuple[str, str]],
    after: bool,
    indented: frozenset[int] = frozenset(),
) -> bool:
    """A body with no lead word under headline lines: the lines read as a headline and
    nothing else (``_plain_head``), the layout sets them apart, and the body goes on from a
    paragraph's first line to a finished sentence."""
    if not all(_plain_head(texts[h], width) for h in heads):
        return False
    first = texts[i]
    if width is not None and ends_sentence(first) and len(first) < width - 2:
        return False  # a paragraph's last line
    by_indent = _set_apart_by_indent(heads, i, indented)
    apart = by_indent or _set_apart(tagged, heads, i, width, after)
    # The sentence ends before the double blank line that sets the next item apart (a
    # service box's lines run on into no body); under an indent, a paragraph's first
    # sentence may run longer before it ends.
    window = texts[i : i + (_INDENTED_WINDOW if by_indent else _PARAGRAPH_WINDOW)]
    end = next((k for k in range(1, len(window) - 1) if not window[k] and not window[k + 1]), None)
    return apart and ends_sentence(paragraph_from(window[:end], 0))


def _set_apart_by_indent(heads: list[int], i: int, indented: frozenset[int]) -> bool:
    """On a page that indents its paragraphs, one headline line printed flush (no indent)
    right over an indented paragraph, under a finished sentence: a story's title, set apart
    by the indent as a blank line would set it."""
    return bool(indented) and len(heads) == 1 and heads[0] == i - 1 and i in indented


def _set_apart(
    tagged: list[tuple[str, str]], heads: list[int], i: int, width: int | None, after: bool
) -> bool:
    """Headline lines between a finished sentence and a body that opens on no lead word.

    Only the layout tells them from a subhead: a double blank line over them (the break the
    page prints between stories) or a blank line under a photo's caption, or, on a
    hard-wrapped page that prints its headlines after the bodies, a blank line under headline
    lines clearly shorter than the column printed right after the last sentence (a column
    break falls under a full line).
    """
    top, bottom = heads[-1], heads[0]
    # A photo's caption over the blank line stands between two stories as the double blank
    # line does: it belongs to no article.
    if top >= 2 and tagged[top - 1][0] == BLANK and tagged[top - 2][0] in (BLANK, CAPTION):
        return True
    # An own-line label (``短评``, ``时评``) over a title, under a blank line: a comment printed
    # under the story above; a subhead is one line, never a label and a title.
    label = _BLOCK_LABEL.match(tagged[top][1])
    if label and len(heads) >= 2 and top >= 1 and tagged[top - 1][0] == BLANK:
        return True
    # On a page of one paragraph a line whose paragraphs touch (no blank line between them,
    # above the headline and under it), a blank line on either side sets a story apart.
    if width is None and _touching_around(tagged, top, bottom, i):
        return True
    if not after:
        return False
    under = all(tagged[k][0] == BLANK for k in range(bottom + 1, i))
    close = all(tagged[k][0] != BLANK for k in range(top, bottom + 1))
    after_text = top >= 1 and tagged[top - 1][0] != BLANK
    # Clearly shorter than the column, or longer than any of its lines: no body line; nor is
    # one line of any length with the page's double blank line under it.
    short = width is not None and (
        all(len(tagged[k][1]) < 0.8 * width or len(tagged[k][1]) > width for k in heads)
        or (len(heads) == 1 and i > bottom + 2)
    )
    return short and under and i > bottom + 1 and close and after_text


def _touching_around(tagged: list[tuple[str, str]], top: int, bottom: int, i: int) -> bool:
    """Headline lines with one blank line over and under them, between two paragraphs printed
    right under others (the last two lines above, the first two below, none blank)."""
    return (
        top >= 3
        and tagged[top - 1][0] == BLANK
        and all(tagged[k][0] != BLANK for k in (top - 2, top - 3))
        and all(tagged[k][0] == BLANK for k in range(bottom + 1, i))
        and i == bottom + 2
        and i + 1 < len(tagged)
        and tagged[i + 1][0] != BLANK
    )


def _prints_headlines_after(tagged: list[tuple[str, str]]) -> bool:
    """Does the page print a headline after its article: headline lines right under a finished
    sentence or a byline, then a double blank line (one pass over the page)?"""
    heads = 0
    closed = False
    for n, (kind, text) in enumerate(tagged):
        if kind == BLANK:
            if heads and closed and n + 1 < len(tagged) and tagged[n + 1][0] == BLANK:
                return True
            heads, closed = 0, False
        elif kind == TEXT and heads < _HEAD_BLOCK_MAX and (heads or closed) and _is_head_line(text):
            heads += 1
        else:
            heads = 0
            closed = kind in (BYLINE, JUMP) or (kind == TEXT and ends_sentence(text))
    return False


def _trailing_headlines(lines: list[str]) -> tuple[list[str], list[str]]:
    """Split headline lines off the end of an article that has no byline."""
    idx = len(lines)
    j = len(lines) - 1
    while j >= 0:
        line = lines[j]
        if not line:
            j -= 1
            continue
        if _exclaimed_apart(lines, j) or (idx == len(lines) and _exclaimed_over_lead(lines, j)):
            # ``秋季防火，从烟头管起！`` under the break between stories: a headline that reads
            # as a sentence, no body's last line; nothing above the break is a headline.
            idx = j
            break
        if ends_sentence(line) or is_signature_date(line):
            # A notice's signature (office, then date) closes its body as a full stop does.
            break
        # ``X提醒：`` over a title is the title's first half, not the body's open clause.
        if not (is_headlineish(line) or _colon_head(line) or _open_deck(lines, j)):
            # A line that neither heads nor ends a sentence (``…如下：`` over rows of figures,
            # which read as headlines from below): the headline lines after the last double
            # blank line, the break a page prints between stories, still head the next one.
            return _after_double_blank(lines)
        idx = j
        j -= 1
    if j < 0:
        # No sentence ends anywhere (a poem): headlines follow only a double blank line.
        return _after_double_blank(lines)
    if idx == len(lines):
        return lines, []
    return lines[:idx], [x for x in lines[idx:] if x]


def _open_deck(lines: list[str], j: int) -> bool:
    """``lines[j]`` is the first half of a ``——`` deck the column wrapped at a list's comma
    (``——聚焦A、B、`` / ``C难题``): a dash opens it, the headline line under it ends it, and
    no clause of a body is finished inside it."""
    line = lines[j]
    return (
        DASH_DECK.match(line) is not None
        and line.endswith(_DECK_BREAKS)
        and len(line) <= _HEAD_LINE_MAX
        and not ends_sentence(line)
        and _quotes_balanced(line)
        and j + 1 < len(lines)
        and _is_head_line(lines[j + 1])
    )


# Where a column wraps a deck mid-clause: after a list's 、 or a clause's ，.
_DECK_BREAKS = ("、", "，")


def _exclaimed_apart(lines: list[str], j: int) -> bool:
    """Is ``lines[j]`` a headline ending in ``！``/``？`` set apart by a double blank line above
    it (the break a page prints between stories, never inside one)?"""
    return (
        j >= 3
        and not lines[j - 1]
        and not lines[j - 2]
        and _EXCLAIMED.search(lines[j]) is not None
        and _is_head_line(lines[j])
    )


def _exclaimed_over_lead(lines: list[str], j: int) -> bool:
    """Is ``lines[j]``, the last line before the next story's lead word, a headline ending in
    ``！``/``？`` under a blank line (``青禾社区好邻居，好样的！`` / ``本报讯……``)? A page that
    sets stories one blank line apart heads the next one there: a body's last sentence runs on
    under its paragraph, no line of its own over the next lead."""
    return (
        j >= 2
        and not lines[j - 1]
        and lines[j - 2]
        and _EXCLAIMED.search(lines[j]) is not None
        and _is_head_line(lines[j])
        and len(lines[j]) <= _EXCLAIMED_HEAD_MAX
    )


_EXCLAIMED_HEAD_MAX = 20


def _after_double_blank(lines: list[str]) -> tuple[list[str], list[str]]:
    """Split off the few headline lines printed after the last double blank line."""
    cut = next((k for k in range(len(lines) - 1, 0, -1) if not lines[k] and not lines[k - 1]), None)
    if cut is None:
        return lines, []
    tail = [x for x in lines[cut:] if x]
    if not tail or len(tail) > _HEAD_BLOCK_MAX or not all(_is_head_line(x) for x in tail):
        return lines, []
    return lines[: cut - 1], tail


def _unworded_box(lines: list[str], i: int, j: int) -> bool:
    """``lines[i:j]``, a block with no clause punctuation at all, set apart by a double blank
    line under it: a service box (weather, hotline numbers), no body's first lines (a column
    break inside a sentence leaves one blank line, and its commas)."""
    if any(CLAUSE_PUNCT.search(x) for x in lines[i:j]):
        return False
    return j + 1 < len(lines) and not lines[j] and not lines[j + 1]


def _is_headline_block(block: list[str]) -> bool:
    """Lines that read as headlines, none as a body's first lines: short, no comma. One line
    alone may run as long as a headline line does (``_HEAD_LINE_MAX``): a column's body line
    is shorter, and a paragraph printed on one line ends on its stop."""
    longest = _HEAD_LINE_MAX if len(block) == 1 else _BLOCK_LINE_MAX
    return all(
        (is_headlineish(x) or _colon_head(x)) and "，" not in x and len(x) <= longest for x in block
    )


_BLOCK_LINE_MAX = 30


def _colon_head(line: str) -> bool:
    """``社区规划师：``: the first half of a title printed over two lines, not an open clause."""
    return line.endswith("：") and len(line) <= _COLON_HEAD_MAX and is_headlineish(line[:-1])


_TITLE_LINES_MAX = 3
# The lines ``paragraph_from`` reads by default.
_PARAGRAPH_WINDOW = 6
_INDENTED_WINDOW = 12
# A title line is clearly shorter than the body's first line under it.
_TITLE_SHARE = 0.8
_NOTICE_PARAGRAPH_LINES = 12


def _past_titles(lines: list[str], start: int) -> int:
    """Where the body starts under title lines printed right above it, with no lead word to
    find (a notice's ``关于……`` / ``……的通告`` over ``为保障……``): up to three plain headline
    lines, each clearly shorter than the line under them, which opens a paragraph that ends a
    sentence. Otherwise ``start`` itself."""
    k = start
    while k < len(lines) and lines[k] and k - start < _TITLE_LINES_MAX:
        if not _plain_head(lines[k], None):
            break
        # A line as long as the one under it is the body's first, filling its column.
        if k > start and k + 1 < len(lines) and len(lines[k]) >= _TITLE_SHARE * len(lines[k + 1]):
            break
        k += 1
    if k == start or k >= len(lines) or not lines[k]:
        return start
    first = lines[k]
    if any(len(lines[h]) >= _TITLE_SHARE * len(first) for h in range(start, k)):
        return start
    if not ends_sentence(paragraph_from(lines, k, limit=_NOTICE_PARAGRAPH_LINES)):
        return start
    return k


def _first_lead(lines: list[str]) -> int | None:
    """The first lead under nothing but headline lines (a deck may hold a comma). Over a
    lead, with nothing but headline lines above, a line may run as long as any headline
    (``HEADLINE_MAX``): a title naming four sites, a deck of four phrases on one line."""
    first = True
    for i, line in enumerate(lines):
        if not line:
            continue
        if _lead_at(lines, i, quote=False) or _under_dash_deck(lines, i):
            return i
        if is_bodylike(line) or not (
            _is_head_line(line, HEADLINE_MAX)
            or (first and _phrased_head_line(line) and not _as_long_as_next(lines, i))
        ):
            return None
        first = False
    return None


def _as_long_as_next(lines: list[str], i: int) -> bool:
    """``lines[i]`` is as long as the next line printed (within a character): a column's
    wrapped line, as the body's next one is, no headline set apart from it."""
    nxt = next((x for x in lines[i + 1 :] if x), "")
    return abs(len(lines[i]) - len(nxt)) <= 1


# A headline of three or four phrases on one line (``X：列出清单、明确时限，加快推进Y！``), as
# web copies print them: short, no full stop.
_PHRASED_HEAD_MAX = 40
_PHRASED_HEAD_BREAKS = 3


def _wider_phrased_head(block: list[str]) -> bool:
    """A block's first line a headline of several phrases, set wider than the column lines
    under it (no body line of a column is longer than the column)."""
    column = max(len(x) for x in block[1 : 1 + _COLUMN_LINES_SEEN])
    return _phrased_head_line(block[0]) and len(block[0]) > _WIDER_THAN_COLUMN * column


_COLUMN_LINES_SEEN = 3
# Clearly wider: a column's line with figures in it runs a character or two past the others.
_WIDER_THAN_COLUMN = 1.25


def _phrased_head_line(line: str) -> bool:
    """A headline of several phrases (``A，B——C``, ``X：A、B，C！``), read as one only where
    its place sets it apart (the first line over a lead; alone, or wider than its column, at
    a gap's top; under a double blank line between stories): elsewhere a wrapped body line
    could read the same."""
    return (
        len(line) <= _PHRASED_HEAD_MAX
        and is_headlineish(line)
        and (not ends_sentence(line) or _EXCLAIMED.search(line) is not None)
        and _head_breaks(line, _HEAD_BREAK_MARKS) <= _PHRASED_HEAD_BREAKS
        and _quotes_balanced(line)
    )


def _split_gap(
    gap: list[str], ends_with: str, at_page_start: bool
) -> tuple[list[str], RawArticle | None, list[str]]:
    """A gap between articles: ``(headlines before, article without dateline, headlines after)``."""
    lines = list(gap)
    nonblank = [x for x in lines if x]
    # A ``——`` deck the column wrapped at its comma (``——A、B等设施，`` / ``C将迎来D``) heads
    # the body under it, however much its first half reads as prose.
    body_present = ends_with == BYLINE or any(
        is_bodylike(x) and not _colon_head(x) and not _open_deck(lines, j)
        for j, x in enumerate(lines)
        if x
    )
    if not nonblank or not body_present:
        return nonblank, None, []
    # Start: a lead under the headlines; else skip whole blocks that read as headlines.
    start = _first_lead(lines)
    guessed = start is None
    if start is None:
        start = 0
        i = 0
        while i < len(lines):
            j = i
            while j < len(lines) and lines[j]:
                j += 1
            block = lines[i:j]
            if i == 0 and len(block) > 1 and _wider_phrased_head(block):
                start = 1  # the headline set wider than the column under it, no blank between
                break
            if (
                block
                and not _is_headline_block(block)
                and not _unworded_box(lines, i, j)
                and not (i == 0 and len(block) == 1 and _phrased_head_line(block[0]))
            ):
                break
            i = j + 1
            start = i
        start = min(start, len(lines))
    if guessed:
        start = _past_titles(lines, start)
    body = lines[start:]
    after: list[str] = []
    if ends_with != BYLINE:
        body, after = _trailing_headlines(body)
    before = [x for x in lines[:start] if x]
    if not any(body):
        return nonblank, None, []
    article = RawArticle(lines=body, end_guessed=ends_with != BYLINE)
    article.continued = at_page_start and not before and not is_lead(paragraph_from(body, 0))
    article.start_guessed = guessed and not article.continued
    return before, article, after


def segment(
    lines: list[str],
    width: int | None = None,
    strong: frozenset[int] = frozenset(),
    year: int | None = None,
    indented: frozenset[int] = frozenset(),
) -> Segmentation:
    """Walk the page once; bylines, datelines and headlines between bodies are the boundaries.

    ``width`` is the page's column width (``None`` for one paragraph per line); ``strong`` are
    lines printed as paragraph starts (indented, bulleted), where a lead starts an article;
    ``year`` is the issue's year, if known (a paragraph dated long before it tells history);
    ``indented`` are lines printed with a paragraph's indent.
    """
    seg = Segmentation(clusters=[[]])
    cur: RawArticle | None = None
    gap: list[str] = []
    last_kind = BLANK
    tagged, origin = _tag_lines(lines, strong)
    texts = [t for _, t in tagged]
    # A printed line's first tagged part carries its indent.
    firsts = {i: k for k, i in reversed(list(enumerate(origin)))}
    indents = frozenset(firsts[i] for i in indented if i in firsts)
    starts = implicit_starts(tagged, width, indents) | notice_starts(tagged)
    lead_at = -1
    # Under ``（上接第一版）``: the next body is continued, as one at the top of the page is.
    jumped_in = False
    under_caption = False

    def close_gap(ends_with: str) -> None:
        nonlocal gap, jumped_in
        at_start = not seg.articles or jumped_in
        under_jump, jumped_in = jumped_in, False
        before, art, after = _split_gap(gap, ends_with, at_page_start=at_start)
        seg.clusters[-1].extend(before)
        if art is not None:
            art.jumped_in = under_jump and art.continued
            seg.articles.append(art)
            seg.clusters.append(list(after))
        gap = []

    def close_article(jumped: bool = False) -> None:
        if cur is not None:
            # Text right above a jump line is body broken off mid-sentence, never a headline.
            body, after = (cur.lines, []) if jumped else _trailing_headlines(cur.lines)
            cur.lines = body
            cur.end_guessed = not cur.byline_lines
            seg.clusters[-1].extend(after)

    for idx, (kind, line) in enumerate(tagged):
        if idx in starts:
            # A headline between two bodies: what came before ends here.
            if cur is not None:
                close_article()
                cur = None
            else:
                close_gap("headline")
            lead_at = starts[idx]
        if lead_at > idx:
            if line:
                seg.clusters[-1].append(line)
            last_kind = kind
            continue
        if idx == lead_at:
            # Under a headline a weak lead (``今年以来，``, ``深秋时节，``, a quotation) may as
            # well open a subhead's section: the cut stands, flagged.
            weak = not is_strong_lead(paragraph_from(texts, idx))
            cur = RawArticle(lines=[line], start_guessed=weak)
            seg.articles.append(cur)
            seg.clusters.append([])
            last_kind = kind
            continue
        if kind == BLANK:
            (cur.lines if cur else gap).append("")
            continue
        if kind == CAPTION:
            seg.captions.append(line)
            under_caption = True
            continue
        set_apart = under_caption and not texts[idx - 1]
        if (
            kind == TEXT
            and set_apart
            and _lead_at(texts, idx, quote=False)
            and not (_is_head_line(line) and _over_dateline(tagged, idx))
        ):
            # A lead set apart under a caption: a photo stands between two stories, and a new
            # one starts here even with no headline between (a page printing them after).
            if cur is not None:
                close_article()
            else:
                close_gap(START)
            cur = RawArticle(lines=[line])
            seg.articles.append(cur)
            seg.clusters.append([])
            under_caption = False
            last_kind = kind
            continue
        under_caption = False
        if kind in (JUMP, JUMP_IN):
            # The article goes on on another page (it ends here, whatever follows), or what
            # follows goes on from another page's (the next body is continued).
            if kind == JUMP_IN and cur is None and not seg.articles:
                # Over the first jump line of the page: its banner (``……·专版``), set apart
                # by a blank line, no headline; but the continued article's title printed
                # again right over the jump line is its headline, and headlines set apart
                # there in groups (blank lines between) are the top cluster of the bodies
                # after the continued one.
                above = seg.clusters[0] + gap
                title = _title_over_jump(above) if idx and texts[idx - 1] else []
                rest = above[: len(above) - len(title)]
                groups = sum(1 for k, x in enumerate(rest) if x and (k == 0 or not rest[k - 1]))
                if title or groups < 2 or any(_SECTION_BANNER.search(x) for x in rest):
                    seg.captions.extend([x for x in rest if x])
                    seg.clusters[0] = title
                else:
                    seg.clusters[0] = rest
                gap = []
            seg.captions.append(line)
            if cur is not None:
                close_article(jumped=kind == JUMP)
                if kind == JUMP:
                    cur.end_guessed = False
                cur = None
            elif any(gap):
                close_gap(BYLINE if kind == JUMP else JUMP_IN)
            jumped_in = jumped_in or kind == JUMP_IN
            last_kind = kind
            continue
        if kind == NOTE_BYLINE:
            if cur is None:
                # The note stood under the headline with no lead word: it is the body's start.
                count = len(seg.articles)
                close_gap(BYLINE)
                cur = seg.articles[-1] if len(seg.articles) > count else None
            if cur is not None:
                cur.byline_lines.append(line)
                cur.lead_byline = True
                cur.after_note = len(cur.lines)
                last_kind = kind
                continue
            kind = REPORT  # no note above after all: a byline line over the body
        if kind in (START, REPORT) and cur is not None and cur.lead_byline and not any(cur.lines):
            # A byline line printed above the lead (``本报记者 X 通讯员 Y``, maybe over two
            # lines) opens the same article as the dateline under it.
            if kind == START:
                cur.lines.append(line)
                cur.dateline = True
            else:
                cur.byline_lines.append(line)
        elif kind in (START, REPORT):
            if cur is not None:
                close_article()
            else:
                close_gap(START)
            cur = RawArticle(dateline=kind == START)
            if kind == REPORT:
                cur.byline_lines.append(line)
                cur.lead_byline = True
            else:
                cur.lines.append(line)
            seg.articles.append(cur)
            seg.clusters.append([])
        elif kind == BYLINE:
            if cur is not None and cur.lines:
                cur.byline_lines.append(line)
                cur = None
            elif last_kind == BYLINE and seg.articles and not any(gap):
                seg.articles[-1].byline_lines.append(line)
                gap = []
            else:
                close_gap(BYLINE)
                if seg.articles and not seg.articles[-1].byline_lines:
                    seg.articles[-1].byline_lines.append(line)
                    seg.articles[-1].end_guessed = False
                else:
                    seg.clusters[-1].append(line)
        else:
            (cur.lines if cur else gap).append(line)
            if kind == TEXT and _signs_off(texts, idx):
                # A notice ends with its signature's date: what follows is another item.
                if cur is not None:
                    close_article()
                    cur = None
                elif any(gap):
                    close_gap(BYLINE)
        last_kind = kind
    if cur is not None:
        close_article()
    else:
        close_gap("eof")

    @cache
    def now() -> int | None:
        # Read only where a paragraph opens on a year: with no issue date, the latest year the
        # page prints stands for it.
        return year or max(printed_years("\n".join(lines)), default=None)

    return _label_briefs(_split_unsigned(seg, width, _blanks_are_sparse(lines, width), now))


# A brief block's label over its first item (``简讯``, ``社区快讯``, ``图片新闻``): no headline.
_BRIEF_LABEL = re.compile(f"^(?:[{CJK}]{{0,4}}{BRIEF_XUN}|一句话新闻|新闻速递|图片新闻)$")


# Any short label of a block (``动态``, ``要闻速览``): a few characters, no punctuation.
_BLOCK_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def _label_briefs(seg: Segmentation) -> Segmentation:
    """Take a brief block's label out of the headlines: it is the column of the item under
    it, never an item's title or the deck of a headline printed before it.

    A known label (``简讯``) says so alone. Any other short label does by its place: the last
    line before a run of at least two items that open straight on a date or a time word with
    no headline between them (a title that short over such a run would leave the next items
    without one).
    """
    arts, clusters = seg.articles, seg.clusters
    for n, (art, before) in enumerate(zip(arts, clusters, strict=False)):
        shown = [i for i, x in enumerate(before) if x.strip()]
        if not shown or not _brief_item(art.lines):
            continue
        last = shown[-1]
        label = before[last].strip()
        run = 1
        while n + run < len(arts) and not any(x.strip() for x in clusters[n + run]):
            if not _brief_item(arts[n + run].lines):
                break
            run += 1
        if _BRIEF_LABEL.match(label) or (_BLOCK_LABEL.match(label) and run >= 2):
            # Printed once, the label is kept once: on the item under it.
            art.column = before.pop(last).strip()
            seg.brief_tail = run if n + run == len(arts) else 0
    return seg


def _blanks_are_sparse(lines: list[str], width: int | None) -> bool:
    """One paragraph per line with few blank lines: a blank line then separates stories."""
    if width is not None:
        return False
    adjacent = apart = 0
    prev_blank, seen = False, False
    for line in lines:
        if not line.strip():
            prev_blank = seen
            continue
        if seen:
            apart += prev_blank
            adjacent += not prev_blank
        seen, prev_blank = True, False
    return adjacent > _SPARSE_BLANKS * max(1, apart)


def _split_unsigned(
    seg: Segmentation,
    width: int | None,
    sparse: bool = False,
    now: Callable[[], int | None] = lambda: None,
) -> Segmentation:
    """Cut an article at each further lead that opens a paragraph, where no byline says
    otherwise.

    On a page that signs nothing (headlines all on top, no bylines) a blank line and a lead
    are all that separate two stories; an article signed in its lead's bracket is not closed
    by the next byline either. An article closed by a byline keeps such paragraphs
    (``11月18日，……`` inside a report of the two meetings its lead dates), unless the
    paragraph opens on a day the lead did not name after a double blank line (a brief printed
    before a signed one), or a blank line sets it apart on a page whose paragraphs follow each
    other without one. Under a brief block's label, items that open on a date or a time word
    are cut apart whatever credit closes the block.
    A paragraph that tells the past (``1923年2月7日，……``) is never cut off (``_told_past``).
    Every such cut is marked as guessed.
    """
    out = Segmentation(clusters=[seg.clusters[0]], captions=seg.captions)
    in_block = False
    for art, before, after in zip(seg.articles, seg.clusters, seg.clusters[1:], strict=False):
        shown = [x.strip() for x in before if x.strip()]
        if shown:
            in_block = bool(_BRIEF_LABEL.match(shown[-1]))
        in_block = in_block and _brief_item(art.lines)
        # Under a brief label every item is one paragraph, however full its last line: a lead
        # after a full stop at a line's end opens the next item.
        cuts, buried = _lead_cuts(art.lines, None if in_block else width)
        told = _told_past(art.lines, cuts, now)
        cuts = [c for c, past in zip(cuts, told, strict=True) if not past and c != art.after_note]
        if cuts and _opens_feature_undated(art.lines, cuts[0]):
            cuts = cuts[1:]
        if cuts and not in_block:
            cuts = [
                c
                for c in cuts
                if not _later_day_of_span(art.lines, c)
                and not _titled_before(art.lines, c)
                and not _clause_then_the_leads_day(art.lines, c)
            ]
        if in_block:
            cuts = sorted({*cuts, *_item_cuts(art.lines, width)})
        if (
            cuts
            and art.lead_byline
            and art.byline_lines
            and not in_block
            and not _paragraphs_touch(art.lines)
        ):
            # Signed on a line of its own over its body (title, 记者 X, then the body) on a page
            # that sets every paragraph apart with a blank line: the blank line says nothing,
            # and the story runs on to the next headline (昨日，新路正式通车… is its own day).
            buried, cuts = True, []
        if (
            art.byline_lines
            and not (art.lead_byline or split_lead_byline(art.lines)[1])
            and not in_block
        ):
            # The gap before it must mean more than a column break or the blank line every
            # paragraph gets: a blank line on a page that rarely prints one, or two.
            # On a page of one paragraph a line, an article that prints its own paragraphs
            # one under the other sets a story apart with a single blank line.
            close = (width is None and _paragraphs_touch(art.lines)) or _heads_two(
                after, seg.clusters[0]
            )
            kept = [
                c
                for c in cuts
                if not art.lines[c - 1]
                and (
                    sparse
                    or ((close or (c >= 2 and not art.lines[c - 2])) and _new_day(art.lines, c))
                )
            ]
            # Kept whole, a lead inside may still be a second story: worth an editor's look.
            buried = buried or len(kept) < len(cuts)
            cuts = kept
        art.holds_lead = buried
        if not cuts:
            out.articles.append(art)
            out.clusters.append(after)
            continue
        bounds = [0, *cuts, len(art.lines)]
        for n, (a, b) in enumerate(pairwise(bounds)):
            last = b == len(art.lines)
            part = RawArticle(
                lines=art.lines[a:b],
                byline_lines=art.byline_lines if last else [],
                continued=art.continued and n == 0,
                jumped_in=art.jumped_in and n == 0,
                dateline=art.dateline if n == 0 else is_dateline(art.lines[a]),
                start_guessed=art.start_guessed if n == 0 else True,
                end_guessed=not (last and art.byline_lines),
                lead_byline=art.lead_byline and n == 0,
            )
            out.articles.append(part)
            out.clusters.append(after if last else [])
    return out


# A feature that walks the reader into its place (``走进X的工坊，……``) opens on no date.
_WALK_IN = re.compile(f"^(?:{_WALKS_INTO})")


def opens_feature_undated(opening: str) -> bool:
    """Does a feature open on its place, walking the reader into it (``走进X的工坊，……``) or
    setting the scene there (``在X街道党群服务中心二楼，……``), or on a spoken sentence alone
    (``“……！”``), and tell no day? Then the dated paragraph after it (``10月2日，记者在工坊
    看到``) dates that feature, no new story: the opening alone would be an article of no day."""
    opening = opening.strip()
    return bool(
        _WALK_IN.match(opening) or _PLACE_LEAD.match(opening) or _SPOKEN_ALONE.fullmatch(opening)
    ) and not names_a_day(opening)


def _opens_feature_undated(lines: list[str], cut: int) -> bool:
    """The opening before ``cut`` dates no story of its own: a feature's scene, or a span
    summed up (``连日来，…``) that the dated paragraph right after goes on to tell; a double
    blank line before the date sets a new story apart all the same."""
    first = next((i for i, x in enumerate(lines) if x), cut)
    opening = "".join(lines[first:cut])
    set_apart = cut >= 2 and not lines[cut - 1] and not lines[cut - 2]
    return opens_feature_undated(opening) or (sums_up_a_span(opening) and not set_apart)


# Headline lines enough for two stories: a kicker and a title over the first, the second's title.
_TWO_HEADS_MIN = 3


def _heads_two(after: list[str], top: list[str]) -> bool:
    """On a page printing headlines after their bodies (none over the first, ``top``), may
    the headlines under this signed body head two stories (three lines or more)? Then a
    blank line before a lead on a new day opens the second story, as two blank lines do
    elsewhere; the cluster's titles go to the two bodies in order."""
    return sum(1 for x in after if x.strip()) >= _TWO_HEADS_MIN and not any(x.strip() for x in top)


def _paragraphs_touch(lines: list[str]) -> bool:
    """Are two of these lines printed one right under the other (no blank line between)?"""
    return any(a and b for a, b in pairwise(lines))


def _brief_item(lines: list[str]) -> bool:
    """An item of a brief block: no lead word, it opens straight on a date or a time word.

    Under the block's label (``简讯``) the credit closes only the item it follows (``……4处。
    （通讯员 X）``), so each lead after a finished paragraph is the next item, not a paragraph
    of this one.
    """
    first = next((i for i, x in enumerate(lines) if x), None)
    if first is None:
        return False
    # Read as a paragraph: a date may be broken over the item's first two lines (``12月`` /
    # ``8日，……``).
    return _opens_item(paragraph_from(lines, first, limit=2))


# ``上周，`` / ``本周五，``: a time word that dates a brief by no day, as ``近日`` does.
_WEEK_OR_MONTH = re.compile(r"^(?:上|本)(?:周|月)[一二三四五六日末初]?，")


def _opens_item(paragraph: str) -> bool:
    """Does a brief item open here: straight on a date or a time word, with no lead word
    (maybe after its credit's bracket, ``（区委政法委 X）11月27日，``)?"""
    paragraph = paragraph[lead_credit_end(paragraph) :]
    return not is_dateline(paragraph) and bool(
        LEAD_START.match(paragraph) or _WEEK_OR_MONTH.match(paragraph)
    )


def _item_cuts(lines: list[str], width: int | None) -> list[int]:
    """Under a brief block's label: each paragraph after a finished one that opens as an item
    does (a weak time word too, ``今年以来，``, ``上周，``) is the next item."""
    return [
        i
        for i, ended in _after_full_stops(lines, width)
        if ended and _opens_item(paragraph_from(lines, i, 2))
    ]


def _after_full_stops(lines: list[str], width: int | None) -> Iterator[tuple[int, bool]]:
    """``(i, ended)`` for each line right after one that ends a sentence; ``ended`` when a
    paragraph visibly ended there: a blank line between, every line one (``width=None``), or
    the full stop on a line clearly shorter than the column."""
    prev, blank = "", False
    for i, line in enumerate(lines):
        if not line:
            blank = True
            continue
        if prev and ends_sentence(prev):
            yield i, blank or width is None or len(prev) <= width - 2
        prev, blank = line, False


_DAY_RANGE = re.compile(
    r"(\d{1,2})月(\d{1,2})日?\s*(?:至|到|—|－|-|~|～)\s*(?:(\d{1,2})月)?(\d{1,2})日"
)


# Days of one month listed (``4月25日、26日``): the days a lead's event ran on, as a span's.
_DAY_LIST = re.compile(r"(\d{1,2})月(\d{1,2})日、(\d{1,2})日")


def _span_days(lead: str) -> set[tuple[int, int]]:
    """The days of the spans a lead prints (``5月8日至9日``), each counted whole, and of the
    days it lists (``4月25日、26日``)."""
    days = {(int(m[1]), int(d)) for m in _DAY_LIST.finditer(lead) for d in (m[2], m[3])}
    for m in _DAY_RANGE.finditer(lead):
        m1, d1, m2, d2 = int(m[1]), int(m[2]), int(m[3] or m[1]), int(m[4])
        if m1 == m2:
            days |= {(m1, d) for d in range(d1, d2 + 1)}
        else:
            days |= {(m1, d) for d in range(d1, 32)} | {(m2, d) for d in range(1, d2 + 1)}
    return days


def _opening_day(lines: list[str], i: int) -> list[tuple[int, int]]:
    return [(m, d) for _, m, d in find_dates(paragraph_from(lines, i))[:1]]


def _new_day(lines: list[str], i: int) -> bool:
    """Does the paragraph at ``i`` open on a day its article's lead did not name (the lead
    naming some day, ranges such as ``5月8日至9日`` counted whole)?"""
    lead = paragraph_from(lines, 0, limit=12)
    lead_days = {(m, d) for _, m, d in find_dates(lead)} | _span_days(lead)
    days = _opening_day(lines, i)
    return bool(lead_days) and bool(days) and not set(days) & lead_days


def _later_day_of_span(lines: list[str], i: int) -> bool:
    """Does the paragraph at ``i`` open on a day of a span its article's lead printed
    (``3月10日至12日，……`` then ``3月11日上午，大会……``; ``12月9日~11日，…`` then
    ``12月9日，视察组在…``; a day of those it lists, ``4月25日、26日，…`` then
    ``4月25日，…``)? A session or a tour reported day by day goes on there, its first day
    too; no new story opens."""
    lead = paragraph_from(lines, 0, limit=12)
    spans = _span_days(lead)
    days = _opening_day(lines, i)
    return bool(days) and bool(spans) and set(days) <= spans


def _clause_then_the_leads_day(lines: list[str], i: int) -> bool:
    """Does the paragraph at ``i`` open on a clause, then a day its article's lead named
    (``12月3日，巡查组…`` then ``按照X安排，12月3日起，…``)? The plan behind what the lead
    told goes on with the same story; a new story opens on its own day."""
    if not opens_on_clause_then_date(paragraph_from(lines, i)):
        return False
    lead = paragraph_from(lines, 0, limit=12)
    lead_days = {(m, d) for _, m, d in find_dates(lead)}
    days = _opening_day(lines, i)
    return bool(days) and set(days) <= lead_days


# A day and its part opening a paragraph, then the clause's subject (``1月20日，X到……``).
_DAY_THEN_SUBJECT = re.compile(r"^\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚)?，")
_POSTED_SPAN = 8


def _titled_before(lines: list[str], i: int) -> bool:
    """Does the paragraph at ``i`` open on a day, then a name the article printed before
    right after a post (``区委书记X……`` then ``1月20日，X到……``)? A new story names its
    people with their posts; a bare name goes on with the one above (each leader's visit
    of a round of them, day by day)."""
    opening = _DAY_THEN_SUBJECT.match(lines[i].strip())
    if opening is None:
        return False
    rest = lines[i].strip()[opening.end() :]
    if surname_at(rest, 0) is None or OFFICE_RE.search(rest, 0, _POSTED_SPAN):
        return False  # a post opens the clause: the people of a new story
    above = "".join(x.strip() for x in lines[:i])
    for k in (3, 2, 4):
        name = rest[:k]
        if len(name) < k or not all(is_han(c) for c in name):
            continue
        at = above.find(name)
        while at >= 0:
            if ends_with_office(above, at):
                return True
            at = above.find(name, at + 1)
    return False


# A paragraph's opening date with its year (``1923年2月7日，``), or with none (``2月7日，``).
_YEAR_DATE_LEAD = re.compile(r"^(\d{4})年\d{1,2}月")
_BARE_DATE_LEAD = re.compile(r"^\d{1,2}月\d{1,2}日")
_DAY_NAMED = re.compile(r"\d{1,2}日")


def _told_past(lines: list[str], cuts: list[int], now: Callable[[], int | None]) -> list[bool]:
    """For each lead at ``cuts``: does its paragraph tell the past rather than open a story?

    A story is dated in the page's year or the one before (the dates rule); a paragraph that
    opens on a date more than a year before the page's year (``now()``), or on a month of an
    earlier year with no day, is history told inside a feature or a report (an anniversary's
    event, the month a profile's subject took up a post), and a bare date right after such
    a paragraph goes on with the same story in the same past year (``1923年2月1日，……`` /
    ``2月7日，……``).
    """
    out: list[bool] = []
    past = False
    for c in cuts:
        line = lines[c].lstrip()
        if m := _YEAR_DATE_LEAD.match(line):
            year = now()
            # A month of the year before with no day (``2023年3月，``) is no story's lead either:
            # a lead names its day; the month is when the past the story tells began.
            before = 1 if _DAY_NAMED.match(line, m.end()) else 0
            past = year is not None and int(m[1]) < year - before
        elif not _BARE_DATE_LEAD.match(line):
            past = False
        out.append(past)
    return out


def _lead_cuts(lines: list[str], width: int | None) -> tuple[list[int], bool]:
    """Lines where a lead opens a paragraph after a finished one, and whether a lead also
    follows a full stop where no paragraph visibly ended (a brief run on in the column).

    A paragraph ended where a blank line follows a full stop, where every line is one
    (``width=None``), or at a full stop on a line clearly shorter than the column.
    """
    cuts: list[int] = []
    buried = False
    for i, ended in _after_full_stops(lines, width):
        para = paragraph_from(lines, i)
        if is_reporter_lead(para) and lines[i - 1]:
            continue  # 记者从……了解到 with no blank line above: the same story goes on
        if is_strong_lead(para):
            if ended:
                cuts.append(i)
            else:
                buried = True
    return cuts, buried
