"""The direction of dependencies: ingest uses archive, archive never imports ingest."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARCHIVE = ROOT / "archive"


def imported_modules(path: Path, root: Path = ROOT) -> list[str]:
    """Every module a file imports, at any depth (inside functions too), made absolute."""
    package = ".".join(path.relative_to(root).with_suffix("").parts[:-1])
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".") if package else []
                base = parts[: len(parts) - node.level + 1]
                found.append(".".join([*base, node.module] if node.module else base))
            else:
                found.append(node.module or "")
    return found


def test_imported_modules_sees_relative_and_nested_imports(tmp_path):
    (tmp_path / "views").mkdir()
    sample = tmp_path / "views" / "x.py"
    sample.write_text("from ..models import A\n\ndef f():\n    from ingest import loader\n")
    assert imported_modules(sample, root=tmp_path) == ["models", "ingest"]


def test_archive_imports_nothing_from_ingest():
    offenders = [
        f"{path.relative_to(ROOT)}: {module}"
        for path in sorted(ARCHIVE.rglob("*.py"))
        for module in imported_modules(path)
        if module == "ingest" or module.startswith("ingest.")
    ]
    assert offenders == []


def test_parser_imports_no_django():
    """The parser may use the archive's pure modules (the jieba dictionary, title rules),
    never one that imports Django."""
    offenders = []
    for path in sorted((ROOT / "ingest" / "parser").rglob("*.py")):
        for module in imported_modules(path):
            if module.split(".")[0] == "django":
                offenders.append(f"{path.relative_to(ROOT)}: {module}")
            elif module.startswith("archive."):
                used = ROOT.joinpath(*module.split(".")).with_suffix(".py")
                if any(m.split(".")[0] == "django" for m in imported_modules(used)):
                    offenders.append(f"{path.relative_to(ROOT)}: {module} imports Django")
    assert offenders == []
