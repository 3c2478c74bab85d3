"""One generator per pattern of issue 10: matches and look-alike non-matches."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator

from names_pairs import Entry, Pair, Pool, invented, load_weak_aliases, natural, typo

PER = 70  # positives (and as many look-alikes) drawn per pattern and kind


def _pick(rng: random.Random, pool: list[Entry], test: Callable[[Entry], bool]) -> Iterator[Entry]:
    chosen = [e for e in pool if test(e)]
    rng.shuffle(chosen)
    yield from chosen


def _tokens(name: str) -> list[str]:
    return name.replace(",", " ").split()


def partial(rng: random.Random, pool: Pool) -> Iterator[Pair]:
    """A person by first given name and last family name; a family name 'Al-' dropped."""
    people = _pick(rng, pool.entries, lambda e: e.kind == "person" and e.name.count(",") == 1)
    made = 0
    for e in people:
        family, given = (p.split() for p in e.name.split(","))
        if len(family) + len(given) < 3 or not given or len(given[0]) < 3:
            continue
        if family[0].upper().startswith("AL-"):
            query = " ".join([*given, family[0][3:], *family[1:]])
        else:
            query = f"{given[0]} {family[-1]}" if made % 2 else f"{family[0]} {given[0]}"
        yield Pair("partial", query, e.name, 1, "person")
        other = pool.lookalike(rng, e)
        if other is not None and other.name.count(",") == 1:
            of, og = (p.split() for p in other.name.split(","))
            if og and of:
                # same given name, other family name (or the reverse)
                shown = f"{og[0]} {of[-1]}"
                yield Pair("partial", shown, e.name, 0, "person")
        made += 1
        if made >= PER * 2:
            return


WRAPS = (
    "{other} c/o {name}",
    "{other}, agent for {name}",
    "On behalf of {name}",
    "For account of {name}, {other}",
    "{name} - Moscow Branch",
    "{name}, Procurement Department",
    "Attn: Logistics Dept., {name}",
    "{name}, {address}",
    "{other} Ltd. (c/o {name})",
    "{name} Representative Office",
)


def context(rng: random.Random, pool: Pool) -> Iterator[Pair]:
    """A listed organisation inside a longer consignee text."""
    made = 0
    for e in _pick(rng, pool.entries, lambda e: e.kind == "organization"):
        if len(e.name) > 60:
            continue
        wrap = WRAPS[made % len(WRAPS)]
        address = e.addresses[0] if e.addresses else "12 Harbour Road, Limassol"
        fill = {"other": f"{invented(rng)} Trading", "address": address}
        yield Pair("context", wrap.format(name=e.name, **fill), e.name, 1, "organization")
        other = pool.lookalike(rng, e)
        if other is not None:
            yield Pair("context", wrap.format(name=other.name, **fill), e.name, 0, "organization")
        made += 1
        if made >= PER * 2:
            return


BUSINESSES = (
    "Leasing",
    "Marine Services",
    "Energy Trading",
    "Shipping Agency",
    "Engineering",
    "Capital Markets",
    "Insurance Brokers",
    "Factoring",
)


# a legal form at the end of a listed name (the subsidiary takes it after its business)
_FORM = re.compile(
    r"(,?\s+(LTD\.?|LIMITED|LLC|L\.L\.C\.|S\.A\.|S\.A\.R\.L\.|S\.A\.S\.|S\.R\.L\.|FZE|FZCO"
    r"|INC\.?|CORP\.?|CORPORATION|GMBH|CO\.|COMPANY|E\.I\.R\.L\.|JSC|OJSC|PJSC|CJSC|SA|AG))$"
)


def _named_for(name: str, business: str) -> str:
    """A subsidiary's name: the listed name, a line of business, the legal form."""
    found = _FORM.search(name)
    base, form = (name[: found.start()], found.group(2)) if found else (name, "")
    return " ".join(w for w in (base.split(",")[0].title(), business, form.title()) if w)


def subsidiaries(rng: random.Random, pool: Pool) -> Iterator[Pair]:
    """A listed organisation's name with a line of business after it, as a
    subsidiary or a branch is named ("Sberbank Leasing", "Aqua Shipping Factoring
    Ltd."); and, not a match, another organisation sharing a word with it named
    the same way."""
    made = 0
    for e in _pick(rng, pool.entries, lambda e: e.kind == "organization"):
        if not 1 <= len(_FORM.sub("", e.name).split(",")[0].split()) <= 3:
            continue
        business = BUSINESSES[made % len(BUSINESSES)]
        yield Pair("context", _named_for(e.name, business), e.name, 1, "organization")
        other = pool.lookalike(rng, e)
        if other is not None:
            yield Pair("context", _named_for(other.name, business), e.name, 0, "organization")
        made += 1
        if made >= PER:
            return


