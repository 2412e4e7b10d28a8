"""Headline groups: parse their parts and give each to the article it is about.

Headlines are printed above their article, below it, several of different articles in one
cluster between other articles, or all together at the top or bottom of the page in an order of
their own. Position alone cannot place them; what they say can (a headline shares its page-rare
character bigrams with its own article). So, in two steps:

1. Each cluster is cut into groups (kicker, title maybe wrapped over two lines, decks) where the
   lines on either side favour different articles, nudged by the layout: a wrapped title is not
   cut, blank lines separate groups when the cluster is printed in blocks, a line opening with a
   subject starts a title, one without continues the group above.
2. Groups are matched one-to-one to articles anywhere on the page by maximum summed affinity
   (Hungarian algorithm); position only breaks ties: the article just below, then just above,
   then the nearest. A group earning less than ``MIN_AFFINITY`` stays unplaced.

One module, though long: the shape rules of step 1 (what is a kicker, a wrapped title, a deck)
and the affinities of step 2 decide together where a cluster is cut, and are tuned as one.
"""

from __future__ import annotations

import math
import re
from collections.abc import Container, Sequence
from dataclasses import dataclass, field

from archive import jiebadict

from .dates import MONTH_DAY
from .meetings import (
    DISTRICT_BODY,
    HELD_VERBS,
    PURPOSE_VERBS,
    SESSION_VERBS,
    is_generic_meeting,
)
from .model import Headline
from .normalize import BRIEF_XUN, BULLETS, CJK, DASH_DECK, LEAD_DATELINE

_BIGRAM_CHARS = re.compile(f"[{CJK}0-9A-Za-z]+")
_PLACE_SUFFIX = re.compile(f"^[{CJK}]{{2,5}}(区|县|市|省|镇|乡|街道)")
_SUFFIX_CHARS = "区县市省镇乡"
# A line opening on one of the district's bodies (区委常委会召开……, 区政协召开……) names who acts,
# as one opening on a place does; so does one opening on the district's people's organisations
# (团区委, 区总工会, 区妇联, 区残联 …), which jieba reads as common nouns.
_PEOPLES_BODY = "团[区县]委|[区县](?:总工会|妇联|残联|科协|侨联|工商联|文联|红十字会)"
# So does one opening on a level's leaders as a group (区领导出席……, 市领导调研……), which jieba
# splits into a bare 区 and a common noun.
_LEADERS = "[区县市省]领导"
_BODY_FIRST = re.compile(f"{DISTRICT_BODY}|{_PEOPLES_BODY}|{_LEADERS}")
# How jieba tags a line's first word when the line opens on what is done, not who does it.
_VERB_FLAGS = frozenset({"v", "vn", "a", "ad", "d"})
_COLUMN_LABEL = re.compile(f"^(?=.*[{CJK}])(?=.*[0-9A-Za-z+])\\S{{2,8}}$")
# A figure with its measure word (``送戏下乡62场``, ``新增车位300个``) counts what was done: a
# phrase of the title, where a label's figures are part of its name (``新闻1+1``, ``回眸2023``).
_COUNTED = re.compile(r"\d(?:[万亿])?(?:[个场次家名件项所条户人位元米亩栋台批座辆处套吨]|公里)")
# A headline group must earn this much summed line affinity to be placed at all; paying it once
# per group (not per line) keeps a weakly matching kicker or deck with its title.
MIN_AFFINITY = 0.4
# A placed group that earns less than this, or beats the next article by less than the margin,
# went where it did mostly by position: the article is flagged for review.
_SURE_AFFINITY = 0.5
_POSITION_ONLY = 0.001
# A group printed right on top of a body (on a page that prints headlines above): what it says
# must beat that by this much to go elsewhere.
_TOUCH_BONUS = 0.3
_SURE_MARGIN = 0.15
# Position tie-breaker: the usual convention prints a headline above its article.
_ABOVE_BONUS = 0.01
# Layout nudges for where one group ends and the next begins (see ``_boundary_priors``): a
# wrapped title (``海棠区举办`` / ``春季图书交流活动``) is all but never cut; in a cluster printed
# as blocks, a cut inside a block must be earned; a line opening with a subject starts a title
# (all the more after another such line: a kicker or deck rarely has one), a line without reads
# as the deck of the line above; in a cluster printed as blocks, a blank line is a likely cut.
# Each group costs a hair, so a line that matches nothing joins
# its neighbours rather than standing alone.
_WRAP_PENALTY = 1.0
_DASH_KEEPS = 1.0
_BLOCK_PENALTY = 0.3
_BLOCK_BONUS = 0.15
_LABEL_KEEPS = 0.3
_TITLE_START = 0.05
_TITLE_AFTER_TITLE = 0.2
_CONTINUATION = 0.1
_GROUP_COST = 0.001
_NO_MATCH = 0.1
# Articles matched at once; see assign_headlines.
MATCH_WINDOW = 32
_WRAP_MAX = 6
_COLUMN_MAX = 6
TITLE_MAX = 40


@dataclass
class HeadlineGroup(Headline):
    """The headline read from a group of lines (``lines``, as printed)."""

    lines: list[str] = field(default_factory=list)
    # The split into kicker / title / deck was decided by shape alone.
    unsure: bool = False
    # A deck printed on a line of its own (not after the title on its line) with no ``——``:
    # a dash marks its deck wherever it stands, so only an unmarked one shows the page sets
    # decks apart; nor does a deck that reports a figure (``12个项目总投资56.8亿元``), a data
    # line set on its own on any page.
    deck_row: bool = False
    # Decoration printed around the headline and left out of it (the 【】 of ``【……】``).
    marks: str = ""
    # The lines of a headline printed a second time in a row, left out of it (as printed).
    repeat: list[str] = field(default_factory=list)


def bigrams(text: str) -> set[str]:
    out: set[str] = set()
    for run in _BIGRAM_CHARS.findall(text):
        out.update(run[i : i + 2] for i in range(len(run) - 1))
    return out


def _idf(grams: Sequence[Container[str]], wanted: set[str]) -> dict[str, float]:
    """Bigrams every article shares (the district's name) say nothing about which one.

    Only the ``wanted`` bigrams (the headlines') are weighed: one no article holds is left out
    (``_affinities`` weighs it as the rarest)."""
    n = len(grams)
    idf: dict[str, float] = {}
    for b in wanted:
        d = sum(b in g for g in grams)
        if d:
            idf[b] = math.log((n + 1) / (d + 0.5))
    return idf


def affinity(line: str, article_bigrams: Container[str], idf: dict[str, float]) -> float:
    """Weighted share of the line's bigrams that also occur in the article."""
    return _affinities(line, [article_bigrams], idf)[0]


def _affinities(line: str, grams: Sequence[Container[str]], idf: dict[str, float]) -> list[float]:
    """``affinity`` of one line to every article, weighing the line's bigrams once."""
    default = math.log(2.0)  # a bigram no article has: as rare as it gets
    weighted = [(b, idf.get(b, default)) for b in bigrams(line)]
    total = sum(w for _, w in weighted)
    if total <= 0:
        return [0.0] * len(grams)
    return [sum(w for b, w in weighted if b in g) / total for g in grams]


def assign_headlines(
    clusters: Sequence[Sequence[str]],
    article_texts: Sequence[str],
    doubtful: set[int] | None = None,
    brief_tail: int = 0,
    labelled: Container[int] = (),
    jumped_in: Container[int] = (),
    closes_above: bool = False,
) -> tuple[dict[int, list[str]], list[str]]:
    """Cut every cluster into headline groups, then match groups to articles page-wide.

    ``clusters[i]`` sits before ``article_texts[i]``; an empty string in a cluster marks a blank
    line printed there. Segmenting first and matching second lets a cluster hold any number of
    groups and a group reach any article (a page may print all its headlines together), while
    the one-to-one matching stops two groups claiming one article.
    Returns ``({article: lines}, unplaced)``; the lines of a group keep ``""`` where a blank
    line was printed between them. Articles whose headline was placed by position more than by
    what it says are added to ``doubtful``. The last ``brief_tail`` articles are the items of
    a brief block closing the page, which print no headline. ``labelled`` are the articles
    printed under a brief block's label (``简讯``): the label stands where a headline would, so
    they take none. ``jumped_in`` are the bodies continued under a printed jump line
    (``（上接第一版）``), whose headline was printed on the page they start on: they take only a
    title printed again right over them (their own cluster, over the jump line), never one of a
    cluster elsewhere that shares their words.
    ``closes_above``: the blank lines printed around the clusters set each apart from the body
    under it, printed right under the body above (see the pipeline).
    """
    # A bigram of a headline is in an article exactly when it is in the article's text (its
    # two characters are of the kind a bigram is made of), so the texts themselves are
    # searched: no article's bigrams are ever built.
    grams: list[str] = list(article_texts)
    # A page that opens with a body and ends with headlines prints each headline below its
    # article: position then points up, not down. A brief block closing the page has none:
    # the page's headlines end under the article above it. So may an untitled item closing
    # it, where the blank lines show every headline closing the body above (``closes_above``).
    # A page opening on a story continued from an earlier page (上接第一版) opens on a body
    # whatever it does with headlines (that story's is printed where it began): the body
    # after it tells.
    opening = int(0 in jumped_in and len(clusters) > 1)
    after = len(article_texts) >= 2 + brief_tail + opening and not any(
        x.strip() for c in clusters[: opening + 1] for x in c
    )
    after = after and (closes_above or any(x.strip() for x in clusters[-1 - brief_tail]))
    idf = _idf(grams, {b for c in clusters for x in c for b in bigrams(x)})
    n = len(grams)
    assigned: dict[int, list[str]] = {}
    unplaced: list[str] = []
    # A printed page holds a few dozen articles at most; far larger input (an issue pasted
    # into one file) is matched window by window so the cubic matching stays bounded. A
    # window may still give a headline printed after it to the previous window's last article.
    for start in range(0, max(n, 1), MATCH_WINDOW):
        stop = min(n, start + MATCH_WINDOW)
        last = stop if stop < n else len(clusters)
        first_article = max(0, start - 1) if start else 0
        columns = [j for j in range(first_article, stop) if j not in assigned]
        got, lost = _assign_window(
            clusters, range(start, last), columns, grams, idf, doubtful, after, labelled, jumped_in
        )
        assigned.update(got)
        unplaced.extend(lost)
    return assigned, unplaced


