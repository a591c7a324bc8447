"""Authority ids read from other editions' URIs and idno elements, names linked to the
register by them, and `tei register import` merging a list into the register."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from tei import resources
from tei.convert.register_files import load_register
from tei.importing import merge_lists
from tei.importing.authority import from_idno, from_uri
from tei.importing.names import DocumentNames, Linker, entry_names, source_entries
from tests.conftest import FIXTURES

LISTS = FIXTURES / "import" / "listperson.xml"
TEI = "http://www.tei-c.org/ns/1.0"


@pytest.mark.parametrize(("uri", "kind", "expected"), [
    ("https://d-nb.info/gnd/118609807/", "person", ("gnd", "118609807")),
    ("https://d-nb.info/gnd/4066009-6", "place", ("gnd", "4066009-6")),
    ("https://viaf.org/viaf/88717722", "person", ("viaf", "88717722")),
    ("http://www.wikidata.org/entity/Q17603739", "person", ("wikidata", "Q17603739")),
    ("https://www.wikidata.org/wiki/Q855", "org", ("wikidata", "Q855")),
    ("https://sws.geonames.org/2761369/", "place", ("geonames", "2761369")),
    ("http://id.loc.gov/authorities/names/n83073803", "person", ("lc", "n83073803")),
    ("https://pmb.acdh.oeaw.ac.at/entity/26121/", "person", ("pmb", "26121")),
    ("https://sws.geonames.org/2761369/", "person", None),  # GeoNames names places only
    ("https://viaf.org/viaf/88717722", "place", None),
    ("https://example.org/person/1", "person", None),
])
def test_authority_uris(uri: str, kind: str, expected: tuple[str, str] | None) -> None:
    assert from_uri(uri, kind) == expected


@pytest.mark.parametrize(("xml", "expected"), [
    ('<idno type="VIAF">88717722</idno>', ("viaf", "88717722")),
    ('<idno type="URL" subtype="gnd">https://d-nb.info/gnd/127610944/</idno>',
     ("gnd", "127610944")),
    ('<idno type="gnd">no id</idno>', None),
    ('<idno type="handle">XXXX</idno>', None),
])
def test_authority_idnos(xml: str, expected: tuple[str, str] | None) -> None:
    idno = etree.fromstring(xml.replace("<idno", f'<idno xmlns="{TEI}"', 1))
    assert from_idno(idno, "person") == expected


@given(st.from_regex(r"\A[1-9][0-9]{0,9}\Z"))
def test_any_viaf_number_round_trips_through_its_uri(number: str) -> None:
    assert from_uri(f"https://viaf.org/viaf/{number}/", "person") == ("viaf", number)


def test_structured_and_inverted_names_become_forename_first() -> None:
    entry = etree.fromstring(
        f'<person xmlns="{TEI}"><persName type="legacy">Torresani, Carl von</persName>'
        "<persName><forename>Carl von</forename><surname>Torresani-Lanzenfeld</surname>"
        "</persName></person>")
    assert entry_names(entry, "person") == ["Carl von Torresani-Lanzenfeld",
                                            "Carl von Torresani"]


def test_a_name_reuses_the_register_entry_that_shares_an_authority_id() -> None:
    linker = Linker(load_register(resources.register_dir()))
    names = DocumentNames(linker, {}, "Brought in from a test.")
    assert names.link("person", "Stalin", "http://www.wikidata.org/entity/Q855") == \
        "per-joseph-stalin"
    assert names.link("place", "Pékin", "https://www.geonames.org/1816670") == "pla-beijing"
    assert names.added == {} and names.local == {}
    assert [link.how for link in names.links] == ["authority", "authority"]


def test_an_entry_with_new_ids_is_added_and_found_again_by_any_of_them() -> None:
    linker = Linker(load_register(resources.register_dir()))
    root = etree.fromstring(
        f'<TEI xmlns="{TEI}"><listPerson><person xml:id="x1"><persName>Ada Testperson'
        '</persName><idno type="gnd">123456789X</idno><idno type="VIAF">42</idno></person>'
        "</listPerson></TEI>")
    first = DocumentNames(linker, source_entries(root), "Brought in from a test.")
    assert first.link("person", "Ada", "#x1") == "per-ada-testperson"
    linker.commit(first.added)
    second = DocumentNames(linker, {}, "Brought in from another test.")
    assert second.link("person", "A. T.", "https://viaf.org/viaf/42") == "per-ada-testperson"
    assert second.added == {}


def test_a_name_without_ids_reuses_a_register_name_or_gets_a_local_entry() -> None:
    names = DocumentNames(Linker(load_register(resources.register_dir())), {}, "From a test.")
    assert names.link("place", "Wien", None) == "pla-vienna"
    assert names.link("person", "Bertha Unbekannt", None) == "per-bertha-unbekannt"
    assert names.link("person", "Bertha Unbekannt", None) == "per-bertha-unbekannt"
    assert list(names.local) == ["per-bertha-unbekannt"] and names.added == {}
    note = names.entry("per-bertha-unbekannt").find(f"{{{TEI}}}note")
    assert (note.get("type"), note.text) == ("local", "Not in the register; from a test.")


@pytest.fixture()
def register(tmp_path: Path) -> Path:
    folder = tmp_path / "register"
    shutil.copytree(resources.register_dir(), folder)
    return folder


def test_register_import_merges_a_list(register: Path) -> None:
    merge = merge_lists(LISTS, register)
    assert [(link.how, link.entry, link.authority) for link in merge.links] == [
        ("authority", "per-joseph-stalin", "wikidata:Q855"),
        ("added", "per-ada-testperson", "gnd:123456789X"),
        ("name", "per-mao-zedong", ""),
        ("added", "per-bertha-unbekannt", ""),
        ("authority", "pla-vienna", "geonames:2761369"),
        ("added", "org-test-society", "viaf:123456"),
    ]
    assert merge.register == {"persons.xml": ["per-ada-testperson", "per-bertha-unbekannt"],
                              "orgs.xml": ["org-test-society"]}
    loaded = load_register(register)
    society = loaded.entries["org-test-society"].element
    assert [(i.get("type"), i.text) for i in society.iter(f"{{{TEI}}}idno")] == [
        ("viaf", "123456")]
    assert society.findtext(f"{{{TEI}}}note") == \
        "Brought in from A Test Register (listperson.xml)."


def test_register_import_twice_adds_nothing_more(register: Path) -> None:
    merge_lists(LISTS, register)
    before = {p.name: p.read_bytes() for p in register.glob("*.xml")}
    again = merge_lists(LISTS, register)
    assert again.register == {}
    assert {link.how for link in again.links} == {"authority", "name"}
    assert {p.name: p.read_bytes() for p in register.glob("*.xml")} == before


def test_register_import_keeps_the_rest_of_the_register_files_byte_for_byte(
        register: Path) -> None:
    before = (register / "persons.xml").read_bytes()
    merge_lists(LISTS, register)
    after = (register / "persons.xml").read_bytes()
    cut = before.rindex(b"    </listPerson>")
    assert after.startswith(before[:cut]) and after.endswith(before[cut:])


def test_register_import_refuses_a_file_without_lists(register: Path) -> None:
    from tei.diagnostics import InputError
    with pytest.raises(InputError) as caught:
        merge_lists(FIXTURES / "import" / "not-tei.xml", register)
    assert caught.value.diagnostic.rule == "register-import-empty"


def test_an_id_of_an_entry_of_another_kind_is_not_reused() -> None:
    names = DocumentNames(Linker(load_register(resources.register_dir())), {}, "From a test.")
    ident = names.link("place", "Stalin Peak", "http://www.wikidata.org/entity/Q855")
    assert ident == "pla-stalin-peak"
    assert [(link.how, link.authority) for link in names.links] == [("added", "wikidata:Q855")]


def test_register_import_reads_a_frus_persons_list(register: Path) -> None:
    merge = merge_lists(FIXTURES / "import" / "frus-persons.xml", register)
    assert [(link.how, link.entry, link.name) for link in merge.links] == [
        ("name", "per-john-foster-dulles", "John Foster Dulles"),
        ("added", "per-harold-testman", "Harold Testman")]
    assert merge.register == {"persons.xml": ["per-harold-testman"]}
    note = load_register(register).entries["per-harold-testman"].element.findtext(
        f"{{{TEI}}}note")
    assert note == ("Brought in from Foreign Relations of the United States, a test volume "
                    "(frus-persons.xml).")
