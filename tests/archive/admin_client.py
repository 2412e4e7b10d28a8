"""What an editor's browser sends to the admin, for the admin tests."""

from __future__ import annotations

from django.contrib.admin.models import LogEntry
from django.forms import Textarea
from django.urls import reverse

from archive.models import Article

# An article of three paragraphs, for the views that split one.
BODY3 = "本报讯 第一段讲会议。\n\n第二段说新的事情。后面还有。\n\n第三段收尾。"


def change_form_data(response) -> dict:
    """The POST an editor's browser would send for an unchanged admin change form."""
    data: dict = {}

    def add(form, prefix_form=None):
        for name in form.fields:
            value = form[name].value()
            key = (prefix_form or form).add_prefix(name)
            if value is None or value is False:
                continue
            if value is True:
                data[key] = "on"
            elif isinstance(value, list | tuple):
                data[key] = [str(v) for v in value]
            else:
                data[key] = str(value)
            if form.fields[name].show_hidden_initial:  # callable defaults (ArrayField)
                data[(prefix_form or form).add_initial_prefix(name)] = data[key]

    add(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        management = formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = str(management[name].value())
        for form in formset.forms:
            add(form)
    return data


def change_url(obj) -> str:
    return reverse(f"admin:archive_{obj._meta.model_name}_change", args=[obj.pk])


def run_action(client, model: str, action: str, pks, **extra):
    return client.post(
        reverse(f"admin:archive_{model}_changelist"),
        {"action": action, "_selected_action": [str(pk) for pk in pks], **extra},
    )


def logged(obj, text: str) -> bool:
    return LogEntry.objects.filter(object_id=str(obj.pk), change_message__contains=text).exists()


def browser_form_data(response) -> dict:
    """``change_form_data`` as a browser sends it: a textarea's line ends as CRLF (HTML forms
    submit them so), and a one-line input without its line breaks (the browser drops them)."""
    data = change_form_data(response)
    forms = [response.context["adminform"].form]
    for inline in response.context["inline_admin_formsets"]:
        forms += inline.formset.forms
    for form in forms:
        for name, field in form.fields.items():
            key = form.add_prefix(name)
            value = data.get(key)
            if not isinstance(value, str):
                continue
            if isinstance(field.widget, Textarea):
                data[key] = value.replace("\r\n", "\n").replace("\n", "\r\n")
            else:
                data[key] = value.replace("\r", "").replace("\n", "")
    return data


# Kept by the database or the search index, not by the form.
_NOT_CONTENT = {"updated_at", "search_vector", "title_vector"}


def article_snapshot(article: Article) -> dict:
    """Everything an unchanged save must leave as it was: fields, people, meetings, projects."""
    article = Article.objects.get(pk=article.pk)
    fields = {
        f.attname: getattr(article, f.attname)
        for f in Article._meta.concrete_fields
        if f.attname not in _NOT_CONTENT
    }
    fields["mentions"] = list(
        article.mentions.order_by("position", "id").values_list(
            "person_id", "role", "titles", "position"
        )
    )
    fields["meetings"] = [
        (
            m.seq,
            m.name,
            m.date,
            m.month,
            m.day,
            m.chair_id,
            m.place,
            sorted(m.attendees.values_list("pk", flat=True)),
        )
        for m in article.meetings.order_by("seq", "id")
    ]
    fields["projects"] = sorted(article.projects.values_list("pk", flat=True))
    return fields
