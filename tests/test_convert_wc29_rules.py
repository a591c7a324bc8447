"""Rules from the blind Wilson Center sample wc29 (Soviet diplomats' diaries in Havana and
Hanoi, Stasi notes on talks with the KGB, North Vietnamese cables and letters of 1967-1975):
a diary's title names its entry after a comma (`From the Diary of X, Record of a
Conversation with Y, date`: the title, a record of conversation, X's), and the register
persons it names are met before the text; the keeper written surname first under `from the
diary of` (`Darusenkov, O. T.`) stays in the heading; a note on a meeting or on talks is a
record of conversation, and its `on DATE in PLACE` line under its head gives the place; a
form's label after a supplied word (`[Additional] Participants:`) names no one; an alias
the editors identify in brackets in a title party (`Comrade Bay Cuong [Le Duc Tho]`) is the
register person's, no local person of its own; and a local person respelled as a register
person leaves the shared register entry as it is. Tried on invented texts in two or more
layouts each."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

DIARY_TITLE = ("From the Diary of P. S. Lavrentiev, Record of a Conversation with the "
               "Minister of Foreign Trade of Cuba, Ernesto Guevara, 3 March 1964")
DIARY_LINES = ["[Stamp]: Declassified", "from the diary of", "Lavrentiev, P. S.",
               "Secret Copy No 2", "12 March 1964", "No 118",
               "with Minister of Industry of the Republic of Cuba", "3 March 1964",
               "I met with Guevara at his request. Guevara said that the plan for the sugar "
               "harvest would be fulfilled by the end of May, and asked about the ships."]
DIARY_LAYOUTS = {
    # the current site: blank lines between the lines
    "current": "Skip to content\n\nMarch 12, 1964\n\n" + DIARY_TITLE + "\n\nThis document was "
               "made possible with support from Leon Levy Foundation\n\n"
               + "\n\n\n".join(DIARY_LINES) + "\n",
    # a mirror's compact page: one line each
    "compact": "March 12, 1964\n" + DIARY_TITLE + "\nThis document was made possible with "
               "support from Leon Levy Foundation\n" + "\n".join(DIARY_LINES) + "\n",
}


@pytest.mark.parametrize("layout", sorted(DIARY_LAYOUTS))
def test_diary_title_after_a_comma(layout: str, resources) -> None:
    facts = text_facts(DIARY_LAYOUTS[layout], resources)
    assert facts["title"] == DIARY_TITLE
    assert facts["doc_type"] == "record of conversation"
    assert facts["sender"] == ["P. S. Lavrentiev"]


@pytest.mark.parametrize("layout", sorted(DIARY_LAYOUTS))
def test_diary_keeper_surname_first_stays_in_the_heading(layout: str, resources) -> None:
    xml = text_xml(DIARY_LAYOUTS[layout], resources)
    assert '<ab type="registry" subtype="copy">Secret Copy No 2</ab>' in xml
    assert "<p>Secret Copy No 2</p>" not in xml


@pytest.mark.parametrize("layout", sorted(DIARY_LAYOUTS))
def test_diary_title_partner_is_the_texts_surname(layout: str, resources) -> None:
    xml = text_xml(DIARY_LAYOUTS[layout], resources)
    assert '<persName ref="#per-che-guevara">Guevara</persName>' in xml


def test_journal_title_after_a_colon_still_reads(resources) -> None:
    text = ("April 2, 1958\nFrom the Journal of Ambassador V. A. Gorin: Record of Conversation "
            "with the Minister of Foreign Affairs, 25 March 1958\nI visited the Minister.\n")
    facts = text_facts(text, resources)
    assert facts["doc_type"] == "record of conversation"
    assert facts["sender"] == ["V. A. Gorin"]


@pytest.mark.parametrize("title", [
    "Stasi Note on Meeting Between Minister Mielke and the Head of the Czechoslovak StB, "
    "Comrade Kovar",
    "Ministry of State Security (Stasi), 'Note About the Talks of Comrade Minister [Mielke] "
    "with the Chairman of the KGB, Comrade Andropov, in Moscow'",
    "Note on the Talks of Comrade Axen with the Head of the International Department",
])
def test_note_on_a_meeting_is_a_record_of_conversation(title: str, resources) -> None:
    text = f"June 4, 1982\n{title}\nThe talks were held in a friendly atmosphere.\n"
    assert text_facts(text, resources)["doc_type"] == "record of conversation"


NOTE_LINES = ["N o t e", "About the Meeting of Comrade Minister [Erich Mielke] with the Head "
              "of the Hungarian Service, Comrade Horvath,", "on 2 June 1982 in the MfS [in "
              "Berlin]", "[Additional] Participants:", "from the MfS:", "Major General Kessler",
              "Comrade Mielke:", "Welcome. I ask Comrade Horvath to tell us first about the "
              "questions his service wants to raise, since his plane leaves this evening and "
              "we have little time for all of them."]
NOTE_TITLE = "Stasi Note on Meeting Between Minister Mielke and Comrade Horvath"
NOTE_LAYOUTS = {
    "current": "Skip to content\n\nJune 2, 1982\n\n" + NOTE_TITLE + "\n\n"
               + "\n\n".join(NOTE_LINES) + "\n",
    "compact": "June 2, 1982\n" + NOTE_TITLE + "\n" + "\n".join(NOTE_LINES) + "\n",
    # a place written out, no bracket (`on February 9, 1983 in Moscow`)
    "moscow": "June 2, 1982\n" + NOTE_TITLE + "\n" + "\n".join(NOTE_LINES).replace(
        "on 2 June 1982 in the MfS [in Berlin]", "on June 2, 1982 in Moscow") + "\n",
}


@pytest.mark.parametrize("layout", sorted(NOTE_LAYOUTS))
def test_note_date_and_place_line_gives_the_place(layout: str, resources) -> None:
    expected = "Moscow" if layout == "moscow" else "Berlin"
    assert text_facts(NOTE_LAYOUTS[layout], resources)["place_of_origin"] == expected


@pytest.mark.parametrize("layout", sorted(NOTE_LAYOUTS))
def test_supplied_word_before_a_label_names_no_one(layout: str, resources) -> None:
    xml = text_xml(NOTE_LAYOUTS[layout], resources)
    assert "Additional Participants</persName>" not in xml
    assert ">Participants</persName>" not in xml


@pytest.mark.parametrize(("title", "sender", "addressee"), [
    ("Cable from Comrade Bay Cuong [Le Duc Tho] to Comrade Pham Hung on the Lowlands",
     ["Le Duc Tho"], ["Pham Hung"]),
    ("Cable from Comrade Muoi Cuc [Nguyen Van Linh] to Comrade Pham Van Dong",
     ["Nguyen Van Linh"], ["Pham Van Dong"]),
    ("Cable No. 14 from Le Duc Tho to Brother Tuan [Van Tien Dung]",
     ["Le Duc Tho"], ["Van Tien Dung"]),
])
def test_alias_identified_in_a_title_is_the_register_person(
        title: str, sender: list[str], addressee: list[str], resources) -> None:
    text = f"Skip to content\n\nMarch 20, 1975\n\n{title}\n\nThe situation is changing fast.\n"
    facts = text_facts(text, resources)
    assert facts["sender"] == sender
    assert facts["addressee"] == addressee
    assert "Not in the corpus register." not in text_xml(text, resources)


def test_respelled_local_leaves_the_register_entry_as_it_is(resources) -> None:
    entry = resources.register.lookup("Yun Bo-seon")
    forms = [" ".join(e.itertext()) for e in entry.element.iterfind("{*}persName")]
    text = ("January 21, 1980\nTelegram from the Romanian Embassy in Pyongyang to the Ministry "
            "of Foreign Affairs\nThe arrest of Yun Posun [Yun Bo-seon], the former South "
            "Korean president, continues.\n")
    xml = text_xml(text, resources)
    assert [" ".join(e.itertext()) for e in entry.element.iterfind("{*}persName")] == forms
    # the document's own copy of the entry records the spelling it met
    assert '<persName type="variant">Yun Posun</persName>' in xml
    assert '<persName type="variant">Yun Posun</persName>' not in text_xml(
        text.replace("Yun Posun [Yun Bo-seon]", "Yun Bo-seon"), resources)


def test_alias_is_a_pseudonym_in_the_documents_copy_only(resources) -> None:
    entry = resources.register.lookup("Le Duc Tho")
    text = ("Skip to content\n\nMarch 20, 1975\n\nCable from Comrade Bay Cuong [Le Duc Tho] to "
            "Comrade Pham Hung\n\nComrade Bay Cuong reports that the talks resume.\n")
    xml = text_xml(text, resources)
    assert '<persName type="pseudonym">Bay Cuong</persName>' in xml
    assert xml.count('<persName ref="#per-le-duc-tho">Bay Cuong</persName>') == 2
    assert "Bay Cuong" not in " ".join(entry.element.itertext())
