"""The rule schema: which fields each kind of rule takes, and their checks.

`parse_rule` turns one YAML mapping into a `Rule`, or records a `Problem` for
every fault (unknown or missing field, bad value) with file, line and a fix.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from screen.errors import Problem
from screen.matching.births import parse_listed
from screen.matching.countries import countries
from screen.models import Direction, Exception_, Kind, Rule, Severity, Source, Vocabulary
from screen.rulebook.checker import Checker
from screen.rulebook.yamlread import LinedList, LinedMap

COMMON_REQUIRED = (
    "id",
    "kind",
    "title",
    "measure",
    "authority",
    "direction",
    "effective_from",
    "severity",
    "source",
)
COMMON_OPTIONAL = ("effective_to", "countries", "note")
KIND_FIELDS: dict[Kind, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # kind: (required, optional)
    Kind.ITEM: (
        ("terms",),
        (
            "exclusions",
            "exceptions",
            "hs_codes",
            "review_terms",
            "vocabulary",
            "equipment",
            "components",
        ),
    ),
    Kind.DESTINATION: (("terms",), ("review_terms", "regions", "towns_of", "exclusions")),
    Kind.ENTITY: (("names",), ("weak_names", "type", "programs", "addresses", "born")),
}
SOURCE_FIELDS = ("seed", "quote", "note")
EXCEPTION_FIELDS = ("terms", "hs_codes", "note")
VOCABULARY_FIELDS = ("source", "terms")
ENTITY_TYPES = ("person", "organization", "vessel", "aircraft")

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]*$")
_HS = re.compile(r"^[0-9]{2,10}$")


def _country_codes(check: Checker, key: str) -> tuple[str, ...]:
    codes = check.strings(key)
    known = countries().display
    out = []
    for code in codes:
        if code.upper() != code or code not in known:
            check.fail(
                key,
                f"'{code}' is not an ISO 3166 alpha-2 country code: use codes such as RU, CN, UA",
            )
        else:
            out.append(code)
    return tuple(out)


def _numbers_refused(check: Checker, key: str, data: LinedMap) -> None:
    """HS codes written unquoted are YAML numbers, some changed on reading (0101 is
    the octal 65, 8542.10 is 8542.1): each changed one is an error that says to quote
    it; one read as written (8541) stands."""
    value = data.get(key)
    if not isinstance(value, LinedList):
        return
    changed = [
        index
        for index, item in enumerate(value)
        if isinstance(item, int | float)
        and not isinstance(item, bool)
        and getattr(item, "written", str(item)) != str(item)
    ]
    for index in changed:
        written, item = value[index].written, value[index]
        check.fail(
            key,
            f'{written} is a number (YAML reads it as {item}): quote HS codes, "{written}"',
            value.item_lines[index],
        )
    for index in reversed(changed):  # reported: not read as a code
        del value[index], value.item_lines[index]


def _hs_codes(check: Checker, key: str, data: LinedMap | None = None) -> tuple[str, ...]:
    out = []
    _numbers_refused(check, key, check.data if data is None else data)
    for code in check.strings(key, data=data):
        digits = code.replace(".", "").replace(" ", "")
        if not _HS.match(digits):
            check.fail(
                key, f"'{code}' is not an HS code prefix: use 2 to 10 digits, e.g. 8542 or 8479.50"
            )
        else:
            out.append(digits)
    return tuple(out)


def _births(check: Checker) -> tuple[str, ...]:
    """A person's dates of birth, each in the form a rule keeps (`Born.text`)."""
    out = []
    for value in check.strings("born"):
        date = parse_listed(value)
        if date is None:
            check.fail(
                "born",
                f"'{value}' is not a date of birth: use 1951-10-12, 1951-10, 1951, "
                "1960/1962 (between) or ~1960 (about)",
            )
        else:
            out.append(date.text)
    return tuple(out)


def _source(check: Checker) -> Source:
    data = check.data.get("source")
    if data is None:
        check.fail(
            None, "missing field 'source': give 'seed' (file name) and 'quote' (verbatim passage)"
        )
        return Source()
    if not isinstance(data, LinedMap):
        check.fail("source", "'source' must be a mapping with 'seed' and 'quote'")
        return Source()
    sub = Checker(data, check.file, check.problems)
    sub.unknown(data, SOURCE_FIELDS, "a source")
    seed = sub.text("seed")
    quote = " ".join(sub.text("quote").split())
    note = sub.text("note", required=False) or None
    if not sub.ok:
        check.ok = False
    return Source(seed=seed or None, quote=quote or None, note=note)


