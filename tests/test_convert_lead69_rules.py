"""Rules seen on the lead's probes of session 41 (lead69), European and Indian editions:

- the reply's reference (`Your 318.`, `Your telegram 383.`) is a heading line every family
  shares (table `heading`), no evidence of the US cable form: as that form's row it had made
  the US cable the document's only form, and the Italian edition's number row was never tried;
- a line wholly in square brackets (an editor's or a course reader's note) may stand inside a
  heading, whatever its length (`heading_tolerance`);
- a ministry's file number at a documents study's foot may close with the holding archive's
  initials (`MEA File No. 9(2)-EA/57, NAI.`, table `archival-reference`);
- a date after its article alone on its line (`the 19th January, 1963.`) is a whole date at
  a note's foot and under the seat over it (`dateline_parts.whole_date`);
- the Korean diplomatic archives' registration, classification and roll line is the file's
  reference (table `archival-reference`), not the telegram's number;
- a Scandinavian ministry's own archive (`Utrikesdepartementets arkiv, HP 1 Ct, vol. 412`) is
  an archival reference, and its telegram form's from-line (`från Beskickningen i Moskva`,
  shared `heading` row) names the place it was sent from;
- the United Nations archives' folder reference code (`S-0845-0002-05 | Congo - ...`) is the
  shelfmark (table `archival-reference`);
- a title naming the form and its sender alone may stand under the site's archive name
  (`NATO ARCHIVES ONLINE` over `Telegram from the Permanent Representative of ...`), as it may
  on the page's first line (`pages/titles.is_title`).
"""

from __future__ import annotations

import re

from tei.convert import Resources
from tei.convert.zones import Segments
from tests.cases import text_facts

_ITALIAN = (
    "Doc. 344\n\nIL MINISTRO DEGLI ESTERI, SFORZA,\nALL'AMBASCIATORE A WASHINGTON, TARCHIANI\n\n"
    "T. segreto 4511/212.\nRoma, 2 aprile 1949, ore 13.\n\n{reference}"
    "Please inform Secretary of State Acheson that the Italian Government accepts.\n\nSFORZA\n")


def test_a_reply_reference_keeps_the_editions_number_row(resources: Resources) -> None:
    facts = text_facts(_ITALIAN.format(reference="Your 318.\n\n"), resources)
    assert facts["telegram_number"] == "4511/212"
    assert facts["date"] == "1949-04-02"


def test_without_the_reference_the_heading_is_the_same(resources: Resources) -> None:
    facts = text_facts(_ITALIAN.format(reference=""), resources)
    assert (facts["telegram_number"], facts["date"]) == ("4511/212", "1949-04-02")


def test_a_reference_after_ref_label_is_still_a_us_cable_sign(resources: Resources) -> None:
    text = ("SECRET\n\nO 101245Z MAR 78\nFM AMEMBASSY LILONGWE\nTO SECSTATE WASHDC 2210\n"
            "REF: STATE 41234\n\n1. PRESIDENT BANDA RECEIVED ME TODAY.\n\nSTEVENSON\n")
    assert text_facts(text, resources)["doc_type"] == "cable"


_FRENCH = (
    "DOCUMENTS DIPLOMATIQUES FRANÇAIS\n1962 — Tome II\n{note}183\n\n"
    "M. COUVE DE MURVILLE, MINISTRE DES AFFAIRES ÉTRANGÈRES,\n"
    "À M. DEJEAN, AMBASSADEUR DE FRANCE À MOSCOU.\n\n"
    "T. nos 4512 à 4519.\nParis, 24 octobre 1962, 20 h 45.\nTrès secret.\n\n"
    "(Reçu : le 25, 1 h 10.)\n\nPlease let Mr. Gromyko know that we support the President.\n")


def test_a_bracketed_readers_note_stands_inside_the_heading(resources: Resources) -> None:
    note = "[translated for HIST 342, Week 9 reading pack - not for circulation]\n"
    facts = text_facts(_FRENCH.format(note=note), resources)
    assert facts["telegram_number"] == "4512"
    assert facts["date"] == "1962-10-24"
    assert facts["date_received"] == "1962-10-25T01:10"


