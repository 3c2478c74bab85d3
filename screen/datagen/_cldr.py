"""The CLDR territories that are countries, as the generators read them (babel's
copy of the Unicode CLDR): two letters, not a user-assigned code (X...) and not
a group (the EU, the eurozone, the UN, outlying Oceania, "unknown")."""

from __future__ import annotations

NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "ZZ"})


def is_country(code: str) -> bool:
    """Whether a CLDR territory code is a country's."""
    return len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES and code[0] != "X"


def english_countries() -> dict[str, str]:
    """Each country's code with its English name."""
    from babel import Locale

    return {c: name for c, name in Locale.parse("en").territories.items() if is_country(c)}
