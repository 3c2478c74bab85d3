"""UTF-16 (and UTF-32) order files: telling one without a byte-order mark by its NUL
bytes and line ends, and marking the bytes it cannot decode as other encodings' are
marked."""

from __future__ import annotations

import codecs


def utf16_without_bom(sample: bytes) -> str | None:
    """Text in any 8-bit encoding has no NUL bytes; UTF-16 has one in the high byte of
    every ASCII character (commas, digits, line ends), so on one side of each pair.
    A file of lines read as UTF-16 has line ends too: a UTF-8 file with a few NUL
    bytes, read as UTF-16, is one line of CJK-looking characters."""
    if len(sample) < 8:
        return None
    zeros_even, zeros_odd = sample[0::2].count(0), sample[1::2].count(0)
    enough = max(2, len(sample) // 40)
    if zeros_odd >= enough and zeros_even * 10 <= zeros_odd:
        found = "utf-16-le"
    elif zeros_even >= enough and zeros_odd * 10 <= zeros_even:
        found = "utf-16-be"
    else:
        return None
    if b"\n" in sample or b"\r" in sample:
        text = sample[: len(sample) // 2 * 2].decode(found, errors="replace")
        if "\n" not in text and "\r" not in text:
            return None
    return found


def utf32_without_bom(sample: bytes) -> str | None:
    """UTF-32 writes every character of the Basic Multilingual Plane (all an order file
    holds) with two NUL bytes on one side, and ASCII with three: little-endian when the
    last two of each four are NUL, big-endian when the first two are."""
    units = len(sample) // 4
    if units < 2:
        return None
    column = [sample[i : units * 4 : 4].count(0) for i in range(4)]
    if column[2] == column[3] == units and column[0] < units:
        return "utf-32-le"
    if column[0] == column[1] == units and column[3] < units:
        return "utf-32-be"
    return None


UTF16_ERRORS = "screen-utf16"  # UTF-32's too


def _mark_undecodable(exc: UnicodeError) -> tuple[str, int]:
    """Each byte UTF-16 cannot decode (a lone surrogate, an odd byte at the end) as a
    lone surrogate, as `surrogateescape` marks the undecodable bytes of other
    encodings: the row holding it is an error row, not screened with U+FFFD in it."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return "".join(chr(0xDC80 | (byte & 0x7F)) for byte in bad), exc.end


codecs.register_error(UTF16_ERRORS, _mark_undecodable)
