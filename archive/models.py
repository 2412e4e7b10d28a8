"""The archive: source pages, the articles cut from them, and the people, meetings and
projects they name.

A date is often printed without a year: ``year``/``month``/``day`` keep what the page says and
``date`` is set only when all three are known, so date filters never see a guessed year.

One module over 400 lines because the models point at one another (foreign keys, the review
proxy) and are one schema; the query logic is already in ``querysets.py``.
"""

from __future__ import annotations

import datetime as dt

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models

from .detail_urls import detail_url
from .querysets import (
    ODD_LENGTH_MAX,
    ODD_LENGTH_MIN,
    ArticleQuerySet,
    MeetingQuerySet,
    PersonQuerySet,
    ProjectQuerySet,
)
from .roles import Role
from .warnings import describe_all


def newest_first_index(name: str) -> models.Index:
    """The index behind ``ordering = ["-date", "-id"]`` with the undated rows last, as every
    list of articles or meetings reads."""
    return models.Index(models.F("date").desc(nulls_last=True), models.F("id").desc(), name=name)


class ReaderPage:
    """``get_absolute_url`` of a model with a page of its own on the reader's site: the view
    named after the model (``archive:article``, ``archive:person`` …; a review proxy's rows
    are its model's)."""

    def get_absolute_url(self) -> str:
        name = self._meta.concrete_model._meta.model_name
        return detail_url(f"archive:{name}", self.pk)


class PrintedDate(models.Model):
    """What articles and meetings share as dated records: one wording of a date (年份不详
    where the year is unknown, ``date_display``) and one order, newest first with the undated
    last (each model declares its ``newest_first_index`` behind it)."""

    date: dt.date | None
    month: int | None
    day: int | None

    class Meta:
        abstract = True
        ordering = ["-date", "-id"]

    @property
    def date_display(self) -> str:
        """The date as printed: with the year when known, else month and day and 年份不详."""
        if self.date:
            return f"{self.date.year}年{self.date.month}月{self.date.day}日"
        if self.month and self.day:
            return f"{self.month}月{self.day}日（年份不详）"
        return "日期不详"


