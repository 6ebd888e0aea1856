"""Report: the theme sections, the word catalogue, number formatting, the chart style and notebook display.

Turns the analysis layer's numbers into words and pictures. Never imports :mod:`zmd_analysis.publish`.
"""
