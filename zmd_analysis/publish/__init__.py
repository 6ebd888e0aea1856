"""Publish: build configuration, notebook runner, incremental build, HTML/PDF export, index page and CLI.

The top layer: may import every other layer.
"""

import sys as _sys

# nbformat imports jsonschema, whose optional RFC 3987 format checker compiles a grammar
# on import (about 1.3 s of CPU, holding the GIL while builds start). Notebook validation
# never checks that format; blocking the optional import makes jsonschema skip it.
_sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]  # None blocks it
