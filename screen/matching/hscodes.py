"""HS codes written in free text: a description, or an HS column holding words.

Invoices and packing lists write the tariff number in the description ("HS 854231
x 100 pcs", "Diamonds, industrial (HS 7102.21)", "ТН ВЭД 8542310000"), so the
rules' HS headings are looked for there too, by the same prefix match as the HS
column.  A number is read as an HS code only where the text says it is one:

* after a marker: HS, H.S., HS code, HTS/HTSUS, Tariff, TARIC, heading (the
  tariff's own word: "parts of machines of heading 8486"), CN (the EU's
  Combined Nomenclature), ТН ВЭД, HSコード, 税则号/税号, 商品编码, 関税番号, 統計品目番号,
  and the tariff number's name in the languages of the trade (Zolltarifnummer,
  Warennummer, KN; code SH, position tarifaire; código, partida or fracción
  arancelaria; codice doganale; GTİP, Tarife; УКТ ЗЕД; HSK, 품목번호; NCM), with
  "code", "no.", "#", ":" and the like between; several codes may follow, joined
  by commas, slashes or "and" ("HS 8542.31 / 8541.10");
* without a marker, only in the tariff line's own dotted form, heading and two
  dotted pairs ("8542.31.00", "8542.31.0001"), not a date ("2024.06.10"), not
  after an identifier's word ("Part No. 8542.31.00", "model"); in Japan's customs
  form, the subheading dotted and the statistical code after a hyphen
  ("8542.31-000"); or a heading and subheading alone in brackets ("(8542.31)").

A bare number otherwise is a part number, a quantity, a price, a year or a phone
number as often as a tariff number ("model 8542", "8542.31 USD", "8542 pcs"), so it
is not read; and a number beside a currency's code or symbol is an amount, even
after a marker ("Tariff 2709.50 USD": `data/currencies.txt`, from CLDR).  The
codes are 4 to 10 digits (Japan's nine: the subheading and a statistical code of
three, "854231000"); groups may be split by dots, spaces ("CN 8542 31 90") or a
hyphen between pairs.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from screen.text.english import is_english_word
from screen.text.lazyre import lazy_pattern
from screen.text.shipped import data_lines
from screen.text.textcache import text_cache
from screen.tuples import NamedTuple

# The patterns are compiled when a text first holds a digit (`hs_codes_in`): most
# descriptions hold none.
# the tariff number's digits: a heading ("8542", "85.42"), then pairs, then a
# national suffix
_CODE = (
    r"(?<!\d)(?:\d{4}|\d{2}\.\d{2})(?:"
    # Japan's statistical code: the subheading and three digits ("854231000", "8542.31-000")
    r"[.-]?\d{2}[.-]?\d{3}(?!\d)|"
    r"(?:[.-]?\d{2}|\s\d{2}(?!\d)){0,3}"
    r"(?:\.\d{4}(?!\d)|\s\d{3}\s\d(?!\d))?(?![\d]))"  # "8542.31.0001"; EAEU "8486 20 900 9"
)
_MARKER = (
    r"(?:(?<![\w.])(?:h\.\s?s\.?|hsk?|hts(?:us)?|tarif[fe]?|taric|cn|kn|ncm|commodity"
    # the tariff's own word for a heading ("parts of machines of heading 8486")
    r"|(?:sub)?headings?"
    # the tariff number's name in the languages of the trade: German (Zolltarifnummer,
    # Warennummer), French (code SH, position tarifaire), Spanish (código, partida or
    # fracción arancelaria), Italian (codice doganale), Turkish (GTİP: Gümrük Tarife
    # İstatistik Pozisyonu), Korea's HSK; Mercosur's NCM
    r"|zolltarif(?:nummer)?|warennummer|code\s(?:sh|nc|douanier)|position\starifaire"
    r"|nomenclature\s(?:sh|combin[ée]e)|c[óo]digo\sarancelario|(?:partida|fracci[óo]n|"
    r"posici[óo]n)\sarancelaria|codice\s(?:doganale|sh|nc)|voce\sdoganale|gt[iİı]\u0307?p)"
    # Russian and Ukrainian (ТН ВЭД, УКТ ЗЕД), Japanese, Chinese, Korean
    r"|тн\s?вэд(?:\s?еаэс)?|укт\s?зед|hs\s?(?:コード|番号|编码|編碼)|税则号|税則号|税号|稅號|"
    r"商品编码|海关编码|関税番号|統計番号|(?:統計)?品目番号|세번(?:부호)?|품목번호)"
)
# what may stand between a marker and its code ("HS code no.: 8542", "Tariff heading #")
_BETWEEN = (
    r"(?:[\s:#№.\-]|code[s]?\b|no\b|nr\b|number\b|heading\b|subheading\b|"
    r"classification\b|item\b|код\b|コード|编码|号)*"
)
_JOIN = r"(?:\s*[,/;&]\s*|\s+(?:and|or|и)\s+)"
_MARKED = lazy_pattern(
    rf"(?P<marker>{_MARKER}){_BETWEEN}(?P<codes>{_CODE}(?:{_JOIN}{_CODE})*)", re.IGNORECASE
)
_ONE = lazy_pattern(_CODE)
_DOTTED = lazy_pattern(r"(?<![\w.,])(\d{4}\.\d{2}\.\d{2}(?:\d{2})?(?:\.\d{2,4})?)(?![\w]|[.,]\d)")
_BRACKETED = lazy_pattern(r"[(\[（]\s*(\d{4}\.\d{2})\s*[)\]）]")
# Japan's customs form: heading and subheading dotted, a hyphen, the statistical code
_JAPANESE = lazy_pattern(r"(?<![\w.,])(\d{4}\.\d{2}-\d{3})(?![\w]|[.,-]\d)")
# words that make the number after them an identifier, not a tariff number
_IDENTIFIER = lazy_pattern(
    r"(?:\b(?:no|nr|number|model|part|pn|p/n|art|ref|sku|item|tel|phone|fax|order|po|"
    r"invoice|serial|s/n|sn|lot|batch|version|ver|v)\b|№)[\s.:#-]*$",
    re.IGNORECASE,
)


_NEXT = lazy_pattern(r"\s?([^\s\d.,;:()\[\]（）]+)")
_PREVIOUS = lazy_pattern(r"([^\s\d.,;:()\[\]（）]+)\s?$")


@cache
def _currencies() -> frozenset[str]:
    return frozenset(data_lines("currencies.txt"))


def _currency(word: str) -> bool:
    """A currency's code or symbol ("USD", "usd", "US$", "€"); a code written in small
    letters only when it is no English word ("all", "top", "cup")."""
    table = _currencies()
    return word in table or (word.upper() in table and not is_english_word(word))


def _amount(text: str, start: int, end: int, marked: bool) -> bool:
    """Is the number at text[start:end] an amount of money ("2709.50 USD", "$8542.31")?"""
    after = _NEXT().match(text, end)
    if after and _currency(after.group(1)):
        return True
    before = None if marked else _PREVIOUS().search(text, max(0, start - 8), start)
    return bool(before and _currency(before.group(1)))


class HsCode(NamedTuple):
    digits: str  # "854231"
    start: int  # span of the code (with its marker) in the text as given
    end: int
    marked: bool  # written after a marker ("HS", "ТН ВЭД")


def _digits(code: str) -> str:
    return "".join(str(unicodedata.digit(c)) for c in code if c.isdigit())


def _date(code: str) -> bool:
    """Is a dotted 'yyyy.mm.dd' a date rather than a tariff line?"""
    parts = code.split(".")
    year, month, day = int(parts[0]), int(parts[1]), int(parts[2][:2])
    return 1900 <= year <= 2099 and 1 <= month <= 12 and 1 <= day <= 31


@text_cache(16384)
def hs_codes_in(text: str) -> tuple[HsCode, ...]:
    """The HS codes a free text writes, by where they stand (see the module's doc)."""
    if not any(c.isdigit() for c in text):
        return ()
    folded = unicodedata.normalize("NFKC", text)
    if len(folded) != len(text):  # keep offsets: read the text as given
        folded = text
    out: list[HsCode] = []
    for m in _MARKED().finditer(folded):
        base = m.start("codes")
        for c in _ONE().finditer(m.group("codes")):
            if _amount(folded, base + c.start(), base + c.end(), True):
                continue
            start = m.start() if c.start() == 0 else base + c.start()
            out.append(HsCode(_digits(c.group()), start, base + c.end(), True))
    taken = [(c.start, c.end) for c in out]
    forms = (("dotted", _DOTTED()), ("japanese", _JAPANESE()), ("bracketed", _BRACKETED()))
    for form, pattern in forms:
        for m in pattern.finditer(folded):
            start, end = m.span(1)
            if any(s <= start < e for s, e in taken):
                continue
            before = folded[max(0, start - 16) : start]  # (a window: cost stays linear)
            dated = form == "dotted" and _date(m.group(1))
            if form != "bracketed" and (dated or _IDENTIFIER().search(before)):
                continue
            if _amount(folded, start, end, False):
                continue
            out.append(HsCode(_digits(m.group(1)), start, end, False))
    return tuple(sorted(out, key=lambda c: c.start))


def column_codes(text: str) -> tuple[HsCode, ...]:
    """The codes an HS column holds: its one code as typed ("8542.31.000", "854231"),
    or, when it holds words or several codes ("HS code: 8542.31 / 8541.10"), every
    code in it, as after a marker."""
    digits = _digits(text)
    if not digits:
        return ()
    if re.fullmatch(r"[\d\s.\-]+", text.strip()) and len(re.findall(_CODE, text)) <= 1:
        return (HsCode(digits, 0, len(text), True),)
    found = _ONE().finditer(text)
    return tuple(HsCode(_digits(m.group()), m.start(), m.end(), True) for m in found)
