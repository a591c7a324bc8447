"""Rules for notes, notes for the record and personal messages in layouts the tables lacked
(memcon79):

- a ministry's note under the one word of its form (`NOTE`, perhaps letter-spaced), a head or
  a heading line alone, is a memorandum (`bare_note.bare_note_type`, asked when no type word
  was found and no third-person opening told it), the record of a conversation when the line
  under it names one; the subject set as the next head under it is the title
  (`bare_note.note_subject_title`);
- a seat of government alone on a heading line (`10 DOWNING STREET`, a register place read as
  a destination) over a memorandum's or a record's form line is where the paper was written
  (`seats.heading_seat`, intel79's reading of any form's first heading lines);
- a heading in capitals naming the writer's office, broken before the addressee's `TO THE
  ...`, is one line (`wraps._broken_heading`), so the title;
- a library's box numbered with a small letter (`Box 118a`) and the Nehru Memorial Museum &
  Library's citation of private papers (`P.N. Haksar Papers (I Instalment), Subject File No.
  203`) are references (table `archival-reference`), the library the repository (table
  `archive-name`), not Nehru;
- a single copies line by `cc:` at the foot is a distribution line (table `processing`), so
  the initials and date above it close the text;
- a short heading line no table knows that opens with a memorandum's or a record's name (the
  German `Notiz für den Herrn Minister`; table `doc-types`: `notiz für`, `aktenvermerk`,
  `gesprächsnotiz` ...) is the form (`doc_types.document_type`, after the other candidates);
- a speech's, statement's or toast's heading naming its speaker (`SPEECH BY PRIME MINISTER
  ...`) is the title (table `page-title`); its hearers in the salutation (`Excellencies,
  Friends`) are no persons (table `not-names`);
- (after the held samples) a record's heading line naming when it was held dates it before
  the archive's date line when the page's title names that day too (`..., 6 July 1956` over
  the archive's `July 09, 1956`: the typing's), and places it at the town closing that line
  (`held on 6 July 1956 at Brioni`; `meeting_dates.meeting_date`); `Mitglied` and `Kandidat`
  are no names (table `not-names`); `Polen`, `Volksrepublik Polen`, `VR Polen` (register);
- the French transliterations `Kossyguine`, `Zorine`, `Léningrad`, `Novossibirsk` (register).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

FRENCH_NOTE = ("MINISTÈRE DES AFFAIRES ÉTRANGÈRES\n"
               "Direction des Affaires politiques\n"
               "N° 87/AP\n"
               "                                        Paris, le 2 février 1967\n\n"
               "                    NOTE\n"
               "              pour le Secrétaire général\n\n"
               "Objet : Entretien avec l'ambassadeur d'U.R.S.S.\n\n"
               "M. Zorine a indiqué que M. Kossyguine viendrait à Paris au printemps et "
               "souhaiterait visiter Léningrad avec le Général.\n\n"
               "                               Jean Durand\n")


def test_a_note_under_its_one_word_is_a_memorandum(resources: Resources) -> None:
    facts = text_facts(FRENCH_NOTE, resources)
    assert facts["doc_type"] == "memorandum"
    assert facts["telegram_number"] is None
    assert facts["place_of_origin"] == "Paris"
    xml = text_xml(FRENCH_NOTE, resources)
    assert 'ref="#per-alexei-kosygin">Kossyguine' in xml
    assert 'ref="#per-valerian-zorin">Zorine' in xml
    assert 'ref="#pla-leningrad">Léningrad' in xml


NOTING = ("NEHRU MEMORIAL MUSEUM & LIBRARY\n"
          "P.N. Haksar Papers (I Instalment), Subject File No. 203\n\n"
          "                 MINISTRY OF EXTERNAL AFFAIRS\n\n"
          "File No. EA/1107/9/71\n\n"
          "                          NOTE\n\n"
          "        Call of the Nepalese Ambassador on the Foreign Secretary\n\n"
          "     The Nepalese Ambassador called on me this afternoon and spoke of the trade "
          "treaty.\n\n"
          "     2. I told him that we would study his proposals.\n\n"
          "                                          (T.N. Kaul)\n"
          "                                       Foreign Secretary\n"
          "                                           28.10.1971\n")


def test_the_subject_under_a_note_is_the_title(resources: Resources) -> None:
    facts = text_facts(NOTING, resources)
    assert facts["doc_type"] == "memorandum"
    assert facts["title"] == "Call of the Nepalese Ambassador on the Foreign Secretary"
    assert facts["date"] == "1971-10-28"
    assert facts["repository"] == "NEHRU MEMORIAL MUSEUM & LIBRARY"
    assert facts["archive_idno"] == "P.N. Haksar Papers (I Instalment), Subject File No. 203"
    assert "per-jawaharlal-nehru" not in text_xml(NOTING, resources)


RECORD_NOTE = ("                         N O T E\n"
               "on the conversation between the Minister and the Ambassador of India, held on "
               "4 May 1962\n\n"
               "The Ambassador spoke of the border.\n")


def test_a_note_on_a_conversation_is_its_record(resources: Resources) -> None:
    assert text_facts(RECORD_NOTE, resources)["doc_type"] == "record of conversation"


PREM = ("                                        10 DOWNING STREET\n\n"
        "CONFIDENTIAL\n\n"
        "                              NOTE FOR THE RECORD\n\n"
        "The Prime Minister saw the Soviet Ambassador at 1630 today at his request.\n\n"
        "                                                              A.J.C.\n\n"
        "          16 September 1983\n\n"
        "cc: Mr. Fall\n")


def test_a_note_for_the_record_is_written_at_its_seat_and_closed_over_its_cc(
        resources: Resources) -> None:
    facts = text_facts(PREM, resources)
    assert facts["doc_type"] == "memorandum"
    assert facts["place_of_origin"] == "Downing Street"
    assert facts["date"] == "1983-09-16"
    assert facts["signed"] == "A.J.C."


MESSAGE = ("John F. Kennedy Presidential Library\n"
           "President's Office Files, Countries: India, Box 118a\n\n"
           "TEXT OF A PERSONAL MESSAGE FROM THE PRIME MINISTER OF INDIA\n"
           "TO THE PRESIDENT OF THE UNITED STATES\n\n"
           "Dear Mr. President,\n\n"
           "The Chinese forces have overrun Sela and Bomdila, and Tezpur now lies open.\n\n"
           "Yours sincerely,\n\n"
           "Jawaharlal Nehru\n\n"
           "New Delhi,\n"
           "November 19, 1962.\n")


def test_a_capitals_heading_broken_before_its_addressee_is_the_title(
        resources: Resources) -> None:
    facts = text_facts(MESSAGE, resources)
    assert facts["title"] == ("TEXT OF A PERSONAL MESSAGE FROM THE PRIME MINISTER OF INDIA TO "
                              "THE PRESIDENT OF THE UNITED STATES")
    assert facts["doc_type"] == "letter"
    assert facts["archive_idno"] == "President's Office Files, Countries: India, Box 118a"
    xml = text_xml(MESSAGE, resources)
    assert 'ref="#pla-bomdila"' in xml and 'ref="#pla-tezpur"' in xml and 'ref="#pla-se-la"' in xml


NOTIZ = ("AUSWÄRTIGES AMT\n"
         "Ministerbüro\n"
         "                                              Bonn, den 12. Oktober 1970\n\n"
         "Notiz für den Herrn Minister\n\n"
         "Betr.: Besuch des polnischen Vizeaußenministers\n\n"
         "Der Vizeaußenminister wird am 15. Oktober in Bonn eintreffen.\n\n"
         "Schönfeld\n")


def test_a_heading_line_opening_with_a_notes_name_is_its_form(resources: Resources) -> None:
    assert text_facts(NOTIZ, resources)["doc_type"] == "memorandum"


SPEECH = ("SPEECH BY PRIME MINISTER INDIRA GANDHI AT THE BANQUET IN HONOUR OF PRESIDENT "
          "BREZHNEV\n"
          "New Delhi, 27 November 1973\n\n"
          "Mr. President, Excellencies, Friends,\n\n"
          "It gives me great pleasure to welcome you to India once again.\n")


def test_a_speech_is_titled_by_its_heading_and_greets_no_persons(resources: Resources) -> None:
    facts = text_facts(SPEECH, resources)
    assert facts["title"].startswith("SPEECH BY PRIME MINISTER INDIRA GANDHI")
    xml = text_xml(SPEECH, resources)
    assert "per-excellencies" not in xml and "per-friends" not in xml


ZABELESKA = ("Wilson Center Digital Archive\n\n"
             "Note on the Conversation between President Tito and Ambassador Firyubin, "
             "6 July 1956\n\n"
             "Citation: \"Note on the Conversation between President Tito and Ambassador "
             "Firyubin, 6 July 1956,\" July 09, 1956, History and Public Policy Program "
             "Digital Archive, Archives of Yugoslavia, KPR I-3-a/101-14.\n\n"
             "                                     N O T E\n"
             "on the conversation between the President of the Republic and the Ambassador of "
             "the USSR, N.P. Firyubin, held on 6 July 1956 at Brioni\n\n"
             "Firyubin handed over a letter of the Presidium.\n\n"
             "Belgrade, 9 July 1956\n")


def test_a_title_naming_the_meetings_day_dates_the_record_by_it(resources: Resources) -> None:
    facts = text_facts(ZABELESKA, resources)
    assert facts["doc_type"] == "record of conversation"
    assert facts["date"] == "1956-07-06"
    assert facts["place_of_origin"] == "Brijuni"


SED = ("Streng vertraulich!\n\n"
       "                              I n f o r m a t i o n\n"
       "über das Gespräch des Genossen Erich Honecker mit dem Ersten Sekretär des ZK der PVAP, "
       "Genossen Stanisław Kania, am 12. März 1981 in Berlin\n\n"
       "An dem Gespräch nahmen teil:\n"
       "Genosse Hermann Axen, Mitglied des Politbüros\n\n"
       "Genosse Kania informierte über die Lage in der Volksrepublik Polen.\n")


def test_a_member_is_no_person_and_polen_is_poland(resources: Resources) -> None:
    xml = text_xml(SED, resources)
    assert "per-mitglied" not in xml
    assert 'ref="#pla-poland">Volksrepublik Polen' in xml
