"""Rules for East Asian, Vietnamese and Soviet names and header facts on Wilson Center
Digital Archive pages (wcdanames74):

- a person the register lacks named again in parentheses in another romanisation right
  after his name (`Ri Jong-ok (Ri Chong Ok)`, `Zhu Qiwen (Chu Ch'i-wen)`): one person, the
  parenthesised spelling a variant of his; a different person in parentheses (`Kim Il Sung
  (Kim Jong Il)`) stays his own (`romanised_names.py`, called from `inline.py`);
- an unmarked name in parentheses after a person, his name with diacritics (`Nguyen Van
  Vinh (Nguyễn Văn Vịnh)`), is marked as his (same module);
- `Comrade`, `Cde.` and `Brother` are one person's honorifics: a town's name after them is
  a surname (`Comrade Hue`, `Comrade Vinh`; table `surname-honorifics`);
- the hour mark `h` between hour and minutes in a time before the date (a Vietnamese
  telegram's `Received: 07h15, 10-7-1972`), and `hrs` without its stop and `min` in a time
  after it (`Received 4.III.67 at 09 hrs 30 min`) (`date_shapes._TIME_BEFORE`,
  `_TIME_AFTER`);
- register: Le Duc Tho's pseudonyms `Brother Sáu` and `Anh Sau`;
- (held look) a bracketed gloss in Wade-Giles is the same person (`Xu Wenyi [Hsu Wen-i]`:
  `supplied_names._same_family` asks `same_romanised`), and a Chinese document's serial with
  its bracketed year and the office's pinyin abbreviation is the telegram number (`[1962]
  Meng-Fa No. 0342`, `Zhongfa [1962] No. 45`; table `heading`, row `cable-number`).
"""

from __future__ import annotations

import re

from tei.convert import Resources
from tei.convert.romanised_names import same_romanised
from tests.cases import text_facts, text_xml


def _refs(xml: str, name: str) -> set[str]:
    return set(re.findall(rf'<persName ref="(#[^"]+)">{re.escape(name)}</persName>', xml))


def test_romanisations_fold_to_one_name() -> None:
    assert same_romanised("Ri Jong-ok", "Ri Chong Ok")
    assert same_romanised("Pak Hon-yong", "Pak Hŏn-yŏng")
    assert same_romanised("Xu Wenyi", "Hsu Wen-i")
    assert not same_romanised("Kim Il Sung", "Kim Jong Il")
    assert not same_romanised("Li Peng", "Li Ping")


def test_a_parenthesised_respelling_is_the_same_person(resources: Resources) -> None:
    xml = text_xml(
        "May 12, 1983\nRecord of Conversation with Kim Yong-nam\n\n"
        "Present was the Deputy Chief of the First Department, Comrade Chon Yong-bok "
        "(Jeon Yong-bok).\n\nLater Jeon Yong-bok said that Kim Il Sung (Kim Jong Il) "
        "agreed.\n", resources)
    first, again = _refs(xml, "Chon Yong-bok"), _refs(xml, "Jeon Yong-bok")
    assert first and again == first
    assert _refs(xml, "Kim Il Sung") != _refs(xml, "Kim Jong Il")


def test_a_wade_giles_gloss_and_diacritics_gloss(resources: Resources) -> None:
    xml = text_xml(
        "March 14, 1961\nMinutes of Conversation\n\n"
        "Zhu Qiwen (Chu Ch'i-wen) and Comrade Nguyen Van Vinh (Nguyễn Văn Vịnh) spoke.\n\n"
        "Later Chu Ch'i-wen agreed, and Comrade Vinh left.\n", resources)
    assert _refs(xml, "Chu Ch'i-wen") == _refs(xml, "Zhu Qiwen")
    assert _refs(xml, "Nguyễn Văn Vịnh") == _refs(xml, "Nguyen Van Vinh")
    assert _refs(xml, "Vinh") == _refs(xml, "Nguyen Van Vinh")


def test_comrade_before_a_towns_name_names_a_person(resources: Resources) -> None:
    xml = text_xml(
        "October 3, 1969\nRecord of Conversation\n\n"
        "Comrade Tran Van Hue will come. Comrade Hue is welcome.\n", resources)
    assert '<placeName ref="#pla-hue"' not in xml


def test_vietnamese_hour_mark_before_the_date(resources: Resources) -> None:
    facts = text_facts(
        "July 9, 1972\nTelegram from Xuan Thuy to Le Duc Tho\n\nTELEGRAM\nNo. 214/ĐK\n"
        "Sent: 22h30, 9-7-1972\nReceived: 07h15, 10-7-1972\nTo: Brother Sáu [Lê Đức Thọ]\n\n"
        "1. This afternoon I met Schumann.\n\nXuân\n", resources)
    assert facts["date_received"] == "1972-07-10T07:15"
    assert facts["telegram_number"] == "214/ĐK"


def test_brother_sau_is_le_duc_tho(resources: Resources) -> None:
    xml = text_xml(
        "July 9, 1972\nTelegram from Xuan Thuy\n\nTo: Brother Sáu\n\n"
        "1. This afternoon I met Schumann.\n\nXuân\n", resources)
    assert '<persName ref="#per-le-duc-tho">Brother Sáu</persName>' in xml


def test_hours_without_stop_after_a_roman_month_date(resources: Resources) -> None:
    facts = text_facts(
        "March 4, 1967\nTelegram from Ambassador Pavlov\n\nCIPHERED TELEGRAM\n"
        "Received 4.III.67 at 09 hrs 30 min\n\n1. Today I met Comrade Tsend.\n\nPAVLOV\n",
        resources)
    assert facts["date_received"] == "1967-03-04T09:30"


def test_a_wade_giles_bracket_gloss_is_the_same_person(resources: Resources) -> None:
    xml = text_xml(
        "June 14, 1962\nCable from the Embassy\n\n"
        "1. Tsedenbal said to Ambassador Xu Wenyi [Hsu Wen-i] that it was so.\n\n"
        "Embassy in Mongolia\n", resources)
    assert _refs(xml, "Xu Wenyi") == _refs(xml, "Hsu Wen-i")


def test_a_chinese_serial_with_its_bracketed_year(resources: Resources) -> None:
    for serial in ("[1963] Chao-Fa No. 0117", "Zhongfa [1963] No. 45"):
        facts = text_facts(
            "Skip to content\nWilson Center Digital Archive\nMarch 3, 1963\n"
            "Cable from the Chinese Embassy in North Korea\nCitation\nShare\nRecord ID\n123\n"
            f"Cable from the Embassy in Korea\nTop Secret\n{serial}\nForeign Ministry:\n"
            "1. Kim Il Sung received us.\nEmbassy in Korea\n3 March\n", resources)
        assert facts["telegram_number"] == serial
