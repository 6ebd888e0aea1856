"""The word catalogue (templates/words.toml) and the claim sentences (claims.toml): every
key used, every placeholder one the code provides, zh and en alike."""

from __future__ import annotations

import ast
import re
import string
from importlib import resources
from pathlib import Path

from zmd_analysis.report.sentences import _Fields, templates
from zmd_analysis.report.texts import TEXT

ROOT = Path(__file__).resolve().parents[2]
CODE = [
    p
    for p in [*(ROOT / "zmd_analysis").rglob("*.py"), *(ROOT / "notebooks").glob("*.py")]
    if p.name != "words.py"
]


def _placeholders(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


def _tr_calls():
    """Every tr("key", ..., name=...) call with a literal key: (where, key, keyword names or
    None when the call passes **values)."""
    for path in CODE:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", "")) == "tr"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                names = {k.arg for k in node.keywords}
                yield (
                    f"{path.relative_to(ROOT)}:{node.lineno}",
                    node.args[0].value,
                    None if None in names else names,
                )


def test_every_text_key_is_used():
    source = "\n".join(p.read_text(encoding="utf-8") for p in CODE)
    unused = [k for k in TEXT if f'"{k}"' not in source and f"'{k}'" not in source]
    assert unused == []


def test_every_tr_call_names_a_key_and_passes_its_placeholders():
    calls = list(_tr_calls())
    assert len(calls) > 100
    for where, key, names in calls:
        assert key in TEXT, f"{where}: unknown text key {key!r}"
        if names is None:
            continue
        needed = _placeholders(TEXT[key]["zh"]) | _placeholders(TEXT[key]["en"])
        assert needed <= names, f"{where}: {key!r} needs {sorted(needed - names)}"


def _engine_numbers() -> set[str]:
    """Every number name the claims engine can put into a verdict: the string keys of its
    dict literals and of ``nums[...]`` assignments (read from its source)."""
    names = set()
    engine = ("claims.py", "plausibility.py")  # the kinds, and the scale tests on their verdicts
    trees = [ast.parse((ROOT / "zmd_analysis" / "analysis" / f).read_text("utf-8")) for f in engine]
    for node in (n for tree in trees for n in ast.walk(tree)):
        if isinstance(node, ast.Dict):
            names |= {k.value for k in node.keys if isinstance(k, ast.Constant)}
        elif isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
            if getattr(node.value, "id", "") in ("nums", "numbers"):
                names.add(node.slice.value)
        elif isinstance(node, ast.JoinedStr) and isinstance(node.values[0], ast.Constant):
            names.add(str(node.values[0].value).rstrip("_"))  # f"figure_{n}", f"ahead_{n}"
    return {n for n in names if isinstance(n, str)}


def test_every_claim_template_placeholder_is_one_the_code_provides():
    fields_src = Path(_Fields.__missing__.__code__.co_filename).read_text(encoding="utf-8")
    special = set(re.findall(r'key (?:==|in) \(?"(\w+)"', fields_src)) | set(
        re.findall(r'"(\w+)"(?:, "\w+")*\):', fields_src)
    )
    special |= set(
        re.findall(r"key in \(([^)]*)\)", fields_src)
        and re.findall(r'"(\w+)"', " ".join(re.findall(r"key in \(([^)]*)\)", fields_src)))
    )
    numbers = _engine_numbers()
    unknown = []
    text = resources.files("zmd_analysis.report").joinpath("templates/claims.toml")
    assert text.is_file()
    for kind, entries in templates().items():
        stack = [(kind, entries)]
        while stack:
            where, node = stack.pop()
            for k, v in node.items():
                if isinstance(v, dict) and not ({"zh", "en"} & set(v)):
                    stack.append((f"{where}.{k}", v))
                    continue
                for lang in ("zh", "en"):
                    for f in _placeholders(v[lang]):
                        base = f.removesuffix("_point")
                        if f not in special and base not in numbers and f not in special:
                            unknown.append(f"{where}.{k}.{lang}: {{{f}}}")
    assert unknown == []


def test_the_placeholder_check_can_fail():
    assert "plann" not in _engine_numbers() and "plan" in _engine_numbers()


def test_every_download_column_has_its_label():
    from zmd_analysis.report.downloads import COLUMNS
    from zmd_analysis.report.labels import LABELS

    assert set(COLUMNS) == set(LABELS["csv"])


def test_no_text_key_is_built_from_pieces():
    """A key built with an f-string or + cannot be found by a search; those sets are label
    groups (label("level", value)) instead."""
    built = []
    for path in CODE:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", "")) in ("tr", "label")
                and node.args
                and isinstance(node.args[0], (ast.JoinedStr, ast.BinOp))
            ):
                built.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert built == []
