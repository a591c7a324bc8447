"""Rules for British government papers' header facts (uk74):

- the Foreign Office's inward form of the 1950s-60s names its envoy in capitals beside
  `Cypher/OTP` (`MR. RICHES`, `SIR P. DEAN`): the sender (table `heading`, row sender);
- its post's line in capitals under the `... DISTRIBUTION` line is where it was sent from
  when the form gives its receipt (`R. ...`), the city in brackets after its country
  (`CONGO (LEOPOLDVILLE)`: Léopoldville; inward_post.py);
- the Foreign Secretary's minute serial to the Prime Minister (`PM/56/281`) opens a minute
  (table `minute-sheet`): a memorandum, the Prime Minister's initialled note under it kept
  after the closer;
- a typed name in capitals in brackets under a minute is its signature (`(SELWYN LLOYD)`:
  parts.parenthesised_name);
- a Cabinet conclusions' number line naming its minute (`C.C. (62) 71st Conclusions,
  Minute 2`) is the meeting's record, not a minute (table `meeting-titles`; doc_types);
- the Colonial Office's outward form naming the office alone under the form's name (`FROM
  THE COLONIAL OFFICE`) is sent from London (table `post-seats`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts

INWARD = (
    "FOREIGN OFFICE AND WHITEHALL\nDISTRIBUTION\n\n{post}\n\n"
    "Cypher/OTP\n\n{envoy}\n\nNo. 412\nMarch 3, 1961.\n\n"
    "D. 6.10 p.m. March 3, 1961.\nR. 8.40 p.m. March 3, 1961.\n\n"
    "PRIORITY\nCONFIDENTIAL\n\n"
    "Addressed to Foreign Office telegram No. 412 of March 3.\n\n"
    "The Prime Minister told me this morning that he would not go to the conference.\n"
)


def test_inward_form_envoy_and_post(resources: Resources) -> None:
    facts = text_facts(INWARD.format(post="CONGO (LEOPOLDVILLE)", envoy="SIR H. CACCIA"),
                       resources)
    assert facts["sender"] == ["Harold Caccia"]
    assert facts["place_of_origin"] == "Kinshasa"
    assert facts["date_received"] == "1961-03-03T20:40"


def test_the_post_alone_under_the_distribution_line(resources: Resources) -> None:
    facts = text_facts(INWARD.format(post="IRAQ (BAGHDAD)", envoy="MR. TREVELYAN"), resources)
    assert facts["place_of_origin"] == "Baghdad"
    assert facts["sender"] == ["Humphrey Trevelyan"]


MINUTE = (
    "TOP SECRET\n\nPM/57/14\n\nPRIME MINISTER\n\n"
    "I saw the Egyptian Ambassador this morning. He had nothing new to say about the "
    "Canal dues.\n\n2. I think we should wait for the Americans.\n\n"
    "{signature}\n\nForeign Office,\n12th March, 1957.\n\nSeen. H.M. 13.iii.\n"
)


def test_foreign_secretary_minute_serial_and_bracketed_signature(resources: Resources) -> None:
    facts = text_facts(MINUTE.format(signature="(SELWYN LLOYD)"), resources)
    assert facts["doc_type"] == "memorandum"
    assert facts["date"] == "1957-03-12"
    assert facts["signed"] == "(SELWYN LLOYD)"
    assert facts["sender"] == ["Selwyn Lloyd"]


ANNEX = (
    "CABINET\n\nCONFIDENTIAL ANNEX\n\n{line}\n\n"
    "Tuesday, 26th March, 1957, at 11 a.m.\n\nCYPRUS\n\n"
    "The Colonial Secretary said that the Governor wished to release the Archbishop.\n"
)


def test_confidential_annex_minute_line_is_a_record(resources: Resources) -> None:
    facts = text_facts(ANNEX.format(line="C.C. (57) 23rd Conclusions, Minute 4"), resources)
    assert facts["doc_type"] == "record of conversation"
    assert facts["date"] == "1957-03-26"


def test_outward_form_office_alone_is_sent_from_london(resources: Resources) -> None:
    text = ("OUTWARD TELEGRAM\nFROM THE COLONIAL OFFICE\n\nCYPHER (O.T.P.)\n\n"
            "To: NYASALAND (Sir R. Armitage)\n\nSent 3rd March, 1959.  12.15 hrs.\n\n"
            "No. 214     SECRET\n\nYour telegram No. 301.\n\n"
            "I agree that the arrests should go ahead on the date you propose.\n")
    facts = text_facts(text, resources)
    assert facts["place_of_origin"] == "London"
    assert facts["telegram_number"] == "214"
