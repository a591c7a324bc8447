"""Rules for US cables and intelligence records as published online, learnt from real pages
(cables84: WikiLeaks PlusD, a Cablegate mirror and a blog's repost, CIA reading room
records, a Wikisource page of a Ford Library memcon):

- a line opening with a list's letter or number in brackets (`(A) BASIC DISAGREEMENT BET`,
  the first point under `... FOUR ISSUES:` where a store cut the page) is text, never a
  signature (`signature_shape._BRACKETED_POINT`; `(s)`, the conformed signature's mark,
  excepted);
- a line holding a sentence's words (modal and auxiliary verbs, pronouns, conjunctions:
  `SHOULD ADVERSE PUBLIC DEMONSTRATIONS OCCUR.`) never signs (`signature_shape._SENTENCE_WORDS`);
- the Executive Order 11652 classification block's last line cut short by the store
  (`AUTOMA`, `AUTOMATICALLY DECLAS`) is the stamp's, never a signer (table `processing`, the
  block's `other` row);
- a cable reposted in its teletype form under a post's title, the title graded (`SECRET:
  ITALY: FM D'ALEMA ON KOSOVO, ...`) or not, is the page's title where the cable's SUBJECT
  begins with it (`pages/cable_post_title`, table `cable-post-title`);
- a drafting or clearance officer the register lacks is read with two initials before a
  surname opening with a consonant rather than one before a vowel (`RAPOOLE`: R. A. Poole),
  and a clearance line may name a bureau by its letters alone (`L:SMSCHWEBEL`;
  `drafting_lines._unknown_officer`, `_CLEARANCE`);
- the White House Situation Room relay as CREST's OCR flattens it: the copy's banner
  (`**** S E C R E T *******S COPY 02936 1441923`, tables `flattened-heading` row `banner`
  and `processing`), the precedence read as a zero (row `dtg`), the channel's number after
  `VIA` or the WH serial (`VIA TDHAK 310`: rows `channel` and `cable-number`), the `TO:` and
  `FROM;` labels (rows `channel-to`, `channel-from`; the semicolon in `heading-us-cable`'s
  `sender`), the scan's specks glued to the release line (`PpPppNo Objection ...`: rows
  `release` and `declassification`);
- a row of four asterisks or more is no footnote mark (table `footnotes`) and holds no
  Markdown emphasis (`markup._EMPHASIS`);
- a clock's `P.M.` after its figures is no initials (`namerules.INITIALS_NAME`);
- a heading of a release stamp, lines no table knows and a SUBJECT line (a CIA memorandum
  whose `MEMORANDUM FOR:` line CREST's OCR garbled) shows no cable form: a memorandum
  (`stamped_heading.stamped_only`, from `doc_types`);
- a US form's bare `Secretary` (`FOR THE SECRETARY FROM EAGLEBURGER`, `TO USDEL
  SECRETARY`) is the Secretary of State, his holder in the year
  (`correspondence._US_SECRETARY`);
- register: L. Paul Bremer, Martti Ahtisaari (`Athisaari`), Abu Omar, Ronald P. Spogli,
  Henry Precht, Robert McClory, Otis G. Pike, Robert O. Tiernan, Stephen M. Schwebel, Abbas
  Amir-Entezam (`Ambassador Entezam`), Tassos Papadopoulos, Ross Wilson.
"""

from __future__ import annotations

from tei.convert import Resources
from tei.convert.markup import _EMPHASIS
from tei.convert.signature_shape import signature_like
from tests.cases import text_facts, text_xml

PLUSD = ("SECRET\nPAGE 01 TEHRAN 07111 01 OF 02 011300Z\nACTION NODS-00\n"
         "INFO OCT-01 ISO-00 /001 W\n--------------------- 093997\nO 010920Z AUG 76\n"
         "FM AMEMBASSY TEHRAN\nTO SECSTATE WASHDC IMMEDIATE 8395\n"
         "S E C R E T SECTION 1 OF 2 TEHRAN 7111\nNODIS\nE.O. 11652: XGDS-1\n"
         "TAGS: MILI, IR, US\nSUBJECT: THE SHAH'S VIEWS\n"
         "1. THE SHAH IS TROUBLED BY TWO MATTERS, AS HE TOLD ME ON\n"
         "MONDAY, AND HE HOPES TO RAISE THEM MAINLY UNDER THESE HEADS:\n")


