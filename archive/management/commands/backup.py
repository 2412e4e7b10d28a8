"""``manage.py backup [FILE]``: a pg_dump of the archive (default var/backups/<time>.dump)."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from archive.dbtools import dump


class Command(BaseCommand):
    help = "Write a pg_dump (custom format) of the archive database."

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", help="where to write the dump")

    def handle(self, *args, **options):
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        default = Path(settings.BASE_DIR) / "var" / "backups" / f"archive-{stamp}.dump"
        path = Path(options["file"] or default)
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            dump(path)
        except (subprocess.CalledProcessError, FileNotFoundError) as exc:
            raise CommandError(f"backup failed: {getattr(exc, 'stderr', '') or exc}") from exc
        self.stdout.write(str(path))
