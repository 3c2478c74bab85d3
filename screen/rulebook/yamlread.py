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
    """A mapping with the line of the mapping and of each of its keys."""

    line: int
    key_lines: dict[str, int]


class LinedList(list[Any]):
    """A sequence with the line of the sequence and of each of its items."""

    line: int
    item_lines: list[int]


class BadScalar(str):
    """A scalar that YAML typed (a date, say) but could not build ("2022-13-01")."""


def _scalar(node: yaml.ScalarNode) -> Any:
    constructor = yaml.constructor.SafeConstructor()
    try:
        return constructor.construct_object(node, deep=True)
    except (ValueError, yaml.constructor.ConstructorError):
        return BadScalar(node.value)


def _build(node: yaml.Node, file: str, problems: list[Problem]) -> Any:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out = LinedMap()
        out.line = line
        out.key_lines = {}
        for key_node, value_node in node.value:
            key = _build(key_node, file, problems)
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
            out[key] = _build(value_node, file, problems)
            out.key_lines[key] = key_line
        return out
    if isinstance(node, yaml.SequenceNode):
        seq = LinedList(_build(item, file, problems) for item in node.value)
        seq.line = line
        seq.item_lines = [item.start_mark.line + 1 for item in node.value]
        return seq
    assert isinstance(node, yaml.ScalarNode)
    return _scalar(node)


def read_yaml(text: str, file: str) -> tuple[Any, list[Problem]]:
    """Parse `text`; return its value (None for an empty file) and any problems."""
    problems: list[Problem] = []
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        what = exc.problem or str(exc)
        return None, [
            Problem(file, line, None, f"not valid YAML: {what}; check the indentation and quoting")
        ]
    except yaml.YAMLError as exc:
        return None, [Problem(file, None, None, f"not valid YAML: {exc}")]
    if node is None:
        return None, problems
    return _build(node, file, problems), problems
