"""Names at archive scale: ``python -m bench.names --pages 1000``.

Generates pages in the sample layouts whose officials are invented to be hard to cut (names
that are prefixes of other names, 2-character names followed by a verb, rare and compound
surnames), with a gold of each page's officials; ingests them with the real command into an
empty database; scores the officials stored per page against the gold and against the page's
own dry-run parse. The archive's names must not change what a page stores: a page stores the
same officials whether it is ingested first or thousandth.

Everything derives from ``random.Random(seed)``: same seed and size, byte-identical pages.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .synth import GIVEN, POSTS, ArticlePlan, Corpus, PageWriter

ROOT = Path(__file__).resolve().parent.parent
DB_NAME = "bench_names"

COMMON_SURNAMES = "王李张刘陈杨黄赵吴周徐孙朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪郝龚邵钱戴孔汤"  # noqa: E501
RARE_SURNAMES = "虎柴巴阚乐禹"
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛")
# What a name is printed right before: verbs and adverbs that jieba happily glues to a
# 2-character name's last character (龚然紧扣 → 龚然紧), each with the rest of its sentence.
AFTER_NAME = (
    "紧扣年度目标任务，逐项听取进展汇报。",
    "肯定了各项工作取得的阶段性成效。",
    "充分肯定了前期工作成效。",
    "认真听取了相关负责人的汇报。",
    "要求，要进一步提高站位，抓好责任落实。",
    "强调，要把群众满意作为工作的出发点和落脚点。",
    "指出，要强化要素保障，加快推进项目建设。",
    "表示，将全力支持企业发展。",
    "先后来到施工现场和项目指挥部。",
    "一行实地察看了项目推进情况。",
    "实地察看了道路改造进度。",
    "详细了解了企业生产经营情况。",
    "深入一线，现场协调解决问题。",
    "对下一步工作提出明确要求。",
)
PLACES = ("淮河路街道", "五里堡街道", "长江路街道", "人和路街道", "嵩山路街道", "马寨镇")
TOPICS = ("安置房建设", "老旧小区改造", "大气污染防治", "营商环境", "城市精细化管理", "乡村振兴")
MEETING_KINDS = ("推进会", "专题会", "调度会", "座谈会", "现场会")
# Invented prose without names: what surrounds the officials on a page.
FILLER = (
    "会议听取了各责任单位近期工作进展情况汇报。",
    "与会人员围绕重点任务逐项进行了研究讨论。",
    "各单位要对照时间节点，倒排工期，挂图作战。",
    "要坚持问题导向，压实工作责任，确保各项任务落地见效。",
    "现场，相关负责人就下一步工作安排作了说明。",
    "据了解，该项目总投资约十二亿元，计划年底前完成主体施工。",
    "活动现场气氛热烈，居民群众纷纷点赞。",
    "下一步，辖区将持续加大投入，不断提升群众的获得感和幸福感。",
    "要加强统筹协调，形成工作合力，以实干实绩推动高质量发展。",
    "街道党工委高度重视，第一时间成立工作专班。",
)


@dataclass
class NameCast:
    """Invented officials, each with one post; the hard cases named apart for the tests."""

    officials: dict[str, str] = field(default_factory=dict)  # name → post
    prefix_pairs: list[tuple[str, str]] = field(default_factory=list)
    short: list[str] = field(default_factory=list)
    rare: list[str] = field(default_factory=list)
    compound: list[str] = field(default_factory=list)


def _plausible(name: str) -> bool:
    """Not a dictionary word, nor started by a common one (高度…): a reader would not hesitate
    either, so the gold stays fair."""
    import jieba

    jieba.initialize()  # the same answer whether or not this process has cut text before
    freq = jieba.get_FREQ
    return not freq(name) and not (len(name) == 3 and (freq(name[:2]) or 0) >= 50)


def make_cast(rng: random.Random, *, pairs: int = 30, short: int = 30, plain: int = 40) -> NameCast:
    """The officials of the generated pages: prefix pairs (郝晨 / 郝晨国), 2-character names,
    every rare and compound surname, and ordinary 3-character names."""
    cast = NameCast()
    used: set[str] = set()

    def invent(surname: str, given_len: int, prefix: str = "") -> str:
        # A surname with few plausible names left takes any unused one after a while, so the
        # cast is always made (a dictionary word is a harder name, never a wrong gold).
        for attempt in range(10_000):
            name = prefix or surname
            name += "".join(rng.choice(GIVEN) for _ in range(given_len))
            if name not in used and (attempt >= 200 or _plausible(name)):
                used.add(name)
                return name
        raise ValueError(f"no unused name left for {prefix or surname!r}")

    def common() -> str:
        return rng.choice(COMMON_SURNAMES)

    for _ in range(pairs):
        head = invent(common(), 1)
        cast.prefix_pairs.append((head, invent("", 1, prefix=head)))
    cast.short = [invent(common(), 1) for _ in range(short)]
    cast.rare = [invent(s, n) for s in RARE_SURNAMES for n in (1, 2)]
    cast.compound = [invent(s, n) for s in COMPOUND_SURNAMES for n in (1, 2)]
    names = [n for pair in cast.prefix_pairs for n in pair] + cast.short + cast.rare + cast.compound
    names += [invent(common(), 2) for _ in range(plain)]
    cast.officials = {name: rng.choice(POSTS) for name in names}
    return cast


@dataclass
class NamePage:
    file: str
    layout: str
    articles: list[ArticlePlan]
    officials: list[str]  # the gold: every official printed on the page, sorted


class NamePageWriter:
    """Pages of short news items whose officials are drawn from a ``NameCast``."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.cast = make_cast(self.rng)
        # The sample layouts' renderer; the names bench brings its own prose.
        self.render = PageWriter(seed, Corpus(sentences=[], clauses=[], topics=[])).render

    def _post(self, name: str) -> str:
        post = self.cast.officials[name]
        return ("二七" if self.rng.random() < 0.3 else "") + post

    def _pick(self, k: int) -> list[str]:
        """``k`` officials, the hard cases favoured: a prefix pair often on one page."""
        rng, cast = self.rng, self.cast
        chosen: list[str] = []
        while len(chosen) < k:
            kind = rng.random()
            if kind < 0.35:
                pool = list(rng.choice(cast.prefix_pairs))
                rng.shuffle(pool)
                pool = pool[: rng.choice((1, 2))]
            elif kind < 0.6:
                pool = [rng.choice(cast.short)]
            elif kind < 0.75:
                pool = [rng.choice(cast.rare + cast.compound)]
            else:
                pool = [rng.choice(list(cast.officials))]
            chosen += [n for n in pool if n not in chosen]
        return chosen[:k]

    def plan_article(self, month: int, day: int) -> tuple[ArticlePlan, list[str]]:
        rng = self.rng
        topic, place = rng.choice(TOPICS), rng.choice(PLACES)
        meeting = f"{topic}工作{rng.choice(MEETING_KINDS)}"
        lead_when = f"{month}月{day}日{rng.choice(('上午', '下午', ''))}，"
        kind = rng.random()
        if kind < 0.15:  # no official at all
            paragraphs = [f"本报讯 {lead_when}{place}{rng.choice(FILLER)}"]
            names: list[str] = []
            title = f"{place}扎实推进{topic}"
        else:
            names = self._pick(rng.choice((1, 2, 2, 3, 4)))
            lead, *others = names
            if kind < 0.55:
                first = f"{self._post(lead)}{lead}主持召开{meeting}。"
                title, what = f"二七区召开{meeting}", "会议"
            elif kind < 0.8:
                first = f"{self._post(lead)}{lead}带队深入{place}调研{topic}工作。"
                title, what = f"区领导调研{topic}工作", "调研"
            else:
                first = f"{meeting}召开，会议由{self._post(lead)}{lead}主持。"
                title, what = f"二七区召开{meeting}", "会议"
            if others and rng.random() < 0.4:
                first += f"区领导{'、'.join(others)}参加{what}。"
            elif others:
                first += "、".join(f"{self._post(n)}{n}" for n in others) + f"参加{what}。"
            paragraphs = [f"本报讯 {lead_when}{first}"]
            for name in names:
                said = f"{name}{rng.choice(AFTER_NAME)}"
                paragraphs.append(f"{rng.choice(FILLER)}{said}{rng.choice(FILLER)}")
            paragraphs.append(rng.choice(FILLER) + rng.choice(FILLER))
        plan = ArticlePlan(
            title=title,
            deck="",
            kicker="",
            paragraphs=paragraphs,
            byline="记者 景静",
            dateline=True,
            headline_after=rng.random() < 0.3,
            byline_glued=rng.random() < 0.4,
            reporters=["景静"],
        )
        return plan, names

    def plan_page(self, n: int) -> NamePage:
        rng = self.rng
        layout = "wrapped" if rng.random() < 0.5 else "lines"
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        articles, officials = [], set()
        for _ in range(rng.randint(3, 6)):
            plan, names = self.plan_article(month, day)
            if layout == "lines":
                plan.headline_after = False  # the one-line layout prints headlines first
            articles.append(plan)
            officials.update(names)
        return NamePage(f"page_{n:05d}.txt", layout, articles, sorted(officials))


