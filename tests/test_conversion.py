"""`tei.conversion`: what a build knows of conversion without importing the converter."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tei.conversion import DEFAULT_SCHEMA_HREF, resources_digest, schema_href
from tei.resources import patterns_dir, schemas_dir

ROOT = Path(__file__).resolve().parent.parent


def test_the_digest_follows_the_pattern_tables(tmp_path: Path) -> None:
    tables = tmp_path / "patterns"
    shutil.copytree(patterns_dir(), tables)
    assert resources_digest(patterns_dir=tables) == resources_digest()
    first = sorted(tables.glob("*.xml"))[0]
    first.write_bytes(first.read_bytes() + b"\n")
    assert resources_digest(patterns_dir=tables) != resources_digest()


def test_the_schema_address_inside_and_outside_the_tool_tree(tmp_path: Path) -> None:
    assert Path(ROOT / "corpus" / "tei", schema_href(ROOT / "corpus" / "tei")).resolve() \
        == (schemas_dir() / "telegrams").resolve()
    assert schema_href(tmp_path) == DEFAULT_SCHEMA_HREF


def test_importing_it_leaves_the_converter_unimported() -> None:
    script = ("import sys, tei.conversion; "
              "print([m for m in sys.modules if m.split('.')[:2] == ['tei', 'convert']])")
    found = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           check=True)
    assert found.stdout.strip() == "[]"
