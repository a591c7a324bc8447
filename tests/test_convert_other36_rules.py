"""Rules from the misses of the other36 blind sample (British and Commonwealth documents as a
declassified-documents catalogue presents them: the Margaret Thatcher Foundation's archive
pages of TNA, Reagan Library and Thatcher MSS copies). The catalogue's title line is closed
by its release note in brackets (`[declassified 2012]`, `[summary declassified 2000]`,
`[released Dec 2012]`, `[unclassified]`): the line is the page's title without the note
(kept among the record's lines), also under a site or collection line and over the labelled
fields, and never an editors' heading (`US Ambassador (London) to Secretary of State` is not
a FRUS heading there). The record fields `Venue:`, `Importance ranking:`, `Word count:` and
`Themes:` are the page's; `Source:` is the shelfmark; the title's theme before its colon
(`Falklands:`) names no party, and a post the catalogue abbreviates before its city (`UKE
Bonn`, `UKMIS New York`, `USE London`) or a city in brackets after the sender's office (`US
Ambassador (London)`) is the place of origin. `Editorial comments:` is the site's
comment: its value on the label's line goes to the header, and alone over its paragraphs it
takes only a line dating the dispatch (`Despatched 1037 GMT 15 Sep 1983; ...`), which dates
the document when no date line does; the other paragraphs stay the page's text. The Reagan
Library's stamp as such sites transcribe it (`Declassified F97-013#59`, `By SMF, NARA, Date
5/17/00`) is a registry line. Each is tried on invented variants unlike the sample's."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_TELEGRAM = ("1. Secret entire text.\n\n"
             "2. The Foreign Secretary told us today that the talks would resume in May. He "
             "was confident that the Community would follow the British line.\n")


@pytest.mark.parametrize(("site", "title", "note"), [
    ("Archive (Reagan Library)",
     "Cold War: US Embassy (London) to Secretary of State (British views on the Bonn summit)",
     "[declassified 2003]"),
    ("Archive (TNA)\nForeign and Commonwealth Office files, Western European Department",
     "Europe: UKE Paris telegram 212 to FCO (1130Z) (\"Budget talks\")",
     "[declassified Dec 2014]"),
    ("Archive (Churchill Archive Centre)",
     "Defence: Cabinet Office minute for PM (\"Trident costs\") [figures revised]",
     "[summary declassified 2011]"),
])
def test_a_catalogue_title_closed_by_its_release_note(site: str, title: str, note: str,
                                                      resources) -> None:
    text = (f"{site}\n\n{title} {note}\n\nDocument type: Declassified documents\n"
            "Source: PREM19/1234 f56\nImportance ranking: Major\nWord count: 2pp\n"
            f"Themes: Foreign policy (Europe)\n\n{_TELEGRAM}")
    facts = text_facts(text, resources)
    assert facts["title"] == title
    assert facts["archive_idno"] == "PREM19/1234 f56"
    xml = text_xml(text, resources)
    assert note in xml  # the release note is kept among the record's lines
    assert "Importance ranking" not in xml.split("<body>")[1]


@pytest.mark.parametrize(("comment", "date"), [
    ("Editorial comments: Despatched 1037 GMT 15 Sep 1983; declassified 17 May 2000.",
     "1983-09-15"),
    ("Editorial comments:\n\nDespatched 0915 GMT 3 Mar 1986; declassified 2 Jun 2001.",
     "1986-03-03"),
    ("Editorial comments:\n\nSent 12 November 1984. The original remains closed.",
     "1984-11-12"),
])
def test_a_catalogue_comment_dates_the_dispatch(comment: str, date: str, resources) -> None:
    text = ("Archive (Reagan Library)\n\n"
            "Cold War: MT message to President Reagan (thanks) [declassified 2005]\n\n"
            "Document type: Declassified documents\nVenue: 10 Downing Street\n"
            "Source: Reagan Library: NSC Head of State File (Box 36)\n"
            f"{comment}\n\nImportance ranking: Major\nWord count: 300 words\n"
            "Themes: Foreign policy (USA)\n\n"
            "Following for President Reagan from the Prime Minister.\n\nDear Ron,\n\n"
            "Thank you for your letter about the summit. I agree that we must stand "
            "together.\n\nYours ever,\nMargaret\n")
    facts = text_facts(text, resources)
    assert facts["date"] == date
    assert facts["title"] == "Cold War: MT message to President Reagan (thanks)"


def test_a_comment_alone_keeps_its_paragraphs_in_the_text(resources) -> None:
    text = ("Archive (TNA)\nPrime Ministerial Private Office files\n\n"
            "Falklands: No.10 record of telephone conversation (1800Z) (MT-Pym) "
            "[possible visit to Washington] [declassified 2012]\n\n"
            "Document type: Declassified documents\nSource: PREM19/700 f12\n"
            "Editorial comments:\n\n"
            "The hour is uncertain; Pym was in Washington and spoke from the Embassy.\n\n"
            "Importance ranking: Key\nWord count: 3pp\nThemes: Defence (Falklands)\n")
    facts = text_facts(text, resources)
    assert facts["doc_type"] == "record of conversation"
    assert facts["archive_idno"] == "PREM19/700 f12"
    body = text_xml(text, resources).split("<body>")[1]
    assert "The hour is uncertain" in body


@pytest.mark.parametrize("stamp", [
    ("Declassified F97-013#59", "By SMF, NARA, Date 5/17/00"),
    ("Declassified F2004-112/2#7", "By KML, NARA, Date 9/3/08"),
])
def test_a_reagan_library_stamp_is_a_registry_line(stamp: tuple[str, str], resources) -> None:
    text = ("Archive (Reagan Library)\n\n"
            "Cold War: US Embassy (London) to Secretary of State (Falklands) "
            "[declassified 2008]\n\nDocument type: Declassified documents\n"
            "Source: Reagan Library: NSC Files (Box 91)\n\n"
            f"{stamp[0]}\n{stamp[1]}\n\n{_TELEGRAM}")
    xml = text_xml(text, resources)
    for line in stamp:
        assert f'<ab type="registry" subtype="declassification">{line.split(",")[0]}' in xml
    assert text_facts(text, resources)["doc_type"] == "telegram"


@pytest.mark.parametrize(("title", "place"), [
    ("Falklands: UKHC Wellington telegram 88 to FCO (0330Z) (\"Sanctions\")", "Wellington"),
    ("Trade: UKMIS Geneva telegram 51 to FCO (\"GATT round\")", "Geneva"),
    ("Cold War: USE Paris to State Department (\"Summit preparations\")", "Paris"),
    ("Cold War: US Ambassador (Bonn) to Secretary of State (pipeline sanctions)", "Bonn"),
])
def test_a_catalogue_titles_post_abbreviation_gives_the_place(title: str, place: str,
                                                             resources) -> None:
    text = (f"Archive (TNA)\nForeign and Commonwealth Office files\n\n{title} "
            "[declassified 2016]\n\nDocument type: Declassified documents\n"
            "Source: FCO 98/4321 f7\nEditorial comments: The telegram is filed twice.\n"
            "Importance ranking: Minor\nWord count: 2pp\nThemes: Trade\n")
    facts = text_facts(text, resources)
    assert facts["place_of_origin"] == place and facts["title"] == title
