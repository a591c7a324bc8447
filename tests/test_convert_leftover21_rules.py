"""leftover21: page and form families earlier sessions left alone.

(1) A WikiLeaks PlusD cable page copied as text: its metadata table (`Date:`, `Canonical
ID:`, `Original Classification:`, `Handling Restrictions`, `Character Count:` ... `From:`,
`Markings:`, `To:`), two fields a row or each label over its value, is the collection's
record: it goes to the header (the canonical id as the archive's identifier, its date as the
page's date), and the cable's own heading gives its number and post (`pages/plusd.py`).

(2) An Omeka item page copied as text: `Dublin Core` and the foot's `Output Formats` are
furniture, the item type's heading (`Document Item Type Metadata`, with its element's label
`Text` under it) opens the document, the `Files` list is page text, a `Citation` label alone
after the document opens the page's foot, and an author-led citation (`Creator, “Title,”
Site, accessed ..., URL`) is the citation, no summary (`pages/omeka.py`).

(3) A blog post reprinting a document: its headline, byline (`Posted on DATE by NAME`, `By
NAME on DATE`, `Published: DATE`), author line and the introduction that points at the
document (`The telegram below ...`) are the page's; the byline's date is never the
document's, which its own dateline gives (`pages/blogpost.py`).

(4) The FBI's Electronic Communication form: its revision and name, `Precedence:`/`Date:`
(month first), `Approved By:`, `Drafted By:`, `Case ID #:` (the archive's identifier),
`Title:` (the page's title, a case caption naming no parties) and the leads with the end
mark are the record's; `From:` (a field office's city) stays as the heading, the text
starts at `Details:`, and the type is a memorandum (`pages/fbi_ec.py`).

(5) A Russian original given before its English translation (a Wilson Center page): the
Cyrillic run under the page's title and date is the page's text, so the translation's cipher
office lines head the document and its signature closes it (`pages/original_first.py`).
"""

from __future__ import annotations

import pytest

from tests.cases import text_facts

_CABLE = """S E C R E T ANKARA 3391
E.O. 11652: GDS
TAGS: PFOR, TU
SUBJECT: DEMIREL ON CYPRUS TALKS
1. PRIME MINISTER DEMIREL TOLD ME THAT HE WOULD SEE THE GREEK
FOREIGN MINISTER IN BRUSSELS NEXT WEEK.
MACOMBER
SECRET
NNN"""

_TABLE_TABS = """Cable: 1975ANKARA03391_b
Date:\t1975 April 30, 07:40 (Wednesday)\tCanonical ID:\t1975ANKARA03391_b
Original Classification:\tSECRET\tCurrent Classification:\tUNCLASSIFIED
Handling Restrictions\t-- N/A or Blank --\tCharacter Count:\t980
Executive Order:\tGS\tLocator:\tTEXT ON MICROFILM,TEXT ONLINE
TAGS:\tPFOR, TU\tConcepts:\t-- N/A or Blank --
Enclosure:\t-- N/A or Blank --\tType:\tTE
Office Origin:\t-- N/A or Blank --
Archive Status:\tElectronic Telegrams
From:\tTurkey Ankara
Markings:\tDeclassified/Released US Department of State EO Systematic Review 30 JUN 2005
To:\tSecretary of State
Raw content
"""

_TABLE_LINES = """Cable: 1975ANKARA03391_b
Date:
1975 April 30, 07:40 (Wednesday)
Canonical ID:
1975ANKARA03391_b
Original Classification:
SECRET
Handling Restrictions
-- N/A or Blank --
Character Count:
980
TAGS:
PFOR - Foreign Policy | TU - Turkey
From:
Turkey Ankara
Markings:
Declassified/Released US Department of State EO Systematic Review 30 JUN 2005
To:
Secretary of State
Content
"""


@pytest.mark.parametrize("table", [_TABLE_TABS, _TABLE_LINES], ids=["tabs", "lines"])
def test_plusd_table_is_the_record_and_the_cable_gives_its_number(table: str, resources) -> None:
    facts = text_facts(table + _CABLE, resources)
    assert facts["telegram_number"] == "3391"
    assert facts["archive_idno"] == "1975ANKARA03391_b"
    assert facts["date"] == "1975-04-30"
    assert facts["place_of_origin"] == "Ankara"
    assert facts["signed"] == "MACOMBER"


