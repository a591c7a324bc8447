"""Rules from the second blind OCR sample (ocr39): a British signer's office closed by the
style's `&c.` under the signature (`Governor, &c.`) is a role line of the closer; a
document store's PDF viewer (documents.pub, vdocuments) sets a page counter (`2/3`) under
its running head on every page: both are dropped, and a sentence over the page's turn is
joined; a lone `11/12` is no counter; a Kissinger papers record flattened on one line is cut
at its release line and at a FROM label over a name in capitals; a US cable's precedence
after `USDEL SECRETARY` (`FLASH`) is no surname."""

from __future__ import annotations

import pytest

from tei.convert.roles import is_role
from tests.cases import text_facts, text_xml


@pytest.mark.parametrize(("text", "role"), [
    ("Governor, &c.", True),
    ("Governor, &c., &c.", True),
    ("High Commissioner, &c.", True),
    ("GOVERNOR, &c.", True),
    ("I have, &c.,", False),
    ("Meeting adjourned, &c.", False),
])
def test_an_office_closed_by_the_style_s_etc_is_a_role(resources, text: str, role: bool) -> None:
    assert is_role(text, resources.patterns) is role


_DESPATCH = ("Government House, Nicosia, 3rd May, 1931.\n\nSir,\n\n"
             "I have the honour to report that the Council met to-day.\n\n"
             "I have the honour to be,\nSir,\nYour most obedient servant,\n\n"
             "R. STORRS,\nGovernor, &c.\n")


def test_the_role_line_with_etc_goes_to_the_signature(resources) -> None:
    facts = text_facts(_DESPATCH, resources)
    assert facts["signed"] == "R. STORRS, Governor, &c."
    assert 'type="registry"' not in text_xml(_DESPATCH, resources)


_VIEWER = ("Transcript\n  • 5/2/2021 Rome_cable_118\n\n    1/3\n\n"
           "  • 5/2/2021 Rome_cable_118\n\n    2/3\n\n"
           "    TELEGRAM\n\n    Rome, 4 May 1957\n\n"
           "    The Minister told me this morning that the cabinet would meet on the\n\n"
           "  • 5/2/2021 Rome_cable_118\n\n    3/3\n\n"
           "    question of the loan next week.\n\n    BROSIO\n")


def test_a_viewer_s_page_counters_and_running_head_are_dropped(resources) -> None:
    xml = text_xml(_VIEWER, resources)
    assert "Rome_cable_118" not in xml and "2/3" not in xml
    assert "on the question of the loan" in xml


@pytest.mark.parametrize("marks", [("11/12",), ("3/2", "4/2")])
def test_counters_that_stand_alone_or_exceed_their_total_are_kept(resources, marks) -> None:
    text = "Minute\n\nSee the draft below.\n\n" + "".join(
        f"{mark}\n\nThe point stands.\n\n" for mark in marks) + "A. B.\n"
    xml = text_xml(text, resources)
    assert all(mark in xml for mark in marks)


_FLAT = ("Body:\nNo Objection to Declassification in Part 2012/12/28: LOC-HAK-1-2-3-4 MEMORANDUM "
         "THE WHITE HOUSE SECRET ACTION MEMORANDUM FOR: THE PRESIDENT FROM: HENRY A. KISSINGER "
         "SUBJECT: Fishing Rights The Ambassador called on me about the fishing talks. He asked "
         "that we reply soon, before the season opens in the northern waters, and said that his "
         "government would otherwise have to act alone. I told him that the matter was under "
         "study and that we would answer within a week. He seemed satisfied with this, but he "
         "made clear that the pressure from the fishing industry was heavy.\n")


def test_a_flattened_kissinger_papers_memorandum_is_cut_into_its_heading(resources) -> None:
    xml = text_xml(_FLAT, resources)
    assert ">No Objection to Declassification in Part <date" in xml
    assert '<ab type="registry" subtype="sender">FROM: <persName ref="#per-henry-kissinger">' in xml
    assert text_facts(_FLAT, resources)["sender"] == ["Henry Kissinger"]



_CABLE = ("LIMITED OFFICIAL USE\nPAGE 01 STATE 204511\nO 121605Z SEP 75\nFM SECSTATE WASHDC\n"
          "TO USDEL SECRETARY {precedence}\nLIMITED OFFICIAL USE STATE 204511\n"
          "E.O. 11652: N/A\nTAGS: SOPN\nSUBJECT: PRESS GUIDANCE\n"
          "1. THE SPOKESMAN WILL SAY THAT THE TALKS GO ON.\nINGERSOLL\n")


@pytest.mark.parametrize("precedence", ["FLASH", "PRIORITY", "ROUTINE", "NIACT IMMEDIATE"])
def test_a_precedence_after_the_secretary_s_delegation_is_no_name(
        resources, precedence: str) -> None:
    xml = text_xml(_CABLE.format(precedence=precedence), resources)
    assert f'subtype="addressee">TO USDEL SECRETARY {precedence}</ab>' in xml
