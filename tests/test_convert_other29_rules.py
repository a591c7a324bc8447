"""Rules found on the blind sample other29 (US and British government editions: FRUS 1900,
1914, 1917, 1931 and 1947-48 China, Japan and Korea volumes, a PlusD official-informal letter
of 1979, National Security Archive OCR, a CREST record, Historic Hansard): a FRUS point's
label set alone on its bulleted line over its text (`- (1)` / `- Rumors are ...`,
history.state.gov's ordered lists as stored) opens the point; the editors' line of the posts
a telegram was passed to under its text (`The foregoing repeated to the Consul General at
Nanking.`) is a transmission line; a cable's subject naming the letter or message it carries
(`SUBJECT: LETTER FROM AMBASSADOR MANSFIELD TO AMBASSADOR OWEN`) gives the cable's writer and
reader; a monarch's title names a post (`King George` is no prime minister whose name ends in
George); a month's name with a comma before its day (`August, 10th, 1914`) is a date."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml


@pytest.mark.parametrize(("text", "points"), [
    # the sample's layout: history.state.gov's ordered list as stored, labels in brackets
    ("793.94/2645: Telegram\nThe Minister in China (Johnson) to the Secretary of State\n"
     "Peiping, November 13, 1931—noon.\n925. The Consul General telegraphed as follows:\n"
     "- (1)\n- Rumors are persistent here of an attempt at Mukden.\n- (2)\n- The Consul "
     "General stated that troops would not be evacuated.\n- (3)\n- A report by mail "
     "follows.\n", 3),
    # lettered points under bullets of another mark (not the sample's)
    ("The Ambassador in Japan (Grew) to the Secretary of State\nTokyo, May 2, 1938—6 p.m.\n"
     "212. The Vice Minister made two points:\n• (a)\n• The Government will not close the "
     "port.\n• (b)\n• Foreign shipping will be inspected at the bar.\n", 2),
])
def test_point_label_alone_on_its_bulleted_line(text, points, resources) -> None:
    facts = text_facts(text, resources)
    assert facts["numbered_points"] == points
    assert "<p>(1)</p>" not in text_xml(text, resources)


@pytest.mark.parametrize("line", [
    "The foregoing repeated to the Consul General at Nanking.",  # the sample's
    "Foregoing sent to Tokyo.",
    "Above repeated to the Legation at Peiping and to Tokyo.",
])
def test_foregoing_repeated_is_a_transmission_line(line, resources) -> None:
    text = ("893.00/11702: Telegram\nThe Minister in China (Johnson) to the Secretary of "
            f"State\nPeiping, June 3, 1932—4 p.m.\n611. The situation is quiet.\n{line}\n"
            "Johnson\n")
    assert text_facts(text, resources)["registry_notes"] == [line]


@pytest.mark.parametrize(("subject", "sender", "addressee"), [
    # the sample's: an official-informal letter between two ambassadors
    ("SUBJECT: LETTER FROM AMBASSADOR MANSFIELD TO AMBASSADOR OWEN", "Mike Mansfield", "Owen"),
    # the Secretary's message through an embassy (not the sample's)
    ("SUBJECT: MESSAGE FROM SECRETARY VANCE TO AMBASSADOR GOHEEN", "Cyrus Vance",
     "Robert F. Goheen"),
])
def test_cable_subject_names_the_letter_it_carries(subject, sender, addressee,
                                                  resources) -> None:
    text = ("CONFIDENTIAL\nPAGE 01\nTOKYO 02111 01 OF 01 130727Z\nR 130710Z FEB 79\n"
            "FM AMEMBASSY TOKYO\nTO SECSTATE WASHDC 5052\nC O N F I D E N T I A L TOKYO 02111\n"
            "NODIS\nE.O. 12065: GDS\nTAGS: EGEN, JA, US\n"
            f"{subject}\n1. C - ENTIRE TEXT\n2. BEGIN TEXT: THANK YOU FOR YOUR LETTER. "
            "END TEXT.\n")
    facts = text_facts(text, resources)
    assert sender in facts["sender"]
    assert addressee in facts["addressee"]


@pytest.mark.parametrize(("text", "date"), [
    # the sample's: a Duma's telegram read to the Commons, dated with a comma after the month
    ('"August, 10th, 1914.\n\n"The Duma begs the House of Commons to accept its greeting. '
     'Long live His Majesty King George!"\n', "1914-08-10"),
    # a British letter's dateline in the same style (not the sample's)
    ("Foreign Office, March, 3rd, 1902.\n\nSir,\nI have the honour to acknowledge your "
     "despatch.\n", "1902-03-03"),
])
def test_month_comma_day_and_monarch_title(text, date, resources) -> None:
    xml = text_xml(text, resources)
    assert f'when="{date}"' in xml
    assert "per-david-lloyd-george" not in xml


@pytest.mark.parametrize("text", [
    # the sample's layout: the Commons, the Speaker's sentence over the quoted telegram
    ('HC Deb 25 August 1914 vol 66 cc20-1\n\nI have to inform the House that I have received '
     'a telegram from the President of the Duma, which I should like to read to the House:—\n\n'
     '"August, 10th, 1914.\n\n"The Duma begs the House of Commons to accept its greeting."\n'),
    # the Lords: a peer reads a translated telegram (not the sample's)
    ("HL Deb 20 July 1936 vol 102 cc1-2\nTHE EARL OF ONSLOW\n\nMy Lords, I have to inform your "
     "Lordships that the Lord Chancellor has received a telegram of which the following is a "
     'translation:\n\n"The Senate conveys to His Majesty an expression of its profound '
     'respect."\n'),
])
def test_speakers_introducing_sentence_is_no_title(text, resources) -> None:
    title = text_xml(text, resources).split('<title type="main">')[1].split("</title>")[0]
    assert "inform" not in title


@pytest.mark.parametrize(("text", "date"), [
    # the sample's layout: the quoted telegram's own date line under the Speaker's sentence,
    # the quotation closed where the page closes it (after the line introducing the reply)
    ('HC Deb 25 August 1914 vol 66 cc20-1\n\nI have to inform the House that I have received '
     'a telegram from the President of the Duma, which I should like to read to the House:—\n\n'
     '"August, 10th, 1914.\n\n"The Duma begs the House of Commons to accept its greeting."\n\n'
     'In reply I sent the following telegram:—"\n\n"I thank you warmly."\n', "1914-08-10"),
    # a telegram quoted once over its paragraphs, its dateline a place and a date (not the
    # sample's)
    ("HC Deb 10 August 1939 vol 350 c2301\n\nI have received the following telegram from the "
     "Speaker of the House of Representatives of Australia:—\n\n\"Canberra, 4th August, 1939."
     '\n\nThe House of Representatives sends its warm greetings to the House of Commons."\n\n'
     "I have sent a suitable reply.\n", "1939-08-04"),
])
def test_quoted_telegram_dates_the_page(text, date, resources) -> None:
    assert text_facts(text, resources)["date"] == date
