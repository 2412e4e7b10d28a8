"""What the archive's file commands (backup, restore, import) share: a failure they expect
ends the command in one line, not a traceback."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError, CommandParser


class FileCommand(BaseCommand):
    """A command that works on one file (``run``). A failure listed in ``failures`` becomes
    ``<verb> failed: …`` with what went wrong (a tool's own stderr when it wrote one); what
    ``run`` returns is printed when it is done."""

    verb = ""
    failures: tuple[type[Exception], ...] = ()

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file")

    def handle(self, *args, **options) -> None:
        try:
            done = self.run(options["file"])
        except self.failures as exc:
            raise CommandError(f"{self.verb} failed: {getattr(exc, 'stderr', '') or exc}") from exc
        self.stdout.write(done)

    def run(self, file: str) -> str:
        """Do the work on ``file``; the line to print when it is done."""
        raise NotImplementedError
