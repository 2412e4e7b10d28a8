"""``manage.py backup [FILE]``: a pg_dump of the archive (default var/backups/<time>.dump)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandParser

from archive.dbtools import FAILURES, dump
from archive.management.base import FileCommand


class Command(FileCommand):
    help = "Write a pg_dump (custom format) of the archive database."
    verb = "backup"
    failures = FAILURES

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", nargs="?", help="where to write the dump")

    def run(self, file: str | None) -> str:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        default = Path(settings.BASE_DIR) / "var" / "backups" / f"archive-{stamp}.dump"
        path = Path(file or default)
        path.parent.mkdir(parents=True, exist_ok=True)
        dump(path)
        return str(path)
