"""Whether a field holds anything a person could read.

A description made only of zero-width spaces, BOMs, bidi marks or control
characters looks filled in but gives nothing to match: screening it would come
out clear, so such a field counts as empty.
"""

from __future__ import annotations

import unicodedata

from screen.text.lazyre import deferred

_ASCII_VISIBLE = deferred("[!-~]")  # printable ASCII other than the space


def has_visible(text: str) -> bool:
    """True when `text` holds a character that is neither a space (Unicode Z*) nor
    invisible or a control (Unicode C*: Cc, Cf, Cs, Co, Cn)."""
    if _ASCII_VISIBLE.search(text):
        return True
    if text.isascii():
        return False
    return any(unicodedata.category(c)[0] not in "CZ" for c in text if not c.isspace())


def why_nothing_to_screen(description: str, consignee: str) -> str:
    """The message for a shipment whose description and consignee are both unreadable."""
    if description.strip() or consignee.strip():
        return (
            "nothing readable to screen: the description and consignee hold only "
            "invisible or control characters"
        )
    return "nothing to screen: give a description or a consignee"
