"""Rules from the held misses of the samples ocr34, other31, other34 and frus34 (misses29),
each by its layout family:

- A date line standing alone over an official letter's first field (`Subject:`, table
  `date-over-field`) is the letter's opening dateline, as a date over a salutation is (US
  Army and agency letters of the 1940s-60s: letterhead, `In reply refer`, date, `Subject:`).
- A document host's `advertisement` label and a site's `Home Page` link are furniture; a
  link bar of four cells or more with its home link at either end is a link bar
  (`Marx-Engels | Lenin | Stalin | Home Page`): its other cells go with it.
- A name of two words or more closed by a comma over the signer's office (`Moshe Shertok,`
  / `Foreign Secretary`) signs; a one-word valediction (`Fraternally,`) does not.
- A CREST record's attached file named by the document's id (`CIA-RDP...pdf | 72.09 KB |`)
  gives the archival reference when the OCR garbled every release line.
- A PlusD clearance naming the officer by given name, initial and surname after a spaced
  dash (`PA - WILLIAM D. BLAIR, JR.`) tags the person.
- A given name abbreviated the old way (`Geo. Marshall`, `Wm. H. Seward`) matches the
  register person's whole name.
- Register: the North Atlantic staging places Newfoundland, Labrador, Goose Bay, Thule and
  Long Island.
"""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_BODY = ("1. The rescue party reached the aircraft on the second day and brought the\n"
         "crew back to the base without loss.\n")


@pytest.mark.parametrize("head, date, want", [
    # a US Army Air Forces letter as a document host gives its PDF (sample ocr34's layout)
    ("ARMY AIR FORCES\nHEADQUARTERS, FIRST DIVISION\nAIR TRANSPORT COMMAND\n"
     "FORT HAMILTON, NEW YORK\nIn reply refer\nFDV 370 4\n", "9 May 1948", "1948-05-09"),
    # an invented civil agency's letter, the subject label in capitals
    ("UNITED STATES DEPARTMENT OF COMMERCE\nBUREAU OF FOREIGN TRADE\nWashington 25, D. C.\n",
     "March 3, 1951", "1951-03-03"),
])
def test_a_date_over_a_subject_line_dates_the_letter(resources, head: str, date: str,
                                                     want: str) -> None:
    text = (head + date + "\nSUBJECT: Report of the rescue party\nTO: Commanding General\n"
            "Army Air Forces\n\n" + _BODY)
    assert text_facts(text, resources)["date"] == want


def test_a_date_over_body_text_is_no_dateline(resources) -> None:
    """Only a form's field under the date makes it the dateline."""
    text = ("HEADQUARTERS, FIRST DIVISION\n9 May 1948\n\n"
            "The rescue party reached the aircraft on the second day.\n")
    assert text_facts(text, resources)["date"] is None


@pytest.mark.parametrize("bar", [
    "Marx-Engels | Lenin | Stalin | Home Page",  # sample other31's reprint site
    "Home | Speeches | Letters | Chronology",  # an invented site, its home link first
])
def test_a_link_bar_with_its_home_link_at_an_end_is_furniture(resources, bar: str) -> None:
    text = ("EXCHANGE OF LETTERS BETWEEN THE TWO MINISTERS\n\n" + bar + "\n\n"
            "London, 4 March 1950\n\nDear Sir,\n\nI have the honour to inform you of the "
            "decision of my Government.\n\nJohn Smith\n")
    xml = text_xml(text, resources)
    for cell in bar.split(" | "):
        assert f"<p>{cell}</p>" not in xml and ">" + cell + "<" not in xml


@pytest.mark.parametrize("label", ["advertisement", "Advertisement"])
def test_a_document_hosts_advertisement_label_is_furniture(resources, label: str) -> None:
    text = (f"Letter on the rescue\n\n{label}\n\nLondon, 4 March 1950\n\nDear Sir,\n\n"
            "I have the honour to inform you of the rescue.\n\nJohn Smith\n")
    assert label not in text_xml(text, resources)


@pytest.mark.parametrize("name, office", [
    ("Moshe Shertok", "Foreign Secretary"),  # sample other31's translation
    ("Arthur B. Lindqvist", "Consul General"),  # invented
])
def test_a_name_closed_by_a_comma_over_the_office_signs(resources, name: str,
                                                        office: str) -> None:
    text = ("Stockholm, 4 March 1950\n\nDear Sir,\n\nI have the honour to inform you of the "
            "decision of my Government.\n\nOn behalf of the Government\n\n"
            f"{name},\n\n{office}\n")
    facts = text_facts(text, resources)
    assert name in str(facts["signed"]) and office in str(facts["signed"])


