"""Names written in other scripts read into Latin as whole words.

Letter-by-letter transliteration turns such names into fragments (Arabic has no
short vowels: "كريم", Karim, becomes "krym" and looks like Crimea).  Instead:

* a word found in the table of person names (`data/name_scripts.tsv`, generated
  by `screen/datagen/name_scripts.py`) becomes its usual Latin spellings;
* Hangul, kana, Chinese characters and Greek are romanised by a scheme fit for names
  (`romanize.py`): a Hangul word as a Korean name, a word a syllable, unless longer or
  one of several (a foreign name's, read whole and as it spells it: 스베르방크 sberbank);
  Chinese characters only in a text with no kana (Japanese), a person's name of three
  or four also as Korean (`hanja.py`: 崔龍海 Choe Ryong Hae); the CJK words the
  caller names generic (銀行, ロシア, 株式会社 ...) are not read at all;
* a word in an abjad (Arabic script, Hebrew) or in Ge'ez also carries its consonant
  skeletons (`skeleton.py`, `geez.py`); one not in the table counts by them alone; an
  Arabic kind word or legal form is read as the English one (`arabickinds.py`);
* Thai and Lao are read by syllables (`thai.py`), India's Brahmic scripts whole.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from screen.text import (
    arabickinds,
    cjkcities,
    geez,
    hangul,
    hanja,
    jaorgs,
    romanize,
    skeleton,
    thai,
    thaikinds,
    wadegiles,
)
from screen.text.indic import read_indic
from screen.text.lazyre import lazy_pattern
from screen.text.nametable import latin_forms
from screen.text.scripts import is_abjad
from screen.tuples import NamedTuple

# Runs of letters (and their combining marks) of the scripts the table covers.
SCRIPT_WORD = lazy_pattern(
    "[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"  # Hebrew, Arabic
    "\u0370-\u03ff\u1f00-\u1fff\u0900-\u0dff"  # Greek, Devanagari to Sinhala
    "\u0e01-\u0eff\u1200-\u135a"  # Thai, Lao, Ethiopic (Ge'ez)
    "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"  # Hangul
    "\u3040-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+"  # kana (not ・), Han
)
# syllables of the longest Korean name: one or two of a family name, one to three
# of a given name (김정은, 남궁민수); a longer word is a foreign name spelt in
# syllables, read whole as a foreign name's word is (스베르방크 Sberbank)
KOREAN_NAME_MAX = 4
HAN_NAME_MAX = 4  # characters of a person's name in Chinese characters (高山清司)
KOREAN_HAN_MIN = 3  # ... read as Korean too: a family name and a given name of two (崔龍海)


class Reading(NamedTuple):
    """How a Latin word was read from another script (or, `how` "", declined by a
    Latin-script language: `latincases.py`)."""

    forms: tuple[str, ...]  # its Latin spellings, the usual first
    skeletons: tuple[str, ...]  # "scheme:skeleton" (skeleton.py), for abjads and kana
    letters_only: bool  # an abjad word not in the table: only its skeleton is evidence
    how: str = "transliterated"  # how the word was read, for the explanation


_ARABIC_SCRIPT = lazy_pattern("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_HEBREW_SCRIPT = lazy_pattern("[\u0590-\u05ff]")
_HANGUL_WORD = lazy_pattern("[\uac00-\ud7af]+")
_KANJI = lazy_pattern("[\u3400-\u4dbf\u4e00-\u9fff]")
_SPLIT_CJK = lazy_pattern(r"([\u3041-\u30ff]+|[\u3400-\u4dbf\u4e00-\u9fff]+|[\uac00-\ud7af]+)")


def _abjad(word: str) -> list[tuple[str, Reading]]:
    if kind := arabickinds.kind_reading(word):  # ("للتجارة": trading)
        return [_place(kind)]
    found = latin_forms(word)
    if _ARABIC_SCRIPT().search(word):
        skels = tuple(f"{skeleton.ARABIC}:{s}" for s in skeleton.arabic(word))
    else:
        skels = tuple(f"{skeleton.HEBREW}:{s}" for s in skeleton.hebrew(word))
    if found:
        return [(found[0], Reading(found, skels, False))]
    from anyascii import anyascii  # only text in such a script pays for loading it

    letters = re.sub("[^a-z]", "", anyascii(word).lower())
    return [(letters, Reading((letters,), skels, True))] if letters and skels else []


class _Context(NamedTuple):
    chinese: bool  # no kana: Chinese characters are read in Mandarin
    foreign: bool  # a name written word by word (several Hangul words, "·" between
    # Chinese words): each word is a foreign name's word, read whole
    generic: tuple[str, ...]
    places: Mapping[str, str]  # generic words naming a country or a kind of firm, read
    # as the English word
    organisation: bool  # a Korean organisation's word in the text (은행, 무역, 주식회사):
    # its other Hangul words are a firm's names, read whole, not a person's syllables


def _place(word: str) -> tuple[str, Reading]:
    return word, Reading((word,), (), False)


def _whole(piece: str, latin: str, loans: tuple[str, ...] = ()) -> tuple[str, Reading]:
    """A foreign name's word in syllables: the table's spellings, its readings as the
    name it spells (Hangul's `loans`), else its reading and consonant skeleton (kana)."""
    table = latin_forms(piece)
    forms = tuple(dict.fromkeys((*table, *loans, latin)))
    skels = () if loans else tuple(f"{skeleton.KANA}:{s}" for s in skeleton.kana(latin))
    return forms[0], Reading(forms, skels, False)


def _firm(piece: str) -> tuple[str, Reading]:
    """A Korean firm's name read whole in its romanisations ("대성" taesong, daesong),
    a foreign name's word as the name it spells too ("스베르방크" sberbank)."""
    forms = hangul.hangul_word(piece)
    forms = (*forms, *hangul.loan_forms(piece)) if hangul.spells_foreign(piece) else forms
    return forms[0], Reading(forms, (), False)


def _cjk(run: str, context: _Context) -> list[tuple[str, Reading]]:
    out: list[list[tuple[str, Reading]]] = []
    places = context.places
    for piece in _SPLIT_CJK().findall(run):
        if piece in context.generic:
            # a generic word written alone (ロシア, バンク); a country is read as one
            if piece in places:
                out.append([_place(places[piece])])
            continue
        if not romanize.is_kana(piece[0]):
            # Chinese and Korean run generic words on: read what is left; a kana word
            # is read whole ("ズベルバンク" is Sberbank, not "Sber")
            named: list[str] = []  # countries met, each replaced by its number
            written = piece
            for word in context.generic:
                if word in piece and word in places:
                    named.append(places[word])
                    piece = piece.replace(word, f" \0{len(named) - 1} ")
                else:
                    piece = piece.replace(word, " ")
            out.extend(
                [_place(named[int(p[1:])])]
                if p[0] == "\0"
                else _city_first(p, context, p == written)
                for p in piece.split()
            )
            continue
        out.append(_cjk_piece(piece, context, False))
    return [word for words in out for word in words]


def _city_first(piece: str, context: _Context, alone: bool) -> list[tuple[str, Reading]]:
    """A firm's name (a piece beside generic words) that begins with a city abroad
    read as the city's English name, then the rest ("香港鸿祥" hong kong, hongxiang)."""
    city = None if alone or not _KANJI().match(piece[0]) else cjkcities.city_first(piece)
    if city is None:
        return _cjk_piece(piece, context, alone)
    return [_place(city[0]), *_cjk_piece(city[1], context, False)]


def _cjk_piece(piece: str, context: _Context, alone: bool) -> list[tuple[str, Reading]]:
    """The words of a CJK piece; `alone`: no generic word was in it (it may be a
    person's name)."""
    out: list[tuple[str, Reading]] = []
    if piece:
        if hangul.is_hangul(piece[0]):
            syllables = hangul.read_hangul(piece)
            if context.organisation and len(syllables) > 1:
                name, kinds = hanja.kinds_after(piece)  # ("류경상업": Ryugyong Commercial)
                out.append(_firm(name))
                out.extend(_place(kind) for kind in kinds)
            elif (context.foreign or len(syllables) > KOREAN_NAME_MAX) and len(syllables) > 1:
                latin = "".join(s[-1] for s in syllables)
                foreign = context.foreign or hangul.spells_foreign(piece)  # (not 현대자동차)
                out.append(_whole(piece, latin, hangul.loan_forms(piece) if foreign else ()))
            else:  # a Korean name: one word per syllable, as lists write it
                out.extend((forms[0], Reading(forms, (), False)) for forms in syllables)
        elif romanize.is_kana(piece[0]):
            hepburn = romanize.read_kana(piece)
            if len(hepburn) >= 2:
                out.append(_whole(piece, hepburn))
        elif context.chinese and context.foreign:
            out.append(_whole(piece, "".join(w[1][0] for w in romanize.read_han(piece))))
        elif context.chinese:
            out.extend(_han_name(piece) if alone else _han_words(romanize.read_han(piece)))
    return out


def _han_words(words: list[tuple[str, tuple[str, ...]]]) -> list[tuple[str, Reading]]:
    return [(forms[0], Reading(forms, (), False)) for _, forms in words]


def _han_name(piece: str) -> list[tuple[str, Reading]]:
    """A person's name in Chinese characters, in Mandarin; where the name table knows
    its given name (or its family name of two characters) as a word, as the table
    reads each of its words too ("金正恩": "kim", "jeongeun"; "高山清司": "takajama",
    "kiyoshi"); of three or four characters as Korean too ("崔龍海": "choe",
    "ryonghae"; two are a Chinese name far more often: "崔海", Cui Hai)."""
    words = romanize.read_han(piece)
    if len(piece) > HAN_NAME_MAX:
        return _han_words(words)
    named = any(len(c) > 1 and latin_forms(c) for c, _ in words)
    korean = len(piece) >= KOREAN_HAN_MIN

    def forms(chars: str, read: tuple[str, ...]) -> tuple[str, ...]:
        table = latin_forms(chars) if named else ()
        return tuple(dict.fromkeys((*read, *table, *(hanja.korean_forms(chars) if korean else ()))))

    return _han_words([(c, forms(c, read)) for c, read in words])


def _read(word: str, context: _Context) -> list[tuple[str, Reading]]:
    first = word[0]
    if is_abjad(first):
        return _abjad(word)
    if romanize.is_greek(first):
        forms = tuple(dict.fromkeys((*latin_forms(word), *romanize.read_greek(word))))
        return [(forms[0], Reading(forms, (), False))] if forms else []
    if _SPLIT_CJK().match(first):
        org = jaorgs.organisation_in(word, context.generic) if _KANJI().search(word) else None
        if org is None:
            return _cjk(word, context)
        start, end, latin = org  # a Japanese organisation's name, read whole ("山口組")
        before, after = word[:start], word[end:]
        return [
            *(_cjk(before, context) if before else []),
            _whole(word[start:end], latin),
            *(_cjk(after, context) if after else []),
        ]
    if geez.is_geez(first):
        return [(w, Reading((w,), skels, False)) for w, skels in [geez.read_geez(word)] if w]
    if thai.is_thai_or_lao(first):  # (a kind word's forms: its English word alone)
        return [(w, Reading(forms, (), False)) for w, forms, _ in thaikinds.thai_words(word)]
    found = latin_forms(word)
    if "\u0900" <= first <= "\u0dff":  # (the Brahmic scripts of India and Sri Lanka)
        found = tuple(dict.fromkeys((*found, read_indic(word))))
    return [(found[0], Reading(found, (), False))] if found and found[0] else []


def _unread_kanji(text: str, generic: tuple[str, ...]) -> bool:
    """Whether a Japanese text holds kanji besides its generic words (kanji are read
    only in a Chinese text)."""
    for word in generic:
        text = text.replace(word, " ")
    return _KANJI().search(text) is not None


def read_names(
    text: str,
    generic: tuple[str, ...] = (),
    places: Mapping[str, str] | None = None,
    kinds: frozenset[str] = frozenset(),
) -> tuple[str, dict[str, Reading]]:
    """`text` with every name it can read written in Latin, and for each Latin word
    so written, how it was read.  `generic`: CJK words never read (they say what
    kind of party it is, not which); `places`: those of them read as the Latin word
    given, a country's (中国 "china") or a kind of firm's (航空 "airlines");
    `kinds`: those of the latter read only where no kanji of a Japanese text is
    left unread (in "ロシア貯蓄銀行" the "savings" is not read, nor is the bank)."""
    if text.isascii():  # (a Chinese name in Wade-Giles is read in pinyin too)
        latin, wade = wadegiles.read_wade_giles(text)
        return latin, {word: Reading(forms, (), False) for word, forms in wade.items()}
    read: dict[str, Reading] = {}
    if _ARABIC_SCRIPT().search(text):  # ("ش.م.ل": sal)
        text = arabickinds.latin_legal_forms(text)
    words = _HANGUL_WORD().findall(text)
    chinese = not any(romanize.is_kana(c) for c in text)
    places = places or {}
    if kinds and not chinese and _unread_kanji(text, generic):
        places = {w: latin for w, latin in places.items() if w not in kinds}
    context = _Context(
        chinese,
        len(words) > 1 or "·" in text or "•" in text,
        generic,
        places,
        any(w in word for word in words for w in generic if hangul.is_hangul(w[0])),
    )

    def replace(m: re.Match[str]) -> str:
        words = _read(m.group(0), context)
        if not words:
            return m.group(0)
        for latin, reading in words:
            held = read.get(latin)
            if held is not None:
                reading = Reading(
                    tuple(dict.fromkeys((*held.forms, *reading.forms))),
                    tuple(dict.fromkeys((*held.skeletons, *reading.skeletons))),
                    held.letters_only and reading.letters_only,
                )
            read[latin] = reading
        spelled = " ".join(latin for latin, _ in words)
        # CJK text stays beside its reading: it is also matched as written
        return f" {spelled} {m.group(0)} " if _SPLIT_CJK().match(m.group(0)[0]) else f" {spelled} "

    return SCRIPT_WORD().sub(replace, text), read
