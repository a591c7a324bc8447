"""Rules for Wilson Center documents outside the current page: CWIHP Working Papers and
Bulletins as PDF text, printed collections in a book viewer, the older site layout and
mirrors of the Digital Archive's PDFs (wcdaold73):

- an appendix's number and dated title on one line in the print's capitals (`DOCUMENT No. 7:
  Ciphered Telegram, Kuznetsov to Soviet Embassy, Warsaw, 14 March 1957`) under an
  article's last lines heads the document; the lines above and the number are the page's
  text (table `numbered-document`, `above_head._numbered_appendix_document`);
- the older page's `Source Information` field is the archive's reference with the translator
  (table `page-fields`, row `source`);
- `From Budapest, sent 26.X.56 at 17:35` is the dispatch line naming the seat (table
  `heading`, a `transmission` row);
- a `Distributed to: ...` line under the signature, closed by a stop, is the document's
  distribution, never a reposter's prose (`repost_tail._tail_line`);
- a capitals heading naming its form and sender (`TELEGRAM FROM THE USSR AMBASSADOR IN THE
  PRC P. F. YUDIN`) runs on into its addressee's line (`TO THE CPSU CC`,
  `rewrap.capitals_title_to`);
- Scribd's upload page: the upload's own title over `Uploaded by NAME` goes with the viewer's
  lines (row `upload-host`), and so do the rights, formats, buttons and preview lines (row
  `repost-site`).

Seen on the held samples after their first score:

- a Bulletin's source note in round brackets at the foot, `(Source: AVP RF, ...; translation
  by ...)`, is the editors' source as `[Source: ...]` is (`references.BRACKETED_SOURCE`);
- a Polish ciphergram's receipt `received at the Center on 7.XII.62 at 03:10` (table
  `heading`, the `Dispatched from` row);
- a printed collection's heading opening with the day and seat (`20 August 1969, Beijing.
  Telegram from ...`) is the title over its dateline (`above_head._dated_place_heading`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

APPENDIX = (
    "COLD WAR INTERNATIONAL HISTORY PROJECT                 WORKING PAPER NO. 58\n\n"
    "appear to have been the last word on the matter. The documents below are printed in\n"
    "the order of their dispatch.\n\n"
    "DOCUMENT No. 7: Ciphered Telegram, Kuznetsov to Soviet Embassy, Warsaw, 14 March 1957\n\n"
    "Top Secret\n\nCIPHERED TELEGRAM No. 3217/sh\n\nWARSAW\nSOVIET AMBASSADOR\n\n"
    "Visit Deputy Minister Winiewicz and tell him that the talks will begin on 1 April.\n\n"
    "V. KUZNETSOV\n\n"
    "[Source: AVP RF, f. 059a, op. 1, pap. 4, d. 12, ll. 44-46; translated by Ann Smith.]\n")


def test_an_appendix_number_and_dated_title_on_one_line_head_the_document(
        resources: Resources) -> None:
    facts = text_facts(APPENDIX, resources)
    assert facts["title"] == ("Ciphered Telegram, Kuznetsov to Soviet Embassy, Warsaw, "
                              "14 March 1957")
    assert facts["doc_type"] == "telegram"
    assert facts["telegram_number"] == "3217/sh"
    assert "<head>" not in text_xml(APPENDIX, resources)


OLD_SITE = (
    "Ciphered Telegram from Andropov to the CPSU Central Committee on Budapest\n\n"
    "Document Type\nTelegram\n\nAuthor\nIurii Andropov\n\nDate\nOctober 26, 1956\n\n"
    "Source Information\n"
    "AVP RF, f. 059a, op. 36, pap. 5, d. 21, ll. 112-114. Translated by Ann Smith.\n\n"
    "Original Language\nRussian\n\nDocument Text\n\nCIPHERED TELEGRAM No. 648\n\n"
    "From Budapest, sent 26.X.56 at 17:35\nReceived in Moscow 26.X.56 at 20:50\n\n"
    "The situation in the city remains tense. Imre Nagy met the leaders of the groups.\n\n"
    "ANDROPOV\n\nDistributed to: Khrushchev, Bulganin, Molotov, Malenkov.\n")


def test_old_site_source_information_and_dispatch_line(resources: Resources) -> None:
    facts = text_facts(OLD_SITE, resources)
    xml = text_xml(OLD_SITE, resources)
    assert facts["place_of_origin"] == "Budapest"
    assert facts["date_received"] == "1956-10-26T20:50"
    assert "Source Information" not in xml.split("<body>")[1]
    assert 'subtype="distribution">Distributed to:' in xml


def test_capitals_heading_runs_on_into_its_addressee_line(resources: Resources) -> None:
    facts = text_facts(
        "212 SOVIET-CHINESE RELATIONS, 1957-1960\n\nNo. 45\n\n"
        "TELEGRAM FROM THE USSR AMBASSADOR IN THE PRC P. F. YUDIN\nTO THE CPSU CC\n\n"
        "Beijing, 14 October 1958\n\nUrgent. Top Secret\n\n"
        "Today Zhou Enlai received me at my request.\n\nP. YUDIN\n", resources)
    assert facts["title"] == ("TELEGRAM FROM THE USSR AMBASSADOR IN THE PRC P. F. YUDIN "
                              "TO THE CPSU CC")


def test_scribd_upload_title_and_chrome_go(resources: Resources) -> None:
    text = ("Open navigation menu\nUpload\nen\n98 views 2 pages\n"
            "Hungarian Cipher Telegram Belgrade 1956\nUploaded by coldwardocs\n"
            "© © All Rights Reserved\nAvailable Formats\n"
            "Download as PDF, TXT or read online from Scribd\nSave Share Print Embed Report\n"
            "Search inside document\n\nNovember 22, 1956\n"
            "Cipher Telegram from the Hungarian Legation in Belgrade to the Hungarian "
            "Foreign Ministry\n\nCIPHER TELEGRAM\nBelgrade, 22.XI.1956, 16.40 hrs.\n\n"
            "Today the minister told me that the group would be handed over.\n\nLajos Cséby\n\n"
            "You're Reading a Free Preview\nPage 2 is not shown in this preview.\n")
    facts = text_facts(text, resources)
    xml = text_xml(text, resources)
    assert facts["title"] == ("Cipher Telegram from the Hungarian Legation in Belgrade to "
                              "the Hungarian Foreign Ministry")
    assert "Uploaded by" not in xml and "Free Preview" not in xml
    assert "Hungarian Cipher Telegram Belgrade 1956" not in xml


def test_round_bracketed_source_at_the_foot(resources: Resources) -> None:
    facts = text_facts(
        "DOCUMENT 12: Telegram, Soviet Ambassador Alekseev to USSR Foreign Ministry, "
        "3 November 1962\n\nCiphered telegram No. 46712\n\nHAVANA\n\n"
        "Fidel Castro received me at 20:00 today.\n\nA. ALEKSEEV\n\n"
        "(Source: AVP RF, f. 0104, op. 18, pap. 120, d. 3, ll. 51-53; translation by "
        "Ann Smith.)\n", resources)
    assert facts["archive_idno"] == "AVP RF, f. 0104, op. 18, pap. 120, d. 3, ll. 51-53"
    assert facts["translator"] == "Ann Smith"


def test_receipt_at_the_center(resources: Resources) -> None:
    facts = text_facts(
        "Ciphergram from Polish Embassy in Havana\n\nCIPHERGRAM No. 17412\n\n"
        "Dispatched from Havana on 6.XII.62 at 19:30 and received at the Center on "
        "7.XII.62 at 03:10\n\nToday I spoke with the minister.\n\nJELEŃ\n", resources)
    assert facts["date_received"] == "1962-12-07T03:10"


def test_day_and_seat_before_a_collections_title(resources: Resources) -> None:
    facts = text_facts(
        "ROMANIA AND THE SINO-SOVIET SPLIT                         143\n\nDocument 23\n\n"
        "20 August 1969, Beijing. Telegram from the Romanian Ambassador in the PRC, Aurel "
        "Duma, to the Ministry of Foreign Affairs, concerning the border\n\n"
        "Telegram No. 071.492\n\nOn 19 August the deputy head of the department told me "
        "that a note would be published.\n\nA. Duma\n", resources)
    assert facts["title"] == ("Telegram from the Romanian Ambassador in the PRC, Aurel Duma, "
                              "to the Ministry of Foreign Affairs, concerning the border")
    assert facts["date"] == "1969-08-20"
    assert facts["place_of_origin"] == "Beijing"
