"""The files a render writes: each atomically, only when its bytes change, always inside
the output folder (every link resolved), a text edition's copy hard-linked to it."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from tei.diagnostics import error
from tei.xmlio import atomic_write


def write(folder: Path, relative: str, data: bytes, source: Path | None = None, *,
          copy_of: Path | None = None) -> Path:
    """Write `folder/relative` atomically (made durable with the whole output by
    `sync_folders` at the end of the run), unless it already holds exactly these bytes (a
    re-render then costs no disk flush and leaves modification times alone); return the
    path written. `copy_of`: a file holding `data` already, linked (hard) rather than
    written again where the file system allows: creating a file costs several times more
    than a link. Raises InputError (naming `source`, the input written from, if given)
    when the path leads outside `folder`, through a symbolic link or `..`. The path is
    handled as a string, and a file the containment check found missing is not looked
    for again: a render writes thousands of files, and the path objects and calls cost
    more than the bare file operations (see `tests/test_render_speed31.py`)."""
    path, missing = _target(folder, relative, source)
    if not missing:
        try:
            if os.stat(path).st_size == len(data) and _contents(path) == data:
                return Path(path)
        except OSError:
            pass
    if copy_of is None or not _linked(copy_of, path):
        atomic_write(path, data, durable=False)
    return Path(path)


def _contents(path: str) -> bytes:
    with open(path, "rb") as file:
        return file.read()


def _linked(original: Path, path: str) -> bool:
    """Make `path` a hard link to `original`, atomically (a link under a temporary name,
    renamed over it; named as `atomic_write` names its temporary files, so that a run
    interrupted here leaves nothing the next one does not sweep away); False when the file
    system refuses (another device, no links)."""
    folder, name = os.path.split(path)
    temporary = os.path.join(folder, f".{name[:64]}.{os.getpid() % 16 ** 8:08x}.tmp")
    try:
        os.makedirs(folder, exist_ok=True)
        _unlink(temporary)
        os.link(original, temporary)
        os.replace(temporary, path)
    except OSError:
        _unlink(temporary)
        return False
    return True


def _unlink(path: str) -> None:
    """Remove the file at `path` if there is one."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)


def inside(folder: Path, relative: str, source: Path | None = None) -> Path:
    """`folder/relative` with every link resolved; InputError (naming `source` or the path)
    if that leaves the folder."""
    return Path(_target(folder, relative, source)[0])


def _target(folder: Path, relative: str, source: Path | None) -> tuple[str, bool]:
    """`inside`'s path as a string, and whether it was found missing on the way (False:
    it exists or was not looked for)."""
    base = _real_folder(os.fspath(folder))
    plain = _plainly_below(base, relative)
    target = plain[0] if plain is not None else os.path.realpath(os.path.join(folder,
                                                                             relative))
    if not (target == base or target.startswith(base.rstrip(os.sep) + os.sep)):
        raise error(str(source or Path(folder) / relative),
                    f"{Path(folder) / relative} not written: the path leads outside the "
                    f"output folder {folder} (through a symbolic link or '..'), to {target}",
                    rule="render-output")
    return target, plain is not None and plain[1]


_REAL_FOLDERS: dict[str, tuple[int, int, str]] = {}  # folder -> (device, inode, real path)


def _real_folder(folder: str) -> str:
    """The folder's real path (as `Path.resolve`, without its overhead), kept while the
    path and the real path kept both lead to the same directory (device and inode: a path
    whose links lead elsewhere now, or a folder moved, is resolved again). A render writes
    some ten files a document into a few folders; resolving the path each time took a
    lstat of every part of it."""
    try:
        status = os.stat(folder)
    except OSError:
        return os.path.realpath(folder)
    kept = _REAL_FOLDERS.get(folder)
    if kept is not None and kept[:2] == (status.st_dev, status.st_ino) and (
            kept[2] == folder or _same(kept)):  # a real path: its status is the one taken
        return kept[2]
    real = os.path.realpath(folder)
    if len(_REAL_FOLDERS) >= 64:
        _REAL_FOLDERS.clear()
    _REAL_FOLDERS[folder] = (status.st_dev, status.st_ino, real)
    return real


def _same(kept: tuple[int, int, str]) -> bool:
    """Whether the real path kept still leads to the directory kept."""
    try:
        status = os.stat(kept[2])
    except OSError:
        return False
    return (status.st_dev, status.st_ino) == kept[:2]


def _plainly_below(base: str, relative: str) -> tuple[str, bool] | None:
    """`base/relative` when no part of `relative` is a symbolic link, '.' or '..' (then it
    is its own real path: the folder's path, `base`, is resolved already), found with one
    lstat a part up to the first that does not exist, and whether a part was missing;
    None when a part needs resolving. About a tenth of the cost of resolving the whole
    path again."""
    parts = relative.split("/")
    if any(part in {"", ".", ".."} for part in parts):
        return None
    path = base
    for number, part in enumerate(parts):
        path = os.path.join(path, part)
        try:
            mode = os.lstat(path).st_mode
        except FileNotFoundError:
            return os.path.join(path, *parts[number + 1:]), True
        except OSError:
            return None
        if stat.S_ISLNK(mode):
            return None
    return path, False
