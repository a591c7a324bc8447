"""Rules written after the lead's probes of session 31 (a reading site's page of a wartime
correspondence edition): a bar of links between the edition's items (`« Previous | Contents |
Next »`, each cell alone once the bar is split) and a bare volume line (`Volume II`) are the
page's furniture; a collection's title in title case may stand over the first heading even with
three small words; a heading in capitals opening with its handling words and naming both
parties (`PERSONAL AND SECRET FROM PREMIER J. V. STALIN TO THE PRESIDENT, ...`) is the title,
numbered or not, but a cable's handling line (`PERSONAL FOR GENERAL X FROM ADMIRAL Y`) is no
title; `for X from Y` names the addressee first; a Prime Minister takes no `to` of a role.
A printed British series' page (running heads, the document's number without its stop over
the piece reference `CO 1055/190, no 12`, the heading `[Subject]: form no N from X to Y`) gives
its title, parties, form, number and shelfmark; a minute is a memorandum. A colonial form's
`Rptd:-` field keeps its heading going; a routing line's party may be an office with small words
(`Following personal for Governor from Secretary of State.`), and a collection named `... Papers`
at the top is no FRUS evidence alone; an image viewer's controls (`Zoom in`) are furniture; the
CWIHP Bulletin's running head is furniture without the word `ISSUE` or any issue at all. A
catalogue record's archive names and code (`Ref. ISA-MFA-0002/7`) over its fields are the
repository and the shelfmark, and a field no table knows among its fields stays a field. The
Italian edition's telegram number with its series' letters (`T. 2718/R.`) set far left of its
dateline and `per.` receipt is one transmission line; the Portuguese edition's `Cifrado.
Londres, ... — Recebido em Lisboa: ...` line gives both dates. The editors' bracketed citation
opened by an archive's name (`[Archive of Modern Records (AAN), ..., Translated by X.]`) under
the signature is the source and gives the translator; a Roman numeral's unit (`XI A/10`) is no
United Nations symbol; an aide memoire is a memorandum. A Google Books result page's lines
(`Images`, `Books`, `PUBLISHER, YEAR - Page N`, `Snippet view`) and a documents edition's title
with its subtitle after a colon are furniture. The State Department's incoming form: `ACTION:
SECSTATE 2215, PRIORITY` gives the number, a receipt date in capitals takes the clock under it;
a PlusD page's `Cable: 1976PARIS14890_b` is the record's reference, not the telegram's number."""

from __future__ import annotations

import pytest

from tei.convert.context import Context
from tei.convert.pages.titles import handled_message
from tei.convert.parties import title_parties
from tests.cases import text_facts, text_xml

_PAGE = """{collection}
Volume II
{bar}

{number}PERSONAL AND SECRET FROM PREMIER J. V. STALIN TO THE PRESIDENT, MR. F. D. ROOSEVELT

I have received your message of November 8 and thank you for it.

1. I see no objection to Teheran as the place of our meeting.

November 10, 1943
"""


@pytest.mark.parametrize("bar", ["« Previous | Contents | Next »", "Previous Next",
                                 "<< Prev | Index | Next >>", "Table of Contents"])
@pytest.mark.parametrize("number", ["", "No. 150\n\n"])
def test_a_correspondence_page_gives_title_parties_and_date(bar, number, resources) -> None:
    text = _PAGE.format(collection="Correspondence of the Heads of Government, 1941-1945",
                        bar=bar, number=number)
    facts = text_facts(text, resources)
    assert facts["title"].startswith("PERSONAL AND SECRET FROM PREMIER")
    assert facts["sender"] == ["Joseph Stalin"]
    assert facts["addressee"] == ["Franklin D. Roosevelt"]
    assert facts["date"] == "1943-11-10"


def test_a_sentence_over_the_heading_is_no_collection_title(resources) -> None:
    text = _PAGE.format(collection="The editors found this message in the archive of the "
                        "ministry.", bar="", number="")
    assert not text_facts(text, resources)["title"].startswith("PERSONAL AND SECRET")


