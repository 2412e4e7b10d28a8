"""Headline groups: parse their parts and give each to the article it is about.

Headlines are printed above their article, below it, or several in one cluster between other
articles; position alone cannot place them, so a headline goes to the neighbouring article
whose text shares its (page-rare) character bigrams, position only breaking ties.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .layout import ends_sentence
from .normalize import CJK

_BIGRAM_CHARS = re.compile(f"[{CJK}0-9A-Za-z]+")
_PLACE_SUFFIX = re.compile(f"^[{CJK}]{{2,5}}(?:区|县|市|省|镇|乡|街道)")
_COLUMN_LABEL = re.compile(f"^(?=.*[{CJK}])(?=.*[0-9A-Za-z+])\\S{{2,8}}$")
# A headline group must earn this much summed line affinity to be placed at all; paying it once
# per group (not per line) keeps a weakly matching kicker or deck with its title.
MIN_AFFINITY = 0.4
# Position tie-breaker: the usual convention prints a headline above its article.
_ABOVE_BONUS = 0.01
_WRAP_MAX = 6
_COLUMN_MAX = 6
TITLE_MAX = 40


@dataclass
class HeadlineGroup:
    lines: list[str] = field(default_factory=list)
    kicker: str = ""
    title: str = ""
    subtitle: str = ""
    column: str = ""


def bigrams(text: str) -> set[str]:
    out: set[str] = set()
    for run in _BIGRAM_CHARS.findall(text):
        out.update(run[i : i + 2] for i in range(len(run) - 1))
    return out


def idf_weights(texts: Sequence[str]) -> dict[str, float]:
    """Bigrams every article shares (the district's name) say nothing about which one."""
    n = len(texts)
    df: dict[str, int] = {}
    for t in texts:
        for b in bigrams(t):
            df[b] = df.get(b, 0) + 1
    return {b: math.log((n + 1) / (d + 0.5)) for b, d in df.items()}


def affinity(line: str, article_bigrams: set[str], idf: dict[str, float]) -> float:
    """Weighted share of the line's bigrams that also occur in the article."""
    grams = bigrams(line)
    default = math.log(2.0)  # a bigram no article has: as rare as it gets
    total = sum(idf.get(b, default) for b in grams)
    if total <= 0:
        return 0.0
    return sum(idf.get(b, default) for b in grams if b in article_bigrams) / total


def assign_headlines(
    clusters: Sequence[Sequence[str]], article_texts: Sequence[str]
) -> tuple[dict[int, list[str]], list[str]]:
    """Split each cluster into a prefix for the article above and a suffix for the one below.

    ``clusters[i]`` sits before ``article_texts[i]``. Each article takes at most one group; a
    dynamic programme over the clusters maximizes total line affinity so a headline printed
    after its article does not get stolen by the next one. Returns ``({article: lines}, unplaced)``.
    """
    n = len(article_texts)
    idf = idf_weights(article_texts)
    grams = [bigrams(t) for t in article_texts]

    cache: dict[tuple[str, int], float] = {}

    def aff(line: str, art: int) -> float:
        if (line, art) not in cache:
            cache[line, art] = affinity(line, grams[art], idf)
        return cache[line, art]

    def gain(lines: Sequence[str], art: int, bonus: float) -> float:
        if not lines or art < 0 or art >= n:
            return 0.0
        g = sum(aff(x, art) for x in lines) - MIN_AFFINITY
        return g + bonus if g > 0 else 0.0

    # best[taken] = (score, choices) where taken says article i-1 already has a headline.
    states: dict[bool, tuple[float, list[int]]] = {True: (0.0, [])}
    for i, cluster in enumerate(clusters):
        nxt: dict[bool, tuple[float, list[int]]] = {}
        for taken, (score, choices) in states.items():
            for k in range(len(cluster) + 1):
                pre, suf = cluster[:k], cluster[k:]
                g_pre = 0.0 if taken else gain(pre, i - 1, 0.0)
                g_suf = gain(suf, i, _ABOVE_BONUS)
                total = score + g_pre + g_suf
                key = g_suf > 0
                if key not in nxt or total > nxt[key][0] + 1e-9:
                    nxt[key] = (total, [*choices, k])
        states = nxt
    _, choices = max(states.values(), key=lambda s: s[0])
    assigned: dict[int, list[str]] = {}
    unplaced: list[str] = []
    taken = True
    for i, (cluster, k) in enumerate(zip(clusters, choices, strict=True)):
        pre, suf = list(cluster[:k]), list(cluster[k:])
        if pre and not taken and gain(pre, i - 1, 0.0) > 0:
            assigned[i - 1] = pre
        else:
            unplaced.extend(pre)
        if suf and gain(suf, i, _ABOVE_BONUS) > 0:
            assigned[i] = suf
            taken = True
        else:
            unplaced.extend(suf)
            taken = False
    return assigned, unplaced


def _starts_with_subject(line: str) -> bool:
    """A title usually opens with who acts (a place or body); a kicker or deck rarely does."""
    from . import nlp

    # ``海棠区`` is a place only if the words end where the suffix does (not ``商圈区域``).
    ends = set()
    joined = ""
    for word, _ in nlp.words(line):
        joined += word
        ends.add(len(joined))
    for n in range(3, 8):
        if _PLACE_SUFFIX.fullmatch(line[:n]) and n in ends:
            return True
    return nlp.first_word_flag(line) in {"ns", "nt", "nz"}


def _is_column_label(first: str, rest: str) -> bool:
    """``新闻1+1 二七区召开……``: a short label sharing the title's line (a kicker has its own)."""
    if _COLUMN_LABEL.match(first):
        return True
    return len(first) <= _COLUMN_MAX and " " not in rest and _starts_with_subject(rest)


def parse_headline_group(lines: Sequence[str]) -> HeadlineGroup:
    """Kicker (引题) above, title (maybe wrapped), deck (副题) below; or title + deck on a line."""
    group = HeadlineGroup(lines=list(lines))
    rows = [x.strip() for x in lines if x.strip()]
    if not rows:
        return group
    first, _, rest = rows[0].partition(" ")
    if rest and _is_column_label(first, rest):
        group.column = first
        rows[0] = rest
    # A very short line followed by more is the first half of a wrapped title (``某区开展`` /
    # ``……活动``), unless it has no subject while the next line opens with one: then the short
    # line is a kicker.
    merged: list[str] = []
    i = 0
    while i < len(rows):
        row = rows[i]
        while (
            len(row) <= _WRAP_MAX
            and " " not in row
            and i + 1 < len(rows)
            and (_starts_with_subject(row) or not _starts_with_subject(rows[i + 1]))
        ):
            i += 1
            row += rows[i]
        merged.append(row)
        i += 1
    if len(merged) >= 2 and _starts_with_subject(merged[1]) and not _starts_with_subject(merged[0]):
        group.kicker = merged.pop(0)
    title_line, decks = merged[0], merged[1:]
    title, _, deck_rest = title_line.partition(" ")
    group.title = title
    group.subtitle = " ".join([x for x in [deck_rest, *decks] if x])
    return group


_LEAD_PREFIX = re.compile(
    r"^(?:本报讯\s*)?(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:、\d{1,2}日)*"
    r"(?:上午|下午|晚上|晚|早上|凌晨|中午)?|近日|近期|日前|近年来|今年以来|本月初)[，,]?"
)
_ADVERBIAL = re.compile(r"^(?:在|为|据|按照|根据|围绕|随着|针对|当|于)|(?:上|中|时|下|后|前|期间)$")
_OPEN_QUOTES = "“‘《（「"
_CLOSE_QUOTES = "”’》）」"


def _clauses(text: str) -> list[str]:
    """Split at ，。；：！？ outside quotes and brackets."""
    out: list[str] = []
    depth = 0
    cur = ""
    for ch in text:
        if ch in _OPEN_QUOTES:
            depth += 1
        elif ch in _CLOSE_QUOTES:
            depth = max(0, depth - 1)
        if depth == 0 and ch in "，。；：！？":
            if cur:
                out.append(cur)
            cur = ""
            continue
        cur += ch
    if cur:
        out.append(cur)
    return out


def infer_title(lead: str) -> str:
    """An article without a headline is named by what its lead says happened.

    Drop the dateline and the date, skip adverbial clauses (``在……上``, ``为……``), and take the
    first clause short enough for a title; a long one is cut at a ``、`` boundary.
    """
    text = _LEAD_PREFIX.sub("", lead.strip())
    # A quotation opening the lead (``“按照……”4月2日上午，``) is not what happened.
    if text.startswith("“") and "”" in text:
        text = _LEAD_PREFIX.sub("", text[text.index("”") + 1 :])
    clauses = [c.strip() for c in _clauses(text) if c.strip()]
    candidates = [c for c in clauses if not _ADVERBIAL.search(c)] or clauses
    for i, c in enumerate(candidates):
        if len(c) <= TITLE_MAX:
            # A long first clause skipped for its length still names who acted
            # (``区长苏建设围绕《……》的主题，给全体学员上了一堂专题党课``): keep its subject.
            subject = _subject(candidates[0]) if i > 0 else ""
            return subject + c if len(subject + c) <= TITLE_MAX else c
    if not candidates:
        return ""
    c = candidates[0]
    cut = c.rfind("、", 0, TITLE_MAX)
    return c[:cut] if cut > 0 else c[:TITLE_MAX]


# Where the subject of a lead clause ends: a co-verb or preposition that starts its predicate.
_PREDICATE_START = re.compile(r"围绕|就|对|在|为|以|带领|带队|深入|到|按照|结合")


def _subject(clause: str) -> str:
    """The words before the predicate of a clause, when they are short enough to be a subject."""
    match = _PREDICATE_START.search(clause)
    if match is None or not 2 <= match.start() <= 20:
        return ""
    return clause[: match.start()]


def looks_finished(text: str) -> bool:
    return ends_sentence(text)
