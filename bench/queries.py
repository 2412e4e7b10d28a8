"""The fixed query mix: what readers of a district paper type, in the proportions that hurt.

Names come from the generator's cast for the same seed, so every name query has matches; the
most frequent words (``二七区``, ``工作``) match nearly every article and are the hard case.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from urllib.parse import urlencode

FREQUENT = ["二七区", "工作", "建设", "发展", "推进", "会议", "全区", "要", "项目", "群众"]
TOPICS = [
    "安置房",
    "老旧小区改造",
    "大气污染防治",
    "营商环境",
    "疫情防控",
    "文明城市创建",
    "民生实事",
    "城市精细化管理",
    "乡村振兴",
    "楼宇经济",
    "志愿服务",
    "换届",
]
PHRASES = ['"万人助万企"', '"项目建设"', '"三个二七"', '"城市复兴"', '"以案促改"', '"双改"']
COMBINED = ["安置房 回迁", "二七商圈 城市复兴", "大气污染 扬尘", "社区 党建", "工作 推进"]
SYNTAX = ["安置房 -回迁", "樱桃沟 OR 马寨镇", '"老旧小区" 改造', "普乐天地 OR 华润二期"]


@dataclass(frozen=True)
class Query:
    kind: str
    q: str
    params: dict = field(default_factory=dict)

    def querystring(self) -> str:
        return urlencode({"q": self.q, **self.params})


def query_mix(names: list[str], seed: int = 1) -> list[Query]:
    """At least 50 queries: frequent words, topics, phrases, names, syntax, and with filters."""
    rng = random.Random(seed)
    names = sorted(set(names))
    people = rng.sample(names, min(12, len(names)))
    mix = [Query("frequent", w) for w in FREQUENT]
    mix += [Query("topic", t) for t in TOPICS]
    mix += [Query("phrase", p) for p in PHRASES]
    mix += [Query("name", n) for n in people]
    mix += [Query("combined", c) for c in COMBINED + SYNTAX]
    years = [str(y) for y in range(2005, 2025)]
    for word in ["二七区", "工作", "安置房", "营商环境", *people[:3]]:
        mix.append(Query("filtered", word, {"year": rng.choice(years)}))
    mix += [
        Query("filtered", "项目建设", {"sort": "date"}),
        Query("filtered", "会议", {"page": "3"}),
    ]
    return mix
