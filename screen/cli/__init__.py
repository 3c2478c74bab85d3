"""The command line: typer options, commands and rich rendering (the only layer that
imports typer or rich)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from screen.cli.collector import hold

if TYPE_CHECKING:
    import typer

__all__ = ["app", "main"]


def main() -> None:
    """The console entry (`entry.main`), the collector held off while it starts
    (`collector`): typer and the command are imported from here."""
    hold()
    from screen.cli.entry import main as run

    run()


def __getattr__(name: str) -> typer.Typer:
    """`app`, the whole application, built when first asked for (a run builds only
    the command it runs: see `entry.main`)."""
    if name == "app":
        from screen.cli import entry

        return entry.app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
