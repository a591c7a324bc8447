"""Other editions' TEI in `../shared/foreign/` (Schnitzler letters, TEI Correspondence SIG
examples, FRUS telegrams) brought in with `tei import`: each file is written, valid against
our schema and rules and the official tei_all, renders without losing a word, and has its
persons linked to the register (authority ids reused) and its import report."""

from __future__ import annotations

import copy
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from tei import resources
from tei.diagnostics import InputError
from tei.edition import Edition
from tei.importing import Batch, import_files, merge_lists
from tei.render import Renderer, context_xml, render_edition
from tei.validate import Validator
from tei.xmlio import NSMAP, TEI_NS, parse_file
from tests.conftest import ROOT

FOREIGN = ROOT.parent / "shared" / "foreign"
SOURCES = sorted([*FOREIGN.glob("letters/*.xml"), *FOREIGN.glob("frus/*.xml")])
pytestmark = pytest.mark.skipif(not SOURCES, reason="../shared/foreign is not here")
_WORD = re.compile(r"\w+")
_LISTS = ("listPerson", "listPlace", "listOrg", "listBibl", "listEvent")


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Batch, Path, Path]:
    folder = tmp_path_factory.mktemp("import")
    register = folder / "register"
    shutil.copytree(resources.register_dir(), register)
    batch = import_files(SOURCES, folder / "tei", register, Edition(publisher="Test"))
    return batch, folder / "tei", register


def _document(batch: Batch, name: str) -> dict[str, Any]:
    return next(d for d in batch.report()["documents"] if Path(d["source"]).name == name)


def _links(batch: Batch, name: str) -> set[tuple[str, str, str]]:
    return {(n["how"], n["entry"], n["authority"]) for n in _document(batch, name)["names"]}


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_each_file_is_brought_in_valid(imported, source: Path, tei_all) -> None:
    batch, out, _ = imported
    assert _document(batch, source.name)["outcome"] == "written"
    target = out / f"{source.stem}.xml"
    report = Validator().validate_file(target)
    assert report.passed(), [f.diagnostic.format() for f in report.findings]
    assert tei_all.validate(etree.parse(str(target))), tei_all.error_log.last_error


def _reading_words(element: etree._Element) -> tuple[list[str], list[list[str]]]:
    """The words of a source's text outside notes, and of each note (back-matter lists and
    comments excepted)."""
    element = copy.deepcopy(element)
    for unwanted in element.xpath(" | ".join(f".//tei:{n}" for n in _LISTS) + " | .//comment()",
                                  namespaces=NSMAP):
        unwanted.getparent().remove(unwanted)
    notes = [_WORD.findall("".join(n.itertext()).casefold())
             for n in element.iter(f"{{{TEI_NS}}}note")]
    for note in element.xpath(".//tei:note", namespaces=NSMAP):
        tail = note.tail or ""
        parent, previous = note.getparent(), note.getprevious()
        parent.remove(note)
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    return _WORD.findall("".join(element.itertext()).casefold()), notes


def _first_missing(words: list[str], stream: str) -> int | None:
    """Index of the first word not found in order in `stream` (words run together)."""
    position = 0
    for index, word in enumerate(words):
        found = stream.find(word, position)
        if found < 0:
            return index
        position = found + len(word)
    return None


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_the_rendered_text_edition_keeps_every_word(imported, source: Path) -> None:
    _, out, _ = imported
    renderer = Renderer.shared()
    tree = parse_file(out / f"{source.stem}.xml")
    text = renderer.text(renderer.load(tree, source.stem), context_xml(Edition()))
    reading = text.split("\n" + "-" * 72 + "\n", 1)[-1]
    stream = "".join(_WORD.findall(reading.casefold()))
    main, notes = _reading_words(parse_file(source).getroot().find("tei:text", NSMAP))
    for words in (main, *notes):
        missing = _first_missing(words, stream)
        assert missing is None, f"lost {words[missing]!r} after {words[:missing][-6:]}"


