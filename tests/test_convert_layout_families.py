"""Rules of layout families the converter had not met, each tried on several invented
variants: archive lines, form and sender lines of cable headings, the place of reception,
distribution blocks, surnames of persons already named, address lines that are sentences."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert import convert_text
from tests.tei_facts import facts, xp

BODY = "The Ambassador received me today and spoke about the situation.\n\nKOVACS\n"


def _root(text: str, resources) -> etree._Element:
    return etree.fromstring(convert_text(text, "t", resources).xml)


def _subtypes(root: etree._Element) -> dict[str, str]:
    return {" ".join(ab.xpath("string()").split()): ab.get("subtype")
            for ab in xp(root, "//tei:div[@subtype='heading']/tei:ab")}


ARCHIVE_LINES = [
    "Political Archive, PA 1956, Box 12, Folder 3",
    "Archives of Yugoslavia, KPR I-3-a, Box 104, Folder 2",
    "Hungarian National Archives (MNL OL), XIX-J-1-j, Box 42, Folder 4/b",
    "Diplomatic Archive of the MFA of Serbia, PA 1961, f. 105, 4112",
    "Archivo Central del MINREX, Fondo URSS, Caja 3",
    "Political Archive of the Federal Foreign Office, B 150, Vol. 42, pp. 117-119",
    "National Archives of Australia, Series 1838, Item 3107/38/12",
    "Archiv der sozialen Demokratie, Bestand Helmut Schmidt, Akte 6532",
]


@pytest.mark.parametrize("line", ARCHIVE_LINES)
@pytest.mark.parametrize("at_top", [True, False])
def test_an_archive_line_is_the_shelfmark_not_a_dateline(line: str, at_top: bool,
                                                         resources) -> None:
    document = f"TELEGRAM\n\nFROM: Embassy Belgrade\nBelgrade, 4 May 1956\n\n{BODY}"
    root = _root(f"{line}\n\n{document}" if at_top else f"{document}\n{line}\n", resources)
    archive, _, shelfmark = line.partition(", ")
    assert xp(root, "//tei:msIdentifier/tei:repository/text()") == [archive]
    assert [i.text for i in xp(root, "//tei:msIdentifier/tei:idno")] == [shelfmark]
    text = " ".join("".join(xp(root, "//tei:text")[0].itertext()).split())
    assert line not in text
    assert xp(root, "//tei:correspAction[@type='sent']/tei:date/@when") == ["1956-05-04"]


@pytest.mark.parametrize("letterhead", ["Federal Foreign Office (Auswärtiges Amt)",
                                        "MINISTRY OF FOREIGN AFFAIRS\nPOLITICAL DEPARTMENT"])
def test_an_archive_line_under_a_letterhead_is_the_shelfmark(letterhead: str,
                                                             resources) -> None:
    line = ARCHIVE_LINES[5]
    document = ("TELEX No. 318\nFrom: Embassy Moscow\nTo: Foreign Office, Bonn\n"
                "Dispatched: 12 March 1963, 19.40 hrs\n\n" + BODY)
    root = _root(f"{letterhead}\n{line}\n\n{document}", resources)
    assert [i.text for i in xp(root, "//tei:msIdentifier/tei:idno")] == [line.partition(", ")[2]]
    assert xp(root, "//tei:correspAction[@type='sent']/tei:date/@when") == ["1963-03-12T19:40:00"]
    assert xp(root, "//tei:text//tei:head") == []


def test_a_line_of_prose_above_keeps_an_archive_line_in_the_text(resources) -> None:
    prose = "The following telegram was found among the papers of the embassy."
    paragraphs = "".join(f"{n}. The talks went on for a day.\n\n" for n in range(1, 9))
    root = _root(f"{prose}\n{ARCHIVE_LINES[5]}\n\nTELEGRAM\n\n{paragraphs}{BODY}", resources)
    assert xp(root, "//tei:msIdentifier/tei:idno") == []


@pytest.mark.parametrize(("line", "subtype"), [
    ("TELEGRAM", "document-type"), ("CIPHERED TELEGRAM", "document-type"),
    ("CABLEGRAM", "document-type"), ("Incoming Telegram", "document-type"),
    ("Telegram No. 123 of 4 May", "cable-number"), ("TELEGRAM NUMBER 123 OF 4 MAY", "cable-number"),
    ("FROM: Embassy Belgrade", "sender"), ("From: Ambassador, Peking", "sender"),
    ("FM AMEMBASSY MOSCOW", "sender"), ("FM: JAKARTA/1182", "sender"),
    ("FM MOSCOW 041530Z MAY 76", "transmission"), ("BELGRADE TO FOREIGN OFFICE", "transmission"),
    ("Sir F. Roberts", "sender"),
])
def test_heading_lines_are_named_by_what_they_say(line: str, subtype: str, resources) -> None:
    root = _root(f"SECRET\n{line}\nTO: Ministry of Foreign Affairs\n\n{BODY}", resources)
    assert _subtypes(root)[line] == subtype


def test_a_bare_form_line_names_the_built_title(resources) -> None:
    root = _root(f"CIPHERED TELEGRAM\nNo. 4417\nFROM: Peking\n\n{BODY}", resources)
    assert xp(root, "string(//tei:titleStmt/tei:title)").startswith("Ciphered Telegram No. 4417")


@pytest.mark.parametrize(("line", "place"), [
    ("Received in Moscow 5 May 1951, 03.40", "#pla-moscow"),
    ("Received in Budapest on 5 May 1956", "#pla-budapest"),
    ("Received in Belgrade 10 May 1961 at 06.15", "#pla-belgrade"),
    ("Rec'd in New Delhi 5 May 1951", "#pla-new-delhi"),
])
def test_the_place_of_reception_goes_to_the_received_action(line: str, place: str,
                                                            resources) -> None:
    root = _root(f"TELEGRAM No. 12\nFrom Peking\nSent 4 May 1951\n{line}\n\n{BODY}", resources)
    received = "//tei:correspAction[@type='received']"
    assert xp(root, f"{received}/tei:placeName/@ref") == [place]
    assert xp(root, f"{received}/tei:date/@when")
    assert xp(root, "//tei:correspAction[@type='sent']/tei:placeName/@ref") == ["#pla-beijing"]


def test_a_place_under_a_letterhead_yields_to_the_sender_field(resources) -> None:
    text = ("DEPARTMENT OF FOREIGN AFFAIRS\nCANBERRA\n\nCABLEGRAM\n\nTO: CANBERRA/741\n"
            f"FM: JAKARTA/1182\n\n{BODY}")
    root = _root(text, resources)
    assert xp(root, "//tei:correspAction[@type='sent']/tei:placeName/@ref") == ["#pla-jakarta"]


@pytest.mark.parametrize("label", ["FCO/WHITEHALL DISTRIBUTION", "FO/WHITEHALL DISTRIBUTION",
                                   "Departmental distribution:"])
def test_a_distribution_block_after_the_signature_is_registry(label: str, resources) -> None:
    root = _root(f"FM MOSCOW 041530Z MAY 76\nTO IMMEDIATE FCO\n\n{BODY}\n{label}\nEESD\nWED\n",
                 resources)
    assert [s.xpath("string()") for s in xp(root, "//tei:closer/tei:signed")] == ["KOVACS"]
    lines = [ab.xpath("string()") for ab in xp(root, "//tei:div[@subtype='processing']/tei:ab")]
    assert lines == [label, "EESD", "WED"]


@pytest.mark.parametrize(("note", "repository", "ref"), [
    ("/1/Source: National Archives, RG 59, Central Files 1964-66, POL US-USSR. Secret; Exdis.",
     "National Archives", "RG 59, Central Files 1964-66, POL US-USSR"),
    ("/1/Source: National Archives and Records Administration, RG 59, Central Files 1967-69, "
     "POL 27 VIET S. Secret.", "National Archives and Records Administration",
     "RG 59, Central Files 1967-69, POL 27 VIET S"),
    ("/1/ Source: Department of State, Central Files, 764.00/5–456. Secret; Priority.",
     None, "Department of State, Central Files, 764.00/5–456"),
    ("/1/ Source: Johnson Library, National Security File, Country File, USSR, Vol. 2. Secret.",
     "Johnson Library", "National Security File, Country File, USSR, Vol. 2"),
    ("/1/ Source: Lyndon B. Johnson Library, National Security File, Files of McGeorge Bundy. "
     "Secret.", "Lyndon B. Johnson Library", "National Security File, Files of McGeorge Bundy"),
])
def test_a_frus_source_note_under_the_dateline_gives_the_file_and_number(
        note: str, repository: str | None, ref: str, resources) -> None:
    """The archive a source note opens with is the repository, the rest the shelfmark; a
    note naming no archive is all shelfmark, and the repository stays unknown: the
    edition's default archive is not claimed for another publisher's page."""
    text = ("29. Telegram From the Embassy in the Soviet Union to the Department of State/1/\n\n"
            f"Moscow, April 21, 1964, 2 p.m.\n\n{note}\n\n3221. For the Secretary. The talks "
            "went badly today and will go on tomorrow.\n\nKohler\n")
    root = _root(text, resources)
    assert xp(root, "//tei:msIdentifier/tei:idno[@type='shelfmark']/text()") == [ref]
    assert xp(root, "//tei:msIdentifier/tei:repository/text()") == [repository or "unknown"]
    assert xp(root, "//tei:idno[@type='telegram']/text()") == ["3221"]
    assert [s.xpath("string()") for s in xp(root, "//tei:closer/tei:signed")] == ["Kohler"]


def test_a_text_naming_no_archive_is_from_the_editions_archive(resources) -> None:
    """A bare text of no publisher's layout and naming no archive gets the edition's
    default repository (`[source] repository` in edition.toml)."""
    root = _root("TELEGRAM No. 21\n\nFrom Moscow to Warsaw.\n\nThe talks went badly.\n",
                 resources)
    assert xp(root, "//tei:msIdentifier/tei:repository/text()") == [
        resources.edition.repository]


@pytest.mark.parametrize("letterhead", ["10 DOWNING STREET\nWHITEHALL",
                                        "BRITISH EMBASSY\nMOSCOW",
                                        "THE WHITE HOUSE\nWASHINGTON"])
def test_a_salutation_under_a_letterhead_makes_a_letter(letterhead: str, resources) -> None:
    text = (f"{letterhead}\n\nSECRET\n\n14 March 1962\n\nDear Mr. President,\n\nThank you for "
            "your letter about the conference in Geneva.\n\nYours sincerely,\n\nHarold Macmillan\n")
    root = _root(text, resources)
    assert xp(root, "//tei:body/tei:div/@type") == ["letter"]


@pytest.mark.parametrize("header", ["BELGRA 02417 151130Z", "PAGE 01 LISBON 05921 302345Z"])
def test_a_cable_printouts_page_header_names_no_place(header: str, resources) -> None:
    text = (f"CONFIDENTIAL\n\n{header}\n\nR 151100Z JUN 73\nFM AMEMBASSY BELGRADE\n"
            f"TO SECSTATE WASHDC 4471\n\n1. {BODY}")
    root = _root(text, resources)
    assert xp(root, "//tei:correspAction[@type='sent']/tei:placeName/@ref") == ["#pla-belgrade"]
    assert xp(root, "string(//tei:correspAction[@type='received']/tei:roleName)") == \
        "SECSTATE WASHDC"


@pytest.mark.parametrize("heading", [
    "RECORD OF A CONVERSATION BETWEEN THE SECRETARY OF STATE AND THE SOVIET AMBASSADOR AT THE "
    "FOREIGN OFFICE ON 4 MAY 1956",
    "RECORD OF A MEETING HELD AT THE KREMLIN ON 3 JUNE 1961",
    "MINUTES OF THE TALKS BETWEEN THE DELEGATIONS OF THE TWO PARTIES, 5 MARCH 1958",
])
def test_a_capitals_record_heading_with_its_parties_names_the_document_type(
        heading: str, resources) -> None:
    """In capitals: a mixed-case line naming a record and its parties is the page's title."""
    root = _root(f"CONFIDENTIAL\n\n{heading}\n\nPresent:\nMr. Selwyn Lloyd\nMr. Malik\n\n"
                 "The Ambassador said that he had been instructed to give thanks for the visit."
                 "\n\n2. The Secretary of State said that he was glad.\n", resources)
    assert xp(root, "//tei:body/tei:div/@type") == ["record-of-conversation"]
    assert _subtypes(root)[heading] == "document-type"


