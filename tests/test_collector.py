"""The command line's collector policy (`screen.cli.collector`): off while a run
starts, on (start-up objects frozen) once its command begins; a process that never
held it (tests, programs importing the package) is left alone."""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest

from screen.cli import collector


@pytest.fixture
def restored():
    enabled = gc.isenabled()
    yield
    gc.unfreeze()
    if enabled:
        gc.enable()
    collector._held[0] = False


def test_release_without_hold_leaves_the_collector_alone(restored) -> None:
    frozen = gc.get_freeze_count()
    gc.enable()
    collector.release()
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen


def test_hold_then_release_freezes_start_up_and_collects_again(restored) -> None:
    gc.enable()
    collector.hold()
    assert not gc.isenabled()
    made = [[] for _ in range(1000)]  # start-up's objects
    collector.release()
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(made)
    collector.release()  # a second command start (none in a run): nothing more
    assert gc.isenabled()


def test_a_command_runs_with_the_collector_on() -> None:
    """Through the console entry: off at start, on inside the command."""
    code = (
        "import gc, sys\n"
        "import screen.cli.handling as h\n"
        "from screen.cli import main\n"
        "seen = []\n"
        "orig = h.release\n"
        "def release():\n"
        "    seen.append(gc.isenabled()); orig(); seen.append(gc.isenabled())\n"
        "    sys.stderr.write(repr(seen))\n"
        "h.release = release\n"
        "sys.argv = ['screen', 'rules', 'list', '--format', 'json']\n"
        "main()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stderr.endswith("[False, True]")
