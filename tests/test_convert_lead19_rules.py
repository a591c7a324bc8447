"""Rules from the lead's probes of 2026-12-02 (lead19): a heading line addressing a body
without a colon is the addressee (`To the State Secretariat for Foreign Affairs, Belgrade`),
not an internal routing line; the dispatch and the receipt on one dateline (`Moscow, sent
14.VII.1957 at 18.30, received 15.VII.1957 at 02.10`); `Dispatched to:` is distribution."""

from __future__ import annotations

import pytest
from lxml import etree

from tests.cases import text_facts, text_xml
from tests.tei_facts import xp

CABLE = ("TELEGRAM\n{dateline}\nNo. 612\n\n{address}\n\nToday I was received by Comrade "
         "Gromyko, who spoke of the talks on the Danube.\n\nAmbassador\nMićunović\n\n{tail}")
DATELINE = "Moscow, 14 July 1957"


def tei(text: str, resources) -> etree._Element:
    return etree.fromstring(text_xml(text, resources).encode())


@pytest.mark.parametrize(("address", "org"), [
    ("To the State Secretariat for Foreign Affairs, Belgrade",
     "org-federal-secretariat-for-foreign-affairs-of-yugoslavia"),
    ("To the Ministry of External Affairs, New Delhi", "org-ministry-of-external-affairs"),
    ("To the Ministry for Foreign Affairs, Helsinki",
     "org-ministry-for-foreign-affairs-of-finland"),
])
def test_a_heading_line_addressing_a_body_is_the_addressee(address, org, resources) -> None:
    root = tei(CABLE.format(dateline=DATELINE, address=address, tail=""), resources)
    received = xp(root, "//tei:correspAction[@type='received']/tei:orgName/@ref")
    assert received == [f"#{org}"]
    assert xp(root, "//tei:ab[@subtype='addressee']")


def test_an_embassy_addressed_by_its_state_s_initials_is_the_addressee(resources) -> None:
    root = tei(CABLE.format(dateline=DATELINE, address="To the Embassy of the RPR in Moscow",
                                 tail=""), resources)
    assert xp(root, "string(//tei:correspAction[@type='received']/tei:roleName)") == \
        "Embassy of the RPR in Moscow"


@pytest.mark.parametrize("line", [
    "To the Ministry's surprise, the talks on the Danube were put off",
    "To the Embassy we sent a note on the Danube talks",
])
def test_a_sentence_opening_with_a_body_is_no_addressee(line, resources) -> None:
    root = tei(CABLE.format(dateline=DATELINE, address=line, tail=""), resources)
    assert not xp(root, "//tei:correspAction[@type='received']")


def test_an_internal_unit_stays_a_routing_line(resources) -> None:
    root = tei(CABLE.format(dateline=DATELINE, address="to the IV Unit OS VKP(b) CC",
                                 tail=""), resources)
    assert not xp(root, "//tei:correspAction[@type='received']")


@pytest.mark.parametrize(("dateline", "sent", "received"), [
    ("Moscow, sent 14.VII.1957 at 18.30, received 15.VII.1957 at 02.10",
     "1957-07-14", "1957-07-15T02:10"),
    ("Sent from Cairo, 3.4.1958, 11.20, received 3.4.1958, 16.05", "1958-04-03",
     "1958-04-03T16:05"),
    ("Peking, dispatched 2 May 1960, received 3 May 1960", "1960-05-02", "1960-05-03"),
])
def test_dispatch_and_receipt_on_one_dateline(dateline, sent, received, resources) -> None:
    facts = text_facts(CABLE.format(dateline=dateline, address="", tail=""), resources)
    assert (facts["date"], facts["date_received"]) == (sent, received)


@pytest.mark.parametrize("label", ["Dispatched to:", "Despatched to:", "Dostavljeno:"])
def test_the_leaders_sent_a_copy_are_distribution(label, resources) -> None:
    root = tei(CABLE.format(dateline=DATELINE, address="",
                                 tail=f"{label} Kardelj, Ranković, Koča Popović\n"), resources)
    line = xp(root, "//tei:ab[@subtype='distribution']")
    assert len(line) == 1 and "Kardelj" in "".join(line[0].itertext())


CAPITALS = ("FM AMEMBASSY NEW DELHI\nTO SECSTATE WASHDC 4412\n\n1. {sentence}\n\n"
            "2. GALBRAITH SAW THE PRIME MINISTER TODAY.\n\nGALBRAITH\n")


