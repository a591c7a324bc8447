"""Rules from the lead's probes of 2026-12-03 (lead22): a register person's whole name with
its middle names as initials (`Nikita S. Khrushchev`, `John F. Dulles`, `Leonid I.
Brezhnev`), as letters' foot addresses, lists of participants and telegrams write it, is
that person, the whole name tagged, not the surname alone."""

from __future__ import annotations

import re

import pytest

from tei.convert.name_index import middle_initials
from tei.convert.roles import is_role
from tests.cases import text_facts, text_xml

_LETTER = ("THE WHITE HOUSE\nWASHINGTON\n\nJune 4, 1963\n\nDear Mr. Chairman:\n\n"
           "I have received your message of May 30 about the talks.\n\nSincerely,\n\n"
           "John F. Kennedy\n\nHis Excellency\n{name}\nChairman of the Council of Ministers\n"
           "Moscow\n")
_MEMCON = ("MEMORANDUM OF CONVERSATION\n\nMoscow, May 24, 1972.\n\nPARTICIPANTS:\n\n"
           "{name}, Soviet leader\nRichard M. Nixon, President of the United States\n\n"
           "SUBJECT: Strategic Arms\n\nThe talks opened at noon.\n")
_TELEGRAM = ("TELEGRAM\n\nFrom: Paris\nTo: Secretary of State\n\nParis, May 3, 1954.\n\n"
             "This morning {name} told the Foreign Minister that the conference would go "
             "on.\n\nDillon\n")


@pytest.mark.parametrize("layout", [_LETTER, _MEMCON, _TELEGRAM])
@pytest.mark.parametrize(("name", "ident"), [
    ("Nikita S. Khrushchev", "per-nikita-khrushchev"),
    ("Leonid I. Brezhnev", "per-leonid-brezhnev"),
    ("John F. Dulles", "per-john-foster-dulles"),
])
def test_a_whole_name_with_middle_initials_is_the_register_s_person(
        resources, layout: str, name: str, ident: str) -> None:
    assert f'<persName ref="#{ident}">{name}</persName>' in text_xml(
        layout.format(name=name), resources)


@pytest.mark.parametrize(("form", "derived"), [
    ("Nikita Sergeyevich Khrushchev", "Nikita S. Khrushchev"),
    ("Nguyen Van Thieu", "Nguyen V. Thieu"),
    ("Charles de Gaulle", ""), ("Harry S. Truman", ""), ("Dean Rusk", ""),
    ("Walter J. Stoessel Jr.", ""), ("Abd al-Rahman Arif", ""),
])
def test_only_middle_names_written_out_become_initials(form: str, derived: str) -> None:
    assert middle_initials(form) == derived


_AAPD = ("112\n\nAmbassador Allardt, Moscow, to the Foreign Office\n\nZ B 6-1-12345/70 secret\n"
         "Telegram No. 345\nCitissime\n\nMoscow, 12 March 1970, 18.40 hours\n"
         "Arrival: 12 March 1970, 19.55 hours\n\nGromyko received me today for a further round "
         "of talks. He said that the Soviet side had studied our paper carefully.\n\n{close}\n")
_DDF = ("47\n\nM. Dejean, Ambassador of France in Moscow,\nto M. Pinay, Minister of Foreign "
        "Affairs.\n\nT. nos. 1210 to 1214.\nMoscow, 3 May 1955, 21 h 10.\n\nThe Minister "
        "received me this evening and confirmed that the conference would open on the date "
        "agreed.\n\n{close}\n")


@pytest.mark.parametrize(("layout", "name"), [(_AAPD, "Allardt"), (_DDF, "Dejean")])
def test_an_edition_s_bracketed_name_named_before_signs_the_message(
        resources, layout: str, name: str) -> None:
    xml = text_xml(layout.format(close=f"[{name}]"), resources)
    closer = xml[xml.index("<closer>"):xml.index("</closer>")]
    assert "<signed><supplied" in closer and name in closer


@pytest.mark.parametrize("layout", [_AAPD, _DDF])
@pytest.mark.parametrize("close", ["[Translation]", "[Kowalczyk]"])
def test_a_bracketed_word_named_nowhere_else_signs_nothing(resources, layout: str,
                                                           close: str) -> None:
    xml = text_xml(layout.format(close=close), resources)
    assert "<signed>" not in xml


_FRG = ("Ambassador {person}, Moscow, to the Foreign Office\n\nTelegram No. 345\n\n"
        "Moscow, 12 March {year}, 18.40 hours\n\nThe Minister received me today. The Foreign "
        "Office will be informed of the details by courier.\n")
_IRISH = ("Code telegram from the Department of External Affairs to {person} (Ottawa)\n\n"
          "Dublin, 4 May {year}\n\nPlease inform the Department of External Affairs of the "
          "Canadian reply at once.\n")