@pytest.mark.parametrize(("heading", "parties"), [
    ("PERSONAL AND SECRET FROM PREMIER J. V. STALIN TO THE PRESIDENT, MR. F. D. ROOSEVELT",
     ("PREMIER J. V. STALIN", "THE PRESIDENT, MR. F. D. ROOSEVELT")),
    ("MOST SECRET AND PERSONAL MESSAGE FROM THE PRIME MINISTER TO MARSHAL STALIN",
     ("THE PRIME MINISTER", "MARSHAL STALIN")),
])
def test_a_handled_heading_names_both_parties(heading, parties, resources) -> None:
    ctx = Context(resources, "t")
    assert handled_message(heading, ctx)
    assert title_parties(heading, ctx) == parties


@pytest.mark.parametrize("line", ["PERSONAL FOR GENERAL HARLOWE FROM ADMIRAL VANTREES",
                                  "SECRET", "PERSONAL AND SECRET",
                                  "Secret talks from the start to the end were held."])
def test_a_cable_handling_line_is_no_handled_heading(line, resources) -> None:
    assert not handled_message(line, Context(resources, "t"))


@pytest.mark.parametrize(("title", "parties"), [
    ("PERSONAL AND TOP SECRET FOR MARSHAL STALIN FROM PRESIDENT ROOSEVELT",
     ("PRESIDENT ROOSEVELT", "MARSHAL STALIN")),
    ("Message for Marshal Stalin from President Roosevelt.",
     ("President Roosevelt", "Marshal Stalin")),
    ("Following personal for Prime Minister from President", ("President", "Prime Minister")),
])
def test_for_x_from_y_names_the_addressee_first(title, parties, resources) -> None:
    assert title_parties(title, Context(resources, "t")) == parties


def test_a_prime_minister_takes_no_to_of_a_role(resources) -> None:
    ctx = Context(resources, "t")
    assert title_parties("Message from the Prime Minister to Marshal Stalin", ctx) == (
        "the Prime Minister", "Marshal Stalin")
    assert title_parties("Letter from the Minister to Hungary", ctx) == (
        "the Minister to Hungary", "")


_BDEEP = """BRITISH DOCUMENTS ON THE END OF EMPIRE
Series B Volume 4 : Aden

45
{piece}
3 Aug 1956
[Suez]: minute by Sir N Brook to Sir A Eden

Prime Minister
The Egypt Committee will wish to consider the draft statement this afternoon.
"""


@pytest.mark.parametrize("piece", ["PREM 11/1234", "CAB 21/3090, no 4", "FO 371/119080, f 12"])
def test_a_british_series_page_gives_heading_parties_and_piece(piece, resources) -> None:
    facts = text_facts(_BDEEP.format(piece=piece), resources)
    assert facts["sender"] == ["Norman Brook"]
    assert facts["addressee"] == ["Anthony Eden"]
    assert facts["doc_type"] == "memorandum"
    assert facts["date"] == "1956-08-03"
    assert facts["archive_idno"] == piece


def test_a_bare_number_not_over_a_piece_stays_the_text(resources) -> None:
    xml = text_xml("45\nThe committee met at noon.\n", resources)
    assert "45" in xml.split("<text", 1)[1]


_COLONIAL = """{top}
OUTWARD TELEGRAM

From:- Secretary of State for the Colonies.
To:- Cyprus (Sir J. Harding).
Rptd:- Athens No. 31.

Sent 19.15 hours 9th March, 1956.
No. 388

Following personal for Governor from Secretary of State. I agree.
"""


@pytest.mark.parametrize("top", ["Cyprus Emergency Papers", "Zoom in\nRotate left", ""])
def test_a_colonial_form_keeps_its_heading_and_its_office(top, resources) -> None:
    xml = text_xml(_COLONIAL.format(top=top), resources)
    facts = text_facts(_COLONIAL.format(top=top), resources)
    assert facts["date"] == "1956-03-09"
    assert facts["telegram_number"] == "388"
    assert '<roleName ref="#per-alan-lennox-boyd">Secretary of State</roleName>' in xml
    assert "per-zoom" not in xml


