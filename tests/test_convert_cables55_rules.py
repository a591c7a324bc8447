"""Rules of the cables55 sample (US cables as Cablegate, PlusD, AAD, CREST, NARA's printed
form and the Situation Room give them), each tried on invented cables:

- a hard-wrapped line opening with a short quoted phrase goes on the sentence above it
  (`... AS` / `"UNHELPFUL" AND ...`); a quoted paragraph still opens a block (`read.py`);
- CREST's release line at a page break under the page's classification does not end the
  cable when the next page repeats the printout's page header (`PAGE 02 ...`): no
  attachment, the signature is the cable's (`release_lines.page_feet`);
- a receipt line closing on its date's year runs on into the clock time alone under it
  (`Rec'd: September 4, 1969` / `3:52 a.m.`: `rewrap.date_runs_on`);
- an AAD record's `Subject` field is its title, its text keeping the cable's heading or
  not (`pages/aad.py`); a PlusD page's heading line over the record table is the title
  when the cable's `SUBJECT:` line repeats it (`pages/plusd.py`);
- a cable the Situation Room relays (`FM THE SITUATION ROOM`) is sent by the person of
  the message's `FROM:` head (`named_parties.relayed_senders`);
- the Situation Room printout's foot (`PSN:... TOR:... DTG:...`, a row of asterisks) is
  processing lines (table `processing`), never run on into the lines under it;
- the Kissinger papers' release line (`No Objection to Declassification in Full ...:
  LOC-HAK-...`) gives the archive's id (table `archival-reference`) and is a release line
  wherever CREST's is read (`pages/summary.release_line`);
- a place's initials before a distribution count are an office symbol (`RSR 01,`, `RSR-01`:
  `routing_codes.office_symbol`); a cable's INFO addressees over its number line are no
  release's caption (`release_title`);
- the OUTGOING TELEGRAM form of the 1960s: its `Origin` routing label (`routing_codes`), the
  action post with the telegram's number (`ACTION: Amembassy SAIGON 1932 IMMEDIATE`), the
  passing line alone (`FOR AMBASSADOR TAYLOR`: table `heading`), its foot (`END`, `Drafted
  by:`, `Telegraphic transmission ... approved by:`, the reproduction notice: table
  `processing`), the date stamp's time on the next line (`Apr 14, 1965` / `8:41 PM`);
- a surname the register gives in office only, after a title in a text in capitals
  (`CHANCELLOR SCHMIDT`), is the holder then; alone it stays untagged
  (`office_surnames._titled_capitals`).
"""

from __future__ import annotations

from tests.cases import text_facts, text_xml

PRINTED = (
    "Department of State TELEGRAM\nCONFIDENTIAL\nACTION EUR 15\nControl: 7316\n"
    "Rec'd: {received}\n{clock}\nP 191402Z OCT 77\nFM AMEMBASSY BONN\n"
    "TO SECSTATE WASHDC PRIORITY 4410\nC O N F I D E N T I A L BONN 17254\n"
    "SUBJ: CHANCELLOR ON THE SUMMIT\n"
    "1. STATE SECRETARY VAN WELL TOLD ME THIS MORNING THAT {chancellor}\n"
    "WISHED TO THANK THE PRESIDENT FOR THE MESSAGE OF SUPPORT.\nSTOESSEL\n"
)


def _printed(received: str = "October 19, 1977", clock: str = "9:48 a.m.",
             chancellor: str = "CHANCELLOR SCHMIDT") -> str:
    return PRINTED.format(received=received, clock=clock, chancellor=chancellor)


def test_the_receipt_time_under_the_date_is_the_receipt(resources) -> None:
    xml = text_xml(_printed(), resources)
    assert '<date when="1977-10-19T09:48:00">October 19, 1977 9:48 a.m.</date>' in xml


def test_a_surname_in_office_after_a_title_in_capitals_is_the_holder(resources) -> None:
    xml = text_xml(_printed(), resources)
    assert '<persName ref="#per-helmut-schmidt">SCHMIDT</persName>' in xml
    alone = text_xml(_printed(chancellor="SCHMIDT"), resources)
    assert "per-helmut-schmidt" not in alone


