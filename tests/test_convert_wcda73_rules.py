"""Header facts of current Wilson Center pages (wcda73):

- a date line reading `Undated` is the archive's date line: the page's title and fields under
  it are read (`archive_span.UNDATED_LINE`, `pages.generic._head_line`), the document's own
  dateline dates it;
- a date line that is no single day (a range, `circa` a month, a month) yields to the day of
  the document's own dateline, or of its heading's dispatch (`Sent from Beijing 2-1-1965`),
  when the day lies within it (`archive_span.own_date_within`); a day outside it does not;
- an archive date line that is the day of the cable's receipt yields to its dispatch the day
  before (`archive_span.dispatched_eve`);
- a Soviet cable's clock in words (`at 06 hours 20 minutes`) is read (`date_shapes`);
- the `Contributed By` field names the document's obtainer (row `obtainer` of `page-fields`);
- a translation credit in brackets closing the text is the header's credit
  (`pages.references._closing_credit`);
- a cable's number with its grade after a comma (`Cable No. 1025, Strictly Confidential`;
  the form-name `cable-number` row) and a number field's Chinese year in brackets (`Number:
  (60) 0412`; `segment._SERIES_NUMBER`) are the telegram's number.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

_BODY = ("Kim Il Sung received me today and spoke about the talks at Kaesong.\n"
         "The Korean comrades ask for advice on the agenda.\n")


def _page(date: str, body: str, fields: str = "",
          title: str = "Telegram from Puzanov to Gromyko") -> str:
    return ("Skip to content\nWilson Center Digital Archive\nSearch\n" f"{date}\n"
            f"{title}\nCitation\nShare\nSummary\n"
            "Puzanov reports on a talk with Kim Il Sung.\nDocument Information\nSource\n"
            "AVPRF, f. 0102, op. 16, d. 5, ll. 3-5.\n" f"{fields}Record ID\n301001\n{body}")


def test_an_undated_date_line_keeps_the_page_fields(resources: Resources) -> None:
    title = "Ciphered Telegram from the Soviet Embassy in Pyongyang (Puzanov) to the MFA"
    facts = text_facts(_page("Undated", _BODY + "Pyongyang, 3 May 1960\nPUZANOV\n",
                             title=title), resources)
    assert facts["archive_idno"] == "AVPRF, f. 0102, op. 16, d. 5, ll. 3-5"
    assert facts["summary"] == "Puzanov reports on a talk with Kim Il Sung."
    assert facts["date"] == "1960-05-03"


def test_a_range_or_circa_date_line_yields_to_the_own_day_inside(resources: Resources) -> None:
    body = _BODY + "Pyongyang, 5 May 1960\nPUZANOV\n"
    assert text_facts(_page("May 03, 1960 - May 06, 1960", body), resources)["date"] == \
        "1960-05-05"
    assert text_facts(_page("circa May 1960", body), resources)["date"] == "1960-05-05"
    assert text_facts(_page("May 1960", body), resources)["date"] == "1960-05-05"
    outside = _BODY + "Pyongyang, 9 May 1960\nPUZANOV\n"
    assert text_facts(_page("May 03, 1960 - May 06, 1960", outside), resources)["date"] == \
        "1960-05-03"


def test_a_receipt_day_date_line_yields_to_the_eve_dispatch(resources: Resources) -> None:
    body = ("From PYONGYANG Outgoing No. 0412 dispatched 2.7.51 at 23.50\n"
            "Received in Moscow 3.7.51 at 06 hours 20 minutes\n" + _BODY + "PUZANOV\n")
    facts = text_facts(_page("July 03, 1951", body), resources)
    assert facts["date"] == "1951-07-02"
    assert facts["date_received"] == "1951-07-03T06:20"


def test_contributed_by_names_the_obtainer(resources: Resources) -> None:
    xml = text_xml(_page("May 3, 1960", _BODY + "PUZANOV\n",
                         "Contributed By\nPavel Orlov\n"), resources)
    assert "<resp>Obtained</resp>" in xml
    assert 'ref="#per-pavel-orlov">Pavel Orlov</persName>' in xml


def test_a_bracketed_closing_credit_names_the_translator(resources: Resources) -> None:
    text = _page("May 3, 1960", _BODY + "PUZANOV\n[Translated from Russian by Gary Goldberg]\n")
    assert text_facts(text, resources)["translator"] == "Gary Goldberg"


def test_a_cable_number_with_its_grade_after_a_comma(resources: Resources) -> None:
    text = _page("May 3, 1960", "Cable No. 1025, Strictly Confidential\n" + _BODY + "PUZANOV\n")
    assert text_facts(text, resources)["telegram_number"] == "1025"


def test_a_number_field_keeps_the_year_in_brackets(resources: Resources) -> None:
    text = _page("May 3, 1960", "Number: (60) 0412\n" + _BODY + "PUZANOV\n")
    assert text_facts(text, resources)["telegram_number"] == "(60) 0412"


def test_a_range_yields_to_the_heading_dispatch_inside(resources: Resources) -> None:
    body = ("Telegram No. 6/BK\nSent from Beijing 2-1-1965 16:00\n"
            "Received in Hanoi 2-1-1965 21:30\n" + _BODY + "PUZANOV\n")
    facts = text_facts(_page("December 29, 1964 - January 2, 1965", body), resources)
    assert facts["date"] == "1965-01-02"
