"""Rules of lang49 (telegrams whose headings stay in their own language: Japanese, Portuguese).

- Japanese copies (`電信写`): the sending line with its post after `発` or before the day
  (`昭和16年11月26日 午後3時30分発　華府`, `暗　華盛頓　昭和十六年十二月一日後發`), the receipt
  line whose day may lack its year (`本省　11月27日 午前8時10分着`), the parties' line with the
  addressee first (`東郷外務大臣宛　野村大使発`), an envoy's line at his post without `発` (the
  sender), the older `發` and `號`; the hour in kanji or Arabic numerals with `午前`/`午後`
  (`date_eras.JA_TIME`), a CJK month and day without a year, the year from the document.
- JACAR's item page: fields parted by a full-width colon (`言語：日本語`), the site's name as
  the repository, the holdings breadcrumb kept as a record field; a page most of whose lines
  are CJK keeps them all (no forum's interface).
- Names inside running CJK text (`cjk_names`), a katakana name only as a whole word; a
  sentence in CJK script closed by `。` is never the message's head.
- The original language from a heading in another language than the body
  (`heading_language`; `発` settles Japanese).
- Portuguese: the edition's numbered heading as the title (`2417` / `TELEGRAMA CONFIDENCIAL
  N.º 131 DA LEGAÇÃO EM BERLIM PARA ...`, under a running title), its number and the mission's
  seat; a receipt in brackets closing the dateline (`(Recebido em 12)`, a day without a
  clock); the month abbreviations `Fev`, `Abr`, `Dez`, and `Set`, `Out`, `Ago` only between a
  day and a year; `Cota:`; `telegrama` names the form; `n.º` off a built title.
- `señor`, `senhor`, `signor`, `monsieur`, `Herr` as `Mr.` before a registered surname.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.receipt_days import RECEIPT_AFTER, day_receipt
from tests.cases import text_facts, text_xml


@pytest.mark.parametrize(("text", "iso"), [
    ("昭和16年11月26日 午後3時30分発", "1941-11-26T15:30:00"),
    ("昭和三十七年十一月十二日後六時三十分発", "1962-11-12T18:30:00"),
    ("昭和16年11月27日 午後9時発", "1941-11-27T21:00:00"),
    ("1961年8月15日発", "1961-08-15"),
    ("Lisboa, 12 de Fev. de 1943", "1943-02-12"),
    ("Rio de Janeiro, 2 Set 1939, 18h40", "1939-09-02T18:40:00"),
    ("15 Out. 1941", "1941-10-15")])
def test_dates(text: str, iso: str, resources) -> None:
    found = resources.dates.find(text)
    assert found and found[0].iso() == iso


@pytest.mark.parametrize(("text", "month", "day", "hour"), [
    ("本省 11月27日 午前8時10分着", 11, 27, 8), ("本　省　十二月二日前着", 12, 2, None)])
def test_month_and_day_without_a_year(text: str, month: int, day: int, hour: int | None,
                                      resources) -> None:
    found = resources.dates.find(text)
    assert found and (found[0].year, found[0].month, found[0].day, found[0].hour) == (
        None, month, day, hour)


@pytest.mark.parametrize("text", ["set 3 of them", "POINTED OUT 1965 AMENDMENTS",
                                  "two years ago 12 men"])
def test_portuguese_abbreviations_that_are_english_words(text: str, resources) -> None:
    assert resources.dates.find(text) == []


@pytest.mark.parametrize(("line", "groups"), [
    ("昭和16年11月26日 午後3時30分発　華府",
     {"sent": "昭和16年11月26日 午後3時30分", "place": "華府"}),
    ("暗　華盛頓　昭和十六年十二月一日後發", {"place": "華盛頓", "sent": "昭和十六年十二月一日後"}),
    ("本省　11月27日 午前8時10分着", {"received": "11月27日 午前8時10分"}),
    ("東郷外務大臣宛　野村大使発", {"addressee": "東郷", "sender": "野村"}),
    ("在米　朝海大使", {"sender": "朝海"}),
    ("第一二〇六號（館長符號扱）", {"telegram": "一二〇六"}),
    ("(Recebido em 12)", {"received": "em 12"})])
def test_heading_rows(line: str, groups: dict[str, str], resources) -> None:
    resources.patterns.forget()  # every family's rows, as in a document without evidence
    found = resources.patterns.match("heading", " ".join(line.split()))
    assert found is not None
    assert {k: v for k, v in found[1].groupdict().items() if v and k != "label"} == groups


def test_a_receipt_by_the_day_alone_closing_the_dateline(resources) -> None:
    line = Line(1, "Berlim, 11 de Fevereiro de 1943 (Recebido em 12).")
    assert RECEIPT_AFTER.search(line.text)
    ctx = Context(resources, Path("t.txt"), text=line.text, warnings=[])
    found = day_receipt([line], "1943-02-11", ctx)
    assert found is not None and found[1].iso() == "1943-02-12"


_JACAR = ("JACAR(アジア歴史資料センター) Japan Center for Asian Historical Records\n"
          "レファレンスコード：B02030745100\n"
          "件名標題（日本語）：昭和16年12月2日 来栖大使発東郷外務大臣宛 第1221号\n"
          "階層：外務省外交史料館 > 戦前期外務省記録 > A門 政治、外交 > 第四巻\n"
          "言語：日本語\n\n電信写\n昭和16年12月2日 午後7時15分発　華府\n"
          "本省　12月3日 午後2時5分着\n東郷外務大臣宛　来栖大使発\n第1221号（館長符号扱）\n\n"
          "本日野村大使ト共ニ国務次官ト会談セリ。\n")


def test_jacar_page(resources) -> None:
    facts = text_facts(_JACAR, resources)
    assert facts["title"] == "昭和16年12月2日 来栖大使発東郷外務大臣宛 第1221号"
    assert facts["archive_idno"] == "B02030745100"
    assert facts["date_received"] == "1941-12-03T14:05"
    assert facts["sender"] == ["Saburo Kurusu"] and facts["addressee"] == ["Shigenori Togo"]
    assert facts["place_of_origin"] == "Washington"
    xml = text_xml(_JACAR, resources)
    assert "外務省外交史料館" in xml  # the breadcrumb field kept, not dropped as furniture
    assert 'ref="#per-kichisaburo-nomura">野村</persName>' in xml  # inside the running text


def test_katakana_names_are_whole_words(resources) -> None:
    found = resources.register.find("本日ラスク国務長官ト会談シ「フラスク」ヲ見タ")
    assert [m.form for m in found] == ["ラスク"]


def test_original_language_from_the_heading(resources) -> None:
    facts = text_facts("第1208号\n東郷外務大臣宛　野村大使発\n"
                       "昭和16年12月1日　午後9時発　ワシントン\n\n"
                       "Secretary Hull received Ambassador Kurusu and me this afternoon and "
                       "said that the President was returning to Washington at once.\n",
                       resources)
    assert facts["original_language"] == "Japanese"
    assert facts["date"] == "1941-12-01"


def test_portuguese_edition_heading_and_receipt(resources) -> None:
    facts = text_facts("Dez Anos de Política Externa (1936-1947)\n\n1874\n\n"
                       "TELEGRAMA SECRETO N.º 58 DA EMBAIXADA EM MADRID PARA O MINISTÉRIO DOS "
                       "NEGÓCIOS ESTRANGEIROS\n\nMadrid, 3 de Março de 1942 (Recebido em 4).\n\n"
                       "O General Jordana disse-me hoje que o Governo espanhol desejava marcar "
                       "para breve o encontro.\n", resources)
    assert facts["title"].startswith("TELEGRAMA SECRETO N.º 58")
    assert (facts["telegram_number"], facts["doc_type"]) == ("58", "telegram")
    assert (facts["date"], facts["date_received"]) == ("1942-03-03", "1942-03-04")
    assert facts["place_of_origin"] == "Madrid"


def test_built_title_without_the_portuguese_number_mark(resources) -> None:
    facts = text_facts("Telegrama n.º 45\nDo M.N.E. para a Embaixada em Madrid\n"
                       "Lisboa, 12 de Fev. de 1943, 20 h.\n\nDiga V. Ex.ª ao General Jordana "
                       "que o Governo português tomou boa nota.\n\nSALAZAR\n", resources)
    assert "N.º" not in facts["title"] and "No. 45" in facts["title"]


def test_a_courtesy_title_makes_a_surname_a_person(resources) -> None:
    xml = text_xml("El Ministro de Negocios Extranjeros, señor Togo, me ha recibido esta mañana "
                   "en Tokio y me ha comunicado la noticia.\n", resources)
    assert 'ref="#per-shigenori-togo">señor Togo</persName>' in xml


def test_a_cjk_sentence_is_no_head(resources) -> None:
    xml = text_xml("電信写\n昭和16年11月26日 午後3時30分発　華府\n第1189号\n\n"
                   "本日午後四時半国務長官ト会見セリ。\n\n交渉ノ前途ハ極メテ悲観的ナリ。\n",
                   resources)
    assert "<head>本日" not in xml and "<p>本日" in xml
