"""People named in an article, with the titles printed beside their names.

A title word (书记, 区长, 区领导 ...) right before a name is the strongest evidence that a
string is a person; once a name has been seen with a title (in this article, or anywhere in
the archive via ``known_names``) every later bare mention of it is the same person. Names
with no anchor at all are not guessed: jieba alone tags 幸福感 or 楼宇 as names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .model import PersonMention
from .names import (
    DESCRIPTOR_RE,
    JIEBA,
    NAME_STOP_RE,
    NOT_NAME_CHARS,
    OFFICE_RE,
    PLACE_SUFFIX_CHARS,
    WEAK_OFFICE_WORDS,
    NameIndex,
    Names,
    is_han,
    name_tokens,
    surname_at,
)

# Punctuation and spaces that end a title when reading backwards from an office word.
_TITLE_BOUNDARY = set("，。；：、！？（）()《》“”‘’,.;:!?\"' \t\n　·—")
# Words before a title that are not part of it ("会议由区委副书记…", "…及市供电公司…").
_TITLE_LEAD_RE = re.compile(
    r"(?:会议由|由|及(?!其)|以及|并|在|对|到|是|为|向|请|邀请|陪同|带领|率领|会同|"
    r"会见|看望|慰问|听取|主持|出席|参加|最后|随后|首先|同时|其中|上午|下午|晚上|近日)"
)
_MAX_TITLE = 24
# Bare name + speech verb: the one unanchored pattern precise enough to trust.
_SPEECH_RE = re.compile(r"表示|强调|指出|说|介绍|认为|告诉记者")


@dataclass
class _Found:
    pos: int
    titles: list[str] = field(default_factory=list)


def _valid_name(name: str, known: Names | None) -> bool:
    """Reject strings that fit the name shape but are ordinary words (高度, 全区, 马寨镇)."""
    if known is not None and name in known:
        return True
    if not 2 <= len(name) <= 4 or not all(is_han(c) for c in name):
        return False
    if any(c in NOT_NAME_CHARS for c in name[1:]):
        return False
    sur = surname_at(name, 0)
    if sur is None or len(name) - len(sur) not in (1, 2):
        return False
    if name[-1] in PLACE_SUFFIX_CHARS:
        return False
    tag = JIEBA.tag(name)
    if tag is not None and tag not in ("nr", "nrfg", "nrt") and JIEBA.freq(name) > 0:
        return False
    if len(sur) == 1:
        head = name[:2]
        head_tag = JIEBA.tag(head)
        if head_tag not in (None, "nr", "nrfg", "nrt") and JIEBA.freq(head) >= 50:
            return False
    return True


def read_name(text: str, i: int, known: Names) -> str | None:
    """The person name starting at ``text[i]``, cut before the verb or particle that follows."""
    n = known.at(text, i)
    if n is not None:
        return n
    sur = surname_at(text, i)
    if sur is None:
        return None
    g = i + len(sur)  # first char of the given name
    if g >= len(text) or not is_han(text[g]) or text[g] in NOT_NAME_CHARS:
        return None
    if NAME_STOP_RE.match(text, g):
        return None
    end = g + 1
    if (
        end < len(text)
        and is_han(text[end])
        and text[end] not in NOT_NAME_CHARS
        and not NAME_STOP_RE.match(text, end)
    ):
        end += 1
    if end < len(text) and text[end] in PLACE_SUFFIX_CHARS:
        return None  # 马寨镇, 福华街: a place, not a person
    name = text[i:end]
    return name if _valid_name(name, known) else None


def _title_before(text: str, end: int, floor: int) -> tuple[str, int] | None:
    """The title ending at ``end`` (an office word's end), read back to a boundary."""
    start = end
    while start > floor and text[start - 1] not in _TITLE_BOUNDARY and end - start < _MAX_TITLE:
        start -= 1
    seg = text[start:end]
    # Drop lead-in words: keep what follows the last one.
    cut = 0
    for m in _TITLE_LEAD_RE.finditer(seg):
        if m.end() < len(seg) - 1:
            cut = m.end()
    seg = seg[cut:]
    if not seg or not OFFICE_RE.search(seg):
        return None
    return seg, start + cut


def _titles_for(text: str, office_start: int, office_end: int, floor: int) -> list[str]:
    """All titles of a chain like 区委常委、统战部部长、区委办主任 ending at ``office_end``."""
    got = _title_before(text, office_end, floor)
    if got is None:
        return []
    if got[0] in WEAK_OFFICE_WORDS:
        return []
    titles = [got[0]]
    start = got[1]
    while start > floor + 1 and text[start - 1] == "、":
        prev_end = start - 1
        prev = _title_before(text, prev_end, floor)
        if prev is None or not _ends_with_office(prev[0]):
            break
        titles.insert(0, prev[0])
        start = prev[1]
    return titles


def _ends_with_office(seg: str) -> bool:
    return any(seg.endswith(w) for w in _OFFICE_SORTED)


_OFFICE_SORTED = sorted(set(OFFICE_RE.pattern.split("|")), key=len, reverse=True)


def _list_after(text: str, pos: int, known: Names) -> list[tuple[str, int]]:
    """Names joined to the previous one by 、 (区领导袁斌、王传胜、高岩), sharing its titles."""
    out: list[tuple[str, int]] = []
    while pos < len(text) and text[pos] == "、":
        name = read_name(text, pos + 1, known)
        if name is None:
            break
        after = pos + 1 + len(name)
        if OFFICE_RE.match(text, after):
            break
        out.append((name, pos + 1))
        pos = after
    return out


def extract_persons(text: str, known_names: Iterable[str] | Names = ()) -> list[PersonMention]:
    """Every person named in ``text``, in order of first appearance, titles merged.

    ``known_names`` may be a prebuilt ``Names`` so a page does not re-index the archive's
    names for every article.
    """
    known = Names.of(known_names)
    found: dict[str, _Found] = {}
    official: set[str] = set()
    # A name cannot be the end of a title chain that starts before the previous name.
    floor = 0

    def add(name: str, pos: int, titles: list[str]) -> None:
        f = found.get(name)
        if f is None:
            f = found[name] = _Found(pos)
        f.pos = min(f.pos, pos)
        for t in titles:
            if t not in f.titles:
                f.titles.append(t)
        if titles:
            official.add(name)

    for m in OFFICE_RE.finditer(text):
        name = read_name(text, m.end(), known)
        if name is None:
            continue
        titles = _titles_for(text, m.start(), m.end(), floor)
        if not titles:
            continue
        add(name, m.end(), titles)
        pos = m.end() + len(name)
        for other, at in _list_after(text, pos, known):
            add(other, at, titles)
            pos = at + len(other)
        floor = pos

    for m in DESCRIPTOR_RE.finditer(text):
        name = read_name(text, m.end(), known)
        if name is None or OFFICE_RE.match(text, m.end() + len(name)):
            continue
        add(name, m.end(), [])
        for other, at in _list_after(text, m.end() + len(name), known):
            add(other, at, [])

    if text:
        _bare_mentions(text, Names(*known.parts, NameIndex(found)), known, add)

    ordered = sorted(found.items(), key=lambda kv: kv[1].pos)
    return [
        PersonMention(name=n, titles=list(f.titles), role="official" if n in official else "other")
        for n, f in ordered
    ]


def _bare_mentions(
    text: str, names: Names, known: Names, add: Callable[[str, int, list[str]], None]
) -> None:
    """Later mentions without a title (陈红民强调); jieba decides the token boundaries.

    Segmenting with the names as dictionary words is what keeps 同时博物馆 from yielding a
    known name 时博, while 陈红民主持 still yields 陈红民 (not 陈红 + 民主).
    """
    for start, word in name_tokens(text, names):
        add(word, start, [])
    # An unanchored name is trusted only at a clause start right before a speech verb
    # (。柯蓝指出): jieba's own nr tags alone call 幸福感 and 楼宇 names.
    for m in _SPEECH_RE.finditer(text):
        for k in (3, 2, 4):
            start = m.start() - k
            if start < 0 or (start > 0 and text[start - 1] not in _TITLE_BOUNDARY):
                continue
            word = text[start : m.start()]
            if read_name(text, start, known) == word and _valid_name(word, None):
                add(word, start, [])
                break
