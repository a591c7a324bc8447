"""Rules for British and Commonwealth telegrams as archives keep them (cw69):

- a file copy's bare mark over the form (`Copy.`, `COPY`, `(Copy)`) is a `copy` line of the
  heading (table `heading-commonwealth`), but a weak one: it makes no heading by itself, so a
  letter under it stays a letter (segment.py);
- the stop after a British form's year before its 12-hour clock (`Received 14th January,
  1948.  3.40 p.m.`) leaves the time the date's (date_shapes.py);
- the departments' form naming the copy it is (`DECYPHER OF TELEGRAM.`, `PARAPHRASE OF
  CABLEGRAM`) is a form line (table `heading`);
- a London office's outward line (`FOREIGN OFFICE TO WASHINGTON`) gives the office as the
  sender (London its seat) and the post as the place of reception (`heading-commonwealth`);
- the heads of government's parties' line in capitals (`FORMER NAVAL PERSON TO PRESIDENT
  ROOSEVELT.`, `PRIME MINISTER TO MARSHAL STALIN`) is a heading line with both parties, and
  the grade in small letters under it (`Personal and Most Secret.`) a classification;
- the India Office's addressee without a colon (`To Secretary of State for India, London.`);
- the Churchill Archives Centre's and the India Office Records' references set alone over a
  scan (`CHAR 20/112/64`, `IOR/L/PO/6/117`) are shelfmarks, with their holders (tables
  `archival-reference`, `series-holders`);
- register: Leif Egeland (South African High Commissioner in London), Sir Archibald Carter;
  (after the held samples) `Hibernia`, the Irish legations' telegraphic address, is an org;
- (after the held samples) the Australian cablegram's `FILED:` time is its sending date; the
  Prime Minister's Office's covering line (`Following is text of message from the Prime
  Minister to President Eisenhower dated 5th November, 1956.`) gives the parties and the
  message's date (tables `heading-commonwealth`, `routing-line`; pages/routing.py).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

COPY = (
    "DO 35/5430                                                         12\n\n"
    "Copy.\n\n"
    "TELEGRAM\n\n"
    "From   Governor-General, Ceylon.\n"
    "To     Secretary of State for Commonwealth Relations.\n\n"
    "Despatched 3rd February, 1948.  9.10 a.m.\n"
    "Received   3rd February, 1948.  10.25 a.m.\n\n"
    "No. 41.    SECRET.\n\n"
    "     Independence celebrations passed off quietly in Colombo.\n"
)


def test_a_copy_mark_over_the_form_keeps_its_heading(resources: Resources) -> None:
    facts = text_facts(COPY, resources)
    assert facts["telegram_number"] == "41"
    assert facts["doc_type"] == "telegram"
    assert facts["date_received"] == "1948-02-03T10:25"
    assert 'subtype="copy">Copy.<' in text_xml(COPY, resources)


def test_a_copy_mark_alone_makes_no_heading(resources: Resources) -> None:
    letter = ("(Copy)\n\nDublin, 9 March 1923\n\nDear Mr. Smith,\n\n"
              "I write to thank you for your letter.\n\nYours sincerely,\n\nJ. Walshe\n")
    assert text_facts(letter, resources)["doc_type"] == "letter"


DECYPHER = (
    "UNION OF SOUTH AFRICA.\n\nDEPARTMENT OF EXTERNAL AFFAIRS.\n\n"
    "DECYPHER OF TELEGRAM.\n\n"
    "From:   Union High Commissioner, London.\n"
    "To:     Secretary for External Affairs, Pretoria.\n\n"
    "No. 88.        Dated: 2nd March, 1949.      Received: 3rd March, 1949, 8.05 a.m.\n\n"
    "     Your telegram No. 61.  I saw the Secretary of State today.\n\n"
    "                                                     EGELAND.\n"
)


def test_a_decypher_of_telegram_form(resources: Resources) -> None:
    facts = text_facts(DECYPHER, resources)
    assert facts["title"].startswith("Decypher of Telegram No. 88")
    assert facts["telegram_number"] == "88"
    assert facts["date_received"] == "1949-03-03T08:05"
    assert facts["sender"] == ["Leif Egeland"]


OUTWARD = (
    "FOREIGN OFFICE TO WASHINGTON\n\nEN CLAIR\n\n"
    "No. 4410                                          D. 8.15 p.m. 2nd November, 1956.\n\n"
    "     Following is text of statement made by Prime Minister this afternoon.\n"
)


def test_a_london_office_to_a_post(resources: Resources) -> None:
    facts = text_facts(OUTWARD, resources)
    assert facts["place_of_origin"] == "London"
    assert facts["telegram_number"] == "4410"
    assert "#pla-washington" in text_xml(OUTWARD, resources).split("<text")[0] \
        .split('type="received"')[1].split("</correspAction>")[0]


PERSONAL = (
    "CHAR 20/99/12                                                    12\n\n"
    "MOST SECRET\n\n"
    "PRIME MINISTER TO PRESIDENT ROOSEVELT.\n"
    "Personal and Most Secret.\n"
    "No. 201.\n\n"
    "     I am very glad that you agree about the date.\n\n"
    "                                                         4.3.43.\n"
)


def test_a_heads_of_government_parties_line_and_grade(resources: Resources) -> None:
    facts = text_facts(PERSONAL, resources)
    assert facts["addressee"] == ["Franklin D. Roosevelt"]
    assert facts["telegram_number"] == "201"
    assert facts["archive_idno"] == "CHAR 20/99/12"
    assert facts["repository"] == "Churchill Archives Centre"


INDIA = (
    "IOR/L/PO/6/118                                                    f. 7\n\n"
    "TELEGRAM.\n\n"
    "From Viceroy (Home Department), New Delhi,\n"
    "To Secretary of State for India, London.\n\n"
    "Dated New Delhi, 2nd September 1946.\n"
    "Received 3rd September 1946, 7.15 a.m.\n\n"
    "No. 1802-S.\n\n"
    "     The Interim Government was sworn in this morning.\n"
)


def test_an_india_office_telegram(resources: Resources) -> None:
    facts = text_facts(INDIA, resources)
    assert facts["archive_idno"] == "IOR/L/PO/6/118"
    assert facts["repository"] == "British Library"
    assert facts["telegram_number"] == "1802-S"
    assert facts["date_received"] == "1946-09-03T07:15"


# (after the held samples) the Australian outward cablegram's `FILED` time and the Prime
# Minister's Office's covering line with the message's parties and date
FILED = (
    "DEPARTMENT OF EXTERNAL AFFAIRS\n\nOUTWARD CABLEGRAM\n\n"
    "FILED:   11.20 a.m. 3rd June, 1949\n\n"
    "TO:      Australian Legation, Bangkok.\n\n"
    "No. 14.       SECRET.\n\n"
    "     Your 20.  Minister agrees.\n"
)


def test_an_outward_cablegram_filed_time_is_its_sending(resources: Resources) -> None:
    assert text_facts(FILED, resources)["date"] == "1949-06-03"


COVERING = (
    "PREM 11/2001                                                         40\n\n"
    "TOP SECRET\n\n"
    "Following is text of message from the Prime Minister to President Eisenhower\n"
    "dated 18th July, 1958.\n\n"
    "Begins.\n\n"
    "     I am grateful for your message about the Lebanon.\n\n"
    "Ends.\n"
)


def test_a_covering_line_gives_the_message_s_parties_and_date(resources: Resources) -> None:
    facts = text_facts(COVERING, resources)
    assert facts["date"] == "1958-07-18"
    assert facts["addressee"] == ["Dwight D. Eisenhower"]


def test_the_irish_legations_telegraphic_address_is_no_person(resources: Resources) -> None:
    text = ("No. 12 NAI DFA Secretary's Files P2\n\n"
            "Code telegram from Estero to Hibernia (Madrid)\n(No. 7) (Personal)\n\n"
            "DUBLIN, 3 March 1941\n\nFor Kerney from Walshe. Please report at once.\n")
    assert "Hibernia" not in text_facts(text, resources)["addressee"]
    assert 'xml:id="org-irish-legations-abroad"' in text_xml(text, resources)
