"""Rules for British and Commonwealth telegrams as their publishers and archives give them (cw59):

- a DCER page may give the document's number in the site's heading (`Volume #22 - 821.`)
  and the department's file alone under it (`DEA/50372-40`): the file is the shelfmark;
  the editors' heading wrapped before its addressee (`The High Commissioner in United
  Kingdom` / `to Secretary of State ...`) is read as one (`pages/dcer.py`, table `dcer`);
- the New Zealand volumes' department file (`PM 111/6/1 Part 2`, `[MFA 317/1/1 Part 1]`)
  and the South African foreign ministry's (`BTS 1/1/3 Vol. 4`) are shelfmarks (table
  `archival-reference`);
- a routing line without `Following` (`Personal for Jordan from Holland.`, `For Lall from
  Dutt.`) or after the subject word (`Cuba. Following for Tremblay from Robertson.`) names
  the parties (table `routing-line`), and a surname alone on one of its sides
  that the register knows as a place is a person (`Holland`: Sidney Holland;
  `named_parties._channel_names`);
- a catalogue's labelled field filling the copy's width never runs on into the next
  (`Description: ...` / `Date: 1956`: `read._next_field`);
- `DISTRIBUTION` alone over a telegram form's readers is registry, no signature (table
  `processing`);
- the Commonwealth telegraphic addresses (`Secextern`, `Sahicomm`, `Indiadel`, `PERMISNY`,
  ...) are no persons (table `not-names`); `Time despatched:` is a form field; a colon-less
  `From` cell beside its value is a field (`stacked_labels.py`); the NAA's citation over a
  digitised page (`NAA: A1838, ...    Page 87`) is the shelfmark; the Canadian message
  form's foot (`Originator:`, `Local distribution:`) is registry;
- a surname in capitals after its own initials (`(Sgd.) G.P. JOOSTE`) is no glued
  signature (`forms/us_cable._glued_signature`), and an office in capitals under it
  (`SECRETARY FOR EXTERNAL AFFAIRS`) no US cable's `POST FOR PERSON` line (table `heading`).
"""

from __future__ import annotations

from tei.convert import Resources
from tei.convert.read import logical_lines
from tests.cases import text_facts, text_xml

DCER = (
    "Documents on Canadian External Relations\n\nVolume #22 - 821.\nDEA/50372-40\n\n"
    "The High Commissioner in United Kingdom\nto Secretary of State for External Affairs\n\n"
    "TELEGRAM 1922                     London, November 2, 1956\n\nTop Secret.\n\n"
    "I saw Mr. Lloyd this afternoon.\n\nROBERTSON\n"
)


def test_a_dcer_file_alone_under_the_numbered_page_heading_is_the_shelfmark(
        resources: Resources) -> None:
    facts = text_facts(DCER, resources)
    assert facts["archive_idno"] == "DEA/50372-40"
    assert facts["title"] == ("The High Commissioner in United Kingdom to Secretary of State "
                              "for External Affairs")
    assert facts["telegram_number"] == "1922"


NZ = (
    "Prime Minister to High Commissioner in London\n\n"
    "Telegram 147                WELLINGTON, 19 February 1951, 4 p.m.\n\nTOP SECRET.\n\n"
    "Personal for Doidge from Holland.\n\nPlease see Attlee as soon as you can.[1]\n\n"
    "[1] Not printed.\n\n{file}\n"
)


def test_a_new_zealand_department_file_at_the_foot_is_the_shelfmark(resources: Resources
                                                                    ) -> None:
    assert text_facts(NZ.format(file="PM 111/6/1 Part 2"), resources)["archive_idno"] \
        == "PM 111/6/1 Part 2"
    assert text_facts(NZ.format(file="[MFA 317/1/1 Part 1]"), resources)["archive_idno"] \
        == "MFA 317/1/1 Part 1"


def test_a_routing_line_s_surname_that_names_a_place_is_a_person(resources: Resources
                                                                 ) -> None:
    facts = text_facts(NZ.format(file="PM 111/6/1 Part 2"), resources)
    assert "Sidney Holland" in facts["sender"]
    assert "Frederick Doidge" in facts["addressee"]


