"""Rules from the blind sample of FRUS documents in forms no sample had used (frus36): a
memorandum of conversation with its participants, an NSC meeting's record, a consulate's
telegram, a backchannel message, memoranda to several officials and with an annex, and the
same pages copied as plain text hard-wrapped at 70-80 columns.

- A surname in brackets after an office in a heading (`the Director of Central Intelligence
  (Dulles)`) names the register's namesake whose occupations hold the most of the office's
  words, at least two and more than any other's: Allen Dulles, not the sender John Foster;
  Robert B. Anderson, not Dillon (`surnames.bracketed_namesake`, in the parties and the
  title's names).
- `and the <office> (<Surname>)` after an addressee is a second addressee, not a tail of the
  heading (`parties._TAIL`).
- A consular post stands `at` its city (`The Consul General at Hong Kong (Hopper)`): the
  place of origin, and an addressee's post (`party_places._IN_PLACE`).
- An office whose dated holders change in the document's year (`US Secretary of State
  (1949-1953)`, `(1953-1959)`) is given to the one of that year's holders the document names
  (`Secretary Dulles` among the participants; `office_holders._named_at_handover`).
- The editors' page marks right over an attachment's label (`[Page 414]` / `[Annex]`) belong
  to the attachment: the signature above them closes the document (`release_lines`).
- A FRUS page's note list opens at 1 or at the heading's anchor: a trailing `5. ...` under the
  text of a page cut in its body is the text's, not a note (`pages/frus_notes.py`).
- A hard-wrapped FRUS heading ends before a classification in lower case (`top secret`), the
  editors' receipt line (`[Received ...]`) and a telegram number under a heading line closed
  by its holder in brackets or its addressee; an editors' bracket broken by the width runs
  on to its close (`rewrap.py`).
"""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_MEMO = "{heading}\n\ntop secret\n\nWashington, {date}.\n\n{body}\n\n{signature}\n"
_BODY = ("I should be grateful for your views on the attached questions before the Council "
         "meets next week, so that the Committee may report to the President.")


@pytest.mark.parametrize("heading, date, signature, wanted", [
    # the sample's heading (three addressees by office, one a namesake of the sender)
    ("Memorandum by the Secretary of State to the Acting Secretary of Defense (Anderson), the "
     "Chairman of the United States Atomic Energy Commission (Strauss), and the Director of "
     "Central Intelligence (Dulles)", "May 26, 1954", "Foster Dulles",
     {"Robert B. Anderson", "Lewis Strauss", "Allen Dulles"}),
    # invented: one addressee, the sender's brother
    ("Memorandum From the Secretary of State to the Director of Central Intelligence (Dulles)",
     "June 3, 1955", "John Foster Dulles", {"Allen Dulles"}),
    # invented: a minister among the register's several Longs
    ("The Secretary of State to the Minister in Ecuador (Long)", "December 4, 1941",
     "Hull", {"Boaz Long"}),
])
def test_a_bracketed_surname_is_the_namesake_holding_the_office(
        resources, heading: str, date: str, signature: str, wanted: set[str]) -> None:
    text = _MEMO.format(heading=heading, date=date, body=_BODY, signature=signature)
    facts = text_facts(text, resources)
    assert wanted <= set(facts["addressee"])
    assert "per-dulles" not in text_xml(text, resources)


@pytest.mark.parametrize("heading, date, wanted", [
    # the sample's heading
    ("Memorandum by the Special Assistant for Intelligence (Armstrong) to the Secretary of "
     "State and the Under Secretary of State (Webb)", "July 14, 1950", "James E. Webb"),
    # invented: the President and an office holder
    ("Memorandum From the Secretary of State to the President and the Secretary of Defense "
     "(Wilson)", "October 3, 1955", "Charles E. Wilson"),
])
def test_and_the_office_with_its_holder_is_a_second_addressee(
        resources, heading: str, date: str, wanted: str) -> None:
    text = _MEMO.format(heading=heading, date=date, body=_BODY, signature="")
    assert wanted in text_facts(text, resources)["addressee"]


@pytest.mark.parametrize("file_line, heading, wanted", [
    # the sample's post
    ("893.00B/6–749: Telegram", "The Consul General at Hong Kong (Hopper) to the Secretary of "
     "State", "Hong Kong"),
    # invented: another consular post by its older name
    ("893.00/4–1150: Telegram", "The Consul at Tientsin (Harwood) to the Secretary of State",
     "Tianjin"),
])
def test_a_consular_post_at_its_city_is_the_place_of_origin(
        resources, file_line: str, heading: str, wanted: str) -> None:
    text = (f"{file_line}\n\n{heading}\n\n311. Local authorities today asked the consulate to "
            "register the remaining staff by the end of the month.\n\n"
            "Sent Department 311; repeated Shanghai 82.\n")
    assert text_facts(text, resources)["place_of_origin"] == wanted


