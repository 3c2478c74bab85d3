"""Build a ready `Screener` from the options a run was given."""

from __future__ import annotations

import os

from screen.engine import Screener
from screen.models import Thresholds
from screen.rulebook import load_rulebook


def open_screener(
    rules: str | os.PathLike[str] | None = None,
    *,
    block_threshold: float | None = None,
    review_threshold: float | None = None,
) -> Screener:
    """The rulebook loaded, with per-run thresholds."""
    rulebook = load_rulebook(rules)
    base = rulebook.thresholds
    thresholds = Thresholds(
        block=base.block if block_threshold is None else block_threshold,
        review=base.review if review_threshold is None else review_threshold,
    )
    _check_thresholds(thresholds)
    return Screener(rulebook, thresholds)


def _check_thresholds(thresholds: Thresholds) -> None:
    from screen.errors import InputError

    if not 0 <= thresholds.review <= thresholds.block <= 100:
        raise InputError(
            f"thresholds must satisfy 0 <= review ({thresholds.review:g}) <= block "
            f"({thresholds.block:g}) <= 100: adjust --review-threshold / --block-threshold"
        )
