"""A name reduced to the parts the scorer compares.

Every part keeps its form as written (normalised), a folded key for spelling
variants, other keys it may stand for (a nickname's full name, an abbreviation's
word, a leetspeak word's letters), a weight for how much it says about *which*
party it is, and a role (word, generic, place, particle, patronymic, initial, number).

A query is also cut into segments at the words that wrap a party in a longer text
("c/o", "on behalf of", commas before an address ...): a listed name standing whole
in one segment is found."""

from __future__ import annotations

from functools import lru_cache

from screen.matching.names.countryphrases import one_word_countries
from screen.matching.names.crafts import craft_text
from screen.matching.names.eponyms import namesake_titles
from screen.matching.names.fathers import father_ids
from screen.matching.names.fieldreadings import field_reading
from screen.matching.names.glued import split_glued
from screen.matching.names.hawar import hawar_readings
from screen.matching.names.legalforms import as_generic_word, is_legal_form, strip_legal_forms
from screen.matching.names.placeapart import place_apart
from screen.matching.names.places import where_not_which
from screen.matching.names.reduced import STOPWORDS, Part, Reduced
from screen.matching.names.spellings import joined_by_and, umlauted
from screen.matching.names.tables import (
    CJK_GENERIC,
    CJK_PLACES,
    GENERIC,
    KINDS,
    PARTICLES,
    PLACES,
    TITLES,
    cjk_residue,
    word_alts,
)
from screen.matching.names.truncated import abbreviated, contractions, cut_at, tail_of
from screen.matching.names.webnames import identifier_only, identifier_part, read_identifiers
from screen.matching.names.wrapped import parties_apart, unpadded, unpadded_pieces, wrapped_pieces
from screen.matching.names.written import written
from screen.text.arabicnames import SON_OF, ancestors, ezafe_dropped, split_compounds
from screen.text.conventions import russian_initials
from screen.text.latincases import query_cases
from screen.text.lazyre import deferred
from screen.text.lettercase import capital_i, small_lettered
from screen.text.namefold import fold
from screen.text.normalize import cjk_part, normalize, trademarks_blanked, unmixed
from screen.text.numbers import letter_numeral, numeric, symbol_letters, unleet
from screen.text.orgwords import (
    CJK_FORM_MARKS,
    CJK_LEGAL_FORMS,
    is_patronymic,
    join_letter_runs,
    spelt_out_joined,
)
from screen.text.parentage import kin_links
from screen.text.residue import letters_back
from screen.text.scriptnames import Reading, read_names
from screen.text.southslavic import south_slavic_latin
from screen.text.textcache import text_cache
from screen.text.zengin import full_width

# CJK words never read into Latin but as a kind's or a country's word (`tables`)
CJK_UNREAD = tuple(sorted({*CJK_GENERIC, *CJK_LEGAL_FORMS}, key=lambda w: (-len(w), w)))
GENERIC_WEIGHT = 0.2
PARTICLE_WEIGHT = 0.1
PATRONYMIC_WEIGHT = 0.5
INITIAL_WEIGHT = 0.3
# "abd" of an Arabic compound name ("Abd al-Rahman"): a word, the next says which name
COMPOUND_HEAD, COMPOUND_HEAD_WEIGHT = "abd", 0.3
MAX_PARTS = 40  # parts kept per segment: a longer text is not a name

_LATIN_TOKEN = deferred(r"[a-z0-9]+")
# "VladimirPutin", "GabrielMEJIA"; not a Gaelic name's "Mac" ("MacLintock": McLintock)
_CAMEL = deferred(r"(?<=[a-z]{2})(?<!\bMac)(?=[A-Z][a-z]|[A-Z]{2})")
# A French or Italian article or "of" elided before a vowel ("l'énergie", "d'Iran",
# "dell'Industria"): a word of its own, dropped as "the" and "of" weigh little; a
# capital D' begins a family name ("D'Amico", "D'ALESSANDRO") and stays.
_ELIDED = deferred(
    r"(?<![^\W\d_])(?:[lL]|d|[qQ]u|[dDnNsS]?[eE][lL][lL]|[aA][lL][lL]|[dD][aA][lL][lL])['’]"
    r"(?=[aeiouhyAEIOUHYÀ-ÖØ-öø-ÿ])"
)


