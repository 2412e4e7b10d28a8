"""Bytes to text: the archive's pages come from several scanning shops and decades of tools."""

from __future__ import annotations

from dataclasses import dataclass

from .model import PageError

DEFAULT_MAX_BYTES = 5_000_000
_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f"}
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
    if data.startswith(_UTF16_BOMS):
        # Neither UTF-8 nor GB18030 can start with FF FE / FE FF, so the BOM is unambiguous.
        return "utf-16"
    for enc in ("utf-8-sig", "gb18030"):
        try:
            data.decode(enc, errors="strict")
        except UnicodeDecodeError:
            continue
        return enc
    raise PageError("not a text file: bytes are neither UTF-8 nor GB18030")


def _is_stray_control(ch: str) -> bool:
    return (ord(ch) < 32 and ch not in _ALLOWED_CONTROLS) or ch == "\x7f"


def decode(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Decoded:
    """Text, encoding and how many stray control characters were dropped.

    A few stray controls (a NUL from a file export) are removed and reported, since the rest
    of the page is good prose; more than a trace of them means the file is not text at all.
    CRLF and lone CR (old Mac exports) become ``\\n``.
    """
    if len(data) > max_bytes:
        raise PageError(f"page too large: {len(data)} bytes, limit is {max_bytes}")
    enc = detect_encoding(data)
    try:
        text = data.decode(enc, errors="strict")
    except UnicodeDecodeError as exc:
        raise PageError(f"not a text file: bytes are not valid {enc}") from exc
    controls = sum(1 for ch in text if _is_stray_control(ch))
    if controls > max(_MAX_STRAY_CONTROLS, _MAX_CONTROL_RATIO * len(text)):
        raise PageError(f"not a text file: {controls} control characters")
    if controls:
        text = "".join(ch for ch in text if not _is_stray_control(ch))
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
