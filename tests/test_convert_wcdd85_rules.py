"""Rules for the Wilson Center Digital Archive's pages of documents from the states and topics
of wave 85 (wcdd85), learnt from real pages (Czechoslovak cables from Havana, a Mexican
decoded telegram from Prague, Brazilian and Argentine nuclear papers, a Hungarian report from
Cairo, Mongolian and Cuban records):

- the archive's summary naming the document with its author in apposition before the verb
  (`This memo, produced by the Argentine Ambassador ..., alerts the Director of ...`), cut by
  the store inside its only sentence under a conformed signature and the signer's office: the
  summary, not the memorandum's last paragraph, so the signature closes the text
  (`pages/summary_form.appositive_summary`, asked by `pages/summary.py`; `summary-verbs`
  labels `alerts`, `notifies`);
- a decoding office's control number alone (`510599`) between the ambassador's signature in
  capitals and the typist's initials (`fb`): a processing line, so the signature closes the
  telegram (`processing_lines._control_number`);
- a Hungarian report's addressee named on the line over his office (`Frigyes Puja` /
  `Comrade Foreign Minister`): the person is the addressee (`named_parties._bare_person`);
- a time of day before the date (`Evening 5 November 1962`): no place of the dateline
  (`heading` dateline row without a comma, its lookahead taking the `day-parts` words);
- the Cuban documents' source line naming who obtained the copy and gave it (`Institute of
  History, Cuba, obtained and provided by Philip Brenner (American University); ...`): the
  obtainer, a person of the page (`citation` obtainer row);
- a letter-spaced form word (`N o t e`) under an empty label (`Copy:`) in an East German
  embassy's note: the note's form, no member of the label's list, so the note is a record of
  conversation (`label_members.block_members`);
- register: Kamal Hassan Ali (`Kamal Hasan Aly`), Carlos Castro Madero (`Capt. Castro
  Madero`, never Fidel Castro), Juan Manuel Figuerero, and `Vladimir Pavlíček` for Vladimír
  Pavlíček.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

MEMO = ("March 3, 1977\nMemorandum from Ambassador Figuerero to Castro Madero\n"
        "This document was made possible with support from Carnegie Corporation of New York "
        "(CCNY)\nMINISTRY OF EXTERNAL RELATIONS AND CULT\nSECRET\nMEMORANDUM 41\n"
        "For information of Capt. Castro Madero – President\nC.N Atomic Energy\n"
        "Produced by Ambassador Figuerero\nBuenos Aires, 3 March 1977\nSubject: Information\n"
        "The Canadian Embassy reports that the talks on the supply of heavy water will resume "
        "in April, and that its government expects a reply on the safeguards before then.\n"
        "(Signed) Juan Manuel Figuerero\n"
        "Ambassador President Coordinating Commission for Scientific and Technical Affairs\n"
        "This memo, produced by the Argentine Ambassador in charge of the Scientific Division "
        "of the Argentine Foreign Ministry, alerts the Director of the Argentine Nuclear Comm\n")


def test_appositive_summary_under_a_conformed_signature(resources: Resources) -> None:
    facts = text_facts(MEMO, resources)
    assert facts["summary"] is not None and facts["summary"].startswith("This memo, produced")
    assert "Juan Manuel Figuerero" in (facts["signed"] or "")


def test_capt_castro_madero_is_no_fidel_castro(resources: Resources) -> None:
    facts = text_facts(MEMO, resources)
    assert facts["addressee"] == ["Carlos Castro Madero"]
    assert facts["sender"] == ["Juan Manuel Figuerero"]


DECODED = ("November 2, 1962\nTelegram from Mexican Embassy, Prague\n"
           "TRANSLATION OF CODED TELEGRAM\nPROCEDURAL COPY\nNumber 2610\n"
           "Prague, 2 November 1962\nRELACIONES MEXICO\n"
           "107. - Further to my 104. [The] government today announced new measures on [the] "
           "supply of bread and meat, and [the] press reports calm in the capital.\n"
           "DEL RIO\n512044\nfb\n"
           "The Mexican ambassador reports on the supply measures in Prague.\n"
           "Author(s):\nDocument Information\n")


def test_control_number_between_signature_and_typist(resources: Resources) -> None:
    facts = text_facts(DECODED, resources)
    assert facts["signed"] == "DEL RIO"
    assert "512044" in facts["registry_notes"]


REPORT = ("Skip to content\n\nMarch 2, 1982\n\n"
          "Report of the Hungarian Embassy in Egypt on the Egyptian press\n\n"
          "Cairo, 2 March 1982\n\nWritten: in 3 copies\n\nSubject: The Egyptian press\n\n"
          "Frigyes Puja\n\nComrade Foreign Minister\n\n"
          "The newspapers have given much space this week to the visit of the delegation from "
          "Khartoum, and Foreign Minister Kamal Hasan Aly spoke at length to the editors.\n")


def test_name_over_office_line_is_the_addressee(resources: Resources) -> None:
    facts = text_facts(REPORT, resources)
    assert facts["addressee"] == ["Frigyes Puja"]
    assert "per-kamal-hassan-ali" in text_xml(REPORT, resources)


EVENING = ("Skip to content\n\nNovember 6, 1962\n\n"
           "Memorandum of Conversation, A.I. Mikoyan with Osvaldo Dorticos\n\n"
           "Top Secret\n\nMEMORANDUM OF CONVERSATION\nA.I. Mikoyan with Osvaldo Dorticos\n\n"
           "Evening 6 November 1962\n\n"
           "Com. Dorticos said that the ministers had met during the day and had agreed on the "
           "text of the statement about the port of Mariel.\n")


def test_time_of_day_before_the_date_is_no_place(resources: Resources) -> None:
    facts = text_facts(EVENING, resources)
    assert facts["date"] == "1962-11-06"
    assert facts["place_of_origin"] is None
    assert "pla-evening" not in text_xml(EVENING, resources)


def test_given_name_without_accent_is_pavlicek(resources: Resources) -> None:
    text = ("October 26, 1962\nCable no. 321 from the Czechoslovak Embassy in Havana "
            "(Vladimir Pavlíček)\nTelegram from Havana File # 10.990\n"
            "The Cuban ministers met again tonight and the militia remains on alert.\n")
    assert "per-vladimir-pavlicek" in text_xml(text, resources)


OLD_LAYOUT = ("November 6, 1962\n\n\n"
              "    The Cuban leaders answer Mikoyan on the inspection of the ports.\n"
              "    \"Conversation between the Cuban Leadership and Mikoyan (II),\" "
              "November 06, 1962, History and Public Policy Program Digital Archive, "
              "Institute of History, Cuba, "
              "obtained and provided by Peter Kornbluh (George Mason University); translation "
              "from Spanish by Ana Pérez (National Security Archive)\n"
              "Conversation between the Secretariat and Mikoyan on Tuesday, 6 November.\n\n"
              "Fidel says that the ports will stay closed to any inspection.\n")


def test_obtained_and_provided_by_names_the_obtainer(resources: Resources) -> None:
    body = text_xml(OLD_LAYOUT, resources)
    assert "<resp>Obtained</resp>" in body and "Peter Kornbluh" in body.split("</titleStmt>")[0]


SPACED = ("December 12, 1979\nMeeting with an Iraqi Diplomat on the Students in Sofia\n"
          "Embassy of the GDR\nin the Republic of Iraq\nBaghdad, 12 December 1979\nCopy:\n"
          "N o t e\non a Meeting with a Partner on 11 December 1979 about the Students\n"
          "The partner said that the students would return to Baghdad before the end of the "
          "month, and that the ministry regretted the incidents.\n")


def test_letter_spaced_form_under_an_empty_label(resources: Resources) -> None:
    facts = text_facts(SPACED, resources)
    assert facts["doc_type"] == "record of conversation"
    assert "N o t e" not in facts["registry_notes"]
