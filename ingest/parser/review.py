"""Warning codes for the review queue, all in one place.

An article or page the parser is unsure of carries one of these short machine codes, so an
editor sees it first. Page warnings read ``code: explanation``; article warnings are bare codes.
"""

from __future__ import annotations

# Article warnings.
# A dated article whose year nothing on the page settles.
YEAR_UNKNOWN = "year_unknown"
# The year was read off the page's printed years: there was no issue date.
YEAR_FROM_PAGE = "year_from_page"
# Where the article starts or ends is a guess (no lead; or no byline and no dateline after it).
BOUNDARY_GUESSED = "boundary_guessed"
# Its headline shares few words with it, or nearly as many with another article.
HEADLINE_BY_POSITION = "headline_by_position"
# Title vs deck, or one title wrapped over two lines, decided by shape alone.
TITLE_SHAPE = "title_shape"

# Each code with what it means (the archive shows them in Chinese: archive/warnings.py).
ARTICLE_WARNINGS = {
    YEAR_UNKNOWN: "no issue date and the page does not settle the year",
    YEAR_FROM_PAGE: "the year read off the page's printed years, not an issue date",
    BOUNDARY_GUESSED: "where the article starts or ends is a guess",
    HEADLINE_BY_POSITION: "the headline placed by position, not by shared words",
    TITLE_SHAPE: "title and deck told apart by shape alone",
}

# Page warnings (the code starts the message).
PAGE_YEAR_UNKNOWN = "year_unknown"
PAGE_UNPLACED = "unplaced_headline"
PAGE_CONTROLS_REMOVED = "controls_removed"

PAGE_WARNINGS = {
    PAGE_YEAR_UNKNOWN: "no issue date and the page does not settle the year",
    PAGE_UNPLACED: "headline line(s) match no article",
    PAGE_CONTROLS_REMOVED: "stray control characters (NUL …) were removed from the text",
}


def page_warning(code: str, detail: str = "") -> str:
    """``code: explanation``; the code lets the admin find and clear it."""
    text = PAGE_WARNINGS[code]
    return f"{code}: {detail} {text}" if detail else f"{code}: {text}"
