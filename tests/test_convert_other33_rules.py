"""Rules from the misses of the other33 blind sample (Commonwealth, Irish and British editions
of 1914-1966): the DFAT volumes' `FA:` archive siglum closes a page as its reference; a
place's name after one person's honorific is a surname (`Mr. Holland`, New Zealand's Prime
Minister, not the Netherlands); dfat.gov.au's later headings open with the form in title case
(`71 Cablegram From Spender to the New Zealand Government`) and their cablegram line may
end with the first note's bracketed anchor (`21 March 1951[1]`); a note marker glued to a
dateline's year (DIFP's `4 November 19561`) is the note's, and the year is read whole; a
FlipHTML5 flip-book's banner and buttons are page furniture; a printed paper's telegram run
into one paragraph (`No. I. The Secretary of State to the Governor of New Zealand. (Sent
...) Telegram. ...`, Papers Past) is cut into its heading lines, `No. I.` (a Roman figure or
OCR's 1) being the document's number; `Roosevelt` alone is Franklin D. Roosevelt in his
presidency only. Each is tried on invented variants unlike the sample's."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml


@pytest.mark.parametrize(("reference", "repository", "shelfmark"), [
    ("[FA: A3195, 1.3511]", "FA", "A3195, 1.3511"),
    ("[FA : A1608, A41/1/6]", "FA", "A1608, A41/1/6"),
    ("[AA: A981, FRANCE 3, ii]", "AA", "A981, FRANCE 3, ii"),
])
def test_a_dfat_volume_siglum_closes_the_page_as_its_reference(
        reference: str, repository: str, shelfmark: str, resources) -> None:
    text = ("212\n\nMr J. Curtin, Prime Minister, to Mr P. Fraser, Prime Minister\n\n"
            "Cablegram 31 CANBERRA, 4 April 1941, 6.10 p.m.\n\nMOST SECRET\n\n"
            "Your telegram No. 44 [1] of 2nd April. We agree with the proposed reply.\n\n"
            f"_\n\n1 Document 207.\n\n_\n\n{reference}\n")
    found = text_facts(text, resources)
    assert (found["repository"], found["archive_idno"]) == (repository, shelfmark)
    assert found["notes"] == 1


@pytest.mark.parametrize(("text", "person", "place"), [
    ("We discussed the draft with Mr. Holland in Wellington, and he agrees with it.",
     "Holland", None),
    ("Mrs. Jordan called at the Legation in Amman this morning about the visas.",
     "Jordan", "Amman"),
    ("Dr. Chile of the Commission asked whether Peru and Chile would attend.",
     "Chile", "Peru"),
])
def test_a_place_name_after_an_honorific_is_a_surname(text: str, person: str,
                                                      place: str | None, resources) -> None:
    xml = text_xml(f"Telegram\n\nLondon, 3 May 1951\n\n{text}\n", resources)
    assert f">{person}</persName>" in xml
    assert f'">{person}</placeName>' not in xml.split(f">{person}</persName>")[0][-60:]
    if place:
        assert f">{place}</placeName>" in xml


def test_an_honorific_leaves_other_mentions_of_the_place_alone(resources) -> None:
    xml = text_xml("Telegram\n\nLondon, 3 May 1951\n\nMr. Holland will visit Holland "
                   "next week.\n", resources)
    assert ">Holland</persName>" in xml and ">Holland</placeName>" in xml


@pytest.mark.parametrize(("heading", "dateline", "title", "date", "place"), [
    ("71 Cablegram From Spender to the New Zealand Government",
     "Cablegram, Canberra, 21 March 1951[1]",
     "Cablegram From Spender to the New Zealand Government", "1951-03-21", "Canberra"),
    ("5 Extract From Dispatch 2/49 From Makin To Spender",
     "Cablegram, Washington, 23 December 1949",
     "Extract From Dispatch 2/49 From Makin To Spender", "1949-12-23", "Washington"),
    ("54 Brief For Hasluck", "Cablegram 88 LONDON, 2 May 1966[1]",
     "Brief For Hasluck", "1966-05-02", "London"),
])
def test_dfat_later_volume_heading_and_anchored_cablegram_line(
        heading: str, dateline: str, title: str, date: str, place: str, resources) -> None:
    text = (f"Skip to main content\n\nHistorical documents\n\n{heading}\n\n{dateline}\n\n"
            "SECRET\n\nWe have considered your message[2] and agree with it.\n\n"
            "1 Sent through the High Commission.\n\n2 Not printed.\n")
    found = text_facts(text, resources)
    assert (found["title"], found["date"], found["place_of_origin"]) == (title, date, place)


@pytest.mark.parametrize(("dateline", "date", "place"), [
    ("New York, 9.38pm, 4 November 19561", "1956-11-04", "New York"),
    ("London, 17 June 19521", "1952-06-17", "London"),
])
def test_a_note_marker_glued_to_the_dateline_year(dateline: str, date: str, place: str,
                                                  resources) -> None:
    text = ("No. 88 NAI DFA/5/305/14\n\nTelegram from Padraig Lynch to Eamon Quirke (Dublin)\n"
            f"(No. 3)\n\n{dateline}\n\nVote postponed until Monday. Will report.2\n\n"
            "1 Marked received in Dublin late that evening.\n\n2 See No. 90.\n\n"
            "Purchase Volumes Online\n")
    found = text_facts(text, resources)
    assert (found["date"], found["place_of_origin"], found["notes"]) == (date, place, 2)
    xml = text_xml(text, resources)
    assert '<note place="foot" n="1">' in xml


def test_a_glued_digit_without_its_note_stays_the_text(resources) -> None:
    text = ("Telegram\n\nNew York, 4 November 19561\n\nVote postponed.\n")
    assert text_facts(text, resources)["date"] != "1956-11-04"


@pytest.mark.parametrize("banner", [
    "Enjoying your free trial? Only 9 days left! Upgrade Now\nBrand-New\nDashboard lnterface\n"
    "ln the Making\nNo, try later\nGo to new dashboard\nLike\nShare\nDownload\n"
    "Create a Flipbook Now\nRead more\nRead Text Version\nMore from archivist\nP:12",
    "Home Explore Telegrams on Aden 1958-1963 - (Full Pages)\nPublications:\nFollowers:\n"
    "Follow\nP:4\nExplore more",
])
def test_fliphtml5_furniture_is_dropped(banner: str, resources) -> None:
    text = f"{banner}\n\nTelegram\n\nLondon, 3 May 1951\n\nThe mission leaves on Monday.\n"
    xml = text_xml(text, resources)
    assert "Flipbook" not in xml and "Followers" not in xml and "P:" not in xml.split("<text")[1]


@pytest.mark.parametrize(("number", "heading", "sent", "title", "date"), [
    ("No. I.", "The Secretary of State to the Governor of Fiji.",
     "(Sent 6.5 p.m., 2nd March, 1921.)", "The Secretary of State to the Governor of Fiji",
     "1921-03-02"),
    ("No. 7.", "The Governor-General to the Secretary of State.",
     "(Sent 11.20 a.m., 14th May, 1925.)",
     "The Governor-General to the Secretary of State", "1925-05-14"),
])
def test_a_printed_telegram_run_into_its_paragraph(number: str, heading: str, sent: str,
                                                   title: str, date: str, resources) -> None:
    text = (f"Page image\n\n9\n\nA.—4.\n\n{number} {heading} {sent} Telegram. "
            "[Answered by No. 8.] Your despatch of the 4th received. Ministers concur in the "
            "proposed arrangement. —Tolland.\n")
    found = text_facts(text, resources)
    assert (found["title"], found["date"], found["doc_type"]) == (title, date, "telegram")
    assert found["editorial_insertions"] == ["Answered by No. 8."]


@pytest.mark.parametrize(("year", "president"), [(1940, True), (1943, True), (1952, False)])
def test_roosevelt_alone_in_his_presidency(year: int, president: bool, resources) -> None:
    text = (f"Cablegram\n\nCanberra, 23 May {year}\n\nWe await the reply from Roosevelt "
            "before we act.\n")
    xml = text_xml(text, resources)
    assert ('ref="#per-franklin-d-roosevelt">Roosevelt<' in xml) is president


@pytest.mark.parametrize("opening", [
    "TOP-SECRET COMMISSIONER-GENERAL'S OFFICE COLONIAL SECRETARIAT INWARD CONFIDENTIAL "
    "TELEGRAM Dated To COMMISSIONER GENERAL. 3 May 1950. Received SECRET.",
    "COLONIAL OFFICE OUTWARD TELEGRAM To ADEN (Governor) Cypher Priority",
])
def test_a_british_telegram_form_run_into_its_first_paragraph(opening: str, resources) -> None:
    text = (f"{opening} Your telegram No. 141. The Minister's statement has been sent to you "
            "by bag and will reach you on Friday.\n")
    assert text_facts(text, resources)["doc_type"] == "telegram"


def test_a_paragraph_naming_an_inward_telegram_later_is_no_form(resources) -> None:
    text = ("Memorandum\n\nThe Registry keeps every INWARD and OUTWARD TELEGRAM of the "
            "Office in its own series.\n")
    assert text_facts(text, resources)["doc_type"] != "telegram"
