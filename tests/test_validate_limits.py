"""Hostile input to `tei validate`: findings are capped per file and collected in linear time,
attributes, depth and width are limited, a DOCTYPE never passes, a U+2028 or U+0085 in a
message never crashes and no finding can become a CI workflow command."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from tei.cli import app
from tei.validate import Options, Validator
from tei.validate.grammar import MAX_CHILDREN, checked_in_parts
from tei.validate.model import Layer
from tests.conftest import best_validation_seconds

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "validate"
TELEGRAM = (FIXTURES / "valid" / "telegram.xml").read_text(encoding="utf-8")
BRACKETS = (FIXTURES / "invalid" / "no-brackets.xml").read_text(encoding="utf-8")
PARAGRAPH = '<p>I send you the following points'
DOCTYPE = ("error: DOCTYPE declarations are not allowed (external entities, DTDs and entity "
           "expansion are refused for security) [xml-doctype]")


def run(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["validate", *map(str, args)])
    return result.exit_code, result.stdout


def telegram(tmp_path: Path, old: str, new: str, text: str = TELEGRAM,
             name: str = "telegram.xml") -> Path:
    assert old in text
    path = tmp_path / name
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def with_errors(tmp_path: Path, paragraphs: int, per_paragraph: int = 2000) -> Path:
    """The telegram with paragraphs of `<hi/>` elements, each an error (no @rend)."""
    extra = f"<p>{'<hi/>' * per_paragraph}</p>" * paragraphs
    return telegram(tmp_path, PARAGRAPH, extra + PARAGRAPH)


def test_findings_beyond_1000_per_file_are_counted_not_listed(tmp_path: Path) -> None:
    path = with_errors(tmp_path, 10)
    code, out = run("--layers", "wf,grammar", path)
    lines = out.splitlines()
    assert code == 1 and len(lines) == 1002
    assert lines[0] == f"{path}:75:14: error: <hi> needs attribute rend [grammar]"
    assert lines[-2:] == [
        f"{path}: ... and 19,000 more findings not listed (at most 1,000 are listed per file)",
        "1 file checked (wf, grammar): 0 valid, 1 invalid; 20000 errors (grammar 20000), "
        "0 warnings"]
    report = json.loads(run("--format", "json", "--layers", "wf,grammar", path)[1])
    assert (report["files"][0]["unlisted"], len(report["files"][0]["findings"])) == (19000, 1000)
    github = run("--format", "github", "--layers", "wf,grammar", path)[1].splitlines()
    assert github[-3:-1] == [
        f"{path}: ... and 19,000 more findings not listed (at most 1,000 are listed per file)",
        "::notice title=tei validate::19990 errors more not annotated: GitHub shows at most 10 "
        "annotations of each type per step; this log lists the others"]


@pytest.mark.parametrize(("small_shape", "large_shape"), [
    ((25, 200), (100, 200)),   # errors spread over paragraphs
    ((1, 4000), (1, 16000)),   # errors among very many siblings (checked in slices)
])
def test_error_collection_grows_linearly(tmp_path: Path, small_shape: tuple[int, int],
                                         large_shape: tuple[int, int]) -> None:
    validator = Validator(Options(layers=(Layer.WF, Layer.GRAMMAR)))
    (tmp_path / "small").mkdir()
    small = with_errors(tmp_path / "small", *small_shape)
    large = with_errors(tmp_path, *large_shape)
    ratio = best_validation_seconds(validator, large) / best_validation_seconds(validator, small)
    assert ratio < 8, f"4x the errors took {ratio:.1f}x the time (quadratic: 16x)"


def test_an_element_with_very_many_children_is_checked_in_slices(tmp_path: Path) -> None:
    path = with_errors(tmp_path, 1, 4001)
    code, out = run("--format", "json", "--layers", "wf,grammar", path)
    findings = json.loads(out)["files"][0]
    assert code == 1 and len(findings["findings"]) + findings["unlisted"] == 4001
    assert {(f["line"], f["message"]) for f in findings["findings"]} == {
        (75, "<hi> needs attribute rend")}


def test_comments_count_as_children_when_slicing(tmp_path: Path) -> None:
    """Slices are cut where lxml counts children (comments too), as the check puts them back."""
    tree = etree.fromstring(f"<p>{'<hi/><!--c-->' * (MAX_CHILDREN // 2 + 1)}</p>").getroottree()
    parts: list[int] = []
    checked_in_parts(tree, lambda part: parts.append(len(part.getroot())) or [])
    assert parts == [MAX_CHILDREN, 2] and len(tree.getroot()) == MAX_CHILDREN + 2


@pytest.mark.parametrize(("content", "sliced"), [
    ("<hi/>" * (MAX_CHILDREN + 1), True),
    ("<x><hi/></x>" * MAX_CHILDREN + "<!--c-->", True),
    ("t<hi/>" * MAX_CHILDREN, False),              # text nodes are no children to slice
    ("<x>" + "<hi/>" * MAX_CHILDREN + "</x>", False),
])
def test_only_elements_with_more_children_than_the_limit_are_sliced(content: str,
                                                                   sliced: bool) -> None:
    tree = etree.fromstring(f"<p>{content}</p>").getroottree()
    parts: list[int] = []
    checked_in_parts(tree, lambda part: parts.append(len(part.getroot())) or [])
    assert (len(parts) > 1) is sliced


def test_a_valid_element_with_very_many_children_is_valid(tmp_path: Path) -> None:
    path = telegram(tmp_path, PARAGRAPH, f"<p>{'x<lb/>' * 5000}</p>{PARAGRAPH}")
    assert run("--layers", "wf,grammar", path)[0] == 0


def test_20000_attributes_are_refused_by_the_wf_layer(tmp_path: Path) -> None:
    attributes = " ".join(f'a{i}="x"' for i in range(20_000))
    path = telegram(tmp_path, PARAGRAPH, f"<p {attributes}>x</p>{PARAGRAPH}")
    started = time.perf_counter()
    code, out = run(path)
    assert time.perf_counter() - started < 60
    assert (code, out.splitlines()) == (1, [
        f"{path}:75:1: error: <p> has 20,000 attributes; at most 200 are allowed on one "
        "element [xml-limits]",
        "1 file checked (wf, grammar, rules): 0 valid, 1 invalid; 1 error (wf 1), 0 warnings"])


def test_a_doctype_after_a_comment_or_in_utf16_fails_the_wf_layer(tmp_path: Path) -> None:
    declaration, rest = TELEGRAM.split("\n", 1)
    after_comment = tmp_path / "comment.xml"
    after_comment.write_text(f"{declaration}\n<!-- <a -->\n<!DOCTYPE TEI>\n{rest}")
    utf16 = tmp_path / "utf16.xml"
    utf16.write_bytes(f'{declaration.replace("UTF-8", "UTF-16")}\n<!DOCTYPE TEI>\n{rest}'
                      .encode("utf-16"))
    schema = ROOT / "schemas" / "telegrams.rng"
    for layers in ("wf,grammar", "wf,tei-all"):
        code, out = run("--layers", layers, "--tei-all", schema, after_comment, utf16)
        assert (code, out.splitlines()) == (1, [
            f"{after_comment}:3:1: {DOCTYPE}", f"{utf16}:2:1: {DOCTYPE}",
            f"2 files checked ({layers.replace(',', ', ')}): 0 valid, 2 invalid; 2 errors "
            "(wf 2), 0 warnings"])


def test_line_separators_in_bracketed_text_are_escaped_not_fatal(tmp_path: Path) -> None:
    path = telegram(tmp_path, "[along the 38th parallel]", "[along\u2028the 38th\x85parallel]",
                    BRACKETS, "no-brackets.xml")
    code, out = run(path)
    assert (code, out.splitlines()) == (0, [
        f'{path}:77:13: warning: Square bracket left in the text: "Both sides cease fire '
        '[along\\u2028the 38th\\x85parallel]."; encode what the brackets mark as supplied or '
        "gap (the editions print the brackets). [no-brackets]",
        "1 file checked (wf, grammar, rules): 1 valid, 0 invalid; 0 errors, 1 warning"])


def test_no_finding_prints_a_workflow_command(tmp_path: Path) -> None:
    path = telegram(tmp_path, 'when="1951-07-05T21:00:00"',
                    'when="1951-07-05&#10;::error file=README.md,line=1::owned"')
    hostile = tmp_path / "::error file=README.md,line=1::x.xml"
    hostile.write_bytes(path.read_bytes())
    code, out = run(path, hostile)
    assert code == 1
    assert "\\n::error file=README.md,line=1::owned" in out
    assert [line for line in out.splitlines() if line.lstrip().startswith("::")] == []
