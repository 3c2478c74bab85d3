"""`screen source`: the rule or list entry behind a hit, with its passage."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from screen.cli.handling import handles_errors
from screen.cli.options import Format, FormatOpt, ListFormatOpt, ListOpt, RulesOpt
from screen.cli.output import print_json, resolve, screener_from, stdout


@handles_errors
def source(
    rule_id: Annotated[
        str, typer.Argument(help="A rule id (see 'screen rules list') or list:entry id.")
    ],
    rules: RulesOpt = None,
    lists: ListOpt = None,
    list_format: ListFormatOpt = None,
    fmt: FormatOpt = Format.auto,
) -> None:
    """Print the rule behind a hit and the passage of the article it rests on."""
    from screen.io.serialize import rule_to_dict
    from screen.rulebook.sources import find_passage, lookup_rule

    screener = screener_from(rules, None, None, lists, list_format)
    rule = lookup_rule(screener.rules, rule_id)
    passage = None
    if rule.source.seed and rule.source.quote:
        passage = find_passage(screener.rulebook.seeds_dir, rule.source.seed, rule.source.quote)
    if resolve(fmt) is Format.json:
        data: dict[str, Any] = {"rule": rule_to_dict(rule)}
        if passage is not None:
            data.update(
                seed=passage.seed,
                headline=passage.headline,
                paragraph=passage.paragraph,
                quote=passage.paragraph[passage.quote_start : passage.quote_end],
            )
        print_json(data)
        return
    from screen.cli.render import print_rule_source

    print_rule_source(stdout(), rule, passage)
