"""Names as Japan's bank transfers write them (the Zengin system's account names).

A domestic transfer carries the payee's name in half-width katakana ("ｲｹﾀﾞ ﾀｶｼ"
for イケダ タカシ), with the voicing marks as letters of their own ("ﾀﾞ"), the small
kana written large ("ｼﾖｳﾛｸ" for ショウロク, "ﾆﾂﾎﾟﾝ" for ニッポン) and a firm's legal form
abbreviated in brackets before or after its name ("ｶ)ﾔﾏﾀﾞ", "ﾔﾏﾀﾞ(ｶ", "(ｶ)": 株式会社).

`full_width` writes such a text as katakana is written elsewhere, the legal forms
in full, so that the kana reader (`romanize.py`) reads it; `small_kana_reading`
reads the large kana Zengin cannot write small as the small ones they stand for
(after a kana of the i-row, ヤ ユ ヨ; before a voiceless consonant's, ツ), an
alternative reading of the name (`names/readings.py`): "ｷﾖﾀ" is Kiyota as written
and Kyota so read, and each is searched.
"""

from __future__ import annotations

import unicodedata

from screen.text.lazyre import deferred

_HALF_WIDTH = deferred("[\uff65-\uff9f]+")
# the legal forms of the Zengin abbreviation table, in brackets, either side of a
# name: 株式会社 (kabushiki), 有限会社 (yugen), 合同会社, 合名会社, 合資会社, and the
# foundations' and associations' 財団法人, 社団法人, 医療法人, 学校法人
_FORMS = {
    "ｶ": "株式会社", "ﾕ": "有限会社", "ﾄﾞ": "合同会社", "ﾒ": "合名会社", "ｼ": "合資会社",
    "ｻﾞｲ": "財団法人", "ｼﾔ": "社団法人", "ｲ": "医療法人", "ｶﾞｸ": "学校法人",
}  # fmt: skip
_FORM_NAMES = "|".join(sorted(_FORMS, key=len, reverse=True))
_FORM = deferred(
    rf"\(?({_FORM_NAMES})\)(?=[\uff65-\uff9f\s]|$)|(?<=[\uff65-\uff9f])\(({_FORM_NAMES})\)?$"
)
_I_ROW = "キギシジチヂニヒビピミリ"
_DOUBLED = "カキクケコサシスセソタチツテトパピプペポ"  # (the consonants a small ッ doubles)
_SMALL = deferred(f"(?<=[{_I_ROW}])[ヤユヨ]|ツ(?=[{_DOUBLED}])")
_SMALLER = str.maketrans("ヤユヨツ", "ャュョッ")


def full_width(text: str) -> str:
    """The text with its half-width katakana written full width, and Zengin's
    bracketed legal forms in full ("ｶ)ﾔﾏﾀﾞ" 株式会社 ヤマダ); as it was without them."""
    if not _HALF_WIDTH.search(text):
        return text
    text = _FORM.sub(lambda m: f" {_FORMS[m.group(1) or m.group(2)]} ", text)
    return _HALF_WIDTH.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text).strip()


def small_kana_reading(text: str) -> str:
    """A Zengin name (half-width katakana) with the large kana that stand for small
    ones written small ("ｼﾖｳﾛｸ" ショウロク); "" for any other text, or one with none."""
    if not _HALF_WIDTH.search(text):
        return ""
    wide = full_width(text)
    read = _SMALL.sub(lambda m: m.group(0).translate(_SMALLER), wide)
    return read if read != wide else ""
