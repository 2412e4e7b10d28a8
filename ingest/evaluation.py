"""Score the parser against hand-written gold pages: ``make eval``.

Three page sets: the sample pages (gold ``sample_*.json``), other OCR runs of them made in
memory (ingest.ocr_variants), and the invented corpus (every other gold file). A gold file
names its page by ``path`` (relative to the repository) or ``page`` (in
tests/ingest/corpus/pages). A gold file whose page is missing, whose keys are wrong or whose
body text is not on its page stops the run: a broken gold would blame the parser.

A gold article is cut exactly when a parsed body has its first and last 12 non-space
characters; its headline, date and byline are scored only then. People, meetings and projects
are compared with the parsed articles that overlap the gold body most, so a wrong cut does not
hide what the entity step found. "warned" is the share of wrong cuts where an overlapping
parsed article carries a warning other than a year warning (which says nothing of the cut).
Pure Python, no Django: it runs without a database. One module, though just over 400 lines:
loading the gold, matching it to the parse and the scorecard's columns are read together.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.ocr_variants import body_spans, flat, variants
from ingest.parser import page_chars_accounted, parse_page
from ingest.parser.model import PageError, ParsedArticle, ParsedPage

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "ingest" / "corpus"
SETS = ("samples", "sample variants", "corpus")
ARTICLE_KEYS = frozenset(
    [
        "title",
        "kicker",
        "subtitle",
        "column",
        "title_inferred",
        "continued",
        "body_start",
        "body_end",
        "date",
        "reporters",
        "correspondents",
        "officials",
        "meetings",
        "projects",
    ]
)
# 本报讯（记者 李明 通讯员 王芳）5月8日: gold counts a byline in the lead bracket as byline, not
# body, so bodies are located on the page with such brackets taken out; likewise the same byline
# printed without a bracket and closed by 报道 (本报讯 记者 李明 报道 / 5月8日), names maybe
# joined by 、 and a colon maybe after it (二七讯 通讯员 A、B报道：9月12日).
_LEAD_BYLINE = re.compile(
    r"(?<=讯)(?:[（(][^（）()]*(?:记者|通讯员|实习生)[^（）()]*[）)]"
    r"|(?:记者|通讯员|实习生)[^，。；：（）()“”]{1,30}?报道：?)"
)


class GoldError(ValueError):
    """A gold file that cannot be scored (missing page, body text not on the page)."""


@dataclass
class GoldPage:
    name: str
    set: str
    data: bytes
    gold: dict[str, Any]


@dataclass
class PageScore:
    name: str
    set: str
    counts: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)


def load_pages(corpus: Path = CORPUS, root: Path = ROOT) -> list[GoldPage]:
    """Every gold page and every OCR variant of the samples, in a fixed order."""
    pages: list[GoldPage] = []
    for path in sorted((corpus / "gold").glob("*.json")):
        gold = json.loads(path.read_text("utf-8"))
        page = root / gold["path"] if "path" in gold else corpus / "pages" / gold["page"]
        if not page.is_file():
            raise GoldError(f"{path.name}: page {page} does not exist")
        for n, art in enumerate(gold["articles"], 1):
            if set(art) != ARTICLE_KEYS:
                raise GoldError(f"{path.name}: article {n}: keys {sorted(set(art) ^ ARTICLE_KEYS)}")
        set_ = "samples" if path.stem.startswith("sample_") else "corpus"
        pages.append(GoldPage(path.stem, set_, page.read_bytes(), gold))
    for sample in [p for p in pages if p.set == "samples"]:
        try:
            made = variants(sample.data, sample.gold)
        except ValueError as exc:
            raise GoldError(f"{sample.name}: {exc}") from exc
        for kind, data in made.items():
            pages.append(GoldPage(f"{sample.name}~{kind}", "sample variants", data, sample.gold))
    return pages


def orphan_pages(corpus: Path = CORPUS) -> list[str]:
    """Corpus pages that no gold file names: reported, never silently left out."""
    named = {json.loads(p.read_text("utf-8")).get("page") for p in (corpus / "gold").glob("*.json")}
    return sorted(p.name for p in (corpus / "pages").glob("*.txt") if p.name not in named)


def _located(text: str) -> str:
    return _LEAD_BYLINE.sub("", flat(text))


def _span(flat_page: str, body: str, pos: int) -> tuple[int, int] | None:
    """Where a parsed body lies: after the previous one, else anywhere (out of reading order)."""
    text = _located(body)
    start = flat_page.find(text[:12], pos) if text else -1
    if text and start < 0:
        start = flat_page.find(text[:12])
    end = flat_page.find(text[-12:], start) if start >= 0 else -1
    return (start, end + len(text[-12:])) if end >= 0 else None


def _overlap(a: tuple[int, int] | None, b: tuple[int, int]) -> int:
    return 0 if a is None else max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _officials(arts: list[ParsedArticle]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for a in arts:
        for p in a.persons:
            if p.role == "official":
                out.setdefault(p.name, list(p.titles))
    return out


def _cut_warning(a: ParsedArticle) -> bool:
    """Any warning but the year ones (year_unknown, year_from_page): they say nothing of a cut."""
    return any(not w.startswith("year") for w in a.warnings)


def _date(a: ParsedArticle) -> str | None:
    return a.date.iso() if a.date is not None else None


def score_page(gold: dict[str, Any], page: ParsedPage, name: str = "", set_: str = "") -> PageScore:
    """Compare one parsed page with its gold; ``counts`` add up over pages into the table."""
    out = PageScore(name, set_)
    c, miss = out.counts, out.misses
    flat_page = _located(page.text)
    for n, want in enumerate(gold["articles"], 1):
        if len(want["body_start"]) != 12 or len(want["body_end"]) != 12:
            raise GoldError(f"{name}: article {n}: body_start/body_end are not 12 characters")
    try:
        gold_spans = body_spans(flat_page, gold["articles"])
    except ValueError as exc:
        raise GoldError(f"{name}: {exc}") from exc
    spans, pos = [], 0
    for a in page.articles:
        spans.append(_span(flat_page, a.body, pos))
        pos = spans[-1][0] + 1 if spans[-1] else pos
    owner = [
        max(range(len(gold_spans)), key=lambda g: _overlap(s, gold_spans[g]), default=None)
        if any(_overlap(s, gs) for gs in gold_spans)
        else None
        for s in spans
    ]
    c["pages"] += 1
    if page.year is not None and page.year != gold["year"]:
        c["wrong_years"] += 1
        miss.append(f"year: want {gold['year']} got {page.year}")
    if not page_chars_accounted(page):
        c["lost"] += 1
        miss.append("characters lost or doubled")
    used: set[int] = set()
    for g, (want, gspan) in enumerate(zip(gold["articles"], gold_spans, strict=True)):
        n = f"#{g + 1}"
        c["articles"] += 1
        c["title_n"] += int(not want["title_inferred"])
        got = next(
            (
                i
                for i, a in enumerate(page.articles)
                if i not in used
                and flat(a.body)[:12] == want["body_start"]
                and flat(a.body)[-12:] == want["body_end"]
            ),
            None,
        )
        mine = [a for a, o in zip(page.articles, owner, strict=True) if o == g]
        if got is None:
            over = [a for a, s in zip(page.articles, spans, strict=True) if _overlap(s, gspan)]
            c["wrong_cuts"] += 1
            c["warned"] += any(_cut_warning(a) for a in over)
            cuts = " | ".join(f"{flat(a.body)[:12]}…{flat(a.body)[-12:]}" for a in over)
            miss.append(f"{n} cut: want {want['body_start']}…{want['body_end']} got {cuts or '-'}")
        else:
            used.add(got)
            _score_fields(want, page.articles[got], n, c, miss)
        _score_entities(want, mine, n, c, miss)
    strays = [a for a, o in zip(page.articles, owner, strict=True) if o is None]
    for a in strays:
        extra = _officials([a])
        c["off_fp"] += len(extra)
        c["proj_fp"] += len({p.name for p in a.projects})
        miss.append(f"stray article {flat(a.body)[:12]!r}: outside every gold body")
    return out


def score_rejected(gold: dict[str, Any], why: str, name: str = "", set_: str = "") -> PageScore:
    """A page the parser refused or crashed on: every article cut wrong, every character lost."""
    out = PageScore(name, set_, misses=[why])
    c = out.counts
    c["pages"] += 1
    c["lost"] += 1
    for want in gold["articles"]:
        c["articles"] += 1
        c["title_n"] += int(not want["title_inferred"])
        c["wrong_cuts"] += 1
        _score_entities(want, [], "", c, [])
    return out


def _score_fields(want: dict, got: ParsedArticle, n: str, c: Counter, miss: list[str]) -> None:
    pairs = [
        ("title", want["title"], got.title, not want["title_inferred"]),
        ("kicker", want["kicker"], got.kicker, True),
        ("deck", want["subtitle"], got.subtitle, True),
        ("date", want["date"], _date(got), True),
        (
            "byline",
            (want["reporters"], want["correspondents"]),
            (got.reporters, got.correspondents),
            True,
        ),
    ]
    c["cut"] += 1
    for key, expected, actual, scored in pairs:
        if not scored:
            continue
        if expected == actual:
            c[key] += 1
        else:
            miss.append(f"{n} {key}: want {expected!r} got {actual!r}")


def _score_entities(
    want: dict, arts: list[ParsedArticle], n: str, c: Counter, miss: list[str]
) -> None:
    gold_off = {o["name"]: o["titles"] for o in want["officials"]}
    got_off = _officials(arts)
    both = gold_off.keys() & got_off.keys()
    c["off_tp"] += len(both)
    c["off_fp"] += len(got_off.keys() - gold_off.keys())
    c["off_fn"] += len(gold_off.keys() - got_off.keys())
    c["off_titles"] += sum(gold_off[k] == got_off[k] for k in both)
    if got_off != gold_off:
        miss.append(f"{n} officials: want {gold_off} got {got_off}")
    got_meet = {m.name: m.chair for a in arts for m in a.meetings}
    for m in want["meetings"]:
        c["meetings_n"] += 1
        c["meetings"] += m["name"] in got_meet
        c["chairs"] += got_meet.get(m["name"], "-") == m["chair"]
    gold_meet = {m["name"]: m["chair"] for m in want["meetings"]}
    if got_meet != gold_meet:
        miss.append(f"{n} meetings: want {gold_meet} got {got_meet}")
    gold_proj, got_proj = set(want["projects"]), {p.name for a in arts for p in a.projects}
    c["proj_tp"] += len(gold_proj & got_proj)
    c["proj_fp"] += len(got_proj - gold_proj)
    c["proj_fn"] += len(gold_proj - got_proj)
    if got_proj != gold_proj:
        miss.append(f"{n} projects: want {sorted(gold_proj)} got {sorted(got_proj)}")


# A column of the table: its name, its value from the summed counts, shown as a percent?
Figure = tuple[str, Callable[[Counter[str]], float | None], bool]


def _column(key: str) -> str:
    return key.replace("_", " ")


def _counts(*keys: str) -> list[Figure]:
    return [(_column(k), lambda c, k=k: c[k], False) for k in keys]


def _share(hit: str, total: str) -> Callable[[Counter[str]], float | None]:
    return lambda c: c[hit] / c[total] if c[total] else None


def _shares(*hits: str, of: str) -> list[Figure]:
    """Each count as a percent of the count ``of`` (``-`` when that is 0)."""
    return [(_column(h), _share(h, of), True) for h in hits]


def _precision_recall(kind: str) -> list[Figure]:
    """``<kind> P`` and ``<kind> R``: true positives over what was found and over the gold
    (both summed by ``figures``)."""
    tp = f"{kind}_tp"
    return [
        (f"{kind} P", _share(tp, f"{kind}_found"), False),
        (f"{kind} R", _share(tp, f"{kind}_gold"), False),
    ]


FIGURES: list[Figure] = [
    *_counts("pages", "articles"),
    *_shares("cut", of="articles"),
    *_shares("title", of="title_n"),
    *_shares("kicker", "deck", "date", "byline", of="articles"),
    *_precision_recall("off"),
    *_shares("off_titles", of="off_tp"),
    *_shares("meetings", "chairs", of="meetings_n"),
    *_precision_recall("proj"),
    *_counts("wrong_years", "lost"),
    *_shares("warned", of="wrong_cuts"),
]


def figures(counts: Counter[str]) -> dict[str, float | None]:
    """The table's figures from summed counts (shares as 0..1, counts as ints)."""
    c = Counter(counts)
    for key in ("off", "proj"):
        c[f"{key}_found"] = c[f"{key}_tp"] + c[f"{key}_fp"]
        c[f"{key}_gold"] = c[f"{key}_tp"] + c[f"{key}_fn"]
    return {name: fn(c) for name, fn, _ in FIGURES}


