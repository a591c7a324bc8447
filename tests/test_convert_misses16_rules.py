"""Rules from the misses shared by several blind samples (misses16): an edition's item
page (the Marxists Internet Archive and its mirrors) names its author, the sender of a
letter or telegram that names none; its author's line may stand right over its fields;
a Soviet edition's address line by surname and office; the site's navigation under the
text; each tried on invented variants unlike the samples'."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

FIELDS = ("First Published: 1950 in the Works.\nSource: {source}\n"
          "Transcription/HTML Markup: Invented for the tests\n\n")
LETTER = "{head}\n\n" + FIELDS + "To Comrade Kamenev.\n\nThe line to {place} is clear again; " \
    "the grain goes north tonight by two through trains.\n\n{place}, June 3, 1918\n"


@pytest.mark.parametrize(("source", "sender"), [
    ("J. V. Stalin, Works, Volume 4, pages 101 - 102.", "Joseph Stalin"),
    ("Lenin's Collected Works, Volume 27, page 400.", "Vladimir Lenin"),
    ("Lenin Collected Works, Progress Publishers, 1975, Moscow, Volume 44.", "Vladimir Lenin"),
])
def test_the_author_an_edition_source_names_is_the_sender_of_an_unsigned_letter(
        source: str, sender: str, resources) -> None:
    found = text_facts(LETTER.format(head="Letter to L. B. Kamenev", source=source,
                                     place="Tsaritsyn"), resources)
    assert found["sender"] == [sender]
    assert found["date"] == "1918-06-03"


def test_a_source_naming_no_works_names_no_sender(resources) -> None:
    found = text_facts(LETTER.format(head="Letter to L. B. Kamenev", place="Tsaritsyn",
                                     source="Central Party Archive, fond 558, file 12."),
                       resources)
    assert found["sender"] == []


def test_a_signature_keeps_the_sender_it_names(resources) -> None:
    text = LETTER.format(head="Letter to L. B. Kamenev", place="Tsaritsyn",
                         source="J. V. Stalin, Works, Volume 4.") + "\nLenin\n"
    assert text_facts(text, resources)["sender"] == ["Vladimir Lenin"]


def test_an_author_line_right_over_the_fields_is_the_page_and_the_sender(resources) -> None:
    text = ("V. I. Lenin\n\n\nPublished: First published in 1942.\n"
            "Source: Lenin Collected Works, Volume 44, page 12.\nTranslated: Clemens Dutt\n"
            "Transcription\\Markup: Invented\n\nSklyansky, Deputy Chairman of the Revolutionary "
            "Military Council\n\nSend the two regiments from Tula to the Southern Front at "
            "once and report on their arrival.\n\nAugust 2, 1919\n")
    found = text_facts(text, resources)
    assert (found["sender"], found["addressee"]) == (["Vladimir Lenin"], ["Ephraim Sklyansky"])
    assert (found["date"], found["translator"]) == ("1919-08-02", "Clemens Dutt")
    assert "Published" not in text_xml(text, resources).split("<text", 1)[1]


@pytest.mark.parametrize(("line", "addressee"), [
    ("Voroshilov, Commander of the Tenth Army", ["Kliment Voroshilov"]),
    ("Trotsky, Chairman, Revolutionary Military Council", ["Leon Trotsky"]),
    ("Tsaritsyn, Volga Region", []),
])
def test_an_address_line_by_surname_and_office(line: str, addressee: list[str],
                                               resources) -> None:
    found = text_facts(f"TELEGRAM\n\nMoscow, May 14, 1919\n\n{line}\n\nReport at once on "
                       "the state of the line and the grain trains.\n\nLenin\n", resources)
    assert found["addressee"] == addressee


def test_the_archive_navigation_under_the_text_is_furniture(resources) -> None:
    xml = text_xml("TELEGRAM\n\nMoscow, May 14, 1919\n\nTo Comrade Stalin.\n\nReport at once "
                   "on the state of the line.\n\nLenin\n\n< backward   forward >\n"
                   "Works Index   |   Volume 29 | Collected Works   |   L.I.A. Index\n",
                   resources)
    body = xml.split("<text", 1)[1]
    assert "backward" not in body and "Index" not in body and "Collected Works" not in body
