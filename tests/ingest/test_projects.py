"""Project extraction: lists announced as projects, suffixes, and generic phrases rejected."""

from __future__ import annotations

import pytest

from ingest.parser.projects import extract_projects


def _names(text: str) -> list[str]:
    return [p.name for p in extract_projects(text)]


def test_list_before_count_of_projects() -> None:
    text = (
        "实地察看了普乐天地、百年德化二期、丹尼斯（二七）、华润二期、金博大"
        "5个重点产业项目推进情况。"
    )
    assert _names(text) == ["普乐天地", "百年德化二期", "丹尼斯（二七）", "华润二期", "金博大"]


def test_aliases_are_printed_variants() -> None:
    got = extract_projects("察看了普乐天地、金博大等项目。加快普乐天地项目建设。")
    assert got[0].name == "普乐天地" and got[0].aliases == ["普乐天地项目"]
    assert got[1].aliases == []


def test_observation_list_keeps_only_project_items() -> None:
    text = (
        "先后察看了嵩山大厦海一实业有限公司、正商航海广场“双创十字街区”项目、"
        "中央商务区项目等观摩点。"
    )
    assert _names(text) == ["正商航海广场“双创十字街区”", "中央商务区"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("二七广场隧道工程建设情况", "二七广场隧道工程"),
        ("实施贾鲁河综合治理工程，", "贾鲁河综合治理工程"),
        ("到侯寨乡绿地城二期现场督导", "绿地城二期"),
        ("推进老家印象休闲旅游区项目建设", "老家印象休闲旅游区"),
        ("激发建业足球小镇等消费潜力", "建业足球小镇"),
    ],
)
def test_suffix_names(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "确保重大产业项目尽快开工。",
        "推动安置房项目顺利推进。",
        "办好这项民生工程，努力打造一批特色优质项目。",
        "把“双改”工作作为“一把手”工程。",
        "持续深化“六大提升工程”。",
        "加快项目落地，大抓项目、抓大项目。",
        "尽快形成实物工程量和投资增量。",
    ],
)
def test_generic_phrases_are_not_projects(text: str) -> None:
    assert _names(text) == []
