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
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.append(module)
            # ``from . import services`` imports a module by its alias.
            found += [f"{module}.{alias.name}" for alias in node.names]
    return found


def archive_graph() -> dict[str, set[str]]:
    """Each module of ``archive/`` and the modules of ``archive/`` it imports."""
    modules = {}
    for path in ARCHIVE.rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        modules[name] = path
    return {
        name: {m for m in imported_modules(path) if m in modules and m != name}
        for name, path in modules.items()
        if "migrations" not in name
    }


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle of ``graph`` (as a path that returns to its start), or []."""
    done: set[str] = set()
    path: list[str] = []

    def visit(node: str) -> list[str]:
        if node in path:
            return [*path[path.index(node) :], node]
        if node in done:
            return []
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            cycle = visit(nxt)
            if cycle:
                return cycle
        path.pop()
        done.add(node)
        return []

    for node in sorted(graph):
        cycle = visit(node)
        if cycle:
            return cycle
    return []


def test_imported_modules_sees_relative_and_nested_imports(tmp_path):
    (tmp_path / "views").mkdir()
    sample = tmp_path / "views" / "x.py"
    sample.write_text("from ..models import A\n\ndef f():\n    from ingest import loader\n")
    assert imported_modules(sample, root=tmp_path) == [
        "models",
        "models.A",
        "ingest",
        "ingest.loader",
    ]


def test_find_cycle_reports_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle_between_archive_modules():
    graph = archive_graph()
    assert "archive.querysets" in graph["archive.models"]  # the graph sees the imports
    assert find_cycle(graph) == []


def test_no_import_inside_a_function_in_archive():
    """An import inside a function hides a cycle; the few that remain say why (a comment on
    the line above: an app registry not ready yet, a dev-only dependency)."""
    unexplained = []
    for path in sorted(ARCHIVE.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        for node in ast.walk(ast.parse("\n".join(lines))):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for inner in ast.walk(node):
                if isinstance(inner, ast.Import | ast.ImportFrom):
                    above = lines[inner.lineno - 2].strip()
                    if not above.startswith("#"):
                        unexplained.append(f"{path.relative_to(ROOT)}:{inner.lineno}")
    assert unexplained == []


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
                if used.exists() and any(
                    m.split(".")[0] == "django" for m in imported_modules(used)
                ):
                    offenders.append(f"{path.relative_to(ROOT)}: {module} imports Django")
    assert offenders == []
