"""Rules from the held misses of the newest blind samples (cables37, wc38, other35), written
as families. A Cablegate page as an archive snapshot keeps it (the site's help box
`Understanding cables` / `Discussing cables`, the browse menus' alphabet rows, the side bar)
drops that chrome as furniture; its reference table copied with spaces for tabs is read as
the tab-separated one; the raw routing header's unclassified security line (`ZNR UUUUU ZZH`)
is routing; the banner `Viewing cable 06OTTAWA2615, SUBJECT` gives the subject as title
(naming no parties) and the reference id as identifier, whose number is the telegram's when
no heading line gives one. A cable heading a document host flattened onto one line from its
date-time group (`P R 281848Z DEC 66 FM ... TO ...`) is cut into its lines. A telegram's
number, day and post on one line (`No. 56 349 23 August 1969, Beijing`) give its number
and place; a title naming the `Conversation of` its parties is a record of conversation;
a place line over a record's first turn (`White House` / `GORBACHEV One has ...`) is where
it was held. A quotation in brackets closing a catalogue's title (`MT message to Haig
(1540Z) ["... from the MEZ"]`) names no party. Register (data, no code): the German Foreign
Office's and the Ottoman government's men of 1914-1918 and the German names of countries
and of Constantinople, Thatcher's ministers as her catalogue lists them. Each is tried on
at least one invented layout unlike the samples'."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_HELP_BOX = (
    "Understanding cables\nEvery cable message consists of three parts:\n"
    "  • The top box shows each cables unique reference number, when and by whom it "
    "originally was sent, and what its initial classification was.\n"
    "  • The middle box contains the header information that is associated with the cable. "
    "It includes information about the receiver(s) as well as a general subject.\n"
    "  • The bottom box presents the body of the cable. The opening can contain a more "
    "specific subject.\n"
    "To understand the justification used for the classification of each cable, please use "
    "this WikiSource article as reference.\n\nDiscussing cables\n"
    "If you find meaningful or important information in a cable, please link directly to its "
    "unique reference number. Please mark messages with the hash tags #cablegate.\n")
_MENUS = ("Keep Us Strong WikiLeaks logo\n\nCurrently released so far... 20117 / 251,287\n\n"
          "Articles\n\nBrowse latest releases\n\nBrowse by creation date\n\n"
          "Browse by origin\n\nA B C D F G H I J K L M N O P Q R S T U V W Y Z\n\n"
          "Browse by tag\n\nA B C D E F G H I J K L M N O P Q R S T U V W X Y Z\nQA\n\n"
          "Browse by classification\n\nCommunity resources\n\ncourage is contagious\n\n")


@pytest.mark.parametrize(("page", "place", "number"), [
    # an archive snapshot of the page with its menus and help box, cut in the TO line
    (f"{_MENUS}Viewing cable 07LISBON1733,\n\n{_HELP_BOX}"
     "Reference ID Created Released Classification Origin\n"
     "07LISBON1733 2007-06-14 09:12 2011-08-30 01:44 UNCLASSIFIED Embassy Lisbon\n"
     "VZCZCXRO1189\nRR RUEHAG RUEHROV\nDE RUEHLI #1733 1650912\nZNR UUUUU ZZH\n"
     "R 140912Z JUN 07\nFM AMEMBASSY LISBON\nTO R", "Lisbon", "1733"),
    # the page without menus: help box, spaced table over a classified cable with its body
    (f"Viewing cable 09ACCRA412, GHANA: NEW CABINET SWORN IN\n\n{_HELP_BOX}"
     "Reference ID Created Released Classification Origin\n"
     "09ACCRA412 2009-04-02 16:40 2011-08-30 01:44 CONFIDENTIAL//NOFORN Embassy Accra\n"
     "VZCZCXRO7781\nPP RUEHBZ\nDE RUEHAR #0412 0921640\nZNY CCCCC ZZH\n"
     "P 021640Z APR 09\nFM AMEMBASSY ACCRA\nTO RUEHC/SECSTATE WASHDC PRIORITY 7781\n"
     "BT\nC O N F I D E N T I A L ACCRA 000412\n\nSIPDIS\n\nE.O. 12958: DECL: 04/02/2019\n"
     "TAGS: PGOV, GH\nSUBJECT: GHANA: NEW CABINET SWORN IN\n\n"
     "1. (C) The President swore in eleven ministers on the first of the month.\n",
     "Accra", "000412"),
])
def test_a_cablegate_page_as_an_archive_snapshot_keeps_it(page: str, place: str, number: str,
                                                          resources) -> None:
    facts = text_facts(page, resources)
    assert facts["doc_type"] == "cable"
    assert facts["place_of_origin"] == place
    assert facts["telegram_number"] == number
    assert facts["date"][:10] in ("2007-06-14", "2009-04-02")
    body = text_xml(page, resources).split("<body>")[1]
    for chrome in ("Understanding cables", "The top box", "A B C D", "courage is contagious"):
        assert chrome not in body
    assert "ZNR UUUUU" not in body or 'subtype="routing">ZNR' in body


@pytest.mark.parametrize(("page", "place", "number", "title"), [
    # a document host's copy of the page: banner, the boilerplate run into one paragraph,
    # the heading flattened onto one line from its dual precedence (no body)
    ("Viewing cable 73MANILA5120, LAND REFORM DECREE SIGNED\n\nIf you are new to these "
     "pages, please read an introduction on the structure of a cable. Reference ID Created "
     "Released Classification Origin 1973-05-09 Embassy 73MANILA5120 UNCLASSIFIED Manila\n"
     "O R 090615Z MAY 73 FM AMEMBASSY MANILA TO SECSTATE WASHDC IMMEDIATE INFO AMEMBASSY "
     "TOKYO AMEMBASSY JAKARTA CINCPAC UNCLASSIFIED MANILA 5120 Original Telegram was "
     "Unclassified ----------",
     "Manila", "5120", "LAND REFORM DECREE SIGNED"),
    # a single precedence, the classification with its section after the addressees
    ("Viewing cable 68NEWDELHI2244, DEMARCHE TO INDIA ON NUCLEAR TREATY\n\n"
     "R 221130Z FEB 68 FM AMEMBASSY NEW DELHI TO SECSTATE WASHDC 6620 INFO AMEMBASSY "
     "KARACHI AMCONSUL BOMBAY CONFIDENTIAL SECTION 1 OF 2 NEW DELHI 2244 LIMDIS REF STATE "
     "113322\n",
     "New Delhi", "2244", "DEMARCHE TO INDIA ON NUCLEAR TREATY"),
])
def test_a_cable_heading_flattened_from_its_date_time_group(page: str, place: str, number: str,
                                                            title: str, resources) -> None:
    facts = text_facts(page, resources)
    assert facts["doc_type"] == "cable"
    assert facts["place_of_origin"] == place
    assert facts["telegram_number"] == number
    assert facts["title"] == title  # the banner's subject, its reference id an identifier
    assert facts["addressee"] == []  # `DEMARCHE TO INDIA` names no addressee


@pytest.mark.parametrize(("line", "number", "place"), [
    ("No. 56 349 23 August 1969, Beijing", "56 349", "Beijing"),
    ("Nr. 71.012, 4 March 1970, Hanoi", "71.012", "Hanoi"),
    ("No. 412 March 3, 1958, Cairo", "412", "Cairo"),
])
def test_a_number_day_and_post_on_one_line(line: str, number: str, place: str,
                                           resources) -> None:
    text = ("Telegram from the Romanian Embassy to the Ministry of Foreign Affairs\n\n"
            f"{line}\n\nStrictly confidential\n\n"
            "During the reception organized yesterday, the premier sent his greetings to the "
            "leadership and stated that the government supports this course.\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == number
    assert facts["place_of_origin"] == place


@pytest.mark.parametrize(("title", "doc_type"), [
    ("Conversation of Cde. Ion Gheorghe Maurer and Cde. Zhou Enlai at the Ministry",
     "record of conversation"),
    ("Conversation of Comrade Mao Zedong with the Albanian Party Delegation",
     "record of conversation"),
    ("Memorandum of Conversation of Ambassador Bohlen with Foreign Minister Molotov",
     "memorandum"),
])
def test_a_title_naming_the_conversation_of_its_parties(title: str, doc_type: str,
                                                        resources) -> None:
    text = (f"June 21, 1971\n\n{title}\n\nNotes on the conversation held at dinner.\n\n"
            "Cde. Zhou Enlai: In our relations with certain parties, we encourage them to "
            "depend on their own resources.\n")
    assert text_facts(text, resources)["doc_type"] == doc_type


@pytest.mark.parametrize(("text", "place"), [
    # the National Security Archive's OCR view: title, date, place and turns run on
    ("Record of Conversation between Helmut Kohl and Mikhail Gorbachev 15 July 1990 "
     "Kremlin KOHL I thank you for the reception GORBACHEV We are glad to see you here "
     "and hope the talks will be useful for both our countries\n", "Kremlin"),
    # a reader's page: the place line under the date line, the turns labelled
    ("Record of Conversation between Mikhail Gorbachev and George Bush\n\nMay 31, 1990\n\n"
     "White House\n\nBUSH: Welcome to Washington, Mr. President.\n\n"
     "GORBACHEV: Thank you. We have much to discuss today.\n", "White House"),
])
def test_a_place_line_over_a_records_first_turn(text: str, place: str, resources) -> None:
    assert text_facts(text, resources)["place_of_origin"] == place


@pytest.mark.parametrize(("title", "addressee"), [
    ("Falklands: MT message to Haig (1540Z) (exclusion zone) [\"Argentina must remove her "
     "vessels from the zone\"] [declassified 2012]", ["Alexander Haig"]),
    ("Cold War: Thatcher letter to Reagan (Grenada) [“we were not consulted from the start”] "
     "[declassified 2014]", ["Ronald Reagan"]),
])
def test_a_quotation_closing_a_catalogue_title_names_no_party(title: str, addressee: list[str],
                                                              resources) -> None:
    text = (f"Archive (TNA)\n\n{title}\n\nDocument type: Declassified documents\n"
            "Source: PREM19/1234 f56\n\nThe message was approved and passed for despatch.\n")
    facts = text_facts(text, resources)
    assert facts["addressee"] == addressee
    assert not any("zone" in name or "start" in name for name in facts["sender"])


@pytest.mark.parametrize(("text", "places", "persons"), [
    # the Foreign Office's files in the German original (an edition's heading and text)
    ("Der Botschafter in Konstantinopel (Wolff-Metternich) an das Auswärtige Amt\n\n"
     "Telegramm\n\nTherapia, den 12. September 1916\n\n"
     "Heute sagte mir Enver, die Lage in Rumänien und Bulgarien sei ernst; Talaat Bey und "
     "Halil Bey teilten seine Ansicht. General von Falkenhayn sei unterrichtet.\n\n"
     "Metternich\n", ["Konstantinopel", "Rumänien", "Bulgarien"],
     ["Wolff-Metternich", "Enver", "Talaat Bey", "Halil Bey", "von Falkenhayn"]),
    # a Swiss edition's German telegram naming the powers
    ("Die Abteilung für Auswärtiges an die Gesandtschaft in Petrograd\n\n"
     "Telegramm Nr. 41 Bern, 3. Mai 1918\n\n"
     "Frankreich und Italien verlangen Auskunft; Österreich und die Türkei schweigen, "
     "Rußland hat noch nicht geantwortet.\n", ["Frankreich", "Italien", "Österreich",
                                               "Türkei", "Rußland"], []),
])
def test_german_originals_name_their_countries_and_men(text: str, places: list[str],
                                                       persons: list[str], resources) -> None:
    xml = text_xml(text, resources)
    for place in places:
        assert f">{place}</placeName>" in xml
    for person in persons:
        assert f">{person}</persName>" in xml
