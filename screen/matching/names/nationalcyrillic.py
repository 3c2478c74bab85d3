"""A name in a national Cyrillic alphabet read as Russian spells it.

Kazakh, Kyrgyz, Tajik, Bashkir, Tatar and Mongolian add letters of their own to the
Cyrillic alphabet (ә ғ қ ң ө ұ ү һ і, ӣ ӯ ҳ ҷ, ҙ ҫ ҡ җ), and Serbian and Macedonian
have theirs (ј љ њ ћ ђ џ ѓ ќ ѕ).  A Kazakh register writes "Әлімжан" and "ВТБ Банкі
(Қазақстан)", a Serbian paper a Russian's name as "Михаил Јефимович Фрадков"; the lists
spell the same people and firms from their Russian forms ("Alimzhan", "VTB Bank
(Kazakhstan)", "Mikhail Efimovich Fradkov").  A text holding such a letter is read
again with each one as the Russian letter of its sound (ә а, қ к, ұ у, ј й, ћ ч ...),
which the Cyrillic reading then spells as the lists do; the text read in its own
alphabet (Serbian Latin: `text.southslavic`) stands too.
"""

from __future__ import annotations

from screen.text.lazyre import lazy_pattern

_LOWER = {
    # Kazakh, Kyrgyz, Bashkir, Tatar, Mongolian
    "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х",
    "і": "и", "ҙ": "з", "ҫ": "с", "ҡ": "к", "җ": "ж", "ӊ": "н", "ӈ": "н",
    # Tajik
    "ӣ": "и", "ӯ": "у", "ҳ": "х", "ҷ": "дж",
    # Serbian and Macedonian
    "ј": "й", "љ": "ль", "њ": "нь", "ћ": "ч", "ђ": "дж", "џ": "дж", "ѓ": "г", "ќ": "к",
    "ѕ": "дз",
}  # fmt: skip
_TABLE = str.maketrans({**_LOWER, **{k.upper(): v.capitalize() for k, v in _LOWER.items()}})
# the letters Russian lacks that say the text is in another alphabet ("і" alone is also
# Ukrainian's and Belarusian's, which their own readings spell)
_MARKS = lazy_pattern("[ӘәҒғҚқҢңӨөҰұҮүҺһҘҙҪҫҠҡҖҗӉӊӇӈӢӣӮӯҲҳҶҷЈјЉљЊњЋћЂђЏџЃѓЌќЅѕ]")


def national_cyrillic_reading(text: str) -> str:
    """`text` with a national Cyrillic alphabet's letters as Russian's, or ""."""
    if text.isascii() or not _MARKS().search(text):
        return ""
    return text.translate(_TABLE)
