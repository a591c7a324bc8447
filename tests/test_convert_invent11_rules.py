"""Rules from probing the converter with invented layouts (invent11: calendars beside the
Western one, time zones and Romance date labels, Romanian, Austrian and Argentine heading
labels, a transliterated Russian form name, a post and date after `From`, two cables copied
one after the other, an academic title, foreign ministries known by their letterheads),
each tried on a variant unlike the fixture's."""

from __future__ import annotations

from lxml import etree

from tests.cases import text_facts, text_xml
from tests.tei_facts import referenced, reg_name, xp

TEXT = "\n\nThe talks ended without a communiqué.\n"


def tei(text: str, resources) -> etree._Element:
    return etree.fromstring(text_xml(text, resources).encode())


def names(root: etree._Element, kind: str) -> list[str]:
    return [reg_name(entry) for entry in referenced(root, kind)]


def test_a_buddhist_era_date_is_its_year_less_543(resources) -> None:
    found = text_facts("TELEGRAM\nFrom: Royal Thai Embassy, Tokyo\nDate: 3 June B.E. 2510, "
                       "09.40 hrs.\nReceived: 4 June B.E. 2510, 11.05 hrs." + TEXT, resources)
    assert (found["date"], found["date_received"]) == ("1967-06-03", "1967-06-04T11:05")


def test_a_time_zone_after_the_time_and_the_austrian_receipt_label(resources) -> None:
    found = text_facts("Chiffretelegramm Nr. 7\nBelgrad, 4.5.1965 09.15 MEZ\n"
                       "eingelangt: 4.5.1965 13.40 MEZ" + TEXT, resources)
    assert (found["doc_type"], found["telegram_number"], found["date"],
            found["date_received"]) == ("telegram", "7", "1965-05-04", "1965-05-04T13:40")


def test_romanian_labels_and_the_hour_after_ora(resources) -> None:
    found = text_facts("TELEGRAMĂ Nr. 4.112\nDe la: Ambasada R.P.R. Hanoi\nCătre: M.A.E.\n"
                       "Data: 2.VII.1965, ora 09.10" + TEXT, resources)
    assert (found["doc_type"], found["telegram_number"], found["place_of_origin"],
            found["date"]) == ("telegram", "4.112", "Hanoi", "1965-07-02")


def test_a_romance_date_label_makes_slashed_dates_day_first(resources) -> None:
    labelled = text_facts("TELEGRAMA CIFRADO\nOrigen: Embajada en Roma\n"
                          "Fecha y hora: 03/05/1975 - 10:20" + TEXT, resources)
    english = text_facts("TELEGRAM\nFrom: Embassy Rome\nDate: 03/05/1975" + TEXT, resources)
    assert (labelled["date"], labelled["place_of_origin"]) == ("1975-05-03", "Rome")
    assert english["date"] == "1975-03-05"  # no Romance label: the US order


def test_the_transliterated_russian_record_form_is_a_record(resources) -> None:
    found = text_facts("From the diary of\nA. A. GROMYKO\n\nZapis' besedy [Record of "
                       "conversation]\nwith the Ambassador of Finland\n4 May 1962" + TEXT,
                       resources)
    assert found["doc_type"] == "record of conversation"


def test_the_post_and_date_after_from_form_a_dateline(resources) -> None:
    found = text_facts("Ciphered telegram No. 88\nFrom Warsaw, 24.X.1956, 19.20\nTo Comrade "
                       "Khrushchev" + TEXT, resources)
    assert (found["place_of_origin"], found["date"]) == ("Warsaw", "1956-10-24")


def test_the_opening_form_line_repeated_under_a_signature_begins_the_next_cable(
        resources) -> None:
    cable = "CIPHERED TELEGRAM\nNo. {}\nFrom: {}\n{}\n\n{}\n\n{}\n"
    text = (cable.format(311, "Embassy, Cairo", "3 March 1958",
                         "Nasser will receive the delegation.", "GROMYKO")
            + "\n" + cable.format(87, "Ministry, Moscow", "5 March 1958",
                                  "Your 311. Agreed.", "KHRUSHCHEV"))
    root = tei(text, resources)
    assert xp(root, "//tei:body/tei:div/tei:div[@type='attachment']/tei:head/text()") == [
        "CIPHERED TELEGRAM"]
    found = text_facts(text, resources)
    assert (found["signed"], found["date"], found["telegram_number"]) == (
        "GROMYKO", "1958-03-03", "311")


