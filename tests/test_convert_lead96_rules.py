"""(lead96) A full name two register persons carry (`George Bush`, father and son) names the
one whose dated offices the document's year falls in or shortly follows; the register's first
when the year tells neither (undated, or both in office)."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert.ambiguity import candidates, in_reach
from tei.convert.second_surnames import second_surname
from tests.cases import text_xml

NS = {"tei": "http://www.tei-c.org/ns/1.0"}

_LETTER = ("Letter to the President\n\n{dateline}Mr. George Bush, President of the United States "
           "of America\n\nI have received your message of yesterday and answer it here.\n\n"
           "Saddam Hussein\n")


@pytest.mark.parametrize(("dateline", "ident"), [
    ("Tehran, 8 May 2006\n\n", "per-george-w-bush"),
    ("Baghdad, 16 August 1990\n\n", "per-george-h-w-bush"),
    ("Baghdad, 2 March 1980\n\n", "per-george-h-w-bush"),
    ("", "per-george-h-w-bush"),
])
def test_a_shared_full_name_is_the_namesake_of_the_documents_year(dateline: str, ident: str,
                                                                  resources) -> None:
    xml = text_xml(_LETTER.format(dateline=dateline), resources)
    body = xml.split("<body>")[1]
    assert f'<persName ref="#{ident}">George Bush</persName>' in body


def test_the_full_name_reaches_no_years_before_the_offices(resources) -> None:
    """A surname alone reaches ten years before a person's first dated office; a full name
    only the offices' own years and the few after them."""
    register = resources.register
    son, father = register.entries["per-george-w-bush"], register.entries["per-george-h-w-bush"]
    both = candidates(register, father, "George Bush")
    assert {p.id for p in both} == {son.id, father.id}
    assert in_reach(both, "George Bush", 1990) == (father,)
    assert in_reach(both, "George Bush", 2006) == (son,)
    assert set(in_reach(both, "George Bush", None)) == set(both)


_CABLE = ("TELEGRAM\n\nBuenos Aires, 12 October 1973\n\nSECRETARY OF STATE WASHINGTON\n\n"
          "1. {sentence} THE CROWD WAS LARGE.\n\nHILL\n")


@pytest.mark.parametrize(("sentence", "name"), [
    ("MRS. KVEDER STOOD BESIDE HIM.", "KVEDER"),
    ("MR. KVEDER STOOD BESIDE HIM.", "KVEDER"),
    ("MISS KVEDER SAID NOTHING.", "KVEDER"),
    ("MRS. PERON SAID NOTHING.", "PERON"),
    ("MR. JOHN KVEDER ARRIVED TODAY.", "JOHN KVEDER"),
    ("MR. KVEDER AND MR. DALLO SIGNED.", "KVEDER"),
])
def test_a_capitals_name_after_an_honorific_ends_before_a_common_word(sentence: str, name: str,
                                                                      resources) -> None:
    """In a cable in capitals the name after `MR.`, `MRS.`, `MISS` is no run of every
    capitals word up to the stop (`KVEDER STOOD BESIDE HIM`): it ends before the first
    common word or verb of speech after its first word, as a name after a title does."""
    root = etree.fromstring(text_xml(_CABLE.format(sentence=sentence), resources).encode())
    names = ["".join(el.itertext()) for el in root.iterfind(".//tei:body//tei:persName", NS)]
    assert name in names
    assert not any(n.startswith(f"{name} ") for n in names)


_MINUTES = ("RECORD OF A MEETING\n\nLondon, 12 March 1951\n\n{sentence} Mr. Gaitskell agreed with "
            "the view and said so at length.\n\nThe meeting ended at noon.\n\nForeign Office\n")


@pytest.mark.parametrize("sentence", [
    "The Minister of Fuel and Power said that coal exports could not be raised this year.",
    "The Secretary of State for Health and Social Security told Cabinet that the hospitals "
    "needed more.",
    "The Minister for Trade, Industry and Commerce stated that the tariff would stay.",
])
def test_the_field_after_and_in_an_offices_name_is_no_speaker(sentence: str, resources) -> None:
    """`Power said`, `Social Security told`: the word before a verb of speech is a field of
    the office's name when the office's `of` or `for` and `and` stand before it."""
    root = etree.fromstring(text_xml(_MINUTES.format(sentence=sentence), resources).encode())
    names = ["".join(el.itertext()) for el in root.iterfind(".//tei:body//tei:persName", NS)]
    assert names == ["Gaitskell"]


