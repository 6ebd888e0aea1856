"""Data access: where the data files are, their schema, validated tables, observations by logical name, provenance.

The lowest layer: imports nothing else from the package.
"""
