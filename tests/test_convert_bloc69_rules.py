"""Rules for East-bloc documents in English translation as editions, journal appendices and
research projects print them (bloc69):

- an editors' bracketed source note under the title opened by an archive's name that no
  sigla row knows and naming its translator (`[Vietnam National Archives Center III, ...,
  file 9734, pp. 2-3. Translated by ...]`) is the page's source (`pages/labelled_reference.py`,
  `references.cited_source`);
- a Russian edition's description of the copy after the reference (`. Original.
  Typescript.`, `. Copy.`) is no part of the shelfmark (`zones.Segments.add_reference`);
- a translation's credit on the line under an opening or closing reference (`Translated
  from the Russian by ...`) is the header's, with the original's language
  (`references._credit_under`); an opening reference over its credit is read under any line,
  a collection's long title too (`references.opening_reference`);
- a page's number alone closing a paste whose page head stands among its first lines is
  the next page's folio (`pages/furniture._last_folio`);
- a heading naming the sending mission alone, the form perhaps with its number (`Ciphergram
  No. 11214 from the Polish Embassy in Beijing, 3 September 1966`), is a title (table
  `title-shapes`, row `given`);
- the addressee's rank in the ministry before his surname (`To Director Sieradzki`, `To
  Deputy Minister X`) is an address (table `address`); a rank alone (`TO DIRECTOR`) is none;
- Issa Pliyev in the register, the editors' gloss of his cover name (`Pavlov [Pliyev]`)
  naming him as the sender.

Seen on the held samples after scoring:

- the same source note without its brackets, a line under the title opened by an archive's
  name and naming its translator (`Archivo del Ministerio de Relaciones Exteriores, Cuba,
  Fondo URSS, 1962, caja 3. Translated by ...`), is the page's source
  (`pages/labelled_reference.py`);
- a documents collection's head naming its archive and the document's number on one line
  (`CUBAN FOREIGN MINISTRY ARCHIVE (MINREX) - DOCUMENT 5`) is furniture, as the number
  alone is (table `page-furniture`, row `publication`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

VNA = ("Telegram from Xuan Thuy in Paris to the Politburo, 3 June 1968\n\n"
       "[{archive}, Office of the Prime Minister collection, file 9734, pp. 2-3. "
       "Translated by Merle Pribbenow.]\n\n"
       "TELEGRAM\nNumber: 148\nSent from: Paris\n\n"
       "Harriman again demanded that we reduce the fighting.\n\nXUAN THUY\n")


def test_a_bracketed_note_opened_by_an_archives_name_is_the_source(resources: Resources) -> None:
    facts = text_facts(VNA.format(archive="Vietnam National Archives Center III"), resources)
    assert facts["archive_idno"].startswith("Vietnam National Archives Center III")
    assert facts["translator"] == "Merle Pribbenow"


def test_a_bracketed_note_opened_by_no_archive_is_no_source(resources: Resources) -> None:
    facts = text_facts(VNA.format(archive="Some remarks by the editors"), resources)
    assert facts["translator"] is None


BOOK = ("{head}\n\nDOCUMENT 47\n\n"
        "Ciphered telegram from Dimitrov to Mao Zedong, 16 January 1941\n\n"
        "To MAO ZEDONG, Yan'an\n\nDo not let the provocateurs draw you into a civil war.\n\n"
        "DIMITROV\n\n16.I.41\n\n"
        "RGASPI, f. 495, op. 74, d. 317, l. 6. Original. Typescript.\n"
        "Translated from the Russian by Margarita Orlova.\n\n{foot}\n")


def test_a_book_foot_gives_reference_credit_and_signature(resources: Resources) -> None:
    facts = text_facts(BOOK.format(head="180", foot="181"), resources)
    assert facts["archive_idno"] == "f. 495, op. 74, d. 317, l. 6"
    assert facts["translator"] == "Margarita Orlova"
    assert facts["original_language"] == "Russian"
    assert facts["signed"] == "DIMITROV"


def test_a_last_number_without_a_page_head_stays(resources: Resources) -> None:
    text = BOOK.format(head="DIMITROV AND MAO", foot="181").replace("DOCUMENT 47\n\n", "")
    assert "<p>181</p>" in text_xml(text, resources)  # no folio dropped: the text's
    # (letters80) the closer stands over it, as over a reprint's page number
    assert text_facts(text, resources)["signed"] == "DIMITROV"


def test_an_opening_reference_over_its_credit_under_a_long_title(resources: Resources) -> None:
    facts = text_facts(
        "Albania and the Soviet Union, 1960-1961: Telegrams of the Albanian Embassy in Moscow\n\n"
        "AQSH, F. 14/AP, M-PKSH, V. 1961, D. 19, fl. 41-42\n"
        "Translated from the Albanian by Elidor Mëhilli\n\n"
        "RADIOGRAM\nNo. 212\nFrom: Moscow, 23.11.1960, 21.15\n\n"
        "Today Comrade Andropov invited me.\n\nNesti Nase\n", resources)
    assert facts["archive_idno"] == "F. 14/AP, M-PKSH, V. 1961, D. 19, fl. 41-42"
    assert facts["translator"] == "Elidor Mëhilli"


MISSION = ("{title}\n\nSECRET\n\n{address}\n\n"
           "Today the Red Guards surrounded the embassy. We protested.\n\nKnothe\n")


def test_a_heading_naming_the_sending_mission_alone_is_the_title(resources: Resources) -> None:
    title = "Ciphergram No. 11214 from the Polish Embassy in Beijing, 3 September 1966"
    facts = text_facts(MISSION.format(title=title, address="To Director Sieradzki"), resources)
    assert facts["title"] == title
    assert facts["date"] == "1966-09-03"
    assert facts["telegram_number"] == "11214"
    assert facts["addressee"] == ["Sieradzki"]


def test_a_rank_alone_is_no_address(resources: Resources) -> None:
    facts = text_facts(MISSION.format(title="Ciphergram from Beijing, 3 September 1966",
                                      address="TO DIRECTOR"), resources)
    assert facts["addressee"] == []


def test_the_editors_gloss_names_the_cover_names_holder(resources: Resources) -> None:
    facts = text_facts(
        "Ciphered Telegram from Pavlov [Pliyev] to Director [Malinovsky], 26 October 1962\n\n"
        "TO DIRECTOR\n\nI ask you to approve my decision.\n\nPAVLOV\n", resources)
    assert facts["sender"] == ["Issa Pliyev"]
    assert facts["addressee"] == ["Rodion Malinovsky"]


CUBAN = ("{head}"
         "Cable from Ambassador Carlos Olivares to Minister Raúl Roa, Moscow, 30 October 1962\n\n"
         "{source}\n\n"
         "FROM: MOSCOW\nTO: MINREX, HAVANA\n\n"
         "TODAY I WAS RECEIVED BY COMRADE MIKOYAN.\n\nOLIVARES\n")
SOURCE = ("Archivo del Ministerio de Relaciones Exteriores, Cuba, Fondo URSS, 1962, caja 3. "
          "Translated by Tanya Harmer.")


def test_an_unbracketed_source_line_under_the_title_is_the_source(resources: Resources) -> None:
    facts = text_facts(CUBAN.format(head="", source=SOURCE), resources)
    assert facts["translator"] == "Tanya Harmer"
    assert facts["archive_idno"].startswith("Archivo del Ministerio de Relaciones Exteriores")
    assert facts["signed"] == "OLIVARES"


def test_a_collection_head_with_the_documents_number_is_furniture(resources: Resources) -> None:
    facts = text_facts(CUBAN.format(
        head="CUBAN FOREIGN MINISTRY ARCHIVE (MINREX) - DOCUMENT 5\n\n", source=SOURCE), resources)
    assert facts["title"].startswith("Cable from Ambassador Carlos Olivares")
    assert facts["date"] == "1962-10-30"
    assert facts["signed"] == "OLIVARES"
