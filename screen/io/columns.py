"""Find the shipment fields among an order file's columns."""

from __future__ import annotations

import re
import unicodedata

from screen.errors import InputError
from screen.io.headers import CUES, NOT_CUES, SYNONYMS

FIELDS = (
    "description",
    "consignee",
    "country",
    "date",
    "direction",
    "hs_code",
    "end_user",
    "address",
)


def header_key(name: str) -> str:
    """Compare headers without case, spacing, underscores, hyphens, width (NFKC: a
    Japanese Excel's full-width ｄｅｓｃｒｉｐｔｉｏｎ, half-width kana) or invisible
    format characters (a BOM, a zero-width space)."""
    if not name.isascii():
        name = unicodedata.normalize("NFKC", name)
        name = "".join(c for c in name if unicodedata.category(c) != "Cf")
    return re.sub(r"[\s_\-./]+", " ", name).strip().casefold()


_LOOKUP = {header_key(s): field for field, names in SYNONYMS.items() for s in names}


def parse_map(pairs: list[str]) -> dict[str, str]:
    """`--map FIELD=COLUMN` options as {field: column}."""
    out: dict[str, str] = {}
    for pair in pairs:
        field, sep, column = pair.partition("=")
        field = field.strip().lower().replace("-", "_").replace(" ", "_")
        if not sep or not column.strip():
            raise InputError(
                f"bad --map '{pair}': write FIELD=COLUMN, e.g. --map consignee='Ship To'"
            )
        if field not in FIELDS:
            raise InputError(
                f"bad --map '{pair}': '{field}' is not a field; use one of {', '.join(FIELDS)}"
            )
        out[field] = column.strip()
    return out


def ambiguous(
    field: str, header: list[str], indexes: list[int], use: str = "screened"
) -> InputError:
    """Two or more columns that could each be `field`: screening one would leave a
    banned item or party in the other unscreened (and reading one label of two
    would make a report depend on the order of the columns)."""
    where = " and ".join(f"{header[i]!r} (column {i + 1})" for i in indexes)
    name = field.replace("_", " ")
    if len({header_key(header[i]) for i in indexes}) == 1:
        return InputError(
            f"columns {where} have the same name: rename one; only one column can be "
            f"{use} as the {name}"
        )
    return InputError(
        f"columns {where} could each be the {name}: pick one with "
        f"--map {field}={header[indexes[0]]!r}"
    )


def named_column(header: list[str], name: str, role: str) -> int | None:
    """The column named `name` (headers compared as `header_key` compares them),
    None when there is none; an InputError when two could each be it (read as the
    `role`, e.g. "label column")."""
    wanted = header_key(name)
    named = [i for i, h in enumerate(header) if header_key(h) == wanted]
    if len(named) > 1:
        raise ambiguous(role, header, named, use="read")
    return named[0] if named else None


NONE = "-"  # --map FIELD=- : the file has no such column (nothing to look for)


def _cued(key: str, cue: str) -> bool:
    if all(ord(c) >= 0x2E80 for c in cue):  # Chinese and Japanese: no spaces between words
        return cue in key
    return re.search(rf"(?<!\w){re.escape(cue)}(?!\w)", key) is not None


def _looks_like(field: str, key: str) -> bool:
    """An unrecognised header that reads as `field`'s text ("Customer Nm"), not as
    its code or number ("Customer ID")."""
    return any(_cued(key, c) for c in CUES[field]) and not any(_cued(key, c) for c in NOT_CUES)


def _columns(header: list[str]) -> str:
    return "the columns are " + ", ".join(repr(h) for h in header)


def map_columns(header: list[str], overrides: dict[str, str]) -> dict[str, int]:
    """{field: column index}. Raises InputError when nothing can be screened, when the
    description or consignee is missing but an unrecognised column looks like it, or
    when two columns could be the same field (unless --map picks one)."""
    keys = [header_key(h) for h in header]
    mapping: dict[str, int] = {}
    absent = {field for field, column in overrides.items() if column.strip() == NONE}
    for field, column in overrides.items():
        if field in absent:
            continue
        wanted = header_key(column)
        named = [i for i, key in enumerate(keys) if key == wanted]
        if not named:
            raise InputError(f"--map {field}={column}: no column '{column}'; {_columns(header)}")
        if len(named) > 1:
            raise ambiguous(field, header, named)
        mapping[field] = named[0]
    claims: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        found = _LOOKUP.get(key)
        if found and found not in mapping and found not in absent and index not in mapping.values():
            claims.setdefault(found, []).append(index)
    for field, indexes in claims.items():
        if len(indexes) > 1:
            raise ambiguous(field, header, indexes)
        mapping[field] = indexes[0]
    if "description" not in mapping and "consignee" not in mapping:
        raise InputError(
            f"no description or consignee column: {_columns(header)}"
            + "; name them with --map, e.g. --map description='Item Text' --map consignee='Sold To'"
        )
    for field in ("description", "consignee"):
        if field in mapping or field in absent:
            continue
        looks = [
            i for i, key in enumerate(keys) if i not in mapping.values() and _looks_like(field, key)
        ]
        if looks:
            where = " and ".join(f"{header[i]!r} (column {i + 1})" for i in looks)
            raise InputError(
                f"no {field} column, but {where} looks like one and would not be screened: "
                f"name it with --map {field}={header[looks[0]]!r}, or pass --map {field}=- "
                f"if the file has no {field}; {_columns(header)}"
            )
    return mapping


def missing_note(
    header: list[str], mapping: dict[str, int], overrides: dict[str, str]
) -> str | None:
    """A warning when only one of the description and consignee is screened (and
    --map did not say the file has no such column)."""
    for field, other in (("description", "consignee"), ("consignee", "description")):
        if field not in mapping and overrides.get(field, "").strip() != NONE:
            return (
                f"no {field} column: only the {other} is screened; {_columns(header)}; "
                f"name the {field} column with --map {field}=COLUMN, or pass --map {field}=- "
                "to say the file has none"
            )
    return None


def columns_used(header: list[str], mapping: dict[str, int]) -> str:
    """Which column was read as each field, for the run's summary."""
    used = [(f, mapping[f]) for f in FIELDS if f in mapping]
    return ", ".join(f"{field.replace('_', ' ')} {header[i]!r}" for field, i in used)


ORDER_ID_NAMES = (
    "order id",
    "order",
    "order no",
    "order number",
    "po",
    "po number",
    "purchase order",
    "reference",
    "id",
    "注文番号",
    "受注番号",
)


def order_column(header: list[str]) -> int | None:
    """The column holding the order's own id, for the audit trail (None: no such column):
    the first name of `ORDER_ID_NAMES` a column has.  Two columns of that name are refused
    as two screened columns are (`ambiguous`): recording either would tie the row's
    verdict in the trail to an order id the other column contradicts."""
    keys = [header_key(h) for h in header]
    for name in ORDER_ID_NAMES:
        wanted = header_key(name)
        named = [i for i, key in enumerate(keys) if key == wanted]
        if len(named) > 1:
            raise ambiguous("order_id", header, named, use="recorded")
        if named:
            return named[0]
    return None
