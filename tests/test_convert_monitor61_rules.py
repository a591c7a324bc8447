"""Rules of the monitor61 sample (monitoring and intelligence digests that carry diplomatic
documents: FBIS Daily Report items, BBC Summary of World Broadcasts items, CIA current
intelligence publications), each tried on invented texts:

- an FBIS item of the 1970s: the bureau's letters after the source line's day (`Moscow TASS
  International Service in Russian 1410 GMT 12 Mar 79 LD`) or a short control number before
  the place (`SK091520 Pyongyang KCNA in English ...`): the source line (tables `fbis-item`,
  `heading`), which dates and places the item;
- FBIS's editorial report (`[Editorial Report] Moscow TASS in English at 1845 GMT on 5 April
  carries ...`) stands where a source line would: the headline over it is the title, its
  day with the issue's year the date, its language the original's, and it is a report
  (`pages/fbis.py`);
- a monitoring item's headline and the monitor's leads name the story's form, not the item's
  (`CHINESE NOTE TO THE SOVIET EMBASSY`, `Text of report`: fact `page-form`, `doc_types`), so
  the source line types the item;
- the monitor's `[Signed]` before the signers opens the closer's signature
  (`parts.SIGNED_MARK`);
- a BBC Summary of World Broadcasts item (`pages/swb.py`, table `swb-item`): the reference
  (`SU/6067/A4/1   16 March 1979`) is the archive's id, the headline over the source line the
  title, the source line with `gmt` in lower case (`Moscow home service 1200 gmt 14 Mar 79`)
  the heading, whose day dates the item and whose place is the place of origin (a nation's
  adjective is none: `Soviet television ...`); a news database's export gives the same
  facts by its labels (`SECTION:` ending in the reference, `HEADLINE:`, `SOURCE:`, `BODY:`);
- a CIA current intelligence publication's cover: the publication's name is the issue's
  title (`CURRENT INTELLIGENCE BULLETIN`: table `publication-titles`, `form_titles`) and a
  report; the issuing office and agency in capitals on their own lines are the senders; the
  review stamp's boxes (`DOCUMENT NO. 23`, `NEXT REVIEW DATE: 1980`, `AUTH: HR 70-2`) are
  declassification lines, never a document's number.
"""

from __future__ import annotations

from tests.cases import text_facts, text_xml

FBIS_LD = (
    "FBIS-SOV-79-050\nIII.  14 Mar 79     L 3     USSR INTERNATIONAL AFFAIRS\n"
    "KOSYGIN MESSAGE TO PHAM VAN DONG\n"
    "Moscow TASS International Service in Russian 1410 GMT 12 Mar 79 LD\n"
    "[Text] Dear Comrade Pham Van Dong: We have received your message of 10 March.\n\n"
    "[Signed] A. Kosygin, chairman of the USSR Council of Ministers\n"
)


def test_an_fbis_source_line_with_the_bureau_letters_dates_and_places_the_item(
        resources) -> None:
    found = text_facts(FBIS_LD, resources)
    assert found["title"] == "KOSYGIN MESSAGE TO PHAM VAN DONG"
    assert found["date"] == "1979-03-12"
    assert found["place_of_origin"] == "Moscow"
    assert found["archive_idno"] == "FBIS-SOV-79-050"
    assert found["signed"].startswith("[Signed] A. Kosygin")


EDITORIAL = (
    "FBIS-SOV-83-067\n6 April 1983\nUSSR International Affairs\n"
    "ANDROPOV REPLIES TO SCHOOLGIRL'S LETTER\n"
    "[Editorial Report] Moscow TASS in English at 1845 GMT on 5 April carries the text of a "
    "reply by Yuriy Andropov to a letter from an American schoolgirl.\n"
)


def test_an_fbis_editorial_report_is_dated_by_its_day_and_is_a_report(resources) -> None:
    found = text_facts(EDITORIAL, resources)
    assert found["title"] == "ANDROPOV REPLIES TO SCHOOLGIRL'S LETTER"
    assert found["date"] == "1983-04-05"
    assert found["doc_type"] == "report"  # not the letter the headline names
    assert found["original_language"] == "English"


SWB = (
    "BBC SUMMARY OF WORLD BROADCASTS\nPART 3  THE FAR EAST\n"
    "FE/6044/A3/4                                              20 February 1979\n\n"
    "A3. THE SOVIET UNION AND EASTERN EUROPE\n\nCHINESE NOTE TO THE SOVIET EMBASSY\n\n"
    "Peking home service 1100 gmt 18 Feb 79\n\n"
    "(Text) The Chinese Ministry of Foreign Affairs today delivered a note to the Soviet "
    "embassy.\n"
)


def test_an_swb_item_is_titled_dated_and_placed_by_its_own_lines(resources) -> None:
    found = text_facts(SWB, resources)
    assert found["title"] == "CHINESE NOTE TO THE SOVIET EMBASSY"
    assert found["date"] == "1979-02-18"
    assert found["place_of_origin"] == "Beijing"
    assert found["archive_idno"] == "FE/6044/A3/4"
    assert found["doc_type"] == "telegram"  # the headline's note is the story's


EXPORT = (
    "BBC Summary of World Broadcasts\n\nMarch 12, 1991, Tuesday\n\n"
    "SECTION: Part 1 The USSR; A. INTERNATIONAL AFFAIRS; SU/1018/A1/1\n\n"
    "LENGTH: 318 words\n\nHEADLINE: Gorbachev's message to Bush\n\n"
    "SOURCE: Soviet television 1700 gmt 10 Mar 91\n\nBODY:\nText of report\n\n"
    "USSR President Mikhail Gorbachev has sent a message to US President George Bush.\n"
)


def test_an_swb_export_gives_the_same_facts_by_its_labels(resources) -> None:
    found = text_facts(EXPORT, resources)
    assert found["title"] == "Gorbachev's message to Bush"
    assert found["date"] == "1991-03-10"
    assert found["place_of_origin"] is None  # `Soviet` is no place
    assert found["archive_idno"] == "SU/1018/A1/1"
    assert found["doc_type"] == "telegram"  # the lead's `report` is the story's


CIB = (
    "TOP SECRET\n\nCURRENT INTELLIGENCE BULLETIN\n\n5 June 1956\n\nCopy No. 105\n\n"
    "DOCUMENT NO. 23\nNO CHANGE IN CLASS.\nNEXT REVIEW DATE: 1980\nAUTH: HR 70-2\n\n"
    "OFFICE OF CURRENT INTELLIGENCE\n\nCENTRAL INTELLIGENCE AGENCY\n\n"
    "Japan: The Soviet ambassador in London told the Japanese negotiator on 2 June that "
    "Moscow cannot wait indefinitely.\n"
)


def test_a_current_intelligence_bulletin_is_titled_by_its_name_and_sent_by_its_office(
        resources) -> None:
    found = text_facts(CIB, resources)
    assert found["title"] == "Current Intelligence Bulletin"
    assert found["doc_type"] == "report"
    xml = text_xml(CIB, resources)
    assert 'subtype="declassification">NEXT REVIEW DATE: 1980<' in xml
    sent = xml.split('<correspAction type="sent">')[1].split("</correspAction>")[0]
    assert "#org-office-of-current-intelligence" in sent
    assert "#org-central-intelligence-agency" in sent
