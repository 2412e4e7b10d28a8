from django.apps import AppConfig
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models.signals import post_save

from .querysets import AnyId
from .search.tsquery import TsMatch


class ArchiveConfig(AppConfig):
    name = "archive"
    verbose_name = "报纸档案"

    def ready(self) -> None:
        """Register the lookups and the index hook here, so importing a module does nothing."""
        # Imported here: indexing imports the models, which are not loaded before ready().
        from .indexing import article_saved

        models.BigAutoField.register_lookup(AnyId)
        models.ForeignKey.register_lookup(AnyId)
        SearchVectorField.register_lookup(TsMatch)
        post_save.connect(article_saved, sender="archive.Article", dispatch_uid="archive-index")
