"""Publish: build configuration, notebook runner, incremental build, HTML/PDF export, index page and CLI.

The top layer: may import every other layer.
"""
