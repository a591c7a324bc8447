"""Register entries for the persons the Cold War archives name most (reg56).

The register widened, country by country, with the officials who recur in documents of
1945-1991 (heads of state and government, foreign and defence ministers and their
deputies, ambassadors between the blocs, party leaders, intelligence chiefs; the Soviet,
Chinese, Korean, Vietnamese, Mongolian, Cuban, East-bloc, Yugoslav, Albanian, Japanese,
Australian, British, Canadian, Indian, Pakistani, Indonesian, Southeast Asian and American
governments), with dated offices:

- a new person resolves by full name, by a romanised variant (Wade-Giles, McCune-Reischauer)
  and, where the surname is distinctive, by surname alone (`Benediktov`, `Gleysteen`,
  `Czinege`) or after a title (`Ambassador Garnaut`, `Comrade Batmunkh`);
- a surname that is a common surname or an English word is only a surname in office
  (`Cline`, `Healey`, `Odom`): read alone in the years of the person's dated offices, never
  outside them;
- a shared surname stays out of the new entries (`Kovalev`, `Vinogradov`, `Ridgway`, `Kohl`,
  `Amery`): only full names resolve to the new person.
"""

from __future__ import annotations

import re

import pytest

from tests.cases import text_xml


def _persons(xml: str) -> list[str]:
    """The ids of the persons the TEI's text names."""
    return re.findall(r'<persName ref="#(per-[^"]+)"', xml)


@pytest.mark.parametrize("text, person", [
    ("Ciphered telegram\n\nDelhi, 12 November 1962\n\nTo Comrade Gromyko\n\nToday Nehru "
     "received Ambassador Benediktov and spoke of the border.\n\nBENEDIKTOV\n",
     "per-ivan-benediktov"),
    ("Telegram\n\nSeoul, March 4, 1980\n\nFROM: AMEMBASSY SEOUL\nTO: SECSTATE WASHDC\n\n"
     "1. Gleysteen met the acting President this morning.\n\nGLEYSTEEN\n",
     "per-william-h-gleysteen"),
    ("Report\n\nBudapest, 3 September 1968\n\nDefence Minister Czinege reported on the "
     "withdrawal of the Hungarian units.\n", "per-lajos-czinege"),
    ("Cablegram\n\nPeking, 14 May 1986\n\nFrom the Embassy to Canberra\n\nAmbassador Garnaut "
     "called on the Vice Minister today.\n", "per-ross-garnaut"),
    ("Record of conversation\n\nUlaanbaatar, 2 June 1985\n\nComrade Batmunkh said that the "
     "Mongolian side welcomed the proposal.\n", "per-jambyn-batmonkh"),
    ("Memorandum of Conversation\n\nPeking, July 10, 1971\n\nPARTICIPANTS: Chou En-lai; "
     "Huang Hua; Hsiung Hsiang-hui; Henry A. Kissinger\n\nThe Prime Minister said the talks "
     "should continue.\n", "per-xiong-xianghui"),
    ("Record of conversation\n\nPyongyang, 8 April 1971\n\nThe Soviet ambassador met Choe Hyon, "
     "Minister of People's Armed Forces, at his request.\n", "per-choe-hyon"),
    ("Memorandum\n\nWashington, October 29, 1979\n\nSUBJECT: The Assassination\n\nKCIA "
     "Director Kim Jae-kyu fired the shots at the dinner.\n", "per-kim-jae-gyu"),
    ("Telegram\n\nLondon, 12 March 1968\n\nThe Defence Secretary, Mr. Healey, told the House "
     "that the withdrawal would be complete by 1971. Healey added that the bases would close.\n",
     "per-denis-healey"),
])
def test_the_new_entries_resolve(resources, text: str, person: str) -> None:
    persons = _persons(text_xml(text, resources))
    assert person in persons, persons


@pytest.mark.parametrize("text, not_person", [
    ("Telegram\n\nWashington, May 3, 1950\n\nThe Department to the Embassy\n\nA report from "
     "Cline arrived this morning on the harbour works.\n\nACHESON\n", "per-ray-s-cline"),
    ("Telegram\n\nMoscow, 5 March 1975\n\nThe Ambassador to the Foreign Office\n\nThe "
     "minister received Kovalev, head of the planning department, on Tuesday.\n",
     "per-anatoly-kovalev"),
])
def test_a_risky_bare_form_does_not_resolve(resources, text: str, not_person: str) -> None:
    persons = _persons(text_xml(text, resources))
    assert not_person not in persons, persons
