"""A folder's note that the last run left it tidy (without temporary files of interrupted
writes), so that the next run need not walk a whole site (64,000 files at 10,000
documents) to look for them.

Creating, renaming or removing a file changes the modification time of its directory, and
a new directory changes its parent's. At the end of a run, `note_tidy` records every
directory of the folder with its time (`TIDY`, in the folder); while each still has that
time, nothing was written into the folder since, so it holds no temporary file. A run
killed before it notes the folder leaves the note of the run before, whose times its own
writes changed, so the next run walks the folder.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from tei.workspace import remove_stale_temporaries

TIDY = ".tei-tidy.json"
Directories = dict[str, tuple[int, list[str]]]  # relative path -> (time in ns, subfolders)


def remove_stale_unless_tidy(folder: Path) -> None:
    """Delete the temporary files of interrupted writes under `folder`, unless nothing was
    written into it since a run noted it tidy (call it while no run of ours writes it)."""
    if not untouched(folder):
        remove_stale_temporaries(folder)


def untouched(folder: Path) -> bool:
    """Whether every directory of `folder` has the time `note_tidy` recorded."""
    noted = _read(folder)
    return bool(noted) and all(_time(folder / relative) == time
                               for relative, (time, _) in noted.items())


def note_tidy(folder: Path) -> None:
    """Record that `folder` is tidy (call it once a run's writes into it are done). The
    note is created first, then its directories' times are taken and it is written in
    place (only when they changed), which changes no directory's time; a folder that
    cannot be written is not noted."""
    note = folder / TIDY
    try:
        if not note.is_file():
            note.touch()
        noted = _read(folder)
        directories = _directories(folder, noted)
        if directories == noted:
            return  # a build that changed nothing touches no file
        with note.open("r+", encoding="utf-8") as handle:
            handle.truncate()
            json.dump(directories, handle, sort_keys=True)
    except OSError:
        return


def _read(folder: Path) -> Directories:
    """The directories of the folder's note (none when it is missing or damaged)."""
    try:
        noted = json.loads((folder / TIDY).read_text(encoding="utf-8"))
        return {relative: (int(time), [str(name) for name in names])
                for relative, (time, names) in noted.items()}
    except (OSError, ValueError, TypeError, AttributeError):
        return {}


def _directories(folder: Path, noted: Directories) -> Directories:
    """Every directory of `folder` (relative paths, the folder itself `.`) with its time and
    subfolders; a directory is listed only when its subfolders may differ from `noted`."""
    found: Directories = {}
    pending = ["."]
    while pending:
        relative = pending.pop()
        status = _status(folder / relative)
        if status is None:
            continue
        names = _subfolders(folder, relative, status, noted.get(relative))
        found[relative] = (status.st_mtime_ns, names)
        pending += [os.path.normpath(os.path.join(relative, name)) for name in names]
    return found


def _subfolders(folder: Path, relative: str, status: os.stat_result,
                noted: tuple[int, list[str]] | None) -> list[str]:
    """The names of the subfolders of directory `relative`: the noted ones when they are
    all still there and its link count (2 + its subfolders on ext4, xfs and tmpfs) says
    there are no others, else as listed."""
    if noted is not None and status.st_nlink == 2 + len(noted[1]) and all(
            _time(folder / relative / name) is not None for name in noted[1]):
        return noted[1]
    with os.scandir(folder / relative) as entries:
        return sorted(entry.name for entry in entries if entry.is_dir(follow_symlinks=False))


def _status(path: Path) -> os.stat_result | None:
    """The status of the directory `path` (None: not a directory, or gone)."""
    try:
        found = os.stat(path, follow_symlinks=False)
    except OSError:
        return None
    return found if stat.S_ISDIR(found.st_mode) else None


def _time(path: Path) -> int | None:
    """The modification time (ns) of the directory `path`, None when it is none."""
    status = _status(path)
    return status.st_mtime_ns if status is not None else None
