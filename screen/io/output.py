"""Where `screen batch -o PATH` writes, without harming what PATH names.

* A regular file (or a new one) is written under a temporary name beside it and
  renamed over it only when the run completes, so a run that fails or is stopped
  never leaves a partial file under the final name.  The file keeps its mode and
  owner; a file with other hard links is rewritten in place at the end (a rename
  would cut the links); a symlink is followed, never replaced.
* A character device (`/dev/null`, a terminal) or a FIFO is written directly:
  replacing it with a regular file would break the device for everyone.
* A folder, a socket or a block device is refused before any screening.
* The temporary file is `.NAME.PID.part`; one left behind by a run that was
  killed (`kill -9`) is removed by the next run to the same target.
* A write that fails (disk full, file too large, read-only file system) is an
  `OutputError` naming the path, and the temporary file is removed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from screen.errors import InputError

WRITE_FAILURES = {errno.ENOSPC, errno.EFBIG, errno.EDQUOT, errno.EROFS}


class OutputError(InputError):
    """The output cannot be written; the message names it and says what to do."""


def write_failure(where: str, exc: OSError) -> OutputError:
    reason = exc.strerror or str(exc)
    hint = {
        errno.ENOSPC: "free some space or choose another --output",
        errno.EDQUOT: "free some space or choose another --output",
        errno.EFBIG: "the file system or a limit refuses a file this large",
        errno.EROFS: "the file system is read-only: choose another --output",
        errno.EACCES: "choose another --output",
    }.get(exc.errno or 0, "choose another --output")
    return OutputError(f"cannot write {where}: {reason}; {hint}")


def _kind(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise write_failure(str(path), exc) from None


def check_output(path: str | None) -> None:
    """Refuse, before any screening, an output that cannot be written."""
    if path is None or path == "-":
        if sys.stdout is None:
            raise OutputError(
                "standard output is closed: give -o FILE, or redirect the output (> FILE)"
            )
        return
    if not path.strip():
        raise OutputError("--output is empty: give a file name, or - for standard output")
    target = Path(path)
    info = _kind(target)
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise OutputError(
                f"cannot write {path}: it is a folder; give a file name, e.g. "
                f"{target / 'screened.csv'}"
            )
        if not stat.S_ISREG(info.st_mode) and not _direct(info):
            raise OutputError(
                f"cannot write {path}: it is not a file, a character device or a pipe"
            )
        if _direct(info):
            return
    folder = Path(os.path.realpath(target)).parent
    if not folder.is_dir():
        raise OutputError(f"cannot write {path}: the folder {target.parent} does not exist")


def _direct(info: os.stat_result) -> bool:
    """A character device or a FIFO: written as it is, never replaced."""
    return stat.S_ISCHR(info.st_mode) or stat.S_ISFIFO(info.st_mode)


def part_name(target: Path, pid: int) -> Path:
    return target.with_name(f".{target.name}.{pid}.part")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def remove_stale_parts(target: Path) -> None:
    """Remove `.NAME.PID.part` files beside `target` whose process is gone."""
    prefix, suffix = f".{target.name}.", ".part"
    with contextlib.suppress(OSError):
        for entry in os.scandir(target.parent):
            middle = entry.name[len(prefix) : -len(suffix)]
            ours = entry.name.startswith(prefix) and entry.name.endswith(suffix)
            if ours and middle.isdigit() and not _alive(int(middle)):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


@contextlib.contextmanager
def open_output(path: str | None, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """Standard output for None or '-'; a device or FIFO as it is; otherwise a
    temporary file put in place only when the block completes."""
    with _open(path, encoding, binary=False) as stream:
        yield stream


@contextlib.contextmanager
def open_binary_output(path: str) -> Iterator[IO[bytes]]:
    """`open_output` for bytes (a workbook): the same care for what `path` names."""
    if path == "-":
        raise OutputError("this format is binary: give -o FILE")
    with _open(path, "utf-8", binary=True) as stream:
        yield stream


@contextlib.contextmanager
def _open(path: str | None, encoding: str, binary: bool) -> Iterator[IO[Any]]:
    check_output(path)
    if path is None or path == "-":
        if encoding != "utf-8" and hasattr(sys.stdout, "reconfigure"):
            sys.stdout.flush()
            sys.stdout.reconfigure(encoding=encoding)
        with _failures_named("standard output", encoding):
            yield sys.stdout
            sys.stdout.flush()
        return
    target = Path(os.path.realpath(path))
    info = _kind(target)
    if info is not None and _direct(info):
        try:
            fd = os.open(target, os.O_WRONLY)
        except OSError as exc:
            raise write_failure(path, exc) from None
        with (
            _failures_named(path, encoding),
            _stream(fd, encoding, binary) as stream,
        ):
            yield stream
        return
    remove_stale_parts(target)
    temp = part_name(target, os.getpid())
    try:  # entered before the file exists: a signal right after it is made still removes it
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o666)
        except OSError as exc:
            raise write_failure(path, exc) from None
        with _failures_named(path, encoding):
            if info is not None:
                _keep_owner_and_mode(fd, info)
            with _stream(fd, encoding, binary) as stream:
                yield stream
            if info is not None and info.st_nlink > 1:
                _copy_in_place(temp, target)
            else:
                os.replace(temp, target)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp)


def _stream(fd: int, encoding: str, binary: bool) -> IO[Any]:
    if binary:
        return os.fdopen(fd, "wb")
    return os.fdopen(fd, "w", encoding=encoding, newline="")


def _keep_owner_and_mode(fd: int, info: os.stat_result) -> None:
    with contextlib.suppress(OSError):  # only root may give a file away
        os.fchown(fd, info.st_uid, info.st_gid)
    os.fchmod(fd, stat.S_IMODE(info.st_mode))


def _copy_in_place(temp: Path, target: Path) -> None:
    """Rewrite `target` with the bytes of `temp`, so its other hard links see them."""
    with temp.open("rb") as source, target.open("r+b") as sink:
        shutil.copyfileobj(source, sink, 1 << 20)
        sink.truncate()


@contextlib.contextmanager
def _failures_named(path: str, encoding: str) -> Iterator[None]:
    """A failed write (disk full, file too large, a character the encoding lacks) as
    an OutputError naming `path`."""
    try:
        yield
    except BrokenPipeError:
        raise
    except UnicodeEncodeError as exc:
        text = exc.object[exc.start : exc.end]
        raise OutputError(
            f"cannot write {path} as {encoding}: it has no character for {text!r}; "
            "use --output-encoding utf-8 (or utf-8-sig for Excel)"
        ) from None
    except OSError as exc:
        if exc.errno not in WRITE_FAILURES:
            raise
        raise write_failure(path, exc) from None
