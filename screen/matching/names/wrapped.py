"""Where a party text is cut into the pieces a listed name may stand whole in,
and what of an overlong text is read.

A consignee field wraps the party in words of its own: "c/o", "on behalf of",
"attn", payment instructions, a ship's former name after "ex", another name of the
party after "alias", "a.k.a.", "dit" or " @ ", a relative after "w/o" or "son
of", a maiden or a married name after "née", "geb." or "épouse", a comma or a
bracket before an address, each line of the field, a SWIFT field's numbered
lines.  Each piece between them is a segment (`parts.reduce_query`).
"""

from __future__ import annotations

import re

from screen.matching.names.tables import GENERIC
from screen.text.lazyre import deferred

# Words that put a party inside a longer text, on either side ("ex": a ship's old name).
_WRAPPERS = (
    r"\b(?:c/o|c\.o\.|care\s+of|on\s+behalf\s+of|for\s+account\s+of|for\s+the\s+account\s+of|"
    r"f/a/o|agents?\s+for|acting\s+for|in\s+favou?r\s+of|attn\.?|attention|via|"
    r"pay(?:able)?\s+to|(?:to\s+)?the\s+order\s+of|beneficiary|remitter|"
    # a payment's routing: "for further credit (to)", "in favour of", "by order of",
    # as banks abbreviate them (SWIFT MT103 field 72 and 70 usage: "/BNF/", "FFC", "IFO")
    r"f/?f/?c|for\s+further\s+credit(?:\s+(?:to|of))?|i/?f/?o|bnf|benef|(?:shipped\s+)?by\s+order\s+of|"
    # who holds for whom: a nominee, a custodian, a trustee, an attorney for the owner
    # ("HSBC Nominees (HK) Ltd as nominee for ...", "in trust for", "F/B/O", "I/T/F"; not
    # "ITF" and "FBO" written as words: names' acronyms, "EP-ITF")
    r"(?:as\s+)?nominees?\s+(?:for|of)|(?:as\s+)?custodian\s+(?:for|of)|"
    r"(?:as\s+)?trustees?\s+(?:for|of)|in\s+trust\s+for|i/t/f|"
    r"for\s+the\s+benefit\s+of|f/b/o|beneficial\s+owner|held\s+by|"
    r"(?:acting\s+)?(?:through|by)\s+its\s+attorney(?:s|-in-fact)?|attorney-in-fact\s+for|"
    # a bill of lading's and a letter of credit's party lines ("TO ORDER OF SHIPPER",
    # "NOTIFY: SAME AS CONSIGNEE", "AS PER L/C NO 118/2024 ISSUED BY ...")
    r"notify(?:\s+party)?|same\s+as\s+consignee|(?:as\s+per\s+)?l/c(?:\s+no\.?)?|"
    r"(?:issuing|advising|negotiating|confirming)\s+bank|issued\s+by|"
    # a party's status, not its name: "in liquidation" (and as French, Spanish, Italian,
    # Polish, Czech and Russian write it), "in receivership", "the estate of the late"
    r"in\s+liquidation|en\s+liquidaci[oó]n|in\s+liquidazione|w\s+likwidacji|v\s+likvidaci|"
    r"в\s+(?:стадии\s+)?ликвидации|in\s+(?:receivership|administration|bankruptcy)|"
    r"(?:bankruptcy\s+)?estate\s+of(?:\s+the\s+late)?|the\s+late|deceased|inactive|dissolved|"
    r"deregistered|defunct|"
    # a relative named beside the party: "w/o", "s/o", "d/o" (wife, son, daughter of, as
    # South Asian papers write them), a married name after a maiden one and the other way
    # round: "geb.", "z d." (Polish "z domu"), "roz." (Czech "rozená"), "ep." and "épouse"
    r"[wsdh]/o|(?:wife|husband|widow(?:er)?|spouse|son|daughter|father|mother)\s+of|"
    r"esposa\s+de|viuda\s+de|[ée]pouse|[ée]p\.|veuve|geb\.|geborene|verh\.|z\s+d\.|z\s+domu|"
    r"roz\.|rozen[áa]|урожд(?:\.|[её]нная)|"
    r"d/b/a|t/a|trading\s+as|a\.?k\.?a\.?|f\.?k\.?a\.?|n\.?k\.?a\.?|a/k/a|f/k/a|n/k/a|ex|formerly|"
    # another name of the same party: "alias", "(also |now |otherwise )known as", the
    # French "dit"/"dite", the Spanish and Portuguese "vulgo", the Russian "он же"/"она же"
    r"alias|(?:also\s+|now\s+|otherwise\s+|better\s+)?known\s+as|dite?|vulgo|"
    r"(?:он|она|оно|они)\s+же|"
    # the same words in Russian and Ukrainian payment and shipping fields: "for",
    # "on behalf of", "in favour of", "in the name of", "to the address of",
    # "represented by", "on the instructions of", "via", beneficiary, payer, sender,
    # consignee
    r"для|от\s+имени|в\s+пользу|на\s+имя|в\s+адрес|в\s+лице|по\s+поручению|через|"
    r"получатель|плательщик|отправитель|грузополучатель|від\s+імені|на\s+користь|отримувач|"
    # ... and as Latin letters write them (BGN/PCGN, GOST and German "j"): "dlya ZAO ..."
    r"dl[yj]a|ot\s+imeni|v\s+pol'?zu|na\s+im[yj]a|v\s+lits?e|po\s+porucheni[yj]u|"
    r"(?:gruzo)?poluchatel'?|platel'?shchik|otpravitel'?|vid\s+imeni|otrymuvach|"
    # a person's birth and nationality written after the name ("Obert Mpofu DOB 12 Oct
    # 1951 Zimbabwe", "Ahmad Ali, born 14.03.1995", "b. 1990", "geb.", "née", "nacido")
    r"(?:d\.?o\.?b\.?|date\s+of\s+birth|born(?:\s+on)?|b\.|nacid[oa](?:\s+el)?)"
    r"(?=[\s:.-]*\d)|n[ée]e|né|nationality|citizen(?:ship)?(?:\s+of)?"
    # ... and " @ ", Malaysia's and Indonesia's "alias" ("Umar Patek @ Umar Kecil")
    r")(?=\W|$)|[,;:()\[\]|]|\s[-–—/@]\s|"
    r"[\n\r\v\f\x85\u2028\u2029]|"  # (a line of a field: "attn Mr. Li" above the firm's name)
    r"(?:^|(?<=\s))[1-8]/(?=[^\W\d_])"  # a SWIFT line's number: "1/NAME 2/ADDRESS 3/RU/TOWN"
)
WRAPPERS = deferred(_WRAPPERS, re.IGNORECASE)
# ... written in small letters but for its escapes: an ASCII text in small letters cut
# where this finds (case-sensitive: about twice as fast) is cut where WRAPPERS cuts it
_WRAPPERS_SMALL = deferred(_WRAPPERS)


