"""Ten typical editor mistakes, each made in a copy of a corpus file, each caught at its
place (line and column of the mistake) with its message; and the other failures of the
issue about the validator in other editions' CI (wrong line, stopped files, file names)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tei.validate import Layer, Options, validate_paths

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "corpus" / "tei" / "000_eccd84356cefffd4.xml"
LAYERS = Options(layers=(Layer.WF, Layer.GRAMMAR, Layer.RULES, Layer.CORPUS))
_LINES = SOURCE.read_text(encoding="utf-8").split("\n")


def _at(snippet: str) -> int:
    """The number of the first line of the corpus file that holds `snippet` (the places the
    findings name follow the file as the converter writes it today)."""
    return next(n for n, line in enumerate(_LINES, 1) if snippet in line)


SENT_DATE = _at('<date when="1951-07-05">July 5, 1951</date>')
MAO = _at('xml:id="per-mao-zedong"')
VAGANOV_ENTRY = _at('<person xml:id="per-vaganov">')
DOCUMENT_DIV = _at('<div type="telegram">')
CABLE_NUMBER = _at('subtype="cable-number"')
MESSAGE = _at('<div type="message">')
FIRST_P = MESSAGE + 1  # `<p>I am sending you for <supplied ...>your</supplied> ...`
KOREA = _at("</supplied> information the draft text of an agreement")
VAGANOV = _at('<persName ref="#per-vaganov">Vaganov</persName>')
PHRASES = ("<persName>, <placeName>, <orgName>, <roleName>, <date>, <time>, <num>, <measure>, "
           "<supplied>, <gap>, ...")

# name: (text in the file, what the editor wrote instead, findings as line:col: ... [rule])
MISTAKES = {
    "misspelt element": (
        '<persName ref="#per-vaganov">Vaganov</persName>',
        '<persname ref="#per-vaganov">Vaganov</persname>',
        [f"{VAGANOV}:66: error: <persname> is not allowed here; expected: {PHRASES} [grammar]"]),
    "wrong attribute value": (
        '<div type="message">', '<div type="mesage">',
        [f'{MESSAGE}:14: error: <div> type="mesage": "mesage" is not allowed; use one of: '
         'registry, '
         "message, attachment [grammar]",
         f"{DOCUMENT_DIV}:7: error: The document's div must hold, in this order: an "
         "optional registry "
         "heading, one message div, any attachments and optional processing lines; it holds: "
         "heading, mesage, processing. [div-order]"]),
    "missing @when": (
        '<date when="1951-07-05">July 5, 1951</date>', "<date>July 5, 1951</date>",
        [f'{SENT_DATE}:11: error: The date "July 5, 1951" of correspAction type="sent" '
         'needs when (or '
         'notBefore and notAfter for a range) with its W3C value (when="1951-07-05"): '
         "correspDesc dates are what indexes and the dateline check read. [corresp-date]"]),
    "1951-02-30": (
        '<date when="1951-07-05">July 5, 1951</date>',
        '<date when="1951-02-30">July 5, 1951</date>',
        [f'{SENT_DATE}:17: error: <date> when="1951-02-30": "1951-02-30" is not a valid '
         'value (write a '
         "real date: YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD or YYYY-MM-DDThh:mm:ss) [grammar]",
         f'{SENT_DATE}:17: error: when="1951-02-30" on date is not a real date or time: write '
         "YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD or YYYY-MM-DDThh:mm:ss. [date-valid]"]),
    "dangling @ref": (
        '</supplied> information the draft text of an agreement to cease military operations '
        'in <placeName ref="#pla-korea">',
        '</supplied> information the draft text of an agreement to cease military operations '
        'in <placeName ref="#pla-koreaa">',
        [f"{KOREA}:164: error: placeName/@ref points to #pla-koreaa, but no element in this file "
         "has that xml:id. [pointer-resolves]"]),
    "duplicate xml:id": (
        '<div type="message">', '<div type="message" xml:id="per-mao-zedong">',
        [f'{place}: error: xml:id "per-mao-zedong" is used 2 times (lines {MAO}, {MESSAGE}); '
         "every xml:id must be unique in the file [id-unique]"
         for place in (f"{MAO}:15", f"{MESSAGE}:29")]),
    "text in the wrong place": (
        '<div type="message">', '<div type="message">Urgent.',
        [f"{MESSAGE}:9: error: <div> may not contain text directly, only elements [grammar]"]),
    "unclosed tag": (
        '<supplied reason="omitted">your</supplied>', '<supplied reason="omitted">your',
        [f"{FIRST_P}:188: error: not well-formed XML: <supplied> (opened on line {FIRST_P}) "
         "is not closed: "
         "</p> comes first; add </supplied> where it ends [xml-syntax]"]),
    "name without a register entry": (
        '<person xml:id="per-vaganov">', '<person xml:id="per-vaganov-clerk">',
        [f'{VAGANOV_ENTRY}:7: warning: The person "per-vaganov-clerk" is not referred to '
         'anywhere in this '
         "file; remove the entry or tag the name in the text. [entry-unused]",
         f"{VAGANOV}:76: error: persName/@ref points to #per-vaganov, but no element in "
         "this file has "
         "that xml:id. [pointer-resolves]",
         f'{VAGANOV_ENTRY}:15: error: standOff entry "per-vaganov-clerk" is not in the '
         'register: add it to '
         "the register or point the names to an entry that is there [register-entry]"]),
    "wrong root id": (
        'xml:id="doc-000_eccd84356cefffd4"', 'xml:id="doc-000_eccd84356cefffd5"',
        ["4:1: error: The root element's xml:id must be \"doc-000_eccd84356cefffd4\", made "
         'from the file name ("doc-" + the name without ".xml", each run of characters an id '
         'cannot hold, such as spaces, written "-"); it is "doc-000_eccd84356cefffd5". '
         "[root-id]"]),
}


def _findings(path: Path) -> list[str]:
    report = validate_paths([path], LAYERS)
    return [f"{f.diagnostic.line}:{f.diagnostic.col}: {f.severity}: {f.diagnostic.message} "
            f"[{f.diagnostic.rule}]" for file in report.files for f in file.findings]


def _mutated(folder: Path, original: str, mistake: str, name: str = SOURCE.name) -> Path:
    text = SOURCE.read_text(encoding="utf-8")
    assert original in text
    path = folder / name
    path.write_text(text.replace(original, mistake, 1), encoding="utf-8")
    return path


def test_the_corpus_file_is_valid_in_every_layer() -> None:
    assert _findings(SOURCE) == []


@pytest.mark.parametrize("mistake", sorted(MISTAKES))
def test_each_editor_mistake_is_caught_at_its_place(tmp_path: Path, mistake: str) -> None:
    original, written, expected = MISTAKES[mistake]
    assert _findings(_mutated(tmp_path, original, written)) == expected


def test_a_duplicate_id_does_not_hide_the_other_errors(tmp_path: Path) -> None:
    text = SOURCE.read_text(encoding="utf-8")
    for original, written, _ in (MISTAKES["duplicate xml:id"], MISTAKES["dangling @ref"],
                                 MISTAKES["1951-02-30"]):
        text = text.replace(original, written, 1)
    (tmp_path / SOURCE.name).write_text(text, encoding="utf-8")
    rules = [line.rsplit("[", 1)[1] for line in _findings(tmp_path / SOURCE.name)]
    assert rules == ["id-unique]", "id-unique]", "grammar]", "date-valid]",
                     "pointer-resolves]"]


def test_an_id_that_is_not_an_ncname_is_a_finding_not_a_syntax_error(tmp_path: Path) -> None:
    path = _mutated(tmp_path, '<div type="message">', '<div type="message" xml:id="[UUID]">')
    assert _findings(path) == [
        f'{MESSAGE}:29: error: xml:id "[UUID]" is not an NCName: an id starts with a letter or "_" '
        'and holds only letters, digits, ".", "-" and "_" (no spaces, colons or brackets) '
        "[id-ncname]"]


@pytest.mark.parametrize(("name", "root_id"), [("brief-ü.xml", "doc-brief-ü"),
                                               ("002 copy.xml", "doc-002-copy"),
                                               ("a%41[1].xml", "doc-a-41-1-")])
def test_the_root_id_of_any_file_name_is_an_ncname_without_percent_escapes(
        tmp_path: Path, name: str, root_id: str) -> None:
    path = _mutated(tmp_path, 'xml:id="doc-000_eccd84356cefffd4"', f'xml:id="{root_id}"', name)
    assert _findings(path) == []


@pytest.mark.parametrize(("lines", "expected"), [
    ((CABLE_NUMBER, CABLE_NUMBER + 2), [f"{CABLE_NUMBER}:11: error: <abb> is not allowed "
    "here; expected: <head>, <opener>, <p>, "
                  "<ab>, <list>, <floatingText>, <div> [grammar]",
                  f"{CABLE_NUMBER + 2}:11: error: <abb> is not allowed here; expected: "
                  "<pb>, <p>, <ab>, <list>, "
                  "<floatingText>, <div>, <closer>, <postscript> [grammar]"]),
    ((FIRST_P, FIRST_P + 5), [f"{FIRST_P}:11: error: <abb> is not allowed here; expected: "
    "<head>, <opener>, <p>, "
                  "<ab>, <list>, <floatingText>, <div> [grammar]",
                  f"{FIRST_P + 5}:15: error: <abb> is not allowed here; expected: <pb>, "
                  "<p>, <ab>, <list>, "
                  "<floatingText>, <div>, <closer>, <postscript> [grammar]"]),
])
def test_two_misspelt_elements_in_one_div_are_two_errors(
        tmp_path: Path, lines: tuple[int, int], expected: list[str]) -> None:
    text = SOURCE.read_text(encoding="utf-8").split("\n")
    for number in lines:
        line = text[number - 1]
        name = line.strip()[1:].split(">")[0].split()[0]
        text[number - 1] = line.replace(f"<{name}", "<abb", 1).replace(f"</{name}>", "</abb>")
    (tmp_path / SOURCE.name).write_text("\n".join(text), encoding="utf-8")
    grammar = [line for line in _findings(tmp_path / SOURCE.name) if line.endswith("[grammar]")]
    assert grammar == expected
