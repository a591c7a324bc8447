"""Rules for FRUS documents in forms other than the plain telegram (frus80):

- a print volume's heading wrapped by the width runs on to its close also when its first
  line opens with the document's number (`114. Transcript of a Telephone Conversation
  Between President` / ...) and when its last line closes on the addressee named after the
  sender's bracketed officer (`Affairs (Kissinger) to President Nixon1`), unless a long
  line's addressee goes on to its own bracketed name on the next line
  (`rewrap.heading_runs_on`);
- a meeting's roster line by agency (`State—John N. Irwin II, Marshall Green, Edith
  Pelham`) gives each comma piece as a name position when every piece is a name, a rank
  before it perhaps (`participant_names.roster_names`), so a participant the register lacks
  is a person;
- the Joint Chiefs' message number with its year after a dash opening the text (`JCS
  0742–65.`) is the message's number (table `frus-number`);
- a heading label alone (`SUBJECT`) or its value under it (`Airlift`) is no signature over
  a trailer, so a one-sentence text under them stays the text
  (`processing_lines._label_value`);
- the Paris Peace Conference minutes' `Present` over the delegations (`British Empire` /
  `Mr. Lloyd George.`) is a list's label (table `frus-block-label`), no cable heading whose
  sender the member under a country would be.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

TELCON = ("114. Transcript of a Telephone Conversation Between President\n"
          "Nixon and the President’s Assistant for National Security Affairs\n"
          "(Kissinger)1\n\n"
          "Washington, October 12, 1973, 8:17 p.m.\n\n"
          "P: Hello, Henry.\n\n"
          "K: Mr. President, I have just talked to Dobrynin again.\n\n"
          "1 Source: Library of Congress, Manuscript Division, Kissinger Papers, Box CL 1, "
          "Chronological File. No classification marking.\n")

MEMO = ("121. Memorandum From the President’s Assistant for National Security\n"
        "Affairs (Kissinger) to President Nixon1\n\n"
        "Washington, October 14, 1973.\n\n"
        "SUBJECT\nAirlift\n\n"
        "Dobrynin says Brezhnev will answer tonight.\n\n"
        "1 Source: National Archives, Nixon Presidential Materials, NSC Files, Box 664. Secret.\n")

ROSTER = ("87. Minutes of a Washington Special Actions Group Meeting1\n"
          "Washington, April 9, 1972, 10:13–11:07 a.m.\n"
          "SUBJECT\nVietnam\nPARTICIPANTS\n"
          "Chairman—Henry A. Kissinger\n"
          "State—U. Alexis Johnson, Walter B. Ostrander\n"
          "NSC Staff—Col. Richard T. Kennedy, Rosemary Niehuss\n"
          "Kissinger: What is the situation at An Loc?\n"
          "Defense—the plan was ready, and Mr. Quarles said so.\n"
          "1 Source: National Archives, Nixon Presidential Materials, NSC Files, Box H–116. "
          "Top Secret.\n")

JCS = ("188. Message From the Chairman of the Joint Chiefs of Staff (Wheeler) to the "
       "Commander in Chief, Pacific (Sharp)1\n\n"
       "Washington, March 3, 1965, 2212Z.\n\n"
       "JCS 0742–65. 1. Secretary of Defense has approved the deployment of two Marine "
       "battalion landing teams to Da Nang.\n\n"
       "2. Request you issue the necessary orders.\n\n"
       "1 Source: Johnson Library, National Security File, Country File, Vietnam, Vol. XXX. "
       "Top Secret; Immediate.\n")


def test_a_wrapped_heading_opening_with_its_number_is_one_title(resources: Resources) -> None:
    assert text_facts(TELCON, resources)["title"] == (
        "Transcript of a Telephone Conversation Between President Nixon and the President’s "
        "Assistant for National Security Affairs (Kissinger)")


def test_a_wrapped_heading_closing_on_the_addressee_gives_both_parties(
        resources: Resources) -> None:
    facts = text_facts(MEMO, resources)
    assert facts["title"] == ("Memorandum From the President’s Assistant for National "
                              "Security Affairs (Kissinger) to President Nixon")
    assert facts["sender"] == ["Henry Kissinger"]
    assert facts["addressee"] == ["Richard Nixon"]


def test_a_subject_over_a_one_sentence_text_is_no_signature(resources: Resources) -> None:
    facts = text_facts(MEMO, resources)
    assert facts["signed"] is None
    assert facts["registry_notes"] == []
    assert "per-subject" not in text_xml(MEMO, resources)


def test_an_agency_roster_line_names_its_participants(resources: Resources) -> None:
    xml = text_xml(ROSTER, resources)
    assert ">Rosemary Niehuss</persName>" in xml
    assert ">Walter B. Ostrander</persName>" in xml
    assert "Defense—the plan" in xml  # a sentence after a dash is no roster


def test_a_joint_chiefs_number_with_its_year_is_the_message_number(
        resources: Resources) -> None:
    facts = text_facts(JCS, resources)
    assert facts["telegram_number"] == "JCS 0742–65"
    assert facts["doc_type"] == "telegram"


PEACE_CONFERENCE = ("Paris Peace Conf. 180.03401/112\n\n"
                    "Notes of a Meeting Held at President Wilson’s House in the Place des "
                    "États-Unis, Paris, on Monday, April 14, 1919, at 11 a.m.\n\n"
                    "Present\nAmerica, United States of\nPresident Wilson.\nBritish Empire\n"
                    "Mr. Lloyd George.\nFrance\nM. Clemenceau.\n\n"
                    "1. M. Clemenceau said that the Belgian Delegation had asked to be heard.\n\n"
                    "2. President Wilson said he had no objection.\n")


def test_the_peace_conference_present_list_names_no_sender(resources: Resources) -> None:
    facts = text_facts(PEACE_CONFERENCE, resources)
    assert facts["sender"] == []
    assert facts["doc_type"] == "record of conversation"
