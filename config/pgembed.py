"""The embedded PostgreSQL used when no ``DATABASE_URL`` is set.

It comes from the ``pgserver`` wheel, keeps its data under ``var/pgdata`` and is reached over
its unix socket, so a fresh machine needs nothing but Python. pgserver serialises start-up with
a file lock and counts the processes using a data directory, so the test run and a dev server
can start it at the same time; the last process to exit stops it.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from urllib.parse import parse_qs, urlparse

BASE_DIR = Path(__file__).resolve().parent.parent
DEFAULT_PGDATA = BASE_DIR / "var" / "pgdata"

_server = None
_params: dict[str, str] | None = None
# pgserver's process lock (fasteners) is not thread-safe: gunicorn's threads opening their
# first connections at once must start or join the server one at a time.
_lock = threading.Lock()


def pgdata_dir() -> Path:
    return Path(os.environ.get("PGSERVER_DATA", DEFAULT_PGDATA)).resolve()


def ensure_server():
    """Start (or join) the embedded server; idempotent within and across processes and
    threads."""
    with _lock:
        return _ensure_server()


def _ensure_server():
    global _server
    if _server is None:
        import warnings

        # platformdirs warns when XDG_RUNTIME_DIR is unset (CI, containers); pgserver then
        # keeps its lock file under /tmp, which is what we want.
        warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR is not set")
        import pgserver

        data = pgdata_dir()
        data.parent.mkdir(parents=True, exist_ok=True)
        # "stop": the last process that used the server stops it, so nothing is left running
        # after `make test`; set PGSERVER_KEEP=1 to leave it up (make db-start).
        mode = None if os.environ.get("PGSERVER_KEEP") else "stop"
        _server = pgserver.get_server(data, cleanup_mode=mode)
    return _server


def connection_params() -> dict[str, str]:
    """Host (socket directory), user and port of the running embedded server."""
    global _params
    with _lock:
        if _params is None:
            uri = urlparse(_ensure_server().get_uri())
            host = parse_qs(uri.query).get("host", [uri.hostname or ""])[0]
            _params = {"host": host, "user": uri.username or "postgres"}
            if uri.port:
                _params["port"] = str(uri.port)
        return dict(_params)
