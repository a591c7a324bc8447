"""Rules from the misses of the other31 blind sample (Russian-language editions of diplomatic
documents, coldwar.ru's pages from the Soviet-Israeli volumes): the Russian form words name a
telegram (`ТЕЛЕГРАММА`, `ШИФРТЕЛЕГРАММА`); a heading in capitals whose parties are inflected
rather than joined by `to`, the page's first line over its date line, is the page's title; a
Slavic date line's abbreviated `year` after the date (`20 июня 1948 г.`, Polish `r.`) no longer
hides the date; a signature run on after a telegram's last sentence (`... make peace."
Signed, ZIMMERMANN.`, `(Signed) GREY.`) is the signature, its mark no name. Each is tried on
invented variants unlike the sample's."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

BODY = "\nПросим сообщить мнение правительства по этому вопросу.\nКозлов\n"


@pytest.mark.parametrize(("heading", "date_line", "date"), [
    ("ТЕЛЕГРАММА ПОСЛА СССР В ФИНЛЯНДИИ П.ОРЛОВА В МИД СССР", "14 марта 1952 г.", "1952-03-14"),
    ("ШИФРТЕЛЕГРАММА ПОВЕРЕННОГО В ДЕЛАХ В НОРВЕГИИ А.ЛЕБЕДЕВА ЗАМЕСТИТЕЛЮ МИНИСТРА",
     "3 октября 1956 г.", "1956-10-03"),
    ("TELEGRAM ZASTĘPCY MINISTRA SPRAW ZAGRANICZNYCH J.NOWAKA DO AMBASADORA W PARYŻU",
     "5 kwietnia 1958 r.", "1958-04-05"),
])
def test_a_capitals_heading_over_a_slavic_date_line_is_the_title(heading: str, date_line: str,
                                                                 date: str, resources) -> None:
    found = text_facts(f"{heading}\n{date_line}\n{BODY}", resources)
    assert (found["title"], found["date"], found["doc_type"]) == (heading, date, "telegram")


@pytest.mark.parametrize("date_line", ["«7» ноября 1961 г.", "7 ноября 1961 года"])
def test_the_abbreviated_year_word_after_a_date_line(date_line: str, resources) -> None:
    found = text_facts(f"СПРАВКА\n\nСодержание беседы.\n\n{date_line}\n", resources)
    assert found["date"] == "1961-11-07"


def test_a_year_mark_needs_the_year_before_it(resources) -> None:
    dates = resources.dates
    assert dates.whole("20 июня 1948 г.") is not None
    assert dates.whole("20 июня г.") is None


@pytest.mark.parametrize(("last", "name"), [
    ('"We intend to open the talks on the first of March. Please call the Chancellor\'s '
     'attention to the prospect of a settlement." Signed, KESSLER.', "KESSLER"),
    ("The Government should be informed at once. (Signed) MARLOWE.", "MARLOWE"),
    ("Reply follows by bag. Sgd. Edwin Harcourt", "Edwin Harcourt"),
])
def test_a_signature_run_on_after_the_last_sentence(last: str, name: str, resources) -> None:
    text = f"Decoded text of the telegram\nFROM Berne # 412.\n{last}\n"
    found = text_facts(text, resources)
    assert name in found["signed"]
    xml = text_xml(text, resources)
    assert "#per-signed" not in xml and "#per-sgd" not in xml
