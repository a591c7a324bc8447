"""Reading source text: clean-up of page residue, hard wraps, hyphenation, columns."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tei.convert.markup import drop_enclosed, normalise, odd_spaces, strip_markup
from tei.convert.read import logical_lines


def texts(source: str) -> list[str]:
    return [line.text for line in logical_lines(source)]


def test_markdown_marks_rules_and_html_whitespace_are_dropped() -> None:
    lines = logical_lines("## To Comrade FILIPPOV\n\n   \n\t\n---\nText\u00a0here.\n###")
    assert [line.text for line in lines] == ["To Comrade FILIPPOV", "Text here."]
    assert lines[1].no == 6 and lines[1].rule_before and lines[1].blank_before


def test_hard_wrapped_paragraphs_are_joined_and_hyphenation_undone() -> None:
    wrapped = ("He spoke with unusual seriousness about the situation in Korea and asked\n"
               "me to convey to you that the Chinese Government could not stay if the nego-\n"
               "tiations failed and the growth of Sino-\n"
               "Indian friendship was at risk, he said to the representatives of India.\n"
               "\n"
               "PANIKKAR\n")
    assert texts(wrapped * 2)[:2] == [
        "He spoke with unusual seriousness about the situation in Korea and asked me to convey "
        "to you that the Chinese Government could not stay if the negotiations failed and the "
        "growth of Sino-Indian friendship was at risk, he said to the representatives of India.",
        "PANIKKAR"]


def test_a_pilcrow_opens_a_paragraph_in_hard_wrapped_text() -> None:
    line = "the Ambassador said that Moscow would not support a text that opened the way\n"
    wrapped = "¶1. (C) Summary: " + line * 4 + "¶2. (C) Kislyak " + line * 4
    paragraphs = texts(wrapped * 2)
    assert [text[:8] for text in paragraphs[:2]] == ["¶1. (C) ", "¶2. (C) "]


@pytest.mark.parametrize(("head", "following"), [
    ("Viewing cable 75LISBON1234, PORTUGUESE ARMED FORCES MOVEMENT REORGANIZES",
     "If you are new to these pages, please read an introduction on the structure of a"),
    ("SUBJECT: MINISTER OF FOREIGN AFFAIRS ON THE COMMON MARKET AND THE CROWN",
     "The Minister received the Ambassador this morning and spoke for an hour about the"),
    ("and the Ambassador was told that the answer would come later in the week from",
     "COPIES TO THE MINISTER OF DEFENCE AND THE CHIEF OF THE GENERAL STAFF ONLY"),
])
def test_capitals_and_lower_case_do_not_run_on_into_each_other(head: str,
                                                              following: str) -> None:
    """In hard-wrapped text a line in capitals and a sentence in lower case are two lines,
    however full the first line is."""
    line = "the Ambassador said that Moscow would not support a text that opened the way\n"
    assert texts(line * 8 + "\n" + head + "\n" + following + "\n")[-2:] == [head, following]


def test_a_withheld_names_mark_leaves_a_capitals_line_in_capitals() -> None:
    """(ocr38) A reading room's title in capitals holding its mixed-case marks of withheld
    names (`CABLE(Sanitized)DATED`) is still a line in capitals: it does not run on into the
    mixed-case label under it."""
    head = "TEXT OF(Sanitized)/SAIGON CABLE(Sanitized)DATED 4 DECEMBER 1971"
    following = "Document Type: Collection and Release Decision of the record"
    line = "the Ambassador said that Moscow would not support a text that opened the way\n"
    assert texts(line * 8 + "\n" + head + "\n" + following + "\n")[-2:] == [head, following]


def test_capitals_run_on_into_capitals_and_short_lines_into_anything() -> None:
    line = "the Ambassador said that Moscow would not support a text that opened the way\n"
    subject = "SUBJECT: PRC/DPRK: CHINESE MFA ON UNSC RESOLUTION RE DPRK NUCLEAR TEST AND\n"
    assert texts(line * 8 + "\n" + subject + "THE SANCTIONS TO FOLLOW IT\n")[-1] == \
        subject.strip() + " THE SANCTIONS TO FOLLOW IT"
    assert texts(line * 8 + "\n" + line.upper() + "TO IT.\n")[-1].endswith("WAY TO IT.")


def test_one_paragraph_per_line_is_not_joined() -> None:
    source = "CABLE No. 1\n" + "A long paragraph that goes on and on. " * 8 + "\nB.\n"
    assert len(texts(source)) == 3


def test_two_columns_become_two_lines() -> None:
    assert texts("From the diary of                     SECRET\n") == ["From the diary of",
                                                                       "SECRET"]


@pytest.mark.parametrize(("line", "expected"), [
    ("From: UAR Embassy, Belgrade | To: Minister of Foreign Affairs, Cairo",
     ["From: UAR Embassy, Belgrade", "To: Minister of Foreign Affairs, Cairo"]),
    ("D. 7.45 p.m. 14 March 1964 | R. 9.30 p.m. 14 March 1964",
     ["D. 7.45 p.m. 14 March 1964", "R. 9.30 p.m. 14 March 1964"]),
    # a pipe between cells that are no labelled fields stays in its line
    ("Posted on 14 March 2019 by Anna Kowalczyk | 3 Comments",
     ["Posted on 14 March 2019 by Anna Kowalczyk | 3 Comments"])])
def test_one_pipe_between_two_labelled_cells_parts_them(line: str, expected: list[str]) -> None:
    """(invent26) a heading's table flattened with one pipe between two labelled cells."""
    assert texts(line + "\n") == expected


