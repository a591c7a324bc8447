"""Rules of the cables60 sample (machine-transmitted messages as archives publish them: NARA's
AAD record view, PlusD pages, CREST's CIA information reports, military and NATO signal
messages, Venona translations), each tried on invented texts:

- AAD's pager bar under a record with its link back to the results (`Previous Record | Next
  Record | Return to Search Results`) and its breadcrumb trail (`Home > Search Results >
  Record Detail`) are page furniture: the cable's surname above them signs (table
  `page-furniture`);
- PlusD's page around a cable (`Public Library of US Diplomacy`, the `Browse by ...` bar, the
  search box's caption, `Tweet  Share`, the `Metadata` tab under the text) is furniture too;
- a Venona translation's `Translator's Notes:` label heads the notes, and a lettered note
  alone on its line under it (`[a] Not traced.`) is one (table `footnotes`);
- the CIA information report's labelled date of distribution dates the report before any
  date of the information that OCR set apart from its label (`DATE OF` / `INFO.` / `18 - 22
  June 1953`: `action_dates.form_date`), and `DATE DISTR.` alone over its date is one field
  with it (`stacked_labels`);
- paragraphs lettered in capitals with a stop (`A.`, `B.`: a signal message's or a US
  military message's) are points when the next letter follows (table `numbering`, scheme
  `lettered`, shared with frus60; `numbering.no_point`), and such a point is never a
  signature however short (`numbering.lettered_point`, read by `closing` and
  `processing_lines`); `A. SMITH` alone
  still signs;
- a British or NATO signal message form's boxes (`DATE - TIME GROUP`, `ORIGINATOR'S NUMBER:`,
  `TEXT:`) are heading lines, the column head no clearance naming a person (table
  `heading-us-cable`);
- a permanent representative's abbreviated title before his surname (`PERMREP RICHARD`: table
  `honorifics`), the surname in office then (Ivor Richard, UK Representative 1974-1979);
- (held misses h1, h2, no longer blind) a presidential library's folder line over a digitized
  cable (`..., Box 4, folder "..."`: table `archival-reference`) is its reference, so the
  teletype's routing heading under it is read; the early TDCS form's `DISTR` date, its number
  with an OCR's space before the hyphen (`TDCS -3/521,477`), its two-line labels set apart
  (`DATE OF` / `INFO.`, `PLACE &`), `REF IN 38712`, `SOURCE` and the espionage notice are
  heading lines (table `heading-us-cable`);
- register: the commands that head signal messages (`HQ BAOR`, `HQ NORTHAG`, `BRIXMIS`),
  Friedrichstraße, Quebec City (`QUEBEC` in a Venona text is no cover name).
"""

from __future__ import annotations

from tests.cases import text_facts, text_xml

AAD = (
    "Home > Search Results > Record Detail\nDraft Date\t12 MAR 1975\n"
    "Document Number\t1975USUNN00834\nSubject\tCYPRUS CONSULTATIONS\nMessage Text\n"
    "CONFIDENTIAL\nO 121530Z MAR 75\nFM USMISSION USUN NEW YORK\nTO SECSTATE WASHDC 8834\n"
    "C O N F I D E N T I A L USUN 00834\nSUBJECT: CYPRUS CONSULTATIONS\n"
    "1. SYG WALDHEIM BRIEFED MEMBERS THIS MORNING.\nSCALI\nCONFIDENTIAL\n"
    "<< END OF DOCUMENT >>\nPrevious Record | Next Record | Return to Search Results\n"
)


def test_the_aad_pagers_return_link_is_no_signature(resources) -> None:
    found = text_facts(AAD, resources)
    assert found["signed"] == "SCALI"
    assert found["sender"] == ["John Scali"]
    assert "Search Results" not in text_xml(AAD, resources).split("<text")[1]


PLUSD = (
    "Public Library of US Diplomacy\nBrowse by creation date | Browse by origin | Browse by tag\n"
    "Cable: 1975MOSCOW03456_b\nSpecify your search\nDate: 1975 March 12, 15:30 (Wednesday)\n"
    "Canonical ID: 1975MOSCOW03456_b\nOriginal Classification: CONFIDENTIAL\n"
    "Character Count: 2417\nLocator: TEXT ON-LINE\nFrom: USSR MOSCOW\nTo: Secretary of State\n"
    "Content\nShow Headers\nR 121530Z MAR 75\nFM AMEMBASSY MOSCOW\nTO SECSTATE WASHDC 9921\n"
    "C O N F I D E N T I A L MOSCOW 03456\nSUBJECT: GROMYKO ON CSCE\n"
    "1. GROMYKO TOLD ME THAT BREZHNEV HOPES FOR A SUMMIT.\nSTOESSEL\nCONFIDENTIAL\nMetadata\n"
)


def test_the_plusd_pages_metadata_tab_is_no_signer(resources) -> None:
    found = text_facts(PLUSD, resources)
    assert found["sender"] == ["Walter J. Stoessel Jr."]
    assert "per-metadata" not in text_xml(PLUSD, resources)


VENONA = (
    "VENONA\nFrom: CANBERRA\nTo: MOSCOW\nNo: 261\n13 July 1946\n\nTo VIKTOR[i].\n\n"
    "Reference your No. 57[a]. The Minister intends to raise the question.\n\nEFIM[ii]\n\n"
    "Translator's Notes:\n[a] Not traced.\nComments:\n[i] VIKTOR: Lt. Gen. P. M. FITIN.\n"
    "[ii] EFIM: Semen Ivanovich MAKAROV.\n"
)


def test_a_venonas_translators_notes_label_heads_its_lettered_note(resources) -> None:
    found = text_facts(VENONA, resources)
    assert found["notes"] == 3
    assert found["signed"] == "EFIM"


