"""Rules for FRUS memoranda for the record, telegrams and notes of the 1950s-60s (frus71):

- a memorandum for the record (or for the files) `by` its writer (`Memorandum for the Record
  by the Director of Central Intelligence (McCone)`) is his: the title-shapes row `author-of`
  of `Memorandum by ...` reads `for the Record` / `for the Files` before `by`, so that `the
  Record` is no reader; nor is `the Files` of a `Memorandum for the Files` form line (table
  `heading`, row `document-type` of `MEMORANDUM FOR X`, which had excluded `the Record` and
  `Files` only);
- a signature of initials alone (`W.W.R.`) names the one register person the document names
  in full with exactly those initials in a line of text (the source note's `Files of Walt W.
  Rostow`), and he is the sender when the heading names none; a name alone on its line is a
  list's (`Present:` / `Mr. Selwyn Lloyd`: who was there, not who wrote), and two persons
  fitting name nobody (`short_signatures._named_in_full`);
- the register's Mariel (Cuba) and William J. Crockett (the Department's administrator,
  1961-1967).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

BY = ("88. Memorandum for the Record by the Director of Central Intelligence (McCone)1\n\n"
      "Washington, October 11, 1962.\n\nSUBJECT\nDiscussion with the President\n\n"
      "I briefed the President on the latest reconnaissance.\n\nJohn A. McCone\n\n"
      "    1. Source: Central Intelligence Agency, DCI (McCone) Files. Top Secret.\n")


def test_a_memorandum_for_the_record_by_its_writer_has_no_reader(
        resources: Resources) -> None:
    facts = text_facts(BY, resources)
    assert facts["sender"] == ["John McCone"]
    assert facts["addressee"] == []
    assert "Record</roleName>" not in text_xml(BY, resources)


INITIALLED = ("143. Memorandum for the Record1\n\nWashington, May 18, 1966.\n\n"
              "SUBJECT\nLuncheon Meeting with the President\n\n"
              "1. Secretary Rusk opened with a report on his talks in Saigon.\n\n"
              "2. The President asked for a paper by Friday.\n\nW.W.R.\n\n"
              "    1. Source: Johnson Library, National Security File, Files of {name}, "
              "Meetings with the President. Secret.\n")


def test_initials_name_the_person_the_document_names_in_full_with_them(
        resources: Resources) -> None:
    facts = text_facts(INITIALLED.format(name="Walt W. Rostow"), resources)
    assert facts["sender"] == ["Walt Rostow"]
    assert facts["signed"] == "W.W.R."


def test_initials_no_full_name_fits_name_nobody(resources: Resources) -> None:
    facts = text_facts(INITIALLED.format(name="Walt Rostow"), resources)
    assert facts["sender"] == []


RECORD = ("RECORD OF A CONVERSATION BETWEEN THE SECRETARY OF STATE AND THE SOVIET AMBASSADOR "
          "ON 4 MAY 1956\n\nPresent:\nMr. Selwyn Lloyd\nMr. Malik\n\n"
          "The Soviet Ambassador said that he had been instructed to thank the Secretary.\n\n"
          "S.L.\n\nForeign Office,\n4 May, 1956.\n")


def test_a_name_alone_on_a_list_line_does_not_sign(resources: Resources) -> None:
    assert text_facts(RECORD, resources)["sender"] == []


def test_mariel_is_a_place_of_cuba(resources: Resources) -> None:
    xml = text_xml("Telegram\n\nHavana, August 2, 1962.\n\n"
                   "Soviet ships unloaded equipment at Mariel this week.\n\nBonsal\n", resources)
    assert 'ref="#pla-mariel"' in xml


FILES = ("Memorandum for the Files\n\nWashington, March 2, 1955.\n\n"
         "I talked with the Secretary this morning about the Formosa resolution.\n")


def test_a_memorandum_for_the_files_has_no_reader(resources: Resources) -> None:
    xml = text_xml(FILES, resources)
    received = xml.partition('<correspAction type="received">')[2].split("</correspAction>")[0]
    assert "Files" not in received
