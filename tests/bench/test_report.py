"""The table and the parsers of tool output, on fake measurements (no timing asserts)."""

from __future__ import annotations

import math
from pathlib import Path

from bench import http, peer
from bench.queries import Query, query_mix
from bench.report import Row, corpus_label, format_table, percentile, write_results
from bench.runners import Timing


def test_table_has_one_row_per_measurement_and_marks_misses(tmp_path: Path):
    rows = [
        Row("ingest, 1 process", corpus_label(300, 1956), "41.0 pages/s", "≥ 40 pages/s", True),
        Row(
            "search page", corpus_label(30_000, 199_000, copied=True), "p95 120 ms", "≤ 100", False
        ),
        Row("peer", corpus_label(None, 199_000), "p50 3 ms\nsecond line | pipe"),
    ]
    text = format_table(rows, title="Benchmark", notes=["machine: 2 cores"])
    lines = text.splitlines()
    assert lines[0] == "## Benchmark"
    table = [x for x in lines if x.startswith("|")]
    assert len(table) == 2 + len(rows)
    assert table[0].split("|")[1].strip() == "measure"
    assert set(table[1]) <= {"|", "-"}
    assert "| yes" in table[2] and "**no**" in table[3]
    assert "30,000 pages / 199,000 art. (SQL copies)" in table[3]
    assert all(x.count("|") == 6 for x in table)  # newlines and pipes in a cell are flattened
    assert lines[-1] == "- machine: 2 cores"
    path = write_results(text, tmp_path / "out" / "results.md")
    assert path.read_text(encoding="utf-8") == text


def test_percentile_is_nearest_rank():
    values = list(range(1, 101))
    assert percentile(values, 50) == 50
    assert percentile(values, 95) == 95
    assert percentile([7.0], 95) == 7.0
    assert math.isnan(percentile([], 50))


def test_timing_summary_format():
    t = Timing("x", ms=[1.0, 2.0, 3.0], queries=[4, 6, 5])
    assert t.summary() == "p50 2.0 ms, p95 3.0 ms (n=3), ≤6 SQL"


def test_query_mix_is_fixed_and_large_enough():
    names = ["陈红民", "苏建设", "景静", "张改华", "王传胜"]
    mix = query_mix(names, seed=1)
    assert mix == query_mix(names, seed=1)
    assert len(mix) >= 50
    kinds = {q.kind for q in mix}
    assert {"frequent", "topic", "phrase", "name", "filtered"} <= kinds
    assert any(q.q == "二七区" for q in mix) and any(q.q == "工作" for q in mix)
    assert Query("filtered", "工作", {"year": "2010"}).querystring() == (
        "q=%E5%B7%A5%E4%BD%9C&year=2010"
    )


def test_wrk_summary_line_is_parsed():
    out = (
        "Running 10s test\n  2 threads and 16 connections\n"
        "BENCH requests=1200 seconds=10.000 p50=12000 p95=48000 p99=90000 "
        "non2xx=2 connect=0 read=1 write=0 timeout=0\n"
    )
    load = http.parse_wrk("HTTP API", out)
    assert (load.rps, load.p50_ms, load.p95_ms, load.errors) == (120.0, 12.0, 48.0, 3)
    assert load.summary() == "120 req/s, p50 12 ms, p95 48 ms, 3 errors"


def test_peer_translates_and_answers(tmp_path: Path):
    clause, params = peer.translate(Query("filtered", "安置房 工作", {"year": "2021"}))
    assert "MATCH" in clause and "LIKE" in clause and params[0] == '("安置房")'
    assert params[-1] == 2021
    path = tmp_path / "peer.sqlite3"
    rows = [
        (1, 2021, "二七区召开安置房工作会", "安置房建设工作专题会。"),
        (2, 2020, "其他", "无关"),
    ]
    assert peer.build(path, rows)[0] == 2
    queries = [Query("topic", "安置房"), Query("frequent", "工作"), Query("x", "樱桃沟 OR 安置房")]
    timing = peer.time_queries(path, queries)
    assert len(timing.ms) == 3 and not timing.errors
