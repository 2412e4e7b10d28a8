"""Forms of the editor's own views (split, move headline, issue date, merge and split people)
and the article change form's date check."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import QuerySet

from ..models import (
    Article,
    Mention,
    Page,
    Person,
)
from ..people import people_summaries


def normalize_line_ends(text: str) -> str:
    """A browser submits a textarea's line ends as CRLF; the archive stores ``\n`` only (the
    article page splits paragraphs on a blank line)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


class LinesField(forms.CharField):
    """Text of several lines as stored: line ends normalised before the form compares it with
    the stored value, so a form sent back unchanged counts as unchanged."""

    widget = forms.Textarea

    def __init__(self, *, rows: int = 2, **kwargs) -> None:
        # Not stripped: an unchanged value must compare equal to what is stored.
        kwargs.setdefault("strip", False)
        kwargs["widget"] = forms.Textarea(attrs={"rows": rows, "cols": 100})
        super().__init__(**kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        return normalize_line_ends(value) if isinstance(value, str) else value


class ArticleForm(forms.ModelForm):
    # A byline is printed on one or two lines (记者 … / 通讯员 …): a one-line input would
    # join them, so it is a small textarea.
    byline = LinesField(label="署名", max_length=300, required=False, rows=2)
    body = LinesField(label="正文", rows=20)

    class Meta:
        model = Article
        fields = [
            "kicker",
            "title",
            "subtitle",
            "column",
            "year",
            "month",
            "day",
            "byline",
            "body",
            "reviewed",
        ]

    def clean(self):
        data = super().clean()
        year, month, day = data.get("year"), data.get("month"), data.get("day")
        if day and not month:
            raise ValidationError("有日无月。")
        if month and not 1 <= month <= 12:
            raise ValidationError("月份应在1到12之间。")
        if month and day:
            try:
                dt.date(year or 2000, month, day)
            except ValueError as exc:
                raise ValidationError("日期不存在。") from exc
        return data


class SplitForm(forms.Form):
    at_paragraph = forms.TypedChoiceField(
        label="从哪一段之后拆分", coerce=int, widget=forms.RadioSelect
    )
    title = forms.CharField(
        label="新文章标题", required=False, max_length=300, help_text="留空则由第一句生成"
    )

    def __init__(self, *args, article: Article, **kwargs):
        super().__init__(*args, **kwargs)
        paragraphs = article.paragraphs
        self.fields["at_paragraph"].choices = [
            (k, f"第{k}段之后：{paragraphs[k - 1][:60]}") for k in range(1, len(paragraphs))
        ]


class HeadlineMoveForm(forms.Form):
    target = forms.ModelChoiceField(label="移到", queryset=Article.objects.none())

    def __init__(self, *args, article: Article, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["target"]
        field.queryset = article.page.articles.exclude(pk=article.pk).order_by("seq")
        field.label_from_instance = lambda a: f"{a.seq}. {a.title}"


class IssueDateForm(forms.Form):
    issue_date = forms.DateField(label="出版日期", widget=forms.DateInput(attrs={"type": "date"}))
    page_no = forms.IntegerField(
        label="版次", required=False, min_value=1, max_value=999, help_text="留空则不改"
    )

    def __init__(self, *args, page: Page, **kwargs):
        kwargs.setdefault("initial", {"issue_date": page.issue_date, "page_no": page.page_no})
        super().__init__(*args, **kwargs)


class PersonMergeForm(forms.Form):
    target = forms.ModelChoiceField(
        label="合并到", queryset=Person.objects.none(), widget=forms.RadioSelect
    )

    def __init__(self, *args, people: QuerySet, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["target"]
        field.queryset = people
        # Two 王伟 told apart by their articles, years and posts.
        summaries = people_summaries(p.pk for p in people)
        field.label_from_instance = lambda p: f"{p}（编号 {p.pk}）：{summaries[p.pk]}"


class PersonSplitForm(forms.Form):
    mentions = forms.ModelMultipleChoiceField(
        label="移到新人物的提及",
        queryset=Mention.objects.none(),
        widget=forms.CheckboxSelectMultiple,
    )
    disambiguation = forms.CharField(label="新人物的区分说明", max_length=100)

    def __init__(self, *args, person: Person, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["mentions"]
        field.queryset = person.mentions.select_related("article").order_by("article__date", "id")
        field.label_from_instance = lambda m: (
            f"{m.article.date_display} «{m.article.title}» {m.get_role_display()} {m.title_text}"
        )
