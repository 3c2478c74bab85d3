"""The passage of a seed article that a rule rests on."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from screen.errors import Problem, RulebookError, UnknownRuleError
from screen.models import Rule
from screen.rulebook.locate import seed_file


@dataclass(frozen=True)
class Passage:
    seed: str
    headline: str  # the article's first line
    paragraph: str  # the paragraph (line) holding the quote
    quote_start: int  # the quote's span inside `paragraph`
    quote_end: int


def _squash(text: str) -> str:
    return " ".join(text.split())


def find_passage(seeds_dir: str | Path, seed: str, quote: str) -> Passage:
    """Locate `quote` in `seed`; the loader has already checked that it is there (and
    that the seed is a file inside the seeds folder: checked again here)."""
    try:
        text = seed_file(seeds_dir, seed).read_text(encoding="utf-8")
    except (ValueError, OSError) as exc:
        raise RulebookError([Problem(str(seeds_dir), None, "source.seed", str(exc))]) from None
    lines = [line for line in text.splitlines() if line.strip()]
    headline = lines[0].strip() if lines else ""
    wanted = _squash(quote)
    for size in range(1, 6):  # a quote may run over a few lines
        for i in range(len(lines) - size + 1):
            paragraph = _squash(" ".join(lines[i : i + size]))
            at = paragraph.find(wanted)
            if at >= 0:
                return Passage(seed, headline, paragraph, at, at + len(wanted))
    return Passage(seed, headline, wanted, 0, len(wanted))


def lookup_rule(rules: Mapping[str, Rule], rule_id: str) -> Rule:
    """The rule with this id (case-insensitive), or an error that suggests close ids."""
    if rule_id in rules:
        return rules[rule_id]
    by_upper = {k.upper(): k for k in rules}
    if rule_id.upper() in by_upper:
        return rules[by_upper[rule_id.upper()]]
    close = difflib.get_close_matches(rule_id.upper(), list(by_upper), n=3, cutoff=0.75)
    hint = (
        "did you mean " + ", ".join(by_upper[c] for c in close) + "?"
        if close
        else "run 'screen rules list' to see the ids"
    )
    raise UnknownRuleError(f"no rule with id '{rule_id}': {hint}")
