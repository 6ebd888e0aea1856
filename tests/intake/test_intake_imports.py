"""``zmd-report propose`` starts without pandas or numpy (issue 33: their import alone
took longer than the whole command may). Checked in a fresh interpreter, so modules
other tests loaded do not count; what it pins is the imports, never a time."""

from __future__ import annotations

import subprocess
import sys

import pytest

import zmd_analysis
from zmd_analysis.access.paths import PROJ_ROOT

SAMPLE = PROJ_ROOT / "notebooks" / "samples" / "sample-notice.txt"
HEAVY = ("pandas", "numpy")

#: the intake modules, and a whole ``propose`` run through the command line
CASES = {
    "import": "import zmd_analysis.analysis.proposal",
    "propose": (
        "from zmd_analysis.publish.cli import app\n"
        "try:\n"
        f"    app(['propose', {str(SAMPLE)!r}, '--format', 'json'], prog_name='zmd-report')\n"
        "except SystemExit as e:\n"
        "    assert not e.code, e.code\n"
    ),
}


@pytest.mark.parametrize("code", CASES.values(), ids=CASES.keys())
def test_propose_loads_no_pandas_or_numpy(code):
    check = (
        "import sys, zmd_analysis\n"
        f"{code}\n"
        f"print(zmd_analysis.__file__, sorted(sys.modules.keys() & {set(HEAVY)!r}), file=sys.stderr)\n"
    )
    # run from the project root, so the interpreter imports the package under test
    r = subprocess.run(
        [sys.executable, "-c", check],
        cwd=PROJ_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    where, loaded = r.stderr.strip().splitlines()[-1].split(" ", 1)
    assert where == zmd_analysis.__file__
    assert loaded == "[]", f"loaded {loaded}"
