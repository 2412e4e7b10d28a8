from django.apps import AppConfig
from django.contrib.postgres.search import SearchVectorField
from django.db import models

from .querysets import AnyId
from .search.tsquery import TsMatch


class ArchiveConfig(AppConfig):
    name = "archive"
    verbose_name = "报纸档案"

    def ready(self) -> None:
        """Register the lookups here, so importing a module does nothing."""
        models.BigAutoField.register_lookup(AnyId)
        models.ForeignKey.register_lookup(AnyId)
        SearchVectorField.register_lookup(TsMatch)
