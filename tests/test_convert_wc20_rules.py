"""Family rules of the wc20 blind sample, each tried on invented variants: a signature over a
date whose year the editors supplied, a phrase summary under the editors' notes, the older
layout's month-comma-year date repeated under a one-sentence summary, a signer's name with
the organisation he writes for, and the register entries the sample wanted."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert import convert_text
from tests.tei_facts import facts, names_of, referenced, signed, xp

TEXT = "Move the grain to the depots before the rivers freeze and report on the wagons.\n\n"


def _root(text: str, resources) -> etree._Element:
    return etree.fromstring(convert_text(text, "t", resources).xml)


@pytest.mark.parametrize(("line", "when"), [
    ("7 November [1950]", "1950-11-07"), ("November 7, [1950]", "1950-11-07"),
    ("12 May [1951].", "1951-05-12")])
def test_a_date_with_the_editors_year_under_a_signature_closes_the_text(
        line: str, when: str, resources) -> None:
    root = _root(f"{TEXT}Zhou Enlai\n\n{line}\n", resources)
    assert signed(root) == "Zhou Enlai"
    assert xp(root, "//tei:closer/tei:dateline/tei:supplied")
    assert facts(root)["date"] == when


def test_a_bracketed_year_inside_a_sentence_is_no_dateline(resources) -> None:
    root = _root(f"{TEXT}Zhou Enlai\n\nThe plan for [1951] was approved by the bureau.\n",
                 resources)
    assert not xp(root, "//tei:closer/tei:dateline")


PAGE = ("Skip to content\n\nMarch 2, 1951\n\nCable from Mao Zedong to Gao Gang, 'Comments on "
        "the Railway Plan'\n\nComments on the Railway Plan[1]\n\nComrade Gao [Gang]\n\n"
        f"{TEXT}Mao Zedong\n\n2 March [1951]\n\n[1] This comment was written on a report of "
        "the Northeast Bureau of 1 March.\n\n{last}\n\nDocument Information\n\n"
        "Invented Series, vol. 2, 17.\n")


def test_a_phrase_naming_the_title_s_person_under_the_notes_is_the_summary(resources) -> None:
    last = "Mao Zedong's comment on the railway plan of the Northeast Bureau for the winter"
    root = _root(PAGE.format(last=last), resources)
    assert facts(root)["summary"] == last
    assert facts(root)["notes"] == 1


def test_a_phrase_naming_no_one_of_the_title_stays_the_note_s(resources) -> None:
    last = "Grain stocks of the northeast provinces in the winter of that year"
    root = _root(PAGE.format(last=last), resources)
    assert facts(root)["summary"] is None


OLD = ("{date}\n\n    The Czechoslovak party leadership answers the Hungarian proposal.\n"
       "    {date}\nLetter from the Central Committee of the Communist Party of "
       "Czechoslovakia to Comrade János Kádár\n\nDear Comrade Kádár,\n\n{text}"
       "With fraternal greetings,\n\n{signature}\n")
NOVOTNY = "Antonín Novotný, Central Committee of the Communist Party of Czechoslovakia"


@pytest.mark.parametrize(("date", "when"), [("June, 1957", "1957-06"), ("June 1957", "1957-06"),
                                            ("October, 1956", "1956-10")])
def test_the_older_layout_s_date_over_and_under_a_one_sentence_summary(
        date: str, when: str, resources) -> None:
    root = _root(OLD.format(date=date, text=TEXT, signature=NOVOTNY), resources)
    found = facts(root)
    assert found["date"] == when
    assert found["summary"] == "The Czechoslovak party leadership answers the Hungarian proposal."
    assert found["title"].startswith("Letter from the Central Committee")
    assert date not in " ".join("".join(xp(root, "//tei:body")[0].itertext()).split())


@pytest.mark.parametrize(("signature", "sender"), [
    (NOVOTNY, "Antonín Novotný"),
    ("Wladislaw Gomulka, Central Committee of the Polish United Workers Party",
     "Władysław Gomułka")])
def test_a_signer_s_name_with_the_organisation_he_writes_for_signs(
        signature: str, sender: str, resources) -> None:
    root = _root(OLD.format(date="June, 1957", text=TEXT, signature=signature), resources)
    assert signed(root) == signature
    assert sender in facts(root)["sender"]


def test_a_sentence_ending_in_an_organisation_does_not_sign(resources) -> None:
    line = "We thank the comrades, Central Committee of the Communist Party of Czechoslovakia"
    root = _root(OLD.format(date="June, 1957", text=TEXT, signature=line), resources)
    assert signed(root) is None


@pytest.mark.parametrize(("text", "name"), [
    ("The railway from Kalgan was cut.", "Zhangjiakou"),
    ("The troops of Liaodong Province moved.", "Liaodong"),
    ("The depots of Liaoxi are full.", "Liaoxi")])
def test_the_register_knows_the_sample_s_places(text: str, name: str, resources) -> None:
    root = _root(f"{text}\n", resources)
    assert any(name in names_of(entry) for entry in referenced(root, "place"))


def test_the_romanian_translations_spelling_of_gomulka(resources) -> None:
    root = _root("Comrade Wladislaw Gomulka spoke first.\n", resources)
    assert any("Władysław Gomułka" in names_of(entry) for entry in referenced(root, "person"))
