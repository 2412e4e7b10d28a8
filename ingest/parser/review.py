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

ARTICLE_WARNINGS = {
    YEAR_UNKNOWN: "年份不详：本版没有能确定年份的依据",
    YEAR_FROM_PAGE: "年份由本版印出的年份推断，没有出版日期",
    BOUNDARY_GUESSED: "文章起止是推断的（没有电头或署名）",
    HEADLINE_BY_POSITION: "标题与正文用词不相符，按位置归属",
    TITLE_SHAPE: "主题、副题的划分按版式推断",
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
