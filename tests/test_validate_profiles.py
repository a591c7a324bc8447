"""Profiles (edition, foreign), rule selection, an edition's own Schematron and the corpus
layer, through `tei validate`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tei.cli import app

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "validate"
FOREIGN = ROOT / "tests" / "fixtures" / "render" / "foreign"
TEI_ALL = ROOT / "tests" / "reference" / "tei_all.rng"
MINIMAL = FIXTURES / "valid" / "minimal.xml"
TELEGRAM = FIXTURES / "valid" / "telegram.xml"
# The foreign files jing accepts with tei_all.rng (jing tests/reference/tei_all.rng FILE).
TEI_ALL_VALID = ["cmif-example01_basic.xml", "cmif-example02_cmi-with-printed-edition.xml",
                 "frus-frus1952-54Guat-d192.xml", "frus-frus1952-54Guat-d193.xml",
                 "tei-corresp-sig-example01_basic.xml",
                 "tei-corresp-sig-example09_redirecting.xml",
                 "tei-corresp-sig-example13_correspDesc-pointing-to-participDesc.xml"]
EDITION_ONLY_RULES = {"root-id", "title-main", "div-order", "name-standoff"}


def run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["validate", *map(str, args)])
    return result.exit_code, result.stdout, result.stderr


def _rules_of(out: str) -> set[str]:
    return {line.rsplit("[", 1)[1].rstrip("]") for line in out.splitlines() if line.endswith("]")}


def test_the_edition_profile_drowns_foreign_files_in_our_rules() -> None:
    code, out, _ = run(*(FOREIGN / name for name in TEI_ALL_VALID))
    assert code == 1
    assert _rules_of(out) >= EDITION_ONLY_RULES


def test_the_foreign_profile_runs_only_portable_rules() -> None:
    code, out, _ = run("--profile", "foreign", *sorted(FOREIGN.glob("*.xml")))
    assert code == 0
    assert _rules_of(out) == {"pointer-resolves"}
    assert out.splitlines()[-1] == ("13 files checked (wf, rules): 13 valid, 0 invalid; "
                                    "0 errors, 13 warnings")
    assert ("frus-frus1952-54Guat-d193.xml:29:51: warning: ref/@target points to #d186, but no "
            "element in this file has that xml:id. [pointer-resolves]") in out


def test_the_default_profile_is_edition_only_inside_an_edition_project(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    their = tmp_path / "their-edition"
    shutil.copytree(FOREIGN, their)
    files = [their / name for name in TEI_ALL_VALID]
    monkeypatch.chdir(their)
    foreign = run(*files)
    assert foreign == run("--profile", "foreign", *files)
    assert foreign[0] == 0 and "(wf, rules)" in foreign[1]
    assert run("--profile", "edition", *files) == run("--edition", ROOT, *files)
    assert _rules_of(run("--edition", ROOT, *files)[1]) >= EDITION_ONLY_RULES
    (their / "corpus").mkdir()
    (their / "corpus" / "edition.toml").write_text("")
    assert run(*files) == run("--profile", "edition", *files)


def test_the_foreign_profile_keeps_the_errors_of_ids_and_dates(tmp_path: Path) -> None:
    text = (FOREIGN / TEI_ALL_VALID[4]).read_text()
    broken = text.replace('when="', 'when="1951-02-30" data-old="', 1)
    broken = broken.replace("<TEI ", '<TEI xml:id="[UUID]" ', 1)
    (tmp_path / "letter.xml").write_text(broken)
    code, out, _ = run("--profile", "foreign", tmp_path / "letter.xml")
    assert code == 1
    assert _rules_of(out) == {"id-ncname", "date-valid"}


def test_with_tei_all_the_foreign_profile_passes_exactly_the_files_jing_accepts() -> None:
    code, out, _ = run("--profile", "foreign", "--tei-all", TEI_ALL, "--format", "json",
                       *sorted(FOREIGN.glob("*.xml")))
    assert code == 1

    files = json.loads(out)["files"]
    assert sorted(Path(f["path"]).name for f in files if f["valid"]) == TEI_ALL_VALID


def test_rules_and_skip_rules_choose_rule_ids() -> None:
    dateline = FIXTURES / "invalid" / "dateline-date.xml"
    assert run("--skip-rules", "dateline-date", dateline)[0] == 0
    assert run("--rules", "root-id,pointer-resolves", dateline)[0] == 0
    code, out, _ = run("--rules", "dateline-date", dateline)
    assert code == 1 and _rules_of(out) == {"dateline-date"}


def test_an_editions_own_schematron_is_a_layer(tmp_path: Path) -> None:
    rules = tmp_path / "house.sch"
    rules.write_text(
        '<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">'
        '<ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/><pattern><rule context="tei:p">'
        '<assert id="house-p-length" role="warning" test="string-length(.) lt 20">Paragraph '
        "longer than 20 characters.</assert></rule></pattern></schema>")
    code, out, _ = run("--schematron", rules, MINIMAL)
    assert code == 0
    assert out.splitlines() == [
        f"{MINIMAL}:24:11: warning: Paragraph longer than 20 characters. [house-p-length]",
        "1 file checked (wf, grammar, rules, schematron): 1 valid, 0 invalid; 0 errors, "
        "1 warning"]
    assert run("--schematron", rules, "--skip-rules", "house-p-length", MINIMAL)[1].endswith(
        "0 errors, 0 warnings\n")


def test_a_schematron_the_compiler_cannot_run_is_a_usage_error(tmp_path: Path) -> None:
    rules = tmp_path / "phases.sch"
    rules.write_text('<schema xmlns="http://purl.oclc.org/dsdl/schematron" '
                     'queryBinding="xslt2"><phase id="p"/></schema>')
    code, out, err = run("--schematron", rules, MINIMAL)
    assert (code, out) == (2, "")
    assert err == (f"tei: {rules}: --schematron needs an ISO Schematron schema: {rules}: line 1: "
                   "<phase> is not supported here\n")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "tei"
    folder.mkdir()
    shutil.copy(TELEGRAM, folder / "telegram.xml")
    text = TELEGRAM.read_text().replace('xml:id="per-mao-zedong"', 'xml:id="per-mao-tse-tung"')
    (folder / "copy.xml").write_text(text.replace("#per-mao-zedong", "#per-mao-tse-tung"))
    return folder


def test_the_corpus_layer_finds_repeated_root_ids_and_entries_not_in_the_register(
        corpus: Path) -> None:
    code, out, _ = run("--corpus", "--skip-rules", "root-id,edition-idno", corpus)
    copy, telegram = corpus / "copy.xml", corpus / "telegram.xml"
    assert code == 1
    assert [line for line in out.splitlines() if "[corpus-root-id]" in line] == [
        f'{copy}:2:42: error: root xml:id "doc-telegram" is also the root id of '
        f"{telegram}; every document of a corpus needs its own [corpus-root-id]",
        f'{telegram}:2:42: error: root xml:id "doc-telegram" is also the root id of '
        f"{copy}; every document of a corpus needs its own [corpus-root-id]"]
    entry = [line for line in out.splitlines() if "[register-entry]" in line]
    assert entry == [f'{copy}:47:15: error: standOff entry "per-mao-tse-tung" is not in the '
                     "register: add it to the register or point the names to an entry that is "
                     "there [register-entry]"]
    assert out.splitlines()[-1].endswith("3 errors (corpus 3), 0 warnings")


def test_a_missing_register_stops_the_corpus_layer(corpus: Path, tmp_path: Path) -> None:
    code, _, err = run("--corpus", "--register", tmp_path / "nowhere", corpus)
    assert code == 2
    assert err == f"tei: {tmp_path / 'nowhere'}: no register here (persons.xml, places.xml, ...)\n"
