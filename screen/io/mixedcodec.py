"""A codec for files whose lines are in two encodings: a legacy code page, and UTF-8
for the lines appended later (a CP1251 export with rows added by a UTF-8 tool).

`utf-8-or-cp1251` decodes each line as UTF-8 when it is valid UTF-8, else as CP1251;
no single-byte or double-byte code page an ERP writes uses the bytes of a line end
inside a character, so cutting at line ends is safe.
"""

from __future__ import annotations

import codecs
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing_extensions import Buffer

PREFIX = "utf-8-or-"


def _line(line: bytes, legacy: str, errors: str) -> str:
    if line.isascii():
        return line.decode("ascii")
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode(legacy, errors)


def _decoder_class(legacy: str) -> type[codecs.IncrementalDecoder]:
    class Decoder(codecs.IncrementalDecoder):
        def __init__(self, errors: str = "strict") -> None:
            super().__init__(errors)
            self._pending = b""

        def decode(self, input: Buffer, final: bool = False) -> str:
            data = self._pending + bytes(input)
            cut = len(data) if final else data.rfind(b"\n") + 1
            self._pending = data[cut:]
            lines = data[:cut].splitlines(keepends=True)
            return "".join(_line(line, legacy, self.errors) for line in lines)

        def reset(self) -> None:
            self._pending = b""

        def getstate(self) -> tuple[bytes, int]:
            return self._pending, 0

        def setstate(self, state: tuple[bytes, int]) -> None:
            self._pending = state[0]

    return Decoder


def _search(name: str) -> codecs.CodecInfo | None:
    key = name.replace("_", "-")
    if not key.startswith(PREFIX):
        return None
    try:
        legacy = codecs.lookup(key[len(PREFIX) :])
    except LookupError:
        return None
    decoder = _decoder_class(legacy.name)

    def decode(data: bytes, errors: str = "strict") -> tuple[str, int]:
        return decoder(errors).decode(data, final=True), len(data)

    return codecs.CodecInfo(
        name=f"{PREFIX}{legacy.name}",
        encode=legacy.encode,
        decode=decode,  # type: ignore[arg-type]
        incrementalencoder=legacy.incrementalencoder,
        incrementaldecoder=decoder,
        streamreader=legacy.streamreader,
        streamwriter=legacy.streamwriter,
    )


codecs.register(_search)


def mixed(legacy: str) -> str:
    """The codec name for a file in `legacy` with some lines in UTF-8."""
    return codecs.lookup(f"{PREFIX}{legacy}").name
