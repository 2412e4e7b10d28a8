"""The editor's write operations: each one atomic, each leaves the search index and the title
timelines current, and each marks what it changed in ``edited_fields`` so a later ingest keeps it.

The loader matches a page's articles to the parser's output by ``seq``. A split or a merge
shifts the ``seq`` of the articles after it, so those articles are marked edited too: otherwise
a re-ingest would pour the parser's article n into what is now article n+1 (or delete it).

One module over 400 lines because every operation shares the helpers that mark edits, shift
``seq`` and record merges, and the admin calls them as one ``services`` namespace.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F

from .editing import EDITABLE_FIELDS, ENTITIES, parse_iso_partial
from .extensions import parser
from .indexing import index_articles
from .links import link_entities
from .models import Article, Meeting, Mention, MergeRecord, Page, Person
from .people import refresh_people
from .warnings import is_year_unknown

# Errors as named constants, so the admin shows them and the tests reuse them.
ERROR_SPLIT_PARAGRAPH = "拆分位置必须在第一段之后、最后一段之前。"
ERROR_NO_NEXT_ARTICLE = "本版没有下一篇文章可以合并。"
ERROR_OTHER_PAGE = "只能在同一版面的文章之间移动标题。"
ERROR_SAME_ARTICLE = "源文章和目标文章不能相同。"
ERROR_NOT_REVERTIBLE = "该字段不能还原：没有解析器的原始结果。"
ERROR_MERGE_SELF = "不能把人物合并到自己。"
ERROR_SPLIT_NO_MENTIONS = "请至少选择一条提及。"
ERROR_SPLIT_FOREIGN_MENTION = "所选提及不属于该人物。"
ERROR_SPLIT_ALL_MENTIONS = "不能移走全部提及：那样只是改名，请直接编辑人物。"
ERROR_DISAMBIGUATION_REQUIRED = "请填写区分说明。"
ERROR_DISAMBIGUATION_TAKEN = "已有同名且区分说明相同的人物。"

HEADLINE_FIELDS = ("kicker", "title", "subtitle", "column")
# Headroom for renumbering: seqs are moved out of the way and back in two UPDATEs, because
# PostgreSQL checks the (page, seq) unique constraint row by row inside one UPDATE.
_SEQ_OFFSET = 10000


def _mark_edited(article: Article, names: Iterable[str]) -> None:
    article.edited_fields = sorted(set(article.edited_fields) | set(names))


def _people_of(articles: Iterable[Article]) -> set[int]:
    return set(
        Mention.objects.filter(article__in=[a.pk for a in articles]).values_list(
            "person_id", flat=True
        )
    )


def _record_merge(kind: str, old_ids: Iterable[int], survivor_id: int) -> None:
    """Remember where merged objects went, so their URLs keep answering (``MergeRecord``);
    what was merged into an old id before follows it to the new survivor."""
    old_ids = list(old_ids)
    MergeRecord.objects.filter(kind=kind, survivor_id__in=old_ids).update(survivor_id=survivor_id)
    MergeRecord.objects.bulk_create(
        [MergeRecord(kind=kind, old_id=old, survivor_id=survivor_id) for old in old_ids]
    )


def _extract_entities(article: Article) -> set[int]:
    """The parser's people, meetings and projects of the article as it now reads; returns
    the people touched (those linked before and after)."""
    before = _people_of([article])
    return before | link_entities(article, parser().read_entities(article), {})


def _shift_seqs_after(page: Page, seq: int, delta: int) -> list[Article]:
    """Move every article after ``seq`` by ``delta`` places, never colliding on the way."""
    later = Article.objects.filter(page=page, seq__gt=seq)
    ids = list(later.values_list("pk", flat=True))
    Article.objects.filter(pk__in=ids).update(seq=F("seq") + _SEQ_OFFSET)
    Article.objects.filter(pk__in=ids).update(seq=F("seq") - _SEQ_OFFSET + delta)
    shifted = list(Article.objects.filter(pk__in=ids))
    for article in shifted:
        _mark_edited(article, (*EDITABLE_FIELDS, ENTITIES))
        article.save(update_fields=["edited_fields", "updated_at"])
    return shifted


def article_save_edit(
    *, article: Article, changed: Iterable[str], entities: bool = False, people: Iterable[int] = ()
) -> None:
    """Save an editor's form edit: record the fields so re-ingest keeps them, refresh derived data.

    ``people`` are those linked before the edit: a removed link must leave their timeline too.
    """
    names = {"date" if name in ("year", "month", "day") else name for name in changed}
    names &= set(EDITABLE_FIELDS)
    if entities:
        names.add(ENTITIES)
    article.set_partial_date(article.year, article.month, article.day)
    _mark_edited(article, names)
    with transaction.atomic():
        article.save()
        index_articles([article])
        refresh_people(_people_of([article]) | set(people))


@transaction.atomic
def article_entities_edited(*, article: Article) -> None:
    """A meeting or link edited outside the article's page: protect the links, refresh."""
    _mark_edited(article, (ENTITIES,))
    article.save(update_fields=["edited_fields", "updated_at"])
    refresh_people(_people_of([article]))
    index_articles([article])


