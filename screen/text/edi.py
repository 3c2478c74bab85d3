"""A party as an EDI message writes it: an EDIFACT NAD segment or an X12 N1 loop. Customs
and carrier messages give the consignee as "NAD+CN+++ATLANTIC SHIPPING AND
TRANSPORTATIO:N LIMITED+STREET+CITY++POSTCODE+DE'" (UN/EDIFACT: "+" parts the data
elements, ":" the components, "'" ends the segment, "?" releases the character after
it; the party name, element C080, is up to five components of 35 characters, so a long
name is cut at the 35th character, often inside a word) or as "N1*ST*ACME
TRADING*92*12345~N2*LLC~" (ANSI X12: "*" parts the elements, "~" ends the segment, an
N2 goes on with the name). The name is read whole: the components joined, a component
of 35 characters to the next without a space (it was cut there), the others with one;
the address elements after it left out.
"""

from __future__ import annotations

from screen.text.lazyre import deferred

_NAD = deferred(r"\bNAD\+")
_N1 = deferred(r"\bN1\*[A-Z0-9]{2,3}\*([^*~\n]+)")
_N2 = deferred(r"\bN2\*([^*~\n]+)")
CUT = 35  # characters of an EDIFACT name component (an35)


def _elements(segment: str) -> list[list[tuple[str, int]]]:
    """The data elements of an EDIFACT segment up to its end, each a list of its
    components: the text (a released character as itself, "?'" an apostrophe) and
    how many characters it was written with (the release characters counted)."""
    elements: list[list[tuple[str, int]]] = [[("", 0)]]
    released = False
    for ch in segment:
        if not released and ch == "'":
            break
        if not released and ch == "+":
            elements.append([("", 0)])
            continue
        if not released and ch == ":":
            elements[-1].append(("", 0))
            continue
        released = not released and ch == "?"
        text, written = elements[-1][-1]
        elements[-1][-1] = (text if released else text + ch, written + 1)
    return elements


def _nad_name(segment: str) -> str:
    """The party's name in a NAD segment (its C080, else its C058 name and address):
    its components joined, one of `CUT` characters to the next without a space."""
    elements = _elements(segment)
    for at in (4, 3):
        if at < len(elements) and any(text for text, _ in elements[at]):
            name = "".join(
                text + ("" if CUT in (len(text), written) else " ")
                for text, written in elements[at]
                if text
            )
            return " ".join(name.split())
    return ""


def edi_unwrapped(text: str) -> str:
    """`text` with an EDI party segment read as the name it gives (itself if none)."""
    if "NAD+" in text:
        found = _NAD.search(text)
        if found is not None and (name := _nad_name(text[found.start() :])):
            return name
    if "*" in text and (match := _N1.search(text)):
        more = _N2.findall(text, match.end())  # (an N2 goes on with the name: "N2*LTD~")
        return " ".join(part.strip() for part in (match.group(1), *more))
    return text
