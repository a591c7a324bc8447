"""Rules from a pass over the known gaps and the samples' remaining misses (misses21).

- A country's adjective before a title, or alone, or its plural (`Cuban Minister`,
  `Australian Counsellor`, `Indians`) is a role or a people, no person's name.
- A Romance ministry's words after a minister's title (`Ministro de Asuntos Exteriores`,
  `SEÑOR MINISTRO DE RELACIONES EXTERIORES`) name an office, no person.
- An article between titles (`Monsieur le Ministre`) is no person.
- Initials may stand before a surname's particle (`Ch. de Kerchove`) and up to four before a
  surname (`J. M. A. H. Luns`).
- A line in East Asian script with no Latin word is page furniture (row `forum`) only where
  another row finds a viewer's or forum's interface (a Hanja letterhead is kept).
- A presidential collection in a source note (`Nixon Presidential Materials`) names no person.
- A heading line the tables do not know that opens with a form's name and carries a number
  (`OFICIO CONFIDENCIAL N° 412/37`) gives the document's type.
- Register: US envoys and secretaries who sign by surname (Kellogg, MacMurray, Stapleton,
  Kathleen Stephens), Hachiro Arita; the Straits of Tiran, the Great Belt, West Java, Bangka,
  Liverpool; the Central Office for South Vietnam (COSVN). A military region (`Region V`) is
  a body, no person.
"""

from __future__ import annotations

import re

import pytest

from tests.cases import text_facts, text_xml


def _persons(xml: str) -> list[str]:
    """The ids of the persons the document's title and text name."""
    return re.findall(r'<persName ref="#per-([^"]+)"', xml)


@pytest.mark.parametrize("text, role", [
    ("Record of a Conversation with Mexican Minister of Foreign Affairs Manuel Tello, "
     "3 May 1962\n\nSecret\n\nToday the minister called on me about the trade talks.\n\n"
     "V. Petrov\n", "mexican"),
    ("Mr J.R. Whitlow, Canadian Counsellor at British Embassy in Tokyo, to Department of "
     "External Affairs\n\nTokyo, 4 March 1938\n\nThe ambassador saw the minister today.\n",
     "canadian"),
    ("Telegram from Cairo, 12 June 1961\n\nThe conference was put off because the Arabs and "
     "Brazilians agreed to redraft the text.\n", "brazilian"),
])
def test_a_country_adjective_with_a_title_is_no_person(resources, text: str,
                                                        role: str) -> None:
    persons = _persons(text_xml(text, resources))
    assert not any(role in ident for ident in persons), persons


@pytest.mark.parametrize("text, person", [
    ("Record of a Conversation with Cuban Minister of Industry Ernesto Guevara, "
     "25 February 1963\n\nSecret\n\nToday I met the minister.\n\nA. Alekseyev\n",
     "che-guevara"),
    ("Minutes of a meeting with Polish Counsellor Jan Nowak, 2 June 1958\n\n"
     "The counsellor came at ten.\n", "jan-nowak"),
])
def test_the_name_after_the_country_and_title_is_the_person(resources, text: str,
                                                            person: str) -> None:
    persons = _persons(text_xml(text, resources))
    assert person in persons and not any("cuban" in p or "polish" in p for p in persons)


@pytest.mark.parametrize("line", [
    "A  : SEÑOR MINISTRO DE RELACIONES EXTERIORES",
    "Excmo. Sr. Ministro de Asuntos Exteriores. MADRID.",
    "Para el Ministro de Asuntos Exteriores.",
])
def test_a_romance_ministry_after_the_title_is_no_person(resources, line: str) -> None:
    text = ("EMBAJADA DE ESPAÑA EN LONDRES\n\nLondres, 4 de junio de 1960\n\n"
            f"{line}\n\nThe Foreign Secretary received me this morning.\n\nEl Embajador\n")
    persons = _persons(text_xml(text, resources))
    assert not any("exteriores" in ident for ident in persons), persons
    assert text_facts(text, resources)["addressee"] == []


@pytest.mark.parametrize("note", [
    "The papers are filed in the Nixon Presidential Materials, NSC Files, Box 489.",
    "Copies went to the Ford Presidential Library, National Security Adviser, Box 3.",
])
def test_a_presidential_collection_names_no_person(resources, note: str) -> None:
    text = ("Memorandum From the President's Assistant (Kissinger) to President Nixon\n\n"
            f"Washington, July 23, 1970.\n\nDobrynin called on me today. {note}\n")
    xml = text_xml(text, resources)
    assert " Presidential" in xml and "</persName> Presidential" not in xml
    assert '<persName ref="#per-richard-nixon">President Nixon</persName>' in xml


