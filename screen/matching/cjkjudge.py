"""Is a goods term found in Chinese or Japanese text evidence of its rule's goods?

Chinese and Japanese compounds put the head noun last ("LEDランプ", "疫苗冷藏箱"),
so a term followed at once by another noun qualifies that noun, unless the noun
is neutral ("半導体デバイス", "半导体器件"), another term of the same rule, or,
for a rule whose goods are machines, a machine ("石油精製装置").  A term followed
by a connective ("用", "の", "的") describes what a later noun is for: evidence
only when the rule's goods are machines and that noun is one ("石油精製用の装置").
Negation: the text before "を除く", "以外", "除外" (back to the bracket or comma
before it) and after "不包括", "不含" is excluded; "非" excludes the next word.
Words of other trades in the same clause weigh against the term, as in Latin text.

Korean is head-final too, but writes its words apart and joins particles to them:
a particle after a term ("로봇을", "반도체 및 부품") leaves the term whole; "의" (of)
and "용" (for) make it describe the word after them ("반도체용 장비": equipment);
a noun joined to the term ("로봇청소기") or the word after it ("로봇 청소기", no
punctuation between) heads it, as a noun after a Japanese term does.

Works on the normalised text (punctuation already turned into spaces), so a
"segment" below is a run of text between punctuation marks.
"""

from __future__ import annotations

from bisect import bisect_right

from screen.matching.goods import Goods
from screen.matching.items import item_of, item_starts
from screen.matching.judge import NEGATED
from screen.matching.lexicon import lexicon
from screen.text.lazyre import lazy_pattern
from screen.text.normalize import normalize
from screen.text.tokens import Analyzed, compact

_NAKAGURO = "・･ "
_COORDINATION = ("及び", "及", "並びに", "又は", "和", "或", "与", "と", "や")
_NOUN = lazy_pattern(
    r"[\u30a0-\u30ff\u3400-\u9fffA-Za-z\uac00-\ud7af]"
)  # kana, kanji, Latin, Hangul


def _clause(text: Analyzed, start: int) -> str:
    """The compact form of the item (of the user's text) around a normalised offset:
    its clause, or its part between list marks ("緑茶・半導体", `items.py`)."""
    original = text.norm.original
    at = text.norm.offsets[start]
    starts = item_starts(original)
    n = bisect_right(starts, at)
    begin = starts[n - 1] if n else 0
    end = starts[n] if n < len(starts) else len(original)
    return compact(normalize(original[begin:end].lstrip(_NAKAGURO)))


def _segments(text: Analyzed, start: int, end: int) -> tuple[str, str]:
    """The compact text before and after text[start:end], within its spaces and the
    item it stands in (a nakaguro between goods ends it: "半導体・タオル")."""
    norm = text.text
    segment_start = norm.rfind(" ", 0, start) + 1
    segment_end = norm.find(" ", end)
    segment_end = segment_end if segment_end >= 0 else len(norm)
    item = item_of(text, start)
    while segment_start < start and item_of(text, segment_start) != item:
        segment_start += 1
    stop = end
    while stop < segment_end and item_of(text, stop) == item:
        stop += 1
    before = compact(norm[segment_start:start])
    return before, compact(norm[end:stop])


def _negation(before: str, after: str) -> str:
    """The CJK cue that negates what stands between `before` and `after`, "" when none."""
    lex = lexicon()
    for cue in lex.cjk_negation_after:
        if cue in after:
            return cue
    for cue in lex.cjk_negation_before:
        if cue in before:
            return cue
    for cue in lex.cjk_negation_char:
        at = before.rfind(cue)
        if at >= 0 and len(before) - at - 1 < 2:
            return cue
    return ""


def negated_cjk(text: Analyzed, start: int, end: int) -> str:
    """The cue that negates the CJK phrase at text[start:end] ("非工业用钻石"), "" when none."""
    return _negation(*_segments(text, start, end))


def _purpose_after(text: Analyzed, start: int, shown: str, rest: str, goods: Goods) -> str:
    """The verdict on a CJK term that ends its phrase with a connective ("薄膜沉積設備
    半導體用": deposition equipment, for semiconductors): the goods are the phrase
    before it in its clause, evidence only for a rule whose goods are machines and
    that phrase one; "" when it is evidence."""
    norm = text.text
    end = len(norm[:start].rstrip())
    begin = norm.rfind(" ", 0, end) + 1
    what = compact(norm[begin:end])
    if not what or what not in _clause(text, start):
        return f"'{shown}{rest}' says what goods are for, not what they are: not {goods.noun}"
    if goods.equipment and what.endswith(lexicon().cjk_equipment_head):
        return ""
    before = text.quote(begin, end)
    return f"'{shown}{rest}' says what '{before}' is for: the goods are {before}, not {goods.noun}"


_NUMERALS = "0123456789一二三四五六七八九十百千両两"


