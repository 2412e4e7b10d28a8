"""Other OCR runs of a gold page, made in memory from its text for ``make eval``.

The same printed page comes out of another OCR engine letter-spaced, with half-width
punctuation, in narrower columns, as GB18030 with CRLF, or one paragraph per line. Each
transform keeps every non-space character the parser's normalisation sees, in the same order,
so the page's gold (body_start/body_end, titles, names) stays true for the variant: half-width
marks only where normalising gives the full-width ones back, letter spacing only in body lines
with a printed gap kept wider than the letter gaps, headlines and bylines where they are printed.
The paragraphs of a body are read off the text (a sentence end in a short line or before a
blank line); a test checks them against the golden files' counts.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from typing import Any

from ingest.parser.normalize import normalize_line, normalize_text

Gold = dict[str, Any]

_TERMINAL = "。！？；…"
_CLOSERS = "”’）」』》"
# Punctuation a typesetter never puts at the start of a line (it stays on the line above).
_NO_LINE_START = "，。、；：？！）》”’」』】…"
_HALF = str.maketrans({"，": ",", "：": ":", "；": ";", "？": "?", "！": "!", "（": "(", "）": ")"})


def page_text(data: bytes) -> str:
    """The sample's text as the parser normalises it: the base every variant starts from."""
    text = data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    return normalize_text(text)


def flat(text: str) -> str:
    """Non-space characters only: what body_start/body_end are written in."""
    return "".join(text.split())


def body_spans(flat_page: str, articles: list[Gold]) -> list[tuple[int, int]]:
    """Where each gold body lies in the flat page, searched in reading order.

    Raises ``ValueError`` for a body_start or body_end that is not on the page: the gold is
    wrong then, and scoring against it would blame the parser.
    """
    spans = []
    pos = 0
    for n, art in enumerate(articles, 1):
        start = flat_page.find(art["body_start"], pos)
        if start < 0:
            raise ValueError(f"article {n}: body_start {art['body_start']!r} not on the page")
        end = flat_page.find(art["body_end"], start)
        if end < 0:
            raise ValueError(f"article {n}: body_end {art['body_end']!r} not after its start")
        spans.append((start, end + len(art["body_end"])))
        pos = start + 1
    return spans


def _same_after_normalize(new: str, old: str) -> str:
    return new if normalize_line(new) == normalize_line(old) else old


def _spaced(part: str) -> str:
    """``区委书记`` → ``区 委 书 记``; a printed gap stays wider than the letter gaps."""
    return "  ".join(" ".join(word) for word in part.split(" ") if word)


def letter_spaced(text: str, gold: Gold) -> bytes:
    """Justified body lines as OCR reads them: every third spaced out whole (``区 委 书 记``),
    the next from its middle on (``会上，陈红 民 对 刘``); centred headlines stay as printed."""
    lines = text.split("\n")
    owners = _owners(lines, gold)
    for i, line in enumerate(lines):
        if owners[i] is None:
            continue
        if i % 3 == 1:
            lines[i] = _spaced(line)
        elif i % 3 == 2 and len(line) >= 8:
            half = len(line) // 2
            gap = "  " if " " in line[half - 1 : half + 1] else " "
            lines[i] = line[:half].rstrip() + gap + _spaced(line[half:])
    return "\n".join(lines).encode("utf-8")


def halfwidth(text: str, gold: Gold) -> bytes:
    """``,:;?!()`` typed on a Western keyboard, where normalising restores them."""
    lines = [_same_after_normalize(x.translate(_HALF), x) for x in text.split("\n")]
    return "\n".join(lines).encode("utf-8")


def gb18030_crlf(text: str, gold: Gold) -> bytes:
    """A Windows OCR export."""
    return text.replace("\n", "\r\n").encode("gb18030")


def _ends_paragraph(line: str, next_blank: bool, width: int) -> bool:
    """A wrapped paragraph ends on a sentence end, in a short line or before a blank line."""
    end = line.rstrip(_CLOSERS)
    if not end or end[-1] not in _TERMINAL:
        return False
    return next_blank or len(line) < width - 2


def _owners(lines: list[str], gold: Gold) -> list[tuple[int, int] | None]:
    """Per line: (gold article, how many of its non-space characters are body), else None."""
    spans = body_spans(flat("\n".join(lines)), gold["articles"])
    out: list[tuple[int, int] | None] = []
    pos = 0
    for line in lines:
        size = len(flat(line))
        owner = next(
            ((k, min(size, b - pos)) for k, (a, b) in enumerate(spans) if a <= pos < b), None
        )
        out.append(owner if size else None)
        pos += size
    return out


