"""Rules of lang47 (headings in the document's own language).

- Japanese: the one-line heading `<date>X外務大臣発在米Y大使宛公電第N号`, the stacked lines
  closed by `発`, `宛`/`殿`, the number line `第N号` (kanji numerals read as Arabic digits,
  digit by digit or with their units), era dates closed by `発` / `着`.
- Chinese: the edition's title `X致Y第N号电` and its bracketed dateline `（北京 1962年...）`.
- A party a row reads in a name's place written in CJK script is a person's name unless it
  ends like a body or an office (`east-asian-bodies`: `外交部`, `大使`).
- Spanish: the one-line heading `París 25 (10'45 tarde.) El Embajador de S.M. al Sr.
  Ministro de Estado:` (its `place` group the place of origin); Portuguese `Telegrama n.º N
  expedido do X para Y ...` / `recebido da X`; Italian `Telegramma in arrivo n. N`.
- A name without ASCII letters has a slug of its own (`東郷`, `野村`: no shared `x`).
"""

from __future__ import annotations

import re

import pytest

from tei.convert.date_eras import arabic_number, cjk_number
from tei.convert.eastasian import script_name
from tei.convert.name_index import slug
from tei.convert.receipt_days import day_sent
from tests.cases import text_facts, text_xml


@pytest.mark.parametrize(("text", "number"), [
    ("八三六", 836), ("二〇四三", 2043), ("八百三十六", 836), ("二千四十三", 2043),
    ("十二", 12), ("五十一", 51), ("一九六二", 1962), ("三", 3)])
def test_chinese_numerals(text: str, number: int) -> None:
    assert cjk_number(text) == number


def test_arabic_number_keeps_other_numbers() -> None:
    assert arabic_number("九九三") == "993"
    assert arabic_number("0412") == "0412"
    assert arabic_number("SG/412") == "SG/412"


@pytest.mark.parametrize(("text", "name"), [
    ("東郷", True), ("周恩来", True), ("ライシャワー", True), ("外交部", False),
    ("大使", False), ("外相", False), ("Togo", False), ("東郷外務大臣発在米", False)])
def test_script_names(text: str, name: bool, resources) -> None:
    assert script_name(text, resources.patterns) is name


def test_names_without_ascii_have_slugs_of_their_own() -> None:
    assert slug("東郷") != slug("野村")
    assert slug("Kim Il-sung") == "kim-il-sung"


@pytest.mark.parametrize(("line", "groups"), [
    ("昭和16年11月26日東郷外務大臣発在米野村大使宛公電第八三六号(館長符号)(写)",
     {"sent": "昭和16年11月26日", "sender": "東郷", "addressee": "野村", "telegram": "八三六"}),
    ("在英大使発外務大臣宛電報第四一二号",
     {"sender": "大使", "addressee": "外務大臣", "telegram": "四一二"}),
    ("在米　朝海大使発", {"sender": "朝海"}),
    ("大平外務大臣殿", {"addressee": "大平"}),
    ("◇第九九三号(緊急、館長符号)", {"telegram": "九九三"}),
    # (lang49) the hour is the receipt's (`前九時十分`: 9.10 a.m.)
    ("昭和三十七年十一月十三日前九時十分本省着",
     {"received": "昭和三十七年十一月十三日前九時十分"}),
    ("美国代理国务卿穆尔致驻华大使詹森第79号电",
     {"sender": "穆尔", "addressee": "詹森", "telegram": "79"}),
    ("（北京 1962年10月25日下午6时）", {"sender": "北京", "sent": "1962年10月25日"}),
    ("París 25 (10'45 tarde.) El Embajador de S.M. al Sr. Ministro de Estado:",
     {"place": "París", "sent": "25", "sender": "Embajador de S.M.",
      "addressee": "Ministro de Estado"}),
    ("Telegrama n.º 42 expedido do MNE para a Legação de Portugal em Budapeste autorizando "
     "a concessão de passaportes",
     {"telegram": "42", "sender": "MNE", "addressee": "Legação de Portugal em Budapeste"}),
    ("Telegrama recebido da Embaixada em Washington", {"sender": "Embaixada em Washington"}),
    ("Telegramma in arrivo n. 1234", {"telegram": "1234"}),
])
def test_heading_rows(line: str, groups: dict[str, str], resources) -> None:
    found = resources.patterns.match("heading", line)
    assert found is not None
    got = {k: v for k, v in found[1].groupdict().items() if v and k != "label"}
    assert got == groups


def test_a_sending_line_is_no_receipt(resources) -> None:
    found = resources.patterns.match("heading", "昭和三十七年十一月十三日前九時十分本省着")
    assert found is not None and found[0] == "transmission"


def test_japanese_one_line_heading_facts(resources) -> None:
    facts = text_facts("昭和37年10月25日大平外務大臣発在米朝海大使宛公電第八一二号（至急）\n\n"
                       "一、本大臣は本日在京米国大使より説明を受けた。\n", resources)
    assert facts["sender"] == ["Masayoshi Ohira"]
    assert facts["addressee"] == ["Koichiro Asakai"]
    assert facts["telegram_number"] == "812"
    assert facts["date"] == "1962-10-25"


def test_two_local_names_in_cjk_stay_apart(resources) -> None:
    facts = text_facts("美国代理国务卿穆尔致驻华大使詹森第79号电\n\n"
                       "（华盛顿 1936年12月14日下午1时）\n\n"
                       "国务院希望您访晤外交部长。\n", resources)
    assert facts["sender"] == ["穆尔"]
    assert facts["addressee"] == ["詹森"]
    assert facts["date"] == "1936-12-14"


def test_an_office_row_sender_over_the_summarys_names(resources) -> None:
    xml = text_xml("3 Mar. 1961\nTelegrama n.º 118 expedido do MNE para a Embaixada em Londres "
                   "instruindo o Embaixador a falar com o Foreign Office.\n", resources)
    sent = re.search(r'<correspAction type="sent">(.*?)</correspAction>', xml, re.S)
    assert sent is not None and "MNE" in sent.group(1)
    assert "Foreign Office" not in sent.group(1)


@pytest.mark.parametrize(("day", "received", "sent"), [
    ("3", "1898-03-04", "1898-03-03"), ("31", "1898-04-01", "1898-03-31"),
    ("31", "1899-01-01", "1898-12-31"), ("4", "1898-03-04", "1898-03-04")])
def test_a_day_alone_takes_the_receipts_month(day: str, received: str, sent: str) -> None:
    found = day_sent(day, received)
    assert found is not None and found[1].iso() == sent


def test_no_day_alone_no_date() -> None:
    assert day_sent("3 de marzo", "1898-03-04") is None
    assert day_sent("31", "1898-03-04") is None  # no 31 February