@pytest.mark.parametrize("label", ["Dispatched from", "Sent from", "Place of origin"])
def test_a_labelled_place_of_dispatch_is_a_form_line_not_the_page_title(label: str,
                                                                          resources) -> None:
    text = (f"Ciphered telegram\n{label}: Washington\nDate: 3.10.1968\n"
            "Received: 4.10.1968 at 02.50 hrs\nNo.: 3512/68\n\n"
            "To: Comrade Jiří Hájek, Minister of Foreign Affairs, Prague\n\n" + BODY)
    root = _root(text, resources)
    assert xp(root, "//tei:titleStmt/tei:title[@type='main']/text()") == [
        "Ciphered Telegram No. 3512/68, Kovacs to Jiří Hájek"]
    assert xp(root, "//tei:correspAction[@type='sent']/tei:placeName/text()") == ["Washington"]
    assert xp(root, "//tei:correspAction[@type='sent']/tei:date/@when") == ["1968-10-03"]


@pytest.mark.parametrize(("line", "when", "place"), [
    ("Received: 4 May 1965, 11.40, in Bonn", "1965-05-04T11:40:00", "#pla-bonn"),
    ("Received May 4, 1965, 11.40 a.m., in Bonn", "1965-05-04T11:40:00", "#pla-bonn"),
    ("Recd 4.5.1965, 08.10, at Warsaw", "1965-05-04T08:10:00", "#pla-warsaw"),
])
def test_a_place_of_reception_after_the_time_is_taken(line: str, when: str, place: str,
                                                      resources) -> None:
    text = f"TELEX No. 412\nFrom: Embassy Moscow\nDispatched: 3 May 1965, 19.20 hrs\n{line}\n\n"
    root = _root(text + BODY, resources)
    assert xp(root, "//tei:correspAction[@type='received']/tei:placeName/@ref") == [place]
    assert xp(root, "//tei:correspAction[@type='received']/tei:date/@when") == [when]


