"""Rules for records of talks and briefs in layouts the tables lacked (memcon77):

- a record of a conversation under its other names: `COMPTE RENDU`, `procès-verbal de
  l'entretien`, `resoconto del colloquio`, a Czechoslovak `OFFICIAL RECORD` (`úřední
  záznam`) and a record `of the visit of ...` (table `doc-types`); a short line in capitals
  that the heading does not know and that names a record's form (`COMPTE RENDU`) is read for
  the form (`doc_types._numbered_form_lines`), not a cable form's line;
- the French and Italian editions' title of a talk naming both sides (`Entretien du général
  de Gaulle avec M. Vinogradov, ambassadeur d'U.R.S.S.`, `Colloquio del Ministro ... con
  ...`) is the editors' heading (table `frus`, row heading), joined when the print breaks it
  after a comma before an office in small letters (`pages/frus._continues_heading`);
- a numbered record field `1. Date and time:` dates the record by the talks
  (`segment._own_groups`), `Venue:` places it (table `heading-labels`, place);
- a copy's number out of the copies made (`Copy No. 4 of 10`) is the heading's copy line
  (table `heading`, row copy), and a ministry's drafting division and bureau (`First North
  America Division,` / `North American Affairs Bureau`) are heading lines (row other), so the
  title under them heads the text and names its form;
- a department's brief by its number (`BRIEF No. 3`, `steering brief`) is a report (table
  `doc-types`); the place and day under a heading line naming a meeting with someone or a
  visit (`PRIME MINISTER'S MEETING WITH PRESIDENT MITTERRAND` / `PARIS, 20 JANUARY 1986`) are
  the occasion's, not the paper's dateline (`occasion_lines`), which its foot gives; a
  record's own line naming its meeting (`Stenographic transcript of the meeting between ...`)
  keeps its date;
- (after the held samples) the German edition's title of a talk (`Gespräch des
  Bundeskanzlers Schmidt mit dem sowjetischen` / `Botschafter Falin in Hamburg`, table
  `frus`, row heading) is the title, joined when broken after a word in small letters; a
  diary's entry headed by its day alone dates the record (`meeting_dates._entry_day`), and
  the reader's `Translated by X` line among the heads names the translator
  (`header.credit_heads`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

DDF = ("DOCUMENTS DIPLOMATIQUES FRANÇAIS                                        212\n\n"
       "                                  71\n\n"
       "                           COMPTE RENDU\n\n"
       "        Entretien du général de Gaulle avec M. Zorine,\n"
       "                   ambassadeur d'U.R.S.S.\n\n"
       "Secret.                                    Paris, le 3 mai 1966.\n\n"
       "L'ambassadeur a été reçu par le général de Gaulle le 3 mai à 16 h. Il a parlé du "
       "voyage du Président à Moscou.\n\n"
       "Le Général a répondu que la date n'était pas encore fixée.\n")


def test_a_compte_rendu_under_its_editors_title_is_a_record(resources: Resources) -> None:
    facts = text_facts(DDF, resources)
    assert facts["doc_type"] == "record of conversation"
    assert facts["title"] == "Entretien du général de Gaulle avec M. Zorine, ambassadeur d'U.R.S.S."
    assert facts["date"] == "1966-05-03"
    assert facts["place_of_origin"] == "Paris"


OFFICIAL = ("Ministry of Foreign Affairs                                      SECRET\n"
            "5th Territorial Department\n"
            "No. 021.118/64-5                                                 Copy No. 3\n\n"
            "OFFICIAL RECORD\n\n"
            "of the visit of the Ambassador of the DRV to Deputy Minister Comrade Klička "
            "on 4 May 1964\n\n"
            "The ambassador came at his own request and spoke of the situation in the South.\n\n"
            "Prague, 5 May 1964\n\nRecorded by: J. Kudrna\n")


def test_an_official_record_is_a_record_of_conversation(resources: Resources) -> None:
    assert text_facts(OFFICIAL, resources)["doc_type"] == "record of conversation"


MOFA = ("                                                        TOP SECRET\n"
        "                                                        Copy No. 2 of 8\n"
        "                                      Second Southeast Asia Division,\n"
        "                                      Asian Affairs Bureau\n\n"
        "        Record of the Talks between Foreign Minister Miki and\n"
        "             Ambassador Johnson (Summary)\n\n"
        "1. Date and time: March 3, 1967, 3:00 p.m. - 4:30 p.m.\n"
        "2. Venue: Minister's Office, Tokyo\n"
        "3. Attendees: Foreign Minister Miki, Ambassador Johnson\n\n"
        "Minister Miki said that the Government wished to be informed before any escalation.\n\n"
        "(End)\n")


def test_a_ministry_record_of_talks_under_its_division_lines(resources: Resources) -> None:
    facts = text_facts(MOFA, resources)
    assert facts["doc_type"] == "record of conversation"
    assert facts["title"] == ("Record of the Talks between Foreign Minister Miki and Ambassador "
                              "Johnson (Summary)")
    assert facts["date"] == "1967-03-03"
    assert facts["place_of_origin"] == "Tokyo"


def test_a_copy_out_of_the_copies_made_is_the_copy_line(resources: Resources) -> None:
    assert '<ab type="registry" subtype="copy">Copy No. 2 of 8</ab>' in text_xml(MOFA, resources)


BRIEF = ("PREM 19/2011                                                   CONFIDENTIAL\n\n"
         "            PRIME MINISTER'S MEETING WITH CHANCELLOR KOHL\n"
         "                          BONN, 27 APRIL 1987\n\n"
         "                                 BRIEF No. 2\n\n"
         "                           EAST-WEST RELATIONS\n\n"
         "POINTS TO MAKE\n\n"
         "1. Welcome the Chancellor's support for the proposals made in Moscow.\n\n"
         "2. We should keep the Alliance together on the next steps.\n\n"
         "Soviet Department\n"
         "Foreign and Commonwealth Office\n"
         "22 April 1987\n")


def test_a_brief_is_dated_at_its_foot_not_by_its_occasion(resources: Resources) -> None:
    facts = text_facts(BRIEF, resources)
    assert facts["doc_type"] == "report"
    assert facts["date"] == "1987-04-22"
    assert facts["place_of_origin"] != "Bonn"


TRANSCRIPT = ("CENTRAL COMMITTEE OF THE POLISH UNITED WORKERS' PARTY\n"
              "Stenographic transcript of the meeting between Władysław Gomułka and "
              "Walter Ulbricht\n"
              "Warsaw, 4 June 1965\n\n"
              "Comrade Gomułka opened the meeting and greeted the delegation.\n")


def test_a_record_of_its_own_meeting_keeps_the_meetings_date(resources: Resources) -> None:
    facts = text_facts(TRANSCRIPT, resources)
    assert facts["date"] == "1965-06-04"
    assert facts["place_of_origin"] == "Warsaw"


AAPD = ("                                   142\n\n"
        "         Gespräch des Bundeskanzlers Schmidt mit dem sowjetischen\n"
        "                     Botschafter Falin in Bonn\n\n"
        "VS-vertraulich\n\n"
        "                                 Vermerk\n\n"
        "Der Botschafter überbrachte Grüße von Generalsekretär Breschnew.\n\n"
        "Der Bundeskanzler erwiderte, ein Termin im Herbst sei denkbar.\n")


def test_a_german_editions_talk_title_wrapped_is_the_title(resources: Resources) -> None:
    facts = text_facts(AAPD, resources)
    assert facts["title"] == ("Gespräch des Bundeskanzlers Schmidt mit dem sowjetischen "
                              "Botschafter Falin in Bonn")
    assert facts["doc_type"] == "record of conversation"


DIARY = ("National Security Archive Electronic Briefing Book No. 220\n\n"
         "THE DIARY OF ANATOLY S. CHERNYAEV\n1987\n\n"
         "Donated by A. S. Chernyaev to the National Security Archive\n"
         "Translated by Anna Melyakova\n"
         "Edited by Svetlana Savranskaya\n\n[...]\n\n"
         "March 2, 1987\n\n"
         "Today Gorbachev spoke of the package again. He was calm.\n")


def test_a_diary_entry_is_dated_by_its_day_and_credits_its_translator(
        resources: Resources) -> None:
    facts = text_facts(DIARY, resources)
    assert facts["date"] == "1987-03-02"
    assert facts["translator"] == "Anna Melyakova"
