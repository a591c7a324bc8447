"""Rules from the misses shared by several blind samples (misses18): the WCDA PDF export as
docslib.org flattens it into one paragraph, an older FRUS heading's note anchor set apart, and
a page summary naming its author after the document (`In this report, ...`) or before a
bracketed post (`Report from X (Chargé ...)`); tried on invented texts unlike the samples'."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

DOCSLIB = ("{host}\n\nTotal Page:12\n\nFile Type:pdf, Size:655Kb\n\n{lead}Digital Archive "
           "digitalarchive.wilsoncenter.org International History Declassified June 9, 1966 "
           "Cable from the Chinese Embassy in Mali, 'Talks on the Railway' Citation: “Cable "
           "from the Chinese Embassy in Mali, 'Talks on the Railway',” June 9, 1966, History "
           "and Public Policy Program Digital Archive, PRC FMA 108-00412-07, 12-14. Translated "
           "by Wen Shuo{stop} https://digitalarchive.wilsoncenter.org/document/908812 Summary: "
           "{summary}Original Language: Chinese Contents: English Translation To the Foreign "
           "Ministry: The minister of transport received Counsellor Li on the 8th and asked "
           "for surveyors.\n")


@pytest.mark.parametrize(("host", "lead", "summary", "stop"), [
    ("'Talks on the Railway'", "", "The embassy reports on the railway talks. ", "."),
    ("June 9, 1966 Cable from the Chinese Embassy in Mali, 'Talks on the Railway'",
     "June 9, 1966 Cable from the Chinese Embassy in Mali, 'Talks on the Railway' ", "", ""),
])
def test_a_docslib_paragraph_gives_the_export_head(
        host: str, lead: str, summary: str, stop: str, resources) -> None:
    text = DOCSLIB.format(host=host, lead=lead, summary=summary, stop=stop)
    facts = text_facts(text, resources)
    assert facts["title"] == "Cable from the Chinese Embassy in Mali, 'Talks on the Railway'"
    assert facts["date"] == "1966-06-09"
    assert facts["archive_idno"] == "PRC FMA 108-00412-07, 12-14"
    assert facts["translator"] == "Wen Shuo"
    assert facts["original_language"] == "Chinese"
    assert facts["summary"] == (summary.strip() or None)
    body = text_xml(text, resources).split("<body", 1)[1]
    assert "<p>To the Foreign Ministry:" in body
    assert not any(word in body for word in ("Total Page", "File Type", "Citation:", "Summary:"))


def test_the_exports_own_title_is_the_title_whatever_the_host_names(resources) -> None:
    """The host's line naming the file goes with its viewer lines (wc25: furniture); the
    export's own dated title is the page's even when the host named the file otherwise."""
    text = DOCSLIB.format(host="'Talks on the Railway'", lead="", summary="", stop=".")
    text = text.replace("June 9, 1966 Cable from the Chinese Embassy in Mali, 'Talks on the "
                        "Railway' Citation", "June 9, 1966 Cable on the Harbour Citation", 1)
    facts = text_facts(text, resources)
    assert (facts["title"], facts["date"]) == ("Cable on the Harbour", "1966-06-09")


FRUS_MEMO = ("711.00/3–1147\n\n{heading}\n\ntop secret\n\nThe Ambassador called at his "
             "request to hand me a note{glued} on the fisheries.\n\nI told him that the "
             "Department would reply within the month.\n\n  1. The source text is not "
             "signed.\n  2. Not printed.\n")


@pytest.mark.parametrize(("heading", "glued", "title"), [
    ("Memorandum of Conversation, by the Secretary of State 61", "62",
     "Memorandum of Conversation, by the Secretary of State"),
    ("Memorandum by the Under Secretary of State (Acheson) 8", "9",
     "Memorandum by the Under Secretary of State (Acheson)"),
    ("Memorandum of Conversation, by the Secretary of State61", "62",
     "Memorandum of Conversation, by the Secretary of State"),
])
def test_a_frus_memorandum_heading_keeps_its_anchor_out_of_the_title(
        heading: str, glued: str, title: str, resources) -> None:
    facts = text_facts(FRUS_MEMO.format(heading=heading, glued=glued), resources)
    assert facts["title"] == title
    assert facts["notes"] == 2


SUMMARY_PAGE = ("October 2, 1958\n\nReport, Embassy of Hungary in Mongolia to the Hungarian "
                "Foreign Ministry\n\nSummary\n\n{summary}\n\nCitation\n\n\"Report, Embassy of "
                "Hungary in Mongolia to the Hungarian Foreign Ministry,\" October 2, 1958, "
                "History and Public Policy Program Digital Archive, MOL, XIX-J-1-j Mongolia, "
                "4. doboz, 008117/1958.\n\nOn 30 September I visited the Mongolian foreign "
                "minister, who spoke of the coming harvest and of the herds.\n")


@pytest.mark.parametrize("summary", [
    "In this report, Hungarian Ambassador to the Mongolian People's Republic Ferenc Dobay "
    "describes the harvest.",
    "In this report, Hungarian Chargé d'Affaires in Mongolia Ferenc Dobay describes the harvest.",
    "Report from Ferenc Dobay (Chargé d'Affaires in Ulan Bator) on the harvest and the herds.",
])
def test_a_summary_naming_its_author_after_the_document_gives_the_sender(
        summary: str, resources) -> None:
    assert "Ferenc Dobay" in text_facts(SUMMARY_PAGE.format(summary=summary), resources)["sender"]


@pytest.mark.parametrize("summary", [
    "In this report, the embassy describes the harvest and the herds.",
    "Report from the Mongolian People's Republic (a harvest survey) on the herds.",
])
def test_a_summary_naming_no_author_gives_no_sender(summary: str, resources) -> None:
    assert text_facts(SUMMARY_PAGE.format(summary=summary), resources)["sender"] == []


@pytest.mark.parametrize(("form", "ref"), [
    ("Harar", "pla-harar"), ("Dire-Dawa", "pla-dire-dawa"), ("Jigjiga", "pla-jijiga"),
    ("Dollo", "pla-dolo-odo"),
])
def test_the_ogaden_wars_towns_are_register_places(form: str, ref: str, resources) -> None:
    text = (f"Addis Ababa, 14 September 1977\n\nThe Somali units attacked near {form} at dawn "
            "and the garrison asked for aircraft.\n")
    assert f'<placeName ref="#{ref}">{form}</placeName>' in text_xml(text, resources)


@pytest.mark.parametrize("summary", [
    "In this report, Hungarian ambassador in Mongolia Ferenc Dobay describes the harvest.",
    "Hungarian Counsellor in Ulan Bator Ferenc Dobay reports on the harvest and the herds.",
    "In this report, the Hungarian Envoy to the Mongolian People's Republic Ferenc Dobay "
    "describes the harvest.",
])
def test_a_summary_author_after_any_post_of_the_role_table(summary: str, resources) -> None:
    assert "Ferenc Dobay" in text_facts(SUMMARY_PAGE.format(summary=summary), resources)["sender"]
