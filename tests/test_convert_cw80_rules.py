"""Rules for British and French ministries' papers in layouts the tables lacked (cw80):

- a file note's form in words (`NOTE FOR THE RECORD`, `Memorandum for the Record`, `NOTE FOR
  FILE`) over a subject head: the subject is the title (`bare_note.note_subject_title`);
- a record's or a note's first paragraph naming the seat of government where the talk was held
  (`saw the Taoiseach ... at 10 Downing Street at 11.00 a.m.`) gives the place of origin and
  its city when the document named none (`seats.opening_venue`); a town the paragraph names
  is no venue;
- a meeting's heading sentence (`CONCLUSIONS of a Meeting of the Cabinet held at ...`, row
  `meeting-heading`) is the record's own title, its venue the place of origin: the register
  place it names, else London for a building in a London postal district (`Admiralty House,
  S.W.1`; `pages/meeting_heading.meeting_title`, `meeting_venue`);
- the French `M.` before a particle's surname (`M. de Villefosse`, `M. DE MARGERIE`, `M. de la
  Grandville`) is Monsieur, not an initial: the local person is `de Villefosse` (table
  `name-trim`); `de la` is a particle of a heading's name (`parties._PARTICLES`);
- the European ministries' line over a signature naming whom the signer signs for (`Pour le
  Ministre et par autorisation :`, `Im Auftrag`, `Per il Ministro`) is the signature's role
  (table `signed-for`);
- (after the held samples) an edition's heading of a paper left or handed by a person
  (`Aide-mémoire left by John J. Hearne with the Department of State`) names its sender and
  addressee (table `title-shapes`); the copy's state alone in brackets under it (`(Copy)`)
  is no part of the heading (`rewrap._COPY_STATE`); the subject in capitals right under a
  brief's number line (`BRIEF No. 3` / `EUROPEAN POLITICAL CO-OPERATION: ...`) is the brief's
  title (`summary_lead.brief_title`);
- register: Londonderry, Darlington, Jacques Leprette, Roland de Margerie.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

NOTE_FOR_THE_RECORD = (
    "CONFIDENTIAL\n\n"
    "                          NOTE FOR THE RECORD\n\n"
    "              CALL BY THE DANISH FOREIGN MINISTER\n\n"
    "The Foreign Secretary saw Mr. Andersen at 10 Downing Street at 4.00 p.m. on\n"
    "Tuesday, 3 October 1972. He spoke of the situation in Londonderry.\n\n"
    "     Mr. Andersen said that Copenhagen would vote for entry.\n\n"
    "                                                            R.T.A.\n\n"
    "3 October 1972\n")


def test_the_subject_under_a_note_for_the_record_is_the_title(resources: Resources) -> None:
    facts = text_facts(NOTE_FOR_THE_RECORD, resources)
    assert facts["title"] == "CALL BY THE DANISH FOREIGN MINISTER"
    assert facts["doc_type"] == "memorandum"
    assert facts["date"] == "1972-10-03"


def test_the_seat_where_the_talk_was_held_is_the_place(resources: Resources) -> None:
    facts = text_facts(NOTE_FOR_THE_RECORD, resources)
    assert facts["place_of_origin"] in ("Downing Street", "London")
    assert "#pla-london" in text_xml(NOTE_FOR_THE_RECORD, resources).split("</correspDesc>")[0]
    town_only = NOTE_FOR_THE_RECORD.replace("at 10 Downing Street ", "")
    assert text_facts(town_only, resources)["place_of_origin"] is None  # Londonderry: no venue


CONCLUSIONS = (
    "SECRET                                                        Copy No. 52\n\n"
    "C.C. (62)\n47th Conclusions\n\n"
    "                                CABINET\n\n"
    "CONCLUSIONS of a Meeting of the Cabinet held at Admiralty House, S.W.1,\n"
    "on Thursday, 26th July, 1962, at 10.30 a.m.\n\n"
    "Present:\n"
    "The Right Hon. HAROLD MACMILLAN, M.P., Prime Minister\n\n"
    "Berlin\n\n"
    "     1. The Foreign Secretary said that Mr. Gromyko had proposed talks at Geneva.\n\n"
    "Cabinet Office, S.W.1,\n"
    "27th July, 1962.\n")


def test_a_meeting_heading_sentence_is_the_title_and_its_venue_the_place(
        resources: Resources) -> None:
    facts = text_facts(CONCLUSIONS, resources)
    assert facts["title"] == ("CONCLUSIONS of a Meeting of the Cabinet held at Admiralty House, "
                              "S.W.1, on Thursday, 26th July, 1962, at 10.30 a.m.")
    assert facts["date"] == "1962-07-26"
    assert facts["place_of_origin"] == "London"
    at_number_ten = CONCLUSIONS.replace("Admiralty House, S.W.1,", "10 Downing Street, S.W.1,")
    assert "#pla-london" in text_xml(at_number_ten, resources).split("</correspDesc>")[0]


DEPECHE = (
    "                                   58\n\n"
    "M. COUVE DE MURVILLE, MINISTRE DES AFFAIRES ÉTRANGÈRES,\n"
    "À M. DE VILLEFOSSE, AMBASSADEUR DE FRANCE À BONN.\n\n"
    "D. n° 412/EU.                                                  Confidentiel.\n\n"
    "                                                     Paris, 14 février 1963.\n\n"
    "Je vous prie de voir M. de Villefosse et M. Duplessis demain.\n\n"
    "              (Signé) : Charles LUCET.\n")


def test_monsieur_before_a_particle_is_no_initial(resources: Resources) -> None:
    facts = text_facts(DEPECHE, resources)
    assert facts["addressee"] == ["de Villefosse"]
    assert facts["sender"][0] == "Maurice Couve de Murville"
    xml = text_xml(DEPECHE, resources)
    assert 'type="reg">de Villefosse<' in xml and "M. de Villefosse</persName>" not in xml


def test_register_names_of_these_papers(resources: Resources) -> None:
    xml = text_xml("FM UKMIS NEW YORK 212359Z MAR 77\nTO IMMEDIATE FCO\n"
                   "TELEGRAM NUMBER 312 OF 21 MARCH\n\n1. VON WECHMAR AND LEPRETTE AGREED. "
                   "I spoke of Londonderry and Darlington and saw M. de Margerie.\n\nRICHARD\n",
                   resources)
    for ref in ("per-jacques-leprette", "pla-londonderry", "pla-darlington",
                "per-roland-de-margerie"):
        assert f'ref="#{ref}"' in xml, ref


def test_a_french_signed_for_line_is_the_signature_s_role(resources: Resources) -> None:
    text = DEPECHE.replace("(Signé) : Charles LUCET.",
                           "Pour le Ministre et par autorisation :\n"
                           "              Le Directeur d'Europe,\n"
                           "              (Signé) : Charles LUCET.")
    signed = text_facts(text, resources)["signed"]
    assert signed.startswith("Pour le Ministre et par autorisation") and "LUCET" in signed


def test_de_la_is_a_particle_of_a_heading_s_name(resources: Resources) -> None:
    text = DEPECHE.replace("DE VILLEFOSSE, AMBASSADEUR DE FRANCE À BONN",
                           "DE LA GRANDVILLE, CONSUL GÉNÉRAL DE FRANCE À BERLIN")
    assert text_facts(text, resources)["addressee"] == ["de la Grandville"]


AIDE_MEMOIRE = ("No. 118 NAI DFA 305/57/62\n\n"
                "Aide-mémoire left by John J. Hearne with the Department of State\n"
                "(Copy)\n\n"
                "WASHINGTON, 9 October 1952\n\n"
                "The Irish Government wish to make their position clear to Mr. Acheson.\n")


def test_a_paper_left_by_a_person_names_its_sender(resources: Resources) -> None:
    facts = text_facts(AIDE_MEMOIRE, resources)
    assert facts["title"] == "Aide-mémoire left by John J. Hearne with the Department of State"
    assert facts["sender"] == ["John J. Hearne"]
    assert facts["place_of_origin"] == "Washington"


BRIEF = ("FCO 33/2987\n\nCONFIDENTIAL\n\n"
         "         VISIT OF THE NETHERLANDS FOREIGN MINISTER: 14-15 MAY 1976\n\n"
         "                               BRIEF No. 3\n\n"
         "          EUROPEAN POLITICAL CO-OPERATION: THE EURO-ARAB DIALOGUE\n\n"
         "POINTS TO MAKE\n\n"
         "1.   We welcome the Netherlands' readiness to take part.\n\n"
         "Western European Department\n10 May 1976\n")


def test_the_subject_under_a_brief_s_number_is_the_title(resources: Resources) -> None:
    facts = text_facts(BRIEF, resources)
    assert facts["title"] == "EUROPEAN POLITICAL CO-OPERATION: THE EURO-ARAB DIALOGUE"
    assert facts["date"] == "1976-05-10"
