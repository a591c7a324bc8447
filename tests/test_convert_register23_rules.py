"""Rules for names several register entries share (register23).

- Persons of one surname: a surname alone that several register persons fit, when no
  initials, title or earlier full-name mention tells them apart, is the person who claims
  it (a `surname` form near their dated offices, a `surname-in-office` form in office in
  the document's year), unless only another was in one of their dated offices then; with
  no claimer, the one in office then. An entry with the full name only never blocks
  another's claim (John E. Hull does not take Cordell Hull's `Hull` of 1941). Title words
  before a surname are counted against the occupations (`MILITARY GOVERNOR GENERAL ARNOLD`
  is the Military Governor of Korea, not the Commanding General of the Air Forces), and a
  short one may abbreviate (`Gen`, `Adm`).
- Organisations of one name: a qualifier after the name (`of`, `del`, `de la`, `du`, `do`,
  `della`, `der` and a place) or a letterhead's country line next to the name's own line
  names the country: the entry whose regularised name names that place, else (a country
  the register has no entry for) a local entry, never another country's; with nothing to
  tell, the entry whose regularised name the form is (the British `Foreign Office`).
"""

from __future__ import annotations

import re

import pytest

from tests.cases import text_xml


def _refs(xml: str, kind: str) -> list[str]:
    """The ids of the persons (`per`) or organisations (`org`) the TEI's text names."""
    return re.findall(rf'<(?:persName|orgName) ref="#({kind}-[^"]+)"', xml)


FRUS_1941 = ("711.94/2344: Telegram\n\nThe Secretary of State to the Ambassador in Japan "
             "(Grew)\n\nWashington, November 26, 1941—9 p.m.\n\n1. The Japanese Ambassador "
             "called this afternoon. I handed him the proposal.\n\nHull\n")
RECORD_1943 = ("Record of conversation\n\nMoscow, 20 October 1943\n\nPresent: Comrade "
               "Molotov; Secretary Hull; Ambassador Harriman\n\nSecretary Hull said that the "
               "declaration would be signed by the four powers.\n")
SOVIET_1942 = ("Translation from Russian\n\nCIPHERED TELEGRAM\n\nWashington, 14 May 1942\n\n"
               "To Comrade Molotov\n\nI saw Hull today. He asked when the delegation would "
               "arrive.\n\nLITVINOV\n")


@pytest.mark.parametrize("text", [FRUS_1941, RECORD_1943, SOVIET_1942])
def test_the_claimer_keeps_its_surname(resources, text: str) -> None:
    persons = _refs(text_xml(text, resources), "per")
    assert "per-cordell-hull" in persons, persons
    assert "per-john-e-hull" not in persons and "per-hull" not in persons, persons


@pytest.mark.parametrize("text", [
    ("Telegram\n\nTokyo, June 8, 1954.\n\nFROM: CINCFE TOKYO\nTO: DEPTAR WASHINGTON\n\n"
     "1. Agreement on the repatriation of prisoners was reached today.\n\nHULL\n"),
    ("Memorandum of Conversation\n\nTokyo, July 2, 1953.\n\nPARTICIPANTS: General John E. "
     "Hull; Ambassador Murphy\n\nAmbassador Murphy asked whether Hull expected the "
     "prisoners to be released. Hull replied that he did not.\n"),
    ("Translation from Russian\n\nCIPHERED TELEGRAM\n\nPanmunjom, 3 August 1953\n\n"
     "General Hull informed the commission that the exchange would begin on 5 August.\n\n"
     "KUZNETSOV\n"),
])
def test_a_namesake_in_office_takes_the_surname(resources, text: str) -> None:
    persons = _refs(text_xml(text, resources), "per")
    assert "per-john-e-hull" in persons, persons
    assert "per-cordell-hull" not in persons, persons


@pytest.mark.parametrize("text, person", [
    ("OUTGOING MESSAGE\n\nFROM: CG XXIV CORPS SEOUL KOREA\nTO: CINCAFPAC TOKYO\n"
     "NR: TFGCG 131  271100 Sep 45\n\n1. MILITARY GOVERNOR GENERAL ARNOLD HAS INFORMED "
     "THE PARTY LEADERS OF THE POLICY.\n\nHODGE\n", "per-archibald-v-arnold"),
    ("WAR DEPARTMENT\nCLASSIFIED MESSAGE CENTER\n\nFrom: CG USAFCT Chungking\nTo: War "
     "Department\nNr: CFBX 5012  2 July 1945\n\nTo Marshall from Wedemeyer.\n\nThe aircraft "
     "are ready.\n\nINFO: Gen Arnold, Adm King\n", "per-henry-h-arnold"),
    ("Record of conversation\n\nMoscow, 17 October 1943\n\nPresent: Comrade Stalin; General "
     "Deane\n\nComrade Stalin asked about the raids. General Arnold had written that the "
     "Air Forces would double them.\n", "per-henry-h-arnold"),
])
def test_a_title_tells_namesakes_apart(resources, text: str, person: str) -> None:
    persons = _refs(text_xml(text, resources), "per")
    assert person in persons, persons
    assert "per-arnold" not in persons, persons


