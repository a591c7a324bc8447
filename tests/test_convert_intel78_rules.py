"""Rules for intelligence documents in forms not sampled before (intel78):

- a Hut 3 Ultra signal's serial in its series' letters alone on its line (`KV 6673`,
  `XL 4512`, `MKA 1207`) is the signal's number (table `heading`, row
  `cable-number`); the Z's of its priority (`ZZZZ`) are its precedence, the commands' two-letter
  codes in a row (`SH DY ZE WK MX XJ`) its routing;
- `Ultra signal`, `Ultra message`, `teleprint` name a telegram (table `doc-types`);
- a transcription's first line naming the form over the archive's reference line (`ULTRA
  Signal KV 6673: ...` over `The National Archives, Kew: DEFE 3/171`) is the page's title
  (`pages/titles.is_title`);
- the signal's time of origin under its text (`0812Z/9/7/44`: hour in Zulu time, then day,
  month and short year in the British order) is its sending date, before the title's date,
  which is the news's (`foot_dtg.signal_origin`);
- a security service's information named with its service alone on its line (`Information of
  the KGB of the USSR`; table `heading-east-bloc`, row `document-type`) is the form's line: a
  report, its `No.` line the report's own number, its title the form line and the `on ...`
  line under it, the acronyms kept as written (`form_titles.form_title`);
- a Venona release's `Comments:` block of unnumbered lines under its numbered notes is the
  notes' (`footnotes._comments_under_notes`; the line is run on to the last note,
  `recognise._read_footnotes`), so the signature over the notes stays the closer; the
  release's serial and the page's grade with its codewords at the foot (`3/NBF/T1532`, `TOP
  SECRET TRINE VENONA`) are processing lines and page stamps, no signature;
- the Soviet ranks of a service arm (`Colonel General of Aviation A. Silantyev`, `Marshal of
  Artillery Varentsov`) are honorifics, the arm no part of the name (table `honorifics`);
- Werner Leich, Hans Seigewasser, Lothar Loewe, Heinrich Eberbach and Caen are in the register.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

SIGNAL = ("ULTRA Signal XL 4512: Luftwaffe fuel state, 20 May 1944\n"
          "The National Archives, Kew: DEFE 3/160\n\n"
          "XL 4512\n\nZZZ\n\nAD AF OJ OK MX\n\nXL 4512\n\n"
          "FLIEGERKORPS TWO REPORTED FUEL FOR TWO DAYS ONLY AT FORWARD AIRFIELDS\n\n"
          "RFB/JCH\n2140Z/21/5/44\n")


def test_ultra_signal_number_type_title_and_origin(resources: Resources) -> None:
    facts = text_facts(SIGNAL, resources)
    assert facts["telegram_number"] == "XL 4512"
    assert facts["doc_type"] == "telegram"
    assert facts["title"] == "ULTRA Signal XL 4512: Luftwaffe fuel state, 20 May 1944"
    assert facts["date"] == "1944-05-21"


def test_ultra_signal_priority_and_address_codes_are_heading(resources: Resources) -> None:
    xml = text_xml(SIGNAL, resources)
    assert '<ab type="registry" subtype="precedence">ZZZ</ab>' in xml
    assert '<ab type="registry" subtype="routing">AD AF OJ OK MX</ab>' in xml


def test_signal_without_page_title(resources: Resources) -> None:
    text = ("MKA 1207\n\nZZ\n\nGERMAN ARMY REPORTS ENEMY LANDINGS NEAR ANZIO.\n\n"
            "1130Z/22/1/44\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "MKA 1207"
    assert facts["date"] == "1944-01-22"


def test_register_persons_of_church_reports(resources: Resources) -> None:
    text = ("Ministry for State Security\n\nBerlin, 14 June 1979\n\nInformation No. 318/79\n\n"
            "Bishop Leich met State Secretary Seigewasser in Berlin on 12 June 1979.\n")
    xml = text_xml(text, resources)
    assert 'ref="#per-werner-leich"' in xml and 'ref="#per-hans-seigewasser"' in xml


def test_soviet_rank_of_a_service_arm(resources: Resources) -> None:
    text = ("MEMORANDUM\n\nMoscow, 3 May 1969\n\nThe author is Colonel General of Aviation "
            "A. Silantyev; Marshal of Artillery Varentsov agreed.\n")
    xml = text_xml(text, resources)
    assert ">A. Silantyev</persName>" in xml and ">Varentsov</persName>" in xml
    assert "Aviation A. Silantyev</persName>" not in xml


KGB_INFORMATION = ("Federal Commissioner for the Stasi Records\nBStU, MfS, SdM 1918, Bl. 45-48\n\n"
                   "Translation from Russian\n\nTop Secret\n\n"
                   "Information of the KGB of the USSR\non the Situation in the Gdansk Shipyard\n\n"
                   "Moscow, 2 December 1980\nNo. 1/3-2871\n\n"
                   "According to information received from friends, a rally is planned.\n\n"
                   "KGB of the USSR\n")


def test_security_service_information_form_line(resources: Resources) -> None:
    facts = text_facts(KGB_INFORMATION, resources)
    assert facts["doc_type"] == "report"
    assert facts["title"] == ("Information of the KGB of the USSR on the Situation in the Gdansk "
                              "Shipyard")
    assert facts["outgoing_number"] == "1/3-2871" and facts["telegram_number"] is None


VENONA = ("USSR                                   Ref No: 3/NBF/T1610\n\nREISSUE\n\n"
          "From: MEXICO CITY\nTo: MOSCOW\nNo: 1107    12 July 1944\n\nTo VIKTOR[i].\n\n"
          "[12 groups unrecovered] the \"DUCK\" affair is postponed.\n\n"
          "No. 301                                               YURIJ[ii]\n\n"
          "Notes:\n[i]  VIKTOR: Lt. Gen. P.M. FITIN.\n[ii] YURIJ: Unidentified MGB officer.\n\n"
          "Comments:\n\"DUCK\": The operation against TROTSKIJ's circle.\n\n"
          "3/NBF/T1610                        TOP SECRET TRINE VENONA\n")


def test_venona_comments_block_under_notes_keeps_signature(resources: Resources) -> None:
    facts = text_facts(VENONA, resources)
    assert facts["signed"] == "YURIJ"
    assert "TROTSKIJ" in text_xml(VENONA, resources)
