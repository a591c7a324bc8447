"""Rules from the blind Wilson Center sample wc33 (East German records of the Sino-Soviet
split, Andropov's KGB letter, the Polish records of Gomułka's talks with Brezhnev, Shelest's
memoranda of the Prague Spring, a Cuban report from Angola): names one to a line under a
letter's `Comrade X` address line, each a register person, are further addressees, the
salutation under them still the opener's; an East German note about a conversation or about
the ambassadors' club meeting, and bilateral talks as WCDA titles them (`Polish-Soviet Talks
in Moscow`), are records of the talks; a report's own heading as its first paragraph (`Report
on the visit to ... :`) types it a report; the older layout flattened without the citation's
quoted title keeps its indented source line as the page's source (the translator read from
it) and takes the heading over the talks' own dates as the title; and the register knows
Gustav Hertzfeldt, Yu Zhan, Sokolovo and the misspelling `Jianxi`. Tried on invented texts in
two or more layouts each."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml


def _page(layout: str, lines: list[str]) -> str:
    """An invented page: a current WCDA page (blank lines, `Skip to content`) or a mirror's
    compact one."""
    if layout == "current":
        return "Skip to content\n\n" + "\n\n".join(lines) + "\n"
    return "\n".join(lines) + "\n"


_LETTERS = [
    ("Telegram to East German Foreign Ministry from Ambassador to Vietnam", "Berlin, May 12, 1971",
     ["Erich Honecker", "Willi Stoph", "Hermann Axen"], "Berlin"),
    ("Letter from the Soviet Ambassador in Berlin to the CPSU Leadership", "Berlin, 3 March 1966",
     ["Leonid Brezhnev", "Alexei Kosygin", "Nikolai Podgorny"], "Moscow"),
]


@pytest.mark.parametrize("layout", ["current", "compact"])
@pytest.mark.parametrize(("title", "dateline", "names", "seat"), _LETTERS)
def test_names_one_to_a_line_under_a_comrade_address_are_addressees(
        layout: str, title: str, dateline: str, names: list[str], seat: str, resources) -> None:
    text = _page(layout, ["May 12, 1971", title, dateline, f"Comrade {names[0]}", *names[1:],
                          seat, "Dear Comrades!",
                          "The following is the text of a telegram for your information.",
                          "With socialist greetings"])
    facts = text_facts(text, resources)
    for name in names:
        assert any(name in got for got in facts["addressee"]), (name, facts["addressee"])
    xml = text_xml(text, resources)
    assert "<salute>Dear Comrades!</salute>" in xml
    assert f"<p>{names[1]}</p>" not in xml


@pytest.mark.parametrize("layout", ["current", "compact"])
def test_an_unregistered_name_under_the_address_is_no_addressee(layout: str, resources) -> None:
    text = _page(layout, ["May 12, 1971", "Letter from the Minister to the Politburo",
                          "Berlin, May 12, 1971", "Comrade Erich Honecker", "Quarterly Returns",
                          "Dear Comrade Honecker!", "I enclose the report for your information."])
    facts = text_facts(text, resources)
    assert not any("Quarterly" in got for got in facts["addressee"])


@pytest.mark.parametrize("layout", ["current", "compact"])
@pytest.mark.parametrize("title", [
    "Embassy of the GDR in the PR China, 'Note about a Conversation of the Ambassador of the GDR, "
    "Comrade Hertzfeldt, with the Deputy Foreign Minister, Qiao Guanhua, on 4 June 1969'",
    "Embassy of the GDR in the DRV, 'Note about the Club Meeting of the Ambassadors of Poland, "
    "Hungary and the GDR on 3 May 1971 in the Embassy of Hungary'",
    "Hungarian-Soviet Talks in Budapest",
    "Soviet-Polish Talks in Moscow",
])
def test_notes_about_conversations_and_bilateral_talks_are_records(layout: str, title: str,
                                                                   resources) -> None:
    text = _page(layout, ["June 27, 1969", title,
                          "The ambassadors exchanged information on the situation."])
    assert text_facts(text, resources)["doc_type"] == "record of conversation"


@pytest.mark.parametrize("layout", ["current", "compact"])
@pytest.mark.parametrize("heading", [
    "Report on the visit to Angola and on the conversations held with Agostinho Neto, "
    "president of the MPLA:",
    "Report on a journey to Lusaka and the talks held there with President Kaunda:",
])
def test_a_reports_own_heading_paragraph_types_it_a_report(layout: str, heading: str,
                                                           resources) -> None:
    title = "Raúl Díaz Argüelles to the Minister of the Armed Forces"
    text = _page(layout, ["August 11, 1975", title, heading,
                          "1. We arrived on Sunday and established contact at once."])
    assert text_facts(text, resources)["doc_type"] == "report"


def _old(summary: str, source: str, heading: str, dates: str, turns: list[str]) -> str:
    return "\n".join([dates.split()[0] + " 01, " + dates.split()[-1], "", "",
                      f"    {summary}", f"    {source}", heading, dates, "", "",
                      *turns]) + "\n"


_OLD = [
    ("Gomulka and Brezhnev discuss the border clashes. Brezhnev says the Chinese are preparing "
     "for their congress, and both discuss the conference of the parties.",
     "Jan Nowak, ed. Secret Documents of the Politburo, 1956-1970. London: Aneks Publishers, "
     "1996. Translated for CWIHP by Anna Kowal.", "Polish-Soviet Talks in Moscow",
     "March 3-4, 1969", "Anna Kowal", "Moscow"),
    ("Kadar and Gomulka discuss the preparations for the conference of communist parties. Kadar "
     "doubts that the Romanian party will attend, and both agree to wait.",
     "Janos Nemeth, ed. Documents of the Hungarian Politburo. Budapest: Szazadveg, 1998. "
     "Translated by Peter Varga.", "Hungarian-Polish Talks in Warsaw", "October 12-13, 1966",
     "Peter Varga", "Warsaw"),
]


@pytest.mark.parametrize(("summary", "source", "heading", "dates", "translator", "place"), _OLD)
def test_older_layout_source_line_without_quoted_title(summary: str, source: str, heading: str,
                                                       dates: str, translator: str, place: str,
                                                       resources) -> None:
    text = _old(summary, source, heading, dates,
                ["Brezhnev: The Chinese opened fire from the shore.",
                 "", "Gomulka: This was a conscious provocation."])
    facts = text_facts(text, resources)
    assert facts["title"] == heading
    assert facts["translator"] == translator
    assert facts["doc_type"] == "record of conversation"
    assert facts["place_of_origin"] == place
    assert facts["summary"] == summary
    xml = text_xml(text, resources)
    body = xml[xml.index("<text"):]
    assert "Translated" not in body and "<head>" in body


def test_a_quoted_citation_under_the_summary_is_no_bare_source(resources) -> None:
    text = ("July 10, 1968\n\n\n"
            "    Shelest reports on a conversation at the border. They discussed the federal "
            "structure and Soviet concerns about the reforms.\n"
            "    \"Memorandum from P. Shelest to CPSU CC,\" July 10, 1968, History and Public "
            "Policy Program Digital Archive, TsDAHOU, F. 1, Op. 25. Translated for CWIHP by "
            "Mark Kramer.\n"
            "On 9 July 1968 the secretary met the first secretary of the regional committee.\n")
    facts = text_facts(text, resources)
    assert facts["title"] == "Memorandum from P. Shelest to CPSU CC"
    assert facts["translator"] == "Mark Kramer"


@pytest.mark.parametrize("layout", ["current", "compact"])
@pytest.mark.parametrize(("line", "ref"), [
    ("Ambassador Hertzfeld informed the Soviet chargé.", "per-gustav-hertzfeldt"),
    ("The ambassador met Yu Zhan in the Foreign Ministry.", "per-yu-zhan"),
    ("The delegation visited the museum in the village of Sokolovo.", "pla-sokolovo"),
    ("A camp lies at Lake Poyang, near Nanchang, Jianxi Province.", "pla-jiangxi"),
])
def test_register_knows_the_samples_names(layout: str, line: str, ref: str, resources) -> None:
    text = _page(layout, ["April 27, 1970", "Note about the Club Meeting of the Ambassadors", line])
    assert f'ref="#{ref}"' in text_xml(text, resources)
