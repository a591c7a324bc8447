"""Rules for the Wilson Center's documents in their other forms (wave 93, wcds93), learnt from
real pages (the National Security Archive's documents readers as Questia and Project MUSE
give a page, a Vietnamese blog pasting the WCDA PDF export with a translation after each
block, docslib's flattened PDF export, the site's older layout, a CWIHP Bulletin page in
Google Books):

- a documents reader's numbered heading wrapped over two or three lines (`DOCUMENT No. 93:
  Cable from Ambassador ... to` / `the Kremlin on His Meeting with ...,` / `> August
  19,1968`, over its `Source:` line) is one dated title naming the form; the site's lines
  above it (the book's title, `By ... | Go to book overview`, `Save to active project`) and
  the number are the page's text (`pages/reader_heading.py`, called by
  `record_top.record_lines`);
- a blog's paste of the PDF export: the archive's addresses run into one line, the record's
  last (row `archive-page`); the export's title wrapped after a connective (`Discussion
  between Zhou Enlai and` / `Pham Van Dong`); the blogger's one-line note between the
  address and the date line; a preface longer than the head's reach taken off the page's
  lines, its lines the page's text (`pages/pdf_copy.py`, called by
  `above_head._quoted_page`);
- a reader's heading naming the sender by his office and a possessive before the form
  (`Ambassador Stepan Chervonenko's Report on His Meeting with ...`): the name is the sender
  (row `given` of table `title-shapes`);
- the PDF export's contents naming the scan after the translation (`Contents: English
  Translation Scan of Original Document`) are the export's, not the text (row
  `pdf-export-paragraph`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

READER = ("The Berlin Crisis 1961: A Documents Reader\n\nBy Anna Example | Go to book overview\n"
          "Save to active project\n\nDOCUMENT No. 41: Cable from Ambassador Mikhail Pervukhin to\n"
          "the Kremlin on His Meeting with Walter Ulbricht,\n> August 9,1961\n\n"
          "Source: AVPRF, F. 0742, Op. 6, P. 43, D. 4, LI. 10–12.\n\n"
          "The ambassador reports the talk the editors print here in full.\n\n"
          "Ulbricht said that the measures at the sector border were ready.\n")


def test_reader_heading_over_lines_is_title_and_date(resources: Resources) -> None:
    facts = text_facts(READER, resources)
    assert facts["title"].replace(" ", "") == (
        "Cable from Ambassador Mikhail Pervukhin to the Kremlin on His Meeting with Walter "
        "Ulbricht, August 9, 1961").replace(" ", "")
    assert facts["date"] == "1961-08-09"
    assert facts["sender"] == ["Mikhail Pervukhin"]


def test_reader_site_lines_are_page_text(resources: Resources) -> None:
    xml = text_xml(READER, resources)
    body = xml[xml.index("<text>"):]
    assert "Go to book overview" not in body and "Save to active project" not in body


def test_reader_heading_without_closing_date_unchanged(resources: Resources) -> None:
    text = READER.replace("> August 9,1961\n", "")
    assert text_facts(text, resources)["date"] != "1961-08-09"


BLOG = ("Bai viet so 12 ve chuyen di\n***\n" + "Loi noi dau cua nguoi viet blog.\n" * 12
        + "https://digitalarchive.wilsoncenter.org/people\n"
          "https://digitalarchive.wilsoncenter.org/document/900123/download "
          "https://digitalarchive.wilsoncenter.org/document/900124\n"
          "Ban dich may khong chinh xac.\n"
          "May 4, 1966\nConversation between Zhou Enlai and\nLe Duan\n"
          "Ngay 4 thang 5 nam 1966\nZhou Enlai: We support your struggle to the end.\n")


def test_blog_pdf_paste_title_date_and_form(resources: Resources) -> None:
    facts = text_facts(BLOG, resources)
    assert facts["title"] == "Conversation between Zhou Enlai and Le Duan"
    assert facts["date"] == "1966-05-04"


def test_blog_pdf_paste_preface_out_of_text(resources: Resources) -> None:
    xml = text_xml(BLOG, resources)
    body = xml[xml.index("<text>"):]
    assert "Loi noi dau" not in body and "Ban dich may" not in body


EXPORT = ("Record of a Meeting\nTotal Page:16\nFile Type:pdf, Size:1020Kb\n\n"
          "Digital Archive digitalarchive.wilsoncenter.org International History Declassified "
          "May 3, 1965 Record of a Meeting Citation: “Record of a Meeting,” May 3, 1965, History "
          "and Public Policy Program Digital Archive, AQSH, F. 14, D. 2. Summary: The delegations "
          "met. Original Language: Albanian Contents: English Translation Scan of Original "
          "Document RECORD OF THE MEETING On 3 May the delegation was received.\n")


def test_export_contents_scan_out_of_text(resources: Resources) -> None:
    xml = text_xml(EXPORT, resources)
    assert "Scan of Original Document" not in xml[xml.index("<text>"):]


def test_possessive_office_heading_names_sender(resources: Resources) -> None:
    text = READER.replace("Cable from Ambassador Mikhail Pervukhin to\nthe Kremlin on His Meeting "
                          "with Walter Ulbricht,",
                          "Ambassador Mikhail Pervukhin's Report on His\nMeeting with Walter "
                          "Ulbricht,")
    assert text_facts(text, resources)["sender"] == ["Mikhail Pervukhin"]
