"""Rules for Commonwealth and Swiss official editions as real pages showed them (cw92):

- dfat.gov.au's cablegram line with the Prime Ministers' series name and number unbracketed
  and a capital `P.m.` (`Cablegram Johcu 15 [1] CANBERRA, 6 January 1942, 9.35 P.m.`; table
  `heading`, lead83's row): the number, the place and the date;
- dfat.gov.au's heading line of an agendum, a memorandum, a minute or a note with its number
  perhaps none and the place the editors supplied in brackets (`Agendum 127/1949
  [MELBOURNE], 13 October 1949`; cw87's row), an agendum a memorandum (table `doc-types`);
  the title naming its paper by its form at the end (`393 Defence Committee Agendum`, table
  `page-title`);
- a DFAT note cut after its unit's abbreviation, the number on a line of its own after a blank
  line (`... AA:A2673, vol.` / `10.`): the note's (`footnotes._volume_cut`), so the notes and
  the signature above them are read;
- the Swiss edition's heading with a forename's two-letter initial (`Ch. Lardy`) or the
  addressee's office opened by an adjective (`an den schweizerischen Gesandten in Paris`;
  edits62's row), and wrapped over short lines under the permalink (`dodis_record.join_heading`);
- dodis.ch's record type `Note verbale (NV)` (table `dodis-record`) and the German source note
  `Schreiben:` (a letter);
- the register: Swiss envoys and officials (Wagnière, Lardy, Droz, Bonna, Stämpfli), Bocchini,
  Flourens, Jean Rey, George Hees, Donald Fleming, Sir Mark Young; Ticino, Aargau, Chiasso.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

_DFAT = "Skip to main content\n\nHistorical documents\n\n{title}\n\n{line}\n\n\n{body}\n"


def test_series_number_unbracketed_with_capital_pm(resources: Resources) -> None:
    facts = text_facts(_DFAT.format(
        title="88 Mr John Curtin, Prime Minister, to Mr Winston Churchill, U.K. Prime Minister",
        line="Cablegram Johcu 22 [1] CANBERRA, 4 March 1942, 11.10 P.m.",
        body="Your Winch 9 has been considered by War Cabinet this evening."), resources)
    assert (facts["telegram_number"], facts["date"], facts["place_of_origin"]) == (
        "Johcu 22", "1942-03-04", "Canberra")


def test_agendum_line_with_bracketed_place(resources: Resources) -> None:
    facts = text_facts(_DFAT.format(
        title="402 Defence Committee Agendum",
        line="Agendum 131/1949 [MELBOURNE], 2 November 1949",
        body="The Committee is asked to note the attached report on the bases."), resources)
    assert (facts["title"], facts["date"], facts["doc_type"], facts["place_of_origin"]) == (
        "Defence Committee Agendum", "1949-11-02", "memorandum", "Melbourne")


_NOTE_CUT = (
    "Skip to main content\n\nHistorical documents\n\n"
    "301 Mr John Curtin, Prime Minister, to Lord Cranborne, U.K. Secretary of State for "
    "Dominion Affairs\n\n"
    "Cablegram 91 [1] CANBERRA, 2 February 1942\n\nMOST SECRET\n\n"
    "1. Reference your 104. [2] War Cabinet has considered the proposal.\n\n"
    "2. We shall reply in detail later.\n\n"
    "CURTIN\n\n"
    "1 Repeated to the N.Z. Prime Minister.\n\n"
    "2 See War Cabinet minute 1802 of 30 January in AA:A2673, vol.\n\n"
    "11.\n\n\n"
    "[AA:A2680, 20/1942]\n"
)


def test_note_cut_after_vol_keeps_notes_and_signature(resources: Resources) -> None:
    facts = text_facts(_NOTE_CUT, resources)
    assert (facts["notes"], facts["signed"]) == (2, "CURTIN")


def test_swiss_heading_two_letter_initial_lowercase_office(resources: Resources) -> None:
    facts = text_facts(
        "dodis.ch/42999 Der Bundespräsident und Vorsteher des Politischen Departements, "
        "N. Droz, an den schweizerischen Gesandten in Paris, Ch. Lardy1\n\n"
        "Je vous remercie de votre rapport sur la conférence d’hier.\n", resources)
    assert facts["addressee"] == ["Charles Lardy"] and not facts["title"].endswith("1")


def test_swiss_heading_wrapped_under_permalink(resources: Resources) -> None:
    facts = text_facts(
        "dodis.ch/45999 Der schweizerische Gesandte in\nRom,\n"
        "G. Wagnière, an den Vorsteher des Politischen Departementes,\nG. Motta1\n"
        "Le Chef du Gouvernement m’a reçu ce matin au Palais Chigi.\n", resources)
    assert (facts["sender"], facts["addressee"]) == (["Georges Wagnière"], ["Giuseppe Motta"])


def test_dodis_record_note_verbale_type(resources: Resources) -> None:
    facts = text_facts(
        "Language: French\n14.10.1943 (Thursday)\n"
        "Le Chef de la Division des Affaires étrangères du Département politique, P. Bonna, "
        "au Procureur général de la Confédération, F. Stämpfli\n"
        "Note verbale (NV)\n"
        "Demande de renseignements sur les associations italiennes dans les cantons.\n\n"
        "Repository\n\ndodis.ch/47999\n"
        "Le Chef de la Division des Affaires étrangères du Département politique, P. Bonna, "
        "au Procureur général de la Confédération, F. Stämpfli1\n\n"
        "Nous avons reçu votre lettre du 2 octobre.\n", resources)
    assert (facts["date"], facts["doc_type"]) == ("1943-10-14", "memorandum")


def test_schreiben_source_note_is_a_letter(resources: Resources) -> None:
    facts = text_facts(
        "dodis.ch/45998 Der schweizerische Gesandte in Rom, G. Wagnière, an den Vorsteher des "
        "Politischen Departementes, G. Motta1\n\n"
        "Un fonctionnaire du Palais Chigi m’a remis ce matin le document ci-inclus.\n\n"
        "1\nSchreiben: E 2001 (B) 6/9.\n", resources)
    assert facts["doc_type"] == "letter"


def test_register_swiss_and_canadian_names(resources: Resources) -> None:
    xml = text_xml(
        "Memorandum from Secretary to Cabinet to Prime Minister\n\n"
        "CONFIDENTIAL [Ottawa], June 20, 1961\n\n"
        "Mr. Rey saw Mr. Hees and Mr. Fleming about the Community; he spoke of Tessin.\n",
        resources)
    assert all(f'ref="#{key}"' in xml for key in (
        "per-jean-rey", "per-george-hees", "per-donald-fleming", "pla-ticino"))
