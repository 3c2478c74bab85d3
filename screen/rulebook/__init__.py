"""Reading, validating and locating the YAML rulebook."""

from screen.rulebook.loader import load_rulebook

__all__ = ["load_rulebook"]
