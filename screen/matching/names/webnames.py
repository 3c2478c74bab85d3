"""Web and e-mail addresses, SWIFT/BIC codes and identifier numbers (passports, tax
and registration numbers, IMO numbers, digital currency addresses) in a party text:
identifiers of a party, and the names they spell.

A consignee field often carries an address of the party's ("info@tidewaterco.com",
"www.congofutur.com", "bookings at pouyaair dot com") or its bank's SWIFT/BIC code
("SWIFT: AFABAFKA"), and the lists give many entries' own (OFAC: "Website
www.tajco-ltd.com; Email Address info@pouyaair.com; SWIFT/BIC HNRBBY2X"), which the
importers add as names of the entry.  Read here, both sides, as one part each that
meets only the same identifier, exactly: the domain (without "www.", a scheme or a
path: "tidewaterco.com"), the address ("info@tidewaterco.com") or the code's first
eight characters (the bank; the last three are its branch: "bic:afabafka").  A
query's address is also read for the name it spells, each a segment of its own:
the domain's name ("tidewaterco", "congofutur" meets CONGO FUTUR as written
together), and a mailbox's name but for a role's ("info", "sales": RFC 2142's and
their like), so "globalsealine@gmail.com" is read "globalsealine".
"""

from __future__ import annotations

import re

from screen.matching.names.reduced import Part
from screen.text.lazyre import deferred, lazy_pattern

# A role's mailbox, no one's name: RFC 2142's mailbox names, and the role accounts
# trade firms use in the languages the product reads (English, German, French,
# Spanish, Italian, Portuguese, Russian in Latin letters).
ROLE_MAILBOXES = frozenset(
    "info information sales support marketing abuse noc security postmaster hostmaster "
    "usenet news webmaster www uucp ftp admin administrator office contact contacts mail "
    "email enquiries enquiry inquiries inquiry export exports import imports accounts "
    "accounting billing finance invoice invoices hr jobs careers ops operations booking "
    "bookings reservations service services customerservice noreply no-reply trade "
    "trading purchasing procurement logistics shipping orders order team hello general "
    "ventas compras contacto vertrieb verkauf einkauf kontakt zentrale commercial "
    "commerciale vendite acquisti vendas compras comercial prodazhi zakaz".split()
)
# Top-level domains a bare domain (no "www.", no scheme, no "@") may end with: the
# generic ones of RFC 1591 in trade use, or a country's after a generic second level
# ("cazper.com.mx", "scot.net.sy"); "Trading.Co" and "S.A." are no domains.
_SECOND_LEVEL = ("com", "co", "net", "org", "gov", "edu", "ac", "ltd", "plc")
_BARE_TLD = rf"(?:com|net|org|info|biz|(?:{'|'.join(_SECOND_LEVEL)})\.[a-z]{{2}})"
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_DOMAIN = rf"(?:{_LABEL}\.)+[a-z]{{2,24}}"
_SCHEMED = lazy_pattern(rf"\b(?:https?://|www\.)(?:www\.)?({_DOMAIN})(?:/[^\s,;]*)?", re.I)
_EMAIL = lazy_pattern(rf"(?<![\w.+-])([\w.+-]{{1,64}})@({_DOMAIN})\b", re.I)
_BARE = lazy_pattern(rf"(?<![\w.@/-])((?:{_LABEL}\.)+{_BARE_TLD})\b(?![.@-]\w)", re.I)
# "bookings at pouyaair dot com", "info [at] pouyaair [dot] com"
_AT = r"(?:\s+at\s+|\s*[\[(]at[\])]\s*)"
_DOT = r"(?:\s+dot\s+|\s*[\[(]dot[\])]\s*)"
_SPELT = lazy_pattern(rf"(?<![\w.+-])([\w.+-]{{1,64}}){_AT}({_LABEL}(?:{_DOT}{_LABEL})+)\b", re.I)
# a code after its marker, in capitals, its fifth and sixth letters a country's
# ("SWIFT SHIPPING" is no code: PI is no country)
# (or in a SWIFT message's field syntax: ":57A:VTBRRUMM", "/BIC/VTBRRUMM", its bank fields
# 50 to 59 of MT 103 and MT 202)
_BIC = lazy_pattern(
    r"(?:\b(?i:swift(?:\s*/\s*bic)?|bic)(?i:\s*code)?\s*[:#./]?|(?<![\w:]):5\d[A-D]:/?)\s*"
    r"([A-Z]{4}([A-Z]{2})[A-Z0-9]{2})([A-Z0-9]{3})?(?![\w-])"
)
BIC_PREFIX = "bic:"


def _domain_name(domain: str) -> str:
    """The name a domain spells: its label before the top level (and a generic
    second level): "tidewaterco.com" tidewaterco, "cazper.com.mx" cazper."""
    labels = domain.lower().split(".")[:-1]
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels = labels[:-1]
    name = labels[-1] if labels else ""
    return "" if name in _SECOND_LEVEL or name == "www" else name


