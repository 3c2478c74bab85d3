"""`screen rules validate` and `screen rules list`."""

from __future__ import annotations

import sys

from screen.cli.handling import handles_errors
from screen.cli.options import Format, FormatOpt, RulesOpt
from screen.cli.output import print_json, resolve, stdout


@handles_errors
def rules_validate(rules: RulesOpt = None) -> None:
    """Check the rulebook: exit 0 when valid, 3 with every problem listed."""
    from collections import Counter

    from screen.models import Kind
    from screen.rulebook import load_rulebook

    rulebook = load_rulebook(rules)
    kinds = Counter(r.kind.value for r in rulebook.rules)
    # every kind, a missing one as 0: a rulebook without item rules shows it
    summary = ", ".join(f"{kinds[k]} {k}" for k in sorted(kind.value for kind in Kind))
    sys.stdout.write(
        f"Rulebook OK: {len(rulebook.rules)} rules ({summary}) in {rulebook.path}\n"
        f"version {rulebook.version or '-'}, sha256 {rulebook.sha256[:16]}\n"
    )


@handles_errors
def rules_list(rules: RulesOpt = None, fmt: FormatOpt = Format.auto) -> None:
    """List every rule: a table on a terminal, a JSON array with all fields when piped."""
    from screen.io.serialize import rule_to_dict
    from screen.rulebook import load_rulebook

    rulebook = load_rulebook(rules)
    if resolve(fmt) is Format.json:
        print_json([rule_to_dict(r) for r in rulebook.rules])
        return
    from screen.cli.render import rules_table

    stdout().print(rules_table(rulebook.rules))
