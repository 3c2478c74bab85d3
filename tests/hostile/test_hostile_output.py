"""Items 2, 11, 12 and 13: what `-o` names is never harmed, every fault and signal
ends the run with one line and its exit code, and no `.part` is left behind.

No test touches a device: a FIFO stands for the character devices (the same code
path writes both directly), and a file-size limit (RLIMIT_FSIZE) stands for a
full disk."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import signal
import stat
import struct
import subprocess
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screen.cli import app
from screen.errors import RunFailure
from screen.runs import workers as workers_module
from tests.hostile.conftest import (
    BLOCKED_ROW,
    HEADER,
    child_env,
    run_screen,
    screen_command,
    write,
)


def _batch(*args: str):
    return CliRunner().invoke(app, ["batch", *args, "-q", "--no-record"])


def _parts(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def _many(tmp_path: Path, rows: int) -> Path:
    lines = "".join(
        f"{i},green tea {i % 97},Tea House {i % 89},JP,2024-05-01\n" for i in range(rows)
    )
    return write(tmp_path, HEADER + BLOCKED_ROW + lines, name="many.csv")


# -- 2: -o keeps what it names --------------------------------------------------------


def test_a_fifo_is_written_not_replaced(tmp_path: Path, orders: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    result = _batch(str(orders), "-o", str(fifo))
    reader.join(60)
    assert result.exit_code == 1
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert got[0].decode().splitlines()[1].startswith("1,semiconductor wafers,")
    assert _parts(tmp_path) == []


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "xlsx"])
def test_every_format_writes_a_fifo_not_replaces_it(tmp_path: Path, orders: Path, fmt: str) -> None:
    pytest.importorskip("xlsxwriter", reason="the excel extra is not installed")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    result = _batch(str(orders), "-o", str(fifo), "--format", fmt)
    reader.join(60)
    assert result.exit_code == 1, result.output
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert got and got[0]
    if fmt == "xlsx":
        assert got[0][:2] == b"PK"  # the workbook itself came through the pipe
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        p.name for p in tmp_path.iterdir() if not p.name.startswith(".")
    )


def test_an_existing_file_keeps_its_mode_and_hard_links(tmp_path: Path, orders: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old\n")
    target.chmod(0o640)
    twin = tmp_path / "twin.csv"
    os.link(target, twin)
    assert _batch(str(orders), "-o", str(target)).exit_code == 1
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.stat().st_nlink == 2
    assert twin.read_text().startswith("order_id,description")


def test_a_new_file_gets_the_umask_mode(tmp_path: Path, orders: Path) -> None:
    umask = os.umask(0o022)
    try:
        assert _batch(str(orders), "-o", str(tmp_path / "new.csv")).exit_code == 1
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "new.csv").stat().st_mode) == 0o644


def test_a_symlink_is_followed_not_replaced(tmp_path: Path, orders: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old\n")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    assert _batch(str(orders), "-o", str(link)).exit_code == 1
    assert link.is_symlink()
    assert real.read_text().startswith("order_id,description")


@pytest.mark.parametrize(
    ("output", "message"),
    [
        ("{tmp}", "cannot write {tmp}: it is a folder; give a file name, e.g. {tmp}/screened.csv"),
        ("", "--output is empty: give a file name, or - for standard output"),
        (
            "{tmp}/nowhere/out.csv",
            "cannot write {tmp}/nowhere/out.csv: the folder {tmp}/nowhere does not exist",
        ),
    ],
)
def test_an_unusable_output_is_refused_before_screening(
    tmp_path: Path, orders: Path, output: str, message: str
) -> None:
    """--rules names no rulebook: the output error (exit 2) comes first."""
    target = output.format(tmp=tmp_path)
    result = _batch(str(orders), "-o", target, "--rules", str(tmp_path / "no-rules"))
    assert result.exit_code == 2
    assert result.stderr == f"Error: {message.format(tmp=tmp_path)}\n"


def test_a_part_left_by_kill_9_is_removed(tmp_path: Path, orders: Path) -> None:
    gone = subprocess.Popen(["true"])
    gone.wait()
    stale = tmp_path / f".out.csv.{gone.pid}.part"
    stale.write_text("half a run")
    assert _batch(str(orders), "-o", str(tmp_path / "out.csv")).exit_code == 1
    assert _parts(tmp_path) == []


# -- 13: one line and exit 2 for every output fault ----------------------------------


def _without_root_override() -> list[str]:
    """Root writes into read-only folders; drop that capability for the child."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.fail("running as root without setpriv: cannot make a folder read-only")
    caps = "-dac_override,-dac_read_search"
    return [setpriv, f"--bounding-set={caps}", f"--inh-caps={caps}"]


