"""Footnote markers glued to mixed-case names (`Gaitskell4`, `Molotov3a`), FRUS's lettered
notes (`3a`), and places whose name is a given name before a surname (`Milan X`): texts
invented."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert import convert_text
from tei.convert.glued import marker_stem
from tei.convert.pages.frus_notes import _follows as follows
from tests.tei_facts import xp

NOTES = "4 Hugh Gaitskell, leader of the Labour Party.\n12 Nikita Khrushchev, First Secretary.\n"


def _root(text: str, resources) -> etree._Element:
    return etree.fromstring(convert_text(text, "t", resources).xml)


def _message(body: str, notes: str = NOTES) -> str:
    return (f"TELEGRAM\n\nLondon, 12 March 1957\n\n{body}\n\nJELEN\n\n{notes}")


@pytest.mark.parametrize(("word", "stem"), [
    ("Gaitskell4", "Gaitskell"), ("Khrushchev12", "Khrushchev"), ("Molotov3a", "Molotov"),
    ("JELEN1", ""), ("B52", ""), ("Stalin", ""), ("1957", "")])
def test_a_marker_glued_to_a_word_in_small_letters_is_cut_off(word: str, stem: str) -> None:
    assert marker_stem(word) == stem


@pytest.mark.parametrize(("before", "marker", "follows_it"), [
    ("3", "4", True), ("3", "3a", True), ("3a", "4", True), ("3a", "3b", True),
    ("3", "5", False), ("3a", "3a", False), ("3", "3b", False), ("11a", "12", True)])
def test_lettered_notes_run_on_in_the_chain(before: str, marker: str, follows_it: bool) -> None:
    assert follows(before, marker) is follows_it


def test_a_glued_marker_on_a_surname_is_the_notes_anchor(resources) -> None:
    """`Khrushchev12,`: the person is tagged and the note stands at the marker."""
    root = _root(_message("He said that Khrushchev12, when asked, would not come."), resources)
    person = xp(root, "//tei:body//tei:p/tei:persName[.='Khrushchev']")
    assert person
    note = person[0].getnext()
    assert note is not None and note.get("n") == "12" and note.get("place") == "foot"


def test_a_glued_marker_without_a_note_stays_text(resources) -> None:
    """`Gaitskell7` with no note 7: the name is tagged, the digit kept after it."""
    root = _root(_message("Later Mr. Gaitskell7 spoke with Khrushchev12 at length."),
                 resources)
    person = xp(root, "//tei:body//tei:p/tei:persName[.='Gaitskell']")
    assert person and (person[0].tail or "").startswith("7 spoke")


def test_lettered_notes_in_a_frus_page_keep_their_chain(resources) -> None:
    """`Molotov2` ... `Vyshinsky2a` ... `Gromyko3`: the editors' note `2a` between 2 and 3."""
    text = ("761.00/3–1553: Telegram\n\nThe Ambassador in the Soviet Union (Bohlen) to the "
            "Secretary of State1\n\nsecret\n\nMoscow, March 15, 1953—4 p.m.\n\n1234. I met "
            "Molotov2 today. Later Vyshinsky2a joined us, and Gromyko3 took notes.\n\n"
            "Bohlen\n\n  1. Source note.\n  2. Foreign Minister.\n  2a. Deputy Foreign "
            "Minister.\n  3. First Deputy Foreign Minister.\n")
    root = _root(text, resources)
    notes = {n.get("n"): n for n in xp(root, "//tei:body//tei:p//tei:note[@place='foot']")}
    assert {"2", "2a", "3"} <= set(notes)
    assert "Deputy Foreign Minister" in "".join(notes["2a"].itertext())


@pytest.mark.parametrize(("sentence", "is_place"), [
    ("Milan Stojadinovic wrote again from abroad.", False),
    ("The fair in Milan Cathedral square was closed.", True),
    ("He flew to Milan yesterday.", True),
    ("They met in Milan, Turin and Rome.", True)])
