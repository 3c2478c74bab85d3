"""Score a query against one listed name: 0-100, and which parts matched how.

Parts are aligned one to one, best pairs first; a part may also meet two parts
written together on the other side ("VladimirPutin", "Gazprom Bank"), and an
acronym may meet a whole name ("PLA", "People's Liberation Army").  Then

    score = 100 * E / (M + LISTED_EXTRA * L + QUERY_EXTRA * Q + C)

E: the matched listed weight, each part counted by its similarity; M: the
matched listed weight; L: listed parts the query lacks (a partial name costs
little); Q: query parts the listed name lacks (they may name someone else);
C: conflicts, where a distinctive listed part is missing *and* the query has a
distinctive part of its own in its place (another father's name, another clan):
those listed parts count in full.  Weights say how distinctive a part is
(`parts.py`).  A name needs a distinctive part matched, and a name of several
distinctive parts needs two of them (and its family name, when the list gives
one): one shared given name or surname is not the same person.
"""

from __future__ import annotations

from screen.matching.names import skeletons
from screen.matching.names.acronyms import acronym_at
from screen.matching.names.aliaskinds import known_apart
from screen.matching.names.eponyms import title_unmet
from screen.matching.names.initials import initial_letters, initial_run
from screen.matching.names.kanaspelt import skeleton_candidate
from screen.matching.names.lineage import (
    is_title,
    lineage_conflict,
    replaced_weights,
    unmatched_weight,
)
from screen.matching.names.parts import ACRONYM_MIN
from screen.matching.names.places import Met, city_segment, organisation_cap, place_conflict
from screen.matching.names.prepared import Listed
from screen.matching.names.reduced import Match, Part, Reduced
from screen.matching.names.similarity import ALIAS, FOLD_MIN, INITIAL, part_similarity
from screen.matching.names.skeletons import ARTICLES
from screen.matching.names.skeletons import evidence as consonants
from screen.matching.names.truncated import (
    ABBREVIATED_STRONG,
    CONTRACTED_STRONG,
    CUT,
    SHORT_HOWS,
    begins,
    contracts,
    cut_tail,
)
from screen.text.arabicnames import SON_OF

LISTED_EXTRA = 0.2
QUERY_EXTRA = 0.5
SEGMENT_FACTOR = 0.89  # a name found in one segment of a longer text: review, not block
SINGLE_PART_CAP = 60.0  # one distinctive part of several: below any review threshold
# a word the initials of a listed name of three words: three letters are thin
# evidence (one in twenty spells some listed name's): a review, never a block
SHORT_ACRONYM = SEGMENT_FACTOR
# A name matched only by consonant skeletons needs this many consonants of them (a
# kind word met counting one: "بنك ملت", bank m-l-t, is Bank Mellat): "كريم" (k-r-m) is
# Karim, Krim or Crimea alike; "ایوب بشیر" (b, b-sh-r) is Ayyub Bashir.
SKELETON_EVIDENCE = 4


NO_MATCH = Match(0.0, (), (), ())


Candidate = tuple[float, float, tuple[int, ...], tuple[int, ...], str]


def part_pairs(listed: Listed, query: Reduced, lo: int, hi: int) -> list[Candidate]:
    """The pairs of one listed part and one query part in [lo, hi) that meet."""
    parts, person = query.parts, listed.person
    found: list[Candidate] = []
    for li, lp in enumerate(listed.reduced.parts):
        for qi in range(lo, hi):
            sim, how = part_similarity(lp, parts[qi], person)
            short = qi == query.cut or qi in query.stopped  # ("PATRUSH": PATRUSHEV cut)
            if not sim and short and begins(lp.form, parts[qi].form):
                sim, how = CUT, "cut" if qi == query.cut else "abbreviated"
            elif not sim and qi in query.contracted and contracts(lp.form, parts[qi].form):
                sim, how = CUT, "contracted"  # ("TRCTR": tractor)
            if sim:
                found.append((sim, lp.weight, (li,), (qi,), how))
    return found


