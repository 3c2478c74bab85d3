"""Reviewers' decisions applied to screening results, after the engine has screened.

A decision says that a party (by its name normalised as the name matcher reads it,
and its country when the reviewer gave one) is not (`clear`) or is (`confirm`) a
listed entry.  A later hit of the same party on the same entry is then shown as
`cleared`, with the decision's reference, who and when, and no longer makes the
row review or blocked, until the decision expires or the entry itself changes
(its names or programs: a hash of them is kept with the decision).  The newest
decision on a party and entry by `decided_at` is the one that counts (at the same
second a confirm counts over a clear: the safe side), never the last inserted: a
team's older decision imported later does not override a newer one here.  A clear
whose `decided_at` cannot be read or lies in the future never applies.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import re
import sqlite3
from collections.abc import Iterable, Mapping

from screen.errors import InputError, UnknownRuleError
from screen.matching.countryscan import resolve_country
from screen.matching.names.legalforms import strip_legal_forms
from screen.models import Hit, Kind, Result, Rule, Severity, Status
from screen.records.decisions import (
    Decision,
    add,
    all_decisions,
    keyed_before,
    reference_for,
    rekey,
)
from screen.records.trail import now
from screen.text.arabicnames import split_compounds
from screen.text.namefold import fold
from screen.text.normalize import cjk_part, normalize
from screen.text.orgwords import strip_cjk_legal_forms

_WORD = re.compile(r"[a-z0-9]+")
# How `party_key` keys a party; stored with each decision, so that decisions keyed
# an older way are re-keyed from their party's name when read (`decisions_for`).
# 1: legal forms from a short list dropped anywhere; 2: the name matcher's legal
# forms (its table of about 2,600, in every language) dropped as it drops them, and
# Arabic compound names read one way (`text/arabicnames.py`); 3: words folded with
# ou/u, dh/d and th/t (`text/namefold.py`); 4: Arabic compounds whose article and
# second word are one word apart from the first ("Hayat Ullah", "Kamal Eddin");
# 5: a legal form spelt letter by letter at the end dropped too ("Mitsui & Co K.K.");
# 6: and a form whose word carries a typo ("Limiteed", "Comany"); 7: a doubled letter
# folded before the pairs too ("Yooussef" is "Youssef"); 8: "abd" with a letter doubled
# by a typo read as a compound ("Abddul Rahman"); 9: "Abdulah", "Abdula" (one "l")
# and "Abdullh" read as "abd allah".
KEY_VERSION = 9
# How far ahead of this clock a decision's time may be (another machine's clock).
CLOCK_SKEW = dt.timedelta(minutes=5)
_EARLIEST = dt.datetime.min.replace(tzinfo=dt.UTC)


def decided_time(text: str) -> dt.datetime | None:
    """A decision's `decided_at` as a UTC time (no zone: UTC); None if unreadable."""
    try:
        found = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return found.replace(tzinfo=dt.UTC) if found.tzinfo is None else found.astimezone(dt.UTC)


def newest_first(decisions: Iterable[Decision]) -> list[Decision]:
    """Decisions newest first by `decided_at`; at the same time a confirm first."""

    def order(d: Decision) -> tuple[dt.datetime, bool]:
        return decided_time(d.decided_at) or _EARLIEST, d.verdict == "confirm"

    return sorted(decisions, key=order, reverse=True)


def in_force(
    decisions: Iterable[Decision], country: str, now: dt.datetime | None = None
) -> Decision | None:
    """Of the decisions on one party and entry, the one that counts for `country`:
    the newest that holds there, leaving out a clear whose time is unreadable or
    in the future (beyond `CLOCK_SKEW`)."""
    latest = (now or dt.datetime.now(dt.UTC)) + CLOCK_SKEW
    for d in newest_first(decisions):
        if d.country and d.country != country:
            continue
        when = decided_time(d.decided_at)
        if d.verdict == "clear" and (when is None or when > latest):
            continue
        return d
    return None


def party_key(name: str) -> str:
    """The name as the matcher compares it: normalised, legal forms dropped as the
    name matcher drops them, Arabic compounds read one way, words folded
    ("Sberbank PJSC", "SBERBANK" and "Public Joint Stock Company Sberbank" give the
    same key, as do "Abdul Rahman" and "Abd al-Rahman")."""
    norm = normalize(name)
    words = [fold(w) for w in split_compounds(strip_legal_forms(_words(norm)))]
    cjk = cjk_part(norm)
    return " ".join(words) + (f" {strip_cjk_legal_forms(cjk)}" if cjk else "")


def decisions_for(connection: sqlite3.Connection, parties: Iterable[str] | None) -> list[Decision]:
    """The decisions on these parties (None: all), oldest first; decisions keyed an
    older way are re-keyed first."""
    stale = keyed_before(connection, KEY_VERSION)
    if stale:
        rekey(connection, [(i, party_key(party)) for i, party in stale], KEY_VERSION)
    keys = None if parties is None else [party_key(p) for p in parties if p.strip()]
    return all_decisions(connection, keys)


def save(connection: sqlite3.Connection, decisions: Iterable[Decision]) -> int:
    """Insert decisions keyed by `party_key`; how many were new (by reference)."""
    return add(connection, decisions, KEY_VERSION)