SA = (
    "CODE TELEGRAM\n\nFrom:   Secextern, Pretoria.\nTo:     Sahicomm, London.\n\n"
    "No. 45.                          Date: 3rd February, 1960.\n"
    "                                 Time despatched: 11.20 a.m.\n\nSECRET.\n\n"
    "For Lall from Jooste.\n\nPlease report at once.\n\n(Sgd.) G.P. JOOSTE\n"
    "SECRETARY FOR EXTERNAL AFFAIRS\n\nBTS 1/1/3 Vol. 4\n"
)


def test_telegraphic_addresses_are_no_persons_and_the_routing_line_names_them(
        resources: Resources) -> None:
    facts = text_facts(SA, resources)
    assert "Sahicomm</persName>" not in text_xml(SA, resources)
    assert facts["addressee"] == ["Arthur Lall"]
    assert facts["archive_idno"] == "BTS 1/1/3 Vol. 4"


def test_initials_and_surname_in_capitals_sign_with_their_office(resources: Resources) -> None:
    assert text_facts(SA, resources)["signed"] == ("(Sgd.) G.P. JOOSTE SECRETARY FOR EXTERNAL "
                                                   "AFFAIRS")


def test_a_full_width_catalogue_field_does_not_run_on_into_the_next() -> None:
    text = ("Reference: DO 35/6344\n"
            "Description: Suez: telegrams to High Commissioners on United Nations General "
            "Assembly resolution\nDate: 1956\nHeld by: The National Archives, Kew\n\n"
            "The Prime Minister has read the advance text of the address and regards it\n"
            "as likely to cause serious embarrassment here and in the other capitals of\n"
            "the Commonwealth, which he does not wish to see discussed at this stage.\n")
    assert "Date: 1956" in [line.text for line in logical_lines(text)]


def test_distribution_over_readers_is_no_signature(resources: Resources) -> None:
    text = ("OUTWARD TELEGRAM\nFROM COMMONWEALTH RELATIONS OFFICE\n\n"
            "TO: U.K. HIGH COMMISSIONER IN CANADA\n\n(Sent 19.40 hours 2nd November, 1956)\n\n"
            "No. 1622\n\nPlease see Mr. St. Laurent as soon as possible.\n\n"
            "DISTRIBUTION\nSir G. Laithwaite\nPrivate Secretary\n")
    facts = text_facts(text, resources)
    assert facts["signed"] is None
    assert "DISTRIBUTION" in text_xml(text, resources).split('subtype="distribution">')[1]


def test_an_naa_citation_over_a_digitised_page_is_the_shelfmark(resources: Resources) -> None:
    text = ("NAA: A1838, 3004/11 PART 2                                Page 87\n\n"
            "OUTWARD CABLEGRAM.\n\nTO: Australian Embassy, WASHINGTON.\n\n"
            "Despatched: 3rd September, 1954.\n\nFor Spender from Casey.\n\n"
            "The Cabinet has approved the text.\n\nCASEY\n")
    facts = text_facts(text, resources)
    assert facts["archive_idno"] == "A1838, 3004/11 PART 2"
    assert facts["sender"] == ["Richard Casey"]


def test_a_colon_less_party_cell_beside_its_value_is_a_field(resources: Resources) -> None:
    text = ("EN CLAIR\n\nFrom      Hicomind London\nTo        Foreign New Delhi\n\n"
            "No. 1467                 Despatched 23 January 1957 2100 hours\n\n"
            "Kashmir debate Security Council.\n")
    facts = text_facts(text, resources)
    assert facts["place_of_origin"] == "London"
    assert facts["telegram_number"] == "1467"


def test_a_canadian_message_form_s_foot_is_registry(resources: Resources) -> None:
    text = ("OUTGOING MESSAGE\n\nFM: EXTERNAL OTT\nTO: PERMISNY\n\nNo. Y-412\n\n"
            "The Minister would like you to tell U Thant privately.\n\n"
            "Originator: N.A. Robertson/USSEA\nLocal distribution: Minister, USSEA, DL(1)\n")
    notes = text_facts(text, resources)["registry_notes"]
    assert "Local distribution: Minister, USSEA, DL(1)" in notes


def test_a_routing_line_after_the_subject_word_names_the_parties(resources: Resources) -> None:
    text = ("OUTGOING MESSAGE\n\nTO: PERMISNY\n\nNo. Y-412\n\n"
            "Cuba. Following for Lall from Robertson.\n\n"
            "The Minister would like you to tell U Thant privately.\n")
    facts = text_facts(text, resources)
    assert [name for name in facts["sender"] if name.endswith("Robertson")]
    assert "Arthur Lall" in facts["addressee"]
