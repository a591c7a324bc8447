"""Rules written after the lead's probes of session 34 (a UN code cable, a NATO Council
paper, a telex, a documents site's page, a Latin American ministry's telegram; none of
them in the development set). A labelled number in a series of up to ten capitals keeps
its series (`NUMBER: UNFICYP 417`). An international organisation's document symbol with
the session's year in brackets (`C-M(62)31`, `COM(62) 115 final`) is an archival
reference, read within the first eight short lines. A page's first line naming the form
and its author's office after `of` or `by`, over the date line, is the page's title. A
heading line that is `On` and a whole date is the sending date. An edition site's citation
box (`Recommended citation:`), its `Printed in:` field, its buttons (`Copy URL`), text tabs
(`Translation (English)`) and menu words (`Database`) are the page's. A name written
`Surname, Given` is one person when the register knows it so or a mail header's field
holds it with a middle initial (`From: Sullivan, Jacob J`), never the register's person
of that surname with another given name; an office before a comma is no surname. The
sender's labels of Italian, Spanish, Polish and other forms (`Mittente:`) are read, and a
courtesy title with a surname (`Señor Castiella:`) is a salutation naming the addressee. A
letter a catalogue types by its matter (`Document type: minutes` over `Dear Brian,`) is a
letter (a mend after the merge of sites59, whose type field had made cw58's held letter a
record). A German name's genitive in -s is the person (`Adenauers`), an office's
genitive (`des Ministers`) no name. A blog post opened by its byline (`Posted by X on
12/05/2016 · 2 comments`) over its headline and an introduction closed by a colon reposts
the archive's page: its title over the labelled date field is the page's title. DBPO's
`No. 88 Saving. Telegraphic [...]` gives the number. An edition's despatch (`No. 2987  PEKING,
..., 1925.` / `[Received July 8.]` over `SIR:` ... `I have [etc.]`) is a letter. A surname in
office in capitals alone on its line (a cable's signature `LOW`) is the holder then. A
`Repository:` field naming the archive again is no shelfmark."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml


def _code_cable(number: str) -> str:
    return "\n".join(["INCOMING CODE CABLE", "", "TO:      SECRETARY-GENERAL, NEW YORK",
                      "FROM:    GYANI, NICOSIA", "DATE:    12 APRIL 1964", f"NUMBER:  {number}",
                      "", "1. FIGHTING CONTINUED THROUGH NIGHT.", "", "REGARDS."]) + "\n"


@pytest.mark.parametrize(("number", "read"), [("UNFICYP 417", "UNFICYP 417"),
                                              ("ONUC 1203", "ONUC 1203"), ("SH 2217", "SH 2217")])
def test_a_labelled_number_keeps_its_series(number, read, resources) -> None:
    assert text_facts(_code_cable(number), resources)["telegram_number"] == read


def _council_paper(*top: str) -> str:
    return "\n".join(["NATO SECRET", "", "COPY No.  142", "ORIGINAL: ENGLISH",
                      "12th March, 1962", *top, "", "NORTH ATLANTIC COUNCIL", "",
                      "MEMORANDUM BY THE SECRETARY GENERAL", "",
                      "The Permanent Representatives asked me to circulate a note.", "",
                      "(Signed)  D.U. STIKKER"]) + "\n"


@pytest.mark.parametrize(("top", "symbol"), [
    (("DOCUMENT", "C-M(62)31"), "C-M(62)31"), (("DOCUMENT C-M(62)31",), "C-M(62)31"),
    (("COM(62) 115 final",), "COM(62) 115 final"), (("DPC/D(67)23",), "DPC/D(67)23")])
def test_an_organisations_document_symbol_is_the_reference(top, symbol, resources) -> None:
    assert text_facts(_council_paper(*top), resources)["archive_idno"] == symbol


def test_a_symbol_under_prose_is_the_documents_own(resources) -> None:
    paragraphs = [f"{n}. The Council discussed the paper at length and agreed to return to it."
                  for n in range(2, 12)]
    text = "\n\n".join(["MEMORANDUM", "The Council met on 7th March and agreed the following.",
                        "C-M(62)31", *paragraphs, "D.U. STIKKER"]) + "\n"
    assert text_facts(text, resources).get("archive_idno") is None


_TITLE = "Information note of the International Department of the CC CPSU on the situation"


@pytest.mark.parametrize("title", [_TITLE, "Report by the Soviet Embassy in Budapest on the "
                                           "situation in Hungary"])
def test_a_form_with_its_author_over_the_date_line_is_the_title(title, resources) -> None:
    text = "\n".join(["Home > Documents > 1956", "", title, "", "24 October 1956", "",
                      "TOP SECRET", "", "INFORMATION", "on the situation in Budapest", "",
                      "Armed groups still hold the radio building.", "", "I. Vinogradov"])
    facts = text_facts(text + "\n", resources)
    assert facts["title"] == title
    assert facts["date"] == "1956-10-24"


def _ministry(sent: str) -> str:
    return "\n".join(["Telegram from the Brazilian Embassy in Havana to the Ministry of "
                      "External Relations", "", "SECRET-URGENT", "Nr. 188",
                      "From Havana to Exteriores", sent, "Received on 26 October 1962, at 02:10",
                      "", "The Embassy reports that Castro received the Ambassador.", "",
                      "BASTIAN PINTO"]) + "\n"


@pytest.mark.parametrize("sent", ["On 25 October 1962, at 18:40", "On October 25, 1962",
                                  "On 25th October 1962 at 18.40 hours"])
def test_a_line_that_is_on_and_a_date_is_the_sending_date(sent, resources) -> None:
    assert text_facts(_ministry(sent), resources)["date"] == "1962-10-25"


def test_a_sentence_opened_by_on_and_a_date_is_no_sending_line(resources) -> None:
    text = _ministry("On 25 October 1962 the Ambassador called on the Minister.")
    assert text_facts(text, resources).get("date") is None


def test_an_edition_sites_citation_box_and_buttons_are_the_pages(resources) -> None:
    text = "\n".join(["Database", "Publications", "",
                      "Telegram from the Swiss Embassy in Moscow to the Federal Political "
                      "Department", "", "3 March 1962", "Recommended citation: dodis.ch/18946",
                      "Copy URL", "Translation (English)", "",
                      "Ambassador Lindt was received today by Kuznetsov.", "", "Lindt"]) + "\n"
    facts = text_facts(text, resources)
    assert facts["title"].startswith("Telegram from the Swiss Embassy in Moscow")
    assert facts["date"] == "1962-03-03"
    body = text_xml(text, resources).partition("<text")[2]
    assert "Copy URL" not in body and "Database" not in body and "Translation (" not in body


def _names(text: str, resources) -> str:
    return text_xml(text, resources).partition("<text")[2]


def test_a_name_written_surname_first_is_the_registers_one_person(resources) -> None:
    body = _names("MEMORANDUM\n\nThe Chancellor met the President.\n\nKohl, Helmut\n", resources)
    assert '<persName ref="#per-helmut-kohl">Kohl, Helmut</persName>' in body


@pytest.mark.parametrize("field", ["From: Sullivan, Jacob J <SullivanJJ@state.gov>",
                                   "To: Cretz, Gene A; Sullivan, Jacob J"])
def test_a_mails_display_name_is_one_person_never_anothers_surname(field, resources) -> None:
    text = "\n".join([field, "Sent: Wednesday, March 16, 2011 7:42 AM", "Subject: Readout",
                      "", "Spoke with the council tonight.", "", "Gene"]) + "\n"
    body = _names(text, resources)
    assert '<persName ref="#per-jacob-j-sullivan">Sullivan, Jacob J</persName>' in body
    assert "william-h-sullivan" not in body


@pytest.mark.parametrize("field", ["To: Commissioner-General, South-East Asia",
                                   "To: Comrade Deputy Minister, Constantin Oancea"])
def test_an_office_before_a_comma_is_no_surname(field, resources) -> None:
    text = "\n".join(["TELEGRAM", "", field, "No. 217", "Date: 3 March 1962", "",
                      "The talks went on.", "", "Smith"]) + "\n"
    body = _names(text, resources)
    assert "commissioner-general\"" not in body and "oancea-deputy" not in body
    assert "south-east-asia-commissioner" not in body


@pytest.mark.parametrize("label", ["Mittente", "Remitente", "Nadawca", "Feladó"])
def test_a_forms_sender_label_in_other_languages_gives_the_seat(label, resources) -> None:
    text = "\n".join(["TELEGRAM", "", f"{label}: Ambasciata Mosca", "Destinatario: Ministero",
                      "N. 1234", "Data: 3 marzo 1962", "", "Il testo.", "", "Rossi"]) + "\n"
    assert text_facts(text, resources)["place_of_origin"] == "Moscow"


@pytest.mark.parametrize("salutation", ["Señor Castiella:", "Estimado Señor Castiella:",
                                        "Caro Signor Castiella,"])
def test_a_courtesy_title_with_a_surname_names_the_addressee(salutation, resources) -> None:
    text = "\n".join(["TELEGRAMA CIFRADO", "", "De: Embajada en Washington",
                      "Para: Ministro de Asuntos Exteriores", "Núm.: 345",
                      "Fecha: 3 de marzo de 1962", "", salutation, "", "El texto.", "",
                      "Areilza"]) + "\n"
    assert text_facts(text, resources)["addressee"] == ["Fernando María Castiella"]


def _catalogued(*letter: str) -> str:
    return "\n".join(["Margaret Thatcher Foundation", "Document 121889",
                      'No.10 letter to FCO ("Prime Minister\'s meeting with Mr Haig")',
                      "Document type: minutes", "Source: PREM19/616 f45", "Full text", "",
                      "10 DOWNING STREET", "", "From the Private Secretary        13 April 1982",
                      "", *letter]) + "\n"


def test_a_letter_the_catalogue_types_by_its_matter_is_a_letter(resources) -> None:
    text = _catalogued("Dear Brian,", "", "The Prime Minister saw Mr. Haig again this morning.",
                       "", "Yours ever,", "John Coles")
    assert text_facts(text, resources)["doc_type"] == "letter"


def test_without_a_salutation_the_catalogues_type_stands(resources) -> None:
    text = _catalogued("The Prime Minister saw Mr. Haig again this morning.")
    assert text_facts(text, resources)["doc_type"] == "record of conversation"


_GERMAN = ("AUFZEICHNUNG\n\nBonn, den 3. März 1962\n\n{sentence} Der Bundeskanzler hat mit dem "
           "Botschafter über die Lage gesprochen, und die Regierung ist der Meinung, dass die "
           "Lage ernst ist.\n\nCarstens\n")


@pytest.mark.parametrize(("sentence", "ref"), [
    ("Adenauers Antwort wurde gestern übergeben.", "per-konrad-adenauer"),
    ("Chruschtschows Brief wurde gestern übergeben.", "per-nikita-khrushchev")])
def test_a_german_names_genitive_is_the_person(sentence, ref, resources) -> None:
    body = _names(_GERMAN.format(sentence=sentence), resources)
    assert f'<persName ref="#{ref}">{sentence.split()[0]}</persName>' in body


def test_an_offices_genitive_is_no_name(resources) -> None:
    sentence = "Der Stellvertreter des Ministers wurde gestern empfangen."
    assert "ribbentrop" not in _names(_GERMAN.format(sentence=sentence), resources)


def _repost(byline: str) -> str:
    return "\n".join([byline, "", "The Soviet note on Laos, as the archive gives it", "",
                      "Another find from the Wilson Center's collection on Southeast Asia. "
                      "Copied as it stands there:", "", "---", "",
                      "Telegram from the Polish Embassy in Hanoi to the Foreign Ministry", "",
                      "Date: 1962-05-14", "", "Source: AMSZ, Depesze, Hanoi 1962.", "", "---",
                      "", "CIPHERGRAM No. 5012", "", "The Soviet ambassador handed the note to "
                      "the Laotian side today.", "", "Siedlecki"]) + "\n"


@pytest.mark.parametrize("byline", ["Posted by laosarchives on 12/05/2016 · 2 comments",
                                    "Posted by J. Marlowe on 03.12.2016"])
def test_a_reposts_byline_over_its_headline_and_the_archives_title_over_fields(
        byline, resources) -> None:
    facts = text_facts(_repost(byline), resources)
    assert facts["title"] == ("Telegram from the Polish Embassy in Hanoi to the Foreign "
                              "Ministry")
    assert facts["date"] == "1962-05-14"
    assert "laosarchives" not in text_xml(_repost(byline), resources).partition("<text")[2]


@pytest.mark.parametrize("line", ["No. 88 Saving. Telegraphic [AU 1022/5]",
                                  "No. 88 Priority Telegraphic [AU 1022/5]"])
def test_a_savingrams_word_before_telegraphic_keeps_the_number(line, resources) -> None:
    text = "\n".join(["No. 62", "", "Sir R. Makins (Washington) to Mr. Macmillan.", "",
                      line, "", "Confidential                    WASHINGTON, 20 January 1956",
                      "", "The Secretary of State spoke to me today.", ""])
    assert text_facts(text, resources)["telegram_number"] == "88"


def test_an_editions_despatch_with_its_receipt_is_a_letter(resources) -> None:
    text = "\n".join(["File No. 893.00/6312", "",
                      "The Minister in China (Schurman) to the Secretary of State", "",
                      "No. 2987                                    PEKING, June 4, 1925.",
                      "                                          [Received July 8.]", "",
                      "SIR: I have the honor to enclose herewith a copy of a memorandum.",
                      "  I have [etc.]", "                       JACOB GOULD SCHURMAN"]) + "\n"
    facts = text_facts(text, resources)
    assert (facts["doc_type"], facts["telegram_number"]) == ("letter", None)


@pytest.mark.parametrize(("year", "tagged"), [("76", True), ("82", False)])
def test_a_capitals_signature_alone_is_the_surname_in_office(year, tagged, resources) -> None:
    text = (f"O 231145Z SEP {year}\nFM AMEMBASSY LUSAKA\nTO SECSTATE WASHDC IMMEDIATE 4321\n"
            "BT\nS E C R E T LUSAKA 2688\n\nSUBJECT: KAUNDA REACTION\n\n"
            "1. PRESIDENT KAUNDA RECEIVED ME TODAY.\n\nLOW\n")
    assert ('<persName ref="#per-stephen-low">LOW</persName>' in text_xml(text, resources)) \
        is tagged


def test_a_repository_field_naming_the_archive_again_is_no_shelfmark(resources) -> None:
    text = "\n".join(["Academia Historica", "Digital Archives", "典藏號：002-080106-00045-003",
                      "Title: Telegram from Ambassador Wellington Koo to Foreign Minister "
                      "George Yeh", "Date: 1954/12/02", "Repository: Academia Historica", "",
                      "TELEGRAM No. 1087", "Washington, December 2, 1954, 6 p.m.", "",
                      "The treaty was signed this afternoon.", "", "Koo"]) + "\n"
    xml = text_xml(text, resources)
    assert xml.count('<idno type="shelfmark">') == 1
    assert "<repository>Academia Historica</repository>" in xml
