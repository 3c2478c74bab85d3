"""The explanation a name hit carries: which query parts met which listed parts, and how."""

from __future__ import annotations

from screen.matching.names.reduced import Match
from screen.matching.names.webnames import ID_PREFIX

# How a pair of parts matched, in a reviewer's words.
HOW = {
    "exact": "exact",
    "folded": "spelling variant",
    "typo": "typo",
    "joined": "written together/apart",
    "cut": "its first letters, the text cut short",
    "abbreviated": "its first letters, written short with a full stop",
    "contracted": "its first and last letters and consonants between, a contraction",
    "nickname": "nickname/abbreviation",
    "plural": "plural/singular",
    "declined": "declined by the language around it",
    "country": "the same country by another name",
    "translation": "the same word in another language or form",
    "derived": "one word in two forms, noun and adjective or the like",
    "variant": "name variant (another language or form)",
    "feminine": "feminine form of the name (another person?)",
    "initial": "initial",
    "acronym": "acronym",
    "inside": "the whole listed name inside a longer name",
    "number": "number",
    "leetspeak": "leetspeak",
    "transliterated": "transliterated",
    "korean": "Korean in another romanization",
    "web": "the same web address, e-mail address or SWIFT/BIC code",
    "id": "the same identifier (passport, tax or registration number, IMO, digital currency)",
    "kana": "transliterated from katakana, vowels and consonants",
    "skeleton": "transliterated, consonant skeleton",
}


def explain(match: Match, weak: bool = False) -> str:
    """'sberbank=sberbank (exact); vtb~vtp (typo); query only: acme' and so on."""
    pieces = []
    for listed, query, how in match.matched:
        sign = "=" if listed == query else "~"
        if how == "id":  # (the identifier as read, not its key's marker)
            listed, query = listed.removeprefix(ID_PREFIX), query.removeprefix(ID_PREFIX)
        pieces.append(f"{query}{sign}{listed} ({HOW.get(how, how)})")
    out = "; ".join(pieces)
    if match.listed_only:
        out += "; listed only: " + " ".join(match.listed_only)
    if match.query_only:
        out += "; query only: " + " ".join(match.query_only)
    if weak:
        out += "; weak alias"
    return out
