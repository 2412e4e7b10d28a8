"""The parser's warnings in Chinese; a code the table does not know is shown as stored."""

from __future__ import annotations

from archive.warnings import describe, describe_all, is_year_unknown
from ingest.parser import review
from ingest.parser.pipeline import YEAR_UNKNOWN


def test_known_warnings_are_said_in_chinese():
    assert describe(YEAR_UNKNOWN).startswith("年份不详")
    assert describe("3 headline line(s) match no article") == (
        "有 3 行标题找不到对应的文章（见“未归属的行”）"
    )
    assert describe("year unknown: no issue date and the page does not settle it").startswith(
        "年份不详：没有出版日期"
    )


def test_unknown_warnings_are_shown_as_they_are_and_each_once():
    assert describe("odd_new_code") == "odd_new_code"
    assert describe_all(["x", "x", YEAR_UNKNOWN]) == ["x", describe(YEAR_UNKNOWN)]
    assert describe_all(None) == []


def test_every_warning_the_parser_writes_is_said_in_chinese():
    written = list(review.ARTICLE_WARNINGS) + [
        review.page_warning(code, "3") for code in review.PAGE_WARNINGS
    ]
    for warning in written:
        said = describe(warning)
        assert said != warning and not any("a" <= ch <= "z" for ch in said), warning


def test_year_unknown_in_every_form_the_parser_has_written():
    assert is_year_unknown(review.YEAR_UNKNOWN)
    assert is_year_unknown(review.page_warning(review.PAGE_YEAR_UNKNOWN))
    assert is_year_unknown("year unknown: no issue date and the page does not settle it")
    assert not is_year_unknown(review.YEAR_FROM_PAGE)
