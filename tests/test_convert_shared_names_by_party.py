"""A ministry or party body several countries share, told by a country word right before
it, the parties' own country in the opening, and (for a party body) their mission's host."""

from __future__ import annotations

import re

import pytest

from tests.cases import text_xml

BODY = ("We were told in Pyongyang that the DPRK side and the Korean comrades of the DPRK "
        "would answer soon; Pyongyang radio said the same.")


def _refs(xml: str, form: str) -> list[str]:
    """The refs of the organisation elements whose text is `form`."""
    return re.findall(rf'<orgName ref="#([^"]+)">{re.escape(form)}</orgName>', xml)


@pytest.mark.parametrize(("text", "form", "chosen"), [
    (f"People's Republic of China Ministry of Foreign Affairs Cable\n\nTo: Moscow\n\n{BODY}",
     "Ministry of Foreign Affairs", "org-ministry-of-foreign-affairs-of-the-prc"),
    (f"Pyongyang, 4 May 1977\n\n{BODY} The Czechoslovak Politburo agreed.",
     "Politburo",
     "org-political-bureau-of-the-central-committee-of-the-communist-party-of-czechoslovakia"),
])
def test_a_country_right_before_the_name_decides(text: str, form: str, chosen: str,
                                                 resources) -> None:
    assert _refs(text_xml(text, resources), form) == [chosen]


def test_the_parties_own_country_in_the_opening_comes_before_the_host(resources) -> None:
    """`Polish Ambassador to the DPRK`: the ministry the letterhead names is Poland's, though
    the opening and the text name the DPRK more often."""
    text = ("Report from Jan Nowicki, Polish Ambassador to the DPRK, on the DPRK's plans\n"
            "Ministry of Foreign Affairs\nfrom: Pyongyang\n12 May 1985\n\n" + BODY)
    assert _refs(text_xml(text, resources), "Ministry of Foreign Affairs") == [
        "org-ministry-of-foreign-affairs-of-poland"]


def test_a_conversations_other_party_is_not_a_party_of_the_document(resources) -> None:
    """`with ..., of the DPRK Embassy`: the interlocutor's mission names no party's
    country, so the ministry is told by the rest of the document (Moscow: the Soviet)."""
    text = ("Record of a Conversation with Ri Chun-bok, Counsellor of the DPRK Embassy in the "
            "USSR\n\n14 June 1957\n\nI received Ri at his request.\n\nRi asked me to pass to "
            "the Ministry of Foreign Affairs a letter on the repatriation of Soviet Koreans "
            "living in Moscow and in the Soviet Far East.\n\nB. Vereshchagin\n")
    assert _refs(text_xml(text, resources), "Ministry of Foreign Affairs") == [
        "org-ministry-of-foreign-affairs-of-the-ussr"]


@pytest.mark.parametrize(("heading", "chosen"), [
    ("TELEGRAM, EMBASSY OF HUNGARY IN NORTH VIETNAM TO THE HUNGARIAN FOREIGN MINISTRY",
     "org-politburo-of-the-workers-party-of-vietnam"),
    ("Bulgarian Embassy in New York\nCable to the Ministry of Foreign Affairs, Sofia",
     "org-politburo-of-the-central-committee-of-the-bulgarian-communist-party"),
])
def test_a_party_body_in_a_missions_report_is_its_hosts(heading: str, chosen: str,
                                                        resources) -> None:
    """The Politburo a Hungarian embassy in Hanoi reports on is the Vietnamese; a host with
    no such body (New York) leaves it to the document's own country."""
    text = (f"{heading}\n\n3 October 1971\n\nThe delegation returned on Friday.\n\nThe "
            "Politburo met yesterday and spoke of the Soviet proposal at length, as the Soviet "
            "press had announced.\n\nSzabó\n")
    assert _refs(text_xml(text, resources), "Politburo") == [chosen]


def test_a_mission_the_document_is_sent_to_gives_no_host(resources) -> None:
    """A ministry writing to its embassy in Beijing means its own party's Political Bureau."""
    text = ("PEOPLE'S REPUBLIC OF ALBANIA\nMINISTRY OF FOREIGN AFFAIRS\nTirana, 4 December "
            "1961\n\nTo the Embassy of the PRA in Beijing\n\nComrade Ambassador,\n\nThe Chinese "
            "comrades should know our view before the meeting of the Political Bureau on 9 "
            "December.\n\nBehar\n")
    assert _refs(text_xml(text, resources), "Political Bureau") == [
        "org-political-bureau-of-the-party-of-labour-of-albania"]
