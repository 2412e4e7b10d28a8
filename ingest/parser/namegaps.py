"""OCR gaps inside a name printed after a post: closed up in the text the extractors read.

Pages pad a two-character name to the width of three (``副区长 蒉 宁``) and OCR leaves a gap
inside a name (``区长亓 明远``, ``主席 尉迟 敏``). The gap is closed only where the page's
structure says a name stands there: a post word right before the surname (glued or set off
by a gap), or a 、 in a clause that holds a post (``副主席A、申屠 枫``); and only where the
name the people reader then reads runs over the gap and ends where a name ends (a boundary,
a verb that follows names). A gap between a post and the name (``局长 闵承志``) stays: the
people reader skips it. The stored body keeps its gaps as printed.
"""

from __future__ import annotations

from .names import COMPOUND_SURNAMES, OFFICE_RE, Names, ends_with_office, is_han
from .people import CLAUSE_ENDS, read_name

# A surname is one or two characters (亓, 尉迟).
_SURNAME_MAX = 2
_NO_NAMES = Names()


def _surname_starts(text: str, gap: int) -> list[int]:
    """Where a surname ending right before the gap at ``text[gap]`` may start: after a post
    word glued to it (``区长亓``), after a post and a gap (``副区长 蒉``), after a 、 of a clause
    that names a post (``副主席A、申屠``). Two characters are a surname only when compound:
    ``区领导 柴青 卢静`` prints two whole names."""
    out = []
    for k in range(1, _SURNAME_MAX + 1):
        at = gap - k
        if at <= 0 or not all(is_han(c) for c in text[at:gap]):
            continue
        if k == _SURNAME_MAX and text[at:gap] not in COMPOUND_SURNAMES:
            continue
        before = text[at - 1]
        if is_han(before):
            if ends_with_office(text, at):
                out.append(at)
        elif before == " " and ends_with_office(text, at - 1):
            out.append(at)
        elif before == "、":
            clause = max(text.rfind(c, 0, at) for c in CLAUSE_ENDS) + 1
            if OFFICE_RE.search(text, clause, at - 1):
                out.append(at)
    return out


def close_name_gaps(text: str) -> str:
    """``text`` with each OCR gap inside a name printed after a post closed up."""
    # Spaces are few in a body: finding each is cheaper than a pattern tried at every character.
    gaps = []
    at = text.find(" ")
    while at >= 0:
        if 0 < at < len(text) - 1 and is_han(text[at - 1]) and is_han(text[at + 1]):
            gaps.append(at)
        at = text.find(" ", at + 1)
    # Right to left, so a closed gap moves no position still to be read.
    for gap in reversed(gaps):
        for at in _surname_starts(text, gap):
            closed = text[:gap] + text[gap + 1 :]
            name = read_name(closed, at, _NO_NAMES)
            if name is not None and at + len(name) > gap:
                text = closed
                break
    return text
