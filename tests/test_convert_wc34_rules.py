"""Rules from the blind sample wc34 (Wilson Center translations as other sites copy them: the
National Security Archive's OCR of CWIHP Bulletin pages, docslib's text of a Politburo
session's working notes, a blog's repost of a WCDA page, a file-sharing site's text of a
Bulletin PDF): a run-on OCR line opening with a journal's running head and a heading naming
the form, both parties and the date is split into its parts (the running head is furniture,
the heading the title); the working notes' marks, session heading, date, chair and members
run together by a document host are cut into lines again; a copy site's PDF download link
(`[ Pobierz całość w formacie PDF ]`) is furniture; a repost quoting an archive page under
its own lines is read from the page's address down (its date line, its title broken before
the quoted part), the repost's lines going to the page text; the end of another document's
bracketed source note above the heading is page text, the heading under it the title; a
heading set in a narrow column is joined to its last line ending with the date, and a line
ending with its year does not run on into a transcript's first speaker turn; the register
knows the Carter-Brezhnev Project. Tried on invented texts in two or more layouts each."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_BODY = ("Today the minister received me at my request He said that the government had studied "
         "our proposals with great attention and would reply within the week I answered that "
         "Moscow expects a clear answer on the question of the credits and of the delivery "
         "dates He promised to report this to the Prime Minister")


@pytest.mark.parametrize(("head", "heading", "title"), [
    ("304 COLD WAR INTERNATIONAL HISTORY PROJECT BULLETIN ",
     "Telegram from Soviet Ambassador to Hungary Yu V Andropov to the USSR Foreign Ministry "
     "14 October 1956 14 October 1956",
     "Telegram from Soviet Ambassador to Hungary Yu V Andropov to the USSR Foreign Ministry "
     "14 October 1956"),
    ("", "Cable from Soviet Ambassador to the USA A F Dobrynin to the USSR Foreign Ministry "
         "October 30, 1962",
     "Cable from Soviet Ambassador to the USA A F Dobrynin to the USSR Foreign Ministry "
     "October 30, 1962"),
    ("212 CWIHP BULLETIN ",
     "Personal Memorandum from Yurii Andropov to Leonid Brezhnev Early December 1979",
     "Personal Memorandum from Yurii Andropov to Leonid Brezhnev Early December 1979"),
])
def test_run_on_ocr_heading_is_split_from_its_text(head: str, heading: str, title: str,
                                                   resources) -> None:
    text = f"{head}{heading} {_BODY}\n"
    found = text_facts(text, resources)
    assert found["title"] == title
    assert found["sender"]
    xml = text_xml(text, resources)
    body = xml[xml.index("<text"):]
    assert "BULLETIN" not in body
    assert "Today the minister received me" in body


@pytest.mark.parametrize("lead", ["", "Politburo Session.Pdf\n\nTotal Page:9\n\n"
                                      "File Type:pdf, Size:412Kb\n\nPolitburo Session.Pdf "])
@pytest.mark.parametrize(("session", "iso"), [
    ("SESSION OF THE CPSU CC POLITBURO 29 October 1980", "1980-10-29"),
    ("MEETING OF THE CC CPSU PRESIDIUM 4 November 1956", "1956-11-04"),
])
def test_flattened_working_notes_are_cut_into_their_lines(lead: str, session: str, iso: str,
                                                          resources) -> None:
    text = (f"{lead}Top Secret Single Copy (Working Notes) {session} Cde. L. I. BREZHNEV "
            "presiding. Also taking part: Cdes. Yu. V. Andropov, A. A. Gromyko, M. A. Suslov, "
            "D. F. Ustinov . 4. On the Situation in Poland BREZHNEV. The Polish comrades told "
            "us a great deal, but I am not sure that they have a firm plan of action. We must "
            "keep the situation under constant watch. ANDROPOV. I agree with Leonid Ilyich. "
            "GROMYKO. We should tell them plainly what we expect of them.\n")
    found = text_facts(text, resources)
    assert found["date"] == iso
    assert found["doc_type"] == "record of conversation"
    xml = text_xml(text, resources)
    assert '<ab type="registry" subtype="document-type">(Working Notes)</ab>' in xml
    assert 'subtype="participants">Cde. <persName ref="#per-leonid-brezhnev">' in xml


@pytest.mark.parametrize("link", ["[ Pobierz całość w formacie PDF ]",
                                  "Pobierz cały dokument w formacie PDF",
                                  "[ Download the whole in PDF format ]"])
@pytest.mark.parametrize("tail", [
    ("121-123; obtained by Carter-Brezhnev\nProject; translation by Mark H. Doctoroff.]\n"),
    ("57-58; provided by the Russian Foreign Ministry; translation by Vladislav Zubok.]\n"),
])
def test_copy_site_link_and_other_documents_source_tail(link: str, tail: str,
                                                        resources) -> None:
    text = (f"{link}\n{tail}Transcript of Telephone Conversation Between Soviet Foreign "
            "Minister Andrei Gromyko and Ethiopian Leader Mengistu Haile Mariam, 3 February "
            "1978\nGromyko: Comrade Mengistu, the Soviet leadership has studied your request.\n"
            "Mengistu: We are grateful. The situation in the Ogaden is difficult.\n")
    found = text_facts(text, resources)
    assert found["title"].startswith("Transcript of Telephone Conversation Between")
    assert found["doc_type"] == "record of conversation"
    xml = text_xml(text, resources)
    body = xml[xml.index("<text"):]
    assert "Pobierz" not in xml and "PDF format" not in xml
    assert "translation by" not in body
    assert 'ref="#per-leonid-brezhnev"' not in xml


@pytest.mark.parametrize(("opening", "last"), [
    ("Transcript of Telephone Conversation\nBetween Soviet Premier Alexei Kosygin\n"
     "and Afghan Prime Minister Nur", "Mohammed Tarki, 18 March 1979"),
    ("Transcript of Telephone Conversation\nBetween Soviet Foreign Minister Andrei\n"
     "Gromyko and Ethiopian Head of State", "Mengistu Haile Mariam, 3 February 1978"),
])
def test_column_heading_joined_to_its_dated_last_line(opening: str, last: str,
                                                      resources) -> None:
    text = ("[ Pobierz całość w formacie PDF ]\n212-214; obtained by the Carter-Brezhnev\n"
            f"Project; translation by Svetlana Savranskaya.]\n{opening}\n{last}\n"
            "Kosygin: Comrade, the Soviet leadership\nhas studied your request with great\n"
            "attention.\nTaraki: We are grateful. The situation\nis difficult.\n")
    found = text_facts(text, resources)
    assert found["title"] == " ".join(f"{opening} {last}".split())
    xml = text_xml(text, resources)
    body = xml[xml.index("<text"):]
    assert body.count("<p>") >= 2 and ">Kosygin</persName>: Comrade" in body


@pytest.mark.parametrize(("first", "second"), [
    ("Telegram from the Soviet Ambassador to the Foreign Ministry", "Kabul, 5 May 1979"),
    ("Cable from the Embassy to the Ministry", "Hanoi, 2 March 1968"),
])
def test_a_dateline_under_a_heading_stays_a_dateline(first: str, second: str,
                                                     resources) -> None:
    text = f"{first}\n{second}\nThe situation is bad and getting worse in the city.\n"
    xml = text_xml(text, resources)
    assert "<dateline>" in xml
    assert text_facts(text, resources)["place_of_origin"] == second.split(",")[0]


@pytest.mark.parametrize(("intro", "address"), [
    ("Tư liệu: Yudin và Chu Ân Lai\n***\nBài này đăng lại bản tiếng Anh của tài liệu.\n***\n"
     "English text from the archive\n", "https://digitalarchive.wilsoncenter.org/document/765432"),
    ("Reposted from the archive for my students.\nSee the original here:\n",
     "http://digitalarchive.wilsoncenter.org/document/112233/download"),
])
@pytest.mark.parametrize("broken", [True, False])
def test_repost_quoting_an_archive_page(intro: str, address: str, broken: bool,
                                        resources) -> None:
    heading = ("From the Journal of Ambassador P.F. Yudin,\n'Record of Conversation with Zhou "
               "Enlai, 26 February 1959'" if broken else
               "From the Journal of Ambassador P.F. Yudin, 'Record of Conversation with Zhou "
               "Enlai, 26 February 1959'")
    text = (f"{intro}{address}\nFebruary 26, 1959\n{heading}\nThis document was made possible "
            "with support from the Henry Luce Foundation\nSecret\nI visited Zhou Enlai at his "
            "request. Zhou Enlai spoke about the situation in Tibet.\n")
    found = text_facts(text, resources)
    assert found["title"] == ("From the Journal of Ambassador P.F. Yudin, 'Record of "
                              "Conversation with Zhou Enlai, 26 February 1959'")
    assert found["date"] == "1959-02-26"
    assert found["doc_type"] == "record of conversation"
    assert found["source_url"] == address
