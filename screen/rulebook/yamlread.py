"""YAML read safely into plain values that remember their line numbers.

`yaml.safe_load` forgets where values came from and silently keeps the last of
two duplicate keys.  Validation needs both, so this composes the node tree with
the safe loader and builds `LinedMap`/`LinedList` values that carry the 1-based
line of every key and item.
"""

from __future__ import annotations

from typing import Any

import yaml

from screen.errors import Problem

try:  # libyaml is much faster; fall back to the pure-Python loader.
    _Loader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _Loader = yaml.SafeLoader


class LinedMap(dict[str, Any]):
    """A mapping with the line of the mapping and of each of its keys, and the text of
    each value YAML read as a boolean (`NO` is false to YAML 1.1, Norway to a user)."""

    line: int
    key_lines: dict[str, int]
    booleans: dict[str, str]


class LinedList(list[Any]):
    """A sequence with the line of the sequence and of each of its items, and the
    text of each item YAML read as a boolean."""

    line: int
    item_lines: list[int]
    booleans: dict[int, str]


def _boolean(node: yaml.Node, value: Any) -> bool:
    return isinstance(node, yaml.ScalarNode) and isinstance(value, bool)


def boolean_text(written: str, value: bool) -> str:
    """The error of a boolean where text belongs: it says what was written."""
    return (
        f"{written} is read by YAML as {str(value).lower()} (YAML 1.1 reads yes, no, on and "
        f'off so), not as text: quote it, "{written}"'
    )


class BadScalar(str):
    """A scalar that YAML typed (a date, say) but could not build ("2022-13-01")."""


class WrittenInt(int):
    """An unquoted scalar YAML read as an integer, with the text as written (0101
    is the octal 65 to YAML 1.1: a field of codes must see what was written)."""

    written: str


class WrittenFloat(float):
    """An unquoted scalar YAML read as a number with a fraction (8542.10 is 8542.1)."""

    written: str


def _scalar(node: yaml.ScalarNode) -> Any:
    constructor = yaml.constructor.SafeConstructor()
    try:
        value = constructor.construct_object(node, deep=True)
    except (ValueError, yaml.constructor.ConstructorError):
        return BadScalar(node.value)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value
    number = WrittenInt(value) if isinstance(value, int) else WrittenFloat(value)
    number.written = node.value
    return number


# the tags YAML gives plain values (text, numbers, dates, lists, mappings), written or
# resolved; any other (`!!python/object/apply:...`, `!custom`) is refused, not read as text
_PLAIN_TAGS = frozenset(
    t for t in yaml.constructor.SafeConstructor.yaml_constructors if isinstance(t, str)
) | {"tag:yaml.org,2002:merge"}  # `<<`: read as a key, which no rule allows
MAX_DEPTH = 64  # a rulebook nests four levels; deeper is a mistake or an attack
TOO_DEEP = f"nested more than {MAX_DEPTH} levels deep: a rulebook needs only a few"
MAX_VALUES = 50_000  # values built per file, aliases expanded (the built-in's largest: 1,029)


class _TooBig(Exception):
    """The expansion stopped: the file's one problem says why."""


class _Walk:
    """What `_build` has built so far in one file: the count of values (each alias
    expanded) and the depth."""

    def __init__(self, file: str, problems: list[Problem]) -> None:
        self.file = file
        self.problems = problems
        self.built = 0
        self.depth = 0
        self.nodes: set[int] = set()  # the nodes built once: met again, through an alias
        self.aliased = False

    def refuse(self, node: yaml.Node) -> str | None:
        """Why `node` is not built, or None.  Anchors and aliases (`&x`, `*x`) are
        allowed, but a few hundred bytes of nested ones would expand to gigabytes:
        the expansion stops at MAX_VALUES with one problem."""
        self.built += 1
        if id(node) in self.nodes:
            self.aliased = True
        self.nodes.add(id(node))
        if self.built > MAX_VALUES:
            if self.aliased:
                raise _TooBig(
                    f"more than {MAX_VALUES:,} values once its aliases (*name) are expanded: "
                    "nested anchors and aliases multiply; write the values out"
                )
            raise _TooBig(
                f"more than {MAX_VALUES:,} values in one file (the built-in rulebook's "
                "largest holds about 1,000): split the rules over several files"
            )
        if self.depth > MAX_DEPTH:
            return TOO_DEEP
        tag = node.tag
        if tag not in _PLAIN_TAGS:
            shown = tag.replace("tag:yaml.org,2002:", "!!")
            return (
                f"the tag '{shown}' is not allowed (nothing is run or built from it): "
                "rule files hold plain text, numbers, lists and mappings; remove the tag"
            )
        return None