def test_bracketed_point_never_signs(resources: Resources) -> None:
    facts = text_facts(PLUSD + "(A) BASIC PRICE QUESTION\n", resources)
    assert facts["signed"] is None
    assert signature_like("(s) John Smith")


def test_sentence_words_never_sign(resources: Resources) -> None:
    text = PLUSD.replace("UNDER THESE HEADS:", "UNDER THESE HEADS,") + \
        "SHOULD THE TALKS FAIL.\n2. THE REACTIO\n"
    assert text_facts(text, resources)["signed"] is None
    assert not signature_like("SHOULD THE TALKS FAIL.")


def test_gds_block_cut_short_is_the_stamps(resources: Resources) -> None:
    text = ("MEMORANDUM OF CONVERSATION\nPARTICIPANTS:\nPresident Ford\nDr. Henry A. Kissinger\n"
            "DATE AND TIME:\nTuesday, March 4, 1975\n\nKissinger: We should wait.\n\n"
            "President: Agreed.\n\nSECRET/NODIS/XGDS\nCLASSIFIED BY Henry A. Kissinger\n"
            "EXEMPT FROM GENERAL DECLASSIFICATION\nSCHEDULE OF EXECUTIVE ORDER 11652\n"
            "EXEMPTION CATEGORY 5 B 3\nAUTOMA\n")
    facts = text_facts(text, resources)
    assert facts["signed"] is None and facts["sender"] == []
    assert "AUTOMA" in facts["registry_notes"]


TELETYPE = ("\nVZCZCXRO7040\nOO RUEHDE\nDE RUEHRO #0710/01 0961009\nZNY SSSSS ZZH\n"
            "O 061009Z APR 07\nFM AMEMBASSY ROME\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 7637\n"
            "S E C R E T SECTION 01 OF 03 ROME 000710\n\nSIPDIS\n\nE.O. 12958: DECL: 04/04/2016\n"
            "TAGS: PREL NATO IT\nSUBJECT: ITALY: FM D'ALEMA ON KOSOVO, AFGHAN NGO DETAINEE,\n"
            "MEPP AND LEBANON\n\n1. (C/NF) The Ambassador saw the Foreign Minister on April 5.\n")


def test_graded_post_title_over_a_teletype_cable(resources: Resources) -> None:
    title = "SECRET: ITALY: FM D’ALEMA ON KOSOVO, AFGHAN NGO DETAINEE,"
    facts = text_facts(title + "\n" + TELETYPE, resources)
    assert facts["title"] == title
    assert facts["telegram_number"] == "000710"


def test_post_title_needs_the_subject(resources: Resources) -> None:
    title = "SECRET: GERMANY: NEW CHANCELLOR"
    assert text_facts(title + "\n" + TELETYPE, resources)["title"] != title


def test_drafting_officers_two_initials_and_a_bureau_alone(resources: Resources) -> None:
    text = ("LIMITED OFFICIAL USE\nPAGE 01 STATE 133602\nORIGIN IO-10\nINFO OCT-01 /147 R\n"
            "DRAFTED BY IO/CMD:RAPOOLE:CB\nAPPROVED BY IO:RDMOREY\nL:SMSCHWEBEL\n"
            "--------------------- 092911\nR 071729Z JUN 75\nFM SECSTATE WASHDC\n"
            "TO AMEMBASSY BONN\nLIMITED OFFICIAL USE STATE 133602\nE.O. 11652: GDS\n"
            "TAGS: UN, EGEN\nSUBJECT: CONSULTATIONS\n1. WE WISH TO CONSULT.\n")
    xml = text_xml(text, resources)
    assert '<persName type="reg">R. A. Poole</persName>' in xml
    assert '<persName ref="#per-stephen-m-schwebel">SMSCHWEBEL</persName>' in xml


