"""Rules from the blind Wilson Center sample wc27 (Soviet, Korean, Chinese, Albanian and
Yugoslav records of 1950-1962): a WCDA PDF export whose store kept its title hard-wrapped
and its citation unquoted and unlabelled (the title's rest, the citation's facts and the
summary under it are the archive's); a page summary the store cut after its first sentence
(still the summary once the document above it ends); an older page's heading under its
summary, no title line kept, the title; `Report of/on the Meeting ...` a record
of talks and `Note from X to ...` a memorandum; the registered Albanian and Soviet officials
of the sample. Tried on invented texts in two or more layouts each."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

PDF_HEAD = ("{store}Digital Archive\n\nInternational History Declassified\n\n"
            "June 2, 1961\n\n{title}\n{citation}\n\n"
            "The two delegations discuss the oil deliveries and the Soviet submarines at Vlora.\n\n"
            "This document was made possible with support from the Leon Levy Foundation.\n\n"
            "Original Language:\n\nEnglish Translation\n\n"
            "Comrade Hysni Kapo: We ask for the deliveries of oil that were promised.\n"
            "Comrade Kozlov: The question will be decided in Moscow.\n")
TITLE = ("Record of the Meeting of the Albanian Party Delegation with Comrades Kozlov and "
         "Pospelov, 1 June 1961")
CITED = (", June 2, 1961, History and Public Policy Program Digital Archive, Central State "
         "Archive, Tirana, AQPPSh-MPKBS-V.1961, L.3/4, D.9. Obtained for CWIHP by Dritan Hoxha "
         "and translated for CWIHP by Blerta Kola.")


def _wrapped(text: str, width: int) -> str:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "\n".join([*lines, line])


@pytest.mark.parametrize(("store", "title_width", "cite_width"), [
    ("You are on page 1of 4\n\n", 52, 100),  # Scribd: the store's page line, three title lines
    ("", 70, 90),  # another store's text: no page line, two title lines
])
def test_a_pdf_exports_unquoted_citation_under_a_wrapped_title(
        store: str, title_width: int, cite_width: int, resources) -> None:
    text = PDF_HEAD.format(store=store, title=_wrapped(TITLE, title_width),
                           citation=_wrapped(TITLE + CITED, cite_width))
    facts = text_facts(text, resources)
    assert facts["title"] == TITLE
    assert facts["date"] == "1961-06-02"
    assert facts["archive_idno"] == "Central State Archive, Tirana, AQPPSh-MPKBS-V.1961, L.3/4, D.9"
    assert facts["translator"] == "Blerta Kola"
    assert facts["summary"].startswith("The two delegations discuss the oil deliveries")
    assert facts["doc_type"] == "record of conversation"
    body = text_xml(text, resources).split("<body", 1)[1]
    assert "Digital Archive" not in body and "Blerta Kola" not in body
    assert "We ask for the deliveries of oil" in body


def test_a_line_under_the_title_that_opens_no_citation_stays_the_documents(resources) -> None:
    """Without a citation repeating title and rest, the line under the title is no part of
    the title (kept where the page's head lines go)."""
    text = PDF_HEAD.format(store="", title=TITLE, citation="Comrade Enver Hoxha was absent.")
    facts = text_facts(text, resources)
    assert facts["title"] == TITLE
    assert facts["archive_idno"] is None
    assert "was absent." in text_xml(text, resources)


CUT_PAGE = ("{sep}August 3, 1952{sep}Telegram from Razuvaev to Vasilevsky{sep}"
            "Top Secret{sep}To Comrade Vasilevsky.{sep}"
            "The Korean comrades ask for two more anti-aircraft regiments for Pyongyang.{sep}"
            "RAZUVAEV{sep}3 August 1952{sep}{summary}")
SUMMARY = ("Razuvaev relays a request for air defence. The Korean side asks for two more "
           "regiments to cover the capital against the night")


@pytest.mark.parametrize("sep", ["\n", "\n\n"])  # a mirror's compact page; the current site's
def test_a_summary_the_store_cut_after_its_first_sentence(sep: str, resources) -> None:
    text = CUT_PAGE.format(sep=sep, summary=SUMMARY)
    facts = text_facts(text, resources)
    assert facts["summary"] == SUMMARY
    assert "night" not in text_xml(text, resources).split("<body", 1)[1]


def test_a_document_cut_in_its_own_paragraph_keeps_it(resources) -> None:
    """A last line with nothing above it that ends a document (no date, signature or
    closing) is the document's own paragraph, cut: no summary."""
    cut = ("The regiments will come by rail from Andong. The guns must be set up near the "
           "station before the")
    text = ("August 3, 1952\n\nTelegram from Razuvaev to Vasilevsky\n\nTo Comrade Vasilevsky.\n\n"
            "The Korean comrades ask for two more regiments for the capital.\n\n" + cut)
    assert text_facts(text, resources)["summary"] is None
    assert "station before the" in text_xml(text, resources).split("<body", 1)[1]


@pytest.mark.parametrize(("title", "doc_type"), [
    ("Report of the Meeting of the Albanian Labor Party Delegation with Leaders of the CPSU",
     "record of conversation"),
    ("Report on a Meeting with the Soviet Ambassador in Tirana, 5 May 1961",
     "record of conversation"),
    ("Report on the Visit of the Delegation to the DPRK", "report"),
    ("Note from N. Bulganin to the CPSU CC Presidium on the talks in Geneva", "memorandum"),
    ("Note from the Ministry of Foreign Affairs to the Embassy of Yugoslavia", "memorandum"),
    ("Note from the Conversation with Comrade Tito", "record of conversation"),
])
def test_titles_naming_a_meetings_record_or_a_note(title: str, doc_type: str,
                                                   resources) -> None:
    text = f"May 6, 1961\n\n{title}\n\nThe two sides spoke about the harbour at Vlora.\n"
    assert text_facts(text, resources)["doc_type"] == doc_type


@pytest.mark.parametrize(("line", "names"), [
    ("Present: Cdes. Pospelov, Belyaev and Kozlov.", ["Pyotr Pospelov", "Nikolai Belyaev"]),
    ("Comrade Hysni Kapo spoke of a holiday at Lake Balaton.", ["Hysni Kapo"]),
])
def test_the_samples_officials_are_registered(line: str, names: list[str], resources) -> None:
    text = f"May 6, 1961\n\nRecord of Conversation\n\n{line}\n"
    xml = text_xml(text, resources)
    for name in names:
        assert f'<persName type="reg">{name}</persName>' in xml
    assert ("Lake Balaton" not in line) or 'ref="#pla-lake-balaton"' in xml


OLD_PAGE = ("{date}\n\n\n    {summary}\n{heading}\n{rest}\n\nThose Taking Part: Bulganin, "
            "Kaganovich, Khrushchev, Pospelov\n\nOn the letter of the Polish comrades(2)\n")


@pytest.mark.parametrize(("date", "summary", "heading", "rest", "title"), [
    ("October 03, 1956",
     "The Presidium discusses the letter of the Polish party. It asks Cde. Pospelov to draft "
     "an answer and sets the date of the visit of the Polish delegation to Moscow.",
     "Working Notes from the Session of the CPSU CC Presidium on 3 October",
     "1956 (Re: Point II of Protocol No. 41)(1)",
     "Working Notes from the Session of the CPSU CC Presidium on 3 October 1956"),
    ("May 12, 1957",
     "The ambassador and the minister talk about the trade treaty. Chen Yi also raises the "
     "question of the frontier rivers and of the Soviet specialists in Harbin.",
     "Record of Conversation between Ambassador Yudin and Chen Yi, 10 May 1957",
     "(Excerpt)",
     "Record of Conversation between Ambassador Yudin and Chen Yi, 10 May 1957"),
])
def test_an_older_pages_heading_under_its_summary_is_the_title(
        date: str, summary: str, heading: str, rest: str, title: str, resources) -> None:
    """No title line kept: the heading run on under the summary and naming a type is the
    title (a date wrapped after its month takes the next line's year), and stays the text's."""
    text = OLD_PAGE.format(date=date, summary=summary, heading=heading, rest=rest)
    facts = text_facts(text, resources)
    assert facts["title"] == title
    assert facts["summary"] == summary
    body = text_xml(text, resources).split("<body", 1)[1]
    assert rest.split("(")[0].strip() in body or rest == "(Excerpt)"
