"""Print pip constraints that pin every direct dependency of screen (run-time and
the test extra) to the lowest version pyproject.toml allows, so CI can test the
oldest install a user may get (`pip install -c <these> -e .[test]`).

Only direct dependencies are pinned; what they pull in resolves as a user's pip
would resolve it.  A bound that is not `>=X` or `==X` is an error: every range
must have a tested lower end.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

SPEC = re.compile(r"^\s*([A-Za-z0-9_.\-]+)\s*(?:\[[^\]]*\])?\s*(.*)$")


def lowest(requirement: str) -> str:
    match = SPEC.match(requirement)
    if not match:
        raise SystemExit(f"cannot read the requirement {requirement!r}")
    name, spec = match.group(1), match.group(2)
    for part in spec.split(","):
        op_version = re.match(r"\s*(>=|==)\s*([^\s;]+)", part)
        if op_version:
            return f"{name}=={op_version.group(2)}"
    raise SystemExit(f"{requirement!r} has no lower bound (>=X): declare the version tested")


def main() -> None:
    root = Path(__file__).resolve().parent.parent
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = [*project["dependencies"], *project["optional-dependencies"]["test"]]
    sys.stdout.write("".join(lowest(r) + "\n" for r in requirements))


if __name__ == "__main__":
    main()
