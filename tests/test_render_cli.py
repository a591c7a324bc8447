"""`tei render` on the command line: outputs, findings as `path:line:col` lines, exit codes,
and deterministic output (rendering twice, serially and in a process pool, gives the same
bytes; rendering again over a site rewrites nothing)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tei.cli import app
from tei.diagnostics import InputError
from tei.render import Edition, Renderer, context_xml, render_edition
from tei.resources import xslt_dir
from tei.xmlio import parse_file

FIXTURES = Path(__file__).parent / "fixtures" / "render"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["render", *args])
    return result.exit_code, result.stdout, result.stderr


def test_renders_a_folder_into_a_site_and_a_text_edition(tmp_path: Path) -> None:
    code, out, err = run(str(FIXTURES / "r0*.xml"), "--html", str(tmp_path / "site"),
                         "--text", str(tmp_path / "text"))
    assert (code, err) == (0, "")
    assert f"site: {tmp_path / 'site' / 'index.html'}" in out
    assert sorted(p.name for p in (tmp_path / "text").iterdir()) == [
        "r01_cable.txt", "r02_letter.txt", "r03_memo.txt", "r04_undated.txt"]
    for name in ("index.html", "persons.html", "places.html", "organisations.html",
                 "persons/per-mao-zedong.html", "timeline.html", "map.html", "search.html",
                 "search/index.js", "assets/edition.css", "assets/edition.js",
                 "assets/search.js", "documents/r01_cable.html", "tei/r01_cable.xml",
                 "text/r01_cable.txt", "schemas/telegrams.rng", "schemas/telegrams.sch"):
        assert (tmp_path / "site" / name).is_file(), name
    published = (tmp_path / "site" / "tei" / "r01_cable.xml").read_bytes()
    assert published.partition(b"<TEI")[1:] == (
        FIXTURES / "r01_cable.xml").read_bytes().partition(b"<TEI")[1:]
    assert b'<?xml-model href="../schemas/telegrams.rng"' in published


def test_bad_files_are_findings_and_the_rest_is_rendered(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "r02_letter.xml", tmp_path)
    (tmp_path / "broken.xml").write_text("<TEI xmlns='http://www.tei-c.org/ns/1.0'>\n<text>")
    (tmp_path / "doctype.xml").write_text('<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
                                          "\n<x>&e;</x>")
    (tmp_path / "other.xml").write_text("<?xml version='1.0'?>\n<html/>")
    code, out, err = run(str(tmp_path), "--text", str(tmp_path / "out"))
    assert code == 1
    lines = sorted(err.splitlines())
    assert lines[0].startswith(f"{tmp_path / 'broken.xml'}:2:")
    assert lines[0].endswith("[xml-syntax]")
    assert lines[1] == (f"{tmp_path / 'doctype.xml'}:1:1: error: DOCTYPE declarations are not "
                        "allowed (external entities, DTDs and entity expansion are refused for "
                        "security) [xml-doctype]")
    assert lines[2] == (f"{tmp_path / 'other.xml'}:2:1: error: not a TEI document: the root "
                        "element is <html> in namespace '' [render-root]")
    assert "rendered 1 document" in out
    assert (tmp_path / "out" / "r02_letter.txt").is_file()


def test_two_files_with_one_name_are_a_finding(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    shutil.copy(FIXTURES / "r04_undated.xml", tmp_path / "a")
    code, _, err = run(str(FIXTURES / "r04_undated.xml"), str(tmp_path / "a"),
                       "--text", str(tmp_path / "out"))
    assert code == 1
    assert err.startswith(f"{tmp_path / 'a' / 'r04_undated.xml'}:1:1: error: another input")


@pytest.mark.parametrize(("args", "message"), [
    ([str(FIXTURES)], "nothing to do"),
    (["no/such/file.xml", "--text", "out"], "no/such/file.xml: no such file or folder"),
])
def test_usage_errors_exit_2(args: list[str], message: str) -> None:
    code, _, err = run(*args)
    assert code == 2
    assert message in err


def test_a_failing_transform_is_one_diagnostic_line(tmp_path: Path,
                                                    capfd: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(xslt_dir(), tmp_path / "xslt")
    stylesheet = tmp_path / "xslt" / "document.xsl"
    stylesheet.write_text(stylesheet.read_text(encoding="utf-8").replace(
        '<xsl:apply-templates select="TEI" mode="tt:edition"/>',
        '<xsl:value-of select="xs:integer(string(/*/@xml:id))"/>', 1), encoding="utf-8")
    renderer = Renderer(tmp_path / "xslt")
    source = renderer.load(parse_file(FIXTURES / "r01_cable.xml"), "r01_cable.xml")
    with pytest.raises(InputError) as caught:
        renderer.text(source, context_xml(Edition()))
    assert caught.value.diagnostic.format() == (
        'r01_cable.xml:1:1: error: cannot render: Cannot convert string "doc-r01_cable" to an '
        "integer [render]")
    assert capfd.readouterr().err == ""


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


def test_rendering_twice_gives_identical_files(tmp_path: Path) -> None:
    inputs = sorted(FIXTURES.glob("*.xml")) + sorted((FIXTURES / "foreign").glob("*.xml"))
    render_edition(inputs, tmp_path / "a" / "site", tmp_path / "a" / "text")
    render_edition(inputs[::-1], tmp_path / "b" / "site", tmp_path / "b" / "text", workers=2)
    first, second = files(tmp_path / "a"), files(tmp_path / "b")
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []
    index = tmp_path / "a" / "site" / "index.html"
    before = index.stat().st_mtime_ns
    render_edition(inputs, tmp_path / "a" / "site", tmp_path / "a" / "text")
    assert index.stat().st_mtime_ns == before


def test_an_output_folder_under_a_file_is_named_as_the_file_in_the_way(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("a file where a folder should be")
    code, _, err = run(str(FIXTURES / "r01_cable.xml"), "--text", str(tmp_path / "out" / "t"))
    assert code == 2
    assert err.strip() == f"tei: {tmp_path / 'out'}: cannot write: it is a file, not a folder"