def evaluate(pages: list[GoldPage]) -> tuple[list[PageScore], dict[str, dict[str, float | None]]]:
    """Parse and score every page; figures per set and for all pages together."""
    scores = []
    for p in pages:
        try:
            parsed = parse_page(p.data, p.name, issue_date=p.gold.get("issue_date"))
        except PageError as exc:
            scores.append(score_rejected(p.gold, f"page rejected: {exc}", p.name, p.set))
            continue
        except Exception as exc:  # one broken page must not hide the others' figures
            crash = f"parser crashed: {type(exc).__name__}: {exc}"
            scores.append(score_rejected(p.gold, crash, p.name, p.set))
            continue
        scores.append(score_page(p.gold, parsed, p.name, p.set))
    table = {}
    for name in (*SETS, "total"):
        rows = [s.counts for s in scores if name in (s.set, "total")]
        table[name] = figures(sum(rows, Counter()))
    return scores, table


def _cell(value: float | None, percent: bool) -> str:
    if value is None:
        return "-"
    if percent:
        return f"{value:.0%}"
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def format_table(table: dict[str, dict[str, float | None]]) -> str:
    """One plain-text table: a row per page set and the total."""
    head = ["set"] + [name for name, _, _ in FIGURES]
    rows = [head] + [
        [name] + [_cell(fig[col], pct) for col, _, pct in FIGURES] for name, fig in table.items()
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = ["  ".join(cell.rjust(w) for cell, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """``python -m ingest.evaluation [--pages] [--only TEXT] [--json]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", action="store_true", help="what differed, page by page")
    parser.add_argument("--only", default="", help="with --pages: pages whose name holds TEXT")
    parser.add_argument("--json", action="store_true", help="figures and misses as JSON")
    args = parser.parse_args(argv)
    try:
        scores, table = evaluate(load_pages())
    except GoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    orphans = orphan_pages()
    crashed = [s.name for s in scores if s.misses[:1] and s.misses[0].startswith("parser crashed")]
    if args.json:
        pages = [
            {"name": s.name, "set": s.set, "figures": figures(s.counts), "misses": s.misses}
            for s in scores
        ]
        out = {"sets": table, "pages": pages, "pages_without_gold": orphans}
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 1 if crashed else 0
    if args.pages:
        for s in scores:
            if args.only in s.name:
                print(f"{s.name} ({s.set}): {'ok' if not s.misses else len(s.misses)}")
                print("".join(f"  {m}\n" for m in s.misses), end="")
        print()
    print(format_table(table))
    for name in orphans:
        print(f"note: tests/ingest/corpus/pages/{name} has no gold file", file=sys.stderr)
    if crashed:
        print(f"error: the parser crashed on {', '.join(crashed)}", file=sys.stderr)
    return 1 if crashed else 0


if __name__ == "__main__":
    raise SystemExit(main())
