"""The shortcuts that make the entity step fast must give exactly what the slow forms gave.

Names are found by segmenting only the clauses that print one (not the whole article through
a ChainMap-backed jieba), and three regexes are tried only on runs that can hold a match.
These tests compare each shortcut with the plain form and bound the work per article; no
timings, which would be flaky.
"""

from __future__ import annotations

from collections import ChainMap, Counter
from pathlib import Path

import jieba
import pytest

from ingest.parser import meetings, names, parse_page, projects
from ingest.parser.names import NameIndex, Names, name_overlay, name_tokens
from ingest.parser.people import extract_persons

PAGES = sorted((Path(__file__).resolve().parents[2] / "samples" / "pages").glob("*.txt"))
EXTRA_NAMES = ("时博", "博物", "陈红", "陈红民", "民主", "苏建设", "建设", "AB", "a1", "\r\n")
TRICKY = (
    "同时博物馆开放。陈红民主持会议。苏建设指出，AB1和a1都在\r\n建设项目现场",
    "二七商圈一期工程\n郑州南站项目",
    "察看了A项目、B产业园等项目\n",
    "区委常委会议召开\n",
    "区委常委会在第一会议室召开",
)


def _texts() -> list[str]:
    out = list(TRICKY)
    for page in PAGES:
        for a in parse_page(page.read_bytes(), source=page.name).articles:
            out.append("\n".join(x for x in (a.kicker, a.title, a.subtitle, a.body) if x))
    return out


@pytest.fixture(scope="module")
def reference_tokenizer() -> jieba.Tokenizer:
    jieba.setLogLevel(60)
    tk = jieba.Tokenizer()
    tk.initialize()
    return tk


def _jieba_reference(tk: jieba.Tokenizer, text: str, words: set[str]) -> list[tuple[int, str]]:
    """What the old code did: the whole text through jieba with the names layered on top."""
    base = tk.FREQ
    tk.FREQ = ChainMap(name_overlay(words, base), base)
    try:
        out, pos = [], 0
        for word in tk.cut(text, HMM=False):
            if word in words:
                out.append((pos, word))
            pos += len(word)
    finally:
        tk.FREQ = base
    return out


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


def test_name_tokens_match_whole_text_jieba(
    texts: list[str], reference_tokenizer: jieba.Tokenizer
) -> None:
    for text in texts:
        persons = {p.name for p in extract_persons(text)}
        # Substrings of the text as names too, so overlapping and nested names are exercised.
        found = {text[i : i + n] for i in range(0, len(text) - 4, 17) for n in (2, 3)}
        for words in (persons, persons | set(EXTRA_NAMES), found | set(EXTRA_NAMES)):
            words = {w for w in words if 2 <= len(w) <= 4}
            got = name_tokens(text, Names(NameIndex(words)))
            assert got == _jieba_reference(reference_tokenizer, text, words), text[:30]


def test_run_limited_regexes_match_full_scans(texts: list[str]) -> None:
    def spans(ms):
        return [(m.span(), m.groupdict()) for m in ms]

    for text in texts:
        assert spans(projects._list_matches(text)) == spans(projects._LIST_RE.finditer(text))
        assert spans(projects._suffix_matches(text)) == spans(projects._SUFFIX_RE.finditer(text))
        assert spans(meetings._held_matches(text)) == spans(meetings._HELD_RE.finditer(text))


def test_segmentation_work_is_bounded(monkeypatch: pytest.MonkeyPatch, texts: list[str]) -> None:
    """One segmentation per clause that prints a name, and never jieba's whole-text cut."""
    calls: list[str] = []
    real = names._cut_block

    def counting(block: str, words: list[str]) -> list[tuple[int, str]]:
        calls.append(block)
        return real(block, words)

    def forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError("jieba.Tokenizer.cut called in the entity step")

    monkeypatch.setattr(names, "_cut_block", counting)
    monkeypatch.setattr(jieba.Tokenizer, "cut", forbidden)
    for text in texts:
        calls.clear()
        known = set(EXTRA_NAMES)
        extract_persons(text, known)
        blocks = Counter(m.group() for m in jieba.re_han_default.finditer(text))
        # Each call is one of the text's clauses, and none is segmented more often than printed.
        assert not Counter(calls) - blocks


def test_known_names_index_gives_the_same_people(texts: list[str]) -> None:
    """The prebuilt index a page shares between articles reads exactly like the plain list."""
    archive = [f"{s}{g}" for s in "王李张刘陈杨黄赵" for g in ("建华", "国", "丽", "传", "海涛")]
    for text in texts[:12]:
        both = extract_persons(text, names.index_known(["时博", *archive]))
        plain = extract_persons(text, ["时博", *archive])
        assert both == plain


def test_global_jieba_is_untouched() -> None:
    before = dict(jieba.dt.FREQ) if jieba.dt.initialized else None
    extract_persons("区委书记陈红民主持。陈红民强调，同时博物馆开放。", ("时博", "陈红民"))
    if before is not None:
        assert before == jieba.dt.FREQ