@pytest.mark.parametrize(("line", "place"), [
    ("Embassy Moscow", "#pla-moscow"), ("Legation in Berne", "#pla-bern"),
    ("Swedish Embassy, Moscow", "#pla-moscow"), ("CONSULATE GENERAL HONG KONG", "#pla-hong-kong"),
])
def test_a_post_line_under_the_form_line_names_the_place_of_origin(line: str, place: str,
                                                                  resources) -> None:
    text = f"TELEX\n{line}\nNo. 412 of 3 May 1965\nTo: Ministry of Foreign Affairs\n\n"
    root = _root(text + BODY, resources)
    assert xp(root, "//tei:correspAction[@type='sent']/tei:placeName/@ref") == [place]


@pytest.mark.parametrize(("line", "archive", "shelfmark"), [
    ("PA AA, B 130, Bd. 8412 A", "PA AA", "B 130, Bd. 8412 A"),
    ("[NAA: A1838, 3107/38/12]", "NAA", "A1838, 3107/38/12"),
    ("Polish Archive of Modern Records, Fond KC PZPR, Box 2, Folder 7",
     "Polish Archive of Modern Records", "Fond KC PZPR, Box 2, Folder 7"),
])
def test_the_archive_an_archive_line_names_is_the_repository(line: str, archive: str,
                                                             shelfmark: str, resources) -> None:
    root = _root(f"TELEGRAM\n\nFROM: Embassy Belgrade\nBelgrade, 4 May 1956\n\n{BODY}{line}\n",
                 resources)
    assert xp(root, "//tei:msIdentifier/tei:repository/text()") == [archive]
    assert xp(root, "//tei:msIdentifier/tei:idno/text()") == [shelfmark]


