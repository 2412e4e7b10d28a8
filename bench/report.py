"""The one table every runner feeds: measurements in, markdown out (stdout and results.md).

Kept apart from the runners so a test can format fake figures without a database.
"""

from __future__ import annotations

import math
import os
import platform
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

COLUMNS = ("measure", "corpus", "result", "target", "met")


@dataclass
class Row:
    """One line of the table; ``ok`` is None when there is no target or nothing was measured."""

    measure: str
    corpus: str
    result: str
    target: str = ""
    ok: bool | None = None

    def cells(self) -> tuple[str, ...]:
        met = {True: "yes", False: "**no**", None: ""}[self.ok]
        cells = (self.measure, self.corpus, self.result, self.target, met)
        return tuple(" ".join(c.split()).replace("|", "/") for c in cells)


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile (no interpolation), as load tools report it; nan when empty."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def corpus_label(pages: int | None, articles: int, copied: bool = False) -> str:
    """``30,000 pages / 199,123 art.``; ``copied`` marks rows grown by SQL copies, not ingest."""
    size = f"{articles:,} art."
    if pages is not None:
        size = f"{pages:,} pages / {size}"
    return size + (" (SQL copies)" if copied else "")


def machine() -> str:
    """Cores and memory, printed with the figures: they mean little without them."""
    cores = os.cpu_count() or 0
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        memory = f"{pages / 2**30:.0f} GB RAM"
    except (ValueError, OSError, AttributeError):
        memory = "RAM unknown"
    return f"{cores} cores, {memory}, {platform.system()} {platform.machine()}, " + (
        f"Python {platform.python_version()}"
    )


def format_table(rows: Iterable[Row], title: str = "", notes: Iterable[str] = ()) -> str:
    """A markdown table, cells padded so it also reads well in a terminal."""
    cells = [COLUMNS, *(r.cells() for r in rows)]
    widths = [max(_width(row[i]) for row in cells) for i in range(len(COLUMNS))]

    def line(row: Sequence[str]) -> str:
        return "| " + " | ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)) + " |"

    out = [f"## {title}", ""] if title else []
    out.append(line(cells[0]))
    out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    out += [line(row) for row in cells[1:]]
    out += ["", *(f"- {n}" for n in notes)] if notes else []
    return "\n".join(out) + "\n"


def write_results(text: str, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _width(text: str) -> int:
    # CJK characters take two terminal cells.
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
