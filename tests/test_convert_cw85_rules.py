"""Rules for Commonwealth and European documentary editions as real pages showed them (cw85):

- a site's foot line that the page store cut short at the page's end (difp.ie's `Purchase
  Volumes Online` cut to `Pu`) is furniture, never the document's signature, and the notes
  above it stay notes (table `cut-foot-labels`, `pages/cut_foot.py`);
- an office-only party of a document dated to the day, in a year the office changed hands
  (`The Prime Minister of New Zealand to the Prime Minister of Australia`, 22 November 1939:
  Menzies, not Lyons), is the holder of that day (table `office-handovers`, `handovers.py`,
  read by `office_holders.office_holder`); the register adds the heads of government and
  Dominions Secretaries the table names (Earle Page, Bonar Law, Baldwin, Kirk; not Jack
  Marshall, whose entry would take George C. Marshall's surname), Eden's Dominions Office
  and Viscount Galway;
- the Dominions Office's `Secretary of State for Dominion Affairs`, named without its
  country, is the British office (table `sole-offices`);
- the year in force is read from a dateline whose year carries a note's marker glued to it
  (DIFP's `WASHINGTON, 26 February 19421`), the notes being read first (`context_years.py`,
  `recognise.py`), so that a surname in office is a name in that year (`Gray's reports`:
  David Gray, Minister to Ireland); the register adds John Dedman;
- a paragraph numbered on from the second (`2.`, `3.`) whose next number stands run on
  inside the paragraph above (the DFAT web edition's `... interest.' 4. We should ...`) goes
  on numbering the paragraphs (`5. Please advise ...` is `p[@n]`, no list of one point)
  (`paragraph_numbers.py`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

CUT_FOOT = (
    "No. 512 NAI DFA Secretary's Files S80\n\n"
    "Letter from Frederick H. Boland to John J. Hearne (Ottawa)\n(Confidential) (Copy)\n\n"
    "Dublin, 3 March 1941\n\n"
    "I am to ask you to send by the next bag the two reports mentioned in your minute.1\n\n"
    "The Minister would also like a short account of the debate in the Senate.2\n\n"
    "(Signed) F.H. BOLAND\n\n"
    "1 Not printed.\n\n"
    "2 Not printed.\n\n"
    "Pu\n"
)


def test_cut_foot_line_is_furniture(resources: Resources) -> None:
    xml = text_xml(CUT_FOOT, resources)
    assert ">Pu<" not in xml
    assert text_facts(CUT_FOOT, resources)["notes"] == 2


def test_cut_foot_needs_a_label_it_begins(resources: Resources) -> None:
    text = CUT_FOOT.replace("\nPu\n", "\nPatrick Lynch\n")
    assert "Patrick Lynch" in text_xml(text, resources)


NZ_1939 = (
    "54\nThe Prime Minister of New Zealand to the Prime Minister of Australia\n\n"
    "{day}\n\n"
    "Your telegram about the convoy has been considered by my colleagues and we agree.\n"
)


def test_office_holder_on_the_day_of_a_handover_year(resources: Resources) -> None:
    after = text_xml(NZ_1939.format(day="22 November 1939"), resources)
    assert 'roleName ref="#per-robert-menzies">Prime Minister of Australia' in after
    before = text_xml(NZ_1939.format(day="10 February 1939"), resources)
    assert 'roleName ref="#per-joseph-lyons">Prime Minister of Australia' in before


def test_dominions_secretary_is_the_british_office(resources: Resources) -> None:
    text = ("209\nThe Prime Minister of New Zealand to the Secretary of State for Dominion "
            "Affairs\n\n19 February 1941\n\nYour telegram of 15 February has been considered.\n")
    xml = text_xml(text, resources)
    assert 'roleName ref="#per-lord-cranborne">Secretary of State for Dominion Affairs' in xml
    assert 'roleName ref="#per-peter-fraser">Prime Minister of New Zealand' in xml


GLUED_YEAR = (
    "No. 190  NAI DFA Secretary's Files A43\n\n"
    "Code telegram from Robert Brennan to Joseph P. Walshe (Dublin)\n\n(No. 104)\n\n"
    "WASHINGTON, 3 March 19421\n\n"
    "I saw the Under Secretary today. He thought Gray's reports fair.2\n\n"
    "1 The date of receipt in Dublin.\n\n"
    "2 Not printed.\n"
)


def test_year_with_glued_note_marker_is_the_year_in_force(resources: Resources) -> None:
    xml = text_xml(GLUED_YEAR, resources)
    assert 'ref="#per-david-gray">Gray</persName>' in xml


RUN_ON_NUMBER = (
    "Cablegram 7 CANBERRA, 9 January 1949, 4.10 p.m.\n"
    "SECRET\n"
    "Your telegram No. 5. We agree with the course you propose.\n"
    "2. You should see the Minister before the conference opens.\n"
    "3. Please convey the following message to the Prime Minister:-\n"
    "'The Government will be glad to send two officials.' 4. The officials leave on Friday.\n"
    "5. Please report the date now fixed for the conference.\n"
)


def test_paragraph_number_run_on_in_the_paragraph_above(resources: Resources) -> None:
    xml = text_xml(RUN_ON_NUMBER, resources)
    assert '<p n="5">' in xml
    assert text_facts(RUN_ON_NUMBER, resources)["numbered_points"] == 0
