"""Command line: ``zmd-report`` (also ``python -m zmd_analysis``)."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ..access import provenance
from ..access.errors import DataError
from ..access.paths import data_dir
from ..access.vocab import Format, Lang

app = typer.Typer(
    help="Build and check the zmd-report analytical reports.",
    no_args_is_help=True,
    add_completion=False,
)


def _say(message: str) -> None:
    typer.echo(message, err=True)


def _data_lock(exclusive: bool, what: str):
    """The data folder's lock for one command (shared to read, exclusive to write), after
    finishing or undoing a change a killed command left (see access/transaction.py)."""
    from ..access.transaction import data_lock

    return data_lock(exclusive=exclusive, what=what, log=_say)


def _cannot_write(e: OSError) -> str:
    where = f" {e.filename}" if e.filename else ""
    return f"cannot write{where}: {e.strerror or e}"


@app.command()
def check() -> None:
    """Validate data/ against its schema and provenance records; print a summary.

    Exit codes: 0 the data are valid and match their checksums; 3 a bad data file, a
    checksum that differs from its record, or data/ locked by another command past the
    wait.
    """
    try:
        with _data_lock(False, "check"):
            from ..access.observations import load_observations

            obs = load_observations()
            problems = provenance.verify()
            version = provenance.data_version()
    except DataError as e:
        typer.echo(f"data error: {e}", err=True)
        raise typer.Exit(3) from None
    typer.echo(
        f"{len(obs)} figures from {obs['source_id'].nunique()} source(s), "
        f"{obs['indicator_id'].nunique()} indicators; data version {version}"
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
    from ..access.tables import validate_folder

    try:
        with _data_lock(True, "checksums") as folder:
            validate_folder(folder)
            changed = provenance.update_checksums()
    except DataError as e:
        typer.echo(f"data error: {e}", err=True)
        raise typer.Exit(3) from None
    except OSError as e:
        typer.echo(f"data error: {_cannot_write(e)}", err=True)
        raise typer.Exit(3) from None
    typer.echo("updated: " + (", ".join(changed) or "nothing"))


@app.command()
def schema(
    kind: Annotated[
        str | None,
        typer.Option(
            help="Print one claim kind readably (its roles, what it checks, an example) "
            "instead of the JSON Schema."
        ),
    ] = None,
    kinds: Annotated[
        bool,
        typer.Option("--kinds", help="Print the table of every claim kind (Markdown)."),
    ] = False,
) -> None:
    """Print the JSON Schema of every data table, or one claim kind (--kind NAME), or
    the table of claim kinds (--kinds).

    Exit codes: 0 printed; 2 an unknown kind (the kinds are listed).
    """
    import json

    from ..access.schema import CLAIM_KINDS, json_schema

    if kind is not None:
        from .kinds import describe

        if kind not in CLAIM_KINDS:
            typer.echo(
                f"unknown claim kind {kind!r}; the kinds: {', '.join(CLAIM_KINDS)}", err=True
            )
            raise typer.Exit(2)
        typer.echo("\n".join(describe(kind)))
    elif kinds:
        from .kinds import kinds_markdown

        typer.echo(kinds_markdown())
    else:
        typer.echo(json.dumps(json_schema(), ensure_ascii=False, indent=2))


class ProposeFormat(StrEnum):
    """What ``propose`` writes."""

    text = "text"
    json = "json"
    csv = "csv"
    html = "html"


@app.command()
def propose(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="FILE_OR_DIR",
            help="The article: a .txt or a saved .html page (UTF-8, GB18030/GBK or Big5; "
            "simplified or traditional). Several files, or a folder (its .txt, .html and "
            ".htm files, sorted): each is read in turn and one summary is printed.",
            show_default=False,
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
    year: Annotated[
        int | None,
        typer.Option(
            min=1949,
            max=2100,
            help="The year the text is about, when it prints none and its date is unknown "
            "(default: the date's, else the first year the text prints).",
        ),
    ] = None,
    url: Annotated[str, typer.Option(help="Where the article was read.")] = "",
    publisher: Annotated[str, typer.Option(help="Its publisher, for the source row.")] = "",
    title: Annotated[
        str,
        typer.Option(
            help="Its title, for the source row (default: the first line that looks like one)."
        ),
    ] = "",
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
    config: Annotated[
        Path | None,
        typer.Option(
            help="With --accept: the build config to add reports to (default: reports.toml)."
        ),
    ] = None,
    summary: Annotated[
        Path | None,
        typer.Option(
            help="Write the summary of the texts read as summary.csv and summary.html into "
            "this folder (with one text too)."
        ),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Several texts: no progress bar.")
    ] = False,
) -> None:
    """Read one article: every figure with its offsets, every statement the text's own
    numbers let the engine check (checked), and draft rows for every data file. Given
    several texts (or a folder, or --summary), read each in turn and print one summary
    table: per text its place, date, periods, figures, claims and verdicts.

    Exit codes, one text: 0 read (and accepted); 2 the article cannot be read, or a bad
    option; 3 bad data, an accept refused (data/ and the config are then unchanged), or
    data/ locked by another command past the wait (ZMD_LOCK_WAIT). Several texts: 0 every
    text read; 1 some text could not be read (listed with its error; the others are read
    and summarised); 2 a bad option, no text named at all, or an output folder that cannot
    be written; 3 as for one text.
    """
    if relations:
        from ..access.intake.relations import catalogue_lines

        typer.echo("\n".join(catalogue_lines()))
        return
    if not paths:
        typer.echo("propose needs an article (or --relations)", err=True)
        raise typer.Exit(2)
    many = len(paths) > 1 or paths[0].is_dir() or summary is not None
    if many:
        _refuse_for_many(accept, drafts, source_id, title, url, fmt, out)
    path = paths[0]

    if date is not None:
        import datetime as dt

        try:
            dt.date.fromisoformat(date)
        except ValueError:
            typer.echo(f"--date {date!r}: expected YYYY-MM-DD", err=True)
            raise typer.Exit(2) from None
    options = dict(
        date=date, year=year, region=region, source_id=source_id, url=url, publisher=publisher
    )
    if many:
        try:
            with _data_lock(False, "propose"):
                code = _propose_many(paths, fmt, out, lang, summary, quiet, options)
        except DataError as e:
            typer.echo(f"data error: {e}", err=True)
            raise typer.Exit(3) from None
        raise typer.Exit(code)
    try:
        # one writer at a time: an accept holds the lock from its first read of data/
        with _data_lock(accept, "propose --accept" if accept else "propose"):
            _propose(
                path,
                fmt,
                out,
                lang,
                accept,
                drafts,
                config,
                title,
                options,
            )
    except DataError as e:
        from ..access.transaction import Interrupted

        if isinstance(e, Interrupted):
            typer.echo(f"accept interrupted: {e}", err=True)
        elif accept:
            typer.echo(f"not accepted, data/ unchanged: {e}", err=True)
        else:
            typer.echo(f"data error: {e}", err=True)
        raise typer.Exit(3) from None


def _refuse_for_many(accept, drafts, source_id, title, url, fmt, out) -> None:
    """Options that concern one text only: refused, in one line, for several (exit 2)."""
    problem = None
    if accept or drafts is not None:
        problem = (
            "--accept takes one text at a time: review each text's drafts, then "
            "zmd-report propose FILE --accept"
        )
    elif source_id is not None or title or url:
        which = "--source-id" if source_id is not None else "--title" if title else "--url"
        problem = f"{which} belongs to one text: give it with that text alone"
    elif fmt in (ProposeFormat.csv, ProposeFormat.html) and out is None:
        problem = f"--format {fmt} with several texts needs --out DIR (a folder or page per text)"
    if problem:
        typer.echo(problem, err=True)
        raise typer.Exit(2)


def _propose_many(paths, fmt, out, lang, summary, quiet, options) -> int:
    """``propose`` on several texts, under the (shared) data lock: read each, write what
    was asked per text, then the one summary. Returns the exit code."""
    import json

    from tqdm import tqdm

    from ..analysis.proposal import Catalogue
    from . import batch, intake

    entries = batch.collect(paths)
    if all(e.problem for e in entries):
        for e in entries:
            typer.echo(f"cannot read the article: {e.path}: {e.problem}", err=True)
        return 2
    try:  # the folders first: an output that cannot be written stops before any reading
        wanted = out if fmt in (ProposeFormat.csv, ProposeFormat.html) else None
        for folder in (wanted, summary):
            if folder is not None:
                folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        typer.echo(_cannot_write(e), err=True)
        return 2
    names = batch.output_names(entries)

    def after(path: Path, prop) -> str:
        """What was asked for one text that was read: its drafts or its review page."""
        if fmt is ProposeFormat.csv:
            folder = out / names[path]
            intake.write_drafts(prop.rows, folder, prop.to_json())
            return str(folder)
        if fmt is ProposeFormat.html:
            from ..report.review_page import review_page

            target = out / f"{names[path]}.review.html"
            target.write_text(review_page(prop.to_json(), prop.rows, lang), encoding="utf-8")
            return str(target)
        return ""

    regions = {r["region_id"]: r["name_zh"] for r in Catalogue.load().regions}
    bar = tqdm(total=len(entries), unit="text", desc="texts", disable=quiet, file=sys.stderr)
    try:
        rows = batch.run(
            entries,
            options,
            progress=bar,
            log=lambda m: tqdm.write(f"not read: {m}", file=sys.stderr),
            after=after,
            region_names=regions,
        )
    except OSError as e:  # writing a text's drafts or page
        bar.close()
        typer.echo(_cannot_write(e), err=True)
        return 2
    bar.close()
    table = "\n".join(batch.table_lines(rows))
    if fmt is ProposeFormat.json:
        typer.echo(json.dumps({"texts": rows}, ensure_ascii=False, indent=1))
        typer.echo(table, err=True)
    else:
        typer.echo(table)
    if summary is not None:
        try:
            for f in batch.write_summary(rows, summary, str(lang)):
                typer.echo(f"wrote {f}", err=True)
        except OSError as e:
            typer.echo(_cannot_write(e), err=True)
            return 2
    return 1 if any(r["status"] == "failed" for r in rows) else 0


def _propose(path, fmt, out, lang, accept, drafts, config, title, options) -> None:
    """``propose`` under the data lock: read, propose, write what was asked, accept."""
    from ..access.intake.errors import IntakeError
    from ..access.intake.text import read_article
    from .intake import propose_article

    if accept:  # first of all, what `zmd-report check` checks: no hand edit gets blessed
        provenance.check()
    try:
        article = read_article(path)
        prop = propose_article(article, **options)
    except IntakeError as e:
        typer.echo(f"cannot read the article: {e}", err=True)
        raise typer.Exit(2) from None
    except DataError:
        raise
    except (OSError, UnicodeDecodeError, KeyError, ValueError):
        # the proposal reads data/'s catalogue as it stands: name the file that is wrong
        from ..access.tables import validate_folder

        validate_folder(data_dir())
        raise
    from . import intake

    if title:  # the reviewer's title, in the proposal and its source row
        prop.source["title"] = title
        for row in prop.rows.get("sources", []):
            row["title"] = title
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
        for note in prop.notes:  # (no year: no draft rows but proposal.json, and why)
            typer.echo(f"note: {note}", err=True)
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
    elif not accept:  # an accept shows the verdicts of what it accepted instead
        typer.echo(intake.as_text(doc))
    if accept:
        from .config import DEFAULT_CONFIG

        rows = intake.read_drafts(drafts) if drafts else prop.rows
        done = intake.accept(
            rows, config=Path(config or DEFAULT_CONFIG), article=None if drafts else path, log=_say
        )
        typer.echo(
            "accepted "
            + ", ".join(done.source_ids)
            + ": "
            + ", ".join(f"{n} {t}" for t, n in done.added.items())
            + "; reports "
            + ", ".join(done.reports),
            err=True,
        )
    aside = fmt in (ProposeFormat.json, ProposeFormat.html) and out is None  # stdout is taken
    if accept:
        typer.echo("\n".join(done.lines()), err=aside)
        typer.echo(done.summary_line(), err=aside)
    else:
        typer.echo(prop.summary_line(), err=aside)


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
    outputs are kept; a full disk fails the report being written), or the index could not
    be written; 2 bad config or options, or an output folder that cannot be used (read-only,
    no space); 3 bad data, or data/ locked by another command past the wait.
    """
    from .config import DEFAULT_CONFIG

    try:
        with _data_lock(False, "build"):  # reports.toml is read under the lock too
            _build(
                Path(config or DEFAULT_CONFIG), only, fmt, jobs, force, param, out, quiet, scheduler
            )
    except DataError as e:  # the lock: held too long, or a journal that cannot be recovered
        typer.echo(f"data error: {e}", err=True)
        raise typer.Exit(3) from None


