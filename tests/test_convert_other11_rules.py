"""Rules from the misses of the other11 blind sample (a documents edition's wartime
correspondence reposted page by page, historic Hansard pages, DFAT volume pages), each
tried on invented variants unlike the sample's."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

TEXT = "\n\nI thank you for your message about the supply routes and agree with your proposals.\n"


@pytest.mark.parametrize(("dated", "key", "when"), [
    ("Received on March 3, 1943", "date_received", "1943-03-03"),
    ("Sent on March 9, 1943", "date", "1943-03-09"),
])
def test_an_editions_message_heading_gives_parties_and_date_not_a_number(
        dated: str, key: str, when: str, resources) -> None:
    found = text_facts(f"No. 141\n\n{dated}\n\nC. R. ATTLEE TO J. V. STALIN*" + TEXT, resources)
    assert (found["sender"], found["addressee"]) == (["Clement Attlee"], ["Joseph Stalin"])
    assert found["title"] == "C. R. ATTLEE TO J. V. STALIN"
    assert found[key] == when
    assert found["telegram_number"] is None
    assert found["doc_type"] == "telegram"


def test_the_other_printing_names_the_parties_in_a_message_line(resources) -> None:
    found = text_facts("No. 206\n\nMost Secret and Personal Message from Premier Stalin to "
                       "President Roosevelt" + TEXT + "\nJuly 22, 1944\n", resources)
    assert (found["sender"], found["addressee"]) == (["Joseph Stalin"], ["Franklin D. Roosevelt"])
    assert found["title"].startswith("Most Secret and Personal Message from Premier Stalin")
    assert found["telegram_number"] is None


def test_a_number_alone_without_the_editions_parties_stays_the_telegrams(resources) -> None:
    found = text_facts("No. 141\n\nReceived on March 3, 1943" + TEXT, resources)
    assert found["telegram_number"] == "141"


def test_a_title_block_over_an_editions_fields_is_the_pages_not_the_documents(
        resources) -> None:
    xml = text_xml("Clement R. Attlee\nLetters and Messages, 1945\n\nSource : An edition, vol. 2\n"
                   "Public Domain : An archive (2031).\n\nNo. 141\n\nSent on August 2, 1945\n\n"
                   "J. V. STALIN TO C. R. ATTLEE*" + TEXT, resources)
    body = xml.split("<text", 1)[1]
    assert "Letters and Messages" not in body and "Letters and Messages" in xml
    assert "supply routes" in body


def test_hansards_link_back_to_the_sitting_is_no_signature(resources) -> None:
    found = text_facts("HC Deb 12 May 1921 vol 141 cc1020-1\n\nasked the Secretary of State "
                       "whether a reply had been received.\n\nsaid that the telegram had been "
                       "received and was being considered.\n\nBack to Commons Sitting\n",
                       resources)
    assert found["signed"] is None
    assert found["sender"] == []


def test_a_diplomat_of_the_dfat_volumes_is_known_by_his_surname(resources) -> None:
    xml = text_xml("Cablegram 88 CANBERRA, 4 March 1949, 2 p.m.\n\nPlease ask Shann to remain "
                   "in New York until the vote.\n", resources)
    assert 'ref="#per-keith-shann"' in xml


@pytest.mark.parametrize(("heading", "date", "number"), [
    ("D.O.\nCANADA\nTo the Government of Canada.\n(Sent 11.40 a.m., 2nd May, 1938.)\n"
     "No. 61. Most Secret.", "1938-05-02", "61"),
    ("To the High Commissioner for Basutoland\n(Despatched 6 p.m., 30th January, 1936)\n"
     "No. 7. Secret. Immediate.", "1936-01-30", "7"),
])
def test_a_dominions_or_colonial_office_printed_telegram_heading(heading: str, date: str,
                                                                 number: str, resources) -> None:
    found = text_facts(heading + "\nYour telegram No. 40. Agree to the course proposed.\n",
                       resources)
    assert (found["date"], found["telegram_number"], found["doc_type"]) == (date, number,
                                                                            "telegram")
    assert found["place_of_origin"] is None


def test_a_printed_telegram_flattened_on_one_line_keeps_its_heading(resources) -> None:
    found = text_facts("C.O. KENYA To the Governor of Kenya. (Despatched 2.10 p.m., 4th July, "
                       "1936) Your telegram No. 77 of 1st July. Agree with your proposals.\n",
                       resources)
    assert (found["date"], found["doc_type"], found["place_of_origin"]) == (
        "1936-07-04", "telegram", None)


CABLE = ("CONFIDENTIAL\nPAGE 01 PARIS 04417 121530Z\nO 121522Z FEB 78\nFM AMEMBASSY PARIS\n"
         "TO SECSTATE WASHDC IMMEDIATE 6021\nC O N F I D E N T I A L PARIS 04417\n"
         "E.O. 12065: GDS 2/12/84 ({officer})\nTAGS: PEPR, FR\nSUBJECT: MINISTER'S VIEWS\n"
         "1. MINISTER RECEIVED ME THIS MORNING.\n")


@pytest.mark.parametrize(("officer", "entry"), [
    ("HARTMAN, ARTHUR A.", 'ref="#per-arthur-hartman"'),
    ("KETTERING, ROLAND P.", 'ref="#per-roland-p-kettering"'),
])
def test_the_classifying_officer_of_the_eo_line_is_one_person_given_name_first(
        officer: str, entry: str, resources) -> None:
    xml = text_xml(CABLE.format(officer=officer), resources)
    assert f'{entry}>{officer}</persName>' in xml
