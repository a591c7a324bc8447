"""Rules from the wc50 sample of Wilson Center collections not sampled before (Mongolian,
Bulgarian, Albanian and SED party records among them), each tried on invented texts in more
than one layout of its family:

- two names of initials on one line are two names: a body's signatures in two columns read
  across (`Ts. Dugersuren D. Molomjamts`), in the closer and in running text;
- an SED note on a talk (`Note on the Final Talk with ...`) is the record of the talk;
- a role noun ends the title a bracket gives before its given name (`[SED Politburo Member
  Paul] Verner`: Paul Verner);
- a body's initials before an office word (`C.C. Secretary`) are an office, no person.
"""

from __future__ import annotations

import re

import pytest

from tei.convert.parts import signature_names
from tests.cases import text_facts, text_xml

DECISION = (
    "{date}\n{title}\nThis document was made possible with support from Leon Levy Foundation\n"
    "RESOLUTION\n\nThe Politburo RESOLVES:\n\nTo strengthen the defence of the country.\n\n"
    "Members of the Politburo:\n\n{signatures}\n"
)


@pytest.mark.parametrize("text,names", [
    ("Ts. Dugersuren D. Molomjamts", ["Ts. Dugersuren", "D. Molomjamts"]),
    ("S. Luvsan Yu. Tsedenbal", ["S. Luvsan", "Yu. Tsedenbal"]),
    ("T. Zhivkov    P. Mladenov", ["T. Zhivkov", "P. Mladenov"]),
    ("A. B. Johnson", ["A. B. Johnson"]),  # one name of two initials
    ("John F. Kennedy", ["John F. Kennedy"]),  # a given name before the initial
])
def test_signature_names_part_two_names_of_initials(text: str, names: list[str]) -> None:
    assert [text[a:b] for a, b in signature_names(text)] == names


@pytest.mark.parametrize("signatures,signed", [
    ("Ts. Dugersuren D. Molomjamts\nN. Jagvaral J. Sambuu\nN. Luvsanravdan",
     ["Ts. Dugersuren", "D. Molomjamts", "N. Jagvaral", "J. Sambuu", "N. Luvsanravdan"]),
    ("T. Zhivkov    P. Mladenov\nS. Todorov    G. Filipov",
     ["T. Zhivkov", "P. Mladenov", "S. Todorov", "G. Filipov"]),
])
def test_signatures_read_across_columns_are_each_a_person(signatures: str, signed: list[str],
                                                          resources) -> None:
    text = DECISION.format(date="December 1, 1965", title="Politburo Resolution on Defence",
                           signatures=signatures)
    xml = text_xml(text, resources)
    closer = re.search(r"<closer>.*?</closer>", xml, re.S)
    assert closer is not None
    names = re.findall(r"<persName[^>]*>([^<]*)</persName>", closer.group())
    assert names == signed


def test_signatures_read_across_over_a_further_letter_are_two_persons(resources) -> None:
    """The signatures over the page's next document (no closer there): two names a line."""
    text = DECISION.format(date="December 1, 1965", title="Politburo Resolution and Letter",
                           signatures="Ts. Dugersuren D. Molomjamts\n\nCopy is correct.\n\n"
                           "Top Secret\n\nDear Comrades!\n\nWe are taking measures to "
                           "strengthen the defence of the country.")
    xml = text_xml(text, resources)
    assert ">Ts. Dugersuren</persName>" in xml and ">D. Molomjamts</persName>" in xml


@pytest.mark.parametrize("title", [
    "Note on the Final Talk with the CP Cuba Delegation on 21 November 1968",
    "Note on the First Talk with the Delegation of the Korean Workers' Party on 10 May 1977",
    "Note on a Talk of Comrade Axen with the Vietnamese Ambassador",
])
def test_an_sed_note_on_a_talk_is_a_record_of_the_talk(title: str, resources) -> None:
    text = f"Skip to content\n\nNovember 27, 1968\n\n{title}\n\nThe conversation began.\n"
    assert text_facts(text, resources)["doc_type"] == "record of conversation"


@pytest.mark.parametrize("bracket,ref", [
    ("SED Politburo Member Paul", "per-paul-verner"),
    ("Politburo member Paul", "per-paul-verner"),
])
def test_a_role_noun_ends_the_brackets_title(bracket: str, ref: str, resources) -> None:
    text = (f"Skip to content\n\nNovember 27, 1968\n\nNote on the Talk\n\n"
            f"Comrade [{bracket}] Verner expressed full support.\n")
    xml = text_xml(text, resources)
    assert f'<persName ref="#{ref}">Verner</persName>' in xml
    assert "member-paul" not in xml.casefold()


@pytest.mark.parametrize("line", [
    "Le Duc Tho, Political Bureau member and C.C. Secretary of the Workers Party of Vietnam.",
    "The C.C. Secretary of the SED would receive a full account.",
])
def test_a_bodys_initials_before_an_office_word_are_no_person(line: str, resources) -> None:
    xml = text_xml(f"Skip to content\n\nJuly 24, 1965\n\nTranscript\n\n{line}\n", resources)
    assert "C.C. Secretary</persName>" not in xml
