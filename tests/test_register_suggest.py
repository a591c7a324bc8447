"""`tei register suggest`: register stubs from the local entries of converted documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from tei.cli import app
from tei.convert import Resources
from tei.convert.register import Register
from tei.convert.register_files import load_register
from tei.register_suggest import Context, Suggestion, read_source, read_tei, suggest, to_xml
from tei.resources import register_dir

DEV = Path("/work/shared/dev/real/txt")
TEI_NS = "http://www.tei-c.org/ns/1.0"
TAGS = {"person": "persName", "place": "placeName", "org": "orgName"}


def tei_doc(body: str, *locals_: tuple[str, str, str]) -> str:
    """A small TEI document: `body` (paragraphs) and local entries (kind, id, reg)."""
    entries = "".join(
        f'<{kind} xml:id="{ident}"><{TAGS[kind]} type="reg">{reg}</{TAGS[kind]}>'
        f'<note type="local">Not in the corpus register.</note></{kind}>\n'
        for kind, ident, reg in locals_)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="{TEI_NS}">\n'
            f"<teiHeader/>\n<text><body>\n{body}\n</body></text>\n"
            f"<standOff>\n<listPerson>\n{entries}</listPerson>\n</standOff>\n</TEI>\n")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Three documents: Vaganov-like clerks, a variant spelling, a place and an org."""
    folder = tmp_path / "tei"
    folder.mkdir()
    (folder / "a.xml").write_text(tei_doc(
        '<p>Deciphered by <persName ref="#per-zotov">Zotov</persName> at noon.</p>\n'
        '<p>Printed by <persName ref="#per-zotov">ZOTOV</persName>.</p>\n'
        '<p>Cde. <persName ref="#per-ilyin">Ilyin</persName> left for '
        '<placeName ref="#pla-zheltogorsk">Zheltogorsk</placeName>.</p>',
        ("person", "per-zotov", "Zotov"), ("person", "per-ilyin", "Ilyin"),
        ("place", "pla-zheltogorsk", "Zheltogorsk")))
    (folder / "b.xml").write_text(tei_doc(
        '<p>Signed: <persName ref="#per-zotov">Zotov</persName></p>\n'
        '<p>To the <orgName ref="#org-dalbank">Dalbank</orgName> board.</p>',
        ("person", "per-zotov", "Zotov"), ("org", "org-dalbank", "Dalbank")))
    (folder / "c.xml").write_text(tei_doc(
        '<p>A long paragraph that goes on and on before the name of Comrade '
        '<persName ref="#per-ilin">Ilin</persName> and then goes on and on and on after it.</p>',
        ("person", "per-ilin", "ILYIN")))
    return folder


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["register", "suggest", *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def register() -> Register:
    return load_register(register_dir())


def test_counts_groups_variants_and_sorts(corpus: Path, register: Register) -> None:
    found = [entry for path in sorted(corpus.glob("*.xml")) for entry in read_tei(path)]
    suggestions = suggest(found, register)
    assert [(s.kind, s.name, s.count, s.documents) for s in suggestions] == [
        ("person", "Zotov", 3, 2),     # two documents first
        ("person", "Ilyin", 2, 2),     # ILYIN in c.xml grouped with Ilyin; fewer occurrences
        ("place", "Zheltogorsk", 1, 1),
        ("org", "Dalbank", 1, 1),
    ]
    zotov, ilyin = suggestions[0], suggestions[1]
    assert zotov.variants == ()        # ZOTOV is implied by Zotov (register matching rules)
    assert ilyin.variants == ("Ilin",)
    assert ilyin.id == "per-ilyin"
    assert [(c.path, c.line) for c in zotov.contexts] == [
        (str(corpus / "a.xml"), 5), (str(corpus / "a.xml"), 6), (str(corpus / "b.xml"), 5)]
    assert zotov.contexts[0].text == "Deciphered by Zotov at noon."
    long = ilyin.contexts[1].text
    assert long.startswith("…") and long.endswith("…") and "Comrade Ilin and then" in long
    assert len(long) < 80


def test_xml_output_is_grouped_by_register_file_and_well_formed(corpus: Path) -> None:
    code, out, err = run(str(corpus))
    assert code == 0, err
    assert out.index("<!-- persons: corpus/register/persons.xml -->") \
        < out.index("<!-- places: corpus/register/places.xml -->") \
        < out.index("<!-- organisations: corpus/register/orgs.xml -->")
    assert "<!-- Zotov: 3 occurrences in 2 documents\n" in out
    assert f"     {corpus / 'a.xml'}:5: Deciphered by Zotov at noon.\n" in out
    assert ('<person xml:id="per-ilyin">\n  <persName type="reg">Ilyin</persName>\n'
            '  <persName type="variant">Ilin</persName>\n</person>') in out
    root = etree.fromstring(f"<r>{out}</r>".encode())
    assert [e.tag for e in root if isinstance(e.tag, str)] == ["person", "person", "place", "org"]
    assert "4 names to add" in err
    assert run(str(corpus))[1] == out


def test_json_format_and_min_count(corpus: Path) -> None:
    code, out, _ = run(str(corpus / "*.xml"), "--format", "json", "--min-count", "2")
    assert code == 0
    data = json.loads(out)
    assert [d["name"] for d in data] == ["Zotov", "Ilyin"]
    assert data[1] == {
        "kind": "person", "name": "Ilyin", "id": "per-ilyin", "variants": ["Ilin"],
        "count": 2, "documents": 2, "file": "corpus/register/persons.xml",
        "contexts": [{"path": str(corpus / "a.xml"), "line": 7,
                      "text": "Cde. Ilyin left for Zheltogorsk."},
                     {"path": str(corpus / "c.xml"), "line": 5,
                      "text": data[1]["contexts"][1]["text"]}]}


def test_ids_never_clash_with_the_register_or_each_other(tmp_path: Path,
                                                        register: Register) -> None:
    folder = tmp_path / "reg"
    folder.mkdir()
    (folder / "persons.xml").write_text(
        f'<TEI xmlns="{TEI_NS}"><standOff><listPerson><person xml:id="per-zotov">'
        '<persName type="reg">Pavel Zotov</persName></person></listPerson></standOff></TEI>')
    doc = tmp_path / "d.xml"
    doc.write_text(tei_doc(
        '<p><persName ref="#per-zotov">Zotov</persName>, <persName ref="#per-peter">Péter'
        '</persName> and <persName ref="#per-peter-2">Peter</persName>; also '
        '<persName ref="#per-stalin">Stalin</persName>.</p>',
        ("person", "per-zotov", "Zotov"), ("person", "per-peter", "Péter"),
        ("person", "per-peter-2", "Peter"), ("person", "per-stalin", "Stalin")))
    ids = [s.id for s in suggest(read_tei(doc), load_register(folder))]
    assert ids == ["per-peter", "per-peter-2", "per-stalin", "per-zotov-2"]
    # the bundled register knows Stalin: no suggestion for him
    assert [s.name for s in suggest(read_tei(doc), register)] == ["Peter", "Péter", "Zotov"]
    code, out, _ = run(str(doc), "--register", str(folder), "-f", "json")
    assert code == 0 and [d["id"] for d in json.loads(out)] == ids


def test_a_bad_file_is_reported_and_the_others_processed(corpus: Path) -> None:
    (corpus / "bad.xml").write_text("<TEI><p>unclosed</TEI>\n")
    (corpus / "evil.xml").write_text('<!DOCTYPE x [<!ENTITY e "e">]>\n<x>&e;</x>\n')
    code, out, err = run(str(corpus))
    assert code == 1
    assert f"{corpus / 'bad.xml'}:1:" in err and "error: not well-formed XML" in err
    assert f"{corpus / 'evil.xml'}:1:1: error: DOCTYPE" in err
    assert "[xml-syntax]" in err and "Traceback" not in err
    assert "5 files, 2 failed; 4 names to add" in err
    assert 'xml:id="per-zotov"' in out


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run(str(tmp_path / "missing"))[0] == 2
    assert run(str(tmp_path))[0] == 2                      # no .xml or .txt inside
    assert run(str(tmp_path), "--register", str(tmp_path / "nope"))[0] == 2
    assert run(str(tmp_path), "--min-count", "0")[0] == 2


def test_plain_text_is_converted_in_memory(tmp_path: Path, resources: Resources) -> None:
    source = tmp_path / "cable 7.txt"
    source.write_text("CABLE No. 7\nTo Comrade Stalin\n\nComrade Zubarkin will bring the "
                      "letter.\n\nComrade Zubarkin leaves tomorrow.\n")
    found = read_source(source, resources)
    zubarkin = [f for f in found if f.reg == "Zubarkin"]
    assert zubarkin, found
    assert {c.path for c in zubarkin[0].contexts} == {str(source)}
    assert {c.line for c in zubarkin[0].contexts} <= {4, 6}     # lines of the source text
    (tmp_path / "empty.txt").write_text("\n")
    code, out, err = run(str(tmp_path))
    assert code == 1
    assert f"{tmp_path / 'empty.txt'}:1:1: error: the source text is empty [empty]" in err
    assert 'xml:id="per-zubarkin"' in out


@pytest.mark.skipif(not DEV.is_dir(), reason=f"development set {DEV} not available")
def test_dev_set_suggestions_are_well_formed_deterministic_and_new(register: Register) -> None:
    code, out, err = run(str(DEV))
    assert code == 0, err
    assert out.strip(), "no suggestions from the development set"
    root = etree.fromstring(f"<stubs>{out}</stubs>".encode())
    entries = [e for e in root if isinstance(e.tag, str)]
    assert entries
    for entry in entries:
        assert entry.tag in TAGS
        names = list(entry)
        assert names and all(n.tag == TAGS[entry.tag] for n in names)
        assert names[0].get("type") == "reg" and names[0].text
        assert {n.get("type") for n in names[1:]} <= {"variant"}
        ident = entry.get("{http://www.w3.org/XML/1998/namespace}id")
        assert ident and ident not in register.entries
    ids = [e.get("{http://www.w3.org/XML/1998/namespace}id") for e in entries]
    assert len(ids) == len(set(ids))
    assert run(str(DEV))[1] == out
    assert json.loads(run(str(DEV), "-f", "json")[1])
    assert to_xml([]) == ""


def test_comments_stay_well_formed() -> None:
    item = Suggestion("org", "A & B", "org-a-b", ("A&B",), 1, 1,
                      (Context("x--y.xml", 3, "the <A & B> -- board -"),))
    out = to_xml([item])
    root = etree.fromstring(f"<r>{out}</r>".encode())
    assert root.find("org/orgName").text == "A & B"
    assert "x- -y.xml:3: the <A & B> - - board -  -->" in out