def _words(norm: str) -> list[str]:
    return _WORD.findall(norm)


def entry_hash(rule: Rule) -> str:
    """SHA-256 of what identifies a listed entry: its names and programs."""
    data = {
        "names": sorted({*rule.names, *rule.weak_names}),
        "programs": sorted(rule.programs),
    }
    return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode()).hexdigest()


def country_code(text: str) -> str:
    if not text.strip():
        return ""
    code = resolve_country(text)
    if code is None:
        raise InputError(f"unknown country '{text}': use an ISO code or an English name")
    return code


def new_decision(
    party: str,
    rule: Rule | None,
    entry_id: str,
    verdict: str,
    by: str,
    reason: str,
    *,
    country: str = "",
    until: dt.date | None = None,
) -> Decision:
    """A decision on `party` and the entry `entry_id` (its current `rule`)."""
    if rule is None:
        raise UnknownRuleError(
            f"no rule or list entry '{entry_id}': give a rule id (screen rules list) or "
            "<list>:<entry id> with the --list it comes from"
        )
    if rule.kind is not Kind.ENTITY:
        raise InputError(
            f"{entry_id} is a{'n' if rule.kind is Kind.ITEM else ''} {rule.kind.value} rule: "
            "decisions are about parties and listed entries (entity rules)"
        )
    if not party.strip():
        raise InputError("the party's name is empty")
    for option, value in (("--by", by), ("--reason", reason)):
        if not value.strip():
            raise InputError(f"{option} is empty: a decision says who took it and why")
    from screen.runs.runstart import user_and_host

    key, code, digest, at = party_key(party), country_code(country), entry_hash(rule), now()
    user, host = user_and_host()
    return Decision(
        reference=reference_for(key, code, entry_id, digest, verdict, by, reason, at),
        party=party,
        party_key=key,
        country=code,
        entry_id=entry_id,
        entry_hash=digest,
        verdict=verdict,
        decided_by=by,
        reason=reason,
        decided_at=at,
        valid_until=until.isoformat() if until else None,
        recorded_by=f"{user}@{host}",
    )


class Decisions:
    """The decisions in force, looked up by party and entry."""

    def __init__(
        self, decisions: Iterable[Decision], rules: Mapping[str, Rule], today: dt.date
    ) -> None:
        self.rules = rules
        self.today = today.isoformat()
        self._now = dt.datetime.now(dt.UTC)
        self._by: dict[tuple[str, str], list[Decision]] = {}
        for d in decisions:
            self._by.setdefault((d.party_key, d.entry_id), []).append(d)
        self._hashes: dict[str, str] = {}

    def __bool__(self) -> bool:
        return bool(self._by)

    def clearing(self, party: str, country: str, entry_id: str) -> Decision | None:
        """The decision that clears this party's hit on this entry, if one applies."""
        found = self._by.get((party_key(party), entry_id))
        if not found:
            return None
        latest = in_force(found, country, self._now)
        if latest is None or latest.verdict != "clear":
            return None
        if latest.valid_until is not None and latest.valid_until < self.today:
            return None  # expired
        rule = self.rules.get(entry_id)
        if rule is None:
            return None
        current = self._hashes.get(entry_id)
        if current is None:
            current = self._hashes[entry_id] = entry_hash(rule)
        return latest if latest.entry_hash == current else None  # the entry changed

    def apply(
        self, hits: tuple[Hit, ...], parties: Mapping[str, str], country: str
    ) -> tuple[tuple[Hit, ...], Status | None]:
        """The hits with those a decision clears marked, and the status they leave
        (None: no hit was cleared, the status stands)."""
        changed = False
        out = []
        for hit in hits:
            party = parties.get(hit.field, "")
            if hit.kind is Kind.ENTITY and party and not hit.cleared:
                decision = self.clearing(party, country, hit.rule_id)
                if decision is not None:
                    hit = dataclasses.replace(hit, cleared=describe(decision))
                    changed = True
            out.append(hit)
        if not changed:
            return hits, None
        return tuple(out), status_of(out)

    def apply_result(self, result: Result, parties: Mapping[str, str]) -> Result:
        code = result.understood.country_code or ""
        hits, status = self.apply(result.hits, parties, code)
        if status is None:
            return result
        return dataclasses.replace(result, hits=hits, status=status)


def describe(decision: Decision) -> str:
    return f"{decision.reference} by {decision.decided_by} on {decision.decided_at[:10]}"


def status_of(hits: Iterable[Hit]) -> Status:
    """The status the hits not cleared leave."""
    live = [h for h in hits if not h.cleared]
    if any(h.level is Severity.BLOCK for h in live):
        return Status.BLOCKED
    return Status.REVIEW if live else Status.CLEAR


def superseded_confirms(earlier: Iterable[Decision], decision: Decision) -> list[Decision]:
    """The confirms in force on `decision`'s party and entry that this clear sets
    aside (in its country, or in any when it names none)."""
    same = [d for d in earlier if d.entry_id == decision.entry_id]
    places = [decision.country] if decision.country else sorted({d.country for d in same} | {""})
    found: list[Decision] = []
    for place in places:
        top = in_force(same, place)
        if top is not None and top.verdict == "confirm" and top not in found:
            found.append(top)
    return found
