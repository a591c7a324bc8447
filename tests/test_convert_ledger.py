"""The convert ledger: sources whose stamps and TEI stamps are those recorded are confirmed."""

from __future__ import annotations

import os
from pathlib import Path

from tei.convert.batch import FileResult
from tei.convert_ledger import ConvertLedger


def listing(folder: Path) -> dict[str, os.DirEntry[str]]:
    with os.scandir(folder) as found:
        return {entry.name: entry for entry in found}


def test_only_sources_whose_files_changed_are_stale(tmp_path: Path) -> None:
    raw, tei = tmp_path / "raw", tmp_path / "tei"
    raw.mkdir()
    tei.mkdir()
    for name in ("a", "b", "c"):
        (raw / f"{name}.txt").write_text(name, encoding="utf-8")
        (tei / f"{name}.xml").write_text(f"<{name}/>", encoding="utf-8")
    ledger = ConvertLedger(tmp_path / "ledger.json", "env")
    assert sorted(ledger.stale(listing(raw), listing(tei), tei_name)) == ["a.txt", "b.txt",
                                                                          "c.txt"]
    ledger.save([FileResult(raw / name, "written") for name in ("a.txt", "b.txt", "c.txt")], tei)
    (raw / "b.txt").write_text("changed", encoding="utf-8")
    (tei / "c.xml").unlink()
    again = ConvertLedger(tmp_path / "ledger.json", "env")
    assert sorted(again.stale(listing(raw), listing(tei), tei_name)) == ["b.txt", "c.txt"]
    assert again.confirmed == {"a.txt"}
    other = ConvertLedger(tmp_path / "ledger.json", "another environment")
    assert len(other.stale(listing(raw), listing(tei), tei_name)) == 3


def tei_name(source: str) -> str:
    return f"{source[:-4]}.xml"
