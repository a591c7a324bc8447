"""Nothing lost on broken input: every word of a damaged or oddly arranged text is in its TEI,
in order (issue 8). Each case is a small synthetic text standing for one cause the fuzz run
found (`bench/fuzz_replay.py` groups them)."""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from tei.convert import Resources, convert_text
from tei.diagnostics import Severity
from tei.validate import Validator
from tests.test_convert_words import first_missing, words

TEI = "{http://www.tei-c.org/ns/1.0}"
_MARKER = re.compile(r"\[\d{1,3}\]")  # a footnote marker becomes note/@n


def tei_words(xml: bytes) -> list[str]:
    """The words of the TEI text, then those of the header (page fields moved there) and
    the numbers of points and notes (`@n`)."""
    root = etree.fromstring(xml)
    text = " ".join(root.find(f"{TEI}text").itertext())
    header = " ".join(root.find(f"{TEI}teiHeader").itertext())
    numbers = " ".join(root.xpath("//@n"))
    return words(text) + words(header) + words(numbers)


def assert_kept(source: str, resources: Resources, in_text: bool = True,
                labels: tuple[str, ...] = ()) -> bytes:
    """Convert `source`; every word of it but the field `labels` (dropped by their table
    rows) must be in the TEI (in order in the text, when `in_text`)."""
    xml = convert_text(source, "lost", resources).xml
    found = tei_words(xml)
    text = _MARKER.sub(" ", source)
    for label in labels:
        text = text.replace(label, " ")
    needles = words(text)
    if in_text:
        missing = first_missing(needles, found)
        assert missing is None, f"{needles[missing]!r} (word {missing}) not in order"
    else:
        assert set(needles) <= set(found), sorted(set(needles) - set(found))
    return xml


def test_a_footnote_whose_marker_is_gone_is_kept(resources: Resources) -> None:
    source = ("TELEGRAM No. 12\n\nThe minister called on me today. He spoke of the "
              "frontier.[1]\n\n[1] Not printed.\n[2] Sent under cover of a brief note.\n")
    xml = assert_kept(source, resources)
    assert b'<p><note place="foot" n="2">Sent under cover' in xml


PAGE = ("Telegram from the Ambassador to the Minister\nApril 24, 1962\n\n{head}\nSummary:\n\n"
        "The ambassador reports the crossing of the frontier.\n\n{foot}\n\nTELEGRAM No. 7\n\n"
        "The minister received me today and spoke of the frontier.\n")


def test_a_contents_field_value_is_kept_in_the_header(resources: Resources) -> None:
    source = PAGE.format(head="Contents:\n\nTranslation - English\n", foot="")
    xml = assert_kept(source, resources, in_text=False, labels=("Contents:", "Summary:"))
    assert b'<bibl type="source">Translation - English</bibl>' in xml


def test_an_unquoted_citation_line_beside_a_summary_is_kept(resources: Resources) -> None:
    source = PAGE.format(head="Citation:\n\nFollowing for the Minister from Wrong, Begins: "
                         "Lovett leaves today.\n", foot="")
    assert_kept(source, resources, in_text=False, labels=("Citation:", "Summary:"))


def test_a_related_summary_above_the_page_date_is_kept(resources: Resources) -> None:
    source = ("According to reports from border posts, some residents crossed the river.\n"
              "April 24, 1962\n\nMemorandum Given to the Vice Minister by the Ambassador\n\n"
              "Summary:\n\nThe ambassador states that residents crossed.\n\nMEMORANDUM\n\n"
              "Our border guards reported that the residents were turned back.\n")
    assert_kept(source, resources, in_text=False, labels=("Summary:",))


def test_a_date_field_that_says_more_than_its_date_is_kept(resources: Resources) -> None:
    source = ("Access to Archival Databases\nDate:\nCentral Foreign Policy Files, created "
              "7/1/1973 - 12/31/1979, documenting the period\n\nTELEGRAM No. 5\n\n"
              "The minister called on me.\n")
    assert_kept(source, resources, in_text=False, labels=("Date:",))


