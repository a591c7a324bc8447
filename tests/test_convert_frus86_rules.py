"""Rules for FRUS and the US documentary editions learnt from real pages (frus86: telegrams
of 1939-1964 stored without their datelines, a despatch of 1905 quoting telegrams, Wilson's
letters on history.state.gov and on Teaching American History, a mirror's copy of a Kennedy
letter):

- Teaching American History's foot under a document it reprints (`... is a project of the
  Ashbrook Center at Ashland University`, perhaps glued to a label the document's last line
  opens, and the center's address with its telephone numbers, whole or parted at its bars)
  is page furniture (table `page-furniture`, row `site-foot`);
- a voyage's words before `the` and a ship's name (`engaged passage on the Conte di
  Savoia`, `sailing aboard the Manhattan`) make the name a ship's, not a person's
  (`ship_names`, `_SHIP_KIND_BEFORE`);
- a mirror's HTML title (`Letter From ... Washington, October 22, 1962. - History`, table
  `site-title`: site `History`), printed twice over the page, goes to the header's page text
  when the page shows the title again below, over two lines too (the heading, then its
  dateline) (`pages/saved_title`);
- a document without a year of its own (a FRUS page without its dateline, a dateless file
  number) reads a surname in office (`Ball`, `Taylor`, `Helms`) in the years most of the
  persons it has named held office in (`named_years`, used by `office_surnames`);
- the capital a post's country had (the seat of an undated telegram's sender) is read in those
  years too, not from a relation dated outside them (`the Ambassador in Vietnam` of 1963 is
  not in Hanoi, the capital from 1976) (`seats.capital`);
- a surname in office alone on its line with a stop (`Loomis.`, a quoted telegram's
  signature) is a name (`office_surnames._opens_as_name`);
- three or four spaced stops opening a paragraph, run into its first kept sentence (`. . . I
  am relieved ...`, the Lansing Papers), are the editors' omission (table `obfuscations`, row
  `omitted`);
- one `…` between a telegram's number and its first kept sentence, or after the last
  sentence's stop at a paragraph's end, is the FRUS editors' omission (table
  `obfuscations`, row `omitted`);
- plain `Santiago` is Chile's capital or Santiago de los Caballeros by the document's context
  (table `name-context`, rows `pla-santiago`, `pla-santiago-de-los-caballeros`; an American
  embassy's `AMEMBASSY SANTIAGO` is Chile's); with no evidence, Chile's, whose own name it
  is (`place_context._plain`);
- a heading the print broke before the sender's bracketed name (`The Chargé in the Soviet
  Union` / `(Kennan) to the Acting Secretary of State1`, the Potsdam volumes, under their
  `No. 985` line) is one heading (`narrow_heading._GOES_ON`);
- register: Alexander C. Kirk (chargé in Berlin 1939-1940; Alan Kirk's `Kirk` now a
  surname in office), Thomas C. Dawson, Francis B. Loomis, Lucien Conein, Hugo Münsterberg,
  Maxwell M. Hamilton, Richard Helms's offices of 1962-1966; Genoa, Monte Cristi, La Vega,
  Moca.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

REPRINT = (
    "Letter to Secretary of State Bryan\n\n"
    "Woodrow Wilson\n\n"
    "March 3, 1915\n\n"
    "My Dear Mr. Bryan:\n\n"
    "Thank you for the draft of the note. I have made two small changes in it.\n\n"
    "Faithfully yours,\n\n"
    "Woodrow Wilson\n\n"
    "Enclosure: is a project of the Ashbrook Center at Ashland University\n\n"
    "401 College Avenue | Ashland, Ohio 44805 (419) 289-5411 | (877) 289-5411 (Toll Free)\n")


def test_teaching_american_history_foot_is_furniture(resources: Resources) -> None:
    xml = text_xml(REPRINT, resources)
    body = xml.split("<text", 1)[1]
    assert "Ashbrook" not in body and "Toll Free" not in body and "Ohio" not in body
    assert "Thank you for the draft" in body


VOYAGE = (
    "740.0011 European War 1939/2480: Telegram\n"
    "The Chargé in Germany (Kirk) to the Secretary of State\n"
    "1102. I have engaged passage on the Conte di Savoia sailing from Genoa on June 2.\n"
    "Kirk\n")


def test_a_name_after_a_voyage_and_the_is_a_ship(resources: Resources) -> None:
    xml = text_xml(VOYAGE, resources)
    assert "Savoia</persName>" not in xml
    assert '<placeName ref="#pla-genoa">Genoa</placeName>' in xml


def test_the_charge_in_berlin_signing_kirk_is_alexander_kirk(resources: Resources) -> None:
    xml = text_xml(VOYAGE, resources)
    assert '<signed><persName ref="#per-alexander-c-kirk">Kirk</persName></signed>' in xml
    assert "per-alan-kirk" not in xml


_PAGE_TITLE = ("Letter From President Kennedy to Prime Minister Nehru Washington, November 3, "
               "1962. - History\n\n")
MIRROR = (
    _PAGE_TITLE + _PAGE_TITLE +
    "Letter From President Kennedy to Prime Minister Nehru\n"
    "Washington, November 3, 1962.\n\n"
    "DEAR MR. PRIME MINISTER: I have your letter and I share your concern for the frontier.\n")


def test_a_mirrors_title_printed_twice_goes_to_the_page_text(resources: Resources) -> None:
    facts = text_facts(MIRROR, resources)
    assert facts["title"] == "Letter From President Kennedy to Prime Minister Nehru"
    assert facts["date"] == "1962-11-03"


DATELESS = (
    "Telegram From the Department of State to the Embassy in Vietnam1\n\n"
    "512. For Lodge from Rusk. McNamara and McCone agree with your reading.\n\n"
    "  1. Source: Department of State, Central Files, POL 26 S VIET. Secret. Cleared by "
    "Harriman and Hilsman; also sent eyes only for Ball, Taylor, and Helms.\n")


def test_a_dateless_document_reads_surnames_in_the_years_of_its_persons(
        resources: Resources) -> None:
    xml = text_xml(DATELESS, resources)
    for ident, name in (("per-george-ball", "Ball"), ("per-maxwell-taylor", "Taylor"),
                        ("per-richard-helms", "Helms")):
        assert f'<persName ref="#{ident}">{name}</persName>' in xml


QUOTED = (
    "Minister Dawson to the Secretary of State.\n\n"
    "No. 118.]\n\n"
    "Sir: I have the honor to confirm the Department's telegram, as follows:\n\n"
    "Washington, February 2, 1905.\n\n"
    "Dawson, Minister, Santo Domingo:\n\n"
    "Report progress of customs arrangement at Monte Christi.\n\n"
    "Loomis.\n\n"
    "I replied the same evening.\n")


def test_a_surname_in_office_alone_on_its_line_with_a_stop_is_a_name(
        resources: Resources) -> None:
    xml = text_xml(QUOTED, resources)
    assert '<persName ref="#per-francis-b-loomis">Loomis</persName>' in xml
    assert '<placeName ref="#pla-monte-cristi">Monte Christi</placeName>' in xml


def test_an_undated_posts_capital_is_read_in_its_persons_years(resources: Resources) -> None:
    text = DATELESS.replace(
        "Telegram From the Department of State to the Embassy in Vietnam",
        "Telegram From the Ambassador in Vietnam (Lodge) to the Department of State")
    assert text_facts(text, resources)["place_of_origin"] != "Hanoi"


ELIDED = (
    "The Secretary of State to President Wilson\n\n"
    "My Dear Mr. President: I return the Ambassador's letter with my thanks.\n\n"
    ". . . I am glad to see that he now takes the view we urged upon him in March.\n\n"
    "Faithfully yours,\n\n"
    "Robert Lansing\n")


def test_spaced_stops_opening_a_paragraph_are_an_omission(resources: Resources) -> None:
    xml = text_xml(ELIDED, resources)
    assert '<gap reason="omitted">' in xml
    assert text_facts(ELIDED, resources)["gaps"] == 1


CUT = (
    "File No. 861.00/362\n\n"
    "The Ambassador in Russia (Francis) to the Secretary of State\n\n"
    "1262. … The Council issued a statement to-day on the land question. …\n\n"
    "The mayor called on me this morning.\n")


def test_an_ellipsis_after_the_number_or_the_last_stop_is_an_omission(
        resources: Resources) -> None:
    facts = text_facts(CUT, resources)
    assert facts["gaps"] == 2
    assert facts["telegram_number"] == "1262"



def test_plain_santiago_follows_the_documents_country(resources: Resources) -> None:
    xml = text_xml(QUOTED.replace("Monte Christi", "Santiago"), resources)
    assert '<placeName ref="#pla-santiago-de-los-caballeros">Santiago</placeName>' in xml
    chilean = "The Chilean Minister left Santiago for Valparaiso to-day.\n"
    assert '<placeName ref="#pla-santiago">Santiago</placeName>' in text_xml(chilean, resources)
    plain = "Copy transmitted to Santiago in instruction 41.\n"
    assert '<placeName ref="#pla-santiago">Santiago</placeName>' in text_xml(plain, resources)


BROKEN = (
    "800.515/7–2045: Telegram\n"
    "No. 990\n"
    "The Ambassador in the United Kingdom\n"
    "(Winant) to the Acting Secretary of State1\n"
    "7301. The Foreign Office has received the Soviet reply and will send a copy.\n"
    "- Sent to the Delegation at Babelsberg.↩\n")


def test_a_heading_broken_before_the_senders_name_is_one(resources: Resources) -> None:
    facts = text_facts(BROKEN, resources)
    assert facts["title"] == ("The Ambassador in the United Kingdom (Winant) to the Acting "
                              "Secretary of State")
    assert facts["sender"] == ["John G. Winant"]
