"""Rules found on invented layouts (lead18): letters naming their addressee by a style or
courtesy title over name, office and seat (inside and foot addresses), a seat between a
letterhead and the date, and a British telegram's number line carrying its
secrecy, precedence and method words (`No. 612. Confidential. Priority.`)."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_HEAD = "Sir E. Grey to Sir G. Buchanan.\n\nForeign Office, July 28, 1914.\n\n"
_TEXT = ("I have received your telegram of yesterday. The Russian Government should be told "
         "that we cannot give any undertaking at present.\n\nGREY.\n")


@pytest.mark.parametrize(("line", "number"), [
    ("No. 612. Confidential. Priority.", "612"),
    ("No. 88. Cypher. Most Immediate.", "88"),
    ("No. 4. Top Secret. Emergency.", "4"),
    ("No. 612.", "612")])
def test_a_number_line_with_precedence_words_gives_the_number(line, number, resources) -> None:
    facts = text_facts(f"{_HEAD}{line}\n\n{_TEXT}", resources)
    assert (facts["telegram_number"], facts["date"]) == (number, "1914-07-28")


def test_a_paragraph_opening_with_a_number_is_no_number_line(resources) -> None:
    """Words after the number that are no secrecy or precedence keep the line text (the
    number opening a telegram's text is its number: leftover24's `message-number` row,
    `No. 211. Minister for Foreign Affairs informed me ...`)."""
    text = f"{_HEAD}No. 612. Confidential papers went by bag today.\n\n{_TEXT}"
    assert "<p>No. 612. Confidential papers went by bag today.</p>" in text_xml(text, resources)


_LETTER = ("Dear Mr. Secretary:\n\nI had a long talk this morning with Chancellor Adenauer.\n\n"
           "Sincerely yours,\n\nWalter C. Dowling\n")


@pytest.mark.parametrize("address", [
    "The Honorable\nDean Rusk\nSecretary of State\nWashington, D.C.",
    "Mr. Dean Rusk\nSecretary of State\nWashington",
    "The Honorable Dean Rusk,\nSecretary of State,\nWashington."])
def test_an_inside_address_over_the_salutation_is_the_addressee(address, resources) -> None:
    """The name under a style or after a courtesy title is the addressee's, never the
    heading's sender (the British print's `Mr. Hutchison` row)."""
    facts = text_facts(f"Bonn, March 3, 1961\n\n{address}\n\n{_LETTER}", resources)
    assert (facts["sender"], facts["addressee"], facts["doc_type"]) == (
        ["Walter C. Dowling"], ["Dean Rusk"], "letter")


def test_an_inside_address_opening_the_text_is_no_heading(resources) -> None:
    text = ("His Excellency\nMr. Andrei A. Gromyko\nMinister of Foreign Affairs of the USSR\n"
            f"Moscow\n\n{_LETTER}")
    assert text_facts(text, resources)["addressee"] == ["Andrei Gromyko"]


def test_a_styled_line_without_salutation_under_it_is_no_address(resources) -> None:
    """Short lines that end in no salutation stay what they were."""
    text = "His Excellency\nMr. Andrei A. Gromyko\n\nI had a long talk with him today.\n\nDOWLING\n"
    assert text_facts(text, resources)["addressee"] == []


def test_a_style_alone_at_the_foot_opens_the_foot_address(resources) -> None:
    text = (f"Bonn, March 3, 1961\n\n{_LETTER}\nThe Honorable\nDean Rusk,\nSecretary of State,\n"
            "Washington.\n")
    xml = text_xml(text, resources)
    facts = text_facts(text, resources)
    assert (facts["sender"], facts["addressee"]) == (["Walter C. Dowling"], ["Dean Rusk"])
    assert "per-honorable" not in xml and 'subtype="processing"' not in xml


@pytest.mark.parametrize(("seat", "place"), [
    ("Bad Godesberg, Germany", "Bad Godesberg"), ("Bonn", "Bonn"), ("Bonn, Germany", "Bonn")])
def test_a_seat_between_letterhead_and_date_is_the_place_of_origin(seat, place, resources) -> None:
    text = f"AMERICAN EMBASSY\n{seat}\nOctober 9, 1956\n\n{_LETTER}"
    assert text_facts(text, resources)["place_of_origin"] == place


def test_a_person_by_his_honorific_in_a_heading_names_no_place(resources) -> None:
    text = f"AMERICAN EMBASSY\nMr. Smith\nOctober 9, 1956\n\n{_LETTER}"
    assert text_facts(text, resources)["place_of_origin"] is None


@pytest.mark.parametrize(("address", "place"), [
    ("10 Downing Street,\nWhitehall.\n", "Downing Street"),
    ("British Embassy,\nWashington, D.C.\n", "Washington"), ("", None)])
def test_a_date_alone_over_the_salutation_under_the_writers_address(address, place,
                                                                     resources) -> None:
    """`10 Downing Street,` / `Whitehall.` / `12th March, 1957.` / `My dear Mr. President,`:
    the date is the opening dateline, the address's last place line where it was written, a
    seat of government before its street (letters42: Downing Street, in London)."""
    text = (f"{address}12th March, 1957.\n\nMy dear Mr. President,\n\nThank you for your "
            "letter of March 8 about Bermuda.\n\nYours ever,\n\nHarold Macmillan\n")
    facts = text_facts(text, resources)
    assert (facts["date"], facts["place_of_origin"]) == ("1957-03-12", place)


def test_a_cabinet_officers_letterhead_over_its_seat(resources) -> None:
    text = ("THE SECRETARY OF STATE\nWASHINGTON\n\nSECRET\n\nMarch 3, 1962\n\nMEMORANDUM FOR THE "
            "PRESIDENT\n\nSubject: Berlin Negotiations\n\nI attach a paper on the position we "
            "might take with Gromyko at Geneva.\n\nDean Rusk\n")
    facts = text_facts(text, resources)
    assert (facts["place_of_origin"], facts["sender"]) == ("Washington", ["Dean Rusk"])


@pytest.mark.parametrize("symbol", ["EUR", "S/P", "NEA", "INR"])
def test_a_bureau_symbol_before_the_senders_name_is_no_place(symbol, resources) -> None:
    text = (f"MEMORANDUM\n\nTO: The Secretary\nFROM: {symbol} - Foy D. Kohler\nDATE: March 3, "
            "1962\nSUBJECT: Talks with Ambassador Dobrynin\n\nAmbassador Dobrynin called on me "
            "this morning at his request.\n")
    facts = text_facts(text, resources)
    assert (facts["place_of_origin"], facts["sender"]) == (None, ["Foy D. Kohler"])


@pytest.mark.parametrize("name", ["Andrei Andreyevich Gromyko", "Leonid Ilyich Brezhnev"])
def test_a_name_and_patronymic_before_the_surname_is_one_name(name, resources) -> None:
    """The register's `name-and-patronymic` form and the surname side by side: one
    `persName`, not two of the same person."""
    xml = text_xml(f"Moscow, March 3, 1962\n\nToday I met {name} at the Kremlin.\n\nKOHLER\n",
                   resources)
    assert f">{name}</persName>" in xml


@pytest.mark.parametrize(("office", "signed"), [
    ("Department of State,", "Department of State,"), ("British Embassy,", "British Embassy,")])
def test_a_notes_office_over_its_closing_dateline_is_in_the_closer(office, signed,
                                                                  resources) -> None:
    """An aide-mémoire's or note's office closed by a comma over its dateline signs it (a
    register body is the sender)."""
    text = ("AIDE-MEMOIRE\n\nThe Government of the United Kingdom have considered with care the "
            "proposals made on 14 February 1958.\n\nThey are ready to discuss these proposals at "
            f"the next meeting of the Council.\n\n{office}\nBonn, 3 March 1958.\n")
    facts = text_facts(text, resources)
    assert (facts["signed"], facts["place_of_origin"], facts["date"]) == (
        signed, "Bonn", "1958-03-03")


def test_a_styled_inside_address_naming_an_office_gives_it_as_the_addressee(resources) -> None:
    """A US despatch's `The Honorable` / `The Secretary of State,` / `Washington.` over
    `Sir:`: the office, as a role (no person is named)."""
    text = ("No. 1245                                   Moscow, March 3, 1949\n\nSUBJECT: Soviet "
            "press on the Atlantic Pact\n\nThe Honorable\nThe Secretary of State,\nWashington.\n\n"
            "Sir:\n\nI have the honor to report that the Soviet press today published a long "
            "article.\n\nRespectfully yours,\n\nFor the Ambassador:\n\nFoy D. Kohler\nCounselor "
            "of Embassy\n")
    xml = text_xml(text, resources)
    assert '<correspAction type="received">\n          <roleName>Secretary of State</roleName>' \
        in xml


def test_a_head_of_states_office_at_a_letters_foot_is_the_addressee(resources) -> None:
    text = ("10 Downing Street,\nWhitehall.\n\n12th March, 1957.\n\nMy dear Mr. President,\n\n"
            "Thank you for your letter of March 8 about Bermuda.\n\nYours ever,\n\nHarold "
            "Macmillan\n\nThe President of the United States of America.\n")
    xml = text_xml(text, resources)
    assert "<addrLine>The President of the" in xml and 'subtype="processing"' not in xml


def test_the_atlantic_pact_is_the_alliance_not_the_ocean(resources) -> None:
    xml = text_xml("Moscow, March 3, 1949\n\nThe press attacked the Atlantic Pact today.\n\n"
                   "KOHLER\n", resources)
    assert '<orgName ref="#org-nato">' in xml


@pytest.mark.parametrize(("line", "addressee"), [
    ("To the State Secretary, Comrade Koča Popović", ["Koča Popović"]),
    ("To Foreign Minister Fujiyama", ["Aiichiro Fujiyama"]),
    ("To the Minister of Foreign Affairs", [])])
def test_a_cable_line_naming_its_addressee_by_office_and_name(line, addressee,
                                                             resources) -> None:
    """Without a colon; the office alone names no one here (under it, a `Comrade X` line
    would make an inside address)."""
    text = (f"STRICTLY CONFIDENTIAL\nNo. 4117\n\nTelegram from New Delhi, sent 14.XI.1962 at "
            f"18.30\n\n{line}\n\nI was received today by Prime Minister Nehru.\n\nAmbassador\n"
            "Jože Brilej\n")
    assert text_facts(text, resources)["addressee"] == addressee
