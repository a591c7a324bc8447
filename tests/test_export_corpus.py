"""`tei.export.corpus`: one teiCorpus for the edition, and back to documents unchanged."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from tei.diagnostics import InputError
from tei.export.archive import DOCUMENT_SCHEMAS
from tei.export.corpus import corpus_bytes, prefixed, split_corpus, unprefixed
from tei.export.files import CORPUS_SCHEMA, model_hrefs, schema_payload
from tei.export.settings import load_settings
from tei.resources import register_dir
from tei.validate import Options, validate_paths
from tei.xmlio import NSMAP, parse_bytes
from tests.tei_all_slices import tei_all_errors

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "corpus" / "tei").glob("*.xml"))


@pytest.fixture(scope="module")
def corpus() -> bytes:
    return corpus_bytes(SEEDS, load_settings(), register_dir())


def canonical(data: bytes) -> bytes:
    """Canonical XML of a document's root element (the prolog aside)."""
    return etree.tostring(parse_bytes(data, "x").getroot(), method="c14n")


def test_split_gives_back_every_document_byte_for_byte(corpus: bytes) -> None:
    documents = split_corpus(corpus, "corpus.xml", DOCUMENT_SCHEMAS)
    assert sorted(documents) == [path.name for path in SEEDS]
    for path in SEEDS:
        assert canonical(documents[path.name]) == canonical(path.read_bytes())
        assert documents[path.name] == path.read_bytes()


def test_split_documents_pass_tei_validate(corpus: bytes, tmp_path: Path) -> None:
    for name, data in split_corpus(corpus, "corpus.xml", DOCUMENT_SCHEMAS).items():
        (tmp_path / name).write_bytes(data)
    report = validate_paths(sorted(tmp_path.glob("*.xml")), Options())
    assert len(report.files) == len(SEEDS) and not report.failed()


def test_the_corpus_has_a_header_the_register_and_every_document(corpus: bytes) -> None:
    root = parse_bytes(corpus, "corpus.xml").getroot()
    assert [etree.QName(child).localname for child in root] == \
        ["teiHeader", "standOff"] + ["TEI"] * len(SEEDS)
    assert root.find("tei:standOff/tei:listPerson/tei:person", NSMAP) is not None
    assert root.findtext(".//tei:titleStmt/tei:title", namespaces=NSMAP) == \
        load_settings().edition.title


def test_inner_ids_are_unique_and_every_pointer_resolves_in_the_corpus(corpus: bytes) -> None:
    root = parse_bytes(corpus, "corpus.xml").getroot()
    ids = root.xpath("//@xml:id")
    assert len(ids) == len(set(ids))
    pointers = {value[1:] for value in root.xpath("//tei:TEI//@ref", namespaces=NSMAP)
                if value.startswith("#")}
    assert pointers and pointers <= set(ids)


def test_the_corpus_is_valid_tei_all(corpus: bytes, tei_all: etree.RelaxNG) -> None:
    assert not tei_all_errors(tei_all, parse_bytes(corpus, "corpus.xml"))


def test_outside_the_repository_it_validates_against_the_schema_its_xml_model_names(
        corpus: bytes, tmp_path: Path) -> None:
    (tmp_path / "schemas").mkdir()
    for name, data in schema_payload().items():
        (tmp_path / "schemas" / name).write_bytes(data)
    exported = tmp_path / "corpus.xml"
    exported.write_bytes(corpus)
    moved = tmp_path.parent / f"{tmp_path.name}-moved"
    shutil.move(tmp_path, moved)
    tree = etree.parse(str(moved / "corpus.xml"))
    [href] = model_hrefs(tree.getroot())
    assert href == f"schemas/{CORPUS_SCHEMA}"
    schema = etree.RelaxNG(etree.parse(str(moved / href)))
    assert schema.validate(tree), schema.error_log


def test_the_corpus_is_byte_identical_on_rerun(corpus: bytes) -> None:
    assert corpus_bytes(SEEDS, load_settings(), register_dir()) == corpus


def test_split_refuses_a_file_that_is_not_a_corpus() -> None:
    with pytest.raises(InputError, match="not a teiCorpus"):
        split_corpus(SEEDS[0].read_bytes(), "one.xml", DOCUMENT_SCHEMAS)


NAME = st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True)


@given(st.lists(NAME, min_size=1, max_size=5, unique=True))
def test_prefixing_ids_is_undone_exactly(names: list[str]) -> None:
    text = "".join(f'<seg xml:id="{n}" corresp="#{n} #elsewhere"/>' for n in names)
    document = etree.fromstring(
        f'<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="doc-a">{text}</TEI>')
    moved = prefixed(document)
    assert moved.xpath("//@xml:id")[1:] == [f"doc-a.{n}" for n in names]
    assert etree.tostring(unprefixed(moved)) == etree.tostring(document)


def test_a_document_without_its_id_or_with_another_documents_id_is_refused(
        tmp_path: Path) -> None:
    nameless = tmp_path / "nameless.xml"
    nameless.write_bytes(SEEDS[0].read_bytes().replace(b'xml:id="doc-', b'xml:id="x-', 1))
    with pytest.raises(InputError, match="xml:id 'doc-<name>'"):
        corpus_bytes([nameless], load_settings(), register_dir())
    twin = tmp_path / "twin.xml"
    twin.write_bytes(SEEDS[0].read_bytes())
    with pytest.raises(InputError, match="another document has the xml:id") as caught:
        corpus_bytes([SEEDS[0], twin], load_settings(), register_dir())
    assert caught.value.diagnostic.path == str(twin)
