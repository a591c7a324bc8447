"""Audit of `tei export split` (`tei.cli.export`), whose default output is corpus/tei: it
replaced a hand-edited TEI file there silently with the corpus's copy. Now, as `tei convert`
and `tei import` do, a file edited by hand since it was written is refused (`[hand-edited]`,
exit 1, the others still written) unless `--force`, which keeps it as `<name>.xml.bak`; a
file whose bytes are the same is left alone, and our own untouched output is replaced."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from tei.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "corpus" / "tei").glob("*.xml"))[:2]


def _run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["export", *map(str, args)])
    return result.exit_code, result.stdout, result.stderr


def _corpus_and_documents(tmp_path: Path) -> tuple[Path, Path]:
    documents = tmp_path / "tei"
    documents.mkdir()
    for seed in SEEDS:
        shutil.copy(seed, documents)
    corpus = tmp_path / "corpus.xml"
    assert _run("corpus", *sorted(documents.iterdir()), "-o", corpus)[0] == 0
    return corpus, documents


def test_split_refuses_to_replace_a_hand_edited_file(tmp_path: Path) -> None:
    corpus, documents = _corpus_and_documents(tmp_path)
    edited = documents / SEEDS[0].name
    edited.write_bytes(edited.read_bytes().replace(b"</body>", b"<p>My note.</p></body>", 1))
    other = documents / SEEDS[1].name
    other.unlink()
    code, _, err = _run("split", corpus, "-o", documents)
    assert code == 1 and "[hand-edited]" in err and str(edited) in err
    assert b"My note." in edited.read_bytes()
    assert other.read_bytes() == SEEDS[1].read_bytes()  # the others are still written


def test_split_with_force_replaces_it_and_keeps_a_backup(tmp_path: Path) -> None:
    corpus, documents = _corpus_and_documents(tmp_path)
    edited = documents / SEEDS[0].name
    edited.write_bytes(b"<TEI>mine</TEI>\n")
    code, _, err = _run("split", corpus, "-o", documents, "--force")
    assert code == 0 and "[hand-edited-backup]" in err
    assert edited.read_bytes() == SEEDS[0].read_bytes()
    assert edited.with_name(edited.name + ".bak").read_bytes() == b"<TEI>mine</TEI>\n"


def test_split_over_the_same_documents_changes_nothing(tmp_path: Path) -> None:
    corpus, documents = _corpus_and_documents(tmp_path)
    times = [p.stat().st_mtime_ns for p in sorted(documents.iterdir())]
    assert _run("split", corpus, "-o", documents)[0] == 0
    assert [p.stat().st_mtime_ns for p in sorted(documents.iterdir())] == times
