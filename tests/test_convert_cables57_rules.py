"""Rules of the cables57 sample (US cables as more archives and reading rooms give them: NARA
AAD's full record, the Johnson and Ford Libraries' copies, FBIS, JCS messages, a blog's
repost), each tried on invented texts:

- a record page's two-column table copied with its columns' names (`Field Name<TAB>Value`)
  gives `Label: value` lines, an empty field its label alone (`read_cells._field_rows`);
  an AAD record's fields reach as far as its `Message Text` label, about 80 rows down
  (`pages/aad.py`), and its `Subject` is a title naming no parties (`... TO SOVIETS`);
- a presidential library's stamp: the Johnson Library's reviewer line with a spaced comma
  and a hyphenated date (`By ics , NARA Date 6-3-96`), `SANITIZED` alone, the Ford Library's
  guidance line (`NSC MEMO, 11/24/98, STATE DEPT. GUIDELINES`): declassification lines;
  `Department of State TELEGRAM` (the department first) is the form's letterhead;
- the Ford Library's cover page: the folder line (`The original documents are located in
  Box 11, folder "..." of the ... at the Gerald R. Ford Presidential Library.`) is the
  archival reference, its repository named after the shelfmark (`header._references`); the
  copyright notice and `Digitized from Box ...` are page furniture;
- the JCS and MACV message series are part of the number (`JCS 2183`); the channel line
  `EXCLUSIVE FOR ADM X, GEN Y FROM ADM Z` names the parties; a message's trailer with no
  signature before it (`GP-1`, `BT`, `#2183`) is processing lines;
- a Blogger post: the author line two lines under the post's date line is its byline, a
  labels line under it is skipped, both never run on (`pages/blogpost.py`,
  `release_lines.stands_alone`);
- an FBIS Daily Report item of the 1980s-90s (`pages/fbis.py`): the issue's number is the
  archive's id, the headline over the source line the title, and the source line with its
  control number (`LD3005213590 Moscow TASS in English 2105 GMT 30 May 90`) the heading,
  whose day dates the item;
- (held misses, no longer blind) a book's documentary appendix (`APPENDIX B`, its title and
  note on the texts) over its first document is page text (`edition_front._appendix_front`);
  the Carter Library's RAC release line gives its id (`NLC-16-110-3-41-4`); a MACV number
  keeps its series between handling words (`SENSITIVE MAC 01977 EYES ONLY`).
"""

from __future__ import annotations

from tests.cases import text_facts, text_xml

AAD = (
    "Electronic Telegrams, 1/1/1977 - 12/31/1977\nRecord Detail\nField Name\tValue\n"
    + "".join(f"Field {n}\tn/a\n" for n in range(1, 30))
    + "Decaption Note\nDraft Date\t11 MAR 1977\nDocument Number\t1977STATE054321\n"
    "Subject\tSECRETARY'S LETTER TO GROMYKO\nMessage Text\nCONFIDENTIAL\n"
    "O 112330Z MAR 77\nFM SECSTATE WASHDC\nTO AMEMBASSY MOSCOW IMMEDIATE\n"
    "C O N F I D E N T I A L STATE 054321\nSUBJECT: SECRETARY'S LETTER TO GROMYKO\n"
    "1. PLEASE DELIVER THE FOLLOWING LETTER TO FOREIGN MINISTER GROMYKO.\nVANCE\n"
)


def test_a_field_value_table_far_down_gives_the_record_and_its_subject_title(resources) -> None:
    found = text_facts(AAD, resources)
    assert found["title"] == "SECRETARY'S LETTER TO GROMYKO"
    assert found["date"] == "1977-03-11"
    assert found["telegram_number"] == "054321"
    assert found["addressee"] == []  # the subject's `TO GROMYKO` names no addressee


LBJ = (
    "DECLASSIFIED\nAuthority NLJ 94-211\nBy ics , NARA Date 6-3-96\nSANITIZED\n44\nAction\n"
    "SS\nInfo\nDepartment of State TELEGRAM\nSECRET\nZ 141215Z FEB 67\n"
    "FM AMEMBASSY VIENTIANE\nTO RUEHC/SECSTATE WASHDC FLASH 4410\n"
    "S E C R E T VIENTIANE 4410\n1. SOUVANNA PHOUMA ASKED ME TO CALL THIS MORNING.\n"
    "SULLIVAN\n"
)


def test_the_library_stamp_and_office_column_do_not_hide_the_heading(resources) -> None:
    found = text_facts(LBJ, resources)
    assert found["date"] == "1967-02-14"
    assert found["telegram_number"] == "4410"
    xml = text_xml(LBJ, resources)
    assert '<ab type="registry" subtype="declassification">SANITIZED</ab>' in xml
    assert 'subtype="letterhead"><orgName' in xml


FORD = (
    'The original documents are located in Box 3, folder "Vietnam - Military Messages (2)" of '
    "the National Security Adviser's Presidential Country Files for East Asia and the Pacific "
    "at the Gerald R. Ford Presidential Library.\nCopyright Notice\n"
    "DECLASSIFIED\nE.O. 12958, SEC. 3.5\nNSC MEMO, 11/24/98, STATE DEPT. GUIDELINES\n"
    "BY kbm , NARA, DATE 3/9/04\nTOP SECRET\nDE YEKADS #2183 1291902\nZNY TTTTT\n"
    "O 081902Z MAY 72 ZFF-4\nFM JCS\nTO CINCPAC\nBT\nT O P S E C R E T JCS 2183\n"
    "EXCLUSIVE FOR ADM MCCAIN, GEN ABRAMS FROM ADM MOORER\nSUBJ: MINING (U)\n"
    "1. (TS) THE PRESIDENT HAS DIRECTED THE MINING OF HAIPHONG.\nGP-1\nBT\n#2183\nNNNN\n"
)