REPORT = (
    "CENTRAL INTELLIGENCE AGENCY                 REPORT NO.    CS-3,562,214\n"
    "INFORMATION REPORT                          CD NO.\n"
    "COUNTRY     East Germany                    DATE DISTR.   2 July 1953\n"
    "SUBJECT     Reaction of SED Functionaries   NO. OF PAGES  2\n"
    "DATE OF                                      SUPPLEMENT TO\n"
    "INFO.       18 - 22 June 1953                REPORT NO.\n"
    "1. On 18 June 1953 Walter Ulbricht addressed a closed meeting of SED district secretaries.\n"
)


def test_the_reports_distribution_date_before_its_date_of_information(resources) -> None:
    assert text_facts(REPORT, resources)["date"] == "1953-07-02"


STACKED = (
    "CENTRAL INTELLIGENCE AGENCY\nINFORMATION REPORT\nCOUNTRY       Hungary\n"
    "DATE OF INFO.   1 - 10 December 1956\nDATE DISTR.\n19 December 1956\nNO. OF PAGES  1\n"
    "1. In early December 1956 Janos Kadar told a delegation of workers that order would return.\n"
)


def test_date_distr_alone_over_its_date_is_one_field(resources) -> None:
    assert text_facts(STACKED, resources)["date"] == "1956-12-19"


SIGNAL = (
    "MESSAGE FORM\nPRECEDENCE - ACTION\nDATE - TIME GROUP\nPRIORITY\n091215Z APR 68\n"
    "FROM:  HQ BAOR\nTO:    HQ NORTHAG\nORIGINATOR'S NUMBER: G3/2214\nTEXT:\n"
    "A. EXERCISE POSTPONED TO 22 APR. NEW TIMINGS BY SEPARATE SIGNAL.\n"
    "B. RESUPPLY BY AIR NORMAL.\n"
)


def test_capital_lettered_paragraphs_are_points_never_a_signature(resources) -> None:
    found = text_facts(SIGNAL, resources)
    assert found["numbered_points"] == 2
    assert found["signed"] is None
    assert found["date"] == "1968-04-09"


def test_the_forms_column_head_names_no_person_and_commands_are_orgs(resources) -> None:
    xml = text_xml(SIGNAL, resources)
    assert "per-time-group" not in xml
    assert "org-british-army-of-the-rhine" in xml and "org-northern-army-group" in xml


def test_a_lone_initial_and_surname_still_signs(resources) -> None:
    text = ("FROM: AMEMBASSY LONDON\nTO: SECSTATE WASHDC\n"
            "1. THE MINISTER CALLED ME IN THIS MORNING ABOUT THE TREATY.\nA. SMITH\n")
    assert text_facts(text, resources)["numbered_points"] == 1


def test_a_permreps_surname_in_office_after_the_abbreviated_title(resources) -> None:
    text = ("O 121530Z MAR 76\nFM USMISSION USUN NEW YORK\nTO SECSTATE WASHDC 1234\n"
            "1. THE UK PERMREP SAID THE COUNCIL WOULD MEET. PERMREP RICHARD THEN SPOKE.\n"
            "SCRANTON\n")
    xml = text_xml(text, resources)
    assert "per-ivor-richard" in xml
    assert xml.count("<persName ref=") == 3  # RICHARD, SCRANTON and the sender's


FORD = (
    "GERALD R. FORD LIBRARY\nNational Security Adviser. Presidential Country Files for Europe "
    "and Canada, Box 4, folder \"NATO - State Department Telegrams (2)\"\n"
    "DECLASSIFIED E.O. 12958 Sec. 3.6 MR 04-52 #7 ; State Dept Guidelines  By dal  NARA, Date "
    "8/12/05\nUNCLASSIFIED\nRR RUEHC\nDE RUFHNA #2211/01 1441200\nZNR UUUUU ZZH\n"
    "R 241100Z MAY 75\nFM USMISSION NATO\nTO RUEHC/SECSTATE WASHDC 2341\nBT\n"
    "UNCLAS SECTION 1 OF 2 USNATO 2211\n1. SECGEN LUNS GAVE A PRESS BRIEFING IN BRUSSELS.\n"
    "BRUCE\nBT\n#2211\nNNNN\n"
)


def test_a_library_folder_line_over_a_teletype_cable_is_its_reference(resources) -> None:
    found = text_facts(FORD, resources)
    assert found["doc_type"] == "cable"
    assert found["date"] == "1975-05-24"
    assert found["archive_idno"].endswith('folder "NATO - State Department Telegrams (2)"')


TDCS = (
    "INTELLIGENCE INFORMATION CABLE\nCENTRAL INTELLIGENCE AGENCY\nTHIS MATERIAL CONTAINS "
    "INFORMATION AFFECTING THE NATIONAL DEFENSE OF THE UNITED STATES\nSECRET\n"
    "COUNTRY    CUBA                                  TDCS -3/521,477\n"
    "DATE OF    20 OCTOBER 1962                       DISTR 22 OCTOBER 1962\nINFO.\n"
    "SUBJECT    MOVEMENT OF MISSILE EQUIPMENT\nSOURCE     A CUBAN REFUGEE.\n"
    "1. ON 17 OCTOBER SOURCE SAW A CONVOY OF ABOUT TWENTY TRUCKS NEAR SANTA CLARA.\n"
)


def test_the_early_tdcs_forms_distr_and_spaced_number(resources) -> None:
    found = text_facts(TDCS, resources)
    assert found["date"] == "1962-10-22"
    assert found["telegram_number"] == "TDCS -3/521,477"
