"""Realistic page files at any size: ``python -m bench.synth --pages N --out DIR``.

The prose is recombined from the sample pages (split into sentences at run time), so the word
frequencies, sentence lengths and names look like the real paper; the cast of officials changes
every few years and new names are invented, so person pages and name queries grow as they would
over 20 years. Pages mix the two layouts the parser handles (hard-wrapped narrow columns with
blank lines at column breaks; one paragraph per line) and put headlines before or after their
article. Everything derives from ``random.Random(seed)``: same seed and size, byte-identical files.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "pages"
START = dt.date(2005, 1, 1)
YEARS = 20
PAGES_PER_ISSUE = 4

# Small tables for what the four samples print too rarely to recombine: people are invented
# from these, the rest is recombined from sample text.
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳邢岳齐梅莫庄辛管祝左涂谷时景"  # noqa: E501
GIVEN = "建国伟华明军红民志强永平文杰斌磊静丽敏艳芳娟霞燕玲婷洁晓博卓瑜升天翼世英传胜晓义海祥莉忠良克镜学彬佳星倩慧允飞景改新宏东春雪梅晨阳涛峰鹏宇浩然子轩欣怡思雨俊凯丹妮秋实立群保中德兴正"  # noqa: E501
POSTS = [
    "区委书记",
    "区委副书记、区长",
    "区委副书记",
    "区委常委、副区长",
    "区委常委、纪委书记",
    "区委常委、组织部长",
    "区委常委、宣传部长",
    "区委常委、统战部部长",
    "区委常委、政法委书记",
    "区委常委、区委办主任",
    "副区长",
    "区人大常委会主任",
    "区政协主席",
]
SAMPLE_CAST = ["陈红民", "苏建设", "时博", "王传胜", "汤晓义", "王升建", "崔世英", "李卓瑜", "袁斌"]
REPORTERS = ["景静", "张改华"]
PLACES = [
    "淮河路街道",
    "五里堡街道",
    "福华街街道",
    "长江路街道",
    "人和路街道",
    "嵩山路街道",
    "建中街街道",
    "蜜蜂张街道",
    "马寨镇",
    "侯寨乡",
    "樱桃沟管委会",
    "二七商圈",
    "航海路",
    "大学路",
    "陇海路",
    "京广路",
]
PROJECT_KINDS = ["安置房", "产业园", "商业综合体", "道路改造工程", "游园", "学校", "智慧港"]
PROJECT_SEEDS = ["普乐天地", "百年德化二期", "华润二期", "二七广场隧道工程", "金博大"]
MEETING_KINDS = ["推进会", "专题会", "调度会", "座谈会", "工作会议", "现场会"]
WHEN = ["上午", "下午", ""]
LEADS_WITHOUT_DATELINE = ["近日", "近期", "日前"]
SENTENCE_END = "。！？"
NO_LINE_START = "，。、；：！？”）》"


@dataclass
class Corpus:
    """What the samples give: sentences, short clauses (decks), meeting topics, names to swap."""

    sentences: list[str]
    clauses: list[str]
    topics: list[str]


@dataclass
class ArticlePlan:
    title: str
    deck: str
    kicker: str
    paragraphs: list[str]
    byline: str
    dateline: bool
    headline_after: bool
    byline_glued: bool
    reporters: list[str] = field(default_factory=list)


@dataclass
class PagePlan:
    file: str  # relative to the output folder, as the manifest names it
    issue_date: dt.date
    page_no: int
    layout: str  # "wrapped" or "lines"
    articles: list[ArticlePlan]


def _clean(text: str) -> str:
    return re.sub(r"\s+", "", text)


def load_corpus(folder: Path = SAMPLES) -> Corpus:
    """Split the sample pages into sentences; headlines and bylines glued into them are dropped."""
    sentences: list[str] = []
    for path in sorted(folder.glob("*.txt")):
        text = _clean(path.read_text(encoding="utf-8"))
        for raw in re.split(r"(?<=[。！？])", text):
            s = raw.strip()
            if not 12 <= len(s) <= 160 or s[-1] not in SENTENCE_END:
                continue
            if "本报讯" in s or "记者" in s or "通讯员" in s:
                continue
            sentences.append(s.replace(",", "，").replace("?", "？"))
    clauses = sorted(
        {c for s in sentences for c in re.split(r"[，。；：！？]", s) if 6 <= len(c) <= 14} - {""}
    )
    clauses = [c for c in clauses if not re.search(r"[（）()“”\"《》0-9]", c)]
    found = re.finditer(r"召开([\u4e00-\u9fff]{4,12}?)工作(?:推进|专题|调度)会", "".join(sentences))
    topics = [m.group(1) for m in found if not re.search("[的区会研]", m.group(1))]
    base_topics = ["安置房建设", "老旧小区改造", "大气污染防治", "民生实事办理", "文明城市创建"]
    base_topics += ["营商环境", "项目建设", "疫情防控", "城市精细化管理", "乡村振兴"]
    return Corpus(sentences=sentences, clauses=clauses, topics=sorted(set(topics + base_topics)))


class Cast:
    """Officials by term: each post changes hands every few years, new names are invented."""

    def __init__(self, rng: random.Random, years: int = YEARS) -> None:
        self.rng = rng
        used: set[str] = set(SAMPLE_CAST) | set(REPORTERS)
        self.terms: list[dict[str, str]] = []
        current = dict(zip(POSTS, SAMPLE_CAST + [self.new_name(used) for _ in POSTS], strict=False))
        for _ in range(0, years, 3):
            self.terms.append(dict(current))
            for post in POSTS:
                if rng.random() < 0.6:
                    current[post] = self.new_name(used)
        self.reporters = REPORTERS + [self.new_name(used) for _ in range(6)]
        self.correspondents = [self.new_name(used) for _ in range(60)]

    def new_name(self, used: set[str]) -> str:
        while True:
            given = "".join(self.rng.choice(GIVEN) for _ in range(self.rng.choice((1, 2, 2))))
            name = self.rng.choice(SURNAMES) + given
            if name not in used:
                used.add(name)
                return name

    def term(self, year_index: int) -> dict[str, str]:
        return self.terms[min(year_index // 3, len(self.terms) - 1)]


class PageWriter:
    """Builds page plans and renders them as text; all randomness comes from one generator."""

    def __init__(self, seed: int, corpus: Corpus) -> None:
        self.rng = random.Random(seed)
        self.corpus = corpus
        self.cast = Cast(self.rng)
        self.projects = PROJECT_SEEDS + [
            f"{self.rng.choice(PLACES).removesuffix('街道')}{kind}"
            for kind in PROJECT_KINDS
            for _ in range(4)
        ]

    # Planning -----------------------------------------------------------------------------

    def _swap_names(self, sentence: str, term: dict[str, str]) -> str:
        """Sample officials' names become this term's holders of the same posts."""
        for old, post in zip(SAMPLE_CAST, POSTS, strict=False):
            if old in sentence:
                sentence = sentence.replace(old, term[post])
        return sentence

    def _official(self, term: dict[str, str], posts: list[str] | None = None) -> tuple[str, str]:
        post = self.rng.choice(posts or POSTS)
        return post, term[post]

    def plan_article(self, date: dt.date, year_index: int) -> ArticlePlan:
        rng, term = self.rng, self.cast.term(year_index)
        topic = rng.choice(self.corpus.topics)
        post, chair = self._official(term, POSTS[:4])
        where = "二七" if post.startswith("区") else "二七区"
        meeting = f"{topic}工作{rng.choice(MEETING_KINDS)}"
        day = date - dt.timedelta(days=rng.choice((0, 1, 1, 2, 3)))
        when = f"{day.month}月{day.day}日{rng.choice(WHEN)}"
        kind = rng.random()
        if kind < 0.45:
            clause = rng.choice(self.corpus.clauses)
            lead = f"{when}，{where}{post}{chair}主持召开{meeting}，{clause}。"
            title = f"二七区召开{meeting}"
        elif kind < 0.75:
            project = rng.choice(self.projects)
            lead = f"{when}，{where}{post}{chair}带队调研{project}项目，实地察看项目推进情况。"
            title = f"{chair}调研{project}项目"
        else:
            place = rng.choice(PLACES)
            lead = f"{when}，{place}{rng.choice(self.corpus.clauses)}。"
            title = f"{place}{rng.choice(self.corpus.clauses)}"
        dateline = rng.random() < 0.85
        if not dateline:
            lead = rng.choice(LEADS_WITHOUT_DATELINE) + lead[lead.index("，") :]
        extra_post, extra = self._official(term, POSTS[3:])
        lead += f"{extra_post}{extra}参加会议。" if rng.random() < 0.5 else ""
        paragraphs = [("本报讯 " if dateline else "") + lead]
        for _ in range(rng.randint(2, 6)):
            n = rng.randint(1, 4)
            sents = [self._swap_names(rng.choice(self.corpus.sentences), term) for _ in range(n)]
            paragraphs.append("".join(sents))
        reporters = [rng.choice(self.cast.reporters)]
        byline = "记者 " + reporters[0]
        if rng.random() < 0.3:
            k = rng.randint(1, 2)
            byline += " 通讯员 " + " ".join(rng.sample(self.cast.correspondents, k))
        deck = rng.choice(self.corpus.clauses) if rng.random() < 0.6 else ""
        kicker = rng.choice(self.corpus.clauses)[:8] if rng.random() < 0.1 else ""
        return ArticlePlan(
            title=title[:28],
            deck=deck,
            kicker=kicker,
            paragraphs=paragraphs,
            byline=byline,
            dateline=dateline,
            headline_after=rng.random() < 0.35,
            byline_glued=rng.random() < 0.4,
            reporters=reporters,
        )

    def plan_page(self, file: str, issue: dt.date, page_no: int, year_index: int) -> PagePlan:
        layout = "wrapped" if self.rng.random() < 0.5 else "lines"
        n = self.rng.choice((4, 5, 6, 6, 7, 7, 8, 9))
        articles = [self.plan_article(issue, year_index) for _ in range(n)]
        if layout == "lines":
            for a in articles:
                a.headline_after = False  # the one-line layout prints headlines first
        return PagePlan(file, issue, page_no, layout, articles)

    # Rendering ----------------------------------------------------------------------------

    def _wrap(self, text: str, width: int) -> list[str]:
        """Fixed-width lines; a line never starts with a comma or closer (kept above)."""
        lines: list[str] = []
        i = 0
        while i < len(text):
            j = min(len(text), i + width)
            while j < len(text) and text[j] in NO_LINE_START:
                j += 1
            lines.append(text[i:j])
            i = j
        return lines

    def _headlines(self, a: ArticlePlan, one_line: bool) -> list[str]:
        lines = [a.kicker] if a.kicker else []
        if one_line and a.deck:
            lines.append(f"{a.title} {a.deck}")
        else:
            lines += [a.title] + ([a.deck] if a.deck else [])
        return lines

    def render_wrapped(self, page: PagePlan) -> str:
        """Narrow columns: body hard-wrapped, a blank line at each column break."""
        rng = self.rng
        width = rng.randint(12, 18)
        column = rng.randint(10, 24)
        out: list[str] = []
        body_lines = 0
        for a in page.articles:
            heads = self._headlines(a, one_line=False)
            if not a.headline_after:
                out += [*heads, ""]
            for i, para in enumerate(a.paragraphs):
                last = i == len(a.paragraphs) - 1
                lines = self._wrap(para, width)
                if last and a.byline_glued:
                    lines[-1] += a.byline  # printed on the last line, never wrapped apart
                for line in lines:
                    out.append(line)
                    body_lines += 1
                    if body_lines % column == 0:
                        out.append("")  # column break, often mid-sentence
                if rng.random() < 0.3:
                    out.append("")
            if not a.byline_glued:
                out.append(a.byline)
            out.append("")
            if a.headline_after:
                out += [*heads, ""]
        return "\n".join(out) + "\n"

    def render_lines(self, page: PagePlan) -> str:
        """One paragraph per line; a column break splits a paragraph with a blank line."""
        rng = self.rng
        out: list[str] = ["", ""]
        for a in page.articles:
            out += [*self._headlines(a, one_line=True), ""]
            for i, para in enumerate(a.paragraphs):
                last = i == len(a.paragraphs) - 1
                text = para + (a.byline if last and a.byline_glued else "")
                if len(text) > 40 and rng.random() < 0.2:
                    cut = rng.randint(10, len(text) - 20)
                    if text[cut - 1] not in SENTENCE_END:
                        out += [text[:cut], "", text[cut:], ""]
                        continue
                out += [text, ""]
            if not a.byline_glued:
                out += [a.byline, ""]
        return "\n".join(out)

    def render(self, page: PagePlan) -> str:
        return self.render_wrapped(page) if page.layout == "wrapped" else self.render_lines(page)


def issue_dates(pages: int, start: dt.date = START, years: int = YEARS) -> list[dt.date]:
    """Issue dates spread evenly over ``years``: about daily at 30,000 pages of 4."""
    span = (start.replace(year=start.year + years) - start).days
    issues = max(1, -(-pages // PAGES_PER_ISSUE))
    return sorted({start + dt.timedelta(days=(i * span) // issues) for i in range(issues)})


def plan_pages(pages: int, seed: int = 1) -> tuple[PageWriter, list[PagePlan]]:
    """Every page's plan (no I/O), so tests can compare a parse with what was meant."""
    writer = PageWriter(seed, load_corpus())
    dates = issue_dates(pages)
    per_issue = -(-pages // len(dates))
    plans: list[PagePlan] = []
    for n in range(pages):
        issue = dates[n // per_issue]
        page_no = n % per_issue + 1
        file = f"{issue:%Y/%m/%d}/page_{page_no}.txt"
        plans.append(writer.plan_page(file, issue, page_no, issue.year - START.year))
    return writer, plans


def generate(pages: int, out: Path, seed: int = 1) -> list[PagePlan]:
    """Write the pages, ``manifest.csv`` (file,issue_date,page) and ``plan.csv`` (articles each)."""
    writer, plans = plan_pages(pages, seed)
    out.mkdir(parents=True, exist_ok=True)
    with (
        (out / "manifest.csv").open("w", newline="", encoding="utf-8") as manifest,
        (out / "plan.csv").open("w", newline="", encoding="utf-8") as plan,
    ):
        m, p = csv.writer(manifest, lineterminator="\n"), csv.writer(plan, lineterminator="\n")
        m.writerow(["file", "issue_date", "page"])
        p.writerow(["file", "layout", "articles"])
        for page in plans:
            path = out / page.file
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(writer.render(page), encoding="utf-8")
            m.writerow([page.file, page.issue_date.isoformat(), page.page_no])
            p.writerow([page.file, page.layout, len(page.articles)])
    return plans


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=30_000)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    plans = generate(args.pages, args.out, args.seed)
    articles = sum(len(p.articles) for p in plans)
    print(f"{len(plans)} pages, {articles} articles in {args.out}")


if __name__ == "__main__":
    main()