@pytest.mark.parametrize("file_line, named, wanted", [
    # the sample's memorandum (July 1953: Acheson's last year in office, Dulles's first)
    ("396.1 WA/7–1353", "Secretary Dulles", "per-john-foster-dulles"),
    # invented: January 1953, the outgoing Secretary named
    ("611.41/1–953", "Secretary Acheson", "per-dean-acheson"),
])
def test_a_handover_years_holder_is_the_one_the_document_names(
        resources, file_line: str, named: str, wanted: str) -> None:
    text = (f"{file_line}\n\nMemorandum of Conversation, by the Secretary of State\n\nsecret\n\n"
            f"Participants:\n\n  • Sir Roger Makins, British Ambassador;\n  • {named}\n\n"
            "The Ambassador called at my house this evening. I reported to him the substance "
            "of the talks which had taken place with the French that afternoon.\n")
    sent = text_xml(text, resources).split('<correspAction type="sent">')[1].split("</corresp")[0]
    assert f'ref="#{wanted}"' in sent


@pytest.mark.parametrize("signature, label", [
    # the sample's annex
    ("W. Park Armstrong, Jr.", "[Annex]"),
    # invented: an attachment under the Secretary's signature
    ("John Foster Dulles", "[Attachment]"),
])
def test_page_marks_over_an_attachment_label_are_the_attachments(
        resources, signature: str, label: str) -> None:
    text = (f"Memorandum by the Secretary of State to the President\n\ntop secret\n\n"
            f"Washington, May 2, 1954.\n\n{_BODY}\n\n{signature}\n[Page 414]\n{label}\n\n"
            "National Intelligence Estimate\n\n1. To estimate the probable courses of action "
            "of the Soviet Union in Europe through 1955.\n")
    facts = text_facts(text, resources)
    assert facts["signed"] is not None and signature.split()[-1].rstrip(".") in facts["signed"]


@pytest.mark.parametrize("omitted, item", [
    # the sample's meeting record
    ("[Here follows discussion on items 1. “Continental Defense,” 2. “Coast Guard Operations,"
     "” 3. “Review of Internal Security Legislation,” and 4. “Prevention of Unauthorized "
     "Disclosures”.]", "5. U.S. Courses of Action in Korea (NSC 167/2;2 NSC 170/13)"),
    # invented: a cut page of another meeting
    ("[Here follows discussion on items 1 and 2.]",
     "3. Policy Toward Austria (NSC 164/1)"),
])
def test_a_cut_pages_trailing_agenda_item_is_no_note(resources, omitted: str, item: str) -> None:
    text = ("Memorandum of Discussion at the 172d Meeting of the National Security Council, "
            "Monday, November 23, 19531\n\neyes only\n\nPresent at the meeting were the "
            "President of the United States, presiding; the Secretary of State.\n\n"
            f"{omitted}\n\n{item}\n\nAfter the Council meeting had been confined to the usual "
            "members, Secretary Dulles said he ought to report on recent developments wi")
    facts = text_facts(text, resources)
    assert facts["notes"] == 0
    assert "Courses of Action" in text_xml(text, resources) or "Austria" in text_xml(
        text, resources)


_WRAPPED_TELEGRAM = (
    "893.00/4–1150: Telegram\n\n{heading}\n{second}\n"
    "627. Municipal Foreign Affairs Bureau called in Consulate officers\n"
    "this morning and stated that exit permits for remaining American staff\n"
    "would be issued only after settlement of outstanding claims against\n"
    "former American firms in this city. [Here follows a list of the nine\n"
    "claims named by the Bureau, with the sums asked in each case.]\n"
    "Consulate has asked that the claims be set out in writing and has\n"
    "reminded Bureau that most firms concerned closed their offices here\n"
    "well before liberation and left no funds behind them in this city.\n\n"
    "Sent Department 627; repeated Peiping 93, Shanghai 151.\n")


@pytest.mark.parametrize("heading, second", [
    # invented: a receipt line under the heading (the sample's form)
    ("The Consul General at Tientsin (Harwood) to the Secretary of State",
     "[Received April 11—6:20 p. m.]"),
    # invented: the classification in lower case under the heading
    ("The Consul General at Tientsin (Harwood) to the Secretary of State", "secret"),
    # the dev set's form (d10): the telegram number right under the heading
    ("The Secretary of State to The Chargé in the Soviet Union (Thurston)", ""),
])
def test_a_hard_wrapped_heading_ends_at_its_line(resources, heading: str, second: str) -> None:
    text = _WRAPPED_TELEGRAM.format(heading=heading, second=second).replace("\n\n627.", "\n627.")
    text = text.replace(f"{heading}\n\n", f"{heading}\n")
    facts = text_facts(text, resources)
    assert facts["title"] == heading
    assert facts["telegram_number"] == "627"
    assert "Here follows a list of the nine claims" in text_xml(text, resources).replace(
        "\n", " ")
