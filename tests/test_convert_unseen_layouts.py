"""Rules for layout families met in a blind round of invented documents (French, Austrian,
Spanish, Chinese, Czechoslovak, Polish and Italian forms): editors' headings broken before
their `to` (and a dateline's `14.20` that is no footnote anchor), archive lines of other
archives, number lines with plurals and ranges, role lines with an article, headings
continued in lower case, the author of a record, the seat a sender field names."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert import convert_text
from tests.tei_facts import action_persons, reading, xp

BODY = ("Moscow, 3 November 1956, 14.20\n\n"
        "1. The Minister received me this morning and spoke about the situation.\n\nKOVACS\n")


def _root(text: str, resources) -> etree._Element:
    return etree.fromstring(convert_text(text, "t", resources).xml)


@pytest.mark.parametrize(("first", "second", "addressee"), [
    ("Ambassadeur de France à Moscou (Dejean)",
     "to Ministre des Affaires étrangères (Pineau), Paris", "Christian Pineau"),
    ("Botschafter in Moskau (Kroll)", "to Bundesminister des Auswärtigen (Brentano)",
     "Heinrich von Brentano"),
    ("The Ambassador in the Soviet Union (Bohlen)", "to the Secretary of State (Rusk)",
     "Dean Rusk"),
])
@pytest.mark.parametrize("above", ["", "TÉLÉGRAMME CHIFFRÉ\n\n",
                                   "Political Archive, PA 1956, Box 12, Folder 3\n"])
def test_an_editors_heading_broken_before_its_to_is_one_heading(first: str, second: str,
                                                                addressee: str, above: str,
                                                                resources) -> None:
    root = _root(f"{above}{first}\n{second}\n\n{BODY}", resources)
    assert xp(root, "string(//tei:titleStmt/tei:title)") == f"{first} {second}"
    assert action_persons(root, "received") == [addressee]
    assert xp(root, "//tei:correspAction[@type='sent']/tei:date/@when") == ["1956-11-03T14:20:00"]
    text = " ".join("".join(xp(root, "//tei:text")[0].itertext()).split())
    assert first not in text and second not in text


def test_a_to_line_after_a_blank_line_is_not_the_heading_continued(resources) -> None:
    root = _root("Ambassadeur de France à Moscou (Dejean)\n\nto be read at once\n\n" + BODY,
                 resources)
    assert action_persons(root, "received") == []
    assert "to be read at once" in "".join(xp(root, "//tei:text")[0].itertext())


@pytest.mark.parametrize(("line", "archive", "shelfmark"), [
    ("Archives diplomatiques, La Courneuve, Europe 1956-1960, URSS, vol. 218",
     "Archives diplomatiques", "La Courneuve, Europe 1956-1960, URSS, vol. 218"),
    ("Austrian State Archives, AdR, BMfAA, II-Pol 1956, Zl. 318.226-Pol/56, box 397",
     "Austrian State Archives", "AdR, BMfAA, II-Pol 1956, Zl. 318.226-Pol/56, box 397"),
    ("Archivo del Ministerio de Asuntos Exteriores, R. 5956, Exp. 7",
     "Archivo del Ministerio de Asuntos Exteriores", "R. 5956, Exp. 7"),
    ("Archivo General de la Administración, Leg. 82/5432, Carpeta 3",
     "Archivo General de la Administración", "Leg. 82/5432, Carpeta 3"),
    ("PRC FMA 109-00871-03, 12-14", "PRC FMA", "109-00871-03, 12-14"),
    ("ASMAE, Affari Politici 1961-1963, busta 12", "ASMAE", "Affari Politici 1961-1963, busta 12"),
])
@pytest.mark.parametrize("at_top", [True, False])
def test_archive_lines_of_other_archives_are_the_shelfmark(line: str, archive: str,
                                                           shelfmark: str, at_top: bool,
                                                           resources) -> None:
    document = f"TELEGRAM\n\nFROM: Embassy Belgrade\nBelgrade, 4 May 1956\n\n{BODY}"
    root = _root(f"{line}\n\n{document}" if at_top else f"{document}\n{line}\n", resources)
    assert xp(root, "//tei:msIdentifier/tei:repository/text()") == [archive]
    assert xp(root, "//tei:msIdentifier/tei:idno/text()") == [shelfmark]


@pytest.mark.parametrize(("line", "number"), [
    ("Nos 2714 à 2719", "2714 à 2719"), ("Nos. 412 to 415", "412 to 415"),
    ("Número: 18", "18"), ("Numéro 3305", "3305"), ("Nrn. 88 bis 91", "88 bis 91"),
    ("No. 77", "77"),
])
def test_number_lines_in_plural_and_as_ranges_give_the_telegram_number(line: str, number: str,
                                                                       resources) -> None:
    root = _root(f"TELEGRAM\n\n{line}\n{BODY}", resources)
    assert xp(root, "//tei:msIdentifier//tei:idno[@type='telegram']/text()") == [number]


TEXT = "The Minister received me this morning and spoke about the situation.\n\n"


@pytest.mark.parametrize(("role", "name"), [
    ("The Ambassador", "Giuseppe Ferrante"), ("The Chargé d'Affaires", "Karl Weber"),
    ("Ambassador", "Giuseppe Ferrante"),
])
def test_a_role_line_with_its_article_over_a_name_is_one_signature(role: str, name: str,
                                                                   resources) -> None:
    root = _root(f"TELEGRAM\n\nMoscow, 4 May 1956\n\n{TEXT}{role}\n{name}\n", resources)
    signed = xp(root, "//tei:closer/tei:signed")
    assert len(signed) == 1
    assert reading(signed[0]) == f"{role} {name}"


@pytest.mark.parametrize(("heading", "doc_type"), [
    ("NOTE\non the conversation of Cde. Gomułka with the Soviet Ambassador, held on 19 October "
     "1956", "record-of-conversation"),
    ("NOTE\nof a conversation between the Minister and the Ambassador of Poland",
     "record-of-conversation"),
    ("TELESPRESSO N. 3140/1258", "report"),
])
def test_a_heading_continued_in_lower_case_names_the_document_type(heading: str, doc_type: str,
                                                                   resources) -> None:
    root = _root(f"{heading}\n\n{TEXT}Warsaw, 20 October 1956\n", resources)
    assert xp(root, "//tei:body/tei:div/@type") == [doc_type]
    heads = [" ".join(h.xpath("string()").split()) for h in xp(root, "//tei:body//tei:head")]
    assert " ".join(heads) == " ".join(heading.split())


@pytest.mark.parametrize("label", ["Prepared by:", "Drawn up by:", "Recorded by"])
def test_the_author_of_a_record_is_its_signature(label: str, resources) -> None:
    root = _root(f"NOTE\n\n{TEXT}{label} J. Albrecht\nWarsaw, 20 October 1956\n", resources)
    assert [" ".join(s.xpath("string()").split()) for s in xp(root, "//tei:closer/tei:signed")] \
        == [f"{label} J. Albrecht"]
    assert action_persons(root, "sent") == ["J. Albrecht"]


@pytest.mark.parametrize(("line", "place"), [
    ("Procedencia: La Habana", "Havana"), ("From: Pakistan Embassy, Washington", "Washington"),
    ("From: British Embassy, Moscow", "Moscow"), ("Provenance: Varsovie", "Warsaw"),
    ("From: Embassy Belgrade", "Belgrade"),
])
def test_the_place_of_origin_is_the_seat_a_sender_field_names(line: str, place: str,
                                                              resources) -> None:
    root = _root(f"TELEGRAM\n\n{line}\nDate: 4 May 1956\n\n{TEXT}KOVACS\n", resources)
    ref = xp(root, "//tei:correspAction[@type='sent']/tei:placeName/@ref")
    assert ref and xp(root, f"//tei:place[@xml:id='{ref[0][1:]}']/tei:placeName[@type='reg']"
                            "/text()") == [place]


@pytest.mark.parametrize("title", [
    'Telegram from the Chinese Embassy in the Soviet Union, "Report on the Reception"',
    'Cable from Ambassador Liu Xiao, “On the Soviet Position”',
])
@pytest.mark.parametrize("above", ["", "PRC FMA 109-00871-03, 12-14\n\n"])
def test_a_type_from_a_sender_with_the_documents_quoted_name_is_the_title(title: str, above: str,
                                                                         resources) -> None:
    root = _root(f"{above}{title}\n\nTop Secret\nNo. 1127\n\n{TEXT}Embassy\n9 November 1959\n",
                 resources)
    assert xp(root, "string(//tei:titleStmt/tei:title)") == title
    assert xp(root, "//tei:msIdentifier//tei:idno[@type='telegram']/text()") == ["1127"]


def test_a_quoted_name_after_words_that_name_no_type_is_no_title(resources) -> None:
    line = 'Remarks from the Ambassador, "We shall see"'
    root = _root(f"{line}\n\nTop Secret\nNo. 1127\n\n{TEXT}", resources)
    assert xp(root, "string(//tei:titleStmt/tei:title)") != line


RECORD = ("Electronic Telegrams, P-Reel Index\n\nDraft Date{gap}06/21/1975\n"
          "Document Number{gap}P750098-1511\nType{gap}AIRGRAM\nMessage Text\n"
          "Text not available in electronic form.\n")


@pytest.mark.parametrize("gap", [" " * 10, " " * 5, "\t" * 2 + " " * 4])
def test_a_record_tables_labels_set_apart_by_spaces_are_its_fields(gap: str, resources) -> None:
    root = _root(RECORD.format(gap=gap), resources)
    assert xp(root, "//tei:correspAction[@type='sent']/tei:date/@when") == ["1975-06-21"]
    text = " ".join("".join(xp(root, "//tei:text")[0].itertext()).split())
    assert text == "Text not available in electronic form."


def test_words_set_apart_by_spaces_that_name_no_field_stay_text(resources) -> None:
    root = _root(f"TELEGRAM\n\nMoscow, 4 May 1956\n\nSummary  of the talks follows.\n\n{TEXT}",
                 resources)
    assert "Summary  of the talks" not in "".join(xp(root, "//tei:teiHeader")[0].itertext())
    assert "Summary of the talks follows." in " ".join(
        "".join(xp(root, "//tei:text")[0].itertext()).split())


@pytest.mark.parametrize("mark", ["[handwritten signature]", "[signature]",
                                  "[unknown signature]"])
def test_a_signature_mark_between_the_title_and_the_name_is_one_signature(mark: str,
                                                                         resources) -> None:
    """`Minister of Foreign Affairs` / `[handwritten signature]` / `Behar Shtylla`: one
    signature, its name the sender; a `Seen:` line after it is a processing line."""
    root = _root(f"TELEGRAM\n\nTirana, 4 December 1961\n\n{TEXT}Minister of Foreign Affairs\n"
                 f"{mark}\nBehar Shtylla\n\nSeen: [unknown signature] 5.XII.61\n", resources)
    signed = xp(root, "//tei:closer/tei:signed")
    assert [reading(s) for s in signed] == [f"Minister of Foreign Affairs {mark} Behar Shtylla"]
    assert action_persons(root, "sent") == ["Behar Shtylla"]
    assert xp(root, "//tei:div[@subtype='processing']/tei:ab/@subtype") == ["other"]