@transaction.atomic
def person_titles_saved(*, person: Person, article_ids: Iterable[int]) -> None:
    """Titles edited on a person's mentions: protect those articles' links, rebuild the timeline."""
    for article in Article.objects.filter(pk__in=set(article_ids)):
        _mark_edited(article, (ENTITIES,))
        article.save(update_fields=["edited_fields", "updated_at"])
    refresh_people([person.pk])


@transaction.atomic
def article_split(*, article: Article, at_paragraph: int, title: str | None = None) -> Article:
    """Keep the first ``at_paragraph`` paragraphs; the rest becomes the next article of the page.

    Each half gets the people, meetings and projects the parser reads in it, except that
    links an editor set on the article before (``entities`` edited) stay on the first half.
    """
    paragraphs = article.paragraphs
    links_edited = ENTITIES in article.edited_fields
    if not 1 <= at_paragraph < len(paragraphs):
        raise ValidationError(ERROR_SPLIT_PARAGRAPH)
    head, tail = paragraphs[:at_paragraph], paragraphs[at_paragraph:]
    shifted = _shift_seqs_after(article.page, article.seq, 1)
    title = (title or "").strip()
    inferred = "" if title else parser().infer_title(tail[0])
    new = Article(
        page=article.page,
        seq=article.seq + 1,
        title=title or inferred,
        title_inferred=bool(inferred),
        column=article.column,
        body="\n\n".join(tail),
        dates=article.dates,
        # No parser output exists for the new article: nothing to revert to.
        parsed={},
        edited_fields=sorted({*EDITABLE_FIELDS, ENTITIES}),
    )
    new.set_partial_date(article.year, article.month, article.day)
    new.save()
    article.body = "\n\n".join(head)
    _mark_edited(article, ("body", ENTITIES))
    article.save()
    touched = _extract_entities(new)
    if not links_edited:
        touched |= _extract_entities(article)
    refresh_people(touched)
    index_articles([article, new, *shifted])
    return new


@transaction.atomic
def article_merge_next(*, article: Article) -> Article:
    """Append the next article of the page to this one, with its people, meetings and projects."""
    nxt = Article.objects.filter(page=article.page, seq__gt=article.seq).order_by("seq").first()
    if nxt is None:
        raise ValidationError(ERROR_NO_NEXT_ARTICLE)
    people = _people_of([article, nxt])
    article.body = "\n\n".join(p for p in (article.body.strip(), nxt.body.strip()) if p)
    existing = {(m.person_id, m.role): m for m in article.mentions.all()}
    position = max((m.position for m in existing.values()), default=0)
    for mention in nxt.mentions.order_by("position"):
        kept = existing.get((mention.person_id, mention.role))
        if kept is not None:
            kept.titles = list(dict.fromkeys([*kept.titles, *mention.titles]))
            kept.save(update_fields=["titles"])
            mention.delete()
        else:
            position += 1
            mention.article = article
            mention.position = position
            mention.save(update_fields=["article", "position"])
    last_meeting = max(article.meetings.values_list("seq", flat=True), default=0)
    for offset, meeting in enumerate(nxt.meetings.order_by("seq"), start=1):
        meeting.article = article
        meeting.seq = last_meeting + offset
        meeting.save(update_fields=["article", "seq"])
    for project in nxt.projects.all():
        project.articles.add(article)
    _mark_edited(article, ("body", ENTITIES))
    article.save()
    gone_seq = nxt.seq
    _record_merge(MergeRecord.Kind.ARTICLE, [nxt.pk], article.pk)
    nxt.delete()
    shifted = _shift_seqs_after(article.page, gone_seq, -1)
    refresh_people(people)
    index_articles([article, *shifted])
    return article


