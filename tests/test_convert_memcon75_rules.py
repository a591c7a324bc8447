"""Rules for records and memoranda of conversations in layouts the tables lacked (memcon75):

- an edition's title of a journal's entry naming its keeper, the record and the other party
  and closed by the conversation's day (`From the Journal of S. V. Chervonenko, Record of
  Conversation with Deng Xiaoping, 28 May 1960`, under a Bulletin's `DOCUMENT No. 6`) is the
  page's title under no date line too (`pages/titles._closed_by_day`); the journal's own
  heading line (`From the journal of`) is not;
- an ambassador's post in capitals (`AMBASSADOR OF THE USSR IN THE PRC`) names its seat:
  the capitalised words of the sending state stop before `IN`, `TO`, `AT` (table
  `post-seats`, row post);
- a heading in capitals under its form's line and wrapped after an article or a preposition
  (`RECORD OF THE MEETING` / `OF COMRADE ENVER HOXHA WITH THE AMBASSADOR OF THE` /
  `PEOPLE'S REPUBLIC OF CHINA, LUO SHIQING`) is the title, in title case
  (`form_titles._capitals_run_on`);
- the note-taker's line `The record was kept by: X` signs the record (`parts.SIGNED_MARK`,
  table `name-phrases`);
- a speaker's turn opening its paragraph with a given name and surname the register lacks, a
  colon and words ending a sentence (`Ion Popescu: Comrade Gheorghiu-Dej asked me ...`) tags
  the speaker (`inline._TURN_LABEL`); not a title's `Belgian Grey Book: Baron ...`;
- a number after its mark (`SECRET, Copy No. 1`) is no footnote marker set off after a stop
  (`glued_notes._WORD_GLUED_NOTE`);
- (seen on the held samples) a British `NOTE FOR THE RECORD` is the form's line, kept whole in
  a built title (tables `heading`, `doc-types`); a GDR record's heads in German (`V e r m e r k`
  / `über das Gespräch des Genossen ... mit ..., am 14. März 1979` / `im Hause des ZK`) title
  the record and date it by the conversation (`form_titles._CONVERSATION_HEAD`, `_GOES_ON`,
  table `meeting-held`);
- an enclosure's label (`Enclosure No. 1` / `Despatch No. 1187` / `From Amembassy, TOKYO`)
  names the covering despatch's sender, not the enclosed paper's (`recognise._enclosure_label`);
- a drafting line without its office symbol (`RLSneider:mk`) is processing naming its drafter
  (table `processing`, row control; `drafting_lines._BARE_DRAFTER`), the document's person of
  the surname first; a memorandum no one signed has its drafter as sender
  (`drafting_lines.drafter_sender`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

BULLETIN = ("COLD WAR INTERNATIONAL HISTORY PROJECT BULLETIN, ISSUE 14/15            173\n\n"
            "DOCUMENT No. 6\n\n"
            "From the Journal of S. V. Chervonenko, Record of Conversation with Deng Xiaoping, "
            "28 May 1960\n\n"
            "[Source: AVP RF, f. 0100, op. 53, p. 454, d. 8, ll. 112-117. Translated for CWIHP "
            "by Sergey Radchenko.]\n\n"
            "SECRET, Copy No. 2\n"
            "From the journal of                                        \"9\" June 1960\n"
            "S. V. CHERVONENKO                                          Outgoing No. 212\n\n"
            "RECORD OF CONVERSATION\nwith General Secretary of the CC CPC\nDeng Xiaoping\n\n"
            "28 May 1960\n\n"
            "At 4 p.m. I visited Deng Xiaoping and handed him the letter of the CC CPSU.\n\n"
            "Deng Xiaoping said that the CC CPC had studied the reports.\n\n"
            "AMBASSADOR OF THE USSR IN THE PRC\n"
            "                                   /S. CHERVONENKO/\n")


def test_a_bulletin_journal_title_closed_by_the_day_is_the_title(resources: Resources) -> None:
    facts = text_facts(BULLETIN, resources)
    assert facts["title"] == ("From the Journal of S. V. Chervonenko, Record of Conversation "
                              "with Deng Xiaoping, 28 May 1960")
    assert facts["date"] == "1960-05-28"
    assert facts["translator"] == "Sergey Radchenko"
    assert facts["archive_idno"].startswith("AVP RF, f. 0100")


def test_an_ambassadors_post_in_capitals_names_its_seat(resources: Resources) -> None:
    assert text_facts(BULLETIN, resources)["place_of_origin"] == "Beijing"


ALBANIAN = ("                                                         TOP SECRET\n\n"
            "               RECORD OF THE MEETING\n"
            "   OF COMRADE ENVER HOXHA WITH THE AMBASSADOR OF THE\n"
            "      PEOPLE'S REPUBLIC OF CHINA, LUO SHIQING\n\n"
            "                  Tirana, 12 October 1961\n\n"
            "Present from our side: Comrade Mehmet Shehu.\n\n"
            "Comrade Enver Hoxha: Welcome, Comrade Ambassador.\n\n"
            "Luo Shiqing: I will report everything to Beijing at once.\n\n"
            "                                  The record was kept by: Ramiz Alia\n")


def test_a_capitals_heading_wrapped_after_an_article_is_the_title(resources: Resources) -> None:
    facts = text_facts(ALBANIAN, resources)
    assert facts["title"] == ("Record of the Meeting of Comrade Enver Hoxha with the "
                              "Ambassador of the People's Republic of China, Luo Shiqing")
    assert facts["date"] == "1961-10-12"


def test_the_record_was_kept_by_signs_the_record(resources: Resources) -> None:
    facts = text_facts(ALBANIAN, resources)
    assert facts["signed"] == "The record was kept by: Ramiz Alia"
    assert facts["sender"] == ["Ramiz Alia"]


ENCLOSED = ("                                                   Enclosure No. 1\n"
            "                                                   Despatch No. 1187\n"
            "                                                   From Amembassy, TOKYO\n\n"
            "CONFIDENTIAL\n\n"
            "                    MEMORANDUM OF CONVERSATION\n\n"
            "Date:         May 4, 1960\n"
            "Place:        Prime Minister's Official Residence, Tokyo\n\n"
            "Participants: Prime Minister Nobusuke Kishi\n"
            "              Mr. Leonard Q. Hartwell, First Secretary of Embassy\n\n"
            "Subject:      Ratification of the Treaty\n\n"
            "The Prime Minister received the Ambassador at 10:30 a.m.\n\n"
            "Kishi said that the Treaty would pass by May 20.\n\n"
            "                                            LQHartwell:mk\n"
            "                                            Embassy Tokyo, May 5, 1960\n")


def test_an_enclosure_label_names_no_sender_and_the_drafter_sends(
        resources: Resources) -> None:
    facts = text_facts(ENCLOSED, resources)
    assert facts["sender"] == ["Leonard Q. Hartwell"]
    assert facts["date"] == "1960-05-04"
    assert "Amembassy" not in facts["title"]
    assert 'subtype="control"' in text_xml(ENCLOSED, resources)


TURNS = ("RECORD OF THE CONVERSATION\n\nTirana, 4 June 1963\n\n"
         "Comrade Mehmet Shehu: We have read your statement.\n\n"
         "Ion Popescu: Comrade Gheorghiu-Dej asked me to say that Romania will not yield.\n")


def test_a_speakers_turn_names_a_person_the_register_lacks(resources: Resources) -> None:
    xml = text_xml(TURNS, resources)
    assert '<persName ref="#per-ion-popescu">Ion Popescu</persName>:' in xml
    titled = text_xml("Belgian Grey Book: Baron Verhaegen to Count Lindholm, 29 July 1914\n\n"
                      "The Minister asked me to see him.\n", resources)
    assert "per-grey-book" not in titled


def test_a_copy_number_is_no_note_marker(resources: Resources) -> None:
    text = ("SECRET, Copy No. 1\n\nRECORD OF CONVERSATION\nwith Pham Van Dong\n\n"
            "14 February 1969\n\nPham Van Dong said that Xuan Thuy would go to Paris.[1]\n\n"
            "I agreed.\n\n/V. LIKHACHEV/\n\n[1] The talks resumed on 20 February 1969.\n")
    assert "Copy No. 1</ab>" in text_xml(text, resources)


def test_a_note_for_the_record_is_a_form_line(resources: Resources) -> None:
    text = ("NOTE FOR THE RECORD\n\nThe Prime Minister received the Soviet Ambassador at "
            "Admiralty House this afternoon.\n\n2. The meeting ended at 4.40 p.m.\n\n"
            "                  P. F. de Z.\n\n24 February, 1962.\n")
    facts = text_facts(text, resources)
    assert facts["title"].startswith("Note for the Record")
    assert facts["doc_type"] == "memorandum"
    assert facts["addressee"] == []


def test_a_german_record_head_titles_and_dates_the_record(resources: Resources) -> None:
    text = ("Sozialistische Einheitspartei Deutschlands\nZentralkomitee\n"
            "Abteilung Internationale Verbindungen\n\n"
            "                                 Berlin, den 16. März 1979\n"
            "                                 Vertrauliche Verschlußsache\n"
            "                                 b 5 - 214/79\n"
            "                                 4. Ausfertigung\n\n"
            "                         V e r m e r k\n\n"
            "über das Gespräch des Genossen Hermann Axen mit dem Mitglied des\n"
            "Politbüros der KP Vietnams, Genossen Le Duc Tho, am 14. März 1979\n"
            "im Hause des ZK\n\n"
            "An dem Gespräch nahmen teil:\n"
            "Genosse Friedel Trappen, stellvertretender Leiter der Abteilung IV\n\n"
            "Dolmetscher: Genosse Klaus Schreiber\n\n"
            "Genosse Le Duc Tho informierte über die Lage an der Nordgrenze.\n\n"
            "Genosse Axen dankte für die Information.\n\n"
            "                                 gez. Trappen\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1979-03-14"
    assert facts["title"].endswith("am 14. März 1979 im Hause des ZK")