CREST = (
    "Approved For Release 2006/03/17 : CIA-RDP79B00972A000100480006-2\nCONFIDENTIAL\n"
    "Department of State TELEGRAM\nPAGE 01 MOSCOW 04417 141210Z\nP 141130Z NOV 68\n"
    "FM AMEMBASSY MOSCOW\nTO SECSTATE WASHDC PRIORITY 6621\n"
    "C O N F I D E N T I A L MOSCOW 4417\nSUBJ: GROMYKO ON THE TREATY\n"
    "1. FOREIGN MINISTER GROMYKO TOLD ME THIS MORNING THAT SOVIET\n"
    "GOVERNMENT REGARDED RECENT STATEMENTS BY FRG LEADERS AS\n"
    "\"UNHELPFUL\" AND EXPECTED WASHINGTON TO USE ITS INFLUENCE IN\n"
    "BONN BEFORE THE TREATY WAS BROUGHT INTO FORCE.\n"
    "2. I REPLIED THAT OUR POSITION ON SIGNATURE WAS WELL KNOWN\n"
    "AND THAT WE SAW NO PURPOSE IN PUBLIC EXCHANGES ON THE MATTER\n"
    "WHILE THE TREATY WAS BEFORE THE SENATE AND THE BUNDESTAG AND\n"
    "THE GOVERNMENTS CONCERNED HAD NOT YET COMPLETED THEIR STUDY.\nCONFIDENTIAL\n"
    "Approved For Release 2006/03/17 : CIA-RDP79B00972A000100480006-2\nCONFIDENTIAL\n"
    "PAGE 02 MOSCOW 04417 141210Z\n3. GROMYKO SAID HE WOULD RAISE IT AGAIN.\nTHOMPSON\n"
)


def test_a_quoted_phrase_opening_a_wrapped_line_goes_on_its_sentence(resources) -> None:
    xml = text_xml(CREST, resources)
    assert 'AS "UNHELPFUL" AND EXPECTED' in xml


def test_a_quoted_paragraph_still_opens_a_block(resources) -> None:
    text = CREST.replace("\"UNHELPFUL\" AND EXPECTED",
                         "\"THE SOVIET GOVERNMENT REGARDS THESE STATEMENTS")
    xml = text_xml(text, resources)
    assert "LEADERS AS \"THE SOVIET" not in xml


def test_a_page_break_under_the_classification_goes_on_into_the_next_page(resources) -> None:
    xml = text_xml(CREST, resources)
    found = text_facts(CREST, resources)
    assert 'type="attachment"' not in xml
    assert found["signed"] == "THOMPSON"
    assert found["sender"] == ["Llewellyn Thompson"]


AAD = (
    "Draft Date: 10 JUN 1975\nDocument Number: 1975BONN09312\nChannel Indicators: n/a\n"
    "From: BONN\nSubject: GENSCHER ON SUMMIT TIMING\nTAGS: PFOR, GW\nTo: SECSTATE WASHDC\n"
    "Message Text\nCONFIDENTIAL\nR 101650Z JUN 75\nFM AMEMBASSY BONN\nTO SECSTATE WASHDC 0921\n"
    "C O N F I D E N T I A L BONN 09312\nSUBJECT: GENSCHER ON SUMMIT TIMING\n"
    "1. FOREIGN MINISTER GENSCHER TOLD ME JUNE 10 THAT THE DATE WAS OPEN.\nHILLENBRAND\n"
)


def test_an_aad_records_subject_is_its_title(resources) -> None:
    assert text_facts(AAD, resources)["title"] == "GENSCHER ON SUMMIT TIMING"


PLUSD = (
    "PRESIDENT THIEU ON ECONOMIC AID AND THE CEASE-FIRE\n"
    "Date: 1974 March 12, 09:40 (Tuesday)\nCanonical ID: 1974SAIGON03120_b\n"
    "Original Classification: CONFIDENTIAL\nCurrent Classification: UNCLASSIFIED\n"
    "Handling Restrictions: -- N/A or Blank --\nCharacter Count: 2214\nExecutive Order: GS\n"
    "Locator: TEXT ON MICROFILM,TEXT ONLINE\nTAGS: PFOR, EAID, VS, US\n"
    "Concepts: ECONOMIC ASSISTANCE, CEASEFIRE, MEETINGS\nEnclosure: -- N/A or Blank --\n"
    "Type: TE - Telegram (cable)\nOffice Origin: -- N/A or Blank --\n"
    "Office Action: ACTION EA\nArchive Status: Electronic Telegrams\n"
    "From: VIETNAM SOUTH SAIGON\n"
    "Markings: Declassified/Released US Department of State EO Systematic Review 30 JUN 2005\n"
    "To: Department of State | SECSTATE WASHDC\nShow Headers\nCONFIDENTIAL\n"
    "PAGE 01 SAIGON 03120 120958Z\n11\nACTION EA-14\n"
    "INFO OCT-01 ISO-00 AID-20 CIAE-00 DODE-00 INR-10 NSAE-00\n"
    "PM-07 SP-03 SS-20 NSC-07 /082 W\n--------------------- 065533\nR 120940Z MAR 74\n"
    "FM AMEMBASSY SAIGON\nTO SECSTATE WASHDC 2276\nINFO AMEMBASSY PHNOM PENH\n"
    "AMEMBASSY VIENTIANE\nCINCPAC\nC O N F I D E N T I A L SAIGON 3120\nE.O. 11652: GDS\n"
    "TAGS: PFOR, EAID, VS, US\nSUBJECT: PRESIDENT THIEU ON ECONOMIC AID AND THE CEASE-FIRE\n"
    "1. DURING MY CALL ON PRESIDENT THIEU MARCH 11, HE SPOKE OF AID.\nMARTIN\n"
)