def typos(rng: random.Random, pool: Pool) -> Iterator[Pair]:
    """One typing error in any word, short words included."""
    for kind in ("person", "organization", "vessel"):
        made = 0
        for e in _pick(rng, pool.entries, lambda e, k=kind: e.kind == k):
            words = [w for w in _tokens(natural(e.name)) if w.isalpha() and len(w) >= 3]
            if not words:
                continue
            target = rng.choice(words)
            query = natural(e.name).replace(target, typo(rng, target), 1)
            yield Pair("typo", query, e.name, 1, kind)
            other = pool.lookalike(rng, e)
            if other is not None:
                ow = [w for w in _tokens(natural(other.name)) if w.isalpha() and len(w) >= 3]
                shown = natural(other.name)
                if ow:
                    t = rng.choice(ow)
                    shown = shown.replace(t, typo(rng, t), 1)
                yield Pair("typo", shown, e.name, 0, kind)
            made += 1
            if made >= PER // (1 if kind == "person" else 2):
                break


VARIANTS = (
    ("KH", "H"),
    ("H", "KH"),
    ("PH", "F"),
    ("F", "PH"),
    ("OU", "U"),
    ("Y", "I"),
    ("I", "Y"),
    ("W", "V"),
    ("V", "W"),
    ("CK", "K"),
    ("SS", "S"),
    ("LL", "L"),
    ("MM", "M"),
    ("TT", "T"),
    ("EE", "I"),
    ("J", "DJ"),
    ("SH", "SCH"),
    ("TS", "TZ"),
)


def _variant(rng: random.Random, name: str) -> str | None:
    options = [(a, b) for a, b in VARIANTS if a in name.upper()]
    if not options:
        return None
    a, b = rng.choice(options)
    at = name.upper().find(a)
    if name[at].islower():
        b = b.lower()
    return name[:at] + b + name[at + len(a) :]


def folding(rng: random.Random, pool: Pool) -> Iterator[Pair]:
    """A transliteration variant (kh/h, doubled letters, ph/f ...) and a typo elsewhere."""
    made = 0
    for e in _pick(rng, pool.entries, lambda e: e.kind == "person"):
        shown = _variant(rng, natural(e.name))
        if shown is None:
            continue
        words = [w for w in _tokens(shown) if w.isalpha() and len(w) >= 6]
        if made % 2 and words:
            w = rng.choice(words)
            shown = shown.replace(w, typo(rng, w), 1)
        yield Pair("folding", shown, e.name, 1, "person")
        other = pool.lookalike(rng, e)
        if other is not None:
            shown = _variant(rng, natural(other.name)) or natural(other.name)
            yield Pair("folding", shown, e.name, 0, "person")
        made += 1
        if made >= PER * 2:
            return


def _joined(rng: random.Random, name: str, form: str = "") -> str | None:
    words = _tokens(name)
    if len(words) < 2 and form:
        return name.replace(" ", "") + form
    if len(words) < 2:
        long = [w for w in words if len(w) >= 8]
        if not long:
            return None
        word = long[0]
        if len(word) >= 12:  # a long word in three pieces ("Ural Vagon Zavod")
            a, b = len(word) // 3, 2 * len(word) // 3
            return name.replace(word, f"{word[:a]} {word[a:b]} {word[b:]}")
        cut = len(word) // 2
        return name.replace(word, word[:cut] + " " + word[cut:])
    i = rng.randrange(len(words) - 1)
    roll = rng.random()
    if roll < 0.5:
        words[i : i + 2] = [words[i] + words[i + 1]]
    elif roll < 0.75 and len(words[i]) > 3:
        words[i], words[i + 1] = words[i][:-1], words[i][-1] + words[i + 1]
    else:
        words = ["".join(w.capitalize() for w in words)]
    return " ".join(words) + form


def joined(rng: random.Random, pool: Pool) -> Iterator[Pair]:
    """Words joined ('VladimirPutin', 'SiemensAG'), split in two or three pieces, or
    a letter moved across."""
    for kind in ("person", "organization", "vessel"):
        made = 0
        for e in _pick(rng, pool.entries, lambda e, k=kind: e.kind == k and len(e.name) < 40):
            form = rng.choice(("AG", "GmbH", "LLC", "")) if kind == "organization" else ""
            shown = _joined(rng, natural(e.name), form)
            if shown is None:
                continue
            yield Pair("joined", shown, e.name, 1, kind)
            other = pool.lookalike(rng, e)
            if other is not None:
                shown = _joined(rng, natural(other.name), form)
                if shown is not None:
                    yield Pair("joined", shown, e.name, 0, kind)
            made += 1
            if made >= PER // (1 if kind == "person" else 2):
                break


