"""Number formatting for reports, in one place.

At most ``nd`` decimals with trailing zeros dropped. Chinese text follows the
source's own style (2091项, 1595亿元): no digit grouping below 10,000. English
groups thousands (2,091).
"""
from __future__ import annotations


def num(x: float, nd: int = 1, lang: str = "zh") -> str:
    grouped = lang != "zh" or abs(x) >= 10_000
    text = f"{x:,.{nd}f}" if grouped else f"{x:.{nd}f}"
    return text.rstrip("0").rstrip(".") if nd else text


def fixed(x: float, nd: int, lang: str = "zh") -> str:
    """Exactly ``nd`` decimals (for ranges, where 2.00 and 1.99 must both show)."""
    grouped = lang != "zh" or abs(x) >= 10_000
    return f"{x:,.{nd}f}" if grouped else f"{x:.{nd}f}"
