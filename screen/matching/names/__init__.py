"""Match a consignee or end-user name against listed names and aliases.

`parts` reduces a name to weighted parts, `similarity` compares two parts,
`score` aligns a query with one listed name, `rows` says what the index keeps of
each listed name, `memory` holds those tables in memory, `lookup` and `index`
find the listed names a query could reach, `explain` says why a hit matched.
"""

from screen.matching.names.index import ListedName, NameHit, NameIndex

__all__ = ["ListedName", "NameHit", "NameIndex"]