def test_the_ford_cover_line_is_the_archival_reference(resources) -> None:
    xml = text_xml(FORD, resources)
    assert "<repository>Gerald R. Ford Presidential Library</repository>" in xml
    assert '<idno type="shelfmark">Box 3, folder "Vietnam - Military Messages (2)" of' in xml
    assert "Copyright Notice" not in xml.split("<text")[1]
    assert 'subtype="declassification"><orgName ref="#org-national-security-council">NSC' in xml


def test_a_jcs_message_keeps_its_series_and_names_its_parties(resources) -> None:
    found = text_facts(FORD, resources)
    assert found["telegram_number"] == "JCS 2183"
    assert found["sender"] == ["Thomas H. Moorer"]
    assert found["addressee"] == ["John S. McCain Jr.", "Creighton Abrams"]
    xml = text_xml(FORD, resources)
    assert '<ab type="registry" subtype="other">#2183</ab>' in xml


BLOG = (
    "Cold War Cables\nMonday, August 9, 2021\nAllende brings the generals into the cabinet\n"
    "Posted by R. Whitfield\nTags: Chile, 1973\n"
    "I found the cable in the online database of State Department telegrams and reproduce "
    "it here in full, exactly as released.\n"
    "R 092315Z AUG 73\nFM AMEMBASSY SANTIAGO\nTO SECSTATE WASHDC 5512\n"
    "C O N F I D E N T I A L SANTIAGO 3788\nSUBJECT: NEW CABINET\n"
    "1. PRESIDENT ALLENDE THIS AFTERNOON SWORE IN A NEW CABINET.\nDAVIS\n"
)


def test_a_blogger_author_line_under_the_post_date_is_the_byline(resources) -> None:
    found = text_facts(BLOG, resources)
    assert found["date"] == "1973-08-09"
    assert found["telegram_number"] == "3788"
    assert "Whitfield" not in text_xml(BLOG, resources).split("<text")[1]


FBIS = (
    "FBIS-SOV-90-105\n31 May 1990\nDaily Report\nSoviet Union\n"
    "Gorbachev Arrives in Washington for Summit\n"
    "LD3005213590 Moscow TASS in English 2105 GMT 30 May 90\n"
    "[Text] Washington May 30 TASS--Soviet President Mikhail Gorbachev arrived here today.\n"
)


def test_an_fbis_item_is_dated_and_titled_by_its_own_lines(resources) -> None:
    found = text_facts(FBIS, resources)
    assert found["title"] == "Gorbachev Arrives in Washington for Summit"
    assert found["date"] == "1990-05-30"
    xml = text_xml(FBIS, resources)
    assert '<idno type="shelfmark">FBIS-SOV-90-105</idno>' in xml
    assert "<language ident=\"en\">English</language>" in xml


APPENDIX = (
    "APPENDIX B\nSelected Documents\nThe documents below are reproduced from copies in the "
    "National Archives; the author's insertions are in square brackets.\nDocument 7\n"
    "Telegram from Ambassador Kohler to Secretary Rusk, 26 October 1962\nSECRET\n"
    "FROM: MOSCOW\nTO: Secretary of State\nNO: 1065, OCTOBER 26, 7 PM\n"
    "I SAW KUZNETSOV AT THE FOREIGN MINISTRY AT FOUR THIS AFTERNOON.\nKOHLER\n"
)


def test_a_book_appendix_front_is_page_text_over_the_document(resources) -> None:
    found = text_facts(APPENDIX, resources)
    assert found["title"] == "Telegram from Ambassador Kohler to Secretary Rusk, 26 October 1962"
    assert found["telegram_number"] == "1065"
    assert found["addressee"] == ["Dean Rusk"]


RAC = (
    "Sanitized Copy Approved for Release 2011/06/09 : NLC-16-110-3-41-4\nSECRET\n"
    "O 131250Z AUG 79\nFM AMEMBASSY TEHRAN\nTO SECSTATE WASHDC IMMEDIATE 3318\n"
    "S E C R E T TEHRAN 08902\n1. FOREIGN MINISTER YAZDI RECEIVED ME THIS MORNING.\n"
    "LAINGEN\n"
)
MACV = (
    "DE RUMSAK 0451 0420845\nZNY TTTTT\nP 110845Z FEB 71\nFM GEN ABRAMS COMUSMACV SAIGON\n"
    "TO ADM MCCAIN CINCPAC HONOLULU\nBT\nT O P S E C R E T SENSITIVE MAC 01977 EYES ONLY\n"
    "1. (TS) ARVN ELEMENTS REACHED AO LUOI THIS AFTERNOON.\nABRAMS\n"
)


def test_the_carter_library_id_and_a_macv_number_with_its_handling(resources) -> None:
    assert text_facts(RAC, resources)["archive_idno"] == "NLC-16-110-3-41-4"
    assert text_facts(MACV, resources)["telegram_number"] == "MAC 01977"
