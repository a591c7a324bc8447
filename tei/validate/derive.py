"""Derive the W3C XML Schema from our RELAX NG with trang (`tei schema build`)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from tei.xmlio import atomic_write

SOURCE = "telegrams.rng"
NOTICE = (b"<!-- Generated from telegrams.rng by `tei schema build` (trang): do not edit; "
          b"edit telegrams.rng and rebuild. -->\n")
_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'


class DeriveError(Exception):
    """trang is missing or failed."""


def derive_xsd(rng: Path) -> dict[str, bytes]:
    """Run trang on `rng`; return the XSD files it writes (name -> content, with a notice)."""
    trang = shutil.which("trang")
    if trang is None:
        raise DeriveError("trang is not installed (Debian/Ubuntu: apt-get install trang)")
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / rng.with_suffix(".xsd").name
        done = subprocess.run([trang, "-I", "rng", "-O", "xsd", "-o", "disable-abstract-elements",
                               str(rng), str(target)],
                              capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise DeriveError(f"trang failed on {rng}: {done.stderr.strip()}")
        return {path.name: _with_notice(path.read_bytes())
                for path in sorted(Path(folder).glob("*.xsd"))}


def _with_notice(data: bytes) -> bytes:
    body = data.removeprefix(_DECLARATION)
    return _DECLARATION + NOTICE + body


def build(folder: Path) -> list[Path]:
    """Regenerate the XSD files next to the RELAX NG in `folder`; return the files written."""
    written = []
    for name, data in derive_xsd(folder / SOURCE).items():
        atomic_write(folder / name, data)
        written.append(folder / name)
    return written


def stale(folder: Path) -> list[str]:
    """Names of derived files in `folder` that are missing or differ from a fresh build."""
    fresh = derive_xsd(folder / SOURCE)
    return [name for name, data in fresh.items()
            if not (folder / name).is_file() or (folder / name).read_bytes() != data]
