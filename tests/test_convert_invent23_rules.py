"""Rules from invent23's invented probes of layouts no fixture had (a Lithuanian legation's
letter, an OAU circular note, a joint communiqué, a South Vietnamese cable, a Qing memorial,
a Cable and Wireless form, a ministry's press release, a Saudi note, a CMEA Secretariat
letter, an ICRC delegate's report):

- the Lithuanian dates with the year first (`1939 m. kovo 18 d.`) and the Latvian ones
  (`1939. gada 18. martā`), their month names in the `months` table;
- the Vietnamese date `ngày 14 tháng 3 năm 1965, 19 giờ 30` (day, month and year words);
- the Arab states' slashed dates marked with their calendar's letter (`12/9/1382 H.
  (6/2/1963 G.)`): day first;
- the Lithuanian and Latvian salutation and close (`Pone Ministre,`, `Su tikra pagarba`);
- a salutation and a courtesy close under a heading with an address line (`To Comrade X,`):
  a letter, not the East-bloc telegram form;
- a `PRESS RELEASE` is a memorandum; a Qing `MEMORIAL OF X, office, TO THE THRONE` is X's
  report;
- a report's field dating an event (`Date of visit:`) does not date the report;
- a telegraph form's `Office of Origin:` gives the place of origin;
- a Vietnamese or Lithuanian head of mission's office over or under his name is part of the
  signature (`Đại sứ`, `Pasiuntinys`);
- a register person dead before the document is not the addressee his initial and surname
  fit (`I. HORVÁTH` in 1968 is not Imre Horváth, d. 1958).
"""

from __future__ import annotations

import pytest

from tests.cases import text_facts

_LITHUANIAN = ("LIETUVOS PASIUNTINYBĖ\nROMOJE\n\nNr. 88\n\nRoma, 1937 m. gegužės 4 d.\n\n"
               "Ponui Užsienio Reikalų Ministeriui\nKaune\n\nPone Ministre,\n\nThe Italian "
               "Under Secretary received me yesterday on the question of the Vilnius "
               "railway.\n\nSu gilia pagarba,\n\nJ. Baltrušaitis\nPasiuntinys\n")
_LATVIAN = ("LATVIJAS SŪTNIECĪBA\nLONDONĀ\n\nLondon, 1938. gada 7. novembrī\n\n"
            "Augsti godātais Ministra kungs,\n\nThe Foreign Office told me today that no "
            "reply would be sent before the end of the month.\n\nAr augstu cieņu\n\n"
            "K. Zariņš\n")


@pytest.mark.parametrize(("text", "date"), [(_LITHUANIAN, "1937-05-04"),
                                            (_LATVIAN, "1938-11-07")])
def test_baltic_year_first_dates(resources, text: str, date: str) -> None:
    assert text_facts(text, resources)["date"] == date


@pytest.mark.parametrize("text", [_LITHUANIAN, _LATVIAN])
def test_baltic_salutation_and_close_make_a_letter(resources, text: str) -> None:
    assert text_facts(text, resources)["doc_type"] == "letter"


_RVN = ("VIỆT NAM CỘNG HÒA\nBỘ NGOẠI GIAO\n\nĐIỆN VĂN MẬT [Secret cable]\n\nSố: 88/PA\n"
        "Từ: Tòa Đại sứ Việt Nam Cộng Hòa tại Paris\nGửi: Bộ trưởng Ngoại giao, Sài Gòn\n"
        "Ngày: Paris, ngày 3 tháng 11 năm 1966, 08 giờ 15\n\n1. The Quai d'Orsay asked "
        "for our view of the proposed conference.\n\n2. Request instructions.\n\n"
        "Đại sứ\nPHẠM ĐĂNG LÂM\n")
_DRV = ("BỘ NGOẠI GIAO\n\nHà Nội, ngày 2 tháng 9 năm 1969\n\nTo the Embassy in Beijing\n\n"
        "Inform the Chinese comrades that the delegation will arrive on the 6th.\n\n"
        "Nguyễn Duy Trinh\n")


@pytest.mark.parametrize(("text", "date"), [(_RVN, "1966-11-03"), (_DRV, "1969-09-02")])
def test_vietnamese_ngay_thang_nam_dates(resources, text: str, date: str) -> None:
    assert text_facts(text, resources)["date"] == date


def test_vietnamese_cable_heading_under_its_state_and_office_over_name(resources) -> None:
    found = text_facts(_RVN, resources)
    assert (found["telegram_number"], found["place_of_origin"], found["signed"]) == (
        "88/PA", "Paris", "Đại sứ PHẠM ĐĂNG LÂM")


_SAUDI = ("KINGDOM OF SAUDI ARABIA\nMINISTRY OF FOREIGN AFFAIRS\nJEDDAH\n\nNo. 7/1/412\n"
          "Date: 10/6/1384 H. (14/10/1964 G.)\n\nNOTE\n\nThe Ministry of Foreign Affairs "
          "presents its compliments to the Embassy of Italy and has the honour to inform it "
          "of the new visa rules.\n")
_KUWAIT = ("STATE OF KUWAIT\nMINISTRY OF FOREIGN AFFAIRS\n\nKuwait, 3/11/1965 G.\n\n"
           "Your Excellency,\n\nI have the honour to acknowledge your letter.\n\n"
           "Sabah al-Ahmad\n")


@pytest.mark.parametrize(("text", "date"), [(_SAUDI, "1964-10-14"), (_KUWAIT, "1965-11-03")])
def test_calendar_marked_slashed_dates_are_day_first(resources, text: str, date: str) -> None:
    assert text_facts(text, resources)["date"] == date