def test_a_file_number_with_the_archives_initials_is_the_reference(resources: Resources) -> None:
    text = ("Peking, October 3, 1957.\n\nNo. 1417. Most Immediate. Secret.\n\n"
            "Chou En-lai sent for me at 10 p.m. last night.\n\nNehru\n\n"
            "MEA File No. 9(2)-EA/57, NAI.\n")
    assert text_facts(text, resources)["archive_idno"] == "MEA File No. 9(2)-EA/57, NAI"


_FOOT = ("AIDE-MÉMOIRE\n\nThe Government of Pakistan have considered the proposals.\n\n"
         "Ministry of Foreign Affairs,\nKarachi,\n{date}\n")


def test_a_date_after_its_article_at_the_foot_dates_the_note(resources: Resources) -> None:
    facts = text_facts(_FOOT.format(date="the 19th January, 1963."), resources)
    assert (facts["date"], facts["place_of_origin"]) == ("1963-01-19", "Karachi")


def test_the_article_alone_before_words_is_no_date(resources: Resources) -> None:
    facts = text_facts(_FOOT.format(date="the 19th of the talks."), resources)
    assert not facts["date"]


_KOREAN = ("Diplomatic Archives, Ministry of Foreign Affairs, Republic of Korea\n{reference}\n\n"
           "CABLE (RECEIVED)\nNo.: USW-0917\nFrom: Ambassador to the United States\n"
           "To: Minister of Foreign Affairs\n\n1. Today I met Assistant Secretary Bundy.\n\n"
           "(Ambassador Kim Dong-jo)\n")


def test_a_korean_archives_reference_line_is_no_heading(resources: Resources) -> None:
    reference = ("Registration No. 4471 | Classification No. 722.12US | "
                 "Roll G-0023, Frames 0112-0114")
    facts = text_facts(_KOREAN.format(reference=reference), resources)
    assert facts["telegram_number"] == "USW-0917"
    assert "Registration No. 4471" in facts["archive_idno"]


_SWEDISH = ("Utrikesdepartementets arkiv, HP 1 Ct, vol. 412 (Riksarkivet, Stockholm)\n\n"
            "CHIFFERTELEGRAM\n{sender}\ntill Utrikesdepartementet\n\n"
            "Ank. 4.11.1956 kl. 23.15\nNr 289\n\nToday Soviet forces attacked Budapest.\n\n"
            "Sohlman\n")


def test_a_swedish_from_line_names_the_place_of_origin(resources: Resources) -> None:
    facts = text_facts(_SWEDISH.format(sender="från Beskickningen i Moskva"), resources)
    assert facts["place_of_origin"] == "Moscow"
    assert facts["archive_idno"].startswith("HP 1 Ct, vol. 412")


def test_a_to_line_alone_names_no_place_of_origin(resources: Resources) -> None:
    facts = text_facts(_SWEDISH.format(sender="Kopia"), resources)
    assert not facts["place_of_origin"]


def test_a_un_archives_folder_code_is_the_shelfmark(resources: Resources) -> None:
    text = ("United Nations Archives and Records Management Section\n"
            "S-0845-0002-05 | Congo - Outgoing code cables, July-August 1960\n\n"
            "OUTGOING CODE CABLE\n\nTO: BUNCHE, LEOPOLDVILLE\nFROM: HAMMARSKJOLD\n"
            "DATE: 4 AUGUST 1960\nNUMBER: 512\n\nYOUR 318. AGREE.\n")
    assert text_facts(text, resources)["archive_idno"].startswith("S-0845-0002-05")


_SITE = ("{site}Telegram from the Permanent Representative of the United Kingdom to the North "
         "Atlantic Council\n\nNATO SECRET\nParis, 14th August, 1961.\n\n"
         "Following from Sir Frank Roberts for Foreign Office.\n\nThe Council met today.\n")


def test_a_sender_title_under_the_archive_name_is_the_title(resources: Resources) -> None:
    facts = text_facts(_SITE.format(site="NATO ARCHIVES ONLINE\n\n"), resources)
    assert facts["title"].startswith("Telegram from the Permanent Representative")


def test_a_reference_row_without_its_group_gives_the_whole_match() -> None:
    found = re.match(r"^S-\d{4}-\d{4}$", "S-0845-0002")
    seg = Segments()
    seg.add_reference(found)
    assert seg.references == ["S-0845-0002"]
