"""A string's posting lists as a list store keeps them, read back and checked.

One row a string (`storeschema`): an array of little-endian int32, the counts of
its FEW and SINGLE numbers, then the FEW, SINGLE and MULTI (name, position) pairs
(`screen.matching.names.memory.PostingList`).
"""

from __future__ import annotations

import sys
from array import array

from screen.matching.names.memory import PostingList


def _ints(blob: object) -> array[int]:
    """A stored array of little-endian int32."""
    if not isinstance(blob, bytes) or len(blob) % 4 or len(blob) < 8:
        raise ValueError("a posting array is not whole int32 values after two counts")
    values = array("i", blob)
    if sys.byteorder == "big":
        values.byteswap()
    return values


def decode_posting(blob: object, count: int) -> PostingList:
    """The posting lists of a stored row, every name id below `count`; ValueError
    (or TypeError) for anything else."""
    values = _ints(blob)
    ends = 2 + values[0], 2 + values[0] + values[1]
    if not 2 <= ends[0] <= ends[1] <= len(values) or any(n % 2 for n in (*ends, len(values))):
        raise ValueError("posting arrays of uneven length")
    few, single, multi = values[2 : ends[0]], values[ends[0] : ends[1]], values[ends[1] :]
    names, pos = single[0::2], single[1::2]
    for flat, ids in ((few, few[::2]), (multi, multi[::2]), (names, names)):
        if flat and not (min(ids) >= 0 and max(ids) < count):
            raise ValueError("a posting names no listed name")
    return PostingList(few, dict(zip(names, pos, strict=True)), multi)
