"""Register entries the blind samples' texts named most that the register lacked (register26).

- Persons named in several samples, and foreign ministers and envoys of 1900-1991 still
  missing, resolve to their register entries by full name and, where the surname is
  distinctive, by surname alone (`Kollontay`, `Spofford`, `Hornbeck`, `Nasution`).
- A surname that is a first name, a place or a common surname is no plain variant: `Günther`
  (Christian Günther, Swedish foreign minister 1939-1945) is read alone only in a document
  of his ministry's years, and the city `Bristol` never takes Mark L. Bristol (High
  Commissioner in Turkey, 1919-1927).
"""

from __future__ import annotations

import re

import pytest

from tests.cases import text_xml


def _persons(xml: str) -> list[str]:
    """The ids of the persons the TEI's text names."""
    return re.findall(r'<persName ref="#(per-[^"]+)"', xml)


@pytest.mark.parametrize("text, person", [
    ("Telegram\n\nHelsinki, 11 December 1940\n\nMinistry for Foreign Affairs to the Legation "
     "in Moscow\n\nMinister Wasastjerna told Madame Kollontay on 2 December that the question "
     "was being studied.\n\nWITTING\n", "per-alexandra-kollontai"),
    ("Translation from Russian\n\nCIPHERED TELEGRAM\n\nStockholm, 3 March 1944\n\nTo Comrade "
     "Molotov\n\nToday I received the Finnish envoy. He asked for the terms.\n\nKOLLONTAI\n",
     "per-alexandra-kollontai"),
    ("Telegram\n\nHelsinki, 11 December 1940\n\nMinistry for Foreign Affairs to the Legation "
     "in Moscow\n\nMinister Wasastjerna told the Soviet envoy on 2 December that the question "
     "was being studied.\n\nWITTING\n", "per-harald-wasastjerna"),
    ("740.5/8-2251: Telegram\n\nThe United States Deputy Representative on the North Atlantic "
     "Council (Spofford) to the Secretary of State\n\nLondon, August 22, 1951—7 p.m.\n\n"
     "Depto 243. Part 1 will be presented tomorrow.\n\nSpofford\n", "per-charles-m-spofford"),
    ("Memorandum of Conversation\n\nParis, May 3, 1951\n\nPARTICIPANTS: Mr. Charles M. "
     "Spofford; M. Alphand\n\nMr. Spofford said that the Deputies would meet on Monday.\n",
     "per-charles-m-spofford"),
    ("793.94/12345: Telegram\n\nThe Ambassador in China (Johnson) to the Secretary of State\n\n"
     "Nanking, April 9, 1934.\n\nFor Hornbeck. The Minister called this morning.\n\n"
     "Johnson\n", "per-stanley-k-hornbeck"),
    ("Memorandum by the Adviser on Political Relations (Hornbeck)\n\nWashington, April 9, "
     "1942.\n\nThe Chinese Ambassador called.\n", "per-stanley-k-hornbeck"),
    ("Telegram\n\nDjakarta, March 2, 1960.\n\nFROM: AMEMBASSY DJAKARTA\nTO: SECSTATE WASHDC\n\n"
     "1. Nasution says that in future he will consult the parties.\n\nJONES\n",
     "per-abdul-haris-nasution"),
    ("Record of conversation\n\nMoscow, 14 January 1961\n\nPresent: Comrade Khrushchev; "
     "General A. H. Nasution, Minister of Defence\n\nGeneral Nasution said the army needed "
     "ships.\n", "per-abdul-haris-nasution"),
    ("Telegram\n\nStockholm, 27 November 1940\n\nThe Legation to the Ministry\n\nForeign "
     "Minister Günther said today that the question had been raised.\n\nWASASTJERNA\n",
     "per-christian-gunther"),
])
def test_the_new_entries_resolve(resources, text: str, person: str) -> None:
    persons = _persons(text_xml(text, resources))
    assert person in persons, persons


@pytest.mark.parametrize("text, not_person", [
    ("Telegram\n\nBonn, 4 June 1965\n\nThe Embassy to the Ministry\n\nHerr Günther of the "
     "press office called on the counsellor this morning.\n\nKROLL\n",
     "per-christian-gunther"),
    ("Telegram\n\nLondon, 3 May 1922\n\nThe Ambassador to the Secretary of State\n\nThe "
     "cruiser sailed from Bristol this morning for Constantinople.\n\nHARVEY\n",
     "per-mark-l-bristol"),
])
def test_a_first_name_or_place_alone_does_not_resolve(resources, text: str,
                                                                not_person: str) -> None:
    persons = _persons(text_xml(text, resources))
    assert not_person not in persons, persons
