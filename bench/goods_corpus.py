"""Build bench/goods_corpus.csv from the base phrases in bench/goods_phrases.py.

    python bench/goods_corpus.py

Every phrase gives six rows: as written; with a typing slip (English: two letters
of its longest word swapped; other languages: upper case or full-width digits);
and decorated as an invoice line (quantity), with a part number, as an
e-commerce title, and behind a line label.  Columns: id, text, category (the
rule id of the banned category, or the one a look-alike resembles), label
(banned or lookalike), language, source kind, variant.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from goods_phrases import BANNED, LOOKALIKE

OUT = Path(__file__).resolve().parent / "goods_corpus.csv"

DECOR = {
    "qty": {"en": "{t}, 20 pcs", "ja": "{t} 20個", "zh": "{t} 20件", "ru": "{t}, 20 шт."},
    "part": {
        "en": "{t} (P/N 4471-A)",
        "ja": "{t} 型番XK-200",
        "zh": "{t} 型号XK-200",
        "ru": "{t}, арт. XK-200",
    },
    "shop": {
        "en": "{t} - new, fast shipping",
        "ja": "【送料無料】{t}",
        "zh": "{t} 包邮",
        "ru": "{t} — бесплатная доставка",
    },
    "label": {"en": "Item 3: {t}", "ja": "品名：{t}", "zh": "品名：{t}", "ru": "Наименование: {t}"},
}
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def slip(text: str, language: str) -> str:
    """A typing slip of the kind people make in that language's documents."""
    if language == "en":
        words = text.split()
        longest = max(range(len(words)), key=lambda i: (len(words[i].strip(",;:()")), -i))
        word = words[longest]
        if len(word.strip(",;:()")) >= 8:
            mid = len(word) // 2
            words[longest] = word[: mid - 1] + word[mid] + word[mid - 1] + word[mid + 1 :]
            return " ".join(words)
        return text.upper()
    if language == "ru":
        return text.upper()
    return text.translate(FULL_WIDTH) + " ２０２４"


def rows() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for label, table in (("banned", BANNED), ("lookalike", LOOKALIKE)):
        for category, entries in table.items():
            for language, kind, text in entries:
                variants = {"plain": text, "slip": slip(text, language)}
                for name, forms in DECOR.items():
                    variants[name] = forms[language].format(t=text)
                for variant, written in variants.items():
                    out.append(
                        {
                            "id": f"G{len(out) + 1:05d}",
                            "text": written,
                            "category": category,
                            "label": label,
                            "language": language,
                            "source_kind": kind,
                            "variant": variant,
                        }
                    )
    return out


def main() -> None:
    data = rows()
    with OUT.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(data[0]))
        writer.writeheader()
        writer.writerows(data)
    banned = sum(r["label"] == "banned" for r in data)
    print(f"{OUT.name}: {len(data)} rows, {banned} banned, {len(data) - banned} look-alikes")


if __name__ == "__main__":
    main()