def _exceptions(check: Checker) -> tuple[Exception_, ...]:
    value = check.data.get("exceptions")
    if value is None:
        return ()
    if not isinstance(value, list):
        check.fail(
            "exceptions", "'exceptions' must be a list of mappings with 'terms' and/or 'hs_codes'"
        )
        return ()
    out = []
    for item in value:
        if not isinstance(item, LinedMap):
            check.fail(
                "exceptions", "each exception must be a mapping with 'terms', 'hs_codes', 'note'"
            )
            continue
        sub = Checker(item, check.file, check.problems)
        sub.unknown(item, EXCEPTION_FIELDS, "an exception")
        terms = sub.strings("terms")
        hs = _hs_codes(sub, "hs_codes")
        if not terms and not hs:
            sub.fail(None, "an exception needs 'terms' or 'hs_codes'")
        if not sub.ok:
            check.ok = False
        out.append(Exception_(terms, hs, sub.text("note", required=False)))
    return tuple(out)


def _vocabulary(check: Checker) -> tuple[Vocabulary, ...]:
    value = check.data.get("vocabulary")
    if value is None:
        return ()
    shape = "a list of mappings with 'source' (where the terms come from) and 'terms'"
    if not isinstance(value, list):
        check.fail("vocabulary", f"'vocabulary' must be {shape}")
        return ()
    out = []
    for item in value:
        if not isinstance(item, LinedMap):
            check.fail("vocabulary", f"each entry of 'vocabulary' must be {shape}")
            continue
        sub = Checker(item, check.file, check.problems)
        sub.unknown(item, VOCABULARY_FIELDS, "a vocabulary entry")
        source = sub.text("source")
        terms = sub.strings("terms", required=True)
        if not sub.ok:
            check.ok = False
        out.append(Vocabulary(source, terms))
    return tuple(out)


def _flag(check: Checker, key: str) -> bool:
    value = check.data.get(key)
    if value is None:
        return False
    if not isinstance(value, bool):
        check.fail(key, f"'{key}' must be true or false")
        return False
    return value


def parse_rule(data: Any, file: str, line: int, problems: list[Problem]) -> Rule | None:
    """Validate one rule mapping; None (with problems recorded) when it is invalid."""
    if not isinstance(data, LinedMap):
        problems.append(
            Problem(file, line, None, "each rule must be a mapping of fields (id, kind, ...)")
        )
        return None
    check = Checker(data, file, problems)
    rule_id = check.text("id")
    if rule_id and not _ID.match(rule_id):
        check.fail("id", f"'{rule_id}' is not a valid id: use letters, digits, '-', '_', '.', ':'")
    kind = check.choice("kind", Kind)
    required, optional = KIND_FIELDS.get(kind, ((), ())) if kind else ((), ())
    allowed = COMMON_REQUIRED + COMMON_OPTIONAL + required + optional
    if kind is not None:
        check.unknown(
            data, allowed, f"a{'n' if kind is Kind.ITEM or kind is Kind.ENTITY else ''} {kind} rule"
        )
    fields: dict[str, Callable[[], Any]] = {
        "terms": lambda: check.strings("terms", required=("terms" in required)),
        "review_terms": lambda: check.strings("review_terms"),
        "exclusions": lambda: check.strings("exclusions"),
        "names": lambda: check.strings("names", required=("names" in required)),
        "weak_names": lambda: check.strings("weak_names"),
        "regions": lambda: check.strings("regions"),
        "towns_of": lambda: check.strings("towns_of"),
        "programs": lambda: check.strings("programs"),
        "addresses": lambda: check.strings("addresses"),
        "born": lambda: _births(check),
    }
    values = {name: fn() for name, fn in fields.items() if name in allowed}
    vocabulary = _vocabulary(check) if "vocabulary" in allowed else ()
    if vocabulary:
        listed = values.get("terms", ())
        values["terms"] = tuple(dict.fromkeys((*listed, *(t for v in vocabulary for t in v.terms))))
    entity_type = check.text("type", required=False) or None
    if entity_type and entity_type not in ENTITY_TYPES:
        check.fail(
            "type", f"'{entity_type}' is not an entity type: use one of {', '.join(ENTITY_TYPES)}"
        )
    if values.get("born") and entity_type != "person":
        check.fail("born", "only a person has dates of birth: add 'type: person' or drop 'born'")
    rule = Rule(
        id=rule_id,
        kind=kind or Kind.ITEM,
        title=check.text("title"),
        measure=check.text("measure"),
        authority=check.text("authority"),
        direction=check.choice("direction", Direction) or Direction.EXPORT,
        effective_from=check.date("effective_from") or dt.date.min,
        effective_to=check.date("effective_to", required=False),
        severity=check.choice("severity", Severity) or Severity.BLOCK,
        source=_source(check),
        countries=_country_codes(check, "countries"),
        exceptions=_exceptions(check) if "exceptions" in allowed else (),
        hs_codes=_hs_codes(check, "hs_codes") if "hs_codes" in allowed else (),
        type=entity_type,
        vocabulary=vocabulary,
        equipment=_flag(check, "equipment") if "equipment" in allowed else False,
        components=_flag(check, "components") if "components" in allowed else False,
        note=check.text("note", required=False) or None,
        file=file,
        line=data.line,
        **values,
    )
    if rule.effective_to and rule.effective_to < rule.effective_from:
        check.fail(
            "effective_to", "effective_to is before effective_from: swap or correct the dates"
        )
    return rule if check.ok else None
