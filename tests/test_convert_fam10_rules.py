"""Forms nobody had tried (fam10): headings kept in Turkish, Serbo-Croatian and French,
handling marks of those languages and NATO's, Commonwealth inward telegrams, messages by
telephone (VCh), page marks, a signer's title under the signature, Roman-month datelines
with the hour after `u`, built titles of foreign form names."""

from __future__ import annotations

import pytest

from tei.convert.form_titles import form_title
from tests.cases import text_facts, text_xml

_BODY = "1. The Minister received me this morning and spoke about the talks.\n\n"


def test_a_turkish_heading_gives_the_telegram_facts(resources) -> None:
    text = ("T.C.\nDIŞİŞLERİ BAKANLIĞI\nŞİFRE TELGRAF\n\n"
            "Gönderen: Moskova Büyükelçiliği\nTarih: 3.11.1956 – Saat: 21.05\n"
            "Geliş: 4.11.1956 – Saat: 07.30\nSayı: 877\nGİZLİ – İVEDİ\n\n"
            + _BODY + "Büyükelçi\nMenemencioğlu\n")
    found = text_facts(text, resources)
    assert found["doc_type"] == "telegram"
    assert found["date"] == "1956-11-03"
    assert found["date_received"] == "1956-11-04T07:30"
    assert found["telegram_number"] == "877"
    assert found["sender"] == ["Turgut Menemencioğlu"]  # the title over the name is no person
    assert found["title"].startswith("Şifre Telgraf No. 877")


def test_a_serbo_croatian_heading_gives_number_dateline_and_receipt(resources) -> None:
    text = ("ŠIFROVANI TELEGRAM\nStrogo poverljivo\nBroj: 2201\n"
            "Beograd, 3. XI 1956. u 22,40 č.\nPrimljeno: 4. XI 1956. u 06,15 č.\n\n"
            "Drugu Koči Popoviću\n\n" + _BODY + "Kardelj\n")
    found = text_facts(text, resources)
    assert found["telegram_number"] == "2201"
    assert found["place_of_origin"] == "Belgrade"
    assert found["date"] == "1956-11-03"
    assert found["date_received"] == "1956-11-04T06:15"
    assert found["addressee"] == ["Koča Popović"]


@pytest.mark.parametrize("marks", ["Confidentiel – Urgent", "Très secret",
                                   "STROGO POVERLJIVO – VRLO HITNO", "NATO SECRET",
                                   "ÇOK GİZLİ"])
def test_handling_marks_of_other_languages_stay_in_the_heading(marks: str, resources) -> None:
    text = (f"TÉLÉGRAMME AU DÉPART\n\nParis, le 5 mai 1958, 11 h 30\nN° 412\n{marks}\n\n"
            + _BODY + "COUVE DE MURVILLE\n\nDIFFUSION : Cabinet du Ministre – Amérique\n")
    found = text_facts(text, resources)
    assert found["signed"] == "COUVE DE MURVILLE"
    assert found["registry_notes"] == ["DIFFUSION : Cabinet du Ministre – Amérique"]
    assert "subtype=\"classification\"" in text_xml(text, resources)


def test_an_inward_telegram_takes_its_place_from_the_d_line(resources) -> None:
    text = ("INWARD TELEGRAM\nTO COMMONWEALTH RELATIONS OFFICE\nCYPHER (O.T.P.)\n\n"
            "FROM: U.K. HIGH COMMISSIONER IN INDIA\n(Sir A. Nye)\n\n"
            "D. New Delhi 11.50 hours 2nd May, 1951.\nR. 13.05 hours 2nd May, 1951.\n\n"
            "No. 644\n\n" + _BODY)
    found = text_facts(text, resources)
    assert found["place_of_origin"] == "New Delhi"
    assert found["date"] == "1951-05-02"
    assert found["date_received"] == "1951-05-02T13:05"
    assert found["telegram_number"] == "644"
    assert "Nye" in text_xml(text, resources).split("<correspAction type=\"sent\">")[1][:300]


def test_a_telephone_message_reads_the_transmission_and_the_clerk(resources) -> None:
    text = ("TELEPHONE MESSAGE (via VCh)\n\nTransmitted from Budapest 24.X.56, 02.15\n"
            "Taken down by Cde. Zhuravleva 24.X.56, 02.40\n\nTo Comrade N. S. KHRUSHCHEV\n\n"
            "Comrade Nagy has asked for a meeting in the morning.\n\nANDROPOV\n")
    found = text_facts(text, resources)
    assert found["date"] == "1956-10-24"
    assert found["place_of_origin"] == "Budapest"
    assert found["date_received"] == "1956-10-24T02:40"
    assert 'ref="#per-zhuravleva"' in text_xml(text, resources)


