"""`tei.export.authorities`: entries behind names, and the authority URIs of CMIF."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from tei.export.authorities import (
    authority_uri,
    entries_for,
    entry_index,
    entry_label,
    known_uri,
    load_entries,
)
from tei.export.cmif import cmif_tree
from tei.export.cmif_check import check_cmif
from tei.export.settings import load_settings
from tei.resources import register_dir
from tei.xmlio import TEI_NS

FOREIGN = Path("/work/shared/foreign/letters")


def entry(*idnos: tuple[str, ...]) -> etree._Element:
    person = etree.Element(f"{{{TEI_NS}}}person")
    for kind, value in idnos:
        etree.SubElement(person, f"{{{TEI_NS}}}idno", type=kind).text = value
    return person


def test_authority_uris_follow_the_table_order_and_never_invent_one() -> None:
    both = entry(("wikidata", "Q1"), ("viaf", "42"))
    assert authority_uri(both, "persons") == "http://viaf.org/viaf/42"
    assert authority_uri(entry(("wikidata", "Q1")), "persons") == \
        "http://www.wikidata.org/entity/Q1"
    assert authority_uri(entry(("geonames", "7")), "persons") is None
    assert authority_uri(entry(("geonames", "7")), "places") == "https://www.geonames.org/7"
    assert authority_uri(None, "persons") is None


def test_identifiers_given_as_uris_are_kept_and_types_are_case_blind() -> None:
    viaf = entry(("VIAF", "https://viaf.org/viaf/88717722"))
    assert authority_uri(viaf, "persons") == "https://viaf.org/viaf/88717722"
    linked = etree.Element(f"{{{TEI_NS}}}place")
    etree.SubElement(linked, f"{{{TEI_NS}}}idno", type="URL",
                     subtype="geonames").text = "https://sws.geonames.org/2925533/"
    assert authority_uri(linked, "places") == "https://sws.geonames.org/2925533/"


def test_a_ref_that_is_an_authority_uri_is_known_only_for_its_kind() -> None:
    assert known_uri("http://d-nb.info/gnd/118642499", "persons") == \
        "http://d-nb.info/gnd/118642499"
    assert known_uri("http://d-nb.info/gnd/118642499", "places") is None
    assert known_uri("#per-x", "persons") is None


def test_entries_are_found_in_every_index_that_has_the_id() -> None:
    register = load_entries(register_dir())
    local = {"per-joseph-stalin": entry(("wikidata", "Q1"))}
    found = entries_for("#per-joseph-stalin #other", [register, local])
    assert [authority_uri(item, "persons") for item in found] == [
        "http://www.wikidata.org/entity/Q855", "http://www.wikidata.org/entity/Q1"]
    assert entries_for("per-joseph-stalin", [register]) == []
    assert entry_label(found[0]) == "Joseph Stalin"


def test_entries_outside_standoff_are_indexed() -> None:
    root = etree.fromstring(
        f'<TEI xmlns="{TEI_NS}"><teiHeader><profileDesc><particDesc><listPerson>'
        '<person xml:id="BS"><persName>Bona Sforza</persName></person>'
        '</listPerson></particDesc></profileDesc></teiHeader></TEI>')
    assert entry_label(entry_index(root)["BS"]) == "Bona Sforza"


@pytest.mark.skipif(not FOREIGN.is_dir(), reason="the foreign TEI fixtures (shared/foreign) "
                                                  "are not on this machine")
def test_other_editions_letters_get_their_own_authority_uris() -> None:
    letters = sorted(FOREIGN.glob("*.xml"))
    tree, skipped = cmif_tree(letters, load_settings(), {})
    assert skipped == [] and check_cmif(tree, "cmif.xml") == []
    refs = {name.text: name.get("ref") for name in tree.iter(f"{{{TEI_NS}}}persName")}
    assert refs["Bona Sforza"] == "https://viaf.org/viaf/88717722"
    assert refs["Schnitzler, Arthur"] == "https://d-nb.info/gnd/118609807/"
    assert refs["Adelbert von Chamisso"] is None
