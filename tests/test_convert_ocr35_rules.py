"""Rules from the blind sample of OCR and PDF text from further sources (ocr35): scanned
volumes of the older FRUS as a digital library's page view and Google Books' text view
give them.

- A digital library's page view of a scanned volume (University of Wisconsin Digital
  Collections) heads the page with the library's name and link lines, the collection's bare
  name, `Page View`, the volume's `AUTHOR / Title, 1919` line and the section line with its
  pages and the PDF's size: page furniture (table `page-furniture`, row
  `library-page-view`).
- A scanned FRUS page's chapter heading over its first source note (the chapter's subjects
  joined by dashes, no full stop at its end) is the page's text: the source note, heading
  and dateline open the document (`pages/frus.py`).
- A page that opens inside the previous document (the end of its text, its abbreviated
  courtesy closing `I am, etc.,` / `Respectfully, yours,` / `I avail, etc.,`, its
  signature) gives that end, and the volume's subject line in capitals, to the page text;
  a capitals signature set between the new document's number and its heading (the two
  columns read as one) goes with it (`pages/previous_end.py`, row `closing-formula`).
- A FRUS receipt giving a clock time alone with its minutes after a full stop (`[Received
  10.19 a.m.]`, `[Received 2.30 p. m.]`) is of the day the telegram was sent, not a day and
  month (`action_dates.py`).
- A newspaper archive's notices over an article's OCR (Papers Past: the thanks for
  corrections, the note on the searchable text, `Article image` lines) are page furniture
  (row `newspaper-archive`); the paper's masthead run into one line with the issue's
  weekday and date and the headline dates the article; the headline stays its first line
  (`pages/masthead.py`, table `newspaper-masthead`).
- A scanned FRUS volume's file number over its editors' heading (`File No. 704.4167/5` /
  `The British Ambassador (Spring Rice) to the Secretary of State`) under a text opens the
  next document: the text's signature above it closes this one (`closing.py`).
"""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_UWDC = ("University of Wisconsin Digital Collections\n"
         "Link to University of Wisconsin Digital Collections\n"
         "Link to University of Wisconsin Digital Collections\n"
         "Foreign Relations of the United States\n\nPage View\n\n")
_TELEGRAM = ("840.48/1177: Telegram\nThe Minister in Norway to the Secretary of State\n"
             "CHRISTIANIA, June 3, 1920, 4 p.m.\n{receipt}\n"
             "211. The Storting voted this afternoon the credit for the relief of the\n"
             "northern districts. The Minister of Finance asks that the Department be\n"
             "informed before the press is told.\nSWENSON\n")


@pytest.mark.parametrize("volume, section", [
    # the sample's page (FRUS 1919, vol. I)
    ("United States Department of State / Papers relating to the foreign relations of the "
     "United States, 1919", "General,   pp. 1-171 PDF (57.8 MB)"),
    # an invented volume and section of the same collection
    ("United States Department of State / Foreign relations of the United States, 1933",
     "The Far East,   pp. 402-517 PDF (38.6 MB)"),
])
def test_a_library_page_view_is_page_furniture(resources, volume: str, section: str) -> None:
    text = _UWDC + f"{volume}\n\n{section}\n\nPage 3\n\n" + _TELEGRAM.format(receipt="")
    xml = text_xml(text, resources)
    assert "Digital Collections" not in xml and "Page View" not in xml
    assert "PDF (" not in xml
    facts = text_facts(text, resources)
    assert facts["date"] == "1920-06-03"
    assert facts["telegram_number"] == "211"


@pytest.mark.parametrize("chapter", [
    # the sample's form: subjects joined by hyphens, broken over lines
    "Relief of the Northern Districts-Credits Voted by the Storting-Attitude\n"
    "of the Government Toward American Shipments",
    # a volume that joins them by dashes
    "Relief of the Northern Districts—Credits Voted by the Storting—Attitude of the\n"
    "Government Toward American Shipments",
])
@pytest.mark.parametrize("above", [_UWDC, ""])
def test_a_chapter_heading_over_the_source_note_is_page_text(
        resources, chapter: str, above: str) -> None:
    facts = text_facts(above + chapter + "\n" + _TELEGRAM.format(receipt=""), resources)
    assert facts["date"] == "1920-06-03"
    assert facts["place_of_origin"] == "Oslo"
    assert facts["title"] == "The Minister in Norway to the Secretary of State"


_PREVIOUS = "the question should rest until the consul's report reaches the Department.\n\n"
_DESPATCH = ("No. 77.]\n\nMr. Harcourt to Mr. Fenwick.\n\nLEGATION OF THE UNITED STATES,\n"
             "Lisbon, April 14, 1902.\n\nSIR: I have the honor to report that the Government "
             "has granted the permit asked for by the legation on the 2d instant.\n\n"
             "I have, etc.,\n\nWALTER HARCOURT.\n")


