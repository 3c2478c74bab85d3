"""What `structure.py` makes of a Latin-script goods description: its phrases
(content tokens, the preposition or conjunction that opened each, its head and
the phrase it is a complement of) and the structure holding them per token."""

from __future__ import annotations

from dataclasses import field

from screen.frozen import FACTORY, mutable


@mutable
class Phrase:
    tokens: list[int] = field(default_factory=list)  # content tokens, in order
    marker: str = ""  # the preposition that opened it, "" when none
    parent: int | None = None  # head token of the phrase it is a complement of
    head: int | None = None
    listed: bool = False  # opened by a conjunction ("... and filament")
    bracketed: bool = False  # opened by a bracket ("(textbook)")

    def __init__(
        self,
        tokens: list[int] = FACTORY,
        marker: str = "",
        parent: int | None = None,
        head: int | None = None,
        listed: bool = False,
        bracketed: bool = False,
    ) -> None:
        self.tokens = list() if tokens is FACTORY else tokens
        self.marker = marker
        self.parent = parent
        self.head = head
        self.listed = listed
        self.bracketed = bracketed


@mutable
class Structure:
    keys: list[str]
    texts: list[str]  # the tokens as written (normalised)
    foreign: list[bool]  # written in another script than Latin (Cyrillic...)
    clause: list[int]  # clause number per token
    phrase: list[int]  # index into `phrases` per token, -1 for function words
    phrases: list[Phrase]
    negated: list[str]  # the cue that negates each token, "" when none
    colons: list[int]  # colons before each token in its clause ("heading: subheading")
    trades: dict[int, list[tuple[str, int, int]]]  # clause -> (trade, first, last token)
    hyphened: list[bool]  # joined to the token before by a hyphen alone ("chip-resistor")
    elided: list[str]  # a French word elided before each token ("d" in "d'explosifs")
    quoted: list[int]  # the token before the quote each token is in, -1 for none (`titles`)
    in_quotes: list[bool]  # between quotation marks (`claimed`)
    read_deep: int  # words no list holds read as slips and compounds (`judge.py` bounds them)

    def __init__(
        self,
        keys: list[str],
        texts: list[str],
        foreign: list[bool],
        clause: list[int],
        phrase: list[int],
        phrases: list[Phrase],
        negated: list[str],
        colons: list[int],
        trades: dict[int, list[tuple[str, int, int]]],
        hyphened: list[bool],
        elided: list[str],
        quoted: list[int] | None = None,
        in_quotes: list[bool] | None = None,
    ) -> None:
        self.keys = keys
        self.texts = texts
        self.foreign = foreign
        self.clause = clause
        self.phrase = phrase
        self.phrases = phrases
        self.negated = negated
        self.colons = colons
        self.trades = trades
        self.hyphened = hyphened
        self.elided = elided
        self.quoted = [-1] * len(keys) if quoted is None else quoted
        self.in_quotes = [False] * len(keys) if in_quotes is None else in_quotes
        self.read_deep = 0

    def in_complement(self, i: int) -> bool:
        """Does token i stand in a complement ("For the packaging hall of a dairy: ..."),
        which says what the goods are for, no heading of what follows a colon?"""
        return self.phrase[i] >= 0 and bool(self.phrases[self.phrase[i]].marker)