def _mailbox_name(local: str) -> str:
    name = local.lower()
    return "" if name in ROLE_MAILBOXES or name.rstrip("0123456789") in ROLE_MAILBOXES else name


# An identifier number after the label the lists and documents give it (OFAC remarks:
# "Passport G22168109", "Tax ID No. 4307012765", "R.F.C. CLU140217RX4", "NIT #
# 900023730-2", "RUC # 20520935461", "UNP 101119568", "Registration ID 1027700159233",
# "National ID No. ...", "Identification Number ..."; OpenSanctions' registration and
# tax numbers; a document's "ИНН", "ОГРН", "Reg. No", "Cédula", "RTN", "CURP"): the
# value holds five digits or more ("Passport No. 12" is no register's number).
_ID_LABEL = (
    r"passport(?:\s*(?:no\.?|number|#))?|tax\s*id(?:\s*no\.?)?|(?:tax\s*)?(?:tin|inn|ИНН)|"
    r"ogrn|ОГРН|kpp|r\.?\s?f\.?\s?c\.?|nit|ruc|unp|УНП|rtn|curp|c[eé]dula(?:\s*no\.?)?|"
    r"national\s*id(?:entification)?(?:\s*(?:no\.?|number))?|identification\s*number|"
    r"registration\s*(?:id|number|no\.?)|reg\.?\s*(?:no\.?|number|#)|company\s*number\s*imo|imo"
)
_ID_PATTERN = (
    rf"(?<![\w.])(?i:{_ID_LABEL})(?![^\W\d_])\s*(?i:(?:no|nr|number)\b\.?\s*)?[:#.]?\s*"
    r"([A-Za-z0-9](?:[A-Za-z0-9]|[./-](?=[A-Za-z0-9])|\s(?=\d))*)(?![\w-]|\.\w)"
)
_ID = lazy_pattern(_ID_PATTERN)
ID_MIN_DIGITS = 5
# A digital currency address, labelled (OFAC: "Digital Currency Address - XBT
# 1AjZ...", a document's "BTC", "Wallet XBT", "ETH") or alone in its own shape:
# Bitcoin's base58 (26-35 characters from 1 or 3), bech32 ("bc1..."), Ethereum's 0x
# and 40 hex digits.  Met exactly: one character more or less is another wallet.
_COIN_PATTERN = (
    r"(?<![\w-])(?:(?i:(?:digital\s+currency\s+address\s*-\s*|wallet\s*:?\s*)?"
    r"(?:xbt|btc|eth|usdt|ltc|xmr|trx|bch|bsv|zec|dash|xrp)|wallet)\s*:?\s*)?"
    r"([13][1-9A-HJ-NP-Za-km-z]{25,34}|bc1[0-9a-z]{25,60}|0x[0-9a-fA-F]{40}"
    r"|(?<=\s)[0-9A-Za-z]{26,95})(?![\w-]|\.\w)"
)
_COIN = lazy_pattern(_COIN_PATTERN)
ID_PREFIX = "id:"


def id_key(value: str) -> str:
    """An identifier number as one key: case, spaces, dashes, dots and slashes aside
    ("900023730-2", "900 023 730 2": id:9000237302)."""
    return ID_PREFIX + re.sub(r"[\s./-]+", "", value).lower()


# A number of digits only and fewer than this (an IMO number has seven, with its check
# digit) is one another register may have issued to someone else: met alone, a review
ID_BLOCK_DIGITS = 7


def thin_identifier(parts: tuple[Part, ...]) -> bool:
    """Whether a listed name is one such short number ("Tax ID No. 123456")."""
    if len(parts) != 1 or parts[0].how != "id":  # (no part: a name in CJK characters)
        return False
    value = parts[0].key.removeprefix(ID_PREFIX)
    return value.isdigit() and len(value) < ID_BLOCK_DIGITS


def _id_value(value: str) -> bool:
    return sum(c.isdigit() for c in value) >= ID_MIN_DIGITS


_MAYBE = deferred(r"[@.]|\bat\b|swift|bic|:5\d|\d{5}|[0-9a-z]{25}", re.I)


# What a text must hold for each pattern to change it (an ASCII text's, in small
# letters: no other letter folds to these): most texts reach `read_identifiers` for a
# full stop ("Co., Ltd.", "B.V.") and hold none of them.  A replacement (" , ")
# makes none of these strings or digits that the text did not hold.
_TLDS = ("com", "net", "org", "info", "biz", "co.", "gov.", "edu.", "ac.", "ltd.", "plc.")


def _may_change(text: str) -> tuple[bool, ...]:
    """Whether each pattern of `read_identifiers` may change `text`, in its order
    (any may, but for an ASCII text); a number's and a wallet's value must hold 5
    and 2 digits (`number`, `coin`)."""
    if not text.isascii():
        return (True,) * 7
    low = text.lower()
    digits = sum(map(text.count, "0123456789"))
    return (
        "@" in low,
        "at" in low,
        "swift" in low or "bic" in low or ":5" in low,
        digits >= 2,
        digits >= ID_MIN_DIGITS,
        "://" in low or "www." in low,
        any(tld in low for tld in _TLDS),
    )


