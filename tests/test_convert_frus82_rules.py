"""Rules for FRUS scans and the other editions of state papers (frus82):

- a FRUS heading a narrow column broke over short lines (the University of Wisconsin's
  scans of FRUS 1861-1960 with their OCR, a narrow reader): inside a word, its hyphen kept
  (`The Chairman of the American Delega-` / `tion (Gibson) to the Secretary of` / `State`),
  after a small word (`... to the Secretary of` / `State`) or before one (`... to the
  Secretary` / `of State`), runs on into one heading when the lines joined make one, from
  `The` to the officer in brackets or the `Secretary of State` (`narrow_heading.py`, called
  for `read.logical_lines`);
- a sentence's line a narrow column cut after a small word (`... that the announcement
  of` / `Stalin's death had been made ...`) runs on into the line under it when that opens
  with a capitalised word the sentence goes on after in lower case, so an editorial note's
  first lines are no heading (whose `telegram` typed the note; `narrow_heading.py`);
- the DDF's marks set left of the receipt in brackets, a copy running them on one line
  (`Secret. (Reçu : 23 h. 40.)`, `Réservé. Priorité absolue. (Reçu : le 4, 2 h.)`), do not
  hide the receipt (table `heading-edition`, the two `(Received ...)` / `(Reçu ...)` rows).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

SCAN = ("FOREIGN RELATIONS, 1932, VOLUME II\n\n"
        "852.00/1755 : Telegram\n"
        "The Ambassador in Spain (Laugh-\n"
        "lin) to the Secretary of\n"
        "State\n"
        "MADRID, August 10, 1932—8 p. m.\n"
        "[Received August 10—5:12 p. m.]\n"
        "61. The Government announced this evening that the rising at Seville had\n"
        "collapsed and that its leaders were under arrest.\n"
        "LAUGHLIN\n")

BEFORE_SMALL_WORD = ("751.00/1310 : Telegram\n"
                     "The Ambassador in France (Edge) to the Secretary\n"
                     "of State\n"
                     "PARIS, May 3, 1932—noon.\n"
                     "[Received May 3—9:05 a. m.]\n"
                     "288. The Cabinet met this morning and decided on no change.\n"
                     "EDGE\n")

DDF = ("155\n\n"
       "M. DEJEAN, AMBASSADEUR DE FRANCE À MOSCOU,\n"
       "À M. PINEAU, MINISTRE DES AFFAIRES ÉTRANGÈRES.\n\n"
       "T. nos 2210 à 2214.\n"
       "Moscou, 4 juillet 1956, 20 h.\n"
       "Réservé. Priorité absolue. (Reçu : le 5, 1 h. 30.)\n\n"
       "M. Molotov m'a reçu ce matin pour la dernière fois.\n")


def test_a_heading_broken_in_a_word_and_after_of_is_one_title(resources: Resources) -> None:
    facts = text_facts(SCAN, resources)
    assert facts["title"] == "The Ambassador in Spain (Laughlin) to the Secretary of State"
    assert facts["telegram_number"] == "61"


def test_a_heading_going_on_with_of_state_is_one_title(resources: Resources) -> None:
    facts = text_facts(BEFORE_SMALL_WORD, resources)
    assert facts["title"] == "The Ambassador in France (Edge) to the Secretary of State"


def test_marks_before_the_receipt_do_not_hide_it(resources: Resources) -> None:
    facts = text_facts(DDF, resources)
    assert facts["date_received"] == "1956-07-05T01:30"
    assert facts["telegram_number"] == "2210"


NOTE = ("No. 402\n"
        "Editorial Note\n"
        "On May 14, 1953, Ambassador Bohlen in Moscow re-\n"
        "ported in telegram 1611 that the visit of\n"
        "Churchill's envoy had been put off by the Soviet\n"
        "side. (661.00/5-1453)\n")


def test_a_narrow_sentence_cut_after_of_runs_on(resources: Resources) -> None:
    xml = text_xml(NOTE, resources)
    assert "<head>On" not in xml
    assert text_facts(NOTE, resources)["doc_type"] != "telegram"