def generate(pages: int, out: Path, seed: int = 1) -> dict[str, list[str]]:
    """Write the pages and ``gold.json`` (file → its officials); the gold is returned too."""
    writer = NamePageWriter(seed)
    out.mkdir(parents=True, exist_ok=True)
    gold: dict[str, list[str]] = {}
    for n in range(pages):
        page = writer.plan_page(n)
        (out / page.file).write_text(writer.render(page), encoding="utf-8")
        gold[page.file] = page.officials
    (out / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=0), "utf-8")
    return gold


# Scoring ------------------------------------------------------------------------------------


class _Share:
    """A ratio of two of the score's counts, read as an attribute: ``part / whole``, 1.0 when
    there is nothing to measure (no miss is possible)."""

    def __init__(self, part: str, whole: str) -> None:
        self.part, self.whole = part, whole

    def __get__(self, score: object, owner: type | None = None) -> float:
        whole = getattr(score, self.whole)
        return getattr(score, self.part) / whole if whole else 1.0


@dataclass
class NamesScore:
    """Officials per page: stored against the gold, and stored against the page's own parse."""

    pages: int
    correct: int
    stored: int
    gold: int
    equal_to_parse: int
    parse_correct: int = 0
    parse_found: int = 0
    differing: list[str] = field(default_factory=list)

    precision = _Share("correct", "stored")
    recall = _Share("correct", "gold")
    equal_share = _Share("equal_to_parse", "pages")
    parse_precision = _Share("parse_correct", "parse_found")
    parse_recall = _Share("parse_correct", "gold")

    @property
    def met(self) -> bool:
        return self.precision >= 0.95 and self.recall >= 0.95 and self.equal_share >= 0.99

    def summary(self) -> str:
        return (
            f"stored P {self.precision:.3f} R {self.recall:.3f}; stored = parse on "
            f"{self.equal_to_parse}/{self.pages} pages ({self.equal_share:.1%}); parse alone "
            f"P {self.parse_precision:.3f} R {self.parse_recall:.3f}"
        )


