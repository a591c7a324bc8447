"""Rules from the blind sample of FRUS documents of the 1952-1980 volumes (frus38):
memoranda of conversation, letters between heads of government, backchannel messages and
telegrams as history.state.gov pages give them.

- A cited cable's number followed by its full stop and a glued anchor (`Embtel 993.2`) is
  whole: a note whose anchor the text lost is looked for in another cited number (`Deptel
  5103` = 510 + note 3), not in the digits before that full stop (`frus_notes._cited`).
- A source note's decimal file printed with a space for its dot (`Central Files, 611
  00/10–3056`) still dates the document (`pages/frus._DECIMAL_FILE`).
"""

from __future__ import annotations

import re

import pytest

from tests.cases import text_facts, text_xml

_PAGE = ("146. Telegram From the Embassy in {post} to the Department of State1\n\n"
         "{number}. {ref} I acted on the instructions in Deptel {cited}{second} with the "
         "Foreign Minister, who made no comment.\n\n"
         "Bohlen\n"
         "{notes}")
_LISTED = ("  1. Source: Department of State, Central Files, {file}. Secret.\n"
           "  2. Not printed.\n"
           "  3. Document 134.\n")
_ARROWED = ("- Source: Department of State, Central Files, {file}. Secret.↩\n"
            "- Not printed.↩\n"
            "- Document 134.↩\n")


@pytest.mark.parametrize("post, number, ref, cited, second, notes, file, day", [
    # the sample's shape: `Embtel 993.2`, `Deptel 5103`, notes listed `  1. ...`
    ("the Soviet Union", "1005", "Embtel 993.2", "510", "3", _LISTED, "611 00/10–3056",
     "1956-10-30"),
    # invented: another post, the reference a `Your` cable, notes with their back links
    ("Poland", "1402", "Your 2213.2", "884", "3", _ARROWED, "748 00/2–2162", "1962-02-21"),
    # invented: a file number with its dot, the anchor after a cited number not ending in 3
    ("Yugoslavia", "1187", "Embtel 1154.2", "903", "3", _LISTED, "768.00/3–1457",
     "1957-03-14"),
])
def test_a_cited_number_before_its_stop_anchor_is_whole(
        resources, post: str, number: str, ref: str, cited: str, second: str, notes: str,
        file: str, day: str) -> None:
    text = _PAGE.format(post=post, number=number, ref=ref, cited=cited, second=second,
                        notes=notes.format(file=file))
    xml = text_xml(text, resources)
    facts = text_facts(text, resources)
    whole = ref.removesuffix("2")
    assert f"{whole}<note" in xml  # the cited number kept whole, note 2 after its stop
    assert re.search(rf"Deptel {cited}<note [^>]*n=\"3\"", xml)
    assert facts["notes"] == 3
    assert facts["date"] == day


def test_a_cited_number_before_a_bare_stop_still_carries_its_anchor(resources) -> None:
    """A cited number before a full stop that carries no anchor may end in the lost anchor
    (`Deptel 5103.`: 510 and note 3), as before."""
    text = _PAGE.format(post="Poland", number="1402", ref="Your 2213.2", cited="5103.",
                        second="", notes=_LISTED.format(file="748.00/2–2162"))
    xml = text_xml(text, resources)
    assert re.search(r"Deptel 510<note [^>]*n=\"3\"", xml)
    assert "Your 2213.<note" in xml


@pytest.mark.parametrize("text, names, not_names", [
    # the sample's shape: a memorandum's subject bullet listing regions
    ("  • International Issues: Middle East, Africa, Belize and Nicaragua\n\nWe met.",
     ["Middle East", "Africa"], ["East, Africa"]),
    # invented: a cable in capitals
    ("SUBJECT: SOVIET POLICY IN THE FAR EAST, ASIA AND AFRICA\n1. TEXT.",
     ["FAR EAST", "ASIA"], ["EAST, ASIA"]),
    # a form of the register that has its comma is still read across it
    ("The delegation flew to Washington, D.C., on Monday.", ["Washington, D.C"], []),
])
def test_a_register_name_crosses_a_comma_only_where_its_form_has_one(
        resources, text: str, names: list[str], not_names: list[str]) -> None:
    found = {match.form for match in resources.register.find(text)}
    assert set(names) <= found
    assert not set(not_names) & found


_MEMCON = ("212. Memorandum of Conversation1\n\n\n"
           "  • Middle East, Africa and Non-Proliferation\n\n\n"
           "  • President Jimmy Carter\n"
           "  • Secretary of State Cyrus R. Vance\n"
           "  • {group}\n\n"
           "    • {first}\n"
           "    • {last}\n\n"
           "President Lopez Portillo opened by saying that he wished to hear the President’s "
           "view of the Middle East and Africa before the two delegations turned to trade.\n\n"
           "President Carter said that progress in the Middle East depended on Egypt and "
           "Israel alike, and that in Africa the United States would work with the front line "
           "states.\n")


@pytest.mark.parametrize("group, first, last", [
    ("Mexico", "José López Portillo, President", "Santiago Roel, Secretary of Foreign Relations"),
    ("Venezuela", "Carlos Andres Perez, President",
     "Simon Bottaro Consalvi, Minister of Foreign Affairs"),
])
def test_a_listed_line_under_listed_lines_is_no_inside_address(
        resources, group: str, first: str, last: str) -> None:
    """The participants' label lost on the page: the last listed line, a name and an office
    after a comma, is a participant's, no addressee."""
    facts = text_facts(_MEMCON.format(group=group, first=first, last=last), resources)
    assert facts["addressee"] == []
    assert facts["doc_type"] == "memorandum"


_MESSAGE = ("131. {heading}1\n\n"
            "{number}. Please deliver the following at the opening of business, December 4.\n\n"
            "I have reviewed the draft protocols and believe that the points raised last week "
            "can be met in the text.\n\n"
            "Warm regards.\n"
            "  1. Source: National Archives, Nixon Presidential Materials, NSC Files, Box 858. "
            "Top Secret; Sensitive.\n")


@pytest.mark.parametrize("heading, number, expected", [
    # the sample's shape: a `Message From` heading over the channel's series number
    ("Message From the President’s Assistant for National Security Affairs (Kissinger) to "
     "the Ambassador to Vietnam (Bunker)", "Hakto 19", "Hakto 19"),
    # invented: a Situation Room message, the series glued to its number
    ("Situation Room Message From the President’s Deputy Assistant (Scowcroft) to "
     "Secretary of State Kissinger", "WH50213", "WH50213"),
    # a government's message opening with a bare number is no numbered cable
    ("Message From the Soviet Government to President Johnson", "1", None),
])
def test_a_message_is_numbered_only_by_a_channel_series(
        resources, heading: str, number: str, expected: str | None) -> None:
    facts = text_facts(_MESSAGE.format(heading=heading, number=number), resources)
    assert facts["telegram_number"] == expected
