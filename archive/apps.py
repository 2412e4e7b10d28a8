from django.apps import AppConfig


class ArchiveConfig(AppConfig):
    name = "archive"
    verbose_name = "报纸档案"

    def ready(self) -> None:
        # Registers the post_save hook that keeps the search index current after any edit.
        from . import indexing  # noqa: F401
