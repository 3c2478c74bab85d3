"""Is a goods term found in a Latin-script description evidence of its rule's goods?

A term is evidence only in its context (see `structure.py` for how the context
is read).  It is not when:

* negation governs it, or either end of it when its words stand apart ("lasers, other
  than laser diodes"; "printers, other than 3D printers" is no "3D printer" read head
  first);
* it sits in a complement of another thing ("refrigerators for storing vaccines", "cards
  incorporating an integrated circuit"), unless that thing is a part of the goods
  ("parts of integrated circuits"), for a rule whose goods are machines, a machine
  ("equipment for crude oil refining"), a measure or a lot of the goods ("2 t of TNT",
  "samples of memory chips": `measures.py`), a place, what is asked or paid for
  ("Licence fee for AI software"), or technology for the goods ("process know-how
  for semiconductor wafer fab", see `technology.py`);
* it is quoted as a document declared it and a later word corrects it ('Declared
  "diamonds"; actually industrial diamond powder': `claimed.py`);
* it qualifies a later head noun of another kind ("LED lamps": a lamp; "chip resistors":
  a resistor), unless that noun is technology for the goods ("robotics software
  licence"); fillers, neutral heads ("semiconductor devices", the forms goods come in
  and the parts of a machine's own structure: "TNT flakes", "microscope column"), the
  words before such a head that name a property ("IGBT power module": an attribute or a
  quantity, by WordNet's first sense), words of the rule's own terms, part numbers,
  participles and what a machine does ("trailer-mounted", "robot welding workstation"),
  and words that are no English word (brands, Russian; a Latin word after a Russian
  term) do not count as another head, nor do a code, a place, an animal (what it is for:
  "vaccine swine"), or any word after an English term in the plural ("semiconductor
  wafers batchA", "robot Moscow", "integrated circuits KESTREL"); a word no word list
  knows keeps the term at review (`text/wordlike.py`);
* it is quoted after a noun of other goods ("poster 'How vaccines work'", `titles.py`),
  or a food's name makes it a food ("lemon wafers", `foods.py`);
* words of another trade stand in the same clause ("waffles and wafers", "wood in
  chips", "turnings, shavings, chips"); a term of several words ("memory chips") only
  yields to them in its own phrase or under a heading they stand in ("Palm oil: crude
  oil"), so "potato chips and memory chips" still names chips.

Each verdict comes with the reason, in words a reviewer reads.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from screen.matching.claimed import corrected, found
from screen.matching.components import as_part
from screen.matching.depictions import depicted
from screen.matching.foods import food_before
from screen.matching.goods import REVIEW, Goods
from screen.matching.lexicon import lexicon, qualifier
from screen.matching.measures import is_measure
from screen.matching.names.places import is_place_name
from screen.matching.shape import Structure
from screen.matching.technology import carried, technology, technology_after, technology_at
from screen.matching.titles import TITLES, quoted_title, titled
from screen.text.english import is_german_word, is_romance_word, noun_kind
from screen.text.tokens import singular
from screen.text.wordlike import code_like, cyrillic_word, known_word, listed_word, shouted

NEGATED = " is negated by "  # in every negation verdict ("non-electric" negates "electric")
APART = " name different things "  # in every verdict of `apart`
UNREAD = ", a word no word list knows" + REVIEW
SHOUTED = ", a word in capitals: a name or a code" + REVIEW
READ = 12  # words after a term read for its head (see `judge_latin`)
NAMING = frozenset("project projekt proyecto projet progetto projeto operation codename".split())
DEEP = 48  # words of a description no list holds read as slips and compounds (`_unknown`)
ACRONYM = 5  # letters of the longest acronym ("FPGA"): a term's word of no language


def _unknown(s: Structure, i: int) -> bool:
    """Does no word list know token i, nor a word it is a slip of or a compound of?
    Past `DEEP` such words in a description, one no list holds is unknown without
    reading it as a slip or a compound (each costs dozens of lookups: a hostile row of
    a thousand made-up words after its terms took seconds); the hit is a review."""
    key, text = s.keys[i], s.texts[i]
    if listed_word(key) or listed_word(text):
        return False
    if s.read_deep >= DEEP:
        return True
    s.read_deep += 1
    return not known_word(key) and not known_word(text)


def _article(word: str) -> str:
    return ("an " if word[:1] in "aeiou" else "a ") + word


def _romance_qualifier(
    s: Structure, i: int, last: int, is_english: Callable[[str], bool], romance_term: bool
) -> bool:
    """Does token i, after a term ending at `last`, qualify it as French, Spanish,
    Italian and Portuguese put qualifiers after the noun?  After any term, a word of
    theirs that is no English or German word ("transistors bipolaires", "robot
    industriali antropomorfi"); after a term of theirs, also a word of theirs that
    is one ("groupe électrogène diesel", "semi-conducteurs discrets") and a word of
    no language known here (a rarer adjective: "vaccin antirabique"; a brand); never
    a word joined to the term by a hyphen, which heads a compound
    ("Diamant-Trennscheibe" is a German cutting disc)."""
    key = s.keys[i]
    if i == last + 1 and s.hyphened[i]:
        return False
    other = is_english(key) or is_german_word(key)
    if not romance_term:
        return is_romance_word(key) and not other
    return is_romance_word(key) or not other


def negated(s: Structure, first: int, last: int, words: tuple[str, ...]) -> str:
    """The cue that negates a term hit on tokens first..last, "" when none.  A term
    put together across a negation ("electronic components, excluding integrated
    circuits") is negated when either end of it is, unless the cue is the term's
    own words ("microscopes other than optical")."""
    cue = s.negated[first] or s.negated[last]
    if cue and not s.negated[first] and {singular(w) for w in cue.split()} <= set(words):
        return ""
    return cue


def split(s: Structure, first: int, last: int, words: tuple[str, ...]) -> bool:
    """Do tokens first..last, in their own order, lie in different phrases with no
    word of `words` between them to join them ("vaccine | with syringes", "3D
    printers | and filament"; not "filament for 3D printer")?  An exclusion met so
    names no goods: the goods it excludes are not there, only a list of goods."""
    if s.phrase[first] == s.phrase[last]:
        return False
    return not any(
        (s.phrase[i] < 0 and s.keys[i] in words) or s.elided[i]  # "générateur d'ozone"
        for i in range(first + 1, last + 1)
    )


def apart(
    s: Structure, first: int, last: int, words: tuple[str, ...], quote: Callable[[int, int], str]
) -> str:
    """Why a term put together in its own order (its head last: not "equipment for
    crude oil refining") from words of two things is none of
    them, "" when it is not: its last word stands in a complement opened by a word
    that is not the term's own ("Diesel fuel | for generators" holds no diesel
    generator; "machines for the manufacture of semiconductor wafers" does)."""
    one, other = s.phrase[first], s.phrase[last]
    if one < 0 or other < 0 or one == other or len(words) < 2:
        return ""
    marker = s.phrases[other].marker
    if not marker or marker in words:
        return ""
    return (
        f"'{quote(first, last)}': '{quote(first, first)}' and '{quote(last, last)}' "
        f"{APART.strip()} ('{marker}' stands between them)"
    )


def judge_latin(
    s: Structure,
    first: int,
    last: int,
    goods: Goods,
    quote: Callable[[int, int], str],
    is_english: Callable[[str], bool],
    own: Callable[[str], bool],
    single: bool,
    negation: str,
    head_first: bool = False,
) -> str:
    """ "" when the term hit on tokens first..last is evidence, else the reason;
    `negation` is the cue that negates the term ("" when none, see `negated`);
    `head_first` says the term is French, Spanish, Italian or Portuguese, which put
    what qualifies a noun after it (see `_romance_qualifier`)."""
    lex = lexicon()
    keys = s.keys
    what = quote(first, last)
    cue = negation
    if cue:
        return f"'{what}'{NEGATED}'{cue}'"
    if claim := corrected(s, first, last, quote):
        return claim  # ('Declared "diamonds"; actually industrial diamond powder')
    if (title := quoted_title(s, first, last, goods.words)) >= 0:
        return f"'{what}' in quotes after '{quote(title, title)}': its title or print"
    if shown := food_before(s, first, last, goods, quote) or depicted(s, first, last, goods, quote):
        return shown  # ("lemon wafers": a food, as "chocolate wafer"; "dummy detonators")
    number = s.phrase[first]
    phrase = s.phrases[number] if number >= 0 else None
    if phrase is not None and phrase.marker and phrase.parent is not None:
        owner = keys[phrase.parent]
        fits = (
            lex.part_head.has(owner)
            or (goods.equipment and lex.equipment_head.has(owner))
            or (phrase.marker == "of" and is_measure(s, phrase.parent))  # ("500 kg of TNT")
            or is_place_name(owner)  # ("fab in Shenzhen requests quotation for ...")
            or lex.request.has(owner)  # what is asked or paid for ("Licence fee for")
            or found(s, phrase.parent, first)  # ("boxes ... found to contain vaccine")
            or carried(s, phrase.parent, first, last)  # ("USB drive with AI software")
            or lex.time_or_pronoun.has(owner)  # ("the PO this morning for 3 robots")
        )
        where = f"after '{quote(phrase.parent, first - 1)}'"
        part = "" if fits else as_part(goods, phrase.marker, owner, (what, keys[last]), where)
        if part:
            return part  # ("wafer chuck for ArF lithography scanner": review)
        if not fits and not technology(s, first, quote):
            if s.hyphened[phrase.parent]:  # "know-how", not "how"
                owner = quote(phrase.parent - 1, phrase.parent).lower()
            return (
                f"'{what}' after '{quote(phrase.parent, first - 1)}': "
                f"{_article(owner)}, not {goods.noun}"
            )

    def keeps(key: str) -> bool:  # a word after the term that names no other goods
        return (
            lex.filler.has(key)
            or lex.neutral_head.has(key)
            or key in goods.words
            or own(key)
            or (goods.equipment and lex.equipment_head.has(key))
        )

    after = last + 1
    if (  # the second word of a compound heads it, in Russian too ("Чип-резисторы")
        after < len(keys)
        and s.hyphened[after]
        and s.phrase[after] == number
        and s.foreign[after]
        and keys[after].isalpha()
        and not keeps(keys[after])
        and cyrillic_word(quote(after, after), keys[after])
    ):
        return f"'{what}' inside '{quote(first, after)}': {quote(after, after)}, not {goods.noun}"
    capitals = -1  # the first word after it in capitals, the term not (`shouted`)
    unread = -1  # the first word after the term that no word list knows, when the
    # term's own word is listed (after "Patlayıcı", Turkish, the lists know no word)
    listed = (
        known_word(keys[last])
        or known_word(s.texts[last])
        or (len(keys[last]) <= ACRONYM and quote(last, last).isupper())  # "TNT", "CVD"
    )
    # an English term written in the plural heads its phrase: English qualifies a
    # noun with the singular ("wafer tweezers"), so the words after a plural name no
    # other goods ("integrated circuits KESTREL", "Microprocessors Falcon")
    plural = s.texts[last] != keys[last] and is_english(keys[last]) and not s.foreign[last]
    if phrase is not None and phrase.head is not None and phrase.head > last:
        # the words after the term up to its phrase's head, at most `READ` of them (no
        # noun phrase puts more between them; a hostile run-on phrase is read once)
        tokens = phrase.tokens
        for i in tokens[bisect_right(tokens, last) :]:
            if i > phrase.head or i > last + READ:
                break
            key = keys[i]
            if (
                keeps(key)
                or lex.time_or_pronoun.has(key)  # ("electron microscope next year")
                or (keys[i - 1] in NAMING and quote(i - 1, i).istitle())
            ):
                continue  # (a name: "Project Kalina"; not "operation manual")
            unknown = _unknown(s, i)
            if (
                code_like(quote(i, i), key, unknown)  # a code: no goods ("batchA")
                or is_place_name(key)  # where it goes: no goods ("robot Moscow")
                # a property of the goods before a head that keeps them ("IGBT power
                # module"; not "robot vision system"), by WordNet's first sense
                or (i < phrase.head and noun_kind(key) == "property")
                or noun_kind(key) == "animal"  # what it is for ("vaccine swine")
                or qualifier(key, lex, unknown=True)  # "Vaccine ... quadrivalent"
                or not key.isalpha()
                or key.endswith("ed")
                or (len(key) >= 6 and key.endswith("ing"))  # what it does ("welding")
                or s.foreign[i]
                or s.quoted[i] >= 0  # a name in quotes after it ('robot "Titan"')
                # a Latin word after a Russian term is a name (its head Russian too:
                # "3D-принтер Picaso Designer X")
                or s.foreign[first]
                or s.foreign[last]
                or _romance_qualifier(s, i, last, is_english, head_first)
                or not (len(key) >= 6 or is_english(key) or is_english(s.texts[i]))
            ):
                continue
            if plural:
                continue
            if unknown and listed:  # a word made up to hide the goods, or a noun of
                unread = i if unread < 0 else unread  # a language no list holds: review
                continue
            if listed and shouted(quote(i, i), key, what):  # "quantum computer MAPLE": review
                capitals = i if capitals < 0 else capitals
                continue
            made = goods.technology and technology_at(keys, phrase.head) >= 0  # ("AI-based X SDK")
            if made or technology_after(keys, i, phrase.head, keeps):
                break  # technology for the goods ("robotics software licence") or with them
            inside = f"inside '{quote(first, phrase.head)}'"
            owner = keys[phrase.head]
            return as_part(goods, "", owner, (what, keys[last]), inside) or (
                f"'{what}' {inside}: {_article(owner)}, not {goods.noun}"
            )
    for trade, start, end in s.trades.get(s.clause[first], ()):
        if all(k in goods.words for k in keys[start : end + 1]):
            continue  # the term's own words
        if (
            (titled(s, start) if trade in TITLES else single)
            or s.phrase[start] in (s.phrase[first], s.phrase[last])
            or (s.colons[start] < s.colons[first] and not s.in_complement(start))
        ):
            return f"'{what}' beside '{quote(start, end)}': goods of the {trade} trade"
    at, why = (unread, UNREAD) if unread >= 0 else (capitals, SHOUTED)
    return f"'{what}' before '{quote(at, at)}'{why}" if at >= 0 else ""
