"""The command line: typer options, commands and rich rendering (the only layer that
imports typer or rich)."""

from screen.cli.entry import app, main

__all__ = ["app", "main"]
