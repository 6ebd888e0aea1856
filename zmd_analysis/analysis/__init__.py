"""Analysis: derived figures, rounding rules, the claims engine and context series.

Numbers and statuses only, never report wording. Imports only :mod:`zmd_analysis.access`.
"""
