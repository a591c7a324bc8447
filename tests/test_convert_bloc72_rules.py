"""Rules for East-bloc memoranda, notes and records in English translation naming officials
the register lacks (bloc72):

- a surname in capitals after a given name (`Comrade Sándor RAJKI`, `Pál ILKU`) is the
  name's, not an office symbol set after a name (`Mr. Tyler EUR` keeps its trim):
  `capitals_trim.capitals_surname`, asked by `Context.trimmed` (table `name-trim`);
- a German office's dictation mark of one or two letters and the typist's (`Wi/Sch`, `Ho/Ka`)
  names no drafter; a drafter's surname (`Dr. Nau/Wi`) still does (table `heading-east-bloc`);
- the Hungarian `Készítette:` as translated (`Made by: Bíró Katalin`) is a drafter's line as
  `Prepared by:` and `Recorded by:` are (`parts.SIGNED_MARK`), so the signature above it is
  read; `made by`, `drawn up by`, `compiled by` name persons (table `name-phrases`);
- a Polish note's subject line under its `N O T E` (`from a conversation with ...`, the
  `Notatka z rozmowy`) is no `From` sender line (table `heading`, row `sender`): the record
  of a conversation;
- more Polish given names open names the register lacks (`Bogdan Lis`, `Zbigniew Sadowski`:
  table `given-first`, row `pl`);
- the Czech, German and Polish spellings of Chervonenko (`S. V. ČERVONENKO`) are the register
  person's.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

MEMO = ("MEMORANDUM\n\nBudapest, 18 March 1974\n\n"
        "On 16 March I received {who} at his request.\n\n{sig}\n")


def test_a_surname_in_capitals_after_a_given_name_is_the_names(resources: Resources) -> None:
    xml = text_xml(MEMO.format(who="Comrade Sándor RAJKI, the ambassador,", sig="Kovács"),
                   resources)
    assert ">Sándor RAJKI</persName>" in xml
    xml = text_xml(MEMO.format(who="Comrade Pál ILKU", sig="Kovács"), resources)
    assert ">Pál ILKU</persName>" in xml


def test_an_office_symbol_after_a_name_is_still_trimmed(resources: Resources) -> None:
    xml = text_xml(MEMO.format(who="Mr. Tyler EUR", sig="Kovács"), resources)
    assert ">Tyler</persName> EUR" in xml


def test_a_dictation_mark_names_no_drafter(resources: Resources) -> None:
    xml = text_xml("Central Committee of the SED                  Berlin, 9 June 1976\n"
                   "Department of International Relations         Wi/Sch\n\nN o t e\n\n"
                   "Comrade Axen received the ambassador.\n\n(signed) Schröter\n", resources)
    assert 'subtype="other">Wi/Sch</ab>' in xml
    xml = text_xml("Embassy of the GDR                  Hanoi, 9 June 1976\nDr. Nau/Wi\n\n"
                   "Note\n\nThe ambassador received the minister.\n\n(signed) Nau\n", resources)
    assert ">Nau</persName>/Wi" in xml


def test_made_by_under_a_signature_lets_the_signature_be_read(resources: Resources) -> None:
    facts = text_facts(MEMO.format(
        who="the chargé d'affaires",
        sig="Marjai József\ndeputy minister\n\nMade by: Bíró Katalin\n"
            "Copies: 1. Comrade Puja Frigyes 2. file"), resources)
    assert "Marjai József" in facts["sender"]
    assert "Marjai József" in facts["signed"]
    assert "Copies: 1. Comrade Puja Frigyes 2. file" in facts["registry_notes"]


def test_chervonenkos_czech_spelling_is_the_register_persons(resources: Resources) -> None:
    xml = text_xml("RECORD\n\nPrague, 18 September 1968\n\nof the conversation with the "
                   "Ambassador of the USSR, S. V. Červonenko, on 17 September 1968\n\n"
                   "Comrade Červonenko said that the Soviet side was concerned.\n\n"
                   "V. PLESKOT\n", resources)
    assert 'ref="#per-stepan-chervonenko">Červonenko</persName>' in xml


def test_a_note_from_a_conversation_is_no_sender_line(resources: Resources) -> None:
    text = ("Embassy of the Polish People's Republic\n"
            "in Hanoi                              Hanoi, 21 February 1979\n"
            "No. 021/79                            SECRET\n\nN O T E\n\n"
            "from a conversation with the Deputy Minister, Comrade Hoàng Bích Sơn, on 20 "
            "February 1979\n\nAt my request I was received by the Deputy Minister.\n\n"
            "Ambassador\n(—) Tadeusz KOŃCZAK\n")
    xml = text_xml(text, resources)
    assert 'subtype="sender">from a conversation' not in xml
    assert text_facts(text, resources)["doc_type"] == "record of conversation"


def test_polish_given_names_open_names_the_register_lacks(resources: Resources) -> None:
    xml = text_xml(MEMO.format(who="the deputy, Bogdan Lis, and Zbigniew Sadowski,",
                               sig="Kovács"), resources)
    assert ">Bogdan Lis</persName>" in xml
    assert ">Zbigniew Sadowski</persName>" in xml
