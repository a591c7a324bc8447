"""`tei.export.files`: xml-model declarations, the exported prolog, the schemas carried."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from tei.export.files import (
    model_declaration,
    model_hrefs,
    relinked,
    schema_payload,
    xml_bytes,
)
from tei.xmlio import parse_bytes

ROOT = Path(__file__).resolve().parent.parent
SEED = sorted((ROOT / "corpus" / "tei").glob("*.xml"))[0]


def test_the_declaration_kind_follows_the_extension() -> None:
    assert 'schematypens="http://relaxng.org/ns/structure/1.0"' in model_declaration("a.rng")
    assert 'schematypens="http://purl.oclc.org/dsdl/schematron"' in model_declaration("a.sch")


def test_the_prolog_has_one_declaration_per_line_before_the_root() -> None:
    data = xml_bytes(etree.fromstring("<a/>"), ("s/x.rng", "s/x.sch"))
    assert data.splitlines()[1:] == [model_declaration("s/x.rng").encode(),
                                     model_declaration("s/x.sch").encode(), b"<a/>"]
    assert model_hrefs(parse_bytes(data, "a").getroot()) == ["s/x.rng", "s/x.sch"]


def test_relinking_replaces_the_declarations_and_keeps_the_document(tmp_path: Path) -> None:
    data = relinked(SEED, ("elsewhere/t.rng",))
    root = parse_bytes(data, "x").getroot()
    assert model_hrefs(root) == ["elsewhere/t.rng"]
    assert etree.tostring(root, method="c14n") == \
        etree.tostring(parse_bytes(SEED.read_bytes(), "s").getroot(), method="c14n")


def test_the_repository_layout_is_kept_byte_for_byte() -> None:
    hrefs = tuple(model_hrefs(parse_bytes(SEED.read_bytes(), "s").getroot()))
    assert relinked(SEED, hrefs) == SEED.read_bytes()


def test_the_schema_payload_carries_the_grammar_rules_and_corpus_grammar() -> None:
    payload = schema_payload()
    assert sorted(payload) == ["telegrams-corpus.rng", "telegrams.rng", "telegrams.sch",
                               "telegrams.xsd", "xml.xsd"]
    corpus_grammar = etree.fromstring(payload["telegrams-corpus.rng"])
    include = corpus_grammar.find("{http://relaxng.org/ns/structure/1.0}include")
    assert include.get("href") in payload