@pytest.mark.parametrize("text, person, not_person", [
    ("Translation from Russian\n\nCABLE\n\nMoscow, 20 April 2005\n\nSecretary of State "
     "Rice met the Minister today. Rice said the United States would support the "
     "accession.\n\nLAVROV\n", "per-condoleezza-rice", "per-edward-e-rice"),
    ("Telegram\n\nWashington, March 3, 1975.\n\nFROM: SECSTATE WASHDC\nTO: AMEMBASSY LIMA\n\n"
     "1. Assistant Secretary Rogers met the Foreign Minister today.\n\nKISSINGER\n",
     "per-william-d-rogers", "per-william-p-rogers"),
    ("Telegram\n\nWashington, March 3, 1970.\n\nFROM: SECSTATE WASHDC\nTO: AMEMBASSY "
     "MOSCOW\n\n1. The Secretary met Ambassador Dobrynin today and asked that the talks "
     "resume.\n\nROGERS\n", "per-william-p-rogers", "per-william-d-rogers"),
    ("Telegram\n\nHong Kong, March 4, 1966.\n\nFROM: AMCONSUL HONG KONG\nTO: SECSTATE "
     "WASHDC\n\n1. Consul General Rice called on the Governor this morning.\n\nRICE\n",
     "per-edward-e-rice", "per-condoleezza-rice"),
    ("Record of conversation\n\nMoscow, 12 May 1981\n\nPresent: Comrade Ustinov; General "
     "Rogers, Supreme Allied Commander\n\nGeneral Rogers said that the exercise had been "
     "planned a year in advance.\n", "per-bernard-rogers", "per-william-p-rogers"),
])
def test_the_added_namesakes_and_the_earlier_ones(resources, text: str, person: str,
                                                  not_person: str) -> None:
    persons = _refs(text_xml(text, resources), "per")
    assert person in persons, persons
    assert not_person not in persons, persons


@pytest.mark.parametrize("text", [
    ("Memorandum of Conversation\n\nWashington, May 4, 1953.\n\nMr. Dulles said that "
     "former Secretary Cordell Hull had sent him the chapter on the Moscow conference. Hull "
     "recalled that Molotov had accepted the declaration without change.\n"),
    ("Translation from Russian\n\nCIPHERED TELEGRAM\n\nWashington, 2 June 1954\n\nThe "
     "memoirs of Cordell Hull are much discussed here. In them Hull writes that the Moscow "
     "conference was his greatest success.\n\nZAROUBIN\n"),
])
def test_a_full_name_mention_takes_the_later_surnames(resources, text: str) -> None:
    persons = _refs(text_xml(text, resources), "per")
    assert persons.count("per-cordell-hull") >= 2, persons
    assert "per-john-e-hull" not in persons, persons


@pytest.mark.parametrize("text", [
    ("MINISTERIO DE RELACIONES EXTERIORES DEL PERÚ\nDepartamento Diplomático\nNº 6-3/47\n"
     "Lima, 3 de julio de 1941.\n\nSeñor Embajador:\n\nTengo el honor de dirigirme a Vuestra "
     "Excelencia.\n\n(Firmado) Alfredo Solf y Muro\n"),
    ("Note\n\nLa Paz, 4 May 1962\n\nThe Embassy has the honour to refer to the note of the "
     "Ministry of Foreign Affairs of Bolivia of 2 May on the Lauca river.\n"),
    ("REPÚBLICA DEL PERÚ\nMINISTERIO DE RELACIONES EXTERIORES\n\nLima, 2 de abril de 1960\n\n"
     "Señor Encargado de Negocios:\n\nTengo el honor de acusar recibo de la nota.\n"),
])
def test_a_country_without_an_entry_gives_a_local_body(resources, text: str) -> None:
    orgs = _refs(text_xml(text, resources), "org")
    assert orgs and not any(re.search(r"of-(?:cuba|chile|argentina|france)$", o)
                            for o in orgs), orgs


@pytest.mark.parametrize("text, org", [
    ("REPUBLIC OF CYPRUS\nMINISTRY OF FOREIGN AFFAIRS\nNICOSIA\n\nOUTGOING TELEGRAM\n\n"
     "No. 214\n\nReport the reactions of the Turkish and Greek delegations. The Greek "
     "Government and the Greek Foreign Minister have been informed.\n\nKYPRIANOU\n",
     "org-ministry-of-foreign-affairs-of-cyprus"),
    ("REPÚBLICA DE CHILE\nMINISTERIO DE RELACIONES EXTERIORES\n\n12 de mayo de 1971\n\n"
     "Señor Embajador:\n\nEl Gobierno de Cuba ha comunicado su acuerdo.\n",
     "org-ministry-of-foreign-affairs-of-chile"),
    ("Note\n\n4 May 1971\n\nThe Embassy has the honour to refer to the note of the "
     "Ministerio de Relaciones Exteriores de Chile on the visit to Havana.\n",
     "org-ministry-of-foreign-affairs-of-chile"),
])
def test_the_qualifier_or_letterhead_names_the_country(resources, text: str,
                                                       org: str) -> None:
    orgs = _refs(text_xml(text, resources), "org")
    assert org in orgs, orgs


@pytest.mark.parametrize("text", [
    ("FOREIGN OFFICE\nNorthern Department\n\nCOVERING MINUTE\n\nSecretary of State,\n\n"
     "I attach copies of Moscow telegrams Nos. 512 and 513.\n\nJ. K. Ferris\n"
     "4th October, 1945.\n"),
    ("From MOSCOW to FOREIGN OFFICE.\nNo. 1127.\nMr. Roberts.\nD. 9.10 p.m. 3rd October, "
     "1945.\n\nMolotov told me this afternoon that he could not accept.\n"),
])
def test_the_regularised_name_when_nothing_tells(resources, text: str) -> None:
    orgs = _refs(text_xml(text, resources), "org")
    assert "org-foreign-office" in orgs, orgs
