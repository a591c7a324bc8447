"""`tei.export.cmif`: the CMIF file for correspSearch, checked with the official CMIF RELAX NG
and Schematron (when /work/shared/foreign/cmif is there), tei_all and our own rules."""

from __future__ import annotations

import copy
import datetime
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from tei.build import Layout, build
from tei.edition import Edition
from tei.export.authorities import load_entries
from tei.export.cmif import calendar_date, cmif_bytes, cmif_tree, page_link, write_cmif
from tei.export.cmif_check import check_cmif
from tei.export.settings import ExportSettings, load_settings
from tei.resources import register_dir
from tei.validate.schematron import SchematronRules
from tei.xmlio import NSMAP, parse_bytes
from tests.cases import RAW

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "corpus" / "tei").glob("*.xml"))
OFFICIAL = Path("/work/shared/foreign/cmif")
needs_official = pytest.mark.skipif(not (OFFICIAL / "cmi-customization.rng").is_file(),
                                    reason="the official CMIF files (shared/foreign/cmif) "
                                           "are not on this machine")


@pytest.fixture(scope="module")
def register() -> dict[str, etree._Element]:
    return load_entries(register_dir())


@pytest.fixture(scope="module")
def cmif(register: dict[str, etree._Element]) -> etree._ElementTree:
    data, diagnostics = cmif_bytes(SEEDS, load_settings(), register)
    assert diagnostics == []
    return parse_bytes(data, "cmif.xml")


def action(tree: etree._ElementTree, stem: str, kind: str) -> etree._Element:
    """The correspAction of one seed document."""
    desc = tree.find(f".//tei:correspDesc[@ref='documents/{stem}.html']", NSMAP)
    return desc.find(f"tei:correspAction[@type='{kind}']", NSMAP)


def facts(found: etree._Element) -> list[tuple[str, str, str | None]]:
    """(element, text or date, @ref or @when) of each part of an action."""
    return [(etree.QName(part).localname, part.text or "", part.get("ref") or part.get("when"))
            for part in found]


def test_the_first_seed_is_mao_to_stalin_from_beijing_on_5_july_1951(
        cmif: etree._ElementTree) -> None:
    stem = SEEDS[0].stem
    assert stem.startswith("000_")
    assert facts(action(cmif, stem, "sent")) == [
        ("persName", "Mao Zedong", "http://www.wikidata.org/entity/Q5816"),
        ("placeName", "Beijing", "https://www.geonames.org/1816670"),
        ("date", "", "1951-07-05")]
    assert facts(action(cmif, stem, "received")) == [
        ("persName", "Joseph Stalin", "http://www.wikidata.org/entity/Q855"),
        ("date", "", "1951-07-05")]


def test_every_seed_has_one_correspdesc_pointing_at_the_edition_bibl(
        cmif: etree._ElementTree) -> None:
    descs = cmif.findall(".//tei:correspDesc", NSMAP)
    bibl_id = cmif.find(".//tei:sourceDesc/tei:bibl", NSMAP).get(
        "{http://www.w3.org/XML/1998/namespace}id")
    assert [d.get("ref") for d in descs] == [f"documents/{p.stem}.html" for p in SEEDS]
    assert {d.get("source") for d in descs} == {f"#{bibl_id}"}


def test_a_person_without_an_authority_id_has_no_ref(cmif: etree._ElementTree) -> None:
    names = cmif.findall(".//tei:persName", NSMAP)
    gao = [name for name in names if name.text == "Gao Gang"]
    assert gao and all(name.get("ref") is None for name in gao)


def test_no_date_in_the_file_has_a_time(cmif: etree._ElementTree) -> None:
    values = [d.get("when") for d in cmif.iterfind(".//tei:correspAction/tei:date", NSMAP)]
    assert values and all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) for v in values)


def test_the_header_names_title_editor_publisher_url_date_and_cc_by(
        cmif: etree._ElementTree) -> None:
    stmt = cmif.find(".//tei:publicationStmt", NSMAP)
    assert cmif.findtext(".//tei:titleStmt/tei:editor", namespaces=NSMAP)
    assert stmt.findtext("tei:idno[@type='url']", namespaces=NSMAP) == "cmif.xml"
    assert stmt.find("tei:date", NSMAP).get("when") == load_settings().date
    assert stmt.find(".//tei:licence", NSMAP).get("target") == \
        "https://creativecommons.org/licenses/by/4.0/"


def test_with_a_base_url_links_are_absolute(register: dict[str, etree._Element]) -> None:
    settings = ExportSettings(Edition(title="T", publisher="P", base_url="https://ex.org/ed"),
                              "Ed", "2026-01-02")
    tree, _ = cmif_tree(SEEDS[:1], settings, register, "cmif.xml")
    assert tree.find(".//tei:correspDesc", NSMAP).get("ref") == \
        f"https://ex.org/ed/documents/{SEEDS[0].stem}.html"
    assert tree.findtext(".//tei:idno", namespaces=NSMAP) == "https://ex.org/ed/cmif.xml"
    assert tree.find(".//tei:publisher/tei:ref", NSMAP).get("target") == "https://ex.org/ed"


def test_output_is_byte_identical_on_rerun(register: dict[str, etree._Element]) -> None:
    assert cmif_bytes(SEEDS, load_settings(), register) == \
        cmif_bytes(SEEDS, load_settings(), register)


