"""Rebuild ``data/places.csv``, the gazetteer of China's administrative divisions, from the
national division codes shipped in the PyPI package cpca 0.5.5 (MIT licence).

    python scripts/places_from_cpca.py            # pip download the wheel, then write the file
    python scripts/places_from_cpca.py --wheel cpca-0.5.5-py3-none-any.whl
    python scripts/places_from_cpca.py --check    # compare with data/places.csv, write nothing

The wheel is fetched with pip (``pip download cpca==0.5.5 --no-deps``: nothing installed) and
checked against its SHA-256, then ``cpca/resources/adcodes.csv`` is read from it (columns
adcode, name, longitude, latitude; one row per division, 12-digit codes). What is written:
adcode, name_zh, level, parent_adcode; no coordinates.

- level: a province-level division when ``code[2:]`` is all zeros (provinces, autonomous
  regions, the four municipalities, Hong Kong, Macau, Taiwan); a prefecture when ``code[4:]``
  is; every other row is county-level (districts, counties, county-level cities, banners).
- parent: a county's prefecture, a prefecture's province. The code lists hold placeholder
  rows where a province has no prefecture between it and some counties (市辖区 and 县 of the
  municipalities, 省直辖县级行政区划 such as Jiyuan or Xiantao), and a county-level 市辖区
  under most prefectures (the urban districts as a whole): those rows are not places and
  are left out, and the counties under a placeholder prefecture take the province as parent.

After writing, run ``make checksums`` (the file is under provenance, like ``lexicon.toml``).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from zmd_analysis.access.csvout import dict_rows_text  # noqa: E402
from zmd_analysis.access.paths import DEFAULT_DATA_DIR  # noqa: E402

PACKAGE = "cpca==0.5.5"
WHEEL = "cpca-0.5.5-py3-none-any.whl"
WHEEL_SHA256 = "1635b589506b3e28424032bce61d2488e1f6fac1034a736014e70e043f824fe6"
MEMBER = "cpca/resources/adcodes.csv"
OUT = DEFAULT_DATA_DIR / "places.csv"
COLUMNS = ["adcode", "name_zh", "level", "parent_adcode"]
#: rows of the code lists that group counties without being a place themselves
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def fetch_wheel(folder: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", PACKAGE, "--no-deps", "-q", "-d", str(folder)],
        check=True,
    )
    return folder / WHEEL


def read_codes(wheel: Path) -> list[dict]:
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if digest != WHEEL_SHA256:
        sys.exit(
            f"{wheel}: sha256 {digest}, expected {WHEEL_SHA256} (not the wheel this was built from)"
        )
    with zipfile.ZipFile(wheel) as z:
        text = z.read(MEMBER).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def level(code: str) -> str:
    if code[2:] == "0" * 10:
        return "province"
    if code[4:] == "0" * 8:
        return "prefecture"
    return "county"


def places(codes: list[dict]) -> list[dict]:
    by_code = {r["adcode"]: r["name"].strip() for r in codes}
    # sanity checks (why: a different release of the lists would change ids silently)
    assert all(len(c) == 12 and c.isdigit() for c in by_code), "adcodes are 12 digits"
    assert len(by_code) == len(codes), "no adcode twice"
    rows = []
    for code, name in sorted(by_code.items()):
        lv = level(code)
        if name in PLACEHOLDERS:
            assert lv != "province", f"{code} {name}: a placeholder province"
            continue
        province = code[:2] + "0" * 10
        prefecture = code[:4] + "0" * 8
        if lv == "province":
            parent = ""
        elif lv == "prefecture" or by_code.get(prefecture, "") in PLACEHOLDERS:
            parent = province
        else:
            parent = prefecture
        assert not parent or parent in by_code, f"{code} {name}: parent {parent} not listed"
        rows.append({"adcode": code, "name_zh": name, "level": lv, "parent_adcode": parent})
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--wheel", type=Path, help=f"a downloaded {WHEEL} (else pip downloads it)")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--check", action="store_true", help="compare with --out, write nothing")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel or fetch_wheel(Path(tmp))
        rows = places(read_codes(wheel))
    text = dict_rows_text(COLUMNS, rows, line_end="\n")
    counts = {
        lv: sum(r["level"] == lv for r in rows) for lv in ("province", "prefecture", "county")
    }
    summary = ", ".join(f"{n} {lv}" for lv, n in counts.items())
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print(f"{args.out}: {'up to date' if same else 'differs from'} {PACKAGE} ({summary})")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}: {len(rows)} places ({summary}); now run `make checksums`")
    return 0


if __name__ == "__main__":
    sys.exit(main())