LEET = str.maketrans({"o": "0", "O": "0", "i": "1", "I": "1", "e": "3", "E": "3", "a": "4"})
# the other digits written for letters ("I9or Sech1n", "5t4lin", "Ro8ert")
LEET_MORE = str.maketrans(
    {"g": "9", "G": "9", "s": "5", "S": "5", "t": "7", "T": "7", "b": "8", "B": "8", "l": "1"}
)
WORDS = {
    1: ("one", "first", "1st", "I"),
    2: ("two", "second", "2nd", "II"),
    3: ("three", "third", "3rd", "III"),
    4: ("four", "fourth", "4th", "IV"),
    5: ("five", "fifth", "5th", "V"),
    7: ("seven", "seventh", "7th", "VII"),
    13: ("thirteen", "thirteenth", "13th", "XIII"),
    25: ("twenty-five", "twenty fifth", "25th", "XXV"),
    29: ("twenty nine", "twenty-ninth", "29th", "XXIX"),
    33: ("thirty-three", "thirty third", "33rd", "XXXIII"),
    44: ("forty-four", "Forty Four", "44th", "XLIV"),
}


def numbers(rng: random.Random, pool: Pool) -> Iterator[Pair]:
    """Numbers in words, ordinals, Roman numerals; leetspeak."""
    made = 0
    for e in _pick(
        rng, pool.entries, lambda e: bool(re.search(r"\b(\d{1,2})(ST|ND|RD|TH)?\b", e.name))
    ):
        m = re.search(r"\b(\d{1,2})(ST|ND|RD|TH)?\b", e.name)
        assert m is not None
        value = int(m.group(1))
        if value not in WORDS:
            continue
        for spelt in WORDS[value][:2]:
            yield Pair(
                "numbers", e.name[: m.start()] + spelt + e.name[m.end() :], e.name, 1, e.kind
            )
        other = (value % 40) + 2 if value + 1 not in WORDS else value + 1
        yield Pair(
            "numbers", e.name[: m.start()] + str(other) + e.name[m.end() :], e.name, 0, e.kind
        )
        made += 1
    for e in _pick(rng, pool.entries, lambda e: e.kind in ("person", "organization")):
        shown = natural(e.name)
        words = [w for w in _tokens(shown) if len(w) >= 4 and w.isalpha()]
        if not words:
            continue
        w = rng.choice(words)
        table = LEET if made % 2 else LEET_MORE
        leet = w.translate(LEET) if made % 2 else w[0] + w[1:-1].translate(LEET_MORE) + w[-1]
        if leet == w:
            table, leet = LEET, w.translate(LEET)
        yield Pair("numbers", shown.replace(w, leet, 1), e.name, 1, e.kind)
        other = pool.lookalike(rng, e)
        if other is not None:
            yield Pair("numbers", natural(other.name).translate(table), e.name, 0, e.kind)
        made += 1
        if made >= PER * 2:
            return


# Legal forms spelt out in their own languages (written for the benchmark from
# company registers' usage; independent of the product's table).
SPELT_FORMS = (
    "Общество с ограниченной ответственностью",
    "Акционерное общество",
    "Публичное акционерное общество",
    "Aktiengesellschaft",
    "Gesellschaft mit beschränkter Haftung",
    "Societatea cu răspundere limitată",
    "public limited company",
    "Limited Liability Company",
    "Sociedad Anónima",
    "Sociedad de Responsabilidad Limitada",
    "Société à responsabilité limitée",
    "Société Anonyme",
    "Società a responsabilità limitata",
    "Società per azioni",
    "Besloten Vennootschap",
    "Spółka z ograniczoną odpowiedzialnością",
    "Anonim Şirketi",
    "Limited Şirketi",
    "Kabushiki Kaisha",
    "Private Limited Company",
    "Joint Stock Company",
    "Товариство з обмеженою відповідальністю",
    "Aktiebolag",
    "Osakeyhtiö",
    "Sdn. Bhd.",
    "Company Limited",
    "Pte. Ltd.",
    "S.A. de C.V.",
)


