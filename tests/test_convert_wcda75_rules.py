"""Rules for WCDA translations from Vietnamese and Chinese (wcda75):

- slashed numeric dates are day first when the document's written date is within a week of
  that reading and a month or more from the US one (a DRV telegram's `Sent 14.00,
  6/8/1964` under `August 06, 1964`: `dotted_order.slashes_day_first_near`);
- the sending and the receipt on one line, each with its label, a stop or semicolon between
  (`Sent 14.00, 6/8/1964. Received 18.30, 6/8/1964`, `Received in Moscow ...`): both dates
  (table `heading`, row `date`);
- a mission's seat under its letterhead with a republic's initials (`PYONGYANG, R.P.D.C.`
  under `EMBAJADA DE CUBA`): the letterhead's second line, so the number, dateline and
  addressee under it stay the heading's (table `heading`, row `letterhead`);
- the Vietnamese number label, maybe glossed, the office's letters after a slash (`Số (No.)
  215/ĐK`): the telegram's number (table `heading`, row `cable-number`);
- a Chinese, Japanese or Korean date glossed by the same date in parentheses (`1962年7月13日
  (13 July 1962)`) is a whole date, so the closer's date line under the embassy that signs
  (`date_eras._GLOSSED`); and the other way round, the translation's date glossed by the
  CJK one (`13 July 1962 (1962年7月13日)`: `date_eras._CJK_GLOSS_AFTER`);
- an era's year with the Western year in brackets after it, before or after the day and
  month (`Juche 50 (1961) May 20`, `May 20, Juche 50 (1961)`, `Dangi 4290, 3 May`), and
  the Hangul marks after an era's year (`단기 4290년 5월 3일`): whole dates
  (`date_eras.era_shapes`);
- the editors' bracket after a person's name holding his name in another romanisation,
  unmarked (`Yü Chih-chung [Yu Zhizhong]`, `Hoang Van Loi [Hoàng Văn Lợi]`): marked as his
  (`romanised_names.respelled_in_brackets`; the key folds Wade-Giles `chih` and `-ung`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

DRV = ("August 06, 1964\n\nTELEGRAM\n{number}\nFrom: Embassy in Beijing\n"
       "To: Ministry of Foreign Affairs\n{dates}\n\n"
       "This morning Vice Premier Chen Yi received me.\n\nTRẦN TỬ BÌNH\n")


def test_slashed_dates_day_first_by_the_written_date(resources: Resources) -> None:
    text = DRV.format(number="No. 215", dates="Sent 14.00, 6/8/1964. Received 18.30, 6/8/1964")
    facts = text_facts(text, resources)
    assert facts["date_received"] == "1964-08-06T18:30"
    assert 'when="1964-08-06T14:00:00"' in text_xml(text, resources)


def test_slashed_dates_stay_month_first_under_a_us_date(resources: Resources) -> None:
    text = DRV.replace("August 06", "June 08").format(
        number="No. 215", dates="Sent 14.00, 6/8/1964. Received 18.30, 6/8/1964")
    assert text_facts(text, resources)["date_received"] == "1964-06-08T18:30"


def test_the_vietnamese_number_label(resources: Resources) -> None:
    text = DRV.format(number="Số (No.) 215/ĐK", dates="")
    assert text_facts(text, resources)["telegram_number"] == "215/ĐK"


CABLE = ("TELEGRAM\n\nFrom Hanoi\n\n[To the] Ministry of Foreign Affairs:\n\n"
         "On 1 April Premier Pham Van Dong received Counsellor Yü Chih-chung [Yu Zhizhong].\n\n"
         "Embassy in Vietnam\n\n{date}\n")


def test_a_cjk_date_glossed_in_parentheses_closes_the_cable(resources: Resources) -> None:
    xml = text_xml(CABLE.format(date="1957年4月2日 (2 April 1957)"), resources)
    assert '<dateline><date when="1957-04-02">1957年4月2日</date>' in xml
    assert "<signed>Embassy in" in xml


def test_a_pinyin_gloss_in_brackets_is_the_same_person(resources: Resources) -> None:
    xml = text_xml(CABLE.format(date="2 April 1957"), resources)
    assert ('<supplied reason="identification"><persName ref="#per-yu-chih-chung">'
            'Yu Zhizhong</persName></supplied>') in xml


def test_a_date_glossed_by_its_cjk_form_closes_the_cable(resources: Resources) -> None:
    xml = text_xml(CABLE.format(date="2 April 1957 (1957年4月2日)"), resources)
    assert '<dateline><date when="1957-04-02">2 April 1957</date>' in xml


def test_era_years_with_the_western_year_and_hangul_marks(resources: Resources) -> None:
    dates = resources.dates
    for text, day in (("Juche 50 (1961) May 20", (1961, 5, 20)),
                      ("May 20, Juche 50 (1961)", (1961, 5, 20)),
                      ("Dangi 4290, 3 May", (1957, 5, 3)),
                      ("단기 4290년 5월 3일", (1957, 5, 3)),
                      ("주체 87년 4월 15일", (1998, 4, 15))):
        value = dates.whole(text)
        assert value is not None and (value.year, value.month, value.day) == day, text
    assert dates.whole("In Juche 50 (1961) May 20 we met") is None


def test_the_receiving_city_named_on_the_sent_received_line(resources: Resources) -> None:
    text = DRV.format(number="No. 215", dates="Sent 6 August 1964, 14:00. Received in Moscow "
                      "6 August 1964, 18:30")
    assert text_facts(text, resources)["date_received"] == "1964-08-06T18:30"


def test_a_seat_with_a_republics_initials_under_the_letterhead(resources: Resources) -> None:
    text = ("EMBAJADA DE CUBA\nPYONGYANG, R.P.D.C.\nCable No. 31\n"
            "Pyongyang, 24 de enero de 1968\n"
            "To: Comrade Raúl Roa García, Minister of Foreign Relations, Havana\n\n"
            "Today the Deputy Foreign Minister called the ambassadors.\n\n"
            "Arnaldo Rivero Peña\nAmbassador\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "31"
    assert facts["addressee"] == ["Raúl Roa"]
