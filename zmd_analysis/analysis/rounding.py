"""The rounding rules the claims check applies, in one place.

Newspapers round half up (68.5 -> 69), so that is the rule a printed figure is
held to. A printed figure with d decimals stands for the interval
[x - 0.5·10^-d, x + 0.5·10^-d].
"""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal


def _exact(x: float) -> Decimal:
    """``x`` with the noise of binary arithmetic removed (72.66 − 60.81 is 11.849999999999994
    in floating point, 11.85 in the printed numbers' decimal arithmetic): 12 significant
    digits, far beyond any printed figure's precision."""
    return Decimal(f"{float(x):.12g}")


def round_half_up(x: float, decimals: int = 0) -> float:
    q = Decimal(1).scaleb(-decimals)
    return float(_exact(x).quantize(q, rounding=ROUND_HALF_UP))


def truncate(x: float, decimals: int = 0) -> float:
    q = Decimal(1).scaleb(-decimals)
    return float(_exact(x).quantize(q, rounding=ROUND_DOWN))


def decimals_of(text: str) -> int:
    """Decimals printed in a number written as text: '145.3' -> 1, '51' -> 0."""
    return len(text.partition(".")[2])
