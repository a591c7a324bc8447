"""Rules found on invented layouts (lead17): pages reaching the converter through a web
reader service (its `Title:` / `URL Source:` / `Markdown Content:` header), through the
Wayback Machine (its toolbar), or with a reader's own lines above them (the page's address,
a note of where it was saved)."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.wraps import join_broken_places
from tests.cases import text_facts, text_xml
from tests.tei_facts import xp

_TITLE = "Ciphered Telegram from Ambassador Puzanov to the USSR Ministry of Foreign Affairs"
_PAGE = (f"Skip to content\n\nMarch 4, 1959\n\n{_TITLE}\n\nCIPHERED TELEGRAM No. 4127\n\n"
         "From PYONGYANG\n\nOn 3 March I visited Kim Il Sung at his request.\n\nPUZANOV\n")
_URL = "https://digitalarchive.wilsoncenter.org/document/990417"


def body_text(text: str, resources) -> str:
    root = etree.fromstring(text_xml(text, resources).encode())
    return " ".join(" ".join(xp(root, "//tei:body")[0].itertext()).split())


@pytest.mark.parametrize("site", [
    "Wilson Center Digital Archive", "Digital Archive", "WikiLeaks", "Office of the Historian"])
def test_a_web_readers_header_gives_title_and_address(site, resources) -> None:
    header = (f"Title: {_TITLE} | {site}\n\nURL Source: {_URL}\n\n"
              "Published Time: 2019-05-14T09:12:00+00:00\n\nMarkdown Content:\n")
    facts = text_facts(header + _PAGE, resources)
    assert facts["title"] == _TITLE
    assert facts["source_url"] == _URL
    assert facts["date"] == "1959-03-04"  # not the web page's publication time
    assert facts["telegram_number"] == "4127"
    assert "URL Source" not in body_text(header + _PAGE, resources)


def test_a_site_wide_title_titles_no_document(resources) -> None:
    header = "Title: Historical Documents - Office of the Historian\n\nMarkdown Content:\n"
    assert text_facts(header + _PAGE, resources)["title"] == _TITLE


def test_a_header_without_the_readers_content_line_is_no_readers_header(resources) -> None:
    text = f"Title: The situation in Korea\n\nURL Source: {_URL}\n\n{_PAGE}"
    assert f"URL Source: {_URL}" in body_text(text, resources)


_TOOLBAR = ("The Wayback Machine - https://web.archive.org/web/20140822101512/" + _URL[8:] +
            "\nWayback Machine\n14 captures\n22 Aug 2014 - 09 Jan 2021\nJUL\tAUG\tSEP\n22\n"
            "2013\t2014\t2015\nsuccess\nfail\nAbout this capture\nCOLLECTED BY\nTIMESTAMPS\n")


def test_a_web_archives_toolbar_is_furniture(resources) -> None:
    facts = text_facts(_TOOLBAR + _PAGE, resources)
    assert (facts["title"], facts["date"], facts["sender"]) == (
        _TITLE, "1959-03-04", ["Alexander Puzanov"])
    body = body_text(_TOOLBAR + _PAGE, resources)
    assert "captures" not in body and "22" not in body.split()


def test_a_number_between_different_furniture_rows_is_kept(resources) -> None:
    text = _PAGE.replace("PUZANOV", "Share This Page\n22\n14 captures\n\nPUZANOV")
    assert "22" in body_text(text, resources).split()


@pytest.mark.parametrize("above", [
    f"{_URL}\n", "Saved from the Wilson Center Digital Archive on 12 October 2026\n",
    f"Saved for a seminar on 12 October 2026\n{_URL}\n"])
def test_a_readers_lines_above_a_page_head_go_to_the_header(above, resources) -> None:
    facts = text_facts(f"{above}\n{_PAGE}", resources)
    assert (facts["title"], facts["date"], facts["sender"]) == (
        _TITLE, "1959-03-04", ["Alexander Puzanov"])
    assert facts["source_url"] == (_URL if _URL in above else None)
    assert "Saved" not in body_text(f"{above}\n{_PAGE}", resources)


_LETTER = "March 4, 1959\n\nLetter from Kim Il Sung to Nikita Khrushchev\n\nDear Comrade!\n"


def test_a_classification_above_a_date_opens_the_document(resources) -> None:
    assert "TOP SECRET" in body_text(f"TOP SECRET\n\n{_LETTER}", resources)


def test_a_documents_own_title_above_a_date_stays_its_title(resources) -> None:
    title = "TELEPHONE CONVERSATION BETWEEN KISSINGER AND DOBRYNIN"
    assert text_facts(f"{title}\n\n{_LETTER}", resources)["title"] == title


_DESPATCH = ("Mr R.G. Casey, Minister for External Affairs, to Mr J.B. Chifley, Prime Minister\n\n"
             "Cablegram 217 LONDON, 3 May 1951\n\nThe conference opened today.\n")


def test_a_pages_address_alone_above_it_is_its_source_url(resources) -> None:
    plain = text_facts(_DESPATCH, resources)
    addressed = text_facts(f"https://example.org/documents/217\n\n{_DESPATCH}", resources)
    assert addressed["source_url"] == "https://example.org/documents/217"
    assert plain["title"] and {k: addressed[k] for k in ("title", "sender", "date")} == {
        k: plain[k] for k in ("title", "sender", "date")}


@pytest.mark.parametrize(("first", "rest", "place"), [
    ("New", "York, November 21, 1955—6 p.m.", "New York"),
    ("Buenos", "Aires, March 3, 1952—5 p.m.", "Buenos Aires"),
])
def test_a_dateline_broken_inside_its_place_is_one_line(first, rest, place, resources) -> None:
    text = f"TELEGRAM\n\n{first}\n{rest}\n\nThe committee met today.\n\nLodge\n"
    assert text_facts(text, resources)["place_of_origin"] == place


@pytest.mark.parametrize(("first", "rest", "blank"), [
    ("Paris", "London, 3 March 1952", False),  # a register name alone on its line
    ("New", "York was quiet on 3 March 1952.", False),  # no comma closing the place
    ("Buenos", "Aires, in the spring of that year.", False),  # no dated day after it
    ("New", "York, 3 March 1952", True),  # a blank line between: not one line broken
])
def test_lines_that_only_look_like_a_broken_place_stay_apart(first, rest, blank,
                                                               resources) -> None:
    lines = [Line(1, first), Line(2, rest, blank_before=blank)]
    kept = join_broken_places(lines, Context(resources, "t", text=f"{first}\n{rest}"))
    assert [line.text for line in kept] == [first, rest]


def test_front_matter_saved_with_cr_lf_line_ends_is_read(resources) -> None:
    text = ("---\ntitle: Letter from Kim Il Sung to Nikita Khrushchev\ndoc_date: '1956-08-17'\n"
            "---\n\nDear Comrade Khrushchev!\n\nWe thank you.\n\nKim Il Sung\n")
    facts = text_facts(text.replace("\n", "\r\n"), resources)
    assert (facts["title"], facts["date"]) == (
        "Letter from Kim Il Sung to Nikita Khrushchev", "1956-08-17")


_WRAPPED = ("Skip to content\n\nMarch 4, 1959\n\n" + _TITLE + "\n\n{funder}\n\n"
            "CIPHERED TELEGRAM No. 4127\nFrom PYONGYANG\n\n" + "\n".join(
                ["On 3 March I visited Kim Il Sung at his request and we spoke about the"] * 9)
            + "\nloan.\n\nPUZANOV\n")


@pytest.mark.parametrize(("funder", "name"), [
    ("This document was made possible with support from ROK Ministry of\nUnification",
     "ROK Ministry of Unification"),
    ("This document was made possible with support from Carnegie Corporation\n"
     "of New York (CCNY)", "Carnegie Corporation of New York (CCNY)"),
    ("This document was made possible with support from the Leon Levy\nFoundation",
     "Leon Levy Foundation"),
    ("This document was made possible with support from The Woodrow Wilson\n"
     "International Center for Scholars", "The Woodrow Wilson International Center for Scholars"),
])
def test_a_funding_line_wrapped_before_its_end_is_one_line(funder, name, resources) -> None:
    text = _WRAPPED.format(funder=funder)
    assert text_facts(text, resources)["funder"] == name
    assert name.split()[-1] not in body_text(text, resources)


@pytest.mark.parametrize("classification", ["TOP SECRET", "Strictly Secret", "MOST SECRET"])
def test_a_classification_line_never_continues_a_wrapped_title(classification,
                                                               resources) -> None:
    title = "Telegram from Soviet Ambassador to the USA Dobrynin to the USSR MFA"
    paragraph = "\n".join(["Rusk said that he had a commission from the president to send a"] * 9)
    text = f"October 22, 1962\n{title}\n{classification}\nCIPHERED TELEGRAM\n{paragraph}\n.\n"
    assert text_facts(text, resources)["title"] == title


@pytest.mark.parametrize("title", [
    "Cable from the Chinese Embassy in North Korea",
    "Ciphered Telegram from Ambassador Puzanov to the USSR Ministry of Foreign Affairs"])
def test_a_title_over_the_pages_date_line_is_the_pages_title(title, resources) -> None:
    text = f"{title}\n\nMarch 4, 1959\n\nSecret\n\nOn 3 March I visited Kim Il Sung.\n\nPUZANOV\n"
    facts = text_facts(text, resources)
    assert (facts["title"], facts["date"]) == (title, "1959-03-04")
    assert "1959" not in body_text(text, resources)


@pytest.mark.parametrize("line", [
    "Cable from Zhou Enlai to Stalin reporting the arrival of the delegation.",  # a summary
    "TELEGRAM No. 4127",  # a form's heading line
])
def test_a_summary_or_a_form_line_over_a_date_is_no_title(line, resources) -> None:
    text = f"{line}\n\nMarch 4, 1959\n\nOn 3 March I visited Kim Il Sung.\n\nPUZANOV\n"
    assert text_facts(text, resources)["title"] != line


@pytest.mark.parametrize(("text", "hour"), [
    ("January 21, 1949--7 p.m.", 19), ("December 7--7:58 a.m.", 7), ("June 1, 1949 -- noon", 12)])
def test_two_hyphens_for_a_dash_part_a_date_from_its_time(text, hour, resources) -> None:
    found = resources.dates.find(text)
    assert found and found[0].hour == hour


_FUNDED = "This document was made possible with support from the MacArthur Foundation"


@pytest.mark.parametrize("title", [
    "Cable from the Chinese Embassy in North Korea",
    "Report from Etre Sándor, 'Information from the Korean desk.'",
    "Brazilian Embassy Cable, the Ambassador in Bonn Reports on Soviet Pressure"])
def test_a_first_line_over_the_funding_line_is_the_pages_title(title, resources) -> None:
    text = f"{title}\n\n{_FUNDED}\n\nSECRET\n\nHanoi, 14 February 1968\n\nThe talks went well.\n"
    assert text_facts(text, resources)["title"] == title


# (bloc69) not a form sent from a mission (`Cable from the Chinese Embassy in North Korea`):
# table `title-shapes` makes that a title on any first line
@pytest.mark.parametrize("title", [
    "Report from Etre Sándor, 'Information from the Korean desk.'",
    "Brazilian Embassy Cable, the Ambassador in Bonn Reports on Soviet Pressure"])
def test_a_first_line_without_a_funding_line_under_it_is_no_title(title, resources) -> None:
    text = (f"{title}\n\nSECRET\n\nHanoi, 14 February 1968"
            f"\n\nThe talks went well.\n\n{_FUNDED}\n")
    assert text_facts(text, resources)["title"] != title


_OLD_LAYOUT = ("Search in\n\nDigital Archive International History Declassified\n\n"
               "November 06, 1968\n\nCIPHER TELEGRAM FROM THE HUNGARIAN EMBASSY IN HANOI\n\n"
               "  • Citation\n\n"
               "    get citation\n\n    The embassy reports on the bombing halt.\n"
               '    "Cipher Telegram from the Hungarian Embassy in Hanoi," November 06, 1968, '
               "History and Public Policy Program Digital Archive, MOL, XIX-J-1-j. Translated by "
               "Balázs Szalontai.\n  • share document\n\nEnglish HTML\n\nCipher telegram\n"
               "Hanoi, 6 November 1968\nNo. 417\n\nThe talks went on.\n\nZádor\n")


def test_a_readers_title_yields_to_the_pages_own_title_line(resources) -> None:
    header = ("Title: Cipher Telegram from the Hungarian Embassy in Hanoi | Wilson Center "
              "Digital Archive\n\nURL Source: https://example.org/x\n\nMarkdown Content:\n")
    facts = text_facts(header + _OLD_LAYOUT, resources)
    assert facts["title"] == "Cipher Telegram from the Hungarian Embassy in Hanoi"
    assert facts["summary"] == "The embassy reports on the bombing halt."
    assert facts["translator"] == "Balázs Szalontai"


_TURN = ("861.00/3-1249: Telegram\n\nThe Ambassador in the Soviet Union (Kirk) to the Secretary "
         "of State\n\nMoscow, March 12, 1949—4 p.m.\n\n612. Press today announces the change. "
         "Embassy believes it reflects the wish {end}\n\n{mark}\n\n{start} decisions in one "
         "place.\n\nKirk\n")


@pytest.mark.parametrize("mark", [
    "## p. 412 (#436) ####################", "412        FOREIGN RELATIONS, 1949, VOLUME V"])
@pytest.mark.parametrize(("end", "start", "joined"), [
    ("to", "concentrate", True), ("of the", "Chinese", True), ("of Stalin.", "the", False),
    ("of Stalin", "Decisions", False)])
def test_a_sentence_broken_over_a_pages_turn_runs_on(mark, end, start, joined,
                                                     resources) -> None:
    text = _TURN.format(mark=mark, end=end, start=start)
    paragraphs = [" ".join("".join(p.itertext()).split()) for p in xp(
        etree.fromstring(text_xml(text, resources).encode()), "//tei:body//tei:p")]
    assert any(f"{end} {start}" in p for p in paragraphs) == joined
    assert not any("#" in p or "RELATIONS" in p for p in paragraphs)


def test_a_readers_note_above_a_related_summary_and_the_head(resources) -> None:
    text = ("Saved from the Wilson Center Digital Archive on 12 October 2026\n\n"
            "The telegram relays a request from Mao to Stalin about the talks in Beijing.\n"
            f"March 4, 1959\n{_TITLE}\n\nOn 3 March I visited Kim Il Sung.\n\nPUZANOV\n")
    facts = text_facts(text, resources)
    assert (facts["title"], facts["date"]) == (_TITLE, "1959-03-04")


def test_a_funding_line_at_the_width_is_not_joined_to_a_heading_under_it(resources) -> None:
    """`... Leon Levy Foundation` / `Ciphered Telegram`: no body's name ends the next line."""
    funder = "This document was made possible with support from the Leon Levy Foundation"
    text = _WRAPPED.format(funder=f"{funder}\nCiphered Telegram")
    assert text_facts(text, resources)["funder"] == "Leon Levy Foundation"


@pytest.mark.parametrize("dateline", [
    "Nanking, February\n23, 1947—2 p.m.", "Nanking, February 23,\n1947—2 p.m.",
    "Nanking, February 23, 1947—2 p.m."])
def test_a_dateline_never_ends_the_wrapped_heading_above_it(dateline, resources) -> None:
    """A narrow copy of a FRUS telegram: the heading fills most of the width, the dateline
    (whole, or broken after its month) is its own line."""
    heading = "The Ambassador in China (Stuart) to the Secretary of State"
    paragraph = "\n".join(["348. Rumor has it, as is reported in the press, that the Minister"] * 9)
    text = f"893.00/2–2347: Telegram\n{heading}\n{dateline}\n{paragraph}\n.\n\nStuart\n"
    facts = text_facts(text, resources)
    assert (facts["title"], facts["date"]) == (heading, "1947-02-23")