def test_a_read_only_folder_exits_2(tmp_path: Path, orders: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    target = folder / "out.csv"
    command = _without_root_override() + screen_command("batch", str(orders), "-o", str(target))
    done = subprocess.run(
        command, env=child_env(tmp_path), capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 2, done.stderr
    assert (
        done.stderr == f"Error: cannot write {target}: Permission denied; choose another --output\n"
    )


@pytest.mark.parametrize(
    ("encoding", "text"),
    [("latin-1", "半導体"), ("cp932", "Ωmega 🙂")],
)
def test_an_output_encoding_without_the_characters_exits_2(
    tmp_path: Path, encoding: str, text: str
) -> None:
    path = write(tmp_path, HEADER + f"1,{text},Baltic LLC,RU,2024-05-01\n")
    target = tmp_path / "out.csv"
    result = _batch(str(path), "-o", str(target), "--output-encoding", encoding)
    assert result.exit_code == 2
    first = next(c for c in text if c.encode(encoding, "replace") == b"?")
    assert result.stderr.startswith(
        f"Error: cannot write {target} as {encoding}: it has no character for '"
    )
    assert first in result.stderr and result.stderr.count("\n") == 1
    assert result.stderr.endswith("; use --output-encoding utf-8 (or utf-8-sig for Excel)\n")
    assert not target.exists() and _parts(tmp_path) == []


def test_utf16_forced_on_a_utf8_file_exits_2(tmp_path: Path, orders: Path) -> None:
    result = _batch(str(orders), "--encoding", "utf-16")
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {orders} is not UTF-16: it has no zero bytes, which every UTF-16 order "
        "file has; leave out --encoding, or name the file's encoding\n"
    )


@pytest.mark.parametrize("command", ["check", "batch"])
def test_a_closed_stdout_exits_2(tmp_path: Path, orders: Path, command: str) -> None:
    args = ["check", "semiconductor wafers", "--country", "RU"]
    if command == "batch":
        args = ["batch", str(orders)]
    shell = " ".join(f"'{a}'" for a in screen_command(*args)) + " >&-"
    done = subprocess.run(
        ["bash", "-c", shell], env=child_env(tmp_path), capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 2
    assert done.stderr == (
        "Error: standard output is closed: give -o FILE, or redirect the output (> FILE)\n"
    )


def _file_size_cap(limit: int):
    def apply() -> None:
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the cap fails (EFBIG)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


FULL = "File too large; the file system or a limit refuses a file this large"


@pytest.mark.parametrize(("where", "workers"), [("file", "1"), ("file", "2"), ("stdout", "1")])
def test_a_full_disk_ends_the_run_with_exit_2_and_no_part(
    tmp_path: Path, where: str, workers: str
) -> None:
    """Item 12: the write fails half way (as on a full disk); the run ends at once,
    workers and all, with one line; nothing is left under any name."""
    source = _many(tmp_path, 40_000)
    target = tmp_path / "out" / "screened.csv"
    target.parent.mkdir()
    args = ["batch", str(source), "-q", "--no-record", "--workers", workers]
    if where == "file":
        args += ["-o", str(target)]
    with (tmp_path / "stdout.csv").open("wb") as sink:
        done = run_screen(
            tmp_path,
            *args,
            stdout=sink,
            stderr=subprocess.PIPE,
            capture_output=False,
            preexec_fn=_file_size_cap(200_000),
        )
    assert done.returncode == 2, done.stderr
    name = target if where == "file" else "standard output"
    assert done.stderr == f"Error: cannot write {name}: {FULL}\n"
    assert list(target.parent.iterdir()) == []


# -- 11: signals ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("signum", "code", "line"),
    [
        (signal.SIGTERM, 143, "Stopped by SIGTERM.\n"),
        (signal.SIGHUP, 129, "Stopped by SIGHUP.\n"),
        (signal.SIGINT, 130, "Interrupted.\n"),
    ],
)
def test_a_signal_cleans_up_and_exits_with_its_code(
    tmp_path: Path, signum: int, code: int, line: str
) -> None:
    source = _many(tmp_path, 60_000)
    target = tmp_path / "out" / "screened.csv"
    target.parent.mkdir()
    child = subprocess.Popen(
        screen_command(
            "batch", str(source), "-q", "--no-record", "--workers", "2", "-o", str(target)
        ),
        env=child_env(tmp_path),
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    while not _parts(target.parent):  # the run has opened its output
        assert child.poll() is None, child.communicate()
        time.sleep(0.01)
    child.send_signal(signal.SIGSTOP)  # hold it mid-run, whatever the machine's speed
    child.send_signal(signum)
    child.send_signal(signal.SIGCONT)
    _, err = child.communicate(timeout=300)
    assert child.returncode == code
    assert err == line
    assert list(target.parent.iterdir()) == []


# -- 12: a worker killed mid-run -----------------------------------------------------

WORKER_DIED = (
    "Error: a worker process died (killed by the system, perhaps out of memory): "
    "rerun with --workers 1\n"
)


def _workers_of(parent: subprocess.Popen) -> list[int]:
    """The forked workers of `parent`: its children running its own command line (the
    multiprocessing resource tracker, if any, runs another)."""
    own = Path(f"/proc/{parent.pid}/cmdline").read_bytes()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat_fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            if int(stat_fields[1]) == parent.pid and (entry / "cmdline").read_bytes() == own:
                found.append(int(entry.name))
        except (OSError, IndexError, ValueError):
            continue  # gone meanwhile
    return found


def _piped_run(
    tmp_path: Path, target: Path, first: str, streams: int
) -> tuple[subprocess.Popen[bytes], str, list[int]]:
    """`screen batch -` with two workers and `-o target`, fed `first` and 40,000 rows
    (about 1.6 MB: chunks go out) through a pipe left open, so the run waits for more;
    the run, those rows and its workers once they are forked."""
    target.parent.mkdir()
    child = subprocess.Popen(
        screen_command("batch", "-", "-q", "--no-record", "--workers", "2", "-o", str(target)),
        env=child_env(tmp_path),
        cwd=tmp_path,
        stdin=subprocess.PIPE,
        stdout=streams,
        stderr=streams,
    )
    assert child.stdin is not None
    rows = "".join(
        f"{i},green tea {i % 97},Tea House {i % 89},JP,2024-05-01\n" for i in range(40_000)
    )
    child.stdin.write((HEADER + first + rows).encode())
    child.stdin.flush()
    deadline = time.monotonic() + 120
    while not (workers := _workers_of(child)):  # forked at the first chunk
        assert child.poll() is None and time.monotonic() < deadline
        time.sleep(0.01)
    return child, rows, workers


def test_a_worker_killed_mid_run_ends_the_run_with_exit_2(tmp_path: Path) -> None:
    """Item 12: `kill -9` on a worker ends the run promptly (never a hang) with one
    line and exit 2, and nothing is left under the output's name or as `.part`.  The
    orders come through a pipe this test holds open, so the worker is killed while the
    run still has chunks to send, however fast the machine."""
    target = tmp_path / "out" / "screened.csv"
    child, rows, workers = _piped_run(tmp_path, target, BLOCKED_ROW, subprocess.PIPE)
    assert child.stdin is not None
    os.kill(workers[0], signal.SIGKILL)
    try:  # more orders: the run must notice the dead worker, not wait for it
        child.stdin.write(rows.encode())
        child.stdin.close()
    except BrokenPipeError:
        pass  # it ended before reading them all
    _, err = child.communicate(timeout=300)
    assert child.returncode == 2
    assert err.decode() == WORKER_DIED
    assert list(target.parent.iterdir()) == []


def _running(pid: int) -> bool:
    """Whether process `pid` still runs (a zombie waiting for its reaper does not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux's /proc")
def test_workers_end_when_their_parent_is_killed(tmp_path: Path) -> None:
    """`kill -9` on the run itself: its workers end with it (the parent-death
    signal), never left waiting on their pipes and holding the output open."""
    child, _, workers = _piped_run(tmp_path, tmp_path / "out" / "x.csv", "", subprocess.DEVNULL)
    assert child.stdin is not None
    child.kill()
    child.wait(timeout=60)
    deadline = time.monotonic() + 60  # a hang guard, not a timing
    while any(_running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [pid for pid in workers if _running(pid)]
    for pid in left:  # (no orphan outlives a failed test)
        os.kill(pid, signal.SIGKILL)
    child.stdin.close()
    assert not left


_POOL: list = []


def _half_a_result() -> None:
    """In a worker: send the length of a result and die before the result, as a
    worker killed in the middle of sending one does."""
    _POOL[0]._result_queue._writer._send(struct.pack("!i", 1 << 20))
    os.kill(os.getpid(), signal.SIGKILL)


def test_a_worker_killed_while_sending_a_result_never_hangs_the_run() -> None:
    """The pool's own watcher then waits for the rest of the message for ever and never
    reports the death: the run must see it itself, and its exit must not wait for the
    watcher (a hang seen once in this file's test of `kill -9`)."""
    pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
    _POOL[:] = [pool]
    future = pool.submit(_half_a_result)
    watcher = pool._executor_manager_thread  # started by the submission
    failures: list[BaseException] = []

    def wait_for_it() -> None:
        try:
            workers_module._result(future, pool)
        except RunFailure as exc:
            failures.append(exc)
        finally:
            workers_module._stop(pool, failed=True)

    waiter = threading.Thread(target=wait_for_it, daemon=True)
    waiter.start()
    waiter.join(120)  # a hang guard, not a timing
    assert not waiter.is_alive()
    assert [str(f) for f in failures] == [WORKER_DIED[len("Error: ") : -1]]
    watcher.join(120)
    assert not watcher.is_alive()


# -- s28 C7: -o never names a file the run reads or keeps ----------------------------

WATCH = (
    "id,name,aliases,type,country,program\nW1,Kestrel Precision Trading LLC,,organization,AE,x\n"
)


def _own_files_case(tmp_path: Path, kind: str) -> tuple[list[str], Path, str]:
    """(arguments, the file -o names, what the error calls it)."""
    orders = str(write(tmp_path, HEADER + BLOCKED_ROW))
    db = tmp_path / "records.db"
    if kind == "database":
        return ["batch", orders, "--db", str(db), "-o", str(db)], db, "the records database"
    if kind == "list":
        path = write(tmp_path, WATCH, "watch.csv")
        args = ["batch", orders, "--no-record", "--list", str(path), "-o", str(path)]
        return args, path, "a --list file"
    if kind == "rulebook":
        rules = tmp_path / "rules"
        shutil.copytree(Path(__file__).resolve().parents[2] / "rules", rules)
        target = rules / "items.yaml"
        args = ["batch", orders, "--no-record", "--rules", str(rules), "-o", str(target)]
        return args, target, "a file of the rulebook"
    toml = write(tmp_path, "block_threshold = 90\n", "screen.toml")
    return (
        ["--config", str(toml), "batch", orders, "--no-record", "-o", str(toml)],
        toml,
        ("the config file"),
    )


@pytest.mark.parametrize("kind", ["database", "list", "rulebook", "config"])
def test_the_output_may_not_be_a_file_of_the_run(tmp_path: Path, kind: str) -> None:
    args, target, what = _own_files_case(tmp_path, kind)
    before = target.read_bytes() if target.exists() else None
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, result.output
    note = f"using settings from {target}\n" if kind == "config" else ""  # qa5 D05
    assert result.stderr == note + (
        f"Error: the output {target} is {what} of this run ({target}): choose another --output\n"
    )
    assert (target.read_bytes() if target.exists() else None) == before
    assert result.stdout == ""  # refused before screening


@pytest.mark.parametrize("command", [["history", "export", "1"], ["decisions", "export"]])
def test_an_export_may_not_overwrite_its_database(tmp_path: Path, command: list[str]) -> None:
    db = tmp_path / "records.db"
    orders = str(write(tmp_path, HEADER + BLOCKED_ROW))
    out = str(tmp_path / "x.csv")
    ran = CliRunner().invoke(app, ["batch", orders, "-q", "--db", str(db), "-o", out])
    assert ran.exit_code == 1, ran.output
    before = db.read_bytes()
    result = CliRunner().invoke(app, [*command, "--db", str(db), "-o", str(db)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: the output {db} is the records database of this run ({db}): choose another "
        "--output\n"
    )
    assert db.read_bytes() == before


# -- s28 H7: --db naming another application's SQLite file changes nothing in it -----------


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (
            ["CREATE TABLE customers (id, name)"],
            "{db} is not a records database of screen: it holds other tables (customers); "
            "pass --db for a file of screen's own, or --no-record",
        ),
        (
            ["CREATE TABLE runs (id)"],
            "{db} is not a records database of screen: it holds other tables (runs); "
            "pass --db for a file of screen's own, or --no-record",
        ),
        (
            ["PRAGMA user_version = 999"],
            "the records database {db} has schema version 999, newer than this screen knows "
            "({latest}): upgrade screen, or pass --db for another database",
        ),
    ],
)
def test_a_database_not_screens_is_refused_untouched(tmp_path: Path, setup, message) -> None:
    import sqlite3

    from screen.records.schema import LATEST

    db = tmp_path / "app.db"
    connection = sqlite3.connect(db)
    for statement in setup:
        connection.execute(statement)
    connection.commit()
    connection.close()
    before = db.read_bytes()
    orders = str(write(tmp_path, HEADER + BLOCKED_ROW))
    out = str(tmp_path / "out.csv")
    result = CliRunner().invoke(app, ["batch", orders, "-q", "--db", str(db), "-o", out])
    assert result.exit_code == 2, result.output
    assert result.stderr == f"Error: {message.format(db=db, latest=LATEST)}\n"
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["app.db", "orders.csv"]


def test_standard_input_from_the_output_file_is_refused(tmp_path: Path, orders: Path) -> None:
    """`screen batch - -o orders.csv < orders.csv` would write over the orders it reads."""
    before = orders.read_bytes()
    with orders.open("rb") as stdin:
        done = run_screen(tmp_path, "batch", "-", "-o", str(orders), "--no-record", stdin=stdin)
    assert done.returncode == 2, done.stderr
    assert done.stderr == f"Error: the output {orders} is the input file: choose another --output\n"
    assert orders.read_bytes() == before
