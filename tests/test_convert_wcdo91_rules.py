"""Rules for the Wilson Center Digital Archive's documents in their other forms (wave 91,
wcdo91), learnt from real pages (the site's older layout with and without its capitals title,
a record stored without its menus, a current page served at a `.pdf` address, docslib's
flattened PDF export, a yumpu copy of a Wilson Center PDF of KGB decrypts, a vdocuments OCR
of an original scan):

- a journal's keeper on a line of his own under his office's lines (`from the journal of` /
  `Counsellor of the Soviet` / `Embassy in the DPRK` / `S. P. Lazarev`) is the record's
  sender (`named_parties._keeper_under_office`, called by `_diarist`);
- a note's anchor glued to a lower-case word (`The boss[v] of`, `reports[ii]:`) is an anchor,
  not a letter supplied inside the word (`Gomu[l]ka`): no letter follows, and the Roman
  numeral has two letters or more, or the document is a decrypt, whose translators also
  letter their notes (`The latter[a]`) (`inline_brackets._anchor_after_word`);
- a WCDA PDF export's head run on with no blank line (paperzz: the banner over three lines,
  `Citation:` alone over its wrapped value and link, `Summary:`, `Credits:`, `Original
  Language:`, `Contents:` over `Scan of Original Document`) is set apart as the export's
  blank-line layout has it, so the head goes to the header and the scan's text is the text
  (`pages/runon._export_fields_apart`, called by `split_run_on`);
- register: Kim Hong-il (before, a fuzzy match gave Kim Jong Il), Ri Dong-yong
  (`Ri Dong-yeong`), S. P. Lazarev, Jeong Il-yong, Kim Sung-hwa (`Kim Seung-hwa`), Suren
  Tovmasyan (`Tovmassian`), Arthur Birse; the place Foz do Iguaçu.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

JOURNAL = ("Copy Nº 2\n\nfrom the journal of\n\nCounsellor of the Soviet\n\n"
           "Embassy in the DPRK\n\nS. P. Lazarev\n\nRecord of a conversation\n\n"
           "with Ri Dong-yeong, Deputy DPRK\n\nMinister of Foreign Affairs\n\n"
           "9 May 1956\n\nI called on Ri Dong-yeong and gave him the Embassy's note on the "
           "students.\n\nRi promised to answer within a week.\n")


def test_journal_keeper_under_office_lines_is_sender(resources: Resources) -> None:
    assert text_facts(JOURNAL, resources)["sender"] == ["S. P. Lazarev"]


def test_journal_keeper_stops_at_document_type_line(resources: Resources) -> None:
    text = JOURNAL.replace("S. P. Lazarev\n\n", "")
    assert text_facts(text, resources)["sender"] != ["Ri Dong-yong"]


def test_roman_anchor_glued_to_lower_case_word(resources: Resources) -> None:
    text = ("Moscow, 4 May 1957\n\nThe deputy minister[ii] told me that the boss[iv] of the "
            "department would come.\n")
    xml = text_xml(text, resources)
    assert 'minister<anchor type="note" n="ii"/>' in xml
    assert 'boss<anchor type="note" n="iv"/>' in xml


def test_letter_inside_word_stays_supplied(resources: Resources) -> None:
    text = "Warsaw, 4 May 1957\n\nComrade Gomu[l]ka spoke first and the[y] agreed.\n"
    xml = text_xml(text, resources)
    assert '<anchor type="note" n="l"/>' not in xml
    assert '<anchor type="note" n="y"/>' not in xml


def test_decrypt_single_letter_and_numeral_anchors(resources: Resources) -> None:
    text = ("VENONA\n\nFrom: NEW YORK\nTo: MOSCOW\nNo.: 612 3 May 1944\n\nTo VIKTOR[i].\n\n"
            "The source[v] said that the latter[a] [2 groups unrecovered] would come.\n")
    xml = text_xml(text, resources)
    assert 'source<anchor type="note" n="v"/>' in xml
    assert 'latter<anchor type="note" n="a"/>' in xml


def test_single_numeral_after_word_outside_decrypt_unchanged(resources: Resources) -> None:
    text = "Warsaw, 4 May 1957\n\nThe boss[v] of the department came.\n"
    assert 'boss<anchor type="note" n="v"/>' not in text_xml(text, resources)


def test_register_ri_dong_yeong_and_birse(resources: Resources) -> None:
    text = ("Moscow, 9 October 1944\n\nPresent: Marshal Stalin, Mr. A. Birse.\n\n"
            "Later Ri Dong-yeong and Kim Sung-hwa met Ambassador Tovmassian.\n")
    xml = text_xml(text, resources)
    for ref in ("per-arthur-birse", "per-ri-dong-yong", "per-kim-sung-hwa",
                "per-suren-tovmasyan"):
        assert f'ref="#{ref}"' in xml


EXPORT = ("Digital Archive\nInternational History Declassified\ndigitalarchive.wilsoncenter.org\n"
          "May 4, 1958\nLetter from Kim Hong-il to Syngman Rhee\nCitation:\n"
          "“Letter from Kim Hong-il to Syngman Rhee,” May 4, 1958, History and Public Policy\n"
          "Program Digital Archive, B-111-222, Syngman Rhee Institute, Yonsei University.\n"
          "http://digitalarchive.wilsoncenter.org/document/990777\nSummary:\n"
          "Kim reports on the rice harvest.\nOriginal Language:\nEnglish\nContents:\n"
          "Scan of Original Document\nTAIPEI, TAIWAN\nMay 4, 1958\nDear Mr. President:\n"
          "The rice harvest was good this year.\nRespectfully yours,\nHong-il Kim\n")


def test_run_on_export_head_goes_to_header(resources: Resources) -> None:
    facts = text_facts(EXPORT, resources)
    assert facts["source_url"] == "http://digitalarchive.wilsoncenter.org/document/990777"
    assert facts["archive_idno"].startswith("B-111-222")
    assert facts["sender"] == ["Kim Hong-il"]
