"""Every CSV file the project writes goes through :func:`csv_text`: the data tables an
accept rewrites, the draft rows of ``zmd-report propose``, ``reports/verdicts.csv`` and the
download CSVs of the reports.

A spreadsheet runs a cell that starts with ``= + - @`` (or a tab or a carriage return) as a
formula, so text from an article (a label, a title) could call ``HYPERLINK`` or a command
when the file is opened. :func:`safe_cell` puts an apostrophe in front of such a text
cell, which spreadsheets read as "this is text". A number stays a number: a value that is
a plain decimal number (``-1.1``, ``+3``, ``2e5``), as a float or as text, is written as is.
A test checks that no other module of the package builds a ``csv.writer``.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence

#: what a spreadsheet takes as the start of a formula
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def safe_cell(value: object) -> object:
    """``value``, with an apostrophe in front when it is text a spreadsheet would run as a
    formula; numbers (and text that is a plain decimal number) are left alone."""
    if isinstance(value, str) and value.startswith(FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def csv_text(
    header: Sequence[object],
    rows: Iterable[Iterable[object]],
    *,
    line_end: str = "\r\n",
    bom: bool = False,
) -> str:
    """The header and rows as CSV text, every cell through :func:`safe_cell`; ``bom`` puts
    a UTF-8 byte-order mark first (so Excel on a Chinese Windows reads the characters)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator=line_end)
    writer.writerow([safe_cell(h) for h in header])
    for row in rows:
        writer.writerow([safe_cell(c) for c in row])
    return ("\ufeff" if bom else "") + buf.getvalue()


def dict_rows_text(header: Sequence[str], rows: Iterable[dict], **kw) -> str:
    """:func:`csv_text` for rows as dicts, in the order of ``header`` (a missing key is an
    empty cell; keys outside ``header`` are not written)."""
    columns = list(header)
    return csv_text(columns, ([r.get(c, "") for c in columns] for r in rows), **kw)
