"""Rules from misses44 (what earlier helpers noticed and left alone), each checked on a
second layout of its family:

- Latin dates (`die XII mensis Martii, anno MCMLXII`, Roman numerals or digits, the year
  perhaps left out), the Latin datelines `Ex Aedibus Vaticanis, ...` and `Datum Romae, ...`,
  cities in the Latin locative (`Dublini`, `Romae`, `Londinii`, `Parisiis`);
- the Latin close (`Tibi addictissimus`), `Card.` between a cardinal's initials and surname,
  and the Latin style and office in the dative at the foot (no person named);
- `M. Dayan:` (the initial opens the given name: no Monsieur) and a two-word list label
  (`Committee Members:`) that is no salutation;
- a Serbian, Croatian or Russian address by office in the dative (`Државном секретару Кочи
  Поповићу`, `Министру иностранных дел СССР` / `товарищу Громыко А. А.`), also under a
  receipt field typed below the opening dateline.
"""

from __future__ import annotations

from lxml import etree

from tei.convert.date_latin import roman_number
from tei.convert.parts import foot_address_names
from tests.cases import text_facts, text_xml
from tests.tei_facts import referenced, reg_name


def _when(resources, text: str) -> list[tuple]:
    return [(d.year, d.month, d.day) for d in resources.dates.find(text)]


def test_roman_numbers() -> None:
    assert roman_number("MCMLXII") == 1962
    assert roman_number("XXVIII") == 28
    assert roman_number("IIII") is None
    assert roman_number("") is None


def test_latin_dates(resources) -> None:
    assert _when(resources, "Ex Aedibus Vaticanis, die XII mensis Martii, anno MCMLXII") == [
        (1962, 3, 12)]
    assert _when(resources, "die 3 mensis Iunii anno Domini 1965") == [(1965, 6, 3)]
    assert _when(resources, "Litteras tuas, die XXVIII mensis Februarii datas") == [
        (None, 2, 28)]
    assert _when(resources, "die XXX mensis Februarii, anno MCMLXII") == []  # no such day
    assert _when(resources, "the die was cast in March 1962") == [(1962, 3, None)]


def test_latin_letter_dated_at_its_foot(resources) -> None:
    text = ("SECRETARIA STATUS\nN. 30117\n\nEminentissime ac Reverendissime Domine,\n\n"
            "Summus Pontifex litteras tuas accepit et gratias agit. Nuntius Apostolicus "
            "Vindobonae de hac re iam certior factus est.\n\n"
            "Datum Romae, apud Sanctum Petrum, die VII mensis Octobris, anno MCMLXV\n\n"
            "Tibi addictissimus\nA. G. Card. Cicognani\nExcellentissimo Domino\n"
            "Ministro Rerum Exterarum\nMatriti\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1965-10-07"
    assert facts["place_of_origin"] == "Rome"
    assert facts["sender"] == ["Amleto Cicognani"]
    assert facts["addressee"] == []
    root = etree.fromstring(text_xml(text, resources).encode())
    assert {"Vienna", "Madrid", "Rome"} <= {reg_name(e) for e in referenced(root, "place")}


def test_foot_address_names_no_latin_style(resources) -> None:
    patterns = resources.patterns
    assert foot_address_names("Exc.mo Domino", patterns) == []
    assert foot_address_names("Ministro Rerum Exterarum", patterns) == []
    text = "Excellentissimo Domino Patritio Hillery"
    assert [text[a:b] for a, b in foot_address_names(text, patterns)] == ["Patritio Hillery"]


def test_dative_office_addresses(resources) -> None:
    match = resources.patterns.match
    assert match("address", "Saveznom sekretaru za inostrane poslove Koči Popoviću")[1][
        "persons"] == "Koči Popoviću"
    assert match("address", "Министру иностранных дел СССР товарищу Громыко А. А.")[1][
        "persons"] == "Громыко А. А."
    assert match("address", "Министру иностранных дел СССР")[1]["persons"] is None
    assert match("address", "Министру иностранных дел было сказано что Громыко") is None


def test_dative_address_under_a_receipt_field(resources) -> None:
    text = ("ТЕЛЕГРАМ бр. 88\n\nМосква, 4. априла 1962.\n\n"
            "Примљено: 5. априла 1962. у 10.15 часова\n\n"
            "Савезном секретару за иностране послове Кочи Поповићу\n\n"
            "Громыко ме је примио данас. Разговор је трајао сат времена.\n\nМићуновић\n")
    facts = text_facts(text, resources)
    assert facts["addressee"] == ["Koča Popović"]
    assert facts["date_received"] == "1962-04-05T10:15"


def test_an_initial_that_opens_the_given_name_is_no_monsieur(resources) -> None:
    text = ("Minutes of the meeting of 4 June 1967\n\nM. Dayan: The army is ready.\n\n"
            "M. Gromyko a déclaré que la conférence est utile.\n")
    xml = text_xml(text, resources)
    assert '<persName ref="#per-moshe-dayan">M. Dayan</persName>' in xml
    assert 'M. <persName ref="#per-andrei-gromyko">Gromyko</persName>' in xml


def test_a_list_label_of_two_words_is_no_salutation(resources) -> None:
    match = resources.patterns.match
    assert match("salutation", "Committee Members:") is None
    assert match("salutation", "Peng Dehuai and Gao Gang:") is not None


def test_papal_brief_dates_without_mensis(resources) -> None:
    assert _when(resources, "Datum Romae apud S. Petrum, die II Martii MDCCCLXXVII.") == [
        (1877, 3, 2)]
    assert _when(resources, "I will die I March") == []  # no Latin genitive
