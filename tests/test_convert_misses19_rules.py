"""Rules from a pass over the misses of the blind samples wc26, wc27, other23 and other24:

- a Polish cipher as the Wilson Center translates `Szyfrogram nr` (`Cryptogram No 1144`) is
  a telegram whose number is the line's;
- the third-person relay of an ambassador's message with its verb first and the message's
  date after `dated` (`Com. X informs in his telegram No 424 dated Sept 9th, 1973:`) names
  the sender, as the verb-last form (`Com. X by message no 218 of 10 of this month
  informs:`) does;
- a documents volume's heading whose form carries handling words before it (DIFP:
  `Personal code telegram from X to Y (Dublin)`, `Secret and personal letter from ...`)
  is the title, with its parties, under the site's volume menu as without it;
- register places and persons the samples named and the register lacked.
"""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_CRYPTOGRAM = (
    "Cryptogram No {number}\n\nfrom {place}, on {date}\n\n\n"
    "Com. {name} informs in his telegram No 77 dated {date}:\n\n\n"
    "In {place} we observe that the delegation of the fraternal party avoids contact "
    "with the other embassies.\n\n1. The new counsellor declines every invitation.\n\n"
    "2. Information obtained from them turns out to be inaccurate.\n")


@pytest.mark.parametrize(("number", "place", "date", "name"), [
    ("2087", "Hanoi", "March 4th, 1968", "Lewandowski"),
    ("515", "Ulan Bator", "Oct 12th, 1971", "Zawadzki"),
])
def test_a_cryptogram_heading_gives_type_and_number(resources, number, place, date,
                                                    name) -> None:
    found = text_facts(_CRYPTOGRAM.format(number=number, place=place, date=date, name=name),
                       resources)
    assert found["doc_type"] == "telegram"
    assert found["telegram_number"] == number


@pytest.mark.parametrize("relay", [
    "Com. Lewandowski informs in his telegram No 77 dated March 4th, 1968:",
    "Com. Lewandowski reports by cryptogram Nr 77 of 4 March 1968:",
    "Com. Lewandowski writes in his message No 77:",
    "Com. Lewandowski in message No 77 dated 4 March 1968 reports:",
])
def test_a_relayed_message_names_its_sender(resources, relay) -> None:
    text = (f"Cryptogram No 2087\n\nfrom Hanoi, on March 4th, 1968\n\n\n{relay}\n\n\n"
            "In Hanoi we observe that the delegation avoids contact with the other "
            "embassies.\n")
    # (reg59) the register's Polish commissioner on the control commission in Vietnam
    assert text_facts(text, resources)["sender"] == ["Janusz Lewandowski"]


_DIFP = (
    "{menu}No. 212  NAI DFA Secretary's Files P70\n\n"
    "{heading} from {sender} to {addressee} ({post})\n(No. 64)\n\n"
    "{place}, 14 February 1942\n\n"
    "Your telegram of 10th received. Minister will see the Foreign Secretary tomorrow.\n\n"
    "Press comment here remains moderate.\n")
_MENU = "Volume 7 1941~1945\n\n\nDoc No.\nDate\nSubject\n\n"


@pytest.mark.parametrize(("menu", "heading", "sender", "addressee", "post", "place"), [
    (_MENU, "Personal code telegram", "Joseph P. Walshe", "Seán Murphy", "Vichy", "DUBLIN"),
    (_MENU, "Secret and personal code telegram", "Joseph P. Walshe", "Robert Brennan",
     "Washington", "DUBLIN"),
    ("", "Personal code telegram", "Robert Brennan", "Joseph P. Walshe", "Dublin",
     "WASHINGTON"),
])
def test_a_heading_with_handling_words_is_the_title(resources, menu, heading, sender,
                                                    addressee, post, place) -> None:
    text = _DIFP.format(menu=menu, heading=heading, sender=sender, addressee=addressee,
                        post=post, place=place)
    found = text_facts(text, resources)
    assert found["title"] == f"{heading} from {sender} to {addressee} ({post})"
    assert found["sender"] == [sender]
    assert found["addressee"] == [addressee]
    assert found["doc_type"] == "telegram"


def test_handling_words_alone_are_no_form(resources) -> None:
    text = ("Secret\n\nDUBLIN, 14 February 1942\n\nThe personal view of the Minister "
            "is that the talks should wait.\n")
    assert text_facts(text, resources)["title"] != "Secret"


@pytest.mark.parametrize(("sentence", "ref"), [
    ("The delegation flew on to Atlanta and then to West Virginia.", "pla-atlanta"),
    ("The delegation flew on to Atlanta and then to West Virginia.", "pla-west-virginia"),
    ("Unrest in Catalonia was reported.", "pla-catalonia"),
    ("Refugees reached the Channel Islands from Normandy.", "pla-channel-islands"),
    ("Refugees reached the Channel Islands from Normandy.", "pla-normandy"),
    ("Tribesmen from the North-West Frontier Province crossed near Jhelum.",
     "pla-khyber-pakhtunkhwa"),
    ("Tribesmen from the North-West Frontier Province crossed near Jhelum.", "pla-jhelum"),
    ("Foreign Minister Gonzalo Facio received the ambassador.", "per-gonzalo-facio"),
    ("Arthur Henderson spoke for the Labour Party.", "per-arthur-henderson"),
])
def test_the_register_knows_the_samples_names(resources, sentence, ref) -> None:
    text = f"TELEGRAM\n\nLONDON, 3 May 1947\n\n{sentence} Further report follows.\n"
    assert f'ref="#{ref}"' in text_xml(text, resources)
