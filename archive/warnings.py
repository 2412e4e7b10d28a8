"""The parser's warnings as a reader reads them: in Chinese, in one place.

The parser writes short English codes and messages (``year_unknown``, ``3 headline line(s)
match no article``) and may add new ones; a warning this table does not know is shown as it
was stored, so nothing is hidden.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

# A year-unknown warning in any form the parser has written: the article's bare code, the
# page's ``year_unknown: …`` and the older ``year unknown: …``.
YEAR_UNKNOWN_WARNING = re.compile(r"^year[_ ]unknown\b")

# (pattern of the stored warning, its Chinese text from the match).
WARNINGS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        re.compile(r"^year_unknown$"),
        lambda m: "年份不详：版面没有印出年份，也没有出版日期",
    ),
    (
        re.compile(r"^year[_ ]unknown\b.*$"),
        lambda m: "年份不详：没有出版日期，版面上的日期也不能确定年份",
    ),
    (re.compile(r"^year_from_page$"), lambda m: "年份由本版印出的年份推断，没有出版日期"),
    (re.compile(r"^boundary_guessed$"), lambda m: "文章起止是推断的（没有电头或署名）"),
    (re.compile(r"^headline_by_position$"), lambda m: "标题与正文用词不相符，按位置归属"),
    (re.compile(r"^title_shape$"), lambda m: "主题、副题的划分按版式推断"),
    (
        re.compile(r"^(?:unplaced_headline: )?(\d+) headline line\(s\) match no article$"),
        lambda m: f"有 {m.group(1)} 行标题找不到对应的文章（见“未归属的行”）",
    ),
    (
        re.compile(r"^controls_removed: (\d+) "),
        lambda m: f"文本中有 {m.group(1)} 个多余的控制字符（如 NUL），已删除",
    ),
    (re.compile(r"^title_inferred$"), lambda m: "版面没有印标题，标题由导语生成"),
    (re.compile(r"^continued$"), lambda m: "文章从前一版接续而来"),
]


def is_year_unknown(warning: object) -> bool:
    """Whether a stored warning says the year is unknown (then a date clears it)."""
    return bool(YEAR_UNKNOWN_WARNING.match(str(warning)))


def describe(warning: object) -> str:
    """One stored warning in Chinese; unknown codes as they are."""
    text = str(warning).strip()
    for pattern, say in WARNINGS:
        match = pattern.match(text)
        if match:
            return say(match)
    return text


def describe_all(warnings: Iterable[object]) -> list[str]:
    """Every warning in Chinese, each said once."""
    return list(dict.fromkeys(describe(w) for w in warnings or ()))
