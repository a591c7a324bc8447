"""Rules for the Wilson Center Digital Archive's current site and its staging mirrors (wave 96,
wcdx96), learnt from real pages (Cuban, Argentine, Egyptian, Albanian, Polish and Hungarian
records; a record page that gives no text):

- the funder's name alone at the foot of a current page, its `Funder` label lost (`Original
  Classification` / `Top Secret` / `Leon Levy Foundation`), the funder the page's top line
  named: the page's furniture, neither the document's text nor its sender
  (`pages/funder_foot.funder_alone`, read by `pages/fields.fields`);
- a policy named after its author in small letters (`the Brezhnev doctrine`, `the Hallstein
  doctrine`): no mention of the person (`glued.eponym`, `_DOCTRINE`);
- an Argentine office's name in the title (`... General Directorate for Nuclear Affairs and
  Disarmament`) and the one-word office a memorandum informs (`For the information of:
  Undersecretary of Foreign Relations`): no persons (`not-names` row `word`);
- the old layout's credit `translation for CWIHP by X` names the translator (citation row
  `translator`), and a citation's shelfmark ends at the stop before `document obtained by`
  (`; document obtained by`, `. Document obtained by`: `citation_credit`, called by
  `header._citation` and `header._source_line`);
- the register knows Olavo Setúbal as `Olavo E. Setúbal` (not the town of Setúbal), and
  Károly Erdélyi (Hungarian deputy foreign minister, `K. Erdelji` in a Polish record).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

NO_TEXT = ("Skip to content\n\nMarch 2, 1987\n\n"
           "Conversation between M.S. Gorbachev and Gustáv Husák, March 1-2, 1987\n\n"
           "This document was made possible with support from Leon Levy Foundation\n\n"
           "Gorbachev tells Husák that the Brezhnev doctrine has had its day and asks about the "
           "plans of the party in Prague for the spring.\n\n"
           "Document Information\n\n\nNA, KSC-UV, 1261/0/8, k. 12. Document obtained by Jana "
           "Novakova. Translated by Karel Dvorak.\n\n\nOriginal Uploaded Date\n\n\n\n"
           "Memorandum of Conversation\n\n\nRecord ID\n\n\nOriginal Classification\n\n"
           "Top Secret\n\n\nLeon Levy Foundation\n")


def test_funder_alone_at_the_foot_is_no_text_nor_sender(resources: Resources) -> None:
    facts = text_facts(NO_TEXT, resources)
    assert facts["funder"] == "Leon Levy Foundation"
    assert facts["sender"] == []
    xml = text_xml(NO_TEXT, resources)
    assert "per-leon-levy-foundation" not in xml


def test_doctrine_in_small_letters_is_no_person(resources: Resources) -> None:
    xml = text_xml(NO_TEXT, resources)
    assert "per-leonid-brezhnev" not in xml
    assert ">Husák</persName>" in xml  # the sentence's person is still tagged


def test_document_obtained_by_ends_the_shelfmark(resources: Resources) -> None:
    assert text_facts(NO_TEXT, resources)["archive_idno"] == "NA, KSC-UV, 1261/0/8, k. 12"


MEMO = ("Skip to content\n\nJune 3, 1986\n\n"
        "Memorandum from the Argentine General Directorate for Nuclear Affairs and "
        "Disarmament, 'Fuel Supply'\n\n"
        "This document was made possible with support from Carnegie Corporation of New York "
        "(CCNY)\n\nMEMORANDUM NO. 77\n\n"
        "For the information of: Undersecretary of Foreign Relations\n\n"
        "Produced by: General Directorate for Nuclear Affairs and Disarmament\n\n"
        "Buenos Aires, June 3 1986\n\n"
        "I) The Minister of Brazil, Olavo E. Setúbal, will be told of the fuel supply.\n")


def test_argentine_offices_are_no_persons(resources: Resources) -> None:
    xml = text_xml(MEMO, resources)
    assert "per-disarmament" not in xml
    assert "per-undersecretary" not in xml
    assert text_facts(MEMO, resources)["sender"] == []


def test_setubal_with_middle_initial_is_the_minister(resources: Resources) -> None:
    xml = text_xml(MEMO, resources)
    assert '<persName ref="#per-olavo-setubal">Olavo E. Setúbal</persName>' in xml
    assert "pla-setubal" not in xml


OLD = ("March 14, 1966\n\n\n    Polish officials discuss a trade mission.\n"
       "    \"Polish Note on a Talk with the Trade Mission,\" March 14, 1966, History and Public "
       "Policy Program Digital Archive, AMSZ, Warsaw, 22/70, w-4; document obtained by Ewa "
       "Malinowska; translation for CWIHP by Tomasz Wrona\n"
       "S e c r e t\n\nN o t e\n\nOn 12 March the head of the mission called on the "
       "Department and said that Bonn had not given up the Hallstein doctrine.\n")


def test_translation_for_cwihp_by_names_the_translator(resources: Resources) -> None:
    assert text_facts(OLD, resources)["translator"] == "Tomasz Wrona"


def test_old_citation_shelfmark_ends_before_the_credit(resources: Resources) -> None:
    assert text_facts(OLD, resources)["archive_idno"] == "AMSZ, Warsaw, 22/70, w-4"


def test_hallstein_doctrine_is_no_person(resources: Resources) -> None:
    assert "per-walter-hallstein" not in text_xml(OLD, resources)


def test_erdelyi_by_initial_in_a_list_of_those_present(resources: Resources) -> None:
    text = OLD.replace("S e c r e t\n", "Present:\nHungary: K. Erdelji – vice minister of "
                       "Foreign Affairs\nS e c r e t\n")
    assert '<persName ref="#per-karoly-erdelyi">K. Erdelji</persName>' in text_xml(text,
                                                                                  resources)
