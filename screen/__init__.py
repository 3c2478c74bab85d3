"""screen: export-control screening of shipments against a YAML rulebook.

    from screen import Screener, Shipment, load_rulebook
    result = Screener(load_rulebook()).screen(Shipment(description="robots", country="RU"))

Names are imported lazily so that `screen --help` starts fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__all__ = [
    "Direction",
    "Hit",
    "InputError",
    "Kind",
    "Result",
    "Rule",
    "Rulebook",
    "RulebookError",
    "ScreenError",
    "Screener",
    "Severity",
    "Shipment",
    "Status",
    "load_rulebook",
]

_WHERE = {
    "Screener": "screen.engine",
    "load_rulebook": "screen.rulebook",
    "ScreenError": "screen.errors",
    "InputError": "screen.errors",
    "RulebookError": "screen.errors",
    **{
        n: "screen.models"
        for n in (
            "Direction",
            "Hit",
            "Kind",
            "Result",
            "Rule",
            "Rulebook",
            "Severity",
            "Shipment",
            "Status",
        )
    },
}

if TYPE_CHECKING:
    from screen.engine import Screener
    from screen.errors import InputError, RulebookError, ScreenError
    from screen.models import (
        Direction,
        Hit,
        Kind,
        Result,
        Rule,
        Rulebook,
        Severity,
        Shipment,
        Status,
    )
    from screen.rulebook import load_rulebook


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'screen' has no attribute {name!r}")