@pytest.mark.parametrize(("line", "when"), [
    ("Dated the 14th October, 1959", "1959-10-14"),
    ("Despatched 14 October, 1959", "1959-10-14"),
    ("Sent October 14, 1959, 6 p.m.", "1959-10-14T18:00:00"),
])
def test_a_labelled_date_with_a_comma_is_no_dateline(line: str, when: str, resources) -> None:
    text = f"Telegram\n\nFrom: Indembassy, Peking\nNo. 612\n{line}\n\n1. {BODY}"
    root = _root(text, resources)
    assert xp(root, "//tei:correspAction[@type='sent']/tei:date/@when") == [when]
    assert xp(root, "//tei:correspAction[@type='sent']/tei:placeName/@ref") == ["#pla-beijing"]


@pytest.mark.parametrize("line", [
    "National Archives of India, MEA, File No. 4(12)-EAD/59, Vol. II",
    "Riksarkivet, UD 1920 års dossiersystem, HP 1, Vol. 512",
    "Bundesarchiv, DY 30, Bestand 3/1",
    "Rigsarkivet, Udenrigsministeriet, Box 12",
])
def test_archive_lines_name_files_roman_volumes_and_one_word_archives(line: str,
                                                                     resources) -> None:
    root = _root(f"{line}\n\nTELEGRAM\n\nFROM: Embassy Belgrade\nBelgrade, 4 May 1956\n\n{BODY}",
                 resources)
    archive, _, shelfmark = line.partition(", ")
    assert xp(root, "//tei:msIdentifier/tei:repository/text()") == [archive]
    assert xp(root, "//tei:msIdentifier/tei:idno/text()") == [shelfmark]


