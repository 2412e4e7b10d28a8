from __future__ import annotations

import pytest

from ingest.parser.decode import decode, decode_bytes, decode_page, detect_encoding
from ingest.parser.model import PageError

TEXT = "本报讯 近日，海棠区开展植树活动。\n记者 王小明\n"


def test_utf8_without_bom() -> None:
    assert decode_page(TEXT.encode("utf-8")) == (TEXT, "utf-8-sig")


def test_utf8_bom_is_dropped() -> None:
    text, enc = decode_page(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    assert text == TEXT
    assert enc == "utf-8-sig"


def test_gb18030_with_crlf() -> None:
    data = TEXT.replace("\n", "\r\n").encode("gb18030")
    text, enc = decode_page(data)
    assert enc == "gb18030"
    assert text == TEXT
    assert "\r" not in text


def test_gbk_bytes_are_read_as_gb18030() -> None:
    assert detect_encoding("海棠区".encode("gbk")) == "gb18030"


def test_lone_cr_line_ends() -> None:
    assert decode_bytes("第一行\r第二行\r".encode()) == "第一行\n第二行\n"


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t ", "\u3000\n".encode()])
def test_empty_or_blank_page_is_an_error(data: bytes) -> None:
    with pytest.raises(PageError, match="empty"):
        decode_page(data)


def test_nul_bytes_mean_binary() -> None:
    with pytest.raises(PageError, match="not a text file"):
        decode_page(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_a_few_stray_nul_bytes_are_removed_and_counted() -> None:
    data = TEXT.encode("utf-8")
    got = decode(data[:9] + b"\x00" + data[9:] + b"\x00")
    assert got.text == TEXT
    assert got.removed_controls == 2


def test_many_nul_bytes_in_text_mean_binary() -> None:
    with pytest.raises(PageError, match="not a text file"):
        decode(b"\x00".join(TEXT.encode("utf-8")[i : i + 3] for i in range(0, 30, 3)))


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec: str) -> None:
    bom = b"\xff\xfe" if codec.endswith("le") else b"\xfe\xff"
    data = bom + TEXT.replace("\n", "\r\n").encode(codec)
    got = decode(data)
    assert (got.text, got.encoding, got.removed_controls) == (TEXT, "utf-16", 0)


def test_utf16_without_bom_is_not_text() -> None:
    with pytest.raises(PageError, match="not a text file"):
        decode(TEXT.encode("utf-16-le"))


def test_many_control_characters_mean_binary() -> None:
    with pytest.raises(PageError, match="not a text file"):
        decode_page(b"\x01\x02\x03\x04abc\x05\x06\x07")


def test_undecodable_bytes() -> None:
    with pytest.raises(PageError, match="not a text file"):
        decode_page(b"\xff\xff\xff\xff")


def test_size_limit_is_a_parameter() -> None:
    data = TEXT.encode("utf-8")
    assert decode_page(data, max_bytes=len(data))[0] == TEXT
    with pytest.raises(PageError, match="too large") as err:
        decode_page(data, max_bytes=len(data) - 1)
    assert "\n" not in str(err.value)