def test_a_plusd_heading_the_subject_repeats_is_the_title(resources) -> None:
    assert text_facts(PLUSD, resources)["title"] == \
        "PRESIDENT THIEU ON ECONOMIC AID AND THE CEASE-FIRE"


WHSR = (
    "No Objection to Declassification in Full 2010/02/11 : LOC-HAK-37-2-19-5\n"
    "THE WHITE HOUSE\nWASHINGTON\nTOP SECRET/SENSITIVE\nOP IMMED\nDE WTE #0932 1402310\n"
    "O 202310Z MAY 72 ZYH\nFM THE SITUATION ROOM\nTO GENERAL HAIG\nWH21876\n"
    "TOP SECRET SENSITIVE EXCLUSIVELY EYES ONLY VIA CAS CHANNELS\nTO: AL HAIG\n"
    "FROM: HENRY A. KISSINGER\n1. I WILL CALL YOU FROM MOSCOW TOMORROW EVENING.\n"
    "2. WARM REGARDS.\nPSN:030771 PAGE 01 OF 01 TOR:141/23:14Z DTG:202310Z MAY 72\n"
    "* * * * * * * * * * * * * * * * * * * * * * * * *\nTOP SECRET/SENSITIVE\n"
)


def test_a_relayed_message_is_sent_by_its_from_head(resources) -> None:
    assert text_facts(WHSR, resources)["sender"] == ["Henry Kissinger"]


def test_the_situation_room_foot_is_processing(resources) -> None:
    notes = text_facts(WHSR, resources)["registry_notes"]
    assert notes[0] == "PSN:030771 PAGE 01 OF 01 TOR:141/23:14Z DTG:202310Z MAY 72"
    assert notes[-1] == "TOP SECRET/SENSITIVE"


def test_the_kissinger_papers_release_line_gives_the_archive_id(resources) -> None:
    assert text_facts(WHSR, resources)["archive_idno"] == "LOC-HAK-37-2-19-5"


def test_an_office_symbol_with_its_count_is_no_place(resources) -> None:
    text = _printed().replace("ACTION EUR 15\n", "ACTION EUR 15\nINFO SS 20,NSC 10,RSR 01,/061 W\n")
    assert ">RSR</placeName>" not in text_xml(text, resources)


def test_the_info_addressees_over_the_number_are_no_caption(resources) -> None:
    text = _printed().replace("INFO AMEMBASSY PARIS\n", "").replace(
        "PRIORITY 4410\n", "PRIORITY 4410\nINFO CINCPAC\nHICOMRY\n")
    assert not text_facts(text, resources)["title"].startswith("INFO")


def test_a_vietnamese_minister_named_by_his_given_name_in_office(resources) -> None:
    text = PLUSD.replace("HE SPOKE OF AID.", "PRIME MINISTER KHIEM WAS PRESENT.")
    assert '<persName ref="#per-tran-thien-khiem">KHIEM</persName>' in text_xml(text, resources)


OUTGOING = (
    "OUTGOING TELEGRAM Department of State\nSECRET\nOrigin\nFE\nInfo\nSS\nG\n"
    "ACTION: Amembassy SAIGON 1932 IMMEDIATE\nFOR AMBASSADOR TAYLOR\nApr 14, 1965\n8:41 PM\n"
    "1. You should see Prime Minister Quat before the Council meets on Thursday.\n"
    "RUSK\nEND\nDrafted by: FE:VN:LUNGER:bc 4/14/65\n"
    "Telegraphic transmission and classification approved by: FE - William P. Bundy\n"
)


def test_the_outgoing_form_gives_number_addressee_date_and_signer(resources) -> None:
    found = text_facts(OUTGOING, resources)
    assert found["telegram_number"] == "1932"
    assert found["addressee"] == ["Maxwell Taylor"]
    assert found["sender"] == ["Dean Rusk"]
    assert found["signed"] == "RUSK"
    assert '<date when="1965-04-14T20:41:00">' in text_xml(OUTGOING, resources)


def test_the_outgoing_forms_foot_is_processing(resources) -> None:
    notes = text_facts(OUTGOING, resources)["registry_notes"]
    assert notes[:2] == ["END", "Drafted by: FE:VN:LUNGER:bc 4/14/65"]
