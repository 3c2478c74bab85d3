"""A query's parts by spelling: each part's forms, and two or three adjacent parts
written together ("Ural Vagon Zavod" for URALVAGONZAVOD), which the index looks up
and the scorer pairs."""

from __future__ import annotations

from collections.abc import Iterator

from screen.matching.names.reduced import Part

JOIN_PIECES = 3  # a word a query writes apart in up to this many pieces ("Ural Vagon Zavod")


def joins(parts: tuple[Part, ...]) -> Iterator[tuple[tuple[int, ...], str, str]]:
    """(positions, form, key) of two or three adjacent parts written together
    (never an initial or a number), and a letter with the number after it ("M-23",
    "F 16": a code written apart)."""
    for qi in range(len(parts)):
        if parts[qi].role == "initial" and qi + 1 < len(parts) and parts[qi + 1].role == "number":
            code = parts[qi], parts[qi + 1]
            yield (qi, qi + 1), code[0].form + code[1].form, code[0].key + code[1].key
        form = key = ""
        for k in range(qi, min(qi + JOIN_PIECES, len(parts))):
            p = parts[k]
            if p.role in ("initial", "number"):
                break
            form, key = form + p.form, key + p.key
            if k > qi:
                yield tuple(range(qi, k + 1)), form, key


def written(parts: tuple[Part, ...]) -> dict[str, list[tuple[int, ...]]]:
    """Each query part (and its other readings), and two or three adjacent parts
    written together, by spelling."""
    out: dict[str, list[tuple[int, ...]]] = {}
    for qi, q in enumerate(parts):
        for s in dict.fromkeys((q.form, q.key, *q.alts)):
            out.setdefault(s, []).append((qi,))
    for positions, form, key in joins(parts):
        for s in (form,) if form == key else (form, key):
            out.setdefault(s, []).append(positions)
    return out


def met_apart(form: str) -> bool:
    """Whether a listed part alone may meet query parts written apart: a long word,
    or a code of letters and digits ("M23" met as "M-23")."""
    return len(form) >= 6 or (form.isalnum() and not form.isalpha() and not form.isdigit())