@transaction.atomic
def headline_move(*, source: Article, target: Article) -> None:
    """Give ``source``'s headline to ``target``; the target's old headline goes to ``source``.

    A swap, so nothing an editor might still want is lost: the usual case is a headline the
    parser put on the wrong article while the right one got an inferred title.
    """
    if source.page_id != target.page_id:
        raise ValidationError(ERROR_OTHER_PAGE)
    if source.pk == target.pk:
        raise ValidationError(ERROR_SAME_ARTICLE)
    for name in HEADLINE_FIELDS:
        a, b = getattr(source, name), getattr(target, name)
        setattr(source, name, b)
        setattr(target, name, a)
    source.title_inferred, target.title_inferred = target.title_inferred, source.title_inferred
    if not source.title and source.paragraphs:
        source.title = parser().infer_title(source.paragraphs[0])
        source.title_inferred = bool(source.title)
    for article in (source, target):
        _mark_edited(article, HEADLINE_FIELDS)
        article.save()
    index_articles([source, target])


def _year_for(issue_date: dt.date, month: int, day: int) -> int:
    """The year that keeps the article's date on or before the issue date (Dec news in Jan)."""
    return (
        issue_date.year
        if (month, day) <= (issue_date.month, issue_date.day)
        else (issue_date.year - 1)
    )


def _without_year_unknown(warnings: list) -> list:
    return [w for w in warnings if not is_year_unknown(w)]


@transaction.atomic
def page_set_issue_date(
    *, page: Page, issue_date: dt.date, page_no: int | None = None
) -> list[Article]:
    """Date a page (and number it, when ``page_no`` is given), and give its year to every
    article on it whose printed date lacked one; returns those articles, and only those.

    The facts are marked edited on the page: a later ingest keeps them, and reports a
    ``--date`` or manifest value that disagrees as a conflict.
    """
    changed = {"issue_date"} if page.issue_date != issue_date else set()
    if page_no is not None and page_no != page.page_no:
        page.page_no = page_no
        changed.add("page_no")
    page.issue_date = issue_date
    page.year = issue_date.year
    page.warnings = _without_year_unknown(page.warnings)
    page.edited_fields = sorted(set(page.edited_fields) | changed)
    page.save()
    fixed = []
    for article in page.articles.filter(year__isnull=True):
        if article.month and article.day:
            article.set_partial_date(
                _year_for(issue_date, article.month, article.day), article.month, article.day
            )
            for meeting in article.meetings.filter(date__isnull=True, month__isnull=False):
                try:
                    meeting.date = dt.date(
                        _year_for(issue_date, meeting.month, meeting.day),
                        meeting.month,
                        meeting.day,
                    )
                except (TypeError, ValueError):
                    continue
                meeting.save(update_fields=["date"])
            # Not marked edited: the year follows the page's issue date, itself kept by
            # later ingests, which parse the page with it (no conflict for each article).
            fixed.append(article)
        article.warnings = _without_year_unknown(article.warnings)
        article.save()
    refresh_people(_people_of(fixed))
    index_articles(fixed)
    return fixed


@transaction.atomic
def article_reextract_entities(*, article: Article) -> Article:
    """Run the entity step again on the article as it is now (after an editor's fixes)."""
    data = parser().read_entities(article)
    before = _people_of([article])
    touched = link_entities(article, data, {})
    if set(article.edited_fields) - {ENTITIES}:
        # The links now come from edited text: the parser's reading of the page would differ.
        _mark_edited(article, (ENTITIES,))
        article.save(update_fields=["edited_fields", "updated_at"])
    refresh_people(before | touched)
    index_articles([article])
    return article


@transaction.atomic
def article_revert_field(*, article: Article, field: str) -> Article:
    """Put one field back to what the parser read, and let later ingests update it again."""
    parsed = article.parsed or {}
    if field == ENTITIES:
        if "persons" not in parsed:
            raise ValidationError(ERROR_NOT_REVERTIBLE)
        before = _people_of([article])
        touched = link_entities(article, parsed, {})
        refresh_people(before | touched)
    elif field in EDITABLE_FIELDS and field in parsed:
        if field == "date":
            article.set_partial_date(*parse_iso_partial(parsed["date"]))
            article.dates = parsed.get("dates", article.dates)
        else:
            setattr(article, field, parsed[field] or "")
            if field == "title":
                article.title_inferred = bool(parsed.get("title_inferred"))
    else:
        raise ValidationError(ERROR_NOT_REVERTIBLE)
    article.edited_fields = [f for f in article.edited_fields if f != field]
    article.save()
    if field == "date":
        refresh_people(_people_of([article]))
    index_articles([article])
    return article