def _part(token: str, how: str, read: dict[str, Reading], spelled: str = "") -> Part:
    if how == "number" or token.isdigit():
        return Part(token, token, (spelled,) if spelled else (), 1.0, "number", how)
    readings = unleet(token)
    if readings:
        token, how = readings[0], "leetspeak"
    key = fold(token)
    alts = (*(fold(r) for r in readings[1:]), *word_alts(token))
    skel: tuple[str, ...] = ()
    reading = read.get(token)
    if reading is not None:
        how = "skeleton" if reading.letters_only else reading.how
        alts = (*alts, *(fold(w) for w in reading.forms[1:]))
        skel = reading.skeletons
        if reading.letters_only:
            if token in GENERIC:  # ("shrkh" شركة, "mussh" مؤسسة): what kind, never which
                return Part(token, key, (), GENERIC_WEIGHT, "generic", how)
            return Part(token, key, (), 1.0, "word", how, skel)
    if len(token) == 1:
        return Part(token, key, letter_numeral(token), INITIAL_WEIGHT, "initial", how)
    if token in PARTICLES:
        return Part(token, key, alts, PARTICLE_WEIGHT, "particle", how, skel)
    if token == COMPOUND_HEAD:
        return Part(token, key, alts, COMPOUND_HEAD_WEIGHT, "word", how, skel)
    if token in GENERIC:
        role = "place" if token in PLACES else "generic"
        return Part(token, key, alts, GENERIC_WEIGHT, role, how, skel)
    if generic := as_generic_word(token):  # ("Internatinal": a typo of a generic word)
        return Part(token, fold(generic), word_alts(generic), GENERIC_WEIGHT, "generic", "typo")
    if is_patronymic(token) or (reading and any(map(is_patronymic, reading.forms[1:]))):
        alts = (*alts, *father_ids(token))  # (Petrovichu: a case's, Aliaksandravich)
        return Part(token, key, alts, PATRONYMIC_WEIGHT, "patronymic", how, skel)
    return Part(token, key, alts, 1.0, "word", how, skel)


@lru_cache(maxsize=65536)
def _latin_part(token: str, how: str, spelled: str) -> Part:
    """A part of a text with nothing read from another script: one per distinct word."""
    return _part(token, how, {}, spelled)


def _tokens(text: str, query: bool = False) -> tuple[list[Part], str, bool]:
    """The parts of a text, its CJK text, and whether a legal form was dropped; a
    query's country names of several words read as one (a listed name is indexed
    both ways: `rows.country_variant`)."""
    if "'" in text or "’" in text:
        text = _ELIDED.sub(" ", text)
    text = kin_links(text)  # ("S/O", "fils de": another person's names after)
    text = ezafe_dropped(spelt_out_joined(symbol_letters(text)) if query else text)  # ("M@H@N")
    if not text.isascii():  # (a word of mixed scripts in one first: "ΡΕΤRΟ" petro)
        text = south_slavic_latin(unmixed(full_width(text)))  # (full_width: "ｲｹﾀﾞ")
    latin, read = read_names(text, CJK_UNREAD, CJK_PLACES, KINDS)
    latin = joined_by_and(latin)  # ("A & C", "A and C": the same firm)
    if not text.isascii():
        read = {**umlauted(latin), **hawar_readings(latin), **read}
    cased, stops = query_cases(text) if query else ({}, frozenset())
    read = {**cased, **read}  # ("для Сбербанка": for Sberbank, in the genitive)
    norm = normalize(_CAMEL.sub(" ", latin))
    tokens = split_glued(_LATIN_TOKEN.findall(norm), text)
    named = strip_legal_forms(tokens)
    formed = len(named) < len(tokens)
    while formed and len(named) > 1 and "and" in (named[0], named[-1]):  # ("Mitsui & Co")
        named = named[1:] if named[0] == "and" else named[:-1]
    raw = join_letter_runs(
        [t for t in named if t not in stops] if stops else named
    )  # ("U.S.S.R.": "ussr", no "u s" of the United States)
    raw = split_compounds(one_word_countries(raw) if query else raw)
    raw = unpadded(raw, STOPWORDS)[:MAX_PARTS] if len(raw) > MAX_PARTS else raw
    parts = [
        _part(t, how, read, spelled) if read else _latin_part(t, how, spelled)
        for t, how, spelled in numeric(raw, frozenset(read))
    ]
    _articles(parts)
    if not any(p.role in ("word", "number") or (p.role == "generic" and p.how) for p in parts):
        # a country read from CJK says which party only beside a name or a kind of
        # firm read too ("고려항공" Koryo Airlines): alone ("ロシア" of ロシア農業銀行,
        # its kanji unread) the CJK text decides
        parts = [p for p in parts if not (p.role == "place" and p.how == "transliterated")]
    # "・" only divides a foreign name's words: ガスプロム・バンク is ガスプロムバンク
    return parts, cjk_part(norm).replace("・", ""), formed


