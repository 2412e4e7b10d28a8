"""``manage.py restore FILE``: replace the archive's contents by a backup."""

from __future__ import annotations

import subprocess
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from archive.dbtools import restore


class Command(BaseCommand):
    help = "Restore the archive database from a dump written by `backup`."

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, **options):
        try:
            restore(Path(options["file"]))
        except (subprocess.CalledProcessError, FileNotFoundError) as exc:
            raise CommandError(f"restore failed: {getattr(exc, 'stderr', '') or exc}") from exc
        self.stdout.write(f"restored {options['file']}")
