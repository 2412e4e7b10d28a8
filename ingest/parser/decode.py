"""Bytes to text: the archive's pages come from several scanning shops and decades of tools."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import PageError

DEFAULT_MAX_BYTES = 5_000_000
# Control characters other than tab, newline, carriage return and form feed; and DEL.
_STRAY_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
# OCR output is prose; more than this share of control characters means we were handed a binary.
_MAX_CONTROL_RATIO = 0.01
# A short page may carry a stray byte or two from its export tool without being a binary.
_MAX_STRAY_CONTROLS = 3
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


@dataclass
class Decoded:
    text: str
    encoding: str
    # Stray control characters (NUL, BEL, ESC …) dropped from otherwise good text.
    removed_controls: int = 0


def detect_encoding(data: bytes) -> str:
    """Old pages are GB18030/GBK, newer ones UTF-8 (some with a BOM), a few UTF-16 with a BOM."""
    return _decoded(data)[1]


def _decoded(data: bytes) -> tuple[str, str]:
    """``(text, encoding)``: the first encoding that decodes the bytes is kept with its text."""
    if data.startswith(_UTF16_BOMS):
        # Neither UTF-8 nor GB18030 can start with FF FE / FE FF, so the BOM is unambiguous.
        try:
            return data.decode("utf-16", errors="strict"), "utf-16"
        except UnicodeDecodeError as exc:
            raise PageError("not a text file: bytes are not valid utf-16") from exc
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc, errors="strict"), enc
        except UnicodeDecodeError:
            continue
    raise PageError("not a text file: bytes are neither UTF-8 nor GB18030")


def decode(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Decoded:
    """Text, encoding and how many stray control characters were dropped.

    A few stray controls (a NUL from a file export) are removed and reported, since the rest
    of the page is good prose; more than a trace of them means the file is not text at all.
    CRLF and lone CR (old Mac exports) become ``\\n``.
    """
    if len(data) > max_bytes:
        raise PageError(f"page too large: {len(data)} bytes, limit is {max_bytes}")
    text, enc = _decoded(data)
    text, controls = _STRAY_CONTROL.subn("", text)
    if controls > max(_MAX_STRAY_CONTROLS, _MAX_CONTROL_RATIO * (len(text) + controls)):
        raise PageError(f"not a text file: {controls} control characters")
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise PageError("empty page: no text")
    return Decoded(text, enc, controls)


def decode_page(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str]:
    """``(text, encoding)``, for callers that do not need the decoding report."""
    got = decode(data, max_bytes=max_bytes)
    return got.text, got.encoding


def decode_bytes(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Text only, for callers that do not record the encoding."""
    return decode(data, max_bytes=max_bytes).text
