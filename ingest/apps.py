from django.apps import AppConfig

from archive.extensions import register_parser


class IngestConfig(AppConfig):
    name = "ingest"
    verbose_name = "版面导入"

    def ready(self) -> None:
        """Give the archive's editor the parser it needs (``archive.extensions``)."""
        # Imported here: ingest.editing imports models, which are not loaded before ready().
        from .editing import read_entities
        from .parser.headlines import infer_title

        register_parser(infer_title=infer_title, read_entities=read_entities)
