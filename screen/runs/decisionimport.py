"""`screen decisions import`: a team's decisions CSV checked field by field before
anything is recorded.

Every row must hold a reference as `screen decide` makes them, a `decided_at` that
reads as a time and is not in the future (beyond `CLOCK_SKEW`), a `valid_until`
day if any, a SHA-256 `entry_hash`, and an entry the rules and lists in force know
as a party's entry (else the import names the unknown entries and the --list to
pass).  A reference already recorded with other content is a conflict (a decision
is never changed: a new one is made with `screen decide`).  One bad row refuses the
whole file, naming its line and the fix.  Each decision keeps who imported it,
when, and from which file."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import sqlite3
from collections.abc import Mapping, Sequence

from screen.errors import InputError
from screen.io.values import parse_date
from screen.models import Kind, Rule
from screen.records.decisions import CSV_COLUMNS, Decision, recorded
from screen.runs.decisions import CLOCK_SKEW, country_code, decided_time, entry_hash, party_key
from screen.tuples import NamedTuple

_REFERENCE = re.compile(r"D-[0-9a-f]{12}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
SHOWN = 5  # entries or conflicts named in one error line


class Imported(NamedTuple):
    decisions: list[Decision]  # every row, ready to insert
    warnings: list[str]


class Origin(NamedTuple):
    """Who imports, when (UTC, ISO 8601), from which file."""

    by: str
    at: str
    name: str


def checked(
    rows: Sequence[Mapping[str, str]],
    rules: Mapping[str, Rule],
    connection: sqlite3.Connection,
    origin: Origin,
) -> Imported:
    """The rows of a decisions CSV (`records.decisions.read_csv`) as decisions, or
    an InputError naming the file, the line and the fix."""
    now = dt.datetime.fromisoformat(origin.at)
    decisions: list[Decision] = []
    lines: list[str] = []
    unknown: dict[str, list[str]] = {}
    warnings: list[str] = []
    for row in rows:
        line = row["line"]
        where = f"{origin.name}:{line}"
        decision = _decision(row, where, now, origin)
        rule = rules.get(decision.entry_id)
        if rule is None:
            unknown.setdefault(decision.entry_id, []).append(line)
        elif rule.kind is not Kind.ENTITY:
            raise InputError(
                f"{where}: {decision.entry_id} is a {rule.kind.value} rule: decisions are "
                "about parties and listed entries; remove the row"
            )
        elif entry_hash(rule) != decision.entry_hash:
            warnings.append(
                f"{where}: {decision.reference} was decided on another version of "
                f"{decision.entry_id} (its names or programs differ): it will not apply"
            )
        decisions.append(decision)
        lines.append(line)
    if unknown:
        named = ", ".join(f"{e} (line {', '.join(ls)})" for e, ls in list(unknown.items())[:SHOWN])
        more = f" and {len(unknown) - SHOWN} more" if len(unknown) > SHOWN else ""
        raise InputError(
            f"{origin.name}: entries unknown to the rules and lists in force: {named}{more}; "
            "pass the --list (or --rules) they come from, as 'screen decide' was given"
        )
    _refuse_conflicts(decisions, lines, connection, origin.name)
    return Imported(decisions, warnings)


def _decision(row: Mapping[str, str], where: str, now: dt.datetime, origin: Origin) -> Decision:
    reference = row["reference"].strip()
    if not _REFERENCE.fullmatch(reference):
        raise InputError(
            f"{where}: reference '{reference}' is not D- and 12 hex digits as "
            "'screen decide' makes them; export the decisions again with "
            "'screen decisions export'"
        )
    when = decided_time(row["decided_at"])
    if when is None:
        raise InputError(
            f"{where}: decided_at '{row['decided_at']}' is not a time: write it as "
            "YYYY-MM-DDTHH:MM:SS+00:00 (UTC), as 'screen decisions export' does"
        )
    if when > now + CLOCK_SKEW:
        raise InputError(
            f"{where}: decided_at {row['decided_at']} is in the future (now "
            f"{origin.at}): correct the date, or the clock of the machine that made it"
        )
    if not _SHA256.fullmatch(row["entry_hash"].strip()):
        raise InputError(
            f"{where}: entry_hash is not a SHA-256 (64 hex digits); export the decisions "
            "again with 'screen decisions export'"
        )
    try:
        code = country_code(row["country"])
        if row["valid_until"]:
            parse_date(row["valid_until"])
    except InputError as exc:
        raise InputError(f"{where}: {exc}") from None
    return Decision(
        reference=reference,
        party=row["party"],
        party_key=party_key(row["party"]),
        country=code,
        entry_id=row["entry_id"],
        entry_hash=row["entry_hash"].strip(),
        verdict=row["verdict"],
        decided_by=row["decided_by"],
        reason=row["reason"],
        decided_at=when.isoformat(timespec="seconds"),
        valid_until=row["valid_until"] or None,
        imported_by=origin.by,
        imported_at=origin.at,
        imported_from=origin.name,
        recorded_by=origin.by,
    )


def _shared(decision: Decision) -> tuple[str, ...]:
    """What a team shares of a decision (its CSV columns), as compared on import."""
    values = dataclasses.asdict(decision)
    return tuple(str(values[c] or "") for c in CSV_COLUMNS)


def _refuse_conflicts(
    decisions: Sequence[Decision],
    lines: Sequence[str],
    connection: sqlite3.Connection,
    name: str,
) -> None:
    """InputError when a reference is recorded (or given twice) with other content."""
    seen: dict[str, Decision] = recorded(connection, [d.reference for d in decisions])
    conflicts: list[str] = []
    for d, line in zip(decisions, lines, strict=True):
        before = seen.setdefault(d.reference, d)
        if _shared(before) != _shared(d):
            differ = [
                c
                for c, a, b in zip(CSV_COLUMNS, _shared(before), _shared(d), strict=True)
                if a != b
            ]
            conflicts.append(f"{d.reference} (line {line}: {', '.join(differ)} differ)")
    if conflicts:
        more = f" and {len(conflicts) - SHOWN} more" if len(conflicts) > SHOWN else ""
        raise InputError(
            f"{name}: {len(conflicts)} decision{'s' if len(conflicts) > 1 else ''} conflict "
            f"with the decision recorded under the same reference: "
            f"{'; '.join(conflicts[:SHOWN])}{more}; a decision is never changed: nothing "
            "was imported; record a new decision with 'screen decide'"
        )