def candidates(
    listed: Listed, query: Reduced, lo: int, hi: int, pairs: list[Candidate] | None = None
) -> list[Candidate]:
    """Every (similarity, weight, listed positions, query positions, how) worth
    aligning (`pairs`: the `part_pairs` of a wider span, when already found: a
    wrapped segment keeps those inside it)."""
    lparts, parts, person = listed.reduced.parts, query.parts, listed.person
    if pairs is None:
        found = part_pairs(listed, query, lo, hi)
    else:
        found = [c for c in pairs if lo <= c[3][0] < hi]
    if person and initial_letters(parts[lo:hi]) > 0:
        found.extend(_initial_runs(listed, parts, lo, hi))
    # a listed part the query writes in two (or two the query writes in one, or both):
    # words written together or apart must spell the same letters
    written = query.written
    for lu in listed.units:
        # (folded, as written only when long enough: `similarity.FOLD_MIN`; short words
        # written as one, `variants.written_as_one`, only by one query part)
        most = 1 if lparts[lu.positions[0]].how == "joined" else 9
        for s in {lu.form, lu.key} if len(lu.key) >= FOLD_MIN else (lu.form,):
            for qpos in written.get(s, ()):
                if qpos[0] >= lo and qpos[-1] < hi and most >= len(qpos) + len(lu.positions) > 2:
                    weight = sum(lparts[i].weight for i in lu.positions)
                    found.append((1.0, weight, lu.positions, qpos, "joined"))
    # a part read from an abjad or kana, and a Latin part, by consonant skeleton (not
    # short words written as one: the name as listed meets by the skeletons of its words)
    if (query.skeletal or listed.reduced.skeletal) and all(p.how != "joined" for p in lparts):
        for sim, lpos, qpos in skeletons.candidates(lparts, parts, lo, hi):
            if len(lpos) == len(qpos) == 1 and known_apart(lparts[lpos[0]], parts[qpos[0]]):
                continue  # ("أحمد" is Ahmad, not Hamid: the name is known, so is Hamid)
            found.append(skeleton_candidate(sim, lparts, parts, lpos, qpos))
    return found


def _initial_runs(listed: Listed, parts: tuple[Part, ...], lo: int, hi: int) -> list[Candidate]:
    """A short query word spelling the initials of given names that follow one
    another in the listed name ("JC" / Jean Claude, "SV" / Sergei Vladimirovich)."""
    if initial_letters(parts[lo:hi]) == sum(1 for p in parts[lo:hi] if p.role == "initial"):
        return []  # a longer text, or one with generic words: no runs read
    lparts = listed.reduced.parts
    family = listed.reduced.family
    out: list[Candidate] = []
    for qi in range(lo, hi):
        letters = initial_run(parts[qi])
        for li in range(len(lparts) - len(letters) + 1) if letters else ():
            run = tuple(range(li, li + len(letters)))
            if all(  # ("C. B. M. Ayari": Chiheb Ben Mohamed, "Ben" initialled too)
                (lparts[i].role in ("word", "patronymic") or lparts[i].form in SON_OF)
                and i not in family
                and lparts[i].form[0] == letters[k]
                for k, i in enumerate(run)
            ):
                weight = sum(lparts[i].weight for i in run)
                out.append((INITIAL, weight, run, (qi,), "initial"))
    return out


