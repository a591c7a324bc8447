"""Rules from a pass over the newest samples' remaining misses (misses22).

- A name written surname first with its initials after the comma, as a Soviet record's
  attendance list sets it (`Kuznetsov, V.V.;`, `Andropov, Iu.V.`), is the register's
  `I.I. Surname` even where the surname alone is no variant; its initials are no name of
  the list. `Iu.` and `Ia.` (the Library of Congress's transliteration) are initials.
- A name after an honorific ends before the role a participants list sets after it without
  a comma (`Comrade Shumilov Head of KGB Representation`, `Comrade Blinov Interpreter`,
  `Comrade Wolf Deputy of the Minister`). A serial comma may stand before the list's last
  name (`in the presence of Cdes. Ibragimov, Gasanov, and Glinskiy`).
- A place's name that is the surname of a register person, with a title in apposition after
  it that the person's recorded occupation holds (`Lyons, British Minister at Washington, to
  Russell`), is that person (Lord Lyons), not the city; not after a preposition.
- `Ministry of External Affairs` is a `short` variant of India's and Nigeria's ministries,
  told by the document's country (`name-context`: New Delhi, an Indian file's `Sd/-`;
  Lagos, Nigerian); with neither (Rhodesia's, `SALISBURY`) a local body, not India's.
"""

from __future__ import annotations

import re

import pytest

from tests.cases import text_xml


def _persons(xml: str) -> list[str]:
    """The ids of the persons the document's title and text name."""
    return re.findall(r'<persName ref="#per-([^"]+)"', xml)


@pytest.mark.parametrize("text", [
    ("Working transcript\n\n12 May 1978\n\nChaired by Comrade Brezhnev, L.I.\n\n"
     "In attendance: Comrades Andropov, Iu.V.; Suslov, M.A.; Kuznetsov, V.V.; "
     "Pelshe, A.Ia.\n\nBREZHNEV. We discussed the grain purchases.\n"),
    ("Protokół nr 14\n\nWarszawa, 3 kwietnia 1975\n\nObecni: tow. Gromyko, A.A., "
     "Kuznetsov, V.V., Andropov, Yu.V.\n\nThe delegations agreed on the text.\n"),
])
def test_a_name_with_its_initials_after_the_comma(resources, text: str) -> None:
    persons = _persons(text_xml(text, resources))
    assert "vasily-kuznetsov" in persons, persons
    assert "yuri-andropov" in persons, persons
    assert not {"iu", "yu", "ia", "v", "a"} & set(persons), persons


@pytest.mark.parametrize("text, names", [
    ("Note about the talks of Comrade Minister with the Chairman\n\n12 March 1984\n\n"
     "Participants:\n\nKGB: Comrade Petrenko - Deputy of the Chairman\n"
     "Comrade Sokolnikov Head of the Representation\nComrade Lebedinsky Deputy Head of 2\n"
     "nd Main Directorate\nComrade Trofimova Interpreter\n\nThe talks began at ten.\n",
     ["sokolnikov", "lebedinsky", "trofimova"]),
    ("Record of the meeting, 4 June 1976\n\nOn our side took part Comrade Halvorsen "
     "Deputy Head of the Institute, and Comrade Marchetti Translator\n\n"
     "The meeting opened at noon.\n", ["halvorsen", "marchetti"]),
])
def test_a_role_after_a_name_in_a_participants_list(resources, text: str,
                                                    names: list[str]) -> None:
    persons = _persons(text_xml(text, resources))
    for name in names:
        assert name in persons, persons
    assert not any(re.search(r"-(?:head|deputy|interpreter|translator|director)\b", p)
                   for p in persons), persons


@pytest.mark.parametrize("text", [
    ("Despatch 412\n\nLyons, British Minister at Washington, to Russell, 2 May 1861, "
     "transmitting a copy of a note on the San Juan boundary.\n\nMinutes by CO staff\n"),
    ("Downing Street, 4 June 1861\n\nSir,\n\nI have the honour to transmit a note which "
     "Lyons, British Minister at Washington, has addressed to Lord John Russell.\n\n"
     "I have the honour to be, Sir, your obedient servant,\n\nNewcastle\n"),
])
def test_a_place_named_surname_with_an_apposed_title_is_the_holder(resources,
                                                                    text: str) -> None:
    xml = text_xml(text, resources)
    assert "lord-lyons" in _persons(xml), _persons(xml)
    assert 'ref="#pla-lyon"' not in xml


def test_a_place_after_a_preposition_stays_the_place(resources) -> None:
    xml = text_xml("Paris, 3 March 1861\n\nThe consul went from Paris to Lyons, the second "
                   "city of France, and returned.\n", resources)
    assert 'ref="#pla-lyon"' in xml
    assert "lord-lyons" not in _persons(xml)


@pytest.mark.parametrize("text, last", [
    ("Top Secret\n\nTo Cde. Stalin\n\nI had a conversation on 9 May in Tabriz in the presence "
     "of Cdes. Aliyev, Mamedov, and Zarubinskiy.\n\nM. Bagirov\n", "zarubinskiy"),
    ("Record of Conversation\n\n3 June 1958\n\nPresent were Comrades Novotny, Kopecky, and "
     "Svehlik, who spoke first.\n", "svehlik"),
])
def test_a_serial_comma_before_a_list_s_last_name(resources, text: str, last: str) -> None:
    assert last in _persons(text_xml(text, resources))


@pytest.mark.parametrize("text, ministry", [
    ("NIGERIAN HIGH COMMISSION, LONDON\n\n4th March, 1967\n\nThe Permanent Secretary,\n"
     "Ministry of External Affairs,\nLAGOS.\n\nSir,\n\nI have the honour to report.\n",
     "org-ministry-of-external-affairs-of-nigeria"),
    ("MINISTRY OF EXTERNAL AFFAIRS\n(East Asia Division)\n\nFile No. 3(4)-EA/61\n\n"
     "The note from the embassy is placed below.\n\nSd/- R. Menon\n",
     "org-ministry-of-external-affairs"),
    ("From: Indian Embassy, Cairo\nTo: Ministry of External Affairs, New Delhi\n\n"
     "Cypher Telegram No. 118\n\nNasser saw me today.\n",
     "org-ministry-of-external-affairs"),
])
def test_the_ministry_of_external_affairs_by_country(resources, text: str,
                                                     ministry: str) -> None:
    xml = text_xml(text, resources)
    assert re.search(rf'<orgName ref="#{ministry}"', xml), re.findall(r'orgName ref="[^"]+"', xml)


def test_a_ministry_of_external_affairs_of_no_known_country_is_local(resources) -> None:
    xml = text_xml("SECRET\n\nMINISTRY OF EXTERNAL AFFAIRS\nSALISBURY\n\nRef. EA/7/1\n\n"
                   "MEMORANDUM\n\nThe talks went well.\n", resources)
    assert 'ref="#org-ministry-of-external-affairs"' not in xml