_OFICIO = ("REPÚBLICA DE CHILE\nEMBAJADA EN QUITO\n\n{form}\n\n"
           "ANT.: Oficio N° 101 de 2 de marzo de 1969.\nMAT.: Entrevista con el Canciller.\n\n"
           "QUITO, 9 de marzo de 1969.\n\nDE : EMBAJADOR DE CHILE EN EL ECUADOR\n"
           "A  : SEÑOR MINISTRO DE RELACIONES EXTERIORES\n\n"
           "1. The Foreign Minister received me yesterday.\n\n"
           "Saluda atentamente a US.,\n\nPEDRO GALVEZ\nEmbajador de Chile\n")


@pytest.mark.parametrize("form, kind", [
    ("OFICIO CONFIDENCIAL N° 118/21", "letter"),
    ("OFICIO RESERVADO Nº 55", "letter"),
    ("Memorandum No. 12", "memorandum"),
])
def test_a_numbered_form_line_in_the_heading_gives_the_type(resources, form: str,
                                                            kind: str) -> None:
    assert text_facts(_OFICIO.format(form=form), resources)["doc_type"] == kind


def test_a_numbered_line_without_a_form_name_gives_no_type(resources) -> None:
    xml = text_xml(_OFICIO.format(form="CONFIDENCIAL N° 118/21"), resources)
    assert "Found in the heading line" not in xml


@pytest.mark.parametrize("text, sender", [
    ("The Secretary of State to the Minister in China (MacMurray)\n\nWashington, "
     "March 3, 1927—6 p.m.\n\n88. Your 212, February 28.\n\nKellogg\n", "Frank B. Kellogg"),
    ("UNCLAS PARIS 009120\n\nSUBJECT: VISIT OF THE MINISTER\n\n1. Ambassador Stapleton met "
     "the minister on June 2, 2007.\n\nSTAPLETON\n", "Craig Stapleton"),
])
def test_envoys_who_sign_by_surname_are_the_register_persons(resources, text: str,
                                                              sender: str) -> None:
    assert text_facts(text, resources)["sender"] == [sender]


@pytest.mark.parametrize("place", ["Straits of Tiran", "Great Belt", "West Java", "Liverpool"])
def test_the_added_places_are_tagged(resources, place: str) -> None:
    text = f"Telegram No. 41, Moscow, 4 May 1967\n\nThe ships passed the {place} yesterday.\n"
    assert re.search(rf'<placeName ref="#pla-[a-z-]+">{place}</placeName>',
                     text_xml(text, resources))


@pytest.mark.parametrize("head", ["大韓民國 外務部", "中華民國 外交部"])
def test_a_letterhead_in_east_asian_script_is_kept_without_an_interface(resources,
                                                                        head: str) -> None:
    text = (f"{head}\nMINISTRY OF FOREIGN AFFAIRS\n\nSeoul, 3 May 1957\n\n"
            "Dear Mr. Ambassador,\n\nI have the honour to acknowledge your letter.\n\n"
            "Sincerely yours,\n\nCho Chong-hwan\n")
    assert head in text_xml(text, resources).split("<text>")[1]


def test_a_viewer_line_in_east_asian_script_still_goes_with_its_interface(resources) -> None:
    text = ("網頁圖片\nPDF\nEPUB\n\nDocument No. 3\n\nCipher telegram from Ambassador "
            "Dobrynin, 26 November 1963\n\nToday I met Rusk.\n\nDobrynin\n")
    body = text_xml(text, resources).split("<text>")[1]
    assert "網頁圖片" not in body


@pytest.mark.parametrize("signature, person", [
    ("Ch. de Kerchove", "ch-de-kerchove"),
    ("H. van Rijckevorsel", "h-van-rijckevorsel"),
    ("A. de Oliveira Salazar", "antonio-de-oliveira-salazar"),
])
def test_initials_before_a_particle_open_the_name(resources, signature: str,
                                                  person: str) -> None:
    text = ("Brussels, 4 March 1958\n\nMonsieur le Ministre,\n\nI had the honour to see the "
            f"minister today.\n\nYours sincerely,\n\n{signature}\n")
    assert set(_persons(text_xml(text, resources))) == {person}


@pytest.mark.parametrize("address, person", [
    ("To His Excellency Mr. J. M. A. H. Luns,", "joseph-luns"),
    ("To Mr. A. B. C. D. Verhoeven,", "a-b-c-d-verhoeven"),
])
def test_four_initials_stay_with_the_surname(resources, address: str, person: str) -> None:
    text = (f"The Hague, 4 March 1958\n\n{address}\nMinister of Foreign Affairs\n\n"
            "Your Excellency,\n\nI had the honour to see the minister today.\n\n"
            "H. Smit\n")
    assert person in _persons(text_xml(text, resources))


@pytest.mark.parametrize("address", ["To: COSVN and Region V", "To: COSVN and Military Region 6"])
def test_a_party_command_and_a_military_region_are_no_persons(resources, address: str) -> None:
    text = (f"Secret cable\n\n{address}\n\n1. The Politburo has decided to open talks.\n\n"
            "Ba\n")
    xml = text_xml(text, resources)
    assert "#org-central-office-for-south-vietnam" in xml
    assert not any("region" in ident or "cosvn" in ident for ident in _persons(xml))
