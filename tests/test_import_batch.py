"""`tei import` as a batch: bad files are left out with a diagnostic and stop nothing, runs
are deterministic, hand-edited files are never overwritten, new register entries are
written into the register files and reused on the next run."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tei import resources
from tei.convert.register_files import load_register
from tei.edition import Edition
from tei.importing import Batch, import_files
from tei.importing.markup import Mapper
from tests.conftest import FIXTURES

IMPORT = FIXTURES / "import"
LETTER = IMPORT / "letter.xml"
BAD = ("broken.xml", "not-tei.xml", "doctype.xml")


def _register(folder: Path) -> Path:
    register = folder / "register"
    shutil.copytree(resources.register_dir(), register)
    return register


def _run(folder: Path, sources: list[Path], **options: bool) -> Batch:
    return import_files(sources, folder / "tei", folder / "register", Edition(), **options)


def test_bad_files_are_left_out_with_a_diagnostic_and_stop_nothing(tmp_path: Path) -> None:
    _register(tmp_path)
    batch = _run(tmp_path, [IMPORT / name for name in BAD] + [LETTER])
    outcomes = {r.source.name: (r.outcome, [d.rule for d in r.diagnostics])
                for r in batch.results}
    assert outcomes == {"broken.xml": ("failed", ["xml-syntax"]),
                        "not-tei.xml": ("failed", ["import-not-tei"]),
                        "doctype.xml": ("failed", ["xml-doctype"]),
                        "letter.xml": ("written", [])}
    broken = batch.results[0].diagnostics[0].format()
    assert broken.startswith(f"{IMPORT / 'broken.xml'}:3:") and ": error: not well-formed" in broken
    assert sorted(p.name for p in (tmp_path / "tei").glob("*.xml")) == ["letter.xml"]


def test_a_document_that_would_lose_words_is_left_out_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    register = _register(tmp_path)
    before = {p.name: p.read_bytes() for p in register.glob("*.xml")}
    monkeypatch.setattr(Mapper, "_choice", lambda self, element: [])  # a mapping that loses
    batch = _run(tmp_path, [LETTER, IMPORT / "listperson.xml"])
    (letter, other) = batch.results
    assert (letter.outcome, [d.rule for d in letter.diagnostics]) == ("failed", ["import-words"])
    assert "would change its words (near 'urgentandodd1firstpoint2secondpiontpoint')" in \
        letter.diagnostics[0].message
    assert other.outcome == "written"
    assert not (tmp_path / "tei" / "letter.xml").exists()
    assert {p.name: p.read_bytes() for p in register.glob("*.xml")} == before


def test_words_between_list_items_are_kept(tmp_path: Path) -> None:
    _register(tmp_path)
    source = tmp_path / "list.xml"
    source.write_text(LETTER.read_text(encoding="utf-8").replace(
        "<list>", "<list>Points:").replace("</list>", "Done.</list>"), encoding="utf-8")
    batch = _run(tmp_path, [source])
    assert batch.results[0].outcome == "written"
    text = " ".join((tmp_path / "tei" / "list.xml").read_text(encoding="utf-8").split())
    assert "<item>Points: 1. First point.</item>" in text and "</choice>. Done.</item>" in text


def test_reruns_give_the_same_bytes(tmp_path: Path) -> None:
    sources = sorted(IMPORT.glob("*.xml"))
    outputs = []
    for run in ("one", "two"):
        _register(tmp_path / run)
        _run(tmp_path / run, sources)
        outputs.append({p.name: p.read_bytes() for p in (tmp_path / run / "tei").iterdir()})
        outputs.append({p.name: p.read_bytes() for p in (tmp_path / run / "register").glob(
            "*.xml")})
    assert outputs[0] == outputs[2] and outputs[1] == outputs[3]
    again = _run(tmp_path / "one", sources)
    assert [r.outcome for r in again.results if r.source == LETTER] == ["unchanged"]
    assert again.register == {}


def test_new_entries_go_into_the_register_once_and_are_reused(tmp_path: Path) -> None:
    register = _register(tmp_path)
    first = _run(tmp_path, [LETTER])
    assert first.register == {"persons.xml": ["per-ada-testperson"]}
    loaded = load_register(register)
    entry = loaded.entries["per-ada-testperson"]
    assert entry.reg == "Ada Testperson"
    assert (register / ".tei.lock").exists()
    assert not [p for p in register.iterdir() if p.name.endswith(".tmp")]
    second = _run(tmp_path, [LETTER])
    links = second.results[0].report["names"]
    assert {"kind": "person", "name": "Ada", "entry": "per-ada-testperson",
            "how": "authority", "authority": "gnd:123456789X"} in links
    assert second.register == {}


def test_hand_edited_files_are_not_overwritten(tmp_path: Path) -> None:
    _register(tmp_path)
    _run(tmp_path, [LETTER])
    target = tmp_path / "tei" / "letter.xml"
    edited = target.read_bytes().replace(b"Dear comrade", b"Dear friend")
    target.write_bytes(edited)
    refused = _run(tmp_path, [LETTER])
    assert refused.results[0].outcome == "refused"
    assert refused.results[0].diagnostics[0].rule == "hand-edited"
    assert target.read_bytes() == edited
    forced = _run(tmp_path, [LETTER], force=True)
    assert forced.results[0].outcome == "written"
    assert (tmp_path / "tei" / "letter.xml.bak").read_bytes() == edited
    assert b"Dear comrade" in target.read_bytes()


def test_a_refused_document_adds_nothing_to_the_register(tmp_path: Path) -> None:
    register = _register(tmp_path)
    (tmp_path / "tei").mkdir()
    (tmp_path / "tei" / "letter.xml").write_text("<TEI>my own</TEI>", encoding="utf-8")
    batch = _run(tmp_path, [LETTER])
    assert batch.results[0].outcome == "refused"
    assert batch.register == {}
    assert "per-ada-testperson" not in load_register(register).entries


@pytest.mark.parametrize("name", ["letter.xml"])
def test_two_inputs_with_one_name_leave_the_second_out(tmp_path: Path, name: str) -> None:
    _register(tmp_path)
    twin = tmp_path / "other" / name
    twin.parent.mkdir()
    shutil.copy(LETTER, twin)
    batch = _run(tmp_path, [LETTER, twin])
    assert [(r.outcome, [d.rule for d in r.diagnostics]) for r in batch.results] == [
        ("written", []), ("failed", ["import-name"])]


def test_a_file_name_that_cannot_become_an_id_is_left_out(tmp_path: Path) -> None:
    _register(tmp_path)
    odd = tmp_path / "my letter.xml"
    shutil.copy(LETTER, odd)
    (result,) = _run(tmp_path, [odd]).results
    assert (result.outcome, [d.rule for d in result.diagnostics]) == ("failed", ["file-name"])


def test_an_empty_register_folder_gets_its_files(tmp_path: Path) -> None:
    (tmp_path / "register").mkdir()
    batch = _run(tmp_path, [LETTER])
    assert batch.register == {"persons.xml": ["per-mao-tse-tung", "per-stalin",
                                              "per-ada-testperson"],
                              "places.xml": ["pla-peking"]}
    loaded = load_register(tmp_path / "register")
    assert sorted(loaded.entries) == ["per-ada-testperson", "per-mao-tse-tung", "per-stalin",
                                      "pla-peking"]
    assert loaded.entries["per-mao-tse-tung"].reg == "Mao Tse-tung"


def test_an_embedded_text_is_brought_in_once(tmp_path: Path) -> None:
    _register(tmp_path)
    source = tmp_path / "embedded.xml"
    source.write_text(LETTER.read_text(encoding="utf-8").replace(
        "<closer>", '<floatingText type="enclosure"><body><p>Enclosed words.</p></body>'
        "</floatingText><closer>"), encoding="utf-8")
    (result,) = _run(tmp_path, [source]).results
    assert result.outcome == "written", result.diagnostics
    text = (tmp_path / "tei" / "embedded.xml").read_text(encoding="utf-8")
    assert text.count("Enclosed words.") == 1
    assert '<floatingText type="enclosure"><body><p>Enclosed words.</p></body>' in text
