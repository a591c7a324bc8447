"""Rules for British, Commonwealth and Western European documents sites and files (cw64):

- a documents site's head menu copied onto one line, opening with its home link and holding
  a search, about or contact link (`Home   Volumes   Documents   Search   About DIFP
  Contact`), is furniture (table `page-furniture`, a `navigation` row);
- so are its pager on one line with arrows (`< Previous document   Next document >`), its
  button row (`Print   Cite   Share`, `Facsimile (PDF)   Cite this document   Share`) and
  the publisher's or project's name alone under the masthead (`Royal Irish Academy`,
  `CVCE.eu by UNI.LU`);
- a copyright line with the year after the holder and a sentence run on (`© Royal Irish
  Academy 2024. Documents on Irish Foreign Policy is a partnership ...`) and the CVCE's
  rights notice under its `Copyright:` field, a sentence a line, are the publisher's notice
  (table `boilerplate`, kept in the header), not the document's text;
- an edition site's title closed by the place and day in brackets (`Telegram from ... to
  the Federal Foreign Office (London, 5 May 1971)`) gives the place of origin (table
  `title-facts`, a `registered-place` row) where the heading names none;
- (after the held score) a book's two running heads of the same words with pages one apart
  confirm each other (`302   THE FRENCH YELLOW BOOK` over the document, `THE FRENCH YELLOW
  BOOK   303` under its signature: `volume_heads`), so the foot's is no signature;
- a web search's result card for a Google Books page (`... Third series - Page 261`,
  `books.google.com › books`, `Authors · 1949`) and a printed running head's chapter mark
  in brackets (`[CH. IV`) are furniture;
- the register knows twenty British, Commonwealth and Western European diplomats and
  ministers of 1930-1980 (`Sir D. Wilson`, `Sir W. Seeds`, `Sir B. Robertson`, Coulondre,
  Daladier, von Hase, Daeniker, ...) and the FCO's `NO 10 DOWNING ST` as Downing Street.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

_DIFP_HEAD = "Documents on Irish Foreign Policy\n"
_DIFP_DOCUMENT = (
    "No. 318 NAI DFA Secretary's Files P12/1\n\n"
    "Confidential report from John W. Dulanty to Joseph P. Walshe (Dublin)\n\n"
    "LONDON, 25 August 1939\n\n"
    "I saw Mr Eden at his request this afternoon.[1]\n\n"
    "[signed] J.W. DULANTY\n\n"
    "[1] See No. 290.\n"
)


def test_a_head_menu_on_one_line_is_furniture(resources: Resources) -> None:
    facts = text_facts(f"{_DIFP_HEAD}\nHome   Volumes   Documents   Search   About DIFP   Contact"
                       f"\n\n{_DIFP_DOCUMENT}", resources)
    assert facts["sender"] == ["John Whelan Dulanty"]
    assert facts["addressee"] == ["Joseph P. Walshe"]


def test_the_publisher_under_the_masthead_is_furniture(resources: Resources) -> None:
    text = f"{_DIFP_HEAD}Royal Irish Academy\n\n{_DIFP_DOCUMENT}"
    assert text_facts(text, resources)["sender"] == ["John Whelan Dulanty"]
    assert "Royal Irish Academy" not in text_xml(text, resources).split("<text", 1)[1]


def test_the_pager_buttons_and_copyright_line_under_the_text(resources: Resources) -> None:
    text = (f"{_DIFP_HEAD}\n{_DIFP_DOCUMENT}\n< Previous document   Next document >\n\n"
            "Print   Cite   Share\n\n© Royal Irish Academy 2024. Documents on Irish Foreign "
            "Policy is a partnership between the Royal Irish Academy and the National "
            "Archives of Ireland.\n")
    facts = text_facts(text, resources)
    assert facts["signed"] == "[signed] J.W. DULANTY"
    assert facts["notes"] == 1
    body = text_xml(text, resources).split("<text", 1)[1]
    assert "Previous" not in body and "Cite" not in body and "partnership" not in body


_CVCE = (
    "CVCE.eu by UNI.LU\n\n"
    "Telegram from Karl-Günther von Hase to the Federal Foreign Office (London, 5 May 1971)\n\n"
    "Caption: On 5 May 1971, Karl-Günther von Hase reports to the Federal Foreign Office on "
    "the meeting between Edward Heath and Georges Pompidou.\n\n"
    "Source: Akten zur Auswärtigen Politik der Bundesrepublik Deutschland 1971, p. 714.\n\n"
    "Copyright: (c) Translation CVCE.eu by UNI.LU\n"
    "All rights of reproduction, of public communication, of adaptation, of distribution or "
    "of dissemination via Internet, internal network or any other means are strictly "
    "reserved in all countries.\n\n"
    "URL: https://www.cvce.eu/obj/telegram-en-3f2b9c1a.html\n\n"
    "Last updated: 05/07/2016\n\n"
    "Ambassador von Hase, London, to the Federal Foreign Office\n\n"
    "Telex No. 1127\nSent: 5 May 1971, 18.30 hours\n\n"
    "Greenhill said that the British Government regarded the meeting as decisive.\n\n"
    "[signed] Hase\n"
)


def test_the_cvce_rights_notice_is_no_text(resources: Resources) -> None:
    body = text_xml(_CVCE, resources).split("<text", 1)[1]
    assert "All rights of reproduction" not in body
    assert text_facts(_CVCE, resources)["source_url"] == \
        "https://www.cvce.eu/obj/telegram-en-3f2b9c1a.html"


def test_a_title_closed_by_place_and_day_gives_the_place(resources: Resources) -> None:
    facts = text_facts(_CVCE, resources)
    assert facts["place_of_origin"] == "London"
    assert facts["sender"] == ["Karl-Günther von Hase"]


def test_the_register_knows_the_familys_diplomats(resources: Resources) -> None:
    facts = text_facts(
        "No. 74\n\nSir D. Wilson (Moscow) to Sir A. Douglas-Home\n\n"
        "No. 1052 Telegraphic [ENS 3/548/1]\n\n"
        "Immediate. Confidential                    MOSCOW, 12 August 1970, 6.15 p.m.\n\n"
        "The signature of the Treaty this afternoon was attended by all the pomp the "
        "Russians could muster.\n", resources)
    assert facts["sender"] == ["Duncan Wilson"]
    assert facts["addressee"] == ["Alec Douglas-Home"]


def test_downing_st_in_capitals_is_a_place(resources: Resources) -> None:
    xml = text_xml(
        "FM UKMIS NEW YORK 032215Z APR 82\nTO FLASH FCO\nTELEGRAM NUMBER 373 OF 3 APRIL\n\n"
        "1. THE SECURITY COUNCIL ADOPTED OUR DRAFT RESOLUTION THIS AFTERNOON.\n\n"
        "PARSONS\n\nNNNN\n\nCOPIES TO:\nNO 10 DOWNING ST\n", resources)
    assert 'ref="#pla-downing-street"' in xml
    assert "#per-downing" not in xml


def test_two_running_heads_one_page_apart_are_furniture(resources: Resources) -> None:
    facts = text_facts(
        "302              THE FRENCH YELLOW BOOK\n\nNo. 242\n\n"
        "M. COULONDRE, French Ambassador in Berlin,\nto M. GEORGES BONNET, Minister for "
        "Foreign Affairs.\n\nBerlin, August 25, 1939.\n\nHerr Hitler asked me to call on "
        "him at 5.30 p.m.\n\nCOULONDRE.\n\nTHE FRENCH YELLOW BOOK              303\n",
        resources)
    assert facts["signed"] == "COULONDRE."


def test_a_google_books_result_card_and_a_chapter_mark(resources: Resources) -> None:
    facts = text_facts(
        "Documents on British Foreign Policy, 1919-1939: Third series - Page 261\n"
        "books.google.com › books\n"
        "Great Britain. Foreign Office, E. L. Woodward, Rohan Butler · 1949\n\n"
        "260         DOCUMENTS ON BRITISH FOREIGN POLICY          [CH. IV\n\n"
        "No. 792\n\n"
        "Sir N. Henderson (Berlin) to Viscount Halifax (Received September 8, 9.40 p.m.)\n\n"
        "No. 415 Telegraphic [C 9391/1941/18]\n\n"
        "Immediate                                   BERLIN, September 8, 1938, 7.15 p.m.\n\n"
        "I saw Herr von Ribbentrop this afternoon on his return from Nuremberg.\n", resources)
    assert facts["sender"] == ["Nevile Henderson"]
    assert facts["telegram_number"] == "415"
    assert facts["date_received"] == "1938-09-08T21:40"