def _articles(parts: list[Part]) -> None:
    """A particle after "abd" or another particle ("Abd al", "Abdul", "Abu al",
    "bin al"), or between two names ("Omar al Bashir", "Mohamed ben Salah") is an
    article or a link: it stands for no name as a word first or last may ("Al"
    Capone, "CAPONE, Al" is Alphonse), so it keeps no nickname or variant readings."""
    for i in range(1, len(parts)):
        p, before = parts[i], parts[i - 1]
        linked = before.role == "particle" or before.form == COMPOUND_HEAD
        between = i + 1 < len(parts) and before.form not in TITLES  # ("Mr Al Smith")
        if p.role == "particle" and p.alts and not p.how and (linked or between):
            parts[i] = p._replace(alts=())


@lru_cache(maxsize=65536)
def _head_size(head: str) -> int:
    """The parts of a listed person's family name (before the comma): once per
    distinct family name, which a family's entries and aliases share."""
    return len(_tokens(head)[0])


def _lineage(parts: list[Part], family: frozenset[int] = frozenset()) -> list[Part]:
    """Ancestors' given names in a lineage (nasab) weigh as patronymics (another in
    their place counts against, their absence little): `ancestors` of the given
    names, every link's when the family name stands apart (`family`)."""
    if not family and not any(p.form in SON_OF for p in parts):
        return parts  # (no "son of", no lineage: the common case)
    given = [i for i in range(len(parts)) if i not in family]
    for k in ancestors([parts[i].form for i in given], every=bool(family)):
        i = given[k]
        if parts[i].role == "word" and parts[i].form != COMPOUND_HEAD:
            parts[i] = parts[i]._replace(weight=PATRONYMIC_WEIGHT, role="patronymic")
    return parts


ACRONYM_MIN = 3  # letters of the shortest acronym that may stand for a listed name


