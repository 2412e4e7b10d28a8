"""Bad input never crashes the parser: it either parses, with nothing lost, or says in one
line what is wrong. (The 50 MB file and the soak test run from `make stress`.)
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.batch import PageJob, parse_job
from ingest.parser import PageError, parse_page
from ingest.parser.pipeline import page_chars_accounted

SAMPLE = "本报讯 3月3日上午，二七区区长苏建设主持召开安置房建设工作专题会。\n记者 景静\n"


def parse_or_error(data: bytes):
    try:
        page = parse_page(data, "fuzz.txt")
    except PageError as exc:
        message = str(exc)
        assert message and "\n" not in message
        return None
    assert page_chars_accounted(page)
    return page


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_unicode_text_parses_or_is_refused_cleanly(text: str) -> None:
    parse_or_error(text.encode("utf-8", "surrogatepass"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(["\x00", "\x07", "\x1b", "\x7f", "\u200b", "\ufeff", "\r", "\t"]),
        max_size=20,
    ),
    st.integers(min_value=0, max_value=len(SAMPLE)),
)
def test_control_characters_sprinkled_into_a_page(controls: list[str], at: int) -> None:
    text = SAMPLE[:at] + "".join(controls) + SAMPLE[at:]
    page = parse_or_error(text.encode("utf-8"))
    stray = [c for c in controls if c in "\x00\x07\x1b\x7f"]
    if page is None:
        assert len(stray) > 3  # more than a trace: not a text file
    else:
        # A few stray bytes are dropped from good text, and the page says so.
        assert not any(c in page.raw_text for c in "\x00\x07\x1b\x7f")
        assert any(w.startswith("controls_removed") for w in page.warnings) == bool(stray)


HOSTILE_IDS = ["empty", "whitespace", "nul", "all-bytes", "png", "mixed", "long-line", "spaced"]
PARSED = None  # the file parses, every character accounted for


@pytest.mark.parametrize(
    ("data", "refusal"),
    [
        (b"", "empty page"),
        (b"   \n\r\n\t  ", "empty page"),
        (b"\x00" * 10, "not a text file"),
        (bytes(range(256)) * 4, "not a text file"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" * 50, "not a text file"),
        (
            "本报讯 二七区".encode() + "召开会议".encode("gb18030") + b"\xff\xfe\xfd",
            "neither UTF-8 nor GB18030",
        ),
        (("二七区召开会议" * 15_000).encode(), PARSED),  # one line of 105,000 characters
        (("二 七 区 " * 20_000).encode("gb18030"), PARSED),
    ],
    ids=HOSTILE_IDS,
)
def test_hostile_files(data: bytes, refusal: str | None) -> None:
    if refusal is None:
        page = parse_or_error(data)
        assert page is not None and page.articles
    else:
        with pytest.raises(PageError, match=refusal):
            parse_page(data, "hostile.txt")


def test_mixed_encodings_are_refused_with_the_reason() -> None:
    data = "本报讯 二七区".encode() + "召开会议，部署工作。".encode("gbk") + "记者 景静".encode()
    with pytest.raises(PageError, match=r"encoding|text"):
        parse_page(data, "mixed.txt")


def test_size_limit_is_configurable_and_reported(tmp_path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(SAMPLE.encode() * 2_000)
    page, error = parse_job(PageJob(source="big.txt", path=path, max_bytes=10_000))
    assert page is None
    assert error.startswith("file too large:") and "limit 10000" in error
    page, error = parse_job(PageJob(source="big.txt", path=path, max_bytes=10_000_000))
    assert error is None and page is not None and page.articles
