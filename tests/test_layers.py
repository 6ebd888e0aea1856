"""The package is layered: access → analysis → report → publish. A module may import
its own layer and the layers below it, never a layer above (checked on the source)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "zmd_analysis"
ORDER = ["access", "analysis", "report", "publish"]


def _imports(path: Path, package: Path = PACKAGE) -> list[tuple[str, int]]:
    """Absolute module names (within zmd_analysis) that ``path`` imports, with line numbers."""
    rel = path.relative_to(package.parent).with_suffix("")
    here = list(rel.parts[:-1]) if rel.name != "__init__" else list(rel.parts[:-1])
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[: len(here) - node.level + 1]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            names = [mod] if node.module else [f"{mod}.{a.name}" for a in node.names]
            out += [(n, node.lineno) for n in names]
        elif isinstance(node, ast.Import):
            out += [(a.name, node.lineno) for a in node.names]
    return [(m, ln) for m, ln in out if m.startswith("zmd_analysis")]


def _layer(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in ORDER else None


MODULES = sorted(
    p
    for p in PACKAGE.rglob("*.py")
    if _layer(".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts))
)


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(PACKAGE)) for p in MODULES])
def test_no_module_imports_a_higher_layer(path):
    own = _layer(".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts))
    for module, line in _imports(path):
        layer = _layer(module)
        if layer is not None:
            assert ORDER.index(layer) <= ORDER.index(own), (
                f"{path.relative_to(PACKAGE)}:{line} ({own}) imports {module} ({layer})"
            )


def test_every_module_sits_in_a_layer():
    loose = {p.name for p in PACKAGE.glob("*.py")}
    assert loose == {"__init__.py", "__main__.py"}
    assert {
        d.name for d in PACKAGE.iterdir() if d.is_dir() and (d / "__init__.py").exists()
    } == set(ORDER)


def test_the_checker_sees_a_violation(tmp_path):
    """The checker can fail: an upward relative import in a lower layer is resolved and caught."""
    bad = tmp_path / "zmd_analysis" / "access" / "bad.py"
    bad.parent.mkdir(parents=True)
    bad.write_text("from ..report.show import figure\nfrom .tables import load_tables\n")
    found = [m for m, _ in _imports(bad, tmp_path / "zmd_analysis")]
    assert found == ["zmd_analysis.report.show", "zmd_analysis.access.tables"]
    assert ORDER.index(_layer(found[0])) > ORDER.index("access")


def _module_graph(layer: str) -> dict[str, set[str]]:
    """Within one layer: module -> the modules of that layer it imports (also lazily)."""
    names = {}
    for p in (PACKAGE / layer).rglob("*.py"):
        mod = ".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts)
        names[mod.removesuffix(".__init__")] = p
    graph: dict[str, set[str]] = {}
    for mod, path in names.items():
        deps = set()
        for imported, _ in _imports(path):
            # "from . import reads" arrives as the package; "from .x import y" as module x
            for cand in (imported, imported.rsplit(".", 1)[0]):
                if cand in names and cand != mod and not mod.startswith(cand + "."):
                    deps.add(cand)
                    break
        graph[mod] = deps
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(n: str) -> list[str] | None:
        state[n] = 1
        stack.append(n)
        for m in sorted(graph.get(n, ())):
            if state.get(m) == 1:
                return stack[stack.index(m) :] + [m]
            if m not in state and (found := visit(m)):
                return found
        stack.pop()
        state[n] = 2
        return None

    for n in sorted(graph):
        if n not in state and (found := visit(n)):
            return found
    return None


def test_the_access_layer_has_no_import_cycle():
    """observations -> tables -> reads, never back (lazy imports count too)."""
    assert _cycle(_module_graph("access")) is None


def test_the_cycle_check_can_fail():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
