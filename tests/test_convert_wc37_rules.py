"""Rules from the blind Wilson Center sample wc37 (collections no sample had used: Soviet
records on Afghanistan 1978-79, the Hungarian crisis of 1956 in a cable from Belgrade, Chinese
records on Cambodia and Japan, the Polish crisis of 1980-81, Sino-Albanian talks): the archive's
summary naming the document with its form's adjective (`In this coded telegram, the Soviet
Ministry is informed of ...`, a reporting verb in the passive too) is the page's summary under
the document's close even when the store cut it and no page foot follows; a Soviet cipher
telegram's close giving its date before the signer in capitals (`4/XI-56 N. FIRIUBIN`) closes
the document and signs it; a title's `Summary of Talks between` or `Memorandum Regarding the
Meeting Between` names a record of talks; a handling mark (`Not to be reproduced`) is a short
line's, never a run-on line's that carries the document after it (docslib's one-line copies of
WCDA PDFs); and a document store's copy of an uploaded PDF gives the file's name again at the
head of its run-on text, then the PDF's classification and its heading in capitals with a
note marker glued: the heading is the title and a heading, the classification registry. Tried
on invented texts in two or more layouts each."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_CABLE = ["March 12, 1957", "Cable, P. Lastochkin to Soviet Foreign Ministry",
          "Strictly secret", "Coded Telegram", "From SOFIA",
          "Chervenkov told me on the evening of March 11 that the leadership had received a "
          "request for talks on the border question.",
          "The comrades intend to answer that talks are possible only later."]


def _page(layout: str, lines: list[str]) -> str:
    """A staging mirror's page with `Skip to content` and blank lines, or a compact one."""
    if layout == "mirror":
        return "Skip to content\n\n" + "\n\n".join(lines) + "\n"
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("layout", ["mirror", "compact"])
@pytest.mark.parametrize(("close", "signer"), [("12/III-57 P. LASTOCHKIN", "P. LASTOCHKIN"),
                                                ("3/XII-56 A. ORLOV", "A. ORLOV")])
@pytest.mark.parametrize("summary", [
    "In this ciphered telegram, the Soviet Foreign Ministry is told of a request for talks on "
    "the border. Lastochkin reports that the answer will come only after the press stops its atta",
    "In this coded telegram, Lastochkin informs Moscow of the request for talks on the border "
    "and of the answer the comrades inten",
])
def test_a_summary_naming_its_form_under_a_dated_signature(
        layout: str, close: str, signer: str, summary: str, resources) -> None:
    facts = text_facts(_page(layout, [*_CABLE, close, summary]), resources)
    assert facts["summary"] == summary, facts["summary"]
    assert facts["signed"] == signer, facts["signed"]
    assert facts["doc_type"] == "telegram", facts["doc_type"]


def test_a_last_paragraph_naming_this_telegram_over_no_close_stays_the_document(resources) -> None:
    # no signature or date closes the text above it: the paragraph is the document's own
    last = ("In this telegram, which is informed of the talks, we ask for your advice on the "
            "timing of the answer")
    facts = text_facts(_page("mirror", [*_CABLE, last]), resources)
    assert facts["summary"] is None, facts["summary"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Summary of Talks between Prime Minister Zhou Enlai and Norodom Sihanouk on the Train",
     "record of conversation"),
    ("Summary of the Talks between Vice Premier Chen Yi and Prince Souvanna Phouma",
     "record of conversation"),
    ("Memorandum Regarding the Meeting Between Comrade Leonid Ilyich Brezhnev and Erich Honecker",
     "record of conversation"),
    ("Memorandum of Conversation between Comrade Abdyl Kellezi and Comrade Zhou Enlai",
     "memorandum"),
])
def test_titles_naming_the_record_of_talks(title: str, kind: str, resources) -> None:
    text = _page("mirror", ["May 16, 1981", title,
                            "The Premier said that the talks had gone well. The guest agreed.",
                            "The Premier then spoke of the situation in the region."])
    assert text_facts(text, resources)["doc_type"] == kind


