"""Command line: ``zmd-report`` (also ``python -m zmd_analysis``)."""
from __future__ import annotations

import sys

import typer

from . import provenance
from .errors import DataError

app = typer.Typer(help="Build and check the zmd-report analytical reports.",
                  no_args_is_help=True, add_completion=False)


@app.command()
def check() -> None:
    """Validate data/ against its schema and provenance records; print a summary."""
    from .observations import load_observations
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
    """Record the current checksums of data files in data/provenance.json."""
    changed = provenance.update_checksums()
    typer.echo("updated: " + (", ".join(changed) or "nothing"))


@app.command()
def schema() -> None:
    """Print the JSON Schema of every data table."""
    import json
    from .schema import json_schema
    typer.echo(json.dumps(json_schema(), ensure_ascii=False, indent=2))


def main() -> None:  # pragma: no cover - thin wrapper
    sys.exit(app())