def _build(node: yaml.Node, walk: _Walk) -> Any:
    reason = walk.refuse(node)
    if reason is not None:
        walk.problems.append(Problem(walk.file, node.start_mark.line + 1, None, reason))
        return None
    walk.depth += 1
    try:
        return _build_node(node, walk)
    finally:
        walk.depth -= 1


def _build_node(node: yaml.Node, walk: _Walk) -> Any:
    file, problems = walk.file, walk.problems
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out = LinedMap()
        out.line = line
        out.key_lines = {}
        out.booleans = {}
        for key_node, value_node in node.value:
            key = _build(key_node, walk)
            key_line = key_node.start_mark.line + 1
            if not isinstance(key, str):
                problems.append(Problem(file, key_line, None, f"key {key!r} must be text"))
                key = str(key)
            if key in out:
                problems.append(
                    Problem(
                        file,
                        key_line,
                        key,
                        f"duplicate key (first at line {out.key_lines[key]}): keep one",
                    )
                )
                continue
            out[key] = _build(value_node, walk)
            out.key_lines[key] = key_line
            if _boolean(value_node, out[key]):
                out.booleans[key] = value_node.value
        return out
    if isinstance(node, yaml.SequenceNode):
        seq = LinedList(_build(item, walk) for item in node.value)
        seq.line = line
        seq.item_lines = [item.start_mark.line + 1 for item in node.value]
        seq.booleans = {i: n.value for i, n in enumerate(node.value) if _boolean(n, seq[i])}
        return seq
    assert isinstance(node, yaml.ScalarNode)
    return _scalar(node)


# libyaml composes nested nodes by recursing in C: some 50,000 levels ("[[[...") overflow
# its stack and kill the process (SIGSEGV), below Python's recursion check.  A text
# that could nest that deep is first read as events (no recursion) for its depth.
_CHECKED_DEPTH = 10_000  # levels a text may open before its events are read first


def _too_deep(text: str) -> int | None:
    """The line at which `text` nests deeper than MAX_DEPTH, when it could nest deeper
    than _CHECKED_DEPTH (each level opens a bracket, a dash, a "?" or a line)."""
    openers = sum(text.count(c) for c in "-?[{") + text.count("\n")
    if openers <= _CHECKED_DEPTH:
        return None
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    return event.start_mark.line + 1 if event.start_mark else 1
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.MarkedYAMLError as exc:
        if not _nesting(exc):
            raise
        return exc.problem_mark.line + 1 if exc.problem_mark else 1
    return None


def _nesting(exc: yaml.MarkedYAMLError) -> bool:
    """Whether libyaml stopped a text for its depth itself (PyYAML 6.0.4's libyaml
    does, while scanning ahead of the events): the same problem as `_too_deep`'s."""
    return "nesting depth" in str(exc.problem)


def read_yaml(text: str, file: str) -> tuple[Any, list[Problem]]:
    """Parse `text`; return its value (None for an empty file) and any problems."""
    problems: list[Problem] = []
    try:
        if (deep := _too_deep(text)) is not None:
            return None, [Problem(file, deep, None, TOO_DEEP)]
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        what = exc.problem or str(exc)
        if _nesting(exc):
            return None, [Problem(file, line, None, TOO_DEEP)]
        return None, [
            Problem(file, line, None, f"not valid YAML: {what}; check the indentation and quoting")
        ]
    except yaml.YAMLError as exc:
        return None, [Problem(file, None, None, f"not valid YAML: {exc}")]
    except RecursionError:
        return None, [Problem(file, None, None, "not valid YAML: nested too deeply")]
    if node is None:
        return None, problems
    try:
        return _build(node, _Walk(file, problems)), problems
    except _TooBig as exc:
        return None, [Problem(file, None, None, str(exc))]