def legal_forms(rng: random.Random, pool: Pool) -> Iterator[Pair]:
    made = 0
    for e in _pick(rng, pool.entries, lambda e: e.kind == "organization" and len(e.name) < 45):
        form = SPELT_FORMS[made % len(SPELT_FORMS)]
        base = re.sub(r"[,.]?\s*\b(LTD|LIMITED|S\.?A|LLC|INC|CO|GMBH|C\.?A|LTDA)\b\.?$", "", e.name)
        shown = f"{form} {base}" if made % 2 else f"{base} {form}"
        yield Pair("legal_form", shown, e.name, 1, "organization")
        other = pool.lookalike(rng, e)
        if other is not None:
            yield Pair("legal_form", f"{other.name} {form}", e.name, 0, "organization")
        made += 1
        if made >= PER * 2:
            return


def cross_script(rng: random.Random, pairs: list[tuple[str, str]]) -> Iterator[Pair]:
    """UN-listed names in original script against their Latin names, and against
    another listed name sharing a word; every third one also the other way round
    (a Latin query against the name in original script, which the UN list carries
    as an alias)."""
    by_word: dict[str, list[int]] = {}
    for i, (latin, _) in enumerate(pairs):
        for w in sorted(set(latin.lower().split())):
            by_word.setdefault(w, []).append(i)
    order = list(range(len(pairs)))
    rng.shuffle(order)
    for n, i in enumerate(order[: PER * 2]):
        latin, original = pairs[i]
        both = n % 3 == 0
        yield Pair("cross_script", original, latin, 1, "person")
        if both:
            yield Pair("cross_script", latin, original, 1, "person")
        words = latin.lower().split()
        rng.shuffle(words)
        for w in words:
            others = [j for j in by_word[w] if pairs[j][0] != latin]
            if others:
                other = pairs[rng.choice(others)]
                yield Pair("cross_script", other[1], latin, 0, "person")
                if both:
                    yield Pair("cross_script", other[0], original, 0, "person")
                break


def acronyms(rng: random.Random, pool: Pool) -> Iterator[Pair]:
    """An organisation's acronym alias against its full name (OFAC gives both)."""
    made = 0
    entries = [e for e in pool.entries if e.kind == "organization"]
    rng.shuffle(entries)
    for e in entries:
        short = [a for a in e.aliases if re.fullmatch(r"[A-Z]{3,6}", a)]
        full = [n for n in (e.name, *e.aliases) if len(n.split()) >= 3]
        if not short or not full:
            continue
        words = [
            w
            for w in re.findall(r"[A-Z]+", full[0])
            if w not in ("OF", "THE", "AND", "FOR", "DE", "LA", "DEL")
        ]
        if "".join(w[0] for w in words) != short[0]:
            continue
        yield Pair("nickname", short[0], full[0], 1, "organization")
        other = pool.lookalike(rng, e)
        if other is not None:
            yield Pair("nickname", short[0], other.name, 0, "organization")
        made += 1


def over_match(rng: random.Random, pool: Pool) -> Iterator[Pair]:
    """Single-word vessel names inside two-word consignees; long names differing in
    one distinctive part; and, as matches, the same names reordered; and two-word
    names whose initials spell a listed two-letter alias ("Shifal Logistics", "SL")."""
    # (drawn with a generator of its own: the other patterns' pairs stay as they were)
    yield from _two_letter_aliases(random.Random(len(pool.entries)), pool)
    made = 0
    for e in _pick(rng, pool.entries, lambda e: e.kind == "vessel" and e.name.isalpha()):
        yield Pair("over_match", f"{e.name.title()} {invented(rng)}", e.name, 0, "vessel")
        yield Pair("over_match", f"M/V {e.name}", e.name, 1, "vessel")
        made += 1
        if made >= PER:
            break
    made = 0
    for e in _pick(rng, pool.entries, lambda e: e.kind == "person" and len(_tokens(e.name)) >= 4):
        words = _tokens(natural(e.name))
        distinct = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
        if len(distinct) < 3:
            continue
        i = rng.choice(distinct[1:])
        other = pool.lookalike(rng, e)
        swap = invented(rng).upper()
        if other is not None:
            ow = [w for w in _tokens(other.name) if len(w) >= 4 and w.upper() not in e.name.upper()]
            swap = rng.choice(ow) if ow else swap
        changed = [*words[:i], swap, *words[i + 1 :]]
        yield Pair("over_match", " ".join(changed), e.name, 0, "person")
        yield Pair("over_match", " ".join(words[1:] + words[:1]), e.name, 1, "person")
        made += 1
        if made >= PER:
            break