def test_a_form_line_not_of_the_opening_does_not_cut_the_text(resources) -> None:
    root = tei("CIPHERED TELEGRAM\nFrom: Embassy, Cairo\n3 March 1958\n\nThe text of the "
               "note follows.\n\nGROMYKO\n\nCODED CABLEGRAM\n\nIt was handed over today.\n",
               resources)
    assert not xp(root, "//tei:div[@type='attachment']")


def test_an_academic_title_puts_a_name_in_a_persons_place(resources) -> None:
    root = tei("TELEGRAM\nFrom: Embassy, Washington\n14 October 1973\n\nProfessor Sanya "
               "was appointed Prime Minister tonight.\n\nAnand\n", resources)
    assert "Sanya Dharmasakti" in names(root, "person")
    assert "Sanya" not in names(root, "place")


def test_a_ministry_is_told_by_its_letterhead_state(resources) -> None:
    letterheads = {
        "REPÚBLICA ARGENTINA\nMINISTERIO DE RELACIONES EXTERIORES Y CULTO":
            "Ministry of Foreign Affairs of Argentina",
        "SYRIAN REPUBLIC\nMINISTRY OF FOREIGN AFFAIRS": "Ministry of Foreign Affairs of Syria",
        "MINISTRY OF FOREIGN AFFAIRS\nREPUBLIC OF CHINA":
            "Ministry of Foreign Affairs of the Republic of China",
        "MINISTRY OF FOREIGN AFFAIRS\nADDIS ABABA": "Ministry of Foreign Affairs of Ethiopia",
        "MINISTRY OF FOREIGN AFFAIRS\nBANGKOK": "Ministry of Foreign Affairs of Thailand",
    }
    for letterhead, ministry in letterheads.items():
        root = tei(letterhead + "\n\nTELEGRAM\nNo. 12\n2 May 1963" + TEXT, resources)
        assert names(root, "org") == [ministry], letterhead


def test_the_korean_order_with_a_four_digit_year(resources) -> None:
    found = text_facts("OUTGOING TELEGRAM\nNumber: WJA-0412\nDate: 1979. 10. 27. 09:15\n"
                       "To: Ambassador to Japan" + TEXT, resources)
    assert (found["date"], found["telegram_number"]) == ("1979-10-27", "WJA-0412")


def test_a_year_of_another_calendar_is_no_date(resources) -> None:
    dated = text_facts("TELEGRAM\nFrom: Embassy, Kabul\nDate: 12/5/1340 [4 August 1961]"
                       + TEXT, resources)
    undated = text_facts("TELEGRAM\nFrom: Embassy, Kabul\nDate: 1340/5/12" + TEXT, resources)
    assert (dated["date"], undated["date"]) == ("1961-08-04", None)


def test_finlands_ministry_shares_its_short_name(resources) -> None:
    root = tei("TELEGRAM\nFrom: Legation, Stockholm\nTo the Ministry for Foreign Affairs, "
               "Helsinki" + TEXT, resources)
    assert names(root, "org") == ["Ministry for Foreign Affairs of Finland"]


def test_the_italian_dal_dateline_and_an_address_by_style(resources) -> None:
    found = text_facts("N. 1212\n\nDal Vaticano, 2 giugno 1958\n\nTo His Eminence Monsignor "
                       "Egidio Vagnozzi" + TEXT, resources)
    assert (found["place_of_origin"], found["date"], found["addressee"]) == (
        "Vatican City", "1958-06-02", ["Egidio Vagnozzi"])


def test_a_title_and_the_offices_years_tell_namesakes_apart(resources) -> None:
    late = text_facts("TELEGRAM\nFrom: Embassy, Seoul\n3 May 1975\n\nGeneral Stilwell will "
                      "attend.\n\nSneider\n", resources)
    early = tei("TELEGRAM\nFrom: Embassy, Chungking\n3 May 1943\n\nGeneral Stilwell will "
                "attend.\n\nGauss\n", resources)
    assert "Stilwell" not in str(late["sender"])
    assert "Joseph Stilwell" in names(early, "person")
    assert "Richard G. Stilwell" in names(tei("TELEGRAM\nFrom: Embassy, Seoul\n3 May 1975\n\n"
                                              "General Stilwell will attend.\n\nSneider\n",
                                              resources), "person")
