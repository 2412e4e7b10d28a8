"""Meeting extraction: which events count as held, and their date, chair, attendees, place."""

from __future__ import annotations

from ingest.parser.meetings import extract_meetings
from ingest.parser.model import PartialDate
from ingest.parser.people import extract_persons


def _meetings(text: str, dates: list[PartialDate] | None = None):
    return extract_meetings(text, dates or [], extract_persons(text))


def test_chair_and_attendees() -> None:
    text = (
        "3月3日上午，二七区区长苏建设主持召开安置房建设工作专题会。区委常委、副区长王传胜参加会议。"
    )
    (m,) = _meetings(text, [PartialDate(2022, 3, 3)])
    assert m.name == "安置房建设工作专题会"
    assert m.date == PartialDate(2022, 3, 3)
    assert m.chair == "苏建设"
    assert m.attendees == ["王传胜"]


def test_two_dates_pair_with_two_meetings_in_order() -> None:
    text = "11月18日、25日，二七区分别召开老旧小区改造工作调研推进会、改进城市管理工作推进会。"
    got = _meetings(text, [PartialDate(2020, 11, 18), PartialDate(2020, 11, 25)])
    assert [(m.name, m.date) for m in got] == [
        ("老旧小区改造工作调研推进会", PartialDate(2020, 11, 18)),
        ("改进城市管理工作推进会", PartialDate(2020, 11, 25)),
    ]


def test_held_form_strips_home_district_and_reads_chair() -> None:
    text = "11月19日，二七区委人大工作会议召开。区委常委、组织部长王升建主持会议。"
    (m,) = _meetings(text)
    assert (m.name, m.chair, m.date) == ("区委人大工作会议", "王升建", PartialDate(None, 11, 19))


def test_place_is_read() -> None:
    text = "12月5日，相关人员在区委常委会议室召开创文工作点评推进会。"
    (m,) = _meetings(text)
    assert m.place == "区委常委会议室"


def test_tv_conference_form() -> None:
    (m,) = _meetings("3月31日上午，二七区组织工作暨老干部工作会议以电视电话会议形式召开。")
    assert m.name == "组织工作暨老干部工作会议"


def test_generic_mention_merges_into_named_meeting() -> None:
    text = "区委书记陈红民带队调研并召开推进会。区领导袁斌等参加。随后召开二七商圈工作推进会。"
    (m,) = _meetings(text)
    assert m.name == "二七商圈工作推进会"
    assert m.attendees == ["袁斌"]


def test_habits_and_lectures_are_not_meetings() -> None:
    assert _meetings("坚持每周召开一次专题例会。每月定期召开专题会议。") == []
    assert _meetings("区长苏建设给全体学员上了一堂专题党课。") == []
    assert _meetings("贯彻落实省委、市委人大工作会议部署。") == []
