"""`tei build`: convert -> validate -> render over a corpus folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

import pytest

import tei.build
import tei.convert.batch
import tei.export.cmif_cache
from tei.build import STAMPED_FILES, Layout, build
from tei.cli.convert import report
from tei.convert.batch import FileResult, convert_files
from tei.diagnostics import Severity
from tei.export.archive import DOCUMENTS, REGISTER
from tests.cases import RAW


def corpus(tmp_path: Path) -> Layout:
    layout = Layout(tmp_path / "raw", tmp_path / "tei", tmp_path / "site", tmp_path / "text")
    shutil.copytree(RAW, layout.raw)
    return layout


def test_builds_the_whole_edition(tmp_path: Path) -> None:
    layout = corpus(tmp_path)
    result = build(layout)
    assert result.ok
    assert sorted(p.stem for p in layout.tei.glob("*.xml")) == sorted(
        p.stem for p in layout.raw.glob("*.txt"))
    assert (layout.site / "index.html").is_file()
    assert len(list(layout.text.glob("*.txt"))) == 5


def test_a_hand_edited_file_is_kept_and_rendered(tmp_path: Path) -> None:
    layout = corpus(tmp_path)
    build(layout)
    target = layout.tei / "000_eccd84356cefffd4.xml"
    edited = target.read_text().replace("Leon Levy Foundation", "Leon Levy Foundation (NY)")
    target.write_text(edited)
    result = build(layout)
    assert [r.outcome for r in result.conversions].count("refused") == 1
    assert target.read_text() == edited
    assert result.render is not None
    assert "Leon Levy Foundation (NY)" in (layout.site / "documents" /
                                          "000_eccd84356cefffd4.html").read_text()


def test_validation_errors_stop_the_build_before_rendering(tmp_path: Path) -> None:
    layout = corpus(tmp_path)
    build(layout)
    shutil.rmtree(layout.site)
    target = layout.tei / "001_65185c955372595c.xml"
    target.write_text(target.read_text().replace('<div type="telegram">', '<div type="postcard">'))
    run = subprocess.run([sys.executable, "-m", "tei", "build", "--raw", str(layout.raw),
                          "--tei", str(layout.tei), "--site", str(layout.site),
                          "--text", str(layout.text)], capture_output=True, timeout=300)
    assert run.returncode == 1
    assert "validation failed; the site was not rendered" in run.stderr.decode()
    assert "001_65185c955372595c.xml" in run.stdout.decode()
    assert not layout.site.exists()


def test_a_rebuild_validates_and_renders_only_what_changed(tmp_path: Path) -> None:
    layout = corpus(tmp_path)
    build(layout)
    again = build(layout)
    assert again.ok and again.validation is not None and again.validation.files == ()
    source = layout.raw / "003_982820db07093d93.txt"
    source.write_text(source.read_text().replace("the", "the the", 1))
    changed = build(layout)
    assert changed.ok and changed.validation is not None
    assert [Path(f.path).stem for f in changed.validation.files] == [source.stem]
    fresh = Layout(layout.raw, layout.tei, tmp_path / "site2", tmp_path / "text2")
    build(fresh)
    for folder, other in ((layout.site, fresh.site), (layout.text, fresh.text)):
        assert published(folder) == published(other)
    shared = {Path("cmif.xml"), Path("telegrams.zip"), Path("telegrams-text.zip"),
              Path("search/index.js")}
    assert shared <= published(layout.site).keys()


def published(folder: Path) -> dict[Path, bytes]:
    """Every file of an output folder but the bookkeeping that records file times."""
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*")
            if p.is_file() and p.name not in STAMPED_FILES}


def test_the_site_offers_every_file_in_bulk_and_links_the_zips(tmp_path: Path) -> None:
    layout = corpus(tmp_path)
    assert build(layout).ok
    stems = sorted(p.stem for p in layout.tei.glob("*.xml"))
    with zipfile.ZipFile(layout.site / "telegrams.zip") as archive:
        names = archive.namelist()
        assert sorted(Path(n).stem for n in names if n.startswith(f"{DOCUMENTS}/")) == stems
        assert "README.txt" in names and any(n.startswith(f"{REGISTER}/") for n in names)
    with zipfile.ZipFile(layout.site / "telegrams-text.zip") as texts:
        assert texts.namelist() == [f"text/{stem}.txt" for stem in stems]
        assert texts.read(f"text/{stems[0]}.txt") == (layout.text / f"{stems[0]}.txt").read_bytes()
    downloads = (layout.site / "pages" / "downloads.html").read_text(encoding="utf-8")
    assert 'href="../telegrams.zip"' in downloads and 'href="../telegrams-text.zip"' in downloads
    first = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in layout.site.glob("*.zip")}
    assert build(layout).ok  # nothing changed: the zips are kept, not written again
    assert {p.name: (p.read_bytes(), p.stat().st_mtime_ns)
            for p in layout.site.glob("*.zip")} == first
    source = sorted(layout.raw.glob("*.txt"))[0]
    source.write_text(source.read_text(encoding="utf-8") + "\nA sentence added.\n",
                      encoding="utf-8")
    assert build(layout).ok
    assert (layout.site / "telegrams-text.zip").read_bytes() != first["telegrams-text.zip"][0]
    assert (layout.site / "telegrams.zip").read_bytes() != first["telegrams.zip"][0]


def test_nothing_changed_reads_no_source_and_touches_no_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    layout = corpus(tmp_path)
    assert build(layout).ok
    before = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*")}
    converting: list[list[Path]] = []

    def logged(sources: list[Path], *args: object, **kwargs: object) -> object:
        converting.append(list(sources))
        return convert_files(sources, *args, **kwargs)

    monkeypatch.setattr(tei.convert.batch, "convert_files", logged)
    again = build(layout)
    assert again.ok and {r.outcome for r in again.conversions} == {"unchanged"}
    assert converting == []
    assert {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*")} == before
    source = sorted(layout.raw.glob("*.txt"))[1]
    source.write_text(source.read_text(encoding="utf-8") + "\nA sentence added.\n",
                      encoding="utf-8")
    assert build(layout).ok and converting[-1] == [source]


def test_a_build_with_nothing_to_convert_never_imports_the_converter(tmp_path: Path) -> None:
    layout = corpus(tmp_path)
    assert build(layout).ok
    script = ("import sys; from pathlib import Path; from tei.build import Layout, build; "
              f"layout = Layout(*map(Path, {[str(f) for f in vars(layout).values()]!r})); "
              "assert build(layout).ok; print(sorted(m for m in sys.modules "
              "if m.split('.')[:2] == ['tei', 'convert']))")
    found = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           check=True)
    assert found.stdout.strip() == "[]", found.stdout + found.stderr


def test_a_build_after_the_tei_was_rewritten_unchanged_reads_only_the_changed_letter(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    layout = corpus(tmp_path)
    assert build(layout).ok
    for path in layout.tei.glob("*.xml"):  # same bytes, new times: nothing to render
        os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    assert not build(layout).render.changed  # type: ignore[union-attr]
    read: list[str] = []
    correspondence = tei.export.cmif_cache.correspondence

    def logged(path: Path, *args: object) -> object:
        read.append(path.name)
        return correspondence(path, *args)

    monkeypatch.setattr(tei.export.cmif_cache, "correspondence", logged)
    source = sorted(layout.raw.glob("*.txt"))[1]
    source.write_text(source.read_text(encoding="utf-8") + "\nA sentence added.\n",
                      encoding="utf-8")
    assert build(layout).ok
    assert read == [f"{source.stem}.xml"]


def test_a_build_with_nothing_changed_imports_no_validator_cmif_or_zip_writer(
        tmp_path: Path) -> None:
    layout = corpus(tmp_path)
    assert build(layout).ok
    folders = [str(p) for p in (layout.raw, layout.tei, layout.site, layout.text)]
    script = ("import sys; from pathlib import Path; from tei.build import Layout, build; "
              f"assert build(Layout(*map(Path, {folders!r}))).ok; print(' '.join(sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, check=True,
                            text=True, timeout=300).stdout.split()
    assert "tei.build" in loaded
    assert not {"tei.validate.engine", "tei.export.cmif_cache", "tei.export.archive",
                "rich.console"} & set(loaded)


def test_a_build_of_an_edition_without_pages_imports_no_markdown_or_yaml_parser(
        tmp_path: Path) -> None:
    layout = corpus(tmp_path)
    edition = tmp_path / "edition.toml"
    edition.write_text('[edition]\ntitle = "Telegrams"\npages = "no-pages"\n', encoding="utf-8")
    folders = [str(p) for p in (layout.raw, layout.tei, layout.site, layout.text)]
    script = ("import sys; from pathlib import Path; from tei.build import Layout, build; "
              "from tei.convert.batch import Settings; "
              f"layout = Layout(*map(Path, {folders!r})); "
              f"assert build(layout, Settings(edition=Path({str(edition)!r}))).ok; "
              "print(' '.join(sys.modules))")
    for change in ("", "\nA sentence added.\n"):  # a full build, then one source changed
        source = sorted(layout.raw.glob("*.txt"))[1]
        source.write_text(source.read_text(encoding="utf-8") + change, encoding="utf-8")
        loaded = set(subprocess.run([sys.executable, "-c", script], capture_output=True,
                                    check=True, text=True, timeout=300).stdout.split())
        assert "tei.render.apparatus" in loaded
        assert not {"markdown_it", "yaml"} & loaded


def test_the_result_keeps_the_errors_and_counts_the_rest(tmp_path: Path) -> None:
    layout = corpus(tmp_path)
    result = build(layout)
    written = convert_files(sorted(layout.raw.glob("*.txt")), tmp_path / "again")
    found = Counter(d.severity.value for r in written for d in r.diagnostics)
    assert found["warning"] and result.conversion_tally == found
    assert [d for r in result.conversions for d in r.diagnostics] == [
        d for r in written for d in r.diagnostics if d.severity is Severity.ERROR]
    assert result.validation is not None and len(result.validation.files) == 5
    assert all(file.facts is None and not file.seconds and file.outcomes
               for file in result.validation.files)


def test_the_summary_counts_the_warnings_the_build_let_go_of(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    written = convert_files(sorted(RAW.glob("*.txt")), tmp_path / "tei")
    kept = [FileResult(r.source, r.outcome) for r in written]
    tally = Counter(d.severity.value for r in written for d in r.diagnostics)
    assert report(kept, quiet=True, tally=tally) == report(written, quiet=True)
    summaries = capsys.readouterr().err.splitlines()
    assert summaries[0] == summaries[1] and " 0 warnings" not in summaries[0]
