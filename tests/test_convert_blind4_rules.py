"""Rules from the fourth blind sample of other publishers' pages: a cable dump's record
lines, a translator's introduction, a title's transmission tail, a note whose only anchor
stands in a moved heading line."""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.parties import title_parties
from tests.cases import text_facts

CABLE = ("07RABAT512\nMOROCCO: KING OPENS PARLIAMENT SESSION Fri Apr 13 00:00:00 +0200 2007\n"
         "CONFIDENTIAL\nEmbassy Rabat\n"
         "This record is a partial extract of the original cable. The full text of the original"
         " cable is not available.C O N F I D E N T I A L RABAT 000512 \n \nSIPDIS \n \n"
         "E.O. 12958: DECL: 04/12/2017 \nTAGS: PGOV MO\n"
         "SUBJECT: MOROCCO: KING OPENS PARLIAMENT SESSION \n \n"
         "¶1.  (C) The King opened the spring session on April 12. \nRILEY\n")


def test_a_cable_dump_s_record_lines_give_title_date_and_number(resources) -> None:
    found = text_facts(CABLE, resources)
    assert found["title"] == "MOROCCO: KING OPENS PARLIAMENT SESSION"
    assert found["date"] == "2007-04-13"
    assert found["telegram_number"] == "000512"
    assert found["doc_type"] == "cable"


def test_an_introduction_before_a_cipher_telegram_is_the_summary(resources) -> None:
    intro = ("The following is a translation of a ciphered telegram from the Soviet embassy in "
             "Tehran, sent in the autumn of 1945 and kept in the foreign ministry's archive; it "
             "reports the Shah's views on the presence of Soviet troops in the northern provinces "
             "and is published here for the first time.")
    text = (f"{intro}\n\nSECRET\nCIPHER TELEGRAM No. 4410\nFrom TEHRAN\n"
            "Received 3 October 1945 at 1800\nThe Shah received me today.\n")
    found = text_facts(text, resources)
    assert found["telegram_number"] == "4410"
    assert found["doc_type"] == "telegram"
    assert "translation of a ciphered telegram" in str(found["summary"])


def test_a_title_s_transmission_tail_is_no_part_of_the_addressee(resources) -> None:
    title = ("Code telegram from the Department of External Affairs to Con Cremin (Paris)"
             " sent via the Holy See Legation")
    assert title_parties(title, Context(resources, "t"))[1] == "Con Cremin (Paris)"


def test_notes_broken_after_a_siglum_or_run_together_are_set_apart(resources) -> None:
    text = ("Cablegram 77 LONDON, 3 July 1940, 1.10 p.m.\n\nSECRET\n\n"
            "Your 61. [1] The Dominions Office [2] agree. Massey [3] concurs.\n\nBRUCE\n\n"
            "1 See cablegram 61 of 1 July 1940 on file AA:\n\nA1608, A41/1/6, i.\n\n"
            "2 i.e. the Secretary of State for Dominion Affairs.) 3 Vincent Massey.\n")
    found = text_facts(text, resources)
    assert found["notes"] == 3
    assert found["signed"] == "BRUCE"
