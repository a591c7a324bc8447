"""Rules from the lead's probe of a Czech ministry's report under its archive's citation
(lead90), a layout none of the real pages had:

- a Czech or Slovak archive's reference with its box as `ka.` (`ABS, fond A 2/1, inv. j.
  1234, ka. 17`), or a fonds with no unit after it (`ABS, fond A 2/1`), is the archival
  reference (table `archival-reference`, letters79's row of the Czech sigla); so is a fonds
  line without the sigla whose last unit is a Czech one (`Fond A 2/1, inv. j. 1234, ka.
  17`: lead42's fonds row). Unread, such a line over a translator's line was taken as the
  text's first heading, and the ministry's heading under it (letterhead, dateline,
  reference, classification, addressee) as paragraphs: no date, no addressee, a letter.
"""

from __future__ import annotations

import pytest

from tei.convert import Resources
from tests.cases import text_facts

REPORT = ("Ministry of the Interior\nCzechoslovak Socialist Republic\nBrno, 2 April 1969\n"
          "Ref. No. OS-00977/69\nSECRET\nCopy No. 1\n\nTo Comrade Jan Pelnář\n"
          "Minister of the Interior\n\nReport on the exchange of liaison officers\n\n"
          "The liaison officers of the district departments met on 28 March. No incidents "
          "were recorded.\n\nMaj. K. Dvořák\nHead of the Department\n")
TRANSLATOR = "Translated from the Czech by the editors.\n"


@pytest.mark.parametrize("citation", [
    "ABS, fond A 2/7, inv. j. 5521, ka. 31",
    "ABS, fond A 2/7",
    "Fond A 2/7, inv. j. 5521, ka. 31",
    "Fond Předsednictvo ÚV KSČ, sv. 112, a. j. 201",
])
def test_a_czech_reference_over_a_translator_line_leaves_the_heading_read(
        citation: str, resources: Resources) -> None:
    found = text_facts(f"{citation}\n{TRANSLATOR}\n{REPORT}", resources)
    assert found["date"] == "1969-04-02"
    assert found["doc_type"] == "report"
    assert found["title"] == "Report on the exchange of liaison officers"
    assert found["archive_idno"] and citation.endswith(str(found["archive_idno"]))


def test_the_czech_box_abbreviation_ends_the_reference(resources: Resources) -> None:
    found = text_facts(f"ABS, fond A 2/7, inv. j. 5521, ka. 31\n\n{REPORT}", resources)
    assert found["repository"] == "ABS"
    assert found["archive_idno"] == "fond A 2/7, inv. j. 5521, ka. 31"
