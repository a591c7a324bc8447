"""Audit of `tei.validate.output` with file names a careless contributor commits: a control
character made `tei validate --format junit` an internal error (lxml refuses it in an
attribute) and a byte that is not UTF-8 made `--format json` write bytes that are not UTF-8
(no JSON reader took the report). Both reports now name such files as the text report does
(`a\\x01b.xml`, `c\\udcffd.xml`), as well-formed XML and valid UTF-8 JSON."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
SEED = sorted((ROOT / "corpus" / "tei").glob("*.xml"))[0]
NAMES = {"control": "a\x01b.xml", "not-utf8": os.fsdecode(b"c\xffd.xml"),
         "separator": "e\u2028f.xml", "noncharacter": "g\ufffeh.xml"}


def _validate(tmp_path: Path, name: str, form: str) -> subprocess.CompletedProcess:
    folder = tmp_path / "tei"
    folder.mkdir()
    try:
        shutil.copy(SEED, folder / name)
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system cannot hold the name")
    return subprocess.run([sys.executable, "-m", "tei", "validate", str(folder), "--format",
                           form], capture_output=True, timeout=120, cwd=tmp_path)


@pytest.mark.parametrize("kind", sorted(NAMES))
def test_junit_names_any_file_in_well_formed_xml(tmp_path: Path, kind: str) -> None:
    run = _validate(tmp_path, NAMES[kind], "junit")
    assert run.returncode == 0 and b"internal error" not in run.stderr, run.stderr
    cases = etree.fromstring(run.stdout).findall(".//testcase")
    assert cases and all("\\" in case.get("name", "") for case in cases)  # escaped


@pytest.mark.parametrize("kind", sorted(NAMES))
def test_json_is_utf8_whatever_the_file_names(tmp_path: Path, kind: str) -> None:
    run = _validate(tmp_path, NAMES[kind], "json")
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout.decode("utf-8"))
    (path,) = [file["path"] for file in report["files"]]
    assert path.endswith(NAMES[kind])  # JSON escapes keep the name exactly