class Page(ReaderPage, models.Model):
    """One printed page as ingested: raw text kept, so a reader can check the cut."""

    source = models.CharField("来源文件", max_length=500, unique=True)
    content_hash = models.CharField("内容哈希", max_length=64, db_index=True)
    parser_version = models.CharField("解析器版本", max_length=32)
    encoding = models.CharField("编码", max_length=32, blank=True)
    raw_text = models.TextField("原始文本")
    text = models.TextField("规范化文本", blank=True)
    issue_date = models.DateField("出版日期", null=True, blank=True)
    year = models.PositiveSmallIntegerField("年份", null=True, blank=True)
    page_no = models.PositiveSmallIntegerField("版次", null=True, blank=True)
    warnings = models.JSONField("警告", default=list, blank=True)
    unplaced = models.JSONField("未归属的行", default=list, blank=True)
    # Page facts an editor set (``issue_date``, ``page_no``): a later ingest keeps them and
    # reports a --date or manifest value that disagrees as a conflict.
    edited_fields = models.JSONField("编辑过的字段", default=list, blank=True)
    ingested_at = models.DateTimeField("导入时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    class Meta:
        verbose_name = "版面"
        verbose_name_plural = "版面"
        ordering = ["-issue_date", "source"]
        # The issue calendar, an issue's pages, the previous/next issue and the pages
        # without an issue date (``IS NULL``, by file name) are all ranges of this index.
        indexes = [models.Index(fields=["issue_date", "source"], name="page_issue_source_idx")]

    def __str__(self) -> str:
        return self.source


class Article(ReaderPage, PrintedDate):
    # No index of its own: ``article_page_seq_unique`` (page, seq) serves every lookup by page.
    page = models.ForeignKey(
        Page,
        on_delete=models.CASCADE,
        related_name="articles",
        verbose_name="版面",
        db_index=False,
    )
    seq = models.PositiveSmallIntegerField("版内序号")
    kicker = models.CharField("引题", max_length=300, blank=True)
    title = models.CharField("标题", max_length=300)
    subtitle = models.CharField("副题", max_length=300, blank=True)
    column = models.CharField("栏目", max_length=100, blank=True)
    title_inferred = models.BooleanField("标题由导语生成", default=False)
    continued = models.BooleanField("续前版", default=False)
    date = models.DateField("日期", null=True, blank=True, db_index=True)
    year = models.PositiveSmallIntegerField("年", null=True, blank=True)
    month = models.PositiveSmallIntegerField("月", null=True, blank=True)
    day = models.PositiveSmallIntegerField("日", null=True, blank=True)
    dates = models.JSONField("文中日期", default=list, blank=True)
    byline = models.CharField("署名", max_length=300, blank=True)
    body = models.TextField("正文")
    warnings = models.JSONField("警告", default=list, blank=True)
    reviewed = models.BooleanField("已审核", default=False)
    # Fields an editor changed; a later ingest never overwrites them.
    edited_fields = models.JSONField("编辑过的字段", default=list, blank=True)
    # What the parser produced for this article, kept beside the edit.
    parsed = models.JSONField("解析原始结果", default=dict, blank=True)
    search_vector = SearchVectorField("检索向量", null=True, editable=False)
    # The A-weighted lexemes (title, kicker, column) of ``search_vector``, kept by PostgreSQL
    # whenever the vector is written: "title matches first" reads this small vector and its
    # own index instead of the whole vector of every match of a frequent word.
    title_vector = models.GeneratedField(
        verbose_name="标题检索向量",
        expression=models.Func(
            models.F("search_vector"),
            models.Value("{a}"),
            function="ts_filter",
            output_field=SearchVectorField(),
        ),
        output_field=SearchVectorField(),
        db_persist=True,
    )
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta(PrintedDate.Meta):
        verbose_name = "文章"
        verbose_name_plural = "文章"
        constraints = [
            models.UniqueConstraint(fields=["page", "seq"], name="article_page_seq_unique"),
        ]
        indexes = [
            GinIndex(fields=["search_vector"], name="article_search_gin"),
            GinIndex(fields=["title_vector"], name="article_title_search_gin"),
            models.Index(fields=["year", "month", "day"], name="article_ymd_idx"),
            # Pages of results and the reading order: newest first, unknown dates last.
            newest_first_index("article_date_order_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.body.split("\n\n") if p.strip()]

    @property
    def year_unknown(self) -> bool:
        """A date printed without its year (``ArticleQuerySet.year_unknown``, on one row)."""
        return self.year is None and self.month is not None

    def review_reasons(self) -> list[str]:
        """Why the article is on the review queue (``ArticleQuerySet.review_queue``), in words
        an editor acts on."""
        reasons = []
        if self.title_inferred:
            reasons.append("标题由导语生成")
        if self.year_unknown:
            reasons.append("年份不详")
        if self.continued:
            reasons.append("续前版")
        if not ODD_LENGTH_MIN <= len(self.body) <= ODD_LENGTH_MAX:
            reasons.append(f"篇幅异常（{len(self.body)}字）")
        if self.page.unplaced:
            reasons.append(f"本版有{len(self.page.unplaced)}行未归属的标题")
        # The parser's flags said above are not said again; the rest in Chinese.
        said = {"year_unknown", "title_inferred", "continued"}
        reasons += [
            f"解析警告：{text}"
            for text in describe_all(w for w in self.warnings if str(w).strip() not in said)
        ]
        return reasons

    def set_partial_date(self, year: int | None, month: int | None, day: int | None) -> None:
        self.year, self.month, self.day = year, month, day
        self.date = None
        if year and month and day:
            try:
                self.date = dt.date(year, month, day)
            except ValueError:
                self.date = None


class Person(ReaderPage, models.Model):
    """Same name means same person unless an editor splits them (``disambiguation``)."""

    name = models.CharField("姓名", max_length=64, db_index=True)
    disambiguation = models.CharField("区分说明", max_length=100, blank=True)
    aliases = ArrayField(
        models.CharField(max_length=64), default=list, blank=True, verbose_name="别名"
    )
    is_official = models.BooleanField("官员", default=False)
    # Kept by ``archive.people`` at every recount: why this may be two namesakes ("" when not).
    post_conflict = models.TextField("职务冲突", blank=True, editable=False)
    # The conflict an editor checked and kept as one person: flagged again only if it changes.
    post_conflict_reviewed = models.TextField("已审核的职务冲突", blank=True, editable=False)

    objects = PersonQuerySet.as_manager()

    class Meta:
        verbose_name = "人物"
        verbose_name_plural = "人物"
        ordering = ["name", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["name", "disambiguation"], name="person_name_disambiguation_unique"
            ),
        ]
        # Who a printed name is, for every page an ingest stores: by name, or by alias
        # (``aliases && …``), which without it reads every person. New people are written
        # into it at once (no pending list for every lookup to read whole): a page adds few.
        indexes = [GinIndex(fields=["aliases"], name="person_aliases_gin", fastupdate=False)]

    def __str__(self) -> str:
        return f"{self.name}（{self.disambiguation}）" if self.disambiguation else self.name

    @property
    def needs_review(self) -> bool:
        """Flagged as maybe two namesakes (``PersonQuerySet.needs_review``, on one row)."""
        return bool(self.post_conflict) and self.post_conflict != self.post_conflict_reviewed


class Mention(models.Model):
    """A person named in an article, with the titles printed beside the name there."""

    Role = Role

    # No index of their own: the unique constraint leads with the article and three indexes
    # lead with the person, and every mention written would update two indexes no query reads.
    article = models.ForeignKey(
        Article,
        on_delete=models.CASCADE,
        related_name="mentions",
        verbose_name="文章",
        db_index=False,
    )
    person = models.ForeignKey(
        Person,
        on_delete=models.CASCADE,
        related_name="mentions",
        verbose_name="人物",
        db_index=False,
    )
    role = models.CharField("角色", max_length=16, choices=Role.choices)
    titles = ArrayField(
        models.CharField(max_length=100), default=list, blank=True, verbose_name="职务"
    )
    position = models.PositiveSmallIntegerField("顺序", default=0)
    # The article's date, kept by PostgreSQL (triggers of migration 0007, whatever writes the
    # article or the mention): a person's latest articles are the first entries of
    # ``mention_person_latest_idx``, however rarely or often the person is named.
    article_date = models.DateField("文章日期", null=True, editable=False)

    class Meta:
        verbose_name = "人物提及"
        verbose_name_plural = "人物提及"
        ordering = ["article", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "person", "role"], name="mention_article_person_role_unique"
            ),
        ]
        indexes = [
            models.Index(fields=["person", "role"], name="mention_person_role_idx"),
            # A person's articles read from the index alone: counted, or checked one by one
            # while walking the date index (the unique constraint leads with the article).
            models.Index(fields=["person", "article"], name="mention_person_article_idx"),
            models.Index(
                models.F("person"),
                models.F("article_date").desc(nulls_last=True),
                models.F("article").desc(),
                name="mention_person_latest_idx",
            ),
        ]

    def __str__(self) -> str:
        """Who, as printed, in which article: the admin names an inline row and a history
        entry by it."""
        titles = f"（{self.title_text}）" if self.titles else ""
        return f"{self.person.name}{titles} 见《{self.article.title}》"

    @property
    def title_text(self) -> str:
        return "、".join(self.titles)


