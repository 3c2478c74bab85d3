"""Find the shipment fields among an order file's columns."""

from __future__ import annotations

import re

from screen.errors import InputError

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

SYNONYMS: dict[str, tuple[str, ...]] = {
    "description": (
        "description",
        "item",
        "item description",
        "goods",
        "goods description",
        "product",
        "product description",
        "product name",
        "commodity",
        "item name",
        "品名",
        "商品名",
        "品目",
    ),
    "consignee": (
        "consignee",
        "consignee name",
        "customer",
        "customer name",
        "buyer",
        "buyer name",
        "ship to",
        "ship to name",
        "recipient",
        "importer",
        "荷受人",
        "顧客名",
        "仕向先",
    ),
    "country": (
        "country",
        "destination",
        "destination country",
        "dest",
        "dest country",
        "country of destination",
        "ship to country",
        "origin",
        "origin country",
        "country of origin",
        "仕向国",
        "国",
    ),
    "date": ("date", "ship date", "shipping date", "order date", "shipment date", "出荷日", "日付"),
    "direction": ("direction", "flow", "trade direction", "輸出入"),
    "hs_code": (
        "hs code",
        "hs",
        "hs tariff",
        "tariff code",
        "hscode",
        "hts",
        "hts code",
        "HSコード",
    ),
    "end_user": ("end user", "enduser", "end user name", "ultimate consignee", "最終需要者"),
    "address": ("address", "ship to address", "delivery address", "consignee address", "住所"),
}


def header_key(name: str) -> str:
    """Compare headers without case, spacing, underscores, hyphens or a BOM."""
    return re.sub(r"[\s_\-./]+", " ", name.replace("\ufeff", "")).strip().casefold()


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


def _ambiguous(field: str, header: list[str], indexes: list[int]) -> InputError:
    """Two or more columns that could each be `field`: screening one would leave a
    banned item or party in the other unscreened."""
    where = " and ".join(f"{header[i]!r} (column {i + 1})" for i in indexes)
    name = field.replace("_", " ")
    if len({header_key(header[i]) for i in indexes}) == 1:
        return InputError(
            f"columns {where} have the same name: rename one; only one column can be "
            f"screened as the {name}"
        )
    return InputError(
        f"columns {where} could each be the {name}: pick one with "
        f"--map {field}={header[indexes[0]]!r}"
    )


def map_columns(header: list[str], overrides: dict[str, str]) -> dict[str, int]:
    """{field: column index}. Raises InputError when nothing can be screened, or when
    two columns could be the same field (unless --map picks one)."""
    keys = [header_key(h) for h in header]
    mapping: dict[str, int] = {}
    for field, column in overrides.items():
        wanted = header_key(column)
        named = [i for i, key in enumerate(keys) if key == wanted]
        if not named:
            raise InputError(
                f"--map {field}={column}: no column '{column}'; the columns are: "
                + ", ".join(repr(h) for h in header)
            )
        if len(named) > 1:
            raise _ambiguous(field, header, named)
        mapping[field] = named[0]
    claims: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        found = _LOOKUP.get(key)
        if found and found not in mapping and index not in mapping.values():
            claims.setdefault(found, []).append(index)
    for field, indexes in claims.items():
        if len(indexes) > 1:
            raise _ambiguous(field, header, indexes)
        mapping[field] = indexes[0]
    if "description" not in mapping and "consignee" not in mapping:
        raise InputError(
            "no description or consignee column: the columns are "
            + ", ".join(repr(h) for h in header)
            + "; name them with --map, e.g. --map description='Item Text' --map consignee='Sold To'"
        )
    return mapping


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
    """The column holding the order's own id, for the audit trail (None: no such column)."""
    keys = [header_key(h) for h in header]
    for name in ORDER_ID_NAMES:
        if header_key(name) in keys:
            return keys.index(header_key(name))
    return None
