"""A name given as a form's labelled fields, read back as a name.

KYC forms, onboarding exports and payment screens paste a party as its fields:
"Surname: KAYAKIRAN / Given name: Evren / Nationality: TR", "FIRST NAME: PAVEL
MIDDLE NAME: SERGEEVICH LAST NAME: IVANOV", "NAME=MAJID; SURNAME=RAHMANIFAR;
CITY=", "Surname / Nom: POKHODOVA  Given names / Prénoms: SVETLANA".  The labels
say which value is which part: the text is read as "Given Middle Surname", and
the values of the other fields (nationality, city, date of birth ...) are left out;
a text before the first label is kept, on a line of its own.
A "Name:" beside a surname's label gives the given names ("Name: ALEXEY |
Surname: KRUTILIN"); alone, or an organisation's ("Company name:"), the whole name.

Labels are English, French, German, Spanish, Portuguese, Italian and Russian.  A
text without a name's label is left as it is ("ACME Trading: Moscow office").
"""

from __future__ import annotations

import re

from screen.text.lazyre import deferred

_GIVEN = """first name|first names|given name|given names|forename|forenames|christian name|
prénom|prénoms|prenom|prenoms|vorname|vornamen|nombre|nombres|nome|имя|name1|name 1"""
_MIDDLE = """middle name|middle names|patronymic|father's name|fathers name|father name|
second name|отчество|name2|name 2"""
_SURNAME = """surname|surnames|last name|family name|nom de famille|nom|nachname|familienname|
apellido|apellidos|sobrenome|cognome|фамилия|name3|name 3"""
_WHOLE = """name|full name|names|beneficiary name|beneficiary|company name|legal name|
entity name|customer name|account name|account holder|applicant|ordering customer|creditor|
debtor|payee|payer|consignee|shipper|party|party name|client|client name|holder"""


def _kinds() -> dict[str, str]:
    out: dict[str, str] = {}
    for kind, labels in (("g", _GIVEN), ("m", _MIDDLE), ("s", _SURNAME), ("w", _WHOLE)):
        out.update((label.strip(), kind) for label in labels.split("|"))
    return out


KINDS = _kinds()
_ONE = "|".join(sorted(map(re.escape, KINDS), key=len, reverse=True))
# a name's label, or labels of one field in up to three languages ("Surname / Nom"),
# with a plural's "(s)", then ":" or "=" (at most three: a hostile run of labels
# without a colon costs each start a bounded look)
_NAME_LABEL = deferred(
    rf"(?<![\w'])((?:{_ONE})(?:\s*\(s\))?(?:\s*/\s*(?:{_ONE})(?:\s*\(s\))?){{0,2}})\s*[:=]",
    re.IGNORECASE,
)
# another field's label after a separator or at the start ("/ Nationality:", "; CITY=")
_OTHER_LABEL = deferred(r"(?:^|[/;|,])\s*([^\W\d_][\w '’().-]{0,40}?)\s*[:=]")
_SEPARATORS = " \t/;|,-–"
LONGEST = 1000  # characters of a text read as a form's fields


def form_name(text: str) -> str:
    """`text` read as "Given Middle Surname" when it gives a name's labelled fields,
    else as it is."""
    if (":" not in text and "=" not in text) or len(text) > LONGEST:
        return text  # (a longer text is no form's name: its labels are read no further)
    names = [(m.start(), m.end(), _kind(m.group(1))) for m in _NAME_LABEL.finditer(text)]
    if not names:
        return text
    taken = {start for start, _, _ in names}
    others = [
        (m.start(1), m.end(), "")
        for m in _OTHER_LABEL.finditer(text)
        if not any(start <= m.start(1) < end for start, end, _ in names) and m.start(1) not in taken
    ]
    labels = sorted(names + others)
    before = text[: labels[0][0]].strip(_SEPARATORS)  # ("ACME LLC, contact name: ...")
    parts: dict[str, list[str]] = {"g": [], "m": [], "s": [], "w": []}
    for (_, end, kind), following in zip(labels, [*labels[1:], None], strict=True):
        value = text[end : following[0] if following else len(text)].strip(_SEPARATORS)
        if kind and value:
            parts[kind].append(value)
    if parts["s"]:
        given = parts["w"] + parts["g"]  # ("Name: ALEXEY | Surname: KRUTILIN")
        read = " ".join([*given, *parts["m"], *parts["s"]])
    else:
        read = " ".join([*parts["w"], *parts["g"], *parts["m"]])
    if not read:
        return text
    return f"{read}\n{before}" if before else read  # (a line each: two pieces)


def _kind(label: str) -> str:
    """The part a label names: of two labels of one field, the first's."""
    first = re.split(r"\s*/\s*", label.lower())[0]
    return KINDS.get(re.sub(r"\s*\(s\)$", "", first).strip(), "w")