def _counted(rest: str) -> bool:
    """Does `rest` say how many or how packed the goods before it are ("一式",
    "二台", "セット"), which heads nothing?"""
    lex = lexicon()
    count = rest.lstrip(_NUMERALS)
    return rest in lex.cjk_quantity or (count != rest and count in lex.cjk_counter)


def _hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7af"


def _next_word(text: Analyzed, start: int, end: int) -> str:
    """The compact form of the Hangul word after the word ending at `end` (a term at
    `start` and what is joined to it), when only spaces stand between them in the
    user's text, in the same item; "" else."""
    norm = text.text
    at = end + 1
    if norm[end : end + 1] != " " or not _hangul(norm[at : at + 1] or " "):
        return ""
    stop = norm.find(" ", at)
    stop = stop if stop >= 0 else len(norm)
    if text.quote(end, at).strip() or item_of(text, at) != item_of(text, start):
        return ""
    return compact(norm[at:stop])


def _korean(
    text: Analyzed, start: int, end: int, rest: str, goods: Goods, own: tuple[str, ...]
) -> str:
    """The verdict on a Korean term by the word it qualifies, if any (see the module's
    docstring); "" when it heads its phrase."""
    lex = lexicon()
    shown = text.quote(start, end)
    what = compact(text.text[start:end])
    particles = lex.cjk_particle
    if rest and (rest in particles or (rest.startswith("들") and rest[1:] in ("", *particles))):
        return ""
    connective = rest.startswith(lex.cjk_korean_connective)
    head = rest[1:] if connective else rest
    if not head:  # the word after the term's own ("반도체 장비", "반도체용 장비")
        stop = text.text.find(" ", end)
        head = _next_word(text, start, stop if stop >= 0 else len(text.text))
    if not head or head.startswith(particles):
        return ""
    part = head.startswith(lex.cjk_part_head)
    machine = goods.equipment and head.startswith(lex.cjk_equipment_head)
    done = head.startswith(lex.cjk_quantity)  # a set of it, its export ("반도체의 수출")
    if connective:
        fits = part or machine or done
    else:
        fits = (
            part
            or machine
            or done
            or head.startswith(lex.cjk_neutral_head)
            or any(head.startswith(t) for t in own)
            or any(len(t) > len(what) and (what + head).startswith(t) for t in own)
        )
    return "" if fits else f"'{shown}' before '{head}': the goods are {head}, not {goods.noun}"


def judge_cjk(text: Analyzed, start: int, end: int, goods: Goods, own: tuple[str, ...]) -> str:
    """ "" when the CJK term at text[start:end] is evidence, else the reason.
    `own` holds the compact forms of the rule's CJK terms."""
    lex = lexicon()
    norm = text.text
    what = compact(norm[start:end])  # (compact: Traditional characters as Simplified)
    shown = text.quote(start, end)  # the user's own characters
    before, after = _segments(text, start, end)
    cue = _negation(before, after)
    if cue:
        return f"'{shown}'{NEGATED}'{cue}'"
    rest = compact(after).lstrip(_NAKAGURO)  # ("ロボット・アーム": one compound)
    if what and _hangul(what[-1]):
        korean = _korean(text, start, end, rest, goods, own)
        if korean:
            return korean
    elif rest and not rest.startswith(_COORDINATION):
        if rest.startswith(lex.cjk_connective):
            head = rest.lstrip("".join(lex.cjk_connective))
            if not head:  # "X用" ends its phrase: it says what the goods before are for
                return _purpose_after(text, start, shown, rest, goods)
            part = head.startswith(lex.cjk_part_head)
            if not part and not (goods.equipment and head.endswith(lex.cjk_equipment_head)):
                return f"'{shown}' before '{rest}': the goods are {head}, not {goods.noun}"
        elif not rest[0].isascii() and _NOUN().match(rest) and not _counted(rest):
            fits = (
                rest.startswith(lex.cjk_neutral_head)
                or rest.startswith(lex.cjk_part_head)  # (its parts: 半导体设备零部件)
                or any(len(t) > len(what) and (what + rest).startswith(t) for t in own)
                or any(rest.startswith(t) for t in own)
                or (goods.equipment and rest.startswith(lex.cjk_equipment_head))
            )
            if not fits:  # (quoted as the user wrote it: "ﾛﾎﾞｯﾄｱｰﾑ", not "アム")
                after_end = end + len(norm[end:].split(" ", 1)[0])
                written = text.quote(end, after_end).lstrip(_NAKAGURO) or rest
                whole = text.quote(start, after_end)
                return f"'{shown}' inside '{whole}': the goods are {written}, not {goods.noun}"
    trade, word = lex.cjk_trade(_clause(text, start))
    if trade and word not in what:
        return f"'{shown}' beside '{word}': goods of the {trade} trade"
    return ""
