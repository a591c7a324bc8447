"""Rules for the Wilson Center Digital Archive's pages of East German, Romanian, Bulgarian,
Brazilian and Yugoslav documents of the Middle East, the Horn and Southern Africa (wave 87,
wcdh87), learnt from real pages (Stasi information reports of the Iran-Iraq war years, a GDR
ambassador's telegram from Addis Ababa, Romanian telegrams from Tel Aviv, Bulgarian minutes of
Zhivkov's talks with Machel and Mugabe, a Warsaw Pact session's record):

- a title's ` to ` before a verb's base form in title case (`Activities by the Iraqi Embassy
  to Find Out About Assumed Arms Deals ...`): the purpose's, no cut between sender and
  addressee (`title_infinitive.infinitive_to`, asked by `parties.title_parties`; the verbs of
  table `capitals-common-verbs`);
- the MfS's person on a line of its own, the surname in capitals and the given name after a
  comma, perhaps with its particle (`EL HAZAA, Achmed` under `the party envoy of the
  embassy,`): a person though the register lacks the name (`inverted_given._file_line`);
- the archive's summary over the current layout's foot (`Author(s):`) that names the
  document by the form its heading gives on a line of its own (`I N F O R M A T I O N` /
  ... / `Information from a source in the embassy on ...`): the summary, not the text's last
  paragraph (`pages/summary_form.form_summary`);
- a record's dateline under its heading sentence closed by the venue between slashes
  (`Sofia, September, 10th, 1980, /"Boyana" residence/`): the place of origin
  (`venue_slashes.without_slashed_venue`, asked by `place_lines._met_in`);
- an archive's title naming the meeting a paper reports on (`Meeting Between the Ambassador
  of Iran and the East German Minister for National Defense`) over the MfS's own form line
  (`Information`): the form line gives the type, a report (`recorded_titles.met_title`, asked
  by `doc_types.document_type`);
- a register person's short name, the first word of the full one (`Mengistu` of Mengistu
  Haile Mariam), after a title and before a capitalised word none of the person's names holds
  (`Comrade Mengistu Gemechu`): another person's name (`glued.compound_surname`,
  `glued._short_form`);
- register: Cornel Pacoste, Jesco von Puttkamer, Avigdor Dagan, Wolfgang Bayerlacher and
  Hamid Reza Asefi.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

STASI = ("February 3, 1986\n"
         "Activities by the Libyan Embassy to Find Out About Truck Deliveries to Chad\n"
         "This document was made possible with support from Leon Levy Foundation\n"
         "Main Department XX\n3 February 1986\nNo. 12/86\nI N F O R M A T I O N\n"
         "Activities by the Libyan Embassy to find out about truck deliveries to Chad\n"
         "Unofficial information says that a gathering of Libyan students took place in "
         "January 1986 in the Libyan Embassy [in Berlin].\n"
         "There the second secretary of the embassy,\nAL MANSURI, Jamal\nalias: Abu Jamal,\n"
         "asked the students to report on trade between the GDR and Chad.\n"
         "This information can be used unofficially only.\n"
         "Information from a source in the Libyan Embassy on a gathering of students who were "
         "asked to report on trade between East Germany and Chad.\n"
         "Author(s):\nAssociated Topics\nDocument Information\nSource\nOriginal Archive\n"
         "Rights\n")


def test_title_to_before_a_verb_names_no_addressee(resources: Resources) -> None:
    facts = text_facts(STASI, resources)
    assert facts["addressee"] == []


def test_file_form_name_on_its_own_line_is_a_person(resources: Resources) -> None:
    xml = text_xml(STASI, resources)
    assert ">AL MANSURI, Jamal</persName>" in xml


def test_summary_named_by_the_heading_form_over_the_foot(resources: Resources) -> None:
    facts = text_facts(STASI, resources)
    assert str(facts["summary"]).startswith("Information from a source in the Libyan Embassy")


MINUTES = ("Skip to content\n\nMay 14, 1982\n\n"
           "Minutes of Conversation between Todor Zhivkov and Julius Nyerere\n\n"
           "Of the Official talks between Comrade Todor Zhivkov, President of the State Council "
           "of the People's Republic of Bulgaria, and Julius Nyerere, President of Tanzania\n\n"
           "Varna, May, 14th, 1982, /\"Evksinograd\" residence/\n\n"
           "JULIUS NYERERE: We are glad to be in your country again and to speak openly.\n\n"
           "TODOR ZHIVKOV: You are welcome among friends.\n")


def test_dateline_with_slashed_venue_gives_the_place(resources: Resources) -> None:
    facts = text_facts(MINUTES, resources)
    assert facts["place_of_origin"] == "Varna"


TELEGRAM = ("July 2, 1974\nTelegram from the Romanian Embassy in Tel Aviv, to the Romanian "
            "Ministry of Foreign Affairs, 070.611, July 2, 1974, Secret\n"
            "To Comrade Cornel Pacoste\n"
            "Ambassador Jesco von Puttkamer told us that Avigdor Dagan expects a quiet summer.\n")


def test_romanian_deputy_minister_and_envoys_registered(resources: Resources) -> None:
    xml = text_xml(TELEGRAM, resources)
    assert 'ref="#per-cornel-pacoste"' in xml and 'ref="#per-jesco-von-puttkamer"' in xml
    assert 'ref="#per-avigdor-dagan"' in xml
    assert "Not in the corpus register" not in xml  # none of them a local entry


MEETING = ("Skip to content\n\nMarch 4, 1986\n\n"
           "Meeting Between the Ambassador of Syria and the East German Minister of Foreign Trade"
           "\n\nMinistry for State Security\n\nMain Department I\n\nHead\n\n"
           "Berlin, 4 March 1986\n\nInformation\n\n"
           "During a visit of the Syrian ambassador to the Minister of Foreign Trade on 27 "
           "February 1986 the following questions were discussed.\n\n"
           "The ambassador asked for further deliveries of machine tools.\n")


def test_meeting_title_over_the_form_line_is_the_form_lines(resources: Resources) -> None:
    assert text_facts(MEETING, resources)["doc_type"] == "report"


ADDIS = ("March 29, 1988\nTelegram from Wolfgang Bayerlacher to Erich Honecker\n"
         "Comrade Erich Honecker\n"
         "Comrade Mengistu thanked you for the swift reply. The deliveries will be discussed "
         "with the head of his office, Comrade Mengistu Tadesse.\n[Wolfgang] Bayerlacher\n")


def test_short_name_before_another_surname_is_another_person(resources: Resources) -> None:
    xml = text_xml(ADDIS, resources)
    assert ">Mengistu Tadesse</persName>" in xml
    assert 'ref="#per-mengistu-haile-mariam">Mengistu</persName> thanked' in xml