_DOCSLIB_HEAD = ("Digital Archive digitalarchive.wilsoncenter.org International History "
                 "Declassified March 6, 1961 Summary of Talks between Vice Premier Chen Yi and "
                 "Prince Souvanna Phouma Citation: “Summary of Talks between Vice Premier Chen Yi "
                 "and Prince Souvanna Phouma,” March 6, 1961, History and Public Policy Program "
                 "Digital Archive, PRC FMA 106-00592-01, 1-4. Obtained by Liang Wen and translated "
                 "by Paul Harding. http://digitalarchive.wilsoncenter.org/document/998878 "
                 "Summary: Chen Yi and Souvanna Phouma discuss the ceasefire. Credits: This "
                 "document was made possible with support from the MacArthur Foundation. Original "
                 "Language: Chinese Contents: English Translation ")
_RUNON = ("Not to be reproduced Secret File #: 311 Ministry of Foreign Affairs Document Secret "
          "For Internal Distribution Only Summary of Talks between Vice Premier CHEN [Yi] and "
          "Prince SOUVANNA PHOUMA. 1. The Ceasefire. The Vice Premier asked whether the three "
          "sides had agreed on a line of control. SOUVANNA PHOUMA said that the talks would "
          "settle it within the month and that the princes would meet again in the spring.")


@pytest.mark.parametrize("layout", ["docslib", "plain"])
def test_a_handling_mark_does_not_take_the_run_on_text(layout: str, resources) -> None:
    if layout == "docslib":
        text = ("March 6, 1961 Summary of Talks Between Vice Premier Chen Yi and Prince Souvanna "
                "Phouma\nTotal Page:16\nFile Type:pdf, Size:1020Kb\n" + _DOCSLIB_HEAD + _RUNON
                + "\n")
    else:
        text = "Top Secret\n" + _RUNON + "\n"
    xml = text_xml(text, resources)
    assert "the princes would meet again" in xml
    assert 'subtype="handling">Not to be reproduced Secret File' not in xml
    if layout == "docslib":  # the archive's title names the record of talks
        facts = text_facts(text, resources)
        assert facts["doc_type"] == "record of conversation", facts["doc_type"]


@pytest.mark.parametrize("short", ["Not to be reproduced", "This copy is not to be passed on."])
def test_a_short_handling_line_stays_registry(short: str, resources) -> None:
    text = (f"TOP SECRET\n{short}\nTELEGRAM\nFrom Sofia\n\nThe comrades asked for advice on the "
            "timing of the answer. We shall report again.\n\nORLOV\n")
    assert f'subtype="handling">{short}</ab>' in text_xml(text, resources)


def _host_page(file_name: str, body: str) -> str:
    return f"{file_name}\n\nTotal Page:12\n\nFile Type:pdf, Size:688Kb\n\n{file_name} {body}\n"


@pytest.mark.parametrize(("file_name", "body", "title"), [
    ("Who Controls Poland.Pdf",
     "TOP SECRET INFORMATION ABOUT Cde. L. I. BREZHNEV'S TELEPHONE CONVERSATION WITH Cde. "
     "S. KANIA1 “Hello, Stanislaw! They told me that you want to speak with me.” (After "
     "S. Kania's information)2 “I listened to your remarks.",
     "INFORMATION ABOUT Cde. L. I. BREZHNEV'S TELEPHONE CONVERSATION WITH Cde. S. KANIA"),
    ("Talks On Albania.Pdf",
     "SECRET RECORD OF Cde. V. N. GRUSHEVSKY'S CONVERSATION WITH Cde. T. DRAGOTI2 “Good "
     "morning, Comrade Dragoti. I have been asked to convey our views.” (After T. Dragoti's "
     "greetings)3 “We have studied your letter.",
     "RECORD OF Cde. V. N. GRUSHEVSKY'S CONVERSATION WITH Cde. T. DRAGOTI"),
])
def test_an_uploaded_pdfs_capitals_heading_is_its_title(
        file_name: str, body: str, title: str, resources) -> None:
    text = _host_page(file_name, body)
    facts = text_facts(text, resources)
    assert facts["title"] == title, facts["title"]
    xml = text_xml(text, resources)
    assert 'subtype="classification">' in xml
    assert f"<p>{file_name}" not in xml