def _finish(
    listed: Listed,
    query: Reduced,
    span: tuple[int, int],
    met: Met,
    matched_at: dict[int, tuple[int, ...]],
    weighed: tuple[float, float],
    capped: bool,
) -> Match:
    """The score of a query span against a listed name once their parts are aligned
    (`met`; `weighed`: the evidence and the weight of the listed parts met;
    `capped`: one distinctive part of several met, or only by skeleton)."""
    lparts, parts = listed.reduced.parts, query.parts
    (lo, hi), (evidence, matched_weight), missing_l = span, weighed, met.missing
    missing_q = [i for i in range(lo, hi) if i not in met.query]
    lacking = sum(lparts[i].weight for i in missing_l)
    extra = sum(unmatched_weight(parts[i], listed.person, listed.craft) for i in missing_q)
    extra += 1.0 if listed.craft and query.formed else 0.0  # ("Fortune Co., Ltd.": a company)
    replacing = [parts[i] for i in missing_q if not (listed.person and is_title(parts[i]))]
    conflicts = replaced_weights(listed.person, [lparts[i] for i in missing_l], replacing)
    if listed.person:
        conflicts.append(lineage_conflict(listed.reduced, query, lo, hi, matched_at))
    else:
        conflicts.append(
            place_conflict(
                (lparts[i] for i in met.listed),
                [lparts[i] for i in missing_l],
                [parts[i] for i in missing_q],
            )
        )
    denominator = matched_weight + LISTED_EXTRA * lacking + QUERY_EXTRA * extra
    denominator += (1 - LISTED_EXTRA) * sum(conflicts)
    score = 100.0 * evidence / denominator if denominator else 0.0
    if capped:
        score = min(score, SINGLE_PART_CAP)
    if not listed.person:  # plain words, a city: what kind of firm and where, not which
        caps = (100.0 * SEGMENT_FACTOR, SINGLE_PART_CAP)
        score = organisation_cap(score, query, met._replace(extra=replacing), caps)
    elif score > SINGLE_PART_CAP and city_segment(query, met.query):  # (", LIMA": not MA Li)
        score = SINGLE_PART_CAP
    return Match(
        score,
        (),
        tuple(lparts[i].form for i in missing_l),
        tuple(parts[i].form for i in missing_q),
    )


