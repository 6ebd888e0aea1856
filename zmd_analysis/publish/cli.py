"""Command line: ``zmd-report`` (also ``python -m zmd_analysis``)."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ..access import provenance
from ..access.errors import DataError
from ..access.vocab import Format, Lang

app = typer.Typer(
    help="Build and check the zmd-report analytical reports.",
    no_args_is_help=True,
    add_completion=False,
)


@app.command()
def check() -> None:
    """Validate data/ against its schema and provenance records; print a summary."""
    from ..access.observations import load_observations

    try:
        obs = load_observations()
    except DataError as e:
        typer.echo(f"data error: {e}", err=True)
        raise typer.Exit(2) from None
    problems = provenance.verify()
    typer.echo(
        f"{len(obs)} figures from {obs['source_id'].nunique()} source(s), "
        f"{obs['indicator_id'].nunique()} indicators; data version {provenance.data_version()}"
    )
    for p in problems:
        typer.echo(f"provenance: {p}", err=True)
    if problems:
        raise typer.Exit(3) from None


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
        raise typer.Exit(3) from None
    changed = provenance.update_checksums()
    typer.echo("updated: " + (", ".join(changed) or "nothing"))


@app.command()
def schema() -> None:
    """Print the JSON Schema of every data table."""
    import json

    from ..access.schema import json_schema

    typer.echo(json.dumps(json_schema(), ensure_ascii=False, indent=2))


class ProposeFormat(StrEnum):
    """What ``propose`` writes."""

    text = "text"
    json = "json"
    csv = "csv"
    html = "html"


@app.command()
def propose(
    path: Annotated[
        Path | None,
        typer.Argument(
            help="The article: a .txt or a saved .html page (UTF-8, GB18030/GBK or Big5; "
            "simplified or traditional)."
        ),
    ] = None,
    source_id: Annotated[
        str | None,
        typer.Option(help="Id of the source row (default: region, date and a hash of the text)."),
    ] = None,
    region: Annotated[
        str | None,
        typer.Option(
            help="Region id (default: the place the text names; a text naming none is "
            "filed under place_unknown and cannot be accepted without this)."
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            help="Publication date YYYY-MM-DD (default: from the text; unknown if it prints none)."
        ),
    ] = None,
    url: Annotated[str, typer.Option(help="Where the article was read.")] = "",
    publisher: Annotated[str, typer.Option(help="Its publisher, for the source row.")] = "",
    fmt: Annotated[
        ProposeFormat,
        typer.Option(
            "--format",
            help="text: figures and claims for reading; json: the proposal on stdout; "
            "csv: draft rows into --out; html: a review page.",
        ),
    ] = ProposeFormat.text,
    out: Annotated[
        Path | None,
        typer.Option(help="Folder for the csv drafts or the review page (html default: stdout)."),
    ] = None,
    lang: Annotated[Lang, typer.Option(help="Language of the review page.")] = Lang.ZH,
    accept: Annotated[
        bool,
        typer.Option(
            help="Append the draft rows to data/ (all or nothing) and add reports to reports.toml."
        ),
    ] = False,
    drafts: Annotated[
        Path | None,
        typer.Option(
            help="With --accept: the reviewed draft folder to accept instead of the fresh proposal."
        ),
    ] = None,
    relations: Annotated[
        bool,
        typer.Option(
            "--relations",
            help="List the catalogue of relations the reader looks for (no article needed).",
        ),
    ] = False,
) -> None:
    """Read one article: every figure with its offsets, every statement the text's own
    numbers let the engine check (checked), and draft rows for every data file."""
    if relations:
        from ..access.intake.relations import catalogue_lines

        typer.echo("\n".join(catalogue_lines()))
        return
    if path is None:
        typer.echo("propose needs an article (or --relations)", err=True)
        raise typer.Exit(2)
    from ..access.intake.errors import IntakeError
    from ..access.intake.text import read_article
    from ..analysis.proposal import propose as make_proposal

    if date is not None:
        import datetime as dt

        try:
            dt.date.fromisoformat(date)
        except ValueError:
            typer.echo(f"--date {date!r}: expected YYYY-MM-DD", err=True)
            raise typer.Exit(2) from None
    try:
        article = read_article(path)
        prop = make_proposal(
            article, date=date, region=region, source_id=source_id, url=url, publisher=publisher
        )
    except IntakeError as e:
        typer.echo(f"cannot read the article: {e}", err=True)
        raise typer.Exit(2) from None
    except DataError as e:
        typer.echo(f"data error: {e}", err=True)
        raise typer.Exit(3) from None
    from . import intake

    doc = prop.to_json()
    if fmt is ProposeFormat.json:
        import json

        typer.echo(json.dumps(doc, ensure_ascii=False, indent=1))
    elif fmt is ProposeFormat.csv:
        if out is None:
            typer.echo("--format csv needs --out DIR", err=True)
            raise typer.Exit(2) from None
        for f in intake.write_drafts(prop.rows, out, doc):
            typer.echo(f"wrote {f}", err=True)
    elif fmt is ProposeFormat.html:
        from ..report.review_page import review_page

        page = review_page(doc, prop.rows, lang)
        if out is None:
            typer.echo(page)
        else:
            out.mkdir(parents=True, exist_ok=True)
            target = out / (Path(path).stem + ".review.html")
            target.write_text(page, encoding="utf-8")
            typer.echo(f"wrote {target}", err=True)
    else:
        typer.echo(intake.as_text(doc))
    if accept:
        from .config import DEFAULT_CONFIG

        try:
            rows = intake.read_drafts(drafts) if drafts else prop.rows
            done = intake.accept(rows, config=Path(DEFAULT_CONFIG))
        except DataError as e:
            typer.echo(f"not accepted, data/ unchanged: {e}", err=True)
            raise typer.Exit(3) from None
        typer.echo(
            "accepted "
            + ", ".join(done.source_ids)
            + ": "
            + ", ".join(f"{n} {t}" for t, n in done.added.items())
            + "; reports "
            + ", ".join(done.reports),
            err=True,
        )
    typer.echo(
        prop.summary_line(), err=fmt in (ProposeFormat.json, ProposeFormat.html) and out is None
    )


@app.command()
def build(
    only: Annotated[
        list[str] | None, typer.Option(help="Build only these reports (repeatable).")
    ] = None,
    fmt: Annotated[
        list[Format] | None, typer.Option("--format", help="Formats to build (repeatable).")
    ] = None,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", help="Notebooks run in parallel (0: two per core).")
    ] = 0,
    force: Annotated[bool, typer.Option(help="Rebuild even if nothing changed.")] = False,
    param: Annotated[
        list[str] | None,
        typer.Option(
            "--param", "-p", help="Override a parameter for the selected reports: NAME=VALUE."
        ),
    ] = None,
    config: Annotated[
        Path | None, typer.Option(help="Build config (default: reports.toml).")
    ] = None,
    out: Annotated[Path | None, typer.Option(help="Output folder (default: reports/).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    scheduler: Annotated[
        str | None,
        typer.Option(
            help="Run the notebooks on a Dask cluster: tcp://HOST:PORT (needs the \\[dask] extra)."
        ),
    ] = None,
) -> None:
    """Run the notebooks with papermill and export HTML and PDF reports with an index.

    Exit codes: 0 all reports built or up to date; 1 a report failed (its previous
    outputs are kept); 2 bad config or options; 3 bad data.
    """
    from tqdm import tqdm

    from ..access.paths import REPORTS_DIR
    from . import build as builder
    from .config import DEFAULT_CONFIG, ConfigError, load_config, parse_overrides

    try:
        # parameters are checked in build(), while the kernels and the browser start
        specs = load_config(config or DEFAULT_CONFIG, inspect=False)
        bar = tqdm(total=0, unit="report", desc="reports", disable=quiet, file=sys.stderr)
        shown: set[str] = set()  # messages printed while building (failures: once only)

        def log(message: str) -> None:
            shown.add(message)
            tqdm.write(message, file=sys.stderr)

        result = builder.build(
            specs,
            out or REPORTS_DIR,
            only=only or None,
            formats=[str(f) for f in fmt] if fmt else None,
            jobs=jobs or None,
            force=force,
            overrides=parse_overrides(param or []),
            progress=bar,
            log=log,
            phase=_phase_display(bar),
            scheduler=scheduler,
            params_checked=False,
        )
        bar.close()
    except ConfigError as e:
        typer.echo(f"config error: {e}", err=True)
        raise typer.Exit(2) from None
    except DataError as e:
        typer.echo(f"data error: {e}", err=True)
        raise typer.Exit(3) from None
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

    return ", ".join(
        part(s, w)
        for s, w in (("built", "built"), ("up-to-date", "up to date"), ("failed", "failed"))
    )


def _phase_display(bar):
    """Show each report's phase (queued, running, exporting, printing) on the bar."""
    import threading

    phases: dict[str, str] = {}
    lock = threading.Lock()

    def show(name: str, phase: str) -> None:
        with lock:
            phases[name] = phase
            active = [
                f"{n} {p}" for n, p in phases.items() if p in ("running", "exporting", "printing")
            ]
            queued = sum(p == "queued" for p in phases.values())
            bar.set_postfix_str(
                "; ".join(active) + (f" · {queued} queued" if queued else ""), refresh=True
            )

    return show
