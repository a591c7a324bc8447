"""FRUS layouts a fifth blind sample showed: the 1861-1900s print's `Mr. X to Mr. Y.` headings
with `No. 57.]` despatch numbers and shortened closes, `Telegram Received by X` headings,
backchannel messages and their channel numbers, a note opening with its formula, the
`Editorial Note` under a volume's number line, memoranda whose participants lost their
bullets, and office symbols set after participants' names (texts invented)."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert import convert_text
from tests.tei_facts import facts, xp

TEXT = "The Minister received me this morning and promised an answer within the week."


def _root(text: str, resources) -> etree._Element:
    return etree.fromstring(convert_text(text, "t", resources).xml)


@pytest.mark.parametrize("number_line", ["No. 212.\n", ""])
@pytest.mark.parametrize("stop", [".", ""])
@pytest.mark.parametrize("close", ["I have, &c.,", "With assurances, etc.,"])
def test_an_old_print_heading_names_the_correspondents(
        number_line: str, stop: str, close: str, resources) -> None:
    """`Mr. Foster to Mr. Blaine.` over `No. 57.]`: a despatch (a letter) between the two;
    the half bracket is no telegram number and the short close is no signature."""
    text = (f"{number_line}Mr. Foster to Mr. Blaine{stop}\n\nNo. 57.]\n\nSir: {TEXT}\n\n"
            f"{close}\n\nJohn W. Foster.\n")
    found = facts(_root(text, resources))
    assert found["title"] == "Mr. Foster to Mr. Blaine"
    assert found["doc_type"] == "letter"
    assert found["telegram_number"] is None
    assert found["sender"] and found["addressee"]
    assert close not in str(found["signed"] or "")


def test_a_received_by_heading_names_the_addressee(resources) -> None:
    """`Telegram Received by Mr. X, his office 12`: X received it, the note marker is cut."""
    text = ("740.0011 European War 1939/21407\n\nTelegram Received by Mr. Harry L. Hopkins, "
            f"Special Assistant to President Roosevelt 12\n\n{TEXT}\n")
    found = facts(_root(text, resources))
    assert found["title"].endswith("President Roosevelt")
    assert found["addressee"] == ["Harry L. Hopkins"]
    assert found["sender"] == []


@pytest.mark.parametrize("number", ["WH31580", "WHS 2041", "Tohak 12"])
def test_a_backchannel_message_is_a_telegram_with_its_channel_number(
        number: str, resources) -> None:
    text = ("46. Backchannel Message From the President’s Assistant for National Security "
            f"Affairs (Kissinger) to the Ambassador to Vietnam (Bunker)1\n\n{number}. {TEXT}\n")
    found = facts(_root(text, resources))
    assert found["doc_type"] == "telegram"
    assert found["telegram_number"] == number


@pytest.mark.parametrize("own_number", ["No. 91\n\n", ""])
def test_a_note_opening_with_its_formula_is_a_letter(own_number: str, resources) -> None:
    text = ("Tokyo Embassy Files: Lot F–12\n\nThe American Ambassador in Japan (Grew) to the "
            f"Japanese Minister for Foreign Affairs (Arita)\n\n{own_number}I have the honor to "
            f"inform Your Excellency that {TEXT}\n\nAccept [etc.]\n\nJoseph C. Grew\n")
    found = facts(_root(text, resources))
    assert found["doc_type"] == "letter"
    assert found["archive_idno"] == "Tokyo Embassy Files: Lot F–12"
    assert found["signed"] == "Joseph C. Grew"


def test_an_editorial_note_under_the_number_line_is_the_title(resources) -> None:
    text = f"No. 77\nEditorial Note\n\nOn March 21 {TEXT} See telegram 2209, infra.\n"
    found = facts(_root(text, resources))
    assert found["title"] == "Editorial Note"
    assert found["telegram_number"] is None


@pytest.mark.parametrize("bullet", ["", "  • "])
def test_participants_are_a_list_not_a_cable_heading(bullet: str, resources) -> None:
    """A memorandum's participants, with or without their bullets: no cable heading (`Mr.
    Tyler` is no sender), the office symbols outside the names."""
    items = "\n".join(f"{bullet}{p}" for p in ["The Secretary", "Ambassador Thompson",
                                               "Mr. TylerEUR", "Ambassador Dobrynin"])
    text = (f"57. Memorandum of Conversation\n\nPARTICIPANTS\n\n{items}\n\nSUBJECT\n\n"
            f"{bullet}Berlin\n\n{TEXT}\n\nThe Secretary said he would reply after the "
            "meeting in Paris.\n")
    root = _root(text, resources)
    assert not xp(root, "//tei:div[@subtype='heading']")
    assert facts(root)["sender"] == []
    assert "Tyler" in xp(root, "//tei:text//tei:persName/text()")


def test_a_weekday_is_no_speaker(resources) -> None:
    root = _root(f"The Embassy reports.\n\nSunday’s newspapers announced {TEXT}\n", resources)
    assert not any("Sunday" in n for n in xp(root, "//tei:text//tei:persName/text()"))


@pytest.mark.parametrize("suffix", [", Jr.", ""])
def test_a_note_signed_for_the_ambassador_keeps_the_block_as_its_signature(
        suffix: str, resources) -> None:
    """`Accept [etc.]` / `For the Ambassador:` / `Llewellyn E. Thompson, Jr.` / `Secretary of
    Embassy`: one closer; the suffix is the name's, not a person of its own."""
    text = ("The American Ambassador in the Soviet Union (Standley) to the People’s Commissar "
            f"for Foreign Affairs (Molotov)\n\nNo. L–9\n\nI have the honor to inform you that "
            f"{TEXT}\n\nAccept [etc.]\n\nFor the Ambassador:\nLlewellyn E. Thompson{suffix}\n\n"
            "Secretary of Embassy\n")
    root = _root(text, resources)
    signed = xp(root, "string(//tei:closer/tei:signed)")
    assert signed.startswith("For the Ambassador:") and f"Thompson{suffix}" in signed
    assert xp(root, "//tei:closer/tei:signed/tei:persName/text()") == ["Llewellyn E. Thompson"]


@pytest.mark.parametrize("rank", ["Ambassador Page", "Chargé Wheeler", "Consul General Summers"])
def test_a_1910s_heading_by_rank_and_surname_gives_the_telegram_number(
        rank: str, resources) -> None:
    text = (f"File No. 763.72/4120\n\n{rank} to the Secretary of State\n\n[Telegram]\n\n"
            f"London, May 3, 1917, 4 p.m.\n\n6112. {TEXT}\n\n{rank.split()[-1]}\n")
    found = facts(_root(text, resources))
    assert found["title"] == f"{rank} to the Secretary of State"
    assert found["telegram_number"] == "6112"
    assert found["doc_type"] == "telegram"


@pytest.mark.parametrize(("heading", "kind"), [
    ("45. Situation Room Message From the President’s Deputy Assistant for National Security "
     "Affairs (Scowcroft) to the President’s Assistant for National Security Affairs "
     "(Kissinger)1", "telegram"),
    ("50. Conversation Among President Nixon, the President’s Assistant (Haldeman), and the "
     "President’s Assistant for National Security Affairs (Kissinger)1", "record-of-conversation"),
    ("12. Telephone Conversation Between President Ford and Secretary of State Kissinger1",
     "record-of-conversation"),
])
def test_1969_76_headings_give_title_and_type(heading: str, kind: str, resources) -> None:
    root = _root(f"{heading}\n\nWashington, March 3, 1974.\n\n{TEXT}\n", resources)
    assert xp(root, "string(//tei:titleStmt/tei:title)") == heading.split(". ", 1)[1][:-1]
    assert xp(root, "//tei:body/tei:div/@type") == [kind]
