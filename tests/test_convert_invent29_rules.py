"""Rules from invent29's invented probes of layouts no fixture had (a Romanian, a Serbian
Cyrillic, a Greek and a Chinese telegram in their own languages, a Marconigram, a US
consul's despatch in its consular series, a Holy See letter in Latin, a Japanese telegram
with the era's macron), each checked on a second layout of its family:

- the Romanian month names, the Serbian Cyrillic and Greek genitives, the hour after `ora`
  and `ώρα`;
- dates in Chinese numerals, the year digit by digit or an era's (`中華民國五十一年三月十二日`);
  CJK labels closed by the full-width colon;
- a town no register knows before its country in a dateline (`Tamatave, Madagascar, ...`);
- a receipt field under the opening dateline;
- the forms' names (`TELEGRAMĂ CIFRATĂ`, `ТЕЛЕГРАМ бр.`, `ΤΗΛΕΓΡΑΦΗΜΑ`, `MARCONIGRAM`), the
  method in brackets before the number, the Marconi companies' names;
- the Romanian address in the dative, the Latin salutation and foot address.
"""

from __future__ import annotations

from tests.cases import text_facts


def _when(resources, text: str) -> list[tuple]:
    return [(d.year, d.month, d.day, d.hour, d.minute) for d in resources.dates.find(text)]


def test_romanian_serbian_and_greek_months(resources) -> None:
    assert _when(resources, "Primită: 3 noiembrie 1971, ora 08.15") == [(1971, 11, 3, 8, 15)]
    assert _when(resources, "București, 23 august 1969") == [(1969, 8, 23, None, None)]
    assert _when(resources, "Београд, 5. јула 1961.") == [(1961, 7, 5, None, None)]
    assert _when(resources, "Αθήναι, 3 Ιουνίου 1964, ώρα 18.20") == [(1964, 6, 3, 18, 20)]


def test_chinese_numeral_dates(resources) -> None:
    assert _when(resources, "一九六五年十月一日") == [(1965, 10, 1, None, None)]
    assert _when(resources, "昭和三十七年十一月十二日") == [(1962, 11, 12, None, None)]
    assert _when(resources, "民國三十八年十月一日") == [(1949, 10, 1, None, None)]
    assert _when(resources, "三月十二日") == []  # no year: no date
    assert _when(resources, "1961年8月15日") == [(1961, 8, 15, None, None)]


def test_simplified_chinese_form_with_full_width_colons(resources) -> None:
    text = ("中华人民共和国外交部\n来电\n\n发电地点：华盛顿\n发电日期：一九七一年七月十日\n"
            "收电日期：一九七一年七月十一日\n\n一、会谈已按计划进行。\n\n二、详情另报。\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1971-07-10"
    assert facts["date_received"] == "1971-07-11"
    assert facts["place_of_origin"] == "Washington"
    assert facts["doc_type"] == "telegram"


def test_town_before_its_country_in_a_dateline(resources) -> None:
    text = ("LEGATION OF THE UNITED STATES,\nBluefields, Nicaragua, May 4, 1894.\n\nSir:\n\n"
            "I have the honor to report that the town is quiet and that the British vessel "
            "left the port yesterday.\n\nI have the honor to be, Sir,\nYour obedient servant,\n"
            "Henry C. Osgood.\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1894-05-04"
    assert facts["place_of_origin"] == "Bluefields"


def test_consular_series_number_heading(resources) -> None:
    text = ("No. 212, Diplomatic Series.\n\nLEGATION OF THE UNITED STATES,\n"
            "Monrovia, May 4, 1889.\n\nSir:\n\nI have the honor to report that the "
            "President received me today.\n\nI have the honor to be, Sir,\n"
            "Your obedient servant,\nHenry C. Osgood.\n")
    assert text_facts(text, resources)["outgoing_number"] == "212"


def test_receipt_field_under_the_dateline(resources) -> None:
    text = ("TELEGRAM No. 88\n\nMoscow, 12 March 1963\nReceived: 13 March 1963, 08.30\n\n"
            "The Minister received me today and spoke at length of the talks in Geneva.\n\n"
            "Petrov\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1963-03-12"
    assert facts["date_received"] == "1963-03-13T08:30"


def test_form_names_and_numbers(resources) -> None:
    romanian = text_facts("TELEGRAMĂ CIFRATĂ Nr. 2218\n\nExpediată: 3 noiembrie 1971, ora 21.40\n"
                          "\nAm fost primit astăzi de ministru.\n\nPopescu\n", resources)
    assert (romanian["doc_type"], romanian["telegram_number"], romanian["date"]) == (
        "telegram", "2218", "1971-11-03")
    bracketed = text_facts("TELEGRAM (Cipher) No. 17\n\nSent: 4 June 1958\n\n"
                           "The conference closed today.\n\nSmith\n", resources)
    assert (bracketed["doc_type"], bracketed["telegram_number"]) == ("telegram", "17")
    marconi = text_facts("MARCONI'S WIRELESS TELEGRAPH COMPANY LTD.\n\nMARCONIGRAM\n\n"
                         "Handed in at: London, 2 May 1921, 4.10 p.m.\n\n"
                         "ARRIVING TUESDAY STOP\n\nBROWN\n", resources)
    assert (marconi["doc_type"], marconi["date"]) == ("telegram", "1921-05-02")


def test_greek_sending_line(resources) -> None:
    text = ("ΤΗΛΕΓΡΑΦΗΜΑ\nΑριθ. 77\n\nΕκ Λευκωσίας, 3 Ιουνίου 1964, ώρα 18.20\n\n"
            "Η κατάστασις παραμένει ήρεμος.\n")
    facts = text_facts(text, resources)
    assert (facts["telegram_number"], facts["date"], facts["place_of_origin"]) == (
        "77", "1964-06-03", "Nicosia")


def test_romanian_address_in_the_dative(resources) -> None:
    text = ("Domnului Ion Gheorghe Maurer, Președintele Consiliului de Miniștri\n\n"
            "Vă informez că delegația a sosit astăzi la Moscova.\n\nBogdan\n")
    assert text_facts(text, resources)["addressee"] == ["Ion Gheorghe Maurer"]


def test_latin_letter(resources) -> None:
    text = ("SECRETARIA STATUS\nN. 5120\n\nVenerabilis Frater,\n\nLitteras tuas accepi et "
            "Summo Pontifici tradidi.\n\nTibi addictissimus\nA. G. Card. Cicognani\n")
    facts = text_facts(text, resources)
    assert (facts["doc_type"], facts["outgoing_number"]) == ("letter", "5120")
