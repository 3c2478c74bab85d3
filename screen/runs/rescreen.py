"""Re-screen the parties of the audit trail against the rules and lists in force now.

Every distinct consignee and end user recorded is screened again (as the consignee
of a shipment to or from the country of its last screening, in that screening's
direction, today), reviewers' decisions applied, and its hits compared with those
of its last recorded screening on the field where it stood: a hit on an entry it
did not hit before is `new`, one it no longer hits is `gone`, one whose level
differs is `level`, one a decision now clears is `cleared`.  `new` hits and levels
raised to block need review.

`touched_list` turns two editions of a list into a list of only the entries added
or changed, so that many parties are re-screened against a daily update in seconds.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from screen.engine import Screener
from screen.errors import InputError
from screen.io.values import parse_direction
from screen.lists import LoadedList, index_of
from screen.lists.diff import diff_lists
from screen.models import Direction, Hit, Result, Shipment
from screen.records import history
from screen.records.trail import CHANGE_COLUMNS
from screen.runs.decisions import Decisions, decisions_for

# The columns of the output: a change as `rescreen_changes` records it, without the
# decision that clears the hit (JSON has it as `cleared`).
COLUMNS = tuple(c for c in CHANGE_COLUMNS if c != "cleared")
NEEDS_REVIEW = ("new", "raised")


@dataclass
class Rescreen:
    """What a re-screen found: the changes, and how many parties it screened."""

    parties: int = 0
    changes: list[dict[str, Any]] = field(default_factory=list)

    @property
    def needs_review(self) -> bool:
        return any(c["change"] in NEEDS_REVIEW for c in self.changes)

    def counts(self) -> dict[str, int]:
        found: dict[str, int] = {}
        for change in self.changes:
            found[change["change"]] = found.get(change["change"], 0) + 1
        return found


@dataclass(frozen=True)
class Touched:
    """The entries of the new edition added or changed since the old one (as a list to
    screen against) and the ids of every entry touched (removed ones too)."""

    loaded: LoadedList
    ids: frozenset[str]


def touched_list(old: LoadedList, new: LoadedList) -> Touched:
    """A list of only the entries of `new` added or changed since `old`, with its own
    name index (small: searching it is fast)."""
    diff = diff_lists(old, new)
    ids = diff.touched
    rules = tuple(r for r in new.rules if r.id in ids)
    loaded = LoadedList(new.path, new.format, rules, index_of(rules), new.published, new.sha256)
    return Touched(loaded, ids)


def renamed_lists(connection: sqlite3.Connection, screener: Screener) -> list[str]:
    """A warning for each list in force whose content (SHA-256) was recorded under
    another name by a run whose parties are re-screened: a list's entry ids come
    from its file name, so every hit on it would show as gone and new, and
    decisions on its entries would stop applying."""
    from screen.runs.runstart import lists_used

    warnings = []
    for used in lists_used(screener):
        found = connection.execute(
            "SELECT name, file, max(run_id) FROM run_lists WHERE sha256 = ? AND name != ? "
            "AND run_id IN (SELECT id FROM runs WHERE command NOT IN ('eval', 'rescreen')) "
            "GROUP BY name, file ORDER BY max(run_id) DESC LIMIT 1",
            (used.sha256, used.name),
        ).fetchone()
        if found is not None:
            name, file, run_id = found
            warnings.append(
                f"the list {used.file} has the same content as {file}, recorded as list "
                f"'{name}' in run {run_id}, but its entries are named '{used.name}:...' after "
                f"its file name, not '{name}:...': every hit on it shows as gone and new, and "
                f"decisions on its entries do not apply; name it {Path(file).name} again"
            )
    return warnings


def _state(hit: Hit | dict[str, Any]) -> tuple[str, float, str]:
    if isinstance(hit, Hit):
        return ("cleared" if hit.cleared else hit.level.value), hit.score, hit.matched
    return ("cleared" if hit["cleared"] else hit["level"]), hit["score"], hit["matched"]


def _change(before: str | None, now: str | None) -> str | None:
    if before == now:
        return None
    if now is None:
        return "gone"
    if now == "cleared":
        return "cleared"
    if before is None or before == "cleared":
        return "new"
    return "raised" if now == "block" else "lowered"


def rescreen(
    connection: sqlite3.Connection,
    screener: Screener,
    *,
    since: str | None = None,
    changed: Touched | None = None,
    today: dt.date | None = None,
) -> Rescreen:
    """Re-screen every party recorded (in runs started on or after `since`) with
    `screener`; `changed` (--changed-only, its list added to `screener`): compare hits
    on the touched entries alone; a party that names none of them (through their own
    small name index) and hit none of them before is not screened at all."""
    day = today or dt.date.today()
    latest = history.latest_screenings(connection, since)
    found = Decisions(decisions_for(connection, latest), screener.rules, day)
    by_run: dict[int, dict[int, list[dict[str, Any]]]] = {}
    out = Rescreen(parties=len(latest))
    floor = screener.thresholds.review
    for party, last in sorted(latest.items(), key=lambda p: p[0].casefold()):
        run_hits = by_run.get(last["run_id"])
        if run_hits is None:
            run_hits = by_run[last["run_id"]] = history.hits(connection, last["run_id"])
        before = {
            h["rule_id"]: h for h in run_hits.get(last["row"], ()) if h["field"] == last["field"]
        }
        if changed is not None and not (
            changed.ids.intersection(before) or changed.loaded.index.search(party, floor)
        ):
            continue  # it hit no touched entry before and names none now: nothing changes
        result = _screen(screener, party, last, day)
        hits = tuple(h for h in result.hits if h.field == "consignee")
        if found:
            hits, _ = found.apply(hits, {"consignee": party}, result.understood.country_code or "")
        now = {h.rule_id: h for h in hits}
        only = None if changed is None else changed.ids
        out.changes.extend(_compare(party, last, before, now, only))
    return out


def _screen(screener: Screener, party: str, last: dict[str, Any], day: dt.date) -> Result:
    """The party screened as the consignee of its last screening's country and
    direction; a row in error whose country cannot be read, without a country."""
    shipment = Shipment(consignee=party, country=last["country"], direction=_way(last))
    try:
        return screener.screen(shipment, day)
    except InputError:
        if not last["error"]:
            raise
        return screener.screen(replace(shipment, country=""), day)


def _way(last: dict[str, Any]) -> Direction:
    """The direction of a party's last screening (export when not recorded, or not
    readable on a row in error)."""
    try:
        return parse_direction(last["direction"])
    except InputError:
        return Direction.EXPORT


def _compare(
    party: str,
    last: dict[str, Any],
    before: dict[str, dict[str, Any]],
    now: dict[str, Hit],
    only: frozenset[str] | None,
) -> Iterable[dict[str, Any]]:
    for rule_id in dict.fromkeys([*now, *before]):
        if only is not None and rule_id not in only:
            continue
        old = _state(before[rule_id]) if rule_id in before else None
        new = _state(now[rule_id]) if rule_id in now else None
        change = _change(old[0] if old else None, new[0] if new else None)
        if change is None:
            continue
        score, matched = (new or old or ("", 0.0, ""))[1:]
        yield {
            "party": party,
            "country": last["country"],
            "change": change,
            "rule_id": rule_id,
            "before": old[0] if old else None,
            "now": new[0] if new else None,
            "score": score,
            "matched": matched,
            "cleared": now[rule_id].cleared if rule_id in now else None,
            "last_run": last["run_id"],
            "last_screened": last["started_at"],
        }
