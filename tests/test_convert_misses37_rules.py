"""Rules for cases other helpers noticed (misses37), each tried on invented texts:

- the notes of the trailing block whose anchor the text lacks (a FRUS title's note) stand
  under the closer, after the signature, as in the source; with no closer they end the text;
- a place's one word run on, in the same case, after a person's name of two words or more
  is the person's further surname (`CLODOMIRO ALMEYDA MEDINA`), not the place;
- the text's own form line (`MEMORANDUM FOR:`, `TELEGRAM`, `Telegram No. 218`) gives the
  document's type before an archive's catalogue field for it (CREST's `Content Type`, a
  Dodis page's `Type`);
- the pattern rows' person groups take a hyphen only when another does not follow it: a
  typed `--` dash ends the name there too, as in the name rules (lead26).
"""

from __future__ import annotations

import re

import pytest

from tests.cases import TELEGRAMS, text_facts, text_xml

MEMCON = (
    "611.25/3–1270\n\n"
    "Memorandum of Conversation, by the Secretary of State{marker}\n\n"
    "Washington, March 12, 1970.\n\n"
    "Subject: Fishing Rights\n\n"
    "The Ambassador called at his request and left an aide-mémoire on the fishing limits."
    "{anchor} I said that we would study it.\n\n"
    "{closer}"
    "  1. Copy transmitted to Santiago in instruction 41, March 14, not printed.\n"
    "  2. Not printed.\n"
)


def test_a_title_note_stands_under_the_signature(resources) -> None:
    xml = text_xml(MEMCON.format(marker="7", anchor="8", closer="W[illiam] P. R[ogers]\n"),
                   resources)
    assert re.search(r"</signed>\s*<note place=\"foot\" n=\"7\">Copy transmitted", xml)
    assert "<p><note" not in xml
    assert '<note place="foot" n="8">Not printed.</note> I said' in xml


def test_a_title_note_ends_the_text_with_no_closer(resources) -> None:
    xml = text_xml(MEMCON.format(marker="7", anchor="8", closer=""), resources)
    assert re.search(r'<p><note place="foot" n="7">Copy transmitted[^<]*'
                     r"<placeName[^>]*>Santiago</placeName>[^<]*<date[^>]*>March 14</date>"
                     r", not printed\.</note></p>\s*</div>", xml)


LETTER = (
    "Letter From the Ambassador in Chile (Korry) to the Assistant Secretary of State "
    "(Meyer)3\n\nSantiago, May 4, 1970.\n\nDear Chuck:\n\n"
    "The Foreign Minister asked again about the loans. I gave him no answer.\n\n"
    "Sincerely,\n\nEdward M. Korry\n\n"
    "  3. Source: Department of State, ARA Files, Lot 72 D 33. Confidential.\n"
)


def test_a_letters_unplaced_note_follows_its_closer(resources) -> None:
    xml = text_xml(LETTER.replace("  3. Source: ", "  3. Copy sent to Lima. Source: "),
                   resources)
    closer = re.search(r"<closer>.*?</closer>", xml, re.S)
    assert closer and re.search(r"</signed>\s*<note place=\"foot\" n=\"3\">Copy sent to",
                                closer.group())


CABLE = (
    "CONFIDENTIAL\n\nPAGE 01 SANTIA 01822 151630Z\n\n"
    "R 151600Z APR 71\nFM AMEMBASSY SANTIAGO\nTO SECSTATE WASHDC 4471\n\n"
    "C O N F I D E N T I A L SANTIAGO 1822\n\nSUBJECT: FOREIGN MINISTER'S TRIP\n\n"
    "1. {sentence}\n\nKORRY\n"
)


@pytest.mark.parametrize("sentence", [
    "FOREIGN MINISTER CLODOMIRO ALMEYDA MEDINA LEAVES TOMORROW FOR LIMA.",
    "FOREIGN MINISTER CLODOMIRO ALMEYDA MEDINA, WHO LEAVES TOMORROW, SAW ME TODAY.",
])
def test_a_place_run_on_after_a_full_name_in_capitals_is_the_name(sentence: str,
                                                                   resources) -> None:
    xml = text_xml(CABLE.format(sentence=sentence), resources)
    assert '<persName ref="#per-clodomiro-almeyda">CLODOMIRO ALMEYDA</persName> MEDINA' in xml
    assert "#pla-medina" not in xml