@pytest.mark.parametrize(("mark", "trace"), [("Page 1 of 3", "of 3"), ("- 7 -", "7 -"),
                                           ("-- 14 --", "14")])
def test_a_page_mark_inside_a_paragraph_is_dropped(mark: str, trace: str, resources) -> None:
    text = ("OUTGOING MESSAGE\nFROM: SACEUR\nTO: SECGEN NATO PARIS\nDTG: 051200Z MAR 62\n\n"
            "1. THE EXERCISE WILL BEGIN ON MONDAY.\n" + mark + "\nNO CHANGE IS EXPECTED.\n\n"
            "NORSTAD\n")
    found = text_facts(text, resources)
    assert found["date"] == "1962-03-05"
    assert trace not in text_xml(text, resources).split("<text>")[1]


def test_a_signers_title_under_the_signature_is_no_processing_line(resources) -> None:
    text = ("SAVINGRAM\nNo. 412-P/59\nDated the 3rd June, 1959.\nFrom: Foreign, New Delhi.\n"
            "To: Indembassy, Peking.\n\nPlease report.\n\nDUTT.\nForeign Secretary.\n")
    found = text_facts(text, resources)
    assert found["registry_notes"] == []
    assert found["signed"] == "DUTT. Foreign Secretary."
    assert found["addressee"] == []  # a telegraphic address names an office


def test_a_series_number_keeps_its_letters(resources) -> None:
    text = "OUTGOING MESSAGE\nMESSAGE NR: SH 4410\nDTG: 051200Z MAR 62\n\n" + _BODY
    assert text_facts(text, resources)["telegram_number"] == "SH 4410"


def test_a_built_title_keeps_linking_words_lower_case() -> None:
    assert form_title("TÉLÉGRAMME AU DÉPART") == "Télégramme au Départ"
    assert form_title("ŞİFRE TELGRAF") == "Şifre Telgraf"
    assert form_title("TELEGRAMMA IN ARRIVO") == "Telegramma in Arrivo"
    assert form_title("TELEPHONE MESSAGE (by VCh)") == "Telephone Message (by VCh)"


_PAGE = ("Skip to main content\nState Archive Online\n{bar}\n\n"
         "Telegram from the Embassy in Cairo on the Canal\n"
         "Date: 2 August 1956\nReference: AJ, KPR I-5-b, Box 41, Folder 3\n\n"
         "TELEGRAM\nFrom: Embassy Cairo\n\nNasser received me today.\n\nVidić\n")


def test_the_cells_of_a_link_bar_go_together(resources) -> None:
    found = text_facts(_PAGE.format(bar="Home | Collections | Search | About"), resources)
    assert found["title"] == "Telegram from the Embassy in Cairo on the Canal"


def test_a_table_row_with_a_sentence_is_no_link_bar(resources) -> None:
    text = _PAGE.format(bar="Home | Search | The embassy reported on the talks.")
    assert "The embassy reported on the talks." in text_xml(text, resources)


def test_a_receipt_in_another_calendar_takes_the_time_after_the_civil_date(resources) -> None:
    text = ("Cipher Cable\n\nFrom: Imperial Iranian Embassy, Ankara\nTo: Ministry of Foreign "
            "Affairs, Tehran\nDate: 2 Aban 1335 (24.10.56)\nReceived: 3 Aban 1335 (25.10.56), "
            "09.40\nNumber: 77\n\n" + _BODY + "Entezam\n")
    found = text_facts(text, resources)
    assert found["date"] == "1956-10-24"
    assert found["date_received"] == "1956-10-25T09:40"


def test_an_outgoing_turkish_telegram_is_signed_by_the_minister(resources) -> None:
    text = ("T.C.\nDIŞİŞLERİ BAKANLIĞI\nŞİFRE TELGRAF\n\nKime: Vaşington Büyükelçiliği\n"
            "Tarih: 27.10.1962 – Saat: 14.20\nSayı: 2211\nGİZLİ – İVEDİ\n\n" + _BODY
            + "Bakan\nErkin\n")
    found = text_facts(text, resources)
    assert found["sender"] == ["Feridun Cemal Erkin"]  # `Bakan` (Minister) is his title
    assert found["addressee"] == []  # an embassy
    assert found["date"] == "1962-10-27"
