"""The parser's output: plain dataclasses, no Django.

Every step of the pipeline reads and writes these, so a test can build one by hand
and call a single step; the loader maps them to models.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class PartialDate:
    """A printed date. The year is often not printed: ``year=None`` means unknown, never guessed."""

    year: int | None
    month: int
    day: int

    def iso(self) -> str:
        """``YYYY-MM-DD``, or ``--MM-DD`` when the year is unknown (ISO 8601 reduced form)."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@dataclass
class PersonMention:
    name: str
    titles: list[str] = field(default_factory=list)
    # "official" for a person printed with a post; "other" for anyone else named.
    # Byline people are kept apart (ParsedArticle.reporters / correspondents).
    role: str = "official"


@dataclass
class MeetingMention:
    name: str
    date: PartialDate | None = None
    chair: str | None = None
    attendees: list[str] = field(default_factory=list)
    place: str | None = None


@dataclass
class ProjectMention:
    name: str
    aliases: list[str] = field(default_factory=list)


@dataclass
class Headline:
    """A headline's parts as printed: the kicker (引题) above the title, the deck (副题)
    below it, and the label of the column it stands in."""

    kicker: str = ""
    title: str = ""
    subtitle: str = ""
    column: str = ""


@dataclass
class ParsedArticle(Headline):
    seq: int = field(kw_only=True)
    title_inferred: bool = False
    continued: bool = False
    date: PartialDate | None = None
    dates: list[PartialDate] = field(default_factory=list)
    reporters: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    persons: list[PersonMention] = field(default_factory=list)
    meetings: list[MeetingMention] = field(default_factory=list)
    projects: list[ProjectMention] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # The byline exactly as printed (normalized), so nothing is lost.
    byline: str = ""

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass
class ParsedPage:
    source: str
    raw_text: str
    text: str
    encoding: str
    content_hash: str
    year: int | None = None
    issue_date: str | None = None  # YYYY-MM-DD when given on the command line or in a manifest
    page_no: int | None = None
    parser_version: str = ""
    warnings: list[str] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)
    articles: list[ParsedArticle] = field(default_factory=list)


class PageError(ValueError):
    """A page that cannot be parsed at all (not text, empty, too large): one line saying why."""
