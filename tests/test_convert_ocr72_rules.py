"""Rules for names in OCR'd scans of American and East-bloc diplomatic papers, the persons
mostly unknown to the register (ocr72):

- an OCR's lookalike ending a word of three capitals or more is the capital (`KRASUCKl`,
  `RAPACKl`, `FAZI0`: `ocr_capitals._LAST`);
- a capitalised word, a name's or a title's, broken by a hyphen at the end of a short line
  runs on into the line in lower case that ends it (`Mr. Boris N. Kuz-` / `min, Counselor`,
  `Ambas-` / `sador Kuz-` / `netsov's`: `read._NAME_BROKEN`);
- the other side's participants, set after a blank line, may wrap a member's offices onto a
  line of their own under a line ending with a comma (`label_members._office_wrapped`);
- a surname in capitals in a mixed-case text, after a given name and one initial
  (`Georgiy M. ZINCHUK`) or in a capitals name opening with a register given name of four
  letters or more typed without its diacritics (`MIECZYSLAW TOMALA`), is a person; its
  later mentions alone too (`ZINCHUK stated`: `capitals_surnames.py`);
- an OCR's `rn` for `m` in a title before a name (`Arnbassador MENSHIKOV`, `Cornrade`:
  tables `honorifics`, `living-titles`);
- a CIA distribution list's member with its copies and a dash before an office symbol (`1 -
  DDCI`) is no person, a name in brackets after it is (`label_members._COUNTED_OFFICE`);
- a month's name alone in capitals is no name (a form's `Rec'd:` over `JULY 21, 1962`:
  `namerules._initials_month`).
"""

from __future__ import annotations

from tei.convert import Resources
from tei.convert.ocr_capitals import read_capitals
from tests.cases import text_xml

MEMCON = ("MEMORANDUM OF CONVERSATION\n\n"
          "DATE: March 4, 1966\n\n"
          "PARTICIPANTS: Mr. Boris N. Kuz-\n"
          "              min, Counselor, Embassy of the USSR\n"
          "              Mr. Yuri I. Pavlovsky, First Secretary\n\n"
          "              Mr. Robert L. Whitcomb, Deputy Director,\n"
          "              Office of Soviet Union Affairs\n"
          "              Mr. Harold G. Ostrander, EUR/SOV\n\n"
          "     Counselor Kuzmin called at his own request. Mr. Whit-\n"
          "comb replied that the matter was before the court.\n")

MEMO = ("MEMORANDUM FOR THE RECORD\n\n"
        "SUBJECT: Luncheon\n\n"
        "     1. On 10 June the undersigned lunched with Georgiy M. ZINCHUK, Second\n"
        "Secretary of the Soviet Embassy, and with MIECZYSLAW TOMALA of the Polish\n"
        "Embassy.\n\n"
        "     2. ZINCHUK stated that Arnbassador MENSHIKOV would travel to Chicago.\n"
        "TOMALA said nothing.\n")


def test_a_lookalike_ending_a_word_of_capitals_is_the_capital() -> None:
    assert read_capitals("Mr. ZBIGNIEW KRASUCKl and (FAZI0)") == "Mr. ZBIGNIEW KRASUCKI and (FAZIO)"
    assert read_capitals("B-10 Nl lOl CIA-RDP80B0") == "B-10 Nl lOl CIA-RDP80B0"


def test_a_name_broken_over_short_lines_is_joined(resources: Resources) -> None:
    xml = text_xml(MEMCON, resources)
    assert ">Boris N. Kuzmin</persName>, Counselor" in xml
    assert ">Whitcomb</persName> replied" in xml
    assert "Kuz-" not in xml


def test_the_other_sides_participants_wrap_an_office(resources: Resources) -> None:
    xml = text_xml(MEMCON, resources)
    assert 'subtype="participants">Mr. <persName ref="#per-robert-l-whitcomb">' in xml
    assert "<salute>" not in xml
    assert "Office of" in xml.split('subtype="heading"')[1].split("</div>")[0]


def test_capitals_surnames_in_a_mixed_case_text(resources: Resources) -> None:
    xml = text_xml(MEMO, resources)
    assert '>Georgiy M. ZINCHUK</persName>' in xml
    assert '>MIECZYSLAW TOMALA</persName>' in xml
    assert '>ZINCHUK</persName> stated' in xml
    assert '>TOMALA</persName> said' in xml


def test_an_ocr_title_before_a_name(resources: Resources) -> None:
    xml = text_xml(MEMO, resources)
    assert 'Arnbassador <persName ref="#per-mikhail-menshikov">MENSHIKOV</persName>' in xml


def test_no_name_from_a_files_code_or_a_capitals_text(resources: Resources) -> None:
    xml = text_xml("Source: Central Files, POL TUR-US. Secret.\n\nThe text was read.\n", resources)
    assert "<persName" not in xml.split("<text")[1]
    caps = text_xml("MEMORANDUM\n\nGEORGIY M. ZINCHUK CALLED TODAY ON VIKTOR SMITH.\n", resources)
    assert "per-georgiy" not in caps


def test_a_counted_office_of_a_distribution_list_is_no_person(resources: Resources) -> None:
    xml = text_xml("MEMORANDUM FOR THE RECORD\n\nSUBJECT: Visit\n\n1. The visit went well.\n\n"
                   "Harold W. Pettibone\n\nDistribution:\n  Orig - DCI\n     1 - DDCI\n"
                   "     1 - C/SR (Mr. Kisevalter)\n", resources)
    assert "per-ddci" not in xml
    assert '(Mr. <persName ref="#per-kisevalter">Kisevalter</persName>)' in xml


def test_a_title_and_a_name_broken_over_two_short_lines(resources: Resources) -> None:
    xml = text_xml("MEMORANDUM FOR THE RECORD\n\nSUBJECT: Call\n\n"
                   "     This afternoon the Soviet Counselor, Mr. Boris Kuzmin, called on Ambas-\n"
                   "sador Kuz-\nnetsov's behalf to say that the Ambassador returns on May 3.\n",
                   resources)
    assert "called on Ambassador <persName" in xml
    assert ">Kuznetsov</persName>'s behalf" in xml
    assert "<head>" not in xml


def test_a_capitals_surname_again_in_the_same_paragraph(resources: Resources) -> None:
    xml = text_xml("MEMORANDUM\n\n     1. On 23 April Mr. Dragoljub B. VUKOVIC, Counselor, spoke. "
                   "VUKOVIC added that all was well.\n", resources)
    assert '<persName ref="#per-dragoljub-b-vukovic">VUKOVIC</persName> added' in xml


def test_a_months_name_alone_in_capitals_is_no_person(resources: Resources) -> None:
    xml = text_xml("INCOMING TELEGRAM\n\nRec'd:\nJULY 21, 1962\n\nFROM: BELGRADE\n\n"
                   "THE MINISTER CALLED.\n\nKENNAN\n", resources)
    assert "per-july" not in xml