def score(
    gold: Mapping[str, list[str]],
    stored: Mapping[str, set[str]],
    parsed: Mapping[str, set[str]],
) -> NamesScore:
    """Precision and recall over (page, name) pairs; a page missing from ``stored`` or
    ``parsed`` counts as storing (parsing) no official."""
    result = NamesScore(pages=len(gold), correct=0, stored=0, gold=0, equal_to_parse=0)
    for page, names in sorted(gold.items()):
        want, got, own = set(names), stored.get(page, set()), parsed.get(page, set())
        result.gold += len(want)
        result.stored += len(got)
        result.correct += len(want & got)
        result.parse_found += len(own)
        result.parse_correct += len(want & own)
        if got == own:
            result.equal_to_parse += 1
        else:
            result.differing.append(page)
    return result


def parsed_officials(dry_run: dict, root: Path) -> dict[str, set[str]]:
    """File (relative to ``root``) → official names, from ``ingest --dry-run --json``."""
    found: dict[str, set[str]] = {}
    for page in dry_run["pages"]:
        names = found.setdefault(_relative(page["source"], root), set())
        for article in page["articles"]:
            names.update(p["name"] for p in article["persons"] if p["role"] == "official")
    return found


STORED_SQL = """
SELECT pg.source, p.name
FROM archive_mention m
JOIN archive_person p ON p.id = m.person_id
JOIN archive_article a ON a.id = m.article_id
JOIN archive_page pg ON pg.id = a.page_id
WHERE m.role = 'official'
"""


