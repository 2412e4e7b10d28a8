"""pg_dump / pg_restore against the configured database (embedded or DATABASE_URL).

The client binaries come with the pgserver wheel, so backups work on a machine with no
PostgreSQL installed; a server newer than those binaries needs the system's client tools.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pgserver
from django.db import connection

# The major version of the client tools in the pgserver wheel.
WHEEL_CLIENT_MAJOR = 16
# What ``dump`` and ``restore`` raise for a tool that is missing or fails, or a missing dump:
# the backup and restore commands say it in one line.
FAILURES = (subprocess.CalledProcessError, FileNotFoundError)


def _binary(name: str) -> str:
    """The wheel's client when it can talk to this server (pg_dump refuses a newer server),
    else the system's."""
    connection.ensure_connection()
    if connection.pg_version // 10000 <= WHEEL_CLIENT_MAJOR:
        path = Path(pgserver.__file__).parent / "pginstall" / "bin" / name
        if path.exists():
            return str(path)
    found = shutil.which(name)
    if not found:
        raise FileNotFoundError(f"{name} not found: install the PostgreSQL client tools")
    return found


def _conn_args() -> tuple[list[str], dict[str, str]]:
    connection.ensure_connection()
    params = connection.get_connection_params()
    args = ["-h", str(params.get("host", "")), "-U", str(params.get("user", ""))]
    if params.get("port"):
        args += ["-p", str(params["port"])]
    env = dict(os.environ)
    if params.get("password"):
        env["PGPASSWORD"] = str(params["password"])
    return args, env


def dump(path: Path) -> None:
    """A custom-format dump of the whole database (schema and data)."""
    args, env = _conn_args()
    database = connection.settings_dict["NAME"]
    cmd = [_binary("pg_dump"), *args, "-Fc", "--no-owner", "-f", str(path), database]
    subprocess.run(cmd, check=True, env=env, capture_output=True, text=True)


def restore(path: Path) -> None:
    """Replace the database's contents by the dump (objects are dropped first)."""
    if not path.is_file():
        raise FileNotFoundError(f"no such backup file: {path}")
    args, env = _conn_args()
    database = connection.settings_dict["NAME"]
    connection.close()
    cmd = [
        _binary("pg_restore"), *args, "--clean", "--if-exists", "--no-owner",
        "--single-transaction", "-d", database, str(path),
    ]  # fmt: skip
    subprocess.run(cmd, check=True, env=env, capture_output=True, text=True)
