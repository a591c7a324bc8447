"""Family rules of printed editions of documents (the Kautsky edition, British Documents):
a dateline whose closing stop carries a note marker, a telegram addressed by the
addressee's style and seat, and an edition's `No. N` over the next document's title."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert import convert_text
from tests.tei_facts import signed, when_sent, xp

_TEXT = "Please inform the Minister at once that we accept the proposal.\n\n"


def _root(text: str, resources) -> etree._Element:
    return etree.fromstring(convert_text(text, "t", resources).xml)


@pytest.mark.parametrize("dateline", ["BERLIN, July 30, 1914.3", "Vienna, July 30, 1914.*",
                                      "PETERHOF, PALACE, July 30, 1914.12"])
def test_a_dateline_with_a_note_marker_after_its_stop(dateline: str, resources) -> None:
    root = _root(f"The Chancellor to the Ambassador at Rome\n\n{dateline}\n\n{_TEXT}JAGOW.\n",
                 resources)
    assert when_sent(root) == "1914-07-30"
    assert xp(root, "count(//tei:opener/tei:dateline)") == 1


@pytest.mark.parametrize("address", ["HIS MAJESTY THE KING, Bucharest.",
                                     "To His Excellency the Minister for Foreign Affairs, Sofia"])
def test_an_address_by_style_and_seat_over_the_dateline(address: str, resources) -> None:
    root = _root(f"The Emperor to the King\n\n{address}\n\nBERLIN, July 31, 1914.\n\n{_TEXT}"
                 "WILHELM.\n", resources)
    assert " ".join(xp(root, "string(//tei:opener/tei:address)").split()) == address
    assert when_sent(root) == "1914-07-31"


def test_the_next_numbered_document_of_the_page_is_an_attachment(resources) -> None:
    root = _root(f"The Chancellor to the Ambassador at Rome\n\nBERLIN, July 30, 1914.\n\n{_TEXT}"
                 "JAGOW.\n\nNo. 414\n\nThe Ambassador at Rome to the Foreign Office\n\n"
                 "ROME, July 31, 1914.\n\nThe Marquis received me this morning.\n\nFLOTOW.\n",
                 resources)
    assert signed(root) == "JAGOW."
    assert xp(root, "string(//tei:div[@type='attachment']/tei:head)") == "No. 414"


def test_a_number_under_the_signature_without_a_title_is_no_next_document(resources) -> None:
    root = _root(f"The Chancellor to the Ambassador at Rome\n\nBERLIN, July 30, 1914.\n\n{_TEXT}"
                 "JAGOW.\n\nNo. 414\n", resources)
    assert not xp(root, "//tei:div[@type='attachment']")


@pytest.mark.parametrize("number", ["Nr. 214", "No. 214", "№ 214", "214."])
@pytest.mark.parametrize("heading", [
    "Botschafter von Walther, Moskau, an das Auswärtige Amt",
    "Ambassador Reinbeck, Moscow, to the Foreign Office"])
def test_an_editions_number_alone_over_a_parties_heading_leaves_the_title(
        number: str, heading: str, resources) -> None:
    """The edition's number at the top is the page's text; the heading under it naming both
    parties, no form, is the title, as it is at the top."""
    root = _root(f"{number}\n\n{heading}\n\nFernschreiben Nr. 1422\n18. Juni 1967\n\n"
                 f"{_TEXT}Walther\n", resources)
    assert "".join(xp(root, "//tei:titleStmt/tei:title[@type='main']")[0].itertext()) == heading
