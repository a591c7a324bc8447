"""Rules for Wilson Center Digital Archive pages naming embassy staff the register does not
hold (counsellors, secretaries, attachés, interpreters, TASS correspondents; wcda72):

- a South Korean cable form right under the page's record fields, with no `Contents` label
  between (`Record ID` / `300734` / `Number: VNW-0322` / `Date: 031730`), opens the document:
  its number is the telegram's (`pages.fields._form_opens`); not inside a catalogue's run of
  `Label: value` fields (`Document Number: 1148` under `Accession Number: ...`);
- a school or academy named after a place (`the Beijing Language Institute`) and a news
  agency's `Editors-in-Chief` are never persons (table `not-names`);
- a Spanish or Portuguese full name with a second surname after a register person's whole
  name is that person (`Olivares Sánchez, Carlos` in the index is Carlos Olivares;
  `surnames.of_first_surname`); no East Asian name;
- `Attaché` and the service attachés are titles before a name in mixed case (`Recorded by
  Attaché of the Embassy S. Grigoryev`: no person `Attaché`; table `honorifics`);
- a given name before a register surname that opens none of the person's names, those a
  title opens aside (`Marshal Zhukov`), names another person (`TASS Correspondent Mikhail
  Zhukov` is not Georgy Zhukov), in the text and in the title's parties
  (`given_runs.full_forms`, `parties.parties`);
- a local person named by initials and surname (`D. Sokolov`) and in full (`Dmitri
  Sokolov`) in either order is one person (`Context._by_surname`, `Context._fuller_local`);
- a translated telegram's signer in parentheses after his title may add the post he holds
  for the time after a dash (`(Counsellor Choi Kwang-il - Acting Ambassador)`;
  `parts._TITLED_NAME`);
- the archive's title right under its date line and over its `Citation` label is the page's
  title even when shaped like a cable's heading line (`Ciphered Telegram from Pyongyang`),
  so the text under the fields is the document's (`titles.is_title`);
- a speaker's one given name after an East Asian family name of two letters (`family-two`
  row of `east-asian-names`: `Le Trang said`) is named with it, not as `Trang`
  (`inline._two_letter_family`).
"""

from __future__ import annotations

import re

from tei.convert import Resources
from tests.cases import text_facts, text_xml


def _page(title: str, summary: str, body: str, fields: str = "") -> str:
    return ("Skip to content\nWilson Center Digital Archive\nSearch\nMay 3, 1960\n"
            f"{title}\nCitation\nShare\nSummary\n{summary}\nDocument Information\nSource\n"
            "AVP RF, fond 0102, opis 16, delo 5, listy 3-5.\n"
            f"{fields}Record ID\n301001\n{body}")


def _persons(xml: str) -> list[str]:
    return sorted(set(re.findall(r'<person xml:id="([^"]+)"', xml)))


def test_a_cable_form_under_the_record_id_opens_the_document(resources: Resources) -> None:
    text = _page("Telegram from Counsellor Choi Kwang-il to the Minister of Foreign Affairs",
                 "Choi Kwang-il reports.",
                 "Number: VNW-0322\nDate: 031730\nRecipient: Minister of Foreign Affairs\n"
                 "Sender: Counsellor, Embassy in Saigon\n"
                 "1. I met the Director of Political Affairs of the Foreign Ministry.\n",
                 "Associated Places\nSaigon (Vietnam)\n")
    assert text_facts(text, resources)["telegram_number"] == "VNW-0322"


def test_an_institute_and_the_editors_are_no_persons(resources: Resources) -> None:
    xml = text_xml(_page("Report from TASS Correspondent Vladimir Moskvin", "Moskvin reports.",
                         "SECRET\nFor the Editors-in-Chief\nStudents of the Beijing Language "
                         "Institute handed out leaflets.\nV. MOSKVIN\n"), resources)
    assert _persons(xml) == ["per-vladimir-moskvin"]


def test_a_second_surname_after_a_register_name(resources: Resources) -> None:
    xml = text_xml(_page("Report on Havana", "A report.",
                         "Deputy Foreign Minister Carlos Olivares told me of the protest.\n",
                         "Associated People & Organizations\nOlivares Sánchez, Carlos\n"),
                   resources)
    assert _persons(xml) == ["per-carlos-olivares"]


def test_an_attache_is_a_title(resources: Resources) -> None:
    found = text_facts(_page("Memorandum of Conversation with Counsellor Jerzy Michałowski",
                             "Michałowski speaks.",
                             "Comrade Michałowski said that Warsaw was worried.\n"
                             "Recorded by Attaché of the Embassy S. Grigoryev\n"), resources)
    assert found["sender"] == ["S. Grigoryev"]


def test_another_given_name_before_a_register_surname(resources: Resources) -> None:
    text = _page("Report by TASS Correspondent Mikhail Zhukov on a Conversation with "
                 "Tran Van Giau", "Zhukov reports.",
                 "The TASS correspondent Mikhail Zhukov met Tran Van Giau.\nM. ZHUKOV\n")
    found = text_facts(text, resources)
    assert found["sender"] == ["Mikhail Zhukov"]
    assert "per-georgy-zhukov" not in _persons(text_xml(text, resources))


def test_initials_and_full_name_are_one_local_person(resources: Resources) -> None:
    text = _page("Record of Conversation between Soviet Embassy First Secretary Dmitri Sokolov "
                 "and Cuban Foreign Ministry Official Ramiro Castellanos",
                 "Sokolov and Castellanos discuss sugar.",
                 "Castellanos said the harvest would be late.\n"
                 "First Secretary of the Embassy D. Sokolov\n")
    assert [p for p in _persons(text_xml(text, resources)) if "sokolov" in p] == ["per-d-sokolov"]
    assert text_facts(text, resources)["sender"] == ["Dmitri Sokolov"]


def test_a_parenthesised_signer_with_his_acting_post(resources: Resources) -> None:
    text = _page("Telegram from Counsellor Choi Kwang-il to the Minister of Foreign Affairs",
                 "Choi Kwang-il reports.",
                 "1. I met the Director of Political Affairs of the Foreign Ministry.\n"
                 "(Counsellor Choi Kwang-il - Acting Ambassador)\n")
    assert text_facts(text, resources)["signed"] == "(Counsellor Choi Kwang-il - Acting Ambassador)"


def test_a_title_shaped_like_a_heading_line_over_citation(resources: Resources) -> None:
    text = ("Skip to content\nWilson Center Digital Archive\nSearch\nMay 3, 1960\n"
            "Ciphered Telegram from Pyongyang\nCitation\nShare\nSummary\n"
            "The embassy reports on Nam Il.\nDocument Information\nSource\n"
            "AVP RF, fond 0102, opis 16, delo 5, listy 3-5.\nRecord ID\n301001\nTop Secret\n"
            "Today Nam Il received Counsellor Kuzmin.\nCounsellor of the Embassy\nI. KUZMIN\n")
    found = text_facts(text, resources)
    assert found["title"] == "Ciphered Telegram from Pyongyang"
    assert found["signed"] == "Counsellor of the Embassy I. KUZMIN"
    assert found["sender"] == ["I. Kuzmin"]


def test_a_two_letter_family_name_before_a_speaker(resources: Resources) -> None:
    xml = text_xml(_page("Cable from the Chinese Embassy in Hanoi", "A cable.",
                         "Le Trang said that aid was urgent.\n"), resources)
    assert _persons(xml) == ["per-le-trang"]
