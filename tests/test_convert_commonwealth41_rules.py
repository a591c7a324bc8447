"""Rules for British, Commonwealth and Indian telegrams as editions and sites publish them
(commonwealth41), each tried on invented texts:

- a Foreign Office telegram whose `D.` and `R.` lines lost their letters (the Wilson
  Center's pages): the second clock over a dateline is the receipt, the next day when the
  clock is after midnight; one pair alone is the despatch only;
- a dateline's comma glued to its year (`4th March,1946`) is a whole date;
- a page's title repeated under a date code set off by a space is the title's, once;
- a day without its year in the text takes the page title's year;
- a numbered routing line (`1. For X from Y.`, `1. FOLLOWING FOR MR X FROM GENERAL Y.`)
  names the parties and keeps its number;
- a title's parties end before `dated ...`;
- `Muslim` before a verb of speech is no speaker;
- a form's dotted fill line is no omission, a short line of stops still is;
- the Pacific islands of New Zealand's war documents (`the Kermadecs`, `Tongatabu`).
"""

from __future__ import annotations

import re

from tests.cases import text_facts, text_xml

FO = (
    "May 9, 1951\n\n\n"
    "    The ambassador reports on his talk with the Foreign Minister. He expects a note soon.\n"
    "Telegram from Ankara to the Foreign Office\n\n\n"
    "Sir N. Charles\n\nNo. 77\n\n\n"
    "{sent_clock}\n\n9th May, 1951\n\n\n"
    "{received}"
    "I saw the Foreign Minister this morning. He told me that the Cabinet would consider "
    "the question of the straits next week.\n"
)


def test_the_second_clock_and_day_are_the_receipt(resources) -> None:
    facts = text_facts(FO.format(sent_clock="11.50 p.m.",
                                 received="1.20 a.m.\n\n10th May,1951\n\n\n"), resources)
    assert facts["date"] == "1951-05-09"
    assert facts["date_received"] == "1951-05-10T01:20"
    same_day = text_facts(FO.format(sent_clock="10.15 a.m.",
                                    received="4.35 p.m.\n\n9th May, 1951\n\n\n"), resources)
    assert same_day["date_received"] == "1951-05-09T16:35"


def test_one_clock_and_day_are_no_receipt(resources) -> None:
    facts = text_facts(FO.format(sent_clock="11.50 p.m.", received=""), resources)
    assert facts["date"] == "1951-05-09"
    assert facts["date_received"] is None


def test_a_comma_glued_to_the_year_is_a_whole_date(resources) -> None:
    dates = resources.dates
    assert dates.whole("10th May,1951") is not None
    assert dates.whole("10th May,1951").year == 1951
    assert dates.find("5 May, 12 June")[0].year is None  # no year glued to a comma


SITE = (
    "Documents\n\n"
    "Text of two telegrams from the Prime Minister of Pakistan to the Prime Minister of "
    "India dated January 4, 1948\n\n\n"
    "04011948 Text of two telegrams from the Prime Minister of Pakistan to the Prime "
    "Minister of India dated January 4, 1948\n\n"
    "1. {routing}\n\n"
    "I have your telegram of January 2nd. The population of the district which is chiefly "
    "Muslim complained to my Government of the raids.\n\n"
    "2. I shall telegraph again after the Cabinet meets.\n"
)


def test_a_numbered_routing_line_names_the_parties(resources) -> None:
    xml = text_xml(SITE.format(routing="For Jawaharlal Nehru from Liaquat Ali Khan."), resources)
    sent = re.search(r'<correspAction type="sent">(.*?)</correspAction>', xml, re.S).group(1)
    received = re.search(r'<correspAction type="received">(.*?)</correspAction>', xml,
                         re.S).group(1)
    assert "per-liaquat-ali-khan" in sent and "per-jawaharlal-nehru" in received
    assert '<div type="telegram">' in xml  # `two telegrams` in the title


def test_the_title_s_parties_end_before_dated(resources) -> None:
    xml = text_xml(SITE.format(routing="I thank you."), resources)
    assert '<roleName ref="#per-jawaharlal-nehru">Prime Minister of India</roleName>' in xml
    assert "dated January 4, 1948</roleName>" not in xml


