"""pyproject.toml and environment.yml name the same pinned packages; the Makefile is complete."""

import re
import tomllib

import yaml

from zmd_analysis.access.paths import PROJ_ROOT


def _pyproject_pins():
    doc = tomllib.loads((PROJ_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    extras = doc["project"]["optional-dependencies"]
    reqs = (
        doc["project"]["dependencies"]
        + extras["test"]
        + extras["bench"]
        + extras["dask"]
        + extras["lint"]
    )
    return dict(r.split("==") for r in reqs)


def _conda_pins():
    doc = yaml.safe_load((PROJ_ROOT / "environment.yml").read_text(encoding="utf-8"))
    pins = {}
    for dep in doc["dependencies"]:
        if isinstance(dep, str) and "=" in dep and not dep.startswith("python="):
            name, version = dep.split("=")
            pins[name] = version
    return pins, doc


def test_same_packages_and_versions():
    pins, _ = _conda_pins()
    assert pins == _pyproject_pins()


def test_environment_installs_the_package_editable():
    _, doc = _conda_pins()
    pip = next(d["pip"] for d in doc["dependencies"] if isinstance(d, dict))
    assert "-e ." in pip


def test_every_dependency_is_pinned():
    for name, version in _pyproject_pins().items():
        assert re.fullmatch(r"[0-9][0-9.]*", version), name


def test_makefile_has_the_readme_targets():
    text = (PROJ_ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("help", "test", "report", "lab", "sysdeps", "venv"):
        assert re.search(rf"^{target}:.*## ", text, re.M), target
    assert "apt-get install" in text and "fonts-noto-cjk" in text and "chromium" in text
    assert "chromium-headless-shell" in text  # the PDF printer's browser
    assert ".DEFAULT_GOAL := help" in text


def test_ci_runs_make_test():
    assert "make test" in (PROJ_ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_ci_runs_the_linters_and_pre_commit_uses_the_same_tools():
    ci = (PROJ_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make lint" in ci
    make = (PROJ_ROOT / "Makefile").read_text(encoding="utf-8")
    lint = make.split("\nlint:")[1].split("\n\n")[0]
    assert "ruff check" in lint and "ruff format --check" in lint and "mypy" in lint
    hooks = yaml.safe_load((PROJ_ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    entries = [h["entry"] for r in hooks["repos"] for h in r["hooks"]]
    assert all(e.startswith(".venv/bin/") for e in entries)  # local: works offline
    assert {e.split()[0].rsplit("/", 1)[1] for e in entries} == {"ruff", "mypy"}


def test_no_module_is_exempt_from_the_type_checker():
    import tomllib

    mypy = tomllib.loads((PROJ_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    exempt = [o["module"] for o in mypy.get("overrides", []) if o.get("ignore_errors")]
    assert exempt == []


def test_the_readme_lists_every_claim_kind():
    """The README's table of claim kinds names every kind the engine checks."""
    from zmd_analysis.access.paths import PROJ_ROOT
    from zmd_analysis.access.schema import CLAIM_KINDS

    readme = (PROJ_ROOT / "README.md").read_text(encoding="utf-8")
    missing = [k for k in CLAIM_KINDS if f"| `{k}` |" not in readme]
    assert missing == []


def test_the_readme_table_of_claim_kinds_is_the_engines():
    """Every kind's row of the README (statement, example, roles, computation) is the one
    `zmd-report schema --kinds` prints from CLAIM_KINDS; no other kind is listed."""
    import re

    from zmd_analysis.access.schema import CLAIM_KINDS
    from zmd_analysis.publish.kinds import kinds_markdown, roles_in_words

    readme = (PROJ_ROOT / "README.md").read_text(encoding="utf-8")
    assert kinds_markdown() in readme, "regenerate with: .venv/bin/zmd-report schema --kinds"
    table = readme[readme.index(kinds_markdown().splitlines()[0]) :].split("\n\n")[0]
    rows = {m.group(1): m.group(0) for m in re.finditer(r"^\| `(\w+)` \|.*$", table, re.M)}
    assert list(rows) == list(CLAIM_KINDS)
    for kind, row in rows.items():
        roles = row.split(" | ")[3]
        assert roles == roles_in_words(CLAIM_KINDS[kind])
        for role in CLAIM_KINDS[kind].required | CLAIM_KINDS[kind].optional:
            assert f"`{role}`" in roles


def test_the_readme_says_what_the_type_checker_checks():
    """The README's statement about mypy is true of pyproject.toml: the package, no module
    exempt (test_no_module_is_exempt_from_the_type_checker), nothing else."""
    import tomllib

    mypy = tomllib.loads((PROJ_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    readme = (PROJ_ROOT / "README.md").read_text(encoding="utf-8")
    assert mypy["files"] == ["zmd_analysis"]
    said = " ".join(readme.split()).lower()
    assert "every module of the package `zmd_analysis` is type-checked by mypy, none exempt" in said
