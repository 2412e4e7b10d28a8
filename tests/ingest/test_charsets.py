"""The parser's patterns compile to what Python's own compiler builds, the classes kept or not."""

from __future__ import annotations

import re
import re._compiler as compiler
import re._parser as parser

import pytest

from ingest.parser import charsets
from ingest.parser.normalize import CJK


def _patterns() -> list[re.Pattern]:
    """Every pattern the parser's modules compile at import."""
    import importlib
    import pkgutil

    import ingest.parser as package

    found: dict[tuple[str, int], re.Pattern] = {}
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for value in vars(module).values():
            if isinstance(value, re.Pattern):
                found[(value.pattern, value.flags)] = value
    return list(found.values())


def _code(pattern: re.Pattern) -> list[int]:
    return compiler._code(parser.parse(pattern.pattern, pattern.flags), pattern.flags)


def test_the_kept_classes_are_in_place():
    assert compiler._optimize_charset is charsets._kept_charset


def test_each_pattern_compiles_to_what_the_compiler_builds(monkeypatch):
    patterns = _patterns()
    assert len(patterns) > 200  # the parser's, with the CJK classes that made them slow
    assert any("\u4e00" in p.pattern for p in patterns)
    kept = [_code(p) for p in patterns]
    monkeypatch.setattr(compiler, "_optimize_charset", charsets._original)
    assert [_code(p) for p in patterns] == kept


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_a_class_kept_once_serves_every_pattern_that_uses_it(flags):
    first = re.compile(f"[{CJK}]+甲", flags)
    second = re.compile(f"乙[{CJK}]{{2}}", flags)
    assert first.fullmatch("二七区甲") and not first.fullmatch("ab甲")
    assert second.fullmatch("乙区委") and not second.fullmatch("乙a区")
