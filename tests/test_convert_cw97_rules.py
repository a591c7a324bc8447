"""Rules for the Commonwealth official editions as real pages showed them (cw97):

- DFAT's number line with the editors' note call of the form line above set at its head
  (`[1]441. IMMEDIATE TOP SECRET`) and with the caveat `Guard` of the 1960s volumes (`702.
  Secret Guard`; table `heading-edition`, the DFAT `cable-number` row): the number is read;
- a paragraph broken after a courtesy title, the name opening the next block (older
  dfat.gov.au pages: `... represented by Mr.` / `` / `Dening, who ...`): the line runs on
  into the name (`wraps.join_title_breaks`);
- in a double-spaced text (a blank line after every line: dfat.gov.au pages of the war
  years) two blank lines part paragraphs, so the form line (`Dispatch 44/3/7 WELLINGTON, 22
  March 1944`, `(extract)` in it) does not run into the text and its date is read
  (`read.logical_lines`);
- a title built from an edition's dated heading line takes the form's word alone, the number
  after it (`Cablegram EC4 LONDON, 12 September 1945` gives `Cablegram No. EC4`;
  `dated_forms.dated_form`, called by `form_titles`);
- a title's party that is a surname the register gives its person only in office, alone
  (`Officer to Department of External Affairs`, 1949: Keith Officer in his China post;
  `party_surnames.named_party`, called by `parties.parties`);
- a surname in the text that the edition's note called after it names in full (`Clark [3]`,
  note `3 Colonel A.G. Clark, Military Attache.`): the note's person
  (`noted_surnames.noted_surname_marks`, called by `office_surnames.office_surname_marks`);
- an untitled text under a dateline whose writer says he writes to the reader (`My purpose in
  writing to you is ...`, a DFAT minister's letter to a head of mission; table
  `reader-address`) is a letter;
- the register: `the Tunku` (Tunku Abdul Rahman), Sir John Maffey and Seán (John) Leydon of
  the DIFP volumes, Charles F. Baldwin (US ambassador in Kuala Lumpur 1961-1964, `Baldwin` a
  surname in office), Esler Dening, `Mr. Officer` (Keith Officer, the title making the common
  noun a name; alone, a surname in office in his China years), the city of Cork.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml


def test_note_call_before_number(resources: Resources) -> None:
    facts = text_facts("Cablegram, Canberra, 9 March 1951\n[1]441. IMMEDIATE TOP SECRET\n"
                       "Pacific Pact\nWe have had no reply from London.\n", resources)
    assert facts["telegram_number"] == "441"
    assert facts["title"] == "Cablegram No. 441"


def test_guard_caveat_number_line(resources: Resources) -> None:
    facts = text_facts("Kuala Lumpur, 11 October 1963\n702. Secret Guard\n\n"
                       "The talks will not be held now.\n", resources)
    assert (facts["telegram_number"], facts["doc_type"]) == ("702", "telegram")


def test_paragraph_broken_after_title_runs_on(resources: Resources) -> None:
    xml = text_xml("Memorandum CANBERRA, 12 October 1949\n\n\nThe talks will be held in "
                   "Canberra early next month, and the United Kingdom\nwill be represented "
                   "by Mr.\n\nDening, who will come on from Singapore.\n", resources)
    assert 'Mr. <persName ref="#per-esler-dening">Dening</persName>' in xml
    assert "by Mr.</p>" not in xml


def test_double_spaced_form_line_stays_apart(resources: Resources) -> None:
    lines = ["I have the honour to report that on 20th March I called on the Prime",
             "Minister at his request. Mr. Fraser spoke at some length about the",
             "arrangements for the coming meeting of the Prime Ministers in",
             "London and said that he hoped to travel there by way of Canberra.",
             "2. He added that he would wish to see Mr. Curtin about the",
             "future of the island territories before either of them left, and",
             "that his officials had already prepared a short paper which he",
             "would send to you through this office when it had been approved."]
    text = ("Historical documents\n\n41 D'Alton to Evatt\n\n"
            "Dispatch 44/3/7 (extract) WELLINGTON, 22 March 1944\n\n\n" + "\n\n".join(lines) + "\n")
    facts = text_facts(text, resources)
    assert (facts["date"], facts["place_of_origin"]) == ("1944-03-22", "Wellington")


def test_dated_form_line_gives_form_word_title(resources: Resources) -> None:
    facts = text_facts("Cablegram EC4 LONDON, 12 September 1945, 4 p.m.\n"
                       "MOST IMMEDIATE SECRET\nI saw Addison and Bevin today.\n", resources)
    assert facts["title"] == "Cablegram No. EC4"


def test_the_tunku(resources: Resources) -> None:
    xml = text_xml("Canberra, 5 September 1964\n840. Secret Immediate\n\nIn conveying this to "
                   "the Tunku, please emphasise that we would not wish it known.\n", resources)
    assert 'the <persName ref="#per-tunku-abdul-rahman">Tunku</persName>' in xml


def test_difp_maffey_and_leydon(resources: Resources) -> None:
    xml = text_xml("DUBLIN, 3 April 1944\n\nI went to London with Mr. Seán Leydon. Maffey "
                   "offered us transport both ways.\n", resources)
    assert 'ref="#per-john-maffey">Maffey<' in xml and 'ref="#per-john-leydon"' in xml


def test_baldwin_in_office(resources: Resources) -> None:
    late = text_xml("Kuala Lumpur, 11 October 1963\n\nI saw Baldwin this morning.\n", resources)
    early = text_xml("London, 11 October 1935\n\nI saw Baldwin this morning.\n", resources)
    assert 'ref="#per-charles-f-baldwin"' in late
    assert 'ref="#per-charles-f-baldwin"' not in early


def test_mr_officer_is_keith_officer(resources: Resources) -> None:
    xml = text_xml("Canberra, 7 November 1949\n\nMr. Officer is on his way to Sydney. The "
                   "officer in charge will meet him.\n", resources)
    assert xml.count('ref="#per-keith-officer"') == 1


def test_cork_place(resources: Resources) -> None:
    xml = text_xml("DUBLIN, 31 August 1942\n\nFollowing your telephone message from Cork "
                   "this morning, I saw the Minister.\n", resources)
    assert '<placeName ref="#pla-cork">Cork</placeName>' in xml


def test_surname_in_office_as_title_party(resources: Resources) -> None:
    facts = text_facts("Historical documents\n\n236 Officer to Department of External Affairs\n\n"
                       "Cablegram 49 NANKING, 29 January 1949, 9.45 p.m.\n\n"
                       "Your telegram 19. I appreciate that the Secretary-General must be "
                       "consulted.\n", resources)
    assert facts["sender"] == ["Keith Officer"]


def test_surname_named_in_full_by_its_note(resources: Resources) -> None:
    xml = text_xml("Cablegram 236 NANKING, 28 September 1949\n\nAfter I leave, Clark [1] will "
                   "remain in Nanking and report through the British Embassy.\n\n"
                   "1 Colonel A.G. Clark, Military Attache.\n", resources)
    assert '<persName ref="#per-a-g-clark">Clark</persName>' in xml


def test_writing_to_you_under_dateline_is_letter(resources: Resources) -> None:
    facts = text_facts("Canberra, 16 October 1964\nTop Secret\nMy purpose in writing to you is to "
                       "set out the policy you should follow in Kuala Lumpur.\nYou will "
                       "appreciate the gravity of the decisions.\n", resources)
    assert facts["doc_type"] == "letter"
