"""Converting broken input and converting into a broken place: every failure is one
diagnostic for one file, the batch goes on, and hand edits replaced by --force are kept."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest
from lxml import etree

import tei.convert
import tei.xmlio
from tei.convert import convert_text
from tei.convert.batch import _chunk_results, convert_files
from tei.diagnostics import Severity
from tei.validate import Validator
from tests.cases import RAW
from tests.tei_facts import xp

GOOD = RAW / "003_982820db07093d93.txt"


def run_tei(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tei", *args], capture_output=True,
                          timeout=120)


def sources(tmp_path: Path, count: int = 3) -> list[Path]:
    folder = tmp_path / "raw"
    folder.mkdir()
    text = GOOD.read_bytes()
    for n in range(count):
        (folder / f"doc{n}.txt").write_bytes(text)
    return sorted(folder.glob("*.txt"))


def test_characters_xml_cannot_hold_are_dropped_warned_and_noted(resources) -> None:
    text = GOOD.read_text(encoding="utf-8")
    broken = text.replace("\n", "\n\ufffe\x01", 2).replace("the", "th\uffffe\x1b", 1)
    conversion = convert_text(broken, "broken", resources, path="broken.txt")
    warning = next(w for w in conversion.warnings if w.rule == "xml-char")
    assert (warning.line, warning.col) == (2, 1)
    assert "dropped 6 characters that XML cannot hold" in warning.message
    assert "U+FFFE noncharacter ×2" in warning.message
    report = Validator().validate_bytes(conversion.xml, Path("broken.xml"))
    assert report.count(Severity.ERROR) == 0, report.findings
    tree = etree.fromstring(conversion.xml)
    notes = xp(tree, "//tei:notesStmt/tei:note[@subtype='changed'][@n='characters']")
    assert len(notes) == 1 and notes[0].text.startswith("Dropped 6 characters")
    clean = convert_text(text, "broken", resources, path="broken.txt")
    assert not xp(etree.fromstring(clean.xml), "//tei:note[@subtype='changed']")


def test_a_source_file_with_illegal_characters_is_converted_with_a_note(tmp_path: Path) -> None:
    text = GOOD.read_text(encoding="utf-8")
    (tmp_path / "odd.txt").write_text(text[:150] + "\ufffe\x0c" + text[150:], encoding="utf-8")
    run = run_tei("convert", str(tmp_path / "odd.txt"), "-o", str(tmp_path / "out"))
    assert run.returncode == 0, run.stderr
    assert "[xml-char]" in run.stderr.decode()
    assert b'subtype="changed" n="characters"' in (tmp_path / "out" / "odd.xml").read_bytes()


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EACCES])
def test_write_errors_are_diagnostics_naming_file_and_cause(tmp_path: Path, monkeypatch,
                                                            code: int) -> None:
    def refuse(path: Path, data: bytes) -> None:
        raise OSError(code, os.strerror(code), str(path))

    monkeypatch.setattr(tei.xmlio, "atomic_write", refuse)
    results = convert_files(sources(tmp_path), tmp_path / "out")
    assert [r.outcome for r in results] == ["failed"] * 3
    for number, result in enumerate(results):
        [diagnostic] = result.diagnostics
        assert diagnostic.path == str(tmp_path / "out" / f"doc{number}.xml")
        assert diagnostic.rule == "io"
        assert diagnostic.message == f"cannot write file: {os.strerror(code)}"


def test_an_output_folder_that_is_a_file_fails_each_file_clearly(tmp_path: Path) -> None:
    sources(tmp_path, 2)
    (tmp_path / "out").write_text("a file, not a folder")
    run = run_tei("convert", str(tmp_path / "raw"), "-o", str(tmp_path / "out" / "tei"))
    err = run.stderr.decode()
    assert run.returncode == 1
    assert f"{tmp_path / 'out'}:1:1: error: cannot write file: it is a file, not a folder" in err
    assert "0 written, 0 unchanged, 2 failed" in err
    assert "internal error" not in err and "Traceback" not in err


def test_a_bug_on_one_file_fails_that_file_only(tmp_path: Path, monkeypatch) -> None:
    real = tei.convert.convert_text

    def buggy(text: str, stem: str, *args: object, **kwargs: object) -> object:
        if stem == "doc1":
            raise ValueError("All strings must be XML compatible")
        return real(text, stem, *args, **kwargs)

    monkeypatch.setattr(tei.convert, "convert_text", buggy)
    results = convert_files(sources(tmp_path), tmp_path / "out")
    assert [r.outcome for r in results] == ["written", "failed", "written"]
    [diagnostic] = results[1].diagnostics
    assert diagnostic.rule == "internal"
    assert diagnostic.message.startswith("internal error: ValueError: All strings must be XML")


def test_files_of_a_dead_worker_fail_one_by_one() -> None:
    future: Future = Future()
    future.set_exception(BrokenProcessPool("a worker died"))
    results = _chunk_results(future, [Path("a.txt"), Path("b.txt")])
    assert [(r.source.name, r.outcome, r.diagnostics[0].rule) for r in results] == [
        ("a.txt", "failed", "worker"), ("b.txt", "failed", "worker")]


def test_force_keeps_the_hand_edited_file_as_a_backup(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run_tei("convert", str(GOOD), "-o", str(out)).returncode == 0
    target = out / GOOD.with_suffix(".xml").name
    original = target.read_bytes()
    for number, backup in enumerate((".xml.bak", ".xml.bak2"), 1):
        edited = original.replace(b"Kornushina", b"Kornushyna" + b"!" * number)
        target.write_bytes(edited)
        run = run_tei("convert", str(GOOD), "-o", str(out), "--force")
        assert run.returncode == 0, run.stderr
        kept = target.with_name(GOOD.stem + backup)
        assert kept.read_bytes() == edited
        assert f"the previous version is kept as {kept.name} [hand-edited-backup]" in \
            run.stderr.decode()
        assert target.read_bytes() == original
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        target.name, target.name + ".bak", target.name + ".bak2"]


def test_a_long_file_name_is_written_and_a_bad_one_refused(tmp_path: Path) -> None:
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / f"{'a' * 246}.txt").write_bytes(GOOD.read_bytes())
    (folder / "two words.txt").write_bytes(GOOD.read_bytes())
    results = convert_files(sorted(folder.glob("*.txt")), tmp_path / "out")
    assert [r.outcome for r in results] == ["written", "failed"]  # "a..." sorts first
    assert results[1].diagnostics[0].rule == "file-name"
    assert (tmp_path / "out" / f"{'a' * 246}.xml").is_file()


def test_a_closing_quote_alone_on_the_last_line_converts(resources) -> None:
    text = '"The Government request that the forces be withdrawn forthwith.\n"'
    root = etree.fromstring(convert_text(text, "quoted", resources).xml)
    assert "withdrawn forthwith" in " ".join(root.itertext())
