"""Whether a `screen.toml` found by searching up from the current folder is the
user's own.

A settings file changes how every order is screened (thresholds of 100 turn a
blocked order clear), and the search finds one in any parent folder: in a shared
drop folder (like /tmp) anyone could have put it there.  So a found file is used
only when it (and a symlink to it) belongs to the current user or root, no one
else can write it, and every folder above it (and above the place it was found)
belongs to the user or root and can be written by neither group nor others without
the sticky bit (where they could put another file in its place: the bits the file
itself, and the cache's folder, must not have).  A file named with --config or
$SCREEN_CONFIG is the user's own choice and is not checked.  Without user ids
(Windows) nothing is checked, as the cache.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from screen.errors import InputError
from screen.io.cachesecret import OTHERS_WRITE, current_user


def _user_name(uid: int) -> str:
    """The account's name, else the number."""
    try:
        import pwd

        return pwd.getpwuid(uid).pw_name
    except (ImportError, KeyError):
        return str(uid)


def _why(found: Path, info: os.stat_result, me: int) -> str | None:
    """Why the file `found` (its stat `info`, symlinks followed) could be someone
    else's, with the fix for a file that is in fact the user's own; or None."""
    link = found.lstat()
    for what, owner in (("it", info.st_uid), ("the symlink", link.st_uid)):
        if owner not in (me, 0):
            return (
                f"{what} belongs to user {_user_name(owner)} (uid {owner}), not to you; if "
                f"the settings are yours, take the file with 'chown {_user_name(me)} {found}'"
            )
    if info.st_mode & OTHERS_WRITE:
        return (
            f"others can write it (mode {stat.S_IMODE(info.st_mode):04o}); if the settings "
            f"are yours, 'chmod go-w {found}'"
        )
    real = found.resolve()
    for folder in dict.fromkeys((*found.parents, *real.parents)):
        try:
            folder_info = folder.stat()
        except OSError:
            continue
        why = _folder_why(folder, folder_info, me)
        if why is not None:
            return why
    return None


def _folder_why(folder: Path, info: os.stat_result, me: int) -> str | None:
    """Why someone else could put another file in the place of one in `folder`
    (its stat `info`): it is another account's, or group or others can write it
    without the sticky bit (the same bits the file itself, and the cache's folder,
    must not have); or None."""
    if info.st_uid not in (me, 0):
        owner = _user_name(info.st_uid)
        return (
            f"the folder {folder} belongs to user {owner} (uid {info.st_uid}), who can put "
            f"another file in its place; keep your settings in a folder of your own"
        )
    mode = info.st_mode
    if mode & OTHERS_WRITE and not mode & stat.S_ISVTX:
        who = "anyone" if mode & stat.S_IWOTH else "others in its group"
        return (
            f"{who} can write the folder {folder} (mode {stat.S_IMODE(mode):04o}, no "
            f"sticky bit) and put another file in its place; if the folder is yours, "
            f"'chmod go-w {folder}'"
        )
    return None


def refuse_unless_own(found: Path, info: os.stat_result) -> None:
    """An InputError naming `found` (a screen.toml the upward search found, `info`
    its stat) and how to fix it when anyone but the user could have written it."""
    me = current_user()
    if me is None:
        return
    why = _why(found, info, me)
    if why is not None:
        raise InputError(
            f"{found} was found by searching up from the current folder but is not used: "
            f"{why}; or, to use it or another file anyway, name it with 'screen --config FILE' "
            "or $SCREEN_CONFIG"
        )