def test_line_endings_and_invisible_characters() -> None:
    assert texts("\ufeffA\r\nB\rC\u200b\n") == ["A", "B", "C"]


def test_markdown_emphasis_is_dropped_but_not_lone_asterisks() -> None:
    assert texts("**Hanoi, 5 May 1954**\n__SECRET__\nSee note*.\n") == [
        "Hanoi, 5 May 1954", "SECRET", "See note*."]


def test_html_and_markdown_residue_is_markup_only() -> None:
    source = ("<code><pre>UNCLASSIFIED TEHRAN 1164\n"
              "TAGS: <a href='/tag/MASS_0.html'>MASS</a> IR\n"
              "<a id='par1' href='#par1'>¶</a>1. ON FEB 24 CHARGE &amp; STAFF MET.\n"
              " _Your O.CH183503_[1](#f1)\n"
              "2\\. Grateful your comments.\n"
              "  * 1 Document 105.\n"
              "![]() | 200.16 KB |\n"
              "HECK</pre></code>\n")
    lines = logical_lines(source)
    assert [line.text for line in lines] == [
        "UNCLASSIFIED TEHRAN 1164", "TAGS: MASS IR", "1. ON FEB 24 CHARGE & STAFF MET.",
        "Your O.CH183503[1]", "2. Grateful your comments.", "1 Document 105.",
        "| 200.16 KB |", "HECK"]  # (ocr34) an attachment table's row whole, for its furniture row
    assert lines[5].bullet and not lines[4].bullet


def test_double_spaced_ocr_is_rejoined_but_not_its_letter_parts() -> None:
    source = "\n\n".join([
        "Downing Street,", "26 July, 1938.", "sir,",
        "I have the honour to acknowledge the receipt of",
        "your secret despatch of the 18th of June and to thank",
        "you for the statements of munitions exported to China",
        "from Hong Kong which were enclosed therein.", "2.",
        "I presume that it is not possible without a great deal",
        "of difficulty to obtain the figures, and I should be",
        "obliged if the values might be inserted.", "Sir,", "Your most obedient,",
        "humble servant,"])
    assert texts(source) == [
        "Downing Street, 26 July, 1938.", "sir,",
        "I have the honour to acknowledge the receipt of your secret despatch of the 18th of "
        "June and to thank you for the statements of munitions exported to China from Hong "
        "Kong which were enclosed therein.", "2.",
        "I presume that it is not possible without a great deal of difficulty to obtain the "
        "figures, and I should be obliged if the values might be inserted.", "Sir,",
        "Your most obedient,", "humble servant,"]


