"""Serbian and Macedonian Cyrillic read as their own Latin alphabets.

Serbian is written in two alphabets letter for letter (Gaj's Latin, the
standard: ц c, ч č, ћ ć, ш š, ж ž, ђ đ, џ dž, љ lj, њ nj, ј j), Macedonian in its
official romanisation (ѓ gj, ќ kj, ѕ dz), and the lists spell Serbs and
Macedonians that way, without the marks (and đ as "dj": Đorđe is Djordje):
"Милица Гајић-Милошевић" is GAJIC-MILOSEVIC, Milica, not the "Militsa
Miloshevic" a Russian transliteration makes.  A text is read so only when it
holds a letter no Russian text has (ј љ њ ћ ђ џ ѓ ќ ѕ): "Милица" alone may be
Russian.
"""

from __future__ import annotations

from screen.text.lazyre import lazy_pattern

_MARKS = lazy_pattern("[ЈјЉљЊњЋћЂђЏџЃѓЌќЅѕ]")
_LOWER = dict(
    zip(
        "абвгдђежзијклљмнњопрстћуфхцчџшѓќѕ",
        "a b v g d dj e ž z i j k l lj m n nj o p r s t ć u f h c č dž š gj kj dz".split(),
        strict=True,
    )
)
_TABLE = str.maketrans(
    {
        **_LOWER,
        **{k.upper(): v[0].upper() + v[1:] for k, v in _LOWER.items()},
    }
)


def south_slavic_latin(text: str) -> str:
    """`text` with its Cyrillic in Serbian/Macedonian Latin when it holds a letter of
    those alphabets alone; otherwise as it is."""
    return text.translate(_TABLE) if _MARKS().search(text) else text
