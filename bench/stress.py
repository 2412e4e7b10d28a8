"""``make stress``: the checks too slow or too large for CI.

1. A 50 MB page file: refused in one line under the default size limit, parsed without a
   crash when the limit is raised (time and peak memory reported).
2. A bounded soak test: gunicorn as in ``make demo`` on loopback, 32 concurrent clients for
   60 s over the reader pages and the API, while an ingest runs; zero errors and the servers'
   memory growth under a stated bound.

It uses its own embedded server (``var/stress-pgdata``), never the demo's data.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import os
import random
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

import psutil

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "pages"
PY = sys.executable
MEMORY_GROWTH_LIMIT_MB = 64


def manage(*args: str, env: dict[str, str], check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(
        [PY, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=check
    )


def big_file_check(env: dict[str, str], size_mb: int = 50) -> list[tuple[str, str]]:
    """A 50 MB page: one clear line by default; parsed whole with a raised limit."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "huge.txt"
        unit = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))
        with path.open("w", encoding="utf-8") as handle:
            while handle.tell() < size_mb * 1_000_000:
                handle.write(unit + "\n\n")
        size = path.stat().st_size
        result = manage("ingest", "--dry-run", "--no-progress", str(path), env=env, check=False)
        errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
        ok = result.returncode == 1 and len(errors) == 1 and "too large" in errors[0]
        rows.append((f"{size / 1e6:.0f} MB page, default limit", errors[0] if ok else "FAILED"))

        started = time.perf_counter()
        result = manage(
            "ingest", "--dry-run", "--no-progress", "--max-bytes", str(size + 1), str(path),
            env=env, check=False,
        )  # fmt: skip
        seconds = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        summary = result.stderr.strip().splitlines()[-1] if result.stderr.strip() else ""
        status = "ok" if result.returncode == 0 else f"FAILED ({result.returncode})"
        rows.append(
            (
                f"{size / 1e6:.0f} MB page, limit raised",
                f"{status}: {summary}; {seconds:.1f} s, peak RSS {peak:.0f} MB",
            )
        )
    return rows


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("gunicorn did not come up")


def rss_mb(proc: psutil.Process) -> float:
    procs = [proc, *proc.children(recursive=True)]
    total = 0
    for p in procs:
        with contextlib.suppress(psutil.NoSuchProcess):
            total += p.memory_info().rss
    return total / 1e6


def soak(env: dict[str, str], seconds: int, concurrency: int) -> list[tuple[str, str]]:
    manage("migrate", "--noinput", env=env)
    manage("ingest", "--no-progress", str(SAMPLES), env=env)
    out = manage(
        "shell", "--no-imports", "-c",
        "import json; from archive.models import Article, Person;"
        "print(json.dumps([list(Article.objects.values_list('id', flat=True)),"
        "list(Person.objects.values_list('id', flat=True))]))",
        env=env,
    ).stdout  # fmt: skip
    article_ids, person_ids = json.loads(out.strip().splitlines()[-1])
    urls = [
        quote(u, safe="/?=&")
        for u in [
            "/",
            "/search/?q=安置房",
            "/search/?q=陈红民&date_from=2021-01-01&date_to=2022-12-31",
            "/search/?q=二七区&sort=date",
            "/api/articles/?q=人大",
            "/people/",
            "/meetings/",
            *[f"/articles/{i}/" for i in article_ids],
            *[f"/people/{i}/" for i in person_ids[:10]],
        ]
    ]
    port = free_port()
    # The server's errors (tracebacks of any 5xx) are kept for whoever reads the table.
    log = (ROOT / "var" / "stress-server.log").open("w")
    server = subprocess.Popen(
        [
            str(Path(PY).parent / "gunicorn"), "-c", "config/gunicorn.conf.py",
            "config.wsgi:application",
            "--bind", f"127.0.0.1:{port}", "--workers", "2", "--threads", "4",
        ],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log,
    )  # fmt: skip
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds
    try:
        wait_for(port)
        gunicorn = psutil.Process(server.pid)
        time.sleep(2)

        def client(seed: int) -> None:
            rng = random.Random(seed)
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            while time.monotonic() < stop:
                url = rng.choice(urls)
                started = time.perf_counter()
                try:
                    conn.request("GET", url)
                    response = conn.getresponse()
                    response.read()
                    status = response.status
                except (OSError, http.client.HTTPException) as exc:
                    status = 0
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                    with lock:
                        errors.append(f"{url}: {exc}")
                elapsed = time.perf_counter() - started
                with lock:
                    latencies.append(elapsed)
                    if status and status != 200:
                        errors.append(f"{url}: HTTP {status}")

        threads = [threading.Thread(target=client, args=(i,)) for i in range(concurrency)]
        for thread in threads:
            thread.start()
        time.sleep(5)
        memory_start = rss_mb(gunicorn)
        # An ingest during the soak: the web must stay available while pages are written.
        with tempfile.TemporaryDirectory() as tmp:
            for i in range(60):
                src = sorted(SAMPLES.glob("*.txt"))[i % 4]
                text = src.read_text(encoding="utf-8").replace("本报讯", f"本报讯{i}", 1)
                Path(tmp, f"{i:03d}.txt").write_text(text, encoding="utf-8")
            ingest = manage("ingest", "--no-progress", tmp, env=env, check=False)
        while time.monotonic() < stop:
            time.sleep(1)
        for thread in threads:
            thread.join()
        memory_end = rss_mb(gunicorn)
    finally:
        server.terminate()
        server.wait(timeout=30)
    latencies.sort()
    count = len(latencies)
    p95 = latencies[int(0.95 * (count - 1))] * 1000 if count else 0
    growth = memory_end - memory_start
    verdict = "ok" if growth <= MEMORY_GROWTH_LIMIT_MB else "EXCEEDED"
    return [
        ("soak", f"{seconds} s, {concurrency} clients, {count} requests, {count / seconds:.0f}/s"),
        ("soak latency", f"p50 {statistics.median(latencies) * 1000:.0f} ms, p95 {p95:.0f} ms"),
        ("soak errors", f"{len(errors)}" + (f" (first: {errors[0]})" if errors else "")),
        ("ingest during soak", "ok" if ingest.returncode == 0 else f"FAILED: {ingest.stderr}"),
        (
            "server memory (master + workers)",
            f"{memory_start:.0f} MB → {memory_end:.0f} MB (growth {growth:+.0f} MB, "
            f"bound {MEMORY_GROWTH_LIMIT_MB} MB: {verdict})",
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--big-mb", type=int, default=50, help="0: skip the big file")
    args = parser.parse_args()
    data = ROOT / "var" / "stress-pgdata"
    env = {**os.environ, "PGSERVER_DATA": str(data), "PGSERVER_KEEP": "1"}
    env.pop("DATABASE_URL", None)
    rows: list[tuple[str, str]] = []
    try:
        if args.big_mb:
            rows += big_file_check(env, args.big_mb)
        rows += soak(env, args.seconds, args.concurrency)
    finally:
        subprocess.run(
            [PY, "-c", "import config.pgembed as p; from pgserver._commands import pg_ctl; "
             "s=p.ensure_server(); pg_ctl(['-w','stop'], pgdata=s.pgdata, user=s.system_user)"],
            cwd=ROOT, env=env, capture_output=True,
        )  # fmt: skip
        shutil.rmtree(data, ignore_errors=True)
    print("| check | result |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")
    failed = any("FAILED" in v or "EXCEEDED" in v for _, v in rows) or any(
        name == "soak errors" and value != "0" for name, value in rows
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