_HEADING = ["TELEGRAM", "FROM: Ankara", "TO: Secretary of State", "NO: 1127"]
_PARAGRAPHS = ["Menderes received me this morning.", "He spoke of the Balkan pact.",
               "He asked for a statement.", "I made no promise.", "WARREN"]


def test_a_copy_with_a_blank_line_after_every_line_parts_paragraphs_by_longer_runs() -> None:
    clean = "\n".join(_HEADING) + "\n\n" + "\n\n".join(_PARAGRAPHS) + "\n"
    double = "\n\n".join(clean.split("\n"))
    blank_before = [line.blank_before for line in logical_lines(double)]
    assert blank_before == [line.blank_before for line in logical_lines(clean)]
    assert blank_before == [False] * 4 + [True] * 5


def test_lines_parted_by_one_blank_line_keep_their_paragraphs() -> None:
    """One-line paragraphs a blank line apart, some further apart: no double spacing."""
    source = "\n\n".join(_HEADING + _PARAGRAPHS) + "\n\n\n\n" + "Ends."
    assert all(line.blank_before for line in logical_lines(source)[1:])


def test_a_word_processors_letter_bullet_is_a_bullet() -> None:
    lines = logical_lines("Questions:\n\to\tthe release of the workers;\no clock\n")
    assert [(line.text, line.bullet) for line in lines] == [
        ("Questions:", False), ("the release of the workers;", True), ("o clock", False)]


def test_a_tab_indented_record_table_row_is_read_as_one() -> None:
    """A word processor's export sets a tab before the row of values."""
    source = ("Reference ID\tCreated\tClassification\tOrigin\n"
              "\t06MOSCOW1234\t2006-02-06 15:04\tCONFIDENTIAL\tEmbassy Moscow\n")
    assert texts(source)[:2] == ["Reference ID: 06MOSCOW1234", "Created: 2006-02-06 15:04"]


def test_a_tab_separated_record_table_becomes_labelled_lines() -> None:
    source = ("Reference ID\tCreated\tClassification\tOrigin\n"
              "06MOSCOW1234\t2006-02-06 15:04\tCONFIDENTIAL\tEmbassy Moscow\n")
    assert texts(source) == ["Reference ID: 06MOSCOW1234", "Created: 2006-02-06 15:04",
                             "Classification: CONFIDENTIAL", "Origin: Embassy Moscow"]


@given(st.lists(st.sampled_from(["Moscow", "No.", " ", "  ", "\t", "\u00a0", "\u2003",
                                 "\u3000 "]), max_size=12).map("".join))
def test_every_run_of_spaces_becomes_one_space(line: str) -> None:
    clean = strip_markup(line)
    assert "  " not in clean and not any(c in clean for c in "\t\u00a0\u2003\u3000")
    assert clean.split() == line.split() and clean == clean.strip()


@pytest.mark.parametrize(("gap", "columns"), [
    ("     ", 2), ("\t\t\t\t\t", 2), (" \t \u00a0 ", 2), ("\u00a0" * 6, 2), ("    ", 1),
    ("\t \t", 1)])
def test_a_gap_of_five_spaces_or_tabs_parts_columns(gap: str, columns: int) -> None:
    assert len(texts(f"MOSCOW{gap}Copy No. 1\n")) == columns


@given(st.text("[]()ab \n", max_size=30))
def test_drop_enclosed_removes_what_the_bracket_regex_removes(text: str) -> None:
    assert drop_enclosed(text) == re.sub(r"\[[^\]]*\]", "", text)
    assert drop_enclosed(text, ("[]", "()"), " ") == re.sub(r"\[[^\]]*\]|\([^)]*\)", " ", text)


@pytest.mark.parametrize(("line", "clean"), [
    ("x<br />y", "x y"),
    ('<a href="https://example.org/d" class=doc>Document</a> 12', "Document 12"),
    ("<SPAN style='color: red' data-x=1>Secret</SPAN>", "Secret"),
    ("<Name of the sender> to Moscow", "<Name of the sender> to Moscow"),
    ("the sl><ow mobilisation of reservists?> in the west",
     "the sl><ow mobilisation of reservists?> in the west"),
    ("</ty to renew o]]>", "</ty to renew o]]>"),
])
def test_only_html_tags_are_removed(line: str, clean: str) -> None:
    assert strip_markup(line) == clean


