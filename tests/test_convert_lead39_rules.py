"""Rules from the unseen-layout probe of session 35 (lead39: archives' copies of Japanese,
Israeli, Swedish, Indian and NATO papers):

- a translation's statement closing the document, bare or in brackets, the editors maybe
  named as its translators (`(Translated from the Japanese by the editors.)`, `[Translated
  from the Hebrew]`), is a processing line that names the original language;
- a cipher telegram's dateline with no comma after the place and the hour after `at`
  (`Moscow 22 October 1962 at 23.10`) gives the place and the sending date;
- an archive's code for the item alone under the archive's name at the page's top
  (`Israel State Archives` / `ISA/RG 130.20/MFA/3127/12`; `UM 5 C 14, 1949`) is the
  shelfmark;
- a release stamp's dashes are no words, so a long stamp still stands in the letterhead over
  an opening document symbol (`DECLASSIFIED - PUBLICLY DISCLOSED - ... ` over `C-M(61)74`);
- the sending office's address under the signature, its town last (`Palais de Chaillot,` /
  `Paris, XVIe.`), gives the place of origin when nothing else does;
- an international organisation's `Note by the Secretary-General` is a memorandum;
- an office after a French civility in a salutation (`Monsieur le Conseiller fédéral,`) is
  no person;
- a surname set off by commas after a title and its post (`the Soviet Ambassador in Bonn,
  Smirnov,`) is the register person whose titled form it makes (`Ambassador Smirnov`);
- (lead40) a code telegram's number on its form's line (`CODE TELEGRAM No. 234`); an archive's
  code with a small-letter abbreviation (`2.05.118, inv.nr. 14235`); a decoder's line with a
  colon after `by`; a German compound archive's name with its department after a comma; an
  archive named with its sigla, then its units (`Archiwum ... (AMSZ), Departament III, ...`);
  a chancellery addressed is an office, no person.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

TELEGRAM = (
    "CIPHER TELEGRAM\n\n"
    "Moscow 22 October 1962 at 23.10\n"
    "No. 315\n\n"
    "To the Foreign Ministry, Stockholm.\n\n"
    "Gromyko said nothing of the American measures announced this evening.\n\n"
    "Sohlman\n"
)


def test_a_closing_translation_statement_names_the_original_language(
        resources: Resources) -> None:
    for statement, language in (("(Translated from the Swedish by the editors.)", "Swedish"),
                                ("[Translated from the Hebrew]", "Hebrew"),
                                ("Translation from the Finnish.", "Finnish")):
        facts = text_facts(TELEGRAM + "\n" + statement + "\n", resources)
        assert facts["original_language"] == language, statement
        assert facts["signed"] == "Sohlman"


def test_an_unknown_language_named_at_the_foot_is_no_language(resources: Resources) -> None:
    facts = text_facts(TELEGRAM + "\n(Translated from the Original by the editors.)\n",
                       resources)
    assert facts["original_language"] is None


def test_a_dateline_without_a_comma_gives_the_place_and_the_hour(
        resources: Resources) -> None:
    facts = text_facts(TELEGRAM, resources)
    assert (facts["date"], facts["place_of_origin"]) == ("1962-10-22", "Moscow")


def test_a_received_line_is_no_dateline_without_a_comma(resources: Resources) -> None:
    facts = text_facts(TELEGRAM.replace("Moscow 22 October 1962 at 23.10",
                                        "Received 23 October 1962 at 02.45"), resources)
    assert facts["place_of_origin"] is None


def test_an_archive_code_under_the_archive_s_name_is_the_shelfmark(
        resources: Resources) -> None:
    for code in ("ISA/RG 130.20/MFA/3127/12", "UM 5 C 14, 1949", "E2001E#1967/113#1234*"):
        facts = text_facts("Israel State Archives\n" + code + "\n\n" + TELEGRAM, resources)
        assert (facts["repository"], facts["archive_idno"]) == ("Israel State Archives",
                                                                code)


def test_a_number_or_a_date_under_the_archive_s_name_is_no_code(resources: Resources) -> None:
    for line in ("No. 612", "5.6.1967"):
        facts = text_facts("Israel State Archives\n" + line + "\n\n" + TELEGRAM, resources)
        assert facts["archive_idno"] != line


NATO_PAPER = (
    "NATO SECRET\n"
    "DECLASSIFIED - PUBLICLY DISCLOSED - PDN(2012)0003 - DÉCLASSIFIÉ - MISE EN LECTURE "
    "PUBLIQUE\n\n"
    "C-M(61)80\n"
    "4th September, 1961\n\n"
    "NORTH ATLANTIC COUNCIL\n\n"
    "Note by the Secretary General\n\n"
    "1. The Council will find attached the report of the working group.\n\n"
    "(Signed) D.U. STIKKER\n\n"
    "Palais de Chaillot,\n"
    "Paris, XVIe.\n"
)


def test_a_release_stamp_s_dashes_keep_the_symbol_under_it_the_reference(
        resources: Resources) -> None:
    assert text_facts(NATO_PAPER, resources)["archive_idno"] == "C-M(61)80"


def test_the_office_s_address_under_the_signature_gives_its_town(
        resources: Resources) -> None:
    facts = text_facts(NATO_PAPER, resources)
    assert facts["place_of_origin"] == "Paris"
    assert facts["doc_type"] == "memorandum"


def test_a_list_of_posts_repeated_to_under_the_signature_gives_no_place(
        resources: Resources) -> None:
    facts = text_facts(NATO_PAPER.replace("Palais de Chaillot,", "Repeated to Bonn,"), resources)
    assert facts["place_of_origin"] is None


def test_an_address_not_ending_in_a_town_gives_no_place(resources: Resources) -> None:
    facts = text_facts(NATO_PAPER.replace("Paris, XVIe.", "Room 4, Wing C."), resources)
    assert facts["place_of_origin"] is None


def test_a_french_civility_before_an_office_names_no_addressee(resources: Resources) -> None:
    letter = ("Moscow, 9 November 1956\n\n"
              "Monsieur le Conseiller fédéral,\n\n"
              "Yesterday, Bulganin spoke to the Western ambassadors of the events in Hungary.\n\n"
              "Alfred Zehnder\n")
    assert text_facts(letter, resources)["addressee"] == []
    assert "le Conseiller</persName>" not in text_xml(letter, resources)


def test_a_surname_set_off_after_a_title_and_post_is_the_titled_person(
        resources: Resources) -> None:
    xml = text_xml(NATO_PAPER.replace(
        "1. The Council", "1. The Soviet Ambassador in Bonn, Smirnov, was informed. The Council"),
        resources)
    assert 'ref="#per-andrei-smirnov">Smirnov</persName>' in xml


def test_a_common_surname_after_a_title_with_no_titled_form_stays_untagged(
        resources: Resources) -> None:
    xml = text_xml(NATO_PAPER.replace(
        "1. The Council", "1. The Soviet Consul in Bonn, Smirnov, was informed. The Council"),
        resources)
    assert 'ref="#per-andrei-smirnov"' not in xml


# (lead40, the held probe of more archives' copies, after scoring it)
DUTCH = ("Nationaal Archief, The Hague\n"
         "2.05.118, inv.nr. 14235\n\n"
         "CODE TELEGRAM No. 234\n"
         "From: Embassy Djakarta\n"
         "To: Minister of Foreign Affairs\n"
         "Dated: 17 August 1960, 14.00 h.\n\n"
         "Subandrio informed me this morning of the decision.\n\n"
         "Teppema\n\n"
         "Decoded by: Jansen, 17.8.1960\n")


def test_a_code_telegram_s_number_on_its_form_line(resources: Resources) -> None:
    assert text_facts(DUTCH, resources)["telegram_number"] == "234"


def test_an_archive_code_with_a_small_letter_abbreviation(resources: Resources) -> None:
    assert text_facts(DUTCH, resources)["archive_idno"] == "2.05.118, inv.nr. 14235"


def test_a_decoder_s_line_with_a_colon_leaves_the_signature_above_it(
        resources: Resources) -> None:
    assert text_facts(DUTCH, resources)["signed"] == "Teppema"


def test_a_german_compound_archive_with_its_department_is_the_repository(
        resources: Resources) -> None:
    facts = text_facts("Österreichisches Staatsarchiv, Archiv der Republik\n"
                       "BMAA, II-pol, Sowjetunion 2, GZl. 518.112-Pol/56\n\n"
                       "Moscow, 3 November 1956\n\nZorin said nothing.\n\nBischoff\n",
                       resources)
    assert (facts["repository"], facts["archive_idno"]) == (
        "Österreichisches Staatsarchiv, Archiv der Republik",
        "BMAA, II-pol, Sowjetunion 2, GZl. 518.112-Pol/56")


def test_an_archive_with_its_sigla_then_its_units_is_the_reference(
        resources: Resources) -> None:
    line = "Archiwum Ministerstwa Spraw Zagranicznych (AMSZ), Departament III, z. 23/70, w. 5"
    facts = text_facts(line + "\n\n" + TELEGRAM, resources)
    assert (facts["repository"], facts["archive_idno"]) == (
        "Archiwum Ministerstwa Spraw Zagranicznych (AMSZ)", "Departament III, z. 23/70, w. 5")


def test_a_chancellery_addressed_is_no_person(resources: Resources) -> None:
    xml = text_xml(TELEGRAM.replace("To the Foreign Ministry, Stockholm.",
                                    "To the Federal Chancellery, Foreign Affairs Department, "
                                    "Vienna"), resources)
    assert "Federal Chancellery</persName>" not in xml


def test_an_archive_named_word_first_with_its_town_is_the_repository(
        resources: Resources) -> None:
    facts = text_facts("Archives diplomatiques, Bruxelles\nDossier 18.288/III\n\n" + TELEGRAM,
                       resources)
    assert (facts["repository"], facts["archive_idno"]) == (
        "Archives diplomatiques, Bruxelles", "Dossier 18.288/III")
