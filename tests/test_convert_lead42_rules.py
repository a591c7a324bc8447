"""Rules from the unseen-layout probe of session 36 (lead42: a UN code cable, a Yugoslav
telegram, a Mexican coded telegram, a Finnish legation's report, an Irish telex):

- an archive's word in small letters after its holder's genitive, as the Nordic archives
  name themselves (`Ulkoministeriön arkisto (UMA), 5 C 22`), with its sigla and units after
  it, is the repository and the shelfmark;
- a department's file code of slashed parts after an archive's name and a comma, without
  sigla (`National Archives of Ireland, DFA/2012/59/1525`), is the shelfmark;
- an archive's name with its holder after `de la`, its sigla and its town
  (`Acervo Histórico Diplomático de la Secretaría ... (AHSRE), Mexico City`) is the
  repository, and its sigla no person;
- a form line giving the number after the word `number` (`Coded telegram number 287`) is the
  telegram's number; a report's (`Report No. 14`) is its own outgoing number;
- a compound of countries' adjectives (`ASSISTANT SECRETARY (ANGLO-IRISH)`) is no person;
- a surname after a title names, of the namesakes holding that post, the one holding it in
  the document's year (`Senator Kennedy`: John F. in 1960, Edward M. in 1979), and that
  settles it before the document's context is asked;
- (lead37c's miss) a protocol's title broken over lines (`Protocol No. 31/63` / `of the
  Meeting of the Politburo ...` / `on 9 July 1963`) is the minutes of a meeting, its number
  the protocol's own and its date the last line's;
- (lead41's miss) a fonds named by its word first, its series after commas and its volume
  last (`Fondo Embajada de Chile en Estados Unidos, Oficios Confidenciales, vol. 4521`) is
  the reference;
- (lead43, a held probe scored blind on the merged converter: Korean, Canadian, Indonesian,
  Argentine and Egyptian copies) the Korean Diplomatic Archives' abbreviated numbers (`Class.
  No. 729.23 VN, Reg. No. 1523, Frame 0047-0048`) are the reference; `Arsip` names an archive;
  the Indonesian service's `KBRI` and `Menlu` are offices; a cable's grade after its form's
  name (`CABLE SECRETO N° 871`) is a form line; a documentary appendix's number with the
  document's heading on its line (`Document 7. Cable from ...`) opens the document;
- (lead44, the stop's probe: a Philippine memorandum, a Ghanaian savingram, a nunciature's
  report) a nuncio's salutation and close in translation (`Most Reverend Excellency,`, `With
  sentiments of profound veneration,`) make a letter; an archive named in capitals with its
  sigla and town (`PUBLIC RECORDS AND ARCHIVES ADMINISTRATION DEPARTMENT (PRAAD), ACCRA`) is
  the repository; an Italian archive's `busta` without its stop is a unit of the reference;
- (lead41's miss) a signature whose surname has its particles in small letters (`Van den
  Bosch`, `Sá da Bandeira`) is a signature line.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

BODY = (
    "1. The Foreign Secretary resigned this morning.\n\n"
    "2. I will see the Permanent Under-Secretary tomorrow.\n"
)


def test_a_nordic_archive_word_in_small_letters_names_the_repository(
        resources: Resources) -> None:
    text = ("Ulkoministeriön arkisto (UMA), 5 C 22, Moskova 1953\n\n"
            "Report No. 14\n\nMoscow, 12 March 1953\n\n"
            "To the Minister for Foreign Affairs, Helsinki\n\n" + BODY + "\nSundström\n")
    facts = text_facts(text, resources)
    assert (facts["repository"], facts["archive_idno"]) == (
        "Ulkoministeriön arkisto (UMA)", "5 C 22, Moskova 1953")


def test_a_report_s_number_is_its_outgoing_number(resources: Resources) -> None:
    text = ("Embassy of Finland\nMoscow\n\nReport No. 14\n\nMoscow, 12 March 1953\n\n"
            "Subject: The funeral\n\nTo the Minister for Foreign Affairs, Helsinki\n\n"
            + BODY + "\nSundström\n")
    facts = text_facts(text, resources)
    assert (facts["doc_type"], facts["outgoing_number"], facts["telegram_number"]) == (
        "report", "14", None)


def test_a_slashed_file_code_after_the_archive_s_name_is_the_shelfmark(
        resources: Resources) -> None:
    text = ("National Archives of Ireland, DFA/2012/59/1525\n\nTELEX\nFROM: EMBASSY LONDON\n"
            "TO: HQ DUBLIN\nNO. 214   DATE: 05.04.82   TIME: 1730\n\n" + BODY + "\nKENNEDY\n")
    facts = text_facts(text, resources)
    assert (facts["repository"], facts["archive_idno"]) == (
        "National Archives of Ireland", "DFA/2012/59/1525")
    assert facts["telegram_number"] == "214"


def test_an_archive_s_name_with_its_holder_and_sigla_is_the_repository(
        resources: Resources) -> None:
    text = ("Acervo Histórico Diplomático de la Secretaría de Relaciones Exteriores (AHSRE), "
            "Mexico City\nExpediente III-5533-1, legajo 2\n\n"
            "Coded telegram number 287\nFrom: Embamex Havana\nTo: Secretaría de Relaciones "
            "Exteriores, Mexico\nDate: 27 October 1962\n\nThe city is calm.\n\n"
            "Ambassador Gilberto Bosques\n")
    facts = text_facts(text, resources)
    assert facts["repository"] == ("Acervo Histórico Diplomático de la Secretaría de "
                                   "Relaciones Exteriores (AHSRE), Mexico City")
    assert (facts["archive_idno"], facts["telegram_number"]) == ("III-5533-1", "287")
    assert "per-ahsre" not in text_xml(text, resources)


def test_a_compound_of_countries_adjectives_is_no_person(resources: Resources) -> None:
    text = ("TELEX\nFROM: EMBASSY LONDON\nTO: HQ DUBLIN\n"
            "NO. 214   DATE: 05.04.82   TIME: 1730\n\n"
            "FOR ASSISTANT SECRETARY (ANGLO-IRISH) FROM AMBASSADOR\n\n" + BODY + "\nKENNEDY\n")
    assert "per-anglo-irish" not in text_xml(text, resources)


LETTER = (
    "Embassy of Ireland\nWashington\n\nWashington, 19 March {year}\n\n"
    "To: The Secretary, Department of Foreign Affairs, Dublin\n\n"
    "Senator Kennedy issued his St Patrick's Day statement on Friday.\n\n"
    "Sean Donlon\nAmbassador\n"
)


def test_a_surname_after_a_title_is_the_namesake_holding_the_post_that_year(
        resources: Resources) -> None:
    for year, person in (("1960", "per-john-f-kennedy"), ("1979", "per-edward-m-kennedy")):
        xml = text_xml(LETTER.format(year=year), resources)
        assert f'Senator <persName ref="#{person}">Kennedy<' in xml, year


def test_a_surname_with_particles_in_small_letters_signs(resources: Resources) -> None:
    text = ("TELEGRAM No. 77\nLéopoldville, 30 June 1960, 23.45 h.\n\n"
            "To the Minister of Foreign Affairs, Brussels\n\n"
            "Lumumba's speech caused deep offence.\n\nVan den Bosch\n")
    facts = text_facts(text, resources)
    assert (facts["signed"], facts["sender"]) == ("Van den Bosch", ["Jean van den Bosch"])


def test_a_fonds_with_its_series_and_volume_is_the_reference(resources: Resources) -> None:
    text = ("Archivo General Histórico del Ministerio de Relaciones Exteriores de Chile\n"
            "Fondo Embajada de Chile en Estados Unidos, Oficios Confidenciales, vol. 4521\n\n"
            "TELEGRAM No. 77\nWashington, 14 September 1973\n\n"
            "To the Minister of Foreign Affairs, Santiago\n\nThe Department is silent.\n\n"
            "Valdés\n")
    assert text_facts(text, resources)["archive_idno"] == (
        "Fondo Embajada de Chile en Estados Unidos, Oficios Confidenciales, vol. 4521")


def test_a_protocol_title_broken_over_lines_is_the_minutes_and_dates_them(
        resources: Resources) -> None:
    protocol = ("Protocol No. 31/63\nof the Meeting of the Politburo of the Central Committee\n"
                "on 9 July 1963\n\nPresent: Comrades Ulbricht, Honecker, Stoph\n\n"
                "On point 1: Comrade Ulbricht reported on the talks in Moscow.\n\n"
                "Signed: W. Ulbricht\n")
    facts = text_facts(protocol, resources)
    assert (facts["doc_type"], facts["telegram_number"], facts["outgoing_number"]) == (
        "record of conversation", None, "31/63")
    copy = (
            "Stiftung Archiv der Parteien und Massenorganisationen der DDR im Bundesarchiv\n"
            "SAPMO-BArch, DY 30/J IV 2/2/893\n"
            "\n"
            "Translation\n"
            "\n"
            "Protocol No. 31/63\n"
            "of the Meeting of the Politburo of the Central Committee\n"
            "on 9 July 1963\n"
            "\n"
            "Present: Comrades Ulbricht, Honecker, Matern, Norden, Stoph\n"
            "\n"
            "Agenda:\n"
            "1. Report of the delegation to Moscow\n"
            "2. Questions of the Seven-Year Plan\n"
            "\n"
            "On point 1: Comrade Ulbricht reported on the talks with Comrade Khrushchev. "
            "The report was approved.\n"
            "\n"
            "On point 2: The draft was referred back to the State Planning Commission.\n"
            "\n"
            "Signed: W. Ulbricht\n")
    facts = text_facts(copy, resources)
    assert (facts["doc_type"], facts["date"]) == ("record of conversation", "1963-07-09")


def test_the_korean_archives_abbreviated_numbers_are_the_reference(
        resources: Resources) -> None:
    text = ("Diplomatic Archives, Ministry of Foreign Affairs, Republic of Korea\n"
            "Class. No. 729.23 VN, Reg. No. 1523, Frame 0047-0048\n\n"
            "NUMBER: WUS-0519\nDATE: 191830 (May 19, 1965)\n"
            "FROM: Ambassador to the United States\nTO: Minister of Foreign Affairs\n\n"
            "Secretary Rusk told me today that the visit is confirmed.\n\n"
            "Ambassador Kim Hyun-chul\n")
    assert text_facts(text, resources)["archive_idno"] == (
        "Class. No. 729.23 VN, Reg. No. 1523, Frame 0047-0048")


def test_an_indonesian_archive_and_offices(resources: Resources) -> None:
    text = ("Arsip Nasional Republik Indonesia (ANRI), Kabinet Presiden RI 1950-1959, no. 1837\n\n"
            "TELEGRAM\nNr. 118/PR/57\nFrom: KBRI Cairo\nTo: Menlu, Djakarta\n"
            "Date: 2 November 1956\n\nPresident Nasser asked the ambassadors to press for a "
            "cease-fire.\n\nAmbassador\n")
    facts = text_facts(text, resources)
    assert facts["archive_idno"] == "Kabinet Presiden RI 1950-1959, no. 1837"
    assert "per-menlu" not in text_xml(text, resources)


def test_an_appendix_document_numbered_on_its_heading_line_opens_with_its_form(
        resources: Resources) -> None:
    text = ("APPENDIX C\n\nDocument 7. Cable from the Argentine Embassy in Washington to the "
            "Ministry of Foreign Affairs, 7 April 1982\n\nCABLE SECRETO N° 871\n"
            "Washington, 7 April 1982\n\nFor the Minister\n\n"
            "Secretary Haig will leave for London tomorrow.\n\nTAKACS\n")
    facts = text_facts(text, resources)
    assert (facts["doc_type"], facts["telegram_number"], facts["date"]) == (
        "telegram", "871", "1982-04-07")
    assert facts["sender"] == ["Esteban Takacs"]


def test_a_nuncio_s_salutation_and_close_make_a_letter(resources: Resources) -> None:
    text = ("Archivio Apostolico Vaticano, Arch. Nunz. Germania, busta 112, fasc. 4\n\n"
            "NUNZIATURA APOSTOLICA IN GERMANIA\nN. 4512\n\n"
            "Bad Godesberg, 14 September 1955\n\nMost Reverend Excellency,\n\n"
            "The Chancellor returned from Moscow yesterday evening.\n\n"
            "With sentiments of profound veneration,\n\n+ Aloisius J. Muench\n"
            "Apostolic Nuncio\n")
    facts = text_facts(text, resources)
    assert (facts["doc_type"], facts["repository"], facts["archive_idno"]) == (
        "letter", "Archivio Apostolico Vaticano", "Arch. Nunz. Germania, busta 112, fasc. 4")
    assert facts["sender"] == ["Aloisius Muench"]


def test_an_archive_named_in_capitals_with_sigla_and_town_is_the_repository(
        resources: Resources) -> None:
    text = ("PUBLIC RECORDS AND ARCHIVES ADMINISTRATION DEPARTMENT (PRAAD), ACCRA\n"
            "RG 17/1/215\n\nSAVINGRAM\n\nFrom: Ghana High Commission, London\n"
            "To: Ministry of Foreign Affairs, Accra\nNo. 47\nDate: 16th February, 1961\n\n"
            "The Osagyefo's statement was published in full.\n\nHIGH COMMISSIONER\n")
    facts = text_facts(text, resources)
    assert (facts["repository"], facts["archive_idno"]) == (
        "PUBLIC RECORDS AND ARCHIVES ADMINISTRATION DEPARTMENT (PRAAD), ACCRA", "RG 17/1/215")
    assert "per-kwame-nkrumah" in text_xml(text, resources)