PAGE_HEAD = ("Home > Collections > Cables\nPrint this page\n\n"
             "Cable from the Embassy in Rome to the Foreign Ministry on the crisis\n\n")


@pytest.mark.parametrize(("fields", "translator", "language"), [
    ("Language of original: Hebrew\nTranslated by: Dana Levy", "Dana Levy", ("he", "Hebrew")),
    ("Translator: Jan Kowalski\nOriginal Language: Polish", "Jan Kowalski", ("pl", "Polish")),
    ("Source language: Dutch\nTranslation by: Anna de Vries.", "Anna de Vries", ("nl", "Dutch")),
])
def test_labelled_translator_and_language_fields_go_to_the_header(
        fields: str, translator: str, language: tuple[str, str], resources) -> None:
    document = f"{PAGE_HEAD}{fields}\n\nOutgoing cable\nDate: 12.10.1955\n\n{BODY}"
    root = _root(document, resources)
    assert xp(root, "//tei:respStmt[tei:resp='Translation']/tei:persName/text()") == [translator]
    lang = xp(root, "//tei:msContents/tei:textLang")[0]
    assert (lang.get("mainLang"), lang.text) == language
    text = " ".join("".join(xp(root, "//tei:text")[0].itertext()).split())
    assert translator not in text and "Print this page" not in text


@pytest.mark.parametrize("line", ["Print this page", "Printer-friendly version",
                                  "Email this page", "Cite this page"])
