"""Rules from invent21's invented probes of layouts no fixture had (a US joint military
message form, a ship's radiotelegram, SEATO's and the Arab League's secretariat telegrams, an
East German cipher telegram, notes verbales in German and Hungarian, an Italian pro-memoria, a
non-paper, Ethiopian and Afghan dates, a Liberian letter, a Republic of China telegram, an
embassy's fax):

- the forms `RADIOTELEGRAM` (a telegram) and `VERBALNOTE`, `SZÓBELI JEGYZÉK [Note verbale]`,
  `PRO-MEMORIA`, `NON-PAPER`, `Bout de papier` (memoranda) on their own line;
- the East German form's `Absender:` and `Empfänger:` labels, and `Handed in:` (the sending
  date of a radio or post office telegram);
- another calendar's date written month first with its era's initials, the civil date in
  brackets after it (`Tir 12, 1955 E.C. (January 20, 1963)`, `Hamal 14, 1341 S.H. (...)`);
- the US commands' message addresses (`CINCPAC`, `JCS`, `COMUSMACV`) and `Assistant
  Secretary-General` in a `FROM:` field are offices, no persons or places;
- a capitals line `PERSONAL FOR X FROM Y` is the opener's address with its sender, not a
  handling line;
- `Under Secretary of State` under a signature is the signer's office line;
- an initial `A.` before a register person's surname is no article: `R. A. Galbraith` is not
  J. K. Galbraith;
- a number with its precedence in brackets (`No. 1187 (Most urgent)`) and a number with
  series letters before a slash (`TELEGRAM No. SG/412`);
- the West African title `Alhaji` before a name;
- a mission's letterhead naming its state after `OF` in capitals (`EMBASSY OF NEW ZEALAND`)
  is no cable's sender line: over a salutation, a letter.
"""

from __future__ import annotations

import pytest

from tests.cases import text_facts

_SHIP = ("RADIOTELEGRAM\n\nShip station: M.V. HALCYON / GZPT\nHanded in: 1415 GMT 3 May 1956\n\n"
         "To: FOREIGN OFFICE LONDON\n\nARRIVED MALTA. PROCEEDING TOMORROW.\n\nDELAMERE\n")
_POST = ("Radio-telegram\n\nHanded in at: 09.40 on 21 October 1949\n\nTo: Captain, S.S. Orcades"
         "\n\nPlease report your position and expected time of arrival at Colombo.\n\nHarcourt\n")


@pytest.mark.parametrize(("text", "date"), [(_SHIP, "1956-05-03"), (_POST, "1949-10-21")])
def test_a_radiotelegram_and_its_handed_in_date(resources, text: str, date: str) -> None:
    found = text_facts(text, resources)
    assert found["doc_type"] == "telegram"
    assert found["date"] == date


@pytest.mark.parametrize("form", ["VERBALNOTE", "SZÓBELI JEGYZÉK [Note verbale]", "PRO-MEMORIA",
                                  "NON-PAPER", "Bout de papier"])
def test_memorandum_forms_of_other_languages(resources, form: str) -> None:
    text = (f"MINISTRY OF FOREIGN AFFAIRS\n\n{form}\n\n1. The talks will resume in June.\n\n"
            "2. The agenda is unchanged.\n\nVienna, 4 May 1970\n")
    assert text_facts(text, resources)["doc_type"] == "memorandum"


_GDR = ("Ministerium für Auswärtige Angelegenheiten\n\nCHIFFRIERTELEGRAMM Nr. {n}\n\n"
        "Absender: {sender}\nEmpfänger: {to}\nabgesandt: 4.5.1965, 10.20 Uhr\n\n"
        "Die Delegation reist morgen ab.\n\nRohrbach\n")


@pytest.mark.parametrize(("sender", "to", "place", "addressee"), [
    ("Botschaft der DDR in Hanoi", "Stellvertreter des Ministers, Genosse Kessling", "Hanoi",
     ["Kessling"]),
    ("Generalkonsulat Kairo", "Genosse Staatssekretär Winterfeld", "Cairo", ["Winterfeld"]),
])
def test_the_east_german_absender_and_empfaenger_labels(resources, sender: str, to: str,
                                                        place: str, addressee: list[str]) -> None:
    found = text_facts(_GDR.format(n=88, sender=sender, to=to), resources)
    assert found["place_of_origin"] == place
    assert found["addressee"] == addressee
    assert found["sender"] == ["Rohrbach"]


@pytest.mark.parametrize(("line", "date"), [
    ("Tir 12, 1955 E.C. (January 20, 1963)", "1963-01-20"),
    ("Hamal 14, 1341 S.H. (April 3, 1962)", "1962-04-03"),
    ("Ramadan 3, 1380 A.H. (February 18, 1961)", "1961-02-18"),
])
def test_a_month_first_calendar_date_with_the_civil_one_in_brackets(resources, line: str,
                                                                    date: str) -> None:
    text = (f"ROYAL EMBASSY\nKARACHI\n\nTelegram No. 87\n{line}\n\nTo: Ministry of Foreign "
            "Affairs\n\nThe consulates will not reopen before the summer.\n\nAhmadi\n")
    assert text_facts(text, resources)["date"] == date


