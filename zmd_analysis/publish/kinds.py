"""The claim kinds in words, from their one definition (:data:`zmd_analysis.access.schema.
CLAIM_KINDS`): ``zmd-report schema --kind NAME`` prints one, ``zmd-report schema --kinds``
prints the README's table of all of them (a test checks that the README holds exactly
that table)."""

from __future__ import annotations

import csv
from pathlib import Path

from ..access.paths import TABLES, data_dir
from ..access.schema import CLAIM_KINDS, KindSpec, parse_inputs

INPUTS_SYNTAX = "role=indicator_id[@region_id][:period_id], space-separated"


def roles_in_words(spec: KindSpec) -> str:
    """'required `part`…, `whole`; optional `part_share`…; needs `bound`' (… repeatable)."""

    def names(roles) -> str:
        return ", ".join(f"`{r}`" + ("…" if r in spec.repeatable else "") for r in sorted(roles))

    parts = []
    if spec.required:
        parts.append(f"required {names(spec.required)}")
    if spec.optional:
        parts.append(f"optional {names(spec.optional)}")
    if spec.needs:
        parts.append("needs " + ", ".join(f"`{c}`" for c in spec.needs))
    return "; ".join(parts) or "none"


def kinds_markdown() -> str:
    """The README's table of claim kinds: every kind, its statement and example, its roles
    (… marks a repeatable one; "needs" names the claim columns it must have) and what the
    engine computes."""
    lines = [
        "| kind | statement | e.g. | roles (… repeatable) | what the engine computes |",
        "|---|---|---|---|---|",
    ]
    for kind, spec in CLAIM_KINDS.items():
        lines.append(
            f"| `{kind}` | {spec.statement} | {spec.example} | {roles_in_words(spec)} | "
            f"{spec.computes} |"
        )
    return "\n".join(lines)


def _claims_of(kind: str, data=None) -> list[dict]:
    """The rows of ``claims.csv`` of that kind, read as they stand (none when the file
    cannot be read: the kind's own description does not depend on it)."""
    try:
        with open(Path(data_dir(data)) / TABLES["claims"], encoding="utf-8-sig", newline="") as fh:
            return [r for r in csv.DictReader(fh) if r.get("kind") == kind]
    except (OSError, UnicodeDecodeError, csv.Error):
        return []


def _readers_of(kind: str) -> list[tuple[str, str]]:
    """The relations of the article reader that propose this kind: (name, example)."""
    from ..access.intake.relations import RELATIONS
    from ..access.intake.statements import GRAMMAR_RELATIONS

    found = [(name, example) for name, _, k, _, example in GRAMMAR_RELATIONS if k == kind]
    return found + [(r.name, r.example) for r in RELATIONS if r.kind == kind]


def describe(kind: str, data=None) -> list[str]:
    """One kind for a reader: what it states and checks, its roles, the columns it needs,
    an example row, the claims of that kind in ``data/`` and the reader's relations that
    propose it. ``kind`` must be one of :data:`CLAIM_KINDS`."""
    spec = CLAIM_KINDS[kind]

    def roles(which) -> str:
        return ", ".join(
            r + (" (repeatable)" if r in spec.repeatable else "") for r in sorted(which)
        )

    lines = [
        f"{kind}: {spec.statement}",
        f"  checks:     {spec.computes}",
        f"  inputs:     {INPUTS_SYNTAX}",
        f"    required: {roles(spec.required) or '(none)'}",
        f"    optional: {roles(spec.optional) or '(none)'}",
        f"  columns it needs filled: {', '.join(spec.needs) or '(none beyond inputs)'}",
        f"  example:    {spec.example}",
        f"    kind = {kind}",
    ]
    if spec.example_inputs:
        lines.append(f"    inputs = {spec.example_inputs}")
    lines += [f"    {c.replace('=', ' = ', 1)}" for c in spec.example_columns.split()]
    rows = _claims_of(kind, data)
    if rows:
        r = rows[0]
        lines.append(
            f"  in data/claims.csv: {len(rows)} claim{'s' if len(rows) != 1 else ''}, "
            f"e.g. {r['claim_id']}: {r['label_zh']} ({r['label_en']})"
        )
        if r.get("inputs"):
            lines.append(f"    inputs = {r['inputs']}")
        lines += [f"    {c} = {r[c]}" for c in ("comparator_id", "measure", "bound") if r.get(c)]
    else:
        lines.append("  in data/claims.csv: none yet")
    readers = _readers_of(kind)
    if readers:
        lines.append("  proposed by the article reader (zmd-report propose --relations) as:")
        lines += [f"    {name}: {example}" for name, example in readers]
    return lines


def example_problems(kind: str) -> list[str]:
    """What is wrong with a kind's own example against its roles (none, for every kind: a
    test checks); the same rules the loader applies to ``claims.csv``."""
    spec = CLAIM_KINDS[kind]
    problems = []
    try:
        roles = [i.role for i in parse_inputs(spec.example_inputs, "r", "2024")]
    except ValueError as e:
        return [str(e)]
    allowed = spec.required | spec.optional
    problems += [f"role {r} is not one of the kind's" for r in roles if r not in allowed]
    problems += [f"required role {r} missing" for r in sorted(spec.required - set(roles))]
    problems += [
        f"role {r} repeated" for r in set(roles) if roles.count(r) > 1 and r not in spec.repeatable
    ]
    columns = dict(c.split("=", 1) for c in spec.example_columns.split())
    problems += [f"column {c} empty" for c in spec.needs if not columns.get(c)]
    if not (spec.statement and spec.computes and spec.example):
        problems.append("statement, computes or example missing")
    return problems
