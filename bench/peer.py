"""The peer: SQLite FTS5 with the trigram tokenizer over the same texts and query strings.

Trigram FTS5 is what a small site would reach for first; it cannot match terms shorter than
three characters (``工作``), so those fall back to ``LIKE`` and a scan, as they would there.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from .queries import Query
from .runners import Timing

COUNT_CAP = 10_000
PAGE_SIZE = 20


def trigram_supported() -> bool:
    return sqlite3.sqlite_version_info >= (3, 34, 0)


def build(path: Path, rows: Iterable[tuple[int, int | None, str, str]]) -> tuple[int, float]:
    """(id, year, title, body) rows into a fresh FTS5 table; returns (rows, seconds)."""
    path.unlink(missing_ok=True)
    start = time.perf_counter()
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    db.execute(
        "CREATE VIRTUAL TABLE doc USING fts5(title, body, year UNINDEXED, tokenize='trigram')"
    )
    n = 0
    batch: list[tuple] = []
    for pk, year, title, body in rows:
        batch.append((pk, title, body, year))
        if len(batch) >= 2000:
            db.executemany("INSERT INTO doc(rowid, title, body, year) VALUES (?,?,?,?)", batch)
            n += len(batch)
            batch = []
    db.executemany("INSERT INTO doc(rowid, title, body, year) VALUES (?,?,?,?)", batch)
    n += len(batch)
    db.commit()
    db.close()
    return n, time.perf_counter() - start


def translate(query: Query) -> tuple[str, list]:
    """The query string as FTS5 MATCH (terms of 3+ characters) plus LIKE for shorter ones."""
    match: list[str] = []
    where: list[str] = []
    params: list = []
    tokens = re.findall(r'-?"[^"]+"|\S+', query.q)
    groups: list[list[str]] = []
    i = 0
    while i < len(tokens):
        if tokens[i] == "OR" and groups and i + 1 < len(tokens):
            groups[-1].append(tokens[i + 1])
            i += 2
            continue
        groups.append([tokens[i]])
        i += 1
    for group in groups:
        negative = group[0].startswith("-")
        texts = [t.lstrip("-").strip('"') for t in group]
        if all(len(t) >= 3 for t in texts):
            expr = " OR ".join(f'"{t}"' for t in texts)
            match.append(f"NOT ({expr})" if negative else f"({expr})")
        else:
            likes = " OR ".join("(title LIKE ? OR body LIKE ?)" for _ in texts)
            for t in texts:
                params += [f"%{t}%", f"%{t}%"]
            where.append(f"NOT ({likes})" if negative else f"({likes})")
    positives = [m for m in match if not m.startswith("NOT")]
    sql_where = []
    match_params: list = []
    if positives:
        expr = " AND ".join(positives + [m for m in match if m.startswith("NOT")])
        expr = expr.replace(" AND NOT", " NOT")
        sql_where.append("doc MATCH ?")
        match_params.append(expr)
    elif match:  # only exclusions: FTS5 cannot start with NOT
        where += [
            f"rowid NOT IN (SELECT rowid FROM doc WHERE doc MATCH '{m[5:-1]}')" for m in match
        ]
    if "year" in query.params:
        where.append("year = ?")
        params.append(int(query.params["year"]))
    clause = " AND ".join(sql_where + where) or "1"
    return clause, match_params + params


def time_queries(path: Path, queries: Sequence[Query], *, repeat: int = 1) -> Timing:
    """Top 20 by bm25 (by rowid when no MATCH) plus a count capped like the archive's."""
    db = sqlite3.connect(path)
    timing = Timing("SQLite FTS5 trigram")
    plans = [translate(q) for q in queries]

    def run(clause: str, params: list) -> None:
        order = "rank" if "MATCH" in clause else "rowid DESC"
        db.execute(
            f"SELECT rowid, title FROM doc WHERE {clause} ORDER BY {order} LIMIT {PAGE_SIZE}",
            params,
        ).fetchall()
        db.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM doc WHERE {clause} LIMIT {COUNT_CAP + 1})",
            params,
        ).fetchone()

    for clause, params in plans:
        run(clause, params)
    for _ in range(repeat):
        for (clause, params), query in zip(plans, queries, strict=True):
            start = time.perf_counter()
            try:
                run(clause, params)
            except sqlite3.Error as exc:
                timing.errors.append(f"{query.q}: {exc}")
            timing.ms.append((time.perf_counter() - start) * 1000)
    db.close()
    return timing