@pytest.mark.parametrize("line", ["COLD WAR INTERNATIONAL HISTORY PROJECT BULLETIN 6-7",
                                  "158 COLD WAR INTERNATIONAL HISTORY PROJECT BULLETIN",
                                  "CWIHP BULLETIN, ISSUE 11"])
def test_the_bulletins_running_head_is_furniture_with_or_without_its_issue(line,
                                                                           resources) -> None:
    assert resources.patterns.is_furniture(line)


def test_a_periodicals_name_alone_is_no_running_head(resources) -> None:
    assert not resources.patterns.is_furniture("CURRENT INTELLIGENCE BULLETIN")


_RECORD = """{top}
Title: Telegram from Ambassador Eban in Washington to Foreign Minister Sharett, No. 412
{extra}Language: Hebrew
Pages: 2

I saw the Secretary of State this morning.

Eban
"""


@pytest.mark.parametrize("top", [
    "Israel State Archives\nRef. ISA-MFA-0002/7",
    "Japan Center for Asian Historical Records (JACAR)\nNational Archives of Japan\n"
    "Ref. B02030726100",
    "Israel State Archives"])
@pytest.mark.parametrize("extra", ["", "Shelf Location: Box 12\n", "Record Type: Telegram\n"])
def test_archive_lines_over_a_records_fields_leave_its_title(top, extra, resources) -> None:
    facts = text_facts(_RECORD.format(top=top, extra=extra), resources)
    assert facts["title"].startswith("Telegram from Ambassador Eban")
    assert facts["sender"] == ["Abba Eban"]
    if "Ref." in top:
        assert facts["archive_idno"] == top.rsplit("Ref. ", 1)[1]


def test_a_ministrys_own_file_reference_is_no_catalogue_code(resources) -> None:
    assert resources.patterns.match("archival-reference", "Ref. EA/112/4") is None


