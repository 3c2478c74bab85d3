"""The English nouns that most often name a property ("power", "voltage", "speed": an
attribute, a quantity, a phenomenon or a time) or a person ("customer",
"distributor"), not goods, or a thing one can ship ("belt": an artifact), a food
("flour", "lemon": "lemon wafers" are food), a substance ("resin", "adhesive") or a
work ("poster", "manual": printed, recorded or written), or an act ("service",
"training"): what one does, no goods. A property between a goods term and the head
noun that keeps it ("IGBT power module") says what the goods have, not what they
are; a person after "to" is whom they go to ("ICs to customer"); a substance, a work
or an act is no part of a machine ("die bonder adhesive", "manual for lithography
scanner"); an animal after a term is what the goods are for ("vaccine swine"). Nouns
whose most frequent sense is an idea or a state, among others, are left out
("vision": a "robot vision system" is no robot).

Source: Princeton WordNet 3.0 (WordNet 3.0 licence: free to use, copy and
distribute with its copyright notice), as Debian's `wordnet-base` package installs
it in /usr/share/wordnet, kept as `sources/wordnet-3.0-noun-kinds.tsv.gz`: each
one-word noun and the lexicographer file ("noun.act", "noun.artifact") of its
first sense, which WordNet orders by frequency in its tagged corpus.

    python -m screen.datagen.noun_kinds [/usr/share/wordnet]  # [refreshes the extract,]
                                                              # rewrites screen/data/noun_kinds.tsv
"""

from __future__ import annotations

from pathlib import Path

from screen.datagen._extracts import extract_rows, write_extract
from screen.datagen._names import DATA, SOURCES, header, kept, refresh_and_write

TARGET = DATA / "noun_kinds.tsv"
EXTRACT = SOURCES / "wordnet-3.0-noun-kinds.tsv.gz"
# WordNet's lexicographer files of nouns (lexnames), by number
LEXNAMES = (
    "adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute"
    " noun.body noun.cognition noun.communication noun.event noun.feeling noun.food"
    " noun.group noun.location noun.motive noun.object noun.person noun.phenomenon"
    " noun.plant noun.possession noun.process noun.quantity noun.relation noun.shape"
    " noun.state noun.substance noun.time"
).split()
PERSON = "noun.person"
# the senses that name a property the goods have, measured or not ("power", "voltage",
# "speed", "capacity"), beside the acts, ideas and states that are no goods either
PROPERTIES = frozenset(f"noun.{kind}" for kind in ("attribute", "quantity", "phenomenon", "time"))
# the senses that name a thing one can ship: made, a material, a food ("belt", "resin",
# "flour"; not a natural object: WordNet's are rivers, stars and mountains, "tundra"): a
# word in capitals after a goods term that names one is the goods' head noun written
# loud ("generator BELT"), no code name ("MAPLE")
THINGS = frozenset({"noun.artifact"})
FOOD = "noun.food"  # a thing too, told apart: "lemon wafers" are food ("chocolate wafer")
ANIMAL = "noun.animal"  # what a vaccine is for after it ("vaccine swine"): no goods
SUBSTANCE = "noun.substance"  # shipped, but no part of a machine ("adhesive")
# the sense that names a work, printed, recorded or written ("poster", "manual",
# "software"): goods too, whose title names a topic ("poster 'How vaccines work'")
WORKS = "noun.communication"
ACTS = "noun.act"  # what one does ("service", "training", "repair"): no part of goods
# WordNet's licence asks for its notice and disclaimer on every copy, modified ones too
NOTICE = """\
# WordNet 3.0 Copyright 2006 by Princeton University.  All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.  BY WAY OF EXAMPLE, BUT NOT
# LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF
# MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED
# SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS,
# COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.  The name of Princeton University or Princeton
# may not be used in advertising or publicity pertaining to distribution of the software
# and/or database.  Title to copyright in this software, database and any associated
# documentation shall at all times remain with Princeton University.
"""


def extract(folder: Path) -> None:
    """The kept extract from WordNet's `index.noun` (a lemma's synsets, most frequent
    first) and `data.noun` (each synset's lexicographer file)."""
    files: dict[str, int] = {}
    with open(folder / "data.noun", encoding="utf-8") as data:
        for line in data:
            if not line.startswith(" "):
                offset, lexfile = line.split(" ", 2)[:2]
                files[offset] = int(lexfile)
    rows = []
    with open(folder / "index.noun", encoding="utf-8") as index:
        for line in index:
            if line.startswith(" "):
                continue
            cells = line.split()
            lemma, pointers = cells[0], int(cells[3])
            first = cells[4 + pointers + 2]  # after the pointers, sense and tagged counts
            if lemma.isascii() and lemma.isalpha():
                rows.append(f"{lemma}\t{LEXNAMES[files[first]]}\n")
    head = (
        "# Princeton WordNet 3.0 (WordNet 3.0 licence), /usr/share/wordnet of Debian's"
        " wordnet-base 3.0;\n# each one-word noun and the lexicographer file of its"
        " first (most frequent) sense\n"
    )
    write_extract(EXTRACT, head + NOTICE, rows)


def generate() -> str:
    rows = []
    for word, lexname in sorted(extract_rows(EXTRACT)):
        kind = (
            "person"
            if lexname == PERSON
            else "thing"
            if lexname in THINGS
            else "food"
            if lexname == FOOD
            else "animal"
            if lexname == ANIMAL
            else "substance"
            if lexname == SUBSTANCE
            else "work"
            if lexname == WORKS
            else "property"
            if lexname in PROPERTIES
            else "act"
            if lexname == ACTS
            else ""
        )
        if kind:
            rows.append(f"{word}\t{kind}\n")
    return header("noun_kinds", kept(EXTRACT, "WordNet 3.0 licence")) + NOTICE + "".join(rows)


def main() -> None:
    refresh_and_write(TARGET, generate, extract)


if __name__ == "__main__":
    main()