def test_schnitzler_is_added_once_and_then_reused_by_his_gnd_id(imported) -> None:
    batch, _, register = imported
    gnd = ("gnd", "118609807")
    first, *others = [f"schnitzler-briefe-{n}.xml" for n in ("L02618", "L02693", "L04148",
                                                              "L04324")]
    assert ("added", "per-arthur-schnitzler", ":".join(gnd)) in _links(batch, first)
    for name in others:
        assert ("authority", "per-arthur-schnitzler", ":".join(gnd)) in _links(batch, name)
    persons = (register / "persons.xml").read_text(encoding="utf-8")
    assert persons.count('xml:id="per-arthur-schnitzler"') == 1
    assert '<idno type="gnd">118609807</idno>' in persons


def test_vienna_reuses_the_register_entry_of_its_geonames_id(imported) -> None:
    batch, out, _ = imported
    assert ("authority", "pla-vienna", "geonames:2761369") in _links(
        batch, "schnitzler-briefe-L04324.xml")
    root = parse_file(out / "schnitzler-briefe-L04324.xml").getroot()
    received = root.find(".//tei:correspAction[@type='received']", NSMAP)
    assert [(e.get("ref"), e.text) for e in received if e.get("ref")] == [
        ("#per-arthur-schnitzler", "Schnitzler, Arthur"), ("#pla-vienna", "Wien")]


def test_the_dantiscus_letter_names_its_persons_by_viaf(imported) -> None:
    batch, out, _ = imported
    name = "tei-corresp-sig-example13_correspDesc-pointing-to-participDesc.xml"
    assert {("added", "per-bona-sforza", "viaf:88717722"),
            ("added", "per-ioannes-dantiscus", "viaf:5031671"),
            ("added", "per-charles-v-of-habsburg", "viaf:88598818"),
            ("name", "pla-naples", "")} <= _links(batch, name)
    root = parse_file(out / f"{Path(name).stem}.xml").getroot()
    sent = root.find(".//tei:correspAction[@type='sent']/tei:persName", NSMAP)
    assert (sent.get("ref"), sent.text) == ("#per-bona-sforza", "Bona Sforza")
    (entry,) = root.xpath(".//tei:person[@xml:id='per-bona-sforza']", namespaces=NSMAP)
    assert [(i.get("type"), i.text) for i in entry.iter(f"{{{TEI_NS}}}idno")] == [
        ("viaf", "88717722"), ("lc", "n83073803")]
    assert "per-bona-sforza" in batch.register["persons.xml"]


def test_frus_senders_come_from_the_heading_and_the_dateline(imported) -> None:
    _, out, _ = imported
    root = parse_file(out / "frus-frus1952-54Guat-d192.xml").getroot()
    sent, received = root.findall(".//tei:correspAction", NSMAP)
    assert [(e.tag.rpartition("}")[2], e.get("ref"), e.get("when")) for e in sent] == [
        ("orgName", "#org-central-intelligence-agency", None),
        ("placeName", "#pla-washington", None), ("date", None, "1954-06-16T21:18:00")]
    assert [(e.tag.rpartition("}")[2], e.text) for e in received] == [
        ("roleName", "Operation PBSUCCESS Headquarters in Florida")]


def test_the_reports_say_what_was_mapped_and_dropped(imported) -> None:
    batch, _, _ = imported
    telegram = _document(batch, "schnitzler-briefe-L04324.xml")
    assert (telegram["edition"], telegram["licence"], telegram["document_type"]) == (
        "Arthur Schnitzler: Briefwechsel mit Autorinnen und Autoren", "CC BY 4.0", "telegram")
    assert telegram["mapped"]["rs[@type='place'] -> placeName"] == 3
    assert telegram["mapped"]["space -> a space character"] == 1
    assert telegram["dropped"]["back/listPerson (read for the register)"] == 1
    redirected = _document(batch, "tei-corresp-sig-example09_redirecting.xml")
    assert redirected["mapped"] == {"correspAction[@type='received'] -> transmitted": 1,
                                    "correspAction[@type='sent'] -> transmitted": 1}
    frus = _document(batch, "frus-frus1952-54Guat-d193.xml")
    assert (frus["licence"], frus["document_type"]) == ("Public domain", "telegram")
    assert frus["source_url"] == "https://history.state.gov/historicaldocuments/frus1952-54Guat/d193"
    assert frus["mapped"]["label -> first words of its item"] == 8
    assert frus["mapped"]["ref to a target outside this document -> its content"] == 1
    assert ("local", "per-bannister", "") in _links(batch, "frus-frus1952-54Guat-d193.xml")