def test_a_document_without_an_addressee_is_left_out_with_a_warning(
        tmp_path: Path, register: dict[str, etree._Element]) -> None:
    tree = etree.parse(str(SEEDS[0]))
    received = tree.find(".//tei:correspAction[@type='received']", NSMAP)
    received.getparent().remove(received)
    lonely = tmp_path / "lonely.xml"
    tree.write(str(lonely))
    data, diagnostics = cmif_bytes([lonely, SEEDS[1]], load_settings(), register)
    assert [d.rule for d in diagnostics] == ["cmif-skipped"]
    assert diagnostics[0].path == str(lonely)
    assert len(parse_bytes(data, "x").findall(".//tei:correspDesc", NSMAP)) == 1


def test_the_cmif_file_is_valid_tei_all(cmif: etree._ElementTree,
                                        tei_all: etree.RelaxNG) -> None:
    assert tei_all.validate(cmif), tei_all.error_log


@needs_official
def test_the_official_cmif_relax_ng_accepts_it(cmif: etree._ElementTree) -> None:
    schema = etree.RelaxNG(etree.parse(str(OFFICIAL / "cmi-customization.rng")))
    assert schema.validate(cmif), schema.error_log


def official_schematron(tmp_path: Path) -> SchematronRules:
    """cmif.sch with each assert's code ([E0001] ...) as its @id, as our engine wants ids."""
    schema = etree.parse(str(OFFICIAL / "cmif.sch"))
    for assert_ in schema.iter("{http://purl.oclc.org/dsdl/schematron}assert"):
        assert_.set("id", re.search(r"\[(\w+)\]", "".join(assert_.itertext())).group(1))
    path = tmp_path / "cmif.sch"
    schema.write(str(path))
    return SchematronRules(path)


@needs_official
def test_the_official_cmif_schematron_finds_nothing(cmif: etree._ElementTree,
                                                    tmp_path: Path) -> None:
    assert official_schematron(tmp_path).check(cmif, tmp_path / "cmif.xml") == []


@needs_official
def test_our_rules_and_the_official_schematron_agree_on_broken_files(
        cmif: etree._ElementTree, tmp_path: Path) -> None:
    rules = official_schematron(tmp_path)
    for breakage, code in ((_drop_received, "E0002"), (_wrong_source, "E0003"),
                           (_undated_date, "E0004")):
        broken = copy.deepcopy(cmif)
        breakage(broken)
        official = {finding.rule for finding in rules.check(broken, tmp_path / "b.xml")}
        ours = {d.rule for d in check_cmif(broken, "b.xml")}
        assert code in official and code in ours


@needs_official
def test_our_rules_reject_what_the_official_relax_ng_rejects_in_its_own_examples() -> None:
    schema = etree.RelaxNG(etree.parse(str(OFFICIAL / "cmi-customization.rng")))
    example = etree.parse(str(OFFICIAL / "example01_basic.xml"))
    assert not schema.validate(example)
    assert {d.rule for d in check_cmif(example, "example01_basic.xml")} == {"cmif-cert"}


def _drop_received(tree: etree._ElementTree) -> None:
    found = tree.find(".//tei:correspAction[@type='received']", NSMAP)
    found.getparent().remove(found)


def _wrong_source(tree: etree._ElementTree) -> None:
    tree.find(".//tei:correspDesc", NSMAP).set("source", "#nowhere")


def _undated_date(tree: etree._ElementTree) -> None:
    date = tree.find(".//tei:correspAction/tei:date", NSMAP)
    del date.attrib["when"]


@given(st.datetimes(min_value=datetime.datetime(1000, 1, 1)))
def test_a_datetime_is_cut_to_its_date(moment: datetime.datetime) -> None:
    assert calendar_date(moment.isoformat()) == moment.date().isoformat()
    assert calendar_date(moment.date().isoformat()) == moment.date().isoformat()


def test_page_links_join_the_base_url_with_one_slash() -> None:
    assert page_link("", "a") == "documents/a.html"
    assert page_link("https://x.org/e", "a") == page_link("https://x.org/e/", "a") == \
        "https://x.org/e/documents/a.html"


def test_write_cmif_writes_a_file_the_rules_accept(tmp_path: Path) -> None:
    out = tmp_path / "site" / "cmif.xml"
    assert write_cmif(SEEDS, out) == []
    assert check_cmif(etree.parse(str(out)), str(out)) == []


def test_tei_build_writes_the_cmif_file_in_the_site(tmp_path: Path) -> None:
    layout = Layout(tmp_path / "raw", tmp_path / "tei", tmp_path / "site", tmp_path / "text")
    shutil.copytree(RAW, layout.raw)
    result = build(layout)
    assert result.ok and result.cmif == []
    cmif = etree.parse(str(layout.site / "cmif.xml"))
    for link in cmif.xpath("//tei:correspDesc/@ref", namespaces=NSMAP):
        assert (layout.site / link).is_file()


def test_the_register_is_asked_before_the_document_and_authority_uris_are_kept(
        tmp_path: Path, register: dict[str, etree._Element]) -> None:
    tree = etree.parse(str(SEEDS[0]))
    mao = tree.find(".//tei:standOff//tei:person[@xml:id='per-mao-zedong']/tei:idno",
                    {**NSMAP, "xml": "http://www.w3.org/XML/1998/namespace"})
    mao.text = "Q1"
    stalin = tree.find(".//tei:correspAction[@type='received']/tei:persName", NSMAP)
    stalin.set("ref", "http://d-nb.info/gnd/118642499")
    edited = tmp_path / SEEDS[0].name
    tree.write(str(edited))
    cmif, _ = cmif_tree([edited], load_settings(), register)
    assert [name.get("ref") for name in cmif.iterfind(".//tei:persName", NSMAP)] == [
        "http://www.wikidata.org/entity/Q5816", "http://d-nb.info/gnd/118642499"]
    alone, _ = cmif_tree([edited], load_settings(), {})
    assert alone.find(".//tei:persName", NSMAP).get("ref") == "http://www.wikidata.org/entity/Q1"
