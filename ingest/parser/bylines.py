"""Bylines close an article (``记者 景静 通讯员 徐克镜``), alone or glued to the last sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .normalize import CJK

_NAME = f"[{CJK}]{{2,4}}"
_NAMES = f"{_NAME}(?: +{_NAME})*"
_REPORTER_ROLES = "本报记者|记者"
_CORRESPONDENT_ROLES = "通讯员"
_ROLE = f"(?:{_REPORTER_ROLES}|{_CORRESPONDENT_ROLES})"
_PART = f"{_ROLE} *{_NAMES}"
_BYLINE = re.compile(f"^{_PART}(?: +{_PART})*$")
# A byline glued after the last sentence: ``……等难题。记者 景静`` or ``……保障。 记者 张改华``.
_GLUED = re.compile(f"(?<=[。！？”）]) *(?P<byline>{_PART}(?: +{_PART})*)$")
_ROLE_SPLIT = re.compile(f"({_ROLE})")
SENTENCE_END = tuple("。！？…")


@dataclass
class Byline:
    printed: str
    reporters: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)


def is_byline_line(line: str) -> bool:
    """A whole line that is only roles and 2–4 character names."""
    return bool(_BYLINE.match(line.strip()))


def split_glued_byline(line: str) -> tuple[str, str]:
    """``(text, byline)``; ``byline`` is empty when the line does not end with one."""
    m = _GLUED.search(line)
    if not m or m.start("byline") == 0:
        return line, ""
    return line[: m.start()].rstrip(), m.group("byline")


def parse_byline(printed: str) -> Byline:
    """Reporters and correspondents are kept apart: the loader credits them differently."""
    result = Byline(printed=printed)
    role = ""
    for piece in _ROLE_SPLIT.split(" ".join(printed.split())):
        piece = piece.strip()
        if not piece:
            continue
        if re.fullmatch(_ROLE, piece):
            role = piece
            continue
        names = piece.split()
        if role in _CORRESPONDENT_ROLES.split("|"):
            result.correspondents.extend(names)
        elif role:
            result.reporters.extend(names)
    return result
