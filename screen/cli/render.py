"""Terminal rendering with rich: verdicts, hit tables, rule listings, sources.

Only the CLI calls this; JSON and CSV output go through `serialize` instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import cast

from rich.console import Console
from rich.table import Table
from rich.text import Text

from screen.models import Hit, Result, Rule, Shipment, Status
from screen.rulebook.sources import Passage
from screen.runs.evaluate import Counts, Report
from screen.runs.rows import Summary

STATUS_STYLE = {
    Status.CLEAR: "bold green",
    Status.REVIEW: "bold yellow",
    Status.BLOCKED: "bold red",
    Status.ERROR: "bold magenta",
}
LEVEL_STYLE = {"block": "red", "review": "yellow"}


def _places(rule: Rule) -> str:
    return ", ".join((*rule.countries, *rule.regions)) or "any"


def verdict_line(result: Result, shipment: Shipment) -> Text:
    u = result.understood
    codes = ", ".join(u.country_codes) or u.country_code
    where = f"{u.country_name} ({codes})" if u.country_code else "no country given"
    arrow = "from" if u.direction.value == "import" else "to"
    text = Text()
    text.append(result.status.value.upper(), style=STATUS_STYLE[result.status])
    count = len(result.hits)
    text.append(f"  {count} hit{'s' if count != 1 else ''}  ")
    what = shipment.description or shipment.consignee
    text.append(f"{what!r} {arrow} {where}, {u.direction.value}, {u.date.isoformat()}", style="dim")
    return text


def hits_table(hits: Iterable[Hit]) -> Table:
    table = Table(show_lines=False, header_style="bold")
    for column in ("Level", "Rule", "Kind", "Field"):
        table.add_column(column, no_wrap=True)
    for column in ("Input", "Matched"):
        table.add_column(column, overflow="fold")
    table.add_column("Score", no_wrap=True, justify="right")
    table.add_column("Why", overflow="fold")
    for h in hits:
        table.add_row(
            Text("cleared", style="green")
            if h.cleared
            else Text(h.level.value, style=LEVEL_STYLE[h.level.value]),
            h.rule_id,
            h.kind.value,
            h.field,
            h.query,
            h.matched,
            f"{h.score:g}",
            h.detail,
        )
    return table


def print_result(
    console: Console,
    result: Result,
    shipment: Shipment,
    explain: bool,
    passages: dict[str, Passage],
) -> None:
    console.print(verdict_line(result, shipment))
    if result.hits:
        console.print(hits_table(result.hits))
    for note in result.notes:
        console.print(f"note: {note}", style="dim")
    if explain:
        for h in result.hits:
            console.print(Text(f"\n{h.rule_id}: {h.title}", style="bold"))
            passage = passages.get(h.rule_id)
            if passage is not None:
                console.print(Text(f"  {passage.seed}: {passage.headline}", style="dim"))
                console.print(highlighted(passage, indent="  "))
            elif h.source.list:
                console.print(f"  {h.source.list} entry {h.source.entry_id} ({h.source.file})")
            if h.source.note:
                console.print(Text(f"  note: {h.source.note}", style="dim"))


def highlighted(passage: Passage, indent: str = "") -> Text:
    text = Text(indent)
    text.append(passage.paragraph[: passage.quote_start])
    text.append(passage.paragraph[passage.quote_start : passage.quote_end], style="bold yellow")
    text.append(passage.paragraph[passage.quote_end :])
    return text


def rules_table(rules: Iterable[Rule]) -> Table:
    table = Table(header_style="bold")
    table.add_column("Id", no_wrap=True)
    for column in ("Kind", "Severity", "Direction", "Where", "From", "Title"):
        table.add_column(column, overflow="fold")
    for r in rules:
        table.add_row(
            r.id,
            r.kind.value,
            Text(r.severity.value, style=LEVEL_STYLE[r.severity.value]),
            r.direction.value,
            _places(r),
            r.effective_from.isoformat(),
            r.title,
        )
    return table


def print_rule_source(console: Console, rule: Rule, passage: Passage | None) -> None:
    """A rule and what it rests on: the article passage, or the list entry as listed."""
    console.print(Text(f"{rule.id}  {rule.title}", style="bold"))
    until = f" until {rule.effective_to.isoformat()}" if rule.effective_to else ""
    since = (  # a list entry: whatever the shipment's date (its listing date a note)
        "any shipment date"
        if rule.effective_from == dt.date.min
        else f"from {rule.effective_from.isoformat()}"
    )
    for label, value in (
        ("kind", rule.kind.value),
        ("measure", rule.measure),
        ("authority", rule.authority),
        ("direction", rule.direction.value),
        ("where", _places(rule)),
        ("in force", f"{since}{until}"),
        ("severity", rule.severity.value),
    ):
        console.print(Text(f"  {label:<10} ", style="dim") + Text(value))
    if passage is not None:
        console.print(Text(f"\nSource: {passage.seed}", style="bold"))
        console.print(Text(f"  {passage.headline}", style="italic"))
        console.print(highlighted(passage, indent="  "))
    source = rule.source
    if source.list:
        console.print(Text(f"\nSource: {source.list} entry {source.entry_id}", style="bold"))
        rows = [
            ("programs", "; ".join(rule.programs) or "-"),
            *([("datasets", "; ".join(rule.datasets))] if rule.datasets else []),
            ("type", rule.type or "-"),
            *(("name" if i == 0 else "alias", n) for i, n in enumerate(rule.names)),
            *(("weak alias", n) for n in rule.weak_names),
            *(("address", a) for a in rule.addresses),
            *([("born", "; ".join(rule.born))] if rule.born else []),
            *([("listed on", source.note.removeprefix("listed on "))] if source.note else []),
            ("remarks", rule.note or "-"),
            ("file", source.file or "-"),
            ("sha256", source.sha256 or "-"),
        ]
        for label, value in rows:
            console.print(Text(f"  {label:<10} ", style="dim") + Text(value))
    elif source.note:
        console.print(Text(f"\nNote: {source.note}", style="dim"))


def print_summary(console: Console, summary: Summary, source: str, columns: str = "") -> None:
    """The end-of-run summary of `screen batch` (on stderr)."""
    counts = "  ".join(
        f"[{STATUS_STYLE[Status(s)]}]{s}[/] {summary.statuses[s]:,}"
        for s in ("clear", "review", "blocked", "error")
    )
    rate = summary.rows / summary.elapsed if summary.elapsed else 0.0
    console.print(f"{summary.rows:,} rows in {summary.elapsed:.2f}s ({rate:,.0f} rows/s)  {counts}")
    if summary.rules:
        top = ", ".join(f"{rule} {n:,}" for rule, n in summary.rules.most_common(5))
        console.print(f"rules hit most: {top}")
    console.print(f"[dim]input read as {source}[/]", highlight=False)
    if columns:
        console.print(Text(f"columns screened: {columns}", style="dim"))


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}"


def print_report(console: Console, report: Report) -> None:
    """The `screen eval` report as tables."""
    o = report.overall
    console.print(
        f"[bold]recall {_pct(o.recall)}[/]  false-positive rate {_pct(o.false_positive_rate)}  "
        f"precision {_pct(o.precision)}  at review threshold {report.threshold:g}"
    )
    console.print(
        f"[dim]{o.flag} flag rows ({o.caught} caught, {o.missed} missed), {o.clear} clear rows "
        f"({o.false_alarms} false alarms), {o.either} either (not scored)[/]"
    )
    table = Table(title="By category", header_style="bold")
    for column in ("Category", "Flag", "Caught", "Clear", "False alarms", "Recall", "FP rate"):
        table.add_column(column, no_wrap=True)
    items: list[tuple[str, Counts]] = sorted(report.categories.items())
    for name, c in items:
        table.add_row(
            name,
            str(c.flag),
            str(c.caught),
            str(c.clear),
            str(c.false_alarms),
            _pct(c.recall),
            _pct(c.false_positive_rate),
        )
    console.print(table)
    for title, rows in (("Misses", report.misses), ("False alarms", report.false_alarms)):
        if not rows:
            console.print(f"{title}: none")
            continue
        detail = Table(title=title, header_style="bold")
        for column in ("Row", "Id", "Category", "Status", "Best hit"):
            detail.add_column(column, overflow="fold")
        for r in rows:
            hits = r["hits"]
            assert isinstance(hits, list)
            best = "; ".join(
                f"{h['rule_id']} {h['field']} '{h['query']}' ~ '{h['matched']}' {h['score']:g}"
                for h in hits
            ) or str(r["error"] or "no hit at any score")
            detail.add_row(str(r["row"]), str(r["id"]), str(r["category"]), str(r["status"]), best)
        console.print(detail)
    sweep = Table(title="Threshold sweep", header_style="bold")
    for column in ("Review threshold", "Recall", "FP rate", "Precision"):
        sweep.add_column(column, justify="right")
    for step in report.sweep:
        sweep.add_row(
            str(step["threshold"]),
            *(
                _pct(cast(float | None, step[k]))
                for k in ("recall", "false_positive_rate", "precision")
            ),
        )
    console.print(sweep)
