"""Rules for OCR'd scans of archive pages (ocr75):

- a dateline whose year OCR read with letters for figures (`Vologda, March 9, l9l8, 3
  p.m.`, archive.org's djvu text of a printed FRUS volume) is a dateline (table `heading`),
  so the number opening the telegram's text is read (`2431.`); a FRUS file number's OCR
  letters are read as figures (`861.00/1l84`, `ocr_dates.ocr_figures`), as are any archive
  reference's in the header (`FO 371/l2345`, `encode`);
- the National Archives of Australia's outward cablegram number after the form's `NO.`, and
  as OCR reads it (`NO. 0.1l42` = O.1142: table `heading`, `heading_numbers.ocr_digits`);
- a relayed cable's date-time group under its text (`DTG: 121432Z AUG 67`, the Johnson
  Library's CAP cables) dates it where nothing above does (`foot_dtg`);
- a Hungarian cipher telegram in its original: the addressee before `elvtársnak` (table
  `address`), the number's label `Száma:` in the right column, the readers under `Kapják:`
  (distribution) and the file copy `Irattár` (no name); a name written family name first
  (`Horváth Imre`) is the register's person (`Context._given_first`); a clock's minutes
  with OCR's letter for a figure (`08 óra l5 perc`, `ocr_dates`);
- a CIA FOIA reading room cable: the grade, date-time group and station's `CITE` number on
  one line (`SECRET 0416l0Z NOV 63 CITE SAIG 7734`), headquarters' `IN` number beside the
  spaced grade the incoming number, never the telegram's (tables `heading`), and the
  release stamp's document number (`Approved for Release: 2019/08/22 C06812345`) the archive
  reference (tables `archival-reference`, `page-stamps`);
- register: the Hungarian transliteration `Csou En-laj` (Zhou Enlai) and the Hungarian
  forms of Budapest, Győr, Miskolc and Debrecen, declined by the Hungarian table.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

FRUS = ("File No. 861.00/1l84\n\n"
        "The Ambassador in Russia (Francis) to the Secretary of State\n\n"
        "[Telegram]\n\n"
        "Vologda, March 9, l9l8, 3 p.m.\n"
        "[Received March 12, 7.40 p.m.]\n\n"
        "2431. Reached Vologda safely on the 28th with the Japanese and Brazilian\n"
        "representatives and the staff of the Embassy.\n\n"
        "Francis\n")


def test_an_ocr_year_keeps_the_dateline_and_the_number(resources: Resources) -> None:
    facts = text_facts(FRUS, resources)
    assert facts["date"] == "1918-03-09"
    assert facts["telegram_number"] == "2431"


def test_a_file_numbers_ocr_letters_are_figures(resources: Resources) -> None:
    assert "861.00/1184" in text_xml(FRUS, resources)


NAA = ("DEPARTMENT OF EXTERNAL AFFAIRS\n        OUTWARD CABLEGRAM\n"
       "TO:      AUSTRALIAN EMBASSY, DJAKARTA.            NO. 0.1l42\n"
       "FROM:    DEPARTMENT OF EXTERNAL AFFAIRS, CANBERRA.\n"
       "DESPATCHED: 1405 hrs  23rd September, 1963.\n\n"
       "For Ambassador Shann from Tange.\n\n"
       "Minister has seen your report and agrees.\n\n"
       "                                                   TANGE\n")


def test_an_naa_number_in_ocr_after_its_label(resources: Resources) -> None:
    assert text_facts(NAA, resources)["telegram_number"] == "O.1142"


def test_a_foot_dtg_dates_a_relayed_cable(resources: Resources) -> None:
    facts = text_facts(
        "SECRET-SENSITIVE\nFROM WALT ROSTOW\nTO THE PRESIDENT\nCITE CAP67712\n\n"
        "HEREWITH BUNKER'S REPORT ON THE DALAT MEETING, RECEIVED THIS MORNING.\n\n"
        "WE WILL HAVE HIS FULL TEXT TONIGHT.\n\nDTG: 121432Z AUG 67\n", resources)
    assert facts["date"] == "1967-08-12"


HUNGARIAN = ("SZIGORÚAN TITKOS!\nREJTJELTÁVIRAT\n"
             "Peking, 1956. október 30. 18 óra 40 perc\n"
             "Érkezett: 1956. október 31. 08 óra l5 perc              Száma: 345\n\n"
             "Horváth Imre elvtársnak,\nBudapest.\n\n"
             "Ma délután Csou En-laj elvtárs fogadott. Kérdezte, hogy mi a helyzet\n"
             "Budapesten és a vidéken, különösen Győrben és Miskolcon.\n\n"
             "                                                   Szkladán\n"
             "Kapják: Nagy Imre elvtárs\n        Irattár\n")


def test_a_hungarian_cipher_telegrams_parties_and_number(resources: Resources) -> None:
    facts = text_facts(HUNGARIAN, resources)
    assert facts["addressee"] == ["Imre Horváth"]
    assert facts["telegram_number"] == "345"
    assert facts["date_received"] == "1956-10-31T08:15"


def test_hungarian_names_and_declined_places(resources: Resources) -> None:
    xml = text_xml(HUNGARIAN, resources)
    assert '<persName ref="#per-zhou-enlai">Csou En-laj</persName>' in xml
    assert '<placeName ref="#pla-gyor">Győrben</placeName>' in xml
    assert '<placeName ref="#pla-budapest">Budapesten</placeName>' in xml
    assert "per-irattar" not in xml


def test_an_archive_references_ocr_letters_are_figures(resources: Resources) -> None:
    facts = text_facts(
        "Reference: FO 371/l2345\n\nFROM MOSCOW TO FOREIGN OFFICE\n"
        "Cypher/OTP   Sir F. Roberts\nNo. 1234\nD. 11.52 p.m. October 28, 1962.\n"
        "R. 5.10 a.m. October 29, 1962.\n\nI saw Gromyko today.\n", resources)
    assert facts["archive_idno"] == "FO 371/12345"


def test_roman_numerals_in_a_reference_stay_letters() -> None:
    from tei.convert.ocr_dates import ocr_figures
    assert ocr_figures("III-1187-9") == "III-1187-9"
    assert ocr_figures("MEA File No. 7(3)-Pak I/50") == "MEA File No. 7(3)-Pak I/50"
    assert ocr_figures("2O5/l2") == "205/12"


def test_a_cia_foia_cables_cite_line_number_and_release_number(resources: Resources) -> None:
    facts = text_facts(
        "                          Approved for Release: 2019/08/22 C06812345\n"
        "                    S E C R E T\n                                  IN 48213\n"
        "   SECRET 0416l0Z NOV 63 CITE SAIG 7734\n   DIRECTOR\n\n"
        "1. GENERAL DON TOLD STATION OFFICER EVENING 3 NOV THAT COUNCIL WILL MEET DAILY.\n\n"
        "2. DON ASKED THAT AMBASSADOR LODGE BE TOLD.\n"
        "                          Approved for Release: 2019/08/22 C06812345\n", resources)
    assert facts["telegram_number"] == "SAIG 7734"
    assert facts["incoming_number"] == "48213"
    assert facts["date"] == "1963-11-04"
    assert facts["archive_idno"] == "C06812345"