def test_a_second_footnote_with_the_same_marker_is_kept(resources: Resources) -> None:
    source = ("TELEGRAM No. 12\n\nThe minister called on me today.[1]\n\n"
              "[1] Sent under cover of a brief note.\n[1] A note.\n")
    xml = assert_kept(source, resources)
    assert xml.count(b'<note place="foot" n="1">') == 2


def test_a_credits_line_naming_a_translator_is_kept_whole(resources: Resources) -> None:
    source = PAGE.format(head="", foot="Credits:\n\nTranslated by Petr Kolar for the PHP.")
    xml = assert_kept(source, resources, in_text=False, labels=("Summary:", "Credits:"))
    assert b"<resp>Translation</resp>" in xml


def test_an_ocr_number_after_one_letter_is_no_footnote_anchor(resources: Resources) -> None:
    source = ("86. Telegram from the Ambassador in China to the Foreign Secretary\n\n"
              "CYPHER Peking, 24 October 1959\n\nYour telegram l503 of 23rd October. I "
              "delivered our note to the Vice-Minister.\n\n2. I told him that our information "
              "was the exact opposite.\n")
    xml = assert_kept(source, resources, in_text=False)  # the heading is a source line
    assert b"Your telegram l503 of" in xml and b'<p n="2">I told him' in xml


def test_an_archive_field_beside_a_cited_repository_is_kept(resources: Resources) -> None:
    source = PAGE.format(head='Citation:\n\n"Telegram from the Ambassador to the Minister", '
                         "April 24, 1962, Wilson Center Digital Archive, AVPRF f. 0100.\n\n"
                         "Original Archive:\n\nhttps://example.org/document/114872\n", foot="")
    assert_kept(source, resources, in_text=False,
                labels=("Citation:", "Original Archive:", "Summary:"))


def test_a_closing_tag_with_words_in_it_is_no_markup(resources: Resources) -> None:
    source = ("TELEGRAM No. 5\n\nI am instructed </ty to renew to the Embassy o]]>f China "
              "the assurances of my highest consideration.\n")
    xml = assert_kept(source, resources)
    assert b"to renew to the Embassy" in xml


def test_translation_and_text_label_lines_are_kept(resources: Resources) -> None:
    source = ("TELEGRAM No. 5\n\nTranslation\n\nThe minister called on me.\n\nText\n\n"
              "He spoke of the frontier.\n")
    assert_kept(source, resources)


def test_a_cyrillic_heading_line_is_no_page_furniture(resources: Resources) -> None:
    source = ("МИНИСТЕРСТВО НА ВЪНШНИТЕ РАБОТИ\nШИФРОВАНА ТЕЛЕГРАМА\n\n"
              "The minister called on me.\n")
    assert_kept(source, resources, in_text=False)


def test_a_copies_to_line_in_the_page_head_is_kept(resources: Resources) -> None:
    source = ("Telegram from the Ambassador to the Minister\nMay 3, 1951\n"
              "COPIES TO: S/S, G, FE\nTELEGRAM No. 5\n\nThe minister called on me.\n")
    assert_kept(source, resources, in_text=False)


def test_a_document_of_processing_lines_only_is_valid_and_whole(resources: Resources) -> None:
    source = "Deciphered by Ivanova 12.5.51\nPrinted by Petrova 12.5.51\n"
    xml = assert_kept(source, resources)
    report = Validator().validate_bytes(xml, Path("lost.xml"))
    assert not [f for f in report.findings if f.severity is Severity.ERROR]


def test_a_footnote_without_marker_after_a_section_stays_valid(resources: Resources) -> None:
    source = ("To Comrade STALIN\nMoscow\n\nDear Comrade Stalin!\n\nI send you warm greetings."
              "\n\nI. THE MILITARY SITUATION\n\n2. The greatest danger lies in an "
              "intervention.[2]\n\n3. I recommend that we tell the British frankly.\n\n"
              "G. F. K.\n\nNotes\n[1] The memorandum was sent under cover of a brief note.\n"
              "[2] Not printed.\n")
    xml = assert_kept(source, resources, in_text=False, labels=("Notes",))
    report = Validator().validate_bytes(xml, Path("lost.xml"))
    assert not [f for f in report.findings if f.severity is Severity.ERROR]
    assert b'<note place="foot" n="1">The memorandum' in xml