def test_normalising_makes_the_modifier_apostrophe_typographic_and_drops_invisibles() -> None:
    assert normalise("Presidentʼs\u200b visit\r\nʼ") == "President’s visit\n’"


@given(st.text(alphabet="ab \t\u00a0\u2003\u202f\u3000é\n", max_size=12))
def test_odd_spaces_are_told_as_a_search_for_any_of_them_would(text: str) -> None:
    odd = re.compile(r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]|  ")
    assert odd_spaces(text) == bool(odd.search(text))


_WRAPPED = ("The minister said that the talks on the free trade agreement\n"
            "would resume in March, once the new cabinet had taken office\n"
            "and the Congress had voted the budget. He saw no obstacle to\n"
            "an early signature, but warned that the opposition would use\n"
            "the debate on the labour chapter to attack the government on\n"
            "its record on mining concessions in the south of the country,\n"
            "where protests had closed two roads and a railway last week.\n"
            "The Embassy will report on the new cabinet and its choices.\n") * 3


def test_a_standalone_line_is_never_joined_to_its_neighbours() -> None:
    source = "Browse the cables by their origin, their tags and their date\nArticles\n\n" + _WRAPPED
    assert texts(source)[0].endswith("date Articles")
    lines = logical_lines(source, lambda text: text == "Articles")
    assert [line.text for line in lines[:2]] == [
        "Browse the cables by their origin, their tags and their date", "Articles"]


def test_a_line_far_over_the_wrap_width_was_not_wrapped() -> None:
    banner = "Viewing cable 66BUENOSAIRES2481, EXTENDED NATIONAL JURISDICTIONS OVER HIGH SEAS"
    assert texts(f"{banner}\nIf you are new to these pages\n\n{_WRAPPED}")[:2] == [
        banner, "If you are new to these pages"]


def test_a_teletype_routing_line_starts_a_line() -> None:
    routing = "PP RUEHDBU RUEHFL RUEHKW RUEHLA RUEHROV RUEHSR RUEHTRO RUEH"
    assert texts(f"{routing}\nDE RUEHMD #2632/01 2910840\n\n{_WRAPPED}")[:2] == [
        routing, "DE RUEHMD #2632/01 2910840"]


def test_a_cables_labelled_heading_line_starts_a_line() -> None:
    declassified = "E.O. 12958: DECL: DECLASSIFIED BY NARA 09/02/2009 AND RELEASED IN FULL"
    assert texts(f"{declassified}\nTAGS: EFIS PBTS AR\n\n{_WRAPPED}")[:2] == [
        declassified, "TAGS: EFIS PBTS AR"]


def test_a_rule_of_dashes_broken_by_a_space_is_a_rule() -> None:
    lines = logical_lines("--------------------------------------------- ----\n"
                          "Copy from the National Archives\n")
    assert [(line.text, line.rule_before) for line in lines] == [
        ("Copy from the National Archives", True)]


def test_a_short_text_broken_mid_sentence_runs_on_into_lower_case() -> None:
    """Too few lines to tell a wrap width: a long line stopping mid-sentence (on a comma or
    a word such as `the`) runs on into a line in lower case, or into one opening with a
    conjunction; a line ending in a noun, a short line, a label and a lettered point do
    not."""
    text = ("TELEGRAM 77\n\n"
            "The Secretary of State to the Embassy in the Philippines\n"
            "secret\n"
            "I saw the Minister this afternoon at his request and he told me that the\n"
            "government would not reply before Thursday at the earliest, and\n"
            "that it would consult its allies first.\n\n"
            "The Ambassador handed over a letter concerning the Berlin question\n"
            "and asked that it be kept confidential.\n\n"
            "Repeated to Bonn and London and to Washington and Ottawa and the\n"
            "cc: Rome")
    assert [line.text for line in logical_lines(text)] == [
        "TELEGRAM 77",
        "The Secretary of State to the Embassy in the Philippines",
        "secret",
        "I saw the Minister this afternoon at his request and he told me that the government"
        " would not reply before Thursday at the earliest, and that it would consult its"
        " allies first.",
        "The Ambassador handed over a letter concerning the Berlin question and asked that it"
        " be kept confidential.",
        "Repeated to Bonn and London and to Washington and Ottawa and the",
        "cc: Rome"]
    points = ("1. a long-term credit of 750 million roubles for the two years, of which\n"
              "a) 300 million in convertible currency,")
    assert [line.text for line in logical_lines(points)] == points.split("\n")


