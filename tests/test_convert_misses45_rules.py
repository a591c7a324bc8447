"""Rules of misses45 (layouts earlier OCR and cable samples missed).

- A fax cover sheet (`Facsimile Cover Sheet`, `FAX TRANSMITTAL`) over the document it
  carries: its name and its fields (each party's company, phone and fax, the page count, the
  comments box) are lines of the heading, so its `From:`, `To:` and `Date:` under them are
  read as the transmission's sender, addressee and date.
"""

from __future__ import annotations

import re

import pytest

from tests.cases import text_facts, text_xml

_COVER = ("{name}\n\nTo: Anne Keller\nCompany: Office of the Legal Adviser\nPhone: 202-555-0143\n"
          "Fax: 202-555-0187\n\nFrom: Paul Hargreave\nCompany: Bureau of Oceans\n"
          "Phone: 202-555-0110\n\nDate: 3 June 1998\n\n{pages}\n\nComments:\n\n"
          "Please see the enclosed draft of the reply to the embassy before Friday.\n")


@pytest.mark.parametrize("name, pages", [
    ("Facsimile Cover Sheet", "Pages including this cover page: 3"),
    ("FAX TRANSMITTAL", "Number of pages (including cover): 3"),
    ("Fax Cover Page", "Total pages: 3"),
])
def test_fax_cover_sheet_fields_are_the_heading(name: str, pages: str, resources) -> None:
    text = _COVER.format(name=name, pages=pages)
    found = text_facts(text, resources)
    assert found["sender"] == ["Paul Hargreave"]
    assert found["addressee"] == ["Anne Keller"]
    assert found["date"] == "1998-06-03"
    xml = text_xml(text, resources)
    assert f'<ab type="registry" subtype="document-type">{name}</ab>' in xml
    assert re.search(r'<ab type="registry" subtype="other">-?Company: Bureau of Oceans', xml)
    assert f'<ab type="registry" subtype="other">{pages}</ab>' in xml
    assert "<head>" not in xml


def test_an_ocr_dash_before_a_cover_sheet_label(resources) -> None:
    text = _COVER.format(name="Facsimile Cover Sheet", pages="Pages: 3").replace(
        "Company: Bureau", "-Company: Bureau")
    assert text_facts(text, resources)["date"] == "1998-06-03"


def test_phone_line_in_prose_is_no_heading(resources) -> None:
    text = ("Dear Mr. Hargreave,\n\nPhone: the embassy's line was cut this morning, so I write.\n\n"
            "Yours sincerely,\n\nAnne Keller\n")
    xml = text_xml(text, resources)
    assert 'subtype="heading"' not in xml
