"""Rules from the misses shared by several blind samples (misses14): `US` in mixed-case
text, the Secretary a FRUS source note says an official signed for, a copy cut inside its
last arrowed note, the seat of the archive a citation names, a conversation record's
`Ambassador X with Y` title, a form's name before a title's `to`, the reuse statement as
plain text; each tried on invented variants unlike the samples'."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

WCDA = ("Skip to content\n\nApril 2, 1965\n\n{title}\n\n"
        "This document was made possible with support from Leon Levy Foundation\n\n{body}\n")


def _refs(xml: str, kind: str = "placeName") -> list[str]:
    return [part.split('"', 1)[0] for part in xml.split(f'<{kind} ref="#')[1:]]


@pytest.mark.parametrize(("line", "tagged"), [
    ("The minister said that the US would not change its position.", True),
    ("He doubts that US aid will reach Laos before June.", True),
    ("THE MINISTER TOLD US THAT THE TALKS WOULD RESUME.", False),
    ("He asked us to wait for the answer.", False),
])
def test_us_is_the_united_states_only_in_mixed_case_text(line: str, tagged: bool,
                                                          resources) -> None:
    xml = text_xml(f"TELEGRAM\n\nVientiane, 2 April 1965\n\n{line}\n", resources)
    body = xml.split("<text", 1)[1]
    assert ("pla-united-states" in _refs(body)) is tagged


def test_an_all_caps_cable_keeps_its_us_as_a_word(resources) -> None:
    xml = text_xml("FM AMEMBASSY VIENTIANE\nTO SECSTATE WASHDC\n\nCONFIDENTIAL\n\n"
                   "1. SOUVANNA TOLD US TODAY THAT HE WOULD SEE THE KING.\n", resources)
    assert "pla-united-states" not in _refs(xml.split("<text", 1)[1])


@pytest.mark.parametrize(("note", "sender"), [
    ("Confidential. Drafted by Jones; cleared by Ball; approved by Harriman, who signed "
     "for Rusk.", "Dean Rusk"),
    ("Secret; Niact. Drafted by Sisco and approved by Murphy who signed for Dulles.",
     "John Foster Dulles"),
])
def test_the_secretary_an_official_signed_for_is_the_sender(note: str, sender: str,
                                                            resources) -> None:
    year = "1963" if "Rusk" in sender else "1957"
    found = text_facts(f"212. Telegram From the Department of State to the Embassy in "
                       f"Laos1\n\n/1/ Source: Department of State, Central Files, 751J.00/"
                       f"3–2{year[-2:]}. {note}\n\nWashington, March 2, {year}—7 p.m.\n\n"
                       "1044. Please inform Souvanna that we welcome his proposal.\n",
                       resources)
    assert sender in found["sender"]


def test_a_note_list_cut_in_its_last_note_stays_notes(resources) -> None:
    found = text_facts(
        "88. Telegram From the Department of State to the Embassy in Laos1\n"
        "1044. Please inform Souvanna that we welcome his proposal.2\n"
        "- Source: Department of State, Central Files, POL 27 LAOS. Secret. Drafted by "
        "Jones.↩\n- Not printed.↩\n- The proposal, which the Prime Minister made on March "
        "1 in a speech at the opening of the\n", resources)
    assert found["notes"] == 3
    assert found["archive_idno"] == "Department of State, Central Files, POL 27 LAOS"


@pytest.mark.parametrize(("archive", "seat"), [
    ("Hungarian National Archives (MOL), Budapest, XIX-J-1-j, Box 3", "pla-budapest"),
    ("Archives of the Ministry of Foreign Affairs, Bucharest, Romania, Folder 220",
     "pla-bucharest"),
])
def test_the_seat_of_the_archive_a_citation_names_is_a_place(archive: str, seat: str,
                                                             resources) -> None:
    citation = (f'"Report on the Situation in Laos," April 02, 1965, Wilson Center Digital '
                f"Archive, {archive}. Translated by Anna Wrona.")
    xml = text_xml(WCDA.format(title="Report on the Situation in Laos",
                               body=f"{citation}\n\nThe situation remains tense.\n"), resources)
    citation_element = xml.split('<bibl type="citation">', 1)[1].split("</bibl>", 1)[0]
    assert seat in _refs(citation_element)
    assert f'<place xml:id="{seat}">' in xml


@pytest.mark.parametrize(("title", "sender"), [
    ("Memorandum of Conversation, Soviet Ambassador to Laos Sergei Afanasyev with Souvanna "
     "Phouma, 1 April 1965", "Afanasyev"),
    ("Record of a Conversation, the Polish Ambassador to Cuba Bolesław Jeleń with Raúl Roa",
     "Bolesław Jeleń"),
])
def test_a_conversation_record_titled_ambassador_with_another_is_the_ambassadors(
        title: str, sender: str, resources) -> None:
    found = text_facts(WCDA.format(title=title, body="The ambassador was received at noon."),
                       resources)
    assert any(sender in name for name in found["sender"])
    assert not any("Conversation" in name for name in found["sender"])


@pytest.mark.parametrize("form", ["Note", "Memorandum", "Telegram"])
def test_a_forms_name_before_to_names_no_sender(form: str, resources) -> None:
    found = text_facts(WCDA.format(title=f"{form} to the Minister of Foreign Affairs, "
                                         "'Mission to Laos'",
                                   body="1. I arrived in Vientiane on 30 March."), resources)
    assert found["sender"] == []


def test_the_reuse_statement_names_no_one(resources) -> None:
    xml = text_xml("Sheryl P. Walter Declassified/Released US Department of State EO "
                   "Systematic Review 20 Mar 2014\nUNCLASSIFIED\n\nPAGE 01 STATE 022638\n\n"
                   "1. THE PRESIDENT HAS APPROVED THE LETTER.\n", resources)
    availability = xml.split("<availability>", 1)[1].split("</availability>", 1)[0]
    assert "Sheryl P. Walter Declassified/Released" in availability
    assert "persName" not in availability and "placeName" not in availability


@pytest.mark.parametrize(("title", "person"), [
    ("Transcript of a Telephone Conversation Between the Secretary of State (Rusk) and the "
     "Soviet Ambassador (Dobrynin)", "per-anatoly-dobrynin"),
    ("Memorandum on the Conversation between Souvanna Phouma and Ambassador Afanasyev "
     "[Excerpts]", "per-souvanna-phouma"),
])
def test_the_persons_a_title_names_are_marked_in_it(title: str, person: str,
                                                    resources) -> None:
    xml = text_xml(WCDA.format(title=title, body="The talk lasted an hour."), resources)
    main = xml.split('<title type="main">', 1)[1].split("</title>", 1)[0]
    assert person in _refs(main, "persName")
    found = text_facts(WCDA.format(title=title, body="The talk lasted an hour."), resources)
    assert found["title"] == title  # the title's words unchanged, its brackets as printed


def test_a_titles_identification_stays_supplied_text_without_names_inside(resources) -> None:
    xml = text_xml(WCDA.format(title="Ciphered Telegram, Filippov [Stalin] to Mao Zedong",
                               body="I agree with your proposal."), resources)
    main = xml.split('<title type="main">', 1)[1].split("</title>", 1)[0]
    assert '<supplied reason="identification">Stalin</supplied>' in main
    assert '<persName ref="#per-mao-zedong">Mao Zedong</persName>' in main


@pytest.mark.parametrize(("speech", "sender"), [
    ("I have received a telegram from the President of the Storting, Mr. Carl Joachim "
     "Hambro, which I will read to the House:", "Carl Joachim Hambro"),
    ("My Lords, the Lord Chancellor has received from M. Fernand Bouisson, the President of "
     "the Chamber of Deputies, a telegram of which the following is a translation:",
     "Fernand Bouisson"),
    ("asked whether the telegram sent to the Governor of Ceylon had been answered.", None),
])
def test_a_hansard_debate_reading_a_telegram_is_a_telegram(speech: str, sender: str | None,
                                                          resources) -> None:
    found = text_facts(f"HL Deb 3 June 1932 vol 84 cc540-1\n\n{speech}\n\n\"The Chamber "
                       "thanks the House for its message.\"\n\nThe House was adjourned.\n",
                       resources)
    assert found["doc_type"] == "telegram"
    assert found["sender"] == ([sender] if sender else [])
    assert found["summary"] is None  # the speech's last paragraph stays the speech's


@pytest.mark.parametrize(("title", "person"), [
    ("Telephone Conversation Between the Secretary of State and the Representative to the "
     "United Nations (Stevenson)", "per-adlai-stevenson"),
    ("Soviet Embassy in Vientiane (Afanasyev), Report on the Neutralist Forces", None),
])
def test_an_offices_holder_in_parentheses_is_a_person_of_the_title(
        title: str, person: str | None, resources) -> None:
    xml = text_xml(WCDA.format(title=title, body="The talk lasted an hour."), resources)
    main = xml.split('<title type="main">', 1)[1].split("</title>", 1)[0]
    refs = _refs(main, "persName")
    assert (person in refs) if person else any("afanasyev" in ref for ref in refs)
