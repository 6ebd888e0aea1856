"""What a report's notebook outputs carry for the build: the one metadata key and the MIME
types. ``show`` writes them, the build and the exporter read them, nothing else spells them."""

from __future__ import annotations

#: the output-metadata key (title, headings, downloads, the read log)
METADATA_KEY = "zmd_report"
PLOTLY_MIME = "application/vnd.plotly.v1+json"
HTML_MIME = "text/html"
TEXT_MIME = "text/plain"