def test_archive_site_tool_lines_are_furniture(line: str, resources) -> None:
    root = _root(f"{line}\n\n{PAGE_HEAD}Date: 12.10.1955\n\n{BODY}", resources)
    assert line not in "".join(root.itertext())


@pytest.mark.parametrize("to", ["Foreign Ministry, Jerusalem", "the Foreign Ministry"])
def test_an_addressee_role_named_by_title_and_heading_is_listed_once(to: str,
                                                                    resources) -> None:
    document = (f"Cable from the Embassy in Rome to {to}\n\nFrom: Embassy Rome\nTo: {to}\n"
                f"Date: 12.10.1955\n\n{BODY}")
    root = _root(document, resources)
    roles = xp(root, "//tei:correspAction[@type='received']/tei:roleName/text()")
    assert len(roles) == len({r.casefold() for r in roles}) >= 1


@pytest.mark.parametrize(("line", "when"), [
    ("Sent: 1960, June 16, 21:10", "1960-06-16T21:10:00"),
    ("Date: 1972 September 29", "1972-09-29"),
    ("Dispatched 1956, Oct. 23rd", "1956-10-23"),
])
def test_a_year_first_date_with_a_month_name_is_read_whole(line: str, when: str,
                                                           resources) -> None:
    root = _root(f"TELEGRAM No. 1487\nFrom: Embassy Washington\n{line}\n\n{BODY}", resources)
    assert xp(root, "//tei:correspAction[@type='sent']/tei:date/@when") == [when]


@pytest.mark.parametrize("line", ["Telegram No. 1487 (Urgent, Top Secret)",
                                  "CIPHERED TELEGRAM No. 66/12 (Very urgent)",
                                  "Cable No. 315 (Priority)"])
def test_a_cable_number_line_may_end_in_its_precedence_in_brackets(line: str,
                                                                   resources) -> None:
    root = _root(f"{line}\nFrom: Embassy Washington\nDate: 4 May 1956\n\n{BODY}", resources)
    number = line.split("No. ")[1].split(" ")[0]
    assert xp(root, "//tei:msIdentifier//tei:idno[@type='telegram']/text()") == [number]


@pytest.mark.parametrize(("heading", "ministry"), [
    ("UDENRIGSMINISTERIET\nChiffretelegram\n\nFra: Ambassaden i Moskva\nTil: "
     "Udenrigsministeriet\nNr. 88\nAfsendt: 4. maj 1957 kl. 21.10\nModtaget: 5. maj 1957 "
     "kl. 08.30\n\nHEMMELIGT\n\nVedrørende: Samtale med Gromyko",
     "#org-ministry-of-foreign-affairs-of-denmark"),
    ("UTRIKESDEPARTEMENTET\nChiffertelegram\n\nFrån: Ambassaden i Moskva\nTill: "
     "Utrikesdepartementet\nNr. 88\nAvsänt: 4 maj 1957 kl. 21.10\nAnkommet: 5 maj 1957 "
     "kl. 08.30\n\nHEMLIGT\n\nÄmne: Samtal med Gromyko",
     "#org-ministry-for-foreign-affairs-of-sweden"),
])
def test_a_scandinavian_cipher_telegrams_heading_is_read(heading: str, ministry: str,
                                                          resources) -> None:
    """The Danish and Swedish forms of the Norwegian heading of fixture gen82."""
    root = _root(f"{heading}\n\n1. Gromyko received me today at his request.\n\nHvass\n",
                 resources)
    facts_found = facts(root)
    assert facts_found["doc_type"] == "telegram"
    assert facts_found["date"] == "1957-05-04"
    assert facts_found["date_received"] == "1957-05-05T08:30"
    assert facts_found["telegram_number"] == "88"
    assert xp(root, "//tei:correspAction[@type='received']/tei:orgName/@ref") == [ministry]
    assert xp(root, "//tei:ab[@subtype='classification']")
