"""`tei export` on the command line: the files written, exit codes and diagnostics."""

from __future__ import annotations

import zipfile
from pathlib import Path

from typer.testing import CliRunner

from tei.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "corpus" / "tei").glob("*.xml"))


def run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["export", *map(str, args)])
    return result.exit_code, result.stdout, result.stderr


def test_cmif_writes_the_file(tmp_path: Path) -> None:
    out = tmp_path / "site" / "cmif.xml"
    assert run("cmif", *SEEDS, "-o", out) == (0, f"wrote {out} (5 documents)\n", "")
    assert b"<correspDesc" in out.read_bytes()


def test_cmif_with_a_fixed_date_option(tmp_path: Path) -> None:
    out = tmp_path / "cmif.xml"
    assert run("cmif", SEEDS[0], "-o", out, "--date", "2030-02-03")[0] == 0
    assert b'<date when="2030-02-03"/>' in out.read_bytes()


def test_a_bad_date_is_a_config_diagnostic_and_nothing_is_written(tmp_path: Path) -> None:
    out = tmp_path / "cmif.xml"
    code, _, err = run("cmif", SEEDS[0], "-o", out, "--date", "soon")
    assert code == 1 and not out.exists()
    assert err.endswith("error: export date 'soon' is not a date (YYYY-MM-DD) [config]\n")


def test_a_broken_input_is_one_diagnostic_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xml"
    broken.write_text("<TEI>")
    code, _, err = run("cmif", broken, "-o", tmp_path / "cmif.xml")
    assert code == 1
    assert err.startswith(f"{broken}:1:6: error: not well-formed XML") and "Traceback" not in err


def test_a_document_left_out_is_a_warning_and_the_rest_is_written(tmp_path: Path) -> None:
    lonely = tmp_path / "lonely.xml"
    lonely.write_bytes(SEEDS[0].read_bytes().replace(b'type="received"', b'type="other"'))
    code, _, err = run("cmif", lonely, SEEDS[1], "-o", tmp_path / "cmif.xml")
    assert code == 0
    assert err == (f"{lonely}:1:1: warning: no correspAction type=\"received\"; CMIF needs "
                   "one [cmif-skipped]\n")


def test_corpus_writes_the_file_and_its_schemas(tmp_path: Path) -> None:
    out = tmp_path / "export" / "corpus.xml"
    assert run("corpus", *SEEDS, "-o", out)[0] == 0
    assert sorted(p.name for p in (out.parent / "schemas").iterdir()) == [
        "telegrams-corpus.rng", "telegrams.rng", "telegrams.sch", "telegrams.xsd", "xml.xsd"]


def test_split_writes_the_documents_of_a_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.xml"
    run("corpus", *SEEDS, "-o", corpus)
    assert run("split", corpus, "-o", tmp_path / "docs")[0] == 0
    assert [p.read_bytes() for p in sorted((tmp_path / "docs").iterdir())] == \
        [p.read_bytes() for p in SEEDS]


def test_split_of_a_single_document_exits_1(tmp_path: Path) -> None:
    code, _, err = run("split", SEEDS[0], "-o", tmp_path)
    assert code == 1 and err.endswith("error: not a teiCorpus file [corpus]\n")


def test_zip_writes_the_archive(tmp_path: Path) -> None:
    out = tmp_path / "telegrams.zip"
    assert run("zip", *SEEDS, "-o", out)[0] == 0
    assert "README.txt" in zipfile.ZipFile(out).namelist()


def test_an_input_that_does_not_exist_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = run("zip", tmp_path / "nowhere.xml", "-o", tmp_path / "t.zip")
    assert code == 2 and "no such file or folder" in err
