"""Rules for persons named briefly: wives by a courtesy title, Korean names in the Western
order, namesakes in office together, Spanish names in capitals (names94):

- a Korean name the register holds family name first with its given name hyphenated (`Lee
  Tong-won`) is also found in the Western order of the State Department's participants
  lists (`Tong Won Lee`), the family name last (`eastasian.western_korean`,
  called by `name_index._forms`); `President Pak` is Park Chung-hee (register);
- after a courtesy title of the other sex than the register's person of that surname, the
  register's person who carries the titled form (`Mme. Nhu`: Tran Le Xuan, whose form is
  `Madame Nhu`; `surnames.of_sex`); a particle surname after it too (`Madame de Gaulle`:
  Yvonne); the husband's full name after it (`Mrs. Dusan Kveder`) names a local wife;
- a surname alone is not a person of the other sex than the register's person it matched
  (`Nhu` after `Mme. Nhu`: her husband; `surnames.of_told_sex`), and a courtesy title never
  names a man the document named (`Madame Sun` after `Madame Sun Yat-sen` and beside `Dr. Sun
  Yat-sen`: Soong Ching-ling, whose titled form keys `Sun`; `surnames.sexed`,
  `surnames.form_surnames`);
- two register persons holding a surname in office in the same year are told apart by the
  document's context rows (`Webb` in 1952: Clifton Webb, New Zealand's minister, in a
  telegram from Canberra; `office_surnames._holder`, table `name-context`); so is `AMBASSADOR
  DEAN` in 1975 (Robert W. Dean where the document names Peru);
- a Spanish article after a capitals particle belongs to the name after a title (`AMB DE LA
  PLAZA`; `titled_names._name_end`);
- `Translated` never stands in a name (`Translated [by] S. Sychev`; table `not-names`);
- register: Robert W. Dean, Pete Jarman, Lionel C. McGarr, Nguyen Dinh Thuan, Eleanor
  Roosevelt, Alfredo Gómez Morales, Celestino Rodrigo, José Ber Gelbard, John S. Service,
  Dai Li; Nathaniel Davis as Director General of the Foreign Service; the misspelling
  `Schlaudeman`; `sex` of the husbands and wives the pages name.
"""

from __future__ import annotations

import re

from tei.convert import Resources
from tests.cases import text_xml


def _refs(xml: str, name: str) -> set[str]:
    return set(re.findall(rf'<persName ref="#([^"]+)">{re.escape(name)}</persName>', xml))


def _memo(year: int, body: str) -> str:
    return f"MEMORANDUM OF CONVERSATION\n\nWashington, June 3, {year}\n\n{body}\n"


def test_a_korean_name_in_the_western_order(resources: Resources) -> None:
    xml = text_xml(_memo(1966, "PARTICIPANTS\n- Tong Won Lee, Minister of Foreign Affairs\n"
                               "- Hyun Chul Kim, Ambassador\n\nLee said that President Pak "
                               "would decide."), resources)
    assert _refs(xml, "Tong Won Lee") == {"per-lee-tong-won"}
    assert _refs(xml, "Hyun Chul Kim") == {"per-kim-hyun-chul"}
    assert _refs(xml, "President Pak") == {"per-park-chung-hee"}


def test_a_wife_by_her_titled_register_form(resources: Resources) -> None:
    xml = text_xml(_memo(1963, "I told both Diem and Nhu that Mme. Nhu should stop talking. "
                               "Mme. Nhu went on."), resources)
    assert _refs(xml, "Nhu") == {"per-ngo-dinh-nhu", "per-tran-le-xuan"}
    assert xml.count('ref="#per-tran-le-xuan">Nhu<') == 2


def test_madame_sun_beside_her_husbands_name(resources: Resources) -> None:
    xml = text_xml("Despatch\n\nChungking, March 6, 1944\n\nSir: Madame Sun Yat-sen spoke to "
                   "him.\n\nMr. Liang had called on Madame Sun about a radio address on Dr. "
                   "Sun Yat-sen's birthday. Madame Sun had refused.\n\nC. E. Gauss\n",
                   resources)
    assert _refs(xml, "Sun") == {"per-soong-ching-ling"}


def test_mrs_and_madame_before_a_mans_surname(resources: Resources) -> None:
    xml = text_xml(_memo(1955, "Madame de Gaulle wished to be remembered to Mrs. Roosevelt."),
                   resources)
    assert _refs(xml, "de Gaulle") == {"per-yvonne-de-gaulle"}
    assert _refs(xml, "Roosevelt") == {"per-eleanor-roosevelt"}


def test_namesakes_in_office_told_by_the_context(resources: Resources) -> None:
    xml = text_xml("Telegram\n\nCanberra, October 7, 1952\n\nCasey has tried to dissuade "
                   "Webb from speaking to the Secretary. NZ position less firm.\n", resources)
    assert _refs(xml, "Webb") == {"per-clifton-webb"}


def test_ambassador_dean_in_a_peruvian_context(resources: Resources) -> None:
    xml = text_xml("CONFIDENTIAL\nPAGE 02 MONTEV 00714 051413Z\n1. APPRECIATE AMBASSADOR "
                   "DEAN'S ACTIONS AGAINST THE CHARGES OF PERUVIAN PRES VELASCO.\n", resources)
    assert _refs(xml, "AMBASSADOR DEAN") == {"per-robert-w-dean"}


def test_a_spanish_article_after_a_capitals_particle(resources: Resources) -> None:
    xml = text_xml("CONFIDENTIAL\nPAGE 02 BUENOS 03625 272058Z\n1. I SAW AMB DE LA PLAZA "
                   "TODAY.\n", resources)
    assert _refs(xml, "DE LA PLAZA")


def test_translated_is_no_name(resources: Resources) -> None:
    xml = text_xml("Record of Conversation\n\nMoscow, May 3, 1962\n\nComrade Gromyko received "
                   "the Ambassador.\n\nTranslated [by] S. Sychev\n", resources)
    assert not _refs(xml, "Translated") and _refs(xml, "S. Sychev")
