"""Check the corpus gold files against their pages, so a typo in gold never scores the parser.

Run: .venv/bin/python tests/ingest/corpus/check_gold.py
Decodes each page on its own (not with the parser, which is what the gold measures), normalises
it line by line as the parser does, and checks that every body_start/body_end, title and name
in the gold is printed on the page.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from ingest.evaluation import ARTICLE_KEYS  # noqa: E402
from ingest.parser.normalize import normalize_line  # noqa: E402

CORPUS = Path(__file__).resolve().parent
BYLINE_BRACKET = re.compile(r"(?<=讯)（[^（）]*(?:记者|通讯员|实习生)[^（）]*）")
# the same byline printed without its bracket, closed by 报道: 本报讯 记者 X 通讯员 Y 报道 / 9月19日
# (names maybe joined by 、, a colon maybe after it: 二七讯 通讯员 A、B报道：9月12日)
BYLINE_REPORT = re.compile(r"(?<=讯)(?:记者|通讯员|实习生)[^，。；：（）“”]{1,30}?报道：?")
DATE = re.compile(r"^(\d{4}|-)-\d{2}-\d{2}$")


def decode(data: bytes) -> str:
    """Independent of ingest.parser.decode: BOMs, UTF-8, else GB18030; NUL and CR dropped."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = data.decode("utf-16")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("gb18030")
    return text.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")


def flat(text: str) -> str:
    """The page as one string of non-space characters, normalised as the parser does."""
    return re.sub(r"\s+", "", "".join(normalize_line(x) for x in text.split("\n")))


def check(gold_path: Path) -> list[str]:
    errors: list[str] = []
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    page = CORPUS / "pages" / g["page"]
    if not page.exists():
        page = ROOT / "samples" / "pages" / g["page"]
    if not page.exists():
        return [f"{gold_path.name}: no page {g['page']}"]
    text = flat(decode(page.read_bytes()))
    # a byline inside the lead bracket is byline, not body: 本报讯（记者 李明）5月8日 → 本报讯5月8日
    # (so is one after the lead word closed by 报道);
    # (a bracket wrapped over two lines keeps its half-width halves after line normalisation)
    unbracketed = BYLINE_BRACKET.sub("", text.replace("(", "（").replace(")", "）"))
    unbracketed = BYLINE_REPORT.sub("", unbracketed)
    if g.get("issue_date") and g.get("year") != int(g["issue_date"][:4]):
        errors.append(f"{gold_path.name}: year {g.get('year')} vs issue_date {g['issue_date']}")
    last = -1
    for i, a in enumerate(g["articles"]):
        where = f"{gold_path.name}#{i + 1}"
        if set(a) != ARTICLE_KEYS:
            errors.append(f"{where}: keys {sorted(set(a) ^ ARTICLE_KEYS)}")
            continue
        for key in ("body_start", "body_end"):
            if len(a[key]) != 12 or re.search(r"\s", a[key]):
                errors.append(f"{where}: {key} is not 12 non-space characters")
        start = max(text.find(a["body_start"], last + 1), -1)
        if start < 0 and a["body_start"] in unbracketed:
            start = last + 1
        if start < 0:
            errors.append(f"{where}: body_start {a['body_start']!r} not on the page, in order")
        else:
            last = start
        if a["body_end"] not in text and a["body_end"] not in unbracketed:
            errors.append(f"{where}: body_end {a['body_end']!r} not on the page")
        if a["date"] is not None and not DATE.match(a["date"]):
            errors.append(f"{where}: date {a['date']!r}")
        # a full date on a page of unknown year needs its year printed on the page
        full = a["date"] and a["date"][:2] != "--"
        if full and g.get("year") is None and a["date"][:4] + "年" not in text:
            errors.append(f"{where}: full date {a['date']} on a page without a year")
        printed = [a["title"], a["kicker"], a["subtitle"], a["column"]]
        printed = [x for x in printed if x and not (x is a["title"] and a["title_inferred"])]
        names = a["reporters"] + a["correspondents"] + [o["name"] for o in a["officials"]]
        names += [m["name"] for m in a["meetings"]] + [
            m["chair"] for m in a["meetings"] if m["chair"]
        ]
        names += a["projects"]
        for o in a["officials"]:
            names += o["titles"]
        for s in printed + names:
            if re.sub(r"\s+", "", s) not in text and not _sitting_held(s, text, a["meetings"]):
                errors.append(f"{where}: {s!r} not on the page")
        people = {o["name"] for o in a["officials"]}
        both = people & set(a["reporters"] + a["correspondents"])
        if both:
            errors.append(f"{where}: byline people among officials {sorted(both)}")
        for p in a["projects"]:
            if p.endswith("项目"):
                errors.append(f"{where}: project {p!r} keeps a generic 项目 suffix")
    return errors


# A body's numbered sitting printed with its verb between (区政府召开第N次常务会议): the gold
# names it by the body, 区政府第N次常务会议, both parts printed.
STUDY = re.compile(r"(?P<group>.+理论学习中心组)(?P<sitting>.*(?:集体|集中|专题)学习)")
SITTING = re.compile(r"(?P<holder>.+?)(?P<sitting>第[一二三四五六七八九十百零〇两\d]+次.*)")


def _sitting_held(name: str, text: str, meetings: list[dict]) -> bool:
    if (m := STUDY.fullmatch(name)) is not None:
        # A study group's sitting: the group printed, its count and kind of study after it.
        at = text.find(m["group"])
        return at >= 0 and m["sitting"] in text[at:]
    m = SITTING.fullmatch(name)
    return (
        m is not None
        and any(x["name"] == name for x in meetings)
        and any(m["holder"] + verb + m["sitting"] in text for verb in ("召开", "举行"))
    )


def main() -> int:
    golds = sorted((CORPUS / "gold").glob("*.json"))
    errors = [e for path in golds for e in check(path)]
    articles = sum(len(json.loads(p.read_text(encoding="utf-8"))["articles"]) for p in golds)
    for e in errors:
        print(e)
    print(f"{len(golds)} gold files, {articles} articles, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
