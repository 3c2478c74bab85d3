"""Items 3 and 5: a hostile rulebook can neither exhaust memory nor read files
outside its seeds folder."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screen.cli import app
from tests.hostile.conftest import ROOT, run_screen
from tests.test_rulebook import GOOD_RULE, SETTINGS

QUOTE = "Japan said Friday that it will ban exports of cutting-edge goods to Russia"
SECRET = f"root:$6$secret: {QUOTE}\n"


def _bomb(levels: int = 9) -> str:
    """Nine nested aliases of nine: 9**9 (387 million) values once expanded."""
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, levels):
        refs = ",".join([f"*a{i - 1}"] * 9)
        lines.append(f"a{i}: &a{i} [{refs}]")
    return "\n".join(lines) + "\n"


def _validate(rules: Path):
    return CliRunner().invoke(app, ["rules", "validate", "--rules", str(rules)])


def _problem(path: Path, message: str) -> str:
    return (
        f"Error: the rulebook has 1 problem:\n  {message.format(path=path)}\n"
        "Fix the rulebook and run 'screen rules validate' again.\n"
    )


def test_an_alias_bomb_is_refused_under_a_memory_cap(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    bomb = rules / "bomb.yaml"
    bomb.write_text(_bomb(), encoding="utf-8")
    assert len(bomb.read_bytes()) < 450
    cap = 1 << 30  # 1 GiB of address space; the expansion would need hundreds

    def limit() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

    result = run_screen(tmp_path, "rules", "validate", "--rules", str(rules), preexec_fn=limit)
    assert result.returncode == 3, result.stderr
    assert result.stderr == _problem(
        bomb,
        "{path}: more than 50,000 values once its aliases (*name) are expanded: nested "
        "anchors and aliases multiply; write the values out",
    )


def test_aliases_that_stay_small_are_allowed(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    text = GOOD_RULE.replace("    source:\n", "    source: &src\n")
    text += text.split("rules:\n", 1)[1].replace("T-ONE", "T-TWO").split("    source:")[0]
    (rules / "rulebook.yaml").write_text(SETTINGS, encoding="utf-8")
    (rules / "items.yaml").write_text(text + "    source: *src\n", encoding="utf-8")
    result = _validate(rules)
    assert result.exit_code == 0, result.output


def test_deep_nesting_is_a_rulebook_error(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    deep = rules / "deep.yaml"
    deep.write_text("rules: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    result = _validate(rules)
    assert result.exit_code == 3
    assert "nested more than 64 levels deep: a rulebook needs only a few" in result.stderr


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("rules: " + "[" * 100_000 + "]" * 100_000 + "\n", id="flow"),
        pytest.param("rules:\n  " + "- " * 100_000 + "x\n", id="block"),
    ],
)
def test_nesting_deep_enough_to_crash_libyaml_is_a_rulebook_error(
    tmp_path: Path, text: str
) -> None:
    """Round 7: some 50,000 levels overflowed libyaml's composer (it recurses in C,
    below Python's recursion check): `rules validate`, and every run with the
    rulebook, died of SIGSEGV (exit -11) without a word.  Run in a child process."""
    rules = tmp_path / "rules"
    rules.mkdir()
    deep = rules / "deep.yaml"
    deep.write_text(text, encoding="utf-8")
    done = run_screen(tmp_path, "rules", "validate", "--rules", str(rules))
    assert done.returncode == 3, done.stderr
    line = 1 if text.startswith("rules: [") else 2
    assert done.stderr == (
        "Error: the rulebook has 1 problem:\n"
        f"  {deep}:{line}: nested more than 64 levels deep: a rulebook needs only a few\n"
        "Fix the rulebook and run 'screen rules validate' again.\n"
    )


@pytest.fixture()
def book(tmp_path: Path) -> Path:
    rules = tmp_path / "book" / "rules"
    rules.mkdir(parents=True)
    shutil.copytree(ROOT / "seeds", tmp_path / "book" / "seeds")
    (tmp_path / "secret.txt").write_text(SECRET, encoding="utf-8")
    (rules / "rulebook.yaml").write_text(SETTINGS, encoding="utf-8")
    return rules


def _with_seed(rules: Path, seed: str) -> Path:
    items = rules / "items.yaml"
    items.write_text(
        GOOD_RULE.replace("seed: 002_2c95c9e8002346b3.txt", f"seed: {seed}"), encoding="utf-8"
    )
    return items


@pytest.mark.parametrize(
    ("seed", "message"),
    [
        ("../../secret.txt", "seed '../../secret.txt' is outside the seeds folder {seeds}"),
        ("/etc/passwd", "seed '/etc/passwd' is outside the seeds folder {seeds}"),
        ("link.txt", "seed 'link.txt' is outside the seeds folder {seeds}"),
        ("loop.txt", "seed 'loop.txt' is a symlink loop: name an article file in {seeds}"),
        (".", "seed '.' is outside the seeds folder {seeds}"),
    ],
)
def test_a_seed_outside_the_seeds_folder_is_refused(book: Path, seed: str, message: str) -> None:
    seeds = book.parent / "seeds"
    (seeds / "link.txt").symlink_to(book.parent.parent / "secret.txt")
    (seeds / "loop.txt").symlink_to(seeds / "loop2.txt")
    (seeds / "loop2.txt").symlink_to(seeds / "loop.txt")
    items = _with_seed(book, seed)
    result = _validate(book)
    assert result.exit_code == 3
    tail = "" if "loop" in message else ": name an article file there"
    assert result.stderr == _problem(
        items, f"{{path}}:13 [source.seed]: {message.format(seeds=seeds)}{tail}"
    )
    shown = CliRunner().invoke(app, ["source", "T-ONE", "--rules", str(book)])
    assert shown.exit_code == 3
    assert "root:" not in shown.output


def test_a_seeds_setting_outside_the_rulebook_is_refused(book: Path) -> None:
    (book / "rulebook.yaml").write_text("version: '1'\nseeds: /etc\n", encoding="utf-8")
    _with_seed(book, "passwd")
    result = _validate(book)
    assert result.exit_code == 3
    assert result.stderr == _problem(
        book,
        f"{{path}} [seeds]: seeds: '/etc' is outside {book.parent}: keep the seed articles "
        "in a folder beside the rulebook",
    )


def test_a_seeds_setting_that_loops_is_a_rulebook_error(book: Path) -> None:
    os.symlink(book.parent / "b", book.parent / "a")
    os.symlink(book.parent / "a", book.parent / "b")
    (book / "rulebook.yaml").write_text("version: '1'\nseeds: ../a\n", encoding="utf-8")
    _with_seed(book, "x.txt")
    result = _validate(book)
    assert result.exit_code == 3
    assert result.stderr == _problem(book, "{path} [seeds]: seeds: '../a' is a symlink loop")


# -- s28 H4: HS codes YAML reads as numbers ------------------------------------------------


@pytest.mark.parametrize(
    ("written", "problem"),
    [
        ("0101", '0101 is a number (YAML reads it as 65): quote HS codes, "0101"'),
        ("8542.10", '8542.10 is a number (YAML reads it as 8542.1): quote HS codes, "8542.10"'),
        ("0x2A", '0x2A is a number (YAML reads it as 42): quote HS codes, "0x2A"'),
    ],
)
def test_an_hs_code_yaml_changes_is_a_rulebook_error(tmp_path: Path, written, problem) -> None:
    written_line = f"    hs_codes: [8541, {written}]"
    rules, items, line = _edited(tmp_path, '    hs_codes: ["8541", "8542"]', written_line)
    result = _validate(rules)
    assert result.exit_code == 3
    assert result.stderr == _problem(items, f"{{path}}:{line} [hs_codes]: {problem}")


def _edited(tmp_path: Path, line_text: str, instead: str) -> tuple[Path, Path, int]:
    """A copy of the built-in rulebook with the first `line_text` of items.yaml
    written as `instead`: (the rulebook, items.yaml, the line's number)."""
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    items = rules / "items.yaml"
    text = items.read_text(encoding="utf-8")
    line = text[: text.index(line_text)].count("\n") + 1
    items.write_text(text.replace(line_text, instead, 1), encoding="utf-8")
    return rules, items, line


def test_an_hs_code_read_as_written_stands(tmp_path: Path) -> None:
    rules, _, _ = _edited(tmp_path, 'hs_codes: ["8541", "8542"]', "hs_codes: [8541, 8542]")
    assert _validate(rules).exit_code == 0


# -- s29 (round 1, M3): words YAML 1.1 reads as booleans (NO is Norway) --------------------


@pytest.mark.parametrize(
    ("written", "problem"),
    [
        (
            "[NO]",
            "NO is read by YAML as false (YAML 1.1 reads yes, no, on and off so), not "
            'as text: quote it, "NO"',
        ),
        (
            "[RU, No]",
            "No is read by YAML as false (YAML 1.1 reads yes, no, on and off so), "
            'not as text: quote it, "No"',
        ),
        (
            "[ON]",
            "ON is read by YAML as true (YAML 1.1 reads yes, no, on and off so), not "
            'as text: quote it, "ON"',
        ),
    ],
)
def test_a_country_yaml_reads_as_a_boolean_says_to_quote_it(tmp_path: Path, written, problem):
    rules, items, line = _edited(tmp_path, "    countries: [RU]", f"    countries: {written}")
    result = _validate(rules)
    assert result.exit_code == 3
    assert result.stderr == _problem(items, f"{{path}}:{line} [countries]: {problem}")


def test_a_quoted_no_is_norway(tmp_path: Path) -> None:
    rules, _, _ = _edited(tmp_path, "    countries: [RU]", '    countries: ["NO"]')
    assert _validate(rules).exit_code == 0


def test_a_problem_an_alias_repeats_is_said_once(tmp_path: Path) -> None:
    """s29 (round 1, L6): `[*t0, *t0, ...]` printed the same problem line 40 times."""
    repeated = "    countries: [&t0 {a: 1}" + ", *t0" * 39 + "]"
    rules, items, line = _edited(tmp_path, "    countries: [RU]", repeated)
    result = _validate(rules)
    assert result.exit_code == 3
    assert result.stderr == _problem(
        items, f"{{path}}:{line} [countries]: every entry of 'countries' must be non-empty text"
    )