@pytest.mark.parametrize("sentence", [
    "PRIME MINISTER WILL WRITE TO THE PRESIDENT SEPARATELY.",
    "AMBASSADOR SHORTLY LEAVES FOR LADAKH.",
    "FOREIGN MINISTER PERSONALLY ASSURED ME OF IT.",
    "PRESIDENT HOPES THE AIRLIFT CONTINUES.",
    "SECRETARY REPLIED THAT HE WOULD CONSIDER IT.",
    "VIET CONG PLANS FOR A SECOND WAVE OF ATTACKS ON SAIGON.",
])
def test_a_verb_or_adverb_after_a_title_in_capitals_is_no_name(sentence, resources) -> None:
    root = tei(CAPITALS.format(sentence=sentence), resources)
    assert {ref.removeprefix("#per-") for ref in xp(root, "//tei:persName/@ref")} == \
        {"john-kenneth-galbraith"}


def test_an_adverb_before_a_speaker_is_left_out_of_the_name(resources) -> None:
    text = "Moscow, 3 March 1958\n\nRecently Kuznetsov said to me that a way out would be found.\n"
    root = tei(text, resources)
    assert xp(root, "string(//tei:body//tei:persName)") == "Kuznetsov"


@pytest.mark.parametrize(("text", "person"), [
    ("New Delhi, 12 January 1963\n\nAmbassador Nehru told me that the airlift had arrived.\n",
     "per-b-k-nehru"),
    ("FM AMEMBASSY NEW DELHI\nTO SECSTATE WASHDC 4412\n\n1. AMBASSADOR NEHRU CALLED TODAY.\n",
     "per-b-k-nehru"),
    ("New Delhi, 12 January 1963\n\nPrime Minister Nehru told me that the airlift had "
     "arrived.\n", "per-jawaharlal-nehru"),
])
def test_a_surname_after_a_post_is_the_register_person_who_held_it(text, person,
                                                                    resources) -> None:
    assert xp(tei(text, resources), "//tei:body//tei:persName/@ref") == [f"#{person}"]


def test_a_surname_after_a_post_no_register_namesake_held_is_local(resources) -> None:
    text = "Moscow, 3 March 1958\n\nI met Ambassador Khrushchev of the Soviet delegation.\n"
    root = tei(text, resources)
    assert xp(root, "//tei:body//tei:persName/@ref") == ["#per-khrushchev"]


@pytest.mark.parametrize(("line", "number", "date"), [
    ("NO. 17/63  12 JANUARY 1963", "17/63", "1963-01-12"),
    ("No. 2214, 3 May 1960", "2214", "1960-05-03"),
    ("No. 88, March 4, 1958", "88", "1958-03-04"),
])
def test_a_number_line_with_its_date(line, number, date, resources) -> None:
    text = (f"TELEX\nMEA NEW DELHI\nTO: INDEMBASSY WASHINGTON\n{line}\n\n"
            "PLEASE CONVEY OUR THANKS FOR THE AIRLIFT.\n\nDESAI\n")
    facts = text_facts(text, resources)
    assert (facts["telegram_number"], facts["date"]) == (number, date)


@pytest.mark.parametrize(("text", "person"), [
    ("Washington, October 23, 1962\n\nAttorney General Kennedy opened the meeting.\n",
     "per-robert-f-kennedy"),
    ("Washington, October 23, 1962\n\nPresent: Secretary McNamara, Attorney General Kennedy, "
     "Mr. McCone\n\nThe meeting began at ten.\n", "per-robert-f-kennedy"),
    ("Washington, October 23, 1962\n\nPresident Kennedy opened the meeting.\n",
     "per-john-f-kennedy"),
    ("London, March 3, 1939\n\nAmbassador Kennedy called on the Prime Minister.\n",
     "per-joseph-p-kennedy"),
    ("Moscow, 28 October 1962\n\nKHRUSHCHEV MESSAGE TO KENNEDY\n\nThe message was sent.\n",
     "per-john-f-kennedy"),
])
def test_a_surname_after_an_office_is_the_namesake_who_held_it(text, person, resources) -> None:
    refs = xp(tei(text, resources), "//tei:body//tei:persName/@ref")
    assert f"#{person}" in refs
    assert not {"#per-robert-f-kennedy", "#per-john-f-kennedy",
                "#per-joseph-p-kennedy"} - {f"#{person}"} & set(refs)


