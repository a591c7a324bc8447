"""Rules from invent30's invented probes of layouts no fixture had (German, Dutch, Russian,
Czech, Finnish, Turkish and Portuguese telegrams wholly in their own languages, a Lotus Notes
e-mail printout), each checked on a second layout of its family:

- a cipher telegram's name with its number: the Czech and Slovak `č.` (`ŠIFROVANÝ TELEGRAM
  č. 1187`, `ŠIFROVANÁ DEPEŠE č. 412`), the Nordic `N:o` (`SALASÄHKE`, `CHIFFERTELEGRAM`);
- the Turkish cipher office's sent and arrived labels (`Çekildiği tarih:` / `Geldiği
  tarih:`, `Çekiliş tarihi:` / `Geliş tarihi:`) and the hour after `saat`;
- the Soviet cipher office in Russian: `Из` and the post, `Отправлено` / `Получено` without a
  colon, the hour and minute marks (`18 ч. 40 м.`), `Вх. №` / `Исх. №`.
"""

from __future__ import annotations

from tests.cases import text_facts


def _when(resources, text: str) -> list[tuple]:
    return [(d.year, d.month, d.day, d.hour, d.minute) for d in resources.dates.find(text)]


def test_hour_after_saat_and_russian_hour_marks(resources) -> None:
    assert _when(resources, "13 Mart 1962, saat 09.15") == [(1962, 3, 13, 9, 15)]
    assert _when(resources, "12.III.1961 г. 18 ч. 40 м.") == [(1961, 3, 12, 18, 40)]
    assert _when(resources, "4.X.1962 г. 09 ч. 10 мин.") == [(1962, 10, 4, 9, 10)]


def test_czech_and_nordic_numbered_cipher_telegrams(resources) -> None:
    for heading, number in (("ŠIFROVANÝ TELEGRAM č. 1187", "1187"),
                            ("ŠIFROVANÁ DEPEŠE č. 412", "412"),
                            ("SALASÄHKE N:o 87", "87"), ("CHIFFERTELEGRAM N:o 214", "214")):
        text = f"{heading}\n\nOdesláno: Washington, 12. 3. 1962\n\nText zprávy.\n\nNovák\n"
        assert text_facts(text, resources)["telegram_number"] == number, heading


def test_turkish_sent_and_arrived_labels(resources) -> None:
    for sent, came in (("Çekildiği tarih", "Geldiği tarih"), ("Çekiliş tarihi", "Geliş tarihi")):
        text = (f"ŞİFRE TELGRAF\n\nGönderen: Londra Büyükelçiliği\n{sent}: 3 Haziran 1964, "
                f"saat 21.10\n{came}: 4 Haziran 1964, saat 08.05\n\nDışişleri Bakanlığına\n\n"
                "Görüşme yapıldı.\n\nBüyükelçi\n")
        facts = text_facts(text, resources)
        assert facts["date"] == "1964-06-03", sent
        assert facts["date_received"] == "1964-06-04T08:05", came


def test_soviet_cipher_telegram_in_russian(resources) -> None:
    text = ("ШИФРТЕЛЕГРАММА\n\nИз Пекина\nИсх. № 412/сш\nОтправлена 3.X.1962 г.\n"
            "Поступила 4.X.1962 г. 09 ч. 10 м.\n\nМИД СССР\n\nСегодня состоялась беседа.\n\n"
            "ЧЕРВОНЕНКО\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1962-10-03"
    assert facts["date_received"] == "1962-10-04T09:10"
    assert facts["place_of_origin"] == "Beijing"
    assert facts["outgoing_number"] == "412/сш"


def test_czech_and_finnish_nen_declension() -> None:
    from tei.convert.declension import declined
    assert "Václavu Davidovi" in declined("Václav David", "cs")
    assert {"Ženevě", "Ženevy"} <= set(declined("Ženeva", "cs"))
    assert {"Benešovi", "Beneše"} <= set(declined("Beneš", "cs"))
    assert {"Karjalaiselle", "Karjalaisen"} <= set(declined("Karjalainen", "fi"))
    assert {"Kekkoselle", "Kekkosen"} <= set(declined("Kekkonen", "fi"))
    assert "Virtaselle" in declined("Virtanen", "fi")
    assert "Niemiselle" in declined("Nieminen", "fi")  # a front-vowel word: same stem
    assert "Lehtiselle" not in declined("Lehtinen", "cs")  # another language's table


def test_addresses_in_the_dative_and_to_comrade(resources) -> None:
    czech = ("ŠIFROVANÁ DEPEŠE č. 412\n\nOdesláno: Moskva, 3. 10. 1962\n\n"
             "Soudruhu ministru Václavu Davidovi\n\nDnes proběhl rozhovor.\n\nNovák\n")
    assert text_facts(czech, resources)["addressee"] == ["Václav David"]
    finnish = ("SALASÄHKE N:o 12\n\nLähetetty: Moskova 3.10.1962 klo 18.40\n\n"
               "Presidentti Kekkoselle\n\nKeskustelu käytiin tänään.\n\nVirtanen\n")
    assert text_facts(finnish, resources)["addressee"] == ["Urho Kekkonen"]
    russian = ("ШИФРТЕЛЕГРАММА\n\nИз Пекина\nОтправлена 3.X.1962 г.\n\n"
               "МИД СССР — тов. Громыко А. А.\n\nСегодня состоялась беседа.\n\nЧЕРВОНЕНКО\n")
    assert text_facts(russian, resources)["addressee"] == ["Andrei Gromyko"]


def test_dutch_minister_van_names_no_person(resources) -> None:
    text = ("CODEBERICHT\n\nAfzender: Ambassade Bonn\nVerzonden: 3 oktober 1962, 18.40 uur\n\n"
            "Aan de Minister van Economische Zaken\n\nHet gesprek vond vandaag plaats.\n\n"
            "De Beus\n")
    facts = text_facts(text, resources)
    assert facts["place_of_origin"] == "Bonn"
    assert facts["addressee"] == []


def test_lotus_notes_memo_heading(resources) -> None:
    text = ("Anne Morrow@USUN NEW YORK\n05/06/98 10:02 AM\n\nTo: David Kerr/IO/UNP@STATE\n"
            "cc: Paul Lindqvist/POL@USUN NEW YORK\nSubject: Fifth Committee\n\nDavid --\n\n"
            "The vote slipped to Friday.\n\nAnne\n")
    facts = text_facts(text, resources)
    assert facts["addressee"] == ["David Kerr"]
    assert facts["date"] == "1998-05-06"
    assert facts["place_of_origin"] == "New York"


def test_nordic_office_address_and_vietnamese_post_seat(resources) -> None:
    norwegian = ("CHIFFERTELEGRAM N:o 41\n\nFra: Ambassaden i London\nAvsendt: 3. oktober 1962\n"
                 "Til: Utenriksministeren\n\nSamtalen fant sted i dag.\n\nBoe\n")
    facts = text_facts(norwegian, resources)
    assert facts["addressee"] == []
    assert facts["telegram_number"] == "41"
    vietnamese = ("ĐIỆN ĐẾN\nSố: 87\n\nTừ: Tổng lãnh sự quán Việt Nam tại Vientiane\n"
                  "Ngày: 3 tháng 10 năm 1962\n\nCuộc gặp đã diễn ra.\n\nNguyễn Văn A\n")
    assert text_facts(vietnamese, resources)["place_of_origin"] == "Vientiane"
