"""Rules for the Wilson Center Digital Archive's pages of Latin American, Middle Eastern,
African and East European documents (wave 88, wcdj88), learnt from real pages (Brazilian and
Argentine nuclear memoranda, a CNEA letter with its officials in capitals, a Soviet
ambassador's memorandum of his talk with Nasser, a Czechoslovak intelligence chief's covering
letter, Hungarian reports from Havana, a Yugoslav message from Addis Ababa):

- a Portuguese or Spanish full name with a particle (`Luiz Augusto de Castro Neves`, `Pedro
  Jose da Silva Ramos`): read whole after a given name of table `given-first`
  (`given_first.iberian_end`), and no register surname inside it stands for another person
  (`Castro`: Fidel Castro; `given_first.inside_iberian_name`, asked by
  `glued.compound_surname` in the text and by `glued.glued_on` and `parties._registered` in
  a title's parties); a party's particles count as no name words (`parties._names`);
- a whole name in capitals in a mixed-case letter, opening on a given name of the table
  (`ROMULO RIBEIRO PIERONI`, `SERGIO GORRETA MUNDIM`): one person the register lacks, no
  register surname inside it (`ROMULO`: Carlos P. Romulo; `given_first.capitals_runs`);
- a given name right after a comma is no name's inside (`Memorandum, Héctor A. Subiza`:
  `given_first._capital_before`); given names Luiz, Augusto, Paulo, Rômulo, Héctor;
- a WCDA title `Memorandum, NAME, office, 'subject'` with no number: the author is the
  sender (table `title-shapes`, row `author-of`);
- the excerpt's opening ellipsis run into the first kept sentence (`… When the conversation
  broached ...`): an omission, a gap (table `obfuscations`, row `omitted`);
- `Center` and `Centre` (a Hungarian embassy's copy count `three to Center`): no person
  (table `not-names`);
- register: Miroslav Mamula (the CPCz's 8th Department, not Branko Mamula); `Masawa` for
  Massawa.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

BRAZIL = ("Memorandum\n\nBrasilia, 14 May 1981\n\n"
          "The counselor met Luiz Augusto de Castro Neves and Pedro Jose da Silva Ramos at the "
          "ministry today.\n")


def test_iberian_full_name_is_read_whole(resources: Resources) -> None:
    xml = text_xml(BRAZIL, resources)
    assert ">Luiz Augusto de Castro Neves</persName>" in xml
    assert ">Pedro Jose da Silva Ramos</persName>" in xml
    assert "per-fidel-castro" not in xml


def test_title_author_with_particle_is_no_register_surname(resources: Resources) -> None:
    text = ("March 2, 1981\n\nMemorandum DEM/45 by Luiz Augusto de Castro Neves, Deputy Chief "
            "of Energy, for the Head of the Department of Economy, 'Uranium Supplies'\n\n"
            "1. The Argentine counselor called on me this morning.\n")
    facts = text_facts(text, resources)
    assert facts["sender"] == ["Luiz Augusto de Castro Neves"]


def test_capitals_name_in_mixed_case_letter(resources: Resources) -> None:
    text = ("Buenos Aires, March 3, 1968\n\nMr. Minister:\n\n"
            "The visit was attended by Professor ROMULO RIBEIRO PIERONI and engineer SERGIO "
            "GORRETA MUNDIM of the Brazilian commission.\n")
    xml = text_xml(text, resources)
    assert ">ROMULO RIBEIRO PIERONI</persName>" in xml
    assert ">SERGIO GORRETA MUNDIM</persName>" in xml
    assert "per-carlos-p-romulo" not in xml


def test_untitled_memorandum_author_after_comma(resources: Resources) -> None:
    text = ("August 2, 1980\n\nMemorandum, Héctor A. Subiza, Head of the Latin American "
            "Department of the Foreign Ministry, 'Visit of the Brazilian Delegation.'\n\n"
            "Buenos Aires, 2 August 1980\n\n1. The Brazilian delegation arrives on Monday.\n")
    facts = text_facts(text, resources)
    assert facts["sender"] == ["Héctor A. Subiza"]


def test_opening_ellipsis_is_a_gap(resources: Resources) -> None:
    text = ("Skip to content\n\nMay 4, 1956\n\nMemorandum of a conversation between the Soviet "
            "Ambassador and the Prime Minister\n\n… When the talk turned to the canal, the "
            "Prime Minister said that his government would not yield.\n")
    facts = text_facts(text, resources)
    assert facts["gaps"] == 1


def test_center_is_no_person(resources: Resources) -> None:
    text = ("Skip to content\n\nMay 2, 1963\n\nHungarian Embassy in Havana, Report on Trade\n\n"
            "The Embassy of the Hungarian People’s Republic TOP SECRET!\n"
            "52/ 1963/ top secret Written: in three copies\n"
            "Typed by Elemérné Vajda two to Center\n\nHavana, 2 May 1963\n\n"
            "Subject: Trade.\n\nThe trade talks went on.\n")
    xml = text_xml(text, resources)
    assert "per-center" not in xml


def test_mamula_in_a_czechoslovak_letter(resources: Resources) -> None:
    text = ("Prague, May 3, 1966\n\nCentral Committee of the\nCommunist Party of "
            "Czechoslovakia\n8th Department\nComrade Mamula\n\nDear Comrade,\n\n"
            "I send you the report.\n\nWith comradely greetings,\n\nJosef Houska\n")
    xml = text_xml(text, resources)
    assert "per-miroslav-mamula" in xml
    assert "per-branko-mamula" not in xml