def _assign_window(
    clusters: Sequence[Sequence[str]],
    cluster_ids: Sequence[int],
    columns: Sequence[int],
    grams: Sequence[Container[str]],
    idf: dict[str, float],
    doubtful: set[int] | None = None,
    headlines_after: bool = False,
    labelled: Container[int] = (),
    jumped_in: Container[int] = (),
) -> tuple[dict[int, list[str]], list[str]]:
    """Segment these clusters and match their groups to these articles (absolute indices)."""
    window = [grams[j] for j in columns]
    groups: list[tuple[int, list[str], list[float]]] = []  # (cluster, lines, summed affinity)
    line_scores: list[Sequence[Sequence[float]]] = []  # each group's lines' affinities
    # Groups printed right over the next group of their cluster, with no blank line between.
    tight: set[int] = set()
    # The groups of a cluster under the last bodies, one for each of them (see
    # ``_one_headline_a_body_below``): those bodies print no headline after them, so none of
    # the groups goes to the last body by position, whatever the rest of the page prints.
    heads_above: set[int] = set()
    for c in cluster_ids:
        lines, blank_before = _lines_and_blanks(clusters[c])
        if not lines:
            continue
        scores = [_affinities(x, window, idf) for x in lines]
        cuts = below = None
        if c == 0:
            cuts = _one_headline_a_body(clusters, lines, scores, blank_before, len(grams), labelled)
        elif c == len(grams):
            cuts = below = _one_headline_a_body_below(clusters, lines, scores, columns, c)
        if not cuts and 2 * len(_printed_once(lines)) == len(lines) <= 2 * _TWICE_MAX:
            # One headline printed twice and nothing else (an e-paper's title bar over the
            # story's own, one line apart): one group, read once (``parse_headline_group``).
            cuts = [(0, len(lines))]
        for a, b in cuts or _segment(lines, scores, blank_before):
            if b < len(lines) and not blank_before[b]:
                tight.add(len(groups))
            if below:
                heads_above.add(len(groups))
            totals = [sum(row[k] for row in scores[a:b]) for k in range(len(columns))]
            marked: list[str] = []
            for n in range(a, b):
                if n > a and blank_before[n]:
                    marked.append("")
                marked.append(lines[n])
            groups.append((c, marked, totals))
            line_scores.append(scores[a:b])

    # The group printed right above a body belongs to it even when they share no words
    # (``比学赶超 跑出加速度``): a faint edge, taken only when nothing better claims either.
    # At the top of the page, where no article is above, groups go to the bodies in order.
    touching = [g + 1 == len(groups) or groups[g + 1][0] != c for g, (c, _, _) in enumerate(groups)]
    order = [0] * len(groups)
    for g in range(1, len(groups)):
        order[g] = order[g - 1] + 1 if groups[g][0] == groups[g - 1][0] else 0
    top_only = not any(x.strip() for c in cluster_ids[1:] for x in clusters[c])
    weights = [
        [
            0.0
            if j in labelled or (j in jumped_in and c != j)
            else _weight(
                tot[k],
                c,
                j,
                touching[g],
                order[g],
                headlines_after and g not in heads_above,
                top_only,
                len(grams),
            )
            for k, j in enumerate(columns)
        ]
        for g, (c, _, tot) in enumerate(groups)
    ]
    match = _max_weight_matching(weights)
    # Nor is a block split off another group given to a continued body.
    shut = {j for j in columns if j in labelled or j in jumped_in}
    _split_off_headlines(groups, line_scores, match, columns, shut)
    _split_off_last_line(groups, line_scores, match, columns, shut)
    kickers = _kickers_left_over(groups, match, tight)
    decks = _decks_left_over(groups, match, tight, kickers)
    assigned: dict[int, list[str]] = {}
    unplaced: list[str] = []
    for g, (_, lines, tot) in enumerate(groups):
        k = match.get(g)
        if k is None:
            if g + 1 not in kickers and g - 1 not in decks:
                unplaced.extend(x for x in lines if x)
            continue
        assigned[columns[k]] = [*kickers.get(g, []), *lines, *decks.get(g, [])]
        rival = max((t for n, t in enumerate(tot) if n != k), default=0.0)
        if doubtful is not None and (tot[k] < _SURE_AFFINITY or tot[k] - rival < _SURE_MARGIN):
            doubtful.add(columns[k])
    return assigned, unplaced


def _one_headline_a_body(
    clusters: Sequence[Sequence[str]],
    lines: Sequence[str],
    scores: Sequence[Sequence[float]],
    blank_before: Sequence[bool],
    bodies: int,
    labelled: Container[int] = (),
) -> list[tuple[int, int]] | None:
    """The top cluster's headlines, one for each of the first bodies, or ``None``.

    All the page's headlines on top, one line for each article, set one line apart from the
    next or each naming a body of its own: one headline a line, whatever they share with the
    bodies (a line of parallel phrases is no kicker there). So too a top cluster over the
    first bodies only, each line naming a body of its own, when those bodies print no
    headline between them (the next ones print theirs). A ``——`` deck goes with the title
    right above it: it names no body of its own."""
    units = _deck_units(lines)
    m = len(units)
    named = _unit_affinities(scores, units)
    # All the page's headlines on top, one for each body that takes one (a second item, 又讯,
    # takes none), none naming a body other than the one its place gives it.
    headed = [j for j in range(bodies) if j not in labelled]
    if (
        len(headed) < bodies
        and m == len(headed)
        and not any(x.strip() for cl in clusters[1:] for x in cl)
        and _named_in_place(named, headed)
    ):
        return units
    if m > bodies or any(x.strip() for cl in clusters[1 : m if m < bodies else None] for x in cl):
        return None
    if _each_names_its_own(named, range(m)):
        return units
    if m == bodies and all(blank_before[a] for a, _ in units[1:]):
        return units
    return None


def _named_in_place(scores: Sequence[Sequence[float]], places: Sequence[int]) -> bool:
    """Does no line (a title with its ``——`` deck, summed) match a body above
    ``MIN_AFFINITY`` best other than ``places``' one in its own place?"""
    for row, place in zip(scores, places, strict=True):
        top = max(row, default=0.0)
        if top > MIN_AFFINITY and row.index(top) != place:
            return False
    return True


def _one_headline_a_body_below(
    clusters: Sequence[Sequence[str]],
    lines: Sequence[str],
    scores: Sequence[Sequence[float]],
    columns: Sequence[int],
    bodies: int,
) -> list[tuple[int, int]] | None:
    """The cluster after the last body, one headline for each of the last bodies, or ``None``.

    As on top (``_one_headline_a_body``): a cluster printed under the last bodies, which print
    no headline between them, each line (a title with its ``——`` deck) naming a body of its
    own among them, is one headline a line. A title wrapped over two lines names one body with
    both halves; two lines naming two bodies are two titles, even where one names its body by
    little more than ``MIN_AFFINITY`` and the two joined would match the other body more.
    ``columns``: the bodies ``scores`` weighs, by their index on the page."""
    units = _deck_units(lines)
    m = len(units)
    if (
        m < 2
        or m > bodies
        or any(x.strip() for cl in clusters[bodies - m + 1 : bodies] for x in cl)
    ):
        return None
    named = _unit_affinities(scores, units)
    last = [k for k, j in enumerate(columns) if j >= bodies - m]
    return units if _each_names_its_own(named, last) else None


