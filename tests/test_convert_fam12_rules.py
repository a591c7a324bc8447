"""Forms and name shapes nobody had tried (fam12): particles inside names, Dutch, Portuguese
and Polish cable headings, the French `TD` number, Foreign Office minute sheets, a court's
letterhead, a mission's seat under its name, and the register's regnal and Arabic forms."""

from __future__ import annotations

import re

from tests.cases import text_facts, text_xml

_BODY = "The Minister received me this morning and spoke about the talks in Geneva.\n\n"


def _persons(xml: str) -> list[str]:
    return re.findall(r"<persName ref=\"#per-[^\"]+\">([^<]+)</persName>", xml)


def test_particles_stay_in_a_name_after_an_honorific_or_title(resources) -> None:
    text = ("TELEGRAM\n\nMr. Van den Heuvel said that Mr. van Houten and Counsellor de la "
            "Fuente had seen Ambassador ter Horst.\n\nSMITH\n")
    names = _persons(text_xml(text, resources))
    assert {"Van den Heuvel", "van Houten", "de la Fuente", "ter Horst"} <= set(names)
    assert "Heuvel" not in names and "Horst" not in names


def test_a_particle_ends_no_name_and_lower_case_words_stay_out(resources) -> None:
    text = "TELEGRAM\n\nThe Minister de facto agreed with Ambassador Moreau.\n\nSMITH\n"
    names = _persons(text_xml(text, resources))
    assert "Moreau" in names and not any("facto" in name for name in names)


def test_a_dutch_heading_gives_the_telegram_facts(resources) -> None:
    text = ("CODEBERICHT\n\nVan: Ambassade, Washington\nAan: Minister Luns\nNr. 212\n"
            "Verzonden: 3 maart 1961, 21.05 uur\nOntvangen: 4 maart 1961, 06.30 uur\n\n"
            + _BODY + "VAN ROIJEN\n")
    found = text_facts(text, resources)
    assert (found["doc_type"], found["telegram_number"]) == ("telegram", "212")
    assert (found["date"], found["date_received"]) == ("1961-03-03", "1961-03-04T06:30")
    assert found["place_of_origin"] == "Washington"
    assert found["addressee"] == ["Joseph Luns"]


def test_a_portuguese_heading_and_an_address_by_style(resources) -> None:
    text = ("TELEGRAMA\n\nProveniência: Londres\nExpedido em: 3-V-1962, às 18h20\n"
            "Recebido em: 4-V-1962, às 01h05\nN.º 118\n\n"
            "Para Sua Excelência o Ministro, Dr. Franco Nogueira\n\n" + _BODY + "PEREIRA\n")
    found = text_facts(text, resources)
    assert found["telegram_number"] == "118"
    assert (found["date"], found["date_received"]) == ("1962-05-03", "1962-05-04T01:05")
    assert found["addressee"] == ["Alberto Franco Nogueira"]


def test_a_polish_heading_with_its_polish_words(resources) -> None:
    padded = ("SZYFROGRAM NR 3120\n\nz Waszyngtonu      nadany 3.5.1965 godz. 21.10      "
              "otrzymany 4.5.1965 godz. 06.30\n\nTow. Rapacki\n\n" + _BODY + "Michałowski\n")
    one_line = padded.replace("      ", " ")
    for text in (padded, one_line):
        found = text_facts(text, resources)
        assert (found["date"], found["date_received"]) == ("1965-05-03", "1965-05-04T06:30")
        assert found["place_of_origin"] == "Washington"
        assert found["addressee"] == ["Adam Rapacki"]


def test_a_french_td_line_gives_the_number_not_its_reference(resources) -> None:
    text = ("TÉLÉGRAMME À L'ARRIVÉE\n\nTD LONDRES 2031\n\nLondres, le 5 mai 1988, 19 h 10\n"
            "RÉF. : TD DIPLOMATIE 4410\n\n" + _BODY + "VIOT\n")
    assert text_facts(text, resources)["telegram_number"] == "2031"


def test_a_minute_sheet_gives_its_first_minute_s_author_and_date(resources) -> None:
    text = ("FOREIGN OFFICE MINUTE\n\nMinute by Mr. P. Dean\n\nSecretary of State\n\n"
            + _BODY + "P.D. 4/11\n\nI agree. Let us wait.\nI.K. 5/11/56\n")
    found = text_facts(text, resources)
    assert (found["doc_type"], found["date"]) == ("memorandum", "1956-11-04")
    assert (found["sender"], found["addressee"], found["signed"]) == (
        ["Patrick Dean"], [], "P.D.")