def stored_officials(rows: Iterable[tuple[str, str]], root: Path) -> dict[str, set[str]]:
    """File (relative to ``root``) → the official names stored for it, from ``STORED_SQL``'s
    (source, name) rows."""
    found: dict[str, set[str]] = {}
    for source, name in rows:
        found.setdefault(_relative(source, root), set()).add(name)
    return found


def read_stored(database_url: str) -> list[tuple[str, str]]:
    import psycopg

    with psycopg.connect(database_url) as conn:
        return list(conn.execute(STORED_SQL))


def _relative(source: str, root: Path) -> str:
    return Path(source).resolve().relative_to(root.resolve()).as_posix()


# The run -------------------------------------------------------------------------------------


def _manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )


def run(pages: int, out: Path, *, seed: int = 1, workers: int = 1, db: str = DB_NAME) -> dict:
    """Generate, ingest into an empty database, dry-run, score; returns figures and timings."""
    import os
    import shutil

    from .run import prepare_database

    shutil.rmtree(out, ignore_errors=True)  # no page of an earlier, larger run is left over
    gold = generate(pages, out, seed)
    env = dict(os.environ, DATABASE_URL=prepare_database(db))
    env.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    proc = _manage("migrate", "--noinput", env=env)
    if proc.returncode:
        raise RuntimeError(f"migrate failed: {proc.stderr[-800:]}")
    start = time.perf_counter()
    proc = _manage("ingest", str(out), "--workers", str(workers), "--no-progress", env=env)
    seconds = time.perf_counter() - start
    if proc.returncode:
        raise RuntimeError(f"ingest failed (exit {proc.returncode}): {proc.stderr[-800:]}")
    dry = _manage("ingest", "--dry-run", "--json", str(out), "--no-progress", env=env)
    if dry.returncode:
        raise RuntimeError(f"dry run failed (exit {dry.returncode}): {dry.stderr[-800:]}")
    parsed = parsed_officials(json.loads(dry.stdout), out)
    result = score(gold, stored_officials(read_stored(env["DATABASE_URL"]), out), parsed)
    batch = re.search(r" in ([\d.]+) s \(", proc.stderr)
    return {
        "score": result,
        "ingest_seconds": seconds,
        # the batch alone, once the command and jieba's dictionary are loaded (about 2 s)
        "batch_seconds": float(batch.group(1)) if batch else seconds,
        "summary": proc.stderr.strip(),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--out", type=Path, default=ROOT / "var" / "names-pages")
    ap.add_argument("--db", default=DB_NAME, help="database on the bench server (recreated)")
    args = ap.parse_args(argv)
    figures = run(args.pages, args.out, seed=args.seed, workers=args.workers, db=args.db)
    result: NamesScore = figures["score"]
    print(figures["summary"])
    print(
        f"ingest {args.pages / figures['ingest_seconds']:.1f} pages/s the whole command, "
        f"{args.pages / figures['batch_seconds']:.1f} pages/s the batch"
    )
    print(result.summary())
    print("targets (P, R ≥ 0.95; stored = parse ≥ 99%):", "met" if result.met else "not met")
    for page in result.differing[:10]:
        print(f"  stored ≠ parse: {page}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
