"""Command line: ``zmd-report`` (also ``python -m zmd_analysis``)."""
from __future__ import annotations

import sys
from pathlib import Path

import typer

from ..access import provenance
from ..access.errors import DataError

app = typer.Typer(help="Build and check the zmd-report analytical reports.",
                  no_args_is_help=True, add_completion=False)


@app.command()
def check() -> None:
    """Validate data/ against its schema and provenance records; print a summary."""
    from ..access.observations import load_observations
    try:
        obs = load_observations()
    except DataError as e:
        typer.echo(f"data error: {e}", err=True)
        raise typer.Exit(2)
    problems = provenance.verify()
    typer.echo(f"{len(obs)} figures from {obs['source_id'].nunique()} source(s), "
               f"{obs['indicator_id'].nunique()} indicators; data version {provenance.data_version()}")
    for p in problems:
        typer.echo(f"provenance: {p}", err=True)
    if problems:
        raise typer.Exit(3)


@app.command()
def checksums() -> None:
    """Validate data/ against its schema, then record its checksums in data/provenance.json.

    A file that does not validate is never blessed with a checksum: the command stops
    with the DataError (exit 3) and leaves provenance.json unchanged.
    """
    from ..access.tables import load_tables
    try:
        load_tables()
    except DataError as e:
        typer.echo(f"data error: {e}", err=True)
        raise typer.Exit(3)
    changed = provenance.update_checksums()
    typer.echo("updated: " + (", ".join(changed) or "nothing"))


@app.command()
def schema() -> None:
    """Print the JSON Schema of every data table."""
    import json
    from ..access.schema import json_schema
    typer.echo(json.dumps(json_schema(), ensure_ascii=False, indent=2))


@app.command()
def build(
    only: list[str] = typer.Option(None, "--only", help="Build only these reports (repeatable)."),
    fmt: list[str] = typer.Option(None, "--format", help="html and/or pdf (repeatable)."),
    jobs: int = typer.Option(0, "--jobs", "-j", help="Notebooks run in parallel (0: two per core)."),
    force: bool = typer.Option(False, "--force", help="Rebuild even if nothing changed."),
    param: list[str] = typer.Option(None, "--param", "-p",
                                    help="Override a parameter for the selected reports: NAME=VALUE."),
    config: Path = typer.Option(None, "--config", help="Build config (default: reports.toml)."),
    out: Path = typer.Option(None, "--out", help="Output folder (default: reports/)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    scheduler: str = typer.Option(None, "--scheduler",
                                  help="Run the notebooks on a Dask cluster: tcp://HOST:PORT "
                                       "(needs the \\[dask] extra)."),
) -> None:
    """Run the notebooks with papermill and export HTML and PDF reports with an index.

    Exit codes: 0 all reports built or up to date; 1 a report failed (its previous
    outputs are kept); 2 bad config or options; 3 bad data.
    """
    from tqdm import tqdm

    from . import build as builder
    from .config import DEFAULT_CONFIG, FORMATS, ConfigError, load_config, parse_overrides
    from ..access.paths import REPORTS_DIR
    try:
        bad = [f for f in (fmt or []) if f not in FORMATS]
        if bad:
            raise ConfigError(f"--format: unknown {', '.join(bad)}; valid: {', '.join(FORMATS)}")
        # parameters are checked in build(), while the kernels and the browser start
        specs = load_config(config or DEFAULT_CONFIG, inspect=False)
        bar = tqdm(total=0, unit="report", desc="reports", disable=quiet, file=sys.stderr)
        shown: set[str] = set()   # messages printed while building (failures: once only)

        def log(message: str) -> None:
            shown.add(message)
            tqdm.write(message, file=sys.stderr)

        result = builder.build(specs, out or REPORTS_DIR, only=only or None, formats=fmt or None,
                               jobs=jobs or None, force=force,
                               overrides=parse_overrides(param or []), progress=bar, log=log,
                               phase=_phase_display(bar), scheduler=scheduler,
                               params_checked=False)
        bar.close()
    except ConfigError as e:
        typer.echo(f"config error: {e}", err=True)
        raise typer.Exit(2)
    except DataError as e:
        typer.echo(f"data error: {e}", err=True)
        raise typer.Exit(3)
    if not quiet:
        for o in result.outcomes:
            if o.status == "built":
                typer.echo(f"  built {o.name}: {o.reason} ({o.seconds:.1f} s)", err=True)
    typer.echo(f"{summary(result.outcomes)} -> {(out or REPORTS_DIR) / 'index.html'}")
    for o in result.failed:
        if o.message not in shown:
            typer.echo(f"FAILED {o.message}", err=True)
    import gc
    gc.freeze()  # nothing needs the final collection over nbconvert, pandas & co. (~0.4 s)
    raise typer.Exit(result.exit_code)


def summary(outcomes) -> str:
    """'3 built (2 data changed, 1 notebook changed), 11 up to date (9 unchanged, 2 data it
    read unchanged), 0 failed'."""
    from collections import Counter

    def part(status: str, word: str) -> str:
        reasons = Counter(o.reason.split(":")[0] or "—" for o in outcomes if o.status == status)
        n = sum(reasons.values())
        detail = ", ".join(f"{k} {r}" for r, k in reasons.most_common())
        return f"{n} {word}" + (f" ({detail})" if n and status != "failed" else "")
    return ", ".join(part(s, w) for s, w in (("built", "built"), ("up-to-date", "up to date"),
                                            ("failed", "failed")))


def _phase_display(bar):
    """Show each report's phase (queued, running, exporting, printing) on the bar."""
    import threading
    phases: dict[str, str] = {}
    lock = threading.Lock()

    def show(name: str, phase: str) -> None:
        with lock:
            phases[name] = phase
            active = [f"{n} {p}" for n, p in phases.items() if p in ("running", "exporting",
                                                                    "printing")]
            queued = sum(p == "queued" for p in phases.values())
            bar.set_postfix_str("; ".join(active) + (f" · {queued} queued" if queued else ""),
                                refresh=True)
    return show


def main() -> None:  # pragma: no cover - thin wrapper
    sys.exit(app())
