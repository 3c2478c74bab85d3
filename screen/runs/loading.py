"""Build a ready `Screener` from the options a run was given."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from screen.engine import Screener
from screen.matching.countries import (
    Countries,
    build_bags,
    build_countries,
    build_places,
    defer_places,
    use_countries,
)
from screen.matching.lexicon import Lexicon, build_lexicon, use_lexicon
from screen.matching.names.countryphrases import build_phrases, defer_phrases
from screen.matching.names.legalforms import (
    WordTables,
    build_form_tables,
    build_word_tables,
    defer_form_tables,
    use_word_tables,
)
from screen.models import Thresholds
from screen.rulebook import load_rulebook

if TYPE_CHECKING:
    from screen.lists import LoadedList

LISTS_ENV = "SCREEN_LISTS"  # `screen.lists.LISTS_ENV`: read here to import no list code


def open_screener(
    rules: str | os.PathLike[str] | None = None,
    *,
    block_threshold: float | None = None,
    review_threshold: float | None = None,
    lists: Sequence[str] = (),
    list_format: str | None = None,
    environment: bool = True,
    loaded: list[LoadedList] | None = None,
) -> Screener:
    """The rulebook loaded, with per-run thresholds, plus the sanctions lists given
    (and those in $SCREEN_LISTS unless `environment` is False: a worker screening for
    a run started elsewhere takes exactly the lists it is given)."""
    screener = compiled_screener(rules)
    base = screener.rulebook.thresholds
    thresholds = Thresholds(
        block=base.block if block_threshold is None else block_threshold,
        review=base.review if review_threshold is None else review_threshold,
    )
    _check_thresholds(thresholds)
    screener.configure(thresholds)
    if not lists and not (environment and os.environ.get(LISTS_ENV, "").strip()):
        return screener  # no list: the list readers are not even imported
    from screen.lists import list_paths, load_lists

    paths = list_paths(lists) if environment else list(lists)
    if paths:
        lists_loaded = load_lists(paths, list_format)
        screener.add_lists(lists_loaded)
        if loaded is not None:  # the caller wants to see them (their age, say)
            loaded.extend(lists_loaded)
    return screener


def compiled_screener(rules: str | os.PathLike[str] | None = None) -> Screener:
    """The rulebook validated and compiled into a `Screener`, from the on-disk cache
    when its files (and the seed articles its quotes were checked against) are
    unchanged: start-up then skips YAML parsing, validation and index building."""
    from screen.io.cache import cached, files_digest, key_for
    from screen.rulebook.locate import rule_files, rules_path

    use_tables(cached(key_for("tables", ()), build_tables))
    # names in another word order and cities: read when a field needs them
    defer_places(
        lambda: cached(key_for("places", ()), build_places),
        lambda: cached(key_for("bags", ()), build_bags),  # (all a party's coined word asks)
    )
    # what a party's name of two words or more asks: the countries' names of several
    # words in it, its legal forms
    defer_phrases(lambda: cached(key_for("phrases", ()), build_phrases))
    defer_form_tables(lambda: cached(key_for("forms", ()), build_form_tables))
    root = rules_path(rules)
    files = rule_files(root)
    read = {file: file.read_bytes() for file in files}  # (hashed and parsed alike)
    key = key_for("rulebook", files, str(root.resolve()), read=read.__getitem__)

    def build() -> tuple[str, Screener]:
        rulebook = load_rulebook(root, read)
        return files_digest(rulebook.seeds_dir), Screener(rulebook)

    def still_valid(entry: tuple[str, Screener]) -> bool:
        return entry[0] == files_digest(entry[1].rulebook.seeds_dir)

    return cached(key, build, still_valid)[1]


def build_tables() -> tuple[Countries, Lexicon, WordTables]:
    """The tables the matchers build from shipped data (the country table, the goods
    context lexicon, the name words'): kept in the on-disk cache, keyed by the code
    digest, which covers the shipped files they are built from."""
    return build_countries(), build_lexicon(), build_word_tables()


def use_tables(tables: tuple[Countries, Lexicon, WordTables]) -> None:
    countries, lexicon, words = tables
    use_countries(countries)
    use_lexicon(lexicon)
    use_word_tables(words)


def _check_thresholds(thresholds: Thresholds) -> None:
    from screen.errors import InputError

    if not 0 <= thresholds.review <= thresholds.block <= 100:
        raise InputError(
            f"thresholds must satisfy 0 <= review ({thresholds.review:g}) <= block "
            f"({thresholds.block:g}) <= 100: adjust --review-threshold / --block-threshold "
            "(or review_threshold / block_threshold in screen.toml, or the rulebook's "
            "thresholds)"
        )