RELAY = ("Body: \nNo Objection to Declassification in Part 2009/12/04: LOC-HAK-260-3-25-2 "
         "pppp~ W, W **** S E C R E T *******S COPY 02936 1441923 0 241923Z MAY 74 ZFF-1 ZFF-4 "
         "ZYH FM THE SITUATION ROOM TO AMCONSUL JERUSALEM S E C R E T SENSITIVE EYES ONLY VIA "
         "TDHAK 310 MAY 24, 1974 TO: JERRY BREMER/PETER RODMAN FOR. SECRETARY KISSINGER "
         "FROM; BRENT SCOWCROFT FORTIFIED WITH YOUR VERY HELPFUL COMMENTS ABOUT A PRESIDENTIAL "
         "TRIP I HAD A GOOD TALK WITH THE PRESIDENT AND I THINK LEFT HIM RELAXED ABOUT THE "
         "WHOLE THING. HE ACCEPTS THE TENTH AS THE EARLIEST FEASIBLE STARTING DATE, AND I "
         "OUTLINED FOR HIM TWO ALTERNATIVE ITINERARIES. THE FIRST WOULD COVER JUST THE FIVE "
         "MUST COUNTRIES AND HAVE HIM HOME ON THE SEVENTEENTH.\n")


def test_situation_room_relay_flattened(resources: Resources) -> None:
    facts = text_facts(RELAY, resources)
    assert facts["telegram_number"] == "TDHAK 310"
    assert sorted(facts["addressee"]) == ["Henry Kissinger", "L. Paul Bremer", "Peter W. Rodman"]
    assert facts["sender"] == ["Brent Scowcroft"]


def test_specks_glued_to_the_release_line(resources: Resources) -> None:
    text = RELAY.replace("No Objection", "PpPppNo Objection")
    xml = text_xml(text, resources)
    assert 'subtype="declassification">PpPppNo Objection' in xml


def test_asterisk_rows_no_footnote_nor_emphasis(resources: Resources) -> None:
    banner = "*******C O N F I D E N T I A L*******S COPY #2331 1290206"
    assert _EMPHASIS.sub(r"\2", banner) == banner
    assert _EMPHASIS.sub(r"\2", "a **bold** word") == "a bold word"
    assert resources.patterns.match("footnotes", banner) is None
    assert resources.patterns.match("footnotes", "* Not found.") is not None


def test_clock_is_no_initials(resources: Resources) -> None:
    text = ("INCOMING TELEGRAM Department of State\nFROM: Moscow\nTO: Secretary of State\n"
            "NO: 191, July 24, 8 P.M. Rec'd July 24 2:31 p.m.\n"
            "MARSHAL RUDENKO SPOKE TO CORRESPONDENTS.\nBOHLEN\n")
    assert "Rec'd</persName>" not in text_xml(text, resources)


def test_us_forms_bare_secretary_is_the_secretary_of_state(resources: Resources) -> None:
    text = ("SECRET\nPAGE 01 STATE 017298 TOSEC 010183\nORIGIN NODS-00\n"
            "O 230411Z JAN 76 ZFF4\nFM SECSTATE WASHDC\nTO USDEL SECRETARY IMMEDIATE\n"
            "S E C R E T STATE 017298 TOSEC 010183\nNODIS\nE.O. 11652: GDS\nTAGS: OGEN\n"
            "SUBJECT: ODDS AND ENDS\nFOR THE SECRETARY FROM EAGLEBURGER\n"
            "1. I HAVE JUST RETURNED FROM THE HILL.\n")
    facts = text_facts(text, resources)
    assert facts["title"] == "Cable No. 017298, Lawrence Eagleburger to Henry Kissinger"


def test_register_entries(resources: Resources) -> None:
    register = resources.register
    for name in ("L. Paul Bremer", "Martti Ahtisaari", "Abu Omar", "Ronald P. Spogli",
                 "Henry Precht", "Robert McClory", "Otis G. Pike", "Robert O. Tiernan",
                 "Stephen M. Schwebel", "Abbas Amir-Entezam", "Tassos Papadopoulos",
                 "Ross Wilson"):
        assert register.lookup(name) is not None, name
    assert register.lookup("Athisaari").reg == "Martti Ahtisaari"


def test_stamp_and_subject_show_no_cable_form(resources: Resources) -> None:
    text = ("Body:\nApproved For Release 2002/09/03 : CIA-RDP80B01676R001800010002-2\n"
            "6 January 1992\nlie Historical Review Section, CRB/ISD\n"
            "SUBJECT: Coordination of Documents from DCI Record Files\n"
            "1. Attached for your coordination are six documents from the History Staff.\n"
            "2. Please indicate your agreement by checking the boxes.\n")
    assert text_facts(text, resources)["doc_type"] == "memorandum"
    cable = text.replace("lie Historical Review Section, CRB/ISD", "FM AMEMBASSY ROME")
    assert text_facts(cable, resources)["doc_type"] != "memorandum"
