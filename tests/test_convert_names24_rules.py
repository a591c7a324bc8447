"""Rules of helper names24 on signature blocks and name shapes of older and non-Western
telegrams: an Ottoman, Persian or Egyptian name ends in its honorific (`Enver Pasha`,
`Talaat Bey`, `Mehmed Effendi`), which is part of the person's name and never a surname
alone; `Said` opens a name after a title (`the Grand Vizier Said Halim`) or before such an
honorific; the signer's office in telegraphese capitals under the signature (`MINISTER
FOREIGN AFFAIRS`) stays the closing's, and a surname of two or three capitals beside such an
office line (`YEN`, `HAY`) is the signer."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

# an invented despatch in mixed case (names24) and an invented telegram in the layout of the
# 1914 colour books (a dateline, the text, the signer)
DESPATCH = ("Despatch from the Ambassador at Constantinople to the Foreign Office\n\n"
            "Constantinople, May 3, 1913.\n\nSir,\n\nI saw Mahmud Shevket Pasha yesterday. "
            "The Pasha told me that Enver Pasha had come back and that Talaat Bey would join "
            "the Cabinet. Yusuf Effendi interpreted.\n\nI have, etc.\n\nLowther\n")
COLOUR_BOOK = ("Telegram from the Grand Vizier to the Ambassador in Berlin\n\n"
               "Constantinople, August 2, 1914.\n\nThe Grand Vizier Said Halim received the "
               "German Ambassador today. Djemal Pasha was present.\n\nGrand Vizier\nSaid Halim\n")


def _xml(text: str, resources) -> str:
    found = text_xml(text, resources)
    return found.decode() if isinstance(found, bytes) else found


@pytest.mark.parametrize(("text", "names"), [
    (DESPATCH, {"Mahmud Shevket Pasha", "Enver Pasha", "Talaat Bey", "Yusuf Effendi"}),
    (COLOUR_BOOK, {"Djemal Pasha", "Said Halim"}),
])
def test_a_name_ending_in_its_honorific_is_a_person(resources, text, names) -> None:
    xml = _xml(text, resources)
    assert all(f">{name}</persName>" in xml for name in names)


def test_the_honorific_alone_is_no_person(resources) -> None:
    xml = _xml(DESPATCH, resources)
    assert ">Pasha</persName>" not in xml
    assert "The Pasha told" in xml


@pytest.mark.parametrize("text", [
    COLOUR_BOOK,
    "Cairo, 4 March 1919.\n\nSaid Zaghlul Pasha told me he would go to Paris.\n\nCheetham\n",
    "Tehran, 9 June 1921.\n\nThe Foreign Minister Said Hassan received me today.\n\nNorman\n",
])
def test_said_opens_a_name_after_a_title_or_before_an_honorific(resources, text) -> None:
    xml = _xml(text, resources)
    assert ">Said " in xml and "<persName" in xml.split("Said ")[0][-40:]


@pytest.mark.parametrize(("text", "sender", "office"), [
    ("WASHINGTON, MARCH 3, 1900.\n\nAMERICAN AMBASSADOR,\nLONDON.\n\nYOU WILL PRESENT NOTE "
     "TODAY STOP REPLY BY CABLE.\n\nHAY\nMINISTER FOREIGN AFFAIRS\n", "John Hay",
     "MINISTER FOREIGN AFFAIRS"),
    ("GENEVA, NOVEMBER 12, 1932.\n\nWAICHIAOPU, NANKING.\n\nCOMMITTEE MET TODAY STOP AWAIT "
     "INSTRUCTIONS.\n\nCHIEF DELEGATE OF CHINA\nYEN\n", "Yen", "CHIEF DELEGATE OF"),
    ("GENEVA, NOVEMBER 12, 1932.\n\nWAICHIAOPU, NANKING.\n\nCOMMITTEE MET TODAY STOP AWAIT "
     "INSTRUCTIONS.\n\nWU\nCHIEF DELEGATE OF CHINA\n", "Wu", "CHIEF DELEGATE OF"),
])
def test_a_short_capitals_signer_beside_his_office_is_the_sender(resources, text, sender,
                                                                  office) -> None:
    found = text_facts(text, resources)
    assert found["sender"] == [sender]
    xml = _xml(text, resources)
    signed = xml.split("<signed>")[1].split("</signed>")[0]
    assert office in signed and "<persName" in signed
    assert 'subtype="processing"' not in xml