def test_a_mothers_surname_after_the_fathers_names_no_one_alone(resources) -> None:
    """`Eusebio Azcue López`: the register's surname is `Azcue`; `López` alone (a mother's
    surname, and the commonest of Spanish names) is nobody's in the surname index nor the
    spelling index, so `MR. LOPEZ` stays a local person."""
    register = resources.register
    assert [e.id for e in register.persons_by_surname("Azcue")] == ["per-eusebio-azcue"]
    assert register.persons_by_surname("López") == ()
    assert second_surname("Eusebio Azcue López", ["Eusebio", "Azcue", "López"],
                          frozenset({"azcue"}))
    assert not second_surname("Wilhelm von Mirbach-Harff", ["Wilhelm", "von", "Mirbach", "Harff"],
                              frozenset({"mirbach"}))
    xml = text_xml(_CABLE.format(sentence="MR. LOPEZ WAS PRESENT."), resources)
    assert "per-eusebio-azcue" not in xml


@pytest.mark.parametrize(("sentence", "tagged"), [
    ("Franco received the Argentine ambassador in Madrid.", True),
    ("THE FRANCO-AMERICAN TALKS WILL GO ON IN MADRID.", False),
    ("The Franco-German talks will go on in Paris.", False),
])
def test_franco_alone_is_the_head_of_state_in_his_years(sentence: str, tagged: bool,
                                                        resources) -> None:
    """`Franco` alone is Francisco Franco in his years as head of state (a surname in
    office: his brother Nicolás is `Franco` too); never the first part of a hyphenated
    adjective."""
    xml = text_xml(_CABLE.format(sentence=sentence), resources)
    assert ('ref="#per-francisco-franco"' in xml) is tagged


@pytest.mark.parametrize(("sentence", "ident"), [
    ("Malik spoke for Lebanon at the council.", "per-charles-malik"),
    ("Malik spoke for Indonesia at the council.", "per-adam-malik"),
    ("Malik spoke for the Soviet Union at the council.", "per-yakov-malik"),
    ("Malik spoke at the council.", "per-yakov-malik"),
])
def test_a_register_surname_other_persons_end_with_is_told_by_the_country(sentence: str,
                                                                          ident: str,
                                                                          resources) -> None:
    """`Malik` is Yakov Malik's surname in the register; Charles Malik of Lebanon and Adam
    Malik of Indonesia end their names with it: the country the document names tells them
    apart (`name-context`), and with none the register's form stands."""
    text = (f"TELEGRAM\n\nWashington, 12 October 1958\n\nAMEMBASSY PARIS\n\n1. {sentence} The "
            "crowd was large.\n\nDULLES\n")
    root = etree.fromstring(text_xml(text, resources).encode())
    refs = {el.get("ref") for el in root.iterfind(".//tei:body//tei:persName", NS)
            if "".join(el.itertext()) == "Malik"}
    assert refs == {f"#{ident}"}


@pytest.mark.parametrize(("text", "ref", "tagged"), [
    ("CABLEGRAM\n\nTO: CANBERRA/741\nFM: JAKARTA/1182\n\nThe talks went well.\n\nWOOLCOTT\n",
     "#pla-jakarta", True),
    ("NOTE VERBALE\n\nNo. (59) Pu-Yi-Ya-Tzu-0412\n\nThe Ministry presents its compliments.\n",
     "#per-puyi", False),
    ("TELEGRAM\n\nPeking, 3 March 1932\n\nPu-yi was installed today at Changchun.\n\nJOHNSON\n",
     "#per-puyi", True),
])
def test_a_name_glued_into_a_number_is_no_name_but_a_posts_name_before_one_is(
        text: str, ref: str, tagged: bool, resources) -> None:
    """A reference code's hyphened syllables and number after a form (`Pu-Yi-Ya-Tzu-0412`)
    make it the code's; a post's name before its cable's number by a slash (`JAKARTA/1182`)
    stays the place (cw96's file-number rule is an initialism's: `M.19/4`)."""
    root = etree.fromstring(text_xml(text, resources).encode())
    refs = {el.get("ref") for el in root.iterfind(".//tei:text//tei:*[@ref]", NS)}
    assert (ref in refs) is tagged
