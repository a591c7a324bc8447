"""Rules for cables as mirrors, blogs and reading rooms give them, learnt from real pages
(cables94: PlusD pages of 1973-1978 cables from New Delhi, Kabul, USUN and the Department's
TOSEC traffic, Cablegate pages from Caracas, Harare, Abuja, Brasilia and Mexico City on
mirrors, a news site and a Brazilian Blogger repost, and the National Security Archive's
flattened OCR of a State FOIA release):

- a blog's repost of a Cablegate mirror's page copied from the blog's top: the blog's name
  and the post's date as Blogger sets it, in the blog's language (`terça-feira, 1 de
  fevereiro de 2011`; table `blog-post`, row `post-date`), over the mirror's banner
  (`Viewing cable 08MEXICO1487, ...`): the name and the post's date are the page's text, the
  banner the page's head (`pages/post_banner.py`, called from `pages/above_head.py`); before,
  the post's date stopped the page's head (no title, date, number or post) or, in English,
  dated the cable with the day of the post;
- the adjective `MAJOR` before the nouns of an event's weight in a cable in capitals (`THE
  NEXT MAJOR EVENT`, `A MAJOR STEP`) names no one (table `capitals-common-words`), nor does an
  officer's act right after his office (`THE FOREIGN MINISTER INTERRUPTED ME`, table
  `capitals-common-verbs`: `interrupt`, `interject`);
- initials run together with their stops after a title in capitals (`COMMUNICATIONS MINISTER
  S.D. SHARMA`, `DEFENSE SECRETARY K.B. LALL`) go on to the surname (`titled_names.py`,
  `_GLUED_INITIALS`); before, the name stopped at `S.D.` and was lost;
- `ONLY` after the office in a State cable's channel line (`FOR THE SECRETARY ONLY FROM
  LEIGH`) is no part of the office: the addressee is the Secretary (Kissinger in 1976), not
  an office `SECRETARY ONLY` (table `heading`, row `for-from`);
- a possessive opens no name in apposition before a title (`the influential Governor's Forum
  Chairman`, Abuja 2008: no person `Governor's Forum`; `namerules` rule `appositive`);
- register: Shanker Dayal Sharma, Piloo Mody, David T. Schneider (his surname in office:
  `FOR AMBASSADOR SAXBE FROM SCHNEIDER`, 1975), Don Oberdorfer, Monroe Leigh's surname in
  office (`FROM LEIGH`, 1976), `Sadruddin Agha Khan` (USUN 1977); the places Maiquetía
  (`Caracas' Maiquetia Airport`) and Kwara (`Kwara Governor Bukola Saraki`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

BANNER = ("Viewing cable 76NEWDELHI5120, INDIA: THE CABINET RESHUFFLE AND\n\n"
          "Reference ID Created Released Classification Origin\n"
          "76NEWDELHI5120 1976-04-12 09:40 2011-01-23 21:09 CONFIDENTIAL Embassy New Delhi\n"
          "DE RUEHNE #5120/01 1030940\nZNY CCCCC ZZH\nO 120940Z APR 76\n"
          "FM AMEMBASSY NEW DELHI\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 2215\n"
          "C O N F I D E N T I A L NEW DELHI 005120\n\nE.O. 11652: GDS\nTAGS: PGOV, IN\n"
          "SUBJECT: INDIA: THE CABINET RESHUFFLE AND\nTHE CONGRESS PARTY\n\n"
          "1. THE CABINET MET ON MONDAY AND AGREED ON THE BUDGET.\n")


def _post(date: str) -> str:
    return f"Arquivo dos Telegramas\n\n{date}\n\n{BANNER}"


def test_blogger_date_in_portuguese_over_the_banner_is_the_pages(resources: Resources) -> None:
    facts = text_facts(_post("terça-feira, 1 de fevereiro de 2011"), resources)
    assert facts["date"] == "1976-04-12"
    assert facts["title"] == "INDIA: THE CABINET RESHUFFLE AND"
    assert facts["telegram_number"] == "005120"
    assert facts["place_of_origin"] == "New Delhi"


def test_blogger_date_in_english_over_the_banner_does_not_date_the_cable(
        resources: Resources) -> None:
    facts = text_facts(_post("Tuesday, February 1, 2011"), resources)
    assert facts["date"] == "1976-04-12"
    assert facts["doc_type"] in ("cable", "telegram")
    assert facts["title"] == "INDIA: THE CABINET RESHUFFLE AND"


CAPITALS = ("CONFIDENTIAL\nPAGE 01 NEW DE 07714 101200Z\nO 101130Z JUN 75\n"
            "FM AMEMBASSY NEW DELHI\nTO SECSTATE WASHDC IMMEDIATE 5510\n"
            "C O N F I D E N T I A L NEW DELHI 7714\nE.O. 11652: GDS\nTAGS: PFOR, IN, US\n"
            "SUBJ: THE WEEK AHEAD\n"
            "1. THE NEXT MAJOR EVENT WILL BE THE COURT'S RULING. A MAJOR STEP FOLLOWS.\n"
            "2. THE FOREIGN MINISTER INTERRUPTED ME TWICE. COMMUNICATIONS MINISTER\n"
            "S.D. SHARMA SPOKE LATER, AND DEFENSE SECRETARY K.B. LALL AGREED.\n")


def test_major_before_a_noun_and_a_verb_after_an_office_name_no_one(
        resources: Resources) -> None:
    xml = text_xml(CAPITALS, resources)
    assert ">EVENT<" not in xml and ">MAJOR EVENT<" not in xml
    assert ">STEP<" not in xml
    assert ">INTERRUPTED<" not in xml and "per-interrupted" not in xml


def test_glued_initials_after_a_title_go_on_to_the_surname(resources: Resources) -> None:
    xml = text_xml(CAPITALS, resources)
    assert '<persName ref="#per-shanker-dayal-sharma">S.D. SHARMA</persName>' in xml
    assert ">K.B. LALL</persName>" in xml


TOSEC = ("LIMITED OFFICIAL USE\nPAGE 01 STATE 287001 TOSEC 320115\nORIGIN L-03\n"
         "DRAFTED BY L:MLEIGH:BE\nAPPROVED BY L:MLEIGH\n"
         "------------------061540Z 044120 /62\nZ 061530Z DEC 76 ZFF4\n"
         "FM SECSTATE WASHDC\nTO USDEL SECRETARY FLASH\n"
         "LIMITED OFFICIAL USE STATE 287001 TOSEC 320115\n"
         "FOR THE SECRETARY ONLY FROM LEIGH\nE.O. 11652: N/A\nTAGS: SOPN\n"
         "SUBJECT: THE INVENTORY\n1. THE INVENTORY WILL BE READY ON MONDAY.\n")


def test_only_after_the_office_is_no_part_of_it(resources: Resources) -> None:
    xml = text_xml(TOSEC, resources)
    received = xml.split('<correspAction type="received">', 1)[1].split("</correspAction>")[0]
    assert "ONLY" not in received
    assert 'ref="#per-henry-kissinger"' in received
    assert '<persName ref="#per-monroe-leigh">' in xml.split('type="received"')[0]


def test_new_delhi_and_caracas_names_are_register_entries(resources: Resources) -> None:
    text = ("CONFIDENTIAL\nPAGE 01 STATE 150022\nR 230101Z JUN 75\nFM SECSTATE WASHDC\n"
            "TO USMISSION USUN NEW YORK\nC O N F I D E N T I A L STATE 150022\n"
            "FOLLOWING REPEAT NEW DELHI 8140 ACTION SECSTATE 22 JUN 75\nQUOTE\n"
            "FOR AMBASSADOR SAXBE FROM SCHNEIDER\nSUBJ: THE OPPOSITION\n"
            "1. ONE OPPOSITION MP (PILOO MODY) SPOKE AGAINST THE ORDER, AS DON OBERDORFER\n"
            "REPORTED FROM THE AIRPORT AT MAIQUETIA.\n")
    xml = text_xml(text, resources)
    assert '<persName ref="#per-piloo-mody">PILOO MODY</persName>' in xml
    assert '<persName ref="#per-don-oberdorfer">DON OBERDORFER</persName>' in xml
    assert 'ref="#per-david-t-schneider"' in xml
    assert '<placeName ref="#pla-maiquetia">MAIQUETIA</placeName>' in xml


def test_a_possessive_opens_no_name_before_a_title(resources: Resources) -> None:
    text = ("S E C R E T SECTION 01 OF 04 ABUJA 002310\nSIPDIS\nE.O. 12958: DECL: 11/20/2018\n"
            "TAGS: PGOV, NI\nSUBJECT: NIGERIA: A CALL ON THE GOVERNORS\n"
            "Classified By: Ambassador Robin R. Sanders for reasons 1.4 (B & D)\n"
            "1. (S) Summary: Ambassador met the influential Governor's Forum Chairman and the\n"
            "Senators' Caucus Chairman on November 19.  Kwara Governor Bukola Saraki joined\n"
            "them, and the UN's former High Commissioner Sadruddin Agha Khan sent word.\n")
    xml = text_xml(text, resources)
    assert "Forum</persName>" not in xml and "Caucus</persName>" not in xml
    assert '<placeName ref="#pla-kwara">Kwara</placeName>' in xml
    assert '<persName ref="#per-sadruddin-aga-khan">Sadruddin Agha Khan</persName>' in xml