@pytest.mark.parametrize("heading", [
    "124. Paper Prepared in the Policy Planning Staff1",
    "57. National Intelligence Estimate1",
    "12. Study Prepared by the Joint Chiefs of Staff1",
])
def test_a_frus_paper_or_estimate_is_a_report(heading, resources) -> None:
    text = (f"{heading}\n\nWashington, June 12, 1958.\n\nUNITED STATES POLICY TOWARD CHINA\n\n"
            "1. The regime is firmly established on the mainland.\n\n"
            "2. Its hostility to the United States is fundamental.\n\n"
            "1 Source: Department of State, S/P Files: Lot 67 D 548, China. Secret.\n")
    facts = text_facts(text, resources)
    assert (facts["doc_type"], facts["title"]) == ("report", heading.split(". ", 1)[1][:-1])
    assert facts["numbered_points"] == 2


BOOK_PAGE = ("{above}\n\nCiphered Telegram from Soviet Ambassador in Beijing P. Yudin to Moscow, "
             "26 October 1956\n\nTOP SECRET\nCopy No. 2\n\nFrom Beijing\nReceived 26.10.56 at "
             "18:40\n\nToday I was received by Mao Zedong at his request.\n\n26.X.56 P. YUDIN\n")


@pytest.mark.parametrize("above", [
    "Cold War International History Project Bulletin, Issue 8-9 - Page 244",
    "books.google.com › books",
    "Sino-Soviet Relations Collection",
])
def test_a_host_line_over_a_title_naming_form_and_parties(above, resources) -> None:
    facts = text_facts(BOOK_PAGE.format(above=above), resources)
    assert facts["title"].startswith("Ciphered Telegram from Soviet Ambassador")
    assert (facts["place_of_origin"], facts["date_received"]) == ("Beijing", "1956-10-26T18:40")


def test_an_archival_reference_over_such_a_title_stays_the_shelfmark(resources) -> None:
    facts = text_facts(BOOK_PAGE.format(above="PRC FMA 109-00871-03, 12-14"), resources)
    assert facts["archive_idno"] == "109-00871-03, 12-14"


FRONT_MATTER = ("---\ntitle: Cablegram, Beasley to Evatt\ndate: 1947-12-17\nlayout: document\n"
                "---\n\nLondon, 17 December 1947\n\nNo. 346\n\nThe Prime Minister will see "
                "you on Friday.\n\nBEASLEY\n")


@pytest.mark.parametrize("space", ["\u00a0", "\u202f"])
def test_no_break_spaces_read_as_spaces(space, resources) -> None:
    plain = text_facts(FRONT_MATTER, resources)
    spaced = text_facts(FRONT_MATTER.replace(": ", f":{space}").replace(" 1947", f"{space}1947"),
                        resources)
    assert spaced == plain
    assert (plain["title"], plain["date"]) == ("Cablegram, Beasley to Evatt", "1947-12-17")


@pytest.mark.parametrize(("source", "heading", "title", "date"), [
    ("Eisenhower Library, Eisenhower papers, Whitman file",
     "Memorandum of Discussion at the 231st Meeting of the National Security Council, "
     "Thursday, January 6, 19551",
     "Memorandum of Discussion at the 231st Meeting of the National Security Council, "
     "Thursday, January 6, 1955", "1955-01-06"),
    ("Truman Library, Truman papers, PSF–Subject file",
     "Memorandum by the Secretary of State to the President, March 3, 19522",
     "Memorandum by the Secretary of State to the President, March 3, 1952", "1952-03-03"),
])
def test_a_print_volume_page_with_its_library_file_and_unnumbered_heading(
        source, heading, title, date, resources) -> None:
    text = (f"{source}\n{heading}\nTop Secret\nPresent were the President and the Secretary "
            "of State.\n1. The Council discussed the budget.\n2. The President closed the "
            "meeting.\n")
    facts = text_facts(text, resources)
    assert (facts["title"], facts["date"], facts["archive_idno"]) == (title, date, source)


def test_such_a_heading_without_its_note_anchor_is_no_frus_heading(resources) -> None:
    text = ("Letter to G. V. Chicherin, March 14, 1922\n\nComrade Chicherin,\n\nThe delegation "
            "leaves tomorrow.\n\nLenin\n")
    assert text_facts(text, resources)["archive_idno"] is None
