"""Round 8: the caches keyed by a whole text kept 65,536 of them (200,000 in the
screener's per-field cache), and an analysed 10,000-character description holds
about 1 MB there: a batch of long descriptions, all different, grew memory by a
megabyte or two a row without a useful bound (20,000 such rows: some 30 GB).  A text
over `LONG_TEXT` characters is now kept only in a cache of `LONG_TEXTS`, in the
normal forms' caches and in every cache of what a text gave (`text/textcache.py`:
goods, HS codes, a party text's reading, the screener's hits and candidates)."""

from __future__ import annotations

import datetime as dt
import gc
import random
import tracemalloc

from screen.engine import Screener
from screen.models import Shipment
from screen.text import normalize as normal
from screen.text import textcache, tokens

WORDS = ("steel", "bolts", "copper", "wire", "paper", "boxes", "cotton", "shirts")


def _long(rng: random.Random) -> str:
    """A description of 10,000 characters, its words among 800 (their caches warm)."""
    return " ".join(f"{rng.choice(WORDS)}{rng.randint(0, 99)}" for _ in range(1400))[:10_000]


def test_long_texts_stay_out_of_the_large_caches(screener: Screener) -> None:
    rng = random.Random(8)
    day = dt.date(2025, 6, 1)
    before = tokens.analyze.short.cache_info().currsize
    for _ in range(24):
        screener.screen(Shipment(description=_long(rng), country="JP", date=day))
    # (the words of a text are kept, one by one, in the caches of short texts)
    assert tokens.analyze.short.cache_info().currsize - before <= 2  # the country, say
    assert tokens.analyze.long.cache_info().currsize <= textcache.LONG_TEXTS
    assert normal.normalize_with_offsets.long.cache_info().currsize <= textcache.LONG_TEXTS
    assert all(len(t) <= textcache.LONG_TEXT for t in screener._anything_cache["description"])


def test_memory_stays_flat_over_rows_of_long_descriptions(screener: Screener) -> None:
    rng = random.Random(9)
    day = dt.date(2025, 6, 1)
    tracemalloc.start()  # (before the small caches fill: their texts are counted as freed)
    try:
        for _ in range(20):  # the small caches full (`LONG_TEXTS`), the words warm
            screener.screen(Shipment(description=_long(rng), consignee=_long(rng), date=day))
        gc.collect()  # (what is live, not what the cycle collector has yet to free)
        start = tracemalloc.get_traced_memory()[0]
        for _ in range(20):
            screener.screen(Shipment(description=_long(rng), consignee=_long(rng), date=day))
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - start
    finally:
        tracemalloc.stop()
    assert grown < 4 << 20, f"{grown / 2**20:.1f} MB for 20 rows"  # was some 30 MB


def test_a_text_cache_keeps_long_texts_among_a_few() -> None:
    from screen.text.textcache import text_cache

    calls: list[str] = []

    @text_cache(1000)
    def length(text: str) -> int:
        calls.append(text)
        return len(text)

    short, longs = "tea", [f"{i:04d}" + "x" * textcache.LONG_TEXT for i in range(40)]
    for text in (short, *longs, short):
        length(text)
    assert calls.count(short) == 1  # kept
    length(longs[-1])
    assert calls.count(longs[-1]) == 1  # among the last `LONG_TEXTS`
    length(longs[0])
    assert calls.count(longs[0]) == 2  # long gone: computed again, never kept by the thousand