class PersonTitle(models.Model):
    """A person's title timeline, derived from mentions: first and last date each title was seen."""

    person = models.ForeignKey(
        Person, on_delete=models.CASCADE, related_name="title_spans", verbose_name="人物"
    )
    title = models.CharField("职务", max_length=300)
    first_seen = models.DateField("首次", null=True, blank=True)
    last_seen = models.DateField("最近", null=True, blank=True)
    article_count = models.PositiveIntegerField("文章数", default=0)

    class Meta:
        verbose_name = "职务时间线"
        verbose_name_plural = "职务时间线"
        ordering = ["person", "first_seen", "title"]
        constraints = [
            models.UniqueConstraint(fields=["person", "title"], name="person_title_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.person.name} {self.title}"


class Meeting(ReaderPage, PrintedDate):
    """A meeting an article reports as held."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="meetings", verbose_name="文章"
    )
    seq = models.PositiveSmallIntegerField("序号", default=1)
    name = models.CharField("会议名称", max_length=300)
    date = models.DateField("日期", null=True, blank=True, db_index=True)
    month = models.PositiveSmallIntegerField("月", null=True, blank=True)
    day = models.PositiveSmallIntegerField("日", null=True, blank=True)
    chair = models.ForeignKey(
        Person,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="chaired_meetings",
        verbose_name="主持人",
        db_index=False,  # ``meeting_chair_date_idx`` leads with the chair
    )
    attendees = models.ManyToManyField(
        Person, blank=True, related_name="attended_meetings", verbose_name="出席人"
    )
    place = models.CharField("地点", max_length=200, blank=True)

    objects = MeetingQuerySet.as_manager()

    class Meta(PrintedDate.Meta):
        verbose_name = "会议"
        verbose_name_plural = "会议"
        # A chair's latest meetings without sorting all of them (the busiest chairs hundreds),
        # in the order the lists read (``for_list``): with the undated last, or the planner
        # walks every meeting by date and filters on the chair instead.
        indexes = [
            models.Index(
                models.F("chair"),
                models.F("date").desc(nulls_last=True),
                models.F("id").desc(),
                name="meeting_chair_date_idx",
            ),
            # The meetings list: newest first, the undated after every dated one.
            newest_first_index("meeting_date_nulls_last_idx"),
        ]

    def __str__(self) -> str:
        return self.name


class Project(ReaderPage, models.Model):
    name = models.CharField("项目名称", max_length=200, unique=True)
    aliases = ArrayField(
        models.CharField(max_length=200), default=list, blank=True, verbose_name="别名"
    )
    articles = models.ManyToManyField(
        Article, blank=True, related_name="projects", through="ProjectArticle", verbose_name="文章"
    )

    objects = ProjectQuerySet.as_manager()

    class Meta:
        verbose_name = "项目"
        verbose_name_plural = "项目"
        ordering = ["name"]
        # A page's projects by name or alias, as for people.
        indexes = [GinIndex(fields=["aliases"], name="project_aliases_gin", fastupdate=False)]

    def __str__(self) -> str:
        return self.name


class MergeRecord(models.Model):
    """An article or a person merged into another: the old id's URL answers with the survivor.

    Ids are never reused (PostgreSQL sequences), so an old id names one merged object forever;
    when a survivor is merged in turn, its records are pointed at the new survivor.
    """

    class Kind(models.TextChoices):
        ARTICLE = "article", "文章"
        PERSON = "person", "人物"

    kind = models.CharField("类别", max_length=16, choices=Kind.choices)
    old_id = models.PositiveIntegerField("原编号")
    survivor_id = models.PositiveIntegerField("合并到")
    merged_at = models.DateTimeField("合并时间", auto_now_add=True)

    class Meta:
        verbose_name = "合并记录"
        verbose_name_plural = "合并记录"
        ordering = ["-merged_at"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "old_id"], name="merge_record_kind_old_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.old_id} → {self.survivor_id}"


class ProjectArticle(models.Model):
    """An article that names a project: Django's own link table, given a name an editor reads."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, verbose_name="项目")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, verbose_name="文章")

    class Meta:
        # The table Django made for ``Project.articles`` (migration 0011 changes state only).
        db_table = "archive_project_articles"
        unique_together = [("project", "article")]
        verbose_name = "项目关联"
        verbose_name_plural = "项目关联"

    def __str__(self) -> str:
        return f"{self.project.name} 见《{self.article.title}》"


class ReviewArticle(Article):
    """The editor's review queue: the same rows as Article, its own admin list and permissions."""

    class Meta:
        proxy = True
        verbose_name = "待审核文章"
        verbose_name_plural = "待审核文章"
