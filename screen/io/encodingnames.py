"""The encodings a user may name (--encoding, --output-encoding, screen.toml): a
name Python knows for a codec that turns text into bytes and back, piece by piece."""

from __future__ import annotations

import codecs

from screen.errors import InputError

ALIASES = {
    "utf8": "utf-8",
    "utf-8": "utf-8",
    "utf-8-sig": "utf-8-sig",
    "utf8-sig": "utf-8-sig",
    "utf-16": "utf-16",
    "utf16": "utf-16",
    "utf-16le": "utf-16-le",
    "utf-16be": "utf-16-be",
    "cp932": "cp932",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "windows-31j": "cp932",
    "latin-1": "latin-1",
    "latin1": "latin-1",
    "cp1252": "cp1252",
}


def canonical_encoding(name: str, option: str = "--encoding") -> str | None:
    """The codec for a user-given encoding name, or None if Python does not know it;
    InputError for a codec that is no text encoding of files (rot13, hex, idna...)."""
    key = name.strip().lower()
    if key in ALIASES:
        return ALIASES[key]
    try:
        codec = codecs.lookup(key).name
    except LookupError:
        return None
    if not _writes_text(codec):
        raise InputError(
            f"{option} '{name}' is not an encoding of text files: use utf-8, utf-8-sig, "
            "utf-16, cp932, euc-jp, gb18030, big5, cp1251, koi8-r or cp1252"
        )
    return codec


# Lines of an order file, one long (a domain-name codec refuses a label over 63).
_PROBE = ("order_id,description,consignee\r\n", "PO-1,Green tea " + "x" * 80 + ",Acme\r\n")


def _writes_text(codec: str) -> bool:
    """Whether `codec` encodes text to bytes line by line and decodes them back to the
    same text: not the bytes-to-bytes codecs (hex, zlib), the text-to-text rot13, or
    the domain-name codecs (idna refuses long lines, punycode marks each piece)."""
    try:
        encoder = codecs.getincrementalencoder(codec)()
        data = b"".join(encoder.encode(line) for line in _PROBE) + encoder.encode("", True)
        return isinstance(data, bytes) and data.decode(codec) == "".join(_PROBE)
    except (LookupError, TypeError, ValueError, UnicodeError):
        return False