_PARAGRAPH = ("The minister said that the talks on the free trade agreement would\n"
              "resume in March, once the new cabinet had taken office in the capital.\n"
              "He saw no obstacle to an early signature, but warned that the others\n"
              "would use the debate on the labour chapter to attack the government.\n")


def test_a_full_line_ending_a_sentence_runs_on_where_blank_lines_part_paragraphs() -> None:
    """Paragraphs parted by blank lines: a sentence ending at the wrap width is no
    paragraph's end; without blank lines it may be (one paragraph per line, kept)."""
    parted = "\n".join([_PARAGRAPH + "The Embassy will report.\n"] * 4)
    assert len(texts(parted)) == 4
    assert texts(parted)[0].startswith("The minister said") and "the capital. He saw" in \
        texts(parted)[0]
    unparted = (_PARAGRAPH + "The Embassy will report.\n") * 4
    assert "the capital. He saw" not in " | ".join(texts(unparted))


@pytest.mark.parametrize("initials", ["Lt Col W.R.", "other non U.S.", "Mr A.T."])
def test_initials_ending_a_full_line_end_no_sentence(initials: str) -> None:
    """`... to Lt Col W.R.` / `Hodgson, Secretary ...`: one to three initials at a wrapped
    line's end run on into the next line."""
    line = f"The cablegram was sent by the officer in London at noon to {initials}"
    assert texts(f"{line}\nHodgson, who read it at once.\n\n{_WRAPPED}")[0] == \
        f"{line} Hodgson, who read it at once."


_WRAPPED_BODY = (
    "\n"
    "The funeral was held on 9 March. The Minister attended with the other heads of\n"
    "mission, and the crowds in the square were controlled with great care by the troops\n"
    "of the Ministry of the Interior, who lined the route from the Hall of Columns to the\n"
    "mausoleum and let no one through the cordon without a pass from the commandant.\n"
    "In conversation afterwards the Deputy Minister told me that the Government wished\n"
    "to continue the policy of peace, and that its first concern was the harvest, which\n"
    "had been poor in the south. I replied that my Government followed events closely.\n"
    "He asked me to convey his thanks for the condolences of the Federal Council.\n")


@pytest.mark.parametrize(("heading", "dateline"), [
    ("Telegram No. 57 from the Swiss Legation in Moscow to the Political Division, Bern",
     "Moscow, 14 March 1953"),
    ("Letter from the Embassy of Ireland to the Department of External Affairs, Dublin",
     "London, 3 June 1962."),
])
def test_a_day_first_dateline_is_no_wrapped_end_of_the_heading_above(heading: str,
                                                                      dateline: str) -> None:
    """In a hard-wrapped text, a heading as long as the wrapped lines stops at a dateline
    written day first under it, as it does at one written month first."""
    lines = texts(f"{heading}\n{dateline}\n{_WRAPPED_BODY}")
    assert lines[:2] == [heading, dateline]


@pytest.mark.parametrize("rule", ["——————", "––––––", "―――――", "-–—-"])
def test_a_rule_of_dashes_of_any_width_is_a_rule(rule: str) -> None:
    lines = logical_lines(f"Roshchin\n{rule}\nx/ Pseudonym.\n")
    assert [(line.text, line.rule_before) for line in lines] == [
        ("Roshchin", False), ("x/ Pseudonym.", True)]