def test_plusd_reader_wants_the_canonical_id(resources) -> None:
    """An AAD-like record with `From:`/`To:`/`TAGS:` but no `Canonical ID` is not PlusD's."""
    text = "From:\tAMEMBASSY ANKARA\nTo:\tSECSTATE WASHDC\nTAGS:\tPFOR\nType:\tTE\n" + _CABLE
    assert text_facts(text, resources)["archive_idno"] != "1975ANKARA03391_b"


_BODY = ("Our delegation will arrive in Warsaw on Tuesday morning and will be ready to sign the"
         " agreement on the same day.")
_CITED = ("Siroky, Viliam, “Letter, Siroky to Cyrankiewicz, 2 April 1959,” Party Correspondence,"
          " accessed June 1, 2024, https://pcs.example.org/items/show/212.")

_OMEKA_LABELS_ALONE = """Letter, Siroky to Cyrankiewicz, 2 April 1959
Dublin Core
Title
Letter, Siroky to Cyrankiewicz, 2 April 1959
Creator
Siroky, Viliam
Source
National Archives, Prague, UV KSC, 77/2
Date
1959-04-02
Identifier
PCS-0212
Item Type Metadata
Text
Prague, 2 April 1959
Dear Comrade Cyrankiewicz,
{body}
With comradely greetings,
V. Siroky
Files
siroky_1959.pdf
Citation
{straight}
""".format(body=_BODY, straight=_CITED.replace("“", '"').replace("”", '"'))

_OMEKA_COLON_LABELS = f"""Dublin Core
Title: Letter, Siroky to Cyrankiewicz, 2 April 1959
Creator: Siroky, Viliam
Date: 1959-04-02
Source: National Archives, Prague, UV KSC, 77/2
Document Item Type Metadata
Text:
Prague, 2 April 1959
Dear Comrade Cyrankiewicz,
{_BODY}
With comradely greetings,
V. Siroky
Collection
Polish-Czechoslovak Relations
Citation
{_CITED}
Output Formats
omeka-xml
"""


@pytest.mark.parametrize("text", [_OMEKA_LABELS_ALONE, _OMEKA_COLON_LABELS],
                         ids=["labels-alone", "colon-labels"])
def test_omeka_item_fields_and_foot_are_the_pages(text: str, resources) -> None:
    facts = text_facts(text, resources)
    assert facts["title"] == "Letter, Siroky to Cyrankiewicz, 2 April 1959"
    assert facts["date"] == "1959-04-02"
    assert facts["place_of_origin"] == "Prague"
    assert facts["signed"] == "V. Siroky"
    assert facts["summary"] is None
    assert facts["source_url"] == "https://pcs.example.org/items/show/212"
    assert facts["archive_idno"] == "National Archives, Prague, UV KSC, 77/2"
    assert facts["registry_notes"] == []


def test_a_run_on_citation_after_a_first_line_stays_the_heads(resources) -> None:
    """`Citation: “...”` with its value on its line opens no foot (a flattened page's head)."""
    text = ("Talks between the two delegations in Sofia were held on March 3, 1964 as planned.\n"
            "Citation: “Minutes of Talks,” March 3, 1964, Digital Archive, Central Archives.\n"
            "Summary: The delegations discuss trade.\n\nZhivkov opened the talks.\n")
    assert text_facts(text, resources)["signed"] != "Citation"


_CABLE_1961 = ("CONFIDENTIAL\nMoscow, June 4, 1961\nSecretary of State\nWashington\n"
               "2987. Khrushchev told me tonight that he would sign a separate treaty with the"
               " GDR before the end of the year.\nTHOMPSON\n")
_INTRO = ("The telegram below, which I found among the embassy files last spring, shows how"
          " early the Ambassador saw the crisis coming.")


@pytest.mark.parametrize("head", [
    f"A telegram from Ambassador Thompson\nPosted on March 3, 2018 by J. Marlowe\n{_INTRO}\n",
    f"Thompson's warning\nBy Ellen Parr on 14 November 2016\n{_INTRO}\n",
    f"Thompson's warning\nPublished: 21 January 2020\nAuthor: D. Hale\n\n{_INTRO}\n\n",
], ids=["posted-on", "by-on", "published-author"])
def test_blog_byline_and_intro_are_the_pages(head: str, resources) -> None:
    facts = text_facts(head + _CABLE_1961, resources)
    assert facts["date"] == "1961-06-04"
    assert facts["place_of_origin"] == "Moscow"
    assert facts["signed"] == "THOMPSON"