def test_initials_with_a_day_and_month_close_no_other_document(resources) -> None:
    text = "TELEGRAM\n\n" + _BODY + "P.D. 4/11\n\nI agree. Let us wait.\nI.K. 5/11/56\n"
    assert text_facts(text, resources)["signed"] != "P.D."


def test_an_initialism_s_inner_letters_are_no_place(resources) -> None:
    xml = text_xml("MINUTE SHEET\n\nP.U.S.\n\n" + _BODY + "P.D. 4/11/56\n", resources)
    assert "pla-united-states" not in xml


def test_a_court_letterhead_and_the_date_line_under_it(resources) -> None:
    text = ("THE IMPERIAL COURT\nTEHRAN\n\n4th March, 1962\n\nDear Mr. President,\n\n"
            + _BODY + "Sincerely,\n\nMohammad Reza Pahlavi\n")
    found = text_facts(text, resources)
    assert (found["doc_type"], found["date"]) == ("letter", "1962-03-04")


def test_a_city_under_a_mission_named_by_its_state_is_its_seat(resources) -> None:
    text = ("EMBASSY OF PAKISTAN\nTEHRAN\n\nREPORT FOR MARCH, 1962\n\n" + _BODY
            + "(A. B. Rahman)\nAmbassador\n")
    assert text_facts(text, resources)["place_of_origin"] == "Tehran"


def test_a_high_commissioner_line_is_the_signer_s_role(resources) -> None:
    text = "TELEGRAM\n\n" + _BODY + "(J. K. Rao)\nHigh Commissioner\n"
    assert text_facts(text, resources)["signed"] == "(J. K. Rao) High Commissioner"


def test_regnal_and_arabic_name_forms(resources) -> None:
    text = ("TELEGRAM\n\nHussein I wrote to Field Marshal Abu Ghazala and Prince Bandar bin "
            "Sultan about Tun Razak.\n\nSMITH\n")
    xml = text_xml(text, resources)
    for ident in ("per-hussein-of-jordan", "per-abd-al-halim-abu-ghazala",
                  "per-bandar-bin-sultan", "per-abdul-razak-hussein"):
        assert f'"#{ident}"' in xml


def test_initials_and_honorifics_take_particle_surnames(resources) -> None:
    text = ("TELEGRAM\n\nM. de la Tour du Pin saw Senhor da Silveira and J. van der Berg of "
            "Rotterdam.\n\nSMITH\n")
    names = _persons(text_xml(text, resources))
    assert {"M. de la Tour du Pin", "da Silveira", "J. van der Berg"} <= set(names)


def test_an_arabic_article_joins_the_name_and_rulers_titles_take_names(resources) -> None:
    text = ("TELEGRAM\n\nMinister Abd al-Rahman Hamdi met Sheikh Sabah al-Khalid, Tan Sri "
            "Mohamed bin Yusof and Mr. al-Khuli.\n\nSMITH\n")
    names = _persons(text_xml(text, resources))
    assert {"Abd al-Rahman Hamdi", "Sabah al-Khalid", "Mohamed bin Yusof", "al-Khuli"} <= set(
        names)
    assert "Abd" not in names


def test_a_regnal_number_is_no_office_symbol(resources) -> None:
    xml = text_xml("TELEGRAM\n\nKing Tupou IV received Mr. Tyler EUR.\n\nSMITH\n", resources)
    assert ">Tupou IV</persName>" in xml and ">Tyler</persName> EUR" in xml


def test_kings_and_queens_by_title_are_the_register_s_sovereigns(resources) -> None:
    xml = text_xml("TELEGRAM\n\nKing Baudouin, Queen Juliana and King Olav V met.\n\nSMITH\n",
                   resources)
    for ident in ("per-baudouin-of-belgium", "per-juliana-of-the-netherlands",
                  "per-olav-v-of-norway"):
        assert f'"#{ident}"' in xml
    assert "per-paul-baudouin" not in xml


def test_a_bracketed_copy_line_names_no_post_of_origin(resources) -> None:
    text = ("Urgent telegram\n(Copy to the Embassy in Poland)\n\nMinistry of Foreign Affairs "
            "to the Embassy in Cuba:\n\n" + _BODY + "Ministry of Foreign Affairs\n3 May 1963\n")
    found = text_facts(text, resources)
    assert (found["doc_type"], found["date"]) == ("telegram", "1963-05-03")
    assert found["place_of_origin"] is None  # not Warsaw, the seat of the copy's post


def test_a_title_s_word_after_a_particle_is_the_name_s(resources) -> None:
    names = _persons(text_xml("TELEGRAM\n\nPrince Nawaf bin Sultan met Sheikh Rashid bin Sultan."
                              "\n\nSMITH\n", resources))
    assert "Nawaf bin Sultan" in names and "Rashid bin Sultan" in names