def _runs(text: str, gold: Gold) -> list[tuple[str, Any]]:
    """The page as ("keep", line) and ("body", (paragraphs, glued_tail)) runs in printed order.

    A body run is the lines of one gold article's body (blank lines inside it dropped); a line
    that ends a body and goes on with the byline (``列。记者 范光华``) closes the run, and the
    byline part is kept as the tail. Everything else (headlines, bylines, blank lines between
    articles) is kept verbatim.
    """
    lines = text.split("\n")
    owners = _owners(lines, gold)
    runs: list[tuple[str, Any]] = []
    i = 0
    while i < len(lines):
        own = owners[i]
        if own is None:
            runs.append(("keep", lines[i]))
            i += 1
            continue
        k = own[0]
        body: list[tuple[str, bool]] = []
        tail = ""
        j = i
        while j < len(lines):
            if not lines[j].strip():
                nxt = next((x for x in range(j, len(lines)) if lines[x].strip()), None)
                if nxt is None or (owners[nxt] or (None,))[0] != k:
                    break
                j += 1
                continue
            o = owners[j]
            if o is None or o[0] != k:
                break
            line = lines[j]
            if o[1] < len(flat(line)):
                cut = _cut_after(line, o[1])
                body.append((line[:cut], False))
                tail = line[cut:]
                j += 1
                break
            blank_follows = j + 1 < len(lines) and not lines[j + 1].strip()
            body.append((line, blank_follows))
            j += 1
        runs.append(("body", (_paragraphs(body), tail)))
        i = j
    return runs


def _cut_after(line: str, count: int) -> int:
    """Index just after the ``count``-th non-space character of ``line``."""
    seen = 0
    for idx, ch in enumerate(line):
        if not ch.isspace():
            seen += 1
            if seen == count:
                return idx + 1
    return len(line)


def _paragraphs(body: list[tuple[str, bool]]) -> list[str]:
    """Join (line, blank line follows) pairs into paragraphs; wrapped CJK joins without a gap."""
    width = max((len(line) for line, _ in body), default=0)
    paragraphs: list[str] = []
    current = ""
    for n, (line, blank_follows) in enumerate(body):
        current += line
        if n == len(body) - 1 or _ends_paragraph(line, blank_follows, width):
            paragraphs.append(current)
            current = ""
    return paragraphs


def _wrap(paragraph: str, width: int) -> list[str]:
    out: list[str] = []
    rest = paragraph
    while rest:
        cut = width
        while cut < len(rest) and rest[cut] in _NO_LINE_START:
            cut += 1
        out.append(rest[:cut].strip())
        rest = rest[cut:].lstrip()
    return [x for x in out if x]


def _rebuild(text: str, gold: Gold, layout: Callable[[list[str]], list[str]]) -> str:
    out: list[str] = []
    for kind, value in _runs(text, gold):
        if kind == "keep":
            out.append(value)
            continue
        paragraphs, tail = value
        body = [line for p in paragraphs for line in layout(p)]
        if tail:
            body[-1] += tail
        out.extend(body)
    return "\n".join(out)


def column_width(name: str) -> int:
    """12, 13 or 14 characters, fixed per page so a run is repeatable."""
    return 12 + zlib.crc32(name.encode("utf-8")) % 3


def narrow_columns(text: str, gold: Gold) -> bytes:
    """Body paragraphs re-wrapped at 12-14 characters; headlines and bylines as printed."""
    width = column_width(gold["page"])
    return _rebuild(text, gold, lambda p: _wrap(p, width)).encode("utf-8")


def paragraph_per_line(text: str, gold: Gold) -> bytes:
    """Each body paragraph on one line, as exported from a word processor."""
    return _rebuild(text, gold, lambda p: [p]).encode("utf-8")


TRANSFORMS: dict[str, Callable[[str, Gold], bytes]] = {
    "letter-spaced": letter_spaced,
    "halfwidth": halfwidth,
    "narrow": narrow_columns,
    "gb18030-crlf": gb18030_crlf,
    "paragraph-per-line": paragraph_per_line,
}


def variants(data: bytes, gold: Gold) -> dict[str, bytes]:
    """Every variant of one page, by transform name."""
    text = page_text(data)
    return {name: transform(text, gold) for name, transform in TRANSFORMS.items()}


def paragraph_count(data: bytes, gold: Gold) -> list[int]:
    """Paragraphs per gold article as the variants see them (a test checks them on samples)."""
    counts = []
    for kind, value in _runs(page_text(data), gold):
        if kind == "body":
            counts.append(len(value[0]))
    return counts