def _build(config, only, fmt, jobs, force, param, out, quiet, scheduler) -> None:
    """``build`` under the data lock."""
    from tqdm import tqdm

    from ..access.paths import REPORTS_DIR
    from . import build as builder
    from .config import ConfigError, load_config, parse_overrides

    try:
        # parameters are checked in build(), while the kernels and the browser start
        specs = load_config(config, inspect=False)
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
            config=config,
        )
        bar.close()
    except ConfigError as e:
        typer.echo(f"config error: {e}", err=True)
        raise typer.Exit(2) from None
    except builder.OutputError as e:
        typer.echo(f"output error: {e}", err=True)
        raise typer.Exit(2) from None
    except DataError as e:
        typer.echo(f"data error: {e}", err=True)
        raise typer.Exit(3) from None
    except OSError as e:  # anything else the filesystem refused
        typer.echo(f"output error: {_cannot_write(e)}", err=True)
        raise typer.Exit(1) from None
    if not quiet:
        for o in result.outcomes:
            if o.status == "built":
                typer.echo(f"  built {o.name}: {o.reason} ({o.seconds:.1f} s)", err=True)
    typer.echo(f"{summary(result.outcomes)} -> {(out or REPORTS_DIR) / 'index.html'}")
    for o in result.failed:
        if o.message not in shown:
            typer.echo(f"FAILED {o.message}", err=True)
    for message in result.errors:
        typer.echo(f"FAILED {message}", err=True)
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