def test_a_place_named_like_a_given_name_before_a_surname_is_no_place(
        sentence: str, is_place: bool, resources) -> None:
    root = _root(_message(sentence, ""), resources)
    assert bool(xp(root, "//tei:body//tei:placeName[.='Milan']")) is is_place


@pytest.mark.parametrize(("sentence", "person"), [
    ("Next day General Marshall T. Greene called on the Minister.", "Marshall T. Greene"),
    ("Next day General Marshall called on the Minister.", "General Marshall"),
    ("Copies went to A. Mikoyan M. Suslov and the Minister.", "A. Mikoyan")])
def test_a_persons_name_before_a_middle_initial_and_a_surname_is_anothers_given_name(
        sentence: str, person: str, resources) -> None:
    """`Marshall T. Greene` is no George C. Marshall; in a list of initialled names
    (`A. Mikoyan M. Suslov`) each name stays its own."""
    root = _root(_message(sentence, "").replace("1957", "1949"), resources)
    assert person in [el.text for el in xp(root, "//tei:body//tei:persName")]


@pytest.mark.parametrize(("sentence", "person"), [
    ("For information of Capt. Castro Madero, President of the Commission.", "Castro Madero"),
    ("For information of President Castro, head of the Government.", "Castro"),
    ("For information of President Castro Tuesday morning.", "Castro"),
    ("To Comrade Münnich Ferenc, Budapest.", "Münnich"),
    ("General Anami Korehita wrote.", "Anami")])
def test_a_surname_after_a_title_before_an_unknown_name_opens_a_compound_surname(
        sentence: str, person: str, resources) -> None:
    """`Capt. Castro Madero` is not Fidel Castro; a word among the person's own names
    (`Münnich Ferenc`) or a person also written surname first (`Anami Korechika`) stays."""
    root = _root(_message(sentence, "").replace("1957", "1976"), resources)
    assert person in [el.text for el in xp(root, "//tei:body//tei:persName")]


SLASHED = ("ЦИФРОВКА\nCIPHERED TELEGRAM No. 210\nFrom WARSAW\n\nTO COMRADE GROMYKO\n\n"
           "Gomułka told me that the plenum xx/ would meet on Monday, and that comrade "
           "Ochab.x/ agreed.\n\n3.X.56. Ponomarenko\n––––––\nx/ E. Ochab, a secretary of "
           "the CC.\nxx/ The Eighth Plenum of the CC of the PUWP.\n")


def test_a_typescripts_slashed_markers_anchor_their_notes(resources) -> None:
    """`x/`, `xx/`: each anchor carries its note where it stands, glued or spaced; the rule
    of dashes over the notes is no text, and the closing line under it is the closer."""
    root = _root(SLASHED, resources)
    notes = {n.get("n"): " ".join(n.itertext()) for n in xp(root, "//tei:body//tei:note")}
    assert set(notes) == {"x/", "xx/"}
    assert notes["x/"].startswith("E. Ochab") and "Eighth Plenum" in notes["xx/"]
    paragraph = " ".join(xp(root, "//tei:body//tei:p")[0].itertext())
    assert "x/" not in paragraph and paragraph.index("Eighth") < paragraph.index("E. Ochab")
    assert "".join(xp(root, "//tei:closer/tei:signed")[0].itertext()) == "Ponomarenko"
    assert not xp(root, "//tei:body//tei:p[contains(., '––')]")


def test_a_slash_after_an_x_in_a_word_is_no_anchor_without_a_note(resources) -> None:
    """A marker only anchors a note the document has: `box/` and `x/` in running text stay."""
    root = _root("TELEGRAM\n\nLondon, 12 March 1957\n\nThe box/ crate and x/ marks stay.\n\n"
                 "JELEN\n", resources)
    assert "box/ crate and x/ marks" in " ".join(xp(root, "//tei:body")[0].itertext())
