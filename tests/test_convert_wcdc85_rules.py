"""Rules for Wilson Center Digital Archive pages of Soviet, Chinese, Korean and Vietnamese
documents of the Sino-Soviet split, the Vietnam War, Afghanistan and North Korea's relations
after 1953 (Chinese embassy cables, Soviet ambassadors' records and journals), in the current
layout and the staging mirror (wcdc85):

- the page's last line that begins an index field's label the store cut (`Author(` for
  `Author(s):`) opens the page's foot: the summary over it is the archive's, the embassy's
  signature above the document's close (`pages/cut_label.cut_foot_label`, asked by
  `pages/fields.footer`);
- a line opening with a sentence's first word (`According to Xua`, a page cut inside a
  sentence) has no signature's shape (`signature_shape._OPENING_WORDS`);
- a translator's note in brackets that holds the words it supplies in brackets of its own
  (`[Translator's note: ... familiarized with [it]. ... [to the] archives]`) is one inline
  note, its inner brackets supplied words (`brackets.SPECIAL`, group `nested`);
- the catalogue's title `Memorandum of Conversation between X and Y` over an envoy's record
  in the first person with no memorandum's form of its own (no `Participants:` or
  `Subject:` block, no heading naming a memorandum) is a record of conversation (table
  `record-titles`, `recorded_titles.recorded_title`); in the third person it stays a
  memorandum;
- initials that clash with the initials the register gives a person (`V.E. Kuznetsov`, the
  register's Vasily Kuznetsov being `V.V.`) do not take that person by the surname
  (`initials.initials_fit`);
- a one-line bracketed stamp keeps the words naming whose stamp it is before the stamp
  element (`[CPSU CC stamp: 40929` gives `CPSU CC stamp:` and the stamp `40929`), as a
  wrapped label did (`brackets.owned_stamp`, called from `recognise._stamp_block`);
- Ivan Tugarinov, Zhu Qiwen, Vladimir Stepakov and Odd Arne Westad are register persons
  (`corpus/register/persons.xml`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

CUT_AUTHOR = (
    "June 2, 1965\nCable from the Chinese Embassy in the Soviet Union, 'On the Reception'\n"
    "This document was made possible with support from MacArthur Foundation\n"
    "To the Ministry of Foreign Affairs:\n"
    "On the evening of June 1st the embassy attended the reception given by the Soviet Ministry "
    "of Culture, where the talk turned to the students' protest.\n"
    "[Chinese] Embassy in the Soviet Union\n2 June 1965\n"
    "The Chinese Embassy in Moscow reports on a Soviet reception and the talk of the protest.\n"
    "Author(\n")


def test_a_cut_author_label_opens_the_foot(resources: Resources) -> None:
    facts = text_facts(CUT_AUTHOR, resources)
    assert facts["signed"] == "[Chinese] Embassy in the Soviet Union"
    assert str(facts["summary"]).startswith("The Chinese Embassy in Moscow reports")


CUT_SENTENCE = (
    "Skip to content\n\nMarch 2, 1964\n\nCable from the Chinese Embassy in Vietnam, 'On the "
    "Visit'\n\nTo the Ministry of Foreign Affairs:\n\nMinister Xuan Thuy told Ambassador Zhu "
    "Qiwen yesterday that the delegation would leave for Beijing next week by train.\n\n"
    "According to Xua\n")


def test_a_sentence_cut_after_its_first_words_is_no_signature(resources: Resources) -> None:
    facts = text_facts(CUT_SENTENCE, resources)
    assert facts["signed"] is None
    assert "per-according" not in text_xml(CUT_SENTENCE, resources)


NESTED_NOTE = (
    "Skip to content\n\nMay 4, 1966\n\nJournal of Soviet Ambassador to the DPRK for 4 May 1966"
    "\n\nI visited Kim Il Sung at his request and we discussed the harvest.\n\n"
    "[Translator's note: a stamp says that \"the report was read [and] filed. 3 June 1966. "
    "[to the] archives\"].\n\nKim Il Sung thanked me for the information.\n\n")


def test_a_translators_note_holding_supplied_words_is_one_note(resources: Resources) -> None:
    xml = text_xml(NESTED_NOTE, resources)
    assert '<note type="translation" place="inline">Translator' in xml
    assert '<supplied reason="omitted">to the</supplied> archives' in xml


MEMCON_TITLE = (
    "Skip to content\n\nJune 3, 1963\n\nMemorandum of Conversation between Soviet Ambassador "
    "to North Korea Vasily Moskovsky and Nam Il\n\n3 June 1963\n\n[I] visited Nam Il at his "
    "request and he asked about the deliveries of trucks for the autumn.\n\n"
    "I promised to inform Moscow of the request without delay.\n\n")


def test_a_memcon_title_over_an_envoys_record_is_a_record(resources: Resources) -> None:
    assert text_facts(MEMCON_TITLE, resources)["doc_type"] == "record of conversation"


def test_a_memcon_title_over_a_memorandums_form_stays_a_memorandum(
        resources: Resources) -> None:
    text = MEMCON_TITLE.replace(
        "3 June 1963\n\n", "MEMORANDUM OF CONVERSATION\n\nSubject: Trucks\n\n")
    assert text_facts(text, resources)["doc_type"] == "memorandum"


CLASHING_INITIALS = (
    "Skip to content\n\nJuly 18, 1978\n\nRecord of Conversation between Soviet Ambassador to "
    "Afghanistan A.M. Puzanov and Taraki\n\nThe delegation headed by Major-General V.E. "
    "Kuznetsov arrives today to sign the agreement on the deliveries.\n\n")


def test_clashing_initials_do_not_take_the_registers_namesake(resources: Resources) -> None:
    xml = text_xml(CLASHING_INITIALS, resources)
    assert "per-vasily-kuznetsov" not in xml


def test_the_new_register_persons_are_known(resources: Resources) -> None:
    text = ("Skip to content\n\nMay 2, 1963\n\nCable from the Chinese Embassy in Vietnam\n\n"
            "Ambassador Zhu Qiwen met comrade Stepakov V.I. and I. I. Tugarinov.\n\n")
    xml = text_xml(text, resources)
    assert "per-zhu-qiwen" in xml
    assert "per-ivan-tugarinov" in xml


OWNED_STAMP = (
    "Skip to content\n\nMay 4, 1966\n\nJournal of Soviet Ambassador to the DPRK for 4 May 1966"
    "\n\n[CPSU CC stamp: 51277\n\n2 November 1966 Korea]\n\nCopy Nº 2\n\n"
    "I visited Kim Il Sung at his request and we discussed the harvest at length.\n\n")


def test_a_stamps_owner_stays_before_the_stamp(resources: Resources) -> None:
    xml = text_xml(OWNED_STAMP, resources)
    assert "</orgName> stamp: <stamp>51277</stamp>" in xml
