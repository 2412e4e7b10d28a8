"""Bytes to text: the archive's pages come from several scanning shops and decades of tools."""

from __future__ import annotations

from .model import PageError

DEFAULT_MAX_BYTES = 5_000_000
_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f"}
# OCR output is prose; more than this share of control characters means we were handed a binary.
_MAX_CONTROL_RATIO = 0.01


def detect_encoding(data: bytes) -> str:
    """Old pages are GB18030/GBK, newer ones UTF-8 (some with a BOM): try the strict one first."""
    for enc in ("utf-8-sig", "gb18030"):
        try:
            data.decode(enc, errors="strict")
        except UnicodeDecodeError:
            continue
        return enc
    raise PageError("not a text file: bytes are neither UTF-8 nor GB18030")


def decode_page(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str]:
    """Return ``(text, encoding)``; CRLF and lone CR (old Mac exports) become ``\\n``."""
    if len(data) > max_bytes:
        raise PageError(f"page too large: {len(data)} bytes, limit is {max_bytes}")
    if b"\x00" in data:
        raise PageError("not a text file: contains NUL bytes")
    enc = detect_encoding(data)
    text = data.decode(enc, errors="strict")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in _ALLOWED_CONTROLS)
    if text and controls / len(text) > _MAX_CONTROL_RATIO:
        raise PageError(f"not a text file: {controls} control characters")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise PageError("empty page: no text")
    return text, enc


def decode_bytes(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Text only, for callers that do not record the encoding."""
    return decode_page(data, max_bytes=max_bytes)[0]