def test_provenance_is_recorded_in_the_header(imported) -> None:
    _, out, _ = imported
    root = parse_file(out / "schnitzler-briefe-L02618.xml").getroot()
    licence = root.find(".//tei:publicationStmt/tei:availability/tei:licence", NSMAP)
    assert licence.get("target") == "https://creativecommons.org/licenses/by/4.0/deed.de"
    assert licence.text == "CC BY 4.0 (Arthur Schnitzler: Briefwechsel mit Autorinnen und Autoren)"
    bibl = root.find(".//tei:sourceDesc/tei:bibl[@type='source']", NSMAP)
    assert bibl.text.startswith("Brought in from Arthur Schnitzler: Briefwechsel mit "
                                "Autorinnen und Autoren (schnitzler-briefe-L02618.xml)")


def test_a_frus_sender_named_as_a_person_is_a_person(imported) -> None:
    _, out, _ = imported
    root = parse_file(out / "frus-frus1918Russiav03-d57.xml").getroot()
    sent, received = root.findall(".//tei:correspAction", NSMAP)
    assert [(e.tag.rpartition("}")[2], e.get("ref"), e.text) for e in sent][:2] == [
        ("persName", "#per-summers", "Summers"), ("placeName", "#pla-moscow", "Moscow")]
    assert [(e.tag.rpartition("}")[2], e.text) for e in received] == [
        ("roleName", "Secretary of State")]


def test_the_site_publishes_every_imported_file(imported, tmp_path: Path) -> None:
    _, out, _ = imported
    result = render_edition(sorted(out.glob("*.xml")), tmp_path / "site", None)
    assert (result.documents, result.diagnostics) == (len(SOURCES), [])
    assert len(list((tmp_path / "site" / "tei").glob("*.xml"))) == len(SOURCES)


CMIF = sorted(FOREIGN.glob("cmif/example*.xml"))


@pytest.mark.parametrize("source", CMIF, ids=lambda path: path.stem)
def test_a_cmif_file_is_a_listing_not_a_letter(source: Path, tmp_path: Path) -> None:
    register = tmp_path / "register"
    shutil.copytree(resources.register_dir(), register)
    batch = import_files([source], tmp_path / "tei", register, Edition(publisher="Test"))
    (result,) = batch.results
    assert result.outcome == "failed"
    assert [d.rule for d in result.diagnostics] == ["import-listing"]
    assert not list((tmp_path / "tei").glob("*.xml"))


def test_a_cmif_files_correspondents_join_the_register_by_authority(tmp_path: Path) -> None:
    register = tmp_path / "register"
    shutil.copytree(resources.register_dir(), register)
    merge = merge_lists(FOREIGN / "cmif" / "example01_basic.xml", register)
    links = {(link.name, link.entry, link.how, link.authority) for link in merge.links}
    assert ("Carl Maria von Weber", "per-carl-maria-von-weber", "added",
            "gnd:118629662") in links
    assert ("Dresden", "pla-dresden", "authority", "geonames:2935022") in links
    assert merge_lists(FOREIGN / "cmif" / "example01_basic.xml", register).register == {}


def test_a_cmif_templates_placeholders_are_no_correspondents(tmp_path: Path) -> None:
    with pytest.raises(InputError) as raised:
        merge_lists(FOREIGN / "cmif" / "cmif-digital-edition.xml", resources.register_dir())
    assert raised.value.diagnostic.rule == "register-import-empty"
