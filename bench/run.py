"""``make bench``: generate, ingest, grow, time, print one table.

Runs against its own embedded PostgreSQL (``PGSERVER_DATA=var/bench-pgdata``, a separate
server, database ``bench`` dropped and recreated each run), so the demo data is never touched.
Each step that fails becomes a row saying so: the table is printed whatever is missing.

``--reuse`` keeps an existing database (``--db``, e.g. one grown to 200,000 articles once) and
runs only the timing steps (``--only search,pages,peer,http``), after ``migrate`` so new
indexes are in place: a few minutes per iteration instead of a full build.

One module over 400 lines because it is one script whose steps run in order and share one
state and one environment; what it generates, times and prints is in the other bench modules.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote, unquote_plus

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
VAR = ROOT / "var"
DB_NAME = "bench"


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").replace("_", "").replace(",", "")
    return int(value) if value else default


TIMING_STEPS = ("search", "pages", "peer", "http")


def prepare_database(name: str = DB_NAME, *, reuse: bool = False) -> str:
    """Start the bench server, recreate (or, reusing, check) the database; its DATABASE_URL."""
    os.environ["PGSERVER_DATA"] = str(VAR / "bench-pgdata")
    import psycopg

    from config.pgembed import connection_params

    params = connection_params()
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as conn:
        if reuse:
            found = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
            if not found:
                raise SystemExit(f"--reuse: no database {name!r} on the bench server")
        else:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
    port = f":{params['port']}" if params.get("port") else ""
    return f"postgresql://{params['user']}@{port}/{name}?host={quote(params['host'], safe='')}"


def parse_steps(value: str) -> tuple[str, ...]:
    """``search,pages`` → the timing steps to run; unknown names are an error."""
    steps = tuple(s.strip() for s in value.split(",") if s.strip())
    unknown = sorted(set(steps) - set(TIMING_STEPS))
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown steps {unknown}; choose from {TIMING_STEPS}")
    return steps


def manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )


def ingest(paths: list[str], manifest: Path, workers: int, env: dict[str, str]) -> dict:
    """The real command as a subprocess; wall time, pages and articles from its summary line."""
    start = time.perf_counter()
    proc = manage(
        "ingest", *paths, "--manifest", str(manifest), "--workers", str(workers), "--no-progress",
        env=env,
    )  # fmt: skip
    seconds = time.perf_counter() - start
    m = re.search(r"ingest: (\d+) pages .*?, (\d+) articles.*?(\d+) errors", proc.stderr)
    if not m:
        raise RuntimeError(f"ingest failed (exit {proc.returncode}): {proc.stderr[-800:]}")
    costs = re.search(r"per page: (.*)$", proc.stderr.strip().splitlines()[-1])
    return {
        "seconds": seconds,
        "pages": int(m.group(1)),
        "articles": int(m.group(2)),
        "errors": int(m.group(3)),
        "costs": costs.group(1) if costs else "",
    }


class Bench:
    """Collects rows as steps finish; a failing step adds a row with its error instead."""

    def __init__(self, args: argparse.Namespace) -> None:
        from .report import Row

        self.args = args
        self.rows: list[Row] = []
        self.notes: list[str] = []
        self.Row = Row

    def step(self, name: str, fn: Callable[[], None]) -> None:
        log(f"{name} …")
        start = time.perf_counter()
        try:
            fn()
        except Exception as exc:  # the table is printed whatever step fails
            log(f"{name} failed: {type(exc).__name__}: {exc}")
            self.rows.append(self.Row(name, "", f"n/a: {type(exc).__name__}: {exc}"[:160]))
        log(f"{name} done in {time.perf_counter() - start:.1f} s")

    def add(self, *args, **kwargs) -> None:
        self.rows.append(self.Row(*args, **kwargs))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Archive benchmark: one table of figures.")
    ap.add_argument("--pages", type=int, default=env_int("BENCH_PAGES", 30_000))
    ap.add_argument("--articles-max", type=int, default=env_int("BENCH_ARTICLES_MAX", 1_000_000))
    ap.add_argument("--workers", type=int, default=env_int("BENCH_WORKERS", os.cpu_count() or 2))
    ap.add_argument("--seed", type=int, default=env_int("BENCH_SEED", 1))
    ap.add_argument("--http-seconds", type=int, default=env_int("BENCH_HTTP_SECONDS", 10))
    ap.add_argument("--one-pages", type=int, default=env_int("BENCH_ONE_PAGES", 300))
    ap.add_argument("--names-pages", type=int, default=env_int("BENCH_NAMES_PAGES", 1000))
    ap.add_argument("--budget", type=int, default=env_int("BENCH_INGEST_BUDGET", 720))
    ap.add_argument("--repeat", type=int, default=env_int("BENCH_REPEAT", 2))
    ap.add_argument("--db", default=os.environ.get("BENCH_DB", DB_NAME), help="database name")
    ap.add_argument(
        "--reuse",
        action="store_true",
        help="time an existing database as it is: no generate, ingest or grow",
    )
    ap.add_argument(
        "--only",
        type=parse_steps,
        default=TIMING_STEPS,
        help="comma-separated timing steps (search,pages,peer,http)",
    )
    args = ap.parse_args(argv)
    started = time.perf_counter()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ["ALLOWED_HOSTS"] = "127.0.0.1,localhost,testserver"
    os.environ["STATIC_ROOT"] = str(VAR / "bench-static")
    os.environ["DATABASE_URL"] = prepare_database(args.db, reuse=args.reuse)
    env = dict(os.environ)

    from . import synth

    bench = Bench(args)
    pages_dir = VAR / "bench-pages"
    state: dict = {}

    def generate() -> None:
        shutil.rmtree(pages_dir, ignore_errors=True)
        start = time.perf_counter()
        plans = synth.generate(args.pages, pages_dir, args.seed)
        state["planned"] = sum(len(p.articles) for p in plans)
        bench.notes.append(
            f"generated {len(plans):,} pages ({state['planned']:,} articles planned) in "
            f"{time.perf_counter() - start:.1f} s, seed {args.seed}"
        )

    if not args.reuse:
        bench.step("generate", generate)
    for cmd in (("migrate", "--noinput"), ("collectstatic", "--noinput", "--verbosity", "0")):
        proc = manage(*cmd, env=env)
        if proc.returncode:
            log(proc.stderr[-2000:])
            return 1

    import django

    django.setup()
    run_all(bench, args, env, pages_dir, state)

    from .report import format_table, machine, write_results

    bench.notes.append(f"machine: {machine()}; total bench time {_minutes(started)}")
    if args.reuse:
        bench.notes.append(
            f"database: an existing database '{args.db}' on the embedded PostgreSQL under "
            f"var/bench-pgdata, reused as it was (--reuse: timing steps only)"
        )
    else:
        bench.notes.append(
            f"database: a separate embedded PostgreSQL under var/bench-pgdata, database "
            f"'{args.db}' recreated each run"
        )
    text = format_table(bench.rows, title="Benchmark", notes=bench.notes)
    print(text)
    name = "results-reuse.md" if args.reuse else "results.md"
    path = write_results(text, OUT / name)
    log(f"written to {path.relative_to(ROOT)}")
    return 0


def _manifest_rows(path: Path) -> list[list[str]]:
    import csv

    with path.open(newline="", encoding="utf-8") as handle:
        return [row for row in csv.reader(handle) if row and row[0] != "file"]


def _minutes(started: float) -> str:
    return f"{(time.perf_counter() - started) / 60:.1f} min"


def run_all(bench: Bench, args, env: dict[str, str], pages_dir: Path, state: dict) -> None:
    from archive.models import Article, Page, Person

    from . import http, peer, scale
    from .queries import query_mix
    from .report import corpus_label, percentile
    from .runners import by_matches, match_counts, sample_ids, time_pages, time_search
    from .synth import PageWriter, load_corpus

    manifest = pages_dir / "manifest.csv"

    def ingest_all() -> None:
        files = [str(pages_dir / row[0]) for row in _manifest_rows(manifest)]
        one_files, rest = files[: args.one_pages], files[args.one_pages :]
        state["one_files"] = one_files
        one = state["one"] = ingest(one_files, manifest, 1, env)
        rate = one["pages"] / one["seconds"]
        bench.add(
            "ingest, 1 process",
            corpus_label(one["pages"], one["articles"]),
            f"{rate:.1f} pages/s ({one['seconds']:.1f} s, {one['errors']} errors); "
            f"per page: {one['costs']}",
            "≥ 40 pages/s",
            rate >= 40,
        )
        # The rest in chunks, stopping when the next chunk would overrun the budget; what is
        # not ingested is reached by SQL copies below.
        done = {"pages": 0, "articles": 0, "seconds": 0.0, "errors": 0}
        done_costs = ""
        chunk = 1000
        while rest:
            per_page = done["seconds"] / done["pages"] if done["pages"] else 1 / rate / 1.5
            if one["seconds"] + done["seconds"] + per_page * min(chunk, len(rest)) > args.budget:
                break
            part = ingest(rest[:chunk], manifest, args.workers, env)
            rest = rest[chunk:]
            for key in done:
                done[key] += part[key]
            done_costs = part["costs"]
        if done["pages"]:
            rate = done["pages"] / done["seconds"]
            bench.add(
                f"ingest, --workers {args.workers}",
                corpus_label(done["pages"], done["articles"]),
                f"{rate:.1f} pages/s ({done['seconds']:.0f} s, {done['errors']} errors); "
                f"last chunk per page (parse and index summed over the workers): {done_costs}",
            )
        if rest:
            bench.notes.append(
                f"ingest budget {args.budget} s reached: {len(rest):,} of {len(files):,} pages "
                "not ingested; the corpus was grown to the planned size by SQL copies"
            )
        got = Article.objects.count()
        if state.get("planned") and not rest:
            bench.notes.append(
                f"parsed {got:,} articles of {state['planned']:,} planned by the generator "
                f"({got / state['planned']:.1%})"
            )
        if rest and state.get("planned") and got < state["planned"]:
            copies = scale.grow_to(state["planned"])
            state["copied"] = True
            bench.notes.append(f"{copies} SQL copies to {Article.objects.count():,} articles")

    def jieba_ratio() -> None:
        import jieba

        from ingest.batch import page_identity

        one = state["one"]
        # The pages as the archive names them (their real path), not as the command was given them.
        sources = [page_identity(Path(f)) for f in state["one_files"]]
        bodies = list(
            Article.objects.filter(page__source__in=sources).values_list("body", flat=True)
        )
        if not bodies:
            raise RuntimeError("none of the one-process pages is in the archive")
        start = time.perf_counter()
        jieba.initialize()
        init = time.perf_counter() - start
        start = time.perf_counter()
        for body in bodies:
            jieba.lcut(body)
        cut = time.perf_counter() - start
        ratio = one["seconds"] / cut
        bench.add(
            "ingest time / jieba alone",
            corpus_label(one["pages"], len(bodies)),
            f"{ratio:.1f}× ({one['seconds']:.1f} s vs jieba.lcut {cut:.1f} s + load {init:.1f} s)",
            "≤ 3",
            ratio <= 3,
        )

    def names_row() -> None:
        from . import names

        figures = names.run(args.names_pages, VAR / "names-pages", seed=args.seed)
        result = figures["score"]
        bench.add(
            "officials stored after ingest (names at scale)",
            f"{result.pages:,} pages, empty archive",
            result.summary(),
            "P, R ≥ 0.95; stored = parse ≥ 99%",
            result.met,
        )
        # The same pages again with two workers: the speed the 1,000 pages ingest at,
        # each run a whole command into an empty database. The batch's rate leaves out the
        # command's start (Django, jieba's dictionary: about 2 s, whatever the batch's size),
        # which on 1,000 pages is a tenth of one process's run and a fifth of two workers'.
        two = names.run(args.names_pages, VAR / "names-pages", seed=args.seed, workers=2)
        pages = args.names_pages
        one_cmd, two_cmd = pages / figures["ingest_seconds"], pages / two["ingest_seconds"]
        one_rate, two_rate = pages / figures["batch_seconds"], pages / two["batch_seconds"]
        bench.add(
            "ingest, names pages, 1 process / --workers 2",
            f"{result.pages:,} pages, empty archive",
            f"batch {one_rate:.1f} / {two_rate:.1f} pages/s ({two_rate / one_rate:.2f}×); "
            f"whole command {one_cmd:.1f} / {two_cmd:.1f} pages/s ({two_cmd / one_cmd:.2f}×); "
            f"stored = parse with 2 workers: {two['score'].summary()}",
            "≥ 40 pages/s, ≥ 1.8× (batch)",
            one_rate >= 40 and two_rate >= 1.8 * one_rate and two["score"].met,
        )

    if not args.reuse:
        bench.step("ingest", ingest_all)
    if "one" in state:
        bench.step("jieba alone", jieba_ratio)
    if not args.reuse and args.names_pages:
        bench.step("names at scale", names_row)

    cast = PageWriter(args.seed, load_corpus()).cast
    names = sorted({n for term in cast.terms for n in term.values()} | set(cast.reporters))
    queries = query_mix(names, args.seed)
    qs = [q.querystring() for q in queries]
    bench.notes.append(
        f"query mix: {len(queries)} queries, kinds "
        + ", ".join(sorted({q.kind for q in queries}))
        + f"; each timed {args.repeat}× after one warm-up"
    )

    def label(copied: bool = False) -> str:
        return corpus_label(Page.objects.count(), Article.objects.count(), copied)

    def search_rows(copied: bool, p95_target: float, p50_target: float | None) -> None:
        timings = time_search(qs, repeat=args.repeat)
        for name, t in timings.items():
            target = (f"p50 ≤ {p50_target:.0f}, " if p50_target else "") + f"p95 ≤ {p95_target:.0f}"
            ok = t.p95 <= p95_target and (p50_target is None or t.p50 <= p50_target)
            bench.add(name, label(copied), t.summary(), target + " ms", ok and not t.errors)
            state[name] = t
        groups = by_matches(timings["search page"], match_counts(qs))
        bench.add(
            "search page by matches",
            label(copied),
            "; ".join(
                f"{name}: p50 {percentile(ms, 50):.0f}, p95 {percentile(ms, 95):.0f} ms "
                f"(n={len(ms)})"
                for name, ms in groups.items()
            ),
        )
        worst = sorted(zip(timings["search page"].ms, qs * args.repeat, strict=True))[-3:]
        bench.notes.append(
            f"slowest search pages at {Article.objects.count():,} articles: "
            + "; ".join(f"{ms:.0f} ms {unquote_plus(q)}" for ms, q in reversed(worst))
        )

    def page_rows(copied: bool) -> None:
        articles = sample_ids(Article.objects.all(), 50, args.seed)
        people = sample_ids(Person.objects.filter(mentions__isnull=False), 50, args.seed)
        for name, t in time_pages(articles, people).items():
            bench.add(name, label(copied), t.summary(), "≤ 20 ms", t.p95 <= 20 and not t.errors)

    def peer_rows() -> None:
        if not peer.trigram_supported():
            raise RuntimeError(f"SQLite {peer.sqlite3.sqlite_version} has no trigram tokenizer")
        path = OUT / "peer.sqlite3"
        OUT.mkdir(parents=True, exist_ok=True)
        rows = Article.objects.values_list("pk", "year", "title", "body").iterator(chunk_size=5000)
        n, seconds = peer.build(path, rows)
        t = peer.time_queries(path, queries, repeat=args.repeat)
        ours = state.get("search API")
        ratio = f"; archive API/peer p95 {ours.p95 / t.p95:.2f}×" if ours and t.p95 else ""
        bench.add(
            f"peer: SQLite {peer.sqlite3.sqlite_version} FTS5 trigram",
            corpus_label(None, n),
            t.summary() + ratio,
        )
        bench.notes.append(
            f"peer index built in {seconds:.0f} s ({path.stat().st_size / 2**20:.0f} MB); "
            "peer runs top-20 by bm25 + count capped at 10,000, no facets, no page render; "
            "terms under 3 characters fall back to LIKE"
        )

    def http_rows() -> None:
        if not http.wrk_available():
            raise RuntimeError("wrk not installed (apt-get install -y wrk)")
        articles = sample_ids(Article.objects.all(), 200, args.seed)
        sets = {
            "HTTP search page": [f"/search/?{q}" for q in qs],
            "HTTP article page": [f"/articles/{i}/" for i in articles],
            "HTTP API": [f"/api/articles/?{q}" for q in qs],
        }
        with http.Gunicorn(env, workers=2) as server:
            for name, paths in sets.items():
                load = http.run_wrk(name, server.base, paths, OUT, args.http_seconds)
                bench.add(name, label(copied), load.summary(), "no errors", load.errors == 0)
        bench.notes.append(
            f"HTTP: gunicorn --workers 2 on loopback, wrk -t2 -c16 -d{args.http_seconds}s "
            "per row, cycling through the query mix / 200 article ids"
        )

    copied = state.get("copied", False) or (args.reuse and scale.has_copies())
    timing = {
        "search": lambda: search_rows(copied, 100, 30),
        "pages": lambda: page_rows(copied),
        "peer": peer_rows,
        "http": http_rows,
    }
    for name in args.only:
        bench.step(name, timing[name])
    if args.reuse:
        return

    def grow() -> None:
        start = time.perf_counter()
        copies = scale.grow_to(args.articles_max)
        bench.notes.append(
            f"grown to {Article.objects.count():,} articles by {copies} SQL copies of the "
            f"ingested pages in {time.perf_counter() - start:.0f} s (vectors copied, not rebuilt)"
        )

    if Article.objects.count() < args.articles_max:
        bench.step("grow", grow)
        bench.step("search at max", lambda: search_rows(True, 300, None))
        bench.step("pages at max", lambda: page_rows(True))


if __name__ == "__main__":
    sys.exit(main())
