"""telegrams.sch in Python gives the compiled Schematron's findings, byte for byte: rule,
severity, node path, message and order, on the corpus, every fixture, other editions' files
and seeded mutations of them that break every rule; documents it cannot read exactly go to
the compiled rules."""

from __future__ import annotations

import copy
import hashlib
import random
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from tei.diagnostics import InputError
from tei.resources import schemas_dir
from tei.validate.dates import NotNative
from tei.validate.native_rules import PORTED_SCHEMA, NativeRules, TelegramRules, _any_bracketed
from tei.validate.schematron import RuleFinding, SchematronRules, parse_file, rules
from tei.xmlio import parse_bytes

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [*sorted((ROOT / "corpus" / "tei").glob("*.xml")),
           *sorted((ROOT / "tests" / "fixtures").rglob("*.xml")),
           *sorted((ROOT.parent / "shared" / "foreign").rglob("*.xml"))]
BASES = [*sorted((ROOT / "corpus" / "tei").glob("*.xml")),
         *sorted((ROOT / "tests" / "fixtures" / "validate" / "valid").glob("*.xml"))]
SCHEMA = schemas_dir() / "telegrams.sch"
# Values that reach each rule's edge cases: dates, pointers, types and subtypes, ids.
VALUES = (
    "1951-02-30", "1952-02-29", "1900-02-29", "1951", "1951-07", "--07-05", "---05", "",
    "1951-07-05T24:00:00", "1951-07-05T23:59:60", "1951-07-05T12:00:00.5", " 1951-07-05 ",
    "12:00:00", "0000-01-01", "-0044-03-15", "1951-7-5", "1951-07-05-14:01", "1951-07-06",
    "1951-07-04", "1951-07-05T02:00:00", "1951-07-03T21:00:00", "1950", "x", "#", "# per-a",
    "#per-x", "#pla-moscow", "per-a", "#a #b", "  #pla-beijing  ", "telegram", "registry",
    "heading", "processing", "message", "attachment", "reg", "main", "edition", "wikidata",
    "viaf", "geonames", "Q5816", "Q0", "1816670", "sent", "received", "numbered", " ",
    "deciphered", "letterhead", "pla-b", "org-c", "doc-x", "[note]", "a]b")
ATTRIBUTES = ("when", "notBefore", "notAfter", "from", "to", "ref", "target", "who", "type",
              "subtype", "n", "{http://www.w3.org/XML/1998/namespace}id")
ODD_NAMES = ("brief-ü.xml", "002 copy.xml", "x%41y.xml", "Ωmega (1).xml", "résumé#1.xml",
             "ｆｕｌｌ.xml", "t·x.xml", "1abc.xml", ".xml", "a.XML")


def _keep(rule: str) -> bool:
    return rule not in {"id-unique", "id-ncname"}  # the engine's wf layer checks ids


@cache
def _compiled() -> SchematronRules:
    return SchematronRules(SCHEMA, _keep)


def _mutate(root: etree._Element, rng: random.Random) -> None:
    """One edit: an attribute set to a telling value, pointers dropped, text with
    brackets, an element removed or repeated."""
    elements = list(root.iter(etree.Element))
    element = rng.choice(elements)
    kind = rng.randrange(5)
    if kind <= 1:
        element.set(rng.choice(ATTRIBUTES), rng.choice(VALUES))
    elif kind == 2:
        for attribute in ("ref", "target", "who"):
            element.attrib.pop(attribute, None)
    elif kind == 3:
        element.text = (element.text or "") + rng.choice(("[", "]", " [x] ", "a" * 40 + "["))
    elif element.getparent() is not None:
        if rng.random() < 0.5:
            element.getparent().remove(element)
        else:
            twin = copy.deepcopy(element)
            twin.tail = element.tail
            element.addnext(twin)


def _mutated(folder: Path, count: int) -> list[Path]:
    rng = random.Random(11)
    paths = []
    for number in range(count):
        tree = etree.parse(str(BASES[number % len(BASES)]))
        for _ in range(rng.randint(1, 5)):
            _mutate(tree.getroot(), rng)
        path = folder / f"mutated-{number:03d}.xml"
        path.write_bytes(etree.tostring(tree, xml_declaration=True, encoding="UTF-8"))
        paths.append(path)
    for name in ODD_NAMES:
        (folder / name).write_bytes(BASES[0].read_bytes())
        paths.append(folder / name)
    return paths


