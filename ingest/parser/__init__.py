"""Pure-Python page parser: OCR page text in, dataclasses out. No Django import here."""

from . import charsets  # noqa: F401  (first: the patterns below compile faster with it)
from .model import PageError
from .pipeline import PARSER_VERSION, page_chars_accounted, page_to_dict, parse_page

__all__ = ["PARSER_VERSION", "PageError", "page_chars_accounted", "page_to_dict", "parse_page"]
