"""Rules from the misses of the other39 blind sample (European and Commonwealth editions none
had used: the UK National Archives' transcripts of Foreign Office telegrams, the Russian
edition of the Munich documents, the Tokyo tribunal's translations of German telegrams, the
Finnish Blue-White Book). A Foreign Office telegram's list of advance copies at its foot
(`ADVANCED COPIES` over its readers' lines) is a distribution block, never a signature or an
addressee, so the sender is the form's name line; a Russian-language edition's record of
conversation (`Запись беседы ...`) is one, and its heading in sentence case over the date
line is the page's title even under a stray table bar (`|`); the English translations'
receipt line `Arrival 23 February 1940 17.55 hours` is the receipt; the register knows the
names the sample's pages give in Russian (`Крофта`, `Ньютон`, `Гитлер`, `Чемберлен`, `ЧСР`)
and the Finnish places of the Moscow peace (Hanko, Aaland). Each is tried on invented
variants unlike the sample's."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_FO_HEAD = ("CONFIDENTIAL\n\nFROM {post} TO FOREIGN OFFICE\n\nCypher/OTP                  "
            "FOREIGN OFFICE AND WHITEHALL DISTRIBUTION\n\n{sender}\n\nNo.{number}"
            "                           D.  3.40 p.m. May 2, 1958\n\nMay 2, 1958"
            "           R.  4.55 p.m. May 2, 1958\n\nPRIORITY\n\n")
_FO_TEXT = ("The Foreign Minister told me this morning that his Government would not attend "
            "the conference unless the agenda were agreed beforehand.\n\n")


@pytest.mark.parametrize(("post", "sender", "number", "foot"), [
    ("WARSAW", "Mr. Hollis", "318", "ADVANCED COPIES\n\nSir P. Dean\n\nHead of Northern "
     "Department"),
    ("BELGRADE", "Sir F. Roberts", "97", "Advance copies to:\n\nPrivate Secretary\n\nSir W. "
     "Hayter\n\nHead of News Department."),
])
def test_advance_copies_are_no_signature(post: str, sender: str, number: str, foot: str,
                                         resources) -> None:
    text = _FO_HEAD.format(post=post, sender=sender, number=number) + _FO_TEXT + foot + "\n"
    facts = text_facts(text, resources)
    surname = sender.split()[-1]
    assert [surname in name for name in facts["sender"]] == [True]
    assert facts["signed"] is None
    assert facts["addressee"] == []  # the Foreign Office, an organisation
    assert facts["telegram_number"] == number
    assert facts["registry_notes"][0].lower().startswith("advance")


@pytest.mark.parametrize(("top", "heading", "dateline", "when"), [
    ("|\n", "Запись беседы министра иностранных дел ЧСР с посланником Италии в ЧСР",
     "3 ноября 1938 г.", "1938-11-03"),
    ("", "Запись разговора председателя правительства ЧСР с посланником Франции",
     "28 сентября 1938 г.", "1938-09-28"),
])
def test_russian_record_of_conversation_heading(top: str, heading: str, dateline: str,
                                                when: str, resources) -> None:
    text = (f"{top}{heading}\n{dateline}\nПосланник сообщает, что его правительство готово "
            "продолжить переговоры.\nОтветил, что доложу правительству.\nКрофта\n")
    facts = text_facts(text, resources)
    assert facts["title"] == heading
    assert facts["doc_type"] == "record of conversation"
    assert facts["date"] == when
    assert facts["sender"] == ["Kamil Krofta"]


@pytest.mark.parametrize(("arrival", "received"), [
    ("Arrival 18 February 1939 13.10 hours", "1939-02-18T13:10"),
    ("Arrivals 4 March 1941 22.05 hours", "1941-03-04T22:05"),
    ("Arrived 9 May 1940", "1940-05-09"),
])
def test_german_telegram_arrival_line(arrival: str, received: str, resources) -> None:
    day = received[8:10].lstrip("0")
    text = (f"Telegram (Secret Cipher Process)\nRome, {day} {_month(received)} "
            f"{received[:4]} 11.30 hours\n{arrival}\nNo. 412 of {day} {_month(received)}\n"
            "For the Foreign Minister personally.\n\nThe Duce received me this evening and "
            "spoke at length of the situation in the Balkans.\n")
    facts = text_facts(text, resources)
    assert facts["date_received"] == received
    assert facts["telegram_number"] == "412"


def _month(iso: str) -> str:
    return ["January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"][int(iso[5:7]) - 1]


@pytest.mark.parametrize(("line", "person"), [
    ("Гитлер передал меморандум Чемберлену поздно вечером.", "Adolf Hitler"),
    ("Посланник Ньютон вручил меморандум.", "Basil Newton"),
])
def test_russian_name_forms(line: str, person: str, resources) -> None:
    text = f"Запись беседы\n24 сентября 1938 г.\n{line}\n"
    assert text_facts(text, resources)["doc_type"] == "record of conversation"
    assert f">{person}<" in text_xml(text, resources)


@pytest.mark.parametrize("sentence", [
    "After the Aaland matter I raised the question of the defenses in Hanko.",
    "The garrison at Hangö and the Åland Islands were discussed at length.",
])
def test_finnish_places_of_the_moscow_peace(sentence: str, resources) -> None:
    text = f"Telegram from the Legation in Moscow, August 4, 1940\n\n{sentence}\n\nPaasikivi.\n"
    xml = text_xml(text, resources)
    assert 'ref="#pla-hanko"' in xml and 'ref="#pla-aland-islands"' in xml
