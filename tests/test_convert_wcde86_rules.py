"""Rules for Wilson Center Digital Archive pages of Soviet, Chinese, Japanese, Korean,
Vietnamese, Cambodian, Indonesian and Pakistani documents (cipher telegrams of the Korean
War, records and minutes of the Chinese Foreign Ministry, Soviet diaries, the PDF export as
a document store flattens it), learnt from real pages (wcde86):

- a date with the month's name joined to the day and the year by stops without a space
  (`Received 19:55 13.June.1951`, the Soviet General Staff's cipher telegram form in the
  Wilson Center's translation) is a date: the telegram's receipt
  (`date_mixed.dotted_named`, tried with `date_shapes`' named shapes);
- a diary's title naming its keeper before `on` and the talk it records (`Diary of
  Teimuraz Stepanov-Mamaladze on Meeting between Eduard Shevardnadze and ...`) gives the
  keeper alone as the sender (table `title-parties`, row `author-of`);
- the Chinese family name `He`, a pronoun's spelling, opens a name before one pinyin given
  name of two syllables (`Interpreter:  He Zhenliang`): table `east-asian-names`, `He` now
  `family-pinyin`, and `eastasian.opening_name` (asked by `namerules.plausible_name`);
- plain `Congo` beside the crisis's name (`the Congo crisis`, `the Congo question`) is
  Congo-Léopoldville (table `name-context`);
- the WCDA PDF export as a document store runs it into one paragraph: its endnotes' text
  (`[1]The full text ...`, the number standing in the text before) is cut from the text,
  each note a line, and the signer's name and date after the text's last sentence are the
  closing's (`pages/runon._closing_and_notes`, for the `pdf-export-paragraph` row); its
  points numbered from 1 in order after a colon or a sentence's end, two or more, are lines of
  their own, the list's items (`pages/runon._points`);
- a Chinese record's field `Translator and Documentation: NAME` names a person (table
  `participant-roles`);
- an envoy's office and colon opens a signature only before a name (`Ambassador: G.
  Grigorov`), not before a transcript's last turn (`Ambassador: We hope for an exchange of
  views.`, a word of four small letters after the colon: `parts.py`, the signing marks);
- Teimuraz Stepanov-Mamaladze, Shoji Sato (by the surname only in the years of his embassy in
  Beijing, 1977-1979) and Hisashi Owada are register persons, `Trygve Li` (a Chinese
  translation's spelling) a variant of Trygve Lie (`corpus/register/persons.xml`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

GRU_FORM = (
    "June 20, 1951\nCiphered Telegram No. 21034, Krasovsky to Comrade Filippov [Stalin]\n"
    "SECOND MAIN ADMINISTRATION OF THE GENERAL STAFF OF THE SOVIET ARMY\n"
    "CIPHERED TELEGRAM No. 21034\nCopies: Stalin (2)\nFrom BEIJING\n"
    "Received 23:40 20.June.1951\nTo Comrade FILIPPOV [Stalin]\n"
    "The delegation will leave for Kaesong tomorrow morning by car.\n"
    "KRASOVSKY\nNo. 3011\n20.6.51\n")


def test_a_dotted_named_date_is_the_receipt(resources: Resources) -> None:
    assert text_facts(GRU_FORM, resources)["date_received"] == "1951-06-20T23:40"


DIARY_ON_MEETING = (
    "Skip to content\n\nMarch 3, 1987\n\nDiary of Anatoly Chernyaev on Meeting between "
    "Mikhail Gorbachev and Rajiv Gandhi\n\n3 March 87\n\nThe talks went well; Gandhi asked "
    "about the border and the delegation's programme.\n\n")


def test_a_diarys_keeper_before_on_is_the_sender(resources: Resources) -> None:
    assert text_facts(DIARY_ON_MEETING, resources)["sender"] == ["Anatoly Chernyaev"]


HE_INTERPRETER = (
    "Skip to content\n\nMay 5, 1964\n\nMemorandum of Premier Zhou Enlai's Conversation with "
    "the Ambassador\n\nTime: May 5, 1964\n\nInterpreter:  He Xiaoqing; Notetaker:  Li Wen\n\n"
    "Premier: Welcome.\n\n")


def test_the_family_name_he_opens_a_name(resources: Resources) -> None:
    xml = text_xml(HE_INTERPRETER, resources)
    assert '>He Xiaoqing</persName>' in xml


def test_the_pronoun_he_opens_no_name(resources: Resources) -> None:
    xml = text_xml(HE_INTERPRETER.replace("Premier: Welcome.", "He Said nothing."),
                   resources)
    assert '>He Said</persName>' not in xml


CONGO_CRISIS = (
    "Skip to content\n\nJanuary 3, 1961\n\nCable from the Chinese Embassy in Guinea\n\n"
    "To the Foreign Ministry:\n\nThe minister spoke at length about the Congo crisis and "
    "the role of the United Nations.\n\n")


def test_the_congo_crisis_is_leopoldvilles(resources: Resources) -> None:
    assert "pla-democratic-republic-of-the-congo" in text_xml(CONGO_CRISIS, resources)


PDF_NOTES = (
    "January 09, 1950 Telegram, Mao Zedong to Zhou Enlai\n\nTotal Page:16\n\n"
    "File Type:pdf, Size:1020Kb\n\nJanuary 09, 1950 Telegram, Mao Zedong to Zhou Enlai "
    "Digital Archive digitalarchive.wilsoncenter.org International History Declassified "
    "January 09, 1950 Telegram, Mao Zedong to Zhou Enlai Citation: \u201cTelegram, Mao "
    "Zedong to Zhou Enlai,\u201d January 09, 1950, History and Public Policy Program Digital "
    "Archive. http://digitalarchive.wilsoncenter.org/document/900123 Summary: Mao asks for "
    "the draft. Original Language: Chinese Contents: English Translation To [Zhou] Enlai: "
    "Please send me the draft of the note to the embassy in Delhi.[1] Wire it tonight. "
    "Mao Zedong 9:00 p.m., 9 January [1950] [1]The note concerned the recognition by "
    "India, announced on 30 December.\n")


def test_a_flattened_pdfs_notes_and_closing_are_cut_out(resources: Resources) -> None:
    facts = text_facts(PDF_NOTES, resources)
    assert facts["signed"] == "Mao Zedong"
    assert facts["notes"] == 1


DOCUMENTATION = (
    "Skip to content\n\nMarch 2, 1958\n\nMinutes of Conversation between Zhang Wentian and "
    "the Ambassador\n\nTime: 1958 March 2\n\nLocation: Ministry of Foreign Affairs\n\n"
    "Translator and Documentation: Guo Zhen'An\n\nThe Ambassador notified us of the "
    "following.\n\n")


def test_a_translator_and_documentation_field_names_a_person(resources: Resources) -> None:
    assert ">Guo Zhen\u2019An</persName>" in text_xml(
        DOCUMENTATION.replace("Zhen'An", "Zhen\u2019An"), resources)


LAST_TURN = (
    "Skip to content\n\nMarch 9, 1957\n\nMinutes of Conversation between Zhang Wentian and "
    "the Ambassador\n\nTime: 1957 March 9\n\nAmbassador: I have come to hand over the "
    "invitation.\n\nVice Minister Zhang: We thank the Government of India.\n\n"
    "Ambassador: We hope for an exchange of views.\n")


def test_a_transcripts_last_turn_is_no_signature(resources: Resources) -> None:
    assert text_facts(LAST_TURN, resources)["signed"] is None


def test_an_envoys_office_before_his_name_still_signs(resources: Resources) -> None:
    text = LAST_TURN.replace("Ambassador: We hope for an exchange of views.",
                             "Ambassador: G. Grigorov")
    assert text_facts(text, resources)["signed"] == "Ambassador: G. Grigorov"


def test_the_new_register_persons_are_known(resources: Resources) -> None:
    text = ("Skip to content\n\nOctober 25, 1978\n\nRecord of Meeting between Prime Minister "
            "Fukuda and Vice Premier Deng\n\nAmbassador Sato and Private Secretary Owada were "
            "present; Stepanov-Mamaladze wrote to Mr. Trygve Li.\n\n")
    xml = text_xml(text, resources)
    for ref in ("per-shoji-sato", "per-hisashi-owada", "per-teimuraz-stepanov-mamaladze",
                "per-trygve-lie"):
        assert ref in xml


PDF_POINTS = PDF_NOTES.replace(
    "Please send me the draft of the note to the embassy in Delhi.[1] Wire it tonight. ",
    "The reactions are as follows: 1. They welcomed the note. 2. Delhi will answer next week. ")


def test_a_flattened_pdfs_points_are_items(resources: Resources) -> None:
    assert text_facts(PDF_POINTS, resources)["numbered_points"] == 2


def test_one_numbered_point_alone_stays_in_the_paragraph(resources: Resources) -> None:
    text = PDF_POINTS.replace(" 2. Delhi will", " Delhi will")
    assert text_facts(text, resources)["numbered_points"] == 0
