"""The encodings a user may name (--encoding, --output-encoding, screen.toml): a
name Python knows for a codec that turns text into bytes and back, piece by piece,
writing every ASCII character as itself (`_writes_text`)."""

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


# Lines of an order file: every printable ASCII character, tab and both line ends, text
# that looks like an escape ("\\u0041", "+AGE-"), and one long line (a domain-name
# codec refuses a label over 63).
_PROBE = (
    "order_id,description;consignee\t" + "".join(map(chr, range(0x20, 0x7F))) + "\r\n",
    "PO-1,Green tea \\u0041 \\x41 +AGE- ~{ " + "x" * 80 + ",Acme\n",
)
_ASCII = "".join(_PROBE).encode("ascii")
# how a Unicode encoding of 2 or 4 bytes a character writes the ASCII text, BOM aside
_UNITS = {
    width: [
        b"".join(b.to_bytes(width, "little") for b in _ASCII),
        b"".join(b.to_bytes(width, "big") for b in _ASCII),
    ]
    for width in (2, 4)
}
_BOMS = [codecs.BOM_UTF8, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE]  # UTF-32's first
_BOMS += [codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE]


def _writes_text(codec: str) -> bool:
    """Whether `codec` is an encoding of text files: a text encoding to Python (not
    rot13, hex, zlib) that writes every ASCII character as itself, one byte, or as
    one code unit of UTF-16 or UTF-32 (after a byte order mark), and reads it back.
    So a file's lines, separators and quotes stay what a reader splits on, and no
    text is written as other ASCII text: not unicode_escape (a line end becomes
    "\\n"), raw_unicode_escape ("\\u0041" reads back as "A"), UTF-7 ("+" becomes
    "+-", "é" "+AOk-"), HZ ("~" becomes "~~"), punycode, idna or EBCDIC."""
    try:
        if not codecs.lookup(codec)._is_text_encoding:
            return False
        encoder = codecs.getincrementalencoder(codec)()
        data = b"".join(encoder.encode(line) for line in _PROBE) + encoder.encode("", True)
        if not isinstance(data, bytes) or data.decode(codec) != "".join(_PROBE):
            return False
    except (LookupError, TypeError, ValueError, UnicodeError):
        return False
    body = next((data[len(bom) :] for bom in _BOMS if data.startswith(bom)), data)
    return body == _ASCII or body in _UNITS[2] or body in _UNITS[4]