def score_span(
    listed: Listed, query: Reduced, lo: int, hi: int, found: list[Candidate] | None = None
) -> Match:
    """Score the query parts [lo, hi) against a listed name (`found`: its
    `candidates`, when already listed)."""
    lparts, parts = listed.reduced.parts, query.parts
    acronym = acronym_at(listed, parts, lo, hi, query.segments, query.cased)
    if acronym is not None:
        _, qi = acronym
        others = tuple(parts[i].form for i in range(lo, hi) if i != qi and qi != -1)
        extra_weight = sum(parts[i].weight for i in range(lo, hi) if i != qi and qi != -1)
        # (words spelling a listed acronym: many names share initials, a review)
        short = len(listed.initials) == ACRONYM_MIN or qi < 0
        factor = SHORT_ACRONYM if short else ALIAS
        score = 100.0 * factor * listed.total / (listed.total + QUERY_EXTRA * extra_weight)
        lform = " ".join(p.form for p in lparts)
        qform = parts[qi].form if qi >= 0 else " ".join(p.form for p in parts[lo:hi])
        return Match(score, ((lform, qform, "acronym"),), (), others)
    found = candidates(listed, query, lo, hi) if found is None else found
    # best similarity first; among equals single parts before parts written together
    found.sort(key=lambda c: (-c[0], len(c[2]) + len(c[3]), -c[1], c[2], c[3]))
    used_l: set[int] = set()
    used_q: set[int] = set()
    matched_at: dict[int, tuple[int, ...]] = {}
    evidence = matched_weight = 0.0
    matched: list[tuple[str, str, str]] = []
    distinct_hits = 0
    spelled = False  # a distinctive listed part met by its letters, not its skeleton only
    skeleton_evidence = 0.0
    strong = False  # a distinctive listed part met by more than an initial
    short_words = short_letters = 0  # distinctive listed parts met by words written short
    for sim, _weight, lpos, qpos, how in found:
        if used_l.intersection(lpos) or used_q.intersection(qpos):
            continue
        used_l.update(lpos)
        used_q.update(qpos)
        matched_at.update(dict.fromkeys(lpos, qpos))
        for i in lpos:
            evidence += lparts[i].weight * sim
            matched_weight += lparts[i].weight
            if lparts[i].role in ("word", "number"):
                distinct_hits += 1
                strong = (
                    strong
                    or (  # (a word's first letters alone are no name)
                        how not in ("initial", *SHORT_HOWS)
                        and any(parts[q].role != "initial" for q in qpos)
                    )
                    or (how == "abbreviated" and len(parts[qpos[0]].form) >= ABBREVIATED_STRONG)
                    or (how == "contracted" and len(parts[qpos[0]].form) >= CONTRACTED_STRONG)
                )
                if how in ("abbreviated", "contracted"):
                    short_words += 1
                    short_letters += len(parts[qpos[0]].form)
                spelled = spelled or how != "skeleton"
        if how == "skeleton":
            if any(lparts[i].skel for i in lpos):
                article = any(parts[i].form in ARTICLES for i in range(lo, hi))
                skeleton_evidence += consonants(lparts, lpos, article)
            else:
                article = any(p.form in ARTICLES for p in lparts)
                skeleton_evidence += consonants(parts, qpos, article)
        matched.append(
            (" ".join(lparts[i].form for i in lpos), " ".join(parts[i].form for i in qpos), how)
        )
    strong = strong or (short_words > 1 and short_letters >= ABBREVIATED_STRONG)
    distinctive = listed.distinctive
    if all(m[2] == "contracted" for m in matched):  # ("HDG Corp": no name's word met)
        return NO_MATCH
    if distinctive:
        if not strong:
            return NO_MATCH
    elif len(used_l) < len(lparts):
        return NO_MATCH  # a name of generic words only ("Bank Rossiya") must match in full
    missing_l = [i for i in range(len(lparts)) if i not in used_l]
    family = listed.reduced.family
    one_part = (len(distinctive) >= 2 and distinct_hits < 2) or bool(family and not family & used_l)
    one_part = one_part or title_unmet(lparts, used_l, listed.person)  # (SHAHID ...)
    met = Met(lparts, distinctive, used_l, used_q, missing_l, [])
    kinds_met = sum(1 for i in used_l if lparts[i].role == "generic")  # ("بنك ملت": bank)
    thin = bool(distinctive) and not spelled and skeleton_evidence + kinds_met < SKELETON_EVIDENCE
    # a name read across two parties ("Aaron Robert / Henderson Logistics"): none,
    # unless the text is the listed name, every part of both ("HUM / HARAKAT ...")
    whole = len(used_l) == len(lparts) and len(used_q) == hi - lo
    crossed = bool(used_q) and any(
        min(used_q) < b <= max(used_q) for b in query.apart if lo < b < hi
    )
    thin = thin or (crossed and not whole)
    weighed = (evidence, matched_weight)
    plain = _finish(listed, query, (lo, hi), met, matched_at, weighed, one_part or thin)
    if any(m[2] in SHORT_HOWS for m in matched):  # (what followed: unknown)
        plain = plain._replace(score=min(plain.score, 100.0 * SEGMENT_FACTOR))
    # a short last word a field cut ("...OF THE NA"): the name's parts missing may be
    # those after it, unseen, not one part of several met; the better reading counts
    cut_to = cut_tail(query, lparts, matched_at, hi)
    if cut_to < 0:
        return plain._replace(matched=tuple(matched))
    if all(i >= cut_to for i in missing_l if i in distinctive or i in family):
        one_part = False
    tail = {hi - 1} if parts[hi - 1].form == query.tail else set()
    cut = met._replace(query=used_q | tail)
    read = _finish(listed, query, (lo, hi), cut, matched_at, weighed, one_part or thin)
    if read.score <= plain.score:
        return plain._replace(matched=tuple(matched))
    score = min(read.score, 100.0 * SEGMENT_FACTOR)  # (what followed: unknown)
    return read._replace(score=score, matched=(*matched, (lparts[cut_to].form, query.tail, "cut")))
