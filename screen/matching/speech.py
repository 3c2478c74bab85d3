"""Words of speech around the goods in mails, chats and notes.

A description written as a sentence holds clauses of speech after the goods: "wafer
inspection system will ship to Hefei", "do u have any used kuka robot arms", "emulsion
explosive delivers unmatched fragmentation".  Such a clause ends the noun phrase
before it, whose head names the goods ("will ship": no ship).  Only closed classes
start one, and a verb no dictionary has as a noun:

* auxiliaries and modals ("will", "is", "have"; "can", "do" and "may" only before a
  subject or "not": "oil can", "May 2025"), subject pronouns ("we", "u");
* verbs of asking ("asking", "wants"; "needs" not after "for": "for industrial needs"
  says what the goods are for);
* a verb in the third person that the SPECIALIST Lexicon has as no noun ("delivers",
  "confirms", "contains"; not "various"), or any word in -s before a determiner
  ("offers the industry's largest build volume"), and a word in -ed (or "said",
  "told", "wrote") before one or "that", a verb of saying before a figure too
  ("confirmed a lot of Intel Core i7 processors", "signed the PO", "reported that
  ICs were shipped", "Acme said 20 of its robots were delivered");
* a participle after a noun, before a preposition ("vaccine rejected due to
  temperature excursion": `after_goods`).

A question's verb after its subject ends the subject's phrase too ("Does the used Kuka
robot include teach pendant?"), and the words after "consisting of", "comprising" are
the goods, no complement of the system they make up.

The short Russian, Polish and Czech prepositions written in Latin letters ("so",
"do", "na", "po") open a complement, and Spanish, Portuguese and French "sin", "sem",
"sans" negate, only before a word that is no English word: an English text writes
them as words of its own ("ok so the fpga chips", "a used sem scanning electron
microscope").
"""

from __future__ import annotations

from screen.matching.lexicon import Lexicon, participle
from screen.text.english import is_english_form, is_qualifier_word

AUXILIARIES = frozenset(
    "will would shall should could must might is are was were be been being has have had"
    " does did dont doesnt didnt wont cant cannot isnt arent wasnt werent wouldnt"
    " shouldnt couldnt".split()
)
SUBJECTS = frozenset("we you u they he she".split())
QUESTION_OPENERS = frozenset("is are was were does do did can could will would has have".split())
# words after which a system's or a plant's parts are listed: the goods themselves
# ("Robotic palletising cell consisting of 4-axis industrial robot, controller ...")
COMPOSED = frozenset("consisting consists composed comprising comprises comprised".split())
QUESTIONED = frozenset("can do may".split())  # auxiliaries only before a subject or "not"
ASKING = frozenset("asking asks seeking seeks wants wanted looking searching needs".split())
# the prepositions that say what goods are for ("Tray for DRAM chips": a packing for
# goods is a packing, `structure.py`; "for industrial needs")
PURPOSE = frozenset({"for", "dlya", "fur", "fuer", "pour"})
# after a word in -s, a determiner says the word is a verb ("machine offers the
# industry's largest build volume"); a noun in the plural is not followed by one
_DETERMINERS = frozenset("the a an our your their its this these those".split())
# verbs of saying in the past, before a figure too ("said 20 of its robots"; not
# "regrind from failed 3D prints"); "the said robots": an adjective
SAID = frozenset("said told wrote reported announced stated confirmed noted added".split())
SLAVIC = frozenset("s so na iz v po ot pod do z ze w ve".split())
WITHOUT = frozenset("sin sem sans hors".split())  # negations read as written only


def clause_word(texts: list[str], i: int, marker: str) -> bool:
    """Does token i (`texts`: the tokens as written, normalised) start a clause of
    speech?  `marker` opened the phrase it would join ("for": "for industrial needs")."""
    word = texts[i].lower()
    if word in AUXILIARIES or word in SUBJECTS:
        return True
    if word in QUESTIONED:
        after = texts[i + 1].lower() if i + 1 < len(texts) else ""
        return after in SUBJECTS or after in ("not", "nt")
    if word in ASKING:
        return not (word == "needs" and marker in PURPOSE)
    after = texts[i + 1].lower() if i + 1 < len(texts) else ""
    if (len(word) >= 5 and word.endswith("ed") and word.isalpha()) or word in SAID:
        # a verb in the past ("confirmed a lot of"), or of saying, before what it says
        # ("Acme said 20 of its robots", "reported that ICs were delivered")
        return after in _DETERMINERS or after == "that" or (word in SAID and after[:1].isdigit())
    if len(word) <= 3 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return False
    return word.isalpha() and (is_qualifier_word(word) or after in _DETERMINERS)


def english_not_foreign(keys: list[str], i: int) -> bool:
    """Is the short foreign word at token i (a Slavic preposition, or "sin", "sem",
    "sans", "hors": without) written before an English word, so that it is an English
    word or an abbreviation of its own ("so the", "do u", "used sem scanning
    electron microscope")?"""
    if keys[i] not in SLAVIC and keys[i] not in WITHOUT:
        return False
    return i + 1 >= len(keys) or is_english_form(keys[i + 1])


def after_goods(keys: list[str], i: int, lex: Lexicon) -> bool:
    """Does the participle at token i, after a noun of its phrase, open a clause about
    the goods before a preposition ("vaccine rejected due to temperature excursion",
    "valve returned for overhaul"), whose words name no goods of the phrase?"""
    if not participle(keys[i], lex) or i + 1 >= len(keys):
        return False
    after = keys[i + 1]
    return lex.complement.has(after) or after in ("to", "due", "as")


def asks(text: str) -> bool:
    """Does the auxiliary `text`, first in its clause, ask a question ("Does the used
    Kuka robot include ...?", "Is the DDR4 lot still available?")?"""
    return text.lower() in QUESTION_OPENERS


def question_verb(texts: list[str], i: int) -> bool:
    """Is token i, after the subject of a question, its verb: a word the SPECIALIST
    Lexicon has as no noun ("include", "cover", "come")?"""
    word = texts[i].lower()
    return word.isalpha() and len(word) > 2 and is_qualifier_word(word)
