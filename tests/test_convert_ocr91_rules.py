"""Rules for OCR'd typescripts as archives' text layers give them, learnt from real pages
(ocr91: the National Security Archive's OCR views of State, White House and CIA papers of
1962-1978, a UN file's PDF text, a Colonial Office minute of 1949 on hkintexts, an Internet
Archive djvu text of a State printout, Ford Library memoranda of conversation on mirrors):

- a White House memorandum's heading flattened without its colons (`MEMORANDUM FOR THE
  PRESIDENT FROM ZBIGNIEW BRZEZINSKI SUBJECT NSC Weekly Report`): cut before `FROM` and the
  sender's name in capitals, so the name is the sender, not part of the addressee (table
  `flattened-heading`, row `memo-from`);
- a typed letter whose OCR lost its line breaks: its opening place and date, its salutation
  with the colon and its complimentary close each a line again (table `flattened-heading`,
  rows `letter-dateline`, `letter-salutation`, `letter-close`); a FRUS dateline is never cut
  from the second word of a two-word city (`New York, ...`: row `frus-dateline`);
- a British minute sheet routed to two officials at its head (`Sin C. Jeffries` / `Mr.
  Watson`, OCR reading `Sir` as `Sin`, maybe a handwritten mark under them): a memorandum to
  the first, not a telegram from them, with or without a date at its foot (`minutes.py`);
  a heading of nothing but such courtesy names names addressees (`minute_routing.py`);
- the Colonial Office's Deputy Under-Secretary of 1947-1956 and the Federal
  Energy Administrator of 1974-1977: register persons (`Sir C. Jeffries`,
  `Zarb` in a Ford memorandum of conversation).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

FLAT_MEMO = ("THE WHITE HOUSE SECRET WASHINGTON May 3 1978 MEMORANDUM FOR THE PRESIDENT FROM "
             "ZBIGNIEW BRZEZINSKI SUBJECT Your Talk with the Chancellor 1 The Chancellor will "
             "want to discuss the summit and the questions of trade that his ministers raised "
             "last month with us in some detail and at some length before the leaders meet "
             "again in the summer to settle them 2 I suggest that you listen and promise an "
             "answer within the month because the departments have not yet agreed on a common "
             "line and the Treasury wants more time to consider the figures he will give you\n")


def test_flat_memo_from_without_colon(resources: Resources) -> None:
    facts = text_facts(FLAT_MEMO, resources)
    assert facts["sender"] == ["Zbigniew Brzezinski"]
    assert "Zbigniew Brzezinski" not in facts["addressee"]


FLAT_LETTER = ("Washington, March 3, 1961 Mr. Paul Dunne Director of the Information Office of the "
               "United Nations. Dear Mr. Dunne: I have received your letter of February 27 and "
               "I am glad to tell you that the Ambassador will be able to attend the opening of "
               "the exhibition on Thursday. He asks me to thank you for the kind invitation and "
               "for the catalogue, which he has read with great interest and which he will "
               "bring with him to the opening. I shall telephone your office to settle the "
               "hour of his arrival. Very truly yours, John Hallett Secretary of the Embassy\n")


def test_flat_letter_salutation_own_line(resources: Resources) -> None:
    xml = text_xml(FLAT_LETTER, resources)
    assert "Dear Mr. " in xml and "Dunne</persName>:</" in xml.replace("</salute>", "</")
    assert ">Very truly yours,</" in xml


def test_two_word_city_dateline_whole(resources: Resources) -> None:
    text = FLAT_LETTER.replace("Washington, March 3, 1961", "New York, March 3, 1961")
    xml = text_xml(text, resources)
    assert "<head>New</head>" not in xml
    assert 'ref="#pla-new-york">New York</placeName>, <date' in xml


MINUTE = ("Sin C. Jeffries\n\nMr. Watson\n\nin Watson\n\n"
          "I have prepared a fresh draft of the telegram which the Secretary of State wishes to "
          "send to the Governor, on the lines he settled yesterday.\n\n"
          "It seems best that the telegram should be sent on Saturday, so that it arrives "
          "before the Minister leaves Singapore.\n")


def test_minute_routed_to_two_officers(resources: Resources) -> None:
    facts = text_facts(MINUTE, resources)
    assert facts["doc_type"] == "memorandum"
    assert facts["addressee"] == ["Charles Jeffries"]
    assert facts["sender"] == []


def test_courtesy_names_alone_are_addressees(resources: Resources) -> None:
    facts = text_facts("Mr. Calder\n\nPlease see the attached draft of a telegram which the "
                       "Prime Minister wishes sent to the Governor.\n", resources)
    assert facts["sender"] == []
    assert facts["addressee"] == ["Calder"]


def test_zarb_is_a_register_person(resources: Resources) -> None:
    xml = text_xml("The President: I want to talk to Zarb before we decide on the oil.\n",
                   resources)
    assert 'ref="#per-frank-zarb"' in xml
