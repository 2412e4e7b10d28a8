"""Named projects an article reports on, with the printed variants as aliases.

Evidence, strongest first: a 、-list announced as projects (…5个重点产业项目, …等项目现场);
a name ending in a project suffix (二期, 工程, 产业园, 基地, 小镇, 项目) whose stem looks like
a proper name. Generic phrases (重点项目, 安置房项目, 这项民生工程) are rejected: they name a
kind of project, and linking every article that says them would make the index useless.
"""

from __future__ import annotations

import re

from .model import ProjectMention

_ITEM = r"[^，。；：、！？\s]"
_NUM = r"(?:\d+|[一二三四五六七八九十两几多]+)"
# 察看了A、B、C5个重点产业项目 / 来到A、B等项目现场 / 察看了A、B等观摩点.
_LIST_RE = re.compile(
    rf"(?P<list>{_ITEM}+(?:、{_ITEM}+)+)"
    rf"(?:(?P<count>{_NUM})个{_ITEM}{{0,8}}?项目|等(?P<kind>项目|观摩点|重点项目|{_ITEM}{{0,4}}项目))"
)
_VERB_LEAD = re.compile(
    r"^(?:[^，。]*?(?:先后|实地|深入|逐一|分别|重点))?"
    r"(?:察看了?|查看了?|来到|走进|调研了?|观摩了?|考察了?|督导了?|到|在|对|为)"
)
_SUFFIX_RE = re.compile(
    rf"(?P<name>{_ITEM}{{2,24}}?(?:[一二三四五六]期|工程|产业园|基地|小镇|项目))"
    r"(?P<next>建设|项目|现场|规划|情况|进度|手续|等|和|是|已|将|、|，|。|；|的|$)"
)
_LEAD_WORDS = re.compile(
    r"(?:加快|推进|推动|细化|确保|做好|抓好|建设|办好|实施|开展|启动|完成|督导|"
    r"察看|查看|来到|到|在|对|为|和|与|及|了|把|将|是|牵头|激发|以|作为|深化|推进|狠抓|大抓|抓大|加大|抓)"
)
_PLACE_LEAD = re.compile(r"^[\u4e00-\u9fff]{1,4}?(?:乡|镇|街道|办事处)(?=[\u4e00-\u9fff]{3,})")
_GENERIC_STEM = re.compile(
    r"^(?:这|该|此|本|各|每|一|其|这项|这些|一项|一批|重点|重大|在建|签约|在谈|落地|"
    r"民生|民心|安置房|特色|优质|产业|招商|新建|续建|开工|服务|民生实事|全区|市级|省级|"
    r"\d|[一二三四五六七八九十两几多]+[个大项批])"
)
_GENERIC_NAMES = frozenset(
    {"民生工程", "民心工程", "重点项目", "重大项目", "产业项目", "安置房项目", "项目", "工程"}
)
# A bare "X项目" is a project only when X ends like a proper place or facility.
_PROPER_END = re.compile(
    r"(?:[一二三四五六]期|天地|广场|城|中心|大厦|园|区|街区|小镇|基地|港|楼|苑|府|湾|"
    r"公园|片区|项目|二七|”|）|\))$"
)


# Every _LIST_RE match lies inside one run of list characters (items and 、) and ends with
# 项目 or 观摩点; every _SUFFIX_RE name lies inside one run of item characters and contains a
# suffix. Trying the patterns only there gives the same matches as scanning every character,
# which cost more than the rest of the entity step.
_LIST_RUN_RE = re.compile(r"[^，。；：！？\s]+")
_ITEM_RUN_RE = re.compile(rf"{_ITEM}+")
_SUFFIX_WORD_RE = re.compile(r"[一二三四五六]期|工程|产业园|基地|小镇|项目")


def _list_matches(text: str) -> list[re.Match[str]]:
    out: list[re.Match[str]] = []
    for run in _LIST_RUN_RE.finditer(text):
        seg = run.group()
        if "、" in seg and ("项目" in seg or "观摩点" in seg):
            out.extend(_LIST_RE.finditer(text, run.start(), run.end()))
    return out


def _suffix_matches(text: str) -> list[re.Match[str]]:
    """Same as ``_SUFFIX_RE.finditer(text)``; ``match`` at each position keeps ``$`` exact."""
    out: list[re.Match[str]] = []
    for run in _ITEM_RUN_RE.finditer(text):
        if not _SUFFIX_WORD_RE.search(run.group()):
            continue
        i, end = run.span()
        while i < end:
            m = _SUFFIX_RE.match(text, i)
            if m is None:
                i += 1
            else:
                out.append(m)
                i = m.end()
    return out


def _canonical(name: str) -> str:
    return name[:-2] if name.endswith("项目") and len(name) > 4 else name


def _ok(name: str, from_list: bool) -> bool:
    stem = name[:-2] if name.endswith("项目") else name
    if name in _GENERIC_NAMES or stem in _GENERIC_NAMES or len(stem) < 3:
        return False
    if _GENERIC_STEM.match(stem) or stem.startswith("“"):
        return False
    if from_list:
        return True
    if name.endswith("工程"):
        return len(name) >= 6
    if name.endswith("项目"):
        return bool(_PROPER_END.search(stem))
    return True


def _after_lead(raw: str) -> str:
    """Drop the verb phrase in front of a name (牵头推进田园小镇 → 田园小镇)."""
    cut = 0
    for m in _LEAD_WORDS.finditer(raw):
        if len(raw) - m.end() >= 4:
            cut = m.end()
    return raw[cut:]


def _strip_lead(item: str) -> str:
    item = _VERB_LEAD.sub("", item)
    return _PLACE_LEAD.sub("", item)


def extract_projects(text: str) -> list[ProjectMention]:
    """Projects named in ``text``, canonical name first seen order, printed variants as aliases."""
    found: list[tuple[int, str]] = []
    for m in _list_matches(text):
        strict = m.group("kind") == "观摩点"
        pos = m.start("list")
        for raw in m.group("list").split("、"):
            item = _strip_lead(raw)
            parts = [item]
            if "和" in item:
                a, _, b = item.partition("和")
                if len(a) >= 4 and len(b) >= 4:
                    parts = [a, b]
            for part in parts:
                ok = _ok(part, from_list=not strict) and (
                    not strict or _SUFFIX_RE.fullmatch(part + "，")
                )
                if ok:
                    found.append((pos + raw.find(part), part))
            pos += len(raw) + 1
    for m in _suffix_matches(text):
        raw = m.group("name")
        name = _after_lead(raw)
        name = _PLACE_LEAD.sub("", name)
        if name.endswith("工程") and m.group("next") == "项目":
            continue
        if _ok(name, from_list=False):
            found.append((m.start("name") + raw.rfind(name), name))

    canon_order: list[str] = []
    for _pos, name in sorted(found):
        c = _canonical(name)
        if c not in canon_order:
            canon_order.append(c)
    out = []
    for c in canon_order:
        aliases = []
        for variant in (c + "项目",):
            if variant != c and variant in text:
                aliases.append(variant)
        out.append(ProjectMention(name=c, aliases=aliases))
    return out
