"""Rules from the third unseen-layout probe of session 37 (lead48: an Ottoman cipher
telegram on a documents project's site, a Japanese documents edition's entry, a telegram of
Lenin's Collected Works as the Marxists Internet Archive gives it):

- the Turkish State Archives' Ottoman sigla (`BOA, DH.ŞFR, 56/186`), and the Republic's,
  the French overseas, Spanish and Indian or Irish national archives' (`BCA`, `ANOM`, `AGA`,
  `AHN`, `NAI`) open an archival reference: the sigla the repository, the rest the shelfmark;
- a documents project's `Keywords:` field is an index of the record, not the document;
- the Soviet collected works' editors' notes under a text (`Written on August 10, 1918`,
  `Sent to Tsaritsyn`, `First published in ...`, `Printed from the original`) are processing
  lines, and the dating gives the day the document was written;
- (lead49: a telegram of Mao's manuscripts in a book, a gazette's cablegram on Trove) Trove's
  citation of a newspaper or gazette page (`... Gazette (National : 1901 - 1973), Thursday 6
  August 1914 (No. 62), page 1`) is the page's issue line, its day the page's date; a
  heading's `and Others` is no person;
- (lead50, the stop's probe) the Congressional Record's running head is a sitting's record
  (table `hansard`), the day under it the sitting's, and the telegram read into the Record is
  dated by its own dateline under `..., as follows:`.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml


def test_an_ottoman_archive_s_sigla_open_the_reference(resources: Resources) -> None:
    text = ("Cipher telegram from the Ministry of the Interior to the Province of Adana\n\n"
            "BOA, DH.ŞFR, 54/100\n\nDate: 24 June 1915\n"
            "Keywords: deportation; Adana\n\nNo. 311\n\nTo the Province of Adana\n\n"
            "The orders given are to be carried out at once.\n\nTalât\n")
    facts = text_facts(text, resources)
    assert (facts["repository"], facts["archive_idno"]) == ("BOA", "DH.ŞFR, 54/100")
    assert "Keywords" not in text_xml(text, resources).split("<text")[1]


def test_the_collected_works_editors_notes_date_the_text(resources: Resources) -> None:
    text = ("TELEGRAM TO G. K. ORDZHONIKIDZE\n\nTo Ordzhonikidze,\nBaku\n\n"
            "Send the oil by every route open to you. Report on what is done.\n\n"
            "Lenin\n\nWritten on March 2, 1920\nSent to Baku\n"
            "First published in 1959 in Lenin Miscellany XXXVI\nPrinted from the original\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1920-03-02"
    assert facts["signed"] == "Lenin"
    xml = text_xml(text, resources)
    assert '<div type="registry" subtype="processing">' in xml


def test_trove_s_citation_line_is_the_issue_s(resources: Resources) -> None:
    found = resources.patterns.match(
        "newspaper-masthead", "The Argus (Melbourne, Vic. : 1848 - 1957), Monday 3 August "
        "1914, page 7")
    assert found is not None and found[1].group("date") == "3 August 1914"


def test_and_others_in_a_heading_is_no_person(resources: Resources) -> None:
    text = ("Telegram to Peng Dehuai, Gao Gang and Others\n\n(October 13, 1950)\n\n"
            "Comrades Peng Dehuai and Gao Gang:\n\n(1) Our army will enter Korea.\n\n"
            "Mao Zedong\n")
    assert "per-others" not in text_xml(text, resources)


def test_a_congressional_record_telegram_takes_its_own_dateline(resources: Resources) -> None:
    text = ("Congressional Record — Senate\nMarch 4, 1965\nPage 4120\n\n"
            "Mr. MORSE. Mr. President, I ask unanimous consent that a telegram sent to me by "
            "Ambassador Taylor be printed in the Record.\n\n"
            "There being no objection, the telegram was ordered to be printed in the Record, "
            "as follows:\n\nSAIGON, March 3, 1965.\n\nThe situation in the provinces is "
            "improving.\n\nMAXWELL D. TAYLOR.\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1965-03-03"
    assert facts["doc_type"] == "telegram"
