"""Register entries for the regions the register covered worst (reg57).

The register widened with the persons, places and organisations of the Cold War documents
of Africa, the Middle East, Latin America and the Caribbean, South and Southeast Asia, the
Nordic and Benelux countries, the Holy See and the international organisations (heads of
state and government, foreign ministers, envoys, party and liberation-movement leaders, UN
officials; provinces, towns, rivers and islands with their colonial names; parties,
movements and UN agencies with their abbreviations):

- a new person resolves by full name, by a spelling without accents and, where the surname
  is distinctive, by surname alone (`Kalonji`, `Casaroli`, `Gerhardsen`, `Caamaño`);
- a common or shared surname is only a surname in office (`Frei`, `Schneider`, `Arif`):
  read alone in the years of the person's dated offices, never outside them; two brothers
  who held the same office (`Arif`) are told apart by their years;
- a place resolves by its colonial or former name (`Jadotville`, `Moulmein`, `Fernando Po`,
  `Umtali`, `Spitsbergen`), an organisation by its abbreviation (`ZAPU`, `FNLA`);
- a name that is also another thing's is left out: `Sabah` (the Malaysian state, but also
  Kuwait's ruling family: the register has `North Borneo` only), and persons whose last
  name is a common word or given name (`Bishop`, `Field`, `Slim`, `Torres`) are not in the
  register, since their last word would become a surname the whole register reads.
"""

from __future__ import annotations

import re

import pytest

from tests.cases import text_xml


def _refs(xml: str, tag: str) -> list[str]:
    """The ids the TEI's `tag` elements point to."""
    return re.findall(rf'<{tag} ref="#([^"]+)"', xml)


@pytest.mark.parametrize("text, person", [
    ("Telegram\n\nLéopoldville, August 19, 1960\n\n427. Kalonji has proclaimed the Mining "
     "State at Bakwanga and asks for Belgian officers.\n\nTimberlake\n", "per-albert-kalonji"),
    ("Telegram\n\nRome, 14 June 1972\n\nArchbishop Casaroli received me today. Casaroli said "
     "that the Pope wished to wait for the ratification.\n", "per-agostino-casaroli"),
    ("Telegram\n\nOslo, 4 February 1949\n\nThe Labour Party Conference will follow Gerhardsen "
     "if the Swedes stand firm.\n", "per-einar-gerhardsen"),
    ("Telegram\n\nSanto Domingo, May 14, 1965\n\n2617. Met this afternoon with Caamano at his "
     "headquarters.\n\nBunker\n", "per-francisco-caamano"),
    ("Telegram\n\nSalisbury, 12 November 1965\n\nNkomo and Sithole remain in detention at "
     "Gonakudzingwa.\n", "per-joshua-nkomo"),
    ("Telegram\n\nSantiago, September 12, 1970\n\n3411. President Frei told me today he sees "
     "no way to hold the deputies.\n\nKorry\n", "per-eduardo-frei-montalva"),
    ("Record of conversation\n\nBaghdad, 10 March 1965\n\nThe Prime Minister said that Arif "
     "would visit Cairo in the summer.\n", "per-abd-al-salam-arif"),
    ("Record of conversation\n\nBaghdad, 10 March 1967\n\nThe Prime Minister said that Arif "
     "would visit Moscow in the summer.\n", "per-abd-al-rahman-arif"),
])
def test_the_new_persons_resolve(resources, text: str, person: str) -> None:
    persons = _refs(text_xml(text, resources), "persName")
    assert person in persons, persons


@pytest.mark.parametrize("text, place", [
    ("Telegram\n\nLéopoldville, September 14, 1961\n\nFighting continues at Jadotville, where "
     "an Irish company is surrounded.\n", "pla-likasi"),
    ("Airgram\n\nRangoon, March 9, 1962\n\nStudents demonstrated briefly in Moulmein.\n",
     "pla-mawlamyine"),
    ("Despatch\n\nMadrid, 3 May 1968\n\nThe Spanish Government will grant autonomy to Fernando "
     "Po and Rio Muni.\n", "pla-bioko"),
    ("Cablegram\n\nLondon, 13 November 1965\n\nBulawayo and Umtali quiet.\n", "pla-mutare"),
    ("Telegram\n\nOslo, 4 February 1949\n\nThe Soviet note about bases in Spitsbergen has "
     "made a deep impression.\n", "pla-svalbard"),
])
def test_the_new_places_resolve(resources, text: str, place: str) -> None:
    places = _refs(text_xml(text, resources), "placeName")
    assert place in places, places


@pytest.mark.parametrize("text, org", [
    ("Cablegram\n\nLondon, 13 November 1965\n\nThe leaders of ZAPU remain in detention.\n",
     "org-zimbabwe-african-peoples-union"),
    ("Telegram\n\nLuanda, 10 November 1975\n\nThe FNLA columns are within twenty miles of the "
     "city.\n", "org-national-front-for-the-liberation-of-angola"),
])
def test_the_new_organisations_resolve(resources, text: str, org: str) -> None:
    orgs = _refs(text_xml(text, resources), "orgName")
    assert org in orgs, orgs


def test_sheikh_sabah_is_a_person_not_a_place(resources) -> None:
    xml = text_xml("Airgram\n\nKuwait, April 2, 1968\n\nForeign Minister Sheikh Sabah al-Ahmad "
                   "received the Ambassador on March 30.\n\nCOTTAM\n", resources)
    persons, places = _refs(xml, "persName"), _refs(xml, "placeName")
    assert "per-sabah-al-ahmad-al-jaber-al-sabah" in persons, persons
    assert "per-tajuddin-ahmad" not in persons, persons
    assert "pla-north-borneo" not in places, places


@pytest.mark.parametrize("text, not_person", [
    ("Telegram\n\nSantiago, May 3, 1958\n\nThe Embassy to the Department\n\nA report from Frei "
     "arrived this morning on the copper talks.\n", "per-eduardo-frei-montalva"),
    ("Telegram\n\nBonn, March 5, 1985\n\nThe Embassy to the Department\n\nThe minister "
     "received Schneider, head of the planning staff, on Tuesday.\n", "per-rene-schneider"),
])
def test_a_surname_in_office_does_not_resolve_outside_its_years(resources, text: str,
                                                                  not_person: str) -> None:
    persons = _refs(text_xml(text, resources), "persName")
    assert not_person not in persons, persons