@pytest.mark.parametrize(("layout", "person", "year", "ident"), [
    (_FRG, "Allardt", 1970, "org-federal-foreign-office"),
    (_FRG, "Sahm", 1974, "org-federal-foreign-office"),
    (_IRISH, "Hearne", 1945, "org-department-of-external-affairs-of-ireland"),
])
def test_a_shared_ministry_is_the_country_of_the_title_s_party_by_occupation(
        resources, layout: str, person: str, year: int, ident: str) -> None:
    xml = text_xml(layout.format(person=person, year=year), resources)
    assert f'<orgName ref="#{ident}">' in xml


_NEHRU = ("New Delhi\nDecember 4, 1956\n\nMy dear Krishna,\n\nYour letter of the 28th "
          "November reached me yesterday. I have read it with care. The\nsituation in Hungary "
          "continues to distress me, and I think we should say so clearly at the\nUnited "
          "Nations. I have spoken to the Prime Minister of Ceylon about it.\n\nYours "
          "affectionately,\nJawaharlal Nehru\n\n{address}\n")
_MEA = ("MINISTRY OF EXTERNAL AFFAIRS\nNEW DELHI\n\nNo. F.12/4/59-P\n\n10 March 1959\n\nDear "
        "Shri Menon,\n\nThe papers on the border question were sent to the Prime Minister "
        "of\nCeylon yesterday, as you asked in your letter.\n\nYours sincerely,\nS. Dutt\n\n"
        "{address}\n")


@pytest.mark.parametrize("layout", [_NEHRU, _MEA])
def test_an_indian_letter_s_addressee_at_its_foot_by_courtesy_title(resources,
                                                                    layout: str) -> None:
    found = text_facts(layout.format(address="Shri V. K. Krishna Menon,\nIndian Delegation "
                                             "to the United Nations,\nNew York."), resources)
    assert found["addressee"] == ["V. K. Krishna Menon"]


@pytest.mark.parametrize(("layout", "joined"), [
    (_NEHRU, "clearly at the United Nations."), (_MEA, "Prime Minister of Ceylon yesterday")])
def test_a_line_ending_in_a_small_word_runs_on_into_a_name(resources, layout: str,
                                                            joined: str) -> None:
    xml = text_xml(layout.format(address=""), resources)
    assert joined in re.sub(r"<[^>]+>", "", xml)


_US_CONSUL = ("No. 47.\n\nCONSULATE OF THE UNITED STATES,\nAmoy, China, March 3, 1895.\n\n"
              "Hon. Edwin F. Uhl,\nAssistant Secretary of State,\nWashington, D. C.\n\nSir:\n\n"
              "I have the honor to report that the fleet appeared off this port on the 28th "
              "ultimo and remained for two days.\n\nI have the honor to be, Sir,\nYour obedient "
              "servant,\n{name},\n{role}\n")
_BRITISH_CONSUL = ("No. 12.\n\nBritish Consulate-General,\nOdessa, May 14, 1905.\n\nMy Lord,\n\n"
                   "I have the honour to report that order has been restored in the town.\n\n"
                   "I have the honour to be,\nWith the highest respect,\nMy Lord,\nYour "
                   "Lordship's most obedient,\nhumble Servant,\n{name},\n{role}\n")


@pytest.mark.parametrize("layout", [_US_CONSUL, _BRITISH_CONSUL])
@pytest.mark.parametrize("role", ["United States Consul.", "American Minister.",
                                  "British Ambassador."])
def test_a_name_closed_by_a_comma_over_a_country_s_office_signs(resources, layout: str,
                                                                  role: str) -> None:
    found = text_facts(layout.format(name="Arthur B. Hollings", role=role), resources)
    assert found["signed"] == f"Arthur B. Hollings, {role}"
    assert found["doc_type"] == "letter"


def test_a_despatch_s_inside_address_by_hon_names_the_addressee(resources) -> None:
    found = text_facts(_US_CONSUL.format(name="Arthur B. Hollings",
                                         role="United States Consul."), resources)
    assert found["addressee"] == ["Edwin F. Uhl"]
    assert found["sender"] == ["Arthur B. Hollings"]


@pytest.mark.parametrize(("text", "role"), [
    ("United States Consul.", True), ("British Ambassador.", True), ("U.S. Ambassador", True),
    ("Her Majesty’s Consul-General.", True), ("American Minister,", True),
    ("British troops landed.", False), ("American.", False), ("Soviet Union", False),
])
def test_a_country_s_adjective_or_the_sovereign_s_style_may_open_an_office(
        resources, text: str, role: bool) -> None:
    assert is_role(text, resources.patterns) is role
