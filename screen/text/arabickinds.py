"""Words of a firm's name in Arabic script that say what kind of firm it is, read as
the English word, and the Arabic abbreviations of legal forms, read as the Latin
ones (`kind_reading`, `latin_legal_forms`).

A Lebanese, Gulf or Iraqi firm's Arabic name translates its kind words ("أبار
للخدمات البترولية ش.م.ل": Abar Petroleum Services SAL; "الفرات الأولى للتجارة
ذ.م.م": First Furat Trading LLC) and transliterates its own (أبار, غولدن فيش).
Read letter by letter, the kind words are consonants no Latin name has
("lltjrh"), and the query's extra words cost it the match; read as the English
word, they meet the listed firm's, and weigh as "trading" and "services" do.

A word is looked up without the particles written onto it: "و" and, "ل"/"لل"
for (the), "ب" with, "ال" the ("للتجارة" is تجارة, trading; "والتمويل" is تمويل,
finance).  The table is kept by hand (no kept source translates Arabic business
words): the kind words of firms' names on the UAE's, Lebanon's, Jordan's and
Saudi Arabia's commercial registers, in Wiktionary's English senses; not those that
are as often a family's or a firm's own name (حديد Hadid, طاقة TAQA, عربي Arabi,
وطني Watani).  The
abbreviations are the local abbreviations of ISO 20275's Arabic legal forms
(ذ.م.م limited liability, ش.م.ع public, ش.م.خ private joint-stock) and those
its code list lacks (Lebanon's ش.م.ل SAL and ش.م.م SARL, a free zone's م.م.ح FZE).
"""

from __future__ import annotations

import re

from screen.text.lazyre import lazy_pattern

# bare word (no particle, no article) -> the English word lists write
KIND_WORDS = {
    "شركة": "company", "شركه": "company", "مجموعة": "group", "مجموعه": "group",
    "مؤسسة": "establishment", "مؤسسه": "establishment", "مصرف": "bank", "بنك": "bank",
    "تجارة": "trading", "تجاره": "trading", "تجارية": "commercial", "تجاري": "commercial",
    "خدمات": "services", "بترولية": "petroleum", "بترول": "petroleum", "نفط": "oil", "غاز": "gas",
    "قابضة": "holding", "قابضه": "holding",
    "إسلامي": "islamic", "اسلامي": "islamic", "إسلامية": "islamic", "اسلامية": "islamic",
    "استثمار": "investment", "استثمارات": "investments",
    "تمويل": "finance", "عامة": "general", "عامه": "general", "صناعات": "industries",
    "صناعة": "industry", "صناعية": "industrial", "دوائية": "pharmaceutical",
    "أدوية": "pharmaceuticals", "هندسة": "engineering", "هندسية": "engineering",
    "مقاولات": "contracting", "كيماويات": "chemicals", "كيميائية": "chemical",
    "دولية": "international", "دولي": "international",
    "نقل": "transport", "شحن": "shipping",
    "ملاحة": "navigation", "بحرية": "marine", "صرافة": "exchange", "صيرفة": "exchange",
    "عقارات": "properties", "عقارية": "real estate", "تطوير": "development",
    "إنشاءات": "construction", "انشاءات": "construction", "اتصالات": "telecommunications",
    "زراعية": "agricultural",
    "أغذية": "foods", "اغذية": "foods", "تكنولوجيا": "technology", "تقنية": "technology",
    "إلكترونيات": "electronics", "الكترونيات": "electronics", "طيران": "aviation",
    "سياحة": "tourism", "سفريات": "travel", "وكالة": "agency", "مركز": "center",
    "جمعية": "society", "خيرية": "charitable", "جامعة": "university", "معدات": "equipment",
    "أولى": "first", "اولى": "first", "متحدة": "united",
    "تعاون": "cooperation", "تأمين": "insurance", "تامين": "insurance",
}  # fmt: skip
_PARTICLES = ("وال", "بال", "لل", "ال", "و", "ل", "ب")

# an abbreviation of letters and stops ("ش.م.ل", "ذ. م. م") -> the Latin legal form
LEGAL_FORMS = {
    "شمل": "sal", "شمم": "sarl", "ذمم": "llc", "شذمم": "llc", "ممح": "fze",
    "شمح": "fzco", "شمع": "pjsc", "شمعع": "pjsc", "شمخ": "psc", "شمب": "bsc",
    "شمس": "sa", "ششو": "spc",
}  # fmt: skip
_ABBREVIATION = lazy_pattern(
    r"(?<![\u0621-\u064a])(?:[\u0621-\u064a]\s?\.\s?){2,3}[\u0621-\u064a]\.?"
)


def kind_reading(word: str) -> str:
    """The English word for an Arabic kind word, its particles aside, or ""."""
    found = KIND_WORDS.get(word)
    if found:
        return found
    for particle in _PARTICLES:
        if word.startswith(particle) and len(word) - len(particle) >= 3:
            found = KIND_WORDS.get(word[len(particle) :])
            if found:
                return found
    return ""


def latin_legal_forms(text: str) -> str:
    """`text` with each Arabic abbreviation of a legal form written as the Latin one
    ("ش.م.ل" sal); other abbreviations stay as written."""

    def latin(m: re.Match[str]) -> str:
        letters = "".join(ch for ch in m.group(0) if ch not in ". ")
        found = LEGAL_FORMS.get(letters)
        return f" {found} " if found else m.group(0)

    return _ABBREVIATION().sub(latin, text)
