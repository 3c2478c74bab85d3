"""Descriptions that arrive as a system's payload, read as labelled lines.

An order exported from an API or an EDI translator carries its goods inside JSON
('{"item":{"desc":"Wafer cookies, hazelnut","qty":2400}}') or XML
("<ItemDescription>FPGA Intel Cyclone V</ItemDescription><Qty>300</Qty>").  Read as
text, the quotes make each value a title in quotes and the tags run the fields
together.  A description that is a JSON object or array is read as one line per value,
its key as the line's label ("desc: Wafer cookies, hazelnut"); XML's elements of text
alone likewise ("ItemDescription: FPGA Intel Cyclone V"), its other tags a space, its
character references read; an EDIFACT or X12 message one line per segment, its tag the
label and its data elements apart ("IMD: F, HYDROCRACKER REACTOR INTERNALS").  JSON is
parsed with the standard library's parser (no code runs); XML by a pattern, never by a
parser, so that no entity is expanded and no file read; EDI by splitting at its
separators.  A text that is neither stays as written.
"""

from __future__ import annotations

import html
import json
import re

LONGEST = 100_000  # characters of a payload read as one; a longer text stays text
DEEPEST = 32  # levels of nesting read; a deeper JSON stays text
_ELEMENT = re.compile(r"<([A-Za-z][\w:.-]{0,40})(?:\s[^<>]{0,200})?>([^<>]*)</\1\s*>")
_TAG = re.compile(r"</?[A-Za-z][\w:.-]{0,40}(?:\s[^<>]{0,200})?/?>")
_SPACES = re.compile(r"[ \t]{2,}")
# EDI messages: an EDIFACT segment's tag and "+" at a message's start or after the "'"
# that ends a segment ("UNH+3+ORDERS:D:96A:UN'LIN+1'IMD+F++:::HYDROCRACKER ..."), an
# X12 segment's after the "~" ("PO1*1*2*EA~PID*F****QUANTUM COMPUTER~")
_EDIFACT = re.compile(r"(?:^|(?<=[^?]'))\s*[A-Z][A-Z0-9]{2}\+")
_X12 = re.compile(r"(?:^|(?<=~))\s*[A-Z][A-Z0-9]{1,2}\*")


def payload_read(text: str) -> str:
    """`text` as labelled lines when it is a JSON or an XML payload, else itself."""
    stripped = text.strip()
    if not stripped or len(stripped) > LONGEST:
        return text
    if stripped[0] in "{[" and stripped[-1] in "}]":
        return _json_lines(stripped) or text
    if stripped[0] == "<" and "</" in stripped and stripped[-1] == ">":
        return _xml_lines(stripped) or text
    if "'" in stripped and "+" in stripped and len(_EDIFACT.findall(stripped, 0, 4000)) >= 2:
        return _edifact_lines(stripped)
    if "~" in stripped and "*" in stripped and len(_X12.findall(stripped, 0, 4000)) >= 2:
        return "\n".join(_x12_line(segment) for segment in stripped.split("~") if segment.strip())
    return text


def _json_lines(text: str) -> str:
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return ""
    lines: list[str] = []
    todo: list[tuple[str, object, int]] = [("", value, 0)]
    while todo:  # depth first, in the order written
        key, item, depth = todo.pop()
        if depth > DEEPEST:
            return ""
        if isinstance(item, dict):
            todo.extend((str(k), v, depth + 1) for k, v in reversed(item.items()))
        elif isinstance(item, list):
            todo.extend((key, v, depth + 1) for v in reversed(item))
        elif item is not None and not isinstance(item, bool):
            lines.append(f"{key}: {item}" if key else str(item))
    return "\n".join(lines)


def _xml_lines(text: str) -> str:
    read = _ELEMENT.sub(lambda m: f"\n{m.group(1)}: {m.group(2).strip()}\n", text)
    if read == text:
        return ""
    read = html.unescape(_TAG.sub(" ", read))
    lines = (_SPACES.sub(" ", line).strip() for line in read.split("\n"))
    return "\n".join(line for line in lines if line)


def _edifact_lines(text: str) -> str:
    """An EDIFACT message as one line per segment, its tag as the label and its data
    elements apart ("IMD: F, HYDROCRACKER REACTOR INTERNALS"): "'" ends a segment,
    "+" parts its elements, ":" their components, "?" releases the character after it."""
    lines: list[str] = []
    elements: list[str] = []
    part: list[str] = []  # (characters: a long element is built in linear time)
    released = False
    for ch in text + "'":
        if released:
            part.append(ch)
            released = False
        elif ch == "?":
            released = True
        elif ch in "+:'":
            elements.append("".join(part).strip())
            part = []
            if ch == "'":
                tag, *data = elements or [""]
                values = [e for e in data if e]
                lines.append(f"{tag}: {', '.join(values)}" if values else tag)
                elements = []
        else:
            part.append(ch)
    return "\n".join(line for line in lines if line.strip())


def _x12_line(segment: str) -> str:
    """An X12 segment as a line, its tag as the label, its elements apart."""
    tag, *data = (e.strip() for e in segment.split("*"))
    values = [e for e in data if e]
    return f"{tag}: {', '.join(values)}" if values else tag
