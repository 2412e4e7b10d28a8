"""What the editor's services need from a parser, filled in by the app that owns one.

The archive imports nothing from ``ingest``: dependencies point one way, ingest → archive.
Two edits still need the parser's rules: re-reading an article's people, meetings and
projects after an editor fixed its text, and naming an article split off another by its
lead (the parser's ``infer_title``, so an edit and an ingest name an article alike).

The extension point is a registry: the ingest app calls ``register_parser`` in
``IngestConfig.ready()``. Without a registered parser those two edits raise
``ImproperlyConfigured``; everything else in the archive works without one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.core.exceptions import ImproperlyConfigured

# Only for the annotation: ingest imports this module before the models are loaded.
if TYPE_CHECKING:
    from .models import Article


@dataclass(frozen=True)
class Parser:
    """``infer_title(lead)``: a title from an article's first paragraph, "" when none reads
    as one. ``read_entities(article)``: the parser's reading of a stored article, in the
    form of ``Article.parsed`` (``persons``, ``reporters``, ``meetings``, ``projects``...)."""

    infer_title: Callable[[str], str]
    read_entities: Callable[[Article], dict]


_parser: Parser | None = None


def register_parser(*, infer_title: Callable[[str], str], read_entities: Callable) -> None:
    """Install the parser's hooks (once per process, from an ``AppConfig.ready()``)."""
    global _parser
    _parser = Parser(infer_title=infer_title, read_entities=read_entities)


def parser() -> Parser:
    """The registered parser; ``ImproperlyConfigured`` when no app registered one."""
    if _parser is None:
        raise ImproperlyConfigured("no parser registered: add the ingest app to INSTALLED_APPS")
    return _parser
