"""Rules for the Commonwealth and European official editions as real pages showed them (cw96):

- the Documents on Irish Foreign Policy volume pages' contents table heads, a line each under
  the volume's line (`Doc No.` / `Date` / `Subject`): the column heads after `Doc No.` (a
  `page-furniture` row) are furniture too (`pages/table_head.py`), so `Subject` is no source
  citation and the editors' bare heading (`Michael MacWhite to Joseph P. Walshe (Dublin)`)
  stays the title with its parties;
- a capitals initialism that opens a file number by a slash (DIFP's `(M.19/4)`) is no name
  (`glued.inside_initialism`: no M-19 movement);
- DFAT's cablegram line the editors could not date (`Cablegram Johcu 26 [1] CANBERRA, n.d.`,
  `Cablegram 412 [1] CANBERRA, n.d.`; table `heading-edition`, the `cable-number` rows): the
  number and the place are read, no date;
- dfat.gov.au's numbered heading with a party's initials before a two-word surname (`338 Mr
  W. L. Mackenzie King, Canadian Secretary of State for External Affairs, to Commonwealth
  Government`; table `page-title`, the other26 row): the title without its number;
- a title party's name that is a piece of a register person's name standing there (`W. L.
  Mackenzie` in `Mr W. L. Mackenzie King`, `King` read as a title) is no second person
  (`initials.within_match`, called by `parties.parties`);
- an unsigned text under a title naming both parties whose first paragraph opens with a
  letter's courtesy formula (Dodis: `Nous avons eu l’honneur de recevoir votre lettre du 14
  mai`; `I have the honour to acknowledge ...`, `Ich beehre mich`, `Ho l'onore di`; table
  `reader-address`, `letter_signs.addressed_reader`) is a letter, not a telegram;
- histsyn.com's post title naming a Colonial Office volume's file part (`CO129-011 - Sir John
  Davis - 1845 [1-4]_Part_001`; table `page-title`) is the page's title, its brackets no
  editor's;
- the register: Michael MacWhite's `Mac White` forms (`[signed] M. MAC WHITE`) and his Geneva
  post; Sir John Francis Davis, Governor of Hong Kong.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

_DIFP_VOLUME_PAGE = (
    "Volume 4 1932~1936\n\n\nDoc No.\nDate\nSubject\n\nNo. 88 NAI DFA 26/90\n\n"
    "Michael MacWhite to Joseph P. Walshe (Dublin)\n(M.19/4)\n\nGENEVA, 4 June 1932\n\n"
    "A Chara,\n\nThe Council will take up the question next week.\n\n"
    "Is mise, le meas,\n[signed] M. MAC WHITE\n")


def test_contents_table_heads_dropped(resources: Resources) -> None:
    facts = text_facts(_DIFP_VOLUME_PAGE, resources)
    assert facts["title"] == "Michael MacWhite to Joseph P. Walshe (Dublin)"
    assert facts["addressee"] == ["Joseph P. Walshe"]
    assert "Subject" not in text_xml(_DIFP_VOLUME_PAGE, resources)


def test_file_number_initialism_is_no_name(resources: Resources) -> None:
    xml = text_xml(_DIFP_VOLUME_PAGE, resources)
    assert "org-19th-of-april-movement" not in xml


def test_mac_white_signature_is_macwhite(resources: Resources) -> None:
    facts = text_facts(_DIFP_VOLUME_PAGE, resources)
    assert facts["sender"] == ["Michael MacWhite"]


def test_undated_series_cablegram_line(resources: Resources) -> None:
    facts = text_facts(
        "413 Mr John Curtin, Prime Minister, to Mr Winston Churchill, U.K. Prime Minister\n\n"
        "Cablegram Johcu 31 [1] CANBERRA, n.d.\n\nYour telegram No. 14. We agree.\n", resources)
    assert (facts["telegram_number"], facts["place_of_origin"], facts["date"]) == (
        "Johcu 31", "Canberra", None)


def test_undated_numbered_cablegram_line(resources: Resources) -> None:
    facts = text_facts("Cablegram 412 [1] CANBERRA, n.d.\n\nYour telegram No. 12. We agree.\n",
                       resources)
    assert (facts["telegram_number"], facts["place_of_origin"]) == ("412", "Canberra")


def test_heading_initials_before_two_word_surname(resources: Resources) -> None:
    facts = text_facts(
        "Historical documents\n\n"
        "338 Mr W. L. Mackenzie King, Canadian Secretary of State for External Affairs, to "
        "Commonwealth Government\n\nCablegram 15 OTTAWA, 29 December 1938, 5.18 p.m.\n\n"
        "Much obliged for your statement.\n", resources)
    assert facts["title"] == ("Mr W. L. Mackenzie King, Canadian Secretary of State for "
                              "External Affairs, to Commonwealth Government")


def test_piece_of_register_name_is_no_second_sender(resources: Resources) -> None:
    facts = text_facts(
        "Historical documents\n\n215 Mr W. L. Mackenzie King to Mr John Curtin, Prime Minister"
        "\n\nCablegram 22 [1] OTTAWA, 3 May 1943\n\nWe share your view.\n", resources)
    assert facts["sender"] == ["William Lyon Mackenzie King"]


def test_courtesy_formula_under_parties_title_is_letter(resources: Resources) -> None:
    facts = text_facts(
        "dodis.ch/49002 Le Chef du Département politique, G. Motta, au Ministre de Suisse à "
        "Rome, G. Wagnière1\n\nNous avons eu l’honneur de recevoir votre lettre du 2 avril au "
        "sujet de la Conférence.\n\nNous vous prions de ne rien entreprendre pour le moment.\n",
        resources)
    assert facts["doc_type"] == "letter"


def test_colonial_office_post_title(resources: Resources) -> None:
    facts = text_facts(
        "CO129-014 - Sir John Davis - 1846 [1-3]_Part_002\n\n\n"
        "My Lord, I have the honor to report the arrival of the mail.\n", resources)
    assert facts["title"] == "CO129-014 - Sir John Davis - 1846 [1-3]_Part_002"


def test_register_governor_davis(resources: Resources) -> None:
    entry = resources.register.lookup("Sir John Francis Davis")
    assert entry is not None and entry.reg == "John Francis Davis"