def _both(path: Path) -> tuple[list[RuleFinding], list[RuleFinding]] | None:
    """Python's and Saxon's findings (None: not well-formed, or left to Saxon)."""
    try:
        tree = parse_bytes(path.read_bytes(), str(path), collect_ids=False)
        return NativeRules(_keep).check(tree, path), _compiled().check(tree, path)
    except (InputError, NotNative):
        return None


def test_python_and_saxon_give_the_same_findings(tmp_path: Path) -> None:
    compared = [pair for path in [*SOURCES, *_mutated(tmp_path, 220)]
                if (pair := _both(path)) is not None]
    assert len(compared) > 250
    assert [ours for ours, _ in compared] == [theirs for _, theirs in compared]
    fired = {finding.rule for ours, _ in compared for finding in ours}
    every = {rule.id for rule in rules(parse_file(SCHEMA))} - {"id-unique", "id-ncname"}
    assert fired == every  # each rule was tried where it fails


def test_a_document_python_cannot_read_exactly_goes_to_the_compiled_rules(
        tmp_path: Path) -> None:
    source = BASES[0].read_text(encoding="utf-8")
    path = tmp_path / "odd.xml"
    path.write_text(source.replace('<date when="', '<date é="x" when="1951 " notBefore="', 1),
                    encoding="utf-8")
    tree = parse_bytes(path.read_bytes(), str(path), collect_ids=False)
    with pytest.raises(NotNative):
        NativeRules(_keep).check(tree, path)
    assert TelegramRules(SCHEMA, _keep).check(tree, path) == _compiled().check(tree, path)


def test_rules_left_out_are_not_reported() -> None:
    tree = parse_bytes(BASES[0].read_bytes(), "x.xml", collect_ids=False)
    assert [f.rule for f in NativeRules().check(tree, Path("x.xml"))] == ["root-id"]
    assert NativeRules(lambda rule: rule != "root-id").check(tree, Path("x.xml")) == []


def test_the_ported_schema_is_the_shipped_one() -> None:
    digest = hashlib.sha256(SCHEMA.read_bytes()).hexdigest()
    assert digest == PORTED_SCHEMA, (
        "schemas/telegrams.sch changed: port the change to tei/validate/native*.py, then set "
        f"PORTED_SCHEMA = {digest!r}")


def test_another_schema_is_run_by_the_compiled_rules(tmp_path: Path) -> None:
    edited = tmp_path / "telegrams.sch"
    text = SCHEMA.read_text(encoding="utf-8")
    assert 'id="root-id"' in text
    edited.write_text(text.replace('id="root-id"', 'id="root-id-edited"', 1), encoding="utf-8")
    tree = parse_bytes(BASES[0].read_bytes(), "x.xml", collect_ids=False)
    assert [f.rule for f in TelegramRules(edited).check(tree, Path("x.xml"))] == [
        "root-id-edited"]
    assert [f.rule for f in TelegramRules(SCHEMA).check(tree, Path("x.xml"))] == ["root-id"]


_TEXT_PARTS = ("a", "[", "]", "<!--[-->", "<?p ]?>", "<![CDATA[[]]>", "&#93;", "<hi>a</hi>",
               "<hi>]</hi>", "<hi><!--[--></hi>", '<hi rend="[x]"/>')


@given(st.lists(st.sampled_from(_TEXT_PARTS), max_size=8),
       st.sampled_from(("", "[", "<!--]-->")))
def test_brackets_are_looked_for_in_the_string_value_of_text_as_xpath_reads_it(
        parts: list[str], tail: str) -> None:
    source = (f'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text>{"".join(parts)}</text>{tail}'
              f"<p>[</p></TEI>")
    root = etree.fromstring(source)
    expected = root.xpath("boolean(//tei:text[contains(., '[') or contains(., ']')])",
                          namespaces={"tei": "http://www.tei-c.org/ns/1.0"})
    assert _any_bracketed(root) is expected