def test_a_one_word_valediction_closed_by_a_comma_does_not_sign(resources) -> None:
    text = ("Havana, 4 March 1962\n\nDear Comrade,\n\nWe inform you of the decision of our "
            "Government.\n\nFraternally,\n\nAmbassador\n")
    assert "Fraternally" not in str(text_facts(text, resources)["signed"])


_RECORD = ("Document Type:\nDocument Number (FOIA) /ESDN (CREST):\nRelease Decision:\n"
           "Original Classification:\nDocument Page Count:\nDocument Creation Date:\n"
           "December 19, 2016\nDocument Release Date:\nAugust 3, 2000\nSequence Number:\n"
           "Case Number:\nPublication Date:\nApril 20, 1962\nContent Type:\n"
           "Attachment | Size |\n")


@pytest.mark.parametrize("ident, release", [
    # the release line garbled by the OCR (sample ocr34's layout)
    ("CIA-RDP76-00183R000400020133-3", "Approved For Release 2006/01 /03 ?P76-00l83R0Q40002"),
    # no release line at all (invented)
    ("CIA-RDP80B01676R001500060187-6", ""),
])
def test_a_crest_attachment_named_by_the_id_gives_the_reference(resources, ident: str,
                                                                release: str) -> None:
    text = (_RECORD + f"{ident}.pdf | 72.09 KB |\n" + release + "\n20 April 1962\n"
            "1. The Director met the committee's staff on the budget.\n")
    assert text_facts(text, resources)["archive_idno"] == ident
    assert "72.09 KB" not in text_xml(text, resources)


@pytest.mark.parametrize("line, name", [
    ("PA - WILLIAM D. BLAIR, JR.", "WILLIAM D. BLAIR"),  # sample frus34's PlusD cable
    ("EUR/SOV - JOHN P. HARTWELL", "JOHN P. HARTWELL"),  # invented
])
def test_a_clearance_by_spaced_dash_names_the_officer(resources, line: str, name: str) -> None:
    text = ("UNCLASSIFIED\nPAGE 01 STATE 011518\nORIGIN PA-02\n"
            "DRAFTED BY PA/MS/ED:MLJOHNSON:LK\nAPPROVED BY D - MR. INGERSOLL\n"
            f"{line}\n--------------------- 016498\nR 161904Z JAN 76\nFM SECSTATE WASHDC\n"
            "TO ALL DIPLOMATIC AND CONSULAR POSTS\nUNCLAS STATE 011518\n"
            "SUBJECT: POLICY STATEMENTS\n1. ALL POSTS SHOULD READ THE SECRETARY'S SPEECHES.\n")
    assert f">{name}</persName>" in text_xml(text, resources)


@pytest.mark.parametrize("written, ref", [
    ("Geo. Marshall", "per-george-c-marshall"),  # sample other34's letter
    ("Wm. H. Seward", "per-william-h-seward"),  # invented
])
def test_an_abbreviated_given_name_matches_the_register(resources, written: str,
                                                        ref: str) -> None:
    text = ("Washington, April 3, 1942\n\nDear Sir,\n\nWhat Harry and "
            f"{written} will tell you has my heart in it.\n\nAs ever\n\nF. D. R.\n")
    assert f'<persName ref="#{ref}">{written}</persName>' in text_xml(text, resources)


@pytest.mark.parametrize("sentence, refs", [
    # a US Air Transport Command letter's places (sample ocr34's layout)
    ("The helicopter was flown from Goose Bay, Labrador, to Thule in Greenland.",
     ["pla-goose-bay", "pla-labrador", "pla-thule"]),
    # an invented Dominions Office telegram
    ("The Governor of Newfoundland reports that the bases on Long Island are ready.",
     ["pla-newfoundland", "pla-long-island"]),
])
def test_the_north_atlantic_staging_places_are_in_the_register(resources, sentence: str,
                                                               refs: list[str]) -> None:
    text = f"London, 4 March 1947\n\nDear Sir,\n\n{sentence}\n\nJohn Smith\n"
    xml = text_xml(text, resources)
    for ref in refs:
        assert f'ref="#{ref}"' in xml