@pytest.mark.parametrize("previous_end", [
    # the sample's forms (FRUS 1901 and 1898 in Google Books' text view)
    "I am, etc.,\n\nDAVID J. HILL,\nActing Secretary.\n\n"
    "PERMIT FOR THE LANDING OF A CABLE.\n\n",
    "Respectfully, yours,\n\nInclosures.\n\nJOHN SHERMAN.\n\n",
    # a note's closing, its signature set under the new despatch's number (FRUS 1905)
    "I avail, etc.,\n\n",
])
def test_a_page_opening_inside_the_previous_document(resources, previous_end: str) -> None:
    despatch = _DESPATCH
    if previous_end.startswith("I avail"):
        despatch = despatch.replace("No. 77.]\n\n", "No. 77.]\n\nF. SANCHEZ ROMAN.\n\n")
    facts = text_facts("Page images\nPDF\nEPUB\n\n" + _PREVIOUS + previous_end + despatch,
                       resources)
    assert facts["date"] == "1902-04-14"
    assert facts["title"] == "Mr. Harcourt to Mr. Fenwick"
    assert facts["place_of_origin"] == "Lisbon"
    assert "HARCOURT" in str(facts["signed"])


def test_a_page_opening_with_its_own_heading_is_not_cut(resources) -> None:
    """A closing formula under the page's own heading is the document's (its end)."""
    facts = text_facts("Page images\nPDF\nEPUB\n\n" + _DESPATCH + "\nNo. 78.]\n\n"
                       "Mr. Fenwick to Mr. Harcourt.\n", resources)
    assert facts["date"] == "1902-04-14"
    assert facts["title"] == "Mr. Harcourt to Mr. Fenwick"


@pytest.mark.parametrize("receipt, when", [
    ("[Received 10.19 a.m.]", "1920-06-03T10:19"),  # the sample's form (FRUS 1919)
    ("[Received 2.30 p. m.]", "1920-06-03T14:30"),  # FRUS 1914 Supplement (Google Books)
    ("[Received June 4, 8.05 a.m.]", "1920-06-04T08:05"),  # a day given: that day
])
def test_a_dotted_clock_time_alone_is_of_the_day_sent(resources, receipt: str,
                                                       when: str) -> None:
    facts = text_facts(_TELEGRAM.format(receipt=receipt), resources)
    assert facts["date"] == "1920-06-03"
    assert str(facts["date_received"]).startswith(when)


@pytest.mark.parametrize("next_heading", [
    # the sample's form (FRUS 1914 Supplement)
    "File No. 704.4167/5\n\nThe British Ambassador (Spring Rice) to the Secretary of State\n",
    "File No. 857.48/12\n\nThe Secretary of State to the Minister in Norway (Swenson)\n",
])
def test_a_file_number_over_a_heading_opens_the_next_document(resources,
                                                              next_heading: str) -> None:
    text = ("File No. 857.48/11\n\nThe Minister in Norway (Swenson) to the Secretary of State\n\n"
            "[Telegram]\n\nAMERICAN LEGATION, Christiania, June 3, 1920, 4 p. m.\n\n"
            "The Storting voted this afternoon the credit for the relief of the northern "
            "districts.\n\nSWENSON\n\n" + next_heading)
    facts = text_facts(text, resources)
    assert facts["signed"] == "SWENSON"
    assert '<div type="attachment">' in text_xml(text, resources)


_ARCHIVE = ("Thank you for correcting the text in this article. Your corrections improve Papers "
            "Past searches for everyone. See the latest corrections.\n\n"
            "This article contains searchable text which was automatically generated and may "
            "contain errors. Join the community and correct any errors you spot to help us "
            "improve Papers Past.\n\nArticle image\nArticle image\nArticle image\n\n")
_LEADER = ("On Monday the Premier sent by cable a message of greeting to the Prime Minister of "
           "Canada. The text runs:—\"Right Hon. Sir Wilfrid Laurier, Ottawa.—Greetings from "
           "the people of this Dominion.\"\n")


@pytest.mark.parametrize("masthead, date", [
    # the sample's paper (Papers Past)
    ("THE Wairarapa Age MORNING DAILY. FRIDAY, FEBRUARY 7, 1908. NEEDLESS RETICENCE.",
     "1908-02-07"),
    # an invented paper and headline
    ("THE EVENING STAR. SATURDAY, MAY 4, 1912. A CABLE OF GREETING.", "1912-05-04"),
])
@pytest.mark.parametrize("above", [_ARCHIVE, ""])
def test_a_newspaper_masthead_dates_the_article(resources, masthead: str, date: str,
                                                above: str) -> None:
    text = above + masthead + "\n\n" + _LEADER
    assert text_facts(text, resources)["date"] == date
    xml = text_xml(text, resources)
    assert "Article image" not in xml and "Thank you for correcting" not in xml
    headline = masthead.split(", ")[-1].split(". ", 1)[1]  # after the date's year
    assert f"<p>{headline}</p>" in xml
