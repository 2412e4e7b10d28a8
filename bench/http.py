"""HTTP throughput: gunicorn as ``make demo`` runs it, loaded by wrk over loopback only.

wrk's own summary has no p95, so a small Lua script cycles through the URLs and prints the
percentiles and error counts in one parseable line.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LUA = """
local paths = {%s}
local i = 0
request = function()
  i = i %% #paths + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("BENCH requests=%%d seconds=%%.3f p50=%%d p95=%%d p99=%%d " ..
    "non2xx=%%d connect=%%d read=%%d write=%%d timeout=%%d\\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(95),
    latency:percentile(99), e.status, e.connect, e.read, e.write, e.timeout))
end
"""


@dataclass
class Load:
    label: str
    rps: float
    p50_ms: float
    p95_ms: float
    errors: int

    def summary(self) -> str:
        return (
            f"{self.rps:,.0f} req/s, p50 {self.p50_ms:.0f} ms, p95 {self.p95_ms:.0f} ms, "
            f"{self.errors} errors"
        )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wrk_available() -> bool:
    return shutil.which("wrk") is not None


class Gunicorn:
    """gunicorn on 127.0.0.1:<free port> against the environment's database; stopped on exit."""

    def __init__(self, env: dict[str, str], workers: int = 2) -> None:
        self.port = free_port()
        self.env = env
        self.workers = workers
        self.proc: subprocess.Popen | None = None

    def __enter__(self) -> Gunicorn:
        gunicorn = str(Path(sys.executable).parent / "gunicorn")
        self.proc = subprocess.Popen(
            [
                *(gunicorn, "-c", "config/gunicorn.conf.py", "config.wsgi:application"),
                *("--bind", f"127.0.0.1:{self.port}"),
                *("--workers", str(self.workers), "--log-level", "warning"),
            ],
            cwd=ROOT,
            env=self.env,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.base}/healthz", timeout=2) as r:
                    if r.status == 200:
                        return self
            except OSError:
                time.sleep(0.3)
        self.__exit__(None, None, None)
        raise RuntimeError("gunicorn did not answer /healthz within 60 s")

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def run_wrk(label: str, base: str, paths: Sequence[str], out_dir: Path, seconds: int = 10) -> Load:
    """``wrk -t2 -c16 -d<seconds>s`` cycling through ``paths`` (bounded in time)."""
    slug = re.sub(r"\W+", "_", label)
    script = out_dir / f"wrk_{slug}.lua"
    script.write_text(LUA % ", ".join(f'"{p}"' for p in paths), encoding="utf-8")
    proc = subprocess.run(
        ["wrk", "-t2", "-c16", f"-d{seconds}s", "--timeout", "10s", "-s", str(script), base],
        capture_output=True,
        text=True,
        timeout=seconds + 60,
        env={**os.environ},
    )
    return parse_wrk(label, proc.stdout)


def parse_wrk(label: str, output: str) -> Load:
    m = re.search(r"^BENCH (.*)$", output, re.MULTILINE)
    if not m:
        raise RuntimeError(f"wrk printed no summary: {output[-500:]}")
    v = {k: float(x) for k, x in (kv.split("=") for kv in m.group(1).split())}
    errors = int(v["non2xx"] + v["connect"] + v["read"] + v["write"] + v["timeout"])
    return Load(label, v["requests"] / v["seconds"], v["p50"] / 1000, v["p95"] / 1000, errors)
