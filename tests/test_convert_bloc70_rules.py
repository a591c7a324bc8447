"""Rules for East-bloc cipher telegrams in English translation as documents readers,
printed editions and collection pages give them (bloc70):

- a cipher telegram's heading counting its copies (`Copies printed: 5`, `Number of copies:
  12`) over the copies listed by number to a comrade or to the file (`1. Comrade T.
  Zhivkov`, `5. To the file`): the readers in the heading, never numbered points (table
  `heading-east-bloc`, rows `copies` and `distribution`);
- the cipher office's labelled lines in the heading (`Deciphered: 15.XII.1968, Szabó`,
  `Cipher clerk: Nováková`): transmission lines naming the clerk (same table);
- the readers named in the heading after `Seen by:` (table `heading-labels`, and
  `reader-labels` for their surnames);
- a Chinese foreign ministry file's number under `Number:` (`106-00231-01`) is no telegram
  number (table `heading-east-bloc`, row `control`);
- a receipt line in parentheses with the day first and a 24-hour clock (`(Received 24
  October 1962 at 02.20)`) is the receipt, whichever form the heading shows (table
  `heading`);
- an edition's one-sentence regest between the dateline and the cable heading is the
  summary (`pages/regest.py`);
- a documents reader's numbered heading on one line (`8. Ciphered Telegram from ..., 26
  December 1962`) is the title, under a running head too, when the cable's number line
  follows it (table `page-title`, `above_head._numbered_title`); `Szyfrogram nr 2437 from
  Hanoi, 2 March 1965` names the sending post (table `title-shapes`);
- `Original in Serbo-Croatian; translated by ...` after a reference gives the original's
  language and stays the credit (`zones._CREDIT`, table `citation` row `translator`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

BULGARIAN = ("Ciphered Telegram No. 512 from the Bulgarian Embassy in Havana\n\n"
             "CIPHERED TELEGRAM No. 512\n"
             "Received in the Ministry: 28.X.1962, 11.40 h.\n"
             "{deciphered}\n"
             "Copies printed: 5\n"
             "1. Comrade T. Zhivkov\n2. Comrade I. Bashev\n5. To the file\n\n"
             "HAVANA, 27 October 1962\n\nTo Comrade Bashev\n\n"
             "The mood in the city is calm.\n\nGrozev\n")


def test_copies_printed_and_numbered_comrades_stay_in_the_heading(resources: Resources) -> None:
    xml = text_xml(BULGARIAN.format(deciphered="Deciphered: 28.X.1962, 13.05 h."), resources)
    assert 'subtype="copies">Copies printed: 5</ab>' in xml
    assert "<item" not in xml
    facts = text_facts(BULGARIAN.format(deciphered="Deciphered: 28.X.1962, 13.05 h."), resources)
    assert facts["date_received"] == "1962-10-28T11:40"
    assert facts["numbered_points"] == 0
    assert facts["telegram_number"] == "512"


def test_a_cipher_clerks_line_names_the_clerk(resources: Resources) -> None:
    xml = text_xml(
        "Telegram from Prague to the Czechoslovak Embassy in Beijing\n\n"
        "Telegram from Prague\nTo: Embassy Beijing - Comrade Ambassador\n"
        "Sent: 12.8.1966, 23.40 hrs\nNo. 6532/66\nCipher clerk: Nováková\n\n"
        "Please convey our protest to the Chinese side.\n\nDavid\n", resources)
    assert 'subtype="transmission">Cipher clerk: <persName' in xml


def test_readers_seen_by_in_the_heading(resources: Resources) -> None:
    xml = text_xml(
        "Hungarian Embassy in Pyongyang\nCiphered telegram\nNumber: 232/1968\n"
        "Pyongyang, 14 December 1968, 16:00\nArrived: 15 December 1968, 09:30\n"
        "Seen by: Erdélyi, Szarka\n\n"
        "The Foreign Ministry informed the heads of mission today.\n\nKádas\n", resources)
    assert 'subtype="distribution">Seen by: <persName' in xml
    assert "<head>" not in xml


def test_a_chinese_file_number_is_no_telegram_number(resources: Resources) -> None:
    facts = text_facts(
        "Top secret\n\nNumber: 106-00231-01\n\nEmbassy in Korea:\n\n"
        "Your telegram of 9 March has been received.\n\n"
        "Ministry of Foreign Affairs\n12 March 1957\n", resources)
    assert facts["telegram_number"] is None


EDITION = ("THE YUGOSLAV DIPLOMATIC RECORD, 1961-1964          213\n\n42\n\n"
           "TELEGRAM FROM THE EMBASSY IN WASHINGTON TO THE STATE SECRETARIAT FOR FOREIGN AFFAIRS"
           "\n\nWashington, 23 October 1962\n\n{regest}"
           "(Received 24 October 1962 at 02.20)\n\nStrictly confidential No. 1187\n\n"
           "Under Secretary Ball received me this afternoon at my request.\n\nMićunović\n\n"
           "DAMSP, PA, 1962, f. 88, dos. 12, br. 434012. Original in Serbo-Croatian; "
           "translated by Jovana Ilić.\n")
REGEST = "Mićunović reports on his conversation with Under Secretary Ball on Cuba."


def test_an_editions_regest_is_the_summary_and_the_receipt_is_read(resources: Resources) -> None:
    facts = text_facts(EDITION.format(regest=f"{REGEST}\n\n"), resources)
    assert facts["summary"] == REGEST
    assert facts["date_received"] == "1962-10-24T02:20"
    assert facts["telegram_number"] == "1187"
    assert facts["original_language"] == "Serbo-Croatian"
    assert facts["translator"] == "Jovana Ilić"


def test_a_first_person_line_under_the_dateline_is_no_regest(resources: Resources) -> None:
    facts = text_facts(EDITION.format(regest="I report on my talk with Ball on Cuba.\n\n"),
                       resources)
    assert facts["summary"] is None


def test_a_readers_numbered_title_under_a_running_head(resources: Resources) -> None:
    facts = text_facts(
        "MONGOLIA AND THE SINO-SOVIET SPLIT: A DOCUMENTARY READER          57\n\n"
        "8. Ciphered Telegram from the Mongolian Embassy in Beijing to Tsedenbal, "
        "26 December 1962\n\n"
        "CIPHERED TELEGRAM No. 215\nFrom: Beijing\nTo: Comrade Yu. Tsedenbal\n\n"
        "Today Chen Yi received me.\n\nTsevegmid\n", resources)
    assert facts["title"] == ("Ciphered Telegram from the Mongolian Embassy in Beijing to "
                              "Tsedenbal, 26 December 1962")


def test_a_szyfrogram_title_naming_the_post(resources: Resources) -> None:
    title = "Szyfrogram nr 2437 from Hanoi, 2 March 1965"
    facts = text_facts(
        f"{title}\n\nSZYFROGRAM nr 2437\nSent from: Hanoi\n"
        "Dispatched: 02.03.1965 at 1400 hrs\n\nPham Van Dong received me.\n\nSiedlecki\n",
        resources)
    assert facts["title"] == title
