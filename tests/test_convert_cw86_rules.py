"""Rules for Commonwealth and European documentary editions as real pages showed them (cw86):

- the Foreign Office's and Cabinet's property notice in brackets and mixed case, whole or
  broken after `should be` (`[This Document is the Property of His Britannic Majesty's
  Government, and should be returned to the Foreign Office if not required for official
  use.]`), is the print's running head: furniture, never an editor's insertion (table
  `page-furniture`, row `running-head`), so the folios around it are page numbers too;
- the Foreign Office registry's number alone and unbracketed, the department's letter with
  its stop (`F.3424/34/10.`), is the shelfmark (table `archival-reference`);
- the print's outward telegram: `Code telegram to Sir M. Lampson (Peking).` gives the
  addressee and the post it goes to, `Foreign Office. June 18th, 1931. 3.40 p.m.` the date,
  `No. 205 (R).` and `No. 481. (Wireless).` the number (table `heading-commonwealth`);
  `Wireless` never begins a name (table `not-names`);
- the print's inward decypher: the envoy's post in brackets closed by a comma (`Sir M.
  Lampson (Peking),`) is read as with a stop, and the post refines the series' country read
  above it (`From CHINA.`) into the place of origin (`named_places.refined_place`, called by
  `heading_places`);
- DIFP's second volume glues the letter book's number to the edition's (`No. 138No. 12 NAI
  DFA Letter Books (Paris 1923-24)`): the archive reference and the heading are read;
- a dateline naming a house, hotel or hospital before the town (`St Elizabeth Krankenhaus,
  Köln, 13 June 1933`) gives the town and the date (table `address-dateline`);
- DFAT's `[matter omitted]` over `2.` and `3.` is no head: the paragraphs numbered after it
  stay paragraphs (`structure._NEVER_A_HEAD`, `paragraph_numbers.py`);
- the Swiss edition's early heading of offices alone (`La Légation de Suisse à Paris à la
  Division des Affaires étrangères du Département politique1`) is the title without its
  glued note number (table `frus`, row `heading`);
- a month-first date whose typed ordinal stands apart (`August 14 th, 1945.`) is whole
  (`date_shapes.py`), and the Canadian teletype's number alone under `TELETYPE` (`WA-4282`)
  is the telegram's (table `heading`);
- a headless page whose writer thanks the reader for his letter or kindness (`I am very
  grateful for your thoughtfulness in writing`) is a letter (table `reader-address`);
- the register adds the German exonyms Norwegen, Schweden and Dänemark, the Swiss and
  French diplomats of 1918-1919 (Calonder, Odier, Bruggmann, Dutasta, Mantoux, Berzin,
  Seydoux), the French `Tchitcherine`, George Gavan Duffy, Herbert Norman and Carter W.
  Clarke.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

NOTICE = ("[This Document is the Property of His Britannic Majesty's Government, and should be "
          "returned to the Foreign Office if not required for official use.]\n")
OUTWARD = (
    NOTICE + "231\n418\nF.4120/15/10.\n232\nTO CHINA.\n"
    "Code telegram to Sir M. Lampson (Peking).\n"
    "Foreign Office. July 2nd, 1931. 5.20 p.m.\n"
    "No. 231 (R).\n"
    "Your telegram No. 301 (of June 28th).\n"
    "You may tell the Minister that no statement will be made this week.\n"
)
INWARD = (
    "212\n[This Document is the Property of His Britannic Majesty's Government, and should be\n"
    "returned to the Foreign Office if not required for official use.]\n"
    "From CHINA.\nDecypher.\nSir M. Lampson (Peking),\nJuly 3rd, 1931.\n"
    "D. 10.15 a.m. July 3rd, 1931.\nR. 4.30 p.m. July 3rd, 1931.\n"
    "No. 318. (Wireless).\n"
    "Your telegram No. 231.\nI have told the Minister and he accepts the delay.\n"
)


def test_property_notice_is_running_head(resources: Resources) -> None:
    for text in (OUTWARD, INWARD):
        body = text_xml(text, resources).split("<text", 1)[1]
        assert "Property of His Britannic" not in body
        assert "<supplied" not in body


def test_unbracketed_registry_number_is_shelfmark(resources: Resources) -> None:
    assert text_facts(OUTWARD, resources)["archive_idno"] == "F.4120/15/10"


def test_outward_print_telegram_heading(resources: Resources) -> None:
    facts = text_facts(OUTWARD, resources)
    assert (facts["doc_type"], facts["addressee"], facts["date"], facts["telegram_number"]) == (
        "telegram", ["Miles Lampson"], "1931-07-02", "231")


def test_inward_decypher_post_with_comma_refines_country(resources: Resources) -> None:
    facts = text_facts(INWARD, resources)
    assert (facts["sender"], facts["place_of_origin"], facts["telegram_number"]) == (
        ["Miles Lampson"], "Beijing", "318")
    assert facts["date_received"] == "1931-07-03T16:30"


def test_wireless_is_no_name(resources: Resources) -> None:
    assert ">Wireless</persName>" not in text_xml(INWARD, resources)


GLUED_NUMBERS = (
    "No. 140No. 14 NAI DFA Letter Books (Paris 1923-24)\n\n"
    "Joseph P. Walshe to Sean Murphy (Paris)\n(201/23) (Copy)\n\n"
    "Dublin, 9 January 1923\n\nA Chara,\n\n"
    "I am instructed by the Minister to ask for your report on the lease.\n\nLe meas,\n"
)


def test_glued_double_number_over_archive_reference(resources: Resources) -> None:
    facts = text_facts(GLUED_NUMBERS, resources)
    assert facts["archive_idno"] == "DFA Letter Books (Paris 1923-24)"
    assert (facts["sender"], facts["addressee"]) == (["Joseph P. Walshe"], ["Seán Murphy"])


def test_house_before_the_town_in_a_dateline(resources: Resources) -> None:
    text = ("No. 197 UCDA P150/2190\n\n"
            "Handwritten letter from Joseph P. Walshe to Eamon de Valera (Dublin)\n\n"
            "St Elizabeth Krankenhaus, Köln, 20 June 1933\n\nMy dear President,\n\n"
            "Many thanks for your letter from Rome.\n")
    facts = text_facts(text, resources)
    assert (facts["date"], facts["place_of_origin"]) == ("1933-06-20", "Cologne")


def test_matter_omitted_is_no_head(resources: Resources) -> None:
    text = ("Cablegram 14 CANBERRA, 3 March 1942\n\n[matter omitted]\n\n"
            "2. We cannot agree to the diversion of the division.\n\n"
            "3. Please convey this to the Prime Minister today.\n")
    xml = text_xml(text, resources)
    assert "<head><gap" not in xml
    assert '<p n="2">' in xml and "<list type" not in xml


def test_swiss_early_heading_of_offices(resources: Resources) -> None:
    text = ("dodis.ch/44312\n"
            "La Légation de Suisse à Rome à la Division des Affaires étrangères du "
            "Département politique1\n\n"
            "Wir haben Ihre Nummer 12 erhalten und Calonder sofort berichtet.\n\n"
            "1\n(Copie de réception): E 2001 (B) 1/90.\n")
    facts = text_facts(text, resources)
    assert facts["title"] == ("La Légation de Suisse à Rome à la Division des Affaires "
                              "étrangères du Département politique")
    assert 'ref="#per-felix-calonder">Calonder<' in text_xml(text, resources)


TELETYPE = (
    "From: THE CANADIAN AMBASSADOR TO THE UNITED STATES\n"
    "To: THE SECRETARY OF STATE FOR EXTERNAL AFFAIRS, CANADA\n\n"
    "Washington,\n\nJune 2 nd, 1946.\n\nTOP SECRET\n\nTELETYPE\nWA-2871\n\n"
    "Following for Robertson from Pearson, Begins:\n\nThe proposal was accepted today.\n"
)


def test_typed_ordinal_apart_and_teletype_number(resources: Resources) -> None:
    facts = text_facts(TELETYPE, resources)
    assert (facts["date"], facts["telegram_number"]) == ("1946-06-02", "WA-2871")


def test_headless_page_thanking_its_reader_is_a_letter(resources: Resources) -> None:
    text = ("No. 402 NAI TSCH/3/S9001/B\nDublin, 3 March 1957\n"
            "I am very grateful for your kind letter about the visit. It meant much to us all.\n")
    assert text_facts(text, resources)["doc_type"] == "letter"


def test_german_exonyms_of_the_north(resources: Resources) -> None:
    text = ("dodis.ch/44020\nBern, 2. April 1919\n"
            "Der Verkehr zwischen Norwegen, Schweden und Dänemark ist wieder frei.\n")
    xml = text_xml(text, resources)
    for ref in ("pla-norway", "pla-sweden", "pla-denmark"):
        assert f'ref="#{ref}"' in xml