def _two_letter_aliases(rng: random.Random, pool: Pool) -> Iterator[Pair]:
    """Two invented words with the letters of a listed two-letter alias as initials:
    two letters are no evidence (the OFAC SDN lists dozens such aliases)."""
    made = 0
    weak = load_weak_aliases()
    two = {
        e.id: [a for a in weak.get(e.id, ()) if len(a) == 2 and a.isalpha()] for e in pool.entries
    }
    for e in _pick(rng, pool.entries, lambda e: bool(two[e.id])):
        short = two[e.id][0]
        words = [f"{letter}{invented(rng)[1:].lower()}" for letter in short.upper()]
        yield Pair("over_match", " ".join(words).title(), short, 0, e.kind)
        made += 1
        if made >= PER // 2:
            break


ABBREVIATIONS = {
    "INTERNATIONAL": "Intl",
    "CORPORATION": "Corp",
    "COMPANY": "Co",
    "MANUFACTURING": "Mfg",
    "INDUSTRIES": "Inds",
    "INDUSTRIAL": "Ind",
    "BROTHERS": "Bros",
    "ASSOCIATION": "Assn",
    "NATIONAL": "Natl",
    "DEPARTMENT": "Dept",
    "TECHNOLOGY": "Tech",
    "ENGINEERING": "Eng",
    "MANAGEMENT": "Mgmt",
    "SERVICES": "Svcs",
    "GROUP": "Grp",
    "HOLDINGS": "Hldgs",
    "DEVELOPMENT": "Dev",
    "ESTABLISHMENT": "Est",
}


def abbreviations(rng: random.Random, pool: Pool) -> Iterator[Pair]:
    """Generic words written short ('Intl', 'Corp', 'Mfg')."""
    made = 0

    def abbreviate(name: str) -> str | None:
        words = _tokens(name)
        hits = [i for i, w in enumerate(words) if w.upper() in ABBREVIATIONS]
        if not hits:
            return None
        for i in hits:
            words[i] = ABBREVIATIONS[words[i].upper()]
        return " ".join(words)

    for e in _pick(rng, pool.entries, lambda e: e.kind == "organization"):
        shown = abbreviate(e.name)
        if shown is None:
            continue
        yield Pair("nickname", shown, e.name, 1, "organization")
        other = pool.lookalike(rng, e)
        if other is not None:
            yield Pair("nickname", abbreviate(other.name) or other.name, e.name, 0, "organization")
        made += 1
        if made >= PER:
            return


def _initialled(family: list[str], given: list[str], style: int) -> str:
    """Given names written as initials, the way party texts write them."""
    letters = [g[0].upper() for g in given]
    if style == 0:  # "J. Juncker": the first given name only
        return f"{letters[0]}. {' '.join(family)}"
    if style == 1:  # "J.-C. Juncker", "J. C. Juncker"
        sep = ".-" if len(given) == 2 else ". "
        return f"{sep.join(letters)}. {' '.join(family)}"
    if style == 2:  # "JC Juncker"
        return f"{''.join(letters)} {' '.join(family)}"
    # "Juncker, Jean C.": the first given name in full, the others as initials
    return f"{' '.join(family)}, {given[0]} {'. '.join(letters[1:])}."


def initials(rng: random.Random, pool: Pool) -> Iterator[Pair]:
    """A person's given names as initials ("J.-C. Juncker", "JC Juncker", "Frost,
    William G."); look-alikes: another person of the same family name written the
    same way, and the listed person with a middle initial that is not theirs."""
    made = 0
    for e in _pick(rng, pool.entries, lambda e: e.kind == "person" and e.name.count(",") == 1):
        family, given = (p.split() for p in e.name.split(","))
        given = [g for g in given if g.isalpha() and len(g) >= 3]
        if not family or not given or not all(f.replace("-", "").isalpha() for f in family):
            continue
        style = made % 4 if len(given) >= 2 else 0
        shown = _initialled(family, given[:3], style)
        yield Pair("initials", shown, e.name, 1, "person")
        if len(given) >= 2:  # a middle initial that is not the listed middle name's
            wrong = rng.choice([c for c in "ABDEGHJKLMNPRSTVW" if c != given[1][0].upper()])
            yield Pair("initials", f"{given[0]} {wrong}. {' '.join(family)}", e.name, 0, "person")
        other = pool.lookalike(rng, e)
        if other is not None and other.name.count(",") == 1:
            of, og = (p.split() for p in other.name.split(","))
            og = [g for g in og if g.isalpha() and len(g) >= 3]
            shape = style if len(og) >= 2 else 0
            shown_letters = 1 if shape == 0 else 3  # the initials the rendering shows
            mine = [g[0] for g in given[:shown_letters]]
            if of and og and [g[0] for g in og[:shown_letters]] != mine:
                yield Pair("initials", _initialled(of, og[:3], shape), e.name, 0, "person")
        made += 1
        if made >= PER * 2:
            return
