"""Rules from the lead's probe of an archive's selection page over a translated telegram
(lead88), a layout none of the real pages had:

- a web page title's spaced hyphen after the archive's name opens the collection's subtitle
  (`Israel State Archives - Selected Documents`), as the dash does (global78): no shelfmark
  `- Selected Documents` (table `archival-reference`, the archives' `reference` row);
- a translation statement in the page's prose (`Translated from the Hebrew by the
  editors.`), under a `Source:` line whose reference it does not continue, names the
  original language (`header._prose_credit`), as it does alone at the text's end (lead39);
- a site's cookie banner kept as a line of the page (`We use cookies to improve your
  experience. Accept all cookies`) is page furniture (table `page-furniture`, row
  `cookie-banner`): the page title under it is the title, not a heading of the text;
- a site's foot links on one line parted by spaces alone, each a link a foot has (`About us
  Accessibility statement  Privacy policy  Contact`), are the site's (row `site-links`);
- an item page's `Related items` over its neighbours' titles is the index of related
  documents (table `page-keyword-fields`, row `related`), no source of this one;
  `Cite this item` is a citation box's label (table `page-fields`, row `citation`);
- the persons a newspaper writer's lines name around the message it prints are marked in
  the header's `bibl` as its places are (`press_names`, news89): the grammar's `bibl` takes
  `persName` (`schemas/telegrams.rng`, `telegrams.xsd`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

BODY = ("From: Michael Comay, Permanent Representative to the United Nations, New York\n"
        "To: Golda Meir, Minister for Foreign Affairs, Jerusalem\nDate: 14 October 1960\n"
        "Telegram No. 388\n\n1. I saw the Secretary-General this morning. He asked whether "
        "we would lend further signals officers.\n\nComay\n\n")


def test_a_hyphen_after_the_archive_opens_a_subtitle(resources: Resources) -> None:
    text = "Israel State Archives - Selected Documents\n\nDocument 212\n\n" + BODY
    xml = text_xml(text, resources)
    assert "<idno type=\"shelfmark\">- Selected Documents</idno>" not in xml
    assert "Selected Documents</idno>" not in xml
    assert text_facts("ISA - 130.09/2345/12\n\n" + BODY, resources)["archive_idno"]


def test_translation_statement_under_a_source_line(resources: Resources) -> None:
    text = BODY + "Source: ISA, MFA 130.09/2345/12.\nTranslated from the Hebrew by the editors.\n"
    found = text_facts(text, resources)
    assert found["original_language"] == "Hebrew"
    assert found["archive_idno"] == "ISA, MFA 130.09/2345/12"


LETTER = ("Moscow, 3 March 1958\n\nDear Minister,\n\nDuring my farewell call on Mr. Gromyko "
          "he raised the question of the bases in Greenland.\n\nYours sincerely,\n"
          "Aage Hessellund-Jensen\n\n")


def test_cookie_banner_over_the_page_title(resources: Resources) -> None:
    text = ("Skip to main content\nWe use cookies to improve your experience. Accept all "
            "cookies Reject optional cookies\n\nLetter from the Danish Ambassador in Moscow to "
            "the Foreign Minister, 3 March 1958\n\n" + LETTER)
    xml = text_xml(text, resources)
    assert text_facts(text, resources)["title"].startswith("Letter from the Danish Ambassador")
    assert "cookies" not in xml.split("<body>")[1]


def test_foot_links_parted_by_spaces(resources: Resources) -> None:
    text = LETTER + ("Related items\nMemorandum on Thule Air Base, 12 February 1958\n\n"
                     "About us  Accessibility statement  Privacy policy  Cookie settings  "
                     "Contact\n")
    xml = text_xml(text, resources)
    assert "Accessibility statement" not in xml.split("<body>")[1]
    assert '<bibl type="source">Memorandum on Thule' not in xml
    assert "<term>Memorandum on Thule Air Base, 12 February 1958</term>" in xml
    assert text_facts(text, resources)["signed"] == "Aage Hessellund-Jensen"


WIRELESS = (
    "Article image\n\nNOTE TO BELGRADE\n\n(British Official Wireless.) RUGBY, March 2. Lord "
    "Halifax announced that the British and French Ministers in Belgrade have been instructed "
    "to hand the Yugoslav Government a joint Note as follows:— “The two Governments trust "
    "that the Yugoslav Government will give them an assurance that no further step will be "
    "taken.”\n"
)


def test_persons_of_the_writer_lines_in_the_header(resources: Resources) -> None:
    header = text_xml(WIRELESS, resources).split("<text")[0]
    assert '<persName ref="#per-lord-halifax">Lord Halifax</persName>' in header
    assert '<placeName ref="#pla-belgrade">Belgrade</placeName>' in header