# What only stands between two parties ("Bank Mandiri / Melli Carpets", "A; B", "A | B"):
# a listed name is never read across it (a comma, a dash or a line may divide one name:
# "ISLAMIC STATE OF IRAQ AND SYRIA – WEST AFRICA").
_BETWEEN_PARTIES = deferred(r"[;|]|\s/\s")


def wrapped_pieces(text: str) -> list[str]:
    """The pieces of a party text between the words that wrap a party."""
    if not text.isascii():
        return [p for p in WRAPPERS.split(text) if p and p.strip()]
    pieces, at = [], 0
    for found in _WRAPPERS_SMALL.finditer(text.lower()):  # (no empty match, no group)
        pieces.append(text[at : found.start()])
        at = found.end()
    pieces.append(text[at:])
    return [p for p in pieces if p and p.strip()]


def parties_apart(text: str) -> frozenset[str]:
    """The pieces of a party text (`wrapped_pieces`) that follow a mark standing
    only between two parties."""
    if not any(mark in text for mark in ";|/"):  # (most texts: no second pass)
        return frozenset()
    out: set[str] = set()
    apart, at = False, 0
    for found in WRAPPERS.finditer(text):
        if text[at : found.start()].strip():
            apart = False
        apart = apart or _BETWEEN_PARTIES.search(found.group()) is not None
        at = found.end()
        following = WRAPPERS.search(text, at)
        piece = text[at : following.start() if following else len(text)]
        if apart and piece.strip():
            out.add(piece)
    return frozenset(out)


def unpadded(tokens: list[str], stopwords: frozenset[str]) -> list[str]:
    """A text too long to be read whole without the words it repeats that say
    nothing of which party it is (a generic word, a stopword, the word before
    again): "Trading Trading ... Sberbank" keeps its listed name within the parts
    read, where padding pushed it out."""
    seen: set[str] = set()
    out: list[str] = []
    for token in tokens:
        if token in seen and (token in GENERIC or token in stopwords or token == out[-1]):
            continue
        seen.add(token)
        out.append(token)
    return out


def unpadded_pieces(pieces: list[str], most: int) -> list[str]:
    """The pieces of a text of more than `most` words, each once ("Trading, Trading,
    ..., Sberbank": a piece again says nothing more); a shorter text's as they are."""
    if sum(len(p.split()) for p in pieces) <= most:
        return pieces
    return list(dict.fromkeys(pieces))
