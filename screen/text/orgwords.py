"""Words in organisation and person names that say little about *which* party it is.

* Legal forms ("PJSC", "OOO", "Co., Ltd.", "GmbH", "株式会社") are dropped before
  names are compared: "Bank VTB PJSC" and "VTB Bank" are the same name.
* Generic words ("bank", "trading", "company", "of", "Russia") stay, but weigh
  little and never carry a match on their own: "Moscow Trading Company" must not
  match "Tver Trading Company".
* Patronymics ("Vladimirovna") weigh little: lists and shipping papers include or
  drop them at will.
"""

from __future__ import annotations

from itertools import pairwise

from screen.text.lazyre import deferred

# Token sequences (normalised: lower case, no punctuation), longest first when matched.
LEGAL_FORMS: frozenset[tuple[str, ...]] = frozenset(
    tuple(form.split())
    for form in (
        "public joint stock company",
        "open joint stock company",
        "closed joint stock company",
        "non public joint stock company",
        "joint stock company",
        "joint stock commercial bank",
        "limited liability company",
        "limited liability partnership",
        "private limited company",
        "public limited company",
        "company limited",
        "co ltd",
        "co limited",
        "pjsc",
        "ojsc",
        "cjsc",
        "jsc",
        "pao",
        "oao",
        "zao",
        "ooo",
        "ao",
        "nao",
        "tov",
        "fgup",
        "gup",
        "mup",
        "ano",
        "llc",
        "llp",
        "ltd",
        "limited",
        "inc",
        "incorporated",
        "corp",
        "corporation",
        "co",
        "company",
        "plc",
        "gmbh",
        "ag",
        "kg",
        "sa",
        "sas",
        "sarl",
        "srl",
        "spa",
        "bv",
        "nv",
        "oy",
        "ab",
        "asa",
        "aps",
        "kft",
        "zrt",
        "sp z o o",
        "kk",
        "kabushiki kaisha",
        "kabushikigaisha",
        "yugen kaisha",
        "godo kaisha",
        "pte",
        "pte ltd",
        "pvt",
        "pvt ltd",
        "private limited",
        "sdn bhd",
        "bhd",
        "tbk",
        "fze",
        "fzco",
        "fz llc",
        "dmcc",
        "lp",
        "s a",
        "e v",
        "ltda",
        "s a de c v",
        "sa de cv",
        "s de r l",
        "eirl",
        "s r l",
        "s p a",
        "b v",
        "n v",
        "l l c",
        "p j s c",
        "j s c",
    )
)

# A legal form abbreviated to its first character in brackets, before or after the
# name: Korean "(주)" / "㈜" (주식회사) and "(유)" (유한회사), Japanese "(株)" / "㈱"
# (株式会社) and "(有)" (有限会社).
CJK_FORM_MARKS = deferred(r"[(（]\s*[주유株有]\s*[)）]|[㈜㈱㈲]")

CJK_LEGAL_FORMS = (
    "股份有限公司",
    "有限责任公司",
    "有限責任公司",
    "有限公司",
    "株式会社",
    "有限会社",
    "合同会社",
    "合資会社",
    "合名会社",
    # Korean (ISO 20275, KR)
    "유한책임회사",
    "주식회사",
    "유한회사",
    "합명회사",
    "합자회사",
    "公司",
)

GENERIC: frozenset[str] = frozenset(
    """
    a an the of and for de la le el du des der die das und y e i
    bank banka banking bancorp banque banco commercial savings credit
    trading trade traders trader company companies firm group holding holdings
    imo international intl global worldwide world industries industry industrial
    enterprise enterprises service services solution solutions system systems
    technology technologies tech capital investment investments invest finance
    financial fund funds national state public joint stock partnership partners
    management development agency office branch division subsidiary unit
    import export imports exports logistics supply supplies shipping transport
    general central federal regional city republic people peoples
    government ministry authority council committee department
    russia russian rossii rossiya rossiyskaya rossiyskiy rf federation moscow
    china chinese prc japan japanese usa america american uk europe european asia
    new first second one plus pro
    """.split()
)

# Russian, Ukrainian (-ovych, -evych, -ivna) and Belarusian (-avich, -aŭna) patronymics,
# and the Turkic "oglu"/"kyzy" written onto the name
PATRONYMIC_ENDINGS = (
    "ovich", "evich", "avich", "ovna", "evna", "auna", "ichna", "ogly", "kyzy", "ivna",
    "ovych", "evych",
)  # fmt: skip
# what follows the father's name in a patronymic, longest first
FATHER_ENDINGS = ("ovich", "evich", "avich", "ovych", "evych", "ovna", "evna", "auna", "ivna")


# a word spelt out letter by letter, the same one mark between each two letters ("S B E
# R B A N K", "B.A.N.K.", "R-O-S-N-E-F-T", "M_A_H_A_N"): two marks or another end it
_SPELT_OUT = deferred(r"(?<![^\W_])[^\W\d_]([ .\-_·])(?:[^\W\d_]\1){1,}[^\W\d_]\.?(?![^\W_])")


def spelt_out_joined(text: str) -> str:
    """`text` with words spelt out letter by letter written whole where two such
    words stand side by side, kept apart by a wider gap or a full stop and a space:
    "N O V A T E K   P J S C" is "NOVATEK PJSC", "B.A.N.K. S.E.P.A.H." is "BANK
    SEPAH" (`join_letter_runs`, on tokens, would run them into one word).  A word
    spelt out alone ("T.E.G. LIMITED", "S B E R B A N K") is left to it, as the list
    reads it."""
    if len(text) < 7:
        return text
    runs = list(_SPELT_OUT.finditer(text))
    side = any(not text[a.end() : b.start()].strip(" .-_·") for a, b in pairwise(runs))
    if not side:
        return text
    return _SPELT_OUT.sub(lambda m: "".join(c for c in m.group() if c.isalpha()), text)


def join_letter_runs(tokens: list[str]) -> list[str]:
    """Read spelt-out acronyms as one word: "M.T.T." and "I A C" (normalised to single
    letters) become "mtt" and "iac"; "I and S" becomes "is".  Runs of two stay apart,
    so a person's initials ("J. R. Smith") still count as initials."""
    if all(len(t) > 1 for t in tokens):  # no letter standing alone: nothing to join
        return list(tokens)
    out: list[str] = []
    i = 0
    while i < len(tokens):
        j = i
        letters: list[str] = []
        while j < len(tokens):
            if len(tokens[j]) == 1 and tokens[j].isalpha():
                letters.append(tokens[j])
                j += 1
            elif tokens[j] == "and" and letters and j + 1 < len(tokens) and len(tokens[j + 1]) == 1:
                j += 1
            else:
                break
        if len(letters) >= 3 or (len(letters) == 2 and j - i == 3):  # "i and s"
            out.append("".join(letters))
            i = j
        else:
            out.append(tokens[i])
            i += 1
    return out


def strip_cjk_legal_forms(text: str) -> str:
    stripped = text
    for form in CJK_LEGAL_FORMS:
        stripped = stripped.replace(form, "")
    stripped = stripped.strip("株")
    return stripped or text


def is_patronymic(token: str) -> bool:
    return len(token) > 6 and token.endswith(PATRONYMIC_ENDINGS)


def father_name(patronymic: str) -> str:
    """The father's name a patronymic is made of ("aleksandrovich": "aleksandr",
    "sergeyevich": "sergey", "aliaksandravich": "aliaksandr"), or ""."""
    for ending in FATHER_ENDINGS:
        if patronymic.endswith(ending) and len(patronymic) - len(ending) >= 3:
            return patronymic[: -len(ending)]
    return ""