def _deck_units(lines: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of the lines, one for each title with the ``——`` deck lines printed under it."""
    starts = [k for k, x in enumerate(lines) if k == 0 or not DASH_DECK.match(x)]
    return list(zip(starts, [*starts[1:], len(lines)], strict=True))


def _unit_affinities(
    scores: Sequence[Sequence[float]], units: Sequence[tuple[int, int]]
) -> list[list[float]]:
    """Each unit's lines (a title with its ``——`` deck) summed: its affinity to each body."""
    return [[sum(col) for col in zip(*scores[a:b], strict=True)] for a, b in units]


def _each_names_its_own(scores: Sequence[Sequence[float]], within: Container[int]) -> bool:
    """Does every line (a title with its ``——`` deck, summed) match one of the bodies
    ``within`` above ``MIN_AFFINITY`` best, no two lines the same?"""
    best: set[int] = set()
    for row in scores:
        top = max(row, default=0.0)
        if top <= MIN_AFFINITY or row.index(top) not in within:
            return False
        best.add(row.index(top))
    return len(best) == len(scores)


def _kickers_left_over(
    groups: Sequence[tuple[int, Sequence[str], Sequence[float]]],
    match: dict[int, int],
    tight: set[int],
) -> dict[int, list[str]]:
    """``{group: kicker lines}``: a slogan left without an article, printed right over the
    title of a placed group (no blank line between), is that title's kicker. It went its own
    way for a word it shares with another body (``党建引领`` over a feature, beside a 党建
    meeting), but a headline of its own would have found its article."""
    out: dict[int, list[str]] = {}
    for g in tight:
        if g in match or g + 1 not in match or groups[g][0] != groups[g + 1][0]:
            continue
        lines = [x for x in groups[g][1] if x]
        title = next((x for x in groups[g + 1][1] if x), "")
        if len(lines) == 1 and _slogan_over_title(lines[0], title):
            out[g + 1] = lines
    return out


def _decks_left_over(
    groups: Sequence[tuple[int, Sequence[str], Sequence[float]]],
    match: dict[int, int],
    tight: set[int],
    kickers: Container[int],
) -> dict[int, list[str]]:
    """``{group: deck lines}``, a blank line first where one was printed: a group left without
    an article right under a placed group of its cluster is that title's deck when it is
    printed right under it (no blank line between) on one line opening on no subject (a
    phrase, no one who acts: ``以……作风保障各项任务落地`` under ``……大会召开``), or when it is
    the cluster's last group and names an article by more than ``MIN_AFFINITY``. It went its
    own way for words it shares with a body placed already; a title of its own would say who
    acts, or would have found a body left over (``_split_off_headlines``)."""
    out: dict[int, list[str]] = {}
    for g, (cluster, lines, totals) in enumerate(groups):
        above = g - 1
        if not g or g in match or g in kickers or above not in match:
            continue
        if groups[above][0] != cluster:
            continue
        printed = [x for x in lines if x]
        phrase_under = (
            above in tight
            and len(printed) == 1
            and not DASH_DECK.match(printed[0])
            and not _starts_with_subject(printed[0])
        )
        last = g + 1 == len(groups) or groups[g + 1][0] != cluster
        names_one = last and max(totals, default=0.0) > MIN_AFFINITY
        if phrase_under or names_one:
            out[above] = [*([] if above in tight else [""]), *(lines if names_one else printed)]
    return out


def _split_off_headlines(
    groups: list[tuple[int, list[str], list[float]]],
    line_scores: list[Sequence[Sequence[float]]],
    match: dict[int, int],
    columns: Sequence[int],
    labelled: Container[int] = (),
) -> None:
    """Give a body left without a headline the block of a placed group that names it.

    A group may take in, across a blank line, the next headline of the cluster when that one
    shares a word or two with the same body (``……冬季……行动`` / ``政协委员……``). When a
    body is left over and the first or last block of such a group (lines between blank
    lines) matches it by more than ``MIN_AFFINITY``, and better than the group's own body,
    that block is its headline: the group is split there. Where the group's last block is
    printed right over the body left over (see ``_printed_over``), matching it better than
    the group's own body is enough, as a headline right over its body needs no shared word;
    so is a group's last line that shares nothing with its own body. A body under a brief
    label (``labelled``) takes none. ``groups`` and ``match`` are updated in place.
    """
    taken = set(match.values())
    for k in range(len(columns)):
        if k in taken or columns[k] in labelled:
            continue
        best: tuple[float, int, int, int] | None = None  # (affinity, group, lo, hi)
        for g, j in match.items():
            blocks = _blank_blocks(groups[g][1])
            over = _printed_over(groups, g, columns[j], columns[k])
            size = len(line_scores[g])
            spans = [blocks[0], blocks[-1]] if len(blocks) >= 2 else []
            # A ``——`` deck is its title's, whatever it shares with the body under it.
            last = next(x for x in reversed(groups[g][1]) if x)
            if over and size >= 2 and len(blocks) < 2 and not DASH_DECK.match(last):
                spans = [(size - 1, size)]
            for lo, hi in spans:
                rows = line_scores[g][lo:hi]
                aff = sum(r[k] for r in rows)
                own = sum(r[j] for r in rows)
                near = over and hi == size and (len(blocks) >= 2 or own < _NO_MATCH)
                if (
                    (aff > MIN_AFFINITY or near)
                    and aff > own + _SURE_MARGIN
                    and (best is None or aff > best[0])
                ):
                    best = (aff, g, lo, hi)
        if best is None:
            continue
        _, g, lo, hi = best
        _give_lines(groups, line_scores, match, g, lo, hi, k)
        taken.add(k)


def _give_lines(
    groups: list[tuple[int, list[str], list[float]]],
    line_scores: list[Sequence[Sequence[float]]],
    match: dict[int, int],
    g: int,
    lo: int,
    hi: int,
    article: int,
) -> None:
    """Move the printed lines ``lo:hi`` of group ``g`` (its first or its last lines) into a
    group of their own, placed with ``article``; the rest stays with ``g``'s article."""
    cluster, marked, totals = groups[g]
    at = [n for n, x in enumerate(marked) if x]  # printed line n sits at marked[at[n]]
    part = marked[at[lo] : at[hi - 1] + 1]
    rest = marked[: at[lo]] if lo else marked[at[hi - 1] + 1 :]
    while rest and not rest[0]:
        rest.pop(0)
    while rest and not rest[-1]:
        rest.pop()
    rows = line_scores[g][lo:hi]
    part_totals = [sum(r[n] for r in rows) for n in range(len(totals))]
    groups[g] = (cluster, rest, [t - p for t, p in zip(totals, part_totals, strict=True)])
    line_scores[g] = [*line_scores[g][:lo], *line_scores[g][hi:]]
    groups.append((cluster, part, part_totals))
    line_scores.append(rows)
    match[len(groups) - 1] = article


def _printed_over(
    groups: Sequence[tuple[int, Sequence[str], Sequence[float]]], g: int, own: int, left: int
) -> bool:
    """Is group ``g`` (placed with article ``own``) printed right over article ``left``?

    Its cluster sits right above that body (a headline after the body above, then the next
    one's), or the cluster sits over ``own`` and ``left`` is the next body, printed with no
    headline of its own (a cluster of two headlines over the first of two bodies)."""
    cluster = groups[g][0]
    if g + 1 < len(groups) and groups[g + 1][0] == cluster:
        return False  # another group of the cluster is printed between
    if cluster == left:
        return True
    return cluster == own and left == own + 1 and not any(c == left for c, _, _ in groups)


def _split_off_last_line(
    groups: list[tuple[int, list[str], list[float]]],
    line_scores: list[Sequence[Sequence[float]]],
    match: dict[int, int],
    columns: Sequence[int],
    labelled: Container[int] = (),
) -> None:
    """Give a body left without a headline the last line of the group placed on the body
    before it, when that line names it better than the group's own body.

    A cluster of titles printed one under the other (``……召开`` / ``……施工`` / ``……暖人心``)
    reads its third line as the second's deck when that line shares too little with any body
    to stand alone; a deck shares more with its own title's body than with the next one.
    A ``——`` deck is its title's whatever it shares, and a body under a brief label
    (``labelled``) takes none. ``groups`` and ``match`` are updated in place.
    """
    taken = set(match.values())
    for g, j in list(match.items()):
        k = j + 1
        marked = groups[g][1]
        if k >= len(columns) or k in taken or len(marked) < 2 or not marked[-2]:
            continue
        if columns[k] != columns[j] + 1 or columns[k] in labelled:
            continue
        row = line_scores[g][-1]
        if DASH_DECK.match(marked[-1]) or row[k] < max(_NO_MATCH, row[j] + _SURE_MARGIN):
            continue
        size = len(line_scores[g])
        _give_lines(groups, line_scores, match, g, size - 1, size, k)
        taken.add(k)


def _blank_blocks(marked: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of a group's non-blank lines (indices among them) between blank lines."""
    blocks: list[tuple[int, int]] = []
    start = n = 0
    for x in marked:
        if not x:
            blocks.append((start, n))
            start = n
        else:
            n += 1
    blocks.append((start, n))
    return [b for b in blocks if b[1] > b[0]]


def _weight(
    affinity: float,
    cluster: int,
    article: int,
    touching: bool,
    order: int,
    after: bool,
    top_only: bool = False,
    bodies: int = 0,
) -> float:
    """What placing a group with this article is worth (0: never).

    ``bodies`` is the page's number of articles: cluster ``bodies`` is printed after them all."""
    # At the top of the page the cluster's groups head the bodies in order: the last one,
    # printed right over the first body, goes to the body of its rank when the page has one.
    in_order = cluster == 0 and 0 < order < bodies
    # On a page printing headlines after their bodies, the group right under a body is its
    # own as the one right over a body is elsewhere: a deck naming a person another body
    # names too (——记…书记X) does not pull the headline off the body it closes.
    on_top = (not after and touching and article == cluster and not in_order) or (
        after and order == 0 and article == cluster - 1
    )
    if affinity > MIN_AFFINITY:
        return (
            affinity
            - MIN_AFFINITY
            + _position_bonus(cluster, article)
            + (_TOUCH_BONUS if on_top else 0.0)
        )
    if on_top:
        return _TOUCH_BONUS
    if _by_position(cluster, article, touching, order, after):
        return _POSITION_ONLY
    if top_only and cluster == 0:
        # Every headline printed on top: one left over goes to a body left over, the nearer
        # its place in the list the better.
        return _POSITION_ONLY / (2 + abs(article - order))
    if cluster == bodies and affinity > 0:
        # A cluster after the last body holds headlines of bodies above, in an order of its
        # own: one sharing too little to be placed by what it says goes to a body left
        # over that shares something with it (a title sharing few words with its body).
        return _POSITION_ONLY * affinity / MIN_AFFINITY
    return 0.0


def _by_position(cluster: int, article: int, touching: bool, order: int, after: bool) -> bool:
    """Is this the article the group is printed with, by position alone?

    Right above the body below it; at the top of the page, the bodies in order; on a page
    that prints headlines after their articles, right below the body above it.
    """
    if after:
        return order == 0 and article == cluster - 1
    if cluster == 0:
        return article == order
    return touching and article == cluster


def _lines_and_blanks(cluster: Sequence[str]) -> tuple[list[str], list[bool]]:
    """The cluster's lines, and whether a blank line was printed before each one."""
    lines: list[str] = []
    blank_before: list[bool] = []
    gap = False
    for raw in cluster:
        if not raw.strip():
            gap = bool(lines)
            continue
        lines.append(raw)
        blank_before.append(gap)
        gap = False
    return lines, blank_before


def _is_wrap_head(line: str, nxt: str) -> bool:
    """The first half of a wrapped title, by the rule ``parse_headline_group`` joins on."""
    return (
        len(line) <= _WRAP_MAX
        and " " not in line
        and not _ACTOR_DECK.search(line)
        and (_starts_with_subject(line) or not _starts_with_subject(nxt))
    ) or _holder_over_event(line, nxt)


def _holder_over_event(line: str, nxt: str) -> bool:
    """``某区委常委班子召开`` / ``2025年度民主生活会``: a title broken after its verb, the
    event held on the next line however long. ``召开`` wants the event as its object, unless
    the event itself stands before it (``……会议召开``: whole, the next line its deck)."""
    return (
        " " not in line + nxt
        and bool(_HOLDER_VERB.search(line))
        and not _EVENT_HELD.search(line)
        and not DASH_DECK.match(nxt)
        and bool(_NAMES_EVENT.search(nxt))
    )


def _holds_event(line: str, nxt: str) -> bool:
    """``区某指挥部召开第N次调度会``: who held an event, the verb, and the event's name to the
    line's end: a whole clause, as ``……会议召开`` is; the line under it is no more of it,
    unless it opens on what the meeting was called to do (``研究部署……``) or joins a second
    event's name to it (``暨……表彰大会``)."""
    held = _HELD_ANYWHERE.search(line)
    return (
        held is not None
        and held.start() > 0
        and bool(_NAMES_EVENT.search(line, held.end()))
        and not _PURPOSE_FIRST.match(nxt)
        and not nxt.startswith(_JOINS_EVENTS)
    )


def _name_over_kind(line: str, nxt: str) -> bool:
    """``全区某某创建工作`` / ``推进会召开``: a line reporting an event held that names only its
    kind (``推进会``, ``座谈会``: a generic meeting name) names no event of its own; its name
    began on the line above, one title broken inside the event's name."""
    held = _HOLDER_VERB.search(nxt)
    return (
        held is not None
        and " " not in line + nxt
        and not _NAMES_EVENT.search(line)
        and not _HOLDER_VERB.search(line)
        and is_generic_meeting(nxt[: held.start()])
    )


def _event_over_purpose(line: str, nxt: str) -> bool:
    """``全区X工作推进会`` / ``部署……募捐活动``: a line that names a meeting and no more (no
    ``召开`` / ``举行``: nothing said of it yet) over what it was called to do is one sentence
    broken after its subject, however long the second line; a title needs what was done."""
    return (
        " " not in line + nxt
        and bool(_NAMES_EVENT.search(line))
        and not _HELD_ANYWHERE.search(line)
        and bool(_PURPOSE_FIRST.match(nxt))
    )


def _purpose_over_object(line: str, nxt: str) -> bool:
    """``区政府召开专题会议研究`` / ``……项目推进工作``: a line that holds a meeting and ends on
    the verb of what it was called to do (``研究``, ``部署``) leaves that verb without its
    object; the next line is the object, one sentence broken after the verb, however long."""
    return (
        " " not in line + nxt
        and bool(_HELD_ANYWHERE.search(line))
        and bool(_PURPOSE_LAST.search(line))
        and not _PURPOSE_FIRST.match(nxt)
        and not DASH_DECK.match(nxt)
    )


def _count_over_deed(line: str, nxt: str) -> bool:
    """``12名教师`` / ``赴乡村学校支教一学期``: a line that names a counted group and no more
    (nothing said of them yet) over a line opening on what they did is one sentence broken
    after its subject, however long the second line (a title needs what was done)."""
    from . import nlp

    count = _COUNTED_GROUP.match(line)
    if " " in line + nxt or not count or _NAMES_EVENT.search(line):
        return False
    # A verb right before the last noun qualifies it (``退休教师``, ``文化创意企业``).
    flags = [f for _, f in nlp.words(line[count.end() :])]
    if not flags or flags[-1] not in _SUBJECT_FLAGS or any(f in _VERB_ENDS for f in flags[:-2]):
        return False
    return nlp.first_word_flag(nxt) == "v"


# A verb of going somewhere, opening a line (``到我区调研……``, ``赴某街道督导……``, ``走进……``),
# and the end of a body's or a team's name (``某市人大常委会``, ``省督导组``).
_VISIT_FIRST = re.compile(r"^(?:到|赴|来(?!自)|走进|深入|前往|莅临)")
_BODY_END = re.compile(r"(?:政协|人大|政府|党委|街道|办事处|委员会|[会委局院团组队所站处办]|中心)$")


def _body_over_visit(line: str, nxt: str) -> bool:
    """``某市人大常委会`` / ``到我区调研营商环境建设``: a line naming a body or a team and no
    more (no verb) over a line opening on where it went is one title broken after its subject,
    however long the second line: a title needs what they did."""
    from . import nlp

    return (
        " " not in line + nxt
        and bool(_BODY_END.search(line))
        and bool(_VISIT_FIRST.match(nxt))
        and not any(f in _VERB_ENDS for _, f in nlp.words(line))
    )


def _giving_over_gift(line: str, nxt: str) -> bool:
    """``某区向X拨付`` / ``帮扶资金300万元``: a line ending on a verb of giving right after whom
    it goes to (``向X``, ``给X``) leaves the verb without what is given; the next line, naming
    the gift and no deed of its own (no verb after its first word), is its object: one title
    broken after the verb, figure or not."""
    from . import nlp

    if " " in line + nxt or DASH_DECK.match(nxt):
        return False
    found = nlp.words(line)
    k = len(found) - 1
    while k >= 0 and found[k][1] == "v":
        k -= 1
    if k == len(found) - 1:
        return False
    verb = k
    while k >= 0 and found[k][1] in _RECIPIENT_FLAGS:
        k -= 1
    if k < 0 or k == verb or found[k][0] not in _GIVING_PREPS:
        return False
    return not any(f == "v" for _, f in nlp.words(nxt)[1:])


def _boundary_priors(lines: Sequence[str], blank_before: Sequence[bool]) -> list[float]:
    """What the layout alone says about a group starting at each line (index 0 is unused)."""
    # Blank lines separate groups only where the cluster also prints lines without them;
    # a one-paragraph-per-line page puts a blank line everywhere and says nothing.
    inner = blank_before[1:]
    blocks = any(inner) and not all(inner)
    subject = [_starts_with_subject(x) for x in lines]
    priors = [0.0]
    for k in range(1, len(lines)):
        if _is_parallel(lines[k - 1]) and _reports_figure(lines[k]) and " " not in lines[k]:
            p = -_CONTINUATION  # a figure under parallel phrases: their deck
        elif k == 1 and _is_label_row(lines[0]) and len(lines[1]) >= _LABEL_TITLE_MIN:
            p = -_LABEL_KEEPS  # a column label opening the cluster stands over its title
        elif subject[k]:
            p = _TITLE_AFTER_TITLE if subject[k - 1] else _TITLE_START
        else:
            p = -_CONTINUATION
        if blocks:
            p += _BLOCK_BONUS if blank_before[k] else -_BLOCK_PENALTY
        if _is_wrap_head(lines[k - 1], lines[k]):
            p -= _WRAP_PENALTY
        if DASH_DECK.match(lines[k]):
            p = min(p, -_DASH_KEEPS)
        priors.append(p)
    return priors


def _segment(
    lines: Sequence[str], scores: Sequence[Sequence[float]], blank_before: Sequence[bool]
) -> list[tuple[int, int]]:
    """Cut a cluster into groups, each as if it went to the article it matches best.

    A cut pays for itself only when the lines on either side favour different articles by
    more than ``MIN_AFFINITY`` (less a nudge from the layout), so a title keeps its deck.
    """
    size = len(lines)
    n = len(scores[0]) if scores else 0
    prefix = [[0.0] * n]
    for row in scores:
        prefix.append([s + r for s, r in zip(prefix[-1], row, strict=True)])
    priors = _boundary_priors(lines, blank_before)
    # A line printed directly under another that matches no article at all stays with it,
    # whatever jieba makes of its first word (``确保安全度汛`` under its title), unless it
    # names a place of its own (``雪松县……``).
    for k in range(1, size):
        if (
            not blank_before[k]
            and max(scores[k], default=0.0) < _NO_MATCH
            and not _PLACE_SUFFIX.match(lines[k])
        ):
            priors[k] = min(priors[k], -_CONTINUATION)
        # A slogan that matches no article, printed right over a line that says who acts,
        # is that title's kicker: a headline of its own would share a word with its body. A
        # cluster with a blank line before every line (a page printing none, or one
        # everywhere) says nothing by it.
        if (
            (not blank_before[k] or all(blank_before[1:]))
            and max(scores[k - 1], default=0.0) < _NO_MATCH
            and _slogan_over_title(lines[k - 1], lines[k])
        ):
            priors[k] = min(priors[k], -_CONTINUATION)
    best = [0.0] + [-math.inf] * size
    back = [0] * (size + 1)
    for b in range(1, size + 1):
        for a in range(b):
            top = max((hi - lo for hi, lo in zip(prefix[b], prefix[a], strict=True)), default=0.0)
            value = best[a] + priors[a] + max(0.0, top - MIN_AFFINITY) - _GROUP_COST
            if value > best[b] + 1e-9:
                best[b], back[b] = value, a
    cuts: list[tuple[int, int]] = []
    b = size
    while b > 0:
        cuts.append((back[b], b))
        b = back[b]
    return cuts[::-1]


def _position_bonus(cluster: int, article: int) -> float:
    """Ties go to the article just below, then just above, then the nearest farther one."""
    if article >= cluster:
        dist = article - cluster
        return _ABOVE_BONUS * 2 if dist == 0 else _ABOVE_BONUS / 2 / (dist + 1)
    dist = cluster - 1 - article
    return _ABOVE_BONUS if dist == 0 else _ABOVE_BONUS / 2.5 / (dist + 1)


def _max_weight_matching(weights: Sequence[Sequence[float]]) -> dict[int, int]:
    """Rows to columns, one-to-one, maximizing the summed weight; a weight of 0 means "no edge".

    The Hungarian algorithm on the zero-padded square matrix; exact and O(size³), which is
    nothing for a page's ≤ ~40 groups and ~15 articles.
    """
    rows = len(weights)
    cols = len(weights[0]) if rows else 0
    size = max(rows, cols)
    if not rows or not cols:
        return {}
    cost = [
        [-weights[i][j] if i < rows and j < cols else 0.0 for j in range(size)] for i in range(size)
    ]
    # e-maxx formulation, 1-based: u/v are potentials, p[j] the row matched to column j.
    u = [0.0] * (size + 1)
    v = [0.0] * (size + 1)
    p = [0] * (size + 1)
    way = [0] * (size + 1)
    for i in range(1, size + 1):
        p[0] = i
        j0 = 0
        minv = [math.inf] * (size + 1)
        used = [False] * (size + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            delta = math.inf
            j1 = 0
            for j in range(1, size + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(size + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    return {
        p[j] - 1: j - 1
        for j in range(1, size + 1)
        if p[j] - 1 < rows and j - 1 < cols and weights[p[j] - 1][j - 1] > 0
    }


def _starts_with_subject(line: str) -> bool:
    """A title usually opens with who acts (a place or body); a kicker or deck rarely does."""
    from . import nlp

    if _BODY_FIRST.match(line):
        return True
    # ``暨`` (and, formally) joins a second event's name to the first (``……纪念日`` /
    # ``暨……表彰大会``): a line opening on it carries on the name above, no one acts in it.
    if line.startswith(_JOINS_EVENTS):
        return False

    # ``海棠区`` is a place only if the words end where the suffix does (not ``商圈区域``), and
    # a line opening on a verb or adjective names no place with a common word that merely
    # ends in the suffix (``激活小区……``: 小区 is a residential compound).
    # A verb that merely ends in the suffix (``归乡``, ``下乡``: going home, to the country)
    # names no place either, wherever it stands (``情暖归乡路``).
    found = nlp.words(line)
    ends: dict[int, tuple[str, str]] = {}
    joined = ""
    for word, flag in found:
        joined += word
        ends[len(joined)] = (word, flag)
    verb_first = bool(found) and found[0][1] in _VERB_FLAGS
    for n in range(3, 8):
        place = _PLACE_SUFFIX.fullmatch(line[:n])
        if not place:
            continue
        if n not in ends:
            # The place's party committee shares its suffix (``某某区委``, ``某某县委``): the
            # words end after the 委 (``区委``), and the place is who acts as much.
            if line[n : n + 1] == "委" and n + 1 in ends:
                return True
            continue
        word, flag = ends[n]
        if (verb_first or flag in _VERB_FLAGS) and word not in (place.group(1), line[:n]):
            continue
        # A word of place suffixes only (``区县``, ``市县``, ``乡镇``) names kinds of places,
        # no place: ``深化区县合作`` opens on its verb.
        if len(word) > 1 and word != place.group(1) and not word.strip(_SUFFIX_CHARS):
            continue
        return True
    return nlp.first_word_flag(line) in {"ns", "nt", "nz"}


def _names_who_acts(line: str) -> bool:
    """Does the line open with who acts and go on to what they did (a noun or pronoun first,
    a verb among its first words)? A slogan opens with its verb (``绷紧防汛弦``)."""
    from . import nlp

    if _starts_with_subject(line):
        return True
    # A name in quotes opening the line (``“某某周”活动走进……``) names who acts, as a noun does.
    close = line.find("”") if line.startswith("“") else -1
    found = (("", "n"), *nlp.words(line[close + 1 :])) if close > 1 else nlp.words(line)
    if not found or found[0][1] not in _ACTOR_FLAGS:
        return False
    if any(f == "v" for _, f in found[1:]):
        return True
    # jieba tags some verbs as verbal nouns (``启动`` vn): one right after the words naming who
    # acts is what they did (``区疾控中心启动……``).
    n = next((k for k, (_, f) in enumerate(found) if f not in _ACTOR_FLAGS), len(found))
    return 0 < n < len(found) and found[n][1] == "vn"


def _goal_under_deed(line: str, nxt: str) -> bool:
    """``某区政协调研X情况`` / ``为X建言献策``, ``某某到X走访企业`` / ``让X长出新动能``: a line
    that opens on what a deed is for (``为`` …) or is to bring about (``让``, ``使``) starts a
    clause of its own; under a line that says who did what, which is whole, it is the deck."""
    from . import nlp

    return nlp.first_word(nxt) in _GOAL_WORDS and _names_who_acts(line)


def _opens_on_tail(line: str) -> bool:
    """Does the line open on a body's or a meeting's name cut from its owner (``委员会第N次
    会议开幕``, ``动员大会召开``)? Its first word ends in 会: the tail of a name broken on the
    line above (``政协某区第N届``, ``全区……暨“……年”``), no one who held the event."""
    from . import nlp

    found = nlp.words(line)
    return bool(found) and found[0][0].endswith(_MEETING_WORD_END)


def _counted_subject(line: str) -> bool:
    """Does the line open on a counted subject and go on to what it did (``300名学生领到……``,
    ``12家企业签约``)? A deck's figure reports a result (``总投资12亿元``) and opens on none."""
    from . import nlp

    if not line[:1].isdigit():
        return False
    found = nlp.words(line)
    return bool(found) and found[0][1] == "m" and any(f == "v" for _, f in found[2:])


def _slogan_over_title(first: str, second: str) -> bool:
    """Parallel phrases that name no one over a line that says who did what, or that an
    event was held (``……分析会召开``): kicker and title. A figure under them is their deck
    (``……完成投资12亿元``), unless it opens the line as its subject."""
    return (
        _is_parallel(first)
        and not _starts_with_subject(first)
        and (not _reports_figure(second) or _counted_subject(second))
        and (
            _names_who_acts(second)
            or _counted_subject(second)
            # A ``——`` line is a deck by its dash, whatever it says was held.
            or (_EVENT_HELD.search(second) is not None and not DASH_DECK.match(second))
        )
    )


def _verb_slogan_over_deed(first: str, second: str) -> bool:
    """A short slogan opening on its verb and ending on its object (``弘扬X精神``) over a line
    that says who did what (``某区今年将实施……``): two clauses, each with its verb, no title
    wrapped in two; a verb phrase ending on its verb takes the line under it as its object."""
    from . import nlp

    if len(first) > _WRAP_MAX or " " in first or _starts_with_subject(first):
        return False
    found = nlp.words(first)
    return (
        len(found) >= 2
        and found[0][1] == "v"
        and found[-1][1] not in _VERB_ENDS
        and (_names_who_acts(second) or _noun_then_predicate(second))
    )


def _noun_then_predicate(line: str) -> bool:
    """A line naming a thing and then what it does or goes through (``古建筑“体检”进行时``): a
    clause of its own, whose first word is a noun however a tagger reads it (a verbal noun
    too), its predicate a verb after it."""
    from . import nlp

    found = [(w, f) for w, f in nlp.words(line) if f != "x"]
    return (
        len(found) >= 3
        and found[0][1] in {"n", "vn"}
        and found[1][1] == "n"
        and any(f == "v" for _, f in found[2:])
    )


def _is_label_word(part: str) -> bool:
    """A short word with a figure in its name (``新闻1+1``), not a count of what was done."""
    return bool(_COLUMN_LABEL.match(part)) and not _COUNTED.search(part)


def _is_column_label(first: str, rest: str) -> bool:
    """``新闻1+1 二七区召开……``: a short label sharing the title's line (a kicker has its own)."""
    if _figure_halves(first, rest):
        return False
    if _is_label_word(first):
        return True
    return (
        len(first) <= _COLUMN_MAX
        and " " not in rest
        and len(rest) >= _TITLE_MIN
        and _starts_with_subject(rest)
    )


# A kicker often reports who spoke (``市领导在我区调研时强调``). A line ending in a colon is
# the first half of a title (``社区规划师：`` / ``先听意见再画图``), not a kicker. The
# deputies' suggestions (``……督办重点代表建议``, ``意见建议``) are a noun, what was acted on:
# no one spoke there.
_KICKER_END = re.compile(r"(?:强调|指出|表示|要求|提出|寄语|希望|(?<!代表)(?<!意见)建议|说)$")
# The word an event's name ends on (``……推进会``, ``……（扩大）会议``, ``……演练``). A body
# whose name ends in 会 (``……委员会``, ``……联合会``, ``……协会``, ``……工会``) is who holds
# an event, never the event (a ``……协商会`` is one).
_EVENT_WORD = (
    r"(?:(?<!委员)(?<!联合)(?<![协工])会|会议|演练|活动|仪式|典礼|论坛|大赛)(?:（[^）]*）)?"
)
# A title that says an event was held ends with it (``……工作会议召开``, ``……演练举行``,
# ``……会议隆重开幕``): nothing of the title can follow on the next line.
_EVENT_HELD = re.compile(rf"{_EVENT_WORD}(?:隆重|胜利|正式)?(?:{HELD_VERBS}|{SESSION_VERBS})$")
# The event a title's holder holds (``……民主生活会``, ``……推进会议``, ``……（扩大）会议``).
_NAMES_EVENT = re.compile(rf"{_EVENT_WORD}$")
_HOLDER_VERB = re.compile(rf"(?:{HELD_VERBS})$")
_HELD_ANYWHERE = re.compile(HELD_VERBS)
# What a meeting was called to do, opening the line under its name (``部署……``, ``研究……``).
_PURPOSE_FIRST = re.compile(rf"^(?:{PURPOSE_VERBS})")
# The same verb ending a line that holds the meeting (``……召开专题会议研究``).
_PURPOSE_LAST = re.compile(rf"(?:{PURPOSE_VERBS})$")
# A count of people or bodies opening a line (``12名``, ``30余家``), not a year (``2026年``).
_COUNTED_GROUP = re.compile(r"\d+(?:余|多)?[名家位支户所个批]")
# A line that ends saying who chaired or attended (``X主持``, ``A作报告 B主持``) is a finished
# clause: the deck under a title, never the first or second half of a wrapped one.
_ACTOR_DECK = re.compile(r"(?:主持|出席)$")
# How jieba tags a line's first word when it names who acts (区总工会, 我区, 全区, or a
# person: ``某某到……社区走访群众``).
_ACTOR_FLAGS = frozenset({"n", "nr", "r", "j", "nt", "ns", "nz"})
# The words a goal clause opens on, as jieba cuts them: for whom or what (为), what a deed is
# to bring about (让, 使).
_GOAL_WORDS = frozenset({"为", "让", "使"})
# Whom a gift goes to (向X拨付, 给X送去): the preposition and the words naming the receiver.
_GIVING_PREPS = frozenset({"向", "给"})
_RECIPIENT_FLAGS = _ACTOR_FLAGS | {"l"}
# What the name of a meeting or of a body that meets ends on (推进会, 动员大会, 委员会).
_MEETING_WORD_END = "会"
_JOINS_EVENTS = "暨"
_PARALLEL_PART_MAX = 9
_WIDE = "\u3000"
_WIDE_LABEL_MAX = 8
_LABEL_ROW = re.compile(f"[{CJK}]{{2,5}}")
# The word a news column's label ends on, saying what kind of column it is (``……动态``,
# ``……快讯``, ``……传真``): no title's or kicker's last word.
_COLUMN_KIND = re.compile(f"(?:动态|{BRIEF_XUN}|传真|速递|视窗)$")
_LABEL_TITLE_MIN = 8
_UNLED_LABEL_MAX = 4
# A commentary's column label by its word (``评论员文章``, ``短评``, ``时评``): the column of
# the title under it however short that title is; no title wraps on such a line.
_COMMENT_LABEL = re.compile(r"^(?:本报)?(?:评论员文章|[短时快社述]评|评论)$")
_QUOTED_ONLY = re.compile(r"“[^“”]+”")
# How jieba tags the last word of a line that a figure on the next line completes (首批, 新增).
_COUNT_OR_VERB = frozenset({"m", "mq", "v"})
# A title wraps by filling its first line: a line under a short one and over twice as long is
# no second half of it, so the short line (``社区动态``) is a label.
_LABEL_UNDER_RATIO = 2
# A two-character label (``短评``, ``时评``) over a short title: no wrapped title leaves only
# two characters on its first line, so a title of three times that will do.
_LABEL_SHORT_RATIO = 3
_FIGURE = re.compile(r"\d")
# An ordinal (``第92次``, ``第3届``) numbers the event a title names; it reports no figure.
_ORDINAL = re.compile(r"第\d+")
_NUMBER = re.compile(r"\d+(?:\.\d+)?%?")
# A column label printed after the title, marked off (``【文明实践】``, ``■社区``, ``·城管动态``).
_MARKED_LABEL = re.compile(r"【[^】]{2,8}】|[■●◆▲★·][^\s]{2,8}")
# The same label in front of the title on its line (``【人大动态】区人大常委会召开……``).
_LEADING_MARKED_LABEL = re.compile(r"(【[^】]{2,8}】) *")
# A label before a bar on the title's line (``某某实事丨……``), words on both sides of it (a
# bar alone on a line is a rule): the column's label, the bar decoration.
_BARS = "丨｜|"
_BARRED_LABEL = re.compile(f"([{CJK}]{{2,8}}) *([{_BARS}]) *")
# A headline printed whole in 【】 (``【某区秋季征兵体检启动】``): longer than any label.
_BRACKETED_TITLE = re.compile(r"【([^【】]{9,})】")
# Parallel phrases (``聚焦主业 精准发力 推动产业提质增效``) open with a short phrase; a title
# followed by its deck on one line opens with a whole title.
_PHRASE_MAX = 6
_TITLE_MIN = 10
# The longest half of a one-line couplet headline (see ``_couplet_halves``).
_COUPLET_MAX = 12
_QUOTE_MARKS = re.compile("[“”‘’]")
_SHORT_REST = 8


def _rows_with_gaps(lines: Sequence[str]) -> tuple[list[str], list[bool]]:
    """Non-blank rows and whether each directly follows the previous one (no blank between)."""
    rows: list[str] = []
    adjacent: list[bool] = []
    gap = False
    for raw in lines:
        line = raw.strip()
        if not line:
            gap = True
            continue
        rows.append(line)
        adjacent.append(bool(rows[:-1]) and not gap)
        gap = False
    return rows, adjacent


# A numeral and its measure word ending a phrase (十二届九次, 第三批): the noun it counts
# follows, so a gap after it is no break between a title and its deck.
_OPEN_COUNT = re.compile(r"[第\d一二三四五六七八九十百千]+[次届期批]$")


def _split_title_line(line: str, decks_apart: bool) -> tuple[str, str, bool]:
    """``(title, deck, unsure)`` of one printed line holding space-separated parts.

    On a page that prints its decks on lines of their own (``decks_apart``), or under a
    kicker (a headline setting its kicker on a line of its own sets its deck on one too; under
    ``X在……上要求`` the title is what was said, a slogan), a gap inside the title line is one
    more phrase of the title.
    """
    first, _, rest = line.partition(" ")
    if not rest:
        return line, "", False
    if _OPEN_COUNT.search(first):
        return line, "", False  # 市政协十二届九次 常委会议召开: a count waits for its noun
    if decks_apart:
        if _title_and_clause(first, rest):
            return first, rest, True
        return line, "", len(first) >= _TITLE_MIN
    if len(first) <= _PHRASE_MAX:
        return line, "", False  # parallel phrases: one title
    if len(first) >= _TITLE_MIN:
        # A deck on the title's line reads on from a whole title.
        if _figure_halves(first, rest) or _couplet_halves(first, rest) or _second_predicate(rest):
            return line, "", True
        return first, rest, False
    # 7–9 characters: a title when it names who acts, else one more parallel phrase.
    if _starts_with_subject(first):
        return first, rest, True
    return line, "", True


def _title_and_clause(first: str, rest: str) -> bool:
    """A whole title, a gap, and as long a clause with a subject of its own
    (``某馆“X”展开展 百余件老物件讲述……``, ``某社区X出版 32位居民讲述……``): the title and
    its deck on one line, even on a page that prints its other decks on lines of their own;
    two who-acts clauses that long are no parallel phrases of one title."""
    return (
        " " not in rest
        and min(_read_length(first), _read_length(rest)) >= _TITLE_MIN
        and (_counted_subject(rest) or _is_clause(rest))
    )


def _second_predicate(rest: str) -> bool:
    """A part after a title's gap no longer than one phrase that opens on a verb (``……进站
    “坐诊” 倾听群众心声``) goes on with what the title's subject does: one more phrase of the
    title, its space kept. A short clause with a subject of its own (``……开幕 茶香引客来``) is
    the title's slogan deck."""
    from . import nlp

    return (
        " " not in rest
        and _read_length(rest) <= _PHRASE_MAX
        and nlp.first_word_flag(rest) in _VERB_FLAGS
    )


def _couplet_halves(first: str, rest: str) -> bool:
    """Two short halves of one length, side by side on one line, are a couplet headline's
    parallel clauses (``……路段半幅封闭施工 多条线路临时调整``): one title with its space, as
    shorter parallel phrases are. A deck on the title's line reads on from a longer title.
    The halves are matched by the words they read, quotation marks left out (``……“一号受理”
    当日上门限时办结``)."""
    if " " in rest or len(first) > _COUPLET_MAX:
        return False
    return (
        abs(_read_length(_QUOTE_MARKS.sub("", first)) - _read_length(_QUOTE_MARKS.sub("", rest)))
        <= 1
    )


def _figure_halves(first: str, rest: str) -> bool:
    """Two halves of a line that each report a figure, the second short, are one title's
    parallel phrases (``……签约项目12个 总投资86亿元``, ``9个项目签约 总投资58.6亿元``):
    neither a title and its deck nor a column label and its title."""
    return bool(
        _read_length(rest) <= _SHORT_REST and _FIGURE.search(first) and _FIGURE.search(rest)
    )


def _reports_figure(line: str) -> bool:
    """The line reports a figure (``……完成投资12亿元``), as a deck does; the number of a
    meeting (``……第92次（扩大）会议召开``) is part of the name a title prints."""
    return _FIGURE.search(_ORDINAL.sub("", line)) is not None


def _read_length(part: str) -> int:
    """Length as a phrase reads: a figure (``63.5``, ``12%``) is one word however many digits
    it prints."""
    return len(_NUMBER.sub("#", part))


# The most lines of a headline printed twice in a row (kicker, title, deck).
_TWICE_MAX = 3


def _printed_once(lines: Sequence[str]) -> Sequence[str]:
    """A headline printed twice in a row (an e-paper's title bar over the article's own
    headline, the second set one line apart): the lines up to where the repeat begins."""
    shown = [(n, x) for n, x in enumerate(lines) if x]
    for k in range(1, len(shown)):
        rest = [x for _, x in shown[k:]]
        if rest == [x for _, x in shown[: len(rest)]] and len(rest) <= k:
            return lines[: shown[k][0]]
    return lines


def parse_headline_group(
    lines: Sequence[str], *, decks_apart: bool = False, unled: bool = False
) -> HeadlineGroup:
    """Kicker (引题) above, title (maybe wrapped), deck (副题) below; or title + deck on a line.

    ``""`` in ``lines`` marks a blank line printed there: lines printed together can be one
    wrapped title, lines apart cannot. ``unsure`` is set when the shape alone decided.
    ``decks_apart``: the page prints decks on lines of their own (see ``_split_title_line``).
    ``unled``: the article opens on no lead word (a literary or opinion piece, a letter), where
    a short label line over a longer title is its column (see ``_take_column``).
    """
    group = HeadlineGroup(lines=list(lines))
    once = _printed_once(lines)
    group.repeat = [x for x in lines[len(once) :] if x]
    rows, adjacent = _rows_with_gaps(once)
    if not rows:
        return group
    # A short part set apart by a wide gap (an ideographic space) is the column's label.
    for n, row in enumerate(rows):
        head, gap, last = row.rpartition(_WIDE)
        if gap and head and len(last) <= _WIDE_LABEL_MAX and not group.column:
            group.column, row = last, head
        rows[n] = row.replace(_WIDE, " ")
    _take_column(group, rows, adjacent, unled=unled)
    if not rows:
        return group
    bracketed = _BRACKETED_TITLE.fullmatch(rows[0])
    if len(rows) == 1 and bracketed:
        # A whole headline in 【】 with no other line: decoration, as around a label.
        rows[0] = bracketed.group(1)
        group.marks = "【】"
    # A kicker that says who spoke (``市领导在我区调研时强调``) or whose news it is (a place
    # label, ``某区 某镇``) is settled first.
    kicker = group.kicker
    if not kicker and len(rows) >= 2 and (_KICKER_END.search(rows[0]) or _place_label(rows[0])):
        kicker = rows.pop(0)
        adjacent.pop(0)
        adjacent[0] = False
    merged, wrapped = _merge_wrapped(group, rows, adjacent, after_kicker=bool(kicker))
    if not kicker and len(merged) >= 2:
        first, second = merged[0], merged[1]
        if wrapped[1] and _EVENT_HELD.search(second) and not _starts_with_subject(first):
            # A line over a title wrapped in two that reports an event held (``……工作`` /
            # ``推进会召开``): a deck is printed on one line, so the line above is the kicker.
            kicker = merged.pop(0)
        elif len(merged) == 3 and DASH_DECK.match(merged[2]) and not DASH_DECK.match(second):
            # Three lines, a ``——`` deck last (``我区赴X开展招商`` / ``6个项目签约落户`` /
            # ``——总投资…``): the deck stands under the title, so the title is the line over
            # it, and the line above that its kicker; a title carries no second deck over it.
            kicker = merged.pop(0)
        elif _starts_with_subject(second) and not _starts_with_subject(first):
            # Parallel phrases over a line that reports a figure: title and deck
            # (``比学赶超 跑出加速度`` / ``……完成投资12亿元``); over a title: its kicker.
            if _is_parallel(first) and _reports_figure(second) and not wrapped[1]:
                group.unsure = True
            elif not _is_parallel(first) and not any(p in first for p in "，,"):
                # A slogan kicker is parallel phrases or a clause (``党建引领 多元共治``,
                # ``……，同比增长53%``); one phrase over a subject's line is the title, and
                # that line its deck (``助企纾困解难题`` / ``某区召开……推进会``).
                group.unsure = True
            else:
                kicker = merged.pop(0)
        elif wrapped[1] and _is_parallel(first) and len(merged) >= 3 and DASH_DECK.match(merged[2]):
            # The slogan over a title wrapped in two, a ``——`` deck under it: its kicker.
            kicker = merged.pop(0)
        elif len(merged) in (2, 3) and not wrapped[1] and _verb_slogan_over_deed(first, second):
            # A verb phrase that names no one over a line that says who did what, a deck under
            # them (``守护X`` / ``某区今年将实施……`` / ``……完工``): kicker, title, deck; the
            # who-acts line is no second deck over the one below it.
            kicker = merged.pop(0)
        elif _slogan_over_title(first, second):
            # A slogan of parallel phrases over a line that says who did what (``我区召开……``,
            # ``区总工会召开……``, ``300名学生领到……``): that line is the title, the slogan
            # its kicker.
            kicker = merged.pop(0)
    group.kicker = kicker
    title_line, decks = merged[0], merged[1:]
    title, deck_rest, unsure = _split_title_line(title_line, decks_apart or bool(kicker))
    group.deck_row = any(not DASH_DECK.match(d) and not _reports_figure(d) for d in decks)
    group.unsure = group.unsure or unsure
    group.title = title
    group.subtitle = _join_decks([deck_rest, *decks])
    return group


def _place_label(line: str) -> bool:
    """``某区 某镇``: place names alone, side by side (a district and a town or street in it),
    printed over a title to say whose news it is: a kicker, no title and no column label."""
    parts = line.split(" ")
    return len(parts) >= 2 and all(
        _PLACE_SUFFIX.fullmatch(p) is not None and _starts_with_subject(p) for p in parts
    )


def _join_decks(rows: Sequence[str]) -> str:
    """Deck rows joined with a space, except a line that carries on a ``——`` deck: the
    column wrapped that one printed line, so it joins without a space, as a title does."""
    out = ""
    dashed = False
    for row in rows:
        if not row:
            continue
        if dashed and not DASH_DECK.match(row) and not _ACTOR_DECK.search(row):
            out += row
            continue
        out = f"{out} {row}" if out else row
        dashed = bool(DASH_DECK.match(row))
    return out


def _is_label_row(line: str) -> bool:
    """A short label over a title (``社区动态``, ``代表委员说``): a column, not a kicker. One
    opening on the places it gathers news from (``海棠区动态``) is a label by its last word, the
    kind of column it is; a short line opening on who acts is a wrapped title's first half."""
    if not _LABEL_ROW.fullmatch(line):
        return False
    return not _starts_with_subject(line) or bool(_COLUMN_KIND.search(line))


def _count_wrapped(first: str, second: str) -> bool:
    """``我区首批`` / ``18家……挂牌``: a short line ending on a count or a verb over a line that
    opens with the figure is one title wrapped mid-phrase; a label ends on a noun."""
    from . import nlp

    found = nlp.words(first)
    return bool(found) and found[-1][1] in _COUNT_OR_VERB and second[:1].isdigit()


# How jieba tags a clause's subject (社区, 居民, 我们, 区人大) and the verb it needs after it.
_SUBJECT_FLAGS = frozenset({"n", "nr", "ns", "nt", "nz", "r", "j"})
_MODIFIED_FLAGS = _SUBJECT_FLAGS | {"t"}
_VERB_ENDS = frozenset({"v", "vn"})


def _is_clause(line: str) -> bool:
    """Does the line say who does what on its own: a subject first (``居民``, ``快乐暑假``),
    a verb after it? A line opening on an adverb, a verb or a count completes another."""
    from . import nlp

    found = [(w, f) for w, f in nlp.phrase_words(line) if f != "x"]
    if len(found) < 2:
        return False
    verb_from = 1
    if found[0][1] == "a" and found[1][1] in _MODIFIED_FLAGS:
        verb_from = 2  # a modified subject (``快乐暑假``)
    elif found[0][1] not in _SUBJECT_FLAGS:
        return False
    return any(f == "v" for _, f in found[verb_from:])


def _subject_only(line: str) -> bool:
    """The line names who acts, quoted (``某街道“红色管家”``), and holds no verb."""
    from . import nlp

    return line.endswith("”") and not any(f in _VERB_ENDS for _, f in nlp.phrase_words(line))


def _parallel_lines(first: str, second: str) -> bool:
    """Two short lines printed as one headline's parallel phrases (``社区书屋开门`` /
    ``孩子假期有伴``): each a clause of its own, or two of one length opening on one word
    (``请居民来议事`` / ``请专家来把脉``), the first not ending on a verb that takes the
    second as its object (``区人大常委会视察`` / ``民生实事推进情况``)."""
    from . import nlp

    if len(first) > _PARALLEL_PART_MAX or len(second) > _PARALLEL_PART_MAX:
        return False
    found = nlp.words(first)
    if not found or found[-1][1] in _VERB_ENDS:
        return False
    return _same_opening(first, second, found[0][0]) or (_is_clause(first) and _is_clause(second))


def _two_directives(first: str, second: str) -> bool:
    """A short verb phrase over a line more than twice as long that opens on a verb again
    (``依规办事`` / ``推动惠企政策直达快享``): no wrap leaves so little on its first line
    (``_LABEL_UNDER_RATIO``) and a verb opens no object, so the lines are two directives of
    a slogan, printed side by side."""
    from . import nlp

    if len(second) <= _LABEL_UNDER_RATIO * len(first) or _starts_with_subject(first):
        return False
    head, tail = nlp.words(first), nlp.words(second)
    return bool(head and tail) and any(f == "v" for _, f in head) and tail[0][1] in _VERB_ENDS


def _same_opening(first: str, second: str, word: str) -> bool:
    """The lines repeat their first word and match in length: a slogan's two halves
    (``让…有舞台`` / ``让…有地位``); a title wrapped in mid-sentence goes on, not over again."""
    return len(first) == len(second) and len(word) < len(first) and second.startswith(word)


def _is_parallel(line: str) -> bool:
    """Short phrases side by side (``比学赶超 跑出加速度``)."""
    parts = line.split(" ")
    return len(parts) >= 2 and len(parts[0]) <= _PARALLEL_PART_MAX


def _take_column(
    group: HeadlineGroup, rows: list[str], adjacent: list[bool], *, unled: bool = False
) -> None:
    """A column label: before the title on its line (``新闻1+1 ……``), a line of its own made
    of labels (``回眸2023 奋进2024``) or a short one over a title (``代表委员说``, ``社区动态``
    over a line far longer), or a marked label after the title (``……【文明实践】``,
    ``…… ■社区``)."""
    if group.column:
        return
    first, _, rest = rows[0].partition(" ")
    # Over a piece with no lead word (``生活随笔`` / ``母亲的菜园``, ``读者来信`` / ……): a title
    # wraps by filling its first line, so a label of four or fewer over a longer line is none.
    if (
        unled
        and len(rows) >= 2
        and _is_label_row(rows[0])
        and len(rows[0]) <= _UNLED_LABEL_MAX
        and len(rows[1]) > len(rows[0])
        and not _count_wrapped(rows[0], rows[1])
        # a quotation alone is what the first line speaks of (``委员建言`` / ``“一老一小”``)
        and not _QUOTED_ONLY.fullmatch(rows[1])
    ):
        _own_line_column(group, rows, adjacent)
        return
    if len(rows) >= 2 and _COMMENT_LABEL.match(rows[0]) and len(rows[1]) > len(rows[0]):
        _own_line_column(group, rows, adjacent)
        return
    # A place's name alone, set apart from the title by a blank line (``某某路街道``): where
    # the item comes from, its column's label; a title's first half is printed with the rest.
    if len(rows) >= 2 and not adjacent[1] and _PLACE_SUFFIX.fullmatch(rows[0]):
        _own_line_column(group, rows, adjacent)
        return
    # (unless it is the first half of a wrapped title: ``县政府召开`` / ``重点项目观摩点评会``)
    if (
        len(rows) >= 2
        and _is_label_row(rows[0])
        and not _count_wrapped(rows[0], rows[1])
        and len(rows[1]) >= min(_LABEL_TITLE_MIN, _LABEL_SHORT_RATIO * len(rows[0]))
        and (
            _starts_with_subject(rows[1])
            or rows[0].endswith("说")
            or len(rows[1]) > _LABEL_UNDER_RATIO * len(rows[0])
        )
    ):
        _own_line_column(group, rows, adjacent, unsure=True)
        return
    if len(rows) >= 2 and all(_is_label_word(p) for p in rows[0].split(" ")):
        _own_line_column(group, rows, adjacent)
        return
    if rest and _is_column_label(first, rest):
        group.column = first
        rows[0] = rest
        # A second label after a bar (``V视 | 【两会动态】……``): the column's too.
        after_bar = rest.lstrip(_BARS + " ")
        if after_bar == rest or len(after_bar) < _LABEL_TITLE_MIN:
            return
        group.marks = rest.strip()[0]
        rows[0] = after_bar
        second = _LEADING_MARKED_LABEL.match(after_bar)
        if second and len(after_bar) - second.end() >= _LABEL_TITLE_MIN:
            group.column = f"{first} {second.group(1)}"
            rows[0] = after_bar[second.end() :]
        return
    lead = _LEADING_MARKED_LABEL.match(rows[0])
    if lead and len(rows[0]) - lead.end() >= _LABEL_TITLE_MIN:
        group.column = lead.group(1)
        rows[0] = rows[0][lead.end() :]
        return
    barred = _BARRED_LABEL.match(rows[0])
    if barred and len(rows[0]) - barred.end() >= _LABEL_TITLE_MIN:
        group.column, group.marks = barred.group(1), barred.group(2)
        rows[0] = rows[0][barred.end() :]
        return
    for n, row in enumerate(rows):
        head, sep, last = row.rpartition(" ")
        if sep and head and _MARKED_LABEL.fullmatch(last):
            group.column = last
            rows[n] = head
            return
        # The same label on a line of its own, under the title or over it (``■社区``): the
        # column, its mark decoration (normalising drops it, as a brief's bullet). Over the
        # title a marked line that says something (a verb in it: ``■青春建新功``) is a slogan
        # set apart by its mark: the kicker.
        if len(rows) >= 2 and not sep and _MARKED_LABEL.fullmatch(row) and row[0] in BULLETS:
            if n == 0 and _holds_verb(row[1:]):
                group.kicker = row[1:]
            else:
                group.column = row[1:]
            rows.pop(n)
            adjacent.pop(n)
            if n < len(adjacent):
                adjacent[n] = False
            return


def _holds_verb(line: str) -> bool:
    """A verb among the line's words: it says something (``青春建新功``), no label names a
    column so (``文化青石``, ``社区``)."""
    from . import nlp

    return any(f == "v" for _, f in nlp.words(line))


def _own_line_column(
    group: HeadlineGroup, rows: list[str], adjacent: list[bool], *, unsure: bool = False
) -> None:
    """The group's first row is its column label, printed on a line of its own: it leaves
    the headline's rows, and the row under it starts them (``unsure``: the label was told
    from a wrapped title by length alone)."""
    group.column = rows.pop(0)
    adjacent.pop(0)
    adjacent[0] = False
    if unsure:
        group.unsure = True


def _over_dash_deck(first: str, rows: Sequence[str], i: int) -> bool:
    """Parallel phrases over two plain lines printed over a ``——`` deck: a slogan over a
    title wrapped in two (the slogan's kicker, the deck under the title)."""
    return (
        _is_parallel(first)
        and i + 2 < len(rows)
        and " " not in rows[i] + rows[i + 1]
        and not DASH_DECK.match(rows[i + 1])
        and bool(DASH_DECK.match(rows[i + 2]))
    )


def _merge_wrapped(
    group: HeadlineGroup, rows: list[str], adjacent: list[bool], *, after_kicker: bool
) -> tuple[list[str], list[bool]]:
    """Join a title wrapped over two lines.

    A very short line followed by more is the first half of a wrapped title (``某区开展`` /
    ``……活动``), unless it has no subject while the next line opens with one: then the short
    line is a kicker. A longer title line printed directly above a line without a subject of
    its own (``市委督导组调研二七区`` / ``落实人大工作情况``) is wrapped too, unless it reports
    an event held (``……会议召开``: the line under it is the deck); a title wraps once.
    Returns the rows and, for each, whether it was joined from two.
    """
    merged: list[str] = []
    wrapped: list[bool] = []
    i = 0
    while i < len(rows):
        row = rows[i]
        joined = False
        title_row = not merged or (
            len(merged) == 1
            and not after_kicker
            and not _starts_with_subject(merged[0])
            and (
                _starts_with_subject(row)
                or _over_dash_deck(merged[0], rows, i)
                or (i + 1 < len(rows) and adjacent[i + 1] and _name_over_kind(row, rows[i + 1]))
                # a line ending on ``暨`` opens a title broken at the joiner of two events'
                # names (``庆祝……暨`` / ``……表彰大会召开``), under a slogan too, and so does
                # a line over one opening on it (``……会议`` / ``暨……推进会召开``)
                or row.endswith(_JOINS_EVENTS)
                or (i + 1 < len(rows) and rows[i + 1].startswith(_JOINS_EVENTS))
            )
        )
        # A deck after a dash (``——访……``) is never the second half of a wrapped title.
        # Neither is one that says who chaired or spoke (``X主持``).
        if (
            title_row
            and " " not in row
            and i + 1 < len(rows)
            and not DASH_DECK.match(rows[i + 1])
            and not _ACTOR_DECK.search(rows[i + 1])
        ):
            nxt = rows[i + 1]
            # Two directives of one length under a speech kicker are its title and deck.
            directives = after_kicker and len(nxt) == len(row) and i + 2 == len(rows)
            # A title wraps once: a line over the two halves of a title broken inside its
            # event's name (``……工作`` / ``推进会召开``) is no first half of that title.
            kind_below = i + 2 < len(rows) and _name_over_kind(nxt, rows[i + 2])
            short = (
                len(row) <= _WRAP_MAX
                and not directives
                and not kind_below
                and (_starts_with_subject(row) or not _starts_with_subject(nxt))
                and not _verb_slogan_over_deed(row, nxt)
            )
            long = (
                adjacent[i + 1]
                and len(row) > _WRAP_MAX
                and not directives
                and " " not in nxt
                and "，" not in row + nxt
                and len(nxt) <= len(row) + 2
                # a line that reports a figure is a deck (``新增绿地8.6万平方米``), and one
                # opening on who acts is a title; unless the line above names who acts and
                # no more: a title needs what they did.
                and (_subject_only(row) or not (_reports_figure(nxt) or _starts_with_subject(nxt)))
                and not _KICKER_END.search(row)
                # a title that reports an event held (``……推进会召开``) is whole: a deck follows;
                # so is one saying who held which event (``区某指挥部召开第N次调度会``)
                and not _EVENT_HELD.search(row)
                and not _holds_event(row, nxt)
                # and so is a line naming who held an event, held (``全区……会议召开``): a
                # whole clause, the deck under a title that names no one
                and not (
                    _EVENT_HELD.search(nxt) and _names_who_acts(nxt) and not _opens_on_tail(nxt)
                )
                # nor is a line that opens a goal of its own under one saying who did what
                and not _goal_under_deed(row, nxt)
            )
            # A line ending in a colon (``X提醒：``) is the first half of the title below it.
            colon = row.endswith("：") and not after_kicker
            # So is one ending on ``暨`` (the second event's name follows) or over a line
            # opening on it (``全区……会议`` / ``暨……推进会召开``), one ending on the
            # verb the event under it completes, one naming the meeting alone over what it was
            # called to do, one ending on the verb of that purpose over its object, one naming
            # a counted group alone over what it did, and one naming a body alone over where
            # it went.
            # A line opening on ``暨`` carries on the title over it across a blank line too: no
            # deck and no title opens on it.
            held = nxt.startswith(_JOINS_EVENTS) or (
                adjacent[i + 1]
                and (
                    row.endswith(_JOINS_EVENTS)
                    or _holder_over_event(row, nxt)
                    or _name_over_kind(row, nxt)
                    or _event_over_purpose(row, nxt)
                    or _purpose_over_object(row, nxt)
                    or _count_over_deed(row, nxt)
                    or _body_over_visit(row, nxt)
                    or _giving_over_gift(row, nxt)
                    # a line ending on a count whose noun opens the next (``市政协十二届九次`` /
                    # ``常委会议28日召开``)
                    or bool(_OPEN_COUNT.search(row))
                )
            )
            if (
                (short or long)
                and adjacent[i + 1]
                and (_parallel_lines(row, nxt) or (after_kicker and _two_directives(row, nxt)))
            ):
                # Two clauses side by side, each line its own: one title, one space between.
                i += 1
                row += " " + nxt
                joined = True
            elif short or long or colon or held:
                group.unsure = group.unsure or long
                i += 1
                row += nxt
                joined = True
        merged.append(row)
        wrapped.append(joined)
        i += 1
    return merged, wrapped


# When a lead says it happened: a date (its year printed or said, 去年12月29日; the day alone,
# 27日晚, when the month is the issue's) and the part of the day, or a word of time.
_LEAD_TIME = (
    rf"(?:(?:(?:\d{{4}}年|去年|今年)?{MONTH_DAY}|\d{{1,2}}日)(?:、\d{{1,2}}日)*"
    r"(?:上午|下午|晚上|晚|早上|凌晨|中午)?"
    # A clock time after the date (下午3点, 上午9时30分, 9:30).
    r"(?:\d{1,2}(?:[:：]\d{2}|[时点](?:半|\d{1,2}分)?))?|近日|近期|日前|连日来"
    # A day named by the (今天上午, 昨天下午): its part of the day goes with it.
    r"|(?:昨日|昨天|今天|今日|前天|当天|当日)(?:上午|下午|晚上|晚|早上|凌晨|中午)?"
    r"|近段时间|近年来|今年以来|本月初)"
)
_LEAD_PREFIX = re.compile(f"^{LEAD_DATELINE}{_LEAD_TIME}?[，,]?")
# A clause that is only a time: printed inside a lead's first sentence, after the purpose it
# opens on (为……，……，7月24日，X召开……).
_TIME_CLAUSE = re.compile(_LEAD_TIME)
# Clauses that set the scene, not what happened: where, why, on what grounds, when, and the
# reporter's source (记者从区住建局获悉).
_ADVERBIAL = re.compile(
    r"^(?:在|为|据|按照|根据|围绕|随着|针对|当|于)|(?:上|中|时|下|后|前|期间|获悉|了解到|得知)$"
)
_OPEN_QUOTES = "“‘《（「"
_CLOSE_QUOTES = "”’》）」"


def _first_sentence_clauses(text: str) -> list[str]:
    """The clauses (split at ，；： outside quotes and brackets) of the first sentence (ended by
    。！？) that holds more than adverbials: a later sentence says what happened next, so
    a clause of it under the first one's subject (``X一行来到……调研。调研结束，``) names
    nothing."""
    sentence: list[str] = []
    depth = 0
    cur = ""
    for ch in text + "。":
        if ch in _OPEN_QUOTES:
            depth += 1
        elif ch in _CLOSE_QUOTES:
            depth = max(0, depth - 1)
        if depth == 0 and ch in "，。；：！？":
            if cur.strip():
                sentence.append(cur.strip())
            cur = ""
            if ch in "。！？" and any(not _ADVERBIAL.search(c) for c in sentence):
                return sentence
            continue
        cur += ch
    return sentence


def infer_title(lead: str) -> str:
    """An article without a headline is named by what its lead says happened.

    Drop the dateline and the date, skip adverbial clauses (``在……上``, ``为……``), and take the
    first clause short enough for a title; a long one is cut at a ``、`` boundary.
    """
    text = _LEAD_PREFIX.sub("", lead.strip())
    # A quotation opening the lead (``“按照……”4月2日上午，``) is not what happened.
    if text.startswith("“") and "”" in text:
        text = _LEAD_PREFIX.sub("", text[text.index("”") + 1 :])
    clauses = _first_sentence_clauses(text)
    if clauses and _ADVERBIAL.search(clauses[0]):
        # 为……，分析……，研究……，7月24日，推进会召开: what comes before the time is the purpose,
        # however many clauses it runs to; the event follows the time.
        at = next((k for k, c in enumerate(clauses) if k and _TIME_CLAUSE.fullmatch(c)), None)
        if at is not None and at + 1 < len(clauses):
            clauses = clauses[at + 1 :]
    candidates = [c for c in clauses if not _ADVERBIAL.search(c)] or clauses
    for i, c in enumerate(candidates):
        if len(c) <= TITLE_MAX:
            # A long first clause skipped for its length still names who acted
            # (``区长苏建设围绕《……》的主题，给全体学员上了一堂专题党课``): keep its subject.
            subject = _subject(candidates[0]) if i > 0 else ""
            return subject + c if len(subject + c) <= TITLE_MAX else c
    if not candidates:
        return ""
    return _cut_title(candidates[0])


# The rest of a list of people a group is named by (``A、B一行……``, ``A、B等到……``; not a
# list of places, ``A、B等街道``).
_REST_OF_GROUP = re.compile(
    r"、[^，。；：、]{2,20}?(?:、[^，。；：、]{2,20}?)*(?:一行|等人?(?=到|赴|来|走进|深入|前往))"
)


def _cut_title(clause: str) -> str:
    """A clause too long for a title: the group named by its first member (``A、B一行到X调研``
    → ``A到X调研``) when that fits, else cut at its last ``、`` before ``TITLE_MAX``, else
    after the last whole word that fits (jieba's cut): never inside a word (``环境卫生整``)."""
    group = _REST_OF_GROUP.search(clause)
    if group is not None and group.start() >= 2:
        short = clause[: group.start()] + clause[group.end() :]
        if len(short) <= TITLE_MAX:
            return short
    cut = clause.rfind("、", 0, TITLE_MAX)
    if cut > 0:
        return clause[:cut]
    end = 0
    for word in jiebadict.tokenizer().cut(clause, HMM=False):
        if end + len(word) > TITLE_MAX:
            break
        end += len(word)
    return clause[:end] if end else clause[:TITLE_MAX]


# Where the subject of a lead clause ends: a co-verb or preposition that starts its predicate.
_PREDICATE_START = re.compile(r"围绕|就|对|在|为|以|带领|带队|深入|到|按照|结合")


def _subject(clause: str) -> str:
    """The words before the predicate of a clause, when they are short enough to be a subject."""
    match = _PREDICATE_START.search(clause)
    if match is None or not 2 <= match.start() <= 20:
        return ""
    return clause[: match.start()]