def test_the_title_repeated_after_a_code_is_dropped_and_gives_the_year(resources) -> None:
    xml = text_xml(SITE.format(routing="For Jawaharlal Nehru from Liaquat Ali Khan."), resources)
    body = xml.split("<body>")[1]
    assert "04011948" not in body
    assert '<date when="1948-01-02">January 2nd</date>' in body


def test_a_community_s_adjective_is_no_speaker(resources) -> None:
    xml = text_xml(SITE.format(routing="For Jawaharlal Nehru from Liaquat Ali Khan."), resources)
    assert ">Muslim</persName>" not in xml


FORM = (
    "TELETYPE MESSAGE\n\n"
    "From:\n\nTHE CANADIAN HIGH COMMISSIONER IN THE UNITED KINGDOM\n\n"
    "To:\n\nTHE SECRETARY OF STATE FOR EXTERNAL AFFAIRS\n\n"
    "LONDON,\n\n"
    "Originated by.\n\n"
    "{fill}\n\n"
    "March 12th, 1952.\n\n"
    "SECRET.\n\n"
    "The Foreign Office has asked for our views on the draft.\n"
)


def test_a_form_s_fill_line_is_no_omission(resources) -> None:
    assert text_facts(FORM.format(fill="........................ ....."), resources)["gaps"] == 0
    assert text_facts(FORM.format(fill=". . . ."), resources)["gaps"] == 1


def test_the_pacific_islands_of_the_war_documents(resources) -> None:
    xml = text_xml(
        "The Prime Minister of New Zealand to the Secretary of State for Dominion Affairs\n\n"
        "8 May 1942\n\n"
        "The Government agree to the use of Tongatabu and the Kermadecs by United States "
        "forces.\n", resources)
    assert '<placeName ref="#pla-tongatapu">Tongatabu</placeName>' in xml
    assert '<placeName ref="#pla-kermadec-islands">Kermadecs</placeName>' in xml


def test_one_sentence_under_the_date_and_over_a_title_is_the_summary(resources) -> None:
    page = ("June 2, 1955\n\n\n"
            "    Nehru thanks Bulganin for the welcome the Soviet Government gave him in Moscow.\n"
            "Letter from Jawaharlal Nehru to Nikolai Bulganin\n\n\n"
            "My dear Prime Minister,\n\n"
            "I write to thank you for your kindness during my visit.\n\n"
            "Yours sincerely,\n\nJawaharlal Nehru\n")
    facts = text_facts(page, resources)
    assert facts["title"] == "Letter from Jawaharlal Nehru to Nikolai Bulganin"
    assert facts["summary"].startswith("Nehru thanks Bulganin")
    first_person = page.replace("Nehru thanks Bulganin", "I thank Bulganin")
    assert text_facts(first_person, resources)["summary"] is None


def test_a_cablegram_heading_with_the_editors_extract_note(resources) -> None:
    """(held miss) `(extract)` between the cablegram's number and its place."""
    facts = text_facts(
        "Mr J. McEwen, Minister for External Affairs, to Bruce\n\n"
        "Cablegram 31 (extracts) CANBERRA, 14 February 1940, 6.10 p.m.\n\n"
        "Reference your 22. We agree with the proposal.\n\n"
        "[AA: A981, WAR 41, i]\n", resources)
    assert facts["telegram_number"] == "31"
    assert facts["date"] == "1940-02-14"
    assert facts["place_of_origin"] == "Canberra"


def test_a_documents_site_s_letter_title_opened_by_the(resources) -> None:
    """(held miss) `The Text of Letter dated ...` is the page's title, without its code."""
    facts = text_facts(
        "Documents\n\n"
        "12011948 The Text of Letter dated January 12, 1948 from the High Commissioner for "
        "India in Karachi to the Ministry of Foreign Affairs\n\n"
        "The following message has been received for communication to the Government.\n\n"
        "2. The Government of India will reply in due course.\n", resources)
    assert facts["title"] == ("The Text of Letter dated January 12, 1948 from the High "
                              "Commissioner for India in Karachi to the Ministry of Foreign "
                              "Affairs")