_MILITARY = ("JOINT MESSAGEFORM\n\nDTG: 160415Z JUN 65\n\nFROM: {sender}\nTO:   {to}\n\n{channel}"
             "\n\n1. (S) THE SECOND PHASE CAN BEGIN ON 18 JUNE.\n\n2. (U) COMUSMACV CONCURS.\n")


@pytest.mark.parametrize(("sender", "to", "channel", "frm", "addressee"), [
    ("CINCPAC", "JCS", "PERSONAL FOR GENERAL HARLOWE FROM ADMIRAL VANTREES", ["Vantrees"],
     ["Harlowe"]),
    ("CINCLANT", "CINCPACFLT", "PERSONAL FOR ADMIRAL OSGOOD FROM GENERAL TREMAINE", ["Tremaine"],
     ["Osgood"]),
])
def test_command_addresses_are_offices_and_the_channel_line_names_the_parties(
        resources, sender: str, to: str, channel: str, frm: list[str],
        addressee: list[str]) -> None:
    found = text_facts(_MILITARY.format(sender=sender, to=to, channel=channel), resources)
    assert found["sender"] == frm
    assert found["addressee"] == addressee
    assert found["place_of_origin"] is None


@pytest.mark.parametrize(("letterhead", "place"), [
    ("LEAGUE OF ARAB STATES\nGENERAL SECRETARIAT\nCAIRO", "Cairo"),
    ("ORGANIZATION OF AFRICAN UNITY\nGENERAL SECRETARIAT\nADDIS ABABA", "Addis Ababa"),
])
def test_an_assistant_secretary_general_in_the_from_field_is_no_place(
        resources, letterhead: str, place: str) -> None:
    text = (f"{letterhead}\n\nOutgoing cable No. 2/118\nDate: 23 September 1958\n\nTo: Permanent "
            "Representatives\nFrom: Assistant Secretary-General\n\nThe Council will meet on "
            "Saturday.\n\nSayed Nofal\n")
    found = text_facts(text, resources)
    assert found["place_of_origin"] == place
    assert found["sender"] == ["Sayed Nofal"]


@pytest.mark.parametrize(("close", "office"), [
    ("Very truly yours,", "Under Secretary of State"),
    ("Sincerely yours,", "Under Secretary for Political Affairs"),
])
def test_under_secretary_under_a_signature_is_an_office_line(resources, close: str,
                                                              office: str) -> None:
    text = (f"DEPARTMENT OF STATE\nMONROVIA\n\nJune 7, 1960\n\nDear Mr. Ambassador,\n\nThe "
            f"President will receive you on Friday.\n\n{close}\n\nErnest B. Coleman\n{office}\n")
    found = text_facts(text, resources)
    assert found["sender"] == ["Ernest B. Coleman"]
    assert found["signed"] == f"Ernest B. Coleman {office}"


@pytest.mark.parametrize("signer", ["R. A. Galbraith", "P. A. Dobrynin"])
def test_an_initial_a_is_no_article_before_a_register_surname(resources, signer: str) -> None:
    text = (f"EMBASSY\nBONN\n\n14 November 1989\n\nThe Chancellor has agreed.\n\n{signer}\n")
    assert text_facts(text, resources)["sender"] == [signer]


@pytest.mark.parametrize(("line", "number"), [
    ("No. 1187 (Most urgent)", "1187"), ("No. 123 (Urgent)", "123"),
    ("TELEGRAM No. SG/412", "SG/412"), ("Telegram No. PM/207", "PM/207"),
])
def test_a_number_with_its_precedence_or_series_letters(resources, line: str,
                                                        number: str) -> None:
    text = (f"{line}\nSent: 3 November 1948\n\nTo the Minister:\n\nThe shipments will leave "
            "before the end of the month.\n\nKu Wei-ming\n")
    assert text_facts(text, resources)["telegram_number"] == number


@pytest.mark.parametrize(("text", "name"), [
    ("ADDIS ABABA\n\nJanuary 20, 1963\n\nYour Excellency,\n\nThe delegation will be received."
     "\n\nTesfaye Gebre-Medhin\n\nHis Excellency\nMr. Alhaji Musa Daramola\nAmbassador of Nigeria"
     "\nAddis Ababa\n", "Musa Daramola"),
    ("To: Alhaji Ibrahim Dankano\nDate: 4 March 1966\n\nThe Premier will see you on Monday."
     "\n\nOkafor\n", "Ibrahim Dankano"),
])
def test_alhaji_is_a_title_before_a_name(resources, text: str, name: str) -> None:
    assert text_facts(text, resources)["addressee"] == [name]


@pytest.mark.parametrize("letterhead", ["EMBASSY OF NEW ZEALAND\nBONN",
                                        "LEGATION OF FINLAND\nBERNE"])
def test_a_missions_letterhead_naming_its_state_is_no_cable_sender(resources,
                                                                   letterhead: str) -> None:
    text = (f"{letterhead}\n\n14 November 1989\n\nDear Mr Tolhurst,\n\nThe Chancellor has "
            "agreed.\n\nYours sincerely,\n\nR. A. Galbraith\n")
    assert text_facts(text, resources)["doc_type"] == "letter"