_CMEA = ("SECRETARIAT OF THE COUNCIL FOR MUTUAL ECONOMIC ASSISTANCE\nMoscow\n\nNo. 4-1/88\n"
         "Moscow, 14 March 1971\n\nTo Comrade P. KOVÁCS,\nPermanent Representative of the "
         "Hungarian People's Republic in the CMEA\n\nDear Comrade Kovács,\n\nWe send you the "
         "draft protocol.\n\nWith comradely greetings,\n\nV. SERGEEV\n")
_SOCIETY = ("MINISTRY OF FOREIGN TRADE\nWarsaw\n\nNo. 212\nWarsaw, 9 May 1960\n\n"
            "To Comrade D. GANEV,\n\nDear Comrade Ganev,\n\nThe Ministry thanks you for the "
            "books.\n\nWith friendly greetings,\n\nT. PETROV\n")


@pytest.mark.parametrize("text", [_CMEA, _SOCIETY])
def test_salutation_and_close_under_an_address_line_make_a_letter(resources, text: str) -> None:
    assert text_facts(text, resources)["doc_type"] == "letter"


_I_HORVATH = _CMEA.replace("P. KOVÁCS", "I. HORVÁTH").replace("Kovács", "Horváth")


def test_a_register_person_dead_before_the_letter_is_not_its_addressee(resources) -> None:
    assert text_facts(_I_HORVATH, resources)["addressee"] == ["I. Horváth"]


_ACCRA = ("MINISTRY OF EXTERNAL AFFAIRS\nACCRA\n\nPRESS RELEASE No. 12/62\n\nNOT FOR "
          "PUBLICATION BEFORE 1200 HOURS G.M.T. ON 3 APRIL 1962\n\nThe Ministry announces the "
          "opening of an Embassy in Conakry.\n\nAccra, 2 April 1962\n")
_CANBERRA = ("DEPARTMENT OF EXTERNAL AFFAIRS\nCANBERRA\n\nPress Release\n\nThe Minister for "
             "External Affairs today announced the appointment of a new Ambassador to "
             "Indonesia.\n\nCanberra, 14 June 1965\n")


@pytest.mark.parametrize("text", [_ACCRA, _CANBERRA])
def test_press_release_is_a_memorandum(resources, text: str) -> None:
    found = text_facts(text, resources)
    assert found["doc_type"] == "memorandum" and found["sender"] == []


_QING = ("MEMORIAL OF ZHANG WENLI, GOVERNOR OF SHANDONG, TO THE THRONE\n\nGuangxu 23rd year, "
         "10th month, 5th day\n\nYour servant Zhang Wenli kneels and memorializes on the "
         "killing of two missionaries.\n\nYour servant respectfully awaits the Imperial "
         "will.\n")
_MEMORIAL = ("Memorial from Li Guozhen to the Emperor\n\nYour servant reports that the "
             "foreign ships left the river on the 3rd day.\n")


@pytest.mark.parametrize(("text", "sender"), [(_QING, "Zhang Wenli"), (_MEMORIAL, "Li Guozhen")])
def test_memorial_to_the_throne_is_its_memorialists_report(
        resources, text: str, sender: str) -> None:
    found = text_facts(text, resources)
    assert (found["doc_type"], found["sender"]) == ("report", [sender])


_ICRC = ("INTERNATIONAL COMMITTEE OF THE RED CROSS\nDELEGATION IN YEMEN\n\nREPORT No. 9\n\n"
         "Delegate: P. Rochat\nDate of visit: 4 March 1963\nTo: Delegation General, Geneva\n\n"
         "1. The delegate saw 40 prisoners.\n\n2. Their food is sufficient.\n\n"
         "3. Medicines were handed over.\n\nSanaa, 9 March 1963\n\nP. Rochat\nDelegate\n")
_OBSERVER = ("UNITED NATIONS OBSERVATION GROUP IN LEBANON\n\nREPORT OF OBSERVER TEAM 4\n\n"
             "Date of meeting: 2 July 1958\nTo: Chief Military Observer\n\nThe team met the "
             "local commander at the frontier post.\n\nBeirut, 6 July 1958\n\nMajor K. Lund\n")


@pytest.mark.parametrize(("text", "date"), [(_ICRC, "1963-03-09"), (_OBSERVER, "1958-07-06")])
def test_an_events_date_field_does_not_date_the_report(resources, text: str, date: str) -> None:
    assert text_facts(text, resources)["date"] == date


_CW = ("CABLE AND WIRELESS LIMITED\nVIA IMPERIAL\n\nOffice of Origin: ADEN\nNumber: AD 212\n"
       "Words: 31\nReceived: LONDON 3 MAR 1955 0840\n\nETAT PRIORITY\nSECRETARY OF STATE FOR "
       "THE COLONIES LONDON\n\nNO 88 CONFIDENTIAL\n\nYOUR 41 STOP AGREE STOP\n\nHICKINBOTHAM\n")
_POST = ("POST OFFICE TELEGRAM\n\nOffice of origin: Bombay\nHanded in: 12 May 1947 1430\n\n"
         "To: Foreign Office London\n\nARRIVE THURSDAY STOP\n\nMENON\n")


@pytest.mark.parametrize(("text", "place"), [(_CW, "Aden"), (_POST, "Mumbai")])
def test_office_of_origin_gives_the_place(resources, text: str, place: str) -> None:
    assert text_facts(text, resources)["place_of_origin"] == place
