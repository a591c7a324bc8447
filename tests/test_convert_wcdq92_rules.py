"""Rules for the Wilson Center Digital Archive's documents in their other forms (wave 92,
wcdq92), learnt from real pages (the site's older layout, with and without its menus, a current
page served at a `.pdf` address, docslib's flattened and labelled PDF exports, a Scribd embed's
text of a CWIHP translation, a docsbay copy of a word-processed edition):

- a run-on conversation heading whose title names the record's maker in the possessive and
  the parties with their initials (`Memorandum of A. I. Mikoyan’s Conversation with Comrades
  F. Castro, O. Dorticós ...  November 22, 1962 At the beginning ...`) is cut into its title,
  its date and the text (`run-on-heading` table, row `conversation-heading`);
- a typed signature in parentheses closed by a full stop (`(M. Silin).`) signs the document
  (`parts.PARENTHESISED_NAME`);
- a note's bracketed number glued to a title's word (`..., M.A. Silin[1], to ...`) is the
  note's anchor, left out of the title instead of kept as supplied text
  (`title_anchor.glued_anchor`, called by `header.title_names`);
- a WCDA PDF export's `Contents:` value run on with the translation's two-column letterhead
  (`English Translation Embassy Pyongyang, 2 September 1953 of the Polish Republic ...`) is
  cut so the right-hand column's dateline is read: the place of origin is the dateline's town,
  not the letterhead's country (`run-on-heading` table, row `contents-letterhead-dateline`;
  held-out page, after the blind score);
- register: Árpád Pullai, Sándor Etre (`Etre Sándor`), Ramchundur Goburdhun.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

RUN_ON = ("Memorandum of N. S. Khrushchev’s Conversation with Comrades W. Gomułka and "
          "J. Cyrankiewicz  12 March 1959 The conversation took place in the Kremlin. "
          "Comrade Gomułka spoke first about the harvest.\nW. Gomułka:\n The harvest was good.\n")


def test_possessive_maker_conversation_heading_gives_title(resources: Resources) -> None:
    facts = text_facts(RUN_ON, resources)
    assert facts["title"] == ("Memorandum of N. S. Khrushchev’s Conversation with Comrades "
                              "W. Gomułka and J. Cyrankiewicz")


def test_possessive_maker_conversation_heading_gives_date(resources: Resources) -> None:
    assert text_facts(RUN_ON, resources)["date"] == "1959-03-12"


SIGNED = ("To Comrade V.M. MOLOTOV\n\nMoscow, 3 June 1949\n\nThe Legation asked again for "
          "the archive of the former consulate.\n\nI believe the request should wait.\n\n"
          "(V. Zorin).\n")


def test_parenthesised_signature_with_full_stop(resources: Resources) -> None:
    assert text_facts(SIGNED, resources)["signed"] == "(V. Zorin)."


ANCHORED = ("Note from Deputy Foreign Minister of the USSR, V.A. Zorin[1], to Foreign Minister "
            "of the USSR, V.M. Molotov, 3 June 1949\nTo Comrade V.M. MOLOTOV\nThe Legation "
            "asked again for the archive of the former consulate.\n(V. Zorin).\n")


def test_glued_note_anchor_left_out_of_title(resources: Resources) -> None:
    facts = text_facts(ANCHORED, resources)
    assert facts["title"] == ("Note from Deputy Foreign Minister of the USSR, V.A. Zorin, to "
                              "Foreign Minister of the USSR, V.M. Molotov, 3 June 1949")
    assert facts["editorial_insertions"] == []


def test_bracketed_word_in_title_stays_supplied(resources: Resources) -> None:
    text = ANCHORED.replace("V.A. Zorin[1]", "V.A. Zorin [Deputy]")
    assert "Deputy" in text_facts(text, resources)["editorial_insertions"]


def test_register_hungarian_officials(resources: Resources) -> None:
    text = ("Pyongyang, 10 April 1968\n\nComrade Kim Il Sung received Arpad Pullai and the "
            "embassy official Sándor Etre.\n")
    xml = text_xml(text, resources)
    assert 'ref="#per-arpad-pullai"' in xml
    assert 'ref="#per-sandor-etre"' in xml


EXPORT = ("Digital Archive digitalarchive.wilsoncenter.org International History Declassified"
          "\n\nMay 3, 1955 Note from the Embassy of the Polish in Korea\n\nCitation:\n\n"
          "“Note from the Embassy of the Polish Republic in Korea,” May 3, 1955, History and "
          "Public Policy Program Digital Archive, Polish Foreign Ministry Archive. Translated "
          "by Jan Nowak. http://digitalarchive.wilsoncenter.org/document/900002\n\nSummary:"
          "\n\nThe embassy reports on a harvest meeting.\n\nOriginal Language:\n\nPolish"
          "\n\nContents:\n\nEnglish Translation Embassy Pyongyang, 3 May 1955 of the Polish "
          "Republic SECRET [stamp] in Korea\n\nNote\n\nOn 2 May a meeting of the "
          "cooperatives took place in Pyongyang.\n")


def test_contents_letterhead_dateline_gives_place(resources: Resources) -> None:
    assert text_facts(EXPORT, resources)["place_of_origin"] == "Pyongyang"