def test_a_byline_without_an_introduction_pointing_at_the_document_is_left(resources) -> None:
    """No introduction naming what follows: the reader leaves the page to the others."""
    text = ("Notes\nPosted on March 3, 2018 by J. Marlowe\n"
            "We had a quiet week in the office and the weather was fine.\n" + _CABLE_1961)
    assert text_facts(text, resources)["date"] != "2018-03-03"


_EC_ONE_LINE = """(Rev. 01-31-2003)
FEDERAL BUREAU OF INVESTIGATION
Precedence: PRIORITY Date: 03/11/2004
To: Counterterrorism Attn: SSA Mary Lowell
From: Boston
Squad JTTF-2
Approved By: Hanlon Peter W
Drafted By: Kerr Daniel T:dtk
Case ID #: 315N-BS-88412 (Pending)
Title: UNSUB(S);
MAILED THREATS TO CONSULATE GENERAL
Synopsis: To report the interview of a consular employee.
Details: On 03/09/2004, the writer interviewed a consular employee who had received letters.
LEAD(s):
Set Lead 1: (Info)
COUNTERTERRORISM
AT WASHINGTON, DC
\u2666\u2666
"""

_EC_SPACED = """FEDERAL BUREAU OF INVESTIGATION

Precedence:   ROUTINE                           Date:   03/11/2004

To:   National Security                  Attn:   NS-3

From:   Boston
            Squad 19

Approved By:   Colton James R

Drafted By:   Fenn Laura M:lmf

Case ID #:   315N-BS-88412   (Pending)

Title:   UNSUB(S);
         MAILED THREATS TO CONSULATE GENERAL

Details:   Writer met the consular employee, who had received three letters since February.

\u2666\u2666
"""


@pytest.mark.parametrize("text", [_EC_ONE_LINE, _EC_SPACED], ids=["rev-leads", "spaced"])
def test_fbi_electronic_communication_form(text: str, resources) -> None:
    facts = text_facts(text, resources)
    assert facts["date"] == "2004-03-11"
    assert facts["doc_type"] == "memorandum"
    assert facts["title"] == "UNSUB(S); MAILED THREATS TO CONSULATE GENERAL"
    assert facts["place_of_origin"] == "Boston"
    assert facts["archive_idno"] == "315N-BS-88412"
    assert facts["signed"] is None
    assert facts["addressee"] == []


_RUSSIAN = """1. Переговоры о перемирии возобновятся в понедельник. Делегация получила указания.
2. Китайские товарищи просят ускорить поставку грузовиков в Корею.
3. Прошу сообщить ваше решение к пятнице.
ЗАХАРОВ
"""

_TRANSLATION = """1. The armistice talks will resume on Monday. The delegation has instructions.
2. The Chinese comrades ask that the delivery of trucks to Korea be speeded up.
3. I ask you to inform me of your decision by Friday.
ZAKHAROV
"""


@pytest.mark.parametrize("head,translation_head", [
    ("August 14, 1952\nCiphered Telegram No. 604113, Zakharov to Shtemenko\n",
     "From Correspondent 14 Sent 14.8.52 9:40\nReceived 14.8.52 11:05\n"
     "Dispatched to 8th Administration of the General Staff of the Soviet Army 14.8.52 11:20\n"
     "Extremely urgent\nI report:\n"),
    ("Ciphered Telegram No. 604113, Zakharov to Shtemenko\nAugust 14, 1952\n",
     "TOP SECRET\nCIPHERED TELEGRAM No. 604113\nReceived 14.8.52 11:05\n"),
], ids=["compact-cipher-office", "title-over-date-form"])
def test_russian_original_before_the_translation_goes_to_the_page(
        head: str, translation_head: str, resources) -> None:
    facts = text_facts(head + _RUSSIAN + translation_head + _TRANSLATION, resources)
    assert facts["date_received"] == "1952-08-14T11:05"
    assert facts["signed"] == "ZAKHAROV"
    assert facts["numbered_points"] == 3
    assert facts["telegram_number"] == "604113"
