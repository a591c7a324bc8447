"""Rules from the blind sample letters45 (the Moscow edition of the wartime correspondence as
ciml.250x.com and revolutionarydemocracy.org repost it, a Secretariat of State letter signed
with a bishop's cross): the edition's parties line without `Message` after its secrecy, or
naming a party by office, a comma, then by name, gives sender, addressee and title; a cross
glued to the signer's name (`+Angelo Becciu`) marks the signature; the register knows Nelson
Rockefeller's and Robert Cutler's offices of the 1950s. Tried on invented texts in two
layouts each."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

PARTIES = [
    # the ciml.250x.com printing: no `Message`, the addressee by office, comma, name
    ("Personal and Secret from Premier J. V. Stalin to the Prime Minister, Mr Winston "
     "Churchill", "Joseph Stalin", "Winston Churchill"),
    # the sender by office, comma, name and a comma before `to`
    ("Most Secret and Personal Message from the Prime Minister, Mr Winston Churchill, to "
     "Premier Stalin", "Winston Churchill", "Joseph Stalin"),
    ("Personal Message from Mr W. Churchill to Marshal Stalin", "Winston Churchill",
     "Joseph Stalin"),
]


@pytest.mark.parametrize(("heading", "sender", "addressee"), PARTIES)
def test_edition_parties_line_by_office_and_name(heading: str, sender: str, addressee: str,
                                                 resources) -> None:
    found = text_facts(f"No. 7\n\nJanuary 7, 1944\n\n{heading}\n\n"
                       "Your message of January 5 received. Thank you.\n\nJanuary 7, 1944\n",
                       resources)
    assert found["sender"] == [sender]
    assert found["addressee"] == [addressee]
    assert found["title"] == heading
    assert found["telegram_number"] is None  # `No. 7` is the edition's


SIGNATURES = {
    "third-person": "His Holiness thanks you for your good wishes.\nPlease accept my "
                    "respectful good wishes.\n+Angelo Becciu\n",
    "with-office": "Dear Archbishop,\n\nI thank you for your report.\n\nSincerely yours in "
                   "Christ,\n\n+Christophe Pierre\nApostolic Nuncio\n",
}


@pytest.mark.parametrize("layout", SIGNATURES)
def test_cross_glued_to_the_name_is_a_signature(layout: str, resources) -> None:
    found = text_facts("From the Vatican, 2 February 2015\n\n" + SIGNATURES[layout], resources)
    name = "Angelo Becciu" if layout == "third-person" else "Christophe Pierre"
    assert name in str(found["signed"])


def test_plus_before_a_figure_or_a_lower_case_word_signs_nothing(resources) -> None:
    found = text_facts("From the Vatican, 2 February 2015\n\nThe readings rose.\n+2 Degrees\n",
                       resources)
    assert "Degrees" not in str(found.get("signed") or "")


def test_surnames_in_office_of_1955(resources) -> None:
    """FRUS's telephone memoranda name the President's assistants by surname alone."""
    xml = text_xml("Washington, February 8, 1955\n\nThey agreed to ask Rockefeller, Cutler, "
                   "Streibert and AWD to lunch about 1:30.\n", resources)
    assert 'ref="#per-nelson-rockefeller"' in xml
    assert 'ref="#per-robert-cutler"' in xml


@pytest.mark.parametrize("line", ["N. 63.000", "No. 4127/19"])
def test_letter_protocol_number_with_dotted_thousands(line: str, resources) -> None:
    """A Secretariat of State letter's protocol number (`N. 63.000`, thousands dotted)."""
    found = text_facts(f"Secretariat of State\nFrom the Vatican, 2 February 2015\n{line}\n"
                       "Dear Archbishop,\n\nThe Holy Father thanks you for your good wishes.\n"
                       "\nSincerely yours,\n\n+Angelo Becciu\n", resources)
    assert found["outgoing_number"] == line.split(" ", 1)[1]
    assert found["telegram_number"] is None
    assert found["doc_type"] == "letter"


PAPAL = {
    "glued-bar": "We beg God's blessings on Your Excellency and the people of the United "
                 "States. PIUS PP. XII |\n",
    "glued": "We beg God's blessings on Your Excellency. PIUS PP. XII\n",
    "own-line": "We beg God's blessings on Your Excellency.\nPIUS PP. XII\n",
}


@pytest.mark.parametrize("layout", PAPAL)
def test_papal_latin_signature(layout: str, resources) -> None:
    found = text_facts("We are deeply appreciative of your message. " + PAPAL[layout],
                       resources)
    assert found["signed"] == "PIUS PP. XII"
    assert found["sender"] == ["Pius XII"]
    assert found["doc_type"] == "letter"


def test_pp_without_a_name_signs_nothing(resources) -> None:
    found = text_facts("The figures are on page 12 of the report. See pp. 14\n", resources)
    assert not found.get("signed")