@pytest.mark.parametrize("sentence", [
    "FOREIGN MINISTER CLODOMIRO ALMEYDA, MEDINA AND JIDDA ARE NEXT.",
    "FOREIGN MINISTER CLODOMIRO ALMEYDA IN MEDINA.",
    "FOREIGN MINISTER CLODOMIRO ALMEYDA\nMEDINA IS NEXT.",
    "ALMEYDA MEDINA TRIP POSTPONED.",
])
def test_a_place_apart_from_the_name_or_after_a_surname_alone_stays(sentence: str,
                                                                    resources) -> None:
    xml = text_xml(CABLE.format(sentence=sentence), resources)
    assert '<placeName ref="#pla-medina">MEDINA</placeName>' in xml


def test_a_place_in_another_case_after_the_name_stays(resources) -> None:
    text = "Dear Sir,\n\nI met Clodomiro Almeyda LIMA yesterday.\n\nYours,\n\nJ. Smith\n"
    assert '<placeName ref="#pla-lima">LIMA</placeName>' in text_xml(text, resources)


CREST = (TELEGRAMS / "ocr36_crest_sanitized_title_release_city_invented.txt").read_text(
    encoding="utf-8")
FOR = "MEMORANDUM FOR: Members of the Panel on Captured Records"


@pytest.mark.parametrize(("content", "form", "doc_type"), [
    ("REPORT", FOR, "memorandum"),
    ("MEMO", f"TELEGRAM\nTO: {FOR[16:]}", "telegram"),
    ("CABLE", FOR, "memorandum"),
    ("MEMO", f"TO: {FOR[16:]}", "memorandum"),  # no form line: the catalogue's type
    ("REPORT", f"TO: {FOR[16:]}", "report"),
])
def test_a_crest_pages_form_line_before_its_content_type(content: str, form: str,
                                                         doc_type: str, resources) -> None:
    text = CREST.replace("\nMEMO\n", f"\n{content}\n").replace(FOR, form)
    text = text.replace("MEMORANDUM FOR: MR. HALVORSEN FROM(Sanitized)", "PANEL(Sanitized)")
    assert text_facts(text, resources)["doc_type"] == doc_type


DODIS = (TELEGRAMS / "invent10_dodis_page_fields_label_over_value_swiss_telegram_invented.txt"
         ).read_text(encoding="utf-8").replace("\nTelegram from the", "\nThe")


@pytest.mark.parametrize(("field", "form", "doc_type"), [
    ("Report", "Telegram No. 218", "telegram"),
    ("Report", "No. 218", "report"),
    ("Telegram", "No. 218", "telegram"),
])
def test_a_dodis_pages_form_line_before_its_type_field(field: str, form: str, doc_type: str,
                                                      resources) -> None:
    text = DODIS.replace("Type\nTelegram\n", f"Type\n{field}\n").replace(
        "Telegram No. 218", form)
    assert text_facts(text, resources)["doc_type"] == doc_type


# a name's word characters in a pattern row's person group: a hyphen only when another does
# not follow it (a typed `--` dash ends the name, as namerules.NAME_CHAR says)
_RUN_ON_HYPHEN = re.compile(r"\[\\w['’]{2}\.?-\]")
_PERSON_GROUP = re.compile(r"\(\?P<(?:sender|addressee|persons|name|signature)>")


def _person_groups(source: str) -> list[str]:
    """The person groups of a row's regex (to their closing parenthesis)."""
    groups = []
    for found in _PERSON_GROUP.finditer(source):
        depth, at, in_class = 0, found.start(), False
        while at < len(source):
            char = source[at]
            if char == "\\":
                at += 1
            elif in_class or char == "[":
                in_class = char != "]" if in_class else True
            elif char == "(":
                depth += 1
            elif char == ")":
                depth -= 1
                if depth == 0:
                    break
            at += 1
        groups.append(source[found.start():at + 1])
    return groups


def test_no_pattern_rows_person_group_runs_a_name_on_over_a_dash(resources) -> None:
    groups = [group for table in resources.patterns.regexes.values() for row in table
              for group in _person_groups(row.source)]
    assert len(groups) > 50
    assert [group for group in groups if _RUN_ON_HYPHEN.search(group)] == []


@pytest.mark.parametrize(("line", "sender"), [
    ("Transmitted from Warsaw 18.X.56, 23.40", "Warsaw"),
    ("Transmitted from Addis-Ababa 18.X.56, 23.40", "Addis-Ababa"),
    ("Transmitted from Warsaw--Praga 18.X.56, 23.40", None),  # not `Warsaw--Praga`
])
def test_a_heading_rows_name_stops_at_a_typed_dash(line: str, sender: str | None,
                                                   resources) -> None:
    found = resources.patterns.match("heading", line)
    assert (found[1].group("sender") if found and found[0] == "date" else None) == sender
