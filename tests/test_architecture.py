"""The tree is the architecture: layers import only downward, nothing imports in a
cycle, every module imports on its own, and each shipped table is what its
generator makes."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import screen

PACKAGE = Path(screen.__file__).parent
MAX_LINES = 300
TOO_LONG_FOR_NOW: set[str] = set()  # nothing may join

# Which screen packages each layer may import (besides itself).  "core" is the
# modules every layer shares: models, errors, exit codes, the version.
CORE = {
    "screen.models",
    "screen.rulemodel",
    "screen.frozen",
    "screen.tuples",
    "screen.errors",
    "screen.exitcodes",
    "screen.version",
    "screen.codedigest",
}
ALLOWED = {
    "api": {"engine", "rulebook", "core"},  # screen/__init__.py: the public names
    "core": set(),
    "text": {"core"},
    "matching": {"text", "core"},
    "engine": {"matching", "text", "core", "lists"},  # lists: type hints only
    "rulebook": {"matching", "text", "core", "io"},
    "lists": {"matching", "text", "core", "io"},
    "io": {"core"},
    "records": {"core"},
    "datagen": {"text", "core"},  # tables of words are normalised as the product reads them
    "runs": {"engine", "rulebook", "lists", "io", "records", "matching", "text", "core"},
    "cli": {"runs", "engine", "rulebook", "lists", "io", "records", "matching", "text", "core"},
}


def modules() -> list[str]:
    found = ["screen"]
    for info in pkgutil.walk_packages([str(PACKAGE)], prefix="screen."):
        found.append(info.name)
    return sorted(found)


def layer(module: str) -> str:
    if module == "screen":
        return "api"
    if module in CORE:
        return "core"
    part = module.split(".")[1]
    if part == "__main__":
        return "cli"
    assert part in ALLOWED, f"{module} is in no layer: add it to ARCHITECTURE.md and here"
    return part


def path_of(module: str) -> Path:
    spec = importlib.util.find_spec(module)
    assert spec is not None and spec.origin is not None
    return Path(spec.origin)


def imports_of(module: str) -> set[str]:
    """Every screen module this one imports, anywhere in its code (lazy imports
    inside functions count: they are cycles waiting for the wrong call order)."""
    known = set(modules())
    tree = ast.parse(path_of(module).read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        else:
            continue
        out.update(n for n in names if n in known and n != module)
    return out


GRAPH = {m: imports_of(m) for m in modules()}


def test_no_import_cycles() -> None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(m: str) -> None:
        state[m] = 1
        stack.append(m)
        for dep in sorted(GRAPH[m]):
            if dep == m.rsplit(".", 1)[0] or m.startswith(dep + "."):
                continue  # a module and the package it sits in
            if state.get(dep) == 1:
                cycle = [*stack[stack.index(dep) :], dep]
                pytest.fail("import cycle: " + " -> ".join(cycle))
            if dep not in state:
                visit(dep)
        stack.pop()
        state[m] = 2

    for m in GRAPH:
        if m not in state:
            visit(m)


@pytest.mark.parametrize("module", modules())
def test_layers_import_downward(module: str) -> None:
    mine = layer(module)
    for dep in GRAPH[module]:
        theirs = layer(dep)
        assert theirs == mine or theirs in ALLOWED[mine], (
            f"{module} ({mine}) imports {dep} ({theirs}): see ARCHITECTURE.md"
        )


@pytest.mark.parametrize("module", modules())
def test_only_the_command_line_imports_typer_and_rich(module: str) -> None:
    if layer(module) == "cli":
        return
    tree = ast.parse(path_of(module).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module]
            for name in names:
                assert (name or "").split(".")[0] not in {"typer", "rich", "click"}, module


@pytest.mark.parametrize("module", modules())
def test_modules_are_small(module: str) -> None:
    lines = len(path_of(module).read_text(encoding="utf-8").splitlines())
    if module in TOO_LONG_FOR_NOW:
        return
    assert lines <= MAX_LINES, f"{module} has {lines} lines: split it by job"


def test_every_module_imports_in_a_fresh_interpreter() -> None:
    """All of them, in one new interpreter, in sorted order (the static walk above
    covers the order-dependence a cycle would bring)."""
    code = "import importlib, sys\nfor name in sys.argv[1:]:\n    importlib.import_module(name)\n"
    targets = [m for m in modules() if m != "screen.__main__"]
    done = subprocess.run(
        [sys.executable, "-c", code, *targets], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
