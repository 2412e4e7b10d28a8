"""``manage.py restore FILE``: replace the archive's contents by a backup."""

from __future__ import annotations

from pathlib import Path

from archive.dbtools import FAILURES, restore
from archive.management.base import FileCommand


class Command(FileCommand):
    help = "Restore the archive database from a dump written by `backup`."
    verb = "restore"
    failures = FAILURES

    def run(self, file: str) -> str:
        restore(Path(file))
        return f"restored {file}"