def read_identifiers(text: str, listed: bool = False) -> tuple[str, list[str], list[str]]:
    """The text without its addresses and codes; the identifiers they give
    ("tidewaterco.com", "info@tidewaterco.com", "bic:afabafka": an e-mail address's
    domain too, but in a `listed` name, whose mailbox may be at a provider's); and
    the names they spell (domain and mailbox names, "." "-" "_" read as spaces)."""
    if not _MAYBE.search(text):
        return text, [], []
    found: list[str] = []
    names: list[str] = []

    def address(local: str, domain: str) -> str:
        domain = domain.lower()
        found.append(f"{local.lower()}@{domain}")
        found.extend(() if listed else (domain,))
        names.extend((_mailbox_name(local), _domain_name(domain)))
        return " , "

    def email(m: re.Match[str]) -> str:
        return address(m.group(1), m.group(2))

    def spelt(m: re.Match[str]) -> str:  # ("pouyaair dot com")
        return address(m.group(1), ".".join(re.split(_DOT, m.group(2), flags=re.I)))

    def web(m: re.Match[str]) -> str:
        domain = m.group(1).lower()
        found.append(domain)
        names.append(_domain_name(domain))
        return " , "

    def bare(m: re.Match[str]) -> str:
        # a name written as a domain, then more of the name ("MYNET.NET Corp", "Booking.com
        # B.V."): its words, as a listed name's reading keeps them; else an address
        if text[: m.start()].strip() or not text[m.end() :].strip():
            return web(m)
        return m.group(0).replace(".", " ")

    def bic(m: re.Match[str]) -> str:
        from screen.matching.countries import countries

        if m.group(2).lower() not in countries().codes:
            return m.group(0)
        found.append(BIC_PREFIX + m.group(1).lower())
        return " , "

    def number(m: re.Match[str]) -> str:
        if not _id_value(m.group(1)):
            return m.group(0)
        found.append(id_key(m.group(1)))
        return " , "

    def coin(m: re.Match[str]) -> str:
        value = m.group(1)
        # alone, only in an address's own shape with digits and letters mixed; with
        # its label, any 26 characters or more holding two digits (no word)
        shaped = re.match(r"[13]|bc1|0x", value) and sum(c.isdigit() for c in value) >= 3
        labelled = m.group(0) != value and sum(c.isdigit() for c in value) >= 2
        if not ((shaped and re.search("[a-zA-Z]", value[1:])) or labelled):
            return m.group(0)
        found.append(id_key(value))
        return " , "

    patterns = (_EMAIL, _SPELT, _BIC, _COIN, _ID, _SCHEMED, _BARE)
    replacements = (email, spelt, bic, coin, number, web, bare)
    for pattern, replace, may in zip(patterns, replacements, _may_change(text), strict=True):
        if may:
            text = pattern().sub(replace, text)
    spelled = [re.sub(r"[._-]+", " ", n).strip() for n in names]
    return text, list(dict.fromkeys(found)), list(dict.fromkeys(n for n in spelled if n))


def identifier_part(identifier: str) -> Part:
    """An identifier as a part: met only by the same identifier (a number's rule)."""
    how = "id" if identifier.startswith(ID_PREFIX) else "web"
    return Part(identifier, identifier, (), 1.0, "number", how)


def identifier_only(text: str) -> list[str]:
    """The identifiers of a listed name that is nothing but addresses or codes
    ("www.tajcogambia.com", "SWIFT/BIC HNRBBY2X"); none for a name."""
    rest, found, _names = read_identifiers(text, listed=True)
    return found if found and not re.search(r"\w", rest) else []


_REMARK = lazy_pattern(r"\b(Website|Email Address|SWIFT/BIC)\s+([^\s;]+)")
_REMARK_ID = lazy_pattern(rf"{_COIN_PATTERN}|{_ID_PATTERN}")


def remark_identifiers(remarks: str) -> list[str]:
    """The addresses and codes an OFAC entry's remarks give ("Website
    www.tajco-ltd.com; Email Address info@pouyaair.com; SWIFT/BIC HNRBBY2X"), each
    as a name of the entry a document would write ("www.peykasa.com")."""
    out: list[str] = []
    for kind, value in _REMARK().findall(remarks):
        value = value.rstrip(".,)")
        if kind == "Website" and not re.match(r"(?:https?://|www\.)", value, re.I):
            value = "www." + value
        elif kind == "SWIFT/BIC":
            value = "SWIFT/BIC " + value
        if identifier_only(value):
            out.append(value)
    # its identifier numbers, each as its label and value ("Passport G22168109",
    # "Digital Currency Address - XBT 1AjZ...", "Tax ID No. 4307012765")
    out.extend(m.group(0) for m in _REMARK_ID().finditer(remarks) if identifier_only(m.group(0)))
    return list(dict.fromkeys(out))


def is_identifier_name(name: str) -> bool:
    """Whether a listed name is an address or a code (as an IMO number is a vessel's)."""
    return bool(identifier_only(name))
