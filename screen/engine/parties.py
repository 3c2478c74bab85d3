"""Parties: listed names (rulebook entities and sanctions lists) in a name field."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from screen.engine.applicability import level
from screen.matching.births import Born, agreeing, contradicts, parse_listed, stated_births
from screen.matching.names import NameHit, NameIndex
from screen.matching.names.fathers import patronymics, same_father
from screen.matching.names.generations import FACTOR as GENERATION_FACTOR
from screen.matching.names.generations import differ, generation
from screen.models import Direction, Hit, Kind, Rule, Thresholds

MAX_NAME_HITS = 10  # listed entries reported per name field, best first
# What a stated date of birth that agrees with none of a listed person's takes off the
# name's score (OpenSanctions' logic-v2 weighs a disjoint birth year about 0.15): a
# field that gives a date holds more than the name, whose score is then 89 at most,
# so a namesake with another date of birth falls below review (and a note says so).
BIRTH_PENALTY = 15.0


def rulebook_index(rules: Iterable[Rule]) -> NameIndex:
    """One name index over the names and weak aliases of the entity rules."""
    return NameIndex(n for rule in rules if rule.kind is Kind.ENTITY for n in rule.index_names())


class PartyMatcher:
    """Searches every name index (the rulebook's and one per sanctions list)."""

    def __init__(self, indexes: Iterable[NameIndex]) -> None:
        self.indexes = list(indexes)

    def add(self, index: NameIndex) -> None:
        self.indexes.append(index)

    def could_hit(self, text: str, min_score: float) -> bool:
        """Whether any index holds a name at `min_score` or above for this text."""
        return any(
            index.could_match(text) and index.search(text, min_score, MAX_NAME_HITS)
            for index in self.indexes
        )

    def find(self, text: str, min_score: float, most: int = MAX_NAME_HITS) -> list[NameHit]:
        """The best listed names at `min_score` or above, best first: at most `most`
        (among equal scores, the entries whose ids sort first as text), so that
        a name thousands of entries share costs ten hits, not thousands."""
        # each index's best ten (ties by owner) hold the best ten of all indexes together
        found = [h for index in self.indexes for h in index.search(text, min_score, most)]
        found.sort(key=lambda h: (-h.score, str(h.name.owner)))
        return found[:most]


def name_candidates(
    parties: PartyMatcher,
    rule_of: Callable[[str], Rule],
    field: str,
    text: str,
    direction: Direction,
    thresholds: Thresholds,
) -> tuple[tuple[tuple[Hit, Rule], ...], tuple[str, ...]]:
    """The hits on the best listed names in a name field, once the dates of birth, the
    generation and the father's name the text states are weighed (`weigh_stated`),
    and a note for each name they set aside (a namesake lowered below the review
    threshold lets the next one in)."""
    born = stated_births(text)
    many = MAX_NAME_HITS * 4 if born or generation(text) or patronymics(text) else MAX_NAME_HITS
    found = parties.find(text, thresholds.review, many)
    weighed: list[tuple[float, NameHit, Rule, str]] = []
    notes: list[str] = []
    for one in found:
        rule = rule_of(str(one.name.owner))
        score, why = weigh_stated(one.score, rule, born, text)
        if score >= thresholds.review:
            weighed.append((score, one, rule, why))
        elif len(notes) < MAX_NAME_HITS and rule.goes(direction):
            notes.append(
                f"{rule.id}: not counted: '{one.name.text}' scores {one.score:g}, {why}, "
                f"which leaves {score:g}, below review ({thresholds.review:g})"
            )
    weighed.sort(key=lambda h: (-h[0], str(h[1].name.owner)))
    out = []
    for score, one, rule, why in weighed[:MAX_NAME_HITS]:
        lvl = level(score, rule.severity, False, thresholds)
        if not rule.goes(direction) or lvl is None:
            continue
        detail = explain(one) + (f"; {why}" if why else "")
        hit = Hit(
            rule.id, Kind.ENTITY, field, text.strip(), one.name.text, score, lvl, rule.title,
            rule.source, detail,
        )  # fmt: skip
        out.append((hit, rule))
    return tuple(out), tuple(notes)


def _dates(born: tuple[Born, ...]) -> str:
    return " or ".join(b.text.replace("/", " to ").replace("~", "about ") for b in born)


def weigh_births(score: float, rule: Rule, stated: tuple[Born, ...]) -> tuple[float, str]:
    """A person's name score with the dates of birth the text states weighed against
    those the list gives, and what was weighed ("" when nothing was)."""
    if not stated or not rule.born or rule.type != "person":
        return score, ""
    listed = tuple(b for b in map(parse_listed, rule.born) if b is not None)
    if agreed := agreeing(stated, listed):
        return score, f"born {_dates((agreed,))}, as listed"
    if not contradicts(stated, listed):
        return score, ""
    return max(0.0, score - BIRTH_PENALTY), (
        f"born {_dates(stated)} as the text states, listed born {_dates(listed)}: "
        f"a different date of birth takes {BIRTH_PENALTY:g} off the score"
    )


def _another_person(
    score: float, what: str, stated: Iterable[str], listed: Iterable[str], who: str
) -> tuple[float, str]:
    """The score cut where what the text states beside a name (`what`) names someone
    else than every name of the entry, and what the cut says."""
    return round(score * GENERATION_FACTOR, 1), (
        f"the text states {what} {' or '.join(sorted(stated))}, the list "
        f"{' or '.join(sorted(listed))}: {who}, the score cut to {GENERATION_FACTOR:g} of it"
    )


def weigh_generation(score: float, rule: Rule, stated: str) -> tuple[float, str]:
    """A person's name score with the generation the text states ("Sr.") weighed
    against those the entry's names state ("KNOWLES, JR., Samuel"): another one
    cuts it (`generations.FACTOR`); none on either side changes nothing."""
    if not stated or rule.type != "person":
        return score, ""
    listed = {g for n in (*rule.names, *rule.weak_names) if (g := generation(n))}
    if not listed or not all(differ(stated, g) for g in listed):
        return score, ""
    return _another_person(
        score, "the generation", (stated,), listed, "another person of the family"
    )


def weigh_father(score: float, rule: Rule, text: str) -> tuple[float, str]:
    """A person's name score with the father's names the text's patronymics state
    ("Oleg Ivanovich PANTELEEV") weighed against those of the entry's names
    ("PANTELEEV, Oleg Evgenevich"): where none agrees, another person, and the score
    is cut as another generation cuts it; an alias without a patronymic ("Oleg
    PANTELEEV") no longer lets the other father through."""
    stated = patronymics(text) if rule.type == "person" else frozenset()
    if not stated:
        return score, ""
    listed = {p for n in (*rule.names, *rule.weak_names) for p in patronymics(n)}
    if not listed or any(same_father(a, b) for a in stated for b in listed):
        return score, ""
    return _another_person(score, "the father's name", stated, listed, "another person")


def weigh_stated(score: float, rule: Rule, born: tuple[Born, ...], text: str) -> tuple[float, str]:
    """A name score with what the text states beside the name weighed against the
    entry: dates of birth (`born`, `weigh_births`), the generation
    (`weigh_generation`) and the father's name (`weigh_father`)."""
    score, births = weigh_births(score, rule, born)
    score, generations = weigh_generation(score, rule, generation(text))
    score, fathers = weigh_father(score, rule, text)
    return score, "; ".join(w for w in (births, generations, fathers) if w)


def explain(found: NameHit) -> str:
    """'listed name' or 'close to a listed name', then which query parts met which
    listed parts and how ("sberbnak~sberbank (typo)")."""
    detail = "listed name" if found.score >= 100 else "close to a listed name"
    return f"{detail}: {found.detail}" if found.detail else detail