@pytest.mark.parametrize("gap", [" ", "         "])
def test_an_italian_editions_number_left_of_its_dateline_is_read_with_it(gap, resources) -> None:
    text = ("I DOCUMENTI DIPLOMATICI ITALIANI — Nona serie: 1939-1943, volume IV\n\n612\n\n"
            "L'AMBASCIATORE A MOSCA, ROSSO, AL MINISTRO DEGLI ESTERI, CIANO\n\n"
            f"T. 2718/R.{gap}Mosca, 29 maggio 1940, ore 22 (per. ore 9,30 del 30).\n\n"
            "Molotov mi ha ricevuto stasera.\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1940-05-29"
    assert facts["telegram_number"] == "2718/R."
    assert facts["place_of_origin"] == "Moscow"


def test_a_portuguese_editions_sending_and_receipt_line(resources) -> None:
    text = ("N.º 52 — Telegrama da Embaixada em Londres\n"
            "Cifrado. Londres, 3 Mai. 1943, 19 h. — Recebido em Lisboa: 4 Mai. 1943, 10 h. 20.\n\n"
            "Mr. Eden asked me to call this afternoon.\n\nARMINDO MONTEIRO\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1943-05-03"
    assert facts["date_received"].startswith("1943-05-04")
    assert facts["place_of_origin"] == "London"


_FOOT = """June 30, 1956

Telegram from the Polish Embassy in Moscow to the Foreign Ministry, 30 June 1956

The Soviet comrades are following the events with concern.

Signed: Tadeusz Gede

[{citation}]
{source}"""


_AAN = "Archive of Modern Records (AAN), Warsaw, KC PZPR, XI A/10, k. 45-47."
_AMAE = "Archive of the Romanian Ministry of Foreign Affairs, folder 211/1969."


_SOURCE_FIELD = "\nDocument Information\n\nSource\n\nAAN, KC PZPR, XI A/10\n"


@pytest.mark.parametrize("source", ["", _SOURCE_FIELD])
@pytest.mark.parametrize("citation", [f"{_AAN} Translated by Jan Kowalski.",
                                      f"{_AMAE} Translated by Jan Kowalski."])
def test_a_bracketed_citation_under_the_signature_gives_the_translator(citation, source,
                                                                       resources) -> None:
    xml = text_xml(_FOOT.format(citation=citation, source=source), resources)
    assert "<resp>Translation</resp>" in xml
    assert "Jan Kowalski</idno>" not in xml
    assert "<supplied" not in xml
    if source:
        assert '<idno type="shelfmark">AAN, KC PZPR, XI A/10</idno>' in xml


def test_a_un_symbol_still_stands_alone(resources) -> None:
    found = resources.patterns.match("document-symbol", "United Nations Archives, S/5678/Add.1")
    assert found is not None and found[1].group("ref") == "S/5678/Add.1"
    assert resources.patterns.match("document-symbol", "AAN, KC PZPR, XI A/10") is None


@pytest.mark.parametrize("form", ["AIDE MEMOIRE", "Aide Memoire", "AIDE-MÉMOIRE"])
def test_an_aide_memoire_is_a_memorandum(form, resources) -> None:
    text = (f"CANBERRA, 17 July 1950\n\n{form}\n\nThe Australian Government have given careful "
            "consideration to the request of the United States Government.\n")
    assert text_facts(text, resources)["doc_type"] == "memorandum"


def test_the_volumes_own_head_over_a_page_turn_leaves_the_sentence_whole(resources) -> None:
    text = ("893.00/1-1437: Telegram\n\nThe Ambassador in China (Johnson) to the Secretary of "
            "State\n\nNanking, January 14, 1937—4 p.m.\n\n284. The Vice Minister told me that "
            "the Government could not answer for the attitude of the\n\n"
            "## p. 519 (#553) ##############################################\n\n"
            "FOREIGN RELATIONS, 1937, VOLUME III 519\n\n"
            "Chinese forces now gathering north of the city.\n\nJOHNSON\n")
    xml = text_xml(text, resources)
    assert "attitude of the Chinese forces now gathering" in xml
    assert "FOREIGN RELATIONS" not in xml.split("<text", 1)[1]


@pytest.mark.parametrize("line", [
    "Images", "Books", "Snippet view", "Limited preview", "H.M. Stationery Office, 1986 - Page 112",
    "Woodrow Wilson International Center for Scholars, 1995 - Page 43"])
def test_a_google_books_result_pages_lines_are_furniture(line, resources) -> None:
    assert resources.patterns.is_furniture(line)


def test_a_sentence_with_a_year_and_a_page_is_no_google_books_line(resources) -> None:
    assert not resources.patterns.is_furniture(
        "The treaty was signed in Paris, 1951 - see page 12 of the annex.")


def test_an_incoming_forms_action_line_and_capitals_receipt(resources) -> None:
    text = ("INCOMING TELEGRAM Department of State\nControl: 11382\nRec'd: MAY 14, 1964\n"
            "7:41 A.M.\nFROM: SAIGON\nACTION: SECSTATE 2215, PRIORITY\nDATE: MAY 14, 6 PM\n\n"
            "1. GENERAL KHANH RECEIVED ME AT HIS OFFICE THIS AFTERNOON.\n\nLODGE\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "2215"
    assert facts["date_received"] == "1964-05-14T07:41"


def test_a_plusd_pages_canonical_id_is_its_reference_not_its_number(resources) -> None:
    text = ("Cable: 1976PARIS14890_b\nTuesday, 18 May 1976, 17:20\nFrom: France Paris\n"
            "To: Secretary of State\n\nO 181720Z MAY 76\nFM AMEMBASSY PARIS\n"
            "TO SECSTATE WASHDC NIACT IMMEDIATE 1129\nS E C R E T PARIS 14890\n\n"
            "1. PRESIDENT GISCARD CONFIRMED TO ME THAT FRANCE IS PREPARED.\n\nRUSH\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "14890"
    assert facts["archive_idno"] == "1976PARIS14890_b"


def test_an_archive_named_after_its_ministry_and_a_dash_is_the_repository(resources) -> None:
    found = resources.patterns.match(
        "archive-name", "Hellenic Ministry of Foreign Affairs - Diplomatic and Historical Archive")
    assert found is not None and found[0] == "repository"
    assert resources.patterns.match("archive-name", "Ankara - the embassy's report") is None
