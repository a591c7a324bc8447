"""Rules from the misses of the blind sample cables43 (FRUS microfiche supplement telegrams,
1955-57): the editors' mark of a facsimile's page (`[Facsimile Page 1]`) is a page break,
above the message too, where the number line still opens the text; the post's answer names
its sender alone on that line (`1410. From Johnson.`); the Department's telegraph branch's
handling note (`Note: Mr. X (FE–DO) notified, 1/21/56, 2:40 p.m., CWO/FED`) is registry;
a 1940s precedence in small capitals alone under the heading (`urgent`, `us urgent`) is a
marking, not the heading's last words."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_FICHE = ("460. Telegram {number} from Geneva1\n\n{mark}\n\n{number}. From {sender}. "
          "Department’s telegram 1524.\n\nStatement is excellent and strikes the right note. "
          "Will make copies available to correspondents here.\n\n{note}\n\n"
          "  1. Source: Department of State, Central Files, 611.93/1–2156. Official Use Only.\n")


@pytest.mark.parametrize("mark", ["[Facsimile Page 1]", "[Page 1]"])
@pytest.mark.parametrize("number", ["1410", "987"])
def test_a_page_mark_above_the_message_keeps_its_number_line(resources, mark: str,
                                                               number: str) -> None:
    text = _FICHE.format(number=number, mark=mark, sender="Johnson", note="")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == number
    xml = text_xml(text, resources)
    assert '<pb n="1"/>' in xml
    assert "Facsimile" not in xml.split("<text", 1)[1]


@pytest.mark.parametrize(("sender", "name"), [("Johnson", "Johnson"),
                                              ("Ambassador Johnson", "Johnson"),
                                              ("Bohlen", "Bohlen")])
def test_the_posts_number_line_names_its_sender(resources, sender: str, name: str) -> None:
    facts = text_facts(_FICHE.format(number="1410", mark="[Facsimile Page 1]", sender=sender,
                                     note=""), resources)
    assert any(name in s for s in facts["sender"])


@pytest.mark.parametrize("sender", ["Department", "The Embassy", "Your"])
def test_no_sender_from_a_word_that_names_none(resources, sender: str) -> None:
    text = _FICHE.format(number="1410", mark="", sender=sender, note="")
    assert not text_facts(text, resources)["sender"]


@pytest.mark.parametrize("note", ["Note: Mr. Haring (FE–DO) notified, 1/21/56, 2:40 p.m., CWO/FED",
                                  "Note: Mr. Clough (CA) notified 3/2/56 5:10 p.m. CWO-FED",
                                  "Note: Miss Kirkpatrick advised 11:15 p.m. 3/4/57"])
def test_the_telegraph_branchs_handling_note_is_registry(resources, note: str) -> None:
    xml = text_xml(_FICHE.format(number="1410", mark="", sender="Johnson", note=note), resources)
    registry = xml.split('type="registry"', 1)
    assert len(registry) == 2
    assert "notified" in registry[1] or "advised" in registry[1]


def test_a_note_in_the_text_is_no_handling_note(resources) -> None:
    note = "Note: the Minister notified us yesterday that he would attend the talks in person."
    xml = text_xml(_FICHE.format(number="1410", mark="", sender="Johnson", note=note), resources)
    assert 'subtype="processing"' not in xml


def test_a_heading_naming_the_sender_keeps_him_over_the_line_alone(resources) -> None:
    text = ("711.62/384: Telegram\n\nThe Chargé in Germany (Gordon) to the Secretary of State\n\n"
            "Berlin, September 14, 1933—5 p.m.\n\n207. From Wiley. The Foreign Office informed "
            "me this morning that the reply will be delivered tomorrow.\n")
    assert text_facts(text, resources)["sender"] == ["Gordon"]


_FORTIES = ("501.BC Atomic/6–1947: Telegram\nThe Ambassador in the United Kingdom (Douglas) to "
            "the Secretary of State\n{marks}\n3353. For the Secretary. Regret my telegram "
            "carried the wrong implication.\n")


@pytest.mark.parametrize("marks", ["urgent", "us urgent", "secret\nurgent",
                                   "top secret\nmost urgent", "secret; urgent"])
def test_a_precedence_line_under_the_heading_is_no_part_of_the_title(resources,
                                                                     marks: str) -> None:
    facts = text_facts(_FORTIES.format(marks=marks), resources)
    assert facts["title"] == ("The Ambassador in the United Kingdom (Douglas) to the Secretary"
                              " of State")
    assert facts["telegram_number"] == "3353"