def reduce_listed(text: str, person: bool) -> Reduced:
    """A listed name: one segment; "FAMILY, Given" marks the family name of a person;
    an address or code the list gives as a name, its identifiers (`webnames.py`).
    Not cached: each listed name is reduced once, when its list is indexed."""
    if identifiers := identifier_only(text):
        return Reduced(tuple(map(identifier_part, identifiers)), "", (), frozenset(), "", {})
    parts, cjk, _formed = _tokens(text)
    family: frozenset[int] = frozenset()
    if person and text.count(",") == 1:
        size = _head_size(text.split(",")[0])
        if 0 < size < len(parts):
            family = frozenset(range(size))
            # a family name ending as a patronymic does is the family's ("ABRAMOVICH, Roman")
            for i in family:
                if parts[i].role == "patronymic":
                    parts[i] = parts[i]._replace(weight=1.0, role="word")
    parts = where_not_which(_lineage(parts, family), GENERIC_WEIGHT, person)
    parts = namesake_titles(parts, person)  # (SHAHID KHARRAZI INDUSTRIES)
    words = [t for t in _LATIN_TOKEN.findall(normalize(text)) if t not in STOPWORDS]
    letters = "".join(t[0] for t in words) if len(words) >= 2 else ""
    if any(t.isdigit() for t in words):
        letters = ""
    # three letters stand for a name only when they are its three words' initials,
    # none a legal form's or an article's: one three-letter company name in sixteen
    # spelt some listed name's so ("NEC" Novin Energy Company, "ABB" Al-Barakaat
    # Bank, "OKI" OJSC Kontsern Izhmash); "PLA" still stands for People's
    # Liberation Army, "DIO" for Defense Industries Organization (and `score.py`
    # scores such an acronym a review, never a block)
    named = [p for p in parts if p.form not in STOPWORDS]  # ("NASCO POLYMERS & CHEMICALS")
    if len(letters) == ACRONYM_MIN and not (
        len(named) == ACRONYM_MIN and all(p.role in ("word", "generic", "title") for p in named)
    ):
        letters = ""
    skeletal = any(p.skel for p in parts)
    return Reduced(tuple(parts), cjk_residue(cjk), (), family, letters, {}, skeletal)


def _forms_only(tokens: list[str]) -> bool:
    """Whether a piece is legal forms only: one, or several ("S.A. LLC")."""
    return is_legal_form(tokens) or is_legal_form(strip_legal_forms(tokens))


@text_cache(65536)  # (a 10,000-character consignee among 16 only)
def reduce_query(text: str) -> Reduced:
    """A party text as a consignee field gives it, with its wrapped segments."""
    if not text.isascii():  # ("(주)", "㈱": a legal form, not a wrapped segment)
        text = CJK_FORM_MARKS.sub(" ", text)
    # addresses and codes: identifiers, and the names they spell, segments of their own
    text, identifiers, spelt = read_identifiers(trademarks_blanked(field_reading(text)))
    text = kin_links(capital_i(russian_initials(craft_text(letters_back(text)))))  # ("S/O")
    pieces = [*wrapped_pieces(place_apart(text)), *spelt]  # ("Azimut LLC Moscow")
    if len(pieces) == 1 and pieces[0] == text and not identifiers:
        parts, cjk, formed = _tokens(text, True)
        parts = _lineage(parts)
        skeletal, whole = any(p.skel for p in parts), tuple(parts)
        cased, cut, tail = small_lettered(text), cut_at(text, whole, ()), tail_of(text)
        return Reduced(
            whole, cjk, (), frozenset(), "", written(whole), skeletal, formed, cased, cut, tail
        )._replace(stopped=abbreviated(text, whole), contracted=contractions(whole))
    # a legal form standing apart ("Acme Trading Co., Ltd.") is the name's, not a party
    named = [p for p in pieces if not _forms_only(_LATIN_TOKEN.findall(normalize(p)))]
    named = unpadded_pieces(named, MAX_PARTS * 2)
    parts, segments, cjks = [], [], []
    others, apart = parties_apart(text), []
    forms = len(named) < len(pieces)
    for piece in named or pieces:
        found, cjk, formed = _tokens(piece, True)
        forms = forms or formed
        found = _lineage(found)
        if found:
            apart += [len(parts)] if piece in others else []
            segments.append((len(parts), len(parts) + len(found)))
            parts.extend(found)
        cjks.append(cjk)
    for identifier in identifiers:
        segments.append((len(parts), len(parts) + 1))
        parts.append(identifier_part(identifier))
    kept = [s for s in segments if s[1] <= MAX_PARTS * 2]
    kept_parts = tuple(parts[: MAX_PARTS * 2])
    return Reduced(
        kept_parts,
        "".join(cjks),
        tuple(kept) if len(kept) > 1 else (),
        frozenset(),
        "",
        written(kept_parts),
        any(p.skel for p in kept_parts),
        forms,
        small_lettered(text),
        cut_at(text, kept_parts, tuple(kept)),
        tail_of(text),
        tuple(apart),
        abbreviated(text, kept_parts),
        contractions(kept_parts),
    )
