"""Rules for the Wilson Center's pages of meeting records (minutes, stenographic records,
records of talks between delegations; wc54):

- attendance written surname first with the initials after and no comma (`Present: Zhivkov
  T., Zhivkov Zh., Todorov S.`, `Attended by Comrades Aliev G.A., ...`, `Chaired by Comrade
  GORBACHEV M.S.`) names persons: the register's whose given name the initials fit (a
  variant's too: Geidar Aliev), never the register's namesake whose initials do not fit
  (`Zhivkov Zh.`), else a local person; one such name alone needs `Comrade` or a chair's or
  attendance's label before it, and a part of a document (`Annex A.`) is none
  (`initials_after.py`, table `document-parts`);
- a speaker's label of initials and a surname in capitals (`S. TODOROV:`, `ZH. ZHIVKOV:`) is
  the person the attendance named; a surname in capitals alone (`TELLALOV:`) is the one person
  of that surname the document named; an attendance or delegation line lists persons the
  register lacks (`Present from the Bulgarian side: ..., Konstantin Tellalov; ...`), no month
  (`March Plenum`) (`attendance_names.py`);
- a speaker's turn after `Comrade` with his words on the line is no address, nor a
  delegation's line `For the CPCz: A. Dubček, ...`, nor a short line of what a comrade did
  (`Comrade Péter spoke.`) (table `address`);
- `[pages missing - ed.]`, `[... not reproduced here]`, `[... not included]` are gaps (table
  `brackets`);
- a title or heading naming a body's session or meeting (`Session of the CC CPSU Politburo,
  ...`, `Meeting of the Committee of Ministers of ...`) and the form line `(Working record)`
  type the minutes (tables `meeting-titles`, `heading`, `doc-types`);
- the note-taker's `Recorded by: Ferenc Karcsai` names a person (table `name-phrases`, a
  colon after the phrase) and ends the record, as the editors' bracketed note on the session
  does (`[The session was interrupted at 13.30.]`), so the line under it is the archive's
  summary (`pages/summary.py`);
- a source line's shelfmark keeps the stop of its closing abbreviation (`... 5/469. ő.e.`);
- a delegate's initials before his surname and country in parentheses (`A. Lukanov
  (Bulgaria)`) are his name's, and tell the register person (`name_surroundings`);
- a first speaker's turn ending in an omission after its stop (`... dangerous. [...]`) is a
  sentence, no heading (`structure._is_head`);
- over the page's foot, two persons and a plural reporting verb (`Kosygin and Mengistu
  discuss ...`) are the archive's summary (table `summary-plural-verbs`);
- a surname after initials may have an accented second letter (`J. Péter`: `INITIALS_NAME`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

PAGE = (
    "Skip to content\n\nMay 14, 1969\n\n{title}\n\n"
    "This document was made possible with support from the Leon Levy Foundation\n\n"
    "{body}\n\nDocument Information\n\nSource\n\n{source}\n\nShare This Page\n"
)
SOURCE = "Central State Archive, Sofia, Fond 1-B, Opis 35, a.e. 310. Translated by Kalin Kanchev."
TITLE = "Minutes of the Meeting of the Politburo of the BCP CC, 14 May 1969"


def _page(body: str, title: str = TITLE, source: str = SOURCE) -> str:
    return PAGE.format(title=title, body=body, source=source)


def test_surname_first_initials_name_the_fitting_person_only(resources: Resources) -> None:
    xml = text_xml(_page("PROTOCOL No. 12\n\nPresent: Zhivkov T., Zhivkov Zh., Todorov S.\n\n"
                         "The Politburo approved the plan of the ministry for the year."),
                   resources)
    assert '<persName ref="#per-todor-zhivkov">Zhivkov T.</persName>' in xml
    assert '<persName ref="#per-zh-zhivkov">Zhivkov Zh.</persName>' in xml
    assert '<persName ref="#per-stanko-todorov">Todorov S.</persName>' in xml


def test_initials_may_fit_a_variant_and_a_chair_alone_is_named(resources: Resources) -> None:
    xml = text_xml(_page("Chaired by Comrade GORBACHEV M.S.\n\nAttended by Comrades Aliev G.A., "
                         "Kuznetsov V.V.\n\nThe harvest was discussed at length by the members."),
                   resources)
    assert '<persName ref="#per-mikhail-gorbachev">GORBACHEV M.S.</persName>' in xml
    assert '<persName ref="#per-heydar-aliyev">Aliev G.A.</persName>' in xml
    assert '<persName ref="#per-vasily-kuznetsov">Kuznetsov V.V.</persName>' in xml


def test_a_part_of_a_document_is_no_surname(resources: Resources) -> None:
    xml = text_xml(_page("Attachment: Annex A.\n\nSee: Appendix B., Annex C.\n\n"
                         "The Politburo approved the plan of the ministry for the year."),
                   resources)
    assert "Annex A.</persName>" not in xml and "Appendix B.</persName>" not in xml


def test_speaker_labels_and_listed_names(resources: Resources) -> None:
    xml = text_xml(_page(
        "Present from the Bulgarian side: Todor Zhivkov, Konstantin Tellalov; from the "
        "Mongolian side: Sonomyn Luvsan, March Plenum.\n\n"
        "TELLALOV: We are glad to greet the delegation.\n\n"
        "ZH. ZHIVKOV: The questions will be discussed tomorrow.\n\n"
        "LUVSAN: Thank you for the welcome."), resources)
    assert '<persName ref="#per-konstantin-tellalov">TELLALOV</persName>:' in xml
    assert '<persName ref="#per-sonomyn-luvsan">LUVSAN</persName>:' in xml
    assert '<persName ref="#per-zh-zhivkov">ZH. ZHIVKOV</persName>:' in xml
    assert "per-march-plenum" not in xml


def test_speaker_turns_and_delegation_lines_are_no_address(resources: Resources) -> None:
    body = ("Present:\n\nFor the HSWP: János Kádár, Jenő Fock\n\n"
            "For the CPCz: Alexander Dubček, Oldřich Černík\n\n"
            "Comrade János Kádár: I returned from Moscow last night.\n\n"
            "Comrade Jenő Fock: I agree with Comrade Kádár.")
    facts = text_facts(_page(body), resources)
    assert facts["addressee"] == []
    assert "<address>" not in text_xml(_page(body), resources)


def test_missing_pages_and_texts_not_reproduced_are_gaps(resources: Resources) -> None:
    xml = text_xml(_page("T. ZHIVKOV: Comrades, I open the session. [pages missing - ed.]\n\n"
                         "S. TODOROV: I agree. [Todorov's report is not reproduced here]\n\n"
                         "[Text of the information not included]"), resources)
    assert '<gap reason="omitted"><desc>pages missing - ed.</desc></gap>' in xml
    assert "<desc>Todorov's report is not reproduced here</desc>" in xml
    assert "<desc>Text of the information not included</desc>" in xml


def test_session_titles_and_working_record_type_the_minutes(resources: Resources) -> None:
    for title, body in (
            ("Session of the CC CPSU Politburo, 11 March 1985",
             "GORBACHEV. Comrades, we have met to elect the General Secretary."),
            ("Meeting of the Committee of Ministers of Foreign Affairs in Prague",
             "The ministers agreed on the text of the communiqué after a long debate."),
            ("CC CPSU Politburo, 11 March 1985",
             "Top secret\n\nSingle copy\n\n(Working record)\n\n"
             "GORBACHEV. Comrades, we have met to elect the General Secretary.")):
        assert text_facts(_page(body, title), resources)["doc_type"] == "record of conversation"


def test_the_note_taker_and_the_session_note_end_the_record(resources: Resources) -> None:
    summary = "Kádár and Dubček discuss the withdrawal of the Hungarian troops from Slovakia."
    for close in ("Recorded by: Ferenc Karcsai", "[The session was interrupted at 13.30.]"):
        body = (f"Comrade János Kádár: We have come to help where we can.\n\n{close}\n\n"
                f"{summary}")
        facts = text_facts(_page(body, "Minutes of the Talks between Kádár and Dubček"),
                           resources)
        assert facts["summary"] == summary
    assert '<persName ref="#per-ferenc-karcsai">Ferenc Karcsai</persName>' in text_xml(
        _page("The committee met and approved the plan of the year at length.\n\n"
              "Recorded by: Ferenc Karcsai"), resources)


def test_a_shelfmark_keeps_the_stop_of_its_abbreviation(resources: Resources) -> None:
    facts = text_facts(_page("The committee met and approved the plan of the year at length.",
                             source="MNL OL, M-KS 288. f. 5/469. ő.e. Translated by Csaba "
                                    "Farkas."), resources)
    assert facts["archive_idno"] == "MNL OL, M-KS 288. f. 5/469. ő.e."


def test_initials_before_a_delegate_s_country_are_his(resources: Resources) -> None:
    xml = text_xml(_page("The meeting was attended by the deputy chairmen:\n\n"
                         "A. Lukanov (Bulgaria), I. Huszár (Hungary), G. Weiss (GDR).\n\n"
                         "The Executive Committee approved the report of the Secretariat."),
                   resources)
    assert '<persName ref="#per-andrey-lukanov">A. Lukanov</persName> (' in xml
    assert '<persName ref="#per-i-huszar">I. Huszár</persName> (' in xml


def test_more_meeting_titles_type_the_minutes(resources: Resources) -> None:
    for title in ("Stenogram of the Meeting of the Executive Political Committee of the CC",
                  "CPSU CC Politburo Session, 4 May 1986",
                  "Talks between the Delegations of the BCP and the CPSU"):
        facts = text_facts(_page("Top secret\n\nThe members discussed the plan at length.",
                                 title), resources)
        assert facts["doc_type"] == "record of conversation"


def test_a_speaker_written_surname_first_with_initials(resources: Resources) -> None:
    xml = text_xml(_page("BREZHNEV L.I.: Comrades, we begin the session.\n\n"
                         "ANNEX A.: The list of the members follows."), resources)
    assert '<persName ref="#per-leonid-brezhnev">BREZHNEV L.I.</persName>:' in xml
    assert "ANNEX A.</persName>" not in xml


def test_an_office_after_a_listed_name_is_left_out(resources: Resources) -> None:
    xml = text_xml(_page("Present: Comrades Todor Zhivkov – First Secretary, Boris Velchev – "
                         "Secretary of the CC, Ivan Prumov (Head of Department)\n\n"
                         "The members agreed on the plan of the ministry after long debate."),
                   resources)
    assert '<persName ref="#per-boris-velchev">Boris Velchev</persName> – Secretary' in xml
    assert '<persName ref="#per-ivan-prumov">Ivan Prumov</persName> (Head' in xml


def test_a_turn_ending_in_an_omission_is_no_heading(resources: Resources) -> None:
    xml = text_xml(_page("Present: Zhivkov T., Todorov S.\n\n"
                         "T. ZHIVKOV: The situation is becoming dangerous. [...]\n\n"
                         "S. TODOROV: We must inform the district committees."), resources)
    assert "<head><persName" not in xml
    assert '<p><persName ref="#per-todor-zhivkov">T. ZHIVKOV</persName>:' in xml


def test_two_persons_discussing_over_the_foot_are_the_summary(resources: Resources) -> None:
    summary = "Kosygin and Mengistu discuss Soviet military supplies and the war in the Ogaden."
    facts = text_facts(_page("KOSYGIN: We welcome you in Moscow.\n\n"
                             "MENGISTU: We are grateful for the help of the Soviet Union.\n\n"
                             f"{summary}", "Record of Talks between the Soviet and Ethiopian "
                             "Delegations"), resources)
    assert facts["summary"] == summary


def test_a_short_line_of_what_a_comrade_did_is_no_address(resources: Resources) -> None:
    for line in ("Comrade Péter spoke.", "Comrade Brezhnev agreed."):
        facts = text_facts("Minutes\n\nof the meeting of the Politburo\n\n" + line +
                           "\n\nThe members agreed on the plan of the ministry after a debate.\n",
                           resources)
        assert facts["addressee"] == []


def test_a_delegation_labelled_by_its_country_lists_persons(resources: Resources) -> None:
    xml = text_xml(_page("Hungary: Lajos Kereszty, Béla Vadasi\n\n"
                         "The members agreed on the plan of the ministry after long debate."),
                   resources)
    assert '<persName ref="#per-lajos-kereszty">Lajos Kereszty</persName>' in xml


def test_a_surname_with_an_accented_second_letter_after_initials(resources: Resources) -> None:
    xml = text_xml(_page("From the Hungarian People's Republic: J. Kádár, J. Fock, J. Péter\n\n"
                         "The members agreed on the plan of the ministry after long debate."),
                   resources)
    assert '<persName ref="#per-janos-peter">J. Péter</persName>' in xml
