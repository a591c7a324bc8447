"""Rules for the Commonwealth volumes' printed headings and DFAT's FOI releases (dfat78):

- a heading of offices with a note on it (`Prime Minister to Secretary of State for
  Commonwealth Relations¹` / `¹ Lord Swinton.`): the note, a registered person's name alone,
  names the holder of the office its marker follows (`title_note_parties.py`, the roleName's
  @ref); a note that says more names nobody;
- DAFP's printed `I.12345  214  SECRET  PRIORITY`: the Department's serial is the number, the
  post's own number beside it no bar (`heading-commonwealth` row `cable-number`, ocr75's);
- a DFAT cable's `MRN: BJ48213` is its number (`heading` row `cable-number`);
- the FOI release's head on each page (`FOI 21/04512 - Document 3   Page 1 of 2`) is
  furniture giving the reference (`page-furniture` row `foi-release-head`);
- a full name in parentheses after an office (`The Ambassador (Geoff Raby) called`) is a
  person the register may lack (`namerules.title_comma`, beside the comma's apposition);
- dfat.gov.au's `Cablegram to Washington` over the dateline is the editors' heading, not a
  parties line with a sender `Cablegram` (held sample; `heading` row `transmission`,
  repost65's, excludes the form's names);
- the New Zealand file with its part in small letters (`PM 111/2/1, part 3`;
  `archival-reference` row `reference`, cw59's).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

_NZ = ("DOCUMENTS ON NEW ZEALAND EXTERNAL RELATIONS\n\n"
       "Prime Minister to Secretary of State for Commonwealth Relations¹\n\n"
       "TELEGRAM 311                         WELLINGTON, 9 September 1954\n\n"
       "TOP SECRET.\n\nWe accept the revised draft of the treaty.\n\nHOLLAND\n\n"
       "¹ {note}\n\nPM 111/2/1, part 3\n")


def test_heading_note_names_the_office_holder(resources: Resources) -> None:
    xml = text_xml(_NZ.format(note="Lord Swinton."), resources)
    assert '<roleName ref="#per-lord-swinton">Secretary of State for Commonwealth Relations' \
        in xml
    assert text_facts(_NZ.format(note="Lord Swinton."), resources)["archive_idno"] \
        == "PM 111/2/1, part 3"


def test_heading_note_that_says_more_names_nobody(resources: Resources) -> None:
    xml = text_xml(_NZ.format(note="Lord Swinton was then in Ottawa."), resources)
    assert 'ref="#per-lord-swinton">Secretary of State' not in xml


def test_serial_beside_the_posts_own_number(resources: Resources) -> None:
    text = ("Djakarta, 3 March 1962, 6.45 p.m.\nReceived 4 March 1962, 9.10 a.m.\n\n"
            "I.12345  214  SECRET  PRIORITY\n\nFollowing for Tange from Shann.\n\n"
            "Subandrio sent for me this morning.\n")
    assert text_facts(text, resources)["telegram_number"] == "I.12345"


def test_foi_release_head_and_mrn(resources: Resources) -> None:
    text = ("FOI 21/04512 - Document 3                         Page 1 of 2\n"
            "RELEASED UNDER THE FREEDOM OF INFORMATION ACT 1982 BY THE DEPARTMENT OF "
            "FOREIGN AFFAIRS AND TRADE\n\nPROTECTED\n\nMRN:        BJ48213\n"
            "Sent:       14/06/2011 18:42\nFrom:       Australian Embassy Beijing\n"
            "To:         Canberra\nSubject:    China: the South China Sea\n\nSummary\n\n"
            "The Vice Foreign Minister told the Ambassador that China would not accept it.\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "BJ48213"
    assert facts["archive_idno"] == "21/04512 - Document 3"
    assert facts["place_of_origin"] == "Beijing"


def test_name_in_parentheses_after_an_office(resources: Resources) -> None:
    text = ("Canberra, 3 March 1962\n\nCablegram\n\nThe Ambassador (Geoff Raby) called on the "
            "Minister this morning. The Minister (Foreign Affairs) was out.\n")
    xml = text_xml(text, resources)
    assert '>Geoff Raby</persName>' in xml
    assert 'Foreign Affairs</persName>' not in xml


def test_cablegram_to_post_is_no_parties_line(resources: Resources) -> None:
    text = ("Historical documents\n\nDocument 214\n\nCablegram to Washington\n\n"
            "Canberra, 3 March 1962, 6.45 p.m.\n\nO.CH123456   SECRET   IMMEDIATE\n\n"
            "Following for Beale from Barwick.\n\nPlease see Harriman at once.\n")
    facts = text_facts(text, resources)
    assert facts["title"] == "Cablegram to Washington"
    assert facts["sender"] == ["Garfield Barwick"]