@transaction.atomic
def article_mark_reviewed(*, articles: Iterable[Article], reviewed: bool = True) -> int:
    """Take articles off (or put them back on) the review queue; returns how many changed."""
    ids = [a.pk for a in articles]
    return Article.objects.filter(pk__in=ids).exclude(reviewed=reviewed).update(reviewed=reviewed)


@transaction.atomic
def person_mark_reviewed(*, people: Iterable[Person]) -> int:
    """An editor checked these people's clashing posts and keeps each as one person: the
    flag clears until a different clash appears. Returns how many were flagged."""
    ids = [p.pk for p in people]
    return (
        Person.objects.filter(pk__in=ids)
        .needs_review()
        .update(post_conflict_reviewed=F("post_conflict"))
    )


@transaction.atomic
def person_merge(*, target: Person, others: Iterable[Person]) -> Person:
    """Fold duplicates into ``target``: their links move, their names become its aliases.

    The loader's ``person_for`` then resolves the old names to ``target`` through the aliases,
    so a re-ingest links to the merged person without any further protection.
    """
    others = [o for o in others if o.pk != target.pk]
    if not others:
        raise ValidationError(ERROR_MERGE_SELF)
    aliases = list(target.aliases)
    merged_ids = [o.pk for o in others]  # delete() clears each pk
    articles: set[int] = set()
    for other in others:
        for mention in Mention.objects.filter(person=other):
            articles.add(mention.article_id)
            kept = Mention.objects.filter(
                article_id=mention.article_id, person=target, role=mention.role
            ).first()
            if kept is not None:
                kept.titles = list(dict.fromkeys([*kept.titles, *mention.titles]))
                kept.save(update_fields=["titles"])
                mention.delete()
            else:
                mention.person = target
                mention.save(update_fields=["person"])
        Meeting.objects.filter(chair=other).update(chair=target)
        for meeting in other.attended_meetings.all():
            meeting.attendees.add(target)
        for name in (other.name, *other.aliases):
            if name != target.name and name not in aliases:
                aliases.append(name)
        other.delete()
    _record_merge(MergeRecord.Kind.PERSON, merged_ids, target.pk)
    target.aliases = aliases
    target.save()
    refresh_people([target.pk])
    index_articles(Article.objects.filter(pk__in=articles))
    return target


@transaction.atomic
def person_split(*, person: Person, mention_ids: Iterable[int], disambiguation: str) -> Person:
    """Move some of a person's mentions to a new namesake told apart by ``disambiguation``.

    Those articles get their entity links protected: ``person_for`` resolves a plain name to
    the undistinguished person, so a re-ingest would otherwise link them back.
    """
    disambiguation = disambiguation.strip()
    if not disambiguation:
        raise ValidationError(ERROR_DISAMBIGUATION_REQUIRED)
    if Person.objects.filter(name=person.name, disambiguation=disambiguation).exists():
        raise ValidationError(ERROR_DISAMBIGUATION_TAKEN)
    ids = set(mention_ids)
    if not ids:
        raise ValidationError(ERROR_SPLIT_NO_MENTIONS)
    mentions = list(Mention.objects.filter(pk__in=ids, person=person))
    if len(mentions) != len(ids):
        raise ValidationError(ERROR_SPLIT_FOREIGN_MENTION)
    if not Mention.objects.filter(person=person).exclude(pk__in=ids).exists():
        raise ValidationError(ERROR_SPLIT_ALL_MENTIONS)
    new = Person.objects.create(name=person.name, disambiguation=disambiguation)
    article_ids = {m.article_id for m in mentions}
    Mention.objects.filter(pk__in=ids).update(person=new)
    moved_away = article_ids - set(
        Mention.objects.filter(person=person, article_id__in=article_ids).values_list(
            "article_id", flat=True
        )
    )
    Meeting.objects.filter(article_id__in=moved_away, chair=person).update(chair=new)
    for meeting in Meeting.objects.filter(article_id__in=moved_away, attendees=person):
        meeting.attendees.remove(person)
        meeting.attendees.add(new)
    for article in Article.objects.filter(pk__in=article_ids):
        _mark_edited(article, (ENTITIES,))
        article.save(update_fields=["edited_fields", "updated_at"])
    refresh_people([person.pk, new.pk])
    index_articles(Article.objects.filter(pk__in=article_ids))
    return new
