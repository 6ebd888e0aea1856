"""Report: sentence templates, number formatting, charts, findings and notebook display.

Turns the analysis layer's numbers into words and pictures. Never imports :mod:`zmd_analysis.publish`.
"""
