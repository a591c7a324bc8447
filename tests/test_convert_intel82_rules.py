"""Rules for intelligence documents in forms not sampled before (intel82):

- an FBIS item's issue line may stand under the service's name, `DAILY REPORT` and the
  region on lines of their own (`pages/fbis.py`, the issue's reach), and its source line may
  close on the bureau's single letter after the day (`... 1612 GMT 22 Jul 71 W`: tables
  `fbis-item` and `heading`);
- one item of a current-intelligence issue (`CURRENT INTELLIGENCE WEEKLY SUMMARY` / `PART I`
  / `OF IMMEDIATE INTEREST` / the item's headline in capitals) takes the headline as its
  title, a subject naming no parties (`intelligence_titles.publication_item_title`, table
  `intelligence-issue-parts`);
- a report's form alone as the first head with its subject after a linking word in the
  second (`Bericht` / `über das Auftreten des ...`) is the report's title
  (`intelligence_titles._form_and_subject`);
- a surname in capitals with the given name after a comma (`LOEWE, Lothar`) is the person
  the register knows (`inverted_given.py`);
- the MfS's signing office (`Leiter der Hauptabteilung`) is no person (table
  `office-words`);
- the JIC secretariat's reference (`J.I.C./1842/56`) marks a minute (table
  `minute-sheet`), and a minute's subject in mixed case under the office it goes to in
  capitals (`PRIME MINISTER`) is its title (`intelligence_titles._office_subject`, table
  `minute-offices`);
- the KGB's name in translation with `for` and on two lines (`Committee for State Security`
  / `of the USSR Council of Ministers`) is a letterhead (table `heading`), and a
  translation's language line over it is no cable sign (`letter_signs._MARK_LINES`): with
  the address `CC CPSU` a memorandum, its number the outgoing one;
- a zapiska's subject line under its address to the Central Committee (`On the activity of
  ...`, no full stop) is its title (`intelligence_titles._submission_subject`);
- the Magic Summary's form line with its article (`THE "MAGIC" SUMMARY`) is a report's
  (table `heading`);
- register: Wolf Biermann, Sherman Kent, the Panchen Lama (Choekyi Gyaltsen), Sultan
  Mohammed Khan, Gerd von Rundstedt; Shigatse, Kalimpong, Pas de Calais.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml


def test_fbis_issue_line_under_masthead_and_bureau_single_letter(resources: Resources) -> None:
    text = ("FOREIGN BROADCAST INFORMATION SERVICE\nDAILY REPORT\nSOVIET UNION\n\n"
            "FBIS-SOV-72-101                                   24 May 1972\n\n"
            "BREZHNEV GREETS AMERICAN GUESTS\n\n"
            "Moscow TASS International Service in English 1745 GMT 23 May 72 L\n\n"
            "[Text] Moscow, 23 May--Leonid Brezhnev today received the visitors.\n")
    facts = text_facts(text, resources)
    assert facts["title"] == "BREZHNEV GREETS AMERICAN GUESTS"
    assert facts["date"] == "1972-05-23"
    assert facts["place_of_origin"] == "Moscow"


def test_weekly_summary_item_headline_is_title_no_parties(resources: Resources) -> None:
    text = ("SECRET\n\nCURRENT INTELLIGENCE WEEKLY SUMMARY\n\n2 April 1959\n\n"
            "PART II\n\nNOTES AND COMMENTS\n\nNEW PRESSURE ON BERLIN ACCESS ROUTES\n\n"
            "East German police have stopped several convoys on the autobahn.\n")
    facts = text_facts(text, resources)
    assert facts["title"] == "NEW PRESSURE ON BERLIN ACCESS ROUTES"
    assert facts["doc_type"] == "report"
    assert facts["addressee"] == []


def test_weekly_summary_with_several_items_keeps_the_publication(
        resources: Resources) -> None:
    text = ("SECRET\n\nCURRENT INTELLIGENCE WEEKLY SUMMARY\n\n2 April 1959\n\n"
            "NEW PRESSURE ON BERLIN ACCESS ROUTES\n\n"
            "East German police have stopped several convoys on the autobahn this week.\n\n"
            "UNREST IN THE BELGIAN CONGO\n\nRiots went on in Leopoldville for a third day, "
            "and the authorities have called in troops.\n\n"
            "The Belgian government is expected to announce reforms next month.\n")
    assert text_facts(text, resources)["title"] == "Current Intelligence Weekly Summary"


def test_report_form_head_and_linked_subject_head(resources: Resources) -> None:
    text = ("Ministerium für Staatssicherheit\nBezirksverwaltung Leipzig\n\n"
            "Leipzig, 3. März 1978\n\nBericht\n\n"
            "über einen Besuch des Korrespondenten in der Nikolaikirche\n\n"
            "Der Korrespondent traf am 1. März 1978 in Leipzig ein.\n")
    facts = text_facts(text, resources)
    assert facts["title"] == ("Bericht über einen Besuch des Korrespondenten in der "
                              "Nikolaikirche")


def test_capitals_surname_comma_given_name(resources: Resources) -> None:
    text = ("Ministerium für Staatssicherheit\n\nBerlin, 5. Mai 1976\n\n"
            "Information\n\nDer Journalist LOEWE, Lothar, traf sich mit Kirchenvertretern.\n")
    xml = text_xml(text, resources)
    assert 'ref="#per-lothar-loewe">LOEWE, Lothar</persName>' in xml


def test_mfs_signing_office_is_no_person(resources: Resources) -> None:
    text = ("Ministerium für Staatssicherheit\nHauptabteilung XX\n\n"
            "Berlin, 5. Mai 1976\n\nDer Sänger Biermann trat in einer Kirche auf.\n\n"
            "Leiter der Hauptabteilung\n\nKienberg\nGeneralmajor\n")
    xml = text_xml(text, resources)
    assert "per-leiter-der-hauptabteilung" not in xml
    assert 'ref="#per-wolf-biermann"' in xml


def test_jic_reference_minute_and_subject_under_office(resources: Resources) -> None:
    text = ("SECRET\n\nJ.I.C./612/61\n\nFOREIGN SECRETARY\n\n"
            "Soviet Reactions to the Berlin Contingency Plans\n\n"
            "The Committee have examined the latest reports.\n\n"
            "H. A. F. HOHLER\n\n14th July, 1961\n")
    facts = text_facts(text, resources)
    assert facts["doc_type"] == "memorandum"
    assert facts["title"] == "Soviet Reactions to the Berlin Contingency Plans"


def test_kgb_translation_two_line_letterhead_and_on_subject(resources: Resources) -> None:
    text = ("Translation from Russian\n\nSecret\n\nCommittee for State Security\n"
            "of the USSR Council of Ministers\n\nNo. 2210-Ch\n4 October 1976\n\n"
            "CC CPSU\n\nOn the contacts of the French Ambassador with writers\n\n"
            "The KGB reports that the ambassador met several writers in September.\n\n"
            "Chairman of the Committee\nYu. Andropov\n")
    facts = text_facts(text, resources)
    assert facts["doc_type"] == "memorandum"
    assert facts["telegram_number"] is None
    assert facts["outgoing_number"] == "2210-Ch"
    assert facts["title"] == "On the contacts of the French Ambassador with writers"


def test_sentence_under_cc_address_is_no_title(resources: Resources) -> None:
    text = ("Secret\n\nCommittee for State Security\n\nNo. 2210-Ch\n4 October 1976\n\n"
            "CC CPSU\n\nOn 2 October the ambassador met several writers. He left early.\n")
    assert not text_facts(text, resources)["title"].startswith("On 2 October")


def test_magic_summary_with_article_is_a_report(resources: Resources) -> None:
    text = ("SRS-1301\n\nTHE \"MAGIC\" SUMMARY\n\nNo. 1301 - 24 June 1944\n\n"
            "TOP SECRET ULTRA\n\nDIPLOMATIC\n\n"
            "1. Tokyo to Berlin: Foreign Minister Shigemitsu instructs Oshima.\n")
    facts = text_facts(text, resources)
    assert facts["doc_type"] == "report"
    assert facts["telegram_number"] is None


def test_register_places_and_general(resources: Resources) -> None:
    text = ("SECRET\n\n12 June 1944\n\nRundstedt expects a landing in the Pas de Calais; "
            "refugees reached Kalimpong from Shigatse.\n")
    xml = text_xml(text, resources)
    for ref in ("per-gerd-von-rundstedt", "pla-pas-de-calais", "pla-kalimpong",
                "pla-shigatse"):
        assert f'ref="#{ref}"' in xml
