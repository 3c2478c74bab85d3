"""Reading, validating and locating the YAML rulebook.

`load_rulebook` imports the YAML machinery only when called, so a run that finds
its compiled rulebook in the cache never loads it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from screen.models import Rulebook

__all__ = ["load_rulebook"]


def load_rulebook(
    path: str | os.PathLike[str] | None = None, files_read: Mapping[Path, bytes] | None = None
) -> Rulebook:
    """Load and validate the rulebook at `path` (default: $SCREEN_RULES or built-in);
    `files_read`: its files' bytes when they were read before (hashed for a cache key)."""
    from screen.rulebook.loader import load_rulebook as load

    return load(path, files_read)
